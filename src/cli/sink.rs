//! Where results go: documents already rendered (in parallel) to bytes are
//! framed here as one CSV table, one JSON value, JSON lines, or one array.

use std::io::Write;

use super::batch::Failure;

/// One document's output, rendered in parallel.
pub enum Rendered {
    /// CSV rows, pretty JSON without a final line end, or one JSON line.
    Bytes(Vec<u8>),
    /// Elements of one output array, each pretty JSON ([`Framing::Array`]).
    Elements(Vec<Vec<u8>>),
    /// Values gathered for one output value built at the end ([`Framing::Collect`]).
    Values(Vec<serde_json::Value>),
}

/// How rendered documents are put together.
pub enum Framing {
    /// A CSV table: this header, then each document's rows.
    Csv(Vec<u8>),
    /// One pretty JSON value: the object of a single document, or an array.
    Json,
    /// One JSON object a line; error records go in between.
    Jsonl,
    /// One pretty JSON array of every document's elements, written as they come.
    Array,
    /// One pretty JSON value built at the end from every document's values.
    Collect(Box<dyn FnOnce(Vec<serde_json::Value>) -> serde_json::Value>),
}

/// The output of a run, written in input order.
pub struct Sink<W: Write> {
    out: W,
    framing: Framing,
    /// JSON: documents written, and the first one, held until we know
    /// whether an array is needed.
    json_documents: usize,
    json_first: Option<Vec<u8>>,
    /// Array and Collect: elements written, values gathered.
    elements: usize,
    values: Vec<serde_json::Value>,
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
            elements: 0,
            values: Vec::new(),
        })
    }

    /// One document's rendering.
    pub fn document(&mut self, rendered: Rendered) -> std::io::Result<()> {
        match rendered {
            Rendered::Bytes(bytes) => self.bytes(bytes),
            Rendered::Elements(elements) => {
                for element in elements {
                    self.out.write_all(if self.elements == 0 { b"[\n" } else { b",\n" })?;
                    write_indented(&mut self.out, &element)?;
                    self.elements += 1;
                }
                Ok(())
            }
            Rendered::Values(values) => {
                self.values.extend(values);
                Ok(())
            }
        }
    }

    fn bytes(&mut self, bytes: Vec<u8>) -> std::io::Result<()> {
        match self.framing {
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
            _ => self.out.write_all(&bytes),
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
        match self.framing {
            Framing::Json => match self.json_documents {
                0 => self.out.write_all(b"[]\n")?,
                1 => {
                    let first = self.json_first.take().unwrap_or_default();
                    self.out.write_all(&first)?;
                    self.out.write_all(b"\n")?;
                }
                _ => self.out.write_all(b"\n]\n")?,
            },
            Framing::Array => self
                .out
                .write_all(if self.elements == 0 { b"[]\n" } else { b"\n]\n" })?,
            Framing::Collect(build) => {
                serde_json::to_writer_pretty(&mut self.out, &build(std::mem::take(&mut self.values)))?;
                self.out.write_all(b"\n")?;
            }
            Framing::Csv(_) | Framing::Jsonl => {}
        }
        self.out.flush()
    }
}

/// Pretty JSON as an array element: each line indented by two spaces (JSON
/// strings hold no raw line ends, so lines are safe to indent). The line
/// ends are found with memchr: a byte-at-a-time split was most of the cost
/// of writing several documents as one JSON array.
fn write_indented(out: &mut impl Write, json: &[u8]) -> std::io::Result<()> {
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', json) {
        out.write_all(b"  ")?;
        out.write_all(&json[start..=end])?;
        start = end + 1;
    }
    out.write_all(b"  ")?;
    out.write_all(&json[start..])
}

#[cfg(test)]
mod tests {
    use super::write_indented;

    #[test]
    fn indents_every_line_by_two_spaces() {
        let indented = |json: &str| {
            let mut out = Vec::new();
            write_indented(&mut out, json.as_bytes()).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(indented(""), "  ");
        assert_eq!(indented("{}"), "  {}");
        assert_eq!(indented("{\n  \"a\": 1\n}"), "  {\n    \"a\": 1\n  }");
        assert_eq!(indented("\n"), "  \n  ");
        assert_eq!(indented("a\n\nb\n"), "  a\n  \n  b\n  ");
    }
}
