//! Speaker resolution: one canonical name per person, group or institution.
//!
//! A name goes to the fullest form of it in the document ("Kaken" → "Bikamal
//! Kaken", "Gu" → "Gu Ming"), with strsim to merge spelling variants; a
//! pronoun goes to the nearest person of its gender, the gender learned from
//! the document itself; a role noun ("the diplomat") goes to the person the
//! document introduced with that role; groups and institutions keep their
//! words.

use crate::attribute::{Matcher, is_dash, is_possessive, is_quote_mark_token, plural_shape, strip_possessive};
use std::borrow::Cow;
use std::cell::{Cell, OnceCell, RefCell};
use std::ops::Range;
use std::rc::Rc;

use rustc_hash::{FxHashMap, FxHashSet};
use smallvec::SmallVec;

use crate::grammar::{Gender, Grammar, PersonWord, PersonWordKind, Pronoun, VerbForm, WordClass};
use crate::segment::{Document, TokenClass};
use crate::span::Span;
use crate::tag::Tags;

/// The most name mentions before a role (`the Vermont senator`) searched
/// for the role's modifier beside a person's other mentions.
const MAX_MODIFIER_MENTIONS: usize = 64;

/// How close two spellings of one name must be (Jaro-Winkler).
const SPELLING_VARIANT: f64 = 0.93;
/// How many tokens back a relative pronoun looks for what it stands for.
const MAX_ANTECEDENT: usize = 40;
/// How many paragraphs back a pronoun looks for its person.
const PRONOUN_REACH: usize = 3;
/// How many speakers back a `he` or `she` that no name fits looks for
/// the speaker it stands for ([`Resolver::previous_speaker`]).
const MAX_SPEAKERS_BACK: usize = 8;
/// How many names back, at most, a pronoun looks for the one it stands
/// for, within [`PRONOUN_REACH`] paragraphs: in a paragraph of a thousand
/// names none but the last few is meant.
const MAX_NAMES_BACK: usize = 64;
/// How many speakers back, at most, a `they` that its own sentence does not
/// explain looks for a group, within [`PRONOUN_REACH`] paragraphs: a
/// paragraph may be a whole page, with thousands of speakers.
const MAX_GROUPS_BACK: usize = 64;
/// How many tokens back from a `they` the verb of speech whose subject it
/// may stand for is looked for (`Some 20 percent of people in a poll said
/// they …`).
const MAX_GROUP_VERB_REACH: usize = 60;
/// The most tokens of a passive's agent at the end of a sentence (`by his
/// former employers`), `by` included.
const MAX_AGENT: usize = 6;
/// How many names back, at most, a role (`the minister`) looks for a
/// person introduced by the same role word or a title for it: a long text
/// of names and roles with no such person would otherwise search all of
/// them at each role.
const MAX_ROLE_NAMES_BACK: usize = 256;
/// How far back (in tokens) a role word after `a` introduces an unnamed
/// person that `the` and the same role word name again.
const MAX_UNNAMED_REACH: usize = 80;
/// How far on (in tokens) the next sentence may name the person of a role
/// no earlier name fits ([`Resolver::role_named_next`]).
const MAX_NEXT_SPEAKER_REACH: usize = 80;
/// Most modifiers between `a` and its role word: `a Republican committee aide`.
const MAX_ROLE_MODIFIERS: usize = 3;
/// The most words of a noun phrase that an `it` may stand for (`the
/// inspector general's report`), its article aside.
const MAX_THING_WORDS: usize = 4;
/// Most tokens from the preposition of an occasion after a hearer to its
/// noun: `in an exclusive interview`.
const MAX_OCCASION: usize = 5;
/// How many quotes that start before a span [`inside_any`] asks whether
/// they hold it (quotes may nest).
const NESTED_QUOTES: usize = 8;

/// The lower-case words of a name, as their numbers in [`NameWords`]:
/// names are compared, hashed and indexed as short lists of numbers.
type Words = SmallVec<[u32; 4]>;

/// The distinct lower-case words of a document's names, numbered in the
/// order first met. The words are slices of the document's lower-case text
/// where they can be, so that most need no allocation.
#[derive(Debug, Default)]
struct NameWords<'d> {
    ids: FxHashMap<Cow<'d, str>, u32>,
    words: Vec<Cow<'d, str>>,
}

impl<'d> NameWords<'d> {
    /// A table with room for `capacity` words.
    fn with_capacity(capacity: usize) -> NameWords<'d> {
        NameWords {
            ids: FxHashMap::with_capacity_and_hasher(capacity, Default::default()),
            words: Vec::with_capacity(capacity),
        }
    }

    /// The number of `word`, given one if it has none yet.
    fn id(&mut self, word: Cow<'d, str>) -> u32 {
        let next = u32::try_from(self.words.len()).expect("fewer than 2^32 name words");
        match self.ids.entry(word) {
            std::collections::hash_map::Entry::Occupied(entry) => *entry.get(),
            std::collections::hash_map::Entry::Vacant(entry) => {
                self.words.push(entry.key().clone());
                entry.insert(next);
                next
            }
        }
    }

    /// Word number `id`.
    fn word(&self, id: u32) -> &str {
        &self.words[id as usize]
    }
}

/// For each word number, the distinct names that hold it, in order: one
/// list for all words, cut at `starts` (a list per word was an allocation
/// per word).
#[derive(Debug, Default)]
struct NamesByWord {
    /// Where the names of word `w` start in `positions`; one more entry
    /// than there are words.
    starts: Vec<usize>,
    /// Positions of distinct names, word after word.
    positions: Vec<usize>,
}

impl NamesByWord {
    /// The index of `names` (the words of each distinct name, in order)
    /// by word, for words numbered below `n_words`.
    fn new<'w>(n_words: usize, names: impl Iterator<Item = &'w [u32]> + Clone) -> NamesByWord {
        // Counted, then placed; a name that holds a word twice is listed
        // once for it.
        let mut counts = vec![0usize; n_words + 1];
        let mut last_position = vec![usize::MAX; n_words];
        for (position, words) in names.clone().enumerate() {
            for &word in words {
                if last_position[word as usize] != position {
                    last_position[word as usize] = position;
                    counts[word as usize + 1] += 1;
                }
            }
        }
        for word in 0..n_words {
            counts[word + 1] += counts[word];
        }
        let starts = counts;
        let mut next = starts.clone();
        let mut positions = vec![0; starts[n_words]];
        last_position.fill(usize::MAX);
        for (position, words) in names.enumerate() {
            for &word in words {
                if last_position[word as usize] != position {
                    last_position[word as usize] = position;
                    positions[next[word as usize]] = position;
                    next[word as usize] += 1;
                }
            }
        }
        NamesByWord { starts, positions }
    }

    /// The distinct names that hold word `word`: none for a word met after
    /// the index was made.
    fn names(&self, word: u32) -> &[usize] {
        let word = word as usize;
        match (self.starts.get(word), self.starts.get(word + 1)) {
            (Some(&start), Some(&end)) => &self.positions[start..end],
            _ => &[],
        }
    }
}

/// What names that may be spelling variants of each other share: their
/// number of words and first letter (see [`shape`]).
type Shape = (usize, char);

/// The distinct names by [`Shape`]: one list of (shape, position) sorted,
/// so a shape's names are a run of it, in order of position (a map of a
/// list per shape was a hash and an allocation per shape). Each pair is
/// one number that sorts as the pair does (see [`NamesByShape::key`]):
/// sorting numbers is cheaper than sorting tuples.
#[derive(Debug, Default)]
struct NamesByShape {
    sorted: Vec<u128>,
}

impl NamesByShape {
    /// The index of the distinct names' `(shape, position)` pairs.
    fn new(pairs: Vec<(Shape, usize)>) -> NamesByShape {
        let mut sorted: Vec<u128> = pairs
            .into_iter()
            .map(|(shape, position)| NamesByShape::key(shape, position))
            .collect();
        // (The positions are distinct, so the order is total.)
        sorted.sort_unstable();
        NamesByShape { sorted }
    }

    /// `(shape, position)` as one number: the number of words, the first
    /// letter and the position, from the highest bits down.
    fn key((length, first): Shape, position: usize) -> u128 {
        let position = u32::try_from(position).expect("fewer than 2^32 names");
        (length as u128) << 64 | u128::from(u32::from(first)) << 32 | u128::from(position)
    }

    /// The positions of the distinct names of shape `shape`, in order.
    fn names(&self, shape: Shape) -> impl Iterator<Item = usize> + '_ {
        let lowest = NamesByShape::key(shape, 0);
        let start = self.sorted.partition_point(|&key| key < lowest);
        self.sorted[start..]
            .iter()
            .take_while(move |&&key| key >> 32 == lowest >> 32)
            .map(|&key| (key as u32) as usize)
    }
}

/// A proper name as it occurs in the text.
#[derive(Clone, Debug)]
struct NameMention<'d> {
    span: Span,
    /// Its tokens: `doc.token_at_or_after(span.start)` to
    /// `doc.token_at_or_after(span.end)`, kept so that the rules need not
    /// search for them (several times a name).
    tokens: Range<usize>,
    /// Lower-case words, possessive and honorific dropped.
    words: Words,
    /// The words as written.
    display: Cow<'d, str>,
    paragraph: usize,
    /// Gender stated next to it (honorific or role).
    gender: Gender,
    /// Preceded or followed by a role, honorific or speech verb.
    person: bool,
    /// The subject of a speech verb, or a name opening its sentence: what a
    /// later pronoun most likely points back to.
    salient: bool,
    /// Introduced with a role or an affiliation: `ambassador Zhang Xiao`,
    /// `a member of the mission, Gu Ming`, `Mehmet Kasikci, a student`.
    introduced: bool,
    /// After a preposition of place: `in Almaty`.
    place: bool,
    /// Right after a preposition that makes a name a place (maybe with
    /// `the` between): `in Ohio`, `in the United States` (not `to`).
    after_place_preposition: bool,
    /// One word so placed, never a person: `A judge in Ohio`, `married in
    /// Mississippi` (not `a letter to Trump`, `confident in Mrs. Clinton`).
    placed: bool,
    /// Inside quote marks: someone else's words, see [`Resolver::with_quotes`].
    quoted: bool,
}

/// What resolution works out about one name mention, once: each pronoun
/// looks back over the same mentions, and each time worked out their
/// canonical names (a cache look-up and a copy) and read their words
/// again.
#[derive(Debug, Default)]
struct MentionFacts {
    /// The canonical name ([`Resolver::canonical`] of its words). Once
    /// asked, the answer never changes: the cache entry it ends at is
    /// made once and never replaced.
    canonical: OnceCell<Rc<str>>,
    /// Whether its canonical name names a body ([`Resolver::names_a_body`]).
    body: OnceCell<bool>,
    /// What a `he` or `she` asks of it, see [`PronounFacts`].
    pronoun: OnceCell<PronounFacts>,
}

/// What [`Resolver::resolve_pronoun`] reads of a mention's canonical name.
#[derive(Clone, Copy, Debug)]
struct PronounFacts {
    /// It names an institution or a group ([`Resolver::names_a_body`]).
    body: bool,
    /// It names a body in the plural (`Democrats`, `residents`): no `it`.
    plural_body: bool,
    /// The document writes it as a thing ([`Resolver::written_as_thing`]):
    /// no `he` or `she`.
    thing: bool,
    /// The document writes it as a place ([`Resolver::written_as_place`]):
    /// no `he` or `she`.
    place: bool,
    /// Its gender, learned from the document.
    gender: Gender,
    /// The gender was learned where the name opens a sentence (not only
    /// from a mention inside one: `One local woman, Karen Robison, …`).
    salient_gender: bool,
    /// It has two words or more.
    full_name: bool,
}

/// Resolves mentions of one document to canonical names.
pub struct Resolver<'d, 't> {
    doc: &'d Document<'t>,
    tags: &'d Tags<'d>,
    grammar: &'d Grammar,
    names: Vec<NameMention<'d>>,
    /// The speakers' mentions that attribution found, in text order.
    speakers: Vec<Span>,
    /// The words of the names (and of the mentions resolved so far).
    name_words: RefCell<NameWords<'d>>,
    /// The distinct names of the document: the index in `names` of the
    /// first mention of each.
    distinct: Vec<usize>,
    /// How many times each distinct name occurs.
    mentions: Vec<u32>,
    /// The words of each distinct name → its position in `distinct`; made
    /// when first needed, for a word that many names hold
    /// ([`Resolver::distinct_of_words`]).
    distinct_by_words: OnceCell<FxHashMap<Words, usize>>,
    /// Word number → the distinct names that hold it.
    by_word: NamesByWord,
    /// (number of words, first letter) → the distinct names of that shape,
    /// the candidates for a spelling variant.
    by_shape: NamesByShape,
    /// Canonical names already worked out for mentions with no stated
    /// gender (most), by their words (shared, so that a look-up that finds
    /// one copies no text).
    cache: RefCell<FxHashMap<Words, Rc<str>>>,
    /// The same for mentions with a stated gender (`Mrs. Clinton`), by
    /// their words and that gender (see [`Resolver::canonical`]).
    gendered_cache: RefCell<FxHashMap<(Words, Gender), Rc<str>>>,
    /// What is worked out about each mention of `names`, by its index.
    facts: Vec<MentionFacts>,
    /// Gender of each canonical name, learned from the document, and
    /// whether a mention that opens a sentence is among those it was
    /// learned from.
    genders: FxHashMap<Rc<str>, (Gender, bool)>,
    /// The quoted words of the document (quote contents), in text order.
    quotes: Vec<Span>,
    /// The pattern matcher over the document, made once so that what it
    /// works out lazily (modifiers, subjects) serves every look-up.
    matcher: Matcher<'d, 't>,
    /// The names written as things ([`Resolver::written_as_thing`]),
    /// gathered in one pass when first asked.
    things: OnceCell<FxHashSet<Box<str>>>,
    /// The names written as places ([`Resolver::written_as_place`]),
    /// gathered in one pass when first asked.
    places: OnceCell<FxHashSet<Box<str>>>,
    /// [`PronounFacts`] by canonical name, worked out once for all its
    /// mentions (a pronoun looks back over mentions of the same few people).
    pronoun_facts: RefCell<FxHashMap<Rc<str>, PronounFacts>>,
    /// The bodies the document names beside their common noun
    /// ([`Resolver::introductions`]), gathered in one pass when first asked.
    introductions: OnceCell<Vec<Introduction>>,
    /// Per institution noun in lower case, the bodies whose names end in it
    /// ([`Resolver::only_body`]): the first one's noun token and name
    /// position, and where a body of another name first does.
    bodies_by_noun: OnceCell<FxHashMap<String, OnlyBody>>,
    /// The one body the document names as running or owning something, by
    /// position in `names` ([`Resolver::operator_body`]); none where it
    /// names two or none. Worked out when first asked.
    operator: OnceCell<Option<usize>>,
    /// Of the bodies named by a name that ends in a word of the
    /// `business_name` class: where the first is named, its canonical name,
    /// and where another is first named (`usize::MAX` for none)
    /// ([`Resolver::business_by_name`]). Worked out when first asked.
    business_names: OnceCell<(usize, Option<Rc<str>>, usize)>,
    /// The positions in `names` of the persons named outside quote marks,
    /// in text order. Worked out when first asked, after
    /// [`Resolver::with_quotes`].
    narrative_persons: OnceCell<Vec<usize>>,
    /// How many names [`Resolver::first_narrative_person`] has read, and
    /// the one it found: each is read once, not again for each role.
    lede_person: Cell<(usize, Option<usize>)>,
    /// Whether the text writes `the` (or `The`) right before a body's
    /// canonical name ([`Resolver::role_for_body`]), asked once per name.
    written_with_the: RefCell<FxHashMap<String, bool>>,
    /// By word number, whether a one-word name that opens its sentence is
    /// a common word there (see `sentence_opener` in [`Resolver::resolve`]):
    /// asked once per word.
    common_words: RefCell<FxHashMap<u32, bool>>,
}

/// The first body a document names by a name ending in one institution
/// noun, and where another body's name first ends in it.
#[derive(Clone, Copy)]
struct OnlyBody {
    /// The noun token of the first such name, and its position in `names`.
    noun: usize,
    name: usize,
    /// The noun token of the first such name of another body, or of the
    /// noun in lower case before the first name.
    other: Option<usize>,
}

/// A body named beside the common noun of its kind (a word of
/// `people.txt` of the institution kind): `Alphabet, the parent company`,
/// `the company, Alphabet`, or a person's, `Donald Trump's campaign`, `the
/// Clinton campaign`. What `the company` or `the campaign` names later.
#[derive(Clone, Copy, Debug)]
struct Introduction {
    /// The token of the common noun.
    noun: usize,
    /// The name's position in `names`.
    name: usize,
    /// The name is the holder's, a person's (`Trump's campaign`), not the
    /// body's own.
    holder: bool,
}

/// How many tokens back a title (`Sen. Ana Ruiz`) still tells whom a role
/// (`the senator`) names: about a dozen sentences.
const MAX_TITLE_REACH: usize = 300;

/// How many candidate names a look-up compares at most; bounds the work on
/// documents with thousands of names.
const MAX_CANDIDATES: usize = 200;
/// Up to how many names holding a word [`Resolver::distinct_of_words`]
/// reads one by one, past which it makes a map of the names by their words.
const FEW_HOLDING: usize = 16;
/// How many tokens back `the statement` looks for the `in a statement`
/// that says whose it is: a few sentences.
const MAX_ISSUER_REACH: usize = 120;
/// How many paragraphs after the headline a lede's role may stand in
/// (a dateline or a byline may take one).
const MAX_LEDE_PARAGRAPHS: usize = 2;
/// Paragraphs after a lede in which a person introduced by the lede's role
/// noun is that role's person.
const MAX_LEDE_REACH: usize = 3;
/// The most names after a lede read for its role's person, within
/// [`MAX_LEDE_REACH`] paragraphs: a few paragraphs of news name a few dozen
/// at most; paragraphs of thousands are not read again for each role.
const MAX_LEDE_NAMES: usize = 64;
/// Paragraphs after a lede in which a body the lede describes by its noun
/// (`the captain's union`) is named (`The Vellmark Seafarers' Union`): a
/// story names the parties of its lede within its first part.
const MAX_LEDE_BODY_REACH: usize = 8;

/// How many tokens back the body that `the company` names may have been
/// introduced (`Alphabet, the parent company`): a few paragraphs.
const MAX_INTRODUCTION_REACH: usize = 300;

/// How many earlier uses of the same noun, each within
/// [`MAX_INTRODUCTION_REACH`] of the next, carry that reach further back.
const MAX_INTRODUCTION_HOPS: usize = 4;

impl<'d, 't> Resolver<'d, 't> {
    /// Collects the names of the document. `speakers` are the mentions that
    /// attribution found: names among them are people (or institutions).
    pub fn new(doc: &'d Document<'t>, tags: &'d Tags<'d>, speakers: &[Span]) -> Resolver<'d, 't> {
        let grammar = tags.grammar();
        let matcher = Matcher::new(doc, tags);
        let mut sorted_speakers = speakers.to_vec();
        sorted_speakers.sort_unstable();
        let mut speakers_at_names = SpeakersAfter::new(&sorted_speakers);
        // About one name in twelve tokens (16,271 in the 196,810 tokens
        // of the 1 MB corpus): room for them at once, so that the list of
        // these large records is not copied as it grows.
        let mut names = Vec::with_capacity(doc.tokens.len() / 10);
        // About one name word in sixteen tokens too, most of them repeated.
        let mut name_words_table = NameWords::with_capacity(doc.tokens.len() / 16);
        // Line by line: a paragraph may hold a headline's line.
        let lines = doc
            .paragraphs
            .iter()
            .enumerate()
            .flat_map(|(paragraph_index, paragraph)| {
                let tokens = doc.paragraph_tokens[paragraph_index].clone();
                // The first token at or after each end of the line, looked
                // for among the paragraph's tokens only (after `start` for
                // the end): the tokens are in text order, so that is the
                // search over all of them clamped to the paragraph.
                // (Most paragraphs are one line, and hold all their tokens:
                // the first and last tokens tell, with no search.)
                paragraph.lines.iter().map(move |line| {
                    let start = match doc.tokens[tokens.clone()].first() {
                        Some(first) if first.span.start < line.start => {
                            tokens.start
                                + doc.tokens[tokens.clone()].partition_point(|token| token.span.start < line.start)
                        }
                        _ => tokens.start,
                    };
                    let end = match doc.tokens[start..tokens.end].last() {
                        Some(last) if last.span.start >= line.end => {
                            start + doc.tokens[start..tokens.end].partition_point(|token| token.span.start < line.end)
                        }
                        _ => tokens.end,
                    };
                    (paragraph_index, start..end)
                })
            });
        for (paragraph_index, range) in lines {
            if tags.is_title_case(range.clone()) {
                // `Gina Ruiz Questioned What It Means`: a headline's words
                // run together into no one's name.
                continue;
            }
            let mut index = range.start;
            while index < range.end {
                let token = doc.tokens[index];
                if !tags.is_capitalized(index) {
                    index += 1;
                    continue;
                }
                // `Secretary of State John Kerry`: no name starts inside a title.
                if let Some(title_end) = matcher.title_phrase_end(index, range.end) {
                    index = title_end;
                    continue;
                }
                // (Nor after a role written in lower case: `former secretary
                // of State Hillary Clinton`.)
                if index >= range.start + 2
                    && doc.word(index - 1) == "of"
                    && let Some(given) = matcher.lower_role_of_title_end(index - 2, range.end)
                    && given > index
                {
                    index = given;
                    continue;
                }
                let Some(end) = matcher.name_end(index, range.end) else {
                    index += 1;
                    continue;
                };
                // `Dianne Feinstein (D-Calif.)`, `WASHINGTON (AP)`: a tag in
                // parentheses after a name is no one's name.
                if index >= range.start + 2 && doc.word(index - 1) == "(" && tags.is_capitalized(index - 2) {
                    index = end;
                    continue;
                }
                // `DES MOINES -`, `FULL TEXT.`: no one's name, nor the
                // spelling a name of the document is shown in (`Los
                // Angeles`, not `LOS ANGELES`).
                if line_in_capitals(doc, index, end, range.clone()) {
                    index = end;
                    continue;
                }
                // `A Republican committee aide`, `the Democratic nominee`: a
                // party's word alone is no one's name.
                if end == index + 1 && tags.is(index, WordClass::Affiliation) {
                    index = end;
                    continue;
                }
                let span = Span::new(token.span.start, doc.tokens[end - 1].span.end);
                let (words, display, honorific_gender) = name_words(doc, tags, &mut name_words_table, index..end);
                if !words.is_empty() {
                    let before = index.checked_sub(1).filter(|&before| before >= range.start);
                    let role_before = before.and_then(|before| role_word(tags, before));
                    let gender = if honorific_gender != Gender::Unknown {
                        honorific_gender
                    } else {
                        role_before.map_or(Gender::Unknown, |entry| entry.gender)
                    };
                    let preposition = before.map(|before| {
                        if doc.lower(before) == "the" && before > range.start {
                            before - 1
                        } else {
                            before
                        }
                    });
                    let place = preposition.is_some_and(|word| tags.is(word, WordClass::Locative))
                        || of_a_name(doc, tags, index, range.start);
                    let after_place_preposition =
                        preposition.is_some_and(|word| tags.is(word, WordClass::PlacePreposition));
                    // (One word as written: `confident in Mrs. Clinton`.)
                    let placed = end == index + 1 && after_place_preposition;
                    let role_after = role_in_apposition(doc, tags, end, range.end);
                    // `Former Arizona governor Tom Hale`: a name right before
                    // a lower-case role noun modifies it (but `a Marco Rubio
                    // delegate` names a person all the same).
                    let before_role = end < range.end
                        && !tags.is_capitalized(end)
                        && role_word(tags, end).is_some()
                        && grammar.given_name_gender(doc.lower(index)) == Gender::Unknown;
                    let person = honorific_gender != Gender::Unknown
                        || role_before.is_some()
                        // (`A judge in Ohio issued`: a place of one word
                        // inside a speaker's mention, or before its verb,
                        // is none; `in Kazakhstan Zhang Xiao` runs a place
                        // into a name.)
                        || !placed
                            && (speakers_at_names.overlaps(span) && !modifies_noun(doc, tags, end, &sorted_speakers)
                                || end < doc.tokens.len()
                                    && tags.verb(end).is_some_and(|(verb, _)| verb.quotes || verb.reports))
                        || role_after
                        || (!place && !before_role && words.len() >= 2);
                    // Within three tokens of the line's start or of a
                    // sentence end, with no sentence end between. (Past
                    // the line's first three tokens, the one sentence end
                    // that can open it stands four tokens back.)
                    let reach = (index - range.start).min(3);
                    // (So does a name in apposition to a role that opens
                    // the sentence: `Its medical director, Jürgen Falkner,
                    // was doubtful.`)
                    let opens_sentence = (index - reach..index).all(|before| !doc.ends_sentence(before))
                        && (reach < 3 || index - 3 == range.start || doc.ends_sentence(index - 4))
                        || role_before.is_some() && roles_open_sentence(doc, &matcher, index, range.start)
                        || role_before_comma(doc, tags, index, range.start)
                            && role_word(tags, index - 2).is_some()
                            && roles_open_sentence(doc, &matcher, index - 1, range.start);
                    names.push(NameMention {
                        span,
                        tokens: index..end,
                        words,
                        display,
                        paragraph: paragraph_index,
                        gender,
                        person,
                        salient: opens_sentence,
                        introduced: role_before.is_some()
                            || role_after
                            || role_before_comma(doc, tags, index, range.start),
                        place,
                        after_place_preposition,
                        placed,
                        quoted: false,
                    });
                }
                index = end;
            }
        }
        let table = name_words_table;
        // Words run into a name (`in Kazakhstan Zhang Xiao`): see `runs_into_name`.
        // By word number (the numbers run from 0): whether the word is a
        // name of its own, and if so whether one of its mentions is a place.
        let mut single: Vec<Option<bool>> = vec![None; table.words.len()];
        for name in names.iter().filter(|name| name.words.len() == 1) {
            *single[name.words[0] as usize].get_or_insert(false) |= name.place;
        }
        // The names of two words or more, gathered when first asked: only
        // a name of three words or more whose first word is a name of its
        // own asks.
        let whole: OnceCell<rustc_hash::FxHashSet<&[u32]>> = OnceCell::new();
        let run_in: Vec<bool> = names
            .iter()
            .map(|name| {
                runs_into_name(
                    &name.words,
                    || name.tokens.start > 0 && doc.lower(name.tokens.start - 1) == "the",
                    &table,
                    tags.grammar(),
                    |word| single[word as usize],
                    |rest| {
                        whole
                            .get_or_init(|| {
                                names
                                    .iter()
                                    .filter(|name| name.words.len() >= 2)
                                    .map(|name| name.words.as_slice())
                                    .collect()
                            })
                            .contains(rest)
                    },
                )
            })
            .collect();
        drop(whole);
        for (name, _) in names.iter_mut().zip(run_in).filter(|(_, runs)| *runs) {
            drop_first_word(name, doc, &table);
        }
        // A capitalized common word opening a sentence (`Rights groups`,
        // `Despite`, `Maybe Trump`) is no name, nor part of one, where the
        // document also writes it in lower case.
        let first_token = |name: &NameMention| name.tokens.start;
        // (So does one after the quote marks that open a quotation, a
        // colon, or a bullet that opens its line: `''Once Fox made it an
        // issue`, `many ties: Several Twitter executives`, `~ As Vulture
        // put it`.)
        let opens = |index: usize| {
            let mut at = index;
            while at > 0 && (is_quote_mark_token(doc.word(at - 1)) || matches!(doc.word(at - 1), "'" | "‘")) {
                at -= 1;
            }
            doc.opens_sentence_or_line(at)
                || doc.word(at - 1) == ":"
                || matches!(doc.word(at - 1), "~" | "•" | "*" | "-") && (at == 1 || doc.line_break_before(at - 1))
        };
        // (By word number: whether the word is such an opener, and whether
        // the document writes it in lower case. Sets of words hashed the
        // first word of every name again.)
        let mut opener = vec![false; table.words.len()];
        for name in names.iter().filter(|name| {
            (name.words.len() == 1 && name.salient) || (name.words.len() > 1 && opens(first_token(name)))
        }) {
            opener[name.words[0] as usize] = true;
        }
        let openers = || (0..table.words.len()).filter(|&word| opener[word]);
        let mut written_lower = vec![false; table.words.len()];
        if openers().next().is_some() {
            // Only a word with the first byte, the last byte and the length
            // of an opener can be one: for each first byte and for each last
            // byte, the openers' lengths as bits (63 for any longer). Most
            // words of the text fail this test and need no look-up (with the
            // first byte alone, one in four or so of them passed).
            let mut lengths_by_first_byte = [0u64; 256];
            let mut lengths_by_last_byte = [0u64; 256];
            for opener in openers().map(|word| table.word(word as u32)) {
                if let (Some(&first), Some(&last)) = (opener.as_bytes().first(), opener.as_bytes().last()) {
                    lengths_by_first_byte[usize::from(first)] |= 1 << opener.len().min(63);
                    lengths_by_last_byte[usize::from(last)] |= 1 << opener.len().min(63);
                }
            }
            let candidates = doc.words().iter().filter(|word| {
                let (bytes, length) = (word.as_bytes(), 1 << word.len().min(63));
                bytes
                    .first()
                    .is_some_and(|&byte| lengths_by_first_byte[usize::from(byte)] & length != 0)
                    && bytes
                        .last()
                        .is_some_and(|&byte| lengths_by_last_byte[usize::from(byte)] & length != 0)
            });
            for word in candidates.filter(|word| word.starts_with(|c: char| c.is_lowercase())) {
                if let Some(&id) = table.ids.get(*word)
                    && opener[id as usize]
                {
                    written_lower[id as usize] = true;
                }
            }
        }
        names.retain(|name| !(name.words.len() == 1 && name.salient && written_lower[name.words[0] as usize]));
        // `Understated Perez raises his profile`, `Debating Clinton's
        // character`: a participle opening a headline or sentence, before a
        // name the document gives alone, is no given name (`Ted Cruz`,
        // `Ahmed Ali` keep theirs).
        let participle_before_name = |name: &NameMention| {
            let word = table.word(name.words[0]);
            name.words.len() == 2
                && word.len() > 4
                && (word.ends_with("ed") || word.ends_with("ing"))
                && grammar.given_name_gender(word) == Gender::Unknown
                && single[name.words[1] as usize].is_some()
        };
        for name in &mut names {
            let first = first_token(name);
            // (A given name is a name though the document writes the word
            // in lower case: `Bill Clinton signed the bill.`)
            let common = written_lower[name.words[0] as usize]
                && grammar.given_name_gender(table.word(name.words[0])) == Gender::Unknown
                || tags.is(first, WordClass::Stopword)
                || participle_before_name(name);
            if name.words.len() > 1 && common && opens(first) {
                drop_first_word(name, doc, &table);
            }
        }
        // The speakers that attribution and reported speech found are salient
        // people: a later pronoun most likely points back to one of them.
        let mut speakers_at_names = SpeakersAfter::new(&sorted_speakers);
        for name in &mut names {
            let position = speakers_at_names.first_ending_after(name.span.start);
            // (`the shadow chancellor, Tom Stride, said`: the name in
            // apposition to a speaker that ends in a role, before the verb;
            // or that holds a role before a phrase, `His counterpart in Port
            // Ellen, Mark Ruiz, dismissed`.)
            let (first, end) = (name.tokens.start, name.tokens.end);
            let appositive = position > 0
                && first >= 2
                && doc.word(first - 1) == ","
                && sorted_speakers[position - 1].end == doc.tokens[first - 1].span.start
                && (tags.lexeme(first - 2).person.is_some()
                    || (doc.token_at_or_after(sorted_speakers[position - 1].start)..first - 2)
                        .any(|index| role_word(tags, index).is_some()))
                && end + 1 < doc.tokens.len()
                && doc.word(end) == ","
                && (end + 1..doc.tokens.len().min(end + 3))
                    .any(|at| tags.verb(at).is_some_and(|(verb, _)| verb.quotes || verb.reports));
            // (Not where the speaker is from: `Rep. Lee Zeldin of New York`.)
            if (appositive
                || sorted_speakers
                    .get(position)
                    .is_some_and(|speaker| speaker.contains(name.span)))
                && !of_a_name(doc, tags, first, 0)
                && !name.placed
                && !modifies_noun(doc, tags, name.tokens.end, &sorted_speakers)
            {
                name.salient = true;
                name.person = true;
            }
        }
        let mut distinct: Vec<usize> = Vec::with_capacity(names.len());
        let mut mentions: Vec<u32> = Vec::with_capacity(names.len());
        // Each mention's distinct name (its position in `distinct`).
        let mut distinct_of: Vec<usize> = Vec::with_capacity(names.len());
        let mut seen: FxHashMap<&[u32], usize> = FxHashMap::with_capacity_and_hasher(names.len(), Default::default());
        let mut by_shape: Vec<(Shape, usize)> = Vec::with_capacity(names.len());
        for (name_index, name) in names.iter().enumerate() {
            match seen.entry(&name.words) {
                std::collections::hash_map::Entry::Occupied(entry) => {
                    mentions[*entry.get()] += 1;
                    distinct_of.push(*entry.get());
                    continue;
                }
                std::collections::hash_map::Entry::Vacant(entry) => {
                    entry.insert(distinct.len());
                }
            }
            distinct_of.push(distinct.len());
            mentions.push(1);
            by_shape.push((shape(&table, &name.words), distinct.len()));
            distinct.push(name_index);
        }
        let by_shape = NamesByShape::new(by_shape);
        // A name is a person everywhere once it is a person somewhere.
        // Every contiguous run of a person's name words ("Kaken" of
        // "Bikamal Kaken") is a person too. Worked out once per distinct
        // name: only runs that are names of the document matter, and
        // `seen` finds those (a set of all runs, then a look-up per
        // mention, hashed each run and each mention).
        let mut person_once = vec![false; distinct.len()];
        for (name, &position) in names.iter().zip(&distinct_of) {
            person_once[position] |= name.person;
        }
        let mut person = person_once.clone();
        for (position, _) in person_once.iter().enumerate().filter(|(_, person)| **person) {
            let words = &names[distinct[position]].words;
            for start in 0..words.len() {
                // (The whole name is a person already.)
                for end in (start + 1..=words.len()).filter(|&end| end - start < words.len()) {
                    if let Some(&run) = seen.get(&words[start..end]) {
                        person[run] = true;
                    }
                }
            }
        }
        drop(seen);
        for (name, &position) in names.iter_mut().zip(&distinct_of) {
            name.person = person[position];
        }
        debug_assert!(names.windows(2).all(|pair| pair[0].span.end <= pair[1].span.start));
        let by_word = NamesByWord::new(table.words.len(), distinct.iter().map(|&name| &names[name].words[..]));
        let facts = std::iter::repeat_with(MentionFacts::default)
            .take(names.len())
            .collect();
        // Room for an entry per distinct name: learn_genders alone looks up
        // most of them.
        let cache = RefCell::new(FxHashMap::with_capacity_and_hasher(distinct.len(), Default::default()));
        let mut resolver = Resolver {
            doc,
            tags,
            grammar,
            names,
            speakers: sorted_speakers,
            name_words: RefCell::new(table),
            distinct,
            mentions,
            distinct_by_words: OnceCell::new(),
            by_word,
            by_shape,
            cache,
            gendered_cache: RefCell::default(),
            facts,
            genders: FxHashMap::default(),
            quotes: Vec::new(),
            matcher,
            things: OnceCell::new(),
            places: OnceCell::new(),
            pronoun_facts: RefCell::default(),
            introductions: OnceCell::new(),
            bodies_by_noun: OnceCell::new(),
            operator: OnceCell::new(),
            business_names: OnceCell::new(),
            narrative_persons: OnceCell::new(),
            lede_person: Cell::new((0, None)),
            written_with_the: RefCell::new(FxHashMap::default()),
            common_words: RefCell::default(),
        };
        resolver.learn_genders();
        resolver
    }

    /// Tells the resolver where the quotes are (their contents). A name
    /// inside quote marks is someone's words, not the narrative's: it is
    /// no antecedent for a `he` or `she` outside them (`"Ask Ana Ruiz,"
    /// Tom Hale said. He laughed.`: `He` is Tom Hale).
    pub fn with_quotes(mut self, quotes: &[Span]) -> Resolver<'d, 't> {
        let mut quotes = quotes.to_vec();
        quotes.sort_unstable();
        // [`inside_any`] for each name, the names being in text order: the
        // quotes that start at or before a name are counted with a cursor
        // that moves on (a binary search per name before), and only a name
        // that ends within the farthest end of the last few of them is
        // looked for in them (most names are outside quotes).
        let reach: Vec<usize> = (0..=quotes.len())
            .map(|before| {
                let last_few = &quotes[before.saturating_sub(NESTED_QUOTES)..before];
                last_few.iter().map(|quote| quote.end).max().unwrap_or(0)
            })
            .collect();
        let mut before = 0;
        for name in &mut self.names {
            while quotes.get(before).is_some_and(|quote| quote.start <= name.span.start) {
                before += 1;
            }
            name.quoted = reach[before] >= name.span.end
                && quotes[..before]
                    .iter()
                    .rev()
                    .take(NESTED_QUOTES)
                    .any(|quote| quote.contains(name.span));
        }
        self.quotes = quotes;
        // (What is worked out from which names are quoted.)
        self.narrative_persons = OnceCell::new();
        self.lede_person = Cell::new((0, None));
        self
    }

    /// The positions in `names` of the persons named outside quote marks.
    fn narrative_persons(&self) -> &[usize] {
        self.narrative_persons.get_or_init(|| {
            (self.names.iter().enumerate())
                .filter(|(_, name)| name.person && !name.quoted)
                .map(|(position, _)| position)
                .collect()
        })
    }

    /// The last person named outside quote marks among the first `before`
    /// names, by position in `names`.
    fn last_narrative_person(&self, before: usize) -> Option<usize> {
        let persons = self.narrative_persons();
        let count = persons.partition_point(|&position| position < before);
        count.checked_sub(1).map(|last| persons[last])
    }

    /// The first of the first `before` names that is a person named outside
    /// quote marks and outside the headline, and no body (`Veltra Airways
    /// grounded …`): the person a lede's role may be. The names are read in
    /// order, each once however often this is asked.
    fn first_narrative_person(&self, before: usize) -> Option<usize> {
        let (mut read, mut found) = self.lede_person.get();
        if found.is_none() && read < before {
            let title = self.doc.title();
            found = (read..before).find(|&position| {
                let name = &self.names[position];
                name.person && !name.quoted && Some(name.paragraph) != title && !self.mention_names_a_body(position)
            });
            read = found.map_or(before, |position| position + 1);
            self.lede_person.set((read, found));
        }
        found.filter(|&position| position < before)
    }

    /// The names that start before byte `offset` (names are in text
    /// order): a look back from a mention starts there, not at the end of
    /// the document, which made it quadratic in the names.
    fn names_before(&self, offset: usize) -> &[NameMention<'d>] {
        &self.names[..self.names.partition_point(|name| name.span.start < offset)]
    }

    /// Whether a preposition stands before token `index`, maybe with an
    /// article between (`of Ohio`, `against the Iraq War`): the name there
    /// is an object, not the person an aside after it describes.
    fn after_preposition(&self, index: usize) -> bool {
        let mut at = index;
        if at > 0 && self.tags.is(at - 1, WordClass::Determiner) {
            at -= 1;
        }
        at > 0 && self.tags.is(at - 1, WordClass::Preposition)
    }

    /// The names that start at or after byte `offset`.
    fn names_from(&self, offset: usize) -> &[NameMention<'d>] {
        &self.names[self.first_name_from(offset)..]
    }

    /// The position in `names` of the first name that starts at `offset` or
    /// after it.
    fn first_name_from(&self, offset: usize) -> usize {
        self.names.partition_point(|name| name.span.start < offset)
    }

    /// The first mention of distinct name `position`.
    fn distinct_name(&self, position: usize) -> &NameMention<'d> {
        &self.names[self.distinct[position]]
    }

    /// The fullest form in the document of a name given as lower-case words.
    fn canonical_name(&self, words: &[u32], display: &str, gender: Gender) -> String {
        // (`String::from`: `to_string` of an `Rc<str>` goes through the
        // formatter, padding and all.)
        String::from(&*self.canonical(words, display, gender))
    }

    /// Whether the canonical name of mention `position` of `names` names a
    /// body, asked once per mention (a role asks it of each name before it).
    fn mention_names_a_body(&self, position: usize) -> bool {
        *self.facts[position]
            .body
            .get_or_init(|| self.names_a_body(self.mention_canonical(position)))
    }

    /// The canonical name of mention `position` of `names`.
    fn mention_canonical(&self, position: usize) -> &Rc<str> {
        self.facts[position].canonical.get_or_init(|| {
            let name = &self.names[position];
            self.canonical(&name.words, &name.display, name.gender)
        })
    }

    /// [`Resolver::canonical_name`], shared with the cache. `gender` is
    /// the one stated beside the mention (`Mrs.`, `spokeswoman`): a fuller
    /// form whose given name tells the other one names someone else (`Mrs.
    /// Clinton` is not `Bill Clinton`).
    fn canonical(&self, words: &[u32], display: &str, gender: Gender) -> Rc<str> {
        // `in Kazakhstan Zhang Xiao`: drop a name run into the name.
        let held = |words: &[u32]| {
            self.distinct_of_words(words)
                .map(|position| self.distinct_name(position))
        };
        // (A name the document writes whole, kept whole when its mentions
        // were gathered: `The Sarnow Municipal Electoral Board`.)
        if runs_into_name(
            words,
            || held(words).is_some(),
            &self.name_words.borrow(),
            self.grammar,
            |word| held(std::slice::from_ref(&word)).map(|first| first.place),
            |rest| held(rest).is_some(),
        ) && let Some(space) = display.find(' ')
        {
            return self.canonical(&words[1..], &display[space + 1..], gender);
        }
        if words.is_empty() {
            return Rc::from(display);
        }
        let known = if gender == Gender::Unknown {
            self.cache.borrow().get(words).cloned()
        } else {
            self.gendered_cache.borrow().get(&(Words::from(words), gender)).cloned()
        };
        if let Some(known) = known {
            return known;
        }
        let table = self.name_words.borrow();
        // `Duncan Hunter Sr.` without `Sr.`
        let without_suffix = |name: &'_ [u32]| -> usize {
            let kept = name
                .iter()
                .rposition(|&word| !self.grammar.lexeme(table.word(word)).is(WordClass::NameSuffix));
            kept.map_or(0, |last| last + 1)
        };
        let opens_with_given_name =
            |name: &[u32]| self.grammar.given_name_gender(table.word(name[0])) != Gender::Unknown;
        // (`Team Trump`, `Navy SEAL Ty Woods`: a word the grammar lists
        // opens no one's name, unless it is a given name too.)
        let opens_like_a_name = |name: &[u32]| {
            let first = table.word(name[0]);
            opens_with_given_name(name)
                || !self.grammar.lexeme(first).is_listed() && !self.matcher.is_written_lower(first)
        };
        // A name's short form opens or ends it (`Gu` of `Gu Ming`, `Kaken`
        // of `Bikamal Kaken`); one only inside it is another name's (`China`
        // of `South China Sea`, though a speech verb stands beside it:
        // `Beijing's South China Sea claims`), unless a given name or a
        // particle tells it is a person's (`Tavares` of `Joaquim Luis
        // Tavares da Costa`).
        let short_form_of = |position: usize| {
            let name = self.distinct_name(position);
            let name_words = &name.words[..];
            // (Not the place after a body's `of`: `California` of `University
            // of California`.)
            let after_of =
                |kept: &[u32]| kept.len() > words.len() && table.word(kept[kept.len() - words.len() - 1]) == "of";
            name_words.starts_with(words)
                || name_words.ends_with(words) && !after_of(name_words)
                || name_words[..without_suffix(name_words)].ends_with(words)
                    && !after_of(&name_words[..without_suffix(name_words)])
                || opens_with_given_name(name_words)
                || name_words
                    .iter()
                    .any(|&word| self.grammar.lexeme(table.word(word)).is_particle())
        };
        let holding = self.names_holding(words[0]);
        let alike = self.by_shape.names(shape(&table, words));
        let fitting: SmallVec<[usize; 8]> = holding
            .iter()
            .copied()
            .take(MAX_CANDIDATES)
            .chain(alike.take(MAX_CANDIDATES))
            .filter(|&position| {
                let name = &self.distinct_name(position).words;
                contains_words(name, words) && short_form_of(position) || same_spelling(&table, name, words)
            })
            // (`the Trump-Clinton race`, `the Obama-Xi talks`: a word joined
            // to the name by a hyphen makes no fuller form of `Clinton` or
            // `Obama`.)
            .filter(|&position| !joined_to(&self.distinct_name(position).display, display))
            .filter(|&position| {
                let given = self.given_gender(&table, position, words);
                gender == Gender::Unknown || given == Gender::Unknown || given == gender
            })
            .collect();
        // The fullest form, unless it is a name of two words or more with
        // words run on after it, and occurs no more often than it: `Ted Cruz
        // Hints Trump` (a headline's words) and `Eric Trump Foundation` are
        // no fuller forms of `Ted Cruz` and `Eric Trump`. `Duncan Hunter Sr.`
        // and `Donald J. Trump` are.
        let run_on = |position: usize| {
            let name = &self.distinct_name(position).words;
            let Some(&first) = name.first() else {
                return false;
            };
            // (Worked out once, when first needed: it looks words up.)
            let mut bare_len = None;
            let runs_on_after = self.names_holding(first).iter().take(MAX_CANDIDATES).any(|&other| {
                let shorter = &self.distinct_name(other).words;
                shorter.len() >= 2
                    && shorter.len() < name.len()
                    && name.starts_with(shorter)
                    && self.mentions[other] >= self.mentions[position]
                    && *bare_len.get_or_insert_with(|| without_suffix(name)) > shorter.len()
            });
            // `the Real Donald Trump` (a book's title), `Certainly Donald
            // Trump`: one word the document also writes in lower case, run
            // on before a name of two words or more that occurs as often.
            let runs_on_before = || {
                let rest = &name[1..];
                // (The set of lower-case words last: it is gathered only
                // for a document that has such a pair.)
                rest.len() >= 2
                    && self.names_holding(rest[0]).iter().take(MAX_CANDIDATES).any(|&other| {
                        self.distinct_name(other).words.as_slice() == rest
                            && self.mentions[other] >= self.mentions[position]
                    })
                    && self.matcher.is_written_lower(table.word(first))
            };
            runs_on_after || runs_on_before()
        };
        // A surname is the end of a person's name (`Trump` of `Donald J.
        // Trump`), and the start of what is named after them (`Trump
        // University`): longer names that end with the words come first
        // (and where none does, `Gu` is `Gu Ming`).
        // A fuller form that opens with a word the document also writes in
        // lower case, or a function word, and no given name, goes last:
        // `Stop Trump`, `Never Trump`, `Using Ted Cruz` are no one's names
        // (the fullest form still goes first among the rest).
        let several = fitting.len() > 1;
        let rank = |position: usize| {
            let name = &self.distinct_name(position).words;
            let bare = &name[..without_suffix(name)];
            let ends_with = bare.len() > words.len() && bare.ends_with(words);
            let named = !(ends_with && several) || {
                let first = table.word(name[0]);
                self.grammar.given_name_gender(first) != Gender::Unknown
                    || !self.grammar.lexeme(first).is(WordClass::Stopword) && !self.matcher.is_written_lower(first)
            };
            // (`Costa` of `Joaquim Luis Tavares da Costa`, whom the text
            // calls `Tavares`, and of `Helena Costa`: the other one. A word
            // the name opens with says nothing: `Bernie`, `Ivanka` alone
            // are often written for one of several of a family.)
            let called_otherwise = ends_with
                && several
                && bare.len() > words.len() + 1
                && bare[1..bare.len() - words.len()].iter().any(|&word| {
                    self.grammar.given_name_gender(table.word(word)) == Gender::Unknown
                        && held(std::slice::from_ref(&word)).is_some_and(|single| single.person)
                });
            // (`Donald Trump` before `Team Trump`: of two fuller forms
            // ending with the words, and otherwise alike, the one that
            // opens like a name.)
            let like_a_name = !(ends_with && several) || opens_like_a_name(name);
            (ends_with, named, !called_otherwise, like_a_name, name.len())
        };
        // (Each candidate ranked once, the best kept with its rank.)
        let best = fitting
            .iter()
            .copied()
            .filter(|&position| self.distinct_name(position).words.as_slice() == words || !run_on(position))
            .map(|position| (rank(position), position))
            .fold(None, |best, (rank, position)| match best {
                Some((best_rank, best)) if best_rank >= rank => Some((best_rank, best)),
                _ => Some((rank, position)),
            })
            .map(|(_, position)| position);
        let canonical: Rc<str> = Rc::from(best.map_or(display, |position| &*self.distinct_name(position).display));
        if gender == Gender::Unknown {
            self.cache.borrow_mut().insert(words.into(), canonical.clone());
        } else {
            self.gendered_cache
                .borrow_mut()
                .insert((words.into(), gender), canonical.clone());
        }
        canonical
    }

    /// The gender that the given name of distinct name `position` tells,
    /// where it is a fuller form of `words` (`Bill Clinton` of `Clinton`).
    fn given_gender(&self, table: &NameWords, position: usize, words: &[u32]) -> Gender {
        let name = &self.distinct_name(position).words;
        if name.len() > words.len() {
            self.grammar.given_name_gender(table.word(name[0]))
        } else {
            Gender::Unknown
        }
    }

    /// A group or institution as written, article dropped and a
    /// sentence-initial common noun lower-cased ("Rights groups" → "rights
    /// groups", "Nuclear experts" → "nuclear experts" where the document
    /// writes "nuclear"); a person word that the document capitalizes
    /// inside its sentences keeps its capital ("the Democrats" →
    /// "Democrats", not "democrats"), as a party's members always do.
    fn plain_phrase(&self, first: usize, end: usize) -> String {
        let doc = self.doc;
        let span = Span::new(doc.tokens[first].span.start, doc.tokens[end - 1].span.end);
        // `the mayor's plan`: the holder is the mayor.
        let text = strip_possessive(strip_article(span.of(doc.text)));
        let first_word = text.split_whitespace().next().unwrap_or("");
        // (`CEO of the campaign` keeps its capitals.)
        let acronym = first_word.chars().skip(1).any(char::is_uppercase);
        if acronym || !first_word.chars().next().is_some_and(char::is_uppercase) {
            return text.to_string();
        }
        // Capitalized only because it opens the sentence: the document
        // writes it in lower case elsewhere, and the next word is in lower
        // case (not `The State Department`, `New Jersey governor`).
        let word_index = (first..end)
            .find(|&index| doc.word(index) == first_word)
            .unwrap_or(first);
        let opens_sentence = doc.opens_sentence_or_line(word_index);
        let next_lower = text
            .split_whitespace()
            .nth(1)
            .is_none_or(|next| !next.starts_with(char::is_uppercase));
        // (A person word that the document capitalizes inside its
        // sentences and never writes in lower case is a name's: `the
        // Democrats`, `Senate Republicans`.)
        // (Asked only of a person word: the answer reads the document's
        // word cases.)
        let lower = first_word.to_lowercase();
        // (`Democrats`, `Republicans`: a party's members, a proper noun
        // wherever the text writes it.)
        let party = || {
            self.grammar
                .lexeme(lower.strip_suffix('s').unwrap_or(&lower))
                .is(WordClass::Affiliation)
        };
        let proper = || {
            party() || self.matcher.is_written_capitalized_inside(first_word) && !self.matcher.is_written_lower(&lower)
        };
        let common = self.grammar.person_word(first_word).is_some() && !proper()
            || self.grammar.is_stopword(&lower)
            || opens_sentence && next_lower && self.matcher.is_written_lower(&lower);
        if !common {
            return text.to_string();
        }
        let mut chars = text.chars();
        let head = chars
            .next()
            .map(|c| c.to_lowercase().collect::<String>())
            .unwrap_or_default();
        head + chars.as_str()
    }

    /// The distinct names that hold word `word`.
    fn names_holding(&self, word: u32) -> &[usize] {
        self.by_word.names(word)
    }

    /// The distinct name of exactly these words, if the document has one:
    /// among the few names that hold its first word, or looked up where
    /// many do (a document may name a thousand `Ana … Ruiz`, and each
    /// canonical name asks this of its words and of their runs).
    fn distinct_of_words(&self, words: &[u32]) -> Option<usize> {
        let holding = self.names_holding(*words.first()?);
        if holding.len() <= FEW_HOLDING {
            return holding
                .iter()
                .copied()
                .find(|&position| self.distinct_name(position).words.as_slice() == words);
        }
        let by_words = self.distinct_by_words.get_or_init(|| {
            (0..self.distinct.len())
                .map(|position| (self.distinct_name(position).words.clone(), position))
                .collect()
        });
        by_words.get(words).copied()
    }

    /// Learns each person's gender: from an honorific or role word beside
    /// a mention (`Ms`, `spokeswoman`) first, else from a given name of
    /// `given_names.txt` (`Jake Sullivan`), else from the pronouns that
    /// follow the mentions with no other person in between.
    fn learn_genders(&mut self) {
        let doc = self.doc;
        // (Stated votes, pronoun votes, a salient mention among them.)
        let mut votes: FxHashMap<Rc<str>, (i32, i32, bool)> = FxHashMap::default();
        for (position, name) in self.names.iter().enumerate() {
            if !name.person {
                continue;
            }
            let stated = match name.gender {
                Gender::Male => 1,
                Gender::Female => -1,
                Gender::Unknown => 0,
            };
            // (A mention inside its sentence still states a gender, `his
            // daughter Ivanka Trump`; only a salient one's pronouns after it
            // are its own. Its given name, `One local woman, Karen Robison,
            // …`, is read when asked: see `gender_of`.)
            if !name.salient {
                if stated != 0 {
                    votes.entry(Rc::clone(self.mention_canonical(position))).or_default().0 += stated;
                }
                continue;
            }
            let canonical = Rc::clone(self.mention_canonical(position));
            let mut vote = 0;
            let next_person = self.names[position + 1..]
                .iter()
                .take(MAX_CANDIDATES)
                .find(|other| other.person && other.words != name.words)
                .map_or(usize::MAX, |other| other.span.start);
            let start = name.tokens.end;
            for index in start..(start + 40).min(doc.tokens.len()) {
                let token = doc.tokens[index];
                if token.span.start >= next_person {
                    break;
                }
                match doc.lower(index) {
                    "he" | "himself" => {
                        vote += 1;
                        break;
                    }
                    "she" | "herself" => {
                        vote -= 1;
                        break;
                    }
                    _ => {}
                }
            }
            let entry = votes.entry(canonical).or_default();
            entry.0 += stated;
            entry.1 += vote;
            entry.2 = true;
        }
        let gender = |vote: i32| match vote.signum() {
            1 => Gender::Male,
            -1 => Gender::Female,
            _ => Gender::Unknown,
        };
        let grammar = self.grammar;
        self.genders = votes
            .into_iter()
            .map(|(name, (stated, pronouns, salient))| {
                let given = || {
                    let mut words = name.split(' ');
                    match (words.next(), words.next()) {
                        (Some(first), Some(_)) => grammar.given_name_gender(first),
                        _ => Gender::Unknown,
                    }
                };
                let known = match gender(stated) {
                    Gender::Unknown => match given() {
                        Gender::Unknown => gender(pronouns),
                        given => given,
                    },
                    stated => stated,
                };
                (name, (known, salient))
            })
            .collect();
    }

    /// The gender learned for `canonical`; for a name with no salient
    /// mention and nothing stated, its given name's.
    fn gender_of(&self, canonical: &str) -> Gender {
        match self.genders.get(canonical) {
            Some(&(gender, _)) => gender,
            None => {
                let mut words = canonical.split(' ');
                match (words.next(), words.next()) {
                    (Some(first), Some(_)) => self.grammar.given_name_gender(first),
                    _ => Gender::Unknown,
                }
            }
        }
    }

    /// The canonical name of a speaker mention.
    pub fn resolve(&self, mention: Span) -> Option<String> {
        self.resolve_mention(mention, false)
    }

    /// [`Resolver::resolve`]; `relative` for the antecedent of a relative
    /// pronoun.
    fn resolve_mention(&self, mention: Span, relative: bool) -> Option<String> {
        let doc = self.doc;
        let first = doc.token_at_or_after(mention.start);
        let end = mention_end(doc, first, mention.end);
        let text = mention.of(doc.text);
        if let Some(pronoun) = self.pronoun_of(first, end, text) {
            return self.resolve_pronoun(mention, pronoun, None);
        }
        if let Some(name) = self.pronoun_holder(first, end) {
            return Some(name);
        }
        let matcher = &self.matcher;
        // `Sen. Ted Cruz, who said …`, `the polls that show …`: the
        // relative pronoun's antecedent, looked for back to the sentence
        // start. (Claims give `that` as a mention only where it is one.)
        if end == first + 1 && (self.tags.is(first, WordClass::Relative) || text.eq_ignore_ascii_case("that")) {
            let mut lower = first;
            while lower > 0 && first - lower < MAX_ANTECEDENT && !doc.ends_sentence(lower - 1) {
                lower -= 1;
            }
            // `Donald Trump is a serial liar, … and birther who has
            // pledged …`: a `who` after the complement of the sentence's
            // `is` or `was` stands for its subject, a person's name.
            if doc.lower(first) == "who"
                && let Some(linking) = (lower + 1..first)
                    .find(|&at| matches!(doc.lower(at), "is" | "was") && !inside_any(&self.quotes, doc.tokens[at].span))
                // (A noun phrase: no verb, no preposition but `of`; not
                // `Clinton is far ahead because of endorsements from
                // superdelegates, the party leaders who …`.)
                && (linking + 1..first).all(|at| {
                    !self.tags.is(at, WordClass::Finite)
                        && !self.matcher.is_verb_form(at)
                        && (!self.tags.is(at, WordClass::Preposition) || doc.lower(at) == "of")
                })
                && let Some(position) = self.names_before(doc.tokens[linking].span.start).len().checked_sub(1)
                && self.names[position].tokens.end == linking
                // (The sentence's subject, maybe after a label: `Editor’s
                // note: Donald Trump is …`.)
                && (self.names[position].tokens.start == lower
                    || self.names[position].tokens.start > lower && doc.word(self.names[position].tokens.start - 1) == ":")
                && self.names[position].person
            {
                return Some(String::from(&**self.mention_canonical(position)));
            }
            let antecedent = matcher.antecedent(first, lower)?;
            // (`Bob Hale, a superdelegate and Clinton supporter who has
            // accused …`: the aside names the person before its comma.)
            if antecedent.start > lower + 1 && doc.word(antecedent.start - 1) == "," && doc.lower(first) == "who" {
                let comma = doc.tokens[antecedent.start - 1].span.start;
                let before = self.names_before(comma);
                if let Some(position) = before.len().checked_sub(1)
                    && before[position].tokens.end == antecedent.start - 1
                    && (before[position].person || self.tags.is(antecedent.start, WordClass::Determiner))
                    && !before[position].place
                    && !self.after_preposition(before[position].tokens.start)
                {
                    return Some(String::from(&**self.mention_canonical(position)));
                }
            }
            let span = Span::new(
                doc.tokens[antecedent.start].span.start,
                doc.tokens[antecedent.end - 1].span.end,
            );
            return self.resolve_mention(span, true);
        }
        // `The 52-year-old said`: an age stands for the person the text
        // spoke of last.
        if end == first + 6
            && doc.lower(first) == "the"
            && doc.tokens[first + 1].class == TokenClass::Number
            && doc.word(first + 2) == "-"
            && doc.lower(first + 3) == "year"
            && doc.word(first + 4) == "-"
            && doc.lower(first + 5) == "old"
        {
            return self
                .last_person(mention)
                .or_else(|| Some(self.plain_phrase(first, end)));
        }
        // `Six in 10 Republicans`, `85% of Democrats`: a share of those
        // asked is no one's name, whatever its first word's capital.
        if matcher.opens_with_share(first) {
            return Some(self.plain_phrase(first, end));
        }
        // The last proper name inside the mention names the speaker.
        let mut found_name: Option<(Words, Cow<'d, str>, Gender)> = None;
        let mut found_start = first;
        // Where the last name found ends: common nouns after it make it a
        // modifier (`her Twitter account`, `the Trump campaign`).
        let mut last_name_end = first;
        // `Ana Ruiz and Tom Hale`: the canonical name of the first of a pair.
        let mut paired = None;
        // `Carson, Fiorina and Huckabee`: the names listed before a pair's.
        let mut listed: Vec<String> = Vec::new();
        // The kind of person word a token is, if any.
        let kind = |word: usize| self.tags.lexeme(word).person.map(|entry| entry.kind);
        let title = |word: usize| matches!(kind(word), Some(PersonWordKind::Role | PersonWordKind::Honorific));
        // `Pennsylvania Gov. and Chairman Ed Rendell`: words before `and`
        // that end with a title the name after it shares are no one's name
        // (`Mr. Singer and Mr. Faso` are two people).
        let shares_title = |words: Range<usize>| {
            let mut words = words.filter(|&word| doc.tokens[word].class == TokenClass::Word);
            let first_word = words.next();
            let last_word = words.next_back();
            first_word.is_some_and(|first_word| !title(first_word)) && last_word.is_some_and(title)
        };
        let mut index = first;
        // Where the mention's words end: before a party and state tag.
        let mut words_end = end;
        while index < end {
            if found_name.is_some() && doc.word(index) == "(" {
                words_end = index; // `Trey Gowdy (R-S.C.)`: a party and state tag
                break;
            }
            // `Secretary of State John Kerry`: no name starts inside a title.
            let title_start = index;
            if self.tags.is_capitalized(index)
                && let Some(title_end) = matcher.title_phrase_end(index, end)
            {
                index = title_end;
            }
            if index < end
                && self.tags.is_capitalized(index)
                && let Some(name_end) = matcher.name_end(index, end)
            {
                let (words, display, gender) =
                    name_words(doc, self.tags, &mut self.name_words.borrow_mut(), index..name_end);
                if !words.is_empty() {
                    // (A pair's first name ends at its `and`; a list's
                    // names before it each at a comma, maybe with `the`
                    // after it: `Vietnam, the Philippines and Taiwan`.)
                    let listed_next = last_name_end < index
                        && doc.word(last_name_end) == ","
                        && (last_name_end + 1 == title_start
                            || last_name_end + 2 == title_start && doc.lower(last_name_end + 1) == "the");
                    if let Some((previous_words, previous_display, previous_gender)) = &found_name {
                        let previous = || self.canonical_name(previous_words, previous_display, *previous_gender);
                        // (`Carson, Fiorina, and Huckabee`: a list's `and`
                        // may have a comma before it.)
                        let serial =
                            !listed.is_empty() && last_name_end + 2 == title_start && doc.word(last_name_end) == ",";
                        // (`Environment and Energy Minister Luka Brenner`:
                        // one word before `and` that names no person the
                        // story gives a fuller name (a body's may be
                        // `Environment and Energy Ministry`), and a title
                        // after it whose role has a modifier, are the title's.)
                        let modifies_title = || {
                            previous_words.len() == 1
                                && last_name_end == found_start + 1
                                && !title(title_start)
                                && (title_start + 1..name_end.saturating_sub(1)).any(title)
                                && self.grammar.given_name_gender(doc.lower(found_start)) == Gender::Unknown
                                && {
                                    let previous = previous();
                                    !previous.contains(' ') || self.names_a_body(&previous)
                                }
                        };
                        if title_start > 0
                            && doc.lower(title_start - 1) == "and"
                            && (last_name_end + 1 == title_start || serial)
                            && !shares_title(found_start..last_name_end)
                            && !modifies_title()
                        {
                            listed.push(previous());
                            paired = Some(listed.join(", "));
                        } else if listed_next {
                            listed.push(previous());
                        } else {
                            listed.clear();
                        }
                    }
                    found_name = Some((words, display, gender));
                    found_start = index;
                    last_name_end = name_end;
                }
                // `Jeffrey Lewis of the James Martin Center`: a person's name,
                // then where they work.
                // A person's name, maybe with a title: `Senator Bernie
                // Sanders of Vermont` is Bernie Sanders.
                let person = (index..name_end).all(|word| kind(word).is_none() || title(word))
                    && (index..name_end).any(|word| kind(word).is_none() && self.tags.is_capitalized(word));
                let preposition = name_end < end
                    && self.tags.is(name_end, WordClass::RolePreposition)
                    && doc.lower(name_end) != "and";
                if person && preposition {
                    words_end = name_end;
                    break;
                }
                // `the Illinois Board of Elections`: an institution's name
                // goes on past its preposition.
                // (Not `Ambassador to France`: a role with a place.)
                let role = (index..name_end)
                    .any(|word| matches!(kind(word), Some(PersonWordKind::Role | PersonWordKind::Group)));
                if !role && preposition && name_end + 1 < end && self.tags.is_capitalized(name_end + 1) {
                    let written = Span::new(doc.tokens[index].span.start, doc.tokens[end - 1].span.end);
                    return Some(written.of(doc.text).to_string());
                }
                index = name_end;
                continue;
            }
            if index == title_start {
                index += 1;
            }
        }
        let has_head = (first..words_end).any(|index| {
            kind(index).is_some_and(|kind| kind != PersonWordKind::Honorific && kind != PersonWordKind::Particle)
        });
        let modifier = (last_name_end..words_end).any(|index| {
            doc.tokens[index].class == TokenClass::Word
                && !self.tags.is_capitalized(index)
                && doc.lower(index) != "and"
                && self.tags.lexeme(index).pronoun.is_none() // `Cruz himself`
        });
        // `an adviser to Donald Trump`: the name is the object of the
        // head's preposition, and the adviser speaks. (`a spokesman for the
        // Ministry of Defense` is the ministry speaking.)
        let governed = found_start > first + 1
            && self.tags.is(found_start - 1, WordClass::RolePreposition)
            && (first..found_start - 1).any(|index| {
                self.tags
                    .lexeme(index)
                    .person
                    .is_some_and(|entry| matches!(entry.kind, PersonWordKind::Role | PersonWordKind::Group))
            });
        // `one senior Democrat`, `a Republican`: a party's word alone after
        // a determiner or modifiers is a noun for one member, no name.
        let party_noun = found_start > first
            && last_name_end == words_end
            && found_name.as_ref().is_some_and(|(words, _, _)| words.len() == 1)
            && self.tags.is(found_start, WordClass::Affiliation);
        // `Drop in primary turnout`, `The Latest`, `Hundreds of voters`: a
        // word capitalized only because it opens its sentence (the document
        // writes it in lower case, and never with its capital inside a
        // sentence) is no name, one word alone or after an article; what
        // follows (a name in apposition, a role's antecedent, the phrase
        // itself) names the speaker.
        let opens = |index: usize| doc.opens_sentence_or_line(index);
        // (Asked last, where the name would be taken. A name with a fuller
        // form, `Trump` of `Donald Trump`, is one whatever its cases: asked
        // first, as the word cases are gathered for the whole document once
        // asked often.)
        let sentence_opener = |(words, display, gender): &(Words, Cow<'d, str>, Gender)| {
            words.len() == 1
                && (opens(found_start)
                    || opens(first) && (first..found_start).all(|index| matches!(doc.lower(index), "the" | "a" | "an")))
                && !self.canonical(words, display, *gender).contains(' ')
                && *self.common_words.borrow_mut().entry(words[0]).or_insert_with(|| {
                    self.matcher.is_written_lower(doc.lower(found_start))
                        && !self.matcher.is_written_capitalized_inside(display)
                })
        };
        if party_noun {
            return Some(self.plain_phrase(first, end));
        }
        // `The mayor of Ardley, Tom Becker, said`, `Her neighbour, retired
        // teacher John Hale, said`: a role that holds no name, or only one
        // in a phrase after it (a place's or a body's), is the person named
        // in the aside after it. (Not one of a pair, nor a list's next
        // item: `former governor Jeb Bush, Ohio Gov. John Kasich, …`.)
        let role_head = (first..words_end)
            .rev()
            .find(|&index| role_word(self.tags, index).is_some());
        if let Some(head) = role_head
            && (found_name.is_none()
                || found_start > head + 1 && self.tags.is(found_start - 1, WordClass::Preposition)
                || found_start > head + 2
                    && doc.lower(found_start - 1) == "the"
                    && self.tags.is(found_start - 2, WordClass::Preposition))
            && !(first..end).any(|index| doc.lower(index) == "and")
            && let Some(position) = self.apposed_person(end)
        {
            return Some(String::from(&**self.mention_canonical(position)));
        }
        // A noun right after a name ends the mention, with only `the`
        // before the name: a document or a body the name holds.
        if let Some((words, display, gender)) = &found_name
            && paired.is_none()
            && last_name_end + 1 == words_end
            && words_end == end
            && (first..found_start).all(|index| doc.lower(index) == "the")
        {
            // `According to Marwood's report`, `Trump's tweet`: a document
            // someone's possessive holds speaks for its holder (not a day's:
            // `Friday's ruling`).
            if self.tags.is(last_name_end, WordClass::DocumentNoun)
                && crate::attribute::is_possessive(doc.word(last_name_end - 1))
                && {
                    let holder = self
                        .grammar
                        .lexeme(&strip_possessive(doc.word(found_start)).to_lowercase());
                    !holder.is(WordClass::Calendar) && !holder.is(WordClass::Month)
                }
            {
                return Some(self.canonical_name(words, display, *gender));
            }
            // `the Clinton campaign`, `Clinton’s campaign`, `Hillary
            // Clinton's campaign`: one body, named by its holder's canonical
            // name and its noun (not `Clinton’s campaign manager`, a
            // person), where the holder is a person: with an honorific, or a
            // given name in the fullest form (not `Black voters`, `Cleveland
            // police`).
            if !self.tags.is_capitalized(last_name_end)
                && self
                    .tags
                    .lexeme(last_name_end)
                    .person
                    .is_some_and(|entry| matches!(entry.kind, PersonWordKind::Institution | PersonWordKind::Group))
            {
                let holder = self.canonical_name(words, display, *gender);
                // (The words as written end the fullest form, as a surname
                // does: not `German` of `German Energy Transition`.)
                let given = || {
                    holder.split_once(' ').is_some_and(|(given, _)| {
                        self.grammar.given_name_gender(given) != Gender::Unknown && holder.ends_with(&**display)
                    })
                };
                // (Nor a party's word: `the Republican officials`.)
                let party = words.len() == 1 && self.tags.is(found_start, WordClass::Affiliation);
                if (*gender != Gender::Unknown || given()) && !party && !self.names_a_body(&holder) {
                    return Some(format!("{holder}'s {}", doc.lower(last_name_end)));
                }
            }
        }
        if let Some(found) = found_name
            && (!has_head
                || self.ends_with_name(first, words_end)
                // (`U.N. chief Ban Ki-moon`, `Vice President Joseph R.
                // Biden Jr.`: a name that ends the mention in a lower-case
                // syllable or a suffix's point.)
                || last_name_end == words_end
                    && words_end > first
                    && !self.tags.is_capitalized(words_end - 1))
            && !modifier
            && !sentence_opener(&found)
        {
            let (words, display, gender) = found;
            let name = self.canonical_name(&words, &display, gender);
            // (`China's ambassador in Kazakhstan Zhang Xiao`: a place run
            // into the name, which is the ambassador's; not a party label,
            // `supporters of Democrat Ana Ruiz`.)
            let place_dropped = !self.tags.is(found_start, WordClass::Affiliation)
                && display
                    .split(' ')
                    .next()
                    .is_some_and(|first_word| !name.split(' ').any(|word| word == first_word));
            // (`Six Gannett newspapers in New Jersey`: a place after a
            // common noun, which is what speaks; not a body, `an editorial
            // in The Des Moines Register`, `a report in the Interior
            // Ministry`.)
            let placed = found_start > first + 1
                && doc.word(found_start) != "The"
                && !self.names_a_body(&name)
                && matches!(doc.lower(found_start - 1), "in" | "at" | "across" | "throughout")
                && doc.tokens[found_start - 2].class == TokenClass::Word
                && !self.tags.is_capitalized(found_start - 2);
            // `the popularity of Mr. Trump`, `a lawmaker in the Philippines`,
            // `One pastor supporting Mr. Cruz`: a name in the phrase of a
            // lower-case noun is that noun's complement, and the noun
            // speaks. (Not a relative pronoun's antecedent: the pronoun
            // stands for the name, the noun nearest, `the brainchild of Mr.
            // Brown, who`, `the founder of the Free State Project that`.)
            let complement = paired.is_none() && !relative && self.complements_head(first, found_start);
            if (governed || placed || complement) && !place_dropped {
                return Some(self.plain_phrase(first, end));
            }
            return Some(match paired {
                Some(first_name) => format!("{first_name} and {name}"),
                None => name,
            });
        }
        // `The mayor, Tom Reed, said`, `a spokesman for Ukraine's Foreign
        // Ministry, Oleg Voloshyn`: a name in apposition to a role (not
        // after a body's proper name alone: `According to the European
        // Commission, Poland faces …`).
        let body_name = self.tags.is_capitalized(end - 1)
            && kind(end - 1) == Some(PersonWordKind::Institution)
            && !(first..end - 1).any(|word| matches!(kind(word), Some(PersonWordKind::Role | PersonWordKind::Group)));
        // (After `according to`, the comma ends the phrase, and a name
        // after it opens the main clause unless a comma closes it too:
        // `According to the mayor, Tom Reed, the plan …`, not `According to
        // her advisers, Mrs. Clinton has worried …`.)
        let after_according_to = first >= 2 && doc.lower(first - 2) == "according" && doc.lower(first - 1) == "to";
        if has_head
            && !body_name
            && end + 1 < doc.tokens.len()
            && doc.word(end) == ","
            && let Some(name) = self
                .names_from(doc.tokens[end + 1].span.start)
                .first()
                .filter(|name| name.span.start == doc.tokens[end + 1].span.start)
            && (!after_according_to || name.tokens.end < doc.tokens.len() && doc.word(name.tokens.end) == ",")
        {
            let canonical = self.canonical_name(&name.words, &name.display, name.gender);
            // `The Democratic candidates, Hillary Clinton and Senator Bernie
            // Sanders,`: a group's apposition that lists two people names
            // both; a role's names no one of them.
            if name.tokens.end + 1 < doc.tokens.len() && doc.lower(name.tokens.end) == "and" {
                let next = self
                    .names_from(doc.tokens[name.tokens.end + 1].span.start)
                    .first()
                    .filter(|next| {
                        (name.tokens.end + 1..next.tokens.start).all(|index| role_word(self.tags, index).is_some())
                            && (next.tokens.end == doc.tokens.len()
                                || doc.tokens[next.tokens.end].class == TokenClass::Punct)
                    });
                return match next {
                    Some(next) if kind(end - 1) == Some(PersonWordKind::Group) => Some(format!(
                        "{canonical} and {}",
                        self.canonical_name(&next.words, &next.display, next.gender)
                    )),
                    _ => Some(self.plain_phrase(first, end)),
                };
            }
            return Some(canonical);
        }
        // `The state insurer, the National Health Fund, said`, `The
        // regulator, the Vellmark Maritime Safety Agency, said`: a body's
        // noun (or a role's) is the body named in apposition after it,
        // `the` and a name that ends in an institution word, closed by a
        // comma (not a list's next item: `the union, the Safety Agency and
        // the ministry`).
        if has_head
            && !(first..end).any(|index| self.tags.is_capitalized(index) && !doc.opens_sentence_or_line(index))
            && matches!(kind(end - 1), Some(PersonWordKind::Institution | PersonWordKind::Role))
            && end + 3 < doc.tokens.len()
            && doc.word(end) == ","
            && doc.lower(end + 1) == "the"
            && let Some(name) = self
                .names_from(doc.tokens[end + 2].span.start)
                .first()
                .filter(|name| name.span.start == doc.tokens[end + 2].span.start)
            && let Some(name_end) = name.tokens.end.checked_sub(1)
            && kind(name_end) == Some(PersonWordKind::Institution)
            && name_end + 1 < doc.tokens.len()
            && matches!(doc.word(name_end + 1), "," | ".")
        {
            return Some(self.canonical_name(&name.words, &name.display, name.gender));
        }
        // `the senator and his allies`: the role before `and` names its
        // person, and the rest, another party with its own determiner,
        // stays as written (`the delegate and conservative activist` is
        // one person).
        let and = (first + 1..end.saturating_sub(1))
            .find(|&index| doc.lower(index) == "and" && self.tags.is(index + 1, WordClass::Determiner));
        if let Some(name) = self.role_antecedent(first, and.unwrap_or(end)) {
            return Some(match and {
                Some(and) => {
                    let rest = Span::new(doc.tokens[and].span.start, doc.tokens[end - 1].span.end);
                    format!("{name} {}", rest.of(doc.text))
                }
                None => name,
            });
        }
        if let Some(name) = self
            .lede_role(first, end)
            .or_else(|| self.lede_body(first, end))
            .or_else(|| self.operator_body(first, end))
            .or_else(|| self.document_issuer(first, end))
        {
            return Some(name);
        }
        if let Some(name) = self
            .introduced_body(first, end)
            .or_else(|| self.described_body(first, end))
            .or_else(|| self.unnamed_antecedent(first, end))
            .or_else(|| self.role_for_body(first, end))
            .or_else(|| self.business_by_name(first, end))
        {
            return Some(name);
        }
        Some(self.plain_phrase(first, end))
    }

    /// `The company` for a business the story never introduced by a noun
    /// of the `business` class: the one body named before token `first`
    /// whose name ends in a word of the `business_name` class (`Brightwell
    /// Energy`, `Ostrian Hydro`); none where two are so named.
    fn business_by_name(&self, first: usize, end: usize) -> Option<String> {
        let doc = self.doc;
        let noun = end - 1;
        if noun != first + 1
            || !matches!(doc.lower(first), "the" | "this")
            || self.tags.is_capitalized(noun)
            || !self.tags.is(noun, WordClass::Business)
        {
            return None;
        }
        let (first_start, first_body, second_start) = self.business_names.get_or_init(|| {
            let mut first_start = usize::MAX;
            let mut first_body: Option<Rc<str>> = None;
            for (position, name) in self.names.iter().enumerate() {
                let last = name.tokens.end - 1;
                if name.tokens.len() < 2
                    || !self.tags.is(last, WordClass::BusinessName)
                    || !self.tags.is_capitalized(last)
                {
                    continue;
                }
                let canonical = self.mention_canonical(position);
                match &first_body {
                    None => {
                        first_start = name.span.start;
                        first_body = Some(canonical.clone());
                    }
                    Some(body) if **body != **canonical => return (first_start, first_body, name.span.start),
                    Some(_) => {}
                }
            }
            (first_start, first_body, usize::MAX)
        });
        let start = doc.tokens[first].span.start;
        (*first_start < start && start <= *second_start)
            .then(|| first_body.as_deref().map(String::from))
            .flatten()
    }

    /// `a spokesman for the office`: a role whose phrase names a body by its
    /// noun (`for`, `of` or `at`, `the` and the noun), with the body that
    /// noun names alone where it names one (`a spokesman for the Westmark
    /// State Environment Office`).
    fn role_for_body(&self, first: usize, end: usize) -> Option<String> {
        let doc = self.doc;
        let the = end
            .checked_sub(2)
            .filter(|&the| the >= first + 2 && doc.lower(the) == "the")?;
        let preposition = the - 1;
        if !matches!(doc.lower(preposition), "for" | "of" | "at")
            || !matches!(doc.lower(first), "a" | "an" | "the")
            || role_word(self.tags, preposition - 1).is_none()
            || !(first + 1..preposition).all(|index| !self.tags.is_capitalized(index))
            || !self.is_institution_noun(end - 1)
        {
            return None;
        }
        let body = self
            .role_antecedent(the, end)
            .or_else(|| self.introduced_body(the, end))
            .or_else(|| self.business_by_name(the, end))?;
        let role = self.plain_phrase(first, the);
        // (`the Westmark State Environment Office` as the story writes it,
        // `Ostrian Hydro` too.)
        let with_the = *self
            .written_with_the
            .borrow_mut()
            .entry(body.clone())
            .or_insert_with(|| {
                let written = |article: &str| {
                    memchr::memmem::find(doc.text.as_bytes(), format!("{article} {body}").as_bytes()).is_some()
                };
                written("the") || written("The")
            });
        let article = if with_the { "the " } else { "" };
        Some(format!("{role} {article}{body}"))
    }

    /// `the headman said the water was still brown. « … », Tomás Ngala
    /// said`: a role that no name before it fits is the person the next
    /// sentence names as a speaker, right after the role's sentence in
    /// its paragraph, with no other name between, no role of their own
    /// and no gender other than the role's.
    fn role_named_next(&self, first: usize, end: usize) -> Option<String> {
        let doc = self.doc;
        let head = end - 1;
        let role_gender = role_word(self.tags, head)?.gender;
        if doc.lower(first) != "the" || !(first + 1..head).all(|index| self.is_lower_modifier(index)) {
            return None;
        }
        let position = self.first_name_from(doc.tokens[head].span.end);
        let name = self.names.get(position)?;
        let Range { start, end: name_end } = name.tokens;
        let paragraph = doc
            .paragraphs
            .partition_point(|paragraph| paragraph.span.end <= doc.tokens[head].span.start);
        if start > end + MAX_NEXT_SPEAKER_REACH
            || name.paragraph != paragraph
            || !name.person
            || name.quoted
            || name.introduced
            || name.words.len() < 2
        {
            return None;
        }
        // (Its sentence the one after the role's: one sentence end between,
        // none inside the quote marks' words.)
        let sentence_ends = (end..start)
            .filter(|&index| doc.ends_sentence(index) && !inside_any(&self.quotes, doc.tokens[index].span))
            .count();
        let speaks = name_end < doc.tokens.len() && self.matcher.is_speech_verb(name_end)
            || start > 0 && self.matcher.is_speech_verb(start - 1);
        let canonical = self.mention_canonical(position);
        let gender = self.gender_of(canonical);
        (sentence_ends == 1
            && speaks
            && !self.names_a_body(canonical)
            && (role_gender == Gender::Unknown || gender == Gender::Unknown || gender == role_gender))
            .then(|| String::from(&**canonical))
    }

    /// `His campaign said`, `her aides say`: `his` or `her`, lower-case
    /// modifiers and a group or institution noun are the group or body of
    /// the person the pronoun stands for (`Donald Trump's campaign`), as a
    /// name's possessive makes them; none where it stands for no one.
    fn pronoun_holder(&self, first: usize, end: usize) -> Option<String> {
        let doc = self.doc;
        let head = end.checked_sub(1)?;
        if head <= first
            || head - first > MAX_ROLE_MODIFIERS + 1
            || !matches!(doc.lower(first), "his" | "her")
            || self.tags.is_capitalized(head)
            || !self
                .tags
                .lexeme(head)
                .person
                .is_some_and(|entry| matches!(entry.kind, PersonWordKind::Group | PersonWordKind::Institution))
            || !(first + 1..head).all(|index| self.is_lower_modifier(index))
        {
            return None;
        }
        let pronoun = *self.grammar.pronoun(doc.lower(first))?;
        let holder = self.resolve_pronoun(doc.tokens[first].span, pronoun, None)?;
        // (A person the text gives a gender: not a headline's words in
        // capitals that a pronoun reached, `DOCTORS DON'T WANT`.)
        if self.names_a_body(&holder) || self.gender_of(&holder) == Gender::Unknown {
            return None;
        }
        let rest = Span::new(doc.tokens[first + 1].span.start, doc.tokens[head].span.end);
        Some(format!("{holder}'s {}", rest.of(doc.text)))
    }

    /// `the lineman` after `A Northvale lineman who has worked … said`: a
    /// noun alone after `the` names the unnamed source that a speaker
    /// mention opened by `a`, `an` or `one` and ending in the same noun
    /// introduced not long before, as that mention's plain phrase. (A
    /// person word the lexicon lists goes through the roles first.)
    fn unnamed_antecedent(&self, first: usize, end: usize) -> Option<String> {
        let doc = self.doc;
        let noun = end - 1;
        if end != first + 2
            || doc.lower(first) != "the"
            || self.tags.is_capitalized(noun)
            || doc.tokens[noun].class != TokenClass::Word
        {
            return None;
        }
        self.earlier_mention(first, |mention_first, mention_end| {
            // (Its head the noun, no name's word nor a phrase's: not `an
            // executive at the Clinton Foundation`.)
            matches!(doc.lower(mention_first), "a" | "an" | "one")
                && doc.lower(mention_end - 1) == doc.lower(noun)
                && !self.tags.is_capitalized(mention_end - 1)
                && !(mention_first + 1..mention_end).any(|index| self.tags.is(index, WordClass::Preposition))
        })
    }

    /// Whether the name starting at token `name` inside the mention from
    /// `first` stands in the phrase of a lower-case noun before it: after
    /// a preposition or a participle (and maybe `the`) that follows the
    /// noun, `the rise of Bannon`, `a person close to the Clintons`, `One
    /// pastor supporting Mr. Cruz`. Not where the phrase gives the source
    /// of something said (`an email from Neera Tanden`, `data from the
    /// FBI`, `a survey conducted by WBUR`, `an editorial in the Register`;
    /// but `a letter to Facebook` names whom it was addressed to).
    fn complements_head(&self, first: usize, name: usize) -> bool {
        let (doc, tags) = (self.doc, self.tags);
        let Some(mut link) = name.checked_sub(1) else {
            return false;
        };
        // (Past a title before the name: `The office of Prime Minister
        // Stefan Aurel`.)
        let mut title = link;
        while title > first && tags.is_capitalized(title) && doc.tokens[title].class == TokenClass::Word {
            title -= 1;
        }
        if title < link && (title + 1..=link).any(|index| role_word(tags, index).is_some()) {
            link = title;
        }
        if link > first && doc.word(link) == "the" {
            link -= 1;
        }
        if link <= first || tags.is_capitalized(link) || doc.tokens[link].class != TokenClass::Word {
            return false;
        }
        let word = doc.lower(link);
        // (Not the end of an adjective, `a confident-seeming Manafort`.)
        let participle = crate::tag::ing_shaped(word) && !crate::tag::after_joined_word(doc, link);
        if !tags.is(link, WordClass::Preposition) && !participle {
            return false;
        }
        let head = (first..link).any(|index| {
            doc.tokens[index].class == TokenClass::Word
                && !tags.is_capitalized(index)
                && !tags.is(index, WordClass::Determiner)
                && !tags.is(index, WordClass::Quantifier)
        });
        let person = (first..link).any(|index| tags.lexeme(index).person.is_some());
        // (`a letter to Facebook`: the phrase names whom it was addressed to.)
        let said = !tags.is(link, WordClass::Addressee)
            && (first..link).any(|index| tags.is(index, WordClass::DocumentNoun) || tags.is(index, WordClass::Media));
        head && !said && (person || !matches!(word, "by" | "from"))
    }

    /// The salient person named last before `mention` (outside quotations,
    /// of a gender the text gives), within a pronoun's reach: whom `the
    /// 52-year-old` stands for.
    fn last_person(&self, mention: Span) -> Option<String> {
        let paragraph = self
            .doc
            .paragraphs
            .partition_point(|paragraph| paragraph.span.end < mention.start);
        for (position, name) in self.names_before(mention.start).iter().enumerate().rev() {
            if name.paragraph + PRONOUN_REACH < paragraph {
                break;
            }
            if !name.person || !name.salient || name.quoted || name.placed {
                continue;
            }
            let canonical = self.mention_canonical(position);
            let facts = *self.facts[position]
                .pronoun
                .get_or_init(|| self.pronoun_facts(canonical));
            // (A person the text gives a gender, by a pronoun, a title or a
            // given name: not `Slovenia` of `the Slovenia-born former model`.)
            if !(facts.body || facts.thing || facts.place) && self.gender_of(canonical) != Gender::Unknown {
                return Some(String::from(&**canonical));
            }
        }
        None
    }

    /// The person's name (its position in `names`) in an aside set off by
    /// commas right after the mention ending at token `end`, maybe after a
    /// few lower-case words of a role (`, retired teacher John Hale,`): a
    /// person's name of two words or more.
    fn apposed_person(&self, end: usize) -> Option<usize> {
        let doc = self.doc;
        let tokens = doc.tokens.len();
        if end + 2 >= tokens || doc.word(end) != "," {
            return None;
        }
        let mut at = end + 1;
        while at < (end + 1 + MAX_ROLE_MODIFIERS).min(tokens)
            && doc.tokens[at].class == TokenClass::Word
            && !self.tags.is_capitalized(at)
            && !self.tags.is(at, WordClass::Stopword)
        {
            at += 1;
        }
        // (The role's words end in a role noun: `retired teacher`.)
        if at > end + 1 && role_word(self.tags, at - 1).is_none() {
            return None;
        }
        let position = self.first_name_from(doc.tokens.get(at)?.span.start);
        let name = self.names.get(position).filter(|name| name.tokens.start == at)?;
        let closed = name.tokens.end < tokens && doc.word(name.tokens.end) == ",";
        (closed && name.person && !name.place && name.words.len() >= 2).then_some(position)
    }

    /// `the statement`, `the letter`: whoever a verb of speech made speak
    /// `in a statement` (or `in the`, `in its` …) a little before, as the
    /// speaker's mention resolves (`…, police said in a statement. …, the
    /// statement said.` is the police's).
    fn document_issuer(&self, first: usize, end: usize) -> Option<String> {
        let doc = self.doc;
        if end != first + 2
            || !matches!(doc.lower(first), "the" | "this" | "that")
            || !self.tags.is(first + 1, WordClass::DocumentNoun)
        {
            return None;
        }
        let noun = doc.lower(first + 1);
        // (Right after a verb of speech, maybe past a day: `said Monday in
        // a statement`; not `the biases shown in the report`.)
        let issued_in = (first.saturating_sub(MAX_ISSUER_REACH) + 3..first).rev().find(|&at| {
            doc.lower(at) == noun
                && doc.lower(at - 2) == "in"
                && (self.tags.is(at - 1, WordClass::Determiner) && doc.lower(at - 1) != "that")
                && (self.matcher.is_speech_verb(at - 3)
                    || at >= 4 && self.tags.is(at - 3, WordClass::Calendar) && self.matcher.is_speech_verb(at - 4))
        })?;
        let in_start = doc.tokens[issued_in - 2].span.start;
        let before = self.speakers.partition_point(|speaker| speaker.end <= in_start);
        let speaker = *self.speakers[..before].last()?;
        (speaker.start >= doc.tokens[doc.sentence_start(issued_in)].span.start)
            .then(|| self.resolve(speaker))
            .flatten()
    }

    /// `Castland's energy secretary on Monday defended …` in a wire story's
    /// lede, then `"…," Clara Whitcombe told the BBC.`: a role that ends the
    /// mention, with `the` or a possessive before it, where the text names
    /// no person before it (outside the headline), stands for the first
    /// person the next paragraph names in full as a speaker, with no role
    /// of their own and of no other gender.
    fn lede_role(&self, first: usize, end: usize) -> Option<String> {
        let doc = self.doc;
        let head = end - 1;
        // `the head of the regional health authority`: an office of a body
        // (a lower-case institution noun ending the mention, after `of`),
        // whatever the word for the office.
        let office = (first + 2..head)
            .find(|&at| doc.lower(at) == "of")
            .filter(|_| self.is_institution_noun(head))
            .map(|_| doc.lower(head));
        let role_gender = match office {
            Some(_) => Gender::Unknown,
            None => role_word(self.tags, head)?.gender,
        };
        // (`the airline's chief executive`, its article maybe outside the
        // mention.)
        let possessor = is_possessive(doc.word(first))
            && (self.tags.is_capitalized(first) || first > 0 && doc.lower(first - 1) == "the");
        // (`its chief executive`: the body's the lede names.)
        if self.tags.is_capitalized(head) || !(matches!(doc.lower(first), "the" | "its") || possessor) {
            return None;
        }
        let start = doc.tokens[first].span.start;
        let (paragraph, _) = self.lede_paragraph(start)?;
        // (Where a paragraph before it names a person, the role may be
        // theirs; one its own paragraph names, the lede's object, `… suspended
        // Imani Castell, the federation's president said`, leaves it open.)
        // (A body's name is no such person: `Veltra Airways grounded …`.)
        // (The names before the role's paragraph, or before the role.)
        let named_before = |in_paragraph: bool| {
            let before = if in_paragraph {
                self.names_before(start).len()
            } else {
                self.names.partition_point(|name| name.paragraph < paragraph)
            };
            self.first_narrative_person(before).is_some()
        };
        if named_before(false) {
            return None;
        }
        let from = self.first_name_from(doc.paragraphs.get(paragraph + 1)?.span.start);
        // A person one of the next paragraphs introduces by the same role
        // noun, before the name or after it: `Opposition leader Samuel
        // Okafor rejected …`, `The planning officer, Dana Kowalczyk,`,
        // `Olek Brandvik, president of the federation,`.
        let role = doc.lower(head);
        // The words right after token `at`, a role's few at most (`chief
        // executive of the Vardale Health Authority`).
        let words_after = |at: usize| {
            (at + 1..doc.tokens.len().min(at + 1 + MAX_ROLE_MODIFIERS + 2))
                .take_while(|&word| doc.tokens[word].class == TokenClass::Word)
        };
        let same_role = self.names[from..]
            .iter()
            .take(MAX_LEDE_NAMES)
            .take_while(|name| name.paragraph <= paragraph + MAX_LEDE_REACH)
            .position(|name| {
                let Range { start, end } = name.tokens;
                let before = |at: usize| start >= at && doc.lower(start - at) == role;
                // (After the name, a modifier right before the role noun is
                // one the lede's role has: `now defence secretary` is not
                // `Castland's energy secretary`.)
                let appositive = end < doc.tokens.len() && doc.word(end) == ",";
                let after = || {
                    appositive
                        && words_after(end).any(|at| {
                            doc.lower(at) == role
                                && (at == end + 1
                                    || !self.is_lower_modifier(at - 1)
                                    || self.tags.is(at - 1, WordClass::Adverb)
                                    || (first..head).any(|word| doc.lower(word) == doc.lower(at - 1)))
                        })
                };
                // (An office: `, chief executive of the Vardale Health
                // Authority` after the name.)
                let holds_office = |body: &str| {
                    appositive
                        && words_after(end).find(|&at| doc.lower(at) == "of").is_some_and(|of| {
                            words_after(of).any(|at| self.tags.is_capitalized(at) && doc.lower(at) == body)
                        })
                };
                name.person
                    && !name.quoted
                    && name.words.len() >= 2
                    && match office {
                        Some(body) => holds_office(body),
                        None => before(1) || before(2) && doc.word(start - 1) == "," || after(),
                    }
            });
        if let Some(position) = same_role {
            return Some(String::from(&**self.mention_canonical(from + position)));
        }
        // Else the first person named after the lede, a few paragraphs on
        // at most, where the lede names no person before its role: a name
        // whose gender is known or that a speech verb is beside
        // (`Flight VA212 turned back` names no one).
        if named_before(true) {
            return None;
        }
        let position = from
            + self.names[from..]
                .iter()
                .enumerate()
                .take(MAX_LEDE_NAMES)
                .take_while(|(_, name)| name.paragraph <= paragraph + MAX_LEDE_REACH)
                .position(|(at, name)| {
                    let speaks = || {
                        let Range { start, end } = name.tokens;
                        end < doc.tokens.len() && self.matcher.is_speech_verb(end)
                            || start > 0 && self.matcher.is_speech_verb(start - 1)
                    };
                    name.person
                        && !name.quoted
                        && (speaks() || self.gender_of(self.mention_canonical(from + at)) != Gender::Unknown)
                })?;
        let next = &self.names[position];
        let canonical = self.mention_canonical(position);
        let gender = self.gender_of(canonical);
        (next.words.len() >= 2
            && next.salient
            && !next.introduced
            && !self.names_a_body(canonical)
            && (role_gender == Gender::Unknown || gender == Gender::Unknown || gender == role_gender))
            .then(|| String::from(&**canonical))
    }

    /// The paragraph of the text at `offset`, and the headline's, where that
    /// paragraph is a lede: one of the first after the headline, so the
    /// names before it are few.
    fn lede_paragraph(&self, offset: usize) -> Option<(usize, Option<usize>)> {
        let doc = self.doc;
        let paragraph = doc.paragraphs.partition_point(|paragraph| paragraph.span.end < offset);
        let title = doc.title();
        (paragraph <= title.map_or(0, |title| title + 1) + MAX_LEDE_PARAGRAPHS).then_some((paragraph, title))
    }

    /// `Lorvane's third-largest retail bank said …` in a lede: a body
    /// described by its noun after a place's possessive (`the country's`
    /// too), with lower-case modifiers, is the body that the headline or one
    /// of the next [`MAX_LEDE_BODY_REACH`] paragraphs calls by a name of two
    /// words or more ending in the same noun (`Aldmoor Bank`), the first
    /// such name. After `the` and a possessive no modifier is needed: `the
    /// captain's union` is `The Vellmark Seafarers' Union`; but `Trump's
    /// campaign` is his.
    fn lede_body(&self, first: usize, end: usize) -> Option<String> {
        let doc = self.doc;
        let noun = end - 1;
        // (A place's possessive, `Lorvane's` or `the country's`: not `The
        // appeals court`, a kind of court and no description.)
        let place = if is_possessive(doc.word(first)) && self.tags.is_capitalized(first) {
            first
        } else if doc.lower(first) == "the" && first + 1 < noun && is_possessive(doc.word(first + 1)) {
            first + 1
        } else {
            return None;
        };
        if noun <= place + usize::from(place == first)
            || !self.is_institution_noun(noun)
            || !(place + 1..noun).all(|index| self.is_lower_modifier(index) || doc.word(index) == "-")
        {
            return None;
        }
        let start = doc.tokens[first].span.start;
        let (paragraph, title) = self.lede_paragraph(start)?;
        let from = self.first_name_from(title.map_or(0, |title| doc.paragraphs[title].span.start));
        let noun_word = doc.lower(noun);
        let position = from
            + self.names[from..]
                .iter()
                .take_while(|name| name.paragraph <= paragraph + MAX_LEDE_BODY_REACH)
                .position(|name| {
                    name.words.len() >= 2
                        && name.span.start != start
                        && doc.lower(name.tokens.end - 1) == noun_word
                        && self.tags.is_capitalized(name.tokens.end - 1)
                })?;
        Some(String::from(&**self.mention_canonical(position)))
    }

    /// `its operator said …`, `its owner`: the one body the document names
    /// as running, operating or owning something, by a name (no given
    /// name's) after an operating verb and `by` (`The Kestrel Star, run by
    /// Saltmere Lines`) or before `, which` or `, that` and one (`Redmount
    /// Copper, which runs the mine`). None where it names two.
    fn operator_body(&self, first: usize, end: usize) -> Option<String> {
        let doc = self.doc;
        if end != first + 2 || doc.lower(first) != "its" || !self.tags.is(first + 1, WordClass::OperatorNoun) {
            return None;
        }
        let operator = self.operator.get_or_init(|| {
            let operating = |at: usize| at < doc.tokens.len() && self.tags.is(at, WordClass::OperatingVerb);
            let mut found: Option<usize> = None;
            for (position, name) in self.names.iter().enumerate() {
                let Range { start, end } = name.tokens;
                let agent = start >= 2 && doc.lower(start - 1) == "by" && operating(start - 2);
                let relative = end + 2 < doc.tokens.len()
                    && doc.word(end) == ","
                    && matches!(doc.lower(end + 1), "which" | "that")
                    && operating(end + 2);
                // (A body's name, not a person's: no given name.)
                if !(agent || relative) || self.gender_of(self.mention_canonical(position)) != Gender::Unknown {
                    continue;
                }
                match found {
                    None => found = Some(position),
                    Some(other) if self.mention_canonical(other) != self.mention_canonical(position) => return None,
                    Some(_) => {}
                }
            }
            found
        });
        operator.map(|position| String::from(&**self.mention_canonical(position)))
    }

    /// `the company`, `the campaign`, `the newspaper`: the body the
    /// document last introduced with the same noun, a few paragraphs back
    /// at most ([`Introduction`]), as its canonical name (`Alphabet`) or
    /// as its holder's (`Donald Trump's campaign`).
    fn introduced_body(&self, first: usize, end: usize) -> Option<String> {
        let doc = self.doc;
        let noun = end - 1;
        // (`the institute's own figures`: the noun's possessive names the body.)
        let noun_key = strip_possessive(doc.lower(noun));
        if !matches!(doc.lower(first), "the" | "this")
            || noun <= first
            || noun - first > MAX_ROLE_MODIFIERS + 1
            || self.tags.is_capitalized(noun)
            || !self
                .grammar
                .person_word(noun_key)
                .is_some_and(|entry| entry.is_institution())
            || !(first + 1..noun).all(|index| self.is_lower_modifier(index))
        {
            return None;
        }
        let introductions = self.introductions();
        // (Its own noun too: `…, the carmaker said` is introduced by its
        // sentence.)
        let before = introductions.partition_point(|introduction| introduction.noun < end);
        // The same noun written before, each within reach of the next,
        // carries the body on: `the bureau` a dozen paragraphs after `the
        // Vesk Environmental Protection Bureau`, with `the bureau` between.
        let mut reach_from = first;
        for _ in 0..MAX_INTRODUCTION_HOPS {
            let window = reach_from.saturating_sub(MAX_INTRODUCTION_REACH)..reach_from;
            match window.rev().find(|&at| strip_possessive(doc.lower(at)) == noun_key) {
                Some(at) => reach_from = at,
                None => break,
            }
        }
        let introduction = introductions[..before]
            .iter()
            .rev()
            .take_while(|introduction| reach_from.saturating_sub(introduction.noun) <= MAX_INTRODUCTION_REACH)
            // (Or any business's noun, `the carmaker` then `the company`,
            // where no other name of no person stands between: not `the oil
            // giant Exxon Mobil. The company …`.)
            .find(|introduction| {
                // (A name that ends in the noun holds its modifiers too: `the
                // budget office` is the Congressional Budget Office, `the
                // appeals court` no Supreme Court.)
                let name = &self.names[introduction.name].tokens;
                let modifiers_named = || {
                    introduction.noun + 1 != name.end
                        || (first + 1..noun).all(|modifier| name.clone().any(|at| doc.lower(at) == doc.lower(modifier)))
                };
                doc.lower(introduction.noun) == noun_key && modifiers_named()
                    || self.grammar.lexeme(noun_key).is(WordClass::Business)
                        && self.tags.is(introduction.noun, WordClass::Business)
                        && !introduction.holder
                        && {
                            // (A name with a gender stated beside it is a
                            // person's; any other may be a body's.)
                            let start = doc.tokens[first].span.start;
                            self.names_from(doc.tokens[introduction.noun].span.end)
                                .iter()
                                .take_while(|name| name.span.start < start)
                                .all(|name| name.quoted || name.place || name.placed || name.gender != Gender::Unknown)
                        }
            })
            .copied()
            .or_else(|| self.only_body(first, noun))?;
        let canonical = self.mention_canonical(introduction.name);
        Some(if introduction.holder {
            format!("{canonical}'s {}", doc.lower(noun))
        } else {
            String::from(&**canonical)
        })
    }

    /// `the fire service` a dozen paragraphs after `the Valdrenne Fire and
    /// Rescue Service`, beyond an introduction's reach: the one body the
    /// document has named before token `first` by a name ending in the
    /// noun at `noun`, when the mention has modifiers, that name holds them
    /// all, and the noun was not written in lower case before the name. Each noun's
    /// bodies are gathered once per document.
    fn only_body(&self, first: usize, noun: usize) -> Option<Introduction> {
        let doc = self.doc;
        let bodies = self.bodies_by_noun.get_or_init(|| {
            let mut bodies: FxHashMap<String, OnlyBody> = FxHashMap::default();
            for introduction in self.introductions().iter().filter(|introduction| {
                !introduction.holder && self.names[introduction.name].tokens.end == introduction.noun + 1
            }) {
                let canonical = self.mention_canonical(introduction.name);
                let entry = bodies
                    .entry(doc.lower(introduction.noun).to_string())
                    .or_insert(OnlyBody {
                        noun: introduction.noun,
                        name: introduction.name,
                        other: None,
                    });
                if entry.other.is_none() && self.mention_canonical(entry.name) != canonical {
                    entry.other = Some(introduction.noun);
                }
            }
            // (Not a noun the text used before the name, for another body
            // or in general: `the RT America television network` before
            // `Dish Network`, and `The network` after both is RT.)
            for index in 0..doc.tokens.len() {
                if self.is_institution_noun(index)
                    && let Some(entry) = bodies.get_mut(doc.lower(index))
                    && index < entry.noun
                {
                    entry.other = Some(index);
                }
            }
            bodies
        });
        let body = bodies.get(doc.lower(noun))?;
        let name = &self.names[body.name].tokens;
        // (A noun alone may be any body of its kind: `the party` after
        // `the Workers World Party` is still the Democrats'.)
        (first + 1 < noun
            && body.noun < first
            && body.other.is_none_or(|other| other > first)
            && (first + 1..noun).all(|modifier| name.clone().any(|at| doc.lower(at) == doc.lower(modifier))))
        .then_some(Introduction {
            noun: body.noun,
            name: body.name,
            holder: false,
        })
    }

    /// The plain phrase of the speaker mention last before token `first`,
    /// within a title's reach, of two words or more, that `fits` (given its
    /// first and end tokens): what `the agency` or `the lineman` names.
    fn earlier_mention(&self, first: usize, fits: impl Fn(usize, usize) -> bool) -> Option<String> {
        let doc = self.doc;
        let start = doc.tokens[first].span.start;
        let before = self.speakers.partition_point(|mention| mention.start < start);
        self.speakers[..before]
            .iter()
            .rev()
            .map(|mention| (doc.token_at_or_after(mention.start), doc.token_at_or_after(mention.end)))
            .take_while(|&(_, mention_end)| mention_end + MAX_TITLE_REACH >= first)
            .find(|&(mention_first, mention_end)| {
                mention_end >= mention_first + 2 && mention_end <= first && fits(mention_first, mention_end)
            })
            .map(|(mention_first, mention_end)| self.plain_phrase(mention_first, mention_end))
    }

    /// `the agency` after `The national medicines agency said …`: a body's
    /// noun alone after `the` names the speaker mention last before it,
    /// within a title's reach, that ends in the same noun after lower-case
    /// modifiers, as that mention's plain phrase.
    fn described_body(&self, first: usize, end: usize) -> Option<String> {
        let doc = self.doc;
        let noun = end - 1;
        if end != first + 2 || doc.lower(first) != "the" || !self.is_institution_noun(noun) {
            return None;
        }
        self.earlier_mention(first, |mention_first, mention_end| {
            mention_end >= mention_first + 3
                && self.tags.is(mention_first, WordClass::Determiner)
                && doc.lower(mention_end - 1) == doc.lower(noun)
                && (mention_first + 1..mention_end - 1).all(|index| self.is_lower_modifier(index))
        })
    }

    /// A lower-case word of the institution kind of `people.txt`
    /// (`company`, `campaign`, `newspaper`).
    fn is_institution_noun(&self, index: usize) -> bool {
        !self.tags.is_capitalized(index) && self.is_institution_word(index)
    }

    /// A word of the institution kind of `people.txt`, in any case.
    fn is_institution_word(&self, index: usize) -> bool {
        self.tags
            .lexeme(index)
            .person
            .is_some_and(|entry| entry.is_institution())
    }

    /// A lower-case word that may modify a noun (`parent`, `presidential`):
    /// no noun of a body, possessive, determiner or preposition.
    fn is_lower_modifier(&self, index: usize) -> bool {
        let doc = self.doc;
        doc.tokens[index].class == TokenClass::Word
            && !self.tags.is_capitalized(index)
            && !self.is_institution_noun(index)
            && strip_possessive(doc.word(index)).len() == doc.word(index).len()
            && !self.tags.is(index, WordClass::Determiner)
            && !self.tags.is(index, WordClass::Preposition)
    }

    /// The bodies the document names beside their common noun, in text
    /// order (see [`Introduction`]): the name before the noun and its
    /// modifiers (a person's, `Trump's campaign`, `the Clinton campaign`),
    /// in apposition before it (`Alphabet, the parent company`) or right
    /// after it (`the company, United Technologies`, `parent company
    /// Alphabet`). One pass over the tokens, when first asked.
    fn introductions(&self) -> &[Introduction] {
        self.introductions.get_or_init(|| {
            let doc = self.doc;
            // The position of the name whose tokens end at `end` or start at `start`.
            let ending_at = |end: usize| {
                let names = self.names_before(doc.tokens[end - 1].span.end);
                names
                    .len()
                    .checked_sub(1)
                    .filter(|&position| names[position].tokens.end == end)
            };
            let starting_at = |start: usize| {
                let position = self
                    .names
                    .partition_point(|name| name.span.start < doc.tokens[start].span.start);
                self.names
                    .get(position)
                    .is_some_and(|name| name.tokens.start == start)
                    .then_some(position)
            };
            // A person's name: one the document gives a gender (`Ted
            // Cruz`, `Mrs. Clinton`), no body's or place's.
            let person = |position: usize| {
                let canonical = self.mention_canonical(position);
                self.names[position].person
                    && self.gender_of(canonical) != Gender::Unknown
                    && !self.names_a_body(canonical)
                    && !self.written_as_place(canonical)
            };
            // A body's name: no person's (the noun beside it says what it
            // is, whatever else does), nor a place's, nor the second of
            // `Baton Rouge, Louisiana`.
            let body = |position: usize| {
                let name = &self.names[position];
                name.gender == Gender::Unknown
                    && self.gender_of(self.mention_canonical(position)) == Gender::Unknown
                    && !name.place
                    && !name.placed
                    && (name.tokens.start == 0 || doc.word(name.tokens.start - 1) != ",")
            };
            // `the Vardale Health Authority`: a body's name of two words or
            // more that ends in an institution noun introduces that noun
            // (then `the authority`).
            // (So does one whose institution word goes on with `of`: `the
            // National Gallery of Lanmark`, then `the gallery`.)
            let with_of = |index: usize| {
                let names = self.names_before(doc.tokens[index].span.end);
                (index + 1 < doc.tokens.len() && doc.lower(index + 1) == "of")
                    .then(|| names.len().checked_sub(1))
                    .flatten()
                    .filter(|&position| names[position].tokens.end > index + 2)
            };
            let named_by = |index: usize| {
                (self.tags.is_capitalized(index) && self.is_institution_word(index))
                    .then(|| ending_at(index + 1).or_else(|| with_of(index)))
                    .flatten()
                    .filter(|&position| self.names[position].words.len() >= 2 && body(position))
            };
            let mut found = Vec::new();
            for noun in 0..doc.tokens.len() {
                if let Some(name) = named_by(noun) {
                    found.push(Introduction {
                        noun,
                        name,
                        holder: false,
                    });
                    continue;
                }
                if !self.is_institution_noun(noun) {
                    continue;
                }
                // (The noun ends its phrase: not `campaign manager`.)
                if noun + 1 < doc.tokens.len() && self.tags.lexeme(noun + 1).person.is_some() {
                    continue;
                }
                let mut start = noun;
                while start > 0 && noun - start < MAX_ROLE_MODIFIERS && self.is_lower_modifier(start - 1) {
                    start -= 1;
                }
                let holder = (start > 0)
                    .then(|| ending_at(start))
                    .flatten()
                    .filter(|&position| person(position));
                // `Alphabet, the parent company`: an article opens the
                // modifiers, a comma stands before it, and the aside ends
                // with the noun or a phrase after it (not `In downtown San
                // Francisco, a group dressed in …`).
                let aside_ends = noun + 1 >= doc.tokens.len()
                    || doc.tokens[noun + 1].class == TokenClass::Punct
                    || matches!(
                        doc.lower(noun + 1),
                        "of" | "in" | "for" | "based" | "that" | "which" | "whose" | "with" | "at" | "on"
                    );
                // (Its modifiers may be capitalized, a nationality's: `Brannock
                // Biologics, the Swiss-Valdorian company that makes …`.)
                let mut aside_start = start;
                while aside_start > 0 && noun - aside_start < MAX_ROLE_MODIFIERS {
                    let at = aside_start - 1;
                    let word = doc.tokens[at].class == TokenClass::Word
                        && (self.is_lower_modifier(at)
                            || self.tags.is_capitalized(at)
                                && !self.is_institution_word(at)
                                && strip_possessive(doc.word(at)).len() == doc.word(at).len());
                    let hyphen = doc.word(at) == "-"
                        && at > 0
                        && doc.tokens[at - 1].span.end == doc.tokens[at].span.start
                        && doc.tokens[at].span.end == doc.tokens[aside_start].span.start;
                    if !(word || hyphen) {
                        break;
                    }
                    aside_start = at;
                }
                let before = (aside_start >= 3
                    && aside_ends
                    && matches!(doc.lower(aside_start - 1), "the" | "a" | "an")
                    && doc.word(aside_start - 2) == ",")
                    .then(|| ending_at(aside_start - 2))
                    .flatten()
                    .filter(|&position| {
                        // (Not the object of a preposition: `In downtown San Francisco, …`.)
                        let from = self.names[position].tokens.start;
                        body(position)
                            && !(from.saturating_sub(2)..from).any(|index| self.tags.is(index, WordClass::Preposition))
                    });
                let after = match doc.tokens.get(noun + 1) {
                    Some(_) if doc.word(noun + 1) == "," && noun + 2 < doc.tokens.len() => starting_at(noun + 2),
                    Some(_) => starting_at(noun + 1),
                    None => None,
                }
                .filter(|&position| body(position));
                // `Harlow Motors will cut jobs, the carmaker said`: a
                // business's noun in a trailing attribution, and the body
                // whose name opens the sentence (after a dateline) before
                // its verb.
                let opener = || {
                    let the = (start.saturating_sub(1)..=noun)
                        .rev()
                        .find(|&at| doc.lower(at) == "the")?;
                    if !(the >= 1
                        && doc.word(the - 1) == ","
                        && self.tags.is(noun, WordClass::Business)
                        && noun + 1 < doc.tokens.len()
                        && self.matcher.is_speech_verb(noun + 1))
                    {
                        return None;
                    }
                    // (A headline with no stop runs into the first line's
                    // sentence: the sentence starts in the noun's paragraph.)
                    let paragraph = doc
                        .paragraphs
                        .partition_point(|paragraph| paragraph.span.end < doc.tokens[noun].span.start);
                    let sentence = doc.sentence_start(noun).max(doc.paragraph_tokens.get(paragraph)?.start);
                    let from = self.matcher.after_dateline(sentence, the);
                    let name = starting_at(from)?;
                    let after = self.names[name].tokens.end;
                    // (The name before its verb: not `Late last month, the
                    // company wrote`.)
                    let verb = doc.tokens[after].class == TokenClass::Word
                        && (self.tags.is(after, WordClass::Auxiliary)
                            || self.tags.is(after, WordClass::Finite)
                            || self.matcher.is_verb_form(after));
                    (after + 1 < the && verb && body(name)).then_some(name)
                };
                if let Some(name) = holder {
                    found.push(Introduction {
                        noun,
                        name,
                        holder: true,
                    });
                } else if let Some(name) = before.or(after).or_else(opener) {
                    found.push(Introduction {
                        noun,
                        name,
                        holder: false,
                    });
                }
            }
            found
        })
    }

    fn ends_with_name(&self, first: usize, end: usize) -> bool {
        let last = end - 1;
        last >= first && self.tags.is_capitalized(last) && self.tags.lexeme(last).person.is_none()
    }

    /// `the diplomat`: the person the document introduced with that role
    /// before the mention.
    fn role_antecedent(&self, first: usize, end: usize) -> Option<String> {
        let doc = self.doc;
        let head = (first..end)
            .rev()
            .find(|&index| role_word(self.tags, index).is_some())?;
        let determiner = doc.word(first).to_lowercase();
        if determiner != "the" && determiner != "this" {
            return None;
        }
        // (`The Justice Department`: a role word that modifies the
        // capitalized institution's noun right after it names the body;
        // not a role's possessive, `the senator's office`.)
        if !is_possessive(doc.word(head))
            && (head + 1..end)
                .take_while(|&index| self.tags.is_capitalized(index))
                .any(|index| {
                    self.tags
                        .lexeme(index)
                        .person
                        .is_some_and(|entry| entry.kind == PersonWordKind::Institution)
                })
        {
            return None;
        }
        let role = strip_possessive(doc.word(head)).to_lowercase();
        let role_gender = self
            .tags
            .lexeme(head)
            .person
            .map_or(Gender::Unknown, |entry| entry.gender);
        // A person met by another role has to stand by the capitalized words
        // that modify this one (`the Vermont senator`), in the sentence of
        // one of the person's mentions; a party label (`the Republican
        // candidate`) says too little to need it.
        let modifiers: Vec<&str> = (first + 1..head)
            .filter(|&index| self.tags.is_capitalized(index) && !self.tags.is(index, WordClass::Affiliation))
            .map(|index| doc.word(index))
            .collect();
        let mention_start = doc.tokens[first].span.start;
        let names = self.names_before(mention_start);
        let nearest = names.len().saturating_sub(MAX_MODIFIER_MENTIONS);
        // The person's own mention and its mentions among the nearest
        // [`MAX_MODIFIER_MENTIONS`] names: the work per role stays bounded.
        let mentions_of = |position: usize| {
            let canonical = self.mention_canonical(position);
            std::iter::once(position)
                .chain(
                    (nearest..names.len())
                        .filter(move |&other| other != position && self.mention_canonical(other) == canonical),
                )
                .map(|other| &names[other])
        };
        // `the Democratic presidential candidate` is no one the text calls
        // `Republican presidential front-runner Donald Trump`: a party word
        // of the role's that differs from one right before a mention of the
        // person (`Democrat` and `Democratic` are one party).
        let party = |index: usize| doc.lower(index).trim_end_matches("ic");
        let role_parties: Vec<&str> = (first + 1..head)
            .filter(|&index| self.tags.is(index, WordClass::Affiliation))
            .map(party)
            .collect();
        let other_party = |position: usize| {
            !role_parties.is_empty()
                && mentions_of(position).any(|name| {
                    let start = name.tokens.start;
                    // (`Republican presidential front-runner Donald
                    // Trump`: a hyphen's parts count as one word.)
                    (start.saturating_sub(2 * MAX_ROLE_MODIFIERS)..start)
                        .rev()
                        .take_while(|&index| doc.tokens[index].class == TokenClass::Word || doc.word(index) == "-")
                        .any(|index| {
                            self.tags.is(index, WordClass::Affiliation) && !role_parties.contains(&party(index))
                        })
                })
        };
        // `the Platte River employee`, after `Platte River, which managed
        // Clinton's server, …`: modifiers of two words or more that open a
        // name that no given name opens and that is no place, make the role
        // one of that body's, and no one the text named before.
        let of_a_body = modifiers.len() >= 2
            && (nearest..names.len()).any(|position| {
                let canonical = self.mention_canonical(position);
                canonical
                    .split(' ')
                    .next()
                    .is_some_and(|first| self.grammar.given_name_gender(first) == Gender::Unknown)
                    && !self.written_as_place(canonical)
                    && canonical.split(' ').take(modifiers.len()).eq(modifiers.iter().copied())
            });
        if of_a_body {
            return None;
        }
        // A role names a person, never a body (`the candidate` is no `State
        // Department`) nor its own modifier or a name holding it (`the
        // Florida senator` is no `Florida`, `the Mexican president` no
        // `Mexican American`), of the role's gender where it has one.
        let fits = |position: usize| {
            let canonical = self.mention_canonical(position);
            let gender = self.gender_of(canonical);
            !self.mention_names_a_body(position)
                && !self.written_as_place(canonical)
                && !other_party(position)
                && !canonical.split(' ').any(|word| modifiers.contains(&word))
                && (role_gender == Gender::Unknown || gender == Gender::Unknown || gender == role_gender)
        };
        let stands_by = |position: usize| {
            modifiers.is_empty()
                || mentions_of(position).any(|name| {
                    let lo = doc.sentence_start(name.tokens.start);
                    let hi = (name.tokens.end..first)
                        .find(|&index| doc.ends_sentence(index))
                        .map_or(first, |end| end + 1);
                    modifiers
                        .iter()
                        .all(|&modifier| (lo..hi).any(|index| doc.word(index) == modifier))
                })
        };
        // The `a` that opens the phrase of the role word at `index`, past a
        // few modifiers: not what someone is or should be, after a linking
        // verb or `as` (`to be a great president`, `as a senator`). (A
        // modifier joined by hyphens is one: `a 26-year-old man`; `one` and
        // `another` introduce as `a` does: `One woman adopted from …`.)
        let article_before = |index: usize| -> Option<usize> {
            let mut at = index;
            for _ in 0..=MAX_ROLE_MODIFIERS {
                let before = at.checked_sub(1)?;
                if introduces_someone(doc.lower(before)) {
                    return before
                        .checked_sub(1)
                        .is_none_or(|word| !self.tags.is(word, WordClass::Linking) && doc.lower(word) != "as")
                        .then_some(before);
                }
                if !matches!(doc.tokens[before].class, TokenClass::Word | TokenClass::Number) {
                    return None;
                }
                at = before;
                while at >= 2 && self.matcher.is_joined_hyphen(at - 1) {
                    at -= 2;
                }
            }
            None
        };
        // A name within a few tokens of an earlier use of the same role word,
        // among the last [`MAX_ROLE_NAMES_BACK`] names.
        let nearest_role = names.len().saturating_sub(MAX_ROLE_NAMES_BACK);
        for (position, name) in names.iter().enumerate().skip(nearest_role).rev() {
            if !name.person {
                continue;
            }
            // (In the name's own sentence: `…, a surgeon, spoke. He met
            // Tom Hale` does not make Tom Hale the surgeon.)
            let lo = name
                .tokens
                .start
                .saturating_sub(8)
                .max(doc.sentence_start(name.tokens.start));
            let reach = (name.tokens.end + 8).min(first);
            let hi = (name.tokens.end..reach)
                .find(|&index| doc.ends_sentence(index))
                .map_or(reach, |end| end + 1);
            // (Or a title that abbreviates the role, opening the name or
            // right before it, by the role's modifiers: `Sen. Ana Ruiz,
            // R-Fla.` for `the Florida senator`. Titles are common: past a
            // dozen sentences, the text has left the titled person.)
            let titled = || {
                first - name.tokens.start <= MAX_TITLE_REACH
                    && (name.tokens.start.saturating_sub(2).max(lo)..name.tokens.end)
                        .any(|index| self.grammar.title_stands_for(doc.word(index), &role))
                    && stands_by(position)
            };
            // (Not across a clause's break: `Ginsburg apologizes for Trump
            // comments; Justice vows …`, `Rubio has more delegates than
            // Kasich has, and the Florida senator …`.)
            let across_clauses = |index: usize| {
                let (from, to) = if index < name.tokens.start {
                    (index + 1, name.tokens.start)
                } else {
                    (name.tokens.end, index)
                };
                (from..to).any(|at| {
                    matches!(doc.word(at), ";" | ":" | "--" | "—")
                        || at > from && doc.word(at - 1) == "," && matches!(doc.lower(at), "and" | "but")
                })
            };
            // (After the name, not the one a verb of speech addresses or
            // accuses: `Yasmin Tell accused the mayor`, `Farrant blamed the
            // regulator` make Tell no mayor and Farrant no regulator; but
            // `Clinton delivered her speech as the Democratic nominee`.)
            let apposed = |index: usize| {
                index <= name.tokens.end
                    || (name.tokens.end..index)
                        .rev()
                        .find(|&at| {
                            self.matcher.verb(at).is_some_and(|(verb, form)| {
                                (verb.quotes || verb.object) && matches!(form, VerbForm::Past | VerbForm::Present3)
                            })
                        })
                        .is_none_or(|verb| (verb..index).any(|at| doc.lower(at) == "as"))
            };
            // (Not a name that modifies the role in a phrase opened by `a`,
            // with only lower-case modifiers between: `A Northvale lineman
            // said`, `a former Talbridge sales manager` introduce someone
            // unnamed; not `a Golden Globe in the best actress category`,
            // nor a phrase in apposition, `The FDIC, a major U.S. banking
            // regulator`.)
            let modifies_role = |index: usize| {
                index >= name.tokens.end
                    && (name.tokens.end..index).all(|at| {
                        doc.tokens[at].class == TokenClass::Word
                            && !self.tags.is_capitalized(at)
                            && !self.tags.is(at, WordClass::Stopword)
                    })
                    && article_before(index).is_some_and(|article| {
                        article < name.tokens.start && (article == 0 || doc.word(article - 1) != ",")
                    })
            };
            let by_role = (lo..hi)
                .find(|&index| doc.word(index).eq_ignore_ascii_case(&role) && !across_clauses(index) && apposed(index));
            // (That one is the role's person, unnamed: `A New York judge has
            // rejected …. ¶ The judge agreed` is no New York, nor the person
            // named before.)
            if by_role.is_some_and(modifies_role) {
                return None;
            }
            if (by_role.is_some() || titled()) && fits(position) {
                return Some(String::from(&**self.mention_canonical(position)));
            }
        }
        // `A Republican committee aide blasted the statement. "…," the aide
        // said`: the same role word not long before, in a phrase opened by
        // `a` (and with no name by it, or the search above had found it),
        // introduced someone unnamed, whom the role names.
        let introduced_unnamed = (first.saturating_sub(MAX_UNNAMED_REACH)..first)
            .rev()
            .any(|index| doc.word(index).eq_ignore_ascii_case(&role) && article_before(index).is_some());
        if introduced_unnamed {
            return None;
        }
        // `According to a member of the bank's IT staff, …. '…,' the
        // employee said`: no name fits the role, and an unnamed source spoke
        // last, in the mention's paragraph with no person named since.
        let mention = Span::new(mention_start, doc.tokens[end - 1].span.end);
        let paragraph = doc
            .paragraphs
            .partition_point(|paragraph| paragraph.span.end <= mention_start);
        if paragraph < doc.paragraphs.len()
            && let Some(source) = self.unnamed_source(mention, paragraph, role_gender, true)
        {
            return Some(source);
        }
        // `the regulator` after `the Kesterian Energy Regulatory Authority`:
        // a role of no gender names the body, named within an
        // introduction's reach, one of whose words the role's word less its
        // last letter opens (not `the governor` for a `Government`).
        if role_gender == Gender::Unknown && role.len() > 4 {
            // (Less its last letter, whatever its width: `protégé`.)
            let stem = &role[..role.char_indices().last().map_or(0, |(at, _)| at)];
            let body = names
                .iter()
                .enumerate()
                .rev()
                .take_while(|(_, name)| first - name.tokens.end.min(first) <= MAX_INTRODUCTION_REACH)
                .map(|(position, _)| self.mention_canonical(position))
                .find(|canonical| {
                    canonical.split(' ').any(|word| {
                        word.get(..stem.len())
                            .is_some_and(|opening| opening.eq_ignore_ascii_case(stem))
                    }) && self.names_a_body(canonical)
                });
            if let Some(body) = body {
                return Some(String::from(&**body));
            }
        }
        // Else the person the next sentence names as its speaker, where
        // the text names the role's person only after it.
        if let Some(next) = self.role_named_next(first, end) {
            return Some(next);
        }
        // Else the person most recently introduced with a role or an
        // affiliation (`a member of China's mission in Kazakhstan, Gu Ming`),
        // outside the mention's own sentence.
        // (The end of the last sentence end before the mention, read from
        // the sentence starts worked out once per document.)
        let sentence_start = doc
            .sentence_start(first)
            .checked_sub(1)
            .map_or(0, |index| doc.tokens[index].span.end);
        let introduced = self
            .names_before(sentence_start)
            .iter()
            .enumerate()
            .rev()
            .find(|&(position, name)| {
                name.introduced
                    && name.person
                    && name.span.end <= sentence_start
                    && fits(position)
                    && stands_by(position)
            });
        // Else the person the sentence before opens with, in the same
        // paragraph (`Rahayu was not convinced. "…," the grandmother said.`)
        // or, see `opens_paragraph`, the paragraph before.
        let sentence_first = doc.sentence_start(first);
        let before_start = doc.sentence_start(sentence_first.saturating_sub(1));
        // (Or the previous paragraph's opening name, where the mention's
        // sentence opens its paragraph and names no one before it: `Hillary
        // Clinton has a word for …` then `The Democratic presidential
        // candidate blasted …`; not the headline's.)
        // (Names in a phrase that opens the sentence before the role's
        // comma do not count: `In an interview with Joe Scarborough, the
        // Democratic presidential candidate said …`.)
        let opening_phrase = first > sentence_first
            && doc.word(first - 1) == ","
            && (self.tags.is(sentence_first, WordClass::Preposition)
                || self.tags.is(sentence_first, WordClass::SentenceOpener));
        let opens_paragraph = doc.paragraph_tokens[paragraph].start == sentence_first
            && (opening_phrase
                || self
                    .last_narrative_person(names.len())
                    .is_none_or(|position| names[position].tokens.start < sentence_first));
        let opener = || {
            self.names_before(sentence_start)
                .iter()
                .enumerate()
                .rev()
                .take_while(|(_, name)| {
                    (name.paragraph == paragraph || opens_paragraph && name.paragraph + 1 == paragraph)
                        && name.tokens.start >= before_start
                })
                .filter(|(_, name)| {
                    let opening = doc.paragraph_tokens[name.paragraph].clone();
                    name.paragraph == paragraph
                        || !name.quoted
                            && doc.title() != Some(name.paragraph)
                            && (name.tokens.start == opening.start
                                // (or opening its last sentence)
                                || name.tokens.start == before_start
                                // (`WASHINGTON — Hillary Clinton …`: after a dateline.)
                                || name.tokens.start == self.matcher.after_dateline(opening.start, opening.end))
                })
                .find(|&(position, name)| {
                    name.salient && name.person && fits(position) && stands_by(position) && self.main_subject(name)
                })
        };
        // (A role with modifiers, `the Florida senator`, goes first to the
        // opener who stands by them, then to one introduced with another
        // role: `Rubio congratulated Florida primary winner Donald Trump.`)
        let found = if !modifiers.is_empty() {
            opener().or(introduced)
        } else {
            introduced.or_else(opener)
        };
        found.map(|(position, _)| String::from(&**self.mention_canonical(position)))
    }

    /// Whether a name that opens its sentence is the main clause's active
    /// subject: not after `As` or `When` (`As Ivanka Trump spoke, a
    /// designer …`), nor before a passive (`Trump was asked …`).
    fn main_subject(&self, name: &NameMention<'d>) -> bool {
        let doc = self.doc;
        let (start, end) = (name.tokens.start, name.tokens.end);
        // (After the opening clause's comma, the main clause: `One month
        // after announcing it, Marco Rubio still believes`.)
        let opened = (doc.sentence_start(start)..start)
            .rev()
            .take_while(|&at| doc.word(at) != ",")
            .any(|at| self.tags.is(at, WordClass::SentenceOpener) || self.tags.is(at, WordClass::Subordinator));
        let passive = end + 1 < doc.tokens.len()
            && self.tags.is(end, WordClass::Progressive)
            && self.tags.verb(end + 1).is_some_and(|(_, form)| form == VerbForm::Past);
        // (`One month after …`: a capitalized determiner is no one.)
        let determiner = end == start + 1 && self.tags.is(start, WordClass::Determiner);
        !opened && !passive && !determiner
    }

    /// `Gorka warned that officers he has spoken with "…"`: where a `he`
    /// or `she` speaks, the person's name earlier in the same sentence (the
    /// first one, outside quote marks, that names the same person), as
    /// PolNeAR marks the source. `canonical` is what the pronoun resolved to.
    pub fn name_in_sentence(&self, mention: Span, canonical: &str) -> Option<Span> {
        let doc = self.doc;
        let first = doc.token_at_or_after(mention.start);
        if first >= doc.tokens.len() || doc.tokens[first].span.end != mention.end {
            return None;
        }
        let pronoun = self.grammar.pronoun(mention.of(doc.text))?;
        if !pronoun.subject || pronoun.gender == Gender::Unknown {
            return None;
        }
        // Only the subject of a clause set in another (`that he`, `what
        // she called`); after `who` or `which` the clause is about someone
        // else, whose name may be the one before.
        let opens_clause = first > 0 && matches!(self.doc.lower(first - 1), "that" | "what");
        // (`Fallon fired back: "…" he wrote`, `Feinstein said "…," she
        // said`: after a quote, the name that introduced it.)
        let after_quote = first > 0 && is_quote_mark_token(self.doc.word(first - 1));
        if !opens_clause && !after_quote {
            return None;
        }
        let mut start = first;
        while start > 0 && first - start < MAX_ANTECEDENT * 2 && !doc.ends_sentence(start - 1) {
            start -= 1;
        }
        let sentence_start = doc.tokens[start].span.start;
        let quoted = inside_any(&self.quotes, mention);
        // (After a quote, only a name whose verb opens that quote: `Fallon
        // fired back: "…"`, not `Fiorina, who had moved …, tossed "…"`.)
        let introduces_quote = |name: &NameMention| {
            let end = name.tokens.end;
            end < first
                && doc.tokens[end].class == TokenClass::Word
                && !is_possessive(doc.word(end - 1))
                && (end + 1..first.min(end + 4)).any(|at| is_quote_mark_token(doc.word(at)))
        };
        self.names_before(mention.start)
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, name)| name.span.start >= sentence_start)
            .filter(|(_, name)| opens_clause || introduces_quote(name))
            .filter(|(_, name)| name.person && (name.salient || !opens_clause) && (quoted || !name.quoted))
            .filter(|&(position, _)| **self.mention_canonical(position) == *canonical)
            .last()
            .map(|(_, name)| name.span)
    }

    /// The pronoun a mention is (`text`, its tokens from `first` to
    /// `end`), if it is one word that is one (`pronoun` lower-cases the word
    /// itself; `he’s said`: a pronoun's contraction).
    fn pronoun_of(&self, first: usize, end: usize, text: &str) -> Option<Pronoun> {
        (end == first + 1)
            .then(|| {
                self.grammar
                    .pronoun(text)
                    .or_else(|| self.grammar.contracted_pronoun(text))
            })
            .flatten()
            .copied()
    }

    /// He, she: the nearest salient person before (the last speaker or
    /// sentence subject) whose gender does not contradict the pronoun's.
    /// `I` outside quote marks is the writer: no one. `it` names a body
    /// (`the ministry`), never a person. `other_than` is given for a
    /// hearer's pronoun, with the speaker's canonical name if any, which it
    /// does not stand for.
    fn resolve_pronoun(&self, mention: Span, pronoun: Pronoun, other_than: Option<Option<&str>>) -> Option<String> {
        // (Paragraphs are in text order and do not overlap: none before the
        // first that ends at or after the mention holds it.)
        let paragraphs = &self.doc.paragraphs;
        let from = paragraphs.partition_point(|paragraph| paragraph.span.end < mention.end);
        let paragraph = from
            + paragraphs[from..]
                .iter()
                .position(|paragraph| paragraph.span.contains(mention))?;
        if pronoun.number == crate::grammar::Number::Plural {
            return self.resolve_plural(mention, paragraph);
        }
        let quoted = inside_any(&self.quotes, mention);
        if pronoun.first && !quoted {
            return None;
        }
        let gender = pronoun.gender;
        // `He or she needs to be good at hiring`: anyone at all.
        let doc = self.doc;
        let at = doc.token_at_or_after(mention.start);
        let generic =
            at + 2 < doc.tokens.len() && doc.lower(at + 1) == "or" && matches!(doc.lower(at + 2), "he" | "she")
                || at >= 2 && doc.lower(at - 1) == "or" && matches!(doc.lower(at - 2), "he" | "she");
        // `It is a shame that …`, `It seems the campaign …`: an empty `it`
        // before a verb of impression, or a form of `be` with no verb after
        // it, stands for nothing (not `it is steering clear of …`, `it is
        // considered a threat`).
        let empty = pronoun.thing
            && at + 1 < doc.tokens.len()
            && match doc.lower(at + 1) {
                "seems" | "seemed" | "appears" | "appeared" => true,
                "is" | "was" => at + 2 < doc.tokens.len() && !self.matcher.is_verb_form(at + 2),
                _ => false,
            };
        if generic || empty {
            return None;
        }
        let mut fallback = None;
        // A hearer's pronoun (`Sullivan told her`, `Romney begged him`)
        // stands for a person only where one alone of its gender, not the
        // speaker, is named in its sentence or the one before (outside
        // quotations), salient or not: the nearest or the most salient
        // was often another (`Karen Robison pulled Rep. King aside … she
        // told him`; a full name of no known gender is as often a body's,
        // `Six Gannett newspapers`).
        let mut hearer: Option<Rc<str>> = None;
        let hearer_window = if other_than.is_some() {
            let sentence = doc.sentence_start(at);
            doc.tokens[doc.sentence_start(sentence.saturating_sub(1))].span.start
        } else {
            0
        };
        // (`The report provided details. It said …`: an `it` may stand for
        // a body or a document with no name, when it is nearer.)
        let thing = if pronoun.thing {
            self.thing_subject(mention)
        } else {
            None
        };
        // A `he` or `she` that is a subject outside quotations may stand for
        // the speaker before it.
        let speaker_pronoun = pronoun.subject && !pronoun.thing && gender != Gender::Unknown && !quoted;
        // (`A worker at the mine … said …. “…,” he said.`)
        if speaker_pronoun
            && other_than.is_none()
            && let Some(source) = self.unnamed_source(mention, paragraph, gender, false)
        {
            return Some(source);
        }
        // `Perez … contrasted the candidate, whom he described as …`: the
        // subject of a clause that `whom` opens is not the relative's
        // antecedent but, where a name opens the sentence, that name.
        if speaker_pronoun
            && other_than.is_none()
            && at >= 2
            && doc.lower(at - 1) == "whom"
            && let Some(subject) = self.sentence_subject_name(at, gender)
        {
            return Some(subject);
        }
        // (`names_before` is a start of `names`: positions are indices.)
        let names = self.names_before(mention.start);
        let nearest = names.len().saturating_sub(MAX_NAMES_BACK);
        for (position, name) in names.iter().enumerate().skip(nearest).rev() {
            if thing.is_some_and(|thing| thing.start > name.span.start) || name.span.start < hearer_window {
                break;
            }
            // (`He married in Mississippi`: a place there, whatever the
            // name is elsewhere, is no he or she.)
            if !name.person || (name.quoted && !quoted) || (name.placed && !pronoun.thing) {
                continue;
            }
            if name.paragraph + PRONOUN_REACH < paragraph {
                break;
            }
            let canonical = self.mention_canonical(position);
            if other_than.flatten() == Some(&**canonical) {
                continue;
            }
            let facts = *self.facts[position]
                .pronoun
                .get_or_init(|| self.pronoun_facts(canonical));
            // (`the White House`, `the Interior Ministry`, `the New York
            // Times`: no he or she; a person or `the Democrats`: no it.)
            let excluded = if pronoun.thing {
                !facts.body || facts.plural_body
            } else {
                gender != Gender::Unknown && (facts.body || facts.thing || facts.place)
            };
            if excluded {
                continue;
            }
            let known = facts.gender;
            // (A hearer's pronoun: see the unambiguous person below.)
            if other_than.is_some() {
                if known == gender {
                    match &hearer {
                        Some(found) if **found != **canonical => return None,
                        _ => hearer = Some(canonical.clone()),
                    }
                }
                continue;
            }
            let compatible =
                gender == Gender::Unknown || known == gender || (known == Gender::Unknown && facts.full_name);
            if name.salient && compatible {
                return Some(String::from(&**canonical));
            }
            // (A gender learned only inside sentences is a weaker guess: not
            // for an object, `more upheaval than Clinton`.)
            if fallback.is_none()
                && known == gender
                && gender != Gender::Unknown
                && (facts.salient_gender || !self.as_object(name))
            {
                fallback = Some(String::from(&**canonical));
            }
        }
        if other_than.is_some() {
            return hearer.map(|name| String::from(&*name));
        }
        let found = match thing {
            Some(thing) if fallback.is_none() => self.resolve(thing),
            _ => fallback,
        };
        found.or_else(|| {
            speaker_pronoun
                .then(|| self.previous_speaker(mention, paragraph, gender))
                .flatten()
        })
    }

    /// The canonical name of the person whose name opens the sentence of
    /// token `at`, if the name is of `gender` (or of none known).
    fn sentence_subject_name(&self, at: usize, gender: Gender) -> Option<String> {
        // (A closing quote mark after the last sentence's stop is no word
        // of this one.)
        let first =
            (self.doc.sentence_start(at)..at).find(|&index| self.doc.tokens[index].class != TokenClass::Punct)?;
        let start = self.doc.tokens[first].span.start;
        let names = self.names_before(self.doc.tokens[at].span.start);
        let position = names.partition_point(|name| name.span.start < start);
        if !names
            .get(position)
            .is_some_and(|name| name.span.start == start && name.person)
        {
            return None;
        }
        let canonical = self.mention_canonical(position);
        let facts = *self.facts[position]
            .pronoun
            .get_or_init(|| self.pronoun_facts(canonical));
        let person = !(facts.body || facts.thing || facts.place || facts.plural_body);
        (person && (facts.gender == gender || facts.gender == Gender::Unknown)).then(|| String::from(&**canonical))
    }

    /// The last speaker mention before `mention` that is no pronoun (nor,
    /// with `past_relatives`, a relative pronoun: those stand for the same
    /// person), a few speakers back at most, from at most `reach`
    /// paragraphs before the mention's `paragraph`, with no person named
    /// between it and the mention (outside quotations).
    fn speaker_before(&self, mention: Span, paragraph: usize, reach: usize, past_relatives: bool) -> Option<Span> {
        let doc = self.doc;
        let before = self.speakers.partition_point(|speaker| speaker.end <= mention.start);
        let speaker = *self.speakers[..before]
            .iter()
            .rev()
            .take(MAX_SPEAKERS_BACK)
            .find(|speaker| {
                let first = doc.token_at_or_after(speaker.start);
                let end = mention_end(doc, first, speaker.end);
                self.pronoun_of(first, end, speaker.of(doc.text)).is_none()
                    && !(past_relatives && end == first + 1 && self.tags.is(first, WordClass::Relative))
            })?;
        let from = doc.paragraphs[paragraph.saturating_sub(reach)].span.start;
        let named_between = self
            .names_before(mention.start)
            .iter()
            .rev()
            .take_while(|name| name.span.start >= speaker.end)
            .any(|name| name.person && !name.quoted && !name.placed);
        (speaker.start >= from && !named_between).then_some(speaker)
    }

    /// The speaker before a `he` or `she` that no name fits, when no
    /// person is named between them (outside quotations) and nothing says
    /// the speaker is of the other gender: `“…,” the actress said. “…,”
    /// she said.`, `“…,” Cruz said. ¶ “…,” he said.` Pronouns among the
    /// speakers between are passed over (they stand for the same person);
    /// a few speakers back at most, and within the pronouns' reach.
    fn previous_speaker(&self, mention: Span, paragraph: usize, gender: Gender) -> Option<String> {
        let doc = self.doc;
        let speaker = self.speaker_before(mention, paragraph, PRONOUN_REACH, false)?;
        // The speaker's gender: its name's, or its role word's.
        let first = doc.token_at_or_after(speaker.start);
        let end = mention_end(doc, first, speaker.end);
        let names = self.names_before(speaker.end);
        // (The last name before its end, if inside it: one look, not a
        // search back through the document's names.)
        let named = names
            .len()
            .checked_sub(1)
            .filter(|&position| names[position].span.start >= speaker.start && names[position].person);
        let spoken = if let Some(position) = named {
            let canonical = self.mention_canonical(position);
            let facts = *self.facts[position]
                .pronoun
                .get_or_init(|| self.pronoun_facts(canonical));
            if facts.body || facts.thing || facts.place || facts.plural_body {
                return None;
            }
            facts.gender
        } else {
            role_word(self.tags, self.head_before_preposition(first..end))?.gender
        };
        if spoken != Gender::Unknown && spoken != gender {
            return None;
        }
        // (A role that names someone the pronoun's own search passed over,
        // too far back or no subject, is no surer a guess: `One woman …
        // said the woman` taken for a woman named long before.)
        self.resolve(speaker)
            .filter(|resolved| named.is_some() || *resolved == self.plain_phrase(first, end))
    }

    /// The unnamed source a `he` or `she` that opens a reporting clause
    /// stands for (or a `role` no name fits, [`Self::role_antecedent`]):
    /// the last speaker before it (past speakers that are pronouns
    /// themselves), in its paragraph or, for a pronoun, the one before,
    /// with no person named since, whose mention is a role of no other
    /// gender that introduces someone unnamed (`A worker at the mine, who
    /// asked not to be named, said …. “…,” he said.`; `A Northvale lineman
    /// said …. ¶ He said …`). Names further back, and the body whose name
    /// modifies the role, are not the source.
    fn unnamed_source(&self, mention: Span, paragraph: usize, gender: Gender, role: bool) -> Option<String> {
        let doc = self.doc;
        // (A relative pronoun stands for the source too: `who asked not to
        // be named`.)
        let speaker = self.speaker_before(mention, paragraph, usize::from(!role), true)?;
        let first = doc.token_at_or_after(speaker.start);
        // (A mention opened by a name or a pronoun is none: most are. After
        // a role, one opened by `the` is none either: it is a role again,
        // whose own source would be sought the same way, back through the
        // text.)
        if !(introduces_someone(doc.lower(first)) || !role && doc.lower(first) == "the") {
            return None;
        }
        let end = mention_end(doc, first, speaker.end);
        let role = role_word(self.tags, self.head_before_preposition(first..end))?;
        if role.gender != Gender::Unknown && role.gender != gender {
            return None;
        }
        // (A source introduced as someone unnamed, `a worker`, `one
        // official`; not a role the resolver keeps as written, `his
        // brother`, `the businessman`, whose person the search through
        // names finds.)
        self.resolve(speaker).filter(|resolved| {
            resolved
                .split_once(' ')
                .is_some_and(|(first, _)| introduces_someone(first))
        })
    }

    /// The last word of the noun phrase `words` (not empty) before its
    /// first preposition, if one follows its first word: the phrase's head
    /// (`attorneys` of `attorneys for the department`).
    fn head_before_preposition(&self, words: Range<usize>) -> usize {
        (words.start + 1..words.end)
            .find(|&at| self.tags.is(at, WordClass::Preposition))
            .unwrap_or(words.end)
            - 1
    }

    /// Whether the pronoun at token `at` follows a comma or a quote mark
    /// in its sentence (`…, they said`): the sentence's subject is then in
    /// what was said, not the pronoun's antecedent.
    fn trails(&self, at: usize, sentence_start: usize) -> bool {
        at > sentence_start && matches!(self.doc.word(at - 1), "," | "\"" | "”" | "’" | "'")
    }

    /// The tokens of the sentence before that of the pronoun at token
    /// `at`, where the pronoun is its own sentence's subject (`… . They
    /// said …`, `… . By nearly 2-1, they say …`).
    fn sentence_before_subject(&self, at: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let sentence_start = doc.sentence_start(at);
        if self.matcher.sentence_subject(sentence_start, at + 1) != Some(at..at + 1) {
            return None;
        }
        let previous_end = sentence_start.checked_sub(1)?;
        Some(doc.sentence_start(previous_end)..previous_end)
    }

    /// The common noun phrase with an article that opens the sentence at
    /// `start` (`The report also provided …`: `The report`), ending
    /// before `limit`: lower-case words that are no verb, adverb,
    /// preposition or stopword.
    fn opening_noun_phrase(&self, start: usize, limit: usize) -> Option<Range<usize>> {
        if start >= limit || !self.tags.is(start, WordClass::Determiner) {
            return None;
        }
        let end = (start + 1..limit.min(start + MAX_THING_WORDS + 1))
            .find(|&at| {
                self.doc.tokens[at].class != TokenClass::Word
                    || self.tags.is_capitalized(at)
                    || self.matcher.is_verb_form(at)
                    || self.matcher.is_adverb(at)
                    || self.tags.is(at, WordClass::Preposition)
                    || self.tags.is(at, WordClass::Stopword)
            })
            .unwrap_or(limit);
        (end > start + 1 && end < limit).then_some(start..end)
    }

    /// `The company said in its statement …`, `The report also provided
    /// details. It said …`: the body or document with no name that an `it`
    /// stands for: its own sentence's subject before it, or, for an `it`
    /// that is its sentence's subject, the sentence before's. A subject
    /// with an article whose head is an institution's word or a document's
    /// (`the company`, `the report`; not `the bills`).
    fn thing_subject(&self, mention: Span) -> Option<Span> {
        let doc = self.doc;
        let at = doc.token_at_or_after(mention.start);
        let sentence_start = doc.sentence_start(at);
        let names_thing = |words: Range<usize>| {
            let (first, end) = (words.start, words.end);
            let head = self.head_before_preposition(first..end);
            let body = self.is_institution_word(head);
            (head > first
                && self.tags.is(first, WordClass::Determiner)
                && !self.tags.is_capitalized(head)
                && !(first..end).any(|index| self.matcher.is_verb_form(index))
                && (body || self.tags.is(head, WordClass::DocumentNoun)))
            .then(|| self.matcher.span(first..head + 1))
        };
        let own = self
            .opening_noun_phrase(sentence_start, at)
            .filter(|_| !self.trails(at, sentence_start))
            .and_then(names_thing);
        let span = match own {
            Some(span) => span,
            None => {
                let previous = self.sentence_before_subject(at)?;
                names_thing(self.opening_noun_phrase(previous.start, previous.end)?)?
            }
        };
        // (The whole of a speaker's mention that opens with it: `The office
        // of Prime Minister Stefan Aurel said …. It blamed …`.)
        let whole = self.speakers[self.speakers.partition_point(|speaker| speaker.start < span.start)..]
            .first()
            .filter(|speaker| speaker.start == span.start && speaker.end > span.end && speaker.end <= mention.start)
            .map_or(span, |speaker| *speaker);
        (!inside_any(&self.quotes, whole)).then_some(whole)
    }

    /// Whether a mention inside its sentence stands as an object (`more
    /// upheaval than Clinton`, `complained to CBS News' Charlie Rose`).
    fn as_object(&self, name: &NameMention) -> bool {
        let doc = self.doc;
        let start = name.tokens.start;
        let possessive = |at: usize| {
            let word = doc.word(at);
            doc.tokens[at].class == TokenClass::Word
                && (word.ends_with(['\'', '’']) || word.ends_with("'s") || word.ends_with("’s"))
        };
        // (Not after `of`, which makes a possessor: `the words of Abraham
        // Lincoln`, `the lead of Rep. Ann Kirkpatrick`.)
        let before = if start > 0 && self.tags.is(start - 1, WordClass::Determiner) {
            start - 1
        } else {
            start
        };
        !name.salient
            && before > 0
            && (self.after_preposition(start) && doc.lower(before - 1) != "of"
                || doc.lower(start - 1) == "than"
                || possessive(start - 1))
    }

    /// What a `he`, `she` or `it` asks of canonical name `canonical`,
    /// worked out once for all the mentions that share the name.
    fn pronoun_facts(&self, canonical: &Rc<str>) -> PronounFacts {
        if let Some(facts) = self.pronoun_facts.borrow().get(canonical) {
            return *facts;
        }
        let body = self.names_a_body(canonical);
        let facts = PronounFacts {
            body,
            plural_body: body && canonical.ends_with('s') && !canonical.ends_with("ss"),
            thing: self.written_as_thing(canonical),
            place: self.written_as_place(canonical),
            gender: self.gender_of(canonical),
            salient_gender: self.genders.get(canonical).is_some_and(|&(_, salient)| salient),
            full_name: canonical.split_whitespace().count() >= 2,
        };
        self.pronoun_facts.borrow_mut().insert(Rc::clone(canonical), facts);
        facts
    }

    /// `the New York Times reported`, `in the Islamic State.`: a name of
    /// two words or more that the document writes after `the` and before
    /// a verb, a preposition or punctuation names a thing, never a `he` or
    /// a `she` (unlike `the Donald Trump campaign`, a name as a modifier).
    fn written_as_thing(&self, canonical: &str) -> bool {
        // `Factcheck.org`, `Politico.com`: a website is no he or she.
        if is_web_address(canonical, self.grammar) {
            return true;
        }
        let things = self.things.get_or_init(|| {
            self.names
                .iter()
                .filter(|name| self.is_thing_mention(name))
                .map(|name| Box::from(&*name.display))
                .collect()
        });
        things.contains(canonical)
    }

    /// Whether the document writes the name as a place: right after a
    /// preposition of place, in the narrative, ending its phrase (`the
    /// contests in Texas and Oklahoma`, `in New Hampshire,`); not as a
    /// possessor (`in Trump's view`), with an honorific or a given name.
    fn written_as_place(&self, canonical: &str) -> bool {
        let places = self.places.get_or_init(|| {
            let doc = self.doc;
            self.names
                .iter()
                .filter(|name| {
                    let (start, end) = (name.tokens.start, name.tokens.end);
                    // (Only a name that ends its phrase: `in the United
                    // States,`, `in Texas and Oklahoma`, not `in the Clinton
                    // campaign`, `someone in Paul Ryan who …`.)
                    let ends_phrase = end >= doc.tokens.len()
                        || doc.tokens[end].class != TokenClass::Word
                        || self.tags.is(end, WordClass::Preposition)
                        || doc.lower(end) == "and";
                    ends_phrase
                        && !name.quoted
                        && name.after_place_preposition
                        && name.gender == Gender::Unknown
                        // (`the fighter the candidate had in Corey
                        // Lewandowski, his …`: a given name makes a person.)
                        && !(name.words.len() >= 2 && self.grammar.given_name_gender(doc.lower(start)) != Gender::Unknown)
                        && !is_possessive(doc.word(end - 1))
                        && !(end < doc.tokens.len() && is_possessive(doc.word(end)))
                })
                .map(|name| Box::from(&*name.display))
                .collect()
        });
        places.contains(canonical)
    }

    /// [`Resolver::written_as_thing`] for one mention.
    fn is_thing_mention(&self, name: &NameMention<'d>) -> bool {
        let doc = self.doc;
        let (start, end) = (name.tokens.start, name.tokens.end);
        name.words.len() >= 2
            && start > 0
            && doc.lower(start - 1) == "the"
            && (end >= doc.tokens.len()
                || (doc.tokens[end].class == TokenClass::Punct && !doc.word(end).starts_with(['\'', '’']))
                || self
                    .tags
                    .verb(end)
                    .is_some_and(|(_, form)| matches!(form, VerbForm::Past | VerbForm::Present3))
                || self.tags.is(end, WordClass::Preposition))
    }

    /// Whether a name ends in an institution's or a group's word or two
    /// (`White House`, `Interior Ministry`, `Democrats`), or is a web
    /// site's address.
    fn names_a_body(&self, name: &str) -> bool {
        // (A web site's address: `Tchadinfos.com`.)
        if is_web_address(name, self.grammar) {
            return true;
        }
        // (Its head before `of`: `Department of Homeland Security`.)
        let head = name.split_once(" of ").map_or(name, |(head, _)| head);
        let mut words = head.rsplit(' ');
        let last = words.next().unwrap_or_default();
        if self.grammar.ends_in_body(words.next(), last) {
            return true;
        }
        // `The Post`, `the Washington Post`: a news word ends the name of a
        // paper or a channel (not `Michael Bloomberg`, whose first word is
        // a given name).
        let first = name.split(' ').next().unwrap_or_default();
        self.grammar.lexeme(&last.to_lowercase()).is(WordClass::Media)
            && (first == last || self.grammar.given_name_gender(&first.to_lowercase()) == Gender::Unknown)
    }

    /// `they`: the nearest speaker before it that is a group (`rights
    /// groups`, `the Democrats`, `Ana Ruiz and Tom Hale`), a few paragraphs
    /// back at most. But first, inside the sentence of a group that is its
    /// subject, that group (`Latino Republicans have been unsparing in
    /// their criticism of …`, `Most voters in all five say they want …`).
    /// `we`, and a `they` with no group before it: no one.
    fn resolve_plural(&self, mention: Span, paragraph: usize) -> Option<String> {
        let doc = self.doc;
        let word = mention.of(doc.text);
        let they = word.eq_ignore_ascii_case("they");
        if !they && !word.eq_ignore_ascii_case("their") {
            return None;
        }
        if let Some(subject) = self.group_subject(mention, they) {
            return self.resolve(subject);
        }
        if !they {
            return None;
        }
        // The nearest group among the speakers before, or the group that an
        // earlier speaker's `they` stands for in its own sentence
        // (`Republicans have …, and they are circulating talking points.
        // They say …`).
        let before = self.speakers.partition_point(|speaker| speaker.end <= mention.start);
        let reach = doc.paragraphs[paragraph.saturating_sub(PRONOUN_REACH)].span.start;
        let group = self.speakers[..before]
            .iter()
            .rev()
            .take_while(|speaker| speaker.start >= reach)
            .take(MAX_GROUPS_BACK)
            .find_map(|speaker| {
                if self.is_group(*speaker) {
                    Some(*speaker)
                } else if speaker.of(doc.text).eq_ignore_ascii_case("they") {
                    self.group_subject(*speaker, true)
                } else {
                    None
                }
            });
        // (Or the people the sentence before is about, if nearer.)
        let previous = self.previous_subject(mention);
        let nearest = match (group, previous) {
            (Some(group), Some(previous)) if previous.start > group.start => previous,
            (group, previous) => group.or(previous)?,
        };
        self.resolve(nearest)
    }

    /// `Millennials have reached a consensus. By nearly 2-1, they say …`:
    /// the subject of the sentence before that of a `they` that is its own
    /// sentence's subject, where it names people (see
    /// [`Resolver::names_people`]).
    fn previous_subject(&self, mention: Span) -> Option<Span> {
        let doc = self.doc;
        let previous = self.sentence_before_subject(doc.token_at_or_after(mention.start))?;
        let (previous_start, previous_end) = (previous.start, previous.end);
        let people = |words: Range<usize>| {
            let head = self.names_people(words.clone())?;
            Some(self.matcher.span(words.start..head + 1))
        };
        // (Or the agent that ends a passive sentence: `Muqai was lured
        // back in 2017 by his former employers. They said …`.)
        let agent = || {
            let by = (previous_start + 2..previous_end)
                .rev()
                .take(MAX_AGENT)
                .find(|&at| doc.lower(at) == "by")?;
            let passive = (previous_start..by).any(|at| self.matcher.is_participle(at));
            passive.then(|| people(by + 1..previous_end)).flatten()
        };
        let span = self
            .matcher
            .sentence_subject(previous_start, previous_end)
            .and_then(|words| people(words.clone()).or_else(|| self.pair_of_people(words.start..previous_end)))
            .or_else(agent)?;
        // (Not words of a quote: `"Workers need recourse when they are
        // punished." They differ on …`.)
        (!inside_any(&self.quotes, span)).then_some(span)
    }

    /// `Cruz and Rubio, who …`: two people's names joined by `and` that
    /// open `words` (a subject the matcher may have read as the first name
    /// alone), as one span, which resolves to both canonical names.
    fn pair_of_people(&self, words: Range<usize>) -> Option<Span> {
        let doc = self.doc;
        // (The end of a name that starts at `start` and is no place's or body's.)
        let person_at = |start: usize| {
            let offset = doc.tokens.get(start)?.span.start;
            let position = self.names.partition_point(|name| name.span.start < offset);
            let name = self.names.get(position)?;
            (name.tokens.start == start && !name.place && !name.placed && !self.mention_names_a_body(position))
                .then_some(name.tokens.end)
        };
        let first_end = person_at(words.start)?;
        if first_end + 1 >= words.end || doc.lower(first_end) != "and" {
            return None;
        }
        let second_end = person_at(first_end + 1).filter(|&end| end <= words.end)?;
        Some(self.matcher.span(words.start..second_end))
    }

    /// The head of the noun phrase `words` (before any preposition) where
    /// the phrase names people: the head is a group word (`voters`), the
    /// plural of a role (`attorneys`), or a capitalized plural that no
    /// capitalized word but an article comes before (`Millennials`, `The
    /// Democrats`; not `United States`, nor a person's name, `Sanders`);
    /// and no verb stands in the phrase.
    fn names_people(&self, words: Range<usize>) -> Option<usize> {
        let doc = self.doc;
        let (first, end) = (words.start, words.end);
        // (A verb inside is no noun phrase's: `His friend started Muslim
        // Americans`.)
        if end <= first || (first..end).any(|at| self.matcher.is_verb_form(at)) {
            return None;
        }
        let head = self.head_before_preposition(first..end);
        if self.tags.lexeme(head).person.map(|entry| entry.kind) == Some(PersonWordKind::Group) {
            return Some(head);
        }
        let singular = doc
            .lower(head)
            .strip_suffix('s')
            .filter(|singular| !singular.ends_with('s'))?;
        let kind = |word: &str| self.grammar.lexeme(word).person.map(|entry| entry.kind);
        // (A capitalized plural that is a person's name is no group:
        // `Sanders`, `Jones`.)
        let a_persons_name = || {
            self.names_before(doc.tokens[head].span.end)
                .last()
                .is_some_and(|name| name.tokens.contains(&head) && name.person)
        };
        let people = kind(singular) == Some(PersonWordKind::Role)
            || self.tags.is_capitalized(head)
                && (first..head)
                    .all(|at| !self.tags.is_capitalized(at) || at == first && self.tags.is(at, WordClass::Determiner))
                && !a_persons_name();
        people.then_some(head)
    }

    /// The group that opens the sentence of a `they` or `their` before it
    /// (`Republicans have spent …, and they are …`). Not for a `they` after
    /// a comma or a quote: in `…, they said` the sentence's subject is in
    /// what was said.
    fn group_subject(&self, mention: Span, they: bool) -> Option<Span> {
        let doc = self.doc;
        let at = doc.token_at_or_after(mention.start);
        let sentence_start = doc.sentence_start(at);
        if they && self.trails(at, sentence_start) {
            return None;
        }
        let subject = self
            .matcher
            .sentence_subject(sentence_start, at)
            .filter(|subject| subject.end < at)
            .map(|subject| self.matcher.span(subject));
        if let Some(subject) = subject.filter(|&subject| self.is_group(subject)) {
            return Some(subject);
        }
        // `Some 20 percent of people in a poll said they …`: else the
        // subject of the verb of speech nearest before (a bounded way back:
        // a sentence the segmenter could not end may run for pages).
        let verb = (sentence_start..at).rev().take(MAX_GROUP_VERB_REACH).find(|&index| {
            self.tags
                .verb(index)
                .is_some_and(|(verb, form)| verb.quotes && matches!(form, VerbForm::Past | VerbForm::Present3))
        })?;
        let subject = self.matcher.span(self.matcher.subject_before(verb, sentence_start)?);
        self.is_group(subject).then_some(subject)
    }

    /// Whether a mention names a group: `critics`, `the Saudis`, a group
    /// word (`rights groups`), or a pair (`Ana Ruiz and Tom Hale`); not a
    /// pronoun, nor a name like `Sanders`.
    fn is_group(&self, mention: Span) -> bool {
        let doc = self.doc;
        let first = doc.token_at_or_after(mention.start);
        let end = mention_end(doc, first, mention.end);
        if end <= first {
            return false;
        }
        if end == first + 1 && self.grammar.pronoun(doc.lower(first)).is_some() {
            return false;
        }
        // The last word, or the head before a preposition (`attorneys for
        // the department`).
        let plural_noun = |word: usize| {
            (!self.tags.is_capitalized(word) || doc.lower(first) == "the") && plural_shape(doc.lower(word))
        };
        let group_word = |word: usize| {
            self.tags
                .lexeme(word)
                .person
                .is_some_and(|entry| entry.kind == PersonWordKind::Group)
        };
        let head = self.head_before_preposition(first..end);
        let pair = (first..end).any(|index| doc.lower(index) == "and");
        plural_noun(end - 1)
            || group_word(end - 1)
            || head < end - 1 && plural_noun(head)
            || pair
            // (`20 percent of people`: a share of a group.)
            || self.matcher.opens_with_share(first)
    }

    /// The recipient as a name: a person's canonical name, or the words
    /// without their article ("the Global Times" → "Global Times"). A
    /// `him` or `her` stands for a person named before who is not
    /// `speaker` (`Cruz told him`), or stays as written where no one fits.
    pub fn recipient(&self, span: Span, speaker: Option<&str>) -> String {
        let doc = self.doc;
        let first = doc.token_at_or_after(span.start);
        let mut end = mention_end(doc, first, span.end);
        // (Not a possessive before its noun, `asks her assistant to …`.)
        let possessive = || {
            doc.tokens.get(end).is_some_and(|token| {
                token.class == TokenClass::Word
                    && !self.tags.is_capitalized(end)
                    && !self.grammar.is_stopword(doc.lower(end))
            })
        };
        if end == first + 1
            && let Some(pronoun) = self.grammar.pronoun(span.of(doc.text))
            && !possessive()
            && !pronoun.first
            && !pronoun.thing
            && pronoun.gender != Gender::Unknown
            && pronoun.number != crate::grammar::Number::Plural
            && let Some(name) = self.resolve_pronoun(span, *pronoun, Some(speaker))
        {
            return name;
        }
        let mut span = span;
        // `told Breitbart News in an exclusive interview`, `told Clinton at
        // a debate`, `told analysts on a conference call`: a phrase that
        // names the occasion is no part of the
        // hearer (the patterns read it with the hearer, before the quote).
        if let Some(occasion) = (first + 1..end).find(|&index| {
            matches!(doc.lower(index), "in" | "at" | "during" | "on")
                && (index + 1..end.min(index + MAX_OCCASION))
                    .any(|noun| self.tags.is(noun, WordClass::Occasion) || self.tags.is(noun, WordClass::DocumentNoun))
        }) {
            end = occasion;
            // (`followers on social media and in interviews`.)
            while end > first + 1 && matches!(doc.lower(end - 1), "and" | "or" | ",") {
                end -= 1;
            }
            span = Span::new(span.start, doc.tokens[end - 1].span.end);
        }
        let (words, display, gender) = name_words(doc, self.tags, &mut self.name_words.borrow_mut(), first..end);
        if !words.is_empty()
            && doc.tokens[first..end]
                .iter()
                .all(|token| token.is_capitalized(doc.text) || token.class != TokenClass::Word)
        {
            return self.canonical_name(&words, &display, gender);
        }
        let text = span.of(doc.text);
        strip_article(text).to_string()
    }
}

/// One word of a name as [`name_words`] reads it.
#[derive(Clone, Copy)]
struct NamePart<'t> {
    /// Token index.
    index: usize,
    /// The word as written, possessive dropped.
    bare: &'t str,
    /// Glued to the part before (`al-Assad`), or a joining mark.
    glued: bool,
    /// Dots that follow (`J.`, `U.S.`).
    dots: usize,
}

impl NamePart<'_> {
    /// A hyphen, slash or ampersand that joins the words around it
    /// (`al-Assad`, `CNN/ORC`, `AT&T`): shown, but no word of the name.
    fn is_joiner(self) -> bool {
        joins_name_words(self.bare)
    }

    /// The lower-case word, from the document's lower-case form where
    /// lower-casing keeps the length: where the word is ASCII but for its
    /// possessive (`Trump’s`) too, its ASCII letters being lower-cased in
    /// place there.
    fn lower<'d>(self, doc: &'d Document) -> Cow<'d, str> {
        if self.bare.is_ascii() {
            Cow::Borrowed(&doc.lower(self.index)[..self.bare.len()])
        } else {
            Cow::Owned(self.bare.to_lowercase())
        }
    }

    /// The person word it is, if any.
    fn person_word<'g>(self, doc: &Document, tags: &Tags<'g>) -> Option<&'g PersonWord> {
        if self.bare.len() == doc.word(self.index).len() {
            tags.lexeme(self.index).person.as_ref()
        } else {
            tags.grammar().person_word(&self.lower(doc))
        }
    }
}

/// The lower-case words of a name (honorifics and possessive dropped), the
/// name as written, and the gender its honorific states.
/// Whether the name at `index` follows `of` (or `of the`) behind a name,
/// and opens with no given name: where a person is from or works (`Lee
/// Zeldin of New York`, `Joel Pollak of the Texas Tribune`), a place or a
/// body, not a person (but `The Many Lives of Donald J. Trump`). Nothing
/// before `start` is read.
fn of_a_name(doc: &Document, tags: &Tags, index: usize, start: usize) -> bool {
    let of = if index > start && doc.lower(index - 1) == "the" {
        index - 1
    } else {
        index
    };
    of >= start + 2
        && doc.lower(of - 1) == "of"
        && tags.is_capitalized(of - 2)
        && tags.grammar().given_name_gender(doc.lower(index)) == Gender::Unknown
}

fn name_words<'d>(
    doc: &'d Document,
    tags: &Tags,
    table: &mut NameWords<'d>,
    range: std::ops::Range<usize>,
) -> (Words, Cow<'d, str>, Gender) {
    let grammar = tags.grammar();
    let mut parts: SmallVec<[NamePart; 8]> = SmallVec::new();
    let mut gender = Gender::Unknown;
    let mut previous_end = None;
    for index in range {
        let token = doc.tokens[index];
        let word = doc.word(index);
        if token.class == TokenClass::Punct && !joins_name_words(word) {
            // `J.`, `U.S.`, `Jr.`, `G.K.`: the dot of an initial, an
            // abbreviation or an initialism.
            let abbreviated = parts.last().filter(|last| !last.is_joiner()).is_some_and(|last| {
                let lower = last.lower(doc);
                lower.chars().count() == 1
                    || grammar.lexeme(&lower).is(WordClass::Abbreviation)
                    || crate::tag::is_initialism(&lower)
            });
            if word == "." && abbreviated && previous_end == Some(token.span.start) {
                if let Some(last) = parts.last_mut() {
                    last.dots += 1;
                }
                previous_end = Some(token.span.end);
            }
            continue;
        }
        if parts.is_empty() && matches!(doc.lower(index), "the" | "a" | "an") {
            continue;
        }
        let glued = previous_end == Some(token.span.start);
        previous_end = Some(token.span.end);
        parts.push(NamePart {
            index,
            bare: strip_possessive(word),
            glued,
            dots: 0,
        });
    }
    // `Interior Minister Ana Ruiz`, `Sen. John McCain`: a title before the
    // name is not part of it; it tells the gender where it can. (Not in a
    // body's name, whose head is an institution's word: `Justice
    // Ministry`, `the Justice Department`.)
    // (Its head is the word before `of`: `Justice Ministry of Dravonia`.)
    let head = of_part(doc, &parts, 1).map_or(parts.last(), |of| parts.get(of - 1));
    let body = head.is_some_and(|head| {
        head.person_word(doc, tags)
            .is_some_and(|entry| entry.kind == PersonWordKind::Institution)
    });
    let title_end = if body {
        None
    } else {
        parts[..parts.len().saturating_sub(1)].iter().rposition(|part| {
            !part.is_joiner()
                && part
                    .person_word(doc, tags)
                    .is_some_and(|entry| matches!(entry.kind, PersonWordKind::Honorific | PersonWordKind::Role))
        })
    };
    // `Senate Intelligence Ranking Democrat Dianne Feinstein`: a party label
    // inside a title, before two words or more, ends it (one that opens the
    // name is dropped with the names run into others); not in an
    // institution's name (`the Senate Republican Conference`).
    // (Read from the tags, and the institution's words only where a label
    // is found: this runs for every name.)
    let label_end = (parts.len() >= 4)
        .then(|| {
            parts[1..parts.len() - 2]
                .iter()
                .rposition(|part| !part.is_joiner() && tags.is(part.index, WordClass::Affiliation))
                .map(|label| label + 1)
        })
        .flatten()
        .filter(|_| {
            // (The head of `the Republican Party of Wyoming` ends before `of`.)
            let n = of_part(doc, &parts, 2).unwrap_or(parts.len());
            !grammar.ends_in_body(Some(&parts[n - 2].lower(doc)), &parts[n - 1].lower(doc))
        });
    let title_end = title_end.max(label_end);
    let mut first = 0;
    if let Some(title_end) = title_end {
        for part in &parts[..=title_end] {
            if !part.is_joiner()
                && let Some(entry) = part.person_word(doc, tags)
                && entry.gender != Gender::Unknown
            {
                gender = entry.gender;
            }
        }
        first = title_end + 1;
    }
    let parts = &parts[first..];
    let words = parts
        .iter()
        .filter(|part| !part.is_joiner())
        .map(|part| table.id(part.lower(doc)))
        .collect();
    (words, name_display(doc, parts), gender)
}

/// A hyphen, slash or ampersand: a mark that joins a name's words.
fn joins_name_words(word: &str) -> bool {
    matches!(word, "-" | "/" | "&")
}

/// Whether the first of a name's words is a name of its own run into it
/// (`in Kazakhstan Zhang Xiao`, `Republican Donald Trump`): a single-word
/// name (`single` tells whether it is a place) that is a place, or before
/// a name the document also writes without it. (`Donald J. Trump` keeps
/// `Donald`: there is no `J. Trump`.)
/// So is a party label before a person's name (`Democrat Ana Ruiz`), but
/// not before an institution's (`Republican National Committee`); nor is
/// a place that opens an institution's name after `the` (`The Sarnow
/// Municipal Electoral Board`, `after_the`).
fn runs_into_name(
    words: &[u32],
    after_the: impl Fn() -> bool,
    table: &NameWords,
    grammar: &Grammar,
    single: impl Fn(u32) -> Option<bool>,
    known: impl Fn(&[u32]) -> bool,
) -> bool {
    // (A body's name ends in its head before `of`: `Republican Party of
    // Wyoming`.)
    let head = &words[..head_len(words, table)];
    let (Some(&first), Some(&last)) = (words.first(), head.last()) else {
        return false;
    };
    let label = || {
        grammar.lexeme(table.word(first)).is(WordClass::Affiliation)
            && !grammar.ends_in_body(
                head.len().checked_sub(2).map(|before| table.word(head[before])),
                table.word(last),
            )
    };
    // (An institution's name after `the` keeps its place: `The Sarnow
    // Municipal Electoral Board`.)
    let institution = || {
        grammar
            .person_word(table.word(last))
            .is_some_and(|entry| entry.is_institution())
            && after_the()
    };
    words.len() >= 3 && (single(first).is_some_and(|place| place && !institution() || known(&words[1..])) || label())
}

/// The index of the first part of a name at `from` or after that is `of`
/// (`Justice Ministry of Dravonia`): its head stands right before it.
fn of_part(doc: &Document, parts: &[NamePart], from: usize) -> Option<usize> {
    parts
        .iter()
        .skip(from)
        .position(|part| part.lower(doc) == "of")
        .map(|of| of + from)
}

/// How many of a name's words run up to its head: up to the `of` of a
/// body's name (`Ministry` of `Ministry of Defence`, `Party` of `Republican
/// Party of Wyoming`), else all of them.
fn head_len(words: &[u32], table: &NameWords) -> usize {
    words
        .iter()
        .skip(1)
        .position(|&word| table.word(word) == "of")
        .map_or(words.len(), |of| of + 1)
}

/// Whether a mention's first word introduces someone unnamed: `a`, `an`,
/// `one` or `another` (`A worker at the mine`, `One woman adopted …`).
fn introduces_someone(word: &str) -> bool {
    matches!(word, "a" | "an" | "one" | "another")
}

/// Where the tokens of a mention that starts at token `first` end:
/// `doc.token_ending_after(end)`, at least `first + 1` and at most the
/// number of tokens. Found by stepping on over the mention's few tokens
/// from `first`, where a binary search ran over the whole document: tokens
/// end in text order, so either all those before `first` end by `end`, or
/// the answer is `first + 1` either way.
fn mention_end(doc: &Document, first: usize, end: usize) -> usize {
    let mut at = first;
    while doc.tokens.get(at).is_some_and(|token| token.span.end <= end) {
        at += 1;
    }
    at.max(first + 1).min(doc.tokens.len())
}

/// `in Kazakhstan Zhang Xiao`, `Maybe Trump`: drops a word run into the
/// start of a name.
fn drop_first_word(name: &mut NameMention, doc: &Document, table: &NameWords) {
    let first = table.word(name.words.remove(0));
    let skip = name.display.find(' ').map_or(0, |space| space + 1);
    name.display = match std::mem::take(&mut name.display) {
        Cow::Borrowed(display) => Cow::Borrowed(&display[skip..]),
        Cow::Owned(display) => Cow::Owned(display[skip..].to_string()),
    };
    let offset = name.span.of(doc.text).find(' ').map_or(first.len(), |space| space + 1);
    name.span = Span::new(name.span.start + offset, name.span.end);
    name.tokens.start = doc.token_at_or_after(name.span.start);
}

/// A name as written: its parts, glued or one space apart, with their dots.
/// Most often that is a stretch of the text as it stands.
fn name_display<'d>(doc: &'d Document, parts: &[NamePart]) -> Cow<'d, str> {
    let (Some(first), Some(last)) = (parts.first(), parts.last()) else {
        return Cow::Borrowed("");
    };
    let start = doc.tokens[first.index].span.start;
    let end = doc.tokens[last.index].span.start + last.bare.len() + last.dots;
    if let Some(written) = doc.text.get(start..end)
        && is_written_as(written, parts)
    {
        return Cow::Borrowed(written);
    }
    let mut display = String::new();
    for part in parts {
        if !display.is_empty() && !part.glued {
            display.push(' ');
        }
        display.push_str(part.bare);
        for _ in 0..part.dots {
            display.push('.');
        }
    }
    Cow::Owned(display)
}

/// True when `written` is the parts of a name as [`name_display`] joins them.
fn is_written_as(written: &str, parts: &[NamePart]) -> bool {
    let mut rest = written;
    for (position, part) in parts.iter().enumerate() {
        if position > 0 && !part.glued {
            let Some(after) = rest.strip_prefix(' ') else {
                return false;
            };
            rest = after;
        }
        let Some(after) = rest.strip_prefix(part.bare) else {
            return false;
        };
        rest = after;
        for _ in 0..part.dots {
            let Some(after) = rest.strip_prefix('.') else {
                return false;
            };
            rest = after;
        }
    }
    rest.is_empty()
}

/// True when `span` overlaps one of `sorted` (sorted by start; the spans do
/// not nest), found by binary search.
/// Whether one of `sorted` (by start) contains `span`. Quotes may nest
/// (‘…’ inside “…”), so the last few that start before it are candidates.
fn inside_any(sorted: &[Span], span: Span) -> bool {
    sorted[..sorted.partition_point(|quote| quote.start <= span.start)]
        .iter()
        .rev()
        .take(NESTED_QUOTES)
        .any(|quote| quote.contains(span))
}

/// The speakers' mentions, sorted, asked about offsets that only grow (the
/// names, in text order): a cursor that moves on, where a binary search
/// per name ran over all of them. (Only while the mentions' ends grow with
/// their starts, so that the cursor finds what the search finds; else the
/// search.)
struct SpeakersAfter<'s> {
    sorted: &'s [Span],
    ordered: bool,
    next: usize,
}

impl<'s> SpeakersAfter<'s> {
    fn new(sorted: &'s [Span]) -> SpeakersAfter<'s> {
        let ordered = sorted.windows(2).all(|pair| pair[0].end <= pair[1].end);
        SpeakersAfter {
            sorted,
            ordered,
            next: 0,
        }
    }

    /// The position of the first mention that ends after `offset`, no
    /// smaller than the offset last asked.
    fn first_ending_after(&mut self, offset: usize) -> usize {
        if !self.ordered {
            return self.sorted.partition_point(|other| other.end <= offset);
        }
        while self.sorted.get(self.next).is_some_and(|other| other.end <= offset) {
            self.next += 1;
        }
        self.next
    }

    /// [`overlaps_any`] of the mentions, for a span that starts no earlier
    /// than the offset last asked.
    fn overlaps(&mut self, span: Span) -> bool {
        let position = self.first_ending_after(span.start);
        self.sorted.get(position).is_some_and(|other| other.overlaps(span))
    }
}

fn overlaps_any(sorted: &[Span], span: Span) -> bool {
    let position = sorted.partition_point(|other| other.end <= span.start);
    sorted.get(position).is_some_and(|other| other.overlaps(span))
}

/// Whether the words before the name at `index`, which end in a role
/// word, are the sentence's opening noun phrase: a determiner or a
/// conjunction (`But`) at the sentence's start, then words that are no verb,
/// preposition or function word (`But farm lobby leader Pedro Lupion`, `The
/// opposition's finance spokesman Pedro Lupion`), a few at most.
fn roles_open_sentence(doc: &Document, matcher: &Matcher, index: usize, line_start: usize) -> bool {
    const MAX_ROLE_WORDS: usize = 6;
    let start = doc.sentence_start(index).max(line_start);
    if index - start > MAX_ROLE_WORDS {
        return false;
    }
    let mut modifiers = start;
    while modifiers < index
        && (matcher.is(modifiers, WordClass::Conjunction) || matcher.is(modifiers, WordClass::Determiner))
    {
        modifiers += 1;
    }
    modifiers < index
        && (modifiers..index).all(|at| {
            doc.tokens[at].class == TokenClass::Word
                && !matcher.is(at, WordClass::PhraseBoundary)
                && !matcher.is(at, WordClass::Preposition)
                && !matcher.is(at, WordClass::Determiner)
                && !matcher.is(at, WordClass::Stopword)
                && !matcher.is_verb_form(at)
        })
}

/// `a member of China's mission in Kazakhstan, Gu Ming`: a role or
/// institution word in the few words before `, Name`.
fn role_before_comma(doc: &Document, tags: &Tags, name_start: usize, limit: usize) -> bool {
    if name_start <= limit || doc.word(name_start - 1) != "," {
        return false;
    }
    (limit.max(name_start.saturating_sub(9))..name_start - 1).any(|index| {
        tags.lexeme(index).person.is_some_and(|entry| {
            matches!(
                entry.kind,
                PersonWordKind::Role | PersonWordKind::Institution | PersonWordKind::Group
            )
        })
    })
}

/// Whether the name at tokens `start..end` opens line `line` in capitals
/// and is no one's: a dateline (`DES MOINES -`, `NEW YORK (AP) —`, `BOSTON,
/// Mass. —`, `SAINT-AVREL, Aug 21 (Wire) -`) or a line of page furniture (`FULL TEXT.`), not a transcript's
/// `JAKE TAPPER:`.
fn line_in_capitals(doc: &Document, start: usize, end: usize, line: Range<usize>) -> bool {
    // (`SAINT-AVREL,`: a hyphen joins a place's words.)
    if start != line.start || !(start..end).all(|index| doc.is_in_capitals(index) || doc.word(index) == "-") {
        return false;
    }
    match (end < line.end).then(|| doc.word(end)) {
        None => true,
        Some("." | "!") => end + 1 == line.end,
        Some(next) => matches!(next, "," | "(") || is_dash(next),
    }
}

/// `Mehmet Kasikci, a doctoral student at …`: a role noun in the aside after a name.
fn role_in_apposition(doc: &Document, tags: &Tags, end: usize, limit: usize) -> bool {
    if end >= limit || doc.word(end) != "," {
        return false;
    }
    (end + 1..(end + 8).min(limit))
        .take_while(|&index| doc.word(index) != ",")
        .any(|index| role_word(tags, index).is_some())
}

/// The entry of token `index` where the lexicon lists it as a role word
/// (`spokesman`, `governor`).
fn role_word(tags: &Tags, index: usize) -> Option<PersonWord> {
    tags.lexeme(index)
        .person
        .filter(|entry| entry.kind == PersonWordKind::Role)
}

/// `Republican voters see …`, `Clinton aides said`: a name that a lower-case
/// word of the same speaker's mention follows modifies that noun, and is no
/// speaker of its own.
fn modifies_noun(doc: &Document, tags: &Tags, end: usize, speakers: &[Span]) -> bool {
    end < doc.tokens.len()
        && doc.tokens[end].class == TokenClass::Word
        && !tags.is_capitalized(end)
        && tags.lexeme(end).pronoun.is_none() // `Cruz himself`
        && overlaps_any(speakers, doc.tokens[end].span)
}

/// True when `needle` occurs as a contiguous run in `haystack`.
fn contains_words(haystack: &[u32], needle: &[u32]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|window| window == needle)
}

/// Names that may be spelling variants of each other share this.
fn shape(table: &NameWords, words: &[u32]) -> Shape {
    (
        words.len(),
        words
            .first()
            .and_then(|&word| table.word(word).chars().next())
            .unwrap_or(' '),
    )
}

/// True when the two names differ only in spelling, word by word.
fn same_spelling(table: &NameWords, a: &[u32], b: &[u32]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(&x, &y)| {
            let (x_word, y_word) = (table.word(x), table.word(y));
            x == y
                || (x_word.len() > 4
                    && may_be_variant(x_word, y_word)
                    && strsim::jaro_winkler(x_word, y_word) >= SPELLING_VARIANT)
        })
}

/// False where Jaro-Winkler cannot reach [`SPELLING_VARIANT`], found
/// without it: Jaro-Winkler is at most 0.6 J + 0.4 (a common prefix of four
/// letters), and Jaro at most (m/|x| + m/|y| + 1)/3, m the letters the two
/// words share. Most names of one shape share too few letters.
fn may_be_variant(x: &str, y: &str) -> bool {
    if !x.is_ascii() || !y.is_ascii() || x.is_empty() || y.is_empty() {
        return true;
    }
    let bound = |shared: f64| {
        let jaro = (shared / x.len() as f64 + shared / y.len() as f64 + 1.0) / 3.0;
        // A margin for rounding: a pair near the threshold goes to the full test.
        0.6 * jaro + 0.4 >= SPELLING_VARIANT - 1e-9
    };
    // (They share at most the shorter word's letters: words of lengths
    // far apart fail without their letters counted.)
    if !bound(x.len().min(y.len()) as f64) {
        return false;
    }
    let mut counts = [0u32; 128];
    for byte in x.bytes() {
        counts[usize::from(byte)] += 1;
    }
    let mut shared = 0u32;
    for byte in y.bytes() {
        if counts[usize::from(byte)] > 0 {
            counts[usize::from(byte)] -= 1;
            shared += 1;
        }
    }
    bound(f64::from(shared))
}

fn strip_article(text: &str) -> &str {
    for article in ["the ", "The ", "THE "] {
        if let Some(rest) = text.strip_prefix(article) {
            return rest;
        }
    }
    text
}

/// Whether `name` writes `mention` right after a hyphen or a slash
/// (`Trump-Clinton` for `Clinton`) or right before one (`Obama-Xi` for
/// `Obama`, `Reuters/Ipsos` for `Reuters`, a poll of two bodies).
fn joined_to(name: &str, mention: &str) -> bool {
    // (The cheap tests first: most candidates are the mention's own name,
    // or one with no hyphen, and need not have the mention's words cut
    // out, which reads their characters as Unicode white space.)
    if name.len() <= mention.len() || !name.contains(['-', '/']) {
        return false;
    }
    let first = mention.split_whitespace().next().unwrap_or(mention);
    let last = mention.split_whitespace().next_back().unwrap_or(mention);
    !first.is_empty()
        && name
            .match_indices(first)
            .any(|(at, _)| name[..at].ends_with(['-', '/']))
        || !last.is_empty()
            && name
                .match_indices(last)
                .any(|(at, _)| name[at + last.len()..].starts_with(['-', '/']))
}

/// A name written as a web address: one word with a dot before a top-level
/// domain (`Factcheck.org`, `Breitbart.com`; `web_domain` of the grammar).
fn is_web_address(name: &str, grammar: &Grammar) -> bool {
    !name.contains(' ')
        && name.rsplit_once('.').is_some_and(|(site, domain)| {
            !site.is_empty() && grammar.lexeme(&domain.to_ascii_lowercase()).is(WordClass::WebDomain)
        })
}

/// A canonical name without an acronym in parentheses after it
/// (`Lusenian Teachers' Union (LTU)`).
fn without_acronym(name: &str) -> &str {
    if !name.ends_with(')') {
        return name;
    }
    match name.rfind(" (") {
        Some(open)
            if name.ends_with(')')
                && (2..=6).contains(&(name.len() - open - 3))
                && name[open + 2..name.len() - 1].chars().all(|ch| ch.is_ascii_uppercase()) =>
        {
            &name[..open]
        }
        _ => name,
    }
}

/// Whether a name holds an apostrophe, as a body's name may
/// (`Midwives' Guild`).
fn has_apostrophe(name: &str) -> bool {
    name.contains(['\'', '’'])
}

/// One canonical name per body or person in a document, whatever path
/// resolved each mention: names that differ only in apostrophes or an
/// acronym in parentheses after them (`Lusenian Teachers Union`,
/// `Lusenian Teachers' Union (LTU)`) become the first of them with an
/// apostrophe (else the first), without the acronym.
pub(crate) fn one_spelling<'a>(speakers: impl Iterator<Item = &'a mut Option<String>>) {
    // Only a name with an apostrophe or an acronym can differ from another
    // in them: only those are copied, into the key with neither; any other
    // name is its own key.
    let marked = |name: &str| has_apostrophe(name) || without_acronym(name).len() != name.len();
    let bare = |name: &str| -> String {
        without_acronym(name)
            .chars()
            .filter(|&ch| ch != '\'' && ch != '’')
            .collect()
    };
    let mut speakers: Vec<&mut String> = speakers.flatten().collect();
    let mut forms: FxHashMap<String, String> = FxHashMap::default();
    for name in speakers.iter().filter(|name| marked(name)) {
        let form = forms.entry(bare(name)).or_insert_with(|| name.to_string());
        if has_apostrophe(name) && !has_apostrophe(form) {
            *form = name.to_string();
        }
    }
    if forms.is_empty() {
        return;
    }
    for name in &mut speakers {
        let form = if marked(name) {
            forms.get(&bare(name))
        } else {
            forms.get(name.as_str())
        };
        if let Some(form) = form.map(|form| without_acronym(form))
            && name.as_str() != form
        {
            **name = form.to_string();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A person word that the document capitalizes inside a sentence is a
    /// name's (`the Democrats`); one that only opens sentences is a common
    /// noun (`Officials said`).
    #[test]
    fn a_group_keeps_the_capital_the_document_gives_it_inside_sentences() {
        assert_eq!(
            speakers("Title.\n\nThe Democrats said the plan was dead."),
            ["Democrats"]
        );
        assert_eq!(speakers("Title.\n\nOfficials said the plan was dead."), ["officials"]);
    }

    /// A `they` that stands for the group opening its sentence stands for
    /// it again in the next sentence's `They say`.
    #[test]
    fn they_carries_a_group_from_an_earlier_they() {
        assert_eq!(
            speakers(
                "Title.\n\nRepublicans have spent time on Benghazi, and they are circulating \
                 talking points on it. They say Clinton advocated against leaving a force."
            ),
            ["Republicans", "Republicans"]
        );
    }

    /// A dateline in capitals (`DES MOINES -`, `NEW YORK (AP) —`) and a
    /// line of furniture in capitals (`FULL TEXT.`) name no one a later
    /// `she` or `he` stands for.
    #[test]
    fn a_dateline_or_a_line_in_capitals_is_no_one() {
        assert_eq!(
            speakers(
                "Clinton lines up a plan.\n\nDES MOINES - Despite her hurdles, Hillary Clinton has been \
                 expanding her networks, confident that she can deny Bernie Sanders the nomination."
            ),
            ["Hillary Clinton"]
        );
        // (A hyphen inside the dateline: `SAINT-AVREL, Aug 21 (Wire) -`.)
        assert_eq!(
            speakers(
                "Power line started blaze that razed village, fire chief says\n\nSAINT-AVREL, Aug 21 (Wire) - The wildfire started beneath a power \
                 line, the region's fire chief said on Thursday.\n\n\"We found a broken conductor,\" Marisol \
                 Tenney, the regional fire chief, told Wire."
            ),
            ["fire chief", "Marisol Tenney", "Marisol Tenney"]
        );
        assert_eq!(
            speakers(
                "Trump says praise helps.\n\nFULL TEXT.\n\nEven the day after a debate, the candidate holding \
                 the spotlight was Donald J. Trump, who took to the talk shows to defend his praise of Putin."
            ),
            ["Donald J. Trump", "Donald J. Trump"]
        );
    }

    /// `a spokesman for the office` after `the Westmark State Environment
    /// Office` speaks for that body, and says so: the body's noun in a
    /// role's phrase resolves as it would alone.
    #[test]
    fn a_role_for_a_body_s_noun_names_the_body() {
        assert_eq!(
            speakers(
                "Title.\n\nThe Westmark State Environment Office said it had alerted the city. \
                 \"We followed the procedure,\" a spokesman for the office told Reuters."
            ),
            [
                "Westmark State Environment Office",
                "a spokesman for the Westmark State Environment Office"
            ]
        );
        // (No body of that noun before: as written.)
        assert_eq!(
            speakers("Title.\n\n\"We followed the procedure,\" a spokesman for the office told Reuters."),
            ["a spokesman for the office"]
        );
    }

    /// Two names joined by `and` are a pair; a role before `and` that
    /// shares one person's title (`former Pennsylvania Gov. and Democratic
    /// National Committee Chairman Ed Rendell`) or a capitalized word that
    /// is no name (`Former prosecutor and New York City Mayor Rudy
    /// Giuliani`) is no one paired with the name.
    #[test]
    fn a_shared_title_before_and_is_no_pair() {
        assert_eq!(
            speakers(
                "Title.\n\n\"He is back,\" said former Pennsylvania Gov. and Democratic National \
                 Committee Chairman Ed Rendell."
            ),
            ["Ed Rendell"]
        );
        assert_eq!(
            speakers(
                "Title.\n\nFormer prosecutor and New York City Mayor Rudy Giuliani, who backs Trump, \
                 called it a \"no-brainer\" to prosecute."
            ),
            ["Rudy Giuliani", "Rudy Giuliani"]
        );
        assert_eq!(
            speakers("Title.\n\n\"We won,\" said Ana Ruiz and Tom Hale."),
            ["Ana Ruiz and Tom Hale"]
        );
        // (`Environment and Energy Minister Luka Brenner`: one word before
        // `and`, no name the story gives anyone, shares the title's role.)
        assert_eq!(
            speakers(
                "Title.\n\nEnvironment and Energy Minister Luka Brenner dismissed the report as \
                 'alarmist' and said the dam was safe."
            ),
            ["Luka Brenner", "Luka Brenner"]
        );
        assert_eq!(
            speakers(
                "Title.\n\nEnvironment and Energy Minister Luka Brenner said it was safe. According to the \
                 Environment and Energy Ministry, it was."
            ),
            ["Luka Brenner", "Environment and Energy Ministry"]
        );
        assert_eq!(
            speakers(
                "Title.\n\nHillary Clinton met the press. \"We agree,\" said Clinton and Foreign \
                 Minister Sergei Lavrov."
            ),
            ["Hillary Clinton and Sergei Lavrov"]
        );
    }

    /// A name in the phrase of a lower-case noun (after a preposition,
    /// maybe `the`, or a participle) is the noun's complement: the noun
    /// speaks, not the name. A name that gives the source of something
    /// said, or that a relative pronoun stands for, still names the speaker.
    #[test]
    fn a_name_in_a_noun_s_phrase_is_no_speaker() {
        let cases = [
            (
                "Title.\n\nOne pastor supporting Mr. Cruz, Ted Cruz's friend, said he had made 150 calls.",
                "One pastor supporting Mr. Cruz",
            ),
            (
                "Title.\n\nTrade would suffer, a lawmaker in the Philippines said.",
                "a lawmaker in the Philippines",
            ),
            (
                "Title.\n\n\"We will win,\" said a pastor at the Reformation Church of Elizabeth.",
                "a pastor at the Reformation Church of Elizabeth",
            ),
            (
                "Title.\n\nThe popularity of Mr. Trump shows that voters are angry.",
                "popularity of Mr. Trump",
            ),
            (
                "Title.\n\n\"It is over,\" said a person close to the Clintons.",
                "a person close to the Clintons",
            ),
            // The source of something said.
            (
                "Title.\n\nAn email from Neera Tanden said the plan was dead.",
                "Neera Tanden",
            ),
            (
                "Title.\n\nVoters are angry, according to a survey conducted by WBUR.",
                "WBUR",
            ),
            (
                "Title.\n\n\"It is wrong,\" said a Wednesday editorial in The Des Moines Register.",
                "Des Moines Register",
            ),
            // (Not whom it was addressed to.)
            (
                "Title.\n\n\"You will taste our vengeance,\" the man said, according to a letter to Facebook.",
                "a letter to Facebook",
            ),
            (
                "Title.\n\nA memo to Congress said the plan was dead.",
                "a memo to Congress",
            ),
            // A participle that ends an adjective.
            (
                "Title.\n\n\"We are fine,\" said a confident-seeming Paul Manafort.",
                "Paul Manafort",
            ),
            // A relative pronoun's antecedent: the name nearest.
            (
                "Title.\n\nThe plan was the brainchild of Mr. Joseph Brown, who said it would work.",
                "Joseph Brown",
            ),
        ];
        for (text, speaker) in cases {
            assert_eq!(speakers(text).last().map(String::as_str), Some(speaker), "in {text:?}");
        }
    }

    /// The speakers of the quotes and claims of `text`, in text order.
    fn speakers(text: &str) -> Vec<String> {
        each_quote(text, |quote| quote.speaker).into_iter().flatten().collect()
    }

    /// `field` of each quote and claim of `text`, in text order.
    fn each_quote<T>(text: &str, field: impl FnMut(crate::Quote) -> T) -> Vec<T> {
        crate::Analyzer::new()
            .analyze(text)
            .quotes
            .into_iter()
            .map(field)
            .collect()
    }

    /// `The Justice Department`, `the Justice Ministry`: a role word that
    /// an institution's noun follows in the mention is that body's
    /// modifier, and names no one the text spoke of (`Justice Ruth Bader
    /// Ginsburg` before it).
    #[test]
    fn a_role_word_before_an_institution_noun_names_the_body() {
        let text = "Justice Ruth Bader Ginsburg wrote the opinion. The Justice Department said that it would appeal. \
                    Senator Ann Lee spoke. The Justice Ministry denied it.";
        assert_eq!(
            speakers(text),
            ["Ruth Bader Ginsburg", "Justice Department", "Justice Ministry"]
        );
    }

    /// `The Justice Ministry …, the ministry said`: a body's name that a
    /// role word opens (`Justice`) keeps it, and introduces its noun.
    #[test]
    fn a_bodys_name_opened_by_a_role_word_introduces_its_noun() {
        let text = "The Justice Ministry denied that any prisoner was on hunger strike. \
                    In a statement, the ministry said all inmates were eating normally.";
        assert_eq!(speakers(text), ["Justice Ministry", "Justice Ministry"]);
        // (Its head before `of` tells it is a body's name.)
        let text = "The Justice Ministry of Dravonia denied that any prisoner was on hunger strike. \
                    The ministry said all inmates were eating.";
        assert_eq!(
            speakers(text),
            ["Justice Ministry of Dravonia", "Justice Ministry of Dravonia"]
        );
    }

    /// `Brackley & Dunn`, `Procter & Gamble`: an ampersand set off by
    /// spaces joins a firm's name, not before a title or a pronoun
    /// (`Giuliani & Sen. Jeff Sessions`, `Ann & I`).
    #[test]
    fn a_spaced_ampersand_joins_a_name() {
        let text = "The auction house Brackley & Dunn said in a statement that it had withdrawn the painting. \
                    Procter & Gamble said profits rose.";
        assert_eq!(speakers(text), ["Brackley & Dunn", "Procter & Gamble"]);
        // (A firm's suffix ends its name: `D.E. Shaw & Co.` before a
        // sentence the segmenter did not end there is no fuller `Obama`.)
        let text = "Barack Obama said he would win. Summers left to work for the hedge fund D.E. Shaw & Co.\u{a0}Obama \
                    adviser David Plouffe took a job at Uber. Obama announced that the war would end.";
        assert_eq!(speakers(text).first().map(String::as_str), Some("Barack Obama"));
        assert_eq!(speakers(text).last().map(String::as_str), Some("Barack Obama"));
    }

    /// `the National Gallery of Lanmark …, the gallery said`, `the
    /// Ministry of Defence …, the ministry said`: a body's name whose
    /// institution word goes on with `of` and a place introduces that word.
    #[test]
    fn a_bodys_name_with_of_introduces_its_noun() {
        let text = "A landscape is a forgery, the National Gallery of Lanmark said on Thursday. \
                    The gallery said tests had found titanium white. \
                    The Ministry of Defence denied that troops had moved. The ministry said the report was false.";
        assert_eq!(
            speakers(text),
            [
                "National Gallery of Lanmark",
                "National Gallery of Lanmark",
                "Ministry of Defence",
                "Ministry of Defence"
            ]
        );
        // (Nor is such a name a fuller form of its place, and a place or
        // a party before it stays: `the Republican Party of Wyoming`.)
        let text = "The University of California said fees would rise. California said it would sue. \
                    The Republican Party of Wyoming announced that she was not coming.";
        assert_eq!(
            speakers(text),
            ["University of California", "California", "Republican Party of Wyoming"]
        );
    }

    /// `His campaign said`, `her aides say`: a group or a body after `his`
    /// or `her` is the holder's, named by the person the pronoun stands
    /// for, as `Trump's campaign` is.
    #[test]
    fn a_group_after_a_possessive_pronoun_is_its_holders() {
        let text = "Donald Trump spoke on Monday. His campaign said he would win. His aides say he is tired.";
        assert_eq!(speakers(text), ["Donald Trump's campaign", "Donald Trump's aides"]);
    }

    /// The subject of a relative clause that `whom` opens is not the
    /// relative's antecedent: `he` of `the candidate, whom he described as
    /// "volatile,"` is the sentence's subject.
    #[test]
    fn he_after_whom_is_not_its_antecedent() {
        let text = "\"Donald Trump is a fraud,\" Tom Perez said Sunday.\n\nPerez hammered Trump, calling him a \"train wreck,\" and contrasted the Republican candidate, whom he described as \"volatile,\" with Clinton.";
        let found = speakers(text);
        assert_eq!(found.last().map(String::as_str), Some("Tom Perez"), "{found:?}");
    }

    /// A place inside a speaker's mention (`A judge in Ohio`) is no
    /// person whom a later role (`The judge`) could name.
    #[test]
    fn a_place_in_a_speakers_mention_is_no_person() {
        let text = "A judge in Ohio issued a ruling today that should make Bernie Sanders smile. The judge ruled that 17-year-olds can vote.";
        assert_eq!(speakers(text), ["a judge in Ohio", "judge"]);
    }

    /// A name after a preposition of place (`married in Mississippi`) is
    /// no antecedent of `he` there, though the document makes the name a
    /// speaker elsewhere (`Mississippi voted`).
    #[test]
    fn a_place_mention_is_no_antecedent_of_he() {
        let text = "Mississippi offers no protections to gay residents. In 2004, Mississippi voted the most strongly against the unions.\n\nJoseph R. Murray II, a onetime lawyer, later came out as gay. He married in Mississippi last year, and counts himself as a devout Catholic. He recently wrote a commentary, mocking GOP state leaders as \"obsessed\" with homosexuality.";
        let found = speakers(text);
        assert_eq!(
            found.last().map(String::as_str),
            Some("Joseph R. Murray II"),
            "{found:?}"
        );
    }

    /// A party's word after a determiner or modifiers is a noun for one
    /// unnamed member (`one senior Democrat`), not the party's name nor its
    /// members as a group (`Democrats`).
    #[test]
    fn a_party_word_after_a_determiner_is_one_unnamed_member() {
        let text = "Democrats met on Monday. \"We will lose,\" one senior Democrat said.";
        assert_eq!(speakers(text), ["one senior Democrat"]);
    }

    /// A `who` after the complement of `is` stands for the sentence's
    /// subject: `Trump is a … birther who has pledged …` is Trump's.
    #[test]
    fn who_after_a_predicate_noun_is_the_subject() {
        let text = "Editor’s note: Donald Trump is a serial liar, rampant xenophobe and birther who has repeatedly pledged to ban all Muslims from entering the U.S.";
        assert_eq!(speakers(text), ["Donald Trump"]);
    }

    /// A body named alone is no poll it runs with another (`Reuters` is
    /// not `Reuters/Ipsos`).
    #[test]
    fn a_body_is_not_a_joint_poll_it_runs() {
        let text = "A Reuters/Ipsos poll showed Trump ahead. \"We will win,\" Trump told Reuters.";
        let analysis = crate::Analyzer::new().analyze(text);
        let quote = analysis
            .quotes
            .iter()
            .find(|quote| quote.kind == crate::Kind::Direct)
            .expect("a quote");
        assert_eq!(quote.recipient.as_deref(), Some("Reuters"));
    }

    /// A role's own modifier is never the person the role names: `The
    /// Florida senator` is no `Florida`.
    #[test]
    fn a_roles_modifier_is_not_its_person() {
        let text = "Sen. Marco Rubio ended his bid in Florida on Tuesday, and Florida said it would miss him. The Florida senator said he would \"go home.\"";
        let found = speakers(text);
        assert_eq!(found.last().map(String::as_str), Some("Marco Rubio"), "{found:?}");
    }

    /// Nor a name that holds the modifier: `The Mexican president` is no
    /// `Mexican American` of `Mexican American journalists`.
    #[test]
    fn a_name_holding_a_roles_modifier_is_not_its_person() {
        let text = "Trump met Mexican American journalists. The Mexican president said that NAFTA has been good.";
        assert_eq!(speakers(text), ["Mexican president"]);
    }

    /// Nor anyone named before, where a body's name holds the modifiers:
    /// `the Platte River employee` is one of Platte River's.
    #[test]
    fn a_role_whose_modifiers_a_body_holds_is_the_bodys() {
        let text = "Platte River Networks, which then managed Clinton's private server, had a conference call.\n\nThe Platte River employee told agents that he had not made the changes.";
        assert_eq!(speakers(text), ["Platte River employee"]);
    }

    /// `The Florida senator` after a paragraph whose last sentence opens
    /// with the senator: not someone the role word stood near across a
    /// clause break (`… than Tom Hale has, and the Florida senator …`), nor
    /// the last person introduced with another role (`the Florida
    /// frontrunner Joe Park`), who stands by `Florida` too.
    #[test]
    fn a_role_with_a_modifier_prefers_the_subject_before() {
        let text = "Primary night.\n\nAna Ruiz has more delegates than Tom Hale has, and the Florida senator \
                    left the race on Tuesday.\n\n\
                    Ohio Gov. Tom Hale won his state.\n\n\
                    Ana Ruiz spoke over boos as she congratulated the Florida frontrunner Joe Park. \
                    Ruiz offered the crowd an emotional farewell.\n\n\
                    The Florida senator said the race had been hard.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Ana Ruiz"));
    }

    /// A name that opens the text has no word before it to be a place
    /// after (the fuzz target found the look-back overflowing in a debug
    /// build).
    #[test]
    fn a_name_opening_the_text_is_no_place() {
        assert_eq!(
            speakers("Tom Hale, a senator, spoke. The senator said it was over."),
            ["Tom Hale"]
        );
    }

    /// A role with a party word names no one the text gives another
    /// party's word (`Republican presidential front-runner Tom Hale` is no
    /// `Democratic presidential candidate`, who is the paragraph before's
    /// opener here), though introduced with a role; the same party, in
    /// either form, still fits.
    #[test]
    fn a_role_of_one_party_is_no_one_of_the_other() {
        let text = "Debate night.\n\nAna Ruiz mocked the plans of Republican presidential front-runner Tom Hale.\n\n\
                    On Tuesday the Democratic presidential candidate said the plans would fail.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Ana Ruiz"));
        let text = "Debate night.\n\nAna Ruiz mocked the plans of Democrat front-runner Tom Hale.\n\n\
                    On Tuesday the Democratic presidential candidate said the plans would work.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Tom Hale"));
    }

    /// A role that opens its paragraph after a phrase naming others (`In
    /// an interview with Joe Lee, the candidate said …`) still names the
    /// person who opens the paragraph before, past its dateline
    /// (`WASHINGTON — Ana Ruiz …`).
    #[test]
    fn a_role_after_an_opening_phrase_names_the_paragraph_before_s_opener() {
        let text = "Debate night.\n\nWASHINGTON — Ana Ruiz does not recognize the man she used to know.\n\n\
                    In an interview with hosts Joe Lee and Mia Park, the presidential candidate said the man had changed.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Ana Ruiz"));
    }

    /// A name ending in a lower-case syllable after a hyphen (`Ban
    /// Ki-moon`) or in a suffix's point (`Biden Jr.`) is the name of a
    /// mention that a title or role opens, as of a pronoun after it; a verb
    /// form after a name's hyphen is no part of it (`a Paul Ryan-led
    /// House`).
    #[test]
    fn a_name_ending_in_a_syllable_or_a_suffix_names_its_mention() {
        let text = "Talks.\n\nU.N. chief Ban Ki-moon said the talks would resume. He added that peace was near.\n";
        assert_eq!(speakers(text), ["Ban Ki-moon", "Ban Ki-moon"]);
        let text = "Talks.\n\nVice President Joseph R. Biden Jr. said the talks would resume.\n";
        assert_eq!(speakers(text), ["Joseph R. Biden Jr."]);
        let text = "Talks.\n\nA Paul Ryan-led House said the talks would resume.\n";
        assert_eq!(speakers(text), ["House"]);
    }

    /// A `he` or `she` is no place, though the place opens a sentence
    /// (`New Hampshire has voted …`); but a name after `in` inside a quote
    /// (`"We have a leader in Okafor, …"`) or with a given name is none.
    #[test]
    fn a_pronoun_names_no_place() {
        let text = "Primary day.\n\nAna Ruiz campaigned in New Hampshire on Monday.\n\n\
                    New Hampshire has voted for her before. She said she was confident.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Ana Ruiz"));
        let text = "Primary day.\n\nAna Ruiz said: \"We have a leader in Okafor, and we can win.\"\n\n\
                    Okafor thanked her. He said the race was close.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Okafor"));
        let text = "Primary day.\n\nThe campaign had a fighter in Joe Park, its manager.\n\n\
                    Joe Park left in June. He said the race was close.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Joe Park"));
    }

    /// A `they` after a sentence whose subject is two people's names
    /// joined by `and` stands for both.
    #[test]
    fn they_stands_for_two_people_the_sentence_before_opens_with() {
        let text = "Debate night.\n\nTed Cruz and Marco Rubio, who had gone after each other, locked on Trump \
                    instead. They said he had no plan.\n";
        assert_eq!(speakers(text), ["Ted Cruz and Marco Rubio"]);
    }

    /// A hearer's `him` or `her` stands for the one person of its gender
    /// named in its sentence or the one before, not the speaker; where
    /// two are, or it is a possessive, it stays as written.
    #[test]
    fn a_hearers_pronoun_names_the_one_person_it_can_be() {
        let recipients = |text: &str| each_quote(text, |quote| quote.recipient);
        let text = "Talks.\n\nTom Sullivan was struck by the story of Mia Love. \"You need no talking points,\" \
                    Sullivan told her.\n";
        assert_eq!(recipients(text), [Some(String::from("Mia Love"))]);
        let text = "Talks.\n\nAna Ruiz and Maria Lopez were there. \"Stay,\" Tom Lee told her.\n";
        assert_eq!(recipients(text), [Some(String::from("her"))]);
        let text = "Talks.\n\nTom Lee met Ana Ruiz on Monday. \"Stay,\" Tom Lee asks her assistant.\n";
        assert_eq!(recipients(text), [Some(String::from("her"))]);
    }

    /// `The company`, `the campaign`: the body the document last
    /// introduced beside the same noun, or its holder's; not a place
    /// before an opening phrase's comma.
    #[test]
    fn a_bodys_noun_names_the_body_introduced_beside_it() {
        let text = "Earnings day.\n\nAlphabet, the parent company of Google, reported earnings on Monday. The \
                    company said sales rose.\n";
        assert_eq!(speakers(text), ["Alphabet"]);
        let text =
            "Rally day.\n\nDonald Trump's campaign held a rally in Ohio. The campaign said the crowd was huge.\n";
        assert_eq!(speakers(text), ["Donald Trump's campaign"]);
        let text = "March day.\n\nIn downtown San Francisco, a group dressed in white marched. The group said it \
                    was mourning.\n";
        assert_eq!(speakers(text), ["group"]);
        // (A party's word holds nothing: `The Republican candidates` are
        // no Republican's, though a person is called one.)
        let text = "School day.\n\nTom Wilcox, an Orlando Republican, said schools need help. The Republican \
                    officials say the department should shrink.\n";
        assert_eq!(speakers(text), ["Tom Wilcox", "Republican officials"]);
        // (A business never introduced by its noun: the one body named
        // before whose name ends in a word of a business, `Energy`.)
        let text = "Meters.\n\nThe regulator opened an inquiry into Brightwell Energy. Brightwell spokeswoman Nadia \
                    Orsolo denied it. The company blamed estimated readings.\n";
        assert_eq!(speakers(text), ["Nadia Orsolo", "Brightwell Energy"]);
        let text = "Dam.\n\nThe dam, built by state-owned Ostrian Hydro, was finished in May. \"We release \
                    enough,\" a spokeswoman for the company told AFP.\n";
        assert_eq!(speakers(text), ["a spokeswoman for Ostrian Hydro"]);
        // (Two such bodies: neither.)
        let text = "Meters.\n\nBrightwell Energy and Calder Power fitted meters. The company said it was fine.\n";
        assert_eq!(speakers(text), ["company"]);
        // (The noun's possessive names the body too: `According to the
        // institute's own figures`.)
        let text = "Vaccine.\n\nDr. Helena Vosk, director of the National Institute of Public Health, said \
                    the institute had reviewed every case. According to the institute's own figures, the \
                    country recorded 3,400 cases.\n";
        assert_eq!(speakers(text), ["Helena Vosk", "National Institute of Public Health"]);
        // (An aside's modifiers may be capitalized: a nationality.)
        let text = "Vaccine.\n\nBrannock Biologics, the Swiss-Valdorian company that makes the vaccine, said \
                    tests found nothing. The company said it would send a team.\n";
        assert_eq!(speakers(text), ["Brannock Biologics", "Brannock Biologics"]);
        let text = "Vaccine.\n\nBrannock Biologics, a Swiss company, said tests found nothing. The company said \
                    it would send a team.\n";
        assert_eq!(speakers(text), ["Brannock Biologics", "Brannock Biologics"]);
    }

    /// A common word that opens a sentence after a colon, a quotation's
    /// opening marks or a bullet is no part of the name after it.
    #[test]
    fn a_common_word_opening_a_sentence_after_a_colon_or_quote_mark_is_no_part_of_a_name() {
        let text = "Merger talk.\n\nThe two companies have many ties: Several Twitter executives used to work \
                    there, and several more agreed. In April, Twitter said its sales rose.\n";
        assert_eq!(speakers(text), ["Twitter"]);
        let text = "Merger talk.\n\n~ Ted Cruz has too many super PACs.\n\n~ As Vulture put it, \"Hello, it is \
                    the Bieber.\"\n";
        assert_eq!(speakers(text), ["Vulture"]);
    }

    /// A word capitalized only because it opens its sentence is no name:
    /// the phrase speaks, in lower case as the document writes it; a word
    /// the document capitalizes inside a sentence stays a name.
    #[test]
    fn a_sentence_opener_written_in_lower_case_is_no_name() {
        let text = "Primary day.\n\nPolls show that Ana Ruiz leads in the state. Two polls were taken in May.\n\n\
                    Hundreds of voters said they would stay home, and hundreds more agreed.\n";
        assert_eq!(speakers(text), ["polls", "hundreds of voters"]);
        let text = "Primary day.\n\nRice said the plan would pass. The plan costs less than rice, and Tom Rice \
                    knows it.\n";
        assert_eq!(speakers(text), ["Tom Rice", "Tom Rice"]);
    }

    /// A role that a phrase opened by `a` introduced names no one, though
    /// a modifier joined by hyphens stands between (`a 26-year-old man`):
    /// not a capitalized word before it (`Harsh`) nor a group (`Germans`).
    #[test]
    fn a_role_introduced_with_a_hyphenated_modifier_is_unnamed() {
        let text = "Comments online.\n\nHarsh comments are earning some Germans more than scorn. A judge sentenced \
                    a 26-year-old man after the man had posted that refugees should \"burn alive\".\n";
        assert_eq!(speakers(text), ["man"]);
    }

    /// A `he` or `she` that no name fits stands for the speaker before
    /// it, named or not, past other pronouns; not when a person is named
    /// between (outside quotations) or the speaker's word says the other
    /// gender.
    #[test]
    fn a_pronoun_no_name_fits_is_the_speaker_before() {
        let all = |text: &str| each_quote(text, |quote| quote.speaker);
        let spokeswoman = Some(String::from("a police spokeswoman"));
        let text = "Protest day.\n\n\"We will not give up,\" a police spokeswoman said. \"The talks are over,\" \
                    she said.\n\n\"We go home now,\" she said.\n";
        assert_eq!(all(text), [spokeswoman.clone(), spokeswoman.clone(), spokeswoman]);
        let text = "Protest day.\n\n\"Some feel Tom Lee will win,\" the actress said.\n\n\"If he gets in, it will \
                    explode,\" she said.\n";
        assert_eq!(
            all(text),
            [Some(String::from("actress")), Some(String::from("actress"))]
        );
        let text =
            "Debate night.\n\n\"We are tired of it,\" Cruz said.\n\n\"I am the son of an immigrant,\" he said.\n";
        assert_eq!(all(text), [Some(String::from("Cruz")), Some(String::from("Cruz"))]);
        let text = "Protest day.\n\n\"We will not give up,\" a police spokesman said. \"The talks are over,\" \
                    she said.\n";
        assert_eq!(all(text)[1], None);
        let text = "Protest day.\n\n\"We will not give up,\" the actress said. Tom Lee left early.\n\n\"It is over,\" \
                    she said.\n";
        assert_eq!(all(text)[1], None);
    }

    /// A name after the role words that open its sentence (`But farm
    /// lobby leader Pedro Lupion disagreed.`) is the sentence's subject,
    /// as salient as a name that opens it: a later `he` stands for him,
    /// not for an earlier speaker.
    #[test]
    fn a_name_after_the_role_words_opening_its_sentence_is_salient() {
        let text = "Forest day.\n\nPresident Luiz Inacio Lula da Silva said on Tuesday that the forest would be \
                    saved.\n\nBut farm lobby leader Pedro Lupion disagreed. The figures, he said, were wrong.\n";
        assert_eq!(speakers(text)[1], "Pedro Lupion");
        let text = "Forest day.\n\nPresident Luiz Inacio Lula da Silva said on Tuesday that the forest would be \
                    saved.\n\nThe opposition's veteran finance spokesman Pedro Lupion disagreed. He said the \
                    figures were wrong.\n";
        assert_eq!(speakers(text)[1], "Pedro Lupion");
        // (Not a name after a verb or a preposition: `Lula met farm lobby
        // leader Pedro Lupion.`)
        let text = "Forest day.\n\nPresident Luiz Inacio Lula da Silva said on Tuesday that the forest would be \
                    saved.\n\nOn Monday he met farm lobby leader Pedro Lupion. He said the figures were wrong.\n";
        assert_eq!(speakers(text)[1], "Luiz Inacio Lula da Silva");
    }

    /// A colleague is a role: the name after `The NBC News colleague`
    /// opens its sentence's subject, and a later `he` stands for him.
    #[test]
    fn a_name_after_colleague_is_the_salient_subject() {
        let text = "Debate night.\n\nLester Holt moderated the debate.\n\nThe NBC News colleague Matt Lauer faced \
                    heavy criticism from activists after he asked Clinton about her email scandal.\n";
        assert_eq!(speakers(text), ["Matt Lauer"]);
    }

    /// A fuller form that opens with a common word (`Never Trump`, a
    /// movement) is no one's name, however long: `Trump` is Donald Trump.
    #[test]
    fn a_fuller_form_opening_with_a_common_word_is_no_ones_name() {
        let text = "Campaign day.\n\nThe Never Trump crowd met on Monday. Donald Trump spoke at a rally. They will \
                    never stop.\n\n\"We will win,\" Trump said.\n";
        assert_eq!(speakers(text), ["Donald Trump"]);
    }

    /// A given name opening a sentence stays a name though the document
    /// writes the word in lower case (`Bill Clinton signed the bill.`), so
    /// `Mr. Clinton` is Bill Clinton.
    #[test]
    fn a_given_name_opening_a_sentence_stays_a_name_though_written_lower() {
        let text = "Campaign day.\n\nBill Clinton signed the bill. Hillary Clinton spoke later.\n\n\"We will win,\" \
                    Mr. Clinton said.\n";
        assert_eq!(speakers(text), ["Bill Clinton", "Bill Clinton"]);
    }

    /// `former secretary of State Hillary Clinton`: a role written in lower
    /// case, `of` and a run of capitalized words holds a title before the
    /// name, as it does after a capitalized role.
    #[test]
    fn a_name_after_a_lower_case_role_of_a_title_starts_after_the_title() {
        let text = "Campaign day.\n\nSanders met former secretary of State Hillary Clinton on Monday. The state \
                    voted.\n\n\"We will win,\" Clinton said.\n";
        assert_eq!(speakers(text), ["Hillary Clinton"]);
    }

    /// A body's proper name whose last word is an institution's noun
    /// (`the European Commission`, `the European Union`) names the body,
    /// not a name after its comma: `According to the European Commission,
    /// Poland faces fines` is the Commission's claim.
    #[test]
    fn a_bodys_proper_name_ending_in_an_institution_noun_names_the_body() {
        let text = "Court day.\n\nAccording to the European Commission, Poland faces daily fines of one million \
                    euros.\n";
        assert_eq!(speakers(text), ["European Commission"]);
        let text = "Court day.\n\nAccording to the European Union, Warsaw must pay.\n";
        assert_eq!(speakers(text), ["European Union"]);
        // (A role keeps its person: `The mayor, Tom Reed, said`.)
        let text = "Court day.\n\nThe mayor, Tom Reed, said the court was wrong.\n";
        assert_eq!(speakers(text), ["Tom Reed"]);
    }

    /// A wire story's lede names a speaker by role (`Castland's energy
    /// secretary on Monday defended …`) and the next paragraph names the
    /// person who speaks, with no role of their own (`"…," Clara Whitcombe
    /// told the BBC.`): the role is that person.
    #[test]
    fn a_ledes_role_is_the_person_the_next_paragraph_names() {
        let text = "Ministers split over licences\n\nLONDON (Wire) - Castland's energy secretary on Monday defended \
                    plans to grant new licences, insisting they would protect jobs.\n\n'We are not going to turn \
                    off the taps,' Clara Whitcombe told the BBC.\n";
        assert_eq!(
            speakers(text),
            ["Clara Whitcombe", "Clara Whitcombe", "Clara Whitcombe"]
        );
        // (Not a person named before the role, nor one the next paragraph
        // introduces with a role of their own.)
        let text = "Ministers split over licences\n\nLONDON (Wire) - Castland's energy secretary on Monday defended \
                    plans to grant new licences.\n\n'We are not going to turn off the taps,' opposition spokesman \
                    Edwin Marsh told the BBC.\n";
        assert_eq!(speakers(text), ["Castland's energy secretary", "Edwin Marsh"]);
    }

    /// A lede that names a body by its description (`Lorvane's
    /// third-largest retail bank said …`) names the body the headline or
    /// the next paragraphs call by a name ending in the same noun
    /// (`Aldmoor Bank`).
    #[test]
    fn a_ledes_described_body_is_the_body_named_by_its_noun() {
        let text = "Aldmoor Bank leak left records open, researcher says\n\nBRENNMOOR, April 14 (Wire) - \
                    Lorvane's third-largest retail bank said on Monday that a security lapse had exposed the \
                    details of some of its customers.\n\nThe researcher who found the files said he had \
                    warned Aldmoor Bank in March.\n";
        assert_eq!(
            speakers(text),
            ["researcher", "Aldmoor Bank", "researcher", "researcher"]
        );
        // (Not a body whose name ends in another noun.)
        let text = "Leak left records open\n\nBRENNMOOR, April 14 (Wire) - Lorvane's third-largest retail \
                    bank said on Monday that a security lapse had exposed the details of its customers.\n\n\
                    The Lorvane Consumers' Federation demanded that customers be paid.\n";
        assert_eq!(
            speakers(text),
            ["Lorvane's third-largest retail bank", "Lorvane Consumers' Federation"]
        );
    }

    /// `the captain's union` in a lede is the union the story names later,
    /// several paragraphs on (`The Vellmark Seafarers' Union said …`): no
    /// modifier is needed between a lower-case possessive and the noun.
    #[test]
    fn a_ledes_body_after_a_possessive_is_the_body_named_later() {
        let text = "Ferry runs aground\n\nHARROWICK, Nov 4 (Wire) - A ferry ran aground on Sunday, and the \
                    captain's union said the steering had failed.\n\nThe Kestrel Star struck a reef.\n\n\
                    Passengers were treated for minor injuries.\n\nLena Oudkerk said 37 people were taken to \
                    hospital.\n\nKarel Voss said the master chose to leave the channel.\n\nThe Vellmark \
                    Seafarers' Union said crews had reported faults twice in October.\n";
        assert_eq!(
            speakers(text),
            [
                "Vellmark Seafarers' Union",
                "Lena Oudkerk",
                "Karel Voss",
                "Vellmark Seafarers' Union"
            ]
        );
    }

    /// `its operator said` is the one body the story names as running,
    /// operating or owning something (`The Kestrel Star, run by Saltmere
    /// Lines, …`, `Redmount Copper, which runs the mine, …`); where it
    /// names two, or none, the mention stays as written.
    #[test]
    fn its_operator_is_the_one_body_named_as_running_something() {
        let text = "Ferry runs aground\n\nHARROWICK, Nov 4 (Wire) - A ferry ran aground on Sunday, and its \
                    operator said the captain had strayed from the route.\n\nThe Kestrel Star, run by Saltmere \
                    Lines, struck a reef.\n\nSaltmere said everyone was brought ashore.\n";
        assert_eq!(speakers(text), ["Saltmere Lines", "Saltmere Lines"]);
        let which = "A dam leaked at the mine, and its owner said the leak was contained.\n\nRedmount Copper, \
                     which owns the mine, said it would pay for the clean-up.\n";
        assert_eq!(speakers(which), ["Redmount Copper", "Redmount Copper"]);
        let two = "A ferry ran aground, and its operator said the captain had strayed.\n\nThe Kestrel Star, \
                   run by Saltmere Lines, struck a reef near a pier operated by Harrowick Ports.\n";
        assert_eq!(speakers(two), ["its operator"]);
    }

    /// `The fire service said` a dozen paragraphs after `the Valdrenne Fire
    /// and Rescue Service`, beyond an introduction's reach, is that body:
    /// the one the document named by a name ending in the noun and holding
    /// its modifiers. Not a noun alone, nor one the text used for something
    /// else before the name.
    #[test]
    fn a_bodys_noun_far_from_the_only_name_it_fits_is_that_body() {
        let filler = "Crews worked through the night on the hillside above the valley, and roads stayed closed \
                      until the morning while families waited at the school hall for news of their homes.\n\n"
            .repeat(12);
        let text = format!(
            "Fire razes village\n\nMarisol Tenney, chief fire officer of the Valdrenne Fire and Rescue Service, \
             said the blaze started under a power line.\n\n{filler}The fire service said the first alert was \
             sent late.\n"
        );
        assert_eq!(speakers(&text), ["Marisol Tenney", "Valdrenne Fire and Rescue Service"]);
        let text = format!(
            "Fire razes village\n\nMarisol Tenney, chief fire officer of the Valdrenne Fire and Rescue Service, \
             said the blaze started under a power line.\n\n{filler}The service said the first alert was sent \
             late.\n"
        );
        assert_eq!(speakers(&text), ["Marisol Tenney", "service"]);
        let text = format!(
            "Anchor quits\n\nThe news network RT is carried by the Global News Network, Liz Wahl said.\n\n\
             {filler}The news network said it would send her to Crimea.\n"
        );
        assert_eq!(speakers(&text), ["Liz Wahl", "news network"]);
    }

    /// `the headman said …. « … », Tomás Ngala said`: a role no name before
    /// it fits is the speaker the next sentence names, though a person was
    /// introduced with a role before; not one with a role of their own, nor
    /// one two sentences on.
    #[test]
    fn a_role_no_earlier_name_fits_is_the_speaker_the_next_sentence_names() {
        let text = "Spill far larger\n\nThe regulator's head, Amara Quist, said the dam had leaked.\n\nIn Sabi, \
                    the headman said the water was still brown. \"It is brown,\" Tomás Ngala said.\n";
        assert_eq!(speakers(text), ["Amara Quist", "Tomás Ngala", "Tomás Ngala"]);
        let text = "Spill far larger\n\nIn Sabi, the headman said the water was still brown. \"It is brown,\" \
                    fisherman Tomás Ngala said.\n";
        assert_eq!(speakers(text), ["headman", "Tomás Ngala"]);
        let text = "Spill far larger\n\nIn Sabi, the headman said the water was still brown. The fish died. \"It \
                    is brown,\" Tomás Ngala said.\n";
        assert_eq!(speakers(text), ["headman", "Tomás Ngala"]);
    }

    /// A body the lede names before the role (`Veltra Airways grounded …,
    /// with the airline's chief executive insisting …`) is no person the
    /// role could be: the role is still the person who speaks next.
    #[test]
    fn a_ledes_role_after_a_body_is_the_person_who_speaks_next() {
        let text = "Veltra grounds jets\n\nPORT AVEN, June 12 (Wire) - Veltra Airways grounded 14 of its jets on \
                    Thursday, with the airline's chief executive insisting there was no sign of a wider fault.\n\n\
                    Flight VA212 turned back on Tuesday.\n\n'There is no evidence of a wider problem,' Marguerite \
                    Hale told reporters.\n";
        assert_eq!(speakers(text), ["Marguerite Hale", "Marguerite Hale"]);
    }

    /// A lede's role (`Valdoria's opposition leader refused …`) is the
    /// person a later paragraph of the next few introduces by the same
    /// role noun (`Opposition leader Samuel Okafor rejected …`), though
    /// another person is named first.
    #[test]
    fn a_ledes_role_is_the_person_later_introduced_by_the_same_role() {
        let text = "Opposition rejects result\n\nPORT ARMAND (Wire) - Valdoria's opposition leader refused on \
                    Sunday to accept the result, saying the vote had been rigged.\n\nThe electoral commission \
                    declared President Luc Ferrand the winner. \"The count was transparent,\" commission \
                    chairwoman Odile Marchetti said.\n\nOpposition leader Samuel Okafor rejected the figures.\n";
        let found = speakers(text);
        assert!(
            found.iter().filter(|speaker| *speaker == "Samuel Okafor").count() >= 2
                && !found.iter().any(|speaker| speaker.contains("opposition leader")),
            "{found:?}"
        );
        // (Not one introduced by another role.)
        let text = "Opposition rejects result\n\nPORT ARMAND (Wire) - Valdoria's opposition leader refused on \
                    Sunday to accept the result.\n\nThe electoral commission declared President Luc Ferrand the \
                    winner. \"The count was transparent,\" commission chairwoman Odile Marchetti said.\n";
        assert!(speakers(text).contains(&"Valdoria's opposition leader".to_string()));
    }

    /// `the agency` after `The national medicines agency said …` is that
    /// agency: a body's noun alone names the speaker last described by it
    /// with lower-case words before it.
    #[test]
    fn a_bodys_noun_names_the_body_last_described_by_it() {
        let text = "Vaccine approved\n\nThe national medicines agency said the vaccine was safe.\n\nBut the agency \
                    said supplies would reach every province by March.\n";
        assert_eq!(
            speakers(text),
            ["national medicines agency", "national medicines agency"]
        );
        // (Not another noun's, nor a description after it.)
        let text = "Vaccine approved\n\nThe national medicines agency said the vaccine was safe.\n\nBut the board \
                    said supplies would reach every province by March.\n";
        assert_eq!(speakers(text), ["national medicines agency", "board"]);
    }

    /// Two people share a surname (`Joaquim Luis Tavares da Costa`, whom
    /// the text calls `Tavares`, and `Helena Costa`): `Costa` alone is the
    /// one the text calls by no other word of the name.
    #[test]
    fn a_shared_surname_names_the_one_called_by_no_other_word() {
        let text = "Forest day.\n\nPresident Joaquim Luis Tavares da Costa said the forest was safe. \"We will \
                    deliver,\" Tavares said.\n\nMinister Helena Costa said the numbers were good.\n\nCosta \
                    rejected the criticism.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Helena Costa"));
    }

    /// A name is no short form of a longer name that holds it only in its
    /// middle (`China` of `South China Sea`, `York` of `New York Times`,
    /// though a speech verb's subject or object sits beside them),
    /// unless that name is a person's, as a particle tells (`Tavares` of
    /// `President Joaquim Luis Tavares da Costa`).
    #[test]
    fn a_name_inside_a_longer_name_is_no_short_form_of_it() {
        let text = "Sea dispute.\n\nTensions rose over Beijing's South China Sea claims this week. China said the \
                    ruling was void.\n";
        assert_eq!(speakers(text), ["China"]);
        let text = "Paper day.\n\nThe New York Times reported the deal on Monday. York said the paper was wrong.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("York"));
        let text = "Forest day.\n\nPresident Joaquim Luis Tavares da Costa visited the forest.\n\nTavares said \
                    the forest was safe.\n";
        assert_eq!(speakers(text), ["Joaquim Luis Tavares da Costa"]);
    }

    /// Of two fuller forms that end with a surname, the one that opens
    /// like a name is the person's (`Trump` of `Donald Trump`, not of `Team
    /// Trump`, though the document writes `Team Trump` first): the grammar
    /// lists `team`, and no given name.
    #[test]
    fn a_surname_goes_to_the_fuller_form_that_opens_like_a_name() {
        let text = "Convention week.\n\nTeam Trump sees the convention as a second chance. Donald Trump spoke on \
                    Monday.\n\nTrump said the party was united.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Donald Trump"));
    }

    /// `the statement` stands for whoever spoke `in a statement` not long
    /// before (`…, police said in a statement. Officers were hurt, the
    /// statement said.`).
    #[test]
    fn the_statement_names_who_spoke_in_it() {
        let text = "Protest day.\n\nPolice arrested two men on Saturday, police said in a statement.\n\nOfficers \
                    were pelted with stones, the statement said.\n";
        assert_eq!(speakers(text), ["police", "police"]);
        // (Not a statement no one was said to speak in.)
        let text = "Protest day.\n\nA statement was posted online.\n\nOfficers were pelted with stones, the \
                    statement said.\n";
        assert_eq!(speakers(text), ["statement"]);
    }

    /// A role set off by commas before a person's name (`The mayor of
    /// Ardley, Tom Becker, said`, `Her neighbour, retired teacher John
    /// Hale, said`) is that person, though a place or body is named in the
    /// role's own words.
    #[test]
    fn a_role_is_the_person_named_in_apposition_after_it() {
        for (text, speaker) in [
            ("The mayor of Ardley, Tom Becker, said the plan was bad.", "Tom Becker"),
            (
                "His counterpart in Port Ellen, Mark Ruiz, dismissed the complaint.",
                "Mark Ruiz",
            ),
            (
                "Her neighbour, retired teacher John Hale, said the plan was bad.",
                "John Hale",
            ),
        ] {
            assert_eq!(speakers(&format!("Port day.\n\n{text}\n")), [speaker], "{text}");
        }
        // (Not a list's next item after a role with its own name.)
        let text = "Port day.\n\nThe others on stage, former governor Jeb Bush, Ohio Gov. John Kasich, and \
                    Tom Lee, said the plan was bad.\n";
        assert!(!speakers(text).contains(&String::from("John Kasich")), "{text}");
        // A group's apposition that lists two people is both of them.
        let text = "Port day.\n\nThe Democratic officials, Hillary Clinton and Senator Bernie Sanders, have \
                    promised to act.\n";
        assert_eq!(speakers(text), ["Hillary Clinton and Bernie Sanders"], "{text}");
    }

    /// `According to officials, Mrs. Clinton has worried …`: the name after
    /// the comma opens the main clause, no apposition (`According to the
    /// mayor, Tom Reed, the plan …` is one, closed by its comma).
    #[test]
    fn the_clause_after_according_to_names_no_one_in_apposition() {
        let text = "Port day.\n\nHillary Clinton spoke on Monday.\n\n\
                    According to her advisers, Mrs. Clinton has worried about the race.\n";
        // (`her advisers` are Hillary Clinton's.)
        assert_eq!(speakers(text), ["Hillary Clinton's advisers"], "{text}");
        let text = "Port day.\n\nAccording to the mayor, Tom Reed, the plan has failed.\n";
        assert_eq!(speakers(text), ["Tom Reed"], "{text}");
    }

    /// `The state insurer, the National Health Fund, said`: a body's noun
    /// is the body named in apposition after it, as a role is the person.
    /// (Not a list's next item: `the union, the ministry and the board`.)
    #[test]
    fn a_body_s_noun_is_the_body_named_in_apposition_after_it() {
        for (text, speaker) in [
            (
                "The state insurer, the National Health Fund, said the price was too high.",
                "National Health Fund",
            ),
            (
                "The regulator, the Vellmark Maritime Safety Agency, said inspectors had found faults.",
                "Vellmark Maritime Safety Agency",
            ),
        ] {
            assert_eq!(speakers(&format!("Port day.\n\n{text}\n")), [speaker], "{text}");
        }
        let text =
            "Port day.\n\nThe union, the Vellmark Maritime Safety Agency and the ministry said the port was safe.\n";
        assert!(
            !speakers(text).contains(&String::from("Vellmark Maritime Safety Agency")),
            "{text}"
        );
    }

    /// `The 52-year-old said` stands for the person the text spoke of last,
    /// as a `he` or `she` would: here the name in apposition to the role
    /// that opened the sentence before.
    #[test]
    fn an_age_stands_for_the_person_spoken_of_last() {
        let text = "Port day.\n\n\"They want the jobs,\" said Tom Becker, the mayor of Ardley.\n\nHis counterpart \
                    in Port Ellen, Mark Ruiz, dismissed the complaint. The 52-year-old said Becker had never \
                    objected.\n";
        assert_eq!(speakers(text), ["Tom Becker", "Mark Ruiz", "Mark Ruiz"]);
    }

    /// `Harlow Motors will cut 4,000 jobs, the carmaker said`: a business's
    /// noun in a trailing attribution names the body the sentence opens
    /// with, and a later `the company` names it too.
    #[test]
    fn a_business_noun_after_its_sentence_names_the_body_the_sentence_opens_with() {
        let text = "Jobs day\n\nDETROIT (Wire) - Harlow Motors will cut about 4,000 jobs, the carmaker said on \
                    Thursday.\n\nThe company said in a filing that the cuts would save money.\n";
        assert_eq!(speakers(text), ["Harlow Motors", "Harlow Motors"]);
        // (Not a person the sentence opens with.)
        let text = "Jobs day.\n\nJane Morrow will cut about 4,000 jobs, the company said.\n";
        assert_eq!(speakers(text), ["company"]);
    }

    /// A place is no person a role names, though a verb of speech once
    /// made it a speaker (`Texas was called for …`): `the contests in
    /// Texas` writes it as a place. But a name that modifies a noun after
    /// `in the` is no place (`in the Ruiz campaign`).
    #[test]
    fn a_place_is_no_person_a_role_names() {
        let text = "Primary night.\n\nSupporters roared when Texas was called for Tom Hale moments after polls closed.\n\n\
                    The senator has won the contests in Texas and Oklahoma.\n\n\
                    Ana Ruiz is launching her campaign in Florida, where Tom Hale sits ahead.\n\n\
                    The Florida senator told reporters she is looking ahead to the contest.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Ana Ruiz"));
        let text =
            "Debate night.\n\nRuiz, a senator, spoke in the Ruiz campaign office.\n\nThe senator said it was over.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Ruiz"));
    }

    /// A `they` that opens its sentence, with no group speaker nearer,
    /// stands for the people that the sentence before is about.
    #[test]
    fn they_stands_for_the_people_the_sentence_before_is_about() {
        assert_eq!(
            speakers(
                "Title.\n\nMillennials have reached a broad consensus on the issue. \
                 By nearly 2-1, they say the bathrooms should be open."
            ),
            ["Millennials"]
        );
        // (Nor for a passive's agent that ends the sentence before.)
        assert_eq!(
            speakers(
                "Title.\n\nMuqai was lured back to his region in May 2017 by his former employers. \
                 They said the company pension could be cancelled."
            ),
            ["his former employers"]
        );
        // (Not for things: the bills say nothing.)
        assert_eq!(
            speakers("Title.\n\nThe bills passed on Monday. They say the plan is dead."),
            Vec::<String>::new()
        );
    }

    /// The group of a `they` in its own sentence is named by the head of
    /// its subject (`attorneys for the department`), or by a share of a
    /// group (`20 percent of people in a poll`).
    #[test]
    fn they_stands_for_the_head_of_a_longer_subject() {
        assert_eq!(
            speakers(
                "Title.\n\nSome 20 percent of people in a recent poll said they believe Obama \
                 was born abroad."
            ),
            ["some 20 percent of people"]
        );
        assert_eq!(
            speakers(
                "Title.\n\nThe judge ordered the release, but attorneys for the department said on Monday \
                 that they would miss the deadline, and requested another month."
            ),
            ["judge", "attorneys for the department", "attorneys for the department"]
        );
    }

    /// A relative pronoun after the object of a preposition stands for
    /// that object (`Contrast that with Trump, who has called …`).
    #[test]
    fn a_relative_after_a_prepositions_object() {
        assert_eq!(
            speakers("Title.\n\nContrast that with Donald Trump, who has called the pact a disaster."),
            ["Donald Trump"]
        );
        assert_eq!(
            speakers("Title.\n\nThe last question was from a young child, who said he had driven there."),
            ["a young child"]
        );
        // (The voter, not `Manchester`.)
        assert_eq!(
            speakers("Title.\n\nShe met a voter from Manchester, who said Sanders is best suited to win."),
            ["a voter from Manchester"]
        );
    }

    /// An empty `it` before `is` or `seems` stands for nothing, a body
    /// before it or not.
    #[test]
    fn an_empty_it_is_no_one() {
        assert_eq!(
            speakers(
                "Title.\n\nThe Zionist Union Party criticized the government. It is a shame that both \
                 countries refrain from recognizing the genocide."
            ),
            ["Zionist Union Party"]
        );
    }

    /// An `it` stands for a body or a document with no name: its own
    /// sentence's subject, or the sentence before's.
    #[test]
    fn it_stands_for_a_body_or_a_document_with_no_name() {
        assert_eq!(
            speakers(
                "Title.\n\nThe report also provided details of data breaches. It said current officials \
                 concealed them."
            ),
            ["report"]
        );
        assert_eq!(
            speakers(
                "Title.\n\nThe company offered no comment on Monday, and it said nothing since. \
                 It added that the listing was removed."
            ),
            ["company", "company", "company"]
        );
        // (A lawsuit, a bill, an ad, a ruling or a study says things too.)
        assert_eq!(
            speakers("Title.\n\nThe lawsuit was filed on Monday. It said the city had failed."),
            ["lawsuit"]
        );
        // (Not for a plural, nor across a name that is nearer.)
        assert_eq!(
            speakers("Title.\n\nThe bills passed on Monday. It said the plan is dead."),
            Vec::<String>::new()
        );
    }

    /// A name inside its sentence still has a given name's or a role's
    /// gender: the `she` after it is hers.
    #[test]
    fn a_name_inside_its_sentence_still_tells_its_gender() {
        assert_eq!(
            speakers(
                "Title.\n\nOne local woman, Karen Robison, pulled Rep. King aside after the event. \
                 It makes a difference, she said."
            ),
            ["Karen Robison"]
        );
        assert_eq!(
            speakers(
                "Title.\n\nThe speech was in contrast to the introduction by his daughter Ivanka Trump. \
                 She said her father has been an advocate for women."
            ),
            ["Ivanka Trump"]
        );
        // (But not an object's, for the gender learned there alone; nor a
        // `he or she`, which is anyone.)
        assert_eq!(
            speakers(
                "Title.\n\nShe implied that Trump could lead to more upheaval than Hillary Clinton, the former \
                 secretary of state. Some people feel Trump will bring revolution, she said."
            ),
            Vec::<String>::new()
        );
        assert_eq!(
            speakers("Title.\n\nJohn Smith spoke first. He or she needs to be good at hiring, the report said."),
            ["report"]
        );
    }

    /// A place after `in` or `at` behind a common noun is where the
    /// speakers are, not who speaks; a body there is the source.
    #[test]
    fn a_place_after_a_common_noun_is_no_speaker() {
        assert_eq!(
            speakers("Title.\n\nSix Gannett newspapers in New Jersey said he is not fit to be governor."),
            ["Six Gannett newspapers in New Jersey"]
        );
        assert_eq!(
            speakers("Title.\n\nAn editorial in The Des Moines Register said he is not fit to serve."),
            ["Des Moines Register"]
        );
    }

    /// A participle that opens a headline before a surname (`Understated
    /// Perez`, `Debating Clinton's character`) is no given name: the
    /// fullest name is the one the text gives.
    #[test]
    fn a_participle_opening_a_headline_is_no_given_name() {
        let text = "Understated Ruiz raises her profile.\n\nLabor Secretary Ana Ruiz spoke first. \
                    \"We will win,\" Ruiz said.";
        assert_eq!(speakers(text), ["Ana Ruiz"]);
        let text = "Debating Ruiz's character.\n\nRuiz has expressed frustration about her image. \
                    She said she was tired of the questions.\n";
        assert_eq!(speakers(text), ["Ruiz", "Ruiz"]);
    }

    /// `the Obama-Xi talks` is no fuller form of `Obama`: a word joined by
    /// a hyphen after the name, as one before it (`the Trump-Clinton race`).
    #[test]
    fn a_name_joined_to_another_by_a_hyphen_is_no_fuller_form() {
        let text = "Talks open.\n\nThe Ruiz-Lee talks will be held Friday. \
                    Mayor Ruiz said the talks would cover trade. Senator Lee said they would not.";
        assert_eq!(speakers(text), ["Ruiz", "Lee"]);
        assert!(joined_to("Obama-Xi", "Obama"));
        assert!(joined_to("Trump-Clinton", "Clinton"));
        assert!(!joined_to("Ana Ruiz", "Ruiz"));
        assert!(!joined_to("Ruiz", "Ruiz"));
    }

    /// A role with a capitalized modifier (`the Vermont senator`) goes to a
    /// person introduced with another role only where that modifier stands
    /// by the person: here it names someone the text never introduced.
    #[test]
    fn a_role_with_a_modifier_the_person_lacks_is_someone_else() {
        let text = "Debate night.\n\nThe debate featured Dan Axel, the president's former top adviser, \
                    who corrected the record online. \"It is misleading,\" Axel wrote.\n\n\
                    \"I voted against it,\" the Vermont senator said.\n\n\
                    Meanwhile Ana Ruiz, a senator from Vermont, spoke. \"We will win,\" the Vermont senator said.\n";
        assert_eq!(speakers(text), ["Dan Axel", "Vermont senator", "Ana Ruiz"]);
        // A party label is no such modifier.
        let text = "Debate night.\n\nThe debate featured Dan Axel, the party's presumptive nominee, \
                    who spoke online. \"It is misleading,\" Axel wrote.\n\n\
                    \"I voted against it,\" the Republican nominee said.\n";
        assert_eq!(speakers(text), ["Dan Axel", "Dan Axel"]);
    }

    /// `he said` after an unnamed source's words stands for that source,
    /// not for a person named further back nor for the body whose name
    /// modifies the source's role (`A Northvale lineman`); so does the
    /// role alone (`the lineman`).
    #[test]
    fn he_or_the_role_after_an_unnamed_source_is_that_source() {
        let text = "Mine spill.\n\nMarcus Oyelaran, a hydrologist, said the water was safe.\n\n\
                    A worker at the mine, who asked not to be named, said crews had seen water seeping in March. \
                    \"We told the shift bosses, and nothing happened,\" he said.\n";
        let found = speakers(text);
        assert_eq!(found[0], "Marcus Oyelaran");
        assert!(
            found[1..].iter().all(|speaker| speaker == "a worker at the mine"),
            "{found:?}"
        );
        let text = "Fire.\n\nNorthvale Energy said it was investigating.\n\n\
                    A Northvale lineman said the shutdown had been put off. \
                    'That line was live all afternoon,' said the lineman.\n\n\
                    He said crews had reported rotten poles. 'We were told it would wait,' he said.\n";
        let found = speakers(text);
        assert_eq!(found[0], "Northvale Energy");
        assert!(
            found[1..].iter().all(|speaker| speaker == "a Northvale lineman"),
            "{found:?}"
        );
        // A role whose nearest name modifies it after `a` is that unnamed
        // person, not the name; not where the phrase is in apposition.
        let text = "Divorce file.\n\nA New York judge has rejected a request from Donald Trump's lawyers. \
                    Trump argued the files were private.\n\n\
                    The judge agreed that there was no reason to intrude on her privacy.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("a New York judge"));
        let text = "Hacks.\n\nThe FDIC, a major U.S. banking regulator, keeps data on banks. \
                    The regulator said the hackers were foreign.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("FDIC"));
        // A role kept as written is no unnamed source: the name it stands
        // by is meant.
        let text = "Crash.\n\nHis brother Alastair Osman gave an interview to ITV. Osman called him kind. \
                    He had just had a baby, his brother added. \"He's a new dad,\" he said.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Alastair Osman"));
        // A named source in between is the one meant.
        let text = "Mine spill.\n\nA worker at the mine said crews had seen water seeping.\n\n\
                    Marcus Oyelaran, a hydrologist, said the water was safe. \"It is clean,\" he said.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Marcus Oyelaran"));
    }

    /// A role after an unnamed source's words, in its paragraph with no
    /// person named since, is that source where no name fits the role
    /// (`According to a member of the bank's IT staff, …. '…,' the employee
    /// said`), not the person last introduced with some role.
    #[test]
    fn a_role_after_an_unnamed_source_is_that_source() {
        let text = "Bank leak.\n\nThe commissioner, Tobias Kinnear, said the bank was late.\n\n\
                    According to a member of the bank's IT staff, real data had been copied onto test systems. \
                    'Nobody wanted to pay for fake data,' the employee said.\n";
        assert_eq!(
            speakers(text),
            [
                "Tobias Kinnear",
                "a member of the bank's IT staff",
                "a member of the bank's IT staff"
            ]
        );
    }

    /// `the regulator` no person's role fits is the body whose name holds
    /// the role's word as an adjective (`the Kesterian Energy Regulatory
    /// Authority`), not the person last introduced with a role; `the
    /// governor` is no `Provincial Government`.
    #[test]
    fn a_role_no_person_fits_is_the_body_named_by_its_word() {
        let text = "Fire.\n\nNorthvale's chief executive, Gideon Farrant, blamed the regulator, saying the \
                    Kesterian Energy Regulatory Authority had turned down a plan to bury lines.\n\n\
                    The regulator said in a statement that Northvale had withdrawn the plan itself.\n";
        assert_eq!(
            speakers(text).last().map(String::as_str),
            Some("Kesterian Energy Regulatory Authority")
        );
        let text = "Fire.\n\nNorthvale's chief executive, Gideon Farrant, blamed the Provincial Government.\n\n\
                    The governor said in a statement that Northvale had withdrawn the plan itself.\n";
        assert_ne!(speakers(text).last().map(String::as_str), Some("Provincial Government"));
        // Nor a web site.
        let text = "Crash.\n\nFriends in Chad were sad, according to Tchadinfos.com. The photographer said it \
                    was late.\n";
        assert_eq!(speakers(text), ["Tchadinfos.com", "photographer"]);
    }

    /// The distinct name of given words is the same whether few names hold
    /// its first word (read one by one) or many (looked up in a map): every
    /// distinct name and every run of its words, against a scan of all.
    #[test]
    fn the_distinct_name_of_words_is_found_by_few_names_or_many() {
        // (`Ana Aova`, `Ana Bova`, …: `Ana` in many, and alone.)
        let mut text = String::from("Envoy.\n\nVisitors in Kazakhstan were few. Ana said so. ");
        for number in 0..FEW_HOLDING + 4 {
            let second = char::from(b'A' + number as u8);
            text.push_str(&format!("Ana {second}ova said it flew. "));
        }
        text.push_str("China's ambassador in Kazakhstan Zhang Xiao said the camps were schools.\n");
        let grammar = Grammar::builtin();
        let doc = Document::new(&text, grammar);
        let tags = Tags::new(&doc, grammar);
        let resolver = Resolver::new(&doc, &tags, &[]);
        let scan = |words: &[u32]| {
            (0..resolver.distinct.len()).find(|&position| resolver.distinct_name(position).words.as_slice() == words)
        };
        let mut many = false;
        for position in 0..resolver.distinct.len() {
            let words = resolver.distinct_name(position).words.clone();
            for start in 0..words.len() {
                for end in start + 1..=words.len() {
                    let run = &words[start..end];
                    many |= resolver.names_holding(run[0]).len() > FEW_HOLDING && scan(run).is_some();
                    assert_eq!(resolver.distinct_of_words(run), scan(run), "{run:?}");
                }
            }
        }
        assert!(
            many,
            "no name found through a word held by more than {FEW_HOLDING} names"
        );
        assert_eq!(resolver.distinct_of_words(&[]), None);
    }

    /// A place that opens a body's name is part of it (`The Sarnow
    /// Municipal Electoral Board`), though the text names the place alone
    /// too; a place run into a person's name is not (`in Kazakhstan Zhang
    /// Xiao`).
    #[test]
    fn a_place_opening_a_bodys_name_stays_in_it() {
        let text = "Sarnow recount.\n\nThe Sarnow Municipal Electoral Board declared Mayor Halina Brodsky \
                    re-elected on Wednesday by 212 votes.\n\n\
                    Voters in Sarnow were angry. According to the board, 1,140 postal ballots were rejected.\n";
        assert_eq!(
            speakers(text),
            ["Sarnow Municipal Electoral Board", "Sarnow Municipal Electoral Board"]
        );
    }

    /// A name after a title in the phrase of a body's noun is that noun's
    /// complement: the office speaks, and `It` stands for the office.
    #[test]
    fn a_titled_name_after_of_is_the_nouns_complement() {
        let text = "Strike.\n\nThe office of Prime Minister Stefan Aurel said in a statement that the demand \
                    would cost 2.4 billion crowns.\n";
        assert_eq!(speakers(text), ["office of Prime Minister Stefan Aurel"]);
        let text = "Strike.\n\nThe office of Prime Minister Stefan Aurel said the demand would cost more. \
                    It blamed the union for the collapse of talks.\n";
        assert_eq!(speakers(text), ["office of Prime Minister Stefan Aurel"; 2]);
    }

    /// `and` inside an institution's name after `the` is part of it, and
    /// the body's noun names it later; not `and` between two names.
    #[test]
    fn and_inside_an_institutions_name() {
        let text = "Fire.\n\nMarisol Tenney, chief fire officer of the Valdrenne Fire and Rescue Service, told \
                    reporters the fire started at a pole.\n\n\
                    The fire service said in a timeline that the first alert was sent at 4:52 p.m.\n";
        assert_eq!(speakers(text), ["Marisol Tenney", "Valdrenne Fire and Rescue Service"]);
        let text = "Talks.\n\nThe Food and Drug Administration said the drug was safe.\n";
        assert_eq!(speakers(text), ["Food and Drug Administration"]);
        // (Two bodies: an acronym before `and`.)
        let text = "Talks.\n\nThe FBI and State Department declined to comment on the emails.\n\n\
                    The department said the setup was legal.\n";
        assert_eq!(speakers(text), ["FBI and State Department", "State Department"]);
    }

    /// A document a name's possessive holds speaks for the name's holder.
    #[test]
    fn a_persons_document_speaks_for_the_person() {
        let text = "Stadium.\n\nInés Marwood, the city's chief auditor, published her report on Tuesday.\n\n\
                    According to Marwood's report, steel accounted for less than a tenth of the increase.\n";
        assert_eq!(speakers(text).last().map(String::as_str), Some("Inés Marwood"));
        let text = "Marriage.\n\nThe judge ruled on Friday.\n\n\
                    Friday's ruling said clerks must issue licences to all couples.\n";
        assert_ne!(speakers(text).last().map(String::as_str), Some("Friday"));
    }

    /// The top-level domains come from the grammar: a grammar without
    /// `org` reads `Factcheck.org` as a name like any other.
    #[test]
    fn web_addresses_by_the_grammar_domains() {
        let grammar = Grammar::builtin();
        for name in ["Factcheck.org", "Breitbart.COM", "gov.uk"] {
            assert!(is_web_address(name, grammar), "{name}");
        }
        for name in ["St. Louis", "Mr. Smith", ".com", "Dr.No"] {
            assert!(!is_web_address(name, grammar), "{name}");
        }
        let builtin = include_str!("../grammars/en/function_words.txt");
        let edited = builtin.replace("web_domain | com org ", "web_domain | com ");
        assert_ne!(edited, builtin);
        let grammar = Grammar::from_sources(&[("function_words.txt", &edited)]).unwrap();
        assert!(!is_web_address("Factcheck.org", &grammar));
        assert!(is_web_address("Breitbart.com", &grammar));
    }
}
