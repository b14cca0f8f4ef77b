//! Segmentation: paragraphs, lines, word tokens and sentence ends, and the
//! detection of page furniture (header and footer blocks of a scraped page).
//!
//! This stage knows nothing about quotes or speech verbs.

use std::ops::Range;

use unicode_segmentation::UnicodeSegmentation;

use smallvec::SmallVec;

use crate::grammar::{Gender, Grammar, WordClass};
use crate::span::Span;

/// Longest title line, in words.
const MAX_TITLE_WORDS: usize = 30;

/// A block of text between blank lines.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// 1-based number in the document.
    pub number: usize,
    /// The paragraph without surrounding white space.
    pub span: Span,
    /// Its non-empty lines, trimmed.
    pub lines: Lines,
    /// Part of the page around the article (navigation, teasers, footer).
    pub furniture: bool,
}

/// The lines of a paragraph: most paragraphs have one or two, which then
/// need no allocation of their own.
pub type Lines = SmallVec<[Span; 2]>;

impl Paragraph {
    /// The line that holds all of `span`, if one does (found by halving:
    /// a paragraph may have thousands of lines).
    pub fn line_holding(&self, span: Span) -> Option<Span> {
        let lines = &self.lines;
        lines[..lines.partition_point(|line| line.start <= span.start)]
            .last()
            .filter(|line| line.contains(span))
            .copied()
    }

    /// The first line that ends at or after byte `offset`.
    pub fn line_ending_from(&self, offset: usize) -> Option<Span> {
        self.lines
            .get(self.lines.partition_point(|line| line.end < offset))
            .copied()
    }
}

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenClass {
    /// Letters (possibly with digits, apostrophes, hyphens, inner dots).
    Word,
    /// Digits first.
    Number,
    /// Anything else: one punctuation character or symbol.
    Punct,
}

/// A word or punctuation token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub class: TokenClass,
}

impl Token {
    /// The token's text.
    pub fn text(self, text: &str) -> &str {
        self.span.of(text)
    }

    /// True for a word that starts with an upper-case letter.
    #[inline]
    pub fn is_capitalized(self, text: &str) -> bool {
        if self.class != TokenClass::Word {
            return false;
        }
        match text.as_bytes().get(self.span.start) {
            Some(byte) if byte.is_ascii() => byte.is_ascii_uppercase(),
            _ => self.text(text).chars().next().is_some_and(char::is_uppercase),
        }
    }
}

/// The lower-case forms of a document's tokens, see [`LowerWords`].
#[derive(Clone, Debug)]
struct LowerText {
    /// The text with its ASCII letters in lower case, then the lower-case
    /// forms of the other words one after another.
    text: String,
    /// The tokens whose lower-case form is after the text (a word with a
    /// letter outside ASCII), each with where that form is. Every other
    /// token's lower-case form is where the token is.
    moved: Vec<(usize, Span)>,
}

impl LowerText {
    /// The lower-case forms of `words`, of which only those listed in
    /// `non_ascii` may hold characters outside ASCII.
    fn new(text: &str, words: &[&str], non_ascii: &[usize]) -> LowerText {
        let mut lower_text = text.to_ascii_lowercase();
        let mut moved = Vec::new();
        for &index in non_ascii {
            let word = words[index];
            // Most such tokens are quote marks, dashes and words with a
            // curly apostrophe, whose other characters have no case: they
            // are their own lower case already.
            if word.chars().all(|c| c.is_ascii() || is_caseless_punctuation(c)) {
                continue;
            }
            let start = lower_text.len();
            lower_text.extend(word.chars().flat_map(char::to_lowercase));
            moved.push((index, Span::new(start, lower_text.len())));
        }
        LowerText {
            text: lower_text,
            moved,
        }
    }
}

/// The lower-case form of each token, as a slice of [`LowerText`].
type LowerSlices<'a> = Vec<&'a str>;

self_cell::self_cell!(
    /// [`LowerText`] with each token's lower-case form sliced once: the
    /// rules ask for them millions of times, and a slice of a string
    /// checks its bounds and character boundaries each time it is taken.
    struct LowerWords {
        owner: LowerText,
        #[covariant]
        dependent: LowerSlices,
    }
    impl {Debug}
);

impl LowerWords {
    /// Slices the lower-case form of each of `tokens` out of `lower`.
    fn slice(lower: LowerText, tokens: &[Token]) -> LowerWords {
        LowerWords::new(lower, |lower| {
            let mut slices: Vec<&str> = tokens.iter().map(|token| token.span.of(&lower.text)).collect();
            for &(index, span) in &lower.moved {
                slices[index] = span.of(&lower.text);
            }
            slices
        })
    }
}

/// A text cut into paragraphs and tokens: what the later stages read.
#[derive(Debug)]
pub struct Document<'t> {
    /// The text as read.
    pub text: &'t str,
    /// Its paragraphs, page furniture marked.
    pub paragraphs: Vec<Paragraph>,
    /// Tokens of the paragraphs that are not furniture, in text order.
    pub tokens: Vec<Token>,
    /// For each paragraph, its range in `tokens` (empty for furniture).
    pub paragraph_tokens: Vec<Range<usize>>,
    /// The title paragraph, worked out once (see [`Document::title`]).
    title: Option<usize>,
    /// Each token's lower-case form.
    lower: LowerWords,
    /// For each token, whether it ends a sentence (see [`ends_sentence`]).
    sentence_ends: Vec<bool>,
    /// For each token, the first token after the last sentence end before
    /// it (0 where there is none): see [`Document::sentence_start`].
    sentence_starts: Vec<usize>,
    /// Each token's text, sliced once: the rules ask for words millions
    /// of times, and a slice of the text checks its bounds each time.
    words: Vec<&'t str>,
}

impl<'t> Document<'t> {
    /// Segments `text`.
    pub fn new(text: &'t str, grammar: &Grammar) -> Document<'t> {
        let mut paragraphs = paragraphs(text);
        mark_furniture(text, &mut paragraphs, grammar);
        let mut all_tokens = Vec::with_capacity(text.len() / 5);
        let mut paragraph_tokens = Vec::with_capacity(paragraphs.len());
        // The tokens that are not all ASCII, noted as they are cut: only
        // they need a look below.
        let mut non_ascii = Vec::new();
        for paragraph in &paragraphs {
            let first = all_tokens.len();
            if !paragraph.furniture {
                tokens_noting_non_ascii(text, paragraph.span, &mut all_tokens, &mut non_ascii);
            }
            paragraph_tokens.push(first..all_tokens.len());
        }
        // Each token's text, sliced once (see `words`), and its lower case from it.
        let words: Vec<&'t str> = all_tokens.iter().map(|token| token.span.of(text)).collect();
        let lower = LowerWords::slice(LowerText::new(text, &words, &non_ascii), &all_tokens);
        let (sentence_ends, sentence_starts) =
            sentence_bounds(text, &all_tokens, &words, lower.borrow_dependent(), grammar);
        let title = Document::find_title(text, &paragraphs);
        Document {
            words,
            text,
            title,
            paragraphs,
            tokens: all_tokens,
            paragraph_tokens,
            lower,
            sentence_ends,
            sentence_starts,
        }
    }

    /// True when token `index` ends a sentence ([`ends_sentence`], worked
    /// out once per document).
    pub fn ends_sentence(&self, index: usize) -> bool {
        self.sentence_ends[index]
    }

    /// The first token of the sentence that holds token `index`, by
    /// sentence ends alone (paragraphs aside): what a walk back from
    /// `index` to the first token after an [`Document::ends_sentence`]
    /// finds, worked out once per document.
    pub fn sentence_start(&self, index: usize) -> usize {
        self.sentence_starts[index]
    }

    /// Token `index` in lower case, computed once per document.
    pub fn lower(&self, index: usize) -> &str {
        self.lower.borrow_dependent()[index]
    }

    /// Each token's lower-case form, in order (see [`Document::lower`]).
    pub fn lowers(&self) -> &[&str] {
        self.lower.borrow_dependent()
    }

    /// True when a line break stands between token `index` and the one
    /// before it (false for the first token).
    #[inline]
    pub fn line_break_before(&self, index: usize) -> bool {
        index > 0
            && self.text.as_bytes()[self.tokens[index - 1].span.end..self.tokens[index].span.start].contains(&b'\n')
    }

    /// True when token `index` opens a sentence or a line: it is the
    /// first, the token before it ends a sentence, or a line breaks before it.
    pub fn opens_sentence_or_line(&self, index: usize) -> bool {
        index == 0 || self.ends_sentence(index - 1) || self.line_break_before(index)
    }

    /// Index of the first token that starts at or after byte `offset`.
    pub fn token_at_or_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|token| token.span.start < offset)
    }

    /// Index of the first token that ends after byte `offset` (so all tokens
    /// before it end at or before `offset`).
    pub fn token_ending_after(&self, offset: usize) -> usize {
        self.tokens.partition_point(|token| token.span.end <= offset)
    }

    /// Index of the paragraph that is the article's title: a first paragraph
    /// of one short line, with more paragraphs after it, or of a short line
    /// that ends with a semicolon and the deck under it (`Ryan calls Trump
    /// line 'racist,' but backs him;` and a line that says more).
    pub fn title(&self) -> Option<usize> {
        self.title
    }

    fn find_title(text: &str, paragraphs: &[Paragraph]) -> Option<usize> {
        let first = paragraphs.first()?;
        let with_deck = |lines: &[Span]| match lines {
            [headline, deck] => {
                headline.of(text).trim_end().ends_with(';')
                    && words_up_to(text, *deck, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS
            }
            _ => false,
        };
        let is_title = !first.furniture
            && paragraphs.len() > 1
            && (first.lines.len() == 1 || with_deck(&first.lines))
            && first
                .lines
                .first()
                .is_some_and(|line| words_up_to(text, *line, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS);
        is_title.then_some(0)
    }

    /// True when token `index` is the first past the end of its paragraph's
    /// tokens (found by binary search: paragraphs are in text order).
    pub fn ends_paragraph(&self, index: usize) -> bool {
        let position = self.paragraph_tokens.partition_point(|range| range.end < index);
        self.paragraph_tokens
            .get(position)
            .is_some_and(|range| range.end == index)
    }

    /// The text of token `index`.
    pub fn word(&self, index: usize) -> &'t str {
        self.words[index]
    }

    /// The text of each token, in order.
    pub fn words(&self) -> &[&'t str] {
        &self.words
    }

    /// True when token `index` is a word of two letters or more written in
    /// capitals (`US`, `DES MOINES`).
    pub fn is_in_capitals(&self, index: usize) -> bool {
        let word = self.words[index];
        self.tokens[index].class == TokenClass::Word
            && word.len() > 1
            && !word.bytes().any(|byte| byte.is_ascii_lowercase())
    }
}

impl Clone for Document<'_> {
    fn clone(&self) -> Self {
        Document {
            text: self.text,
            paragraphs: self.paragraphs.clone(),
            tokens: self.tokens.clone(),
            paragraph_tokens: self.paragraph_tokens.clone(),
            title: self.title,
            // The lower-case forms are sliced anew, out of the copy.
            lower: LowerWords::slice(self.lower.borrow_owner().clone(), &self.tokens),
            sentence_ends: self.sentence_ends.clone(),
            sentence_starts: self.sentence_starts.clone(),
            words: self.words.clone(),
        }
    }
}

/// For each token, whether it ends a sentence ([`ends_sentence`]), and the
/// first token after the last sentence end before it (0 where there is
/// none), in one pass.
fn sentence_bounds(
    text: &str,
    tokens: &[Token],
    words: &[&str],
    lower: &[&str],
    grammar: &Grammar,
) -> (Vec<bool>, Vec<usize>) {
    // [`is_abbreviation`] with the word's lower-case form at hand: for an
    // ASCII word, its look-up in the lexicon (whose abbreviations are the
    // abbreviation set's words, those written only with a capital marked)
    // is the sets' look-up of the word in lower case, without the case
    // folding.
    let abbreviation = |index: usize| {
        let (token, word) = (tokens[index], words[index]);
        if !word.is_ascii() {
            return is_abbreviation(text, token, grammar);
        }
        let capital = word.as_bytes().first().is_some_and(u8::is_ascii_uppercase);
        let lexeme = grammar.lexeme(lower[index]);
        (token.class == TokenClass::Word && word.len() == 1 && capital)
            || (lexeme.is(WordClass::Abbreviation) && (capital || !lexeme.is(WordClass::CapitalAbbreviation)))
    };
    // Only a final mark can end a sentence, and few tokens are one: the
    // loop looks at each token's class alone, and the vectors grow by a
    // sentence at a time (stores the compiler widens), not a token.
    let mut ends = Vec::with_capacity(tokens.len());
    let mut starts = Vec::with_capacity(tokens.len());
    for (index, (token, &word)) in tokens.iter().zip(words).enumerate() {
        // The word already sliced tells the mark without slicing the text again.
        if token.class == TokenClass::Punct
            && (is_final_mark(word) || word == ")")
            && sentence_end(text, tokens, index, grammar, abbreviation)
        {
            ends.resize(index, false);
            ends.push(true);
            // The sentence's tokens, this one included, start where the
            // last sentence's (all of them in `starts` already) end.
            starts.resize(index + 1, starts.len());
        }
    }
    ends.resize(tokens.len(), false);
    starts.resize(tokens.len(), starts.len());
    (ends, starts)
}

/// An en dash, an em dash or the quotation dash (U+2015), which news text
/// sets between clauses and before a quote's signature.
pub fn is_long_dash(word: &str) -> bool {
    matches!(word, "—" | "―" | "–")
}

/// Splits `text` into paragraphs at blank lines (lines of only white space).
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    let mut paragraphs = Vec::new();
    let mut lines = Lines::new();
    // The lines of `split_inclusive('\n')`, their ends found by memchr,
    // which searches many bytes at a time.
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).map(|newline| newline + 1);
    let mut offset = 0;
    for end in ends.chain((!text.ends_with('\n')).then_some(text.len())) {
        let span = Span::new(offset, end).trim(text);
        offset = end;
        if span.is_empty() {
            flush_paragraph(&mut paragraphs, &mut lines);
        } else {
            lines.push(span);
        }
    }
    flush_paragraph(&mut paragraphs, &mut lines);
    paragraphs
}

fn flush_paragraph(paragraphs: &mut Vec<Paragraph>, lines: &mut Lines) {
    if let (Some(first), Some(last)) = (lines.first(), lines.last()) {
        paragraphs.push(Paragraph {
            number: paragraphs.len() + 1,
            span: Span::new(first.start, last.end),
            lines: std::mem::take(lines),
            furniture: false,
        });
    }
}

/// A character of the General Punctuation block (U+2000 to U+206F: curly
/// quotes and apostrophes, dashes, `…`), none of which has a case: each is
/// its own lower case.
fn is_caseless_punctuation(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{206F}')
}

/// The word and punctuation tokens of `span`, white space left out.
pub fn tokens(text: &str, span: Span, out: &mut Vec<Token>) {
    tokens_noting_non_ascii(text, span, out, &mut Vec::new());
}

/// [`tokens`], noting in `non_ascii` the index in `out` of each token that
/// is not all ASCII: the tokenizer sees each character's length, and the
/// lower-casing of a document needs to look at those tokens only.
fn tokens_noting_non_ascii(text: &str, span: Span, out: &mut Vec<Token>, non_ascii: &mut Vec<usize>) {
    let slice = span.of(text);
    if fast_tokens(slice, span.start, out, non_ascii) {
        return;
    }
    for (offset, word) in slice.split_word_bound_indices() {
        let first = word.chars().next().unwrap_or(' ');
        if first.is_whitespace() {
            continue;
        }
        let class = if first.is_alphabetic() {
            TokenClass::Word
        } else if first.is_numeric() {
            TokenClass::Number
        } else {
            TokenClass::Punct
        };
        let start = span.start + offset;
        if !word.is_ascii() {
            non_ascii.push(out.len());
        }
        out.push(Token {
            span: Span::new(start, start + word.len()),
            class,
        });
    }
}

/// Word classes of UAX #29 that the fast path handles.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum FastWordClass {
    Letter,
    Digit,
    /// `_`: joins letters and digits.
    Connector,
    /// `:`: joins letters.
    MidLetter,
    /// `.`, `'`, `‘`, `’`: join letters, or digits.
    MidNumLetter,
    /// `,` and `;`: join digits.
    MidNum,
    Space,
    Other,
}

impl FastWordClass {
    /// The class of a token that starts with a character of this class.
    fn token_class(self) -> TokenClass {
        // Looked up, in the order of the classes: in the tokenizer's loop
        // a load costs less than the comparisons of a `match`.
        use TokenClass::{Number, Punct, Word};
        const TOKEN_CLASSES: [TokenClass; 8] = [Word, Number, Punct, Punct, Punct, Punct, Punct, Punct];
        TOKEN_CLASSES[self as usize]
    }
}

/// The class of a character the fast path knows, or `None` for one that
/// needs the full UAX #29 rules.
const fn fast_word_class(ch: char) -> Option<FastWordClass> {
    Some(match ch {
        // Latin letters with diacritics (`é`, `ñ`, `ă`) are letters
        // (ALetter) too; `×` and `÷` among them are not.
        'a'..='z' | 'A'..='Z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}' | '\u{F8}'..='\u{17F}' => {
            FastWordClass::Letter
        }
        '0'..='9' => FastWordClass::Digit,
        '_' => FastWordClass::Connector,
        ':' => FastWordClass::MidLetter,
        '.' | '\'' | '‘' | '’' => FastWordClass::MidNumLetter,
        ',' | ';' => FastWordClass::MidNum,
        ' ' | '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{A0}' => FastWordClass::Space,
        '“' | '”' | '—' | '―' | '–' | '…' | '«' | '»' => FastWordClass::Other,
        _ if ch.is_ascii() => FastWordClass::Other,
        _ => return None,
    })
}

/// [`fast_word_class`] of each ASCII character, looked up by byte.
const ASCII_WORD_CLASSES: [Option<FastWordClass>; 128] = {
    let mut table = [None; 128];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = fast_word_class(byte as u8 as char);
        byte += 1;
    }
    table
};

/// [`fast_word_class`] of each ASCII character, every one known.
const ASCII_ONLY_CLASSES: [FastWordClass; 128] = {
    let mut table = [FastWordClass::Other; 128];
    let mut byte = 0;
    while byte < 128 {
        if let Some(class) = ASCII_WORD_CLASSES[byte] {
            table[byte] = class;
        }
        byte += 1;
    }
    table
};

/// The class and length of the character at byte `offset` of `slice`:
/// `None` at the end, `Some((None, _))` for a character the fast path does
/// not know.
#[inline(always)]
fn class_at(slice: &str, offset: usize) -> Option<(Option<FastWordClass>, usize)> {
    let &byte = slice.as_bytes().get(offset)?;
    if byte.is_ascii() {
        return Some((ASCII_WORD_CLASSES[usize::from(byte)], 1));
    }
    let ch = slice[offset..].chars().next()?;
    Some((fast_word_class(ch), ch.len_utf8()))
}

/// The fast path of [`tokens`] for text of ASCII, Latin letters and common
/// typographic punctuation: the same tokens as UAX #29 word bounds (rules
/// WB5 to WB13b, the only ones such text can trigger), white space left
/// out. Returns false, having pushed nothing, on any other character. A
/// property test checks it against unicode-segmentation. Notes in
/// `non_ascii` the index in `out` of each token with a character of more
/// than one byte.
fn fast_tokens(slice: &str, base: usize, out: &mut Vec<Token>, non_ascii: &mut Vec<usize>) -> bool {
    use FastWordClass::{Connector, Digit, Letter, Space};
    let bytes = slice.as_bytes();
    let first_new = out.len();
    let first_non_ascii = non_ascii.len();
    let mut offset = 0;
    while let Some(&byte) = bytes.get(offset) {
        let start = offset;
        let mut ascii = byte.is_ascii();
        let class = if ascii {
            offset += 1;
            ASCII_ONLY_CLASSES[usize::from(byte)]
        } else {
            let ch = slice[offset..].chars().next().expect("a character at a token boundary");
            let Some(class) = fast_word_class(ch) else {
                out.truncate(first_new);
                non_ascii.truncate(first_non_ascii);
                return false;
            };
            offset += ch.len_utf8();
            class
        };
        if class == Space {
            continue;
        }
        if matches!(class, Letter | Digit | Connector) {
            offset = word_end(slice, offset, &mut ascii);
        }
        if !ascii {
            non_ascii.push(out.len());
        }
        out.push(Token {
            span: Span::new(base + start, base + offset),
            class: class.token_class(),
        });
        // Most tokens are followed by a space: step over it here rather
        // than through the loop's look at a character.
        if bytes.get(offset) == Some(&b' ') {
            offset += 1;
        }
    }
    true
}

/// Whether each byte is an ASCII letter, digit or `_`: the characters most
/// of a word is made of.
const WORD_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 128 {
        table[byte] = matches!(
            ASCII_ONLY_CLASSES[byte],
            FastWordClass::Letter | FastWordClass::Digit | FastWordClass::Connector
        );
        byte += 1;
    }
    table
};

/// The end of the word whose characters (letters, digits or `_`) run to
/// `offset`, by [`fast_tokens`]'s rules: the characters of those classes
/// that follow, and a joining mark between two letters or two digits.
/// Clears `ascii` on taking a character of more than one byte.
#[inline(always)]
fn word_end(slice: &str, mut offset: usize, ascii: &mut bool) -> usize {
    use FastWordClass::{Connector, Digit, Letter, MidLetter, MidNum, MidNumLetter};
    let bytes = slice.as_bytes();
    loop {
        // Most of a word is ASCII letters and digits: take them a byte at
        // a time before the general step below.
        offset += bytes[offset..]
            .iter()
            .take_while(|&&byte| WORD_BYTES[usize::from(byte)])
            .count();
        let Some((Some(next), next_length)) = class_at(slice, offset) else {
            return offset;
        };
        match next {
            Letter | Digit | Connector => {
                offset += next_length;
                *ascii &= next_length == 1;
            }
            MidLetter | MidNumLetter | MidNum => {
                // The character before: a letter, digit or `_` of ASCII,
                // or one of the letters beyond ASCII, the only others a
                // word takes.
                let previous = match bytes[offset - 1] {
                    byte if byte.is_ascii() => ASCII_ONLY_CLASSES[usize::from(byte)],
                    _ => Letter,
                };
                let after = class_at(slice, offset + next_length).and_then(|(class, _)| class);
                let joins = match next {
                    MidLetter => previous == Letter && after == Some(Letter),
                    MidNumLetter => {
                        (previous == Letter && after == Some(Letter)) || (previous == Digit && after == Some(Digit))
                    }
                    _ => previous == Digit && after == Some(Digit),
                };
                if !joins {
                    return offset;
                }
                offset += next_length;
                *ascii &= next_length == 1;
            }
            _ => return offset,
        }
    }
}

/// True when the token at `index` ends a sentence: `.`, `!`, `?` or `…` that
/// does not close an abbreviation and is followed by white space or the end
/// (or the `)` right after one that closes a sentence in parentheses).
pub fn ends_sentence(text: &str, tokens: &[Token], index: usize, grammar: &Grammar) -> bool {
    sentence_end(text, tokens, index, grammar, |previous| {
        is_abbreviation(text, tokens[previous], grammar)
    })
}

/// [`ends_sentence`], with `is_abbreviation` telling whether the token at
/// an index is an abbreviation ([`is_abbreviation`]).
fn sentence_end(
    text: &str,
    tokens: &[Token],
    index: usize,
    grammar: &Grammar,
    is_abbreviation: impl Fn(usize) -> bool,
) -> bool {
    let token = tokens[index];
    // The marks are punctuation tokens: words and numbers need no look.
    if token.class != TokenClass::Punct {
        return false;
    }
    let mark = token.text(text);
    // `(He can take time to warm up.) A …`: a closing parenthesis right
    // after a final mark ends the sentence in its place, where the
    // parenthesis opened the sentence (not `Ted Cruz (R-Tex.) Thursday`).
    let parenthesis = mark == ")"
        && index > 0
        && tokens[index - 1].span.end == token.span.start
        && is_final_mark(tokens[index - 1].text(text))
        && parenthesis_opens_sentence(text, tokens, index);
    if !is_final_mark(mark) && !parenthesis {
        return false;
    }
    // (The mark of a parenthesis at the end, as it would be without it.)
    let (index, mark) = if parenthesis {
        (index - 1, tokens[index - 1].text(text))
    } else {
        (index, mark)
    };
    let after = &text[token.span.end..];
    if !(after.is_empty() || after.starts_with(char::is_whitespace) || starts_with_closing_mark(after)) {
        return false;
    }
    // `the U.S. on Monday`: a sentence does not go on in lower case.
    let rest = after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»'));
    let next = rest.chars().next();
    if mark == "." && next.is_some_and(char::is_lowercase) {
        return false;
    }
    if mark == "." && index > 0 {
        let previous = tokens[index - 1];
        if previous.span.end == tokens[index].span.start && is_abbreviation(index - 1) {
            // `… in the U.S. He says …`: a subject pronoun or a determiner
            // after an abbreviation opens a new sentence; a name does not,
            // but after an initialism a given name and a surname do (`…
            // entering the U.S. Zach Carter is …`; not `Gen. Michael
            // Flynn`, nor `U.S. Georgia` alone).
            return first_word(rest).is_some_and(|word| {
                let lower = word.to_lowercase();
                opens_sentence(&lower, grammar)
                    || previous.text(text).contains('.') && opens_with_full_name(&lower, &rest[word.len()..], grammar)
            });
        }
    }
    true
}

/// Longest sentence in parentheses that ends where its parenthesis
/// closes, in tokens.
const MAX_PARENTHETICAL: usize = 80;

/// Whether the `(` that the `)` at `close` closes opens a sentence: the
/// text's first token, or one after a final mark (a closing quote mark
/// between) or a line break.
fn parenthesis_opens_sentence(text: &str, tokens: &[Token], close: usize) -> bool {
    let Some(open) = (close.saturating_sub(MAX_PARENTHETICAL)..close)
        .rev()
        .take_while(|&at| tokens[at].text(text) != ")")
        .find(|&at| tokens[at].text(text) == "(")
    else {
        return false;
    };
    let mut before = open;
    while before > 0 && starts_with_closing_mark(tokens[before - 1].text(text)) {
        before -= 1;
    }
    before == 0
        || is_final_mark(tokens[before - 1].text(text))
        || text[tokens[open - 1].span.end..tokens[open].span.start].contains('\n')
}

/// `.`, `!`, `?` or `…`: the marks that may end a sentence.
fn is_final_mark(word: &str) -> bool {
    matches!(word, "." | "!" | "?" | "…")
}

/// The letters that open `text`, if any.
fn first_word(text: &str) -> Option<&str> {
    let end = text.find(|c: char| !c.is_alphabetic()).unwrap_or(text.len());
    (end > 0).then(|| &text[..end])
}

/// Whether a word, `lower` in lower case, that `after` follows opens a
/// given name and a surname: `Zach Carter is …`. (Asked only after an
/// initialism, and kept out of the sentence loop.)
#[cold]
#[inline(never)]
fn opens_with_full_name(lower: &str, after: &str, grammar: &Grammar) -> bool {
    grammar.given_name_gender(lower) != Gender::Unknown
        && after
            .strip_prefix(' ')
            .is_some_and(|surname| surname.starts_with(char::is_uppercase))
}

/// A word that begins sentences and is never part of a name: a subject
/// pronoun or a determiner.
fn opens_sentence(lower: &str, grammar: &Grammar) -> bool {
    grammar.pronoun(lower).is_some_and(|pronoun| pronoun.subject) || grammar.lexeme(lower).is(WordClass::Determiner)
}

fn starts_with_closing_mark(after: &str) -> bool {
    after.starts_with(['"', '\'', '”', '’', '»'])
}

/// True when the word followed by a dot is a listed abbreviation or a single
/// upper-case initial ("J." in "John J. Smith").
fn is_abbreviation(text: &str, word: Token, grammar: &Grammar) -> bool {
    let written = word.text(text);
    if word.class == TokenClass::Word && written.chars().count() == 1 && written.chars().all(char::is_uppercase) {
        return true;
    }
    grammar.is_abbreviation(written)
}

/// Number of words (tokens of class Word or Number) in a span.
pub fn word_count(text: &str, span: Span) -> usize {
    words_up_to(text, span, usize::MAX)
}

/// [`word_count`], counting no further than `limit`: enough to compare the
/// count with a number below `limit` without reading the whole span.
fn words_up_to(text: &str, span: Span, limit: usize) -> usize {
    // What `split_whitespace` and a test for an alphanumeric character in
    // each piece count, in one pass without the pieces.
    let mut count = 0;
    let mut counted = false;
    for ch in span.of(text).chars() {
        if ch.is_whitespace() {
            counted = false;
        } else if !counted && ch.is_alphanumeric() {
            count += 1;
            if count >= limit {
                break;
            }
            counted = true;
        }
    }
    count
}

/// Marks the page furniture of a scraped page: the header block before the
/// article (lines of short title-like text) and everything from the first
/// navigation block after the article body.
pub fn mark_furniture(text: &str, paragraphs: &mut [Paragraph], grammar: &Grammar) {
    // A line longer than every marker is none of them: most lines are
    // paragraphs of prose, and need no comparison with each marker.
    let longest_marker = grammar.furniture.iter().map(String::len).max().unwrap_or(0);
    let looks_like_block: Vec<bool> = paragraphs
        .iter()
        .map(|paragraph| is_link_block(text, paragraph, grammar, longest_marker))
        .collect();
    // Header: leading link blocks before the first paragraph of prose.
    let mut body_start = 0;
    while body_start < paragraphs.len() && looks_like_block[body_start] {
        paragraphs[body_start].furniture = true;
        body_start += 1;
    }
    // Footer: from the first link block that follows some prose.
    let mut prose_seen = 0;
    for index in body_start..paragraphs.len() {
        if looks_like_block[index] && prose_seen >= 2 {
            for paragraph in &mut paragraphs[index..] {
                paragraph.furniture = true;
            }
            return;
        }
        // Past two paragraphs of prose, only a link block matters.
        if prose_seen < 2 && is_prose(text, &paragraphs[index]) {
            prose_seen += 1;
        }
    }
}

/// A paragraph of running text: enough words and a sentence end.
fn is_prose(text: &str, paragraph: &Paragraph) -> bool {
    words_up_to(text, paragraph.span, 12) >= 12
}

/// A block of navigation: two or more short lines none of which ends a
/// sentence, or a line the grammar lists as page furniture.
fn is_link_block(text: &str, paragraph: &Paragraph, grammar: &Grammar, longest_marker: usize) -> bool {
    let marker = paragraph.lines.iter().any(|line| {
        let line = line.of(text).trim_end_matches([':', '.']);
        line.len() <= longest_marker && grammar.furniture.iter().any(|marker| marker.eq_ignore_ascii_case(line))
    });
    if marker {
        return true;
    }
    paragraph.lines.len() >= 2
        && paragraph.lines.iter().all(|line| {
            let words = words_up_to(text, *line, 11);
            words <= 10 && !line.of(text).ends_with(['.', '!', '?', ',', ';', '"', '”', '’', '»'])
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_split_at_blank_lines() {
        let text = "Title\nBy Someone\n\n  First para.\n \nSecond\n";
        let found = paragraphs(text);
        assert_eq!(found.len(), 3);
        assert_eq!(found[0].lines.len(), 2);
        assert_eq!(found[1].span.of(text), "First para.");
        assert_eq!(found[2].number, 3);
    }

    #[test]
    fn a_headline_with_its_deck_after_a_semicolon_is_the_title() {
        let grammar = crate::Grammar::builtin();
        let text =
            "Ryan calls Trump line 'racist,' but backs him; \nCriticism drives him to say 'misconstrued.'\n\nBody.";
        let doc = Document::new(text, grammar);
        assert_eq!(doc.title(), Some(0));
        // Two lines without the semicolon: a dateline and a byline, say.
        let doc = Document::new("Kazakhs despair\nBy Christopher RICKLETON\n\nBody.", grammar);
        assert_eq!(doc.title(), None);
    }

    #[test]
    fn general_punctuation_is_its_own_lower_case() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(is_caseless_punctuation(c));
            assert_eq!(c.to_lowercase().collect::<String>(), c.to_string(), "{c:?}");
        }
    }

    #[test]
    fn tokens_keep_apostrophes_inside_words() {
        let text = "Kazakhstan's \"don't\" U.S. 1,000";
        let mut out = Vec::new();
        tokens(text, Span::new(0, text.len()), &mut out);
        let words: Vec<&str> = out.iter().map(|token| token.text(text)).collect();
        assert_eq!(words, ["Kazakhstan's", "\"", "don't", "\"", "U.S", ".", "1,000"]);
    }

    /// The general path: UAX #29 word bounds, white space left out.
    fn uax29_tokens(text: &str) -> Vec<(usize, usize)> {
        text.split_word_bound_indices()
            .filter(|(_, word)| !word.starts_with(char::is_whitespace))
            .map(|(offset, word)| (offset, offset + word.len()))
            .collect()
    }

    proptest::proptest! {
        #[test]
        fn word_count_matches_split_whitespace(text in "[a-zA-Z0-9 \t\n\r\u{b}\u{c}\u{1c}\u{1f}\u{85}\u{a0}.,'é-]{0,40}") {
            let expected = text
                .split_whitespace()
                .filter(|chunk| chunk.chars().any(char::is_alphanumeric))
                .count();
            proptest::prop_assert_eq!(word_count(&text, Span::new(0, text.len())), expected);
        }

        #[test]
        fn fast_path_matches_uax29(text in "[a-zA-Z0-9_:.',; \"!?()\n\t\u{A0}‘’“”—―–…«»éñÀÖØöøÿĀăſ-]{0,40}") {
            let mut out = Vec::new();
            let mut non_ascii = Vec::new();
            assert!(fast_tokens(&text, 0, &mut out, &mut non_ascii));
            let fast: Vec<(usize, usize)> = out.iter().map(|token| (token.span.start, token.span.end)).collect();
            proptest::prop_assert_eq!(fast, uax29_tokens(&text));
            // The tokens noted as not all ASCII are those that are not.
            let expected: Vec<usize> = (0..out.len()).filter(|&index| !out[index].text(&text).is_ascii()).collect();
            proptest::prop_assert_eq!(non_ascii, expected);
        }
    }

    proptest::proptest! {
        /// Every ASCII character is one the fast path knows.
        #[test]
        fn fast_path_matches_uax29_on_ascii(text in "[\\x00-\\x7F]{0,40}") {
            let mut out = Vec::new();
            proptest::prop_assert!(fast_tokens(&text, 0, &mut out, &mut Vec::new()));
            let fast: Vec<(usize, usize)> = out.iter().map(|token| (token.span.start, token.span.end)).collect();
            proptest::prop_assert_eq!(fast, uax29_tokens(&text));
        }
    }

    #[test]
    fn fast_path_on_hard_cases() {
        for text in [
            "U.S. don't 1,000.5 a:b e-mail foo_bar '90s 3.a. x,,1 1;2 a'.b",
            "''Hi,'' he said",
            "café’s é.é 1’2 a_é é:b",
        ] {
            let mut out = Vec::new();
            assert!(fast_tokens(text, 0, &mut out, &mut Vec::new()));
            let fast: Vec<(usize, usize)> = out.iter().map(|token| (token.span.start, token.span.end)).collect();
            assert_eq!(fast, uax29_tokens(text), "{text}");
        }
    }

    /// Where the sentences of `text` end: the offset of each final mark.
    fn sentence_ends(text: &str) -> Vec<usize> {
        let grammar = Grammar::builtin();
        let mut out = Vec::new();
        tokens(text, Span::new(0, text.len()), &mut out);
        (0..out.len())
            .filter(|&index| ends_sentence(text, &out, index, grammar))
            .map(|index| out[index].span.start)
            .collect()
    }

    /// The offset of the last byte of `word`'s first occurrence in `text`.
    fn last_byte_of(text: &str, word: &str) -> usize {
        text.find(word).unwrap() + word.len() - 1
    }

    /// `(He can take time to warm up.) A more subdued …`: a sentence in
    /// parentheses ends at its closing parenthesis; a tag after a name does
    /// not end one (`Ted Cruz (R-Tex.) Thursday said`).
    #[test]
    fn a_sentence_in_parentheses_ends_at_its_closing_parenthesis() {
        let text =
            "Lee spoke. (He can take time to warm up.) A subdued Lee is fine. Sen. Ted Cruz (R-Tex.) Thursday said no.";
        assert_eq!(
            sentence_ends(text),
            [
                text.find("e.").unwrap() + 1,
                text.find(".)").unwrap() + 1,
                text.find("fine.").unwrap() + 4,
                text.len() - 1
            ]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "Mr. Smith went to the U.S. on Monday. Then J. Doe left.";
        assert_eq!(sentence_ends(text), [text.find("y.").unwrap() + 1, text.len() - 1]);
    }

    /// `v.` of a case's name (`Roe v. Wade`) is no sentence end.
    #[test]
    fn the_v_of_a_case_name_does_not_end_a_sentence() {
        let text = "She vowed to uphold Roe v. Wade, and reminded the audience of it.";
        assert_eq!(sentence_ends(text), [text.len() - 1]);
    }

    /// `No.` is written with a capital: `no.` in lower case is the word,
    /// which ends its sentence. An abbreviation listed in lower case
    /// (`vs.`) is one in any case.
    #[test]
    fn an_abbreviation_written_with_a_capital_needs_one() {
        let text = "The candidate said no. But he said No. 1 was fine. Lee vs. Ruiz. Lee Vs. Ruiz.";
        let after = |word: &str| last_byte_of(text, word);
        assert_eq!(
            sentence_ends(text),
            [after("no."), after("fine."), after("Ruiz."), text.len() - 1]
        );
    }

    /// An initialism (`U.S.`) before a given name ends its sentence; a
    /// title (`Gen.`) or an initial does not.
    #[test]
    fn an_initialism_ends_a_sentence_before_a_given_name() {
        let text = "Trump pledged to ban Muslims from entering the U.S. Zach Carter is a host. Lt. Gen. Michael Flynn spoke for the U.S. Senate today.";
        let after = |word: &str| last_byte_of(text, word);
        assert_eq!(sentence_ends(text), [after("U.S."), after("host."), text.len() - 1]);
    }

    #[test]
    fn an_abbreviation_ends_a_sentence_before_a_pronoun_or_determiner() {
        let text = "It grew in the U.S. He says so. It hired Dr. Lee at Acme Inc. The firm left.";
        let after = |word: &str| last_byte_of(text, word);
        assert_eq!(
            sentence_ends(text),
            [after("U.S."), after("so."), after("Inc."), text.len() - 1]
        );
    }
}
