//! Where documents come from: files, directories (walked recursively, in
//! name order), JSON lines files and standard input, read one document at a
//! time so that a corpus of any size streams through in bounded memory.

use std::collections::VecDeque;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

use anyhow::Context;

/// File name extensions read from directories: text, web pages, JSON lines.
pub const DIRECTORY_EXTENSIONS: &[&str] = &["txt", "text", "html", "htm", "xhtml", "jsonl"];

/// The most bytes one document may hold (a file, standard input or a JSON
/// line). A larger one is refused, with a message, rather than read until
/// memory runs out (an endless stream): analysis takes about 35 times a
/// document's size in memory, so this is already 9 GB.
pub const MAX_DOCUMENT_BYTES: usize = 256 << 20;

/// The message for a directory that holds no file of
/// [`DIRECTORY_EXTENSIONS`].
fn nothing_to_read() -> String {
    let (last, others) = DIRECTORY_EXTENSIONS.split_last().expect("extensions");
    format!("no file to read (.{} or .{last}) in this directory", others.join(", ."))
}

/// The message for a document over [`MAX_DOCUMENT_BYTES`].
pub fn too_large() -> String {
    format!(
        "larger than {} MiB, the most one document may hold",
        MAX_DOCUMENT_BYTES >> 20
    )
}

/// One unit of input, read but not yet decoded (decoding runs in parallel).
pub enum Raw {
    /// A whole file, or standard input.
    File {
        /// The path as given or found (`-` for standard input).
        id: String,
        /// Its bytes.
        bytes: Vec<u8>,
        /// The name says it is a web page (`.html`, `.htm`, `.xhtml`).
        html_by_name: bool,
    },
    /// One line of JSON lines input.
    Line {
        /// The file it is from (`-` for standard input).
        source: String,
        /// 1-based line number.
        line: usize,
        /// The line's bytes, without the line end.
        bytes: Vec<u8>,
    },
    /// What could not be read, and why.
    Failed {
        /// The path.
        id: String,
        /// The line of a JSON lines file it is, if it is one.
        line: Option<usize>,
        /// The error.
        error: String,
    },
}

impl Raw {
    /// Bytes held, to bound a chunk's memory.
    pub fn len(&self) -> usize {
        match self {
            Raw::File { bytes, .. } | Raw::Line { bytes, .. } => bytes.len(),
            Raw::Failed { .. } => 0,
        }
    }
}

/// A named input: what the command line gave.
enum Operand {
    /// A text or HTML file, a directory, or a JSON lines file by its extension.
    Path(PathBuf),
    /// Standard input read as one text.
    StdinText,
    /// A JSON lines file (`--jsonl FILE`), or standard input (`--jsonl -`).
    Jsonl(PathBuf),
}

/// Reads one document at a time from the command line's operands.
pub struct Sources {
    operands: VecDeque<Operand>,
    walk: Option<Walk>,
    lines: Option<Lines>,
    /// Bytes read so far, for the progress bar.
    pub bytes_read: u64,
}

/// A directory being walked.
struct Walk {
    /// The directory as given.
    root: PathBuf,
    entries: walkdir::IntoIter,
    /// Whether a file to read was found in it.
    found: bool,
}

/// A JSON lines file being read.
struct Lines {
    name: String,
    reader: std::io::BufReader<Box<dyn Read + Send>>,
    line: usize,
    stdin: bool,
    buffer: Vec<u8>,
    /// A NUL byte was read: the file is binary, and the rest of it unread.
    binary: bool,
    /// The most bytes a line may hold ([`MAX_DOCUMENT_BYTES`]).
    limit: usize,
}

impl Sources {
    /// The inputs named by `files` (`-` is standard input as one text; no
    /// files and no `jsonl` means standard input too) followed by the JSON
    /// lines files `jsonl` (`-` is standard input).
    pub fn new(files: &[PathBuf], jsonl: &[PathBuf]) -> Sources {
        let mut operands = VecDeque::new();
        for file in files {
            operands.push_back(if file.as_os_str() == "-" {
                Operand::StdinText
            } else {
                Operand::Path(file.clone())
            });
        }
        operands.extend(jsonl.iter().cloned().map(Operand::Jsonl));
        if operands.is_empty() {
            operands.push_back(Operand::StdinText);
        }
        Sources {
            operands,
            walk: None,
            lines: None,
            bytes_read: 0,
        }
    }

    /// The total size of the inputs when all are regular files (for a
    /// progress bar); `None` when some size is unknown.
    pub fn total_bytes(&self) -> Option<u64> {
        let mut total = 0;
        for operand in &self.operands {
            let path = match operand {
                Operand::Path(path) => path,
                Operand::Jsonl(path) if path.as_os_str() != "-" => path,
                _ => return None,
            };
            let metadata = std::fs::metadata(path).ok()?;
            if !metadata.is_file() {
                return None;
            }
            total += metadata.len();
        }
        Some(total)
    }

    /// True when pulling the next document may wait for a writer at the
    /// other end of a pipe: the caller should first deal with what it has, so
    /// that a program feeding lines one by one gets its answers.
    pub fn may_block(&self) -> bool {
        self.lines
            .as_ref()
            .is_some_and(|lines| lines.stdin && lines.reader.buffer().is_empty() && !stdin_ready())
    }

    /// The next document, or `None` at the end. A file that cannot be read
    /// (or stops being readable) is a [`Raw::Failed`]; an error here (standard
    /// input failing when read as one text) ends the run.
    pub fn next_raw(&mut self) -> anyhow::Result<Option<Raw>> {
        loop {
            if let Some(lines) = &mut self.lines {
                match lines.next_line() {
                    Ok(Some(raw)) => {
                        self.bytes_read += raw.len() as u64 + 1;
                        return Ok(Some(raw));
                    }
                    Ok(None) => self.lines = None,
                    Err(error) => {
                        // The rest of this file is lost; the other inputs go on.
                        let id = lines.name.clone();
                        self.lines = None;
                        return Ok(Some(Raw::Failed {
                            id,
                            line: None,
                            error: format!("reading: {error}"),
                        }));
                    }
                }
            }
            if let Some(walk) = &mut self.walk {
                match walk.entries.next() {
                    Some(Ok(entry)) => {
                        if entry.file_type().is_file() && has_extension(entry.path(), DIRECTORY_EXTENSIONS) {
                            walk.found = true;
                            if let Some(raw) = self.open_path(entry.path())? {
                                return Ok(Some(raw));
                            }
                        }
                        continue;
                    }
                    Some(Err(error)) => {
                        let id = error
                            .path()
                            .map_or_else(|| "?".to_string(), |path| path.display().to_string());
                        return Ok(Some(Raw::Failed {
                            id,
                            line: None,
                            error: error.to_string(),
                        }));
                    }
                    None => {
                        let walk = self.walk.take().expect("walking");
                        // (Not a run that reads nothing and succeeds.)
                        if !walk.found {
                            return Ok(Some(Raw::Failed {
                                id: walk.root.display().to_string(),
                                line: None,
                                error: nothing_to_read(),
                            }));
                        }
                    }
                }
            }
            let Some(operand) = self.operands.pop_front() else {
                return Ok(None);
            };
            match operand {
                Operand::StdinText => {
                    if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
                        anyhow::bail!("no input: give a file, `-` for standard input, or --jsonl FILE");
                    }
                    let id = "-".to_string();
                    let bytes =
                        read_document(std::io::stdin().lock(), MAX_DOCUMENT_BYTES).context("reading standard input")?;
                    self.bytes_read += bytes.as_ref().map_or(0, Vec::len) as u64;
                    return Ok(Some(match bytes {
                        Some(bytes) => Raw::File {
                            id,
                            bytes,
                            html_by_name: false,
                        },
                        None => Raw::Failed {
                            id,
                            line: None,
                            error: too_large(),
                        },
                    }));
                }
                Operand::Jsonl(path) => {
                    if let Some(failed) = self.open_jsonl(&path) {
                        return Ok(Some(failed));
                    }
                }
                Operand::Path(path) => {
                    if path.is_dir() {
                        let entries = walkdir::WalkDir::new(&path)
                            .follow_links(true)
                            .sort_by_file_name()
                            .into_iter();
                        self.walk = Some(Walk {
                            root: path,
                            entries,
                            found: false,
                        });
                        continue;
                    }
                    if let Some(raw) = self.open_path(&path)? {
                        return Ok(Some(raw));
                    }
                }
            }
        }
    }

    /// A file found or named: JSON lines by extension, else one document.
    fn open_path(&mut self, path: &Path) -> anyhow::Result<Option<Raw>> {
        if has_extension(path, &["jsonl"]) {
            return Ok(self.open_jsonl(path));
        }
        let id = path.display().to_string();
        Ok(Some(match read_file(path) {
            Ok(Some(bytes)) => {
                self.bytes_read += bytes.len() as u64;
                Raw::File {
                    id,
                    bytes,
                    html_by_name: has_extension(path, &["html", "htm", "xhtml"]),
                }
            }
            Ok(None) => Raw::Failed {
                id,
                line: None,
                error: too_large(),
            },
            Err(error) => Raw::Failed {
                id,
                line: None,
                error: error.to_string(),
            },
        }))
    }

    /// Starts reading a JSON lines file; what could not be opened.
    fn open_jsonl(&mut self, path: &Path) -> Option<Raw> {
        let stdin = path.as_os_str() == "-";
        let source: Box<dyn Read + Send> = if stdin {
            Box::new(std::io::stdin())
        } else {
            match std::fs::File::open(path) {
                Ok(file) => Box::new(file),
                Err(error) => {
                    return Some(Raw::Failed {
                        id: path.display().to_string(),
                        line: None,
                        error: error.to_string(),
                    });
                }
            }
        };
        self.lines = Some(Lines {
            name: path.display().to_string(),
            reader: std::io::BufReader::with_capacity(1 << 20, source),
            line: 0,
            stdin,
            buffer: Vec::new(),
            binary: false,
            limit: MAX_DOCUMENT_BYTES,
        });
        None
    }
}

impl Lines {
    /// The next line that is not blank. A line over the limit is a
    /// [`Raw::Failed`], its rest skipped; one with a NUL byte ends there,
    /// and so does the file: JSON has no NUL byte, so the file is binary
    /// (decoding the line says so).
    fn next_line(&mut self) -> std::io::Result<Option<Raw>> {
        loop {
            if self.binary {
                return Ok(None);
            }
            self.buffer.clear();
            let ending = read_bounded(&mut self.reader, &mut self.buffer, Some(b'\n'), self.limit)?;
            if ending == Ending::End && self.buffer.is_empty() {
                return Ok(None);
            }
            self.line += 1;
            if ending == Ending::TooLarge {
                self.binary = skip_line(&mut self.reader)?;
                return Ok(Some(Raw::Failed {
                    id: self.name.clone(),
                    line: Some(self.line),
                    error: too_large(),
                }));
            }
            self.binary = ending == Ending::Nul;
            let mut bytes = self.buffer.as_slice();
            if self.line == 1 {
                bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
            }
            let bytes = bytes.strip_suffix(b"\n").unwrap_or(bytes);
            let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            return Ok(Some(Raw::Line {
                source: self.name.clone(),
                line: self.line,
                bytes: bytes.to_vec(),
            }));
        }
    }
}

/// How [`read_bounded`] stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ending {
    /// At the end of the input, or after the byte it was to stop after.
    End,
    /// After a NUL byte: binary input, not worth reading on.
    Nul,
    /// Past the limit: what was read is not all.
    TooLarge,
}

/// Reads `reader` into `buffer` up to and including the first `stop` byte
/// (a line end) or NUL byte, or to its end; at most `limit` bytes before
/// that byte.
fn read_bounded(
    reader: &mut impl BufRead,
    buffer: &mut Vec<u8>,
    stop: Option<u8>,
    limit: usize,
) -> std::io::Result<Ending> {
    loop {
        let available = fill(reader)?;
        if available.is_empty() {
            return Ok(Ending::End);
        }
        let found = match stop {
            Some(stop) => memchr::memchr2(stop, 0, available),
            None => memchr::memchr(0, available),
        };
        // (The byte it stops at is not counted: a line of `limit` bytes
        // and its line end is within the limit.)
        let (held, taken) = found.map_or((available.len(), available.len()), |at| (at, at + 1));
        if buffer.len() + held > limit {
            return Ok(Ending::TooLarge);
        }
        buffer.extend_from_slice(&available[..taken]);
        let ending = found.map(|at| if available[at] == 0 { Ending::Nul } else { Ending::End });
        reader.consume(taken);
        if let Some(ending) = ending {
            return Ok(ending);
        }
    }
}

/// The reader's buffered bytes, read again when a read is interrupted
/// (empty at the end).
fn fill(reader: &mut impl BufRead) -> std::io::Result<&[u8]> {
    loop {
        match reader.fill_buf() {
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
            // (Asked again to return it: a borrow returned from a loop
            // would hold the reader for the whole loop.)
            Ok(_) => return reader.fill_buf(),
        }
    }
}

/// Reads on to the end of the line, keeping nothing; true when a NUL byte
/// came first (the input is binary, the rest unread).
fn skip_line(reader: &mut impl BufRead) -> std::io::Result<bool> {
    loop {
        let available = fill(reader)?;
        if available.is_empty() {
            return Ok(false);
        }
        let found = memchr::memchr2(b'\n', 0, available);
        let nul = found.is_some_and(|at| available[at] == 0);
        let taken = found.map_or(available.len(), |at| at + 1);
        reader.consume(taken);
        if found.is_some() {
            return Ok(nul);
        }
    }
}

/// A whole file, `None` when it holds more than [`MAX_DOCUMENT_BYTES`]. A
/// regular file's size is known: one too large is refused unread, and the
/// others read whole. A device or a pipe (`/dev/zero`) is read up to the
/// limit or its first NUL byte ([`read_document`]).
pub fn read_file(path: &Path) -> std::io::Result<Option<Vec<u8>>> {
    let metadata = std::fs::metadata(path)?;
    if !metadata.is_file() {
        return read_document(std::fs::File::open(path)?, MAX_DOCUMENT_BYTES);
    }
    (metadata.len() <= MAX_DOCUMENT_BYTES as u64)
        .then(|| std::fs::read(path))
        .transpose()
}

/// A whole document from a stream, read up to its first NUL byte (a binary
/// input, which decoding refuses, saying where the byte is): `None` when it
/// holds more than `limit` bytes.
fn read_document(reader: impl Read, limit: usize) -> std::io::Result<Option<Vec<u8>>> {
    let mut reader = std::io::BufReader::with_capacity(1 << 16, reader);
    let mut bytes = Vec::new();
    Ok((read_bounded(&mut reader, &mut bytes, None, limit)? != Ending::TooLarge).then_some(bytes))
}

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|extension| extension.to_str())
        .is_some_and(|extension| extensions.iter().any(|wanted| wanted.eq_ignore_ascii_case(extension)))
}

/// True when standard input has data (or its end) to read right now.
#[cfg(unix)]
fn stdin_ready() -> bool {
    let mut poll = libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: libc::POLLIN,
        revents: 0,
    };
    // SAFETY: one valid pollfd, a zero timeout.
    let ready = unsafe { libc::poll(&mut poll, 1, 0) };
    ready != 0
}

/// Without poll(2), assume a read may wait.
#[cfg(not(unix))]
fn stdin_ready() -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufReader, Cursor};

    /// A reader that hands out at most `chunk` bytes a read, so that reads
    /// span several buffers.
    fn chunked(bytes: &[u8], chunk: usize) -> BufReader<Cursor<Vec<u8>>> {
        BufReader::with_capacity(chunk, Cursor::new(bytes.to_vec()))
    }

    #[test]
    fn an_endless_stream_is_read_to_its_first_nul_byte_or_the_limit() {
        let zeros = std::io::repeat(0);
        assert_eq!(read_document(zeros, 1 << 20).unwrap(), Some(vec![0]));
        let text = std::io::Read::chain(&b"\"Yes,\" he said."[..], std::io::repeat(0));
        assert_eq!(read_document(text, 1 << 20).unwrap().unwrap(), b"\"Yes,\" he said.\0");
        assert_eq!(read_document(std::io::repeat(b'a'), 1 << 20).unwrap(), None);
        assert_eq!(read_document(&b"abc"[..], 3).unwrap(), Some(b"abc".to_vec()));
        assert_eq!(read_document(&b"abcd"[..], 3).unwrap(), None);
        assert_eq!(read_document(&b""[..], 3).unwrap(), Some(Vec::new()));
    }

    #[test]
    fn a_bounded_read_stops_after_its_stop_byte_across_buffers() {
        let mut reader = chunked(b"one line\nand the next", 3);
        let mut buffer = Vec::new();
        assert_eq!(
            read_bounded(&mut reader, &mut buffer, Some(b'\n'), 100).unwrap(),
            Ending::End
        );
        assert_eq!(buffer, b"one line\n");
        buffer.clear();
        assert_eq!(
            read_bounded(&mut reader, &mut buffer, Some(b'\n'), 100).unwrap(),
            Ending::End
        );
        assert_eq!(buffer, b"and the next");
        buffer.clear();
        assert_eq!(
            read_bounded(&mut reader, &mut buffer, Some(b'\n'), 100).unwrap(),
            Ending::End
        );
        assert!(buffer.is_empty());
    }

    /// Lines of a JSON lines file over the limit: an error for each, the
    /// lines after them read; a NUL byte ends the file.
    #[test]
    fn overlong_lines_are_failures_and_a_nul_byte_ends_the_file() {
        let lines = |bytes: &[u8]| {
            let mut lines = Lines {
                name: "in.jsonl".to_string(),
                reader: BufReader::with_capacity(4, Box::new(Cursor::new(bytes.to_vec())) as Box<dyn Read + Send>),
                line: 0,
                stdin: false,
                buffer: Vec::new(),
                binary: false,
                limit: 8,
            };
            let mut out = Vec::new();
            while let Some(raw) = lines.next_line().unwrap() {
                out.push(match raw {
                    Raw::Line { line, bytes, .. } => format!("{line}: {}", String::from_utf8_lossy(&bytes)),
                    Raw::Failed { line, error, .. } => format!("{line:?}: {error}"),
                    Raw::File { .. } => unreachable!("no files from lines"),
                });
            }
            out
        };
        let large = too_large();
        assert_eq!(
            lines(b"{\"a\"}\n0123456789abcdef\n\n{\"b\"}\r\n12345678\n123456789"),
            [
                "1: {\"a\"}".to_string(),
                format!("Some(2): {large}"),
                "4: {\"b\"}".to_string(),
                "5: 12345678".to_string(),
                format!("Some(6): {large}"),
            ]
        );
        assert_eq!(lines(b"{\"a\"}\n{\0}\n{\"b\"}\n"), ["1: {\"a\"}", "2: {\0"]);
        assert_eq!(lines(b"0123456789\0abc\n{\"b\"}\n"), [format!("Some(1): {large}")]);
        assert_eq!(lines(b"\0"), ["1: \0"]);
    }
}
