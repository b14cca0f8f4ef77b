//! Quote spans: pairs of quote marks in every convention of
//! `quote_marks.txt`, with apostrophes told apart from single quotes, nested
//! quotes folded into their outer quote, and quotes that run over several
//! paragraphs (each new paragraph reopening the quote) joined into one.
//!
//! The scan jumps from one possible mark to the next by their lead bytes, so
//! it runs in time linear in the text, whatever the marks' balance.

use crate::grammar::{Grammar, WordSet};
use crate::segment::Paragraph;
use crate::span::Span;

/// How far down the stack of open marks a closing mark may look for its
/// opener; bounds the work per mark.
const MAX_CLOSE_SEARCH: usize = 8;

/// Most bytes between the marks of one quote. The longest quote of
/// PolNeAR's train gold runs 6,826 characters, over several paragraphs.
/// Two marks further apart, in a text flattened to one line, are no pair:
/// the straight marks that were between them were dropped or never
/// written, and the "quote" would be pages long.
const MAX_QUOTE_BYTES: usize = 32 << 10;

/// A pair of quote marks and what lies between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteSpan {
    /// The opening mark.
    pub open: Span,
    /// The closing mark.
    pub close: Span,
    /// The quoted words: between the marks, white space trimmed.
    pub content: Span,
    /// Index (0-based) of the paragraph the quote opens in.
    pub paragraph: usize,
    /// Index of the paragraph it closes in (later than `paragraph` for a
    /// multi-paragraph quote).
    pub last_paragraph: usize,
    /// Single marks (‘…’, '…').
    pub single: bool,
}

/// An opening mark that found no closing mark in its paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UnclosedMark {
    /// The mark.
    pub mark: Span,
    /// Index (0-based) of its paragraph.
    pub paragraph: usize,
}

#[derive(Clone, Copy, Debug)]
struct OpenMark {
    mark: char,
    span: Span,
    paragraph: usize,
    single: bool,
}

/// Finds the outermost quotes of the text, in text order, and the opening
/// marks that could not be closed.
pub fn find_quotes(text: &str, paragraphs: &[Paragraph], grammar: &Grammar) -> (Vec<QuoteSpan>, Vec<UnclosedMark>) {
    let mut closed: Vec<QuoteSpan> = Vec::new();
    let mut unclosed = Vec::new();
    let mut stack: Vec<OpenMark> = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let mut from = paragraph.span.start;
        if let Some(outer) = stack.first().copied() {
            // A quote carried over from the previous paragraph goes on only
            // where this paragraph reopens it with the same mark.
            let body = paragraph.span.of(text);
            if body.starts_with(outer.mark) {
                from += outer.mark.len_utf8();
                stack.truncate(1);
            } else {
                unclosed.extend(stack.drain(..).map(|open| UnclosedMark {
                    mark: open.span,
                    paragraph: open.paragraph,
                }));
            }
        }
        scan_paragraph(
            text,
            Span::new(from, paragraph.span.end),
            index,
            grammar,
            &mut stack,
            &mut closed,
        );
        let continues = stack.first().is_some_and(|outer| {
            paragraphs
                .get(index + 1)
                .is_some_and(|next| !next.furniture && next.span.of(text).starts_with(outer.mark))
        });
        if !continues {
            // (Only a mark left alone: `"word "word …` is no quote.)
            if let [outer] = &stack[..]
                && let Some(quote) = to_paragraph_end(text, grammar, outer, paragraph.span.end, index, &closed)
            {
                closed.push(quote);
            }
            unclosed.extend(stack.drain(..).map(|open| UnclosedMark {
                mark: open.span,
                paragraph: open.paragraph,
            }));
        }
    }
    unclosed.sort_by_key(|mark| mark.mark.start);
    // A quote inside a `''…''` quote is nested in it: like any nested
    // quote, it is the outer quote's, which is not read.
    let doubled = doubled_marks(text);
    if !doubled.is_empty() {
        closed.retain(|quote| !inside_doubled(&doubled, paragraphs, quote.open.start));
    }
    (outermost(closed), unclosed)
}

/// Fewest words an unclosed quote holds to be read up to its paragraph's
/// end: `“Make America Great Again.` has four.
const MIN_UNCLOSED_WORDS: usize = 3;
/// Most words it may hold: in PolNeAR's train split the longest has 99.
/// A "paragraph" longer than this is a text with no paragraph breaks (a
/// page or transcript flattened to one line), where the rest of it would
/// be pages, not a quote.
const MAX_UNCLOSED_WORDS: usize = 250;

/// `More from Jones: “The partisanship of the state …` and no closing mark:
/// a double mark left open at the end of its paragraph, with no quote
/// closed after it, quotes the rest of the paragraph (in PolNeAR's train
/// split, 58 of 63 such curly marks open a quote), where it is the only
/// mark left open there and opened there. The mark is still
/// reported as unclosed. A single mark may be an apostrophe, and words
/// that do not start at once after the mark (`">` of markup, a stray mark)
/// are no quote.
fn to_paragraph_end(
    text: &str,
    grammar: &Grammar,
    outer: &OpenMark,
    end: usize,
    paragraph: usize,
    closed: &[QuoteSpan],
) -> Option<QuoteSpan> {
    // (What closed after the outer mark opened inside it. A mark carried
    // over from an earlier paragraph, each reopening it, that never closes
    // may have run on for pages.)
    if outer.single
        || outer.paragraph != paragraph
        || closed.last().is_some_and(|quote| quote.close.end > outer.span.start)
    {
        return None;
    }
    let mut content = Span::new(outer.span.end, end).trim(text);
    // `“They see that. “`: a stray mark at the end is not quoted.
    while let Some(last) = content.of(text).chars().next_back()
        && grammar.quote_marks.iter().any(|pair| pair.open == last)
    {
        content = Span::new(content.start, content.end - last.len_utf8()).trim(text);
    }
    let words = content.of(text);
    // `among those who are “somewhat liberal), education …`: a parenthesis
    // that closes before it opens held the quote, whose mark is missing.
    let parenthesis_closes = || words.find(')').is_some_and(|close| !words[..close].contains('('));
    (words.chars().next().is_some_and(char::is_alphanumeric)
        && words.split_whitespace().nth(MIN_UNCLOSED_WORDS - 1).is_some()
        && words.split_whitespace().nth(MAX_UNCLOSED_WORDS).is_none()
        && !parenthesis_closes())
    .then_some(QuoteSpan {
        open: outer.span,
        close: Span::new(end, end),
        content,
        paragraph: outer.paragraph,
        last_paragraph: paragraph,
        single: false,
    })
}

/// Each mark of two straight apostrophes (`''`, the style of some
/// newspaper archives), in text order: the whole run of apostrophes, a run
/// of three (a doubled mark and a single one) counting as one mark.
fn doubled_marks(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut marks = Vec::new();
    let mut from = 0;
    while let Some(found) = memchr::memmem::find(&bytes[from..], b"''") {
        let start = from + found;
        from = start + bytes[start..].iter().take_while(|&&byte| byte == b'\'').count();
        marks.push(Span::new(start, from));
    }
    marks
}

/// The `doubled` marks of `paragraph`.
fn marks_in(doubled: &[Span], paragraph: Span) -> &[Span] {
    let first = doubled.partition_point(|mark| mark.start < paragraph.start);
    let end = doubled.partition_point(|mark| mark.start < paragraph.end);
    &doubled[first..end]
}

/// Whether `at` lies inside a `''…''` quote of its paragraph: after an odd
/// number of `doubled` marks in the paragraph before it. Such quotes are
/// not read (the PolNeAR gold annotates no attribution of them), and a
/// quote inside one is nested.
fn inside_doubled(doubled: &[Span], paragraphs: &[Paragraph], at: usize) -> bool {
    let index = paragraphs.partition_point(|paragraph| paragraph.span.end <= at);
    let Some(paragraph) = paragraphs.get(index).filter(|paragraph| paragraph.span.start <= at) else {
        return false;
    };
    let before = marks_in(doubled, Span::new(paragraph.span.start, at)).len();
    before % 2 == 1
}

/// Quotations between doubled apostrophes (`''We will win,'' he said.`),
/// which the scanner does not read as quotes: their words are a speaker's
/// own all the same, so reported speech holds none of them and crosses
/// none. Marks pair in order within a paragraph; an opening mark with no
/// closing one runs to the paragraph's end, as a quote does that goes on in
/// the next paragraph. None overlaps one of `quotes`.
pub(crate) fn doubled_quotes(text: &str, paragraphs: &[Paragraph], quotes: &[QuoteSpan]) -> Vec<QuoteSpan> {
    let doubled = doubled_marks(text);
    let mut found = Vec::new();
    if doubled.is_empty() {
        return found;
    }
    for (number, paragraph) in paragraphs.iter().enumerate() {
        for pair in marks_in(&doubled, paragraph.span).chunks(2) {
            let open = pair[0];
            let close = pair
                .get(1)
                .copied()
                .unwrap_or(Span::new(paragraph.span.end, paragraph.span.end));
            let inner = &text[open.end..close.start];
            let trimmed = inner.trim();
            if trimmed.is_empty() {
                // (`'' ''`: no words between the marks.)
                continue;
            }
            let start = open.end + (inner.len() - inner.trim_start().len());
            let content = Span::new(start, start + trimmed.len());
            // (The quotes are in text order and do not overlap: the first
            // that ends after the opening mark is the only one to look at.)
            let next = quotes.partition_point(|quote| quote.close.end <= open.start);
            let overlaps = quotes.get(next).is_some_and(|quote| quote.open.start < close.end);
            if content.start < content.end && !overlaps {
                found.push(QuoteSpan {
                    open,
                    close,
                    content,
                    paragraph: number,
                    last_paragraph: number,
                    single: false,
                });
            }
        }
    }
    found
}

/// Keeps the quotes that no other quote contains.
fn outermost(mut closed: Vec<QuoteSpan>) -> Vec<QuoteSpan> {
    closed.sort_by_key(|quote| (quote.open.start, std::cmp::Reverse(quote.close.end)));
    let mut kept: Vec<QuoteSpan> = Vec::with_capacity(closed.len());
    for quote in closed {
        if kept.last().is_some_and(|outer| outer.close.end >= quote.close.end) {
            continue;
        }
        kept.push(quote);
    }
    kept
}

fn scan_paragraph(
    text: &str,
    span: Span,
    paragraph: usize,
    grammar: &Grammar,
    stack: &mut Vec<OpenMark>,
    closed: &mut Vec<QuoteSpan>,
) {
    let bytes = text.as_bytes();
    let mut offset = span.start;
    // Where the next lead byte of a common mark (" ' “ ” ‘ ’ „) and of a
    // rarer one (« » 「 」) is, or the end: each found once, and again only
    // once the scan has passed it (a paragraph of one kind of mark would
    // otherwise be searched to its end for the other at every mark).
    let mut common: Option<usize> = None;
    let mut rare: Option<usize> = None;
    // The next lead byte that `find` finds from `offset`, kept in `cached`
    // until the scan passes it.
    let next = |cached: &mut Option<usize>, offset: usize, find: &dyn Fn(&[u8]) -> Option<usize>| match *cached {
        Some(position) if position >= offset => position,
        _ => {
            let position = find(&bytes[offset..span.end]).map_or(span.end, |found| offset + found);
            *cached = Some(position);
            position
        }
    };
    while offset < span.end {
        // Every quote mark starts with one of these bytes: skip to the next.
        let next_common = next(&mut common, offset, &|bytes| memchr::memchr3(b'"', b'\'', 0xE2, bytes));
        let next_rare = next(&mut rare, offset, &|bytes| memchr::memchr2(0xC2, 0xE3, bytes));
        offset = next_common.min(next_rare);
        if offset >= span.end {
            break;
        }
        let mark = text[offset..]
            .chars()
            .next()
            .expect("offset is on a character boundary");
        let mark_span = Span::new(offset, offset + mark.len_utf8());
        offset = mark_span.end;
        let Some(single) = mark_kind(grammar, mark) else {
            continue;
        };
        // `''…''`: a doubled straight apostrophe is a mark this engine does
        // not read (see `inside_doubled`); neither of its halves opens or
        // closes a single quote.
        if mark == '\'' && (bytes.get(mark_span.end) == Some(&b'\'') || bytes[..mark_span.start].ends_with(b"'")) {
            continue;
        }
        let before = text[span.start.min(mark_span.start)..mark_span.start]
            .chars()
            .next_back();
        let after = text[mark_span.end..span.end].chars().next();
        if !single && before.is_some_and(|c| c.is_ascii_digit()) && is_inch_mark(&text[span.start..mark_span.start]) {
            continue;
        }
        if single && is_apostrophe(text, mark_span, before, after, span.end, &grammar.words.elision) {
            // An apostrophe still closes an open single quote: officials' … '
            if !closes_open_single(mark, before, after, stack, grammar) {
                continue;
            }
        }
        // Marks that differ from their closing mark (“ « „ 「) open anywhere;
        // a straight mark opens only before a word and after a space or bracket.
        let symmetric = grammar
            .quote_marks
            .iter()
            .any(|pair| pair.open == mark && pair.close == mark);
        // A mark closes after a word, or before a space or the end; a mark
        // unlike its opener also after a space and before punctuation, as
        // French spacing sets it (`« Non », dit-il`).
        let closing_context = before.is_some_and(|c| !c.is_whitespace())
            || after.is_none_or(|c| c.is_whitespace())
            || (!symmetric && after.is_some_and(|c| !c.is_alphanumeric() && !is_mark(grammar, c)));
        let opening_context = after.is_some()
            && (!symmetric
                || (after.is_some_and(|c| !c.is_whitespace())
                    && before.is_none_or(|c| c.is_whitespace() || "([{—–-/:;".contains(c) || is_mark(grammar, c))));
        let ends_clause = before.is_some_and(|c| c.is_alphanumeric() || ".,!?…".contains(c))
            && after.is_none_or(|c| c.is_whitespace() || ".,;:!?)".contains(c));
        if closing_context && let Some(depth) = find_opener(stack, mark, grammar, ends_clause) {
            let open = stack[depth];
            if mark_span.start - open.span.end > MAX_QUOTE_BYTES {
                // (No pair: the opener stays open, and is reported so.)
                continue;
            }
            stack.truncate(depth);
            let content = Span::new(open.span.end, mark_span.start).trim(text);
            if !content.is_empty() {
                closed.push(QuoteSpan {
                    open: open.span,
                    close: mark_span,
                    content,
                    paragraph: open.paragraph,
                    last_paragraph: paragraph,
                    single: open.single,
                });
            }
            continue;
        }
        if opening_context && grammar.quote_marks.iter().any(|pair| pair.open == mark) {
            stack.push(OpenMark {
                mark,
                span: mark_span,
                paragraph,
                single,
            });
        } else if before.is_none()
            && stack.is_empty()
            && let Some(open) = opened_by_closing_mark(grammar, mark, &text[mark_span.end..span.end])
        {
            stack.push(OpenMark {
                mark: open,
                span: mark_span,
                paragraph,
                single,
            });
        }
    }
}

/// `” … they are so not like him,” she said`: some writers open a quote
/// after an ellipsis with its closing mark. A double closing mark that opens
/// the paragraph, with another closing mark later in it (`rest`), opens the
/// quote: the opening mark of its pair is returned.
fn opened_by_closing_mark(grammar: &Grammar, mark: char, rest: &str) -> Option<char> {
    let pair = grammar
        .quote_marks
        .iter()
        .find(|pair| pair.close == mark && pair.open != mark && !pair.single)?;
    let opens_elsewhere = grammar.quote_marks.iter().any(|other| other.open == mark);
    (!opens_elsewhere && rest.contains(mark)).then_some(pair.open)
}

/// Whether a character is a quote mark, and if so whether it is single.
fn mark_kind(grammar: &Grammar, mark: char) -> Option<bool> {
    grammar
        .quote_marks
        .iter()
        .find(|pair| pair.open == mark || pair.close == mark)
        .map(|pair| pair.single)
}

fn is_mark(grammar: &Grammar, c: char) -> bool {
    mark_kind(grammar, c).is_some()
}

/// The stack index of the open mark that `mark` closes, looking a bounded
/// distance down the stack.
/// With `ends_clause`, an opening mark may close its own kind
/// (`“Apparently not,“ he said`): only where it closes a word and is
/// followed by a space, punctuation or the end.
fn find_opener(stack: &[OpenMark], mark: char, grammar: &Grammar, ends_clause: bool) -> Option<usize> {
    let lowest = stack.len().saturating_sub(MAX_CLOSE_SEARCH);
    (lowest..stack.len()).rev().find(|&depth| {
        let open = stack[depth].mark;
        grammar
            .quote_marks
            .iter()
            .any(|pair| pair.open == open && pair.close == mark)
            || mixed_pair(open, mark)
            || (ends_clause && open == mark && matches!(mark, '“' | '‘'))
    })
}

/// Straight and curly marks mixed in one pair, as careless typing and
/// conversions leave them: “…" and "…”, ‘…' and '…’.
fn mixed_pair(open: char, close: char) -> bool {
    matches!((open, close), ('“', '"') | ('"', '”') | ('‘', '\'') | ('\'', '’'))
}

fn closes_open_single(
    mark: char,
    before: Option<char>,
    after: Option<char>,
    stack: &[OpenMark],
    grammar: &Grammar,
) -> bool {
    // Only a mark after a word and before a non-letter can close: the plural
    // possessive officials' is then read as the close of an open quote.
    before.is_some_and(|c| !c.is_whitespace())
        && after.is_none_or(|c| !c.is_alphanumeric())
        && stack.last().is_some_and(|open| open.single)
        && find_opener(stack, mark, grammar, false).is_some()
}

/// True when a double mark after `before` is the inch mark of a height or
/// length in feet and inches (`6’2”`, `5'11"`): one or two digits, a single
/// mark and more digits before it.
fn is_inch_mark(before: &str) -> bool {
    let inches = before.trim_end_matches(|c: char| c.is_ascii_digit());
    let digits = before.len() - inches.len();
    let Some(feet) = inches.strip_suffix(['\'', '’']) else {
        return false;
    };
    (1..=2).contains(&digits) && feet.ends_with(|c: char| c.is_ascii_digit())
}

/// True when a single mark is an apostrophe: inside a word (don't,
/// Kazakhstan's, Hawai'i), a year ('90s) or an elision ('em, rock 'n' roll).
/// `elisions` are the words of the grammar's `elision` class ('em, 'til).
fn is_apostrophe(
    text: &str,
    mark: Span,
    before: Option<char>,
    after: Option<char>,
    end: usize,
    elisions: &WordSet,
) -> bool {
    let after2 = text[mark.end..end].chars().nth(1);
    let letter_before = before.is_some_and(char::is_alphanumeric);
    let letter_after = after.is_some_and(char::is_alphanumeric);
    if letter_before && letter_after {
        return true;
    }
    if letter_before {
        // word' : a plural possessive or a closing mark; the caller decides.
        return true;
    }
    if letter_after {
        if after.is_some_and(|c| c.is_ascii_digit()) && after2.is_some_and(|c| c.is_ascii_digit()) {
            // '90s, '20
            let rest = &text[mark.end..end];
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            return digits == 2;
        }
        let rest = &text[mark.end..end];
        let word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        let next = rest[word.len()..].chars().next();
        return elisions.contains(word.to_lowercase().as_str())
            && next.is_none_or(|c| !c.is_alphabetic())
            && !(word.eq_ignore_ascii_case("n") && next.is_some_and(|c| c != '\'' && c != '’'));
    }
    false
}

#[cfg(test)]
mod tests;
