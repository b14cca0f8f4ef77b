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
//!   points to them ("Her story was full of lies");
//! - **opposed terms** of `antonyms.txt` ("sentenced vs. innocent"), a
//!   negation flipping the side ("not free" is on the side of "prison");
//! - **polarity**: the same term negated in one claim only;
//! - **discourse**: a contrast cue of `contrast_cues.txt` ("But", "Yet")
//!   opening a clause between the two claims, or an assertive cue
//!   ("insists") on the later one, within a few paragraphs;
//! - **shared topic**: the terms and entities both claims name.
//!
//! Each signal has a strength; a pair's score is their noisy-or. A pair
//! `opposes` when an opposing signal (rebuttal, opposed terms, polarity)
//! fired and the score reaches [`OPPOSES_AT`]; `agrees` when the claims are
//! close in terms with no opposing or contrasting signal; `related`
//! otherwise. Within one document every two claims of different speakers are
//! weighed (the work grows with the document's claims); across documents
//! only claims that share an index key are ([`ContrastOptions::max_postings`]
//! caps very common keys), so the work grows with the claims and never with
//! all pairs of a corpus ([`Work`] counts it). Across documents a pair must
//! also be on one topic (similarity at least [`LINK_AT`]) before any signal
//! counts: the article around two claims no longer vouches for it.

use std::collections::HashMap;

use crate::analysis::Analysis;
use crate::grammar::{Framing, Grammar};
use crate::segment::TokenClass;
use crate::span::Span;
use crate::topic::{self, Corpus, KeyKind, Lexicon, strip_possessive};

pub use crate::topic::{ClaimRef, Topic};

/// `both: 'extremism', 'camps'`: the first few content words two claims share.
fn shared_words_evidence<S: std::fmt::Display>(shared: &[S]) -> String {
    let words: Vec<String> = shared.iter().take(3).map(|display| format!("'{display}'")).collect();
    format!("both: {}", words.join(", "))
}

#[cfg(test)]
mod tests;

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
/// A contrast cue between the claims.
const DISCOURSE: f32 = 0.3;
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
    /// `related` the similarity of their terms.
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
}

impl Default for ContrastOptions {
    fn default() -> ContrastOptions {
        ContrastOptions {
            max_postings: 200,
            keep_related: true,
        }
    }
}

/// Groups the claims of `documents` by topic and pairs them; see the module
/// documentation.
pub fn contrast(documents: &[DocumentAnalysis<'_>], grammar: &Grammar) -> Contrasts {
    contrast_with(documents, grammar, ContrastOptions::default())
}

/// [`contrast`] with settings.
pub fn contrast_with(documents: &[DocumentAnalysis<'_>], grammar: &Grammar, options: ContrastOptions) -> Contrasts {
    let lexicon = Lexicon::new(grammar);
    let corpus = topic::build(documents, &lexicon);
    let antonyms = AntonymIndex::new(grammar);
    let stances: Vec<Stance> = (0..corpus.claims.len())
        .map(|claim| Stance::new(&corpus, documents, claim, &antonyms, &lexicon))
        .collect();
    let judge = Judge {
        corpus: &corpus,
        documents,
        stances: &stances,
        lexicon: &lexicon,
        keep_related: options.keep_related,
    };
    let mut work = Work {
        documents: documents.len(),
        claims: corpus.claims.len(),
        keys: corpus.postings.len(),
        key_occurrences: corpus.claims.iter().map(|claim| claim.keys.len()).sum(),
        capped_keys: corpus
            .postings
            .iter()
            .filter(|claims| claims.len() > options.max_postings)
            .count(),
        ..Work::default()
    };
    let mut judged: Vec<Judged> = Vec::new();
    let mut shared = Vec::new();
    // Inside each document: every two claims.
    let mut start = 0;
    while start < corpus.claims.len() {
        let document = corpus.claims[start].at.document;
        let end = start
            + corpus.claims[start..]
                .iter()
                .take_while(|claim| claim.at.document == document)
                .count();
        for first in start..end {
            for second in first + 1..end {
                if corpus.claims[first].speaker != corpus.claims[second].speaker {
                    work.document_pairs += 1;
                    judged.extend(judge.pair(first, second, &mut shared));
                }
            }
        }
        start = end;
    }
    // Across documents: claims sharing a key. A pair must reach LINK_AT
    // similarity before any signal counts, so the index scores candidates
    // term at a time while reading the postings (the dot product over the
    // keys under the cap) and only those that reach the bar are judged.
    let mut dot = vec![0.0f32; corpus.claims.len()];
    let mut candidates: Vec<usize> = Vec::new();
    for (claim_index, claim) in corpus.claims.iter().enumerate() {
        candidates.clear();
        for &key in &claim.keys {
            let list = &corpus.postings[key as usize];
            if list.len() > options.max_postings {
                continue;
            }
            work.postings_visited += list.len();
            let weight = corpus.key_weight[key as usize].powi(2);
            for &other in list {
                let other = other as usize;
                let other_claim = &corpus.claims[other];
                if other > claim_index
                    && other_claim.at.document != claim.at.document
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
        for &other in &candidates {
            let bar = LINK_AT * corpus.claim_norm[claim_index] * corpus.claim_norm[other];
            if std::mem::take(&mut dot[other]) >= bar {
                work.index_pairs_judged += 1;
                judged.extend(judge.pair(claim_index, other, &mut shared));
            }
        }
    }
    let (topics, topic_of) = topics(&corpus, &judged);
    let mut pairs: Vec<Pair> = judged
        .into_iter()
        .filter(|judged| options.keep_related || judged.relation == Relation::Opposes)
        .map(|judged| Pair {
            topic: topic_of[judged.a],
            relation: judged.relation,
            score: judged.score,
            evidence: judged.evidence,
            a: corpus.claims[judged.a].at,
            b: corpus.claims[judged.b].at,
        })
        .collect();
    pairs.sort_by(|x, y| {
        x.relation
            .cmp(&y.relation)
            .then(y.score.total_cmp(&x.score))
            .then_with(|| position(documents, x.a).cmp(&position(documents, y.a)))
            .then_with(|| position(documents, x.b).cmp(&position(documents, y.b)))
    });
    Contrasts { topics, pairs, work }
}

/// Where a claim is: document, then byte offset.
fn position(documents: &[DocumentAnalysis<'_>], claim: ClaimRef) -> (usize, usize) {
    (
        claim.document,
        documents[claim.document].analysis.quotes[claim.quote].span.start,
    )
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
}

/// Links judged pairs into topics (union-find); returns the topics and the
/// topic of each claim (of those in a pair).
fn topics(corpus: &Corpus, judged: &[Judged]) -> (Vec<Topic>, Vec<usize>) {
    let count = corpus.claims.len();
    let mut parent: Vec<usize> = (0..count).collect();
    fn find(parent: &mut [usize], mut node: usize) -> usize {
        while parent[node] != node {
            parent[node] = parent[parent[node]];
            node = parent[node];
        }
        node
    }
    for pair in judged {
        let (root_a, root_b) = (find(&mut parent, pair.a), find(&mut parent, pair.b));
        if root_a != root_b {
            parent[root_a.max(root_b)] = root_a.min(root_b);
        }
    }
    let mut in_pair = vec![false; count];
    for pair in judged {
        in_pair[pair.a] = true;
        in_pair[pair.b] = true;
    }
    let mut members: HashMap<usize, Vec<usize>> = HashMap::new();
    for (claim, &paired) in in_pair.iter().enumerate() {
        if paired {
            let root = find(&mut parent, claim);
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
    // The opposed terms of each topic's strongest opposes pair.
    let mut opposed: Vec<Option<(f32, &str)>> = vec![None; groups.len()];
    for pair in judged {
        if let Some(terms) = &pair.opposed_terms {
            let best = &mut opposed[topic_of[pair.a]];
            if best.is_none_or(|(score, _)| score < pair.score) {
                *best = Some((pair.score, terms));
            }
        }
    }
    let topics = groups
        .iter()
        .zip(opposed)
        .map(|(claims, opposed)| {
            let (terms, shared) = topic_terms(corpus, claims);
            let label = match (shared, opposed) {
                (true, Some((_, opposed))) => format!("{} ({opposed})", terms[..terms.len().min(2)].join(", ")),
                (false, Some((_, opposed))) => opposed.to_string(),
                (_, None) => terms[..terms.len().min(2)].join(", "),
            };
            Topic {
                label,
                terms,
                claims: claims.iter().map(|&claim| corpus.claims[claim].at).collect(),
            }
        })
        .collect();
    (topics, topic_of)
}

/// The keys a topic's claims share, most shared first: keys of several
/// speakers, then keys of several claims, then (when none is shared) the
/// weightiest; up to six. True when some key is shared.
fn topic_terms(corpus: &Corpus, claims: &[usize]) -> (Vec<String>, bool) {
    let mut uses: HashMap<u32, (Vec<u32>, usize)> = HashMap::new();
    for &claim in claims {
        let speaker = corpus.claims[claim].speaker;
        for &key in &corpus.claims[claim].keys {
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

/// The antonym groups of the grammar, ready for lookups: word → (group, side).
struct AntonymIndex {
    exact: HashMap<String, Vec<(usize, usize)>>,
    prefixes: HashMap<String, Vec<(usize, usize)>>,
}

impl AntonymIndex {
    fn new(grammar: &Grammar) -> AntonymIndex {
        let mut exact: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        let mut prefixes: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for (group, (left, right)) in grammar.antonyms.iter().enumerate() {
            for (side, words) in [left, right].into_iter().enumerate() {
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
        AntonymIndex { exact, prefixes }
    }

    /// The (group, side) pairs a lower-case word is on.
    fn lookup(&self, word: &str) -> Vec<(usize, usize)> {
        let mut found = self.exact.get(word).cloned().unwrap_or_default();
        let boundaries: Vec<usize> = word.char_indices().map(|(at, _)| at).chain([word.len()]).collect();
        for &end in &boundaries {
            let letters = word[..end].chars().count();
            if letters < ANTONYM_PREFIX_LETTERS || word[end..].chars().count() > ANTONYM_PREFIX_TAIL {
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

/// A speaker a claim rebuts, and the words that show it.
#[derive(Clone, Debug)]
struct Target {
    speaker: u32,
    strength: f32,
    evidence: String,
}

/// One opposed-term group a claim takes a side in.
#[derive(Clone, Debug)]
struct Side {
    group: usize,
    side: usize,
    /// The word's term key.
    key: Option<u32>,
    /// The word, with its negation ("not free").
    span: Span,
}

/// What a claim says for or against, computed once.
#[derive(Clone, Debug, Default)]
struct Stance {
    sides: Vec<Side>,
    /// Term keys negated, with the negated words, and term keys affirmed.
    negated: Vec<(u32, Span)>,
    affirmed: Vec<u32>,
    rebuttal: Option<Span>,
    targets: Vec<Target>,
    framing: Option<Framing>,
    cue: Option<Span>,
    /// A contrast cue opening the claim itself ("But ...").
    opening_cue: Option<Span>,
}

impl Stance {
    fn new(
        corpus: &Corpus,
        documents: &[DocumentAnalysis<'_>],
        claim_index: usize,
        antonyms: &AntonymIndex,
        lexicon: &Lexicon<'_>,
    ) -> Stance {
        let claim = &corpus.claims[claim_index];
        let document = &documents[claim.at.document];
        let text = document.text;
        let quote = &document.analysis.quotes[claim.at.quote];
        let mut stance = Stance {
            framing: quote.framing,
            cue: quote.cue,
            ..Stance::default()
        };
        // Opposed terms, a negation flipping the side; a claim on both sides
        // of a group takes neither.
        let mut sides: Vec<Side> = Vec::new();
        let mut both: Vec<usize> = Vec::new();
        for word in claim.words.iter().filter(|word| !word.in_name) {
            for (group, side) in antonyms.lookup(&word.lower) {
                let side = if word.negation.is_some() { 1 - side } else { side };
                let span = word
                    .negation
                    .map_or(word.span, |negation| Span::new(negation.start, word.span.end));
                match sides.iter().find(|have| have.group == group) {
                    Some(have) if have.side != side => both.push(group),
                    Some(_) => {}
                    None => sides.push(Side {
                        group,
                        side,
                        key: word.key,
                        span,
                    }),
                }
            }
            if let Some(key) = word.key {
                match word.negation {
                    Some(negation) => stance.negated.push((key, Span::new(negation.start, word.span.end))),
                    None => stance.affirmed.push(key),
                }
            }
        }
        sides.retain(|side| !both.contains(&side.group));
        stance.sides = sides;
        let lowers: Vec<&str> = claim.words.iter().map(|word| word.lower.as_str()).collect();
        if !lowers.is_empty() && lexicon.contrast_cues.match_at(&lowers).is_some() {
            stance.opening_cue = Some(claim.words[0].span);
        }
        // What the speaker said: the content and, outside it, only the object
        // side of the cue: from the cue to a claim it opens ("dismissed her
        // account as"), or the sentence before a claim whose cue follows
        // ("Her story was '…', he told"). Narration around it is the writer's.
        let facts = &corpus.facts[claim.at.document];
        let sentence_start = corpus
            .sentence_start(claim.at.document, claim.span.start)
            .unwrap_or(claim.span.start)
            .min(claim.span.start);
        let outside = match quote.cue {
            Some(cue) if cue.end <= claim.span.start => Span::new(cue.start, claim.span.start),
            _ => Span::new(sentence_start, claim.span.start),
        };
        let said = Span::new(outside.start, claim.span.end);
        let first = facts.tokens.partition_point(|token| token.span.start < said.start);
        let last = facts.tokens.partition_point(|token| token.span.end <= said.end);
        let region = &facts.tokens[first..last.max(first)];
        let region_lowers: Vec<String> = region
            .iter()
            .map(|token| strip_possessive(token.span.of(text)).to_lowercase())
            .collect();
        let rebuttal = (0..region.len()).find_map(|at| {
            let length = lexicon.rebuttals.match_at(&region_lowers[at..])?;
            let negated = (at.saturating_sub(REBUTTAL_NEGATION_REACH)..at)
                .rev()
                .take_while(|&before| region[before].class == TokenClass::Word)
                .any(|before| lexicon.negations.match_at(&region_lowers[before..]).is_some());
            (!negated).then(|| Span::new(region[at].span.start, region[at + length - 1].span.end))
        });
        stance.rebuttal = rebuttal;
        let mut add_target = |speaker: u32, strength: f32, evidence: String| {
            if speaker == claim.speaker {
                return;
            }
            match stance.targets.iter_mut().find(|target| target.speaker == speaker) {
                Some(target) if target.strength >= strength => {}
                Some(target) => {
                    target.strength = strength;
                    target.evidence = evidence;
                }
                None => stance.targets.push(Target {
                    speaker,
                    strength,
                    evidence,
                }),
            }
        };
        // Who the claim points to: speakers named in it, and pronouns and
        // names on the object side, resolved as speakers are.
        let pointed: Vec<(Span, u32)> = claim
            .entities
            .iter()
            .filter_map(|&(key, span)| corpus.key_speaker[key as usize].map(|speaker| (span, speaker)))
            .chain(claim.referents.iter().copied().filter(|&(span, _)| said.contains(span)))
            .collect();
        // A denial-framed cue whose content points to someone.
        if let (Some(Framing::Denial), Some(cue)) = (quote.framing, quote.cue) {
            for &(span, speaker) in &pointed {
                if claim.span.contains(span) {
                    let evidence = phrase_evidence(text, cue, extend_by_word(text, span, claim.span), lexicon);
                    add_target(speaker, REBUTTAL_BY_DENIAL, evidence);
                }
            }
        }
        // A rebuttal word in what the speaker said, aimed at the person
        // pointed to nearest it (before it, on a tie).
        if let Some(rebuttal) = rebuttal {
            let distance = |span: Span| {
                if span.end <= rebuttal.start {
                    (rebuttal.start - span.end, 0)
                } else {
                    (span.start.saturating_sub(rebuttal.end), 1)
                }
            };
            let nearest = pointed
                .iter()
                .filter(|&&(_, speaker)| speaker != claim.speaker)
                .min_by_key(|&&(span, _)| distance(span));
            if let Some(&(span, speaker)) = nearest {
                add_target(
                    speaker,
                    REBUTTAL_BY_WORD,
                    phrase_evidence(text, span, rebuttal, lexicon),
                );
            }
        }
        stance
    }
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
    let words = clean(whole.of(text), lexicon);
    if words.split_whitespace().count() <= SNIPPET_WORDS {
        format!("'{words}'")
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
    text.split_whitespace()
        .map(|word| word.trim_matches(|ch| lexicon.double_quote_marks.contains(&ch)))
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Scores pairs.
struct Judge<'a, 'd> {
    corpus: &'a Corpus,
    documents: &'a [DocumentAnalysis<'d>],
    stances: &'a [Stance],
    lexicon: &'a Lexicon<'a>,
    keep_related: bool,
}

/// One signal that fired.
struct Signal {
    strength: f32,
    evidence: String,
    opposing: bool,
}

impl Judge<'_, '_> {
    /// Judges two claims of different speakers; `None` when they are not in
    /// one topic.
    fn pair(&self, first: usize, second: usize, shared: &mut Vec<u32>) -> Option<Judged> {
        let corpus = self.corpus;
        let claim_first = &corpus.claims[first];
        let claim_second = &corpus.claims[second];
        debug_assert_ne!(claim_first.speaker, claim_second.speaker);
        let same_document = claim_first.at.document == claim_second.at.document;
        let similarity = corpus.similarity(first, second, shared);
        let shared: &[u32] = shared;
        let on_topic = !shared.is_empty();
        let stance_first = &self.stances[first];
        let stance_second = &self.stances[second];
        if similarity < LINK_AT && (!same_document || !self.may_oppose(first, second, shared)) {
            // Across documents a pair must first be on one topic; in one
            // document, a pair neither linked nor opposed is no pair.
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
                    && (other_claim.siblings <= REBUTTAL_ACCOUNT
                        || other_claim.paragraph.abs_diff(corpus.claims[this].paragraph) <= REBUTTAL_REACH));
            if let Some(target) = stance
                .targets
                .iter()
                .find(|target| target.speaker == other_claim.speaker)
                && answers
            {
                signals.push(Signal {
                    strength: target.strength,
                    evidence: target.evidence.clone(),
                    opposing: true,
                });
                if rebutter.is_none_or(|(_, strength)| strength < target.strength) {
                    rebutter = Some((this, target.strength));
                }
            }
        }
        if rebutter.is_none() && on_topic && same_document {
            for (this, stance) in [(first, stance_first), (second, stance_second)] {
                if !stance.targets.is_empty() {
                    // Its rebuttal is aimed at someone else.
                    continue;
                }
                let text = self.documents[corpus.claims[this].at.document].text;
                if let (Some(Framing::Denial), Some(cue)) = (stance.framing, stance.cue) {
                    signals.push(Signal {
                        strength: DENIAL_ON_TOPIC,
                        evidence: format!("'{}'", clean(cue.of(text), self.lexicon)),
                        opposing: true,
                    });
                } else if let Some(rebuttal) = stance.rebuttal {
                    signals.push(Signal {
                        strength: REBUTTAL_WORD_ON_TOPIC,
                        evidence: format!("'{}'", clean(rebuttal.of(text), self.lexicon)),
                        opposing: true,
                    });
                }
            }
        }
        // Opposed terms.
        let text_first = self.documents[claim_first.at.document].text;
        let text_second = self.documents[claim_second.at.document].text;
        let mut opposed_groups = 0;
        let mut opposed_terms = None;
        let mut opposed_spans: Vec<(usize, Span)> = Vec::new();
        // Keys of the words that fired: not a shared topic, the opposition itself.
        let mut fired: Vec<u32> = Vec::new();
        for side_first in &stance_first.sides {
            if let Some(side_second) = stance_second
                .sides
                .iter()
                .find(|side| side.group == side_first.group && side.side != side_first.side)
            {
                let evidence = format!(
                    "{} vs. {}",
                    clean(side_first.span.of(text_first), self.lexicon),
                    clean(side_second.span.of(text_second), self.lexicon)
                );
                opposed_terms.get_or_insert_with(|| evidence.clone());
                opposed_spans.extend([(first, side_first.span), (second, side_second.span)]);
                fired.extend(side_first.key.into_iter().chain(side_second.key));
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
        // The same term negated in one claim only (unless opposed terms
        // already counted the negated word), in claims sharing more than it.
        let polarity = |negating_claim: usize, affirming_claim: usize| -> Option<(u32, Span)> {
            // Across documents a lone negation says too little: "not going"
            // in one article, "going" in another.
            if shared.len() < 2 || !same_document {
                return None;
            }
            let (negating, affirming) = (&self.stances[negating_claim], &self.stances[affirming_claim]);
            negating.negated.iter().copied().find(|(key, span)| {
                !opposed_spans
                    .iter()
                    .any(|&(claim, opposed)| claim == negating_claim && opposed.overlaps(*span))
                    && shared.contains(key)
                    && corpus.key_kind[*key as usize] == KeyKind::Term
                    && affirming.affirmed.contains(key)
                    && !affirming.negated.iter().any(|(other, _)| other == key)
                    && !negating.affirmed.contains(key)
            })
        };
        // The negated words read as written, on their own side of the evidence.
        let mismatch = polarity(first, second)
            .map(|(key, span)| {
                let written = clean(span.of(text_first), self.lexicon);
                (key, [written, corpus.key_display[key as usize].to_string()])
            })
            .or_else(|| {
                polarity(second, first).map(|(key, span)| {
                    let written = clean(span.of(text_second), self.lexicon);
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
        // Discourse: a contrast cue between the claims, or an assertive later claim.
        let mut contrasting = false;
        if same_document {
            let (earlier, later) = if claim_first.span.start <= claim_second.span.start {
                (first, second)
            } else {
                (second, first)
            };
            let (claim_earlier, claim_later) = (&corpus.claims[earlier], &corpus.claims[later]);
            if claim_later.paragraph.saturating_sub(claim_earlier.paragraph) <= DISCOURSE_REACH {
                let cue = self
                    .contrast_cue_between(claim_earlier, claim_later)
                    .or(self.stances[later].opening_cue);
                if let Some(cue) = cue {
                    signals.push(Signal {
                        strength: DISCOURSE,
                        evidence: format!("contrast: '{}'", clean(cue.of(text_first), self.lexicon)),
                        opposing: false,
                    });
                    contrasting = true;
                }
                if let (Some(Framing::Assertive), Some(cue)) = (self.stances[later].framing, self.stances[later].cue) {
                    signals.push(Signal {
                        strength: ASSERTIVE,
                        evidence: format!("'{}'", clean(cue.of(text_first), self.lexicon)),
                        opposing: false,
                    });
                    contrasting = true;
                }
            }
        }
        let content_shared: Vec<&str> = shared
            .iter()
            .filter(|&&key| !fired.contains(&key))
            .filter(|&&key| {
                corpus.key_speaker[key as usize]
                    .is_none_or(|speaker| speaker != claim_first.speaker && speaker != claim_second.speaker)
            })
            .map(|&key| corpus.key_display[key as usize].as_str())
            .collect();
        let opposing = signals.iter().any(|signal| signal.opposing);
        // Across documents one shared word ("doors") is no topic.
        let least_shared = if same_document { 1 } else { 2 };
        if content_shared.len() >= least_shared && (opposing || contrasting) {
            signals.push(Signal {
                strength: SHARED_TOPIC,
                evidence: shared_words_evidence(&content_shared),
                opposing: false,
            });
        }
        let score = 1.0 - signals.iter().map(|signal| 1.0 - signal.strength).product::<f32>();
        let relation = if opposing && score >= OPPOSES_AT {
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
        if relation != Relation::Opposes && self.keep_related && evidence.is_empty() && !content_shared.is_empty() {
            evidence.push(shared_words_evidence(&content_shared));
        }
        let (a, b) = match rebutter {
            Some((this, _)) if this == second => (second, first),
            Some(_) => (first, second),
            None => {
                let key = |claim: usize| (corpus.claims[claim].at.document, corpus.claims[claim].span.start);
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
        })
    }

    /// Whether an opposing signal can fire for the pair: a cheap test before
    /// the evidence is written.
    fn may_oppose(&self, first: usize, second: usize, shared: &[u32]) -> bool {
        let corpus = self.corpus;
        let (stance_first, stance_second) = (&self.stances[first], &self.stances[second]);
        let same_document = corpus.claims[first].at.document == corpus.claims[second].at.document;
        let on_topic = !shared.is_empty();
        let targets = |stance: &Stance, other: usize| {
            stance
                .targets
                .iter()
                .any(|target| target.speaker == corpus.claims[other].speaker)
        };
        if targets(stance_first, second) || targets(stance_second, first) {
            return true;
        }
        let rebuts = |stance: &Stance| {
            stance.targets.is_empty() && (stance.framing == Some(Framing::Denial) || stance.rebuttal.is_some())
        };
        if on_topic && same_document && (rebuts(stance_first) || rebuts(stance_second)) {
            return true;
        }
        let opposed = stance_first.sides.iter().any(|side_first| {
            stance_second
                .sides
                .iter()
                .any(|side| side.group == side_first.group && side.side != side_first.side)
        });
        let negated = |stance: &Stance| {
            same_document && shared.len() >= 2 && stance.negated.iter().any(|(key, _)| shared.contains(key))
        };
        opposed || negated(stance_first) || negated(stance_second)
    }

    /// A contrast cue opening a clause after the earlier claim and before the
    /// later one (same document).
    fn contrast_cue_between(&self, earlier: &topic::Claim, later: &topic::Claim) -> Option<Span> {
        let document = earlier.at.document;
        let facts = &self.corpus.facts[document];
        let text = self.documents[document].text;
        let tokens = &facts.tokens;
        let first = tokens.partition_point(|token| token.span.start < earlier.span.end);
        let last = tokens.partition_point(|token| token.span.end <= later.span.start);
        for at in first..last {
            let opens_clause = facts.sentence_starts.binary_search(&at).is_ok()
                || (at > 0 && matches!(tokens[at - 1].span.of(text), "," | ";" | ":" | "—" | "–"))
                || (at > 0
                    && tokens[at - 1].class == TokenClass::Punct
                    && facts.sentence_starts.binary_search(&(at - 1)).is_ok());
            if !opens_clause || tokens[at].class != TokenClass::Word {
                continue;
            }
            let words: Vec<String> = tokens[at..last.min(at + 4)]
                .iter()
                .map(|token| token.span.of(text).to_lowercase())
                .collect();
            if let Some(length) = self.lexicon.contrast_cues.match_at(&words) {
                return Some(Span::new(tokens[at].span.start, tokens[at + length - 1].span.end));
            }
        }
        None
    }
}
