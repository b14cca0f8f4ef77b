//! The HTML report of one document: the article with every claim
//! highlighted in its speaker's colour and labelled with the speaker's name,
//! a sources panel, a bar chart of quoted words per source (inline SVG) and
//! the contrast table, each claim of which links to its place in the text.
//!
//! The page is one self-contained file: its CSS and JavaScript are inline
//! (`src/report/style.css`, `src/report/script.js`), a Content Security
//! Policy forbids every request, and it reads the same printed. Everything
//! that comes from the text or the analysis passes through [`escape`].

#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt::Write as _;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::chars::CharOffsets;
use crate::grammar::{Gender, Grammar};
use crate::output::wire::{WireDoc, WirePair, WireQuote, WireSide};
use crate::sources::{self, Channel, Source, SourceKind, Sourcing};

const STYLE: &str = include_str!("report/style.css");
const SCRIPT: &str = include_str!("report/script.js");

/// The Content Security Policy of the page: nothing may be fetched.
pub const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/// How many speaker colours the stylesheet defines (`.s0` … `.s7`).
pub const COLOURS: usize = 8;

/// Escapes text for HTML element content and for attribute values in
/// double or single quotes: `&`, `<`, `>`, `"` and `'`.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            _ => escaped.push(c),
        }
    }
    Cow::Owned(escaped)
}

/// The claims of a document that the report highlights: direct and partial
/// quotes and reported speech, in the order of the JSON.
pub fn highlighted(doc: &WireDoc) -> impl Iterator<Item = &WireQuote> {
    doc.quotes.iter().filter(|quote| sources::is_claim(&quote.kind))
}

/// Renders the report of one document. `text` is the analysed text the
/// offsets of `doc` refer to.
pub fn render(doc: &WireDoc, text: &str, grammar: &Grammar) -> String {
    let sourcing = sources::sourcing(doc, text, grammar);
    let offsets = CharOffsets::new(text);
    let colours = Colours::new(&sourcing);
    let mut page = String::with_capacity(text.len() * 3 + STYLE.len() + SCRIPT.len() + 8192);
    let title = format!("Who said what: {}", doc.document);
    let _ = write!(
        page,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"whosaid {version}\">\n\
         <title>{title}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        csp = escape(CONTENT_SECURITY_POLICY),
        version = env!("CARGO_PKG_VERSION"),
        title = escape(&title),
    );
    header(&mut page, doc, &sourcing);
    page.push_str("<main>\n");
    let mut article_html = String::with_capacity(text.len() * 3);
    let targets = article(&mut article_html, doc, text, &offsets, &sourcing, &colours);
    contrasts(&mut page, doc, &targets, &colours);
    page.push_str(&article_html);
    page.push_str("<aside id=\"side\">\n");
    sources_panel(&mut page, doc, &sourcing, &colours);
    chart(&mut page, &sourcing, &colours);
    page.push_str("</aside>\n");
    page.push_str("</main>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>\n");
    page.push_str(SCRIPT);
    page.push_str("</script>\n</body>\n</html>\n");
    page
}

/// The colour class of each speaker: by order of first claim.
struct Colours<'s> {
    /// Each source's place in the sources (the first, for a name twice).
    names: FxHashMap<&'s str, usize>,
}

impl<'s> Colours<'s> {
    fn new(sourcing: &'s Sourcing) -> Colours<'s> {
        let mut names = FxHashMap::default();
        for (position, source) in sourcing.sources.iter().enumerate() {
            names.entry(source.name.as_str()).or_insert(position);
        }
        Colours { names }
    }

    fn class(&self, speaker: Option<&str>) -> String {
        speaker
            .and_then(|speaker| self.names.get(speaker))
            .map_or_else(|| "s-none".to_string(), |position| format!("s{}", position % COLOURS))
    }
}

fn header(page: &mut String, doc: &WireDoc, sourcing: &Sourcing) {
    let count = |kind: SourceKind| sourcing.sources.iter().filter(|source| source.kind == kind).count();
    let claims = highlighted(doc).count();
    let _ = write!(
        page,
        "<header class=\"top\">\n<h1>Who said what</h1>\n<p class=\"document\">{document}</p>\n\
         <p class=\"summary\">{claims} {claims_word} from {sources} {sources_word} \
         ({named} named, {anonymous} anonymous, {institutional} institutional) · {words} words quoted",
        document = escape(&doc.document),
        claims_word = plural(claims, "quote or claim", "quotes and claims"),
        sources = sourcing.sources.len(),
        sources_word = plural(sourcing.sources.len(), "source", "sources"),
        named = count(SourceKind::Named),
        anonymous = count(SourceKind::Anonymous),
        institutional = count(SourceKind::Institutional),
        words = sourcing.words_total,
    );
    if let Some(outlet) = &sourcing.outlet {
        let _ = write!(page, " · the article's outlet: {}", escape(outlet));
    }
    page.push_str(
        "</p>\n<nav aria-label=\"Sections\"><a href=\"#contrasts\">Contrasts</a> <a href=\"#article\">Article</a> \
         <a href=\"#sources\">Sources</a> <a href=\"#chart\">Words quoted</a></nav>\n\
         <p class=\"legend\"><span class=\"key direct\">direct quote</span> <span class=\"key partial\">partial \
         quote</span> <span class=\"key indirect\">reported speech</span> Each highlight is labelled with its \
         speaker; hover or focus it (Tab) for the attribution.</p>\n</header>\n",
    );
}

fn plural<'w>(count: usize, one: &'w str, many: &'w str) -> &'w str {
    if count == 1 { one } else { many }
}

/// One element to wrap around a range of the text.
#[derive(Clone, Debug)]
struct Wrap {
    start: usize,
    end: usize,
    /// The opening tag of the first piece.
    open: String,
    /// The opening tag of a piece that continues it past a crossing element.
    continued: String,
    close: &'static str,
    /// Set on the continuation pieces of a split range.
    continuation: bool,
}

/// Writes the article with its claims wrapped; returns the element id of
/// each pair side, `pair{n}-a`/`-b` for sides whose quote is not highlighted.
fn article(
    page: &mut String,
    doc: &WireDoc,
    text: &str,
    offsets: &CharOffsets,
    sourcing: &Sourcing,
    colours: &Colours,
) -> Vec<[Option<String>; 2]> {
    let mut wraps = Vec::new();
    let mut ids: FxHashSet<&str> = FxHashSet::default();
    for (index, quote) in doc.quotes.iter().enumerate() {
        if !sources::is_claim(&quote.kind) {
            continue;
        }
        let Some(range) = offsets.byte_range(quote.start, quote.end) else {
            continue;
        };
        if range.is_empty() {
            continue;
        }
        ids.insert(&quote.id);
        let channel = sourcing.channels.get(index).copied().flatten();
        let framing = sourcing.framings.get(index).copied().flatten();
        let class = format!("quote {} {}", quote.kind, colours.class(quote.speaker.as_deref()));
        let mut attributes = String::new();
        let mut attribute = |name: &str, value: &str| {
            let _ = write!(attributes, " data-{name}=\"{}\"", escape(value));
        };
        attribute("label", quote.speaker.as_deref().unwrap_or("unattributed"));
        if let Some(speaker) = &quote.speaker {
            attribute("said-by", speaker);
        }
        attribute("kind", &quote.kind);
        if let Some(mention) = &quote.mention {
            attribute("mention", &mention.text);
        }
        if let Some(cue) = &quote.cue {
            attribute("cue", cue);
        }
        if let Some(framing) = framing {
            attribute("framing", framing.as_str());
        }
        if let Some(recipient) = &quote.recipient {
            attribute("recipient", recipient);
        }
        if let Some(channel) = channel {
            attribute("channel", &channel_words(channel, sourcing.outlet.as_deref()));
        }
        attribute("confidence", &format!("{:.2}", quote.confidence));
        attribute("paragraph", &quote.paragraph.to_string());
        wraps.push(Wrap {
            start: range.start,
            end: range.end,
            open: format!(
                "<mark class=\"{class}\" id=\"{id}\" data-quote-id=\"{id}\" tabindex=\"0\"{attributes}>",
                id = escape(&quote.id)
            ),
            continued: format!(
                "<mark class=\"{class} continued\" data-continues=\"{id}\">",
                id = escape(&quote.id)
            ),
            close: "</mark>",
            continuation: false,
        });
    }
    let mut targets = Vec::with_capacity(doc.pairs.len());
    for (number, pair) in doc.pairs.iter().enumerate() {
        let mut sides: [Option<String>; 2] = [None, None];
        for (slot, (side, letter)) in [(&pair.a, 'a'), (&pair.b, 'b')].into_iter().enumerate() {
            if ids.contains(side.quote.as_str()) {
                sides[slot] = Some(side.quote.clone());
                continue;
            }
            let Some(range) = offsets.byte_range(side.start, side.end) else {
                continue;
            };
            if range.is_empty() {
                continue;
            }
            let id = format!("pair{}-{letter}", number + 1);
            wraps.push(Wrap {
                start: range.start,
                end: range.end,
                open: format!(
                    "<span class=\"claim-target {}\" id=\"{id}\">",
                    colours.class(side.speaker.as_deref())
                ),
                continued: "<span class=\"claim-target continued\">".to_string(),
                close: "</span>",
                continuation: false,
            });
            sides[slot] = Some(id);
        }
        targets.push(sides);
    }
    page.push_str("<article id=\"article\" aria-label=\"The article\">\n<div class=\"text\">");
    write_wrapped(page, text, nest(wraps));
    page.push_str("</div>\n</article>\n");
    targets
}

/// Splits ranges that cross one another so that the pieces nest: a range
/// starting inside an earlier one and running past its end continues in a
/// second piece. Returns the pieces sorted for writing.
fn nest(mut wraps: Vec<Wrap>) -> Vec<Wrap> {
    wraps.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut placed: Vec<Wrap> = Vec::with_capacity(wraps.len());
    // The ranges to place, first by start, then the longest, then in the
    // order they came: a rest cut off a range goes after those of its
    // place already waiting. (A heap of indices into `wraps`, which the
    // rests join.)
    let key = |wrap: &Wrap, order: usize| Reverse((wrap.start, Reverse(wrap.end), order));
    let mut pending: BinaryHeap<Reverse<(usize, Reverse<usize>, usize)>> =
        wraps.iter().enumerate().map(|(order, wrap)| key(wrap, order)).collect();
    let mut wraps: Vec<Option<Wrap>> = wraps.into_iter().map(Some).collect();
    // The placed ranges, start and end, that run past the start of the
    // range being placed: starts only grow, so one that ended is done with.
    let mut open: Vec<(usize, usize)> = Vec::new();
    while let Some(Reverse((_, _, order))) = pending.pop() {
        let mut wrap = wraps[order].take().expect("each range placed once");
        open.retain(|&(_, end)| end > wrap.start);
        let crossing = (open.iter())
            .filter(|&&(start, end)| start < wrap.start && end < wrap.end)
            .map(|&(_, end)| end)
            .min();
        if let Some(cut) = crossing {
            let mut rest = wrap.clone();
            rest.start = cut;
            rest.continuation = true;
            wrap.end = cut;
            pending.push(key(&rest, wraps.len()));
            wraps.push(Some(rest));
        }
        open.push((wrap.start, wrap.end));
        placed.push(wrap);
    }
    placed.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    placed
}

/// Writes the text with nested wraps, escaping every piece of it.
fn write_wrapped(page: &mut String, text: &str, wraps: Vec<Wrap>) {
    let mut open: Vec<&Wrap> = Vec::new();
    let mut cursor = 0;
    for wrap in &wraps {
        while let Some(top) = open.last()
            && top.end <= wrap.start
        {
            page.push_str(&escape(&text[cursor..top.end]));
            page.push_str(top.close);
            cursor = top.end;
            open.pop();
        }
        page.push_str(&escape(&text[cursor..wrap.start]));
        cursor = wrap.start;
        page.push_str(if wrap.continuation { &wrap.continued } else { &wrap.open });
        open.push(wrap);
    }
    while let Some(top) = open.pop() {
        page.push_str(&escape(&text[cursor..top.end]));
        page.push_str(top.close);
        cursor = top.end;
    }
    page.push_str(&escape(&text[cursor..]));
}

fn channel_words(channel: Channel, outlet: Option<&str>) -> String {
    match channel {
        Channel::FirstHand => format!("first-hand, to {}", outlet.unwrap_or("the article's outlet")),
        Channel::Relayed => "relayed from another outlet".to_string(),
        Channel::Other => "said to someone else".to_string(),
        Channel::Unstated => "recipient not stated".to_string(),
    }
}

fn gender_words(gender: Gender) -> &'static str {
    match gender {
        Gender::Male => "male",
        Gender::Female => "female",
        Gender::Unknown => "unknown",
    }
}

fn sources_panel(page: &mut String, doc: &WireDoc, sourcing: &Sourcing, colours: &Colours) {
    page.push_str(
        "<section id=\"sources\" aria-labelledby=\"sources-title\">\n<h2 id=\"sources-title\">Sources</h2>\n",
    );
    if sourcing.sources.is_empty() && sourcing.unattributed.is_empty() {
        page.push_str("<p class=\"empty\">No quotes or claims found.</p>\n</section>\n");
        return;
    }
    page.push_str("<ol class=\"sources\">\n");
    for source in &sourcing.sources {
        source_entry(page, doc, sourcing, source, colours);
    }
    if !sourcing.unattributed.is_empty() {
        let _ = write!(
            page,
            "<li class=\"source unattributed s-none\">\n<div class=\"name\"><span class=\"swatch\" \
             aria-hidden=\"true\"></span><strong>Unattributed</strong></div>\n<p class=\"facts\">{} {} the text \
             does not attribute</p>\n",
            sourcing.unattributed.len(),
            plural(sourcing.unattributed.len(), "claim", "claims"),
        );
        jump_links(page, doc, &sourcing.unattributed);
        page.push_str("</li>\n");
    }
    page.push_str("</ol>\n</section>\n");
}

fn source_entry(page: &mut String, doc: &WireDoc, sourcing: &Sourcing, source: &Source, colours: &Colours) {
    let share = if sourcing.words_total == 0 {
        0.0
    } else {
        100.0 * source.words as f64 / sourcing.words_total as f64
    };
    let _ = write!(
        page,
        "<li class=\"source {class}\" data-speaker=\"{name}\" data-kind=\"{kind}\">\n\
         <div class=\"name\"><span class=\"swatch\" aria-hidden=\"true\"></span><strong>{name}</strong> \
         <span class=\"badge {kind}\">{kind}</span></div>\n",
        class = colours.class(Some(&source.name)),
        name = escape(&source.name),
        kind = source.kind.as_str(),
    );
    if let Some(role) = &source.role {
        let _ = writeln!(page, "<p class=\"role\">{}</p>", escape(role));
    }
    let _ = write!(
        page,
        "<dl class=\"facts\">\n<dt>Quotes</dt><dd>{direct} direct · {partial} partial · {reported} reported</dd>\n\
         <dt>Words quoted</dt><dd>{words} ({share:.1}% of all quoted words)</dd>\n",
        direct = source.direct,
        partial = source.partial,
        reported = source.reported,
        words = source.words,
    );
    if source.kind != SourceKind::Institutional {
        let _ = write!(page, "<dt>Gender</dt><dd>{}", gender_words(source.gender));
        if !source.gender_evidence.is_empty() {
            let _ = write!(
                page,
                " <span class=\"evidence\">(the text: {})</span>",
                escape(&source.gender_evidence.join(", "))
            );
        }
        page.push_str("</dd>\n");
    }
    let mut given = Vec::new();
    if source.first_hand > 0 {
        given.push(format!(
            "{} first-hand (to {})",
            source.first_hand,
            escape(sourcing.outlet.as_deref().unwrap_or("the outlet"))
        ));
    }
    if source.relayed > 0 {
        given.push(format!(
            "{} relayed from {}",
            source.relayed,
            escape(&source.relayed_via.join(", "))
        ));
    }
    let others = source.quotes.len() - source.first_hand - source.relayed;
    if others > 0 {
        given.push(format!("{others} to others or unstated"));
    }
    let _ = write!(page, "<dt>Given</dt><dd>{}</dd>\n</dl>\n", given.join(" · "));
    jump_links(page, doc, &source.quotes);
    page.push_str("</li>\n");
}

/// Links from a sources entry to its claims in the text.
fn jump_links(page: &mut String, doc: &WireDoc, quotes: &[usize]) {
    page.push_str("<p class=\"jump\">In the text:");
    let mut previous_paragraph = None;
    let mut in_paragraph = 0;
    for &index in quotes {
        let quote = &doc.quotes[index];
        // A second claim in one paragraph reads ¶35·2.
        in_paragraph = if previous_paragraph == Some(quote.paragraph) {
            in_paragraph + 1
        } else {
            1
        };
        previous_paragraph = Some(quote.paragraph);
        let suffix = if in_paragraph > 1 {
            format!("·{in_paragraph}")
        } else {
            String::new()
        };
        let _ = write!(
            page,
            " <a href=\"#{id}\" title=\"{kind} quote {id}\">¶{paragraph}{suffix}</a>",
            id = escape(&quote.id),
            kind = escape(&quote.kind),
            paragraph = quote.paragraph,
        );
    }
    page.push_str("</p>\n");
}

/// The bar chart of quoted words per source, as inline SVG.
fn chart(page: &mut String, sourcing: &Sourcing, colours: &Colours) {
    let mut rows: Vec<&Source> = sourcing.sources.iter().filter(|source| source.words > 0).collect();
    rows.sort_by_key(|source| std::cmp::Reverse(source.words));
    page.push_str(
        "<section id=\"chart\" aria-labelledby=\"chart-title\">\n<h2 id=\"chart-title\">Words quoted per source</h2>\n",
    );
    if rows.is_empty() {
        page.push_str("<p class=\"empty\">No words in quote marks.</p>\n</section>\n");
        return;
    }
    const WIDTH: usize = 400;
    const ROW: usize = 36;
    const BAR_SPACE: usize = WIDTH - 70;
    let height = rows.len() * ROW + 4;
    let most = rows[0].words.max(1);
    let _ = write!(
        page,
        "<svg class=\"bars\" role=\"img\" aria-labelledby=\"chart-svg-title\" viewBox=\"0 0 {WIDTH} {height}\" \
         width=\"100%\">\n<title id=\"chart-svg-title\">Words quoted per \
         source</title>\n"
    );
    for (row, source) in rows.iter().enumerate() {
        let top = row * ROW;
        let length = (source.words * BAR_SPACE).div_ceil(most).max(2);
        let share = if sourcing.words_total == 0 {
            0.0
        } else {
            100.0 * source.words as f64 / sourcing.words_total as f64
        };
        let _ = writeln!(
            page,
            "<g class=\"bar {class}\"><title>{name}: {words} words ({share:.0}%)</title>\
             <text x=\"0\" y=\"{label_y}\">{name}</text>\
             <rect x=\"0\" y=\"{bar_y}\" width=\"{length}\" height=\"14\" rx=\"2\"></rect>\
             <text class=\"value\" x=\"{value_x}\" y=\"{value_y}\">{words}</text></g>",
            class = colours.class(Some(&source.name)),
            name = escape(&source.name),
            words = source.words,
            label_y = top + 13,
            bar_y = top + 17,
            value_x = length + 6,
            value_y = top + 29,
        );
    }
    page.push_str("</svg>\n</section>\n");
}

/// The contrast table: the two sides of each pair side by side.
fn contrasts(page: &mut String, doc: &WireDoc, targets: &[[Option<String>; 2]], colours: &Colours) {
    page.push_str(
        "<section id=\"contrasts\" aria-labelledby=\"contrasts-title\">\n<h2 id=\"contrasts-title\">Contrasts</h2>\n",
    );
    if doc.pairs.is_empty() {
        page.push_str("<p class=\"empty\">No claims set against each other in this document.</p>\n</section>\n");
        return;
    }
    page.push_str(
        "<table class=\"contrasts\">\n<thead><tr><th scope=\"col\">Topic</th><th scope=\"col\">Relation</th>\
         <th scope=\"col\">One side</th><th scope=\"col\">The other side</th><th scope=\"col\">Why</th></tr></thead>\n<tbody>\n",
    );
    let names = TableNames::new(doc);
    for (pair, sides) in doc.pairs.iter().zip(targets) {
        contrast_row(page, &names, pair, sides, colours);
    }
    page.push_str("</tbody>\n</table>\n");
    if doc.pairs_left_out > 0 {
        let _ = writeln!(
            page,
            "<p class=\"note\">And {count} weaker pair{s}, not shown: <code>whosaid contrast --all</code> lists \
             every pair.</p>",
            count = doc.pairs_left_out,
            s = if doc.pairs_left_out == 1 { "" } else { "s" },
        );
    }
    page.push_str("</section>\n");
}

/// What the contrast table's rows look up by id: each topic's label, each
/// quote's cue.
struct TableNames<'d> {
    labels: FxHashMap<&'d str, &'d str>,
    cues: FxHashMap<&'d str, &'d str>,
}

impl<'d> TableNames<'d> {
    fn new(doc: &'d WireDoc) -> TableNames<'d> {
        TableNames {
            labels: doc
                .topics
                .iter()
                .map(|topic| (topic.id.as_str(), topic.label.as_str()))
                .collect(),
            cues: doc
                .quotes
                .iter()
                .filter_map(|quote| Some((quote.id.as_str(), quote.cue.as_deref()?)))
                .collect(),
        }
    }
}

/// One pair's row, under the label of its topic.
fn contrast_row(
    page: &mut String,
    names: &TableNames,
    pair: &WirePair,
    sides: &[Option<String>; 2],
    colours: &Colours,
) {
    let topic = names.labels.get(pair.topic.as_str()).copied().unwrap_or(&pair.topic);
    let _ = write!(
        page,
        "<tr class=\"{relation}\"><td>{topic}</td><td><span class=\"relation\">{relation}</span> \
         <span class=\"score\">{score:.2}</span></td>",
        relation = escape(&pair.relation),
        topic = escape(topic),
        score = pair.score,
    );
    for (side, target) in [(&pair.a, &sides[0]), (&pair.b, &sides[1])] {
        contrast_side(page, names, side, target.as_deref(), colours);
    }
    page.push_str("<td><ul class=\"evidence\">");
    for evidence in &pair.evidence {
        let _ = write!(page, "<li>{}</li>", escape(evidence));
    }
    page.push_str("</ul></td></tr>\n");
}

fn contrast_side(page: &mut String, names: &TableNames, side: &WireSide, target: Option<&str>, colours: &Colours) {
    let cue = side
        .cue
        .as_deref()
        .or_else(|| names.cues.get(side.quote.as_str()).copied());
    let _ = write!(
        page,
        "<td class=\"side {class}\"><span class=\"who\">{speaker}</span>",
        class = colours.class(side.speaker.as_deref()),
        speaker = escape(side.speaker.as_deref().unwrap_or("unattributed")),
    );
    if let Some(cue) = cue {
        let _ = write!(page, " <span class=\"cue\">{}</span>", escape(cue));
    }
    match target {
        Some(id) => {
            let _ = write!(
                page,
                " <a class=\"claim\" href=\"#{id}\">“{text}”</a>",
                id = escape(id),
                text = escape(&side.text)
            );
        }
        None => {
            let _ = write!(
                page,
                " <span class=\"claim unplaced\">“{}”</span> <span class=\"note\">(not found in this text)</span>",
                escape(&side.text)
            );
        }
    }
    page.push_str("</td>");
}
