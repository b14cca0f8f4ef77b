//! HTML input: the article text of a web page.
//!
//! [`extract_text`] parses a page with html5ever (through `scraper`), leaves
//! out what is not the article (scripts, styles, navigation, asides, headers,
//! footers, forms, link lists, and elements whose class, id or role names such
//! furniture), and picks the article by text density: each paragraph of
//! running text gives points to the element that holds it, and the element
//! with the most points, discounted by its share of link text, is the article
//! body. The result is plain text with one paragraph per block element and a
//! blank line between paragraphs, entities decoded, white space collapsed, so
//! that the rest of the pipeline reads it like any other text. Offsets of the
//! analysis refer to this extracted text.
//!
//! Hostile markup costs time linear in its size: the tree builder of the
//! HTML standard checks the stack of open elements at each tag, so a page of
//! a million nested `<div>`s would take quadratic time; `DepthGuard` stops
//! the nesting at [`MAX_DEPTH`] (deeper tags are dropped, their text kept),
//! and the walk over the tree is iterative, so it needs no stack either.
//!
//! ```
//! let page = "<html><body><nav><a href=/>Home</a></nav><article>\
//!     <p>&ldquo;We deeply regret this now,&rdquo; Baibolat Kunbolat told AFP, \
//!     speaking in Almaty on Friday.</p></article>\
//!     <script>var s = \"not text\";</script></body></html>";
//! assert!(whosaid::html::looks_like_html(page));
//! assert_eq!(
//!     whosaid::html::extract_text(page),
//!     "“We deeply regret this now,” Baibolat Kunbolat told AFP, speaking in Almaty on Friday.\n"
//! );
//! ```

use std::cell::Cell;
use std::collections::HashMap;

use ego_tree::iter::Edge;
use ego_tree::{NodeId, NodeRef};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, EndTag, StartTag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer};
use html5ever::tree_builder::{TreeBuilder, TreeSink};
use scraper::node::Element;
use scraper::{Html, HtmlTreeSink, Node};

/// How deep elements may nest; deeper start tags are dropped (their text is
/// kept). News pages nest a few dozen levels.
pub const MAX_DEPTH: usize = 256;

/// Paragraphs shorter than this (in characters) give no points to their container.
const MIN_SCORED_CHARS: usize = 25;

/// A block with more than this share of link text is a link list, not prose.
const MAX_LINK_DENSITY: f64 = 0.5;

/// Elements that never hold article text.
const DROPPED_TAGS: &[&str] = &[
    "applet", "aside", "audio", "button", "canvas", "dialog", "embed", "footer", "form", "head", "header", "iframe",
    "input", "map", "math", "menu", "nav", "noscript", "object", "option", "script", "select", "style", "svg",
    "template", "textarea", "title", "video",
];

/// ARIA roles of page furniture.
const DROPPED_ROLES: &[&str] = &[
    "banner",
    "complementary",
    "contentinfo",
    "dialog",
    "menu",
    "menubar",
    "navigation",
    "search",
];

/// Words in a class or id that name page furniture ("site-nav", "share_bar").
const FURNITURE_WORDS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "comment",
    "comments",
    "cookie",
    "cookies",
    "disqus",
    "footer",
    "masthead",
    "menu",
    "modal",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "outbrain",
    "popup",
    "promo",
    "related",
    "share",
    "sharing",
    "sidebar",
    "social",
    "sponsored",
    "subscribe",
    "taboola",
    "teaser",
    "teasers",
    "widget",
];

/// Elements that start a new block (a paragraph of the extracted text).
const BLOCK_TAGS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "html",
    "legend",
    "li",
    "main",
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

/// Blocks that are paragraphs themselves: their points go to the element
/// around them, as in `<div><p>…</p><p>…</p></div>`.
const PARAGRAPH_TAGS: &[&str] = &[
    "blockquote",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "p",
    "pre",
    "td",
];

/// True when `text` starts (after white space or a byte-order mark) with an
/// HTML doctype or an `<html` tag.
pub fn looks_like_html(text: &str) -> bool {
    let head = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
    let starts_with = |prefix: &str| {
        head.as_bytes()
            .get(..prefix.len())
            .is_some_and(|start| start.eq_ignore_ascii_case(prefix.as_bytes()))
    };
    if starts_with("<!doctype html") {
        return true;
    }
    if starts_with("<html") {
        return head
            .as_bytes()
            .get(5)
            .is_none_or(|&byte| byte == b'>' || byte.is_ascii_whitespace());
    }
    // An XML declaration or a comment first: look for the html tag a little further.
    (starts_with("<?xml") || starts_with("<!--")) && {
        let window = &head.as_bytes()[..head.len().min(1024)];
        window.windows(5).any(|bytes| bytes.eq_ignore_ascii_case(b"<html"))
    }
}

/// The article text of an HTML page: paragraphs (block elements, or text
/// parted by `<br><br>`) separated by blank lines, lines of a paragraph
/// (`<br>`) by single newlines, ending with a newline unless empty.
pub fn extract_text(html: &str) -> String {
    let page = parse(html);
    let root = page.tree.root();
    let blocks = collect_blocks(root);
    let chosen = choose_content(root, &blocks);
    let mut out = String::new();
    for node in chosen {
        let blocks = if node == root.id() {
            // No article found: take every block of the page.
            blocks.clone()
        } else {
            collect_blocks(page.tree.get(node).expect("node of this tree"))
        };
        for block in blocks.iter().filter(|block| !block.is_link_list()) {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&block.text);
        }
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// Parses a page as the HTML standard says, nesting bounded by [`MAX_DEPTH`].
fn parse(html: &str) -> Html {
    let builder = TreeBuilder::new(HtmlTreeSink::new(Html::new_document()), Default::default());
    let tokenizer = Tokenizer::new(DepthGuard::new(builder), Default::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    // The tokenizer stops at each `</script>` (for a script engine) and at
    // each `<meta charset>` (the text is decoded already); go on to the end.
    while !matches!(tokenizer.feed(&input), html5ever::TokenizerResult::Done) {}
    tokenizer.end();
    tokenizer.sink.inner.sink.finish()
}

/// Elements without content: they never nest.
const VOID_TAGS: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
    "link", "meta", "param", "source", "track", "wbr",
];

/// Elements whose end tag may be left out: the tree builder closes them
/// itself, so they do not deepen the tree the way they appear to.
const IMPLIED_END_TAGS: &[&str] = &[
    "body", "caption", "colgroup", "dd", "dt", "head", "html", "li", "optgroup", "option", "p", "rb", "rp", "rt",
    "rtc", "tbody", "td", "tfoot", "th", "thead", "tr",
];

/// Elements whose content the tokenizer reads as raw text: always passed on,
/// or their content would be read as markup and text.
const RAW_TEXT_TAGS: &[&str] = &[
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
];

/// Sits between the tokenizer and the tree builder and keeps the nesting of
/// elements under [`MAX_DEPTH`], counting start and end tags: a start tag
/// deeper than that is dropped, with the next end tag. Text always passes.
struct DepthGuard<Sink> {
    inner: Sink,
    depth: Cell<usize>,
    dropped: Cell<usize>,
}

impl<Sink> DepthGuard<Sink> {
    fn new(inner: Sink) -> DepthGuard<Sink> {
        DepthGuard {
            inner,
            depth: Cell::new(0),
            dropped: Cell::new(0),
        }
    }
}

impl<Sink: TokenSink> TokenSink for DepthGuard<Sink> {
    type Handle = Sink::Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<Sink::Handle> {
        if let TagToken(tag) = &token {
            let name: &str = &tag.name;
            let nests = !(tag.self_closing || VOID_TAGS.contains(&name) || IMPLIED_END_TAGS.contains(&name));
            let raw_text = RAW_TEXT_TAGS.contains(&name);
            match tag.kind {
                StartTag if nests => {
                    if self.depth.get() >= MAX_DEPTH && !raw_text {
                        self.dropped.set(self.dropped.get() + 1);
                        return TokenSinkResult::Continue;
                    }
                    self.depth.set(self.depth.get() + 1);
                }
                EndTag if nests => {
                    if self.dropped.get() > 0 && !raw_text {
                        self.dropped.set(self.dropped.get() - 1);
                        return TokenSinkResult::Continue;
                    }
                    self.depth.set(self.depth.get().saturating_sub(1));
                }
                _ => {}
            }
        }
        self.inner.process_token(token, line_number)
    }

    fn end(&self) {
        self.inner.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.inner.adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// A paragraph of the page's text.
#[derive(Clone, Debug)]
struct Block {
    /// The block element that holds the text directly.
    owner: NodeId,
    /// Whether the owner is a paragraph-like element (p, li, h2…).
    paragraph_like: bool,
    /// The text, white space collapsed, lines trimmed.
    text: String,
    /// Characters of text.
    chars: usize,
    /// Characters inside links.
    link_chars: usize,
    /// Commas: a sign of running prose.
    commas: usize,
}

impl Block {
    fn link_density(&self) -> f64 {
        density(self.link_chars, self.chars)
    }

    /// Mostly links: a navigation list, a "Related" box, a "Read more" line.
    fn is_link_list(&self) -> bool {
        self.link_density() > MAX_LINK_DENSITY
    }
}

fn density(link_chars: usize, chars: usize) -> f64 {
    if chars == 0 {
        0.0
    } else {
        link_chars as f64 / chars as f64
    }
}

/// Points and text counts gathered by a candidate container.
#[derive(Clone, Copy, Debug, Default)]
struct Candidate {
    score: f64,
    chars: usize,
    link_chars: usize,
    /// Order of first appearance, to break ties by document order.
    order: usize,
}

impl Candidate {
    fn final_score(&self) -> f64 {
        self.score * (1.0 - density(self.link_chars, self.chars))
    }
}

/// The nodes whose text is the article, in document order; the root alone
/// when the page has no paragraph of prose.
fn choose_content(root: NodeRef<'_, Node>, blocks: &[Block]) -> Vec<NodeId> {
    let tree = root.tree();
    let mut candidates: HashMap<NodeId, Candidate> = HashMap::new();
    for block in blocks {
        let owner = tree.get(block.owner).expect("node of this tree");
        let (first, second) = if block.paragraph_like {
            let parent = owner.parent();
            (parent, parent.and_then(|parent| parent.parent()))
        } else {
            (Some(owner), owner.parent())
        };
        let points = if block.chars >= MIN_SCORED_CHARS && !block.is_link_list() {
            1.0 + block.commas as f64 + (block.chars as f64 / 100.0).min(3.0)
        } else {
            0.0
        };
        for (node, share) in [(first, 1.0), (second, 0.5)] {
            let Some(node) = node.filter(|node| node.value().is_element()) else {
                continue;
            };
            let order = candidates.len();
            let candidate = candidates.entry(node.id()).or_insert(Candidate {
                order,
                ..Candidate::default()
            });
            candidate.score += points * share;
            candidate.chars += block.chars;
            candidate.link_chars += block.link_chars;
        }
    }
    let best = candidates
        .iter()
        .filter(|(_, candidate)| candidate.score > 0.0)
        .max_by(|(_, a), (_, b)| a.final_score().total_cmp(&b.final_score()).then(b.order.cmp(&a.order)))
        .map(|(&node, candidate)| (node, candidate.final_score()));
    let Some((best, best_score)) = best else {
        return vec![root.id()];
    };
    let mut top = tree.get(best).expect("node of this tree");
    // The article element around the densest block holds its title and byline too.
    if let Some(article) = std::iter::successors(Some(top), |node| node.parent()).find(|node| {
        node.value()
            .as_element()
            .is_some_and(|element| element.name() == "article")
    }) {
        top = article;
    }
    let Some(parent) = top.parent() else {
        return vec![top.id()];
    };
    // Siblings with enough points of their own: an article body split by an
    // advertisement.
    let threshold = (best_score * 0.2).max(10.0);
    parent
        .children()
        .filter(|sibling| {
            sibling.id() == top.id()
                || candidates
                    .get(&sibling.id())
                    .is_some_and(|candidate| candidate.final_score() >= threshold)
        })
        .map(|sibling| sibling.id())
        .collect()
}

/// The blocks of text under `root`, in document order, furniture left out.
fn collect_blocks(root: NodeRef<'_, Node>) -> Vec<Block> {
    let mut collector = Collector::default();
    let mut skip_depth = 0usize;
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => {
                if skip_depth > 0 {
                    skip_depth += 1;
                    continue;
                }
                match node.value() {
                    Node::Element(element) => {
                        if is_dropped(element) {
                            skip_depth = 1;
                            continue;
                        }
                        collector.open(node.id(), element);
                    }
                    Node::Text(text) => collector.text(text),
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if skip_depth > 0 {
                    skip_depth -= 1;
                    continue;
                }
                if let Node::Element(element) = node.value() {
                    collector.close(element);
                }
            }
        }
    }
    collector.flush();
    collector.blocks
}

/// Gathers text into blocks while walking the tree.
#[derive(Default)]
struct Collector {
    blocks: Vec<Block>,
    /// Block elements open around the current position: (node, paragraph-like).
    owners: Vec<(NodeId, bool)>,
    current: String,
    chars: usize,
    link_chars: usize,
    commas: usize,
    link_depth: usize,
    pre_depth: usize,
}

impl Collector {
    fn open(&mut self, node: NodeId, element: &Element) {
        let name = element.name();
        if BLOCK_TAGS.contains(&name) {
            self.flush();
            self.owners.push((node, PARAGRAPH_TAGS.contains(&name)));
        }
        match name {
            "br" => self.current.push('\n'),
            "a" => self.link_depth += 1,
            "pre" => self.pre_depth += 1,
            _ => {}
        }
    }

    fn close(&mut self, element: &Element) {
        let name = element.name();
        match name {
            "a" => self.link_depth = self.link_depth.saturating_sub(1),
            "pre" => self.pre_depth = self.pre_depth.saturating_sub(1),
            _ => {}
        }
        if BLOCK_TAGS.contains(&name) {
            self.flush();
            self.owners.pop();
        }
    }

    fn text(&mut self, text: &str) {
        for c in text.chars() {
            if c == '\n' && self.pre_depth > 0 {
                self.current.push('\n');
                continue;
            }
            if c.is_whitespace() {
                if !self.current.is_empty() && !self.current.ends_with([' ', '\n']) {
                    self.current.push(' ');
                }
                continue;
            }
            if c.is_control() {
                continue;
            }
            self.current.push(c);
            self.chars += 1;
            if self.link_depth > 0 {
                self.link_chars += 1;
            }
            if matches!(c, ',' | '，' | '、') {
                self.commas += 1;
            }
        }
    }

    /// Ends the current block, if it has any text.
    fn flush(&mut self) {
        if self.chars > 0
            && let Some(&(owner, paragraph_like)) = self.owners.last()
        {
            // Lines from `<br>`; two breaks in a row (`<br><br>`) part paragraphs.
            let mut text = String::with_capacity(self.current.len());
            let mut blank_before = false;
            for line in self.current.split('\n').map(str::trim) {
                if line.is_empty() {
                    blank_before = true;
                    continue;
                }
                if !text.is_empty() {
                    text.push_str(if blank_before { "\n\n" } else { "\n" });
                }
                text.push_str(line);
                blank_before = false;
            }
            self.blocks.push(Block {
                owner,
                paragraph_like,
                text,
                chars: self.chars,
                link_chars: self.link_chars,
                commas: self.commas,
            });
        }
        self.current.clear();
        self.chars = 0;
        self.link_chars = 0;
        self.commas = 0;
    }
}

/// Furniture by tag, role, class or id, or hidden from readers.
fn is_dropped(element: &Element) -> bool {
    let name = element.name();
    if DROPPED_TAGS.contains(&name) {
        return true;
    }
    if element.attr("hidden").is_some()
        || element
            .attr("aria-hidden")
            .is_some_and(|value| value.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if element.attr("style").is_some_and(hides) {
        return true;
    }
    if matches!(name, "html" | "body" | "main" | "article") {
        // A page-wide class ("nav-open") never drops the whole page.
        return false;
    }
    if element.attr("role").is_some_and(|role| {
        role.split_ascii_whitespace()
            .any(|role| DROPPED_ROLES.iter().any(|dropped| dropped.eq_ignore_ascii_case(role)))
    }) {
        return true;
    }
    element.classes().chain(element.id()).any(names_furniture)
}

/// An inline style that hides the element.
fn hides(style: &str) -> bool {
    let compact: String = style
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

/// A class or id made of words one of which names furniture.
fn names_furniture(name: &str) -> bool {
    name.split(|c: char| !c.is_ascii_alphanumeric()).any(|word| {
        FURNITURE_WORDS
            .iter()
            .any(|furniture| furniture.eq_ignore_ascii_case(word))
    })
}

#[cfg(test)]
mod tests;
