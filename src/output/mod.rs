//! Output formats: JSON (FORMATS.md) and CSV. Offsets turn from bytes into
//! Unicode scalar values here, and only here.

pub mod annotations;
pub mod csv;
pub mod wire;

use crate::analysis::Analysis;
use crate::contrast::{ClaimRef, Contrasts, DocumentAnalysis, Pair, Relation};
use crate::grammar::Grammar;
use crate::span::{CharIndex, Span};
use serde::{Deserialize, Serialize};
use wire::{QuoteId, WireDoc, WireDocRef, WireMentionRef, WirePair, WireQuoteRef, WireSide, WireTopic, WireWarningRef};

/// The JSON form of one document's analysis.
pub fn wire_doc(document: &str, text: &str, analysis: &Analysis) -> WireDoc {
    wire_doc_ref(document, text, analysis).to_owned()
}

/// The JSON form of one document's analysis, borrowed from it: what
/// [`wire_doc`] gives, without copying the strings.
pub fn wire_doc_ref<'a>(document: &'a str, text: &'a str, analysis: &'a Analysis) -> WireDocRef<'a> {
    let index = CharIndex::new(text);
    let chars = |span: Span| (index.char_offset(span.start), index.char_offset(span.end));
    let quotes = analysis
        .quotes
        .iter()
        .enumerate()
        .map(|(number, quote)| {
            let (start, end) = chars(quote.span);
            WireQuoteRef {
                id: QuoteId(number),
                kind: quote.kind.as_str(),
                start,
                end,
                byte_start: quote.span.start,
                byte_end: quote.span.end,
                text: quote.span.of(text),
                speaker: quote.speaker.as_deref(),
                mention: quote.mention.map(|mention| {
                    let (start, end) = chars(mention);
                    WireMentionRef {
                        text: mention.of(text),
                        start,
                        end,
                    }
                }),
                cue: quote.cue.map(|cue| cue.of(text)),
                framing: quote.framing.map(|framing| framing.as_str()),
                recipient: quote.recipient.as_deref(),
                confidence: round(quote.confidence),
                rule: Some(&quote.rule),
                paragraph: quote.paragraph,
            }
        })
        .collect();
    let warnings = analysis
        .warnings
        .iter()
        .map(|warning| WireWarningRef {
            kind: warning.kind,
            start: index.char_offset(warning.span.start),
            paragraph: warning.paragraph,
            message: &warning.message,
        })
        .collect();
    WireDocRef {
        document,
        text: None,
        quotes,
        topics: &[],
        pairs: &[],
        warnings,
    }
}

/// The id of a quote in the output: "q1" for the first.
fn quote_id(quote: usize) -> String {
    format!("q{}", quote + 1)
}

/// The id of a topic in the output: "t1" for the first.
fn topic_id(topic: usize) -> String {
    format!("t{}", topic + 1)
}

/// Whether a pair is shown: `opposes` always, the others with `all`.
fn shown(relation: Relation, all: bool) -> bool {
    all || relation == Relation::Opposes
}

/// What a side of a pair shows of its claim, taken from the claim's
/// document: enough to write the pair without that document at hand (a
/// streaming run keeps these, not the documents).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimSide {
    /// The document's id.
    pub document: String,
    /// The quote's index in the document.
    pub quote: usize,
    /// Canonical speaker as the document gives it.
    pub speaker: Option<String>,
    /// The claim's words.
    pub text: String,
    /// Its cue as written.
    pub cue: Option<String>,
    /// Start (Unicode scalar values).
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
}

/// The side of quote `quote` of `document`; `index` is the document's.
pub fn claim_side(document: &DocumentAnalysis<'_>, index: &CharIndex, quote: usize) -> ClaimSide {
    let claim = &document.analysis.quotes[quote];
    ClaimSide {
        document: document.id.to_string(),
        quote,
        speaker: claim.speaker.clone(),
        text: claim.span.of(document.text).to_string(),
        cue: claim.cue.map(|cue| cue.of(document.text).to_string()),
        start: index.char_offset(claim.span.start),
        end: index.char_offset(claim.span.end),
    }
}

/// Where each document's topics and pairs are in [`Contrasts`]: built
/// once, in time linear in the claims of the topics and the pairs, so that
/// each document is then written on its own.
#[derive(Clone, Debug, Default)]
pub struct ContrastLayout {
    /// (document, topic), by document, then topic.
    topics: Vec<(usize, usize)>,
    /// (document of side a, pair), by document, then pair order; shown
    /// pairs only.
    pairs: Vec<(usize, usize)>,
}

impl ContrastLayout {
    /// The layout of `contrasts`; without `all`, only `opposes` pairs.
    pub fn new(contrasts: &Contrasts, all: bool) -> ContrastLayout {
        let mut topics = Vec::new();
        for (topic_index, topic) in contrasts.topics.iter().enumerate() {
            for claim in &topic.claims {
                if topics.last() != Some(&(claim.document, topic_index)) {
                    topics.push((claim.document, topic_index));
                }
            }
        }
        topics.sort_unstable();
        topics.dedup();
        let mut pairs: Vec<(usize, usize)> = contrasts
            .pairs
            .iter()
            .enumerate()
            .filter(|(_, pair)| shown(pair.relation, all))
            .map(|(pair_index, pair)| (pair.a.document, pair_index))
            .collect();
        pairs.sort_unstable();
        ContrastLayout { topics, pairs }
    }

    /// The topics that hold a claim of `document`, as JSON: topic ids are
    /// shared by all documents, the quote ids are the document's own.
    pub fn topics(&self, contrasts: &Contrasts, document: usize) -> Vec<WireTopic> {
        let first = self.topics.partition_point(|&(have, _)| have < document);
        self.topics[first..]
            .iter()
            .take_while(|&&(have, _)| have == document)
            .map(|&(_, topic_index)| {
                let topic = &contrasts.topics[topic_index];
                // The claims are in document and text order.
                let start = topic.claims.partition_point(|claim| claim.document < document);
                let quotes = topic.claims[start..]
                    .iter()
                    .take_while(|claim| claim.document == document)
                    .map(|claim| quote_id(claim.quote))
                    .collect();
                WireTopic {
                    id: topic_id(topic_index),
                    label: topic.label.clone(),
                    terms: topic.terms.clone(),
                    quotes,
                }
            })
            .collect()
    }

    /// The pairs whose side `a` is in `document`, in the order of
    /// [`Contrasts::pairs`].
    pub fn pairs<'c>(&self, contrasts: &'c Contrasts, document: usize) -> impl Iterator<Item = &'c Pair> {
        let first = self.pairs.partition_point(|&(have, _)| have < document);
        self.pairs[first..]
            .iter()
            .take_while(move |&&(have, _)| have == document)
            .map(|&(_, pair_index)| &contrasts.pairs[pair_index])
    }
}

/// A pair as JSON, its sides given.
pub fn wire_pair(pair: &Pair, a: &ClaimSide, b: &ClaimSide) -> WirePair {
    let across = pair.a.document != pair.b.document;
    let side = |side: &ClaimSide| WireSide {
        quote: quote_id(side.quote),
        speaker: side.speaker.clone(),
        text: side.text.clone(),
        start: side.start,
        end: side.end,
        document: across.then(|| side.document.clone()),
        cue: side.cue.clone(),
    };
    WirePair {
        topic: topic_id(pair.topic),
        relation: pair.relation.as_str().to_string(),
        score: round(pair.score),
        evidence: pair.evidence.clone(),
        a: side(a),
        b: side(b),
    }
}

/// A pair as a row of the contrast table, its sides given.
pub fn contrast_row(contrasts: &Contrasts, pair: &Pair, a: &ClaimSide, b: &ClaimSide) -> csv::ContrastRow {
    let document = if pair.a.document == pair.b.document {
        a.document.clone()
    } else {
        format!("{} | {}", a.document, b.document)
    };
    csv::ContrastRow {
        document,
        topic: contrasts
            .topics
            .get(pair.topic)
            .map(|topic| topic.label.clone())
            .unwrap_or_default(),
        relation: pair.relation.as_str().to_string(),
        score: round(pair.score),
        speaker_a: a.speaker.clone().unwrap_or_default(),
        claim_a: a.text.clone(),
        cue_a: a.cue.clone().unwrap_or_default(),
        speaker_b: b.speaker.clone().unwrap_or_default(),
        claim_b: b.text.clone(),
        cue_b: b.cue.clone().unwrap_or_default(),
        evidence: pair.evidence.join("; "),
        a_start: a.start,
        a_end: a.end,
        b_start: b.start,
        b_end: b.end,
    }
}

/// The documents as JSON with their topics and pairs.
///
/// Each document lists every topic that holds one of its claims (topic ids
/// are shared by all documents, the quote ids are the document's own) and
/// the pairs whose side `a` it holds; a side in another document names it in
/// `document`. Without `all`, only `opposes` pairs.
pub fn contrast_docs(documents: &[DocumentAnalysis<'_>], contrasts: &Contrasts, all: bool) -> Vec<WireDoc> {
    let indexes: Vec<CharIndex> = documents.iter().map(|document| CharIndex::new(document.text)).collect();
    let side = |claim: ClaimRef| claim_side(&documents[claim.document], &indexes[claim.document], claim.quote);
    let layout = ContrastLayout::new(contrasts, all);
    documents
        .iter()
        .enumerate()
        .map(|(document_index, document)| {
            let mut doc = wire_doc(document.id, document.text, document.analysis);
            doc.topics = layout.topics(contrasts, document_index);
            doc.pairs = layout
                .pairs(contrasts, document_index)
                .map(|pair| wire_pair(pair, &side(pair.a), &side(pair.b)))
                .collect();
            doc
        })
        .collect()
}

/// One document as JSON with its topics and its pairs, the document
/// contrasted on its own (what `whosaid eval` scores and `whosaid report`
/// shows): the [`DOCUMENT_PAIRS`] strongest `opposes` pairs and as many
/// `agrees` and `related` pairs, the rest counted in `pairs_left_out`.
pub fn wire_doc_contrasted(document: &str, text: &str, analysis: &Analysis, grammar: &Grammar) -> WireDoc {
    let documents = [DocumentAnalysis {
        id: document,
        text,
        analysis,
    }];
    let options = crate::contrast::ContrastOptions {
        max_opposes: Some(DOCUMENT_PAIRS),
        max_related: Some(DOCUMENT_PAIRS),
        ..crate::contrast::ContrastOptions::default()
    };
    let contrasts = crate::contrast::contrast_with(&documents, grammar, options);
    let mut doc = contrast_docs(&documents, &contrasts, true).pop().unwrap_or_default();
    doc.pairs_left_out = contrasts.left_out;
    doc
}

/// The most `opposes` pairs, and the most `agrees` and `related` pairs, of
/// one document contrasted on its own. The PolNeAR articles have at most
/// 23 and 309 (a live blog; the median article 0 and 3); a transcript of
/// thousands of claims would set each against hundreds within reach, a page
/// of hundreds of megabytes that no one reads.
pub const DOCUMENT_PAIRS: usize = 500;

/// The rows of the contrast table (`whosaid contrast`), in the order of
/// `contrasts.pairs`; without `all`, only `opposes` pairs.
pub fn contrast_rows(documents: &[DocumentAnalysis<'_>], contrasts: &Contrasts, all: bool) -> Vec<csv::ContrastRow> {
    let indexes: Vec<CharIndex> = documents.iter().map(|document| CharIndex::new(document.text)).collect();
    let side = |claim: ClaimRef| claim_side(&documents[claim.document], &indexes[claim.document], claim.quote);
    contrasts
        .pairs
        .iter()
        .filter(|pair| shown(pair.relation, all))
        .map(|pair| contrast_row(contrasts, pair, &side(pair.a), &side(pair.b)))
        .collect()
}

/// Rounds a confidence or score to three decimals for output.
pub fn round(value: f32) -> f64 {
    (f64::from(value) * 1000.0).round() / 1000.0
}
