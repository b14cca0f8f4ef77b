//! Output formats: JSON (FORMATS.md) and CSV. Offsets turn from bytes into
//! Unicode scalar values here, and only here.

pub mod annotations;
pub mod csv;
pub mod wire;

use crate::analysis::Analysis;
use crate::contrast::{ClaimRef, Contrasts, DocumentAnalysis, Relation};
use crate::grammar::Grammar;
use crate::span::{CharIndex, Span};
use wire::{WireDoc, WireMention, WirePair, WireQuote, WireSide, WireTopic, WireWarning};

/// The JSON form of one document's analysis.
pub fn wire_doc(document: &str, text: &str, analysis: &Analysis) -> WireDoc {
    let index = CharIndex::new(text);
    let chars = |span: Span| (index.char_offset(span.start), index.char_offset(span.end));
    let quotes = analysis
        .quotes
        .iter()
        .enumerate()
        .map(|(number, quote)| {
            let (start, end) = chars(quote.span);
            WireQuote {
                id: format!("q{}", number + 1),
                kind: quote.kind.as_str().to_string(),
                start,
                end,
                byte_start: quote.span.start,
                byte_end: quote.span.end,
                text: quote.span.of(text).to_string(),
                speaker: quote.speaker.clone(),
                mention: quote.mention.map(|mention| {
                    let (start, end) = chars(mention);
                    WireMention {
                        text: mention.of(text).to_string(),
                        start,
                        end,
                    }
                }),
                cue: quote.cue.map(|cue| cue.of(text).to_string()),
                framing: quote.framing.map(|framing| framing.as_str().to_string()),
                recipient: quote.recipient.clone(),
                confidence: round(quote.confidence),
                rule: Some(quote.rule.clone()),
                paragraph: quote.paragraph,
            }
        })
        .collect();
    let warnings = analysis
        .warnings
        .iter()
        .map(|warning| WireWarning {
            kind: warning.kind.to_string(),
            start: index.char_offset(warning.span.start),
            paragraph: warning.paragraph,
            message: warning.message.clone(),
        })
        .collect();
    WireDoc {
        document: document.to_string(),
        text: None,
        quotes,
        topics: Vec::new(),
        pairs: Vec::new(),
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

/// The documents as JSON with their topics and pairs.
///
/// Each document lists every topic that holds one of its claims (topic ids
/// are shared by all documents, the quote ids are the document's own) and
/// the pairs whose side `a` it holds; a side in another document names it in
/// `document`. Without `all`, only `opposes` pairs.
pub fn contrast_docs(documents: &[DocumentAnalysis<'_>], contrasts: &Contrasts, all: bool) -> Vec<WireDoc> {
    let indexes: Vec<CharIndex> = documents.iter().map(|document| CharIndex::new(document.text)).collect();
    let mut docs: Vec<WireDoc> = documents
        .iter()
        .map(|document| wire_doc(document.id, document.text, document.analysis))
        .collect();
    for (topic_index, topic) in contrasts.topics.iter().enumerate() {
        for (document_index, doc) in docs.iter_mut().enumerate() {
            let quotes: Vec<String> = topic
                .claims
                .iter()
                .filter(|claim| claim.document == document_index)
                .map(|claim| quote_id(claim.quote))
                .collect();
            if !quotes.is_empty() {
                doc.topics.push(WireTopic {
                    id: topic_id(topic_index),
                    label: topic.label.clone(),
                    terms: topic.terms.clone(),
                    quotes,
                });
            }
        }
    }
    for pair in contrasts.pairs.iter().filter(|pair| shown(pair.relation, all)) {
        let across = pair.a.document != pair.b.document;
        let side = |claim: ClaimRef| {
            let document = &documents[claim.document];
            let quote = &document.analysis.quotes[claim.quote];
            let index = &indexes[claim.document];
            WireSide {
                quote: quote_id(claim.quote),
                speaker: quote.speaker.clone(),
                text: quote.span.of(document.text).to_string(),
                start: index.char_offset(quote.span.start),
                end: index.char_offset(quote.span.end),
                document: across.then(|| document.id.to_string()),
                cue: quote.cue.map(|cue| cue.of(document.text).to_string()),
            }
        };
        docs[pair.a.document].pairs.push(WirePair {
            topic: topic_id(pair.topic),
            relation: pair.relation.as_str().to_string(),
            score: round(pair.score),
            evidence: pair.evidence.clone(),
            a: side(pair.a),
            b: side(pair.b),
        });
    }
    docs
}

/// One document as JSON with its topics and all its pairs, the document
/// contrasted on its own (what `whosaid eval` scores).
pub fn wire_doc_contrasted(document: &str, text: &str, analysis: &Analysis, grammar: &Grammar) -> WireDoc {
    let documents = [DocumentAnalysis {
        id: document,
        text,
        analysis,
    }];
    let contrasts = crate::contrast::contrast(&documents, grammar);
    contrast_docs(&documents, &contrasts, true).pop().unwrap_or_default()
}

/// The rows of the contrast table (`whosaid contrast`), in the order of
/// `contrasts.pairs`; without `all`, only `opposes` pairs.
pub fn contrast_rows(documents: &[DocumentAnalysis<'_>], contrasts: &Contrasts, all: bool) -> Vec<csv::ContrastRow> {
    let indexes: Vec<CharIndex> = documents.iter().map(|document| CharIndex::new(document.text)).collect();
    contrasts
        .pairs
        .iter()
        .filter(|pair| shown(pair.relation, all))
        .map(|pair| {
            let quote = |claim: ClaimRef| &documents[claim.document].analysis.quotes[claim.quote];
            let (quote_a, quote_b) = (quote(pair.a), quote(pair.b));
            let (text_a, text_b) = (documents[pair.a.document].text, documents[pair.b.document].text);
            let (index_a, index_b) = (&indexes[pair.a.document], &indexes[pair.b.document]);
            let document = if pair.a.document == pair.b.document {
                documents[pair.a.document].id.to_string()
            } else {
                format!("{} | {}", documents[pair.a.document].id, documents[pair.b.document].id)
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
                speaker_a: quote_a.speaker.clone().unwrap_or_default(),
                claim_a: quote_a.span.of(text_a).to_string(),
                cue_a: quote_a.cue.map(|cue| cue.of(text_a).to_string()).unwrap_or_default(),
                speaker_b: quote_b.speaker.clone().unwrap_or_default(),
                claim_b: quote_b.span.of(text_b).to_string(),
                cue_b: quote_b.cue.map(|cue| cue.of(text_b).to_string()).unwrap_or_default(),
                evidence: pair.evidence.join("; "),
                a_start: index_a.char_offset(quote_a.span.start),
                a_end: index_a.char_offset(quote_a.span.end),
                b_start: index_b.char_offset(quote_b.span.start),
                b_end: index_b.char_offset(quote_b.span.end),
            }
        })
        .collect()
}

/// Rounds a confidence or score to three decimals for output.
pub fn round(value: f32) -> f64 {
    (f64::from(value) * 1000.0).round() / 1000.0
}
