//! The gold annotations (`gold/*.jsonl`, FORMATS.md "Gold annotations") and
//! the readers of gold and prediction files. The readers take text, not
//! paths: the CLI reads the files.

use serde::Deserialize;

use crate::output::wire::WireDoc;

/// One annotated article: one line of a gold file.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GoldDoc {
    /// The article's id; predictions name it in `document`.
    pub id: String,
    /// The article text; every offset counts its Unicode scalar values.
    pub text: String,
    /// Where the text came from (the seed gold names its corpus file).
    #[serde(default)]
    pub source: Option<String>,
    /// Quoted stretches of every kind: speech (`direct`, `partial`) and the
    /// rest (`term`, `heading`, `boilerplate`).
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
    /// Reported speech without quote marks; empty where the gold has none.
    #[serde(default)]
    pub claims: Vec<GoldQuote>,
    /// The contrasts the contrast table must show; empty where the gold has none.
    #[serde(default)]
    pub contrasts: Vec<GoldContrast>,
}

/// A gold quote or, in [`GoldDoc::claims`], a gold reported claim.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GoldQuote {
    /// Start of the quoted words or reported content (Unicode scalar values).
    pub start: usize,
    /// End (exclusive).
    pub end: usize,
    /// The words, as the annotator copied them.
    #[serde(default)]
    pub text: Option<String>,
    /// direct, partial, term, heading, boilerplate; claims have none.
    #[serde(default)]
    pub kind: Option<String>,
    /// Canonical name of who said it, or (PolNeAR) the mention as written, or null.
    #[serde(default)]
    pub speaker: Option<String>,
    /// Where the speaker's mention is written, as `[start, end]` pairs (PolNeAR).
    #[serde(default)]
    pub speaker_spans: Option<Vec<[usize; 2]>>,
    /// The speech verb or phrase.
    #[serde(default)]
    pub cue: Option<String>,
    /// To whom it was said.
    #[serde(default)]
    pub recipient: Option<String>,
    /// A system may find or miss it without penalty.
    #[serde(default)]
    pub optional: bool,
    /// The annotator's remark.
    #[serde(default)]
    pub note: Option<String>,
}

/// A pair of speakers whose claims the contrast table must set side by side.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct GoldContrast {
    /// One speaker (canonical name).
    #[serde(default)]
    pub a: Option<String>,
    /// The other speaker.
    #[serde(default)]
    pub b: Option<String>,
    /// opposes, agrees, related.
    #[serde(default)]
    pub relation: String,
    /// A system must find it.
    #[serde(default)]
    pub required: bool,
    /// `Some(1)` on the pair that should head the table.
    #[serde(default)]
    pub rank: Option<u32>,
    /// The claims of side `a`, as `[start, end]` pairs.
    #[serde(default)]
    pub a_spans: Vec<[usize; 2]>,
    /// The claims of side `b`.
    #[serde(default)]
    pub b_spans: Vec<[usize; 2]>,
    /// What they disagree about, in a few words.
    #[serde(default)]
    pub topic: Option<String>,
}

/// A line of a gold or prediction file that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{what} line {line}: {source}")]
pub struct ReadError {
    /// "gold" or "prediction".
    pub what: &'static str,
    /// 1-based line number.
    pub line: usize,
    /// What serde_json said.
    #[source]
    pub source: serde_json::Error,
}

/// Reads a gold file's text: one [`GoldDoc`] a line; blank lines are skipped.
pub fn parse_gold(jsonl: &str) -> Result<Vec<GoldDoc>, ReadError> {
    parse_lines(jsonl, "gold")
}

/// Reads predictions (`--format jsonl` output): one [`WireDoc`] a line; blank
/// lines are skipped. Error records (`{"document", "line", "error"}`) read as
/// documents without quotes.
pub fn parse_predictions(jsonl: &str) -> Result<Vec<WireDoc>, ReadError> {
    parse_lines(jsonl, "prediction")
}

fn parse_lines<T: serde::de::DeserializeOwned>(jsonl: &str, what: &'static str) -> Result<Vec<T>, ReadError> {
    jsonl
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(line_idx, line)| {
            serde_json::from_str(line).map_err(|source| ReadError {
                what,
                line: line_idx + 1,
                source,
            })
        })
        .collect()
}
