//! Claims grouped by what they are about.
//!
//! A claim is a `direct`, `partial` or `indirect` quote with a speaker. Each
//! claim gets index keys: its content terms (lower-case, stopwords of
//! `stopwords.txt` dropped, lightly stemmed by [`stem`]) and the entities it
//! names (name words resolved to the fullest form the document gives, as for
//! speakers; groups and institutions; "her husband" as the speaker's
//! husband, and a bare "him" where the speaker's claims name only one such
//! man). Spelling variants of keys longer than five letters ("Uzynaghash",
//! "Uzynagash") are merged with Jaro-Winkler.
//!
//! The keys feed an inverted index (key → claims) that works across
//! documents: two claims of different documents become candidates only when
//! they share a key, and keys held by more than a cap of claims are left out
//! of candidate generation, so the work grows with the claims, never with
//! all pairs of a corpus. [`crate::contrast`] scores the candidates and links
//! claims into [`Topic`]s; each topic is labelled by its most shared keys.
//!
//! The module does no I/O and keeps byte offsets; the output turns them into
//! characters.

use std::borrow::Cow;
use std::cell::RefCell;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::analysis::Kind;
use crate::contrast::DocumentAnalysis;
use crate::grammar::{Gender, Grammar, Lexeme, Number, PersonWordKind, WordClass};
use crate::segment::{self, Document, Token, TokenClass};
use crate::span::Span;

#[cfg(test)]
mod tests;

/// Least Jaro-Winkler similarity for two keys to be spellings of one.
pub const SPELLING_VARIANT: f64 = 0.95;
/// Keys of at most this many letters are never merged as spelling variants.
const VARIANT_MIN_LETTERS: usize = 6;
/// Most letters two spelling variants may differ in length.
const VARIANT_MAX_LENGTH_GAP: usize = 2;
/// How many tokens back a negation word reaches ("not truly free"),
/// through function words and adverbs only ("didn't denounce legal" holds
/// "denounce", and leaves "legal" in doubt).
const NEGATION_REACH: usize = 2;
/// How many tokens back a negation word still leaves a word in doubt,
/// beyond [`NEGATION_REACH`] ("no plans to spend").
const DOUBT_REACH: usize = 5;
/// How many paragraphs back a pronoun looks for its speaker when the
/// speaker stage finds none.
const PRONOUN_REACH: usize = 3;
/// How many tokens before a claim, at most, its sentence is read from
/// (its pronouns and names, what the speaker said outside the content): a
/// sentence the segmenter could not end may run from the document's start.
const SENTENCE_REACH: usize = 200;
/// How many claims back, at most, a denial or a label of what was just
/// said looks for the claim it answers, within [`PRONOUN_REACH`]: a
/// paragraph of one speaker's thousand claims is no reason to read them
/// all for each.
const SPEAKER_BEFORE_CLAIMS: usize = 64;
/// How many speakers' mentions back a pronoun that the speaker stage left
/// alone looks for one whose gender fits ([`nearest_fitting`]), within
/// [`PRONOUN_REACH`]: a paragraph may be a whole page.
const FITTING_MENTIONS: usize = 64;

/// One claim: quote `quote` of document `document` (indices into the
/// documents given to [`crate::contrast::contrast`] and their quotes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClaimRef {
    /// Index of the document.
    pub document: usize,
    /// Index of the quote in the document's [`crate::Analysis::quotes`].
    pub quote: usize,
}

/// A group of claims about one thing, possibly across documents.
#[derive(Clone, Debug, PartialEq)]
pub struct Topic {
    /// A short label made of the most shared terms.
    pub label: String,
    /// The terms and entities the claims share, most shared first.
    pub terms: Vec<String>,
    /// The claims, in document and text order.
    pub claims: Vec<ClaimRef>,
}

/// What an index key stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum KeyKind {
    /// A stemmed content word.
    Term,
    /// A person, group, institution or place.
    Entity,
}

/// A content word of a claim.
#[derive(Clone, Debug)]
pub(crate) struct Word {
    /// Where it is.
    pub(crate) span: Span,
    /// Lower-case, possessive dropped, where that is not the text itself
    /// ([`Word::lower`]): most words are written in lower case, and need
    /// no copy.
    lower: Option<String>,
    /// Its term key, if it is a content word: a document key (index into
    /// [`ReadDocument::keys`]).
    pub(crate) key: Option<u32>,
    /// Until the keys are interned, the index of its term among its claim's
    /// keys as read.
    term: Option<usize>,
    /// The negation word before it ("not" in "not free"), if any.
    pub(crate) negation: Option<Span>,
    /// A negation further back, beyond [`NEGATION_REACH`], in its clause
    /// ("no plans to spend"): whether the word is affirmed is not clear.
    pub(crate) doubt: bool,
    /// Part of a name ("Secret" in "Secret Service"): no opposed term.
    pub(crate) in_name: bool,
}

impl Word {
    /// Lower-case, possessive dropped; `text` is the document's.
    pub(crate) fn lower<'a>(&'a self, text: &'a str) -> &'a str {
        self.lower
            .as_deref()
            .unwrap_or_else(|| strip_possessive(self.span.of(text)))
    }
}

/// A key by kind and normalized text.
type KeyName<'a> = (KeyKind, &'a str);

/// A key of a claim before spelling variants are merged. A term's key and
/// display are borrowed from the text where they can be: each content word
/// of a claim is one, and most are copied only once a document.
#[derive(Clone, Debug)]
struct RawKey<'t> {
    kind: KeyKind,
    /// Normalized: a stem, or a name key.
    key: Cow<'t, str>,
    /// As a person reads it.
    display: Cow<'t, str>,
    /// Where an entity is named.
    span: Option<Span>,
}

impl<'t> RawKey<'t> {
    fn term(stem: Cow<'t, str>, display: Cow<'t, str>) -> RawKey<'t> {
        RawKey {
            kind: KeyKind::Term,
            key: stem,
            display,
            span: None,
        }
    }

    fn entity(key: String, display: String, span: Span) -> RawKey<'t> {
        RawKey {
            kind: KeyKind::Entity,
            key: Cow::Owned(key),
            display: Cow::Owned(display),
            span: Some(span),
        }
    }
}

/// A claim of one document as read, with its words: what [`read_document`]
/// finds, before the keys are interned across documents.
#[derive(Clone, Debug)]
pub(crate) struct Claim {
    /// Which quote (the document index is set when the document joins a
    /// [`Corpus`]).
    pub(crate) at: ClaimRef,
    /// Speaker id (index into [`Speakers`]).
    pub(crate) speaker: u32,
    /// The content.
    pub(crate) span: Span,
    /// 1-based paragraph.
    pub(crate) paragraph: usize,
    /// Every word token of the content, in order; a word's `key` is a
    /// document key (index into [`ReadDocument::keys`]).
    pub(crate) words: Vec<Word>,
    /// Entities named, with where, as document keys, every mention in order
    /// (duplicates are dropped once the keys are interned).
    pub(crate) entities: Vec<(u32, Span)>,
    /// Speakers that pronouns and names point to in the claim's sentence, up
    /// to the claim's end ("Her" in "Her story was '…'"), resolved as
    /// speakers are.
    pub(crate) referents: Vec<(Span, u32)>,
    /// Claims of the same speaker in the same document, this one included.
    pub(crate) siblings: usize,
    /// Speakers the claim's speaker speaks for, as a mention of theirs in
    /// the document says: `Clinton spokesman Jesse Ferguson` speaks for
    /// Hillary Clinton ([`principals`]).
    pub(crate) principals: Vec<u32>,
    /// Its keys as document keys, in the order read, with repeats.
    pub(crate) keys: Vec<u32>,
    /// Claims of the document (indices into its claims) this one answers
    /// as a dissent, with the words that show it
    /// ([`crate::contrast`]'s turns).
    pub(crate) answers: Vec<(usize, String)>,
    /// The word that condemns what was just reported, in a label a verb
    /// that names gives it (`called the cuts "a betrayal"`): a rebuttal of
    /// the speaker before ([`condemning_label`]).
    pub(crate) condemnation: Option<Span>,
}

/// A claim as the index keeps it across documents: no text, no words.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ClaimRecord {
    /// Which quote: document and quote index.
    document: u32,
    quote: u32,
    /// Speaker id (index into [`Speakers`]).
    pub(crate) speaker: u32,
    /// The content, in bytes.
    start: u32,
    end: u32,
    /// 1-based paragraph.
    pub(crate) paragraph: u32,
    /// Claims of the same speaker in the same document, this one included.
    pub(crate) siblings: u32,
    /// Where its keys start in [`Corpus::key_arena`], and how many.
    keys_start: u32,
    keys_len: u32,
}

/// A speaker, merged across documents by canonical name.
#[derive(Clone, Debug)]
pub(crate) struct Speaker {
    /// The canonical name as first written.
    pub(crate) name: String,
    /// Its normalized form ([`name_key`]).
    pub(crate) key: String,
}

/// The speakers of a set of documents, merged by canonical name: the first
/// of the two passes of contrasting, since a name in one document may
/// resolve to a speaker named in full in another.
#[derive(Clone, Debug, Default)]
pub struct Speakers {
    /// Claims with a speaker seen, an upper bound of the claims grouped.
    claims: usize,
    /// Speakers by id.
    pub(crate) speakers: Vec<Speaker>,
    /// Speaker id of each normalized name.
    pub(crate) speaker_ids: HashMap<String, u32>,
    /// Each ending of two words or more of a speaker's name of two words or
    /// more → the first such speaker, to merge "Ana Ruiz" into "Interior
    /// Minister Ana Ruiz".
    name_endings: HashMap<String, u32>,
    /// Speakers by their whole name, of two words or more, to merge
    /// "Interior Minister Ana Ruiz" into "Ana Ruiz".
    long_names: HashMap<String, u32>,
}

/// What [`read_document`] knows about one document beyond its claims.
#[derive(Clone, Debug, Default)]
pub(crate) struct DocumentFacts {
    /// Tokens of the article (page furniture left out).
    pub(crate) tokens: Vec<Token>,
    /// Indices into `tokens` of the first token of each sentence.
    pub(crate) sentence_starts: Vec<usize>,
    /// Speaker ids whose gender the document states, with it.
    pub(crate) genders: HashMap<u32, Gender>,
    /// Speakers of the document's claims.
    pub(crate) speakers: Vec<u32>,
    /// Where each non-empty line starts, in order (the segmenter's lines
    /// of every paragraph).
    pub(crate) line_starts: Vec<usize>,
    /// For each quote, in the document's order (by start), the furthest end
    /// of a claim among it and the quotes before it (0 before any claim).
    pub(crate) claim_ends: Vec<usize>,
}

impl DocumentFacts {
    /// Whether a claim starts before byte `before` and ends after byte
    /// `after`, of the document's `quotes` (those the facts were read from).
    pub(crate) fn claim_across(&self, quotes: &[crate::analysis::Quote], before: usize, after: usize) -> bool {
        let count = quotes.partition_point(|quote| quote.span.start < before);
        count > 0 && self.claim_ends[count - 1] > after
    }

    /// The byte offset of the sentence start at or before byte `offset`, or
    /// of the token [`SENTENCE_REACH`] tokens before it when that is later.
    pub(crate) fn sentence_start(&self, offset: usize) -> Option<usize> {
        let position = self
            .sentence_starts
            .partition_point(|&token| self.tokens[token].span.start <= offset);
        let reach = self
            .tokens
            .partition_point(|token| token.span.start < offset)
            .saturating_sub(SENTENCE_REACH);
        position
            .checked_sub(1)
            .map(|index| self.tokens[self.sentence_starts[index].max(reach)].span.start)
    }

    /// The byte offset where the sentence holding byte `offset` ends: the
    /// end of its last token (`offset` itself past the last token).
    pub(crate) fn sentence_end(&self, offset: usize) -> usize {
        let position = self
            .sentence_starts
            .partition_point(|&token| self.tokens[token].span.start <= offset);
        let next = self.sentence_starts.get(position).copied().unwrap_or(self.tokens.len());
        next.checked_sub(1)
            .map_or(offset, |last| self.tokens[last].span.end.max(offset))
    }
}

/// One document read for the index: its claims, and its keys with the
/// text they stand for (interned across documents by [`Corpus::add`]).
#[derive(Clone, Debug, Default)]
pub(crate) struct ReadDocument {
    /// Facts for the stances of the claims.
    pub(crate) facts: DocumentFacts,
    /// Claims in text order.
    pub(crate) claims: Vec<Claim>,
    /// Distinct keys, in the order first read: kind, normalized key, display.
    pub(crate) keys: Vec<(KeyKind, String, String)>,
}

/// The keys of the documents added so far, before spelling variants are
/// merged: each distinct (kind, key) once, with the number of claims
/// holding it and its first display form.
#[derive(Clone, Debug, Default)]
struct RawKeys {
    /// Raw id of each term key, and of each entity key.
    ids: [HashMap<Box<str>, u32>; 2],
    names: Vec<(KeyKind, Box<str>)>,
    counts: Vec<u32>,
    display: Vec<Box<str>>,
}

/// The claims of a set of documents with their keys and index, built one
/// document at a time ([`Corpus::add`]), then interned ([`Corpus::intern`]).
/// It holds no text: memory grows with the claims and the vocabulary only.
#[derive(Clone, Debug, Default)]
pub(crate) struct Corpus {
    /// Claims in document and text order.
    pub(crate) claims: Vec<ClaimRecord>,
    /// The keys of all claims, claim after claim: raw ids until interned,
    /// then key ids, sorted and without duplicates within a claim.
    key_arena: Vec<u32>,
    /// Keys before interning.
    raw: RawKeys,
    /// Documents added.
    pub(crate) documents: usize,
    /// Display form of each key.
    pub(crate) key_display: Vec<String>,
    /// Kind of each key.
    pub(crate) key_kind: Vec<KeyKind>,
    /// Inverse document frequency of each key, over claims.
    pub(crate) key_weight: Vec<f32>,
    /// Euclidean norm of each claim's weighted keys.
    pub(crate) claim_norm: Vec<f32>,
    /// Claims holding each key, key after key: those of key `k` run from
    /// `posting_starts[k]` to `posting_starts[k + 1]`. A key held by more
    /// claims than the cap of [`Corpus::intern`] is never read for
    /// candidates: only its count is kept.
    posting_claims: Vec<u32>,
    posting_starts: Vec<u32>,
    /// How many claims hold each key.
    posting_counts: Vec<u32>,
    /// The speaker an entity key names, if it names one.
    pub(crate) key_speaker: Vec<Option<u32>>,
}

/// Normalizes a name for comparison: lower case, possessive, punctuation and
/// a leading "the" dropped, single spaces. "The Global Times" → "global times".
pub fn name_key(name: &str) -> String {
    if name.is_ascii() {
        return ascii_name_key(name);
    }
    unicode_name_key(name)
}

/// [`name_key`] of any name.
fn unicode_name_key(name: &str) -> String {
    let lower = name.to_lowercase();
    let mut words: Vec<&str> = lower
        .split(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '’' || ch == '-'))
        .map(strip_possessive)
        .map(|word| word.trim_matches(|ch: char| ch == '\'' || ch == '’' || ch == '-'))
        .filter(|word| !word.is_empty())
        .collect();
    if words.first() == Some(&"the") && words.len() > 1 {
        words.remove(0);
    }
    words.join(" ")
}

/// [`name_key`] of an ASCII name, written straight into the key: names
/// are keyed many times over while claims are read.
fn ascii_name_key(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    let mut key = String::with_capacity(lower.len());
    let mut n_words = 0;
    let mut first_is_the = false;
    let words = lower
        .split(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '\'' || ch == '-'))
        .map(strip_possessive)
        .map(|word| word.trim_matches(|ch: char| ch == '\'' || ch == '-'))
        .filter(|word| !word.is_empty());
    for word in words {
        if n_words == 0 {
            first_is_the = word == "the";
        } else {
            key.push(' ');
        }
        key.push_str(word);
        n_words += 1;
    }
    if first_is_the && n_words > 1 {
        key.drain(.."the ".len());
    }
    key
}

/// A word without its possessive ending: "Kaken's" → "Kaken", "groups'" → "groups".
pub fn strip_possessive(word: &str) -> &str {
    // Every ending below ends in `s`, `S`, `'` or `’` (whose last byte is
    // 0x99): most words end otherwise.
    if !matches!(word.as_bytes().last(), Some(b's' | b'S' | b'\'' | 0x99)) {
        return word;
    }
    for ending in ["'s", "’s", "'S", "’S"] {
        if let Some(stripped) = word.strip_suffix(ending)
            && !stripped.is_empty()
        {
            return stripped;
        }
    }
    for ending in ['\'', '’'] {
        if let Some(stripped) = word.strip_suffix(ending)
            && stripped.ends_with('s')
        {
            return stripped;
        }
    }
    word
}

fn is_possessive(word: &str) -> bool {
    strip_possessive(word).len() != word.len()
}

fn is_vowel(byte: u8) -> bool {
    matches!(byte, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// A light English suffix stripper for grouping: plural and verb endings,
/// a final `e` and `y`. "sentenced", "sentences" and "sentence" all become
/// "sentenc"; "stories" and "story" become "stori". Takes a lower-case word.
/// Not a full Porter stemmer: it only needs to map the common inflections of
/// one word to one key, and never to merge two different short words.
pub fn stem(word: &str) -> String {
    stem_of(word).into_owned()
}

/// [`stem`], borrowed from `word` where the stem is a prefix of it (all but
/// a final `y` made `i`): a claim's every content word is stemmed, most of
/// them to a key its document holds already.
pub(crate) fn stem_of(word: &str) -> Cow<'_, str> {
    let word = strip_possessive(word);
    if !word.is_ascii() || word.len() <= 2 {
        return Cow::Borrowed(word);
    }
    // (ASCII: every byte offset is a character boundary.)
    let mut stem = word;
    // Plurals and third person.
    if stem.ends_with("sses") || (stem.ends_with("ies") && stem.len() > 4) {
        stem = &stem[..stem.len() - 2];
    } else if stem.ends_with('s') && !stem.ends_with("ss") && !stem.ends_with("us") && !stem.ends_with("is") {
        stem = &stem[..stem.len() - 1];
    }
    // Past and gerund, when a syllable is left.
    let mut verb_ending = false;
    for ending in ["ing", "ed"] {
        if stem.len() >= ending.len() + 3 && stem.ends_with(ending) {
            let base = &stem[..stem.len() - ending.len()];
            if base.bytes().any(is_vowel) {
                stem = base;
                let bytes = stem.as_bytes();
                let n = bytes.len();
                if n >= 2
                    && bytes[n - 1] == bytes[n - 2]
                    && !is_vowel(bytes[n - 1])
                    && !matches!(bytes[n - 1], b'l' | b's' | b'z')
                {
                    stem = &stem[..n - 1];
                }
                verb_ending = true;
                break;
            }
        }
    }
    // Final y after a consonant and final e: "story"/"stori", "release"/"releas"
    // (already gone from "released", "freed").
    if verb_ending {
        return Cow::Borrowed(stem);
    }
    let bytes = stem.as_bytes();
    let n = bytes.len();
    if n > 2 && bytes[n - 1] == b'y' && !is_vowel(bytes[n - 2]) {
        let mut owned = String::with_capacity(n);
        owned.push_str(&stem[..n - 1]);
        owned.push('i');
        return Cow::Owned(owned);
    } else if n > 2 && bytes[n - 1] == b'e' {
        stem = &stem[..n - 1];
    }
    Cow::Borrowed(stem)
}

/// Case-insensitive word lists of the grammar, ready for lookups.
pub(crate) struct Lexicon<'g> {
    pub(crate) grammar: &'g Grammar,
    pub(crate) negations: PhraseSet,
    pub(crate) rebuttals: PhraseSet,
    pub(crate) contrast_cues: PhraseSet,
    /// Double quote marks (not apostrophe-like single marks), for evidence.
    pub(crate) double_quote_marks: Vec<char>,
}

impl<'g> Lexicon<'g> {
    pub(crate) fn new(grammar: &'g Grammar) -> Lexicon<'g> {
        Lexicon {
            grammar,
            negations: PhraseSet::new(&grammar.negations),
            rebuttals: PhraseSet::new(&grammar.rebuttals),
            contrast_cues: PhraseSet::new(&grammar.contrast_cues),
            double_quote_marks: grammar
                .quote_marks
                .iter()
                .filter(|marks| !marks.single)
                .flat_map(|marks| [marks.open, marks.close])
                .chain(['"'])
                .collect(),
        }
    }

    /// A word that is not content: stopword, pronoun, negation, too short.
    fn is_function_word(&self, lower: &str) -> bool {
        self.is_function_lexeme(lower, || self.grammar.lexeme(lower))
    }

    /// [`Lexicon::is_function_word`] of a word whose [`Grammar::lexeme`]
    /// the caller has, or can give when asked. (A stopword is told by its
    /// lexeme too: the grammar indexes `stopwords.txt` with the other
    /// lists, and one look-up answers both.)
    pub(crate) fn is_function_lexeme<'l>(&self, lower: &str, lexeme: impl FnOnce() -> &'l Lexeme) -> bool {
        lower.chars().count() < 3
            || {
                let lexeme = lexeme();
                lexeme.is(WordClass::Stopword) || lexeme.pronoun.is_some()
            }
            || self.negations.contains_word(lower)
    }
}

/// Phrases of one or more words, matched on lower-case tokens.
#[derive(Clone, Debug, Default)]
pub(crate) struct PhraseSet {
    by_first: HashMap<String, Vec<Vec<String>>>,
}

impl PhraseSet {
    pub(crate) fn new(phrases: &[String]) -> PhraseSet {
        let mut by_first: HashMap<String, Vec<Vec<String>>> = HashMap::default();
        for phrase in phrases {
            let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
            if let Some(first) = words.first() {
                by_first.entry(first.clone()).or_default().push(words);
            }
        }
        for list in by_first.values_mut() {
            list.sort_by_key(|words| std::cmp::Reverse(words.len()));
        }
        PhraseSet { by_first }
    }

    /// True when some phrase starts with this word.
    pub(crate) fn starts_with_word(&self, lower: &str) -> bool {
        self.by_first.contains_key(lower)
    }

    /// True when a one-word phrase is this word.
    pub(crate) fn contains_word(&self, lower: &str) -> bool {
        self.by_first
            .get(lower)
            .is_some_and(|list| list.iter().any(|words| words.len() == 1))
    }

    /// The number of words of each phrase that starts at `words[0]`, the
    /// longest first: [`PhraseSet::match_at`] is the first.
    pub(crate) fn matches_at<'s, S: AsRef<str>>(&'s self, words: &'s [S]) -> impl Iterator<Item = usize> + 's {
        words
            .first()
            .and_then(|first| self.by_first.get(first.as_ref()))
            .into_iter()
            .flatten()
            .filter(move |phrase| {
                phrase.len() <= words.len() && phrase.iter().zip(words).all(|(want, have)| want == have.as_ref())
            })
            .map(Vec::len)
    }

    /// The number of words of the longest phrase starting at `words[0]`.
    pub(crate) fn match_at<S: AsRef<str>>(&self, words: &[S]) -> Option<usize> {
        let first = words.first()?.as_ref();
        let list = self.by_first.get(first)?;
        list.iter()
            .find(|phrase| {
                phrase.len() <= words.len() && phrase.iter().zip(words).all(|(want, have)| want == have.as_ref())
            })
            .map(Vec::len)
    }
}

impl Speakers {
    /// Adds the speakers of one document's claims, in text order. Call it
    /// for every document, in document order, before reading any.
    pub fn add(&mut self, analysis: &crate::Analysis) {
        for quote in &analysis.quotes {
            if let (true, Some(name)) = (quote.kind.is_claim(), quote.speaker.as_deref()) {
                self.speaker_id(name);
                self.claims += usize::from(!quote.span.is_empty());
            }
        }
    }

    /// At least as many as the claims of the documents added (claims
    /// inside a claim of the same speaker do not count in the end).
    pub fn claims(&self) -> usize {
        self.claims
    }

    /// How many speakers, merged.
    pub fn len(&self) -> usize {
        self.speakers.len()
    }

    /// True when no claim has a speaker.
    pub fn is_empty(&self) -> bool {
        self.speakers.is_empty()
    }

    pub(crate) fn speaker_id(&mut self, name: &str) -> u32 {
        let key = name_key(name);
        if let Some(&id) = self.speaker_ids.get(&key) {
            return id;
        }
        // "Interior Minister Ana Ruiz" and "Ana Ruiz": one name ends with
        // the other, of two words or more; the first such speaker. (Looked
        // up by the name's endings, not compared with every speaker: a
        // corpus has thousands of "… of the ministry".)
        let starts: Vec<usize> = std::iter::once(0)
            .chain(key.match_indices(' ').map(|(at, _)| at + 1))
            .collect();
        let endings = &starts[..starts.len() - 1];
        let id = self.speakers.len() as u32;
        if !endings.is_empty() {
            let longer = self.name_endings.get(key.as_str()).copied();
            let shorter = endings
                .iter()
                .filter_map(|&at| self.long_names.get(&key[at..]))
                .copied();
            if let Some(same) = longer.into_iter().chain(shorter).min() {
                if key.len() < self.speakers[same as usize].key.len() {
                    self.speakers[same as usize].name = name.trim().to_string();
                }
                self.speaker_ids.insert(key, same);
                return same;
            }
            for &at in endings {
                self.name_endings.entry(key[at..].to_string()).or_insert(id);
            }
            self.long_names.insert(key.clone(), id);
        }
        self.speakers.push(Speaker {
            name: name.trim().to_string(),
            key: key.clone(),
        });
        self.speaker_ids.insert(key, id);
        id
    }

    /// Last word of each speaker's name → speakers, for "Kaken" anywhere.
    pub(crate) fn last_words(&self) -> HashMap<String, Vec<u32>> {
        let mut map: HashMap<String, Vec<u32>> = HashMap::default();
        for (id, speaker) in self.speakers.iter().enumerate() {
            if let Some(last) = speaker.key.split(' ').next_back() {
                map.entry(last.to_string()).or_default().push(id as u32);
            }
        }
        map
    }
}

/// Reads the claims of one document with their keys: words, terms,
/// entities, pronouns resolved against the speakers of all documents
/// (`speakers`, with their `last_words`). Depends on no other document's
/// text, so documents can be read in parallel.
pub(crate) fn read_document(
    document: &DocumentAnalysis<'_>,
    speakers: &Speakers,
    last_words: &HashMap<String, Vec<u32>>,
    lexicon: &Lexicon<'_>,
) -> ReadDocument {
    let grammar = lexicon.grammar;
    let mut tokens = Vec::new();
    let text = document.text;
    let doc = Document::new(text, grammar);
    let mut facts = DocumentFacts {
        sentence_starts: sentence_starts(&doc),
        line_starts: doc
            .paragraphs
            .iter()
            .flat_map(|paragraph| paragraph.lines.iter().map(|line| line.start))
            .collect(),
        ..DocumentFacts::default()
    };
    let names = NameTable::new(&doc, &facts.sentence_starts, lexicon);
    let quotes = &document.analysis.quotes;
    facts.claim_ends = quotes
        .iter()
        .scan(0, |furthest, quote| {
            if quote.kind.is_claim() {
                *furthest = quote.span.end.max(*furthest);
            }
            Some(*furthest)
        })
        .collect();
    // Each quote's speaker key, worked out once: the loops below compare
    // quotes with quotes.
    let speaker_keys: Vec<Option<String>> = quotes
        .iter()
        .map(|quote| quote.speaker.as_deref().map(name_key))
        .collect();
    // Claims of this document, inner claims of one speaker left out.
    let inside_other = inside_same_speaker(quotes, &speaker_keys);
    let mut claim_quotes: Vec<(usize, u32)> = Vec::new();
    for (quote_index, quote) in quotes.iter().enumerate() {
        let Some(key) = speaker_keys[quote_index].as_deref() else {
            continue;
        };
        if !quote.kind.is_claim() || quote.span.is_empty() {
            continue;
        }
        let speaker = speakers.speaker_ids[key];
        if !inside_other[quote_index] {
            claim_quotes.push((quote_index, speaker));
        }
        if !facts.speakers.contains(&speaker) {
            facts.speakers.push(speaker);
        }
        if let Some(gender) = quote
            .mention
            .and_then(|mention| gender_of_mention(mention.of(text), lexicon))
        {
            facts.genders.entry(speaker).or_insert(gender);
        }
    }
    // The speaker stage's own resolver, for names and pronouns in claims.
    let mentions: Vec<Span> = quotes.iter().filter_map(|quote| quote.mention).collect();
    let tags = crate::tag::Tags::new(&doc, grammar);
    let speaker_stage = crate::speaker::Resolver::new(&doc, &tags, &mentions);
    let resolver = Resolver {
        corpus: speakers,
        names: &names,
        speakers: &speaker_stage,
        document_speakers: &facts.speakers,
        global_last_words: last_words,
        roles: role_map(document, &speaker_keys, &names, speakers, lexicon),
        resolutions: RefCell::default(),
        name_speakers: RefCell::default(),
        speaker_words: std::cell::OnceCell::new(),
    };
    let mut document_claims: Vec<ReadClaim> = Vec::new();
    for &(quote_index, speaker) in &claim_quotes {
        let quote = &quotes[quote_index];
        tokens.clear();
        segment::tokens(text, quote.span, &mut tokens);
        let at = ClaimRef {
            document: 0,
            quote: quote_index,
        };
        document_claims.push(read_claim(
            text, &tokens, at, speaker, quote, &resolver, &facts, lexicon,
        ));
    }
    // Where each speaker is mentioned: next to their quotes, and in
    // claims that name them; for pronouns the speaker stage leaves open.
    let mut mentioned: Vec<(usize, usize, u32)> = Vec::new();
    for (quote, key) in quotes.iter().zip(&speaker_keys) {
        if let (Some(mention), Some(key)) = (quote.mention, key.as_deref())
            && let Some(&speaker) = speakers.speaker_ids.get(key)
        {
            mentioned.push((mention.start, quote.paragraph, speaker));
        }
    }
    for read in &document_claims {
        for raw in &read.keys {
            if let (KeyKind::Entity, Some(span)) = (raw.kind, raw.span)
                && let Some(&speaker) = speakers.speaker_ids.get(&*raw.key)
            {
                mentioned.push((span.start, read.claim.paragraph, speaker));
            }
        }
    }
    mentioned.sort_unstable();
    for read in &mut document_claims {
        let quote = &quotes[read.claim.at.quote];
        let speaker = read.claim.speaker;
        read.claim.referents = referents(&doc, &facts, (quote, speaker), &resolver, &mentioned, lexicon);
    }
    // `Becker denied it`, `… rejected the accusation`: the object of a verb
    // that rebuts (`rebuts` in speech_verbs.txt), when it is all a pronoun or
    // a noun of what was charged, points to the speaker of the claim before
    // it, another's, within a pronoun's reach. So does `the mission's
    // findings` where the line of that claim names a body by the noun (`the
    // Continental Election Monitoring Mission`).
    for index in 0..document_claims.len() {
        let claim = &document_claims[index].claim;
        let quote = &quotes[claim.at.quote];
        let rebuts = quote
            .cue
            .and_then(|cue| lexicon.grammar.verb(cue.of(text)))
            .is_some_and(|(verb, _)| verb.rebuts);
        if !rebuts {
            continue;
        }
        // (`…, an account the captain's union rejected`: a summing up right
        // after the comma that ends a claim is that claim.)
        let summed = index
            .checked_sub(1)
            .map(|before| &document_claims[before].claim)
            .filter(|before| sums_up(text, before.span, quote.span));
        if let Some(summed) = summed {
            let target = summed.speaker;
            if target != claim.speaker {
                document_claims[index].claim.referents.push((quote.span, target));
            }
            continue;
        }
        // (`denied that staff had raised any such concerns`: the words
        // `such concerns` point, not the whole clause.)
        let such = such_phrase(text, quote.span);
        let holder = if is_anaphoric(text, quote.span, lexicon) || such.is_some() {
            None
        } else {
            match charge_holder(text, quote.span, lexicon) {
                Some(holder) => Some(holder),
                None => continue,
            }
        };
        let Some(before) = speaker_before(&document_claims, index, &[]) else {
            continue;
        };
        let line = facts.line_starts.partition_point(|&at| at <= before.claim.span.start);
        let line_start = line.checked_sub(1).map_or(0, |line| facts.line_starts[line]);
        if holder.is_some_and(|holder| !names_body(&text[line_start..before.claim.span.end], holder)) {
            continue;
        }
        let target = before.claim.speaker;
        document_claims[index]
            .claim
            .referents
            .push((such.unwrap_or(quote.span), target));
    }
    let principals = principals(&doc, quotes, &speaker_keys, speakers, &resolver, lexicon);
    // `The union called the cuts "a betrayal"`: a label that condemns what
    // was just reported points to the speaker of the claim before it, as a
    // denial of it does, the words from the cue to the object pointing;
    // not to whom its speaker speaks for (`Its spokesman … called it …`);
    // and when what was just reported is an unnamed crowd's or no one's
    // (`Many believe …`, `Nobody asked about …`), to no one.
    for index in 0..document_claims.len() {
        let claim = &document_claims[index].claim;
        let Some((named, condemnation)) = condemning_label(&doc, &quotes[claim.at.quote], lexicon) else {
            continue;
        };
        let speaks_for = principals.get(&claim.speaker).map_or(&[][..], Vec::as_slice);
        if let Some(target) = speaker_before(&document_claims, index, speaks_for)
            .filter(|read| {
                !quotes[read.claim.at.quote]
                    .speaker
                    .as_deref()
                    .is_some_and(|speaker| is_crowd(speaker, lexicon))
            })
            .map(|read| read.claim.speaker)
        {
            let claim = &mut document_claims[index].claim;
            claim.referents.push((named, target));
            claim.condemnation = Some(condemnation);
        }
    }
    for read in &mut document_claims {
        if let Some(principals) = principals.get(&read.claim.speaker) {
            read.claim.principals.clone_from(principals);
        }
    }
    let mut siblings: HashMap<u32, usize> = HashMap::default();
    for read in &document_claims {
        *siblings.entry(read.claim.speaker).or_default() += 1;
    }
    for read in &mut document_claims {
        read.claim.siblings = siblings[&read.claim.speaker];
    }
    // A bare "him" or "his" goes to the speaker's one man of that kind.
    attach_bare_pronouns(&mut document_claims, text, lexicon);
    // The document's keys, each once, in the order read.
    let mut keys: Vec<(KeyKind, String, String)> = Vec::new();
    // (A map per kind, [`KeyKind`] as the index: a key is looked up as it
    // is, and copied only when new.)
    let mut local: [HashMap<String, u32>; 2] = Default::default();
    let mut claims = Vec::with_capacity(document_claims.len());
    for read in document_claims {
        let mut claim = read.claim;
        for raw in read.keys {
            let ids = &mut local[raw.kind as usize];
            let id = match ids.get(&*raw.key) {
                Some(&id) => id,
                None => {
                    let id = keys.len() as u32;
                    ids.insert(raw.key.to_string(), id);
                    keys.push((raw.kind, raw.key.into_owned(), raw.display.into_owned()));
                    id
                }
            };
            claim.keys.push(id);
            if let (KeyKind::Entity, Some(span)) = (raw.kind, raw.span) {
                claim.entities.push((id, span));
            }
        }
        // (A word's term is the key read at its index.)
        for word in &mut claim.words {
            if let Some(term) = word.term.take() {
                word.key = Some(claim.keys[term]);
            }
        }
        claims.push(claim);
    }
    drop(resolver);
    facts.tokens = doc.tokens;
    ReadDocument { facts, claims, keys }
}

/// For each quote, whether it lies inside another claim of the same
/// speaker (of the same span, an earlier one). Quotes of one speaker in
/// order of start, longest first, then of index: a quote is inside
/// another when one before it in that order ends at or after its end.
fn inside_same_speaker(quotes: &[crate::analysis::Quote], speaker_keys: &[Option<String>]) -> Vec<bool> {
    let mut order: Vec<usize> = (0..quotes.len())
        .filter(|&index| quotes[index].kind.is_claim() && speaker_keys[index].is_some())
        .collect();
    order.sort_unstable_by(|&a, &b| {
        (
            &speaker_keys[a],
            quotes[a].span.start,
            std::cmp::Reverse(quotes[a].span.end),
            a,
        )
            .cmp(&(
                &speaker_keys[b],
                quotes[b].span.start,
                std::cmp::Reverse(quotes[b].span.end),
                b,
            ))
    });
    let mut inside = vec![false; quotes.len()];
    let mut furthest: Option<(&str, usize)> = None;
    for index in order {
        let key = speaker_keys[index].as_deref();
        let end = quotes[index].span.end;
        match &mut furthest {
            Some((speaker, furthest)) if Some(*speaker) == key => {
                inside[index] = *furthest >= end;
                *furthest = (*furthest).max(end);
            }
            _ => furthest = key.map(|key| (key, end)),
        }
    }
    inside
}

/// Room for `additional` more items, growing by a quarter at least rather
/// than doubling: the arenas of a large corpus stay near their size (a large
/// block grows in place).
pub(crate) fn grow<T>(vec: &mut Vec<T>, additional: usize) {
    if vec.capacity() - vec.len() < additional {
        vec.reserve_exact(additional.max(vec.capacity() / 4));
    }
}

impl ClaimRecord {
    /// Which quote.
    pub(crate) fn at(&self) -> ClaimRef {
        ClaimRef {
            document: self.document as usize,
            quote: self.quote as usize,
        }
    }

    /// The content.
    pub(crate) fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

impl RawKeys {
    fn id(&mut self, kind: KeyKind, key: &str, display: &str) -> u32 {
        let ids = &mut self.ids[(kind == KeyKind::Entity) as usize];
        if let Some(&id) = ids.get(key) {
            return id;
        }
        let id = self.names.len() as u32;
        ids.insert(key.into(), id);
        self.names.push((kind, key.into()));
        self.counts.push(0);
        self.display.push(display.into());
        id
    }
}

impl Corpus {
    /// Adds the claims of the next document (their keys as raw ids until
    /// [`Corpus::intern`]); returns the raw id of each of its keys.
    pub(crate) fn add(&mut self, read: &ReadDocument) -> Vec<u32> {
        let document = self.documents;
        self.documents += 1;
        let raw_ids: Vec<u32> = read
            .keys
            .iter()
            .map(|(kind, key, display)| self.raw.id(*kind, key, display))
            .collect();
        let mut seen: Vec<u32> = Vec::new();
        for claim in &read.claims {
            grow(&mut self.key_arena, claim.keys.len());
            let keys_start = self.key_arena.len() as u32;
            seen.clear();
            for &key in &claim.keys {
                let raw = raw_ids[key as usize];
                // Counted and kept once a claim.
                if !seen.contains(&raw) {
                    seen.push(raw);
                    self.raw.counts[raw as usize] += 1;
                    self.key_arena.push(raw);
                }
            }
            self.claims.push(ClaimRecord {
                document: document as u32,
                quote: claim.at.quote as u32,
                speaker: claim.speaker,
                start: claim.span.start as u32,
                end: claim.span.end as u32,
                paragraph: claim.paragraph as u32,
                siblings: claim.siblings as u32,
                keys_start,
                keys_len: self.key_arena.len() as u32 - keys_start,
            });
        }
        raw_ids
    }

    /// How many claims hold a key.
    pub(crate) fn posting_count(&self, key: u32) -> usize {
        self.posting_counts[key as usize] as usize
    }

    /// The claims holding a key, in order; none for a key over the cap.
    pub(crate) fn postings(&self, key: u32) -> &[u32] {
        &self.posting_claims[self.posting_starts[key as usize] as usize..self.posting_starts[key as usize + 1] as usize]
    }

    /// Drops the postings (once the candidates are found).
    pub(crate) fn release_postings(&mut self) {
        self.posting_claims = Vec::new();
        self.posting_starts = Vec::new();
    }

    /// How many keys, once interned.
    pub(crate) fn key_count(&self) -> usize {
        self.key_display.len()
    }

    /// The keys of a claim: sorted key ids once interned.
    pub(crate) fn keys(&self, claim: usize) -> &[u32] {
        let record = &self.claims[claim];
        &self.key_arena[record.keys_start as usize..(record.keys_start + record.keys_len) as usize]
    }

    /// Bytes held, roughly: what grows with the claims and the vocabulary.
    pub(crate) fn retained_bytes(&self) -> usize {
        let raw_names: usize = self.raw.names.iter().map(|(_, key)| key.len()).sum();
        let raw_display: usize = self.raw.display.iter().map(|display| display.len()).sum();
        let postings =
            (self.posting_claims.capacity() + self.posting_starts.capacity() + self.posting_counts.capacity()) * 4;
        let display: usize = self.key_display.iter().map(|display| display.capacity() + 24).sum();
        self.claims.capacity() * std::mem::size_of::<ClaimRecord>()
            + self.key_arena.capacity() * 4
            + self.raw.names.len() * 64
            + raw_names * 2
            + raw_display
            + postings
            + display
            + self.claim_norm.capacity() * 4
            + self.key_weight.capacity() * 4
    }

    /// Merges spelling variants, interns the keys, builds the postings (of
    /// the keys held by `max_postings` claims at most) and the weights;
    /// returns the key id of each raw id.
    pub(crate) fn intern(&mut self, speakers: &Speakers, max_postings: usize) -> Vec<u32> {
        let raw = std::mem::take(&mut self.raw);
        let mut ordered: Vec<u32> = (0..raw.names.len() as u32).collect();
        ordered.sort_by(|&x, &y| {
            let ((kind_x, key_x), (kind_y, key_y)) = (&raw.names[x as usize], &raw.names[y as usize]);
            raw.counts[y as usize]
                .cmp(&raw.counts[x as usize])
                .then_with(|| key_x.cmp(key_y))
                .then_with(|| (*kind_x == KeyKind::Term).cmp(&(*kind_y == KeyKind::Term)))
        });
        let variants = spelling_variants(ordered.iter().map(|&raw_id| {
            let (kind, key) = &raw.names[raw_id as usize];
            (*kind, &**key)
        }));
        let mut ids: HashMap<KeyName<'_>, u32> = HashMap::default();
        let mut key_of_raw = vec![0u32; raw.names.len()];
        for &raw_id in &ordered {
            let (kind, key) = &raw.names[raw_id as usize];
            let (kind, key) = (*kind, &**key);
            let representative = variants.get(&(kind, key)).copied().unwrap_or(key);
            if let Some(&id) = ids.get(&(kind, representative)) {
                ids.insert((kind, key), id);
                key_of_raw[raw_id as usize] = id;
                continue;
            }
            let id = self.key_display.len() as u32;
            self.key_display.push(raw.display[raw_id as usize].to_string());
            self.key_kind.push(kind);
            self.key_speaker.push(match kind {
                KeyKind::Entity => speakers.speaker_ids.get(representative).copied(),
                KeyKind::Term => None,
            });
            ids.insert((kind, representative), id);
            ids.insert((kind, key), id);
            key_of_raw[raw_id as usize] = id;
        }
        drop(ids);
        drop(variants);
        // Each claim's keys as key ids, sorted, without duplicates, in place
        // (a claim's keys never grow).
        let mut kept = 0;
        for claim in &mut self.claims {
            let (start, end) = (claim.keys_start as usize, (claim.keys_start + claim.keys_len) as usize);
            let keys = &mut self.key_arena[start..end];
            for key in keys.iter_mut() {
                *key = key_of_raw[*key as usize];
            }
            keys.sort_unstable();
            let new_start = kept;
            for index in start..end {
                let key = self.key_arena[index];
                if index == start || key != self.key_arena[kept - 1] {
                    self.key_arena[kept] = key;
                    kept += 1;
                }
            }
            claim.keys_start = new_start as u32;
            claim.keys_len = (kept - new_start) as u32;
        }
        self.key_arena.truncate(kept);
        // The postings: counted, then filled. The most common keys hold most
        // of the occurrences, and their lists would never be read.
        let mut counts = vec![0u32; self.key_display.len()];
        for &key in &self.key_arena {
            counts[key as usize] += 1;
        }
        let stored = |count: u32| if count as usize > max_postings { 0 } else { count };
        let mut starts = vec![0u32; self.key_display.len() + 1];
        for key in 0..self.key_display.len() {
            starts[key + 1] = starts[key] + stored(counts[key]);
        }
        let mut fill = starts.clone();
        let mut postings = vec![0u32; starts[self.key_display.len()] as usize];
        for claim_index in 0..self.claims.len() {
            for &key in self.keys(claim_index) {
                if stored(counts[key as usize]) > 0 {
                    postings[fill[key as usize] as usize] = claim_index as u32;
                    fill[key as usize] += 1;
                }
            }
        }
        self.posting_claims = postings;
        self.posting_starts = starts;
        self.posting_counts = counts;
        let total = self.claims.len().max(1) as f32;
        self.key_weight = (0..self.key_display.len())
            .map(|key| (1.0 + total / self.posting_count(key as u32).max(1) as f32).ln())
            .collect();
        self.claim_norm = (0..self.claims.len())
            .map(|claim| {
                self.keys(claim)
                    .iter()
                    .map(|&key| self.key_weight[key as usize].powi(2))
                    .sum::<f32>()
                    .sqrt()
            })
            .collect();
        key_of_raw
    }

    /// Cosine similarity of two claims' keys, each key weighted by its
    /// inverse document frequency; the keys they share go to `shared`.
    pub(crate) fn similarity(&self, a: usize, b: usize, shared: &mut Vec<u32>) -> f32 {
        shared.clear();
        let keys_a = self.keys(a);
        let keys_b = self.keys(b);
        let (mut i, mut j) = (0, 0);
        let mut dot = 0.0;
        while i < keys_a.len() && j < keys_b.len() {
            match keys_a[i].cmp(&keys_b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared.push(keys_a[i]);
                    dot += self.key_weight[keys_a[i] as usize].powi(2);
                    i += 1;
                    j += 1;
                }
            }
        }
        let denominator = self.claim_norm[a] * self.claim_norm[b];
        if denominator > 0.0 {
            (dot / denominator).min(1.0)
        } else {
            0.0
        }
    }
}

/// For each key that is a spelling variant of a more frequent key, that key.
///
/// Keys are compared only within a block of one kind, first three letters
/// and length, and with the blocks of the neighbouring lengths, so the work
/// stays near linear in the vocabulary.
fn spelling_variants<'k>(keys: impl Iterator<Item = (KeyKind, &'k str)>) -> HashMap<(KeyKind, &'k str), &'k str> {
    let mut blocks: HashMap<(KeyKind, [char; 3], usize), Vec<&'k str>> = HashMap::default();
    let mut variants = HashMap::default();
    for (kind, key) in keys {
        let letters = key.chars().count();
        if letters < VARIANT_MIN_LETTERS {
            continue;
        }
        let mut chars = key.chars();
        let prefix = [(); 3].map(|_| chars.next().unwrap_or(' '));
        let lengths = letters.saturating_sub(VARIANT_MAX_LENGTH_GAP)..=letters + VARIANT_MAX_LENGTH_GAP;
        let bins = LetterBins::new(key);
        let found = lengths
            .filter_map(|length| Some(length).zip(blocks.get(&(kind, prefix, length))))
            .flat_map(|(length, block)| block.iter().map(move |&representative| (representative, length)))
            .find(|&(representative, length)| {
                bins.may_be_variant(letters, representative, length)
                    && strsim::jaro_winkler(representative, key) >= SPELLING_VARIANT
            })
            .map(|(representative, _)| representative);
        match found {
            Some(representative) => {
                variants.insert((kind, key), representative);
            }
            None => blocks.entry((kind, prefix, letters)).or_default().push(key),
        }
    }
    variants
}

/// The letters of a key counted in bins (a character by its code point
/// modulo the number of bins), for a cheap test that two keys are too
/// unlike to be spelling variants: most pairs of keys of one block are, and
/// Jaro-Winkler is the larger part of interning the keys.
struct LetterBins([u32; 64]);

impl LetterBins {
    fn new(key: &str) -> LetterBins {
        let mut bins = [0; 64];
        for ch in key.chars() {
            bins[ch as usize % 64] += 1;
        }
        LetterBins(bins)
    }

    /// False only when `strsim::jaro_winkler` of the key (`letters` long)
    /// and `other` (`other_letters` long) is surely below
    /// [`SPELLING_VARIANT`]. Jaro counts matching characters, at most the
    /// characters the two have in common, which the bins count from above;
    /// with every match in order and the longest prefix Winkler rewards
    /// (four), that count bounds the similarity.
    fn may_be_variant(&self, letters: usize, other: &str, other_letters: usize) -> bool {
        let mut left = self.0;
        let mut common = 0usize;
        for ch in other.chars() {
            let bin = &mut left[ch as usize % 64];
            if *bin > 0 {
                *bin -= 1;
                common += 1;
            }
        }
        let common = common as f64;
        let jaro = (common / letters as f64 + common / other_letters as f64 + 1.0) / 3.0;
        let bound = jaro + 0.4 * (1.0 - jaro);
        // (A margin for rounding: the test must never turn a variant away.)
        bound >= SPELLING_VARIANT - 1e-9
    }
}

/// Token indices that start a sentence: the first of each paragraph, and
/// the one after each sentence end.
fn sentence_starts(doc: &Document<'_>) -> Vec<usize> {
    let mut starts = Vec::new();
    for range in &doc.paragraph_tokens {
        for index in range.clone() {
            if index == range.start || doc.ends_sentence(index - 1) {
                starts.push(index);
            }
        }
    }
    starts
}

/// Gender a mention states: a pronoun ("she"), an honorific or a role word
/// ("spokeswoman", "Mr").
fn gender_of_mention(written: &str, lexicon: &Lexicon<'_>) -> Option<Gender> {
    let grammar = lexicon.grammar;
    for word in written
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty())
    {
        if let Some(pronoun) = grammar.pronoun(word)
            && pronoun.number == Number::Singular
            && pronoun.gender != Gender::Unknown
        {
            return Some(pronoun.gender);
        }
        if let Some(entry) = grammar.person_word(word)
            && entry.gender != Gender::Unknown
        {
            return Some(entry.gender);
        }
    }
    None
}

/// One capitalized name in the article.
#[derive(Clone, Debug)]
struct NameOccurrence<'d> {
    /// Lower-case words, possessive dropped, honorifics and roles left out.
    words: Vec<Cow<'d, str>>,
    /// The role word written just before or at its start ("Mayor").
    role: Option<Cow<'d, str>>,
}

/// The capitalized names of one article: each last word with its fullest
/// form ("Muqai" → "Adilgazy Muqai"). The words are the document's own
/// lower case where they can be: every capitalized word of the article is
/// read, and most recur.
struct NameTable<'d> {
    occurrences: Vec<NameOccurrence<'d>>,
    /// Last word → index of the fullest occurrence ending with it.
    fullest: HashMap<Cow<'d, str>, usize>,
    /// Words seen capitalized inside a sentence: names, not sentence openers.
    proper: HashSet<Cow<'d, str>>,
}

/// Token `index` of `doc` in lower case with its possessive dropped, as
/// `strip_possessive(written).to_lowercase()`: for an ASCII word, the
/// start of the document's lower case of it (the same length).
fn bare_lower<'d>(doc: &'d Document<'_>, index: usize, written: &str) -> Cow<'d, str> {
    let bare = strip_possessive(written);
    if written.is_ascii() {
        Cow::Borrowed(&doc.lower(index)[..bare.len()])
    } else {
        Cow::Owned(bare.to_lowercase())
    }
}

impl<'d> NameTable<'d> {
    /// The names of `doc`, whose sentences start at the tokens `starts`.
    fn new(doc: &'d Document<'_>, starts: &[usize], lexicon: &Lexicon<'_>) -> NameTable<'d> {
        let grammar = lexicon.grammar;
        let text = doc.text;
        let mut occurrences: Vec<NameOccurrence> = Vec::new();
        let mut proper: HashSet<Cow<'d, str>> = HashSet::default();
        // A sentence may open with a quote mark: the word after it opens too.
        let opens = |index: usize| {
            starts.binary_search(&index).is_ok()
                || (index > 0
                    && starts.binary_search(&(index - 1)).is_ok()
                    && doc.tokens[index - 1].class == TokenClass::Punct)
        };
        let mut index = 0;
        while index < doc.tokens.len() {
            let token = doc.tokens[index];
            if !token.is_capitalized(text) {
                index += 1;
                continue;
            }
            let mut end = index;
            let mut words = Vec::new();
            let mut role = None;
            while end < doc.tokens.len() && doc.tokens[end].is_capitalized(text) {
                if end > index && doc.tokens[end - 1].span.end + 1 < doc.tokens[end].span.start {
                    break;
                }
                let written = doc.tokens[end].span.of(text);
                let lower = bare_lower(doc, end, written);
                let lexeme = grammar.lexeme(&lower);
                let person_word = lexeme.person.as_ref();
                if words.is_empty()
                    && person_word
                        .is_some_and(|entry| matches!(entry.kind, PersonWordKind::Honorific | PersonWordKind::Role))
                {
                    if person_word.is_some_and(|entry| entry.kind == PersonWordKind::Role) {
                        role = Some(lower.clone());
                    }
                } else if lexeme.is(WordClass::Stopword) || lexeme.pronoun.is_some() {
                    if words.is_empty() && end == index {
                        // "The", "His": not part of a name.
                        end += 1;
                        break;
                    }
                    break;
                } else {
                    words.push(lower);
                }
                end += 1;
                if is_possessive(written) {
                    break;
                }
            }
            let opens = opens(index);
            if !words.is_empty() && (!opens || words.len() > 1 || role.is_some()) {
                for word in &words {
                    // (A copy only for a word not in yet: names recur.)
                    if !proper.contains(word) {
                        proper.insert(word.clone());
                    }
                }
                occurrences.push(NameOccurrence { words, role });
            } else if !words.is_empty() && opens {
                occurrences.push(NameOccurrence { words, role });
            }
            index = end.max(index + 1);
        }
        let mut fullest: HashMap<Cow<'d, str>, usize> = HashMap::default();
        for (position, occurrence) in occurrences.iter().enumerate() {
            if occurrence.words.iter().any(|word| !proper.contains(word)) {
                continue;
            }
            if let Some(last) = occurrence.words.last() {
                let better = fullest
                    .get(last)
                    .is_none_or(|&best| occurrences[best].words.len() < occurrence.words.len());
                if better {
                    fullest.insert(last.clone(), position);
                }
            }
        }
        NameTable {
            occurrences,
            fullest,
            proper,
        }
    }
}

/// Role word → speaker, from mentions ("the diplomat" said) and names after
/// a role ("Mayor Linda Okafor"); `speaker_keys` holds each quote's
/// speaker as [`name_key`] gives it.
fn role_map(
    document: &DocumentAnalysis<'_>,
    speaker_keys: &[Option<String>],
    names: &NameTable<'_>,
    corpus: &Speakers,
    lexicon: &Lexicon<'_>,
) -> HashMap<String, u32> {
    let grammar = lexicon.grammar;
    let mut roles = HashMap::default();
    for (quote, key) in document.analysis.quotes.iter().zip(speaker_keys) {
        let (Some(mention), Some(key)) = (quote.mention, key.as_deref()) else {
            continue;
        };
        let Some(&speaker) = corpus.speaker_ids.get(key) else {
            continue;
        };
        for piece in mention.of(document.text).split_whitespace() {
            let mut words = strip_possessive(piece)
                .split(|ch: char| !ch.is_alphanumeric())
                .filter(|word| !word.is_empty())
                .rev();
            // (Not a role that owns the speaker's noun: `the captain's
            // union` is no captain.)
            if is_possessive(piece) {
                words.next();
            }
            for word in words.filter(|word| {
                grammar
                    .person_word(word)
                    .is_some_and(|entry| entry.kind == PersonWordKind::Role)
            }) {
                roles.entry(word.to_lowercase()).or_insert(speaker);
            }
        }
    }
    for occurrence in &names.occurrences {
        if let Some(role) = &occurrence.role
            && let Some(&speaker) = corpus.speaker_ids.get(&occurrence.words.join(" "))
        {
            roles.entry(role.to_string()).or_insert(speaker);
        }
    }
    roles
}

/// Resolves names, roles and groups in claims of one document.
struct Resolver<'c> {
    corpus: &'c Speakers,
    names: &'c NameTable<'c>,
    /// The speaker stage's resolver over the same document.
    speakers: &'c crate::speaker::Resolver<'c, 'c>,
    document_speakers: &'c [u32],
    global_last_words: &'c HashMap<String, Vec<u32>>,
    roles: HashMap<String, u32>,
    /// What [`Resolver::resolution`] found for each span asked: the claims
    /// of one sentence ask for the same pronouns and names, and a name in a
    /// claim is asked again as a name of its sentence.
    resolutions: RefCell<HashMap<Span, Option<Resolution>>>,
    /// What [`Resolver::speaker_of`] found for each name (its words joined)
    /// that is no speaker's key: a document names the same people again.
    name_speakers: RefCell<HashMap<String, Option<u32>>>,
    /// Each word of the document's speakers' keys → those speakers, in
    /// the document's order, gathered when first asked.
    speaker_words: std::cell::OnceCell<HashMap<&'c str, Vec<u32>>>,
}

/// A mention as the speaker stage resolves it, matched to the corpus.
#[derive(Clone, Debug)]
struct Resolution {
    /// The speaker stage's canonical name.
    canonical: String,
    /// Its [`name_key`].
    key: String,
    /// The speaker of the corpus it names, if any.
    speaker: Option<u32>,
}

impl Resolver<'_> {
    /// The speaker a name points to, if any.
    fn speaker_of(&self, words: &[String]) -> Option<u32> {
        self.speaker_of_key(&words.join(" "), words)
    }

    /// [`Resolver::speaker_of`] of a name whose words joined by spaces
    /// are `full`.
    fn speaker_of_key<S: AsRef<str>>(&self, full: &str, words: &[S]) -> Option<u32> {
        if let Some(&speaker) = self.corpus.speaker_ids.get(full) {
            return Some(speaker);
        }
        if let Some(&found) = self.name_speakers.borrow().get(full) {
            return found;
        }
        let found = self.speaker_in_document(words);
        self.name_speakers.borrow_mut().insert(full.to_string(), found);
        found
    }

    /// [`Resolver::speaker_of`] for a name that is no speaker's key.
    fn speaker_in_document<S: AsRef<str>>(&self, words: &[S]) -> Option<u32> {
        let last = words.last()?.as_ref();
        // "Kaken" or "Bikamal Kaken" is Bikamal Kaken; "Rafael Cruz" is not Ted Cruz.
        // (Of the speakers whose key holds the last word: a document may
        // have thousands.)
        let speaker_words = self.speaker_words.get_or_init(|| {
            let mut speaker_words: HashMap<&str, Vec<u32>> = HashMap::default();
            for &speaker in self.document_speakers {
                for word in self.corpus.speakers[speaker as usize].key.split(' ') {
                    let list = speaker_words.entry(word).or_default();
                    if list.last() != Some(&speaker) {
                        list.push(speaker);
                    }
                }
            }
            speaker_words
        });
        let holding = |word: &str| speaker_words.get(word).map_or(&[][..], Vec::as_slice);
        // A speaker that fits holds every word of the name: those who hold
        // its rarest word are all there are to read (`Ana Aova Ruiz` among
        // a thousand `Ana … Ruiz`), in the order of the document's speakers.
        let candidates = words
            .iter()
            .map(|word| holding(word.as_ref()))
            .min_by_key(|speakers| speakers.len())
            .unwrap_or_default();
        let mut in_document = candidates.iter().copied().filter(|&speaker| {
            let key = &self.corpus.speakers[speaker as usize].key;
            let mut key_words = key.split(' ');
            if words.len() == 1 {
                key_words.any(|word| word == last)
            } else {
                key.split(' ').next_back() == Some(last)
                    && words
                        .iter()
                        .all(|word| key.split(' ').any(|key_word| key_word == word.as_ref()))
            }
        });
        // (Only one that fits is an answer: a second ends the search.)
        let first = in_document.next();
        if let Some(only) = first.filter(|_| in_document.next().is_none()) {
            return Some(only);
        }
        match self.global_last_words.get(last) {
            Some(speakers) if words.len() == 1 && speakers.len() == 1 && first.is_none() => Some(speakers[0]),
            _ => None,
        }
    }

    /// A mention (a name, a pronoun) resolved by the speaker stage, then
    /// matched to the speakers of the corpus; worked out once a span.
    fn resolution(&self, span: Span) -> std::cell::Ref<'_, Option<Resolution>> {
        if !self.resolutions.borrow().contains_key(&span) {
            let found = self.speakers.resolve(span).map(|canonical| {
                let key = name_key(&canonical);
                let words: Vec<&str> = key.split(' ').collect();
                let speaker = self.speaker_of_key(&key, &words);
                Resolution {
                    canonical,
                    key,
                    speaker,
                }
            });
            self.resolutions.borrow_mut().insert(span, found);
        }
        std::cell::Ref::map(self.resolutions.borrow(), |resolutions| &resolutions[&span])
    }

    /// The speaker a mention (a name, a pronoun) points to, resolved by the
    /// speaker stage, then matched to the speakers of the corpus.
    fn speaker_of_mention(&self, span: Span) -> Option<u32> {
        self.resolution(span).as_ref().and_then(|resolution| resolution.speaker)
    }

    /// Canonical key and display form of a name written at `span`: the
    /// speaker stage's canonical name, a speaker of the corpus where it is one.
    fn name_at(&self, span: Span, words: &[String], written: &str) -> (String, String) {
        if let Some(resolution) = &*self.resolution(span) {
            if let Some(speaker) = resolution.speaker {
                let speaker = &self.corpus.speakers[speaker as usize];
                return (speaker.key.clone(), speaker.name.clone());
            }
            if ends_with_words(&resolution.key, words) {
                return (resolution.key.clone(), resolution.canonical.clone());
            }
        }
        self.name(words, written)
    }

    /// Canonical key and display form of a name.
    fn name(&self, words: &[String], written: &str) -> (String, String) {
        if let Some(speaker) = self.speaker_of(words) {
            let speaker = &self.corpus.speakers[speaker as usize];
            return (speaker.key.clone(), speaker.name.clone());
        }
        if let Some(last) = words.last()
            && let Some(&position) = self.names.fullest.get(last.as_str())
        {
            let occurrence = &self.names.occurrences[position];
            let ends_with = occurrence.words.len() > words.len()
                && occurrence.words[occurrence.words.len() - words.len()..]
                    .iter()
                    .zip(words)
                    .all(|(have, word)| have == word);
            if ends_with {
                let key = occurrence.words.join(" ");
                return (key, title_case(&occurrence.words));
            }
        }
        (words.join(" "), strip_possessive(written).to_string())
    }
}

/// Whether the last words of `key` (words joined by spaces) are `words`.
fn ends_with_words(key: &str, words: &[String]) -> bool {
    let mut key_words = key.rsplit(' ');
    words.iter().rev().all(|word| key_words.next() == Some(word.as_str()))
}

fn title_case<S: AsRef<str>>(words: &[S]) -> String {
    words
        .iter()
        .map(|word| {
            let mut chars = word.as_ref().chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A relative or role of someone, named through a possessive ("her husband").
#[derive(Clone, Debug)]
struct Kin {
    /// Key of the entity ("bikamal kaken husband").
    key: String,
    /// Its gender.
    gender: Gender,
    /// As a person reads it ("Bikamal Kaken's husband").
    display: String,
}

/// A claim as read, before its keys are interned.
struct ReadClaim<'t> {
    claim: Claim,
    keys: Vec<RawKey<'t>>,
    kin: Vec<Kin>,
}

/// A word token of a claim as a [`Word`]; `lower` is its
/// [`lower_case`] with the possessive dropped, borrowed where the text is
/// in lower case.
#[allow(clippy::ptr_arg)] // (whether it is borrowed is what counts)
fn word(span: Span, lower: &Cow<str>, term: Option<usize>, (negation, doubt): (Option<Span>, bool)) -> Word {
    Word {
        span,
        lower: match lower {
            Cow::Borrowed(_) => None,
            Cow::Owned(lower) => Some(lower.clone()),
        },
        key: None,
        term,
        negation,
        doubt,
        in_name: false,
    }
}

/// Reads one claim: words, terms, entities.
#[allow(clippy::too_many_arguments)]
fn read_claim<'t>(
    text: &'t str,
    tokens: &[Token],
    at: ClaimRef,
    speaker: u32,
    quote: &crate::analysis::Quote,
    resolver: &Resolver<'_>,
    facts: &DocumentFacts,
    lexicon: &Lexicon<'_>,
) -> ReadClaim<'t> {
    let grammar = lexicon.grammar;
    // Most words are in lower case already: no copy for them.
    let lowers: Vec<Cow<'t, str>> = tokens
        .iter()
        .map(|token| lower_case(strip_possessive(token.span.of(text))))
        .collect();
    // A word for each word token, a key for most: room for them at once
    // rather than growing a word at a time (they live while the document
    // is read).
    let word_tokens = tokens.iter().filter(|token| token.class == TokenClass::Word).count();
    let mut words = Vec::with_capacity(word_tokens);
    let mut keys: Vec<RawKey> = Vec::with_capacity(word_tokens);
    let mut kin = Vec::new();
    let opens_sentence = |index: usize| {
        tokens[..index]
            .iter()
            .rev()
            .find(|token| token.class != TokenClass::Punct || matches!(token.span.of(text), "." | "!" | "?"))
            .is_none_or(|token| matches!(token.span.of(text), "." | "!" | "?"))
    };
    let mut index = 0;
    while index < tokens.len() {
        let token = tokens[index];
        if token.class != TokenClass::Word {
            index += 1;
            continue;
        }
        let written = token.span.of(text);
        let lower_form = &lowers[index];
        let lower = &**lower_form;
        // Negation within reach before, no punctuation between, and not
        // holding the word ("one" of "no one"); or further back.
        let negation_at = (index.saturating_sub(DOUBT_REACH)..index)
            .rev()
            .take_while(|&before| tokens[before].class == TokenClass::Word)
            .find_map(|before| {
                lexicon
                    .negations
                    .match_at(&lowers[before..])
                    .filter(|&length| before + length <= index)
                    // (`whether or not they support`: a choice, no negation.)
                    .filter(|_| {
                        before
                            .checked_sub(1)
                            .is_none_or(|or| !grammar.lexeme(&lowers[or]).is(WordClass::Alternative))
                    })
                    .map(|length| (before, before + length))
            });
        // (A content word between holds the negation itself, unless it is
        // an adverb: `didn't denounce legal`, `not truly free`.)
        let holds_negation = |between: usize| {
            let lower = &*lowers[between];
            !lower.ends_with("ly") && !lexicon.is_function_lexeme(lower, || grammar.lexeme(lower))
        };
        // (`too dangerous to allow`: excess negates what it is too much for.)
        let excess = index >= 3
            && lowers[index - 1] == "to"
            && tokens[index - 3..index]
                .iter()
                .all(|token| token.class == TokenClass::Word)
            && grammar.lexeme(&lowers[index - 3]).is(WordClass::Excess);
        let negation = match negation_at {
            Some((before, after)) if index - before <= NEGATION_REACH && !(after..index).any(holds_negation) => {
                (Some(tokens[before].span), false)
            }
            _ if excess => (Some(tokens[index - 3].span), false),
            Some(_) => (None, true),
            None => (None, false),
        };
        // What the grammar says of the word, looked up once (`lower` is in
        // lower case, as `Grammar::lexeme` asks).
        let lexeme = grammar.lexeme(lower);
        // Possessive pronoun and a role noun: "her husband".
        if let (Some(pronoun), Some(next)) = (lexeme.pronoun.as_ref(), lowers.get(index + 1)) {
            let role = grammar
                .lexeme(next)
                .person
                .as_ref()
                .filter(|entry| entry.kind == PersonWordKind::Role);
            if let (Some(role), Some(owner)) = (role, possessor(pronoun, quote, speaker, facts)) {
                let owner = &resolver.corpus.speakers[owner as usize];
                let key = format!("{} {}", owner.key, stem(next));
                let display = format!("{}'s {next}", owner.name);
                let span = Span::new(token.span.start, tokens[index + 1].span.end);
                keys.push(RawKey::entity(key.clone(), display.clone(), span));
                kin.push(Kin {
                    key,
                    gender: role.gender,
                    display,
                });
                words.push(word(token.span, lower_form, None, negation));
                words.push(word(tokens[index + 1].span, next, None, (None, false)));
                index += 2;
                continue;
            }
        }
        // A name: capitalized words; a sentence opener only when known.
        let capitalized = token.is_capitalized(text) && !lexicon.is_function_lexeme(lower, || lexeme);
        let known_name =
            || resolver.names.proper.contains(lower) || resolver.speaker_of(&[lower.to_string()]).is_some();
        if capitalized && (!opens_sentence(index) || known_name()) {
            let mut end = index;
            let mut name_words = Vec::new();
            while end < tokens.len()
                && tokens[end].is_capitalized(text)
                && !lexicon.is_function_word(&lowers[end])
                && (end == index || tokens[end - 1].span.end + 1 >= tokens[end].span.start)
            {
                let honorific = grammar
                    .lexeme(&lowers[end])
                    .person
                    .is_some_and(|entry| entry.kind == PersonWordKind::Honorific);
                if !(name_words.is_empty() && honorific) {
                    name_words.push(lowers[end].to_string());
                }
                end += 1;
                if is_possessive(tokens[end - 1].span.of(text)) {
                    break;
                }
            }
            if !name_words.is_empty() {
                let span = Span::new(token.span.start, tokens[end - 1].span.end);
                let (key, display) = resolver.name_at(span, &name_words, span.of(text));
                keys.push(RawKey::entity(key, display, span));
            }
            for position in index..end {
                let mut name_word = word(tokens[position].span, &lowers[position], None, (None, false));
                name_word.in_name = true;
                words.push(name_word);
            }
            index = end.max(index + 1);
            continue;
        }
        // Groups and institutions ("the council", "rights groups"); a role
        // noun naming a speaker of the document ("the mayor").
        // Only a word that opens some phrase of the people table can.
        if let Some(next) = lowers.get(index + 1).filter(|_| lexeme.is(WordClass::PhraseStart)) {
            let phrase = format!("{lower} {next}");
            let group = grammar
                .lexeme(&phrase)
                .person
                .is_some_and(|entry| matches!(entry.kind, PersonWordKind::Group | PersonWordKind::Institution));
            if group {
                let span = Span::new(token.span.start, tokens[index + 1].span.end);
                keys.push(RawKey::entity(name_key(&phrase), phrase.clone(), span));
                words.push(word(token.span, lower_form, None, negation));
                words.push(word(tokens[index + 1].span, next, None, (None, false)));
                index += 2;
                continue;
            }
        }
        let person_word = lexeme.person.as_ref();
        let role_speaker = resolver
            .roles
            .get(lower)
            .filter(|_| person_word.is_some_and(|entry| entry.kind == PersonWordKind::Role));
        if let Some(&role_speaker) = role_speaker {
            let named = &resolver.corpus.speakers[role_speaker as usize];
            keys.push(RawKey::entity(named.key.clone(), named.name.clone(), token.span));
            words.push(word(token.span, lower_form, None, negation));
            index += 1;
            continue;
        }
        if person_word.is_some_and(|entry| matches!(entry.kind, PersonWordKind::Group | PersonWordKind::Institution)) {
            // (`the bureau` after `the Vesk Environmental Protection
            // Bureau` spoke: that body, as the speaker stage resolves it.)
            let body = (index > 0 && lowers[index - 1] == "the" && !token.is_capitalized(text))
                .then(|| resolver.speaker_of_mention(Span::new(tokens[index - 1].span.start, token.span.end)))
                .flatten();
            if let Some(body) = body {
                let named = &resolver.corpus.speakers[body as usize];
                keys.push(RawKey::entity(named.key.clone(), named.name.clone(), token.span));
                words.push(word(token.span, lower_form, None, negation));
                index += 1;
                continue;
            }
            let key = name_key(lower);
            let key = if resolver.corpus.speaker_ids.contains_key(&key) {
                key
            } else {
                stem(&key)
            };
            keys.push(RawKey::entity(key, lower.to_string(), token.span));
            words.push(word(token.span, lower_form, None, negation));
            index += 1;
            continue;
        }
        // A content word.
        let content =
            !lexicon.is_function_lexeme(lower, || lexeme) && written.chars().next().is_some_and(char::is_alphabetic);
        let term = content.then(|| {
            keys.push(RawKey::term(term_key(lower_form), lower_form.clone()));
            keys.len() - 1
        });
        words.push(word(token.span, lower_form, term, negation));
        index += 1;
    }
    let claim = Claim {
        at,
        speaker,
        span: quote.span,
        paragraph: quote.paragraph,
        words,
        entities: Vec::new(),
        referents: Vec::new(),
        principals: Vec::new(),
        siblings: 1,
        keys: Vec::new(),
        answers: Vec::new(),
        condemnation: None,
    };
    ReadClaim { claim, keys, kin }
}

/// The term key of a content word in lower case ([`stem`]), borrowed from
/// the text where the word is.
fn term_key<'t>(lower: &Cow<'t, str>) -> Cow<'t, str> {
    match lower {
        Cow::Borrowed(lower) => stem_of(lower),
        Cow::Owned(lower) => Cow::Owned(stem(lower)),
    }
}

/// A word in lower case, borrowed when it is in lower case already: an
/// ASCII word with no capital (digits and marks included, which lower-casing
/// leaves as they are).
pub(crate) fn lower_case(word: &str) -> Cow<'_, str> {
    if word.bytes().all(|byte| byte.is_ascii() && !byte.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// `such` and the word after it in `span`, which speak of what was just
/// reported (`denied that staff had raised any such concerns`; not `such
/// as`, which gives examples). The contrast stage asks it too, of a
/// pointer's span.
pub(crate) fn such_phrase(text: &str, span: Span) -> Option<Span> {
    let mut tokens = Vec::new();
    segment::tokens(text, span, &mut tokens);
    tokens.retain(|token| token.class == TokenClass::Word);
    let at = tokens
        .iter()
        .position(|token| token.span.of(text).eq_ignore_ascii_case("such"))?;
    let next = tokens.get(at + 1)?;
    (!next.span.of(text).eq_ignore_ascii_case("as")).then(|| Span::new(tokens[at].span.start, next.span.end))
}

/// Whether `span` is only `it`, `that` or `this`, or a noun of the `charge`
/// class after `the`, `that`, `this`, `these` or `those` (`the accusation`).
fn is_anaphoric(text: &str, span: Span, lexicon: &Lexicon<'_>) -> bool {
    let words: Vec<Cow<str>> = span.of(text).split_whitespace().map(lower_case).collect();
    let charge = |noun: &str| lexicon.grammar.lexeme(noun).is(WordClass::Charge);
    let determiner = |word: &str| matches!(word, "the" | "that" | "this" | "these" | "those" | "any");
    match words.as_slice() {
        [word] => matches!(&**word, "it" | "that" | "this"),
        // (`denied any wrongdoing`: `any` too.)
        [first, noun] => determiner(first) && charge(noun),
        // (`rejected suggestions that the bank had been slow`: a charge
        // with what it charges.)
        [noun, that, _, ..] if that == "that" => charge(noun),
        [first, noun, that, _, ..] if that == "that" => determiner(first) && charge(noun),
        _ => false,
    }
}

/// Whether `summary` is `a` or `an` and one word (`an account`) right
/// after the comma that ends `claim`: the claim summed up, as the claim
/// stage reads `…, an account the union rejected`.
fn sums_up(text: &str, claim: Span, summary: Span) -> bool {
    let gap = text.get(claim.end..summary.start).unwrap_or("");
    let mut words = summary.of(text).split_whitespace();
    gap.trim() == "," && matches!(words.next(), Some("a" | "an")) && words.next().is_some() && words.next().is_none()
}

/// `the mission's findings`: the common noun that holds a noun of the
/// `charge` class after `the`, all of `span`.
fn charge_holder<'t>(text: &'t str, span: Span, lexicon: &Lexicon<'_>) -> Option<&'t str> {
    let mut words = span.of(text).split_whitespace();
    let (Some("the"), Some(holder), Some(noun), None) = (words.next(), words.next(), words.next(), words.next()) else {
        return None;
    };
    let holder = holder.strip_suffix("'s").or_else(|| holder.strip_suffix("’s"))?;
    (!holder.is_empty()
        && holder.bytes().all(|byte| byte.is_ascii_lowercase())
        && lexicon.grammar.lexeme(&lower_case(noun)).is(WordClass::Charge))
    .then_some(holder)
}

/// Whether `region` writes `noun` capitalized as a whole word, a body's
/// name's word (`Mission` for `the mission`).
fn names_body(region: &str, noun: &str) -> bool {
    let mut capitalized = noun.to_string();
    capitalized[..1].make_ascii_uppercase();
    region.match_indices(&capitalized).any(|(at, _)| {
        let end = at + capitalized.len();
        !region[..at].ends_with(char::is_alphanumeric) && !region[end..].starts_with(char::is_alphanumeric)
    })
}

/// The claim of another speaker last before claim `index`, within a
/// pronoun's reach, past those of whom its speaker speaks for
/// (`speaks_for`): whom `denied it` or `called it "a disaster"` answers.
fn speaker_before<'c, 't>(claims: &'c [ReadClaim<'t>], index: usize, speaks_for: &[u32]) -> Option<&'c ReadClaim<'t>> {
    let claim = &claims[index].claim;
    claims[..index]
        .iter()
        .rev()
        .take(SPEAKER_BEFORE_CLAIMS)
        .take_while(|read| read.claim.paragraph + PRONOUN_REACH >= claim.paragraph)
        .find(|read| read.claim.speaker != claim.speaker && !speaks_for.contains(&read.claim.speaker))
}

/// Whether a speaker's name is an unnamed crowd or no one (`many`,
/// `some`, `nobody`): no side that a dissent or a condemnation answers.
pub(crate) fn is_crowd(speaker: &str, lexicon: &Lexicon<'_>) -> bool {
    let key = name_key(speaker);
    !key.contains(' ')
        && (lexicon.grammar.lexeme(&key).is(WordClass::Quantifier) || lexicon.negations.contains_word(&key))
}

/// How many words of a label ([`condemning_label`]) may come before the
/// word that condemns.
const LABEL_REACH: usize = 3;

/// `called the cuts "a betrayal"`, `branded it a disgrace`: where a
/// quote's cue is a verb that names (`naming` in speech_verbs.txt), its
/// object right after it what was just reported (`it`, `this`, `that`, or
/// `the`, `this`, `these` or `those` and a noun of the `charge` or `act`
/// class, in lower case), and the
/// label after that (past quote marks and `as`) condemns it within its
/// first words, inside the quote (a word of the `condemnation` class or a
/// rebuttal: `called the report lies`): the span from the cue to the
/// object, and the condemning word.
fn condemning_label(doc: &Document<'_>, quote: &crate::analysis::Quote, lexicon: &Lexicon<'_>) -> Option<(Span, Span)> {
    let cue = quote.cue?;
    let grammar = lexicon.grammar;
    if !grammar
        .verb(&lower_case(cue.of(doc.text)))
        .is_some_and(|(verb, _)| verb.naming)
    {
        return None;
    }
    let tokens = &doc.tokens;
    let word = |index: usize| {
        tokens
            .get(index)
            .filter(|token| token.class == TokenClass::Word)
            .map(|_| doc.lower(index))
    };
    let after = tokens.partition_point(|token| token.span.start < cue.end);
    // (A noun of what someone said or did after the determiner, written in
    // lower case: not `the long lines`, not `the Times`.)
    let noun = word(after + 1).filter(|&noun| {
        let lexeme = grammar.lexeme(noun);
        doc.word(after + 1) == noun && (lexeme.is(WordClass::Charge) || lexeme.is(WordClass::Act))
    });
    let label = match (word(after)?, noun) {
        ("the" | "this" | "that" | "these" | "those", Some(_)) => after + 2,
        ("it" | "this" | "that", None) => after + 1,
        _ => return None,
    };
    let object = Span::new(cue.start, tokens[label - 1].span.end);
    let mut words: Vec<(usize, &str)> = Vec::new();
    for index in label..tokens.len() {
        match word(index) {
            Some("as") if words.is_empty() => {}
            Some(lower) => {
                words.push((index, lower));
                if words.len() > LABEL_REACH {
                    break;
                }
            }
            // (Quote marks are passed; a clause's end is not.)
            None if matches!(doc.word(index), "," | "." | ";" | ":" | "!" | "?") => break,
            None => {}
        }
    }
    let lowers: Vec<&str> = words.iter().map(|&(_, lower)| lower).collect();
    (0..words.len()).find_map(|at| {
        let length = if grammar.lexeme(lowers[at]).is(WordClass::Condemnation) {
            1
        } else {
            lexicon.rebuttals.match_at(&lowers[at..])?
        };
        let span = Span::new(
            tokens[words[at].0].span.start,
            tokens[words[at + length - 1].0].span.end,
        );
        quote.span.contains(span).then_some((object, span))
    })
}

/// Whom each speaker of a document speaks for: the speakers named in one
/// of their mentions right before a role of the `proxy` class (`Clinton
/// spokesman Jesse Ferguson`, `Trump's campaign manager`) or right after it
/// and `for` or `to` (`a spokeswoman for Cruz`, `an aide to Trump`).
fn principals(
    doc: &Document<'_>,
    quotes: &[crate::analysis::Quote],
    speaker_keys: &[Option<String>],
    speakers: &Speakers,
    resolver: &Resolver<'_>,
    lexicon: &Lexicon<'_>,
) -> HashMap<u32, Vec<u32>> {
    let text = doc.text;
    let tokens = &doc.tokens;
    let mut found: HashMap<u32, Vec<u32>> = HashMap::default();
    let speaker_of = |key: &Option<String>| key.as_deref().and_then(|key| speakers.speaker_ids.get(key).copied());
    for (index, (quote, key)) in quotes.iter().zip(speaker_keys).enumerate() {
        let Some(mention) = quote.mention else {
            continue;
        };
        let Some(speaker) = speaker_of(key) else {
            continue;
        };
        let first = tokens.partition_point(|token| token.span.start < mention.start);
        let end = tokens.partition_point(|token| token.span.end <= mention.end);
        let is_word = |index: usize| tokens[index].class == TokenClass::Word;
        let Some(proxy) =
            (first..end).find(|&index| is_word(index) && lexicon.grammar.lexeme(doc.lower(index)).is(WordClass::Proxy))
        else {
            continue;
        };
        // `Its energy spokesman`: the body of the other speaker last before.
        if proxy > first && matches!(doc.lower(first), "its" | "their") {
            if let Some(principal) = speaker_keys[..index]
                .iter()
                .rev()
                .filter_map(speaker_of)
                .find(|&other| other != speaker)
            {
                let list = found.entry(speaker).or_default();
                if !list.contains(&principal) {
                    list.push(principal);
                }
            }
            continue;
        }
        // The capitalized words before the role (`Clinton campaign`), or
        // after it and `for` or `to`.
        let after = proxy + 1 < end && matches!(doc.lower(proxy + 1), "for" | "to");
        let range = if after { proxy + 2..end } else { first..proxy };
        let mut index = range.start;
        while index < range.end {
            if !is_word(index) || !tokens[index].is_capitalized(text) {
                index += 1;
                continue;
            }
            let mut run_end = index + 1;
            while run_end < range.end
                && is_word(run_end)
                && tokens[run_end].is_capitalized(text)
                && !is_possessive(tokens[run_end - 1].span.of(text))
            {
                run_end += 1;
            }
            let span = Span::new(tokens[index].span.start, tokens[run_end - 1].span.end);
            if let Some(principal) = resolver.speaker_of_mention(span)
                && principal != speaker
            {
                let list = found.entry(speaker).or_default();
                if !list.contains(&principal) {
                    list.push(principal);
                }
            }
            index = run_end;
        }
    }
    found
}

/// The speakers that pronouns (not subjects, not reflexives) and names point
/// to in a claim's sentence, from the sentence start to the claim's end.
fn referents(
    doc: &Document<'_>,
    facts: &DocumentFacts,
    (quote, speaker): (&crate::analysis::Quote, u32),
    resolver: &Resolver<'_>,
    mentioned: &[(usize, usize, u32)],
    lexicon: &Lexicon<'_>,
) -> Vec<(Span, u32)> {
    let text = doc.text;
    let tokens = &doc.tokens;
    let start = facts
        .sentence_starts
        .partition_point(|&token| tokens[token].span.start <= quote.span.start)
        .checked_sub(1)
        .map_or(quote.span.start, |index| {
            tokens[facts.sentence_starts[index]].span.start
        })
        .min(quote.span.start);
    // ([`SENTENCE_REACH`] tokens before the claim at most.)
    let first = tokens.partition_point(|token| token.span.start < start).max(
        tokens
            .partition_point(|token| token.span.start < quote.span.start)
            .saturating_sub(SENTENCE_REACH),
    );
    let last = tokens.partition_point(|token| token.span.end <= quote.span.end);
    let mut found = Vec::new();
    let mut index = first;
    while index < last {
        let token = tokens[index];
        let written = token.span.of(text);
        if token.class != TokenClass::Word || quote.mention.is_some_and(|mention| mention.overlaps(token.span)) {
            index += 1;
            continue;
        }
        // Most words are in lower case already: no copy for them.
        let lower = lower_case(strip_possessive(written));
        if let Some(pronoun) = lexicon.grammar.lexeme(&lower).pronoun.as_ref() {
            if !pronoun.subject
                && !lower.ends_with("self")
                && !lower.ends_with("selves")
                && let Some(speaker) = resolver
                    .speaker_of_mention(token.span)
                    .filter(|&found| {
                        // The speaker stage lets a full name of unknown gender
                        // stand for any pronoun; a rebuttal needs the gender
                        // the document states.
                        found != speaker
                            && pronoun.gender != Gender::Unknown
                            && facts.genders.get(&found) == Some(&pronoun.gender)
                    })
                    .or_else(|| {
                        nearest_fitting(pronoun, token.span.start, (quote.paragraph, speaker), facts, mentioned)
                    })
            {
                found.push((token.span, speaker));
            }
            index += 1;
            continue;
        }
        if token.is_capitalized(text) && !lexicon.is_function_word(&lower) {
            let mut end = index + 1;
            while end < last
                && tokens[end].is_capitalized(text)
                && !is_possessive(tokens[end - 1].span.of(text))
                && tokens[end - 1].span.end + 1 >= tokens[end].span.start
            {
                end += 1;
            }
            let span = Span::new(token.span.start, tokens[end - 1].span.end);
            if let Some(speaker) = resolver.speaker_of_mention(span) {
                found.push((span, speaker));
            }
            index = end;
            continue;
        }
        index += 1;
    }
    found
}

/// The speaker last mentioned before `offset`, within
/// [`PRONOUN_REACH`] paragraphs and [`FITTING_MENTIONS`] mentions, whose
/// stated gender fits a singular pronoun; never the claim's own speaker.
fn nearest_fitting(
    pronoun: &crate::grammar::Pronoun,
    offset: usize,
    (paragraph, own): (usize, u32),
    facts: &DocumentFacts,
    mentioned: &[(usize, usize, u32)],
) -> Option<u32> {
    if pronoun.number != Number::Singular || pronoun.gender == Gender::Unknown {
        return None;
    }
    let before = mentioned.partition_point(|&(at, _, _)| at < offset);
    mentioned[..before]
        .iter()
        .rev()
        .take(FITTING_MENTIONS)
        .take_while(|&&(_, mentioned_in, _)| mentioned_in + PRONOUN_REACH >= paragraph)
        .map(|&(_, _, speaker)| speaker)
        .find(|&speaker| speaker != own && facts.genders.get(&speaker) == Some(&pronoun.gender))
}

/// Whose relative a possessive pronoun names: the speaker's for "my"/"our"
/// in a quotation or a third-person pronoun of the speaker's gender in
/// reported speech ("Kaken insists her husband ...").
fn possessor(
    pronoun: &crate::grammar::Pronoun,
    quote: &crate::analysis::Quote,
    speaker: u32,
    facts: &DocumentFacts,
) -> Option<u32> {
    let first_person = pronoun.gender == Gender::Unknown && pronoun.number == Number::Singular;
    match quote.kind {
        Kind::Direct | Kind::Partial if first_person => Some(speaker),
        Kind::Indirect if pronoun.gender != Gender::Unknown => match facts.genders.get(&speaker) {
            Some(&gender) if gender == pronoun.gender => Some(speaker),
            Some(_) => None,
            None => Some(speaker),
        },
        _ => None,
    }
}

/// Adds to a claim with a bare "him", "his" or "her" the one relative of
/// that gender its speaker names in the document.
fn attach_bare_pronouns(claims: &mut [ReadClaim], text: &str, lexicon: &Lexicon<'_>) {
    let mut kin_by_speaker: HashMap<u32, Vec<Kin>> = HashMap::default();
    for read in claims.iter() {
        let list = kin_by_speaker.entry(read.claim.speaker).or_default();
        for relative in &read.kin {
            if !list.iter().any(|have| have.key == relative.key) {
                list.push(relative.clone());
            }
        }
    }
    for read in claims.iter_mut() {
        let Some(relatives) = kin_by_speaker.get(&read.claim.speaker) else {
            continue;
        };
        if !read.kin.is_empty() {
            continue;
        }
        for word in &read.claim.words {
            let Some(pronoun) = lexicon.grammar.lexeme(word.lower(text)).pronoun else {
                continue;
            };
            if pronoun.gender == Gender::Unknown || pronoun.number != Number::Singular {
                continue;
            }
            let fitting: Vec<&Kin> = relatives
                .iter()
                .filter(|relative| relative.gender == pronoun.gender)
                .collect();
            if let [relative] = fitting.as_slice() {
                if !read.keys.iter().any(|raw| raw.key == relative.key) {
                    read.keys.push(RawKey::entity(
                        relative.key.clone(),
                        relative.display.clone(),
                        word.span,
                    ));
                }
                break;
            }
        }
    }
}
