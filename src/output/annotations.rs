//! Annotations that other tools load.
//!
//! - [`web_annotations`]: W3C Web Annotations (JSON-LD, the
//!   `http://www.w3.org/ns/anno.jsonld` context), one per quote, each
//!   targeting the quote with a `TextQuoteSelector` (exact words with some
//!   context before and after) and a `TextPositionSelector` (Unicode scalar
//!   offsets, as the Web Annotation model and FORMATS.md count them), the
//!   speaker and the cue in the body. Annotation tools such as Hypothesis or
//!   Recogito anchor them on the text.
//! - [`quotations`]: schema.org `Quotation` items (`text`,
//!   `spokenByCharacter`, `isPartOf`), with the cue, recipient, kind and
//!   offsets as `whosaid:` extension properties.

#[cfg(test)]
mod tests;

use serde::{Deserialize, Serialize};

use crate::chars::CharOffsets;
use crate::grammar::Grammar;
use crate::output::wire::{WireDoc, WireQuote};
use crate::sources::{self, SourceKind};

/// The JSON-LD context of the Web Annotation data model.
pub const ANNOTATION_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The namespace of whosaid's extension properties in the schema.org export.
pub const WHOSAID_VOCABULARY: &str = "urn:whosaid:vocab#";

/// How many characters of context a `TextQuoteSelector` carries each side.
pub const CONTEXT_CHARS: usize = 32;

/// A W3C Web Annotation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// The JSON-LD context: [`ANNOTATION_CONTEXT`].
    #[serde(rename = "@context")]
    pub context: String,
    /// The annotation's IRI: the document's IRI with the quote id as fragment.
    pub id: String,
    /// "Annotation".
    #[serde(rename = "type")]
    pub kind: String,
    /// Why the annotation was made: "describing".
    pub motivation: String,
    /// The software that made it.
    pub generator: Generator,
    /// A description, and tags naming the speaker, the cue and the kind.
    pub body: Vec<TextualBody>,
    /// The quote in the document.
    pub target: Target,
}

/// The software that made an annotation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Generator {
    /// An IRI naming the software.
    pub id: String,
    /// "Software".
    #[serde(rename = "type")]
    pub kind: String,
    /// Name and version.
    pub name: String,
}

/// A body made of text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextualBody {
    /// "TextualBody".
    #[serde(rename = "type")]
    pub kind: String,
    /// "describing" or "tagging".
    pub purpose: String,
    /// The text.
    pub value: String,
    /// "text/plain".
    pub format: String,
}

/// What an annotation targets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Target {
    /// The document's IRI.
    pub source: String,
    /// Two ways to find the quote in it.
    pub selector: Vec<Selector>,
}

/// A selector of the Web Annotation model.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum Selector {
    /// The quoted words with the text just before and after them.
    TextQuoteSelector {
        /// The words, exactly.
        exact: String,
        /// Up to [`CONTEXT_CHARS`] characters before.
        prefix: String,
        /// Up to [`CONTEXT_CHARS`] characters after.
        suffix: String,
    },
    /// Unicode scalar offsets into the text.
    TextPositionSelector {
        /// First character.
        start: usize,
        /// One past the last character.
        end: usize,
    },
}

/// The IRI of a document: its id if it is already an absolute IRI
/// (`https://…`, `urn:…`, `file:…`), else a `urn:whosaid:document:` IRI with
/// the id percent-encoded.
pub fn document_iri(document: &str) -> String {
    let scheme_end = document.find(':').unwrap_or(0);
    let has_scheme = scheme_end > 1
        && document[..scheme_end]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        && document.starts_with(|c: char| c.is_ascii_alphabetic())
        && !document.contains(char::is_whitespace);
    if has_scheme {
        return document.to_string();
    }
    let mut iri = String::from("urn:whosaid:document:");
    for byte in document.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            iri.push(char::from(byte));
        } else {
            iri.push_str(&format!("%{byte:02X}"));
        }
    }
    iri
}

/// The quotes an export includes: claims, or with `all` every quote.
fn exported(doc: &WireDoc, all: bool) -> impl Iterator<Item = &WireQuote> {
    doc.quotes
        .iter()
        .filter(move |quote| all || sources::is_claim(&quote.kind))
}

/// The Web Annotations of one document's quotes. Quotes whose offsets do not
/// fit the text are left out.
pub fn web_annotations(doc: &WireDoc, text: &str, all: bool) -> Vec<Annotation> {
    let offsets = CharOffsets::new(text);
    let source = document_iri(&doc.document);
    let generator = Generator {
        id: "urn:whosaid:software".to_string(),
        kind: "Software".to_string(),
        name: format!("whosaid {}", env!("CARGO_PKG_VERSION")),
    };
    let mut annotations = Vec::new();
    for quote in exported(doc, all) {
        let Some(range) = offsets.byte_range(quote.start, quote.end) else {
            continue;
        };
        let prefix_start = offsets.byte(quote.start.saturating_sub(CONTEXT_CHARS)).unwrap_or(0);
        let suffix_end = offsets
            .byte((quote.end + CONTEXT_CHARS).min(offsets.len()))
            .unwrap_or(text.len());
        let body_text = |purpose: &str, value: String| TextualBody {
            kind: "TextualBody".to_string(),
            purpose: purpose.to_string(),
            value,
            format: "text/plain".to_string(),
        };
        let mut body = vec![body_text("describing", describe(quote))];
        if let Some(speaker) = &quote.speaker {
            body.push(body_text("tagging", format!("speaker: {speaker}")));
        }
        if let Some(cue) = &quote.cue {
            body.push(body_text("tagging", format!("cue: {cue}")));
        }
        body.push(body_text("tagging", format!("kind: {}", quote.kind)));
        annotations.push(Annotation {
            context: ANNOTATION_CONTEXT.to_string(),
            id: format!("{source}#{}", quote.id),
            kind: "Annotation".to_string(),
            motivation: "describing".to_string(),
            generator: generator.clone(),
            body,
            target: Target {
                source: source.clone(),
                selector: vec![
                    Selector::TextQuoteSelector {
                        exact: text[range.clone()].to_string(),
                        prefix: text[prefix_start..range.start].to_string(),
                        suffix: text[range.end..suffix_end].to_string(),
                    },
                    Selector::TextPositionSelector {
                        start: quote.start,
                        end: quote.end,
                    },
                ],
            },
        });
    }
    annotations
}

/// One sentence for a person: "Bikamal Kaken: told; to AFP (direct quote,
/// neutral framing, confidence 0.95)".
fn describe(quote: &WireQuote) -> String {
    let mut sentence = quote.speaker.clone().unwrap_or_else(|| "Unattributed".to_string());
    if let Some(cue) = &quote.cue {
        sentence.push_str(": ");
        sentence.push_str(cue);
    }
    if let Some(recipient) = &quote.recipient {
        sentence.push_str("; to ");
        sentence.push_str(recipient);
    }
    let kind = match quote.kind.as_str() {
        "direct" => "direct quote",
        "partial" => "partial quote",
        "indirect" => "reported speech",
        other => other,
    };
    sentence.push_str(&format!(" ({kind}"));
    if let Some(framing) = &quote.framing {
        sentence.push_str(&format!(", {framing} framing"));
    }
    sentence.push_str(&format!(", confidence {:.2})", quote.confidence));
    sentence
}

/// The schema.org `Quotation` items of one document, for a JSON-LD
/// `@graph` under [`quotations_context`].
pub fn quotations(doc: &WireDoc, text: &str, grammar: &Grammar, all: bool) -> Vec<serde_json::Value> {
    let sourcing = sources::sourcing(doc, text, grammar);
    let document = document_iri(&doc.document);
    exported(doc, all)
        .map(|quote| {
            let mut item = serde_json::json!({
                "@type": "Quotation",
                "@id": format!("{document}#{}", quote.id),
                "text": quote.text,
                "isPartOf": {"@type": "CreativeWork", "@id": document, "name": doc.document},
                "whosaid:kind": quote.kind,
                "whosaid:start": quote.start,
                "whosaid:end": quote.end,
                "whosaid:confidence": quote.confidence,
            });
            if let Some(speaker) = &quote.speaker {
                let kind = match sourcing.source(speaker).map(|source| source.kind) {
                    Some(SourceKind::Institutional) => "Organization",
                    _ => "Person",
                };
                item["spokenByCharacter"] = serde_json::json!({"@type": kind, "name": speaker});
            }
            if let Some(cue) = &quote.cue {
                item["whosaid:cue"] = serde_json::json!(cue);
            }
            if let Some(framing) = &quote.framing {
                item["whosaid:framing"] = serde_json::json!(framing);
            }
            if let Some(recipient) = &quote.recipient {
                item["whosaid:recipient"] = serde_json::json!(recipient);
            }
            if let Some(mention) = &quote.mention {
                item["whosaid:mention"] = serde_json::json!(mention.text);
            }
            item
        })
        .collect()
}

/// The JSON-LD context of [`quotations`]: schema.org terms, and `whosaid:`
/// for the extension properties.
pub fn quotations_context() -> serde_json::Value {
    serde_json::json!({"@vocab": "https://schema.org/", "whosaid": WHOSAID_VOCABULARY})
}

/// A JSON-LD document of Quotation items: `{"@context": …, "@graph": [...]}`.
pub fn quotations_document(items: Vec<serde_json::Value>) -> serde_json::Value {
    serde_json::json!({"@context": quotations_context(), "@graph": items})
}
