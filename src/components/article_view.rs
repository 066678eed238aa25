use std::rc::Rc;

use edition::{Article, Block, Source};
use yew::prelude::*;

use crate::components::LeadPhoto;
use crate::date_format;
use crate::locale::{Message, Strings, use_strings};
use crate::reading_time::ReadingTime;
use crate::text_direction;

#[derive(Properties, PartialEq)]
pub struct ArticleViewProps {
    /// The article to show.
    pub article: Rc<Article>,
    /// Whether the article is its page's main content (the viewer owns the
    /// page), rather than embedded in someone else's.
    #[prop_or_default]
    pub owns_page: bool,
}

/// One article: headline, standfirst, credits, reading time, lead photo and text.
///
/// The article carries its own language and direction (`lang`, `dir`); the few
/// words the viewer adds inside it ("Source:", the reading time) are marked with
/// the interface's, whose words they are.
#[component]
pub fn ArticleView(ArticleViewProps { article, owns_page }: &ArticleViewProps) -> Html {
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
    let strings = use_strings();
    let reading_time = ReadingTime::of_article(article);
    let (interface_lang, interface_dir) = (strings.locale().tag(), strings.locale().direction());
    html! {
        <article
            class="article-view"
            lang={language.to_string()}
            dir={text_direction::direction(language)}
        >
            <header class="article-view__header">
                // The section, credits and reading time are `div`s, not paragraphs: reader
                // modes take an article's first paragraph for its summary.
                if let Some(section) = section {
                    <div class="article-view__section">{ section.to_string() }</div>
                }
                // Focusable from script only: the viewer moves focus here when the
                // reader opens another article, so screen readers announce it.
                <h1 class="article-view__headline" tabindex="-1">{ headline.to_string() }</h1>
                if let Some(dek) = dek {
                    <p class="article-view__dek">{ dek.to_string() }</p>
                }
                if has_meta {
                    <div class="article-view__meta">
                        if let Some(byline) = byline {
                            <span class="article-view__byline">{ byline.to_string() }</span>
                        }
                        // Not called "dateline": reader modes take an element of that
                        // class for the byline.
                        if let Some(dateline) = dateline {
                            <span class="article-view__place">{ dateline.to_string() }</span>
                        }
                        if let Some(published) = published {
                            <time class="article-view__published" datetime={published.to_string()}>
                                { date_format::date_and_time(published, language) }
                            </time>
                        }
                    </div>
                }
                <div class="article-view__reading-time" lang={interface_lang} dir={interface_dir}>
                    { reading_time.label(&strings) }
                </div>
            </header>
            if let Some(photo) = photo {
                <LeadPhoto
                    key={photo.src.to_string()}
                    photo={photo.clone()}
                    main_image={*owns_page}
                />
            }
            <div class="article-view__body">
                { for body.iter().map(block) }
            </div>
            if let Some(source) = source {
                { source_note(source, &strings) }
            }
        </article>
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

fn source_note(source: &Source, strings: &Strings) -> Html {
    let name = source.name.to_string();
    html! {
        <p class="article-view__source">
            <span lang={strings.locale().tag()} dir={strings.locale().direction()}>
                { strings.text(Message::Source) }
            </span>
            { " " }
            if let Some(url) = &source.url {
                <a href={url.to_string()} rel="noopener noreferrer">{ name }</a>
            } else {
                { name }
            }
        </p>
    }
}
