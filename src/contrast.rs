//! Opposing claims side by side: which sources contradict each other, and
//! the words that show it.
//!
//! [`contrast`] takes analysed documents (their quotes: `direct`, `partial`
//! and `indirect` claims with a speaker) and the grammar, groups the claims
//! by topic ([`crate::topic`]) and scores pairs of claims by different
//! speakers. Speakers are compared by canonical name, across documents too,
//! so no speaker is ever paired with themself. A pair is built from
//! evidence a person can check next to the text:
//!
//! - **rebuttal**: one claim targets the other speaker or their account: a
//!   denial-framed cue whose content names them ("dismissed Kaken's
//!   account"), or a rebuttal word of `rebuttals.txt` in a sentence that
//!   points to them ("Her story was full of lies"), or a label that
//!   condemns what they just said or did ("called the cuts 'a betrayal'",
//!   `condemnation` in function_words.txt). A rebuttal of a speaker,
//!   not of one claim, is set against the two claims of that speaker
//!   nearest it (in its document first), not against every claim they made;
//!   a refusal to speak or to deny ("declined to comment on") rebuts no one;
//!   `Rubio's claim that …` rebuts its owner; a source never opposes whom
//!   they speak for ("Clinton spokesman Jesse Ferguson");
//! - **dissent**: one claim answers the other's turn (`contrast/turns.rs`): a short
//!   sentence of dissent right before it ("Some scientists disagree."),
//!   "But" right before a new source on a shared term, a direct quote cued
//!   by a denial (`Hale disagreed: "…"`);
//! - **opposed terms** of `antonyms.txt` ("sentenced vs. innocent"), a
//!   negation flipping the side ("not free" is on the side of "prison"),
//!   said of the same thing (a word near both, on the same side of both:
//!   `stance::Anchors`) unless the group is a `verdict`; a word under a
//!   negation further back ("no plans to spend") takes no side;
//! - **polarity**: the same term negated in one claim only, a word near the
//!   negated one in the other claim;
//! - **figures** (`contrast/figures.rs`, `figures.txt`): two sources'
//!   figures of one unit that disagree by half again or more ("around 50
//!   minutes" against "two hours"), a paragraph apart at most, where no
//!   other source gives a figure of that unit;
//! - **discourse**: a contrast cue of `contrast_cues.txt` ("But", "Yet")
//!   opening a clause between the two claims, or an assertive cue
//!   ("insists") on the later one, within a few paragraphs;
//! - **shared topic**: the terms and entities both claims name.
//!
//! Each signal has a strength; a pair's score is their noisy-or. A pair
//! `opposes` when an opposing signal (rebuttal, dissent, opposed terms, polarity, figures)
//! fired and the score reaches [`OPPOSES_AT`]; `agrees` when the claims are
//! close in terms with no opposing or contrasting signal; `related`
//! otherwise. Within one document every two claims of different speakers are
//! weighed (the work grows with the document's claims); across documents
//! only claims that share an index key are ([`ContrastOptions::max_postings`]
//! caps very common keys), so the work grows with the claims and never with
//! all pairs of a corpus ([`Work`] counts it). Across documents a pair must
//! also be on one topic (similarity at least [`LINK_AT`]) before any signal
//! counts: the article around two claims no longer vouches for it.
//!
//! A [`Grouping`] does the same over a corpus too large to hold: it reads
//! one document at a time (in parallel) and keeps a compact record of each
//! claim, no text; [`contrast_with`] is a grouping over documents in memory.
//! The result does not depend on the number of threads.

use std::borrow::Cow;
use std::collections::BinaryHeap;
use std::collections::hash_map::Entry;
use std::ops::Range;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use rayon::prelude::*;

use crate::analysis::Analysis;
use crate::grammar::{Framing, Grammar};
use crate::segment::{TokenClass, is_long_dash};
use crate::span::Span;
use crate::topic::{
    self, ClaimRecord, Corpus, DocumentFacts, KeyKind, Lexicon, ReadDocument, lower_case, strip_possessive,
};
use stance::{Stance, StanceDraft, Stances};

pub use crate::topic::{ClaimRef, Speakers, Topic};

/// `both: 'extremism', 'camps'`: the first few content words two claims share.
fn shared_words_evidence<S: std::fmt::Display>(shared: impl IntoIterator<Item = S>) -> String {
    let words: Vec<String> = shared
        .into_iter()
        .take(3)
        .map(|display| format!("'{display}'"))
        .collect();
    format!("both: {}", words.join(", "))
}

mod figures;
mod stance;
#[cfg(test)]
mod tests;
mod turns;

/// Strength of a dissent answering the other claim's turn ([`turns`]):
/// "Some scientists disagree.", "But the opposition said …".
const DISSENT: f32 = 0.6;
/// Least score of an `opposes` pair.
pub const OPPOSES_AT: f32 = 0.55;
/// Least similarity of two claims in one topic without an opposing signal.
pub const LINK_AT: f32 = 0.15;
/// Least similarity of an `agrees` pair.
pub const AGREES_AT: f32 = 0.5;
/// How many words back a negation cancels a rebuttal word ("I don't think
/// this is a ridiculous idea").
const REBUTTAL_NEGATION_REACH: usize = 6;
/// How many paragraphs a discourse cue reaches across.
const DISCOURSE_REACH: usize = 3;
/// A rebuttal of a speaker with more claims than this in the document
/// answers only those on its topic or within this many paragraphs.
const REBUTTAL_REACH: usize = 6;
/// More claims than this make a speaker's account too wide to rebut whole.
const REBUTTAL_ACCOUNT: usize = 3;
/// How many of one speaker's claims a rebuttal of that speaker (not of one
/// claim) is set against in its document: those nearest it in the text.
const REBUTTAL_ROWS: usize = 2;
/// Longest evidence snippet, in words.
const SNIPPET_WORDS: usize = 8;

/// A denial-framed cue whose content names the other speaker.
const REBUTTAL_BY_DENIAL: f32 = 0.85;
/// A rebuttal word in a sentence pointing to the other speaker.
const REBUTTAL_BY_WORD: f32 = 0.8;
/// A denial-framed cue on a shared topic.
const DENIAL_ON_TOPIC: f32 = 0.5;
/// A rebuttal word on a shared topic.
const REBUTTAL_WORD_ON_TOPIC: f32 = 0.4;
/// The first opposed term group.
const OPPOSED_TERMS: f32 = 0.5;
/// Each further opposed term group.
const MORE_OPPOSED_TERMS: f32 = 0.3;
/// A term negated in one claim only.
const POLARITY: f32 = 0.5;
/// Figures of one unit that disagree ([`figures`]).
const FIGURES: f32 = 0.6;
/// A contrast cue between the claims.
const DISCOURSE: f32 = 0.3;
/// How many paragraphs apart two claims may give figures that disagree:
/// one source's figure and the answer to it.
const FIGURES_REACH: usize = 1;
/// How many words two claims further apart must have in common, the
/// figure's unit among them, for their figures to be of one measure told
/// twice (`spent 64 million crowns clearing trees … last year` against
/// `spent 31 million crowns on tree clearance last year`).
const FIGURES_SHARED: usize = 4;
/// Most bytes between a claim and a rebuttal that sums it up right after
/// it: a comma and a space (`…, an account the union rejected`).
const SUMMING_GAP: usize = 2;
/// An assertive cue on the later claim ("insists").
const ASSERTIVE: f32 = 0.2;
/// Terms or entities shared.
const SHARED_TOPIC: f32 = 0.2;

/// Endings that a short antonym entry may take ("jail" → "jailed").
const ANTONYM_ENDINGS: [&str; 11] = ["s", "es", "d", "ed", "ing", "er", "ers", "ly", "ness", "ment", "ments"];
/// Entries at least this long match any word they begin ("volunt").
const ANTONYM_PREFIX_LETTERS: usize = 6;
/// Most letters a word may run past such an entry.
const ANTONYM_PREFIX_TAIL: usize = 4;

/// One analysed document: its id, its text and what the analyzer found.
#[derive(Clone, Copy, Debug)]
pub struct DocumentAnalysis<'a> {
    /// The input's id or path.
    pub id: &'a str,
    /// The text as read.
    pub text: &'a str,
    /// Its quotes and claims.
    pub analysis: &'a Analysis,
}

/// How two claims relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Relation {
    /// They contradict each other.
    Opposes,
    /// They say the same thing.
    Agrees,
    /// Same topic, neither.
    Related,
}

impl Relation {
    /// The name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Opposes => "opposes",
            Relation::Agrees => "agrees",
            Relation::Related => "related",
        }
    }
}

/// Two claims of different speakers set side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    /// Index into [`Contrasts::topics`].
    pub topic: usize,
    /// How they relate.
    pub relation: Relation,
    /// Strength in [0, 1]: the opposition score, or for `agrees` and
    /// `related` the similarity of their terms (but for a rebuttal of a
    /// person left `related` because nearer claims of theirs are opposed,
    /// the opposition score it had).
    pub score: f32,
    /// Why, in words a person can check against the text.
    pub evidence: Vec<String>,
    /// One side: the rebutting claim where one rebuts the other, else the
    /// earlier one.
    pub a: ClaimRef,
    /// The other side.
    pub b: ClaimRef,
}

/// How much work grouping took: candidate pairs grow with the claims.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Work {
    /// Documents.
    pub documents: usize,
    /// Claims grouped.
    pub claims: usize,
    /// Distinct index keys.
    pub keys: usize,
    /// Key occurrences (sum of the claims' key counts).
    pub key_occurrences: usize,
    /// Keys left out of candidate generation for being held by too many claims.
    pub capped_keys: usize,
    /// Pairs of claims weighed inside single documents.
    pub document_pairs: usize,
    /// Pairs of claims of different documents that share a key under the
    /// cap, found through the index.
    pub index_candidates: usize,
    /// Those close enough in terms (at least [`LINK_AT`]) to be judged.
    pub index_pairs_judged: usize,
    /// Index entries read to find them.
    pub postings_visited: usize,
}

/// Topics and pairs of a set of documents.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Contrasts {
    /// Topics with at least two claims.
    pub topics: Vec<Topic>,
    /// Pairs: `opposes` first by score, then `agrees`, then `related`.
    pub pairs: Vec<Pair>,
    /// Work done.
    pub work: Work,
    /// The pairs left out of [`Contrasts::pairs`] past
    /// [`ContrastOptions::max_opposes`] and [`ContrastOptions::max_related`].
    pub left_out: usize,
}

/// Settings of [`contrast_with`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ContrastOptions {
    /// A key held by more claims than this finds no cross-document candidates.
    pub max_postings: usize,
    /// Keep `agrees` and `related` pairs in [`Contrasts::pairs`] (topics link
    /// through them either way). Without, only `opposes` pairs are kept and
    /// no evidence is written for the others: much less work on a large
    /// corpus.
    pub keep_related: bool,
    /// With `keep_related`, at most this many `agrees` and `related` pairs
    /// are kept: the first in the order of [`Contrasts::pairs`], the
    /// strongest. The rest are counted in [`Contrasts::left_out`].
    /// (A long transcript relates each claim to hundreds within reach.)
    pub max_related: Option<usize>,
    /// At most this many `opposes` pairs are kept, the strongest; the rest
    /// are counted in [`Contrasts::left_out`]. (Two speakers taking turns
    /// on one thing, for pages, oppose each claim to a hundred.)
    pub max_opposes: Option<usize>,
}

impl Default for ContrastOptions {
    fn default() -> ContrastOptions {
        ContrastOptions {
            max_postings: 200,
            keep_related: true,
            max_related: None,
            max_opposes: None,
        }
    }
}

/// Groups the claims of `documents` by topic and pairs them; see the module
/// documentation.
pub fn contrast(documents: &[DocumentAnalysis<'_>], grammar: &Grammar) -> Contrasts {
    contrast_with(documents, grammar, ContrastOptions::default())
}

/// [`contrast`] with settings: the two passes of a [`Grouping`] over
/// documents held in memory.
pub fn contrast_with(documents: &[DocumentAnalysis<'_>], grammar: &Grammar, options: ContrastOptions) -> Contrasts {
    let mut speakers = Speakers::default();
    for document in documents {
        speakers.add(document.analysis);
    }
    let mut grouping = Grouping::new(grammar, speakers, options);
    for document in documents {
        let claims = grouping.read(document);
        grouping.add(claims);
    }
    grouping.finish()
}

/// Interned strings of evidence: each distinct text stored once.
#[derive(Clone, Debug, Default)]
struct Strings {
    ids: HashMap<Box<str>, u32>,
    texts: Vec<Box<str>>,
    bytes: usize,
}

impl Strings {
    fn id(&mut self, text: &str) -> u32 {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let id = self.texts.len() as u32;
        self.ids.insert(text.into(), id);
        self.texts.push(text.into());
        self.bytes += text.len();
        id
    }

    fn get(&self, id: u32) -> &str {
        &self.texts[id as usize]
    }
}

/// The claims of one document as [`Grouping::read`] finds them, ready for
/// [`Grouping::add`]: keys, stances and evidence text, no longer the text.
#[derive(Clone, Debug, Default)]
pub struct DocumentClaims {
    read: ReadDocument,
    stances: Vec<StanceDraft>,
    cues: Vec<(usize, usize, String)>,
}

impl DocumentClaims {
    /// How many claims the document has.
    pub fn len(&self) -> usize {
        self.read.claims.len()
    }

    /// True when the document has no claim.
    pub fn is_empty(&self) -> bool {
        self.read.claims.is_empty()
    }

    /// The quote index of each claim, in order.
    pub fn quotes(&self) -> impl ExactSizeIterator<Item = usize> + '_ {
        self.read.claims.iter().map(|claim| claim.at.quote)
    }
}

/// Contrasts built one document at a time, holding no text: the engine of
/// [`contrast_with`], and of a streaming run over a corpus too large to
/// keep in memory.
///
/// Two passes over the documents, in one order: first every document's
/// speakers into a [`Speakers`] (names in one document resolve to speakers
/// named in another), then [`Grouping::read`] (any thread, in parallel) and
/// [`Grouping::add`] (in document order) for each document, then
/// [`Grouping::finish`]. Between the passes only the compact record of
/// each claim is kept: its place, speaker, key ids, and the few words of
/// evidence its stance may need.
pub struct Grouping<'g> {
    reader: ClaimReader<'g>,
    store: ClaimStore,
    options: ContrastOptions,
}

/// What reading a document's claims needs: the speakers of all documents
/// and the grammar's word lists. It does not change while documents are
/// added, so the next documents can be read while the last are added
/// ([`Grouping::split`]).
pub struct ClaimReader<'g> {
    lexicon: Lexicon<'g>,
    antonyms: AntonymIndex,
    speakers: Speakers,
    last_words: HashMap<String, Vec<u32>>,
}

/// The compact records of the claims added so far.
#[derive(Default)]
pub struct ClaimStore {
    corpus: Corpus,
    stances: Stances,
    strings: Strings,
    /// Contrast cues opening a clause, per document: (start, end, text),
    /// the options at one start in order of preference.
    cues: Vec<(u32, u32, u32)>,
    /// Index into `cues` of each document's first, and one past the last.
    cue_starts: Vec<u32>,
}

impl<'g> Grouping<'g> {
    /// A grouping over the documents whose speakers are `speakers`.
    pub fn new(grammar: &'g Grammar, speakers: Speakers, options: ContrastOptions) -> Grouping<'g> {
        Grouping {
            reader: ClaimReader {
                lexicon: Lexicon::new(grammar),
                antonyms: AntonymIndex::new(grammar),
                last_words: speakers.last_words(),
                speakers,
            },
            store: ClaimStore {
                cue_starts: vec![0],
                ..ClaimStore::default()
            },
            options,
        }
    }

    /// Reads one document's claims (no matter its place; may run on any
    /// thread).
    pub fn read(&self, document: &DocumentAnalysis<'_>) -> DocumentClaims {
        self.reader.read(document)
    }

    /// Adds the next document's claims (documents in order).
    pub fn add(&mut self, claims: DocumentClaims) {
        self.store.add(claims);
    }

    /// The reader and the store at once, so that some documents can be
    /// read (on other threads) while those read before are added.
    pub fn split(&mut self) -> (&ClaimReader<'g>, &mut ClaimStore) {
        (&self.reader, &mut self.store)
    }
}

impl ClaimReader<'_> {
    /// Reads one document's claims, as [`Grouping::read`].
    pub fn read(&self, document: &DocumentAnalysis<'_>) -> DocumentClaims {
        let mut read = topic::read_document(document, &self.speakers, &self.last_words, &self.lexicon);
        turns::answer(&mut read.claims, &read.keys, &read.facts, document, &self.lexicon);
        let mut stances: Vec<StanceDraft> = read
            .claims
            .iter_mut()
            .map(|claim| StanceDraft::new(claim, &read.facts, document, &self.antonyms, &self.lexicon))
            .collect();
        let mut figures: Vec<_> = read
            .claims
            .iter()
            .zip(&mut stances)
            .filter_map(|(claim, stance)| stance.figures_mut().map(|figures| (claim.speaker, figures)))
            .collect();
        figures::keep_contested(&mut figures);
        let cues = contrast_cues(document.text, &read.facts, &self.lexicon);
        // What the index keeps needs neither the words nor the tokens.
        read.facts = Default::default();
        for claim in &mut read.claims {
            claim.words = Vec::new();
            claim.entities = Vec::new();
            claim.referents = Vec::new();
        }
        DocumentClaims { read, stances, cues }
    }
}

impl ClaimStore {
    /// Adds the next document's claims (documents in order), as
    /// [`Grouping::add`].
    pub fn add(&mut self, claims: DocumentClaims) {
        let first_claim = self.corpus.claims.len();
        let raw_ids = self.corpus.add(&claims.read);
        for draft in claims.stances {
            self.stances.push(draft, &raw_ids, first_claim, &mut self.strings);
        }
        for (start, end, text) in claims.cues {
            let text = self.strings.id(&text);
            // Offsets inside one document, as in the claims' records.
            self.cues.push((start as u32, end as u32, text));
        }
        self.cue_starts.push(self.cues.len() as u32);
    }
}

impl Grouping<'_> {
    /// Room for `claims` more claims, so that the records grow no further
    /// than needed ([`Speakers::claims`] counts them from above).
    pub fn reserve(&mut self, claims: usize) {
        self.store.corpus.claims.reserve_exact(claims);
        self.store.stances.reserve(claims);
    }

    /// Documents added.
    pub fn documents(&self) -> usize {
        self.store.corpus.documents
    }

    /// Claims added.
    pub fn claims(&self) -> usize {
        self.store.corpus.claims.len()
    }

    /// Bytes held, roughly: the claims' records, keys, stances and evidence
    /// strings. It grows with the claims and the vocabulary, never with the
    /// text around the claims.
    pub fn retained_bytes(&self) -> usize {
        let store = &self.store;
        store.corpus.retained_bytes()
            + store.stances.retained_bytes()
            + store.strings.texts.len() * 64
            + store.strings.bytes * 2
            + store.cues.capacity() * std::mem::size_of::<(u32, u32, u32)>()
            + store.cue_starts.capacity() * 4
    }

    /// Interns the keys, judges the candidate pairs and links them into
    /// topics.
    pub fn finish(self) -> Contrasts {
        let Grouping {
            reader,
            mut store,
            options,
        } = self;
        let key_of_raw = store.corpus.intern(&reader.speakers, options.max_postings);
        store
            .stances
            .resolve(&store.corpus.claims, &key_of_raw, &store.corpus.key_speaker);
        drop(key_of_raw);
        // Names were needed to read claims and intern keys; judging reads
        // the records only.
        drop(reader);
        let (mut links, work) = store.judge_all(options);
        // What judging needed, and topics do not: dropped now, not at the
        // end of the function, so that the topics' lists take their place.
        let mut corpus = std::mem::take(&mut store.corpus);
        drop(store);
        corpus.release_postings();
        let corpus = &corpus;
        let (topics, topic_of) = links.topics(corpus);
        let Links {
            mut kept,
            evidence,
            evidence_ids,
            opposes: opposes_kept,
            others: others_kept,
            ..
        } = links;
        kept.retain(|pair| !pair.dropped);
        let demoted = nearest_rebuttals(&mut kept, corpus, options.keep_related);
        kept.par_sort_by(|x, y| pair_order(corpus, x, y));
        // (Rebuttals opposed to the end, or made `related` then, count and
        // compete with the strongest kept.)
        let mut left_out = 0;
        let opposes = kept.partition_point(|pair| pair.relation == Relation::Opposes);
        let mut shown_opposes = opposes;
        if let Some(strongest) = &opposes_kept {
            let targeted = opposes - strongest.heap.len();
            shown_opposes = opposes.min(strongest.max);
            left_out += strongest.seen + targeted - shown_opposes;
            kept.drain(shown_opposes..opposes);
        }
        if let Some(strongest) = &others_kept {
            let shown_others = (kept.len() - shown_opposes).min(strongest.max);
            left_out += strongest.seen + demoted - shown_others;
            kept.truncate(shown_opposes + shown_others);
        }
        let pairs: Vec<Pair> = kept
            .par_iter()
            .map(|kept| Pair {
                topic: topic_of[kept.a as usize],
                relation: kept.relation,
                score: kept.score,
                evidence: evidence_ids[kept.evidence.start as usize..kept.evidence.end as usize]
                    .iter()
                    .map(|&id| evidence.get(id).to_string())
                    .collect(),
                a: corpus.claims[kept.a as usize].at(),
                b: corpus.claims[kept.b as usize].at(),
            })
            .collect();
        drop((kept, evidence, evidence_ids));
        Contrasts {
            topics,
            pairs,
            work,
            left_out,
        }
    }
}

impl ClaimStore {
    /// Judges every candidate pair: inside each document every two claims
    /// of different speakers within [`DOCUMENT_REACH`], across documents
    /// (and past it) those the index finds.
    fn judge_all(&self, options: ContrastOptions) -> (Links, Work) {
        let corpus = &self.corpus;
        let judge = Judge {
            corpus,
            stances: &self.stances,
            strings: &self.strings,
            cues: &self.cues,
            cue_starts: &self.cue_starts,
            keep_related: options.keep_related,
        };
        let mut work = Work {
            documents: corpus.documents,
            claims: corpus.claims.len(),
            keys: corpus.key_count(),
            key_occurrences: (0..corpus.claims.len()).map(|claim| corpus.keys(claim).len()).sum(),
            capped_keys: (0..corpus.key_count() as u32)
                .filter(|&key| corpus.posting_count(key) > options.max_postings)
                .count(),
            ..Work::default()
        };
        let mut links = Links::new(corpus.claims.len(), options);
        // Pairs are judged in parallel, a block at a time, and linked in
        // the order of a sequential run, so that the result is the same
        // whatever the number of threads. Each block is linked once it is
        // judged, before the next is: linking while the next block is
        // judged made linking four times slower on two threads (it frees
        // what the judging threads allocated, and they share the caches),
        // and the judging no faster.
        // Inside each document: every two claims within DOCUMENT_REACH
        // claims of each other (the index finds those further apart). The
        // work comes in units of at most UNIT_CLAIMS first claims of a
        // document (claims `first..last` of the document that ends at
        // `end`), so that a block of them holds a bounded number of judged
        // pairs however many claims one document has.
        let mut units: Vec<(usize, usize, usize)> = Vec::new();
        let mut start = 0;
        while start < corpus.claims.len() {
            let document = corpus.claims[start].at().document;
            let end = start
                + corpus.claims[start..]
                    .iter()
                    .take_while(|claim| claim.at().document == document)
                    .count();
            for first in (start..end).step_by(UNIT_CLAIMS) {
                units.push((first, (first + UNIT_CLAIMS).min(end), end));
            }
            start = end;
        }
        // (At most JUDGE_BLOCK_UNITS units, and JUDGE_BLOCK_PAIRS pairs
        // to weigh, a block: a unit's claims times the claims after each.)
        let pairs_of = |&(first, last, end): &(usize, usize, usize)| {
            (first..last)
                .map(|claim| (end - claim - 1).min(DOCUMENT_REACH))
                .sum::<usize>()
        };
        let mut blocks: Vec<&[(usize, usize, usize)]> = Vec::new();
        let (mut block_start, mut block_pairs) = (0, 0);
        for (index, unit) in units.iter().enumerate() {
            if index > block_start
                && (index - block_start == JUDGE_BLOCK_UNITS || block_pairs + pairs_of(unit) > JUDGE_BLOCK_PAIRS)
            {
                blocks.push(&units[block_start..index]);
                (block_start, block_pairs) = (index, 0);
            }
            block_pairs += pairs_of(unit);
        }
        blocks.push(&units[block_start..]);
        for block in blocks {
            let judge_block = || {
                block
                    .par_iter()
                    .map_init(Vec::new, |shared, &(first_claims, last, end)| {
                        let mut judged = Vec::new();
                        let mut weighed = 0;
                        for first in first_claims..last {
                            for second in first + 1..end.min(first + 1 + DOCUMENT_REACH) {
                                if corpus.claims[first].speaker != corpus.claims[second].speaker {
                                    weighed += 1;
                                    judged.extend(judge.pair(first, second, shared));
                                }
                            }
                        }
                        let counted = Work {
                            document_pairs: weighed,
                            ..Work::default()
                        };
                        (judged, counted)
                    })
                    .collect()
            };
            links.add_all(judge_block(), &mut work, corpus);
        }
        // Across documents: claims sharing a key.
        for block_start in (0..corpus.claims.len()).step_by(JUDGE_BLOCK_CLAIMS) {
            let block = block_start..(block_start + JUDGE_BLOCK_CLAIMS).min(corpus.claims.len());
            let judge_block = || {
                block
                    .into_par_iter()
                    .map_init(Scratch::default, |scratch, claim_index| {
                        DOT.with_borrow_mut(|dot| {
                            dot.resize(corpus.claims.len(), 0.0);
                            judge.across(claim_index, options.max_postings, dot, scratch)
                        })
                    })
                    .collect()
            };
            links.add_all(judge_block(), &mut work, corpus);
        }
        rayon::broadcast(|_| DOT.with_borrow_mut(|dot| *dot = Vec::new()));
        (links, work)
    }
}

/// Claims of one document this many apart or fewer are judged, every two
/// of them; those further apart only as claims of two documents are, when
/// the index finds them alike. (No PolNeAR article has more than 205
/// claims: a news story's claims all meet. A document of thousands, a
/// transcript or hostile input, costs its claims times this, not their
/// square.)
const DOCUMENT_REACH: usize = 256;

/// Units of claims (documents, most of them) judged inside at once, in
/// parallel.
const JUDGE_BLOCK_UNITS: usize = 256;
/// The most pairs of claims a block of units weighs (but for one unit,
/// which may weigh [`UNIT_CLAIMS`] times [`DOCUMENT_REACH`]): the judged
/// pairs of a block are held until it is linked. (A news article of 50
/// claims weighs about 1,200; a document of thousands of claims would
/// otherwise be judged in one go, its pairs taking a thousand times its
/// size in memory.)
const JUDGE_BLOCK_PAIRS: usize = 1 << 18;
/// The most claims of a document whose pairs with the claims after them
/// make one unit of work.
const UNIT_CLAIMS: usize = 64;
/// Claims whose pairs across documents are judged at once, in parallel.
const JUDGE_BLOCK_CLAIMS: usize = 512;
/// The fewest dropped pairs [`Links`] compacts away (when they are half of
/// the kept pairs too).
const COMPACT_DROPPED: usize = 1 << 12;

thread_local! {
    /// Each thread's dot products of one claim with its candidates, zero
    /// between claims.
    static DOT: std::cell::RefCell<Vec<f32>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// What [`Judge::across`] works in, kept from one claim to the next.
#[derive(Default)]
struct Scratch {
    /// The keys two claims share.
    shared: Vec<u32>,
    /// The claims of later documents that share a key with the claim.
    candidates: Vec<usize>,
}

/// A pair of claims as judged, by claim index.
#[derive(Clone, Debug)]
struct Judged {
    a: usize,
    b: usize,
    relation: Relation,
    score: f32,
    evidence: Vec<String>,
    /// The first opposed terms, "graduated vs. jail", for the topic label.
    opposed_terms: Option<String>,
    /// Opposed only as a rebuttal of `b`'s speaker, by `a`: no signal of
    /// the two claims themselves ([`nearest_rebuttals`]).
    targeted: bool,
    /// Such a rebuttal with nothing else for the pair: no shared topic, no
    /// contrast cue between the claims.
    bare: bool,
    /// Such a rebuttal of a claim on its topic: the two share two keys or
    /// more (one may be a homonym: `a single sentence of truth` and `a
    /// nine year prison sentence`).
    on_topic: bool,
}

/// A pair kept whole, by claim index, its evidence as numbers of
/// [`Links::evidence`].
struct Kept {
    a: u32,
    b: u32,
    relation: Relation,
    score: f32,
    /// Where its evidence is in [`Links::evidence_ids`].
    evidence: Range<u32>,
    /// See [`Judged::targeted`].
    targeted: bool,
    /// See [`Judged::bare`].
    bare: bool,
    /// See [`Judged::on_topic`].
    on_topic: bool,
    /// Dropped since it was kept, for nearer rebuttals ([`Links::nearest`]).
    dropped: bool,
}

/// A rebuttal of a speaker rather than of one claim ("Her story was full of
/// lies") answers what that speaker said nearest it: of the pairs a claim
/// makes as such a rebuttal with one speaker's claims, the
/// [`REBUTTAL_ROWS`] nearest stay opposed (of its own document first,
/// those that share two keys with it before the others, by their distance
/// in the text; then of other documents, by score: `accused Clinton of
/// being too cozy with Wall Street and the financial industry` answers
/// her `no daylight … on Wall Street and the banking industry` before her
/// travel plans), and
/// the rest are related: `--all` shows them, and they link their topic
/// all the same. Past the nearest, a claim the rebuttal shares nothing
/// with (no topic, no contrast cue) stays only within [`DISCOURSE_REACH`]
/// paragraphs of it: `questioned Trump's logic` answers none of what
/// Trump said five paragraphs on.
fn nearest_rebuttals(kept: &mut Vec<Kept>, corpus: &Corpus, keep_related: bool) -> usize {
    let mut groups: HashMap<(u32, u32), Vec<usize>> = HashMap::default();
    for (index, pair) in kept.iter().enumerate() {
        if pair.targeted && pair.relation == Relation::Opposes {
            groups
                .entry((pair.a, corpus.claims[pair.b as usize].speaker))
                .or_default()
                .push(index);
        }
    }
    let mut demoted = vec![false; kept.len()];
    for group in groups.values_mut().filter(|group| group.len() > 1) {
        group.sort_by(|&x, &y| rebuttal_order(corpus, &kept[x], &kept[y]));
        // (The nearest stays; the others only when on topic or near, and
        // none when the rebuttal sums up the nearest right after it: `…
        // strayed from the approved route, an account the union rejected`.)
        let nearest = &kept[group[0]];
        let (rebuttal, summed) = (&corpus.claims[nearest.a as usize], &corpus.claims[nearest.b as usize]);
        let sums_up = rebuttal.at().document == summed.at().document
            && summed.span().end <= rebuttal.span().start
            && rebuttal.span().start - summed.span().end <= SUMMING_GAP;
        for (rank, &index) in group.iter().enumerate().skip(1) {
            let pair = &kept[index];
            let (a, b) = (&corpus.claims[pair.a as usize], &corpus.claims[pair.b as usize]);
            let far =
                a.at().document != b.at().document || a.paragraph.abs_diff(b.paragraph) as usize > DISCOURSE_REACH;
            demoted[index] = sums_up || rank >= REBUTTAL_ROWS || (pair.bare && far);
        }
    }
    let count = demoted.iter().filter(|&&demoted| demoted).count();
    if keep_related {
        for (pair, _) in kept.iter_mut().zip(&demoted).filter(|&(_, &demoted)| demoted) {
            pair.relation = Relation::Related;
        }
    } else {
        let mut demoted = demoted.into_iter();
        kept.retain(|_| !demoted.next().unwrap_or(false));
    }
    count
}

/// The order of [`Contrasts::pairs`]: `opposes` first, then by score,
/// strongest first, then by the places of their claims.
fn pair_order(corpus: &Corpus, x: &Kept, y: &Kept) -> std::cmp::Ordering {
    Ranked::new(corpus, x, 0).cmp(&Ranked::new(corpus, y, 0))
}

/// Where a claim stands: its document and its start there.
fn place(corpus: &Corpus, claim: u32) -> (usize, usize) {
    let record = &corpus.claims[claim as usize];
    (record.at().document, record.span().start)
}

/// A kept pair with what [`pair_order`] orders it by: its relation, its
/// score (strongest first), then its claims' places.
struct Ranked {
    relation: Relation,
    score: f32,
    /// The places (document, start) of claims `a` and `b`.
    places: [(usize, usize); 2],
    /// Its index in [`Links::kept`], ordering nothing.
    index: u32,
}

impl Ranked {
    fn new(corpus: &Corpus, pair: &Kept, index: u32) -> Ranked {
        Ranked {
            relation: pair.relation,
            score: pair.score,
            places: [place(corpus, pair.a), place(corpus, pair.b)],
            index,
        }
    }
}

impl Ord for Ranked {
    fn cmp(&self, other: &Ranked) -> std::cmp::Ordering {
        self.relation
            .cmp(&other.relation)
            .then(other.score.total_cmp(&self.score))
            .then_with(|| self.places.cmp(&other.places))
    }
}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Ranked) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Ranked) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for Ranked {}

/// The order of [`nearest_rebuttals`] among the pairs of one rebutting
/// claim with one speaker's claims: nearest first.
fn rebuttal_order(corpus: &Corpus, x: &Kept, y: &Kept) -> std::cmp::Ordering {
    let place = |claim: u32| place(corpus, claim);
    let nearness = |pair: &Kept| {
        let ((document_a, start_a), (document_b, start_b)) = (place(pair.a), place(pair.b));
        (
            document_a != document_b,
            !pair.on_topic,
            if document_a == document_b {
                start_a.abs_diff(start_b)
            } else {
                0
            },
        )
    };
    nearness(x)
        .cmp(&nearness(y))
        .then(y.score.total_cmp(&x.score))
        .then_with(|| place(x.b).cmp(&place(y.b)))
}

/// The judged pairs as topics need them: every pair links its claims
/// (union-find); only the pairs shown are kept whole.
struct Links {
    parent: Vec<u32>,
    in_pair: Vec<bool>,
    kept: Vec<Kept>,
    /// The evidence of the kept pairs, each text once: a few hundred texts
    /// stand in a hundred thousand places (`contrast: 'But'`), and a
    /// string for each was the largest part of memory while judging.
    evidence: Strings,
    /// The evidence of the kept pairs, pair after pair.
    evidence_ids: Vec<u32>,
    /// Of each claim `a` of a pair with opposed terms, the strongest such
    /// pair's score, its number in the order judged and its terms: what a
    /// topic's label takes from its strongest (the first judged of equals),
    /// held per claim, not per pair.
    opposed: HashMap<u32, (f32, usize, String)>,
    /// Pairs with opposed terms judged.
    opposed_count: usize,
    /// The targeted rebuttals opposed of each rebutting claim and
    /// rebutted speaker, as indices of [`Links::kept`], nearest first
    /// ([`rebuttal_order`]): [`nearest_rebuttals`] leaves no other than the
    /// [`REBUTTAL_ROWS`] nearest opposed, so the rest are dropped, or made
    /// `related` with `keep_related`, as nearer ones come (a rebuttal
    /// within reach of thousands of claims of one speaker is opposed to
    /// each).
    nearest: HashMap<(u32, u32), Vec<u32>>,
    /// With [`ContrastOptions::max_opposes`], the `opposes` pairs kept but
    /// for the rebuttals of [`Links::nearest`].
    opposes: Option<Strongest>,
    /// With [`ContrastOptions::max_related`], the `agrees` and `related`
    /// pairs kept.
    others: Option<Strongest>,
    /// Kept pairs dropped since: the pairs are compacted when they are
    /// half of them.
    dropped: usize,
    keep_related: bool,
}

/// The strongest pairs of a kind kept, at most `max`, the weakest on top.
struct Strongest {
    heap: BinaryHeap<Ranked>,
    max: usize,
    /// How many pairs of the kind came, kept or not.
    seen: usize,
}

impl Strongest {
    fn new(max: usize) -> Strongest {
        Strongest {
            heap: BinaryHeap::new(),
            max,
            seen: 0,
        }
    }

    /// Counts one more pair: true when it is to be kept, stronger than the
    /// weakest kept or with room left.
    fn admits(&mut self, ranked: &Ranked) -> bool {
        self.seen += 1;
        self.heap.len() < self.max || self.heap.peek().is_some_and(|weakest| ranked < weakest)
    }

    /// Keeps an admitted pair; the weakest past the most kept, to drop.
    fn keep(&mut self, ranked: Ranked) -> Option<u32> {
        self.heap.push(ranked);
        (self.heap.len() > self.max)
            .then(|| self.heap.pop())
            .flatten()
            .map(|weakest| weakest.index)
    }

    /// After the kept pairs moved: `new_index` of each old index.
    fn renumber(&mut self, new_index: &[u32]) {
        let mut kept = std::mem::take(&mut self.heap).into_vec();
        for ranked in &mut kept {
            ranked.index = new_index[ranked.index as usize];
        }
        self.heap = BinaryHeap::from(kept);
    }
}

impl Links {
    fn new(claims: usize, options: ContrastOptions) -> Links {
        Links {
            parent: (0..claims as u32).collect(),
            in_pair: vec![false; claims],
            kept: Vec::new(),
            evidence: Strings::default(),
            evidence_ids: Vec::new(),
            opposed: HashMap::default(),
            opposed_count: 0,
            nearest: HashMap::default(),
            opposes: options.max_opposes.map(Strongest::new),
            others: options.max_related.filter(|_| options.keep_related).map(Strongest::new),
            dropped: 0,
            keep_related: options.keep_related,
        }
    }

    fn find(&mut self, mut node: usize) -> usize {
        while self.parent[node] as usize != node {
            self.parent[node] = self.parent[self.parent[node] as usize];
            node = self.parent[node] as usize;
        }
        node
    }

    /// Links the pairs of a block as judged, in order, and counts the work
    /// it took.
    fn add_all(&mut self, judged: Vec<(Vec<Judged>, Work)>, work: &mut Work, corpus: &Corpus) {
        for (judged, counted) in judged {
            work.document_pairs += counted.document_pairs;
            work.postings_visited += counted.postings_visited;
            work.index_candidates += counted.index_candidates;
            work.index_pairs_judged += counted.index_pairs_judged;
            for judged in judged {
                self.add(judged, corpus);
            }
        }
    }

    fn add(&mut self, mut judged: Judged, corpus: &Corpus) {
        let (root_a, root_b) = (self.find(judged.a), self.find(judged.b));
        if root_a != root_b {
            self.parent[root_a.max(root_b)] = root_a.min(root_b) as u32;
        }
        self.in_pair[judged.a] = true;
        self.in_pair[judged.b] = true;
        if let Some(terms) = judged.opposed_terms.take() {
            let number = self.opposed_count;
            self.opposed_count += 1;
            match self.opposed.entry(judged.a as u32) {
                Entry::Occupied(mut best) if best.get().0 < judged.score => {
                    best.insert((judged.score, number, terms));
                }
                Entry::Occupied(_) => {}
                Entry::Vacant(none) => {
                    none.insert((judged.score, number, terms));
                }
            }
        }
        if !self.keep_related && judged.relation != Relation::Opposes {
            return;
        }
        let mut pair = Kept {
            a: judged.a as u32,
            b: judged.b as u32,
            relation: judged.relation,
            score: judged.score,
            evidence: 0..0,
            targeted: judged.targeted,
            bare: judged.bare,
            on_topic: judged.on_topic,
            dropped: false,
        };
        let index = self.kept.len() as u32;
        if pair.targeted && pair.relation == Relation::Opposes {
            // (After those of its group that order before it or as it
            // does, as a stable sort of the group in the order judged
            // puts it.)
            let group = self
                .nearest
                .entry((pair.a, corpus.claims[pair.b as usize].speaker))
                .or_default();
            let rank = group.partition_point(|&other| {
                rebuttal_order(corpus, &self.kept[other as usize], &pair) != std::cmp::Ordering::Greater
            });
            if rank < REBUTTAL_ROWS {
                group.insert(rank, index);
                if group.len() > REBUTTAL_ROWS
                    && let Some(further) = group.pop()
                {
                    self.demote(further, corpus);
                }
            } else if self.keep_related {
                pair.relation = Relation::Related;
            } else {
                return;
            }
        }
        // (Bounded to the strongest of its kind where asked; a rebuttal still
        // opposed is bounded by its group.)
        let relation = pair.relation;
        let ranked = match self.strongest(relation, pair.targeted) {
            Some(strongest) => {
                let ranked = Ranked::new(corpus, &pair, index);
                if !strongest.admits(&ranked) {
                    return;
                }
                Some(ranked)
            }
            None => None,
        };
        let start = self.evidence_ids.len() as u32;
        for text in &judged.evidence {
            self.evidence_ids.push(self.evidence.id(text));
        }
        pair.evidence = start..self.evidence_ids.len() as u32;
        self.kept.push(pair);
        if let Some(ranked) = ranked
            && let Some(weakest) = self
                .strongest(relation, false)
                .and_then(|strongest| strongest.keep(ranked))
        {
            self.drop_pair(weakest);
        }
        if self.dropped > COMPACT_DROPPED && 2 * self.dropped > self.kept.len() {
            self.compact();
        }
    }

    /// The strongest pairs kept of a kind, where it is bounded (never a
    /// `targeted` rebuttal still opposed).
    fn strongest(&mut self, relation: Relation, targeted: bool) -> Option<&mut Strongest> {
        match relation {
            Relation::Opposes if targeted => None,
            Relation::Opposes => self.opposes.as_mut(),
            Relation::Agrees | Relation::Related => self.others.as_mut(),
        }
    }

    /// A kept rebuttal no longer among the nearest of its group: `related`
    /// with `keep_related` (and one of the others), else dropped.
    fn demote(&mut self, index: u32, corpus: &Corpus) {
        if !self.keep_related {
            self.drop_pair(index);
            return;
        }
        self.kept[index as usize].relation = Relation::Related;
        let Some(others) = self.others.as_mut() else { return };
        let ranked = Ranked::new(corpus, &self.kept[index as usize], index);
        let dropped = if others.admits(&ranked) {
            others.keep(ranked)
        } else {
            Some(index)
        };
        if let Some(dropped) = dropped {
            self.drop_pair(dropped);
        }
    }

    fn drop_pair(&mut self, index: u32) {
        self.kept[index as usize].dropped = true;
        self.dropped += 1;
    }

    /// Removes the dropped pairs and their evidence.
    fn compact(&mut self) {
        let old_ids = std::mem::take(&mut self.evidence_ids);
        let mut new_index = vec![u32::MAX; self.kept.len()];
        let (mut old, mut new) = (0, 0);
        self.kept.retain_mut(|pair| {
            old += 1;
            if pair.dropped {
                return false;
            }
            new_index[old - 1] = new;
            new += 1;
            let start = self.evidence_ids.len() as u32;
            self.evidence_ids
                .extend_from_slice(&old_ids[pair.evidence.start as usize..pair.evidence.end as usize]);
            pair.evidence = start..self.evidence_ids.len() as u32;
            true
        });
        for group in self.nearest.values_mut() {
            for index in group {
                *index = new_index[*index as usize];
            }
        }
        for strongest in [&mut self.opposes, &mut self.others].into_iter().flatten() {
            strongest.renumber(&new_index);
        }
        self.dropped = 0;
    }

    /// The topics, and the topic of each claim (of those in a pair).
    fn topics(&mut self, corpus: &Corpus) -> (Vec<Topic>, Vec<usize>) {
        let count = corpus.claims.len();
        let mut members: HashMap<usize, Vec<usize>> = HashMap::default();
        for claim in 0..count {
            if self.in_pair[claim] {
                let root = self.find(claim);
                members.entry(root).or_default().push(claim);
            }
        }
        let mut groups: Vec<Vec<usize>> = members.into_values().collect();
        groups.sort_by_key(|claims| claims[0]);
        let mut topic_of = vec![usize::MAX; count];
        for (topic_index, claims) in groups.iter().enumerate() {
            for &claim in claims {
                topic_of[claim] = topic_index;
            }
        }
        // The opposed terms of each topic's strongest pair with opposed
        // terms, the first judged of equals.
        let mut opposed: Vec<Option<(f32, usize, &str)>> = vec![None; groups.len()];
        for (&a, &(score, number, ref terms)) in &self.opposed {
            let best = &mut opposed[topic_of[a as usize]];
            if best.is_none_or(|(best_score, best_number, _)| {
                best_score < score || (best_score == score && number < best_number)
            }) {
                *best = Some((score, number, terms));
            }
        }
        let topics = groups
            .par_iter()
            .zip(opposed)
            .map(|(claims, opposed)| {
                let (terms, shared) = topic_terms(corpus, claims);
                let label = match (shared, opposed) {
                    (true, Some((_, _, opposed))) => format!("{} ({opposed})", terms[..terms.len().min(2)].join(", ")),
                    (false, Some((_, _, opposed))) => opposed.to_string(),
                    (_, None) => terms[..terms.len().min(2)].join(", "),
                };
                Topic {
                    label,
                    terms,
                    claims: claims.iter().map(|&claim| corpus.claims[claim].at()).collect(),
                }
            })
            .collect();
        (topics, topic_of)
    }
}

/// The keys a topic's claims share, most shared first: keys of several
/// speakers, then keys of several claims, then (when none is shared) the
/// weightiest; up to six. True when some key is shared.
fn topic_terms(corpus: &Corpus, claims: &[usize]) -> (Vec<String>, bool) {
    let mut uses: HashMap<u32, (Vec<u32>, usize)> = HashMap::default();
    for &claim in claims {
        let speaker = corpus.claims[claim].speaker;
        for &key in corpus.keys(claim) {
            let (speakers, count) = uses.entry(key).or_default();
            if !speakers.contains(&speaker) {
                speakers.push(speaker);
            }
            *count += 1;
        }
    }
    let mut ranked: Vec<(u32, usize, usize)> = uses
        .into_iter()
        .map(|(key, (speakers, count))| (key, speakers.len(), count))
        .collect();
    let shared = ranked.iter().any(|&(_, _, count)| count >= 2);
    if shared {
        ranked.retain(|&(_, _, count)| count >= 2);
    }
    ranked.sort_by(|x, y| {
        y.1.cmp(&x.1)
            .then(y.2.cmp(&x.2))
            .then(corpus.key_weight[y.0 as usize].total_cmp(&corpus.key_weight[x.0 as usize]))
            .then_with(|| corpus.key_display[x.0 as usize].cmp(&corpus.key_display[y.0 as usize]))
    });
    let terms = ranked
        .into_iter()
        .take(6)
        .map(|(key, _, _)| corpus.key_display[key as usize].clone())
        .collect();
    (terms, shared)
}

/// The contrast cues of a document that open a clause, as (start, end,
/// evidence text): at each word, every cue that matches there, the longest
/// first (the order [`topic::PhraseSet::match_at`] prefers).
fn contrast_cues(text: &str, facts: &DocumentFacts, lexicon: &Lexicon<'_>) -> Vec<(usize, usize, String)> {
    let tokens = &facts.tokens;
    let mut cues = Vec::new();
    for at in 0..tokens.len() {
        if tokens[at].class != TokenClass::Word {
            continue;
        }
        let opens_clause = facts.sentence_starts.binary_search(&at).is_ok()
            || (at > 0 && {
                let previous = tokens[at - 1].span.of(text);
                matches!(previous, "," | ";" | ":") || is_long_dash(previous)
            })
            || (at > 0
                && tokens[at - 1].class == TokenClass::Punct
                && facts.sentence_starts.binary_search(&(at - 1)).is_ok());
        if !opens_clause {
            continue;
        }
        // Most words start no cue: the first word settles it before the
        // words after it are lower-cased.
        let first = tokens[at].span.of(text);
        let may_start = if first.bytes().all(|byte| byte.is_ascii() && !byte.is_ascii_uppercase()) {
            lexicon.contrast_cues.starts_with_word(first)
        } else {
            lexicon.contrast_cues.starts_with_word(&first.to_lowercase())
        };
        if !may_start {
            continue;
        }
        let words: Vec<Cow<str>> = tokens[at..tokens.len().min(at + 4)]
            .iter()
            .map(|token| lower_case(token.span.of(text)))
            .collect();
        for length in lexicon.contrast_cues.matches_at(&words) {
            let span = Span::new(tokens[at].span.start, tokens[at + length - 1].span.end);
            cues.push((span.start, span.end, clean(span.of(text), lexicon)));
        }
    }
    cues
}

/// The antonym groups of the grammar, ready for lookups: word → (group, side).
struct AntonymIndex {
    /// Whether each group's words judge ([`crate::grammar::Antonyms::verdict`]).
    verdict: Vec<bool>,
    exact: HashMap<String, Vec<(usize, usize)>>,
    prefixes: HashMap<String, Vec<(usize, usize)>>,
    /// The first ANTONYM_PREFIX_LETTERS letters of each prefix: a word
    /// that starts with none of them has no prefix to look up.
    heads: HashSet<String>,
}

impl AntonymIndex {
    fn new(grammar: &Grammar) -> AntonymIndex {
        let mut exact: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
        let mut prefixes: HashMap<String, Vec<(usize, usize)>> = HashMap::default();
        for (group, antonyms) in grammar.antonyms.iter().enumerate() {
            for (side, words) in [&antonyms.left, &antonyms.right].into_iter().enumerate() {
                for entry in words {
                    let mut add = |form: String| {
                        let list = exact.entry(form).or_default();
                        if !list.contains(&(group, side)) {
                            list.push((group, side));
                        }
                    };
                    add(entry.clone());
                    for ending in ANTONYM_ENDINGS {
                        add(format!("{entry}{ending}"));
                    }
                    if entry.chars().count() >= ANTONYM_PREFIX_LETTERS {
                        let list = prefixes.entry(entry.clone()).or_default();
                        if !list.contains(&(group, side)) {
                            list.push((group, side));
                        }
                    }
                }
            }
        }
        let heads = prefixes.keys().map(|prefix| head(prefix).to_string()).collect();
        let verdict = grammar.antonyms.iter().map(|antonyms| antonyms.verdict).collect();
        AntonymIndex {
            verdict,
            exact,
            prefixes,
            heads,
        }
    }

    /// The (group, side) pairs a lower-case word is on.
    fn lookup(&self, word: &str) -> Vec<(usize, usize)> {
        let mut found = self.exact.get(word).cloned().unwrap_or_default();
        // Each prefix ends at a character boundary (the whole word is one):
        // the `letters`-th boundary has `letters` characters before it.
        let n_chars = word.chars().count();
        if n_chars < ANTONYM_PREFIX_LETTERS || !self.heads.contains(head(word)) {
            return found;
        }
        let ends = word.char_indices().map(|(at, _)| at).chain([word.len()]);
        for (letters, end) in ends.enumerate() {
            if letters < ANTONYM_PREFIX_LETTERS || n_chars - letters > ANTONYM_PREFIX_TAIL {
                continue;
            }
            if let Some(list) = self.prefixes.get(&word[..end]) {
                for &hit in list {
                    if !found.contains(&hit) {
                        found.push(hit);
                    }
                }
            }
        }
        found
    }
}

/// The first ANTONYM_PREFIX_LETTERS letters of `word` (all of a shorter one).
fn head(word: &str) -> &str {
    let end = word
        .char_indices()
        .nth(ANTONYM_PREFIX_LETTERS)
        .map_or(word.len(), |(at, _)| at);
    &word[..end]
}

/// `span` and the word after it, if that word is still inside `limit`
/// ("Kaken's" → "Kaken's account").
fn extend_by_word(text: &str, span: Span, limit: Span) -> Span {
    if span.end >= limit.end {
        return span;
    }
    let rest = &text[span.end..limit.end];
    let trimmed = rest.trim_start();
    if !rest.starts_with(char::is_whitespace) || trimmed.is_empty() {
        return span;
    }
    let skipped = rest.len() - trimmed.len();
    let word_length = trimmed
        .find(|ch: char| !(ch.is_alphanumeric() || ch == '\'' || ch == '’' || ch == '-'))
        .unwrap_or(trimmed.len());
    if word_length == 0 {
        return span;
    }
    Span::new(span.start, span.end + skipped + word_length)
}

/// The words from one span to another as evidence: `'dismissed Kaken's
/// account'`, quote marks and line breaks left out; two fragments when the
/// stretch is long.
fn phrase_evidence(text: &str, first: Span, second: Span, lexicon: &Lexicon<'_>) -> String {
    let (first, second) = if first.start <= second.start {
        (first, second)
    } else {
        (second, first)
    };
    let whole = Span::new(first.start, second.end.max(first.end));
    // (The stretch may be most of a long text: its words are read no
    // further than one past the most a snippet shows.)
    let words: Vec<&str> = clean_words(whole.of(text), lexicon).take(SNIPPET_WORDS + 1).collect();
    if words.len() <= SNIPPET_WORDS {
        format!("'{}'", words.join(" "))
    } else {
        format!(
            "'{}' … '{}'",
            clean(first.of(text), lexicon),
            clean(second.of(text), lexicon)
        )
    }
}

/// Text for evidence: quote marks dropped, white space collapsed.
fn clean(text: &str, lexicon: &Lexicon<'_>) -> String {
    clean_words(text, lexicon).collect::<Vec<_>>().join(" ")
}

/// The words of [`clean`], one by one.
fn clean_words<'t, 'l>(text: &'t str, lexicon: &'l Lexicon<'_>) -> impl Iterator<Item = &'t str> + 'l
where
    't: 'l,
{
    let marks = &lexicon.double_quote_marks;
    text.split_whitespace()
        .map(move |word| word.trim_matches(|ch| marks.contains(&ch)))
        .filter(|word| !word.is_empty())
}

/// Scores pairs.
struct Judge<'a> {
    corpus: &'a Corpus,
    stances: &'a Stances,
    strings: &'a Strings,
    /// Contrast cues of the documents, and where each document's start.
    cues: &'a [(u32, u32, u32)],
    cue_starts: &'a [u32],
    keep_related: bool,
}

/// One signal that fired.
struct Signal {
    strength: f32,
    evidence: String,
    opposing: bool,
}

impl Judge<'_> {
    /// Judges two claims of different speakers; `None` when they are not in
    /// one topic.
    fn pair(&self, first: usize, second: usize, shared: &mut Vec<u32>) -> Option<Judged> {
        let corpus = self.corpus;
        let claim_first = &corpus.claims[first];
        let claim_second = &corpus.claims[second];
        debug_assert_ne!(claim_first.speaker, claim_second.speaker);
        let same_document = claim_first.at().document == claim_second.at().document;
        let similarity = corpus.similarity(first, second, shared);
        let shared: &[u32] = shared;
        let on_topic = !shared.is_empty();
        // Across documents a pair must first be on one topic; in one
        // document, a pair neither linked nor opposed is no pair. Most
        // pairs end here, most of them with two quiet claims
        // ([`Stances::is_quiet`]), whose stances are not read.
        let unlinked = similarity < LINK_AT;
        if unlinked && (!same_document || (self.stances.is_quiet(first) && self.stances.is_quiet(second))) {
            return None;
        }
        // (Each stance is read once, here, for `may_oppose` too.)
        let stance_first = self.stances.get(first);
        let stance_second = self.stances.get(second);
        if unlinked && !self.may_oppose([first, second], [&stance_first, &stance_second], shared) {
            return None;
        }
        let mut signals: Vec<Signal> = Vec::new();
        let mut rebutter = None;

        // Rebuttal of the other speaker.
        for (this, other, stance) in [(first, second, stance_first), (second, first, stance_second)] {
            let other_claim = &corpus.claims[other];
            // A speaker with few claims is rebutted whole; of one with many,
            // only the claims on the rebuttal's topic or near it.
            let answers = on_topic
                || (same_document
                    && (other_claim.siblings as usize <= REBUTTAL_ACCOUNT
                        || other_claim.paragraph.abs_diff(corpus.claims[this].paragraph) as usize <= REBUTTAL_REACH));
            if let Some(target) = stance
                .targets
                .iter()
                .find(|target| target.speaker == other_claim.speaker)
                && answers
            {
                signals.push(Signal {
                    strength: target.strength,
                    evidence: self.strings.get(target.evidence).to_string(),
                    opposing: true,
                });
                if rebutter.is_none_or(|(_, strength)| strength < target.strength) {
                    rebutter = Some((this, target.strength));
                }
            }
        }
        let rebutted = rebutter.is_some();
        // A dissent answering the other claim ([`turns`]), where no
        // rebuttal did.
        if !rebutted {
            for (this, other) in [(first, second), (second, first)] {
                if let Some(evidence) = self.stances.answer(this, other) {
                    signals.push(Signal {
                        strength: DISSENT,
                        evidence: self.strings.get(evidence).to_string(),
                        opposing: true,
                    });
                    rebutter = Some((this, DISSENT));
                    break;
                }
            }
        }
        // (Two denials of one thing side together: a denial opposes only
        // a claim that denies nothing.)
        let both_deny = [stance_first, stance_second]
            .iter()
            .all(|stance| stance.framing == Some(Framing::Denial));
        // A denial or a rebuttal word that names no one opposes a claim on
        // its topic: two shared keys or more, not one word (`dismissed the
        // email issue` against `some of the emails contained …`).
        if !rebutted && shared.len() >= 2 && same_document && !both_deny {
            for stance in [stance_first, stance_second] {
                if stance.aimed {
                    // Its rebuttal is aimed at someone else.
                    continue;
                }
                if let (Some(Framing::Denial), Some(cue)) = (stance.framing, stance.cue) {
                    signals.push(Signal {
                        strength: DENIAL_ON_TOPIC,
                        evidence: format!("'{}'", self.strings.get(cue)),
                        opposing: true,
                    });
                } else if let Some(rebuttal) = stance.rebuttal {
                    signals.push(Signal {
                        strength: REBUTTAL_WORD_ON_TOPIC,
                        evidence: format!("'{}'", self.strings.get(rebuttal)),
                        opposing: true,
                    });
                }
            }
        }
        // Opposed terms.
        let mut opposed_groups = 0;
        let mut opposed_terms = None;
        // (Claim, key and negation of each word in them: a negated word
        // counts once, and so does a negation of two words, "no criminal
        // intent".)
        let mut opposed_words: Vec<(usize, u32, u32)> = Vec::new();
        // Keys of the words that fired: not a shared topic, the opposition itself.
        let mut fired: Vec<u32> = Vec::new();
        // Where the opposed terms' signals are in `signals`.
        let terms_from = signals.len();
        for side_first in stance_first.sides {
            if let Some(side_second) = stance_second
                .sides
                .iter()
                .find(|side| stance_first.opposes(side_first, &stance_second, side))
            {
                let evidence = format!(
                    "{} vs. {}",
                    self.strings.get(side_first.text),
                    self.strings.get(side_second.text)
                );
                opposed_terms.get_or_insert_with(|| evidence.clone());
                opposed_words.extend([
                    (first, side_first.key, side_first.negation),
                    (second, side_second.key, side_second.negation),
                ]);
                fired.extend(
                    [side_first.key, side_second.key]
                        .into_iter()
                        .filter(|&key| key != stance::NONE),
                );
                signals.push(Signal {
                    strength: if opposed_groups == 0 {
                        OPPOSED_TERMS
                    } else {
                        MORE_OPPOSED_TERMS
                    },
                    evidence,
                    opposing: true,
                });
                opposed_groups += 1;
            }
        }
        let terms_to = signals.len();
        // (Each claim's stance as read above.)
        let stance_of = |claim: usize| if claim == first { stance_first } else { stance_second };
        // The same term negated in one claim only (unless opposed terms
        // already counted the negated word), in claims sharing more than it.
        let polarity = |negating_claim: usize, affirming_claim: usize| -> Option<(u32, u32)> {
            // Across documents a lone negation says too little: "not going"
            // in one article, "going" in another.
            if shared.len() < 2 || !same_document {
                return None;
            }
            let (negating, affirming) = (stance_of(negating_claim), stance_of(affirming_claim));
            // A term key of both claims stands un-negated in the affirming
            // one exactly when it is never negated there.
            negating
                .negated
                .iter()
                .find(|negated| {
                    !negated.doubtful
                        && !opposed_words.iter().any(|&(claim, key, negation)| {
                            claim == negating_claim && (key == negated.key || negation == negated.negation)
                        })
                        && shared.contains(&negated.key)
                        && corpus.key_kind[negated.key as usize] == KeyKind::Term
                        && !affirming.negated.iter().any(|other| other.key == negated.key)
                        && !negated.affirmed_too
                        && negating
                            .anchors(negated.anchors)
                            .iter()
                            .any(|key| corpus.keys(affirming_claim).binary_search(key).is_ok())
                })
                .map(|negated| (negated.key, negated.text))
        };
        // The negated words read as written, on their own side of the evidence.
        let mismatch = polarity(first, second)
            .map(|(key, text)| {
                let written = self.strings.get(text).to_string();
                (key, [written, corpus.key_display[key as usize].to_string()])
            })
            .or_else(|| {
                polarity(second, first).map(|(key, text)| {
                    let written = self.strings.get(text).to_string();
                    (key, [corpus.key_display[key as usize].to_string(), written])
                })
            });
        if let Some((key, [left, right])) = mismatch {
            fired.push(key);
            signals.push(Signal {
                strength: POLARITY,
                evidence: format!("'{left}' vs. '{right}'"),
                opposing: true,
            });
        }
        // Figures of one unit that disagree.
        if let Some((mine, theirs)) = self.figures_disagree(first, second, shared) {
            signals.push(Signal {
                strength: FIGURES,
                evidence: format!("'{}' vs. '{}'", self.strings.get(mine), self.strings.get(theirs)),
                opposing: true,
            });
        }
        // Discourse: a contrast cue between the claims, or an assertive later claim.
        let mut contrasting = false;
        if same_document {
            let (earlier, later) = if claim_first.span().start <= claim_second.span().start {
                (first, second)
            } else {
                (second, first)
            };
            let (claim_earlier, claim_later) = (&corpus.claims[earlier], &corpus.claims[later]);
            if claim_later.paragraph.saturating_sub(claim_earlier.paragraph) as usize <= DISCOURSE_REACH {
                let cue = self
                    .contrast_cue_between(claim_earlier, claim_later)
                    .or(stance_of(later).opening_cue);
                if let Some(cue) = cue {
                    signals.push(Signal {
                        strength: DISCOURSE,
                        evidence: format!("contrast: '{}'", self.strings.get(cue)),
                        opposing: false,
                    });
                    contrasting = true;
                }
                if let (Some(Framing::Assertive), Some(cue)) = (stance_of(later).framing, stance_of(later).cue) {
                    signals.push(Signal {
                        strength: ASSERTIVE,
                        evidence: format!("'{}'", self.strings.get(cue)),
                        opposing: false,
                    });
                    contrasting = true;
                }
            }
        }
        // (Counted, and read again only for evidence: most pairs write none.)
        let content_shared = shared
            .iter()
            .filter(|&&key| !fired.contains(&key))
            .filter(|&&key| {
                corpus.key_speaker[key as usize]
                    .is_none_or(|speaker| speaker != claim_first.speaker && speaker != claim_second.speaker)
            })
            .map(|&key| corpus.key_display[key as usize].as_str());
        let content_shared_count = content_shared.clone().count();
        // Across documents one shared word ("doors") is no topic.
        let least_shared = if same_document { 1 } else { 2 };
        // Across documents opposed terms need a topic besides themselves:
        // "a dream come true" in one article, "simply not true" in another.
        if !same_document && opposed_groups > 0 && content_shared_count < least_shared {
            signals.drain(terms_from..terms_to);
            opposed_terms = None;
        }
        let opposing = signals.iter().any(|signal| signal.opposing);
        if content_shared_count >= least_shared && (opposing || contrasting) {
            signals.push(Signal {
                strength: SHARED_TOPIC,
                evidence: shared_words_evidence(content_shared.clone()),
                opposing: false,
            });
        }
        let score = 1.0 - signals.iter().map(|signal| 1.0 - signal.strength).product::<f32>();
        // (A rebuttal is the only opposing signal: the claims' own words
        // oppose nothing.)
        let targeted = rebutted && signals.iter().filter(|signal| signal.opposing).count() == 1;
        let bare = targeted && signals.len() == 1;
        // (A source never opposes whom they speak for: `Cruz spokeswoman
        // Catherine Frazier` and Ted Cruz, in any document.)
        let proxies = self.stances.speaks_for(first, claim_second.speaker)
            || self.stances.speaks_for(second, claim_first.speaker);
        let relation = if opposing && score >= OPPOSES_AT && !proxies {
            Relation::Opposes
        } else if !opposing && !contrasting && similarity >= AGREES_AT {
            Relation::Agrees
        } else {
            Relation::Related
        };
        if relation != Relation::Opposes && similarity < LINK_AT {
            return None;
        }
        let score = if relation == Relation::Opposes {
            score
        } else {
            similarity
        };
        if relation != Relation::Opposes && !self.keep_related {
            // Only a link between topics: no evidence to write.
            signals.clear();
        }
        signals.sort_by(|x, y| y.strength.total_cmp(&x.strength));
        let mut evidence: Vec<String> = Vec::new();
        for signal in signals {
            if !evidence.contains(&signal.evidence) {
                evidence.push(signal.evidence);
            }
        }
        if relation != Relation::Opposes && self.keep_related && evidence.is_empty() && content_shared_count > 0 {
            evidence.push(shared_words_evidence(content_shared));
        }
        let (a, b) = match rebutter {
            Some((this, _)) if this == second => (second, first),
            Some(_) => (first, second),
            None => {
                let key = |claim: usize| (corpus.claims[claim].at().document, corpus.claims[claim].span().start);
                if key(first) <= key(second) {
                    (first, second)
                } else {
                    (second, first)
                }
            }
        };
        Some(Judged {
            a,
            b,
            relation,
            score: score.clamp(0.0, 1.0),
            evidence,
            opposed_terms: opposed_terms.filter(|_| relation == Relation::Opposes),
            targeted,
            bare,
            on_topic: targeted && shared.len() >= 2,
        })
    }

    /// The pairs of a claim with the claims of later documents that share
    /// a key with it, under the cap, and with those of its own document
    /// past [`DOCUMENT_REACH`]. A pair must reach LINK_AT similarity
    /// before any signal counts, so the index scores candidates term at a
    /// time while reading the postings (the dot product over the keys under
    /// the cap) and only those that reach the bar are judged. `dot` is zero
    /// everywhere, and is left so.
    fn across(
        &self,
        claim_index: usize,
        max_postings: usize,
        dot: &mut [f32],
        scratch: &mut Scratch,
    ) -> (Vec<Judged>, Work) {
        let corpus = self.corpus;
        let claim = &corpus.claims[claim_index];
        let mut work = Work::default();
        let Scratch { shared, candidates } = scratch;
        candidates.clear();
        for &key in corpus.keys(claim_index) {
            if corpus.posting_count(key) > max_postings {
                continue;
            }
            let list = corpus.postings(key);
            work.postings_visited += list.len();
            let weight = corpus.key_weight[key as usize].powi(2);
            for &other in list {
                let other = other as usize;
                let other_claim = &corpus.claims[other];
                if other > claim_index
                    && (other_claim.at().document != claim.at().document || other - claim_index > DOCUMENT_REACH)
                    && other_claim.speaker != claim.speaker
                {
                    if dot[other] == 0.0 {
                        candidates.push(other);
                    }
                    dot[other] += weight;
                }
            }
        }
        work.index_candidates += candidates.len();
        let mut judged = Vec::new();
        for &other in candidates.iter() {
            let bar = LINK_AT * corpus.claim_norm[claim_index] * corpus.claim_norm[other];
            if std::mem::take(&mut dot[other]) >= bar {
                work.index_pairs_judged += 1;
                judged.extend(self.pair(claim_index, other, shared));
            }
        }
        (judged, work)
    }

    /// Whether an opposing signal can fire for the pair: a cheap test before
    /// the evidence is written.
    fn may_oppose(
        &self,
        [first, second]: [usize; 2],
        [stance_first, stance_second]: [&Stance<'_>; 2],
        shared: &[u32],
    ) -> bool {
        let corpus = self.corpus;
        let same_document = corpus.claims[first].at().document == corpus.claims[second].at().document;
        let on_topic = !shared.is_empty();
        let targets = |stance: &Stance<'_>, other: usize| {
            stance
                .targets
                .iter()
                .any(|target| target.speaker == corpus.claims[other].speaker)
        };
        if targets(stance_first, second)
            || targets(stance_second, first)
            || self.stances.answer(first, second).is_some()
            || self.stances.answer(second, first).is_some()
        {
            return true;
        }
        let rebuts = |stance: &Stance<'_>| {
            !stance.aimed && (stance.framing == Some(Framing::Denial) || stance.rebuttal.is_some())
        };
        if on_topic && same_document && (rebuts(stance_first) || rebuts(stance_second)) {
            return true;
        }
        let opposed = stance_first.sides.iter().any(|side_first| {
            stance_second
                .sides
                .iter()
                .any(|side| stance_first.opposes(side_first, stance_second, side))
        });
        let negated = |stance: &Stance<'_>| {
            same_document && shared.len() >= 2 && stance.negated.iter().any(|negated| shared.contains(&negated.key))
        };
        opposed
            || negated(stance_first)
            || negated(stance_second)
            || self.figures_disagree(first, second, shared).is_some()
    }

    /// The texts of two figures of one unit that disagree, one of each
    /// claim (`'around 50 minutes' vs. 'two hours'`): in one document,
    /// within [`FIGURES_REACH`] paragraphs, sharing [`FIGURES_SHARED`]
    /// words, or counting a unit of two words alike (`postal ballots`).
    fn figures_disagree(&self, first: usize, second: usize, shared: &[u32]) -> Option<(u32, u32)> {
        let (claim_first, claim_second) = (&self.corpus.claims[first], &self.corpus.claims[second]);
        if claim_first.at().document != claim_second.at().document {
            return None;
        }
        let near = claim_first.paragraph.abs_diff(claim_second.paragraph) as usize <= FIGURES_REACH
            || shared.len() >= FIGURES_SHARED;
        // (A figure the other claim also gives, `Seventy-two hours means 72
        // hours, not five weeks`, is one they agree on: the other's other
        // figures are not against it.)
        let theirs = self.stances.figures(second);
        self.stances.figures(first).iter().find_map(|mine| {
            if theirs.iter().any(|other| mine.agrees(other)) {
                return None;
            }
            theirs
                .iter()
                .find(|other| mine.disagrees(other) && (near || mine.same_two_word_unit(other)))
                .map(|other| (mine.text, other.text))
        })
    }

    /// A contrast cue opening a clause after the earlier claim and before the
    /// later one (same document), as evidence text.
    fn contrast_cue_between(&self, earlier: &ClaimRecord, later: &ClaimRecord) -> Option<u32> {
        let document = earlier.at().document;
        let cues = &self.cues[self.cue_starts[document] as usize..self.cue_starts[document + 1] as usize];
        let first = cues.partition_point(|&(start, _, _)| (start as usize) < earlier.span().end);
        cues[first..]
            .iter()
            .take_while(|&&(start, _, _)| (start as usize) < later.span().start)
            .find(|&&(_, end, _)| end as usize <= later.span().start)
            .map(|&(_, _, text)| text)
    }
}
