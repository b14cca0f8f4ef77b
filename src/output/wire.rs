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
    /// The pairs left out of `pairs`, past the most a document's view
    /// shows ([`crate::output::wire_doc_contrasted`]); written only when
    /// some are.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub pairs_left_out: usize,
    /// Problems met while reading the text (an unclosed quote mark, say).
    #[serde(default)]
    pub warnings: Vec<WireWarning>,
}

fn is_zero(count: &usize) -> bool {
    *count == 0
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

/// [`WireDoc`] borrowed from the analysis and its text, for writing: it
/// serializes to the same JSON without a copy of each string (the JSON
/// writers of `quotes` use it; [`WireDocRef::to_owned`] gives the owned form).
#[derive(Clone, Debug, Serialize)]
pub struct WireDocRef<'a> {
    /// See [`WireDoc::document`].
    pub document: &'a str,
    /// See [`WireDoc::text`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<&'a str>,
    /// See [`WireDoc::quotes`].
    pub quotes: Vec<WireQuoteRef<'a>>,
    /// See [`WireDoc::topics`].
    pub topics: &'a [WireTopic],
    /// See [`WireDoc::pairs`].
    pub pairs: &'a [WirePair],
    /// See [`WireDoc::warnings`].
    pub warnings: Vec<WireWarningRef<'a>>,
}

/// [`WireQuote`], borrowed.
#[derive(Clone, Debug, Serialize)]
pub struct WireQuoteRef<'a> {
    /// See [`WireQuote::id`].
    pub id: QuoteId,
    /// See [`WireQuote::kind`].
    pub kind: &'static str,
    /// See [`WireQuote::start`].
    pub start: usize,
    /// See [`WireQuote::end`].
    pub end: usize,
    /// See [`WireQuote::byte_start`].
    pub byte_start: usize,
    /// See [`WireQuote::byte_end`].
    pub byte_end: usize,
    /// See [`WireQuote::text`].
    pub text: &'a str,
    /// See [`WireQuote::speaker`].
    pub speaker: Option<&'a str>,
    /// See [`WireQuote::mention`].
    pub mention: Option<WireMentionRef<'a>>,
    /// See [`WireQuote::cue`].
    pub cue: Option<&'a str>,
    /// See [`WireQuote::framing`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub framing: Option<&'static str>,
    /// See [`WireQuote::recipient`].
    pub recipient: Option<&'a str>,
    /// See [`WireQuote::confidence`].
    pub confidence: f64,
    /// See [`WireQuote::rule`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'a str>,
    /// See [`WireQuote::paragraph`].
    pub paragraph: usize,
}

/// A quote's id, "q1" for the first (index 0), written without building
/// the string.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoteId(pub usize);

impl std::fmt::Display for QuoteId {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "q{}", self.0 + 1)
    }
}

impl Serialize for QuoteId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// [`WireMention`], borrowed.
#[derive(Clone, Debug, Serialize)]
pub struct WireMentionRef<'a> {
    /// See [`WireMention::text`].
    pub text: &'a str,
    /// See [`WireMention::start`].
    pub start: usize,
    /// See [`WireMention::end`].
    pub end: usize,
}

/// [`WireWarning`], borrowed.
#[derive(Clone, Debug, Serialize)]
pub struct WireWarningRef<'a> {
    /// See [`WireWarning::kind`].
    pub kind: &'static str,
    /// See [`WireWarning::start`].
    pub start: usize,
    /// See [`WireWarning::paragraph`].
    pub paragraph: usize,
    /// See [`WireWarning::message`].
    pub message: &'a str,
}

impl WireDocRef<'_> {
    /// The owned form.
    pub fn to_owned(&self) -> WireDoc {
        WireDoc {
            document: self.document.to_string(),
            text: self.text.map(str::to_string),
            quotes: self
                .quotes
                .iter()
                .map(|quote| WireQuote {
                    id: quote.id.to_string(),
                    kind: quote.kind.to_string(),
                    start: quote.start,
                    end: quote.end,
                    byte_start: quote.byte_start,
                    byte_end: quote.byte_end,
                    text: quote.text.to_string(),
                    speaker: quote.speaker.map(str::to_string),
                    mention: quote.mention.as_ref().map(|mention| WireMention {
                        text: mention.text.to_string(),
                        start: mention.start,
                        end: mention.end,
                    }),
                    cue: quote.cue.map(str::to_string),
                    framing: quote.framing.map(str::to_string),
                    recipient: quote.recipient.map(str::to_string),
                    confidence: quote.confidence,
                    rule: quote.rule.map(str::to_string),
                    paragraph: quote.paragraph,
                })
                .collect(),
            topics: self.topics.to_vec(),
            pairs: self.pairs.to_vec(),
            pairs_left_out: 0,
            warnings: self
                .warnings
                .iter()
                .map(|warning| WireWarning {
                    kind: warning.kind.to_string(),
                    start: warning.start,
                    paragraph: warning.paragraph,
                    message: warning.message.to_string(),
                })
                .collect(),
        }
    }
}
