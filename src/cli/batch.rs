//! Batch runs: documents are read in bounded chunks, analysed in parallel on
//! a thread pool, and written in input order, chunk after chunk, so memory
//! stays flat whatever the corpus size. While the pool works on one chunk,
//! this thread reads the next. A document that cannot be read or analysed
//! becomes an error record; the others go on.

use std::io::Write;
use std::panic::AssertUnwindSafe;

use rayon::prelude::*;
use whosaid::input::{Decoding, decode, parse_record};

use super::sink::{Rendered, Sink};
use super::source::{Raw, Sources};

/// A document read and decoded, ready to analyse.
pub struct Document {
    /// The input's id (from JSON lines) or its path (`-` for standard input).
    pub id: String,
    /// The text to analyse: for a web page, its extracted article text.
    pub text: String,
    /// True when `text` was extracted from HTML (the JSON output then
    /// carries it, since offsets refer to it).
    pub html: bool,
}

/// A document that could not be read or analysed.
#[derive(Clone, Debug)]
pub struct Failure {
    /// The document's path, or the JSON lines file it is in.
    pub id: String,
    /// The line of a JSON lines file.
    pub line: Option<usize>,
    /// Why.
    pub error: String,
}

/// The error record of the JSON lines output (FORMATS.md).
#[derive(serde::Serialize)]
pub struct ErrorRecord<'a> {
    document: &'a str,
    line: Option<usize>,
    error: &'a str,
}

impl Failure {
    /// The error record of the JSON lines output (FORMATS.md).
    pub fn record(&self) -> ErrorRecord<'_> {
        ErrorRecord {
            document: &self.id,
            line: self.line,
            error: &self.error,
        }
    }
}

/// How a batch runs.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// How to decode bytes.
    pub decoding: Decoding,
    /// Worker threads; 0 for one per core.
    pub threads: usize,
    /// Show a progress bar on standard error.
    pub progress: bool,
    /// Most documents in a chunk.
    pub chunk_documents: usize,
    /// Most bytes of input in a chunk (a larger document makes a chunk of its own).
    pub chunk_bytes: usize,
}

impl Options {
    /// Chunks of up to 4,096 documents or 8 MB.
    pub fn new(decoding: Decoding, threads: usize, progress: bool) -> Options {
        Options {
            decoding,
            threads,
            progress,
            chunk_documents: 4096,
            chunk_bytes: 8 << 20,
        }
    }
}

impl Options {
    /// A thread pool of the chosen size.
    pub fn pool(&self) -> anyhow::Result<rayon::ThreadPool> {
        let mut builder = rayon::ThreadPoolBuilder::new();
        if self.threads > 0 {
            builder = builder.num_threads(self.threads);
        }
        Ok(builder.build()?)
    }
}

/// Decodes a raw input: UTF-8 (or lossy), a JSON record for a line, the
/// article text of a web page.
pub fn prepare(raw: Raw, decoding: Decoding) -> Result<Document, Failure> {
    let (id, text, html_by_name) = match raw {
        Raw::File {
            id,
            bytes,
            html_by_name,
        } => {
            let text = match decode(&bytes, decoding) {
                Ok(std::borrow::Cow::Borrowed(_)) => String::from_utf8(bytes).expect("decode checked UTF-8"),
                Ok(std::borrow::Cow::Owned(text)) => text,
                Err(error) => {
                    return Err(Failure {
                        id,
                        line: None,
                        error: error.to_string(),
                    });
                }
            };
            // An empty or blank file is most often a failed download: say
            // so rather than report an article in which no one speaks.
            if let Some(error) = no_text(&text) {
                return Err(Failure {
                    id,
                    line: None,
                    error: error.to_string(),
                });
            }
            (id, text, html_by_name)
        }
        Raw::Line { source, line, bytes } => {
            let record = decode(&bytes, decoding)
                .map_err(|error| format!("line {line}: {error}"))
                .and_then(|text| parse_record(&text, line));
            match record {
                Ok((id, text)) => (id, text, false),
                Err(error) => {
                    return Err(Failure {
                        id: source,
                        line: Some(line),
                        error,
                    });
                }
            }
        }
        Raw::Failed { id, line, error } => return Err(Failure { id, line, error }),
    };
    if html_by_name || whosaid::html::looks_like_html(&text) {
        let text = whosaid::html::extract_text(&text);
        return Ok(Document { id, text, html: true });
    }
    Ok(Document { id, text, html: false })
}

/// Why a whole input holds no text to read, if it holds none: nothing at
/// all, or only white space and byte-order marks.
fn no_text(text: &str) -> Option<&'static str> {
    if text.is_empty() {
        Some("no text: the input is empty")
    } else if text.chars().all(|c| c.is_whitespace() || c == '\u{FEFF}') {
        Some("no text: the input is blank (white space only)")
    } else {
        None
    }
}

/// Runs `process` (analysis and rendering, in parallel) over every document
/// of `sources` and writes the results to `sink` in input order, flushing
/// after each chunk. Returns whether every document went through.
pub fn run<W, P>(sources: &mut Sources, options: &Options, process: P, sink: &mut Sink<W>) -> anyhow::Result<bool>
where
    W: Write,
    P: Fn(Document) -> anyhow::Result<Rendered> + Sync,
{
    for_each_chunk(sources, options, process, |outcomes| {
        for outcome in outcomes {
            match outcome {
                Ok(rendered) => sink.document(rendered)?,
                Err(failure) => sink.error(&failure)?,
            }
        }
        sink.flush()?;
        Ok(())
    })
}

/// Runs `process` in parallel over every document of `sources` and returns
/// the results in input order: for commands that need all documents at once
/// (contrasts across documents, statistics).
pub fn collect<P, T>(sources: &mut Sources, options: &Options, process: P) -> anyhow::Result<Vec<Result<T, Failure>>>
where
    P: Fn(Document) -> anyhow::Result<T> + Sync,
    T: Send,
{
    let mut all = Vec::new();
    for_each_chunk(sources, options, process, |outcomes| {
        all.extend(outcomes);
        Ok(())
    })?;
    Ok(all)
}

/// The engine of [`run`] and [`collect`], a pipeline of three: while the
/// pool analyses one chunk, this thread hands the previous chunk's results
/// to `consume` (in input order, failures reported on standard error as
/// they come) and reads the next chunk. Chunks start small, so the pool
/// starts soon, and double up to the limit. Returns whether every document
/// went through.
pub fn for_each_chunk<P, T, C>(
    sources: &mut Sources,
    options: &Options,
    process: P,
    mut consume: C,
) -> anyhow::Result<bool>
where
    P: Fn(Document) -> anyhow::Result<T> + Sync,
    T: Send,
    C: FnMut(Vec<Result<T, Failure>>) -> anyhow::Result<()>,
{
    let pool = options.pool()?;
    let progress = options.progress.then(|| progress_bar(sources.total_bytes()));
    let mut all_ok = true;
    let mut documents = 0u64;
    // Hands results on, after reporting failures and progress.
    let mut deliver = |outcomes: Vec<Result<T, Failure>>, bytes_read: u64| -> anyhow::Result<()> {
        documents += outcomes.len() as u64;
        for failure in outcomes.iter().filter_map(|outcome| outcome.as_ref().err()) {
            all_ok = false;
            let message = format!("whosaid: {}: {}", failure.id, failure.error);
            match &progress {
                Some(bar) => bar.suspend(|| eprintln!("{message}")),
                None => eprintln!("{message}"),
            }
        }
        consume(outcomes)?;
        if let Some(bar) = &progress {
            bar.set_position(bytes_read);
            bar.set_message(format!("{documents} documents"));
        }
        Ok(())
    };
    let mut limit = options.chunk_bytes.min(FIRST_CHUNK_BYTES);
    let mut pending: Option<(Vec<Result<T, Failure>>, u64)> = None;
    let (mut current, mut at_end) = read_chunk(sources, options, limit, true)?;
    loop {
        if current.is_empty() {
            // Out with what is done before waiting for more input, or ending.
            if let Some((outcomes, bytes_read)) = pending.take() {
                deliver(outcomes, bytes_read)?;
            }
            if at_end {
                break;
            }
            (current, at_end) = read_chunk(sources, options, limit, true)?;
            continue;
        }
        limit = (limit * 2).min(options.chunk_bytes);
        let bytes_read = sources.bytes_read;
        let (outcomes, next) = std::thread::scope(|scope| {
            let worker = scope.spawn(|| {
                pool.install(|| {
                    current
                        .into_par_iter()
                        .map(|raw| analyse(raw, options.decoding, &process))
                        .collect::<Vec<_>>()
                })
            });
            let delivered = match pending.take() {
                Some((outcomes, bytes_read)) => deliver(outcomes, bytes_read),
                None => Ok(()),
            };
            let next = match delivered {
                Ok(()) if !at_end => read_chunk(sources, options, limit, false),
                Ok(()) => Ok((Vec::new(), true)),
                Err(error) => Err(error),
            };
            let outcomes = worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            (outcomes, next)
        });
        pending = Some((outcomes, bytes_read));
        (current, at_end) = next?;
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    Ok(all_ok)
}

/// One document through `process`; a panic becomes a failure of this
/// document alone.
fn analyse<P, T>(raw: Raw, decoding: Decoding, process: &P) -> Result<T, Failure>
where
    P: Fn(Document) -> anyhow::Result<T>,
{
    let document = prepare(raw, decoding)?;
    let id = document.id.clone();
    match std::panic::catch_unwind(AssertUnwindSafe(|| process(document))) {
        Ok(Ok(result)) => Ok(result),
        Ok(Err(error)) => Err(Failure {
            id,
            line: None,
            error: format!("{error:#}"),
        }),
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|message| message.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(Failure {
                id,
                line: None,
                error: format!("internal error (please report it): {message}"),
            })
        }
    }
}

/// The first chunk's size: small, so that the pool starts soon.
const FIRST_CHUNK_BYTES: usize = 256 << 10;

/// Up to a chunk of documents (`limit_bytes` of input, at least one
/// document). With `may_wait` false it stops before a read that could wait
/// on a pipe, possibly with nothing; the flag says whether the input is at
/// its end.
fn read_chunk(
    sources: &mut Sources,
    options: &Options,
    limit_bytes: usize,
    may_wait: bool,
) -> anyhow::Result<(Vec<Raw>, bool)> {
    let mut chunk = Vec::new();
    let mut bytes = 0;
    while chunk.len() < options.chunk_documents && bytes < limit_bytes {
        if (!chunk.is_empty() || !may_wait) && sources.may_block() {
            return Ok((chunk, false));
        }
        match sources.next_raw()? {
            Some(raw) => {
                bytes += raw.len();
                chunk.push(raw);
            }
            None => return Ok((chunk, true)),
        }
    }
    Ok((chunk, false))
}

fn progress_bar(total: Option<u64>) -> indicatif::ProgressBar {
    let target = indicatif::ProgressDrawTarget::stderr();
    match total {
        Some(total) => {
            let bar = indicatif::ProgressBar::with_draw_target(Some(total), target);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{wide_bar} {bytes}/{total_bytes} {msg} ({bytes_per_sec}, {eta} left)",
                )
                .expect("valid template"),
            );
            bar
        }
        None => {
            let bar = indicatif::ProgressBar::with_draw_target(None, target);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {bytes} read, {msg} ({bytes_per_sec})")
                    .expect("valid template"),
            );
            bar
        }
    }
}
