use std::rc::Rc;

use edition::{Article, Block, Photo, Source};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The article to show.
    pub article: Rc<Article>,
}

/// One article: headline, standfirst, credits, lead photo and text.
#[component]
pub fn ArticleView(ArticleViewProps { article }: &ArticleViewProps) -> Html {
    let Article {
        headline,
        section,
        dek,
        byline,
        dateline,
        published,
        language,
        body,
        photo,
        source,
        ..
    } = &**article;
    let has_meta = byline.is_some() || dateline.is_some() || published.is_some();
    html! {
        <article class="article-view" lang={language.to_string()}>
            <header class="article-view__header">
                if let Some(section) = section {
                    <p class="article-view__section">{ section.to_string() }</p>
                }
                // Focusable from script only: the viewer moves focus here when the
                // reader opens another article, so screen readers announce it.
                <h1 class="article-view__headline" tabindex="-1">{ headline.to_string() }</h1>
                if let Some(dek) = dek {
                    <p class="article-view__dek">{ dek.to_string() }</p>
                }
                if has_meta {
                    <p class="article-view__meta">
                        if let Some(byline) = byline {
                            <span class="article-view__byline">{ byline.to_string() }</span>
                        }
                        if let Some(dateline) = dateline {
                            <span class="article-view__dateline">{ dateline.to_string() }</span>
                        }
                        if let Some(published) = published {
                            // The calendar date alone reads well in any language
                            // until dates are formatted for the article's.
                            <time class="article-view__published" datetime={published.to_string()}>
                                { published.get(..10).unwrap_or(published).to_owned() }
                            </time>
                        }
                    </p>
                }
            </header>
            if let Some(photo) = photo {
                { lead_photo(photo) }
            }
            <div class="article-view__body">
                { for body.iter().map(block) }
            </div>
            if let Some(source) = source {
                { source_note(source) }
            }
        </article>
    }
}

fn lead_photo(photo: &Photo) -> Html {
    let has_caption = photo.caption.is_some() || photo.credit.is_some();
    html! {
        <figure class="article-view__figure">
            <img
                class="article-view__photo"
                src={photo.src.to_string()}
                alt={photo.alt.to_string()}
                width={photo.width.to_string()}
                height={photo.height.to_string()}
                decoding="async"
            />
            if has_caption {
                <figcaption class="article-view__figcaption">
                    if let Some(caption) = &photo.caption {
                        <span class="article-view__caption">{ caption.to_string() }</span>
                    }
                    if let Some(credit) = &photo.credit {
                        <span class="article-view__credit">{ credit.to_string() }</span>
                    }
                </figcaption>
            }
        </figure>
    }
}

fn block(block: &Block) -> Html {
    match block {
        Block::Paragraph { text } => html! {
            <p class="article-view__paragraph">{ text.to_string() }</p>
        },
        Block::Quote { text, attribution } => html! {
            <blockquote class="article-view__quote">
                <p>{ text.to_string() }</p>
                if let Some(attribution) = attribution {
                    <p class="article-view__attribution">{ attribution.to_string() }</p>
                }
            </blockquote>
        },
        Block::Heading { text } => html! {
            <h2 class="article-view__subheading">{ text.to_string() }</h2>
        },
    }
}

fn source_note(source: &Source) -> Html {
    let name = source.name.to_string();
    html! {
        <p class="article-view__source">
            { "Source: " }
            if let Some(url) = &source.url {
                <a href={url.to_string()} rel="noopener noreferrer">{ name }</a>
            } else {
                { name }
            }
        </p>
    }
}
