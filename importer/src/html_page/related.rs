//! A saved page's related links: the links of a block the page names as
//! related stories, by its class, id or `aria-label` ("related", "more
//! stories", "recommended", "you may also like" …) or by a heading in those
//! words over a list of links. Nothing else is taken: a menu, a footer or a
//! tag cloud is a list of links too, but not of related news, and a page that
//! names no such block has no related list.
//!
//! Each link gives its text as the headline and its address, resolved and
//! checked (see `address`). The links go through the same cleaning as a
//! text's related list (see `related`), and a link to the article itself or
//! to an address already listed goes too; each removal is recorded, on the
//! lines after the text's last, as if the links were the text's closing list.

use dom_query::{Document, NodeRef, Selection};
use edition::RemovalRule;

use crate::html_page::address::{PageAddress, without_fragment};
use crate::related::{clean_related, comparable};
use crate::source_text::SourceLine;
use crate::{Finding, Imported, Part, removal};

/// The most related links taken from a page.
pub const MAX_PAGE_RELATED: usize = 10;

/// The most links read from a block: a hostile page's block may hold millions.
const MAX_LINKS_READ: usize = 100;

/// The most blocks named as related that are looked into before giving up.
const MAX_BLOCKS_EXAMINED: usize = 20;

/// A block holds related stories when so many of its links read as headlines
/// (of three words or more, as the headline rule wants): a lone "Read more"
/// button in a teaser is not such a block.
const MIN_HEADLINE_LINKS: usize = 2;

/// What a class, an id or an `aria-label` says of a related block, written in
/// lowercase letters and digits only ("related-stories", "relatedStories" and
/// "Related stories" all hold "related").
const BLOCK_NAMES: &[&str] = &[
    "related",
    "morestories",
    "morenews",
    "morearticles",
    "readmore",
    "readnext",
    "alsoread",
    "recommended",
    "recommendation",
    "youmayalsolike",
    "youmightalsolike",
    "moreonthis",
    "furtherreading",
];

/// Words that make a block named so something else: related tags or topics,
/// a menu, sharing buttons, products.
const NOT_BLOCK_NAMES: &[&str] = &[
    "tag", "topic", "categor", "keyword", "nav", "menu", "share", "social", "search", "product",
    "comment",
];

/// Headings over a list of related links, in lowercase words.
const RELATED_HEADINGS: &[&str] = &[
    "related",
    "related stories",
    "related articles",
    "related news",
    "related content",
    "related coverage",
    "related links",
    "related reading",
    "more stories",
    "more news",
    "more on this story",
    "more on this",
    "read more",
    "read next",
    "also read",
    "read also",
    "recommended",
    "recommended for you",
    "recommended stories",
    "recommended articles",
    "you may also like",
    "you might also like",
    "you may be interested in",
    "you might be interested in",
    "further reading",
    "see also",
    "mehr zum thema",
    "das könnte sie auch interessieren",
    "à lire aussi",
    "lire aussi",
    "sur le même sujet",
    "noticias relacionadas",
    "te puede interesar",
];

/// A block of related links the page names, and its links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RelatedBlock {
    /// How `--explain` names it: "the page's aside.related", "the links under
    /// the page's heading "More stories"".
    pub named: String,
    pub links: Vec<BlockLink>,
}

/// A link of the block, as the page writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BlockLink {
    pub text: String,
    pub href: String,
}

/// The page's first block of related links, in the order of the page.
pub(crate) fn related_block(document: &Document) -> Option<RelatedBlock> {
    let mut examined = 0;
    for element in document.select("body *").nodes() {
        let Some((named, block)) = named_block(element) else {
            continue;
        };
        examined += 1;
        if examined > MAX_BLOCKS_EXAMINED {
            return None;
        }
        if is_in_site_furniture(element) {
            continue;
        }
        let links = block_links(&block);
        let headline_links = links
            .iter()
            .filter(|link| link.text.split_whitespace().count() >= 3)
            .count();
        if headline_links >= MIN_HEADLINE_LINKS {
            return Some(RelatedBlock { named, links });
        }
    }
    None
}

/// How `element` names a related block, and the elements that hold its links:
/// itself, for a name in its class, id or `aria-label`; for a heading in the
/// words of one, the first of the next two elements that holds links.
fn named_block<'a>(element: &NodeRef<'a>) -> Option<(String, Vec<NodeRef<'a>>)> {
    let tag = element.node_name()?.to_ascii_lowercase();
    if matches!(tag.as_str(), "h2" | "h3" | "h4" | "h5" | "h6") {
        let heading = words_of(&element.text());
        if !RELATED_HEADINGS.contains(&heading.as_str()) {
            return None;
        }
        let mut next = element.next_element_sibling();
        for _ in 0..2 {
            let sibling = next?;
            if sibling.is("a[href], :has(a[href])") {
                let written = element
                    .text()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ");
                return Some((
                    format!("the links under the page's heading \"{written}\""),
                    vec![sibling],
                ));
            }
            next = sibling.next_element_sibling();
        }
        return None;
    }
    if matches!(
        tag.as_str(),
        "a" | "button" | "script" | "style" | "template"
    ) {
        return None;
    }
    let attribute = |name: &str| element.attr(name).map(|value| value.to_string());
    let class_name = attribute("class")
        .into_iter()
        .flat_map(|class| {
            class
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .find(|class| names_related(class))
        .map(|class| format!("the page's {tag}.{class}"));
    let named = class_name
        .or_else(|| {
            attribute("id")
                .filter(|id| names_related(id))
                .map(|id| format!("the page's {tag}#{id}"))
        })
        .or_else(|| {
            attribute("aria-label")
                .filter(|label| names_related(label))
                .map(|label| format!("the page's {tag} labelled \"{}\"", label.trim()))
        })?;
    let everything = [attribute("class"), attribute("id"), attribute("aria-label")]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    if NOT_BLOCK_NAMES
        .iter()
        .any(|word| letters_and_digits(&everything).contains(word))
    {
        return None;
    }
    Some((named, vec![*element]))
}

/// Whether a class, an id or a label holds one of the names of a related block.
fn names_related(name: &str) -> bool {
    let name = letters_and_digits(name);
    BLOCK_NAMES.iter().any(|related| name.contains(related))
}

fn letters_and_digits(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|character| character.to_ascii_lowercase())
        .collect()
}

/// A heading's words, lowercase, without punctuation ("More stories:" → "more stories").
fn words_of(text: &str) -> String {
    text.to_lowercase()
        .split(|character: char| !character.is_alphabetic())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `element` is inside the site's menu or header, whose links are the
/// site's, whatever a block there is called.
fn is_in_site_furniture(element: &NodeRef<'_>) -> bool {
    element.ancestors_it(None).any(|ancestor| {
        ancestor.has_name("nav")
            || ancestor.has_name("header")
            || ancestor
                .attr("role")
                .is_some_and(|role| role.trim() == "navigation")
    })
}

/// The block's links with text, in order, at most [`MAX_LINKS_READ`] of them.
/// A link's text is its heading's when it has one (a teaser's kicker and time
/// are not the headline). A link with no text, a teaser's picture, goes to the
/// story its headline links to already.
fn block_links(block: &[NodeRef<'_>]) -> Vec<BlockLink> {
    let mut links = Vec::new();
    for element in block {
        let anchors = if element.is("a[href]") {
            vec![*element]
        } else {
            Selection::from(*element).select("a[href]").nodes().to_vec()
        };
        for anchor in anchors {
            if links.len() == MAX_LINKS_READ {
                return links;
            }
            let heading = Selection::from(anchor)
                .select("h1, h2, h3, h4, h5, h6")
                .first();
            let text = if heading.exists() {
                heading.text()
            } else {
                anchor.text()
            };
            let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let href = anchor.attr("href").map(String::from).unwrap_or_default();
            if !text.is_empty() {
                links.push(BlockLink { text, href });
            }
        }
    }
    links
}

/// Adds the block's links to the article's related list, after any the text
/// gave, and records each removal and finding. `first_line` is the line after
/// the text's last: the links are numbered from it.
pub(crate) fn take_related_links(
    block: &RelatedBlock,
    address: &PageAddress,
    first_line: u32,
    imported: &mut Imported,
) {
    let article = &mut imported.article;
    let items: Vec<SourceLine<'_>> = block
        .links
        .iter()
        .zip(first_line..)
        .map(|(link, number)| SourceLine {
            number,
            text: &link.text,
        })
        .collect();
    let mut listed: Vec<String> = article
        .related
        .iter()
        .map(|item| comparable(&item.headline))
        .collect();
    // Two links to one page, at two of its places, are one story.
    let mut pages: Vec<String> = Vec::new();
    let (mut kept, mut over_limit) = (0, 0);
    // The list's finding comes before those of its links; its counts are known after them.
    let summary = imported.findings.len();
    imported.findings.push(Finding {
        line: Some(crate::line_number(first_line)),
        part: Part::RelatedFromPage {
            links: block.links.len(),
            kept,
            over_limit,
        },
        value: block.named.clone(),
    });
    let verdicts = clean_related(&items, &article.headline);
    for ((item, link), verdict) in items.iter().zip(&block.links).zip(verdicts) {
        let mut related = match verdict {
            Ok(related) => related,
            Err(rule) => {
                article.removed.push(removal(item.number, item.text, rule));
                continue;
            }
        };
        match address.resolve(&link.href) {
            Ok(url) if address.is_own(&url) => {
                article.removed.push(removal(
                    item.number,
                    item.text,
                    RemovalRule::RelatedIsHeadline,
                ));
                continue;
            }
            Ok(url) if pages.iter().any(|page| page == without_fragment(&url)) => {
                article.removed.push(removal(
                    item.number,
                    item.text,
                    RemovalRule::DuplicateRelated,
                ));
                continue;
            }
            Ok(url) => {
                pages.push(without_fragment(&url).to_owned());
                related.url = Some(url);
            }
            // The headline is kept, as a text's related headline without a link is.
            Err(error) => imported.findings.push(Finding {
                line: Some(crate::line_number(item.number)),
                part: Part::RelatedLinkNotTaken,
                value: error.to_string(),
            }),
        }
        let key = comparable(&related.headline);
        if listed.contains(&key) {
            article.removed.push(removal(
                item.number,
                item.text,
                RemovalRule::DuplicateRelated,
            ));
            continue;
        }
        if kept == MAX_PAGE_RELATED {
            over_limit += 1;
            continue;
        }
        listed.push(key);
        article.related.push(related);
        kept += 1;
    }
    imported.findings[summary].part = Part::RelatedFromPage {
        links: block.links.len(),
        kept,
        over_limit,
    };
    article.removed.sort_by_key(|removal| removal.line);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ImportOptions, import_page};

    fn block(body: &str) -> Option<RelatedBlock> {
        related_block(&Document::from(format!("<html><body>{body}</body></html>")))
    }

    fn links(headlines: &[&str]) -> String {
        headlines
            .iter()
            .enumerate()
            .map(|(number, headline)| {
                format!("<li><a href=\"/story-{number}\">{headline}</a></li>")
            })
            .collect()
    }

    const TWO_STORIES: [&str; 2] = [
        "Ferry fares frozen for another year",
        "Harbour wall repairs finish early",
    ];

    #[test]
    fn knows_a_block_by_its_class_id_or_label() {
        for body in [
            format!(
                "<div class=\"story relatedStories\"><ul>{}</ul></div>",
                links(&TWO_STORIES)
            ),
            format!(
                "<section id=\"more-news\"><ul>{}</ul></section>",
                links(&TWO_STORIES)
            ),
            format!(
                "<aside aria-label=\"You may also like\">{}</aside>",
                links(&TWO_STORIES)
            ),
        ] {
            let block = block(&body).unwrap_or_else(|| panic!("{body}"));
            assert_eq!(block.links.len(), 2, "{body}");
            assert_eq!(block.links[0].text, TWO_STORIES[0]);
        }
    }

    #[test]
    fn knows_a_block_by_its_heading() {
        let block = block(&format!(
            "<h2>Read more:</h2><p>From our archive</p><ul>{}</ul>",
            links(&TWO_STORIES)
        ))
        .unwrap();
        assert_eq!(
            block.named,
            "the links under the page's heading \"Read more:\""
        );
        assert_eq!(block.links[1].href, "/story-1");
    }

    #[test]
    fn takes_no_menu_tag_list_or_lone_button() {
        for body in [
            format!(
                "<nav><div class=\"related\"><ul>{}</ul></div></nav>",
                links(&TWO_STORIES)
            ),
            format!("<ul class=\"related-tags\">{}</ul>", links(&TWO_STORIES)),
            format!("<footer><ul>{}</ul></footer>", links(&TWO_STORIES)),
            format!("<h2>Latest</h2><ul>{}</ul>", links(&TWO_STORIES)),
            "<div class=\"read-more\"><a href=\"/story\">Read more</a></div>".to_owned(),
        ] {
            assert_eq!(block(&body), None, "{body}");
        }
    }

    #[test]
    fn keeps_at_most_the_first_ten_related_links() {
        let headlines: Vec<String> = (1..=14)
            .map(|number| format!("Story number {number} of the day"))
            .collect();
        let headlines: Vec<&str> = headlines.iter().map(String::as_str).collect();
        let page = format!(
            "<html><head><title>Harbourton opens its new ferry terminal</title>\
             <link rel=\"canonical\" href=\"https://gazette.example/news/ferry\"></head><body>\
             <article><h1>Harbourton opens its new ferry terminal</h1>\
             <p>The town's new ferry terminal opened on Tuesday, two years after work began on the site of the old customs house.</p>\
             <p>The terminal has room for four hundred passengers and a covered walkway to the berth, which the old building never had.</p>\
             </article><aside class=\"related\"><ul>{}</ul></aside></body></html>",
            links(&headlines)
        );
        let imported = import_page(page.as_bytes(), &ImportOptions::default()).unwrap();
        assert_eq!(imported.article.related.len(), MAX_PAGE_RELATED);
        assert_eq!(
            imported.article.related[0].url.as_deref(),
            Some("https://gazette.example/story-0")
        );
        assert!(imported.findings.iter().any(|finding| finding.part
            == Part::RelatedFromPage {
                links: 14,
                kept: 10,
                over_limit: 4
            }));
    }
}
