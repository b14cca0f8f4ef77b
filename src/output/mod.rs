//! Output formats: JSON (FORMATS.md) and CSV. Offsets turn from bytes into
//! Unicode scalar values here, and only here.

pub mod annotations;
pub mod csv;
pub mod wire;

use crate::analysis::Analysis;
use crate::span::{CharIndex, Span};
use wire::{WireDoc, WireMention, WireQuote, WireWarning};

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

/// Rounds a confidence or score to three decimals for output.
pub fn round(value: f32) -> f64 {
    (f64::from(value) * 1000.0).round() / 1000.0
}
