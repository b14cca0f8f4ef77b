//! `whosaid contrast` over a corpus of any size, in memory that grows with
//! the claims, not with the text.
//!
//! Contrasts span the documents, so no document can be written before all
//! are read. The run streams in three passes over a spill file:
//!
//! 1. the batch runner analyses the documents (in parallel, in bounded
//!    chunks) and each one goes to the spill file, text and analysis, while
//!    its speakers join the corpus-wide [`Speakers`];
//! 2. the spill is read back chunk by chunk: each document's claims are read
//!    in parallel ([`ClaimReader::read`]) and added in order, and what a
//!    pair shows of each claim ([`ClaimSide`]) goes to a side file, one
//!    chunk added while the next is read; then the grouping finishes from
//!    the compact records alone;
//! 3. CSV rows take both sides from the side file; the JSON formats read the
//!    spill once more and write each document with its topics and pairs.
//!
//! Both files are anonymous temporary files, gone when the run ends.

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::sync::Mutex;

use anyhow::Context;
use rayon::prelude::*;
use whosaid::Analyzer;
use whosaid::contrast::{
    ClaimReader, ClaimRef, ClaimStore, ContrastOptions, Contrasts, DocumentClaims, Grouping, Speakers,
};
use whosaid::output::csv::ContrastWriter;
use whosaid::output::wire::{WireDocRef, WirePair, WireTopic};
use whosaid::output::{ClaimSide, ContrastLayout, claim_side};
use whosaid::span::CharIndex;

use super::batch::{self, Document, Failure, Options};
use super::sink::{Framing, Rendered, Sink};
use super::source::Sources;
use super::spill::{self, Spilled};

/// Most documents of the spill read back at once.
const CHUNK_DOCUMENTS: usize = 1024;
/// Most bytes of the spill read back at once (a larger document makes a
/// chunk of its own).
const CHUNK_BYTES: usize = 1 << 20;

/// How the contrast run writes.
pub struct Output<'r> {
    /// CSV (the contrast table) or another format, per document.
    pub csv: bool,
    /// Show `agrees` and `related` pairs too.
    pub all: bool,
    /// The framing of the per-document formats.
    pub framing: Framing,
    /// Renders one document in the chosen format (runs in parallel).
    pub render: &'r (dyn Fn(&WireDocRef<'_>, &str) -> anyhow::Result<Rendered> + Sync),
}

/// Runs `whosaid contrast` over `sources` to `out`; false when some
/// document failed (reported on standard error and, but for CSV, as an
/// error record in its place).
pub fn run<W: Write>(
    sources: &mut Sources,
    analyzer: &Analyzer,
    options: &Options,
    output: Output<'_>,
    out: W,
) -> anyhow::Result<bool> {
    // Pass 1: analyse, spill, gather the speakers.
    let mut spill = Spill::new()?;
    let mut speakers = Speakers::default();
    let mut failures: Vec<(usize, Failure)> = Vec::new();
    let mut position = 0;
    let process = |document: Document| {
        let analysis = analyzer.analyze(&document.text);
        let record = spill::encode(&document.id, &document.text, document.html, &analysis)?;
        Ok((record, analysis))
    };
    // Smaller chunks than other commands: the claims' records are held
    // beside them.
    let options_pass1 = Options {
        chunk_documents: CHUNK_DOCUMENTS,
        chunk_bytes: CHUNK_BYTES,
        ..*options
    };
    let all_ok = batch::for_each_chunk(sources, &options_pass1, process, |outcomes| {
        for outcome in outcomes {
            match outcome {
                Ok((record, analysis)) => {
                    speakers.add(&analysis);
                    spill.write(&record)?;
                }
                Err(failure) => failures.push((position, failure)),
            }
            position += 1;
        }
        Ok(())
    })?;
    release_free_memory();
    // Pass 2: read the claims back, keep their records and their sides.
    let pool = options.pool()?;
    let contrast_options = ContrastOptions {
        keep_related: output.all,
        ..Default::default()
    };
    let claims = speakers.claims();
    let mut grouping = Grouping::new(analyzer.grammar(), speakers, contrast_options);
    grouping.reserve(claims);
    let mut sides = SideFile::new()?;
    // Each chunk is read while the one before is added: one task of the
    // pool adds, the others read.
    let mut read_before: Vec<anyhow::Result<(DocumentClaims, Vec<u8>)>> = Vec::new();
    spill.read_back(|records| {
        let (reader, store) = grouping.split();
        let (read, added) = pool.install(|| {
            rayon::join(
                || records.par_iter().map(|record| read_claims(reader, record)).collect(),
                || add_claims(store, &mut sides, std::mem::take(&mut read_before)),
            )
        });
        added?;
        read_before = read;
        Ok(())
    })?;
    add_claims(grouping.split().1, &mut sides, read_before)?;
    release_free_memory();
    let contrasts = pool.install(|| grouping.finish());
    let sides = sides.finish()?;
    // Pass 3: write.
    if output.csv {
        let mut writer = ContrastWriter::new(out)?;
        let shown: Vec<_> = contrasts
            .pairs
            .iter()
            .filter(|pair| output.all || pair.relation == whosaid::contrast::Relation::Opposes)
            .collect();
        for chunk in shown.chunks(CHUNK_DOCUMENTS) {
            let rows: Vec<_> = pool.install(|| {
                chunk
                    .par_iter()
                    .map(|pair| -> anyhow::Result<_> {
                        let (a, b) = (sides.get(pair.a)?, sides.get(pair.b)?);
                        Ok(whosaid::output::contrast_row(&contrasts, pair, &a, &b))
                    })
                    .collect()
            });
            for row in rows {
                writer.write(&row?)?;
            }
        }
        writer.finish()?;
        return Ok(all_ok);
    }
    let layout = ContrastLayout::new(&contrasts, output.all);
    let mut sink = Sink::new(out, output.framing)?;
    let mut failures = failures.into_iter().peekable();
    let mut position = 0;
    let mut document_index = 0;
    spill.read_back(|records| {
        let first = document_index;
        let rendered: Vec<_> = pool.install(|| {
            records
                .par_iter()
                .enumerate()
                .map(|(offset, record)| {
                    let spilled = spill::decode(record)?;
                    let (topics, pairs) = contrast_parts(&spilled, first + offset, &contrasts, &layout, &sides)?;
                    let mut doc = whosaid::output::wire_doc_ref(&spilled.id, &spilled.text, &spilled.analysis);
                    if spilled.html {
                        doc.text = Some(&spilled.text);
                    }
                    doc.topics = &topics;
                    doc.pairs = &pairs;
                    (output.render)(&doc, &spilled.text)
                })
                .collect()
        });
        for rendered in rendered {
            while let Some((_, failure)) = failures.next_if(|(at, _)| *at == position) {
                sink.error(&failure)?;
                position += 1;
            }
            sink.document(rendered?)?;
            position += 1;
            document_index += 1;
        }
        Ok(())
    })?;
    for (_, failure) in failures {
        sink.error(&failure)?;
    }
    sink.finish()?;
    Ok(all_ok)
}

/// One document's claims read from its record, with the side of each
/// (JSON lines of [`ClaimSide`], in the order of the claims).
fn read_claims(reader: &ClaimReader<'_>, record: &[u8]) -> anyhow::Result<(DocumentClaims, Vec<u8>)> {
    let spilled = spill::decode(record)?;
    let document = spilled.document();
    let claims = reader.read(&document);
    let index = CharIndex::new(&spilled.text);
    let mut sides = Vec::new();
    for quote in claims.quotes() {
        serde_json::to_writer(&mut sides, &claim_side(&document, &index, quote))?;
        sides.push(b'\n');
    }
    Ok((claims, sides))
}

/// Adds documents' claims, read by [`read_claims`], in order, and writes
/// their sides.
fn add_claims(
    store: &mut ClaimStore,
    sides: &mut SideFile,
    read: Vec<anyhow::Result<(DocumentClaims, Vec<u8>)>>,
) -> anyhow::Result<()> {
    for result in read {
        let (claims, lines) = result?;
        sides.add_document(claims.quotes(), &lines)?;
        store.add(claims);
    }
    Ok(())
}

/// A document's topics and the pairs whose side `a` it holds, as JSON
/// goes with the rest of the document (borrowed from its record, see
/// `run`); sides in other documents come from the side file.
fn contrast_parts(
    spilled: &Spilled,
    document_index: usize,
    contrasts: &Contrasts,
    layout: &ContrastLayout,
    sides: &Sides,
) -> anyhow::Result<(Vec<WireTopic>, Vec<WirePair>)> {
    let document = spilled.document();
    let index = CharIndex::new(&spilled.text);
    let topics = layout.topics(contrasts, document_index);
    let side = |claim: ClaimRef| -> anyhow::Result<ClaimSide> {
        if claim.document == document_index {
            Ok(claim_side(&document, &index, claim.quote))
        } else {
            sides.get(claim)
        }
    };
    let pairs = layout
        .pairs(contrasts, document_index)
        .map(|pair| Ok(whosaid::output::wire_pair(pair, &side(pair.a)?, &side(pair.b)?)))
        .collect::<anyhow::Result<_>>()?;
    Ok((topics, pairs))
}

/// The documents set aside, one record each: the record's length (eight
/// bytes, little-endian), then the record ([`spill::encode`]).
struct Spill {
    writer: BufWriter<File>,
}

impl Spill {
    fn new() -> anyhow::Result<Spill> {
        let file = tempfile::tempfile().context("creating a temporary file")?;
        Ok(Spill {
            writer: BufWriter::with_capacity(1 << 20, file),
        })
    }

    fn write(&mut self, record: &[u8]) -> anyhow::Result<()> {
        self.writer
            .write_all(&(record.len() as u64).to_le_bytes())
            .and_then(|()| self.writer.write_all(record))
            .context("writing the spill file")
    }

    /// Hands the documents to `consume` in order, in chunks.
    fn read_back(&mut self, mut consume: impl FnMut(&[Vec<u8>]) -> anyhow::Result<()>) -> anyhow::Result<()> {
        self.writer.flush().context("writing the spill file")?;
        let mut file = self.writer.get_ref();
        file.seek(SeekFrom::Start(0))?;
        let mut reader = BufReader::with_capacity(1 << 20, file);
        let mut chunk: Vec<Vec<u8>> = Vec::new();
        let mut bytes = 0;
        loop {
            let done = reader.fill_buf().context("reading the spill file")?.is_empty();
            if !done {
                let mut length = [0; 8];
                reader.read_exact(&mut length).context("reading the spill file")?;
                let mut record = vec![0; u64::from_le_bytes(length) as usize];
                reader.read_exact(&mut record).context("reading the spill file")?;
                bytes += record.len();
                chunk.push(record);
            }
            if (done && !chunk.is_empty()) || chunk.len() >= CHUNK_DOCUMENTS || bytes >= CHUNK_BYTES {
                consume(&chunk)?;
                chunk.clear();
                bytes = 0;
            }
            if done {
                break;
            }
        }
        self.writer.get_ref().seek(SeekFrom::End(0))?;
        Ok(())
    }
}

/// The sides of every claim, written as they are read.
struct SideFile {
    writer: BufWriter<File>,
    written: u64,
    sides: Sides,
}

impl SideFile {
    fn new() -> anyhow::Result<SideFile> {
        let file = tempfile::tempfile().context("creating a temporary file")?;
        Ok(SideFile {
            writer: BufWriter::with_capacity(1 << 20, file.try_clone()?),
            written: 0,
            sides: Sides {
                file: Mutex::new(file),
                offsets: vec![0],
                document_starts: vec![0],
                quotes: Vec::new(),
            },
        })
    }

    /// The sides of the next document's claims, in order: quote `quotes[i]`
    /// is the `i`-th line of `lines` (JSON lines of [`ClaimSide`]).
    fn add_document(&mut self, quotes: impl ExactSizeIterator<Item = usize>, lines: &[u8]) -> anyhow::Result<()> {
        grow(&mut self.sides.offsets, quotes.len());
        grow(&mut self.sides.quotes, quotes.len());
        self.writer.write_all(lines).context("writing the side file")?;
        let mut line_ends = memchr::memchr_iter(b'\n', lines);
        for quote in quotes {
            let end = line_ends.next().context("a side for each claim")?;
            self.sides.offsets.push(self.written + end as u64 + 1);
            self.sides.quotes.push(quote as u32);
        }
        self.written += lines.len() as u64;
        self.sides.document_starts.push(self.sides.quotes.len() as u32);
        Ok(())
    }

    fn finish(mut self) -> anyhow::Result<Sides> {
        self.writer.flush().context("writing the side file")?;
        Ok(self.sides)
    }
}

/// Room for `additional` more items, growing by a quarter rather than
/// doubling: these grow with the corpus.
fn grow<T>(vec: &mut Vec<T>, additional: usize) {
    if vec.capacity() - vec.len() < additional {
        vec.reserve_exact(additional.max(vec.capacity() / 4));
    }
}

/// The side file read back, one claim at a time.
struct Sides {
    file: Mutex<File>,
    /// Where each claim's side starts in the file; one more at the end.
    offsets: Vec<u64>,
    /// Index of each document's first claim; one more at the end.
    document_starts: Vec<u32>,
    /// The quote index of each claim.
    quotes: Vec<u32>,
}

impl Sides {
    fn get(&self, claim: ClaimRef) -> anyhow::Result<ClaimSide> {
        let (start, end) = (
            self.document_starts[claim.document] as usize,
            self.document_starts[claim.document + 1] as usize,
        );
        let position = start
            + self.quotes[start..end]
                .binary_search(&(claim.quote as u32))
                .map_err(|_| anyhow::anyhow!("no side for quote {} of document {}", claim.quote, claim.document))?;
        let (from, to) = (self.offsets[position], self.offsets[position + 1]);
        let mut bytes = vec![0; (to - from) as usize];
        {
            let mut file = self.file.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            file.seek(SeekFrom::Start(from))?;
            file.read_exact(&mut bytes).context("reading the side file")?;
        }
        Ok(serde_json::from_slice(&bytes)?)
    }
}

/// Hands memory freed by the last pass back to the system. The pass's
/// buffers were allocated on the pool's threads, whose allocator arenas
/// the next pass, adding records on this thread, would not reuse.
fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free pages of the allocator's own
    // arenas to the system; it touches no live allocation.
    unsafe {
        libc::malloc_trim(0);
    }
}
