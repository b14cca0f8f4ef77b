//! The `whosaid` command: a thin CLI over the library.

mod cli;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use cli::batch::Document;
use cli::sink::{Framing, Sink};
use cli::source::Sources;
use whosaid::input::Decoding;
use whosaid::output::csv::{QUOTES_HEADER, QuotesWriter};
use whosaid::output::wire::WireDoc;
use whosaid::{Analyzer, Grammar};

const EXAMPLES: &str = "\
Examples:
  whosaid quotes article.txt
  whosaid quotes --format json page.html
  cat article.txt | whosaid quotes -
  whosaid quotes --jsonl articles.jsonl --format jsonl
  whosaid quotes --threads 4 --format jsonl archive/ > quotes.jsonl
  whosaid eval corpus/seed.jsonl

Inputs: files (.html/.htm pages, or any file that starts like a web page, are
reduced to their article text, to which offsets then refer), directories
(walked for .txt, .html, .htm and .jsonl files, in name order), JSON lines
files (.jsonl or --jsonl), standard input. Output keeps the input order.

Exit status: 0 on success, 2 on an error (unreadable file, invalid UTF-8,
binary input, a malformed grammar file, a bad line of --jsonl input; the
other documents are still processed).";

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
    /// Score the engine against gold annotations (FORMATS.md).
    Eval(EvalArgs),
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
    /// Replace the built-in grammar files with those in DIR.
    #[arg(long, value_name = "DIR")]
    grammars: Option<PathBuf>,
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
struct EvalArgs {
    /// Gold annotations, one article a JSON line.
    gold: PathBuf,
    /// Output format of the figures.
    #[arg(long, value_enum, default_value = "table")]
    format: EvalFormat,
    /// How many of the worst documents to list.
    #[arg(long, default_value_t = 5)]
    worst: usize,
    /// List every error (missed, false and misattributed quotes) as JSON lines.
    #[arg(long)]
    errors: bool,
    /// Replace the built-in grammar files with those in DIR.
    #[arg(long, value_name = "DIR")]
    grammars: Option<PathBuf>,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
enum Format {
    Csv,
    Json,
    Jsonl,
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
        Command::Eval(args) => eval(args),
    }
}

fn analyzer(grammars: Option<&Path>) -> anyhow::Result<Analyzer> {
    let Some(dir) = grammars else {
        return Ok(Analyzer::new());
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
    Ok(Analyzer::builder().grammar(grammar).build())
}

/// Renders one document's quotes in the chosen format (runs in parallel).
fn render_quotes(doc: &WireDoc, format: Format, all: bool) -> anyhow::Result<Vec<u8>> {
    Ok(match format {
        Format::Csv => {
            let mut writer = QuotesWriter::without_header(Vec::new());
            writer.write(doc, all)?;
            writer.into_inner()?
        }
        Format::Json => serde_json::to_vec_pretty(doc)?,
        Format::Jsonl => {
            let mut line = serde_json::to_vec(doc)?;
            line.push(b'\n');
            line
        }
    })
}

/// How the documents of `format` are framed; `csv_header` for CSV.
fn framing(format: Format, csv_header: &[&str]) -> anyhow::Result<Framing> {
    Ok(match format {
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            writer.write_record(csv_header)?;
            Framing::Csv(writer.into_inner().map_err(|error| anyhow::anyhow!("{error}"))?)
        }
        Format::Json => Framing::Json,
        Format::Jsonl => Framing::Jsonl,
    })
}

/// The batch settings of the common flags.
fn batch_options(common: &CommonArgs) -> cli::batch::Options {
    let progress = !common.quiet && std::io::stderr().is_terminal();
    cli::batch::Options::new(
        Decoding { lossy: common.lossy },
        common.threads.map_or(0, usize::from),
        progress,
    )
}

fn quotes(common: CommonArgs) -> anyhow::Result<bool> {
    let analyzer = analyzer(common.grammars.as_deref())?;
    let mut sources = Sources::new(&common.files, &common.jsonl);
    let stdout = std::io::stdout();
    let out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut sink = Sink::new(out, framing(common.format, &QUOTES_HEADER)?)?;
    let process = |document: &Document| {
        let analysis = analyzer.analyze(&document.text);
        let mut doc = whosaid::output::wire_doc(&document.id, &document.text, &analysis);
        if document.html {
            doc.text = Some(document.text.clone());
        }
        render_quotes(&doc, common.format, common.all)
    };
    let all_ok = cli::batch::run(&mut sources, &batch_options(&common), process, &mut sink)?;
    sink.finish()?;
    Ok(all_ok)
}

fn eval(args: EvalArgs) -> anyhow::Result<bool> {
    let analyzer = analyzer(args.grammars.as_deref())?;
    let text = std::fs::read_to_string(&args.gold).with_context(|| format!("reading {}", args.gold.display()))?;
    let gold = whosaid::eval::parse_gold(&text).with_context(|| format!("reading {}", args.gold.display()))?;
    let predictions: Vec<WireDoc> = gold
        .iter()
        .map(|doc| whosaid::output::wire_doc(&doc.id, &doc.text, &analyzer.analyze(&doc.text)))
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
