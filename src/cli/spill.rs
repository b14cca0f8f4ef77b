//! The records of `whosaid contrast`'s spill file: a document with its
//! analysis, in a binary form of its own.
//!
//! The spill is written once and read back twice. As JSON, reading the
//! analyses back cost more than a tenth of the run (a map of named fields
//! per quote) and the text was escaped and unescaped; here numbers are
//! fixed-width, strings are their length and bytes, and the text is as it
//! is. The file lives only as long as the run, so the form need not last.
//!
//! Each struct is taken apart field by field with no `..`: a new field
//! fails to compile here until the codec writes it.

use anyhow::Context;
use whosaid::Analysis;
use whosaid::analysis::{Kind, Quote, WARNING_KINDS, Warning};
use whosaid::contrast::DocumentAnalysis;
use whosaid::grammar::Framing;
use whosaid::span::Span;

/// One document in the spill file.
pub struct Spilled {
    pub id: String,
    pub text: String,
    pub html: bool,
    pub analysis: Analysis,
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
pub fn encode(id: &str, text: &str, html: bool, analysis: &Analysis) -> Vec<u8> {
    let Analysis { quotes, warnings } = analysis;
    // About 80 bytes a quote, with its strings.
    let mut out = Vec::with_capacity(text.len() + id.len() + 80 * quotes.len() + 64);
    put_str(&mut out, id);
    put_str(&mut out, text);
    out.push(u8::from(html));
    put_usize(&mut out, quotes.len());
    for quote in quotes {
        let Quote {
            kind,
            span,
            paragraph,
            speaker,
            mention,
            cue,
            framing,
            recipient,
            confidence,
            rule,
        } = quote;
        out.push(kind_code(*kind));
        put_span(&mut out, *span);
        put_usize(&mut out, *paragraph);
        put_option(&mut out, speaker.as_deref(), put_str);
        put_option(&mut out, *mention, put_span);
        put_option(&mut out, *cue, put_span);
        put_option(&mut out, *framing, |out, framing| out.push(framing_code(framing)));
        put_option(&mut out, recipient.as_deref(), put_str);
        out.extend_from_slice(&confidence.to_bits().to_le_bytes());
        put_str(&mut out, rule);
    }
    put_usize(&mut out, warnings.len());
    for warning in warnings {
        let Warning {
            kind,
            span,
            paragraph,
            message,
        } = warning;
        put_str(&mut out, kind);
        put_span(&mut out, *span);
        put_usize(&mut out, *paragraph);
        put_str(&mut out, message);
    }
    out
}

/// A document from its record ([`encode`]).
pub fn decode(record: &[u8]) -> anyhow::Result<Spilled> {
    decode_fields(&mut Reader { rest: record }).context("reading back the spill file")
}

fn decode_fields(input: &mut Reader<'_>) -> anyhow::Result<Spilled> {
    let id = input.string()?;
    let text = input.string()?;
    let html = input.byte()? != 0;
    let n_quotes = input.usize()?;
    let mut quotes = Vec::with_capacity(n_quotes);
    for _ in 0..n_quotes {
        quotes.push(Quote {
            kind: kind_of(input.byte()?)?,
            span: input.span()?,
            paragraph: input.usize()?,
            speaker: input.option(Reader::string)?,
            mention: input.option(Reader::span)?,
            cue: input.option(Reader::span)?,
            framing: input.option(|input| framing_of(input.byte()?))?,
            recipient: input.option(Reader::string)?,
            confidence: f32::from_bits(u32::from_le_bytes(input.array()?)),
            rule: input.string()?,
        });
    }
    let n_warnings = input.usize()?;
    let mut warnings = Vec::with_capacity(n_warnings);
    for _ in 0..n_warnings {
        let kind = input.str()?;
        let kind = WARNING_KINDS
            .iter()
            .copied()
            .find(|known| *known == kind)
            .with_context(|| format!("unknown warning kind {kind:?}"))?;
        warnings.push(Warning {
            kind,
            span: input.span()?,
            paragraph: input.usize()?,
            message: input.string()?,
        });
    }
    anyhow::ensure!(input.rest.is_empty(), "{} bytes after a record", input.rest.len());
    Ok(Spilled {
        id,
        text,
        html,
        analysis: Analysis { quotes, warnings },
    })
}

fn put_usize(out: &mut Vec<u8>, value: usize) {
    out.extend_from_slice(&(value as u64).to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, value: &str) {
    put_usize(out, value.len());
    out.extend_from_slice(value.as_bytes());
}

fn put_span(out: &mut Vec<u8>, span: Span) {
    put_usize(out, span.start);
    put_usize(out, span.end);
}

fn put_option<T>(out: &mut Vec<u8>, value: Option<T>, put: impl FnOnce(&mut Vec<u8>, T)) {
    match value {
        None => out.push(0),
        Some(value) => {
            out.push(1);
            put(out, value);
        }
    }
}

const KINDS: [Kind; 6] = [
    Kind::Direct,
    Kind::Partial,
    Kind::Indirect,
    Kind::Term,
    Kind::Heading,
    Kind::Boilerplate,
];

fn kind_code(kind: Kind) -> u8 {
    match kind {
        Kind::Direct => 0,
        Kind::Partial => 1,
        Kind::Indirect => 2,
        Kind::Term => 3,
        Kind::Heading => 4,
        Kind::Boilerplate => 5,
    }
}

fn kind_of(code: u8) -> anyhow::Result<Kind> {
    KINDS
        .get(usize::from(code))
        .copied()
        .with_context(|| format!("unknown kind {code}"))
}

const FRAMINGS: [Framing; 4] = [
    Framing::Neutral,
    Framing::Assertive,
    Framing::Distancing,
    Framing::Denial,
];

fn framing_code(framing: Framing) -> u8 {
    match framing {
        Framing::Neutral => 0,
        Framing::Assertive => 1,
        Framing::Distancing => 2,
        Framing::Denial => 3,
    }
}

fn framing_of(code: u8) -> anyhow::Result<Framing> {
    FRAMINGS
        .get(usize::from(code))
        .copied()
        .with_context(|| format!("unknown framing {code}"))
}

/// What is left of a record to read.
struct Reader<'r> {
    rest: &'r [u8],
}

impl<'r> Reader<'r> {
    fn bytes(&mut self, length: usize) -> anyhow::Result<&'r [u8]> {
        anyhow::ensure!(length <= self.rest.len(), "a record cut short");
        let (bytes, rest) = self.rest.split_at(length);
        self.rest = rest;
        Ok(bytes)
    }

    fn array<const N: usize>(&mut self) -> anyhow::Result<[u8; N]> {
        Ok(self.bytes(N)?.try_into().expect("N bytes"))
    }

    fn byte(&mut self) -> anyhow::Result<u8> {
        Ok(self.array::<1>()?[0])
    }

    fn usize(&mut self) -> anyhow::Result<usize> {
        Ok(usize::try_from(u64::from_le_bytes(self.array()?))?)
    }

    fn str(&mut self) -> anyhow::Result<&'r str> {
        let length = self.usize()?;
        Ok(std::str::from_utf8(self.bytes(length)?)?)
    }

    fn string(&mut self) -> anyhow::Result<String> {
        Ok(self.str()?.to_string())
    }

    fn span(&mut self) -> anyhow::Result<Span> {
        Ok(Span {
            start: self.usize()?,
            end: self.usize()?,
        })
    }

    fn option<T>(&mut self, read: impl FnOnce(&mut Self) -> anyhow::Result<T>) -> anyhow::Result<Option<T>> {
        match self.byte()? {
            0 => Ok(None),
            1 => read(self).map(Some),
            tag => anyhow::bail!("unknown option tag {tag}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_reads_back_as_written() {
        let text = "“We will win,” said Ana Ruíz, the mayor.\n\nShe told AFP the plan had failed. “Unclosed";
        let analysis = whosaid::Analyzer::new().analyze(text);
        assert!(!analysis.quotes.is_empty() && !analysis.warnings.is_empty());
        let record = encode("doc-1", text, true, &analysis);
        let spilled = decode(&record).expect("a record");
        assert_eq!(
            (spilled.id.as_str(), spilled.text.as_str(), spilled.html),
            ("doc-1", text, true)
        );
        assert_eq!(spilled.analysis, analysis);
        assert!(decode(&record[..record.len() - 1]).is_err());
    }
}
