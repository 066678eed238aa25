use edition::Photo;
use web_sys::HtmlImageElement;
use yew::prelude::*;

use crate::locale::{Message, use_strings};

#[derive(Properties, PartialEq)]
pub struct LeadPhotoProps {
    /// The photo and its caption and credit.
    pub photo: Photo,
    /// The main image of a page of the viewer's own, where it stands near the
    /// top: fetched at once and before other images. Otherwise (embedded,
    /// perhaps far down the host's page) it loads lazily, as it nears the screen.
    #[prop_or_default]
    pub main_image: bool,
}

/// The article's photo with its caption and credit.
///
/// The image's box is sized from the photo's width and height before it
/// arrives, so nothing below it moves. An image that fails to load leaves a
/// neutral box of the same size that names what the photo showed; the caption
/// and credit stay.
///
/// Whether the image failed is this component's own state: it is about this
/// element in this browser, not about the article.
#[component]
pub fn LeadPhoto(LeadPhotoProps { photo, main_image }: &LeadPhotoProps) -> Html {
    let strings = use_strings();
    let failed = use_state(|| false);
    let image = use_node_ref();
    {
        // An image that failed before the viewer's code ran (in a page rendered
        // ahead of time, say) sent its error event to no one: look once mounted.
        let failed = failed.setter();
        let image = image.clone();
        use_effect_with((), move |()| {
            if let Some(image) = image.cast::<HtmlImageElement>()
                && image.complete()
                && image.natural_width() == 0
            {
                failed.set(true);
            }
        });
    }
    let onerror = {
        let failed = failed.setter();
        Callback::from(move |_: Event| failed.set(true))
    };
    let has_caption = photo.caption.is_some() || photo.credit.is_some();
    html! {
        <figure class={classes!("lead-photo", failed.then_some("is-missing"))}>
            <div class="lead-photo__frame">
                <img
                    ref={image}
                    class="lead-photo__image"
                    src={photo.src.to_string()}
                    alt={photo.alt.to_string()}
                    width={photo.width.to_string()}
                    height={photo.height.to_string()}
                    loading={(!main_image).then_some("lazy")}
                    fetchpriority={main_image.then_some("high")}
                    decoding="async"
                    {onerror}
                />
                if *failed {
                    // The image's own alt text still names it for screen readers.
                    <p class="lead-photo__missing" aria-hidden="true">
                        <span class="lead-photo__missing-title" lang={strings.locale().tag()} dir={strings.locale().direction()}>
                            { strings.text(Message::ImageUnavailable) }
                        </span>
                        <span class="lead-photo__missing-alt">{ photo.alt.to_string() }</span>
                    </p>
                }
            </div>
            if has_caption {
                <figcaption class="lead-photo__caption">
                    if let Some(caption) = &photo.caption {
                        <span class="lead-photo__caption-text">{ caption.to_string() }</span>
                    }
                    if let Some(credit) = &photo.credit {
                        <span class="lead-photo__credit">{ credit.to_string() }</span>
                    }
                </figcaption>
            }
        </figure>
    }
}
