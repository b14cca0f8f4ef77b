//! Serialization types of the JSON output (FORMATS.md), kept apart from the
//! analysis types. Offsets here are Unicode scalar values; the analysis works
//! in bytes and converts at this boundary only.

use serde::{Deserialize, Serialize};

/// One document as JSON (`--format json`, one line of `--format jsonl`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WireDoc {
    /// The input's id (from `--jsonl`) or its path (`-` for standard input).
    pub document: String,
    /// The extracted text, for HTML input only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Quotes in text order.
    #[serde(default)]
    pub quotes: Vec<WireQuote>,
    /// Topics grouping claims.
    #[serde(default)]
    pub topics: Vec<WireTopic>,
    /// Claim pairs.
    #[serde(default)]
    pub pairs: Vec<WirePair>,
    /// Problems met while reading the text (an unclosed quote mark, say).
    #[serde(default)]
    pub warnings: Vec<WireWarning>,
}

/// A quote or a reported claim.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WireQuote {
    /// "q1", "q2", … in text order.
    pub id: String,
    /// direct, partial, indirect, term, heading, boilerplate.
    pub kind: String,
    /// Start of the quoted words, without quote marks (Unicode scalar values).
    pub start: usize,
    /// End of the quoted words (exclusive).
    pub end: usize,
    /// Byte offset of `start` in the UTF-8 text.
    #[serde(default)]
    pub byte_start: usize,
    /// Byte offset of `end` in the UTF-8 text.
    #[serde(default)]
    pub byte_end: usize,
    /// The quoted words.
    pub text: String,
    /// Canonical name of who said it, or null.
    pub speaker: Option<String>,
    /// The speaker as written next to the quote.
    pub mention: Option<WireMention>,
    /// The speech verb or phrase that attributes the quote.
    pub cue: Option<String>,
    /// The cue's framing: neutral, assertive, distancing, denial.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub framing: Option<String>,
    /// To whom it was said.
    pub recipient: Option<String>,
    /// Confidence of the attribution, in [0, 1].
    pub confidence: f64,
    /// The rule or pattern that attributed the quote, for audit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// 1-based paragraph number.
    pub paragraph: usize,
}

/// A speaker mention as written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WireMention {
    /// The words as written.
    pub text: String,
    /// Start (Unicode scalar values).
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
}

/// A group of claims about one thing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WireTopic {
    /// "t1", "t2", …
    pub id: String,
    /// A short label built from the terms.
    pub label: String,
    /// The terms the claims share.
    pub terms: Vec<String>,
    /// Ids of the claims in the topic.
    pub quotes: Vec<String>,
}

/// Two claims set side by side.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WirePair {
    /// The topic id.
    pub topic: String,
    /// opposes, agrees, related.
    pub relation: String,
    /// Strength in [0, 1].
    pub score: f64,
    /// Why the pair was made, in words a person can check.
    pub evidence: Vec<String>,
    /// One side.
    pub a: WireSide,
    /// The other side.
    pub b: WireSide,
}

/// One side of a pair.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WireSide {
    /// Quote id.
    pub quote: String,
    /// Canonical speaker.
    pub speaker: Option<String>,
    /// The claim's words.
    pub text: String,
    /// Start (Unicode scalar values).
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// The document the claim is in, where pairs span documents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// The cue of the claim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
}

/// A problem met in the text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WireWarning {
    /// What kind of problem: "unclosed_quote".
    pub kind: String,
    /// Where (Unicode scalar values).
    pub start: usize,
    /// 1-based paragraph number.
    pub paragraph: usize,
    /// A sentence for a person.
    pub message: String,
}
