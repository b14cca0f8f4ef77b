//! The records of `whosaid contrast`'s spill file: a document with its
//! analysis, in postcard's binary form.
//!
//! The spill is written once and read back twice. As JSON, reading the
//! analyses back cost more than a tenth of the run (a map of named fields
//! per quote) and the text was escaped and unescaped; postcard writes the
//! fields in order with no names, numbers as varints and strings as their
//! length and bytes. The file lives only as long as the run, so the form
//! need not last.

use anyhow::Context;
use serde::{Deserialize, Serialize};
use whosaid::Analysis;
use whosaid::contrast::DocumentAnalysis;

/// One document in the spill file.
#[derive(Deserialize)]
pub struct Spilled {
    pub id: String,
    pub text: String,
    pub html: bool,
    pub analysis: Analysis,
}

/// A [`Spilled`] as written: the same fields, in the same order, borrowed.
#[derive(Serialize)]
struct Spilling<'d> {
    id: &'d str,
    text: &'d str,
    html: bool,
    analysis: &'d Analysis,
}

impl Spilled {
    pub fn document(&self) -> DocumentAnalysis<'_> {
        DocumentAnalysis {
            id: &self.id,
            text: &self.text,
            analysis: &self.analysis,
        }
    }
}

/// The record of one document.
pub fn encode(id: &str, text: &str, html: bool, analysis: &Analysis) -> anyhow::Result<Vec<u8>> {
    // About 50 bytes a quote, with its strings.
    let out = Vec::with_capacity(text.len() + id.len() + 50 * analysis.quotes.len() + 64);
    let spilling = Spilling {
        id,
        text,
        html,
        analysis,
    };
    postcard::to_extend(&spilling, out).context("writing the spill file")
}

/// A document from its record ([`encode`]).
pub fn decode(record: &[u8]) -> anyhow::Result<Spilled> {
    let (spilled, rest) = postcard::take_from_bytes(record).context("reading back the spill file")?;
    anyhow::ensure!(rest.is_empty(), "{} bytes after a record in the spill file", rest.len());
    Ok(spilled)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back_as_written() {
        let text = "“We will win,” said Ana Ruíz, the mayor.\n\nShe told AFP the plan had failed. “Unclosed";
        let analysis = whosaid::Analyzer::new().analyze(text);
        assert!(!analysis.quotes.is_empty() && !analysis.warnings.is_empty());
        let record = encode("doc-1", text, true, &analysis).expect("a record");
        let spilled = decode(&record).expect("a record");
        assert_eq!(
            (spilled.id.as_str(), spilled.text.as_str(), spilled.html),
            ("doc-1", text, true)
        );
        assert_eq!(spilled.analysis, analysis);
        assert!(decode(&record[..record.len() - 1]).is_err());
    }
}
