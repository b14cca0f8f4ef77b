//! CSV output (RFC 4180) with cells guarded against formula injection.

use std::borrow::Cow;
use std::io::Write;

use super::wire::WireDoc;

/// Header of `whosaid quotes`.
pub const QUOTES_HEADER: [&str; 11] = [
    "document",
    "id",
    "paragraph",
    "start",
    "end",
    "kind",
    "speaker",
    "cue",
    "recipient",
    "confidence",
    "quote",
];

/// Header of `whosaid contrast` (FORMATS.md, the side-by-side table).
pub const CONTRAST_HEADER: [&str; 15] = [
    "document",
    "topic",
    "relation",
    "score",
    "speaker_a",
    "claim_a",
    "cue_a",
    "speaker_b",
    "claim_b",
    "cue_b",
    "evidence",
    "a_start",
    "a_end",
    "b_start",
    "b_end",
];

/// One row of the contrast table: two claims side by side. Offsets are
/// Unicode scalar values; where the sides are in two documents, `document`
/// names both, `a | b`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ContrastRow {
    /// The document (or `a | b`).
    pub document: String,
    /// The topic's label.
    pub topic: String,
    /// opposes, agrees, related.
    pub relation: String,
    /// Score in [0, 1].
    pub score: f64,
    /// Speaker of side a.
    pub speaker_a: String,
    /// Claim of side a.
    pub claim_a: String,
    /// Cue of side a.
    pub cue_a: String,
    /// Speaker of side b.
    pub speaker_b: String,
    /// Claim of side b.
    pub claim_b: String,
    /// Cue of side b.
    pub cue_b: String,
    /// Why, `; `-separated.
    pub evidence: String,
    /// Start of claim a.
    pub a_start: usize,
    /// End of claim a.
    pub a_end: usize,
    /// Start of claim b.
    pub b_start: usize,
    /// End of claim b.
    pub b_end: usize,
}

/// A CSV writer for the contrast table.
pub struct ContrastWriter<W: Write> {
    writer: csv::Writer<W>,
}

impl<W: Write> ContrastWriter<W> {
    /// Writes the header.
    pub fn new(out: W) -> csv::Result<ContrastWriter<W>> {
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(CONTRAST_HEADER)?;
        Ok(ContrastWriter { writer })
    }

    /// Writes one row, every cell guarded.
    pub fn write(&mut self, row: &ContrastRow) -> csv::Result<()> {
        let score = format!("{:.2}", row.score);
        let offsets = [row.a_start, row.a_end, row.b_start, row.b_end].map(|offset| offset.to_string());
        let cells: [&str; 15] = [
            &row.document,
            &row.topic,
            &row.relation,
            &score,
            &row.speaker_a,
            &row.claim_a,
            &row.cue_a,
            &row.speaker_b,
            &row.claim_b,
            &row.cue_b,
            &row.evidence,
            &offsets[0],
            &offsets[1],
            &offsets[2],
            &offsets[3],
        ];
        self.writer
            .write_record(cells.iter().map(|cell| guard(cell).into_owned().into_bytes()))
    }

    /// Flushes the output.
    pub fn finish(mut self) -> std::io::Result<()> {
        self.writer.flush()
    }
}

/// A cell that a spreadsheet would run as a formula gets a leading `'`.
pub fn guard(cell: &str) -> Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A CSV writer for the quotes table.
pub struct QuotesWriter<W: Write> {
    writer: csv::Writer<W>,
}

impl<W: Write> QuotesWriter<W> {
    /// Writes the header.
    pub fn new(out: W) -> csv::Result<QuotesWriter<W>> {
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(QUOTES_HEADER)?;
        Ok(QuotesWriter { writer })
    }

    /// A writer for rows only, without the header: for a document rendered
    /// on its own, whose rows go after a header written once.
    pub fn without_header(out: W) -> QuotesWriter<W> {
        QuotesWriter {
            writer: csv::Writer::from_writer(out),
        }
    }

    /// Writes the quotes of a document; with `all`, also terms, headings and
    /// page furniture.
    pub fn write(&mut self, doc: &WireDoc, all: bool) -> csv::Result<()> {
        for quote in &doc.quotes {
            let claim = matches!(quote.kind.as_str(), "direct" | "partial" | "indirect");
            if !all && !claim {
                continue;
            }
            let paragraph = quote.paragraph.to_string();
            let start = quote.start.to_string();
            let end = quote.end.to_string();
            let confidence = format!("{:.2}", quote.confidence);
            let row: [&str; 11] = [
                &doc.document,
                &quote.id,
                &paragraph,
                &start,
                &end,
                &quote.kind,
                quote.speaker.as_deref().unwrap_or(""),
                quote.cue.as_deref().unwrap_or(""),
                quote.recipient.as_deref().unwrap_or(""),
                &confidence,
                &quote.text,
            ];
            self.writer
                .write_record(row.iter().map(|cell| guard(cell).into_owned()))?;
        }
        Ok(())
    }

    /// Flushes the output.
    pub fn finish(mut self) -> std::io::Result<()> {
        self.writer.flush()
    }

    /// Flushes and returns the output.
    pub fn into_inner(self) -> std::io::Result<W> {
        self.writer
            .into_inner()
            .map_err(|error| std::io::Error::new(error.error().kind(), error.error().to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_guarded() {
        assert_eq!(guard("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(guard("-1"), "'-1");
        assert_eq!(guard("@cmd"), "'@cmd");
        assert_eq!(guard("\tx"), "'\tx");
        assert_eq!(guard("plain"), "plain");
    }
}
