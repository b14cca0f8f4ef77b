//! Where documents come from: files, directories (walked recursively, in
//! name order), JSON lines files and standard input, read one document at a
//! time so that a corpus of any size streams through in bounded memory.

use std::collections::VecDeque;
use std::io::{BufRead, Read};
use std::path::{Path, PathBuf};

use anyhow::Context;

/// File name extensions read from directories: text, web pages, JSON lines.
pub const DIRECTORY_EXTENSIONS: &[&str] = &["txt", "text", "html", "htm", "xhtml", "jsonl"];

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
    walk: Option<walkdir::IntoIter>,
    lines: Option<Lines>,
    /// Bytes read so far, for the progress bar.
    pub bytes_read: u64,
}

/// A JSON lines file being read.
struct Lines {
    name: String,
    reader: std::io::BufReader<Box<dyn Read + Send>>,
    line: usize,
    stdin: bool,
    buffer: Vec<u8>,
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
                            error: format!("reading: {error}"),
                        }));
                    }
                }
            }
            if let Some(walk) = &mut self.walk {
                match walk.next() {
                    Some(Ok(entry)) => {
                        if entry.file_type().is_file()
                            && has_extension(entry.path(), DIRECTORY_EXTENSIONS)
                            && let Some(raw) = self.open_path(entry.path())?
                        {
                            return Ok(Some(raw));
                        }
                        continue;
                    }
                    Some(Err(error)) => {
                        let id = error
                            .path()
                            .map_or_else(|| "?".to_string(), |path| path.display().to_string());
                        return Ok(Some(Raw::Failed {
                            id,
                            error: error.to_string(),
                        }));
                    }
                    None => self.walk = None,
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
                    let mut bytes = Vec::new();
                    std::io::stdin()
                        .lock()
                        .read_to_end(&mut bytes)
                        .context("reading standard input")?;
                    self.bytes_read += bytes.len() as u64;
                    return Ok(Some(Raw::File {
                        id: "-".to_string(),
                        bytes,
                        html_by_name: false,
                    }));
                }
                Operand::Jsonl(path) => {
                    if let Some(failed) = self.open_jsonl(&path) {
                        return Ok(Some(failed));
                    }
                }
                Operand::Path(path) => {
                    if path.is_dir() {
                        self.walk = Some(
                            walkdir::WalkDir::new(&path)
                                .follow_links(true)
                                .sort_by_file_name()
                                .into_iter(),
                        );
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
        Ok(Some(match std::fs::read(path) {
            Ok(bytes) => {
                self.bytes_read += bytes.len() as u64;
                Raw::File {
                    id,
                    bytes,
                    html_by_name: has_extension(path, &["html", "htm", "xhtml"]),
                }
            }
            Err(error) => Raw::Failed {
                id,
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
        });
        None
    }
}

impl Lines {
    /// The next line that is not blank.
    fn next_line(&mut self) -> std::io::Result<Option<Raw>> {
        loop {
            self.buffer.clear();
            let read = self.reader.read_until(b'\n', &mut self.buffer)?;
            if read == 0 {
                return Ok(None);
            }
            self.line += 1;
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
