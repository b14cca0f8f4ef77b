//! Who the sources of one document are: named people, anonymous sources
//! ("a source familiar with", "officials said") or institutions; the role or
//! title the text gives them; their gender where the text states it; and,
//! for each quote, whether it was given to the article's own outlet
//! (first-hand, "told AFP") or relayed from another outlet ("told the Global
//! Times").
//!
//! It reads the JSON form of an analysis ([`WireDoc`]) against the analysed
//! text, so a report or statistics can be made from saved JSON too. Nothing
//! here guesses: a gender comes from the pronouns the text uses for a speaker
//! in its attributions ("…," she told AFP), an honorific before the name or a
//! gendered role word attached to it ("his brother, Baimurat Nauryzbek"), and
//! is [`Gender::Unknown`] otherwise; first names are never consulted.

#[cfg(test)]
mod tests;

use std::cell::RefCell;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::grammar::{Framing, Gender, Grammar, Number, PersonWordKind};
use crate::output::wire::{WireDoc, WireQuote};

/// The most places of a name's last word read for the name
/// ([`TextReader::occurrences`]): a news story names anyone a few dozen
/// times; a text that repeats a word thousands of times, each of thousands
/// of names ending in it, is read a bounded number of times per name.
const MAX_PLACES: usize = 256;
/// The most words before a name that [`TextReader::role_before`] reads: the
/// role noun at most 8 words back, and its modifiers at most 4 before that.
const ROLE_BEFORE_WORDS: usize = 13;
/// The most bytes before a dateline's agency (`SAN JUAN, Puerto Rico (AP)`):
/// six words of a place. The longest such run in PolNeAR's texts and the
/// wire stories takes 57 (`Democratic presidential candidate Senator
/// Bernie Sanders (I-VT)`).
const MAX_DATELINE_PLACE: usize = 120;

/// What kind of source a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SourceKind {
    /// A person the text names: "Bikamal Kaken".
    Named,
    /// People the text does not name: "a source familiar with the matter",
    /// "officials", "a senior diplomat".
    Anonymous,
    /// A group, institution or country speaking as a body: "rights groups",
    /// "the US embassy", "China".
    Institutional,
}

impl SourceKind {
    /// The name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            SourceKind::Named => "named",
            SourceKind::Anonymous => "anonymous",
            SourceKind::Institutional => "institutional",
        }
    }
}

/// To whom a claim was given, seen from the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Said to the article's own outlet: "told AFP".
    FirstHand,
    /// Said to another outlet and relayed: "told the Global Times".
    Relayed,
    /// Said to someone else: "informed Kunbolat".
    Other,
    /// The text does not say to whom.
    Unstated,
}

impl Channel {
    /// The name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::FirstHand => "first_hand",
            Channel::Relayed => "relayed",
            Channel::Other => "other",
            Channel::Unstated => "unstated",
        }
    }
}

/// How many claims each framing of the cue has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct FramingCounts {
    /// said, told, added
    pub neutral: usize,
    /// insisted, stressed
    pub assertive: usize,
    /// claimed, alleged
    pub distancing: usize,
    /// denied, dismissed
    pub denial: usize,
    /// No cue, or a cue that is no known speech verb.
    pub none: usize,
}

impl FramingCounts {
    /// Counts one claim.
    pub fn add(&mut self, framing: Option<Framing>) {
        match framing {
            Some(Framing::Neutral) => self.neutral += 1,
            Some(Framing::Assertive) => self.assertive += 1,
            Some(Framing::Distancing) => self.distancing += 1,
            Some(Framing::Denial) => self.denial += 1,
            None => self.none += 1,
        }
    }

    /// Adds another count to this one.
    pub fn merge(&mut self, other: &FramingCounts) {
        self.neutral += other.neutral;
        self.assertive += other.assertive;
        self.distancing += other.distancing;
        self.denial += other.denial;
        self.none += other.none;
    }
}

/// One speaker of the document and how the article uses them.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Source {
    /// The canonical name, as in the quotes' `speaker`.
    pub name: String,
    /// Named, anonymous or institutional.
    pub kind: SourceKind,
    /// The role or title as the text gives it ("China's ambassador in
    /// Kazakhstan"), if it gives one.
    pub role: Option<String>,
    /// Gender where the text states it.
    pub gender: Gender,
    /// What the gender rests on, for a person to check: `"she" in q5`, `Mr`.
    pub gender_evidence: Vec<String>,
    /// Indices into the document's quotes of this source's claims, in text order.
    pub quotes: Vec<usize>,
    /// Direct quotes.
    pub direct: usize,
    /// Partial quotes.
    pub partial: usize,
    /// Reported speech (indirect claims).
    pub reported: usize,
    /// Words inside quote marks (direct and partial quotes).
    pub words: usize,
    /// Claims given to the article's own outlet.
    pub first_hand: usize,
    /// Claims relayed from another outlet.
    pub relayed: usize,
    /// The other outlets this source's claims were relayed from.
    pub relayed_via: Vec<String>,
    /// Framing of the cues of this source's claims.
    pub framing: FramingCounts,
}

/// The sources of one document.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Sourcing {
    /// The article's own outlet: the agency in the dateline ("(AFP)"), or
    /// the outlet most often named as recipient.
    pub outlet: Option<String>,
    /// One entry per speaker, in the order of their first claim.
    pub sources: Vec<Source>,
    /// For each quote of the document: its channel if it is a claim (direct,
    /// partial, indirect), `None` otherwise.
    pub channels: Vec<Option<Channel>>,
    /// For each quote: the framing of its cue.
    pub framings: Vec<Option<Framing>>,
    /// Indices of claims without a speaker.
    pub unattributed: Vec<usize>,
    /// Words inside quote marks over all direct and partial quotes, attributed or not.
    pub words_total: usize,
}

impl Sourcing {
    /// The source with this canonical name.
    pub fn source(&self, name: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.name == name)
    }
}

/// True for the kinds that are claims of a speaker.
pub fn is_claim(kind: &str) -> bool {
    matches!(kind, "direct" | "partial" | "indirect")
}

/// True for speech in quote marks.
pub fn is_speech(kind: &str) -> bool {
    matches!(kind, "direct" | "partial")
}

/// The number of words in a text: runs without white space that hold a
/// letter or digit.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .count()
}

/// Profiles the sources of one document.
pub fn sourcing(doc: &WireDoc, text: &str, grammar: &Grammar) -> Sourcing {
    let reader = TextReader::new(text, grammar);
    let speakers: Vec<&str> = doc
        .quotes
        .iter()
        .filter(|quote| is_claim(&quote.kind))
        .filter_map(|quote| quote.speaker.as_deref())
        .collect();
    // (Names compared as [`plain`] forms, each worked out once.)
    let speaker_names: FxHashSet<String> = speakers.iter().map(|speaker| plain(speaker)).collect();
    let outlet = reader
        .dateline_outlet()
        .or_else(|| most_named_outlet(doc, &reader, &speaker_names));
    let outlet_name = outlet.as_deref().map(plain);
    let mut sources: Vec<Source> = Vec::new();
    let mut source_of: FxHashMap<&str, usize> = FxHashMap::default();
    // (Each source's outlets, listed once each.)
    let mut relayed_via: FxHashSet<(usize, &str)> = FxHashSet::default();
    let mut channels = Vec::with_capacity(doc.quotes.len());
    let mut framings = Vec::with_capacity(doc.quotes.len());
    let mut unattributed = Vec::new();
    let mut words_total = 0;
    for (index, quote) in doc.quotes.iter().enumerate() {
        let framing = quote_framing(quote, grammar);
        framings.push(framing);
        if !is_claim(&quote.kind) {
            channels.push(None);
            continue;
        }
        let words = if is_speech(&quote.kind) {
            count_words(&quote.text)
        } else {
            0
        };
        words_total += words;
        let channel = match quote
            .recipient
            .as_deref()
            .map(|recipient| (recipient, plain(recipient)))
        {
            None => Channel::Unstated,
            Some((_, name)) if outlet_name.as_ref() == Some(&name) => Channel::FirstHand,
            Some((recipient, name)) if !speaker_names.contains(&name) && reader.is_outlet(recipient) => {
                Channel::Relayed
            }
            Some(_) => Channel::Other,
        };
        channels.push(Some(channel));
        let Some(name) = quote.speaker.as_deref() else {
            unattributed.push(index);
            continue;
        };
        let position = match source_of.get(name) {
            Some(&position) => position,
            None => {
                source_of.insert(name, sources.len());
                sources.push(Source {
                    name: name.to_string(),
                    kind: SourceKind::Named,
                    role: None,
                    gender: Gender::Unknown,
                    gender_evidence: Vec::new(),
                    quotes: Vec::new(),
                    direct: 0,
                    partial: 0,
                    reported: 0,
                    words: 0,
                    first_hand: 0,
                    relayed: 0,
                    relayed_via: Vec::new(),
                    framing: FramingCounts::default(),
                });
                sources.len() - 1
            }
        };
        let source = &mut sources[position];
        source.quotes.push(index);
        match quote.kind.as_str() {
            "direct" => source.direct += 1,
            "partial" => source.partial += 1,
            _ => source.reported += 1,
        }
        source.words += words;
        source.framing.add(framing);
        match channel {
            Channel::FirstHand => source.first_hand += 1,
            Channel::Relayed => {
                source.relayed += 1;
                let via = quote.recipient.as_deref().unwrap_or_default();
                if relayed_via.insert((position, via)) {
                    source.relayed_via.push(via.to_string());
                }
            }
            Channel::Other | Channel::Unstated => {}
        }
    }
    for source in &mut sources {
        let quotes: Vec<&WireQuote> = source.quotes.iter().map(|&index| &doc.quotes[index]).collect();
        reader.describe(source, &quotes);
    }
    Sourcing {
        outlet,
        sources,
        channels,
        framings,
        unattributed,
        words_total,
    }
}

/// The framing of a quote's cue: from the JSON, or looked up in the grammar
/// for JSON written without it.
fn quote_framing(quote: &WireQuote, grammar: &Grammar) -> Option<Framing> {
    match quote.framing.as_deref() {
        Some("neutral") => Some(Framing::Neutral),
        Some("assertive") => Some(Framing::Assertive),
        Some("distancing") => Some(Framing::Distancing),
        Some("denial") => Some(Framing::Denial),
        _ => {
            let cue = quote.cue.as_deref()?;
            cue.split_whitespace()
                .find_map(|word| grammar.verb(word))
                .map(|(verb, _)| verb.framing)
        }
    }
}

/// The recipient most often named that looks like an outlet.
/// (`speakers`: the [`plain`] names of the claims' speakers.)
fn most_named_outlet(doc: &WireDoc, reader: &TextReader, speakers: &FxHashSet<String>) -> Option<String> {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let mut count_of: FxHashMap<String, usize> = FxHashMap::default();
    for recipient in doc
        .quotes
        .iter()
        .filter(|quote| is_claim(&quote.kind))
        .filter_map(|quote| quote.recipient.as_deref())
    {
        let name = plain(recipient);
        if speakers.contains(&name) || !reader.is_outlet(recipient) {
            continue;
        }
        match count_of.get(&name) {
            Some(&entry) => counts[entry].1 += 1,
            None => {
                count_of.insert(name, counts.len());
                counts.push((recipient, 1));
            }
        }
    }
    // The first of the most frequent: `max_by_key` keeps the last of ties.
    let best = counts.iter().map(|entry| entry.1).max()?;
    counts
        .iter()
        .find(|entry| entry.1 == best)
        .map(|entry| entry.0.to_string())
}

/// A name as names are compared: two are the same when their plain forms
/// are, case and a leading "the" aside.
fn plain(name: &str) -> String {
    let name = name.trim();
    let lower = name.to_lowercase();
    lower.strip_prefix("the ").unwrap_or(&lower).trim().to_string()
}

/// A word of the text with its byte range.
#[derive(Clone, Copy, Debug)]
struct Word<'t> {
    start: usize,
    end: usize,
    text: &'t str,
}

impl Word<'_> {
    fn lower(&self) -> String {
        self.text.to_lowercase()
    }

    /// The word without a possessive `'s`.
    fn bare(&self) -> &str {
        possessive_stem(self.text).unwrap_or(self.text)
    }

    fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// `China's` → `China`.
fn possessive_stem(word: &str) -> Option<&str> {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s"))
}

/// The words of a text: runs of letters and digits, with apostrophes and
/// hyphens inside them (`China's`, `44-year-old`).
fn words(text: &str) -> Vec<Word<'_>> {
    let is_inner = |c: char| c == '\'' || c == '’' || c == '-';
    let mut found = Vec::new();
    let mut start: Option<usize> = None;
    let mut push = |begin: usize, end: usize| {
        let trimmed = text[begin..end].trim_end_matches(is_inner);
        if !trimmed.is_empty() {
            found.push(Word {
                start: begin,
                end: begin + trimmed.len(),
                text: trimmed,
            });
        }
    };
    for (offset, c) in text.char_indices() {
        if c.is_alphanumeric() || (start.is_some() && is_inner(c)) {
            start.get_or_insert(offset);
        } else if let Some(begin) = start.take() {
            push(begin, offset);
        }
    }
    if let Some(begin) = start {
        push(begin, text.len());
    }
    found
}

/// Reads the document's text around names.
struct TextReader<'t, 'g> {
    text: &'t str,
    grammar: &'g Grammar,
    words: Vec<Word<'t>>,
    /// Each word in lower case.
    lower: Vec<String>,
    /// Where each word stands, by its lower case less a possessive `'s`
    /// (as the last word of a name is matched), in text order.
    places: FxHashMap<String, Vec<usize>>,
    /// [`TextReader::is_outlet`] of each name asked, asked once.
    outlets: RefCell<FxHashMap<String, bool>>,
}

impl<'t, 'g> TextReader<'t, 'g> {
    fn new(text: &'t str, grammar: &'g Grammar) -> TextReader<'t, 'g> {
        let words = words(text);
        let lower = words.iter().map(Word::lower).collect();
        let mut places: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (index, word) in words.iter().enumerate() {
            places.entry(word.bare().to_lowercase()).or_default().push(index);
        }
        TextReader {
            text,
            grammar,
            words,
            lower,
            places,
            outlets: RefCell::default(),
        }
    }

    /// The agency of the dateline: a parenthesized single word starting with
    /// a capital, after a place, in the first lines: `Almaty (AFP) Oct 23`.
    fn dateline_outlet(&self) -> Option<String> {
        for line in self.text.lines().filter(|line| !line.trim().is_empty()).take(12) {
            let mut rest = line;
            while let Some(open) = rest.find('(') {
                let before = &line[..line.len() - rest.len() + open];
                // (Words only add up along the line: past six, or past
                // the bytes six words may take, no dateline. A line may
                // be the whole text, so its words are counted no further
                // (one unspaced word may run for pages: `((((`), and the
                // closing mark is looked for no further than the agency's
                // longest name.)
                if before.len() > MAX_DATELINE_PLACE {
                    break;
                }
                let words_before = before.split_whitespace().take(7).count();
                if words_before > 6 {
                    break;
                }
                let after = &rest[open + 1..];
                let Some((close, _)) = after.char_indices().take(16).find(|&(_, c)| c == ')') else {
                    rest = after;
                    continue;
                };
                let inside = &after[..close];
                if (2..=15).contains(&inside.chars().count())
                    && inside.chars().next().is_some_and(char::is_uppercase)
                    && inside.chars().all(|c| c.is_alphabetic() || c == '-' || c == '&')
                    && words_before >= 1
                    && before.trim_start().chars().next().is_some_and(char::is_uppercase)
                {
                    return Some(inside.to_string());
                }
                rest = &after[close + 1..];
            }
        }
        None
    }

    /// True when a recipient name looks like a news outlet: a media word in
    /// its name, or an aside naming a media noun after it in the text
    /// (`the Global Times, a Chinese newspaper`).
    fn is_outlet(&self, name: &str) -> bool {
        if let Some(&outlet) = self.outlets.borrow().get(name) {
            return outlet;
        }
        let outlet = self.reads_as_outlet(name);
        self.outlets.borrow_mut().insert(name.to_string(), outlet);
        outlet
    }

    /// [`TextReader::is_outlet`], worked out.
    fn reads_as_outlet(&self, name: &str) -> bool {
        let name_words = words(name);
        if name_words
            .iter()
            .any(|word| self.grammar.words.media.contains(word.lower().as_str()))
        {
            return true;
        }
        self.occurrences(name).into_iter().any(|(_, end)| {
            self.apposition_after(end).is_some_and(|aside| {
                words(aside)
                    .iter()
                    .any(|word| self.grammar.words.media.contains(word.lower().as_str()))
            })
        })
    }

    /// Byte ranges where `name` occurs as whole words (its last word
    /// maybe with a possessive `'s`), in text order: among the first
    /// [`MAX_PLACES`] places of its last word.
    fn occurrences(&self, name: &str) -> Vec<(usize, usize)> {
        let needle: Vec<String> = words(name).iter().map(Word::lower).collect();
        let Some((last, before)) = needle.split_last() else {
            return Vec::new();
        };
        let Some(ends) = self.places.get(last) else {
            return Vec::new();
        };
        ends.iter()
            .take(MAX_PLACES)
            .filter_map(|&end| {
                let start = end.checked_sub(before.len())?;
                (self.lower[start..end] == *before).then(|| (self.words[start].start, self.words[end].end))
            })
            .collect()
    }

    /// Index of the word starting at byte `start`.
    fn word_at(&self, start: usize) -> Option<usize> {
        self.words.binary_search_by_key(&start, |word| word.start).ok()
    }

    /// The aside after a name: `, a doctoral student at …,` without its commas.
    fn apposition_after(&self, end: usize) -> Option<&'t str> {
        let rest = &self.text[end..];
        let rest = rest.strip_prefix(',')?;
        if !rest.starts_with([' ', '\u{a0}']) {
            return None;
        }
        let stop = rest
            .find([',', '.', ';', ':', '\n', '(', ')', '"', '“', '”'])
            .unwrap_or(rest.len());
        let aside = rest[..stop].trim();
        let aside_words = words(aside);
        if aside_words.is_empty() || aside_words.len() > 20 {
            return None;
        }
        Some(aside)
    }

    /// The kind of a person word, looking one and two words wide.
    fn person_word_at(&self, words: &[Word], index: usize) -> Option<PersonWordKind> {
        if index + 1 < words.len() {
            let phrase = format!("{} {}", words[index].lower(), words[index + 1].lower());
            if let Some(entry) = self.grammar.person_word(&phrase) {
                return Some(entry.kind);
            }
        }
        self.grammar.person_word(words[index].bare()).map(|entry| entry.kind)
    }

    fn role_gender(&self, word: &str) -> Gender {
        self.grammar
            .person_word(word)
            .filter(|entry| entry.kind == PersonWordKind::Role)
            .map_or(Gender::Unknown, |entry| entry.gender)
    }

    fn is_role(&self, word: &Word) -> bool {
        self.grammar
            .person_word(word.bare())
            .is_some_and(|entry| entry.kind == PersonWordKind::Role)
    }

    /// Kind, role and gender of a source.
    fn describe(&self, source: &mut Source, quotes: &[&WireQuote]) {
        source.kind = self.kind(&source.name, quotes);
        let (role, role_word) = match source.kind {
            SourceKind::Named => self.role_of_named(&source.name, quotes),
            SourceKind::Anonymous => (None, self.role_word_in(&source.name)),
            SourceKind::Institutional => (None, None),
        };
        source.role = role;
        if source.kind == SourceKind::Institutional {
            return;
        }
        let mut votes: Vec<(Gender, String)> = Vec::new();
        for quote in quotes {
            let Some(mention) = &quote.mention else { continue };
            let mention_text = mention.text.trim();
            if let Some(pronoun) = self.grammar.pronoun(mention_text)
                && pronoun.number == Number::Singular
                && pronoun.gender != Gender::Unknown
            {
                votes.push((pronoun.gender, format!("\"{}\" in {}", mention_text, quote.id)));
            }
        }
        if source.kind == SourceKind::Named {
            let surname = words(&source.name).last().map(|word| word.text.to_string());
            for (start, _) in surname.iter().flat_map(|surname| self.occurrences(surname)) {
                let Some(index) = self.word_at(start) else { continue };
                let Some(before) = index.checked_sub(1).map(|before| self.words[before]) else {
                    continue;
                };
                let between = &self.text[before.end..start];
                if !between.chars().all(|c| c == '.' || c.is_whitespace()) {
                    continue;
                }
                if let Some(entry) = self.grammar.person_word(before.text)
                    && entry.kind == PersonWordKind::Honorific
                    && entry.gender != Gender::Unknown
                {
                    votes.push((entry.gender, before.text.to_string()));
                }
            }
        }
        if let Some(role_word) = role_word {
            let gender = self.role_gender(&role_word);
            if gender != Gender::Unknown {
                votes.push((gender, role_word));
            }
        }
        let first = votes.first().map(|vote| vote.0);
        source.gender = match first {
            Some(gender) if votes.iter().all(|vote| vote.0 == gender) => gender,
            _ => Gender::Unknown,
        };
        source.gender_evidence = votes.into_iter().map(|vote| vote.1).collect();
        source.gender_evidence.dedup();
    }

    /// The first role word of a phrase.
    fn role_word_in(&self, phrase: &str) -> Option<String> {
        words(phrase)
            .iter()
            .find(|word| self.is_role(word))
            .map(|word| word.bare().to_lowercase())
    }

    /// Named, anonymous or institutional.
    fn kind(&self, name: &str, quotes: &[&WireQuote]) -> SourceKind {
        let name_words = words(name);
        if name_words
            .first()
            .is_some_and(|first| self.grammar.words.quantifier.contains(first.lower().as_str()))
        {
            return SourceKind::Anonymous;
        }
        // Person words decide common-noun speakers: `rights groups`,
        // `officials`, `a source familiar with the matter`, `the US embassy`.
        for index in 0..name_words.len() {
            match self.person_word_at(&name_words, index) {
                Some(PersonWordKind::Institution) => return SourceKind::Institutional,
                Some(PersonWordKind::Group) => return self.group_kind(&name_words[index..]),
                Some(PersonWordKind::Role) if !has_proper_name(&name_words, self) => return SourceKind::Anonymous,
                _ => {}
            }
            // `groups`, `ministries`: the plural of an institution.
            if let Some(singular) = singular(&name_words[index].lower())
                && self
                    .grammar
                    .person_word(&singular)
                    .is_some_and(|entry| entry.is_institution())
            {
                return SourceKind::Institutional;
            }
        }
        if !has_proper_name(&name_words, self) {
            return SourceKind::Anonymous;
        }
        // A proper name: a person unless the text puts it in a place or
        // gives it an institution, and never calls it he or she.
        let personal = quotes.iter().any(|quote| {
            quote.mention.as_ref().is_some_and(|mention| {
                self.grammar
                    .pronoun(mention.text.trim())
                    .is_some_and(|pronoun| pronoun.gender != Gender::Unknown)
            })
        });
        if !personal && self.is_place_or_body(name) {
            return SourceKind::Institutional;
        }
        SourceKind::Named
    }

    /// A group word: people (`officials`, `sources`: anonymous) or a body
    /// (`rights groups`, `police`: institutional).
    fn group_kind(&self, from: &[Word]) -> SourceKind {
        // The head of `human rights groups` is its last word.
        let head = from.last().map(Word::lower).unwrap_or_default();
        let singular_kind =
            singular(&head).and_then(|singular| self.grammar.person_word(&singular).map(|entry| entry.kind));
        match singular_kind {
            Some(PersonWordKind::Role | PersonWordKind::Group) => SourceKind::Anonymous,
            Some(_) => SourceKind::Institutional,
            None if head.ends_with('s') => SourceKind::Anonymous,
            None => SourceKind::Institutional,
        }
    }

    /// True when the text puts a name in a place (`in northwestern China`)
    /// or gives it an institution (`China's embassy`).
    fn is_place_or_body(&self, name: &str) -> bool {
        self.occurrences(name).into_iter().any(|(start, end)| {
            let Some(index) = self.word_at(start) else { return false };
            let last = index + words(name).len() - 1;
            let previous = |back: usize| index.checked_sub(back).map(|at| self.words[at]);
            let locative = |word: Option<Word>| {
                word.is_some_and(|word| self.grammar.words.locative.contains(word.lower().as_str()))
            };
            let joined = |left: Option<Word>, right_start: usize| {
                left.is_some_and(|left| self.text[left.end..right_start].chars().all(char::is_whitespace))
            };
            let place = (locative(previous(1)) && joined(previous(1), start))
                || (locative(previous(2))
                    && previous(1).is_some_and(|word| !word.is_capitalized())
                    && joined(previous(2), previous(1).map_or(start, |word| word.start))
                    && joined(previous(1), start));
            let body = possessive_stem(self.words[last].text).is_some()
                && self.words.get(last + 1).is_some_and(|next| {
                    self.text[end..next.start].chars().all(char::is_whitespace)
                        && self
                            .grammar
                            .person_word(next.text)
                            .is_some_and(|entry| entry.is_institution())
                });
            place || body
        })
    }

    /// The role or title of a named person as the text gives it, and its
    /// role word: an aside after the name (`Mehmet Kasikci, a doctoral
    /// student at …`), a phrase before it (`China's ambassador in Kazakhstan
    /// Zhang Xiao`), or a role noun in a mention (`the diplomat said`).
    fn role_of_named(&self, name: &str, quotes: &[&WireQuote]) -> (Option<String>, Option<String>) {
        let mut found: Vec<(usize, String, String)> = Vec::new();
        let mut places = self.occurrences(name);
        let name_words = words(name);
        if name_words.len() >= 2
            && let Some(surname) = name_words.last()
        {
            let full = places.clone();
            places.extend(self.occurrences(surname.text).into_iter().filter(|&(start, end)| {
                !full
                    .iter()
                    .any(|&(outer_start, outer_end)| outer_start <= start && end <= outer_end)
            }));
            places.sort_unstable();
        }
        for (start, end) in places {
            if let Some(aside) = self.apposition_after(end) {
                let aside_words = words(aside);
                let opens = aside_words.first().is_some_and(|first| {
                    self.grammar.words.determiner.contains(first.lower().as_str()) || self.is_role(first)
                });
                if opens && let Some(role_word) = aside_words.iter().find(|word| self.is_role(word)) {
                    found.push((start, aside.to_string(), role_word.bare().to_lowercase()));
                    continue;
                }
            }
            if let Some((phrase, role_word)) = self.role_before(start) {
                found.push((start, phrase, role_word));
            }
        }
        for quote in quotes {
            if let Some(mention) = &quote.mention
                && let Some(role_word) = self.role_word_in(&mention.text)
                && !has_proper_name(&words(&mention.text), self)
            {
                let phrase = mention.text.trim();
                let phrase = phrase
                    .strip_prefix("the ")
                    .or_else(|| phrase.strip_prefix("The "))
                    .unwrap_or(phrase);
                found.push((usize::MAX, phrase.to_string(), role_word));
            }
        }
        found.sort_by_key(|entry| entry.0);
        match found.into_iter().next() {
            Some((_, phrase, role_word)) => (Some(phrase), Some(role_word)),
            None => (None, None),
        }
    }

    /// A role phrase ending right before a name at byte `start`.
    fn role_before(&self, start: usize) -> Option<(String, String)> {
        let index = self.word_at(start)?;
        // (Read back over the few words the role may take: a mark before
        // them leaves all of them in the sentence.)
        let reach = self.words[index.saturating_sub(ROLE_BEFORE_WORDS + 1)].start;
        let sentence_start = self.text[reach..start]
            .rfind(['.', '!', '?', ';', '\n', '"', '“', '”'])
            .map_or(0, |at| reach + at + 1);
        let last = index.checked_sub(1)?;
        let before = self.words[last];
        if before.start < sentence_start {
            return None;
        }
        let gap = &self.text[before.end..start];
        if !gap.chars().all(|c| c.is_whitespace() || c == ',') || gap.matches(',').count() > 1 {
            return None;
        }
        if self.grammar.words.phrase_boundary.contains(before.lower().as_str())
            || self.grammar.verb(before.text).is_some()
        {
            return None;
        }
        // Leftwards to the role noun, over links such as `of China's mission in Kazakhstan`.
        let mut role_index = None;
        let mut at = last;
        for _ in 0..8 {
            let word = self.words[at];
            if word.start < sentence_start {
                break;
            }
            if at < last && self.text[word.end..self.words[at + 1].start].contains(',') {
                break;
            }
            if self.is_role(&word) {
                role_index = Some(at);
                break;
            }
            let lower = word.lower();
            let allowed = word.is_capitalized()
                || possessive_stem(word.text).is_some()
                || self.grammar.words.role_link.contains(lower.as_str())
                || self.grammar.words.determiner.contains(lower.as_str())
                || self.grammar.person_word(word.text).is_some();
            if !allowed || at == 0 {
                break;
            }
            at -= 1;
        }
        let role_index = role_index?;
        // Leftwards over the role's modifiers: `a senior`, `China's`, `his 30-year-old`.
        let mut phrase_start = role_index;
        for _ in 0..4 {
            let Some(previous) = phrase_start.checked_sub(1) else {
                break;
            };
            let word = self.words[previous];
            if word.start < sentence_start || self.text[word.end..self.words[phrase_start].start].contains(',') {
                break;
            }
            let lower = word.lower();
            if self.grammar.words.determiner.contains(lower.as_str()) {
                phrase_start = previous;
                break;
            }
            if self.grammar.words.phrase_boundary.contains(lower.as_str()) || self.grammar.verb(word.text).is_some() {
                break;
            }
            phrase_start = previous;
        }
        let phrase = self.text[self.words[phrase_start].start..before.end].trim_end_matches(',');
        Some((phrase.to_string(), self.words[role_index].bare().to_lowercase()))
    }
}

/// True when a name holds a capitalized word that is not a person word or a
/// determiner: `Bikamal Kaken`, `China` (not `Officials`, `The spokesman`).
fn has_proper_name(name_words: &[Word], reader: &TextReader) -> bool {
    name_words.iter().any(|word| {
        word.is_capitalized()
            && !reader.grammar.words.determiner.contains(word.lower().as_str())
            && reader.grammar.person_word(word.bare()).is_none()
            && !reader.grammar.words.quantifier.contains(word.lower().as_str())
    })
}

/// The singular of a plural noun: `groups` → `group`, `ministries` → `ministry`.
fn singular(word: &str) -> Option<String> {
    if let Some(stem) = word.strip_suffix("ies") {
        return Some(format!("{stem}y"));
    }
    let stem = word.strip_suffix('s')?;
    (!stem.ends_with('s') && !stem.is_empty()).then(|| stem.to_string())
}
