//! The `whosaid` command: a thin CLI over the library.

mod cli;

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use cli::batch::{Document, Failure};
use cli::sink::{Framing, Rendered, Sink};
use cli::source::Sources;
use whosaid::input::Decoding;
use whosaid::output::csv::{QUOTES_HEADER, QuotesWriter};
use whosaid::output::wire::{WireDoc, WireDocRef};
use whosaid::{Analyzer, Grammar};

const EXAMPLES: &str = "\
Examples:
  whosaid quotes article.txt
  whosaid quotes --format json article.txt
  cat article.txt | whosaid quotes -
  whosaid quotes --jsonl articles.jsonl --format jsonl
  whosaid quotes --format json page.html
  whosaid quotes --threads 4 --format jsonl archive/ > quotes.jsonl
  whosaid contrast article.txt
  whosaid contrast --all --format json a.txt b.txt
  whosaid eval corpus/seed.jsonl
  whosaid report article.txt -o report.html
  whosaid stats *.txt --format csv
  whosaid quotes --format annotations article.txt

Inputs: files (.html/.htm pages, or any file that starts like a web page, are
reduced to their article text, to which offsets then refer), directories
(walked for .txt, .html, .htm and .jsonl files, in name order), JSON lines
files (.jsonl or --jsonl), standard input. Output keeps the input order.

Exit status: 0 on success, 2 on an error (unreadable file, invalid UTF-8,
binary input, an empty or blank file, a malformed grammar file, a bad line
of --jsonl input; the other documents are still processed).";

/// Who said what, to whom: quotes, speakers and recipients in news articles.
#[derive(Parser, Debug)]
#[command(name = "whosaid", version, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Find quotes and attribute them to speakers.
    Quotes(QuotesArgs),
    /// Set opposing claims side by side: topics and claim pairs.
    ///
    /// One CSV row a pair of claims by different speakers, `opposes` first by
    /// score (`agrees` and `related` too with --all). With several files,
    /// speakers merge by canonical name and topics span the documents.
    Contrast(ContrastArgs),
    /// Score the engine against gold annotations (FORMATS.md).
    Eval(EvalArgs),
    /// Write a self-contained HTML report of one article.
    Report(ReportArgs),
    /// Sourcing statistics per document and in total.
    Stats(StatsArgs),
}

/// How the engine reads: the flags every command that analyses shares.
#[derive(clap::Args, Debug)]
struct EngineArgs {
    /// Replace the built-in grammar files with those in DIR.
    #[arg(long, value_name = "DIR")]
    grammars: Option<PathBuf>,
    /// Read quotations between doubled apostrophes (''…'', as newspaper
    /// archives write them) as quotes.
    #[arg(long)]
    doubled_quotes: bool,
}

#[derive(clap::Args, Debug)]
struct ReportArgs {
    /// The article; `-` reads standard input.
    file: PathBuf,
    /// Write the report to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    engine: EngineArgs,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    lossy: bool,
}

#[derive(clap::Args, Debug)]
struct StatsArgs {
    /// Files to read; `-` or nothing reads standard input.
    files: Vec<PathBuf>,
    /// Read JSON lines `{"id": …, "text": …}` from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    jsonl: Option<PathBuf>,
    /// Output format; a table on a terminal, CSV otherwise.
    #[arg(long, value_enum)]
    format: Option<StatsFormat>,
    #[command(flatten)]
    engine: EngineArgs,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    lossy: bool,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum StatsFormat {
    Table,
    Csv,
    Json,
}

#[derive(clap::Args, Debug)]
struct CommonArgs {
    /// Files or directories to read; `-` or nothing reads standard input.
    files: Vec<PathBuf>,
    /// Read JSON lines `{"id": …, "text": …}` from FILE (`-` for standard input); may be repeated.
    #[arg(long, value_name = "FILE")]
    jsonl: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "csv")]
    format: Format,
    /// Show terms, headings and page furniture too.
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    engine: EngineArgs,
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    #[arg(long)]
    lossy: bool,
    /// Worker threads (default: one per core).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// No progress bar.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(clap::Args, Debug)]
struct QuotesArgs {
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(clap::Args, Debug)]
struct ContrastArgs {
    #[command(flatten)]
    common: CommonArgs,
}

#[derive(clap::Args, Debug)]
struct EvalArgs {
    /// Gold annotations, one article a JSON line.
    gold: PathBuf,
    /// Output format of the figures.
    #[arg(long, value_enum, default_value = "table")]
    format: EvalFormat,
    /// How many of the worst documents to list.
    #[arg(long, default_value_t = 5)]
    worst: usize,
    /// List every error as JSON lines: missed, false and misattributed quotes
    /// and claims, missed contrasts (with how the pair was read) and false `opposes` rows.
    #[arg(long)]
    errors: bool,
    #[command(flatten)]
    engine: EngineArgs,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum Format {
    Csv,
    Json,
    Jsonl,
    /// W3C Web Annotations (JSON-LD), one per quote.
    Annotations,
    /// schema.org Quotation items (JSON-LD).
    Jsonld,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum EvalFormat {
    Table,
    Json,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(2),
        Err(error) => {
            if is_broken_pipe(&error) {
                return ExitCode::SUCCESS;
            }
            eprintln!("whosaid: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Runs a command; `Ok(false)` when some document failed but the rest went on.
fn run(cli: Cli) -> anyhow::Result<bool> {
    match cli.command {
        Command::Quotes(args) => quotes(args.common),
        Command::Contrast(args) => contrast(args.common),
        Command::Eval(args) => eval(args),
        Command::Report(args) => report(args),
        Command::Stats(args) => stats(args),
    }
}

fn analyzer(engine: &EngineArgs) -> anyhow::Result<Analyzer> {
    let builder = Analyzer::builder().doubled_quotes(engine.doubled_quotes);
    let Some(dir) = &engine.grammars else {
        return Ok(builder.build());
    };
    let mut texts = Vec::new();
    for name in whosaid::grammar::builtin::FILE_NAMES {
        let path = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(text) => texts.push((name.to_string(), text)),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(error).with_context(|| format!("reading {}", path.display())),
        }
    }
    let sources: Vec<(&str, &str)> = texts
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    let grammar = Grammar::from_sources(&sources).with_context(|| format!("in grammar directory {}", dir.display()))?;
    Ok(builder.grammar(grammar).build())
}

/// The batch settings of the common flags.
fn batch_options(lossy: bool, threads: Option<u16>, quiet: bool) -> cli::batch::Options {
    let progress = !quiet && std::io::stderr().is_terminal();
    cli::batch::Options::new(Decoding { lossy }, threads.map_or(0, usize::from), progress)
}

/// Every document of the inputs, analysed in parallel, in input order; the
/// failures are reported on standard error already.
fn analyse_all<T, P>(
    files: &[PathBuf],
    jsonl: &[PathBuf],
    options: &cli::batch::Options,
    process: P,
) -> anyhow::Result<Vec<Result<T, Failure>>>
where
    P: Fn(Document) -> anyhow::Result<T> + Sync,
    T: Send,
{
    cli::batch::collect(&mut Sources::new(files, jsonl), options, process)
}

/// How the documents of `format` are framed.
fn framing(format: Format) -> anyhow::Result<Framing> {
    Ok(match format {
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            writer.write_record(QUOTES_HEADER)?;
            Framing::Csv(writer.into_inner().map_err(|error| anyhow::anyhow!("{error}"))?)
        }
        Format::Json => Framing::Json,
        Format::Jsonl => Framing::Jsonl,
        Format::Annotations => Framing::Array,
        Format::Jsonld => Framing::Collect(Box::new(whosaid::output::annotations::quotations_document)),
    })
}

/// Renders one document in the chosen format (runs in parallel).
fn render(doc: &WireDoc, text: &str, grammar: &Grammar, format: Format, all: bool) -> anyhow::Result<Rendered> {
    Ok(match format {
        Format::Json => return json(doc, true, 0),
        Format::Jsonl => return json(doc, false, 0),
        Format::Csv => {
            let mut writer = QuotesWriter::without_header(Vec::new());
            writer.write(doc, all)?;
            Rendered::Bytes(writer.into_inner()?)
        }
        Format::Annotations => Rendered::Elements(
            whosaid::output::annotations::web_annotations(doc, text, all)
                .iter()
                .map(serde_json::to_vec_pretty)
                .collect::<Result<_, _>>()?,
        ),
        Format::Jsonld => Rendered::Values(whosaid::output::annotations::quotations(doc, text, grammar, all)),
    })
}

/// The JSON form of a document's analysis; a web page's carries its
/// extracted text, to which the offsets refer.
fn wire(document: &Document, analysis: &whosaid::Analysis) -> WireDoc {
    let mut doc = whosaid::output::wire_doc(&document.id, &document.text, analysis);
    if document.html {
        doc.text = Some(document.text.clone());
    }
    doc
}

/// The JSON and JSON lines output of `quotes`, written straight from the
/// analysis (what [`render`] writes of [`wire`], without the owned copy);
/// `None` for the other formats.
fn render_json(document: &Document, analysis: &whosaid::Analysis, format: Format) -> Option<anyhow::Result<Rendered>> {
    let mut doc = whosaid::output::wire_doc_ref(&document.id, &document.text, analysis);
    if document.html {
        doc.text = Some(&document.text);
    }
    // The JSON is about one and a half times the text: room for it at once.
    let capacity = document.text.len() + document.text.len() / 2 + 256;
    match format {
        Format::Json => Some(json(&doc, true, capacity)),
        Format::Jsonl => Some(json(&doc, false, capacity)),
        _ => None,
    }
}

/// `doc` as pretty JSON, or else as one JSON line, in a buffer of
/// `capacity` bytes to start with.
fn json(doc: &impl serde::Serialize, pretty: bool, capacity: usize) -> anyhow::Result<Rendered> {
    let mut bytes = Vec::with_capacity(capacity);
    if pretty {
        serde_json::to_writer_pretty(&mut bytes, doc)?;
    } else {
        serde_json::to_writer(&mut bytes, doc)?;
        bytes.push(b'\n');
    }
    Ok(Rendered::Bytes(bytes))
}

fn quotes(common: CommonArgs) -> anyhow::Result<bool> {
    let analyzer = analyzer(&common.engine)?;
    let mut sources = Sources::new(&common.files, &common.jsonl);
    let stdout = std::io::stdout();
    let out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut sink = Sink::new(out, framing(common.format)?)?;
    let process = |document: Document| {
        let analysis = analyzer.analyze(&document.text);
        if let Some(rendered) = render_json(&document, &analysis, common.format) {
            return rendered;
        }
        render(
            &wire(&document, &analysis),
            &document.text,
            analyzer.grammar(),
            common.format,
            common.all,
        )
    };
    let options = batch_options(common.lossy, common.threads, common.quiet);
    let all_ok = cli::batch::run(&mut sources, &options, process, &mut sink)?;
    sink.finish()?;
    Ok(all_ok)
}

fn contrast(common: CommonArgs) -> anyhow::Result<bool> {
    let analyzer = analyzer(&common.engine)?;
    let options = batch_options(common.lossy, common.threads, common.quiet);
    // JSON is written from the borrowed form, as `quotes` writes it; the
    // other formats take the owned one.
    let render = |doc: &WireDocRef<'_>, text: &str| match common.format {
        Format::Json => json(doc, true, 0),
        Format::Jsonl => json(doc, false, 0),
        _ => render(&doc.to_owned(), text, analyzer.grammar(), common.format, common.all),
    };
    let output = cli::contrast::Output {
        csv: common.format == Format::Csv,
        all: common.all,
        framing: framing(common.format)?,
        render: &render,
    };
    let out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    cli::contrast::run(
        &mut Sources::new(&common.files, &common.jsonl),
        &analyzer,
        &options,
        output,
        out,
    )
}

fn eval(args: EvalArgs) -> anyhow::Result<bool> {
    let analyzer = analyzer(&args.engine)?;
    let name = args.gold.display();
    let bytes = cli::source::read_file(&args.gold)
        .with_context(|| format!("reading {name}"))?
        .ok_or_else(|| anyhow::anyhow!("{name}: {}", cli::source::too_large()))?;
    // (A gold file is text: its offsets count its characters, so no byte
    // of it may be replaced.)
    let text = match whosaid::input::decode(&bytes, Decoding { lossy: false }) {
        Ok(text) => text,
        Err(whosaid::input::InputError::InvalidUtf8 { offset }) => {
            anyhow::bail!("{name}: invalid UTF-8 at byte {offset}")
        }
        Err(error) => anyhow::bail!("{name}: {error}"),
    };
    let gold = whosaid::eval::parse_gold(&text).with_context(|| format!("reading {name}"))?;
    let predictions: Vec<WireDoc> = gold
        .iter()
        .map(|doc| {
            let analysis = analyzer.analyze(&doc.text);
            whosaid::output::wire_doc_contrasted(&doc.id, &doc.text, &analysis, analyzer.grammar())
        })
        .collect();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.errors {
        for error in whosaid::eval::errors(&gold, &predictions) {
            serde_json::to_writer(&mut out, &error)?;
            writeln!(out)?;
        }
        out.flush()?;
        return Ok(true);
    }
    let evaluation = whosaid::eval::score(&gold, &predictions);
    match args.format {
        EvalFormat::Json => {
            serde_json::to_writer(&mut out, &evaluation)?;
            writeln!(out)?;
        }
        EvalFormat::Table => write!(out, "{}", evaluation.table(args.worst))?,
    }
    out.flush()?;
    Ok(true)
}

fn report(args: ReportArgs) -> anyhow::Result<bool> {
    let analyzer = analyzer(&args.engine)?;
    let options = batch_options(args.lossy, None, true);
    let mut outcomes = analyse_all(&[args.file], &[], &options, |document| {
        let analysis = analyzer.analyze(&document.text);
        // The report's contrast table: the pairs of `whosaid contrast --all`, the weakest
        // of each kind left out past a few hundred; a web page's extracted text, as
        // `wire` gives it.
        let mut doc = whosaid::output::wire_doc_contrasted(&document.id, &document.text, &analysis, analyzer.grammar());
        if document.html {
            doc.text = Some(document.text.clone());
        }
        Ok((doc, document.text))
    })?;
    let (doc, text) = match outcomes.pop() {
        Some(Ok(result)) if outcomes.is_empty() => result,
        // (Standard error has the failure already.)
        Some(Err(_)) if outcomes.is_empty() => return Ok(false),
        _ => anyhow::bail!("a report is of one article: give one file"),
    };
    let html = whosaid::report::render(&doc, &text, analyzer.grammar());
    match &args.output {
        Some(path) => std::fs::write(path, html).with_context(|| format!("writing {}", path.display()))?,
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(html.as_bytes())?;
            out.flush()?;
        }
    }
    Ok(true)
}

fn stats(args: StatsArgs) -> anyhow::Result<bool> {
    let analyzer = analyzer(&args.engine)?;
    let options = batch_options(args.lossy, None, false);
    let jsonl: Vec<PathBuf> = args.jsonl.into_iter().collect();
    let outcomes = analyse_all(&args.files, &jsonl, &options, |document| {
        let analysis = analyzer.analyze(&document.text);
        let doc = wire(&document, &analysis);
        Ok(whosaid::stats::document_stats(&doc, &document.text, analyzer.grammar()))
    })?;
    let all_ok = outcomes.iter().all(Result::is_ok);
    let documents: Vec<_> = outcomes.into_iter().filter_map(Result::ok).collect();
    let stats = whosaid::stats::Stats::new(documents);
    let stdout = std::io::stdout();
    let terminal = stdout.is_terminal();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match args
        .format
        .unwrap_or(if terminal { StatsFormat::Table } else { StatsFormat::Csv })
    {
        StatsFormat::Table => write!(out, "{}", stats.table())?,
        StatsFormat::Csv => stats.write_csv(&mut out)?,
        StatsFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &stats)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    Ok(all_ok)
}
