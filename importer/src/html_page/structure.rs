//! What a page's markup says of its text: which blocks are headings and
//! quotations, and which are plainly not the article (a run of links to other
//! stories, the page's header, another article's teaser).
//!
//! The extractor gives the article as text, a block a line, without its markup.
//! The page is read again here into the same blocks, each with what its
//! elements say of it, and each line of the extractor's text is matched to its
//! block by its text, in order. A line the page does not hold as one block (the
//! extractor joined or cut it) is matched to nothing and keeps the plain-text
//! reading.

use std::collections::HashMap;

use dom_query::{NodeId, NodeRef};

/// What a block of text is in the article's body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum BlockKind {
    #[default]
    Paragraph,
    /// An `h2` to `h4`: a subheading. (`h1` is the page's title; `h5` and `h6`
    /// are mostly labels set in small type.)
    Heading,
    /// Text inside a `blockquote`.
    Quote,
    /// Who said the quotation: its `footer`, or a block that is one `cite`.
    QuoteAttribution,
}

/// A block of the page's text: what a reader sees between two line breaks the
/// markup makes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PageBlock {
    /// The text, its white space collapsed.
    pub text: String,
    pub kind: BlockKind,
    /// How many of the text's characters (white space aside) are inside links.
    link_characters: usize,
    /// Inside a `header` element or the `h1`: the page's or the article's
    /// masthead (headline, kicker, byline, date), never its body.
    in_header: bool,
    /// Inside an `h1`: the page's title, or the article's.
    in_title: bool,
    /// The innermost `article` element around it, with its depth.
    article: Option<(usize, NodeId)>,
}

impl PageBlock {
    /// Whether the block is mostly the text of links: a list of other stories,
    /// a menu, a "read more" line.
    fn is_mostly_links(&self) -> bool {
        // Four in five: a paragraph with a link in it stays far below; a
        // teaser's headline, or its "By Reuters" inside the link, stays above.
        let characters = count_visible(&self.text);
        characters > 0 && self.link_characters * 10 >= characters * 8
    }
}

/// Elements that start a new block of text.
const BLOCK_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "br",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Elements whose text a reader never sees as text.
const SILENT_ELEMENTS: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "object", "select", "textarea",
    "head", "title",
];

/// The blocks of text under `root`, in document order.
pub(crate) fn page_blocks(root: &NodeRef<'_>) -> Vec<PageBlock> {
    let mut walk = Walk::default();
    walk.visit(root);
    walk.flush();
    walk.blocks
}

/// A step of the walk: into a node, or out of an element (by its name).
enum Step<'a> {
    Enter(NodeRef<'a>),
    Leave(String),
}

/// Where the walk through the page is, and what it has found.
#[derive(Default)]
struct Walk {
    blocks: Vec<PageBlock>,
    text: String,
    link_characters: usize,
    cite_characters: usize,
    links: usize,
    cites: usize,
    headers: usize,
    titles: usize,
    quotes: usize,
    quote_footers: usize,
    headings: usize,
    articles: Vec<NodeId>,
}

impl<'a> Walk {
    /// Reads the tree under `root` in document order. A stack rather than
    /// recursion: a feed item's HTML is not held to the page's nesting limit,
    /// and a hostile one nests as deep as it likes.
    fn visit(&mut self, root: &NodeRef<'a>) {
        let mut pending = vec![Step::Enter(*root)];
        while let Some(step) = pending.pop() {
            match step {
                Step::Enter(node) => {
                    if node.is_text() {
                        self.read_text(&node.text());
                        continue;
                    }
                    if !node.is_element() && !node.is_document() && !node.is_fragment() {
                        continue;
                    }
                    let name = node
                        .node_name()
                        .map(|name| name.to_string())
                        .unwrap_or_default();
                    if SILENT_ELEMENTS.contains(&name.as_str()) {
                        continue;
                    }
                    if BLOCK_ELEMENTS.contains(&name.as_str()) {
                        self.flush();
                    }
                    self.enter(&name, &node);
                    pending.push(Step::Leave(name));
                    let children: Vec<NodeRef<'a>> = node.children_it(true).collect();
                    pending.extend(children.into_iter().map(Step::Enter));
                }
                Step::Leave(name) => {
                    if BLOCK_ELEMENTS.contains(&name.as_str()) {
                        self.flush();
                    }
                    self.leave(&name);
                }
            }
        }
    }

    fn read_text(&mut self, text: &str) {
        if self.links > 0 {
            self.link_characters += count_visible(text);
        }
        if self.cites > 0 {
            self.cite_characters += count_visible(text);
        }
        self.text.push_str(text);
    }

    fn enter(&mut self, name: &str, node: &NodeRef<'a>) {
        match name {
            "a" => self.links += 1,
            "cite" => self.cites += 1,
            "header" => self.headers += 1,
            "h1" => {
                self.headers += 1;
                self.titles += 1;
            }
            "blockquote" => self.quotes += 1,
            "footer" if self.quotes > 0 => self.quote_footers += 1,
            "h2" | "h3" | "h4" => self.headings += 1,
            "article" => self.articles.push(node.id),
            _ => {}
        }
    }

    fn leave(&mut self, name: &str) {
        if name == "h1" {
            self.titles = self.titles.saturating_sub(1);
        }
        let counter = match name {
            "a" => &mut self.links,
            "cite" => &mut self.cites,
            "header" | "h1" => &mut self.headers,
            "blockquote" => &mut self.quotes,
            "footer" if self.quote_footers > 0 => &mut self.quote_footers,
            "h2" | "h3" | "h4" => &mut self.headings,
            "article" => {
                self.articles.pop();
                return;
            }
            _ => return,
        };
        *counter = counter.saturating_sub(1);
    }

    /// Ends the block being read, if it has any text.
    fn flush(&mut self) {
        let text = collapse_white_space(&self.text);
        if !text.is_empty() {
            let characters = count_visible(&text);
            let kind = if self.quotes > 0 {
                if self.quote_footers > 0 || self.cite_characters >= characters {
                    BlockKind::QuoteAttribution
                } else {
                    BlockKind::Quote
                }
            } else if self.headings > 0 {
                BlockKind::Heading
            } else {
                BlockKind::Paragraph
            };
            self.blocks.push(PageBlock {
                text,
                kind,
                link_characters: self.link_characters.min(characters),
                in_header: self.headers > 0,
                in_title: self.titles > 0,
                article: self
                    .articles
                    .last()
                    .map(|article| (self.articles.len(), *article)),
            });
        }
        self.text.clear();
        self.link_characters = 0;
        self.cite_characters = 0;
    }
}

fn count_visible(text: &str) -> usize {
    text.chars()
        .filter(|character| !character.is_whitespace())
        .count()
}

pub(crate) fn collapse_white_space(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// For each line, the block of `blocks` that holds exactly its text: the first
/// such block after the one the previous line matched, else the first anywhere.
pub(crate) fn match_lines(lines: &[&str], blocks: &[PageBlock]) -> Vec<Option<usize>> {
    let mut positions: HashMap<&str, Vec<usize>> = HashMap::new();
    for (index, block) in blocks.iter().enumerate() {
        positions
            .entry(block.text.as_str())
            .or_default()
            .push(index);
    }
    let mut next = 0;
    lines
        .iter()
        .map(|line| {
            let found = positions.get(collapse_white_space(line).as_str())?;
            let after = found.partition_point(|&index| index < next);
            let index = found.get(after).or(found.first()).copied()?;
            next = index + 1;
            Some(index)
        })
        .collect()
}

/// Why the page's markup says a line is not the article's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NotArticle {
    /// One of two or more lines in a row that are mostly links, or of the lines
    /// that are mostly links at the end: a list of other stories or a menu.
    LinkList,
    /// Inside the page's or the article's `header` or its `h1`, or above the
    /// `h1` in the article's own element (a kicker).
    Header,
    /// Inside an `article` element other than the one that holds most of the
    /// text: another story's teaser.
    OtherArticle,
}

/// For each line (matched to `blocks` by [`match_lines`]), whether the page's
/// markup says it is not the article's, and why. A single link between two
/// paragraphs stays: it is the article's own ("Get it on Amazon").
pub(crate) fn not_article(
    lines: &[&str],
    matched: &[Option<usize>],
    blocks: &[PageBlock],
) -> Vec<Option<NotArticle>> {
    let block = |index: usize| matched[index].map(|block| &blocks[block]);
    let mut verdicts: Vec<Option<NotArticle>> = vec![None; lines.len()];

    let is_links: Vec<bool> = (0..lines.len())
        .map(|index| block(index).is_some_and(PageBlock::is_mostly_links))
        .collect();
    let mut start = 0;
    while start < lines.len() {
        if !is_links[start] {
            start += 1;
            continue;
        }
        let end = start + is_links[start..].iter().take_while(|&&links| links).count();
        if end - start >= 2 || end == lines.len() {
            verdicts[start..end].fill(Some(NotArticle::LinkList));
        }
        start = end;
    }

    let mut text_by_article: HashMap<Option<(usize, NodeId)>, usize> = HashMap::new();
    for (index, line) in lines.iter().enumerate() {
        if let Some(block) = block(index) {
            *text_by_article.entry(block.article).or_default() += line.len();
        }
    }
    let main_article = text_by_article
        .iter()
        .max_by_key(|(article, length)| (**length, article.map(|(depth, _)| depth)))
        .and_then(|(article, _)| *article);

    let total: usize = lines.iter().map(|line| line.len()).sum();
    let in_header: usize = (0..lines.len())
        .filter(|&index| block(index).is_some_and(|block| block.in_header))
        .map(|index| lines[index].len())
        .sum();
    // A page that puts its article inside a `header` has no header to remove.
    let header_is_furniture = in_header * 2 < total;

    // What the article's element holds above its title is a kicker or a
    // label, never the article's text.
    let title = main_article.and_then(|main| {
        blocks
            .iter()
            .position(|block| block.in_title && block.article.is_some_and(|(_, id)| id == main.1))
    });
    let is_kicker = |index: usize| {
        matched[index].is_some_and(|matched| {
            title.is_some_and(|title| matched < title) && blocks[matched].article == main_article
        })
    };

    for (index, verdict) in verdicts.iter_mut().enumerate() {
        let Some(block) = block(index) else { continue };
        if verdict.is_some() {
            continue;
        }
        if header_is_furniture && (block.in_header || is_kicker(index)) {
            *verdict = Some(NotArticle::Header);
        } else if let (Some((main_depth, main)), Some((depth, article))) =
            (main_article, block.article)
            && article != main
            && depth >= main_depth
        {
            *verdict = Some(NotArticle::OtherArticle);
        }
    }
    verdicts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks_of(html: &str) -> Vec<PageBlock> {
        let document = dom_query::Document::from(html);
        page_blocks(&document.root())
    }

    fn texts_and_kinds(blocks: &[PageBlock]) -> Vec<(&str, BlockKind)> {
        blocks
            .iter()
            .map(|block| (block.text.as_str(), block.kind))
            .collect()
    }

    #[test]
    fn reads_headings_quotes_and_their_attribution() {
        let blocks = blocks_of(
            "<html><head><title>Title</title><style>p{}</style></head><body><article>\
             <h1>The headline</h1><p>First <b>paragraph</b>.</p><h3>A subheading</h3>\
             <blockquote><p>We will build it.</p><footer>The mayor</footer></blockquote>\
             <blockquote>Short and sweet.<cite>A reader</cite></blockquote>\
             <script>var x = 1;</script><h5>Label</h5></article></body></html>",
        );
        assert_eq!(
            texts_and_kinds(&blocks),
            [
                ("The headline", BlockKind::Paragraph),
                ("First paragraph.", BlockKind::Paragraph),
                ("A subheading", BlockKind::Heading),
                ("We will build it.", BlockKind::Quote),
                ("The mayor", BlockKind::QuoteAttribution),
                ("Short and sweet.A reader", BlockKind::Quote),
                ("Label", BlockKind::Paragraph),
            ]
        );
        assert!(blocks[0].in_header && !blocks[1].in_header);
    }

    #[test]
    fn reads_a_fragment_nested_deeper_than_its_stack_could_recurse() {
        // 10,000 levels in a 256 KiB stack: a walk that recursed would need
        // several times that, and the parser takes seconds for each further
        // ten thousand.
        let walk = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(|| {
                let depth = 10_000;
                let html = format!(
                    "{}<p>Deep text</p>{}",
                    "<div>".repeat(depth),
                    "</div>".repeat(depth)
                );
                let document = dom_query::Document::fragment(html);
                let blocks = page_blocks(&document.root());
                blocks
                    .into_iter()
                    .map(|block| (block.text, block.kind))
                    .collect::<Vec<_>>()
            })
            .unwrap();
        assert_eq!(
            walk.join().unwrap(),
            [("Deep text".to_owned(), BlockKind::Paragraph)]
        );
    }

    #[test]
    fn matches_lines_to_blocks_in_order() {
        let blocks = blocks_of(
            "<body><p>By Staff</p><p>Text one.</p><p>By Staff</p><p>Text two.</p><p>By Staff</p></body>",
        );
        let matched = match_lines(
            &[
                "Text one.",
                "By  Staff",
                "Text two.",
                "Joined text",
                "By Staff",
            ],
            &blocks,
        );
        assert_eq!(matched, [Some(1), Some(2), Some(3), None, Some(4)]);
    }

    #[test]
    fn marks_link_lists_headers_and_other_articles() {
        let html = "<body><header><p>Site name</p></header><article><header><p>Kicker</p></header>\
             <p>The article's first paragraph, long enough to be the article.</p>\
             <p><a href=/deal>Get it here</a></p>\
             <p>The article's second paragraph, long enough to be the article.</p>\
             <article><p>Another story's teaser.</p></article>\
             <p><a href=/a>Other story one</a></p><p><a href=/b>Other story two</a></p>\
             <p>The article's last paragraph, with <a href=/c>a link</a> in it.</p>\
             <p><a href=/d>A last link</a></p></article></body>";
        let blocks = blocks_of(html);
        let lines: Vec<&str> = blocks.iter().map(|block| block.text.as_str()).collect();
        let matched = match_lines(&lines, &blocks);
        let verdicts = not_article(&lines, &matched, &blocks);
        let by_line: Vec<(&str, Option<NotArticle>)> =
            lines.iter().copied().zip(verdicts).collect();
        assert_eq!(
            by_line,
            [
                ("Site name", Some(NotArticle::Header)),
                ("Kicker", Some(NotArticle::Header)),
                (
                    "The article's first paragraph, long enough to be the article.",
                    None
                ),
                ("Get it here", None),
                (
                    "The article's second paragraph, long enough to be the article.",
                    None
                ),
                ("Another story's teaser.", Some(NotArticle::OtherArticle)),
                ("Other story one", Some(NotArticle::LinkList)),
                ("Other story two", Some(NotArticle::LinkList)),
                ("The article's last paragraph, with a link in it.", None),
                ("A last link", Some(NotArticle::LinkList)),
            ]
        );
    }

    #[test]
    fn marks_a_kicker_above_the_article_s_title() {
        let html = "<body><p>Site-wide notice above everything</p><article><p>Flood defences</p>\
             <h1>The town builds a new dyke</h1><p>By Jane Roe</p>\
             <p>The council voted on Thursday to replace the old earth wall with a higher dyke.</p>\
             </article></body>";
        let blocks = blocks_of(html);
        let lines: Vec<&str> = blocks.iter().map(|block| block.text.as_str()).collect();
        let verdicts = not_article(&lines, &match_lines(&lines, &blocks), &blocks);
        assert_eq!(
            verdicts,
            [
                None,
                Some(NotArticle::Header),
                Some(NotArticle::Header),
                None,
                None
            ]
        );
    }

    #[test]
    fn keeps_a_header_that_holds_the_article() {
        let html = "<body><header><p>All of the article's text sits in the header here.</p>\
             <p>And so does its second paragraph.</p></header><p>Footer line</p></body>";
        let blocks = blocks_of(html);
        let lines: Vec<&str> = blocks.iter().map(|block| block.text.as_str()).collect();
        let verdicts = not_article(&lines, &match_lines(&lines, &blocks), &blocks);
        assert_eq!(verdicts, [None, None, None]);
    }
}
