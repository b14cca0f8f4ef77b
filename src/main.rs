//! The `whosaid` command: a thin CLI over the library.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};
use whosaid::contrast::DocumentAnalysis;
use whosaid::input::{Decoding, decode, parse_record};
use whosaid::output::csv::{ContrastWriter, QuotesWriter};
use whosaid::output::wire::WireDoc;
use whosaid::{Analyzer, Grammar};

const EXAMPLES: &str = "\
Examples:
  whosaid quotes article.txt
  whosaid quotes --format json article.txt
  cat article.txt | whosaid quotes -
  whosaid quotes --jsonl articles.jsonl --format jsonl
  whosaid contrast article.txt
  whosaid contrast --all --format json a.txt b.txt
  whosaid eval corpus/seed.jsonl
  whosaid report article.txt -o report.html
  whosaid stats *.txt --format csv
  whosaid quotes --format annotations article.txt

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

#[derive(clap::Args, Debug)]
struct ReportArgs {
    /// The article; `-` reads standard input.
    file: PathBuf,
    /// Write the report to FILE instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Replace the built-in grammar files with those in DIR.
    #[arg(long, value_name = "DIR")]
    grammars: Option<PathBuf>,
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
    /// Replace the built-in grammar files with those in DIR.
    #[arg(long, value_name = "DIR")]
    grammars: Option<PathBuf>,
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
    /// Files to read; `-` or nothing reads standard input.
    files: Vec<PathBuf>,
    /// Read JSON lines `{"id": …, "text": …}` from FILE (`-` for standard input).
    #[arg(long, value_name = "FILE")]
    jsonl: Option<PathBuf>,
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

/// A document to analyse, or why it could not be read.
enum Input {
    Text {
        id: String,
        text: String,
    },
    Failed {
        id: String,
        line: Option<usize>,
        error: String,
    },
}

fn read_inputs(common: &CommonArgs) -> anyhow::Result<Vec<Input>> {
    let decoding = Decoding { lossy: common.lossy };
    let mut inputs = Vec::new();
    if let Some(jsonl) = &common.jsonl {
        let reader: Box<dyn BufRead> = if jsonl.as_os_str() == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            Box::new(std::io::BufReader::new(
                std::fs::File::open(jsonl).with_context(|| format!("opening {}", jsonl.display()))?,
            ))
        };
        for (number, line) in reader.split(b'\n').enumerate() {
            let line = line.context("reading JSON lines")?;
            let line_number = number + 1;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let parsed = decode(&line, decoding)
                .map_err(|error| format!("line {line_number}: {error}"))
                .and_then(|line| parse_record(&line, line_number));
            inputs.push(match parsed {
                Ok((id, text)) => Input::Text { id, text },
                Err(error) => Input::Failed {
                    id: jsonl.display().to_string(),
                    line: Some(line_number),
                    error,
                },
            });
        }
        return Ok(inputs);
    }
    let stdin_path = PathBuf::from("-");
    let files: Vec<&PathBuf> = if common.files.is_empty() {
        vec![&stdin_path]
    } else {
        common.files.iter().collect()
    };
    for path in files {
        let id = path.display().to_string();
        let bytes = if path.as_os_str() == "-" {
            if std::io::stdin().is_terminal() {
                anyhow::bail!("no input: give a file, `-` for standard input, or --jsonl FILE");
            }
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .context("reading standard input")?;
            bytes
        } else {
            match std::fs::read(path) {
                Ok(bytes) => bytes,
                Err(error) => {
                    inputs.push(Input::Failed {
                        id,
                        line: None,
                        error: error.to_string(),
                    });
                    continue;
                }
            }
        };
        inputs.push(match decode(&bytes, decoding) {
            Ok(text) => Input::Text {
                id,
                text: text.into_owned(),
            },
            Err(error) => Input::Failed {
                id,
                line: None,
                error: error.to_string(),
            },
        });
    }
    Ok(inputs)
}

/// Where results go, in the chosen format.
enum Sink<W: Write> {
    Csv(Box<QuotesWriter<W>>),
    Json(W, Vec<WireDoc>),
    Jsonl(W),
    Annotations(W, Vec<whosaid::output::annotations::Annotation>),
    Jsonld(W, Vec<serde_json::Value>),
}

impl<W: Write> Sink<W> {
    fn new(format: Format, out: W) -> anyhow::Result<Sink<W>> {
        Ok(match format {
            Format::Csv => Sink::Csv(Box::new(QuotesWriter::new(out)?)),
            Format::Json => Sink::Json(out, Vec::new()),
            Format::Jsonl => Sink::Jsonl(out),
            Format::Annotations => Sink::Annotations(out, Vec::new()),
            Format::Jsonld => Sink::Jsonld(out, Vec::new()),
        })
    }

    fn document(&mut self, doc: WireDoc, text: &str, grammar: &Grammar, all: bool) -> anyhow::Result<()> {
        match self {
            Sink::Annotations(_, annotations) => {
                annotations.extend(whosaid::output::annotations::web_annotations(&doc, text, all))
            }
            Sink::Jsonld(_, items) => items.extend(whosaid::output::annotations::quotations(&doc, text, grammar, all)),
            Sink::Csv(writer) => writer.write(&doc, all)?,
            Sink::Json(_, docs) => docs.push(doc),
            Sink::Jsonl(out) => {
                serde_json::to_writer(&mut *out, &doc)?;
                writeln!(out)?;
            }
        }
        Ok(())
    }

    fn error(&mut self, record: serde_json::Value) -> anyhow::Result<()> {
        if let Sink::Jsonl(out) = self {
            writeln!(out, "{record}")?;
        }
        Ok(())
    }

    fn finish(self) -> anyhow::Result<()> {
        match self {
            Sink::Csv(writer) => writer.finish()?,
            Sink::Json(mut out, docs) => {
                if docs.len() == 1 {
                    serde_json::to_writer_pretty(&mut out, &docs[0])?;
                } else {
                    serde_json::to_writer_pretty(&mut out, &docs)?;
                }
                writeln!(out)?;
                out.flush()?;
            }
            Sink::Jsonl(mut out) => out.flush()?,
            Sink::Annotations(mut out, annotations) => {
                serde_json::to_writer_pretty(&mut out, &annotations)?;
                writeln!(out)?;
                out.flush()?;
            }
            Sink::Jsonld(mut out, items) => {
                serde_json::to_writer_pretty(&mut out, &whosaid::output::annotations::quotations_document(items))?;
                writeln!(out)?;
                out.flush()?;
            }
        }
        Ok(())
    }
}

fn quotes(common: CommonArgs) -> anyhow::Result<bool> {
    let analyzer = analyzer(common.grammars.as_deref())?;
    let inputs = read_inputs(&common)?;
    let mut sink = Sink::new(common.format, std::io::BufWriter::new(std::io::stdout().lock()))?;
    let mut all_ok = true;
    for input in inputs {
        match input {
            Input::Text { id, text } => {
                let analysis = analyzer.analyze(&text);
                sink.document(
                    whosaid::output::wire_doc(&id, &text, &analysis),
                    &text,
                    analyzer.grammar(),
                    common.all,
                )?;
            }
            Input::Failed { id, line, error } => {
                all_ok = false;
                eprintln!("whosaid: {id}: {error}");
                sink.error(serde_json::json!({"document": id, "line": line, "error": error}))?;
            }
        }
    }
    sink.finish()?;
    Ok(all_ok)
}

fn contrast(common: CommonArgs) -> anyhow::Result<bool> {
    let analyzer = analyzer(common.grammars.as_deref())?;
    let inputs = read_inputs(&common)?;
    let mut texts: Vec<(String, String, whosaid::Analysis)> = Vec::new();
    // Input order: a document's index, or an error record.
    let mut order: Vec<Result<usize, serde_json::Value>> = Vec::new();
    for input in inputs {
        match input {
            Input::Text { id, text } => {
                let analysis = analyzer.analyze(&text);
                order.push(Ok(texts.len()));
                texts.push((id, text, analysis));
            }
            Input::Failed { id, line, error } => {
                eprintln!("whosaid: {id}: {error}");
                order.push(Err(serde_json::json!({"document": id, "line": line, "error": error})));
            }
        }
    }
    let all_ok = order.iter().all(Result::is_ok);
    let documents: Vec<DocumentAnalysis> = texts
        .iter()
        .map(|(id, text, analysis)| DocumentAnalysis { id, text, analysis })
        .collect();
    let options = whosaid::contrast::ContrastOptions {
        keep_related: common.all,
        ..Default::default()
    };
    let contrasts = whosaid::contrast::contrast_with(&documents, analyzer.grammar(), options);
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    if common.format == Format::Csv {
        let mut writer = ContrastWriter::new(out)?;
        for row in whosaid::output::contrast_rows(&documents, &contrasts, common.all) {
            writer.write(&row)?;
        }
        writer.finish()?;
        return Ok(all_ok);
    }
    let mut docs: Vec<Option<WireDoc>> = whosaid::output::contrast_docs(&documents, &contrasts, common.all)
        .into_iter()
        .map(Some)
        .collect();
    let mut sink = Sink::new(common.format, out)?;
    for item in order {
        match item {
            Ok(index) => {
                let doc = docs[index].take().unwrap_or_default();
                sink.document(doc, &texts[index].1, analyzer.grammar(), common.all)?;
            }
            Err(record) => sink.error(record)?,
        }
    }
    sink.finish()?;
    Ok(all_ok)
}

fn eval(args: EvalArgs) -> anyhow::Result<bool> {
    let analyzer = analyzer(args.grammars.as_deref())?;
    let text = std::fs::read_to_string(&args.gold).with_context(|| format!("reading {}", args.gold.display()))?;
    let gold = whosaid::eval::parse_gold(&text).with_context(|| format!("reading {}", args.gold.display()))?;
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
    let analyzer = analyzer(args.grammars.as_deref())?;
    let common = CommonArgs {
        files: vec![args.file],
        jsonl: None,
        format: Format::Json,
        all: false,
        grammars: None,
        lossy: args.lossy,
    };
    let (id, text) = match read_inputs(&common)?.pop() {
        Some(Input::Text { id, text }) => (id, text),
        Some(Input::Failed { id, error, .. }) => anyhow::bail!("{id}: {error}"),
        None => anyhow::bail!("no input"),
    };
    let doc = whosaid::output::wire_doc(&id, &text, &analyzer.analyze(&text));
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
    let analyzer = analyzer(args.grammars.as_deref())?;
    let common = CommonArgs {
        files: args.files,
        jsonl: args.jsonl,
        format: Format::Json,
        all: false,
        grammars: None,
        lossy: args.lossy,
    };
    let mut all_ok = true;
    let mut documents = Vec::new();
    for input in read_inputs(&common)? {
        match input {
            Input::Text { id, text } => {
                let doc = whosaid::output::wire_doc(&id, &text, &analyzer.analyze(&text));
                documents.push(whosaid::stats::document_stats(&doc, &text, analyzer.grammar()));
            }
            Input::Failed { id, error, .. } => {
                all_ok = false;
                eprintln!("whosaid: {id}: {error}");
            }
        }
    }
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
