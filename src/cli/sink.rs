//! Where results go: documents already rendered (in parallel) to bytes are
//! framed here as one CSV table, one JSON value, or JSON lines.

use std::io::Write;

use super::batch::Failure;

/// How rendered documents are put together.
pub enum Framing {
    /// A CSV table: this header, then each document's rows.
    Csv(Vec<u8>),
    /// One pretty JSON value: the object of a single document, or an array.
    Json,
    /// One JSON object a line; error records go in between.
    Jsonl,
}

/// The output of a run, written in input order.
pub struct Sink<W: Write> {
    out: W,
    framing: Framing,
    /// JSON: documents written, and the first one, held until we know
    /// whether an array is needed.
    json_documents: usize,
    json_first: Option<Vec<u8>>,
}

impl<W: Write> Sink<W> {
    /// A sink; a CSV header is written at once, so that an empty input still
    /// gives a table.
    pub fn new(mut out: W, framing: Framing) -> std::io::Result<Sink<W>> {
        if let Framing::Csv(header) = &framing {
            out.write_all(header)?;
        }
        Ok(Sink {
            out,
            framing,
            json_documents: 0,
            json_first: None,
        })
    }

    /// One document's rendering (CSV rows, pretty JSON without a final line
    /// end, or one JSON line).
    pub fn document(&mut self, bytes: Vec<u8>) -> std::io::Result<()> {
        match self.framing {
            Framing::Csv(_) | Framing::Jsonl => self.out.write_all(&bytes),
            Framing::Json => {
                self.json_documents += 1;
                match self.json_documents {
                    1 => {
                        self.json_first = Some(bytes);
                        Ok(())
                    }
                    2 => {
                        let first = self.json_first.take().unwrap_or_default();
                        self.out.write_all(b"[\n")?;
                        write_indented(&mut self.out, &first)?;
                        self.out.write_all(b",\n")?;
                        write_indented(&mut self.out, &bytes)
                    }
                    _ => {
                        self.out.write_all(b",\n")?;
                        write_indented(&mut self.out, &bytes)
                    }
                }
            }
        }
    }

    /// A document that failed: an error record in JSON lines output (the
    /// caller reports it on standard error too).
    pub fn error(&mut self, failure: &Failure) -> std::io::Result<()> {
        if let Framing::Jsonl = self.framing {
            serde_json::to_writer(&mut self.out, &failure.record())?;
            self.out.write_all(b"\n")?;
        }
        Ok(())
    }

    /// Hands what is written so far to the reader (after each chunk).
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }

    /// Closes the JSON value and flushes.
    pub fn finish(mut self) -> std::io::Result<()> {
        if let Framing::Json = self.framing {
            match self.json_documents {
                0 => self.out.write_all(b"[]\n")?,
                1 => {
                    let first = self.json_first.take().unwrap_or_default();
                    self.out.write_all(&first)?;
                    self.out.write_all(b"\n")?;
                }
                _ => self.out.write_all(b"\n]\n")?,
            }
        }
        self.out.flush()
    }
}

/// Pretty JSON as an array element: each line indented by two spaces (JSON
/// strings hold no raw line ends, so lines are safe to indent).
fn write_indented(out: &mut impl Write, json: &[u8]) -> std::io::Result<()> {
    for (index, line) in json.split(|&byte| byte == b'\n').enumerate() {
        if index > 0 {
            out.write_all(b"\n")?;
        }
        out.write_all(b"  ")?;
        out.write_all(line)?;
    }
    Ok(())
}
