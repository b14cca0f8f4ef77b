//! Runs the real `whosaid` binary with arguments and standard input, and
//! returns what it wrote and its exit status.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// The path of the binary under test.
pub const WHOSAID: &str = env!("CARGO_BIN_EXE_whosaid");

/// The seed article, as plain text.
pub const SEED: &str = include_str!("../../corpus/afp-2020-10-23-kazakhs-xinjiang.txt");

/// The seed's gold annotations (one JSON line).
pub const SEED_GOLD: &str = include_str!("../../corpus/seed.jsonl");

/// What a run of the binary gave.
#[derive(Debug)]
pub struct Output {
    /// Standard output.
    pub stdout: Vec<u8>,
    /// Standard error, lossily decoded.
    pub stderr: String,
    /// Exit status (-1 when killed by a signal).
    pub status: i32,
}

impl Output {
    /// Standard output as text (it must be UTF-8).
    pub fn text(&self) -> &str {
        std::str::from_utf8(&self.stdout).expect("standard output is UTF-8")
    }

    /// Asserts exit status 0 and returns self.
    #[track_caller]
    pub fn success(&self) -> &Output {
        assert_eq!(self.status, 0, "expected success; stderr:\n{}", self.stderr);
        self
    }

    /// Asserts exit status 2 (an error) and returns self.
    #[track_caller]
    pub fn failure(&self) -> &Output {
        assert_eq!(self.status, 2, "expected exit status 2; stderr:\n{}", self.stderr);
        self
    }

    /// The JSON lines of standard output, parsed.
    pub fn json_lines(&self) -> Vec<serde_json::Value> {
        self.text()
            .lines()
            .map(|line| serde_json::from_str(line).unwrap_or_else(|error| panic!("{error}: {line}")))
            .collect()
    }

    /// Standard output as one JSON value.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.stdout).expect("standard output is JSON")
    }

    /// The rows of a CSV standard output, header included.
    pub fn csv_rows(&self) -> Vec<Vec<String>> {
        csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(self.stdout.as_slice())
            .records()
            .map(|record| record.expect("valid CSV").iter().map(str::to_string).collect())
            .collect()
    }
}

/// Runs `whosaid` with `args` and no standard input.
pub fn run(args: &[&str]) -> Output {
    run_with_stdin(args, None)
}

/// Runs `whosaid` with `args`, feeding `stdin` (from another thread, so
/// large inputs cannot deadlock against a full output pipe).
pub fn run_with_stdin(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(WHOSAID)
        .args(args)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run whosaid");
    let feeder = stdin.map(|bytes| {
        let mut pipe = child.stdin.take().expect("stdin piped");
        let bytes = bytes.to_vec();
        std::thread::spawn(move || {
            // The binary may stop reading early (an error); that is its right.
            let _ = pipe.write_all(&bytes);
        })
    });
    let output = child.wait_with_output().expect("wait for whosaid");
    if let Some(feeder) = feeder {
        feeder.join().expect("stdin feeder");
    }
    output.into()
}

impl From<std::process::Output> for Output {
    fn from(output: std::process::Output) -> Output {
        Output {
            stdout: output.stdout,
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            status: output.status.code().unwrap_or(-1),
        }
    }
}

/// Writes `bytes` to `dir/name` and returns the path as a string.
pub fn write_file(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> String {
    let path = dir.join(name);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create directory");
    }
    std::fs::write(&path, bytes).expect("write test file");
    path.to_str().expect("UTF-8 path").to_string()
}

/// A quote of the JSON output reduced to what a reader compares.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Said {
    /// The kind.
    pub kind: String,
    /// The quoted words.
    pub text: String,
    /// The canonical speaker.
    pub speaker: Option<String>,
    /// The cue.
    pub cue: Option<String>,
    /// The recipient.
    pub recipient: Option<String>,
}

/// The speech quotes (direct and partial) of one JSON document.
pub fn speech(doc: &serde_json::Value) -> Vec<Said> {
    doc["quotes"]
        .as_array()
        .expect("quotes array")
        .iter()
        .filter(|quote| matches!(quote["kind"].as_str(), Some("direct" | "partial")))
        .map(|quote| Said {
            kind: quote["kind"].as_str().unwrap_or_default().to_string(),
            text: quote["text"].as_str().unwrap_or_default().to_string(),
            speaker: quote["speaker"].as_str().map(str::to_string),
            cue: quote["cue"].as_str().map(str::to_string),
            recipient: quote["recipient"].as_str().map(str::to_string),
        })
        .collect()
}

/// Checks that each quote's `start`/`end` (Unicode scalar values) pick its
/// `text` out of `text`, and likewise each mention.
#[track_caller]
pub fn assert_offsets_point_into(doc: &serde_json::Value, text: &str) {
    let chars: Vec<char> = text.chars().collect();
    let slice = |start: &serde_json::Value, end: &serde_json::Value| -> String {
        let (start, end) = (start.as_u64().unwrap() as usize, end.as_u64().unwrap() as usize);
        assert!(
            start <= end && end <= chars.len(),
            "range {start}..{end} of {}",
            chars.len()
        );
        chars[start..end].iter().collect()
    };
    for quote in doc["quotes"].as_array().expect("quotes array") {
        assert_eq!(slice(&quote["start"], &quote["end"]), quote["text"].as_str().unwrap());
        if let Some(mention) = quote["mention"].as_object() {
            assert_eq!(
                slice(&mention["start"], &mention["end"]),
                mention["text"].as_str().unwrap()
            );
        }
    }
}
