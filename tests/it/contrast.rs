//! `whosaid contrast`: topics and opposing claims, on the seed, on an article
//! written for these tests (`corpus/mayor-council.txt`), through the CLI and
//! the CSV, and at corpus scale.

use std::io::Write;
use std::process::{Command, Stdio};

use whosaid::contrast::{Contrasts, DocumentAnalysis, Relation, contrast};
use whosaid::eval::{Evaluation, GoldDoc, GoldQuote, parse_gold, score};
use whosaid::output::csv::{CONTRAST_HEADER, ContrastRow, ContrastWriter};
use whosaid::topic::name_key;
use whosaid::{Analysis, Analyzer, Grammar, Kind, Quote, Span};

const SEED_GOLD: &str = include_str!("../../corpus/seed.jsonl");
const SEED: &str = "corpus/afp-2020-10-23-kazakhs-xinjiang.txt";
const MAYOR_GOLD: &str = include_str!("../../corpus/mayor-council.jsonl");
const MAYOR: &str = "corpus/mayor-council.txt";

/// Byte offset of each Unicode scalar offset of `text` (and of its end).
fn byte_offsets(text: &str) -> Vec<usize> {
    text.char_indices().map(|(at, _)| at).chain([text.len()]).collect()
}

/// Adds the gold's reported claims to an analysis as `indirect` quotes, as
/// the reported-speech stage will: speaker from the gold, cue found by
/// searching the cue word just before the claim, framing from the verb.
/// A test helper until `claim.rs` finds them itself.
fn inject_gold_claims(text: &str, analysis: &mut Analysis, claims: &[GoldQuote], grammar: &Grammar) {
    let bytes = byte_offsets(text);
    let paragraphs = whosaid::segment::paragraphs(text);
    for claim in claims {
        let span = Span::new(bytes[claim.start], bytes[claim.end]);
        let cue = claim.cue.as_deref().and_then(|cue| {
            let at = text[..span.start].rfind(cue)?;
            (span.start - (at + cue.len()) < 60).then(|| Span::new(at, at + cue.len()))
        });
        let framing = cue.and_then(|cue| grammar.verb(cue.of(text)).map(|(verb, _)| verb.framing));
        let paragraph = paragraphs
            .iter()
            .find(|paragraph| paragraph.span.start <= span.start && span.start <= paragraph.span.end)
            .map_or(0, |paragraph| paragraph.number);
        analysis.quotes.push(Quote {
            kind: Kind::Indirect,
            span,
            paragraph,
            speaker: claim.speaker.clone(),
            mention: None,
            cue,
            framing,
            recipient: claim.recipient.clone(),
            confidence: 0.9,
            rule: "gold".to_string(),
        });
    }
    analysis.quotes.sort_by_key(|quote| (quote.span.start, quote.span.end));
}

/// A gold document analysed by the engine, its reported speech replaced by
/// the gold's claims: the contrast step on known claims, whatever the
/// reported-speech stage finds.
fn analysed_with_gold_claims(gold: &GoldDoc) -> Analysis {
    let analyzer = Analyzer::new();
    let mut analysis = analyzer.analyze(&gold.text);
    analysis.quotes.retain(|quote| quote.kind != Kind::Indirect);
    inject_gold_claims(&gold.text, &mut analysis, &gold.claims, analyzer.grammar());
    analysis
}

fn gold(jsonl: &str) -> GoldDoc {
    parse_gold(jsonl).expect("gold parses").remove(0)
}

fn contrasted<'a>(gold: &'a GoldDoc, analysis: &'a Analysis) -> (Vec<DocumentAnalysis<'a>>, Contrasts) {
    let documents = vec![DocumentAnalysis {
        id: &gold.id,
        text: &gold.text,
        analysis,
    }];
    let contrasts = contrast(&documents, Grammar::builtin());
    (documents, contrasts)
}

/// Scores the pairs against the gold as `whosaid eval` does.
fn evaluate(gold: &GoldDoc, documents: &[DocumentAnalysis<'_>], contrasts: &Contrasts) -> Evaluation {
    let predictions = whosaid::output::contrast_docs(documents, contrasts, true);
    score(std::slice::from_ref(gold), &predictions)
}

/// Runs the `whosaid` binary with `args` from the package root.
fn whosaid(args: &[&str], stdin: &str) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("whosaid runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("stdin written");
    let output = child.wait_with_output().expect("whosaid finishes");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    )
}

/// The records of a CSV text, header included.
fn csv_records(csv: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(csv.as_bytes())
        .records()
        .map(|record| record.expect("a CSV record").iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn seed_puts_the_ambassador_against_kaken_first_and_finds_the_three_contrasts() {
    let gold = gold(SEED_GOLD);
    let analysis = analysed_with_gold_claims(&gold);
    let (documents, contrasts) = contrasted(&gold, &analysis);
    let rows = whosaid::output::contrast_rows(&documents, &contrasts, false);
    let first = rows.first().expect("a first row");
    assert_eq!(
        (
            first.relation.as_str(),
            first.speaker_a.as_str(),
            first.speaker_b.as_str()
        ),
        ("opposes", "Zhang Xiao", "Bikamal Kaken")
    );
    for row in &rows {
        assert_ne!(name_key(&row.speaker_a), name_key(&row.speaker_b), "{row:?}");
    }
    let evaluation = evaluate(&gold, &documents, &contrasts);
    eprintln!("{}", evaluation.table(0));
    assert_eq!(evaluation.contrast_required_found, 3, "{rows:#?}");
    assert_eq!(evaluation.contrast_top_right, 1);
    assert!(
        evaluation.contrast_rows_right * 4 >= evaluation.contrast_rows * 3,
        "{} of {} opposes rows match the gold",
        evaluation.contrast_rows_right,
        evaluation.contrast_rows
    );
    let wanted = [
        ("Zhang Xiao", "Bikamal Kaken"),
        ("China", "rights groups"),
        ("China", "Mehmet Kasikci"),
    ];
    for (a, b) in wanted {
        assert!(
            rows.iter().any(|row| {
                (row.speaker_a == a && row.speaker_b == b) || (row.speaker_a == b && row.speaker_b == a)
            }),
            "no row sets {a} against {b}"
        );
    }
}

#[test]
fn seed_contrast_cli_first_row() {
    let (status, stdout, stderr) = whosaid(&["contrast", SEED], "");
    assert_eq!(status, 0, "{stderr}");
    let records = csv_records(&stdout);
    assert_eq!(records[0], CONTRAST_HEADER);
    let first = &records[1];
    assert_eq!(first[0], SEED);
    assert_eq!(first[2], "opposes");
    assert_eq!((first[4].as_str(), first[7].as_str()), ("Zhang Xiao", "Bikamal Kaken"));
    assert!(
        first[10].contains("'dismissed Kaken's account'") || first[10].contains("'Her story was full of lies'"),
        "{first:?}"
    );
    for record in &records[1..] {
        assert_eq!(record[2], "opposes", "{record:?}");
        assert_ne!(name_key(&record[4]), name_key(&record[7]), "{record:?}");
    }
}

#[test]
fn seed_contrast_cli_finds_the_three_contrasts() {
    let (status, stdout, stderr) = whosaid(&["eval", "--format", "json", "corpus/seed.jsonl"], "");
    assert_eq!(status, 0, "{stderr}");
    let figures: serde_json::Value = serde_json::from_str(&stdout).expect("eval JSON");
    assert_eq!(figures["contrast_required_found"], 3, "{figures}");
    assert_eq!(figures["contrast_top_right"], 1, "{figures}");
    let rows = figures["contrast_rows"].as_u64().unwrap();
    let right = figures["contrast_rows_right"].as_u64().unwrap();
    assert!(right * 4 >= rows * 3, "{right} of {rows}");
}

#[test]
fn eval_scores_contrasts_from_the_contrast_step() {
    let (status, stdout, stderr) = whosaid(&["eval", "--format", "json", "corpus/seed.jsonl"], "");
    assert_eq!(status, 0, "{stderr}");
    let figures: serde_json::Value = serde_json::from_str(&stdout).expect("eval JSON");
    assert_eq!(figures["contrast_required"], 3);
    assert!(figures["contrast_rows"].as_u64().unwrap() > 0, "{figures}");
    assert_eq!(figures["contrast_top_right"], 1, "{figures}");
    let rows = figures["contrast_rows"].as_u64().unwrap();
    let right = figures["contrast_rows_right"].as_u64().unwrap();
    assert!(right * 4 >= rows * 3, "{right} of {rows}");
}

#[test]
fn the_mayor_rejecting_the_council_report_is_found_through_the_cli() {
    let (status, stdout, stderr) = whosaid(&["contrast", MAYOR], "");
    assert_eq!(status, 0, "{stderr}");
    let records = csv_records(&stdout);
    let first = &records[1];
    assert_eq!(
        (first[4].as_str(), first[7].as_str()),
        ("Daniel Whitfield", "Grace Okafor")
    );
    assert_eq!(first[2], "opposes");
    let rebuttal = records[1..]
        .iter()
        .find(|record| record[5] == "Councillor Okafor's report is simply false,")
        .expect("the mayor's rebuttal is a row");
    assert_eq!(
        (rebuttal[2].as_str(), rebuttal[7].as_str()),
        ("opposes", "Grace Okafor")
    );
    assert!(
        rebuttal[10].contains("'Okafor's report is simply false'"),
        "{rebuttal:?}"
    );
    let (status, stdout, stderr) = whosaid(&["eval", "--format", "json", "corpus/mayor-council.jsonl"], "");
    assert_eq!(status, 0, "{stderr}");
    let figures: serde_json::Value = serde_json::from_str(&stdout).expect("eval JSON");
    assert_eq!(figures["contrast_required_found"], 1, "{figures}");
    assert_eq!(figures["contrast_top_right"], 1, "{figures}");
    let rows = figures["contrast_rows"].as_u64().unwrap();
    let right = figures["contrast_rows_right"].as_u64().unwrap();
    assert!(right * 4 >= rows * 3, "{right} of {rows}");
}

#[test]
fn the_mayor_article_with_reported_speech() {
    let gold = gold(MAYOR_GOLD);
    let analysis = analysed_with_gold_claims(&gold);
    let (documents, contrasts) = contrasted(&gold, &analysis);
    let rows = whosaid::output::contrast_rows(&documents, &contrasts, false);
    assert_eq!(
        (rows[0].speaker_a.as_str(), rows[0].speaker_b.as_str()),
        ("Daniel Whitfield", "Grace Okafor")
    );
    let dismissal = rows
        .iter()
        .find(|row| row.claim_a == "Okafor's report as a political attack")
        .expect("the dismissal is a row");
    assert_eq!(dismissal.speaker_b, "Grace Okafor");
    assert!(
        dismissal.evidence.contains("'dismissed Okafor's report'"),
        "{dismissal:?}"
    );
    let evaluation = evaluate(&gold, &documents, &contrasts);
    assert_eq!(evaluation.contrast_required_found, 1);
    assert_eq!(evaluation.contrast_top_right, 1);
    assert!(
        evaluation.contrast_rows_right * 4 >= evaluation.contrast_rows * 3,
        "{rows:#?}"
    );
}

#[test]
fn contrast_json_carries_quotes_topics_and_pairs() {
    let (status, stdout, stderr) = whosaid(&["contrast", "--format", "json", "--all", MAYOR], "");
    assert_eq!(status, 0, "{stderr}");
    let doc: whosaid::output::wire::WireDoc = serde_json::from_str(&stdout).expect("one WireDoc");
    assert_eq!(doc.document, MAYOR);
    assert!(!doc.quotes.is_empty());
    assert!(!doc.topics.is_empty());
    assert!(!doc.pairs.is_empty());
    for pair in &doc.pairs {
        assert!(doc.topics.iter().any(|topic| topic.id == pair.topic), "{pair:?}");
        for side in [&pair.a, &pair.b] {
            let quote = doc
                .quotes
                .iter()
                .find(|quote| quote.id == side.quote)
                .expect("side names a quote");
            assert_eq!(
                (quote.start, quote.end, &quote.text),
                (side.start, side.end, &side.text)
            );
            assert_eq!(side.document, None);
        }
    }
    for topic in &doc.topics {
        assert!(
            topic
                .quotes
                .iter()
                .all(|id| doc.quotes.iter().any(|quote| &quote.id == id))
        );
    }
}

#[test]
fn contrast_spans_documents_and_names_each_side() {
    let dir = std::env::temp_dir().join(format!("whosaid-contrast-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let first = dir.join("ministry.txt");
    let second = dir.join("engineers.txt");
    std::fs::write(
        &first,
        "Minister defends the dam\n\n\"The new dam is safe for the valley,\" Interior Minister Ana Ruiz said on Friday.\n",
    )
    .unwrap();
    std::fs::write(
        &second,
        "Engineers warn on the dam\n\n\"The new dam is dangerous for the valley,\" engineer Tomas Ek said.\n\n\
         \"It is safe,\" Ana Ruiz said.\n",
    )
    .unwrap();
    let (first, second) = (first.to_str().unwrap(), second.to_str().unwrap());
    let (status, stdout, stderr) = whosaid(&["contrast", "--format", "jsonl", first, second], "");
    assert_eq!(status, 0, "{stderr}");
    let docs: Vec<whosaid::output::wire::WireDoc> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).expect("a WireDoc a line"))
        .collect();
    assert_eq!(docs.len(), 2);
    let across: Vec<_> = docs
        .iter()
        .flat_map(|doc| &doc.pairs)
        .filter(|pair| pair.a.document.is_some())
        .collect();
    assert_eq!(across.len(), 1, "{docs:#?}");
    assert_eq!(across[0].a.document.as_deref(), Some(first));
    assert_eq!(across[0].b.document.as_deref(), Some(second));
    assert_eq!(across[0].relation, "opposes");
    // Ana Ruiz in both documents ("Interior Minister Ana Ruiz" in one) is
    // one speaker: never paired with herself.
    for pair in docs.iter().flat_map(|doc| &doc.pairs) {
        let (a, b) = (pair.a.speaker.as_deref().unwrap(), pair.b.speaker.as_deref().unwrap());
        assert!(!(a.ends_with("Ana Ruiz") && b.ends_with("Ana Ruiz")), "{pair:?}");
    }
    let (_, csv, _) = whosaid(&["contrast", first, second], "");
    let records = csv_records(&csv);
    assert!(
        records.iter().any(|record| record[0] == format!("{first} | {second}")),
        "{records:?}"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn contrast_reports_unreadable_files_and_goes_on() {
    let (status, stdout, stderr) = whosaid(&["contrast", "no-such-file.txt", MAYOR], "");
    assert_eq!(status, 2);
    assert!(stderr.contains("no-such-file.txt"), "{stderr}");
    assert!(stdout.contains("Daniel Whitfield"));
    let (status, _, stderr) = whosaid(&["contrast", "--jsonl", "-"], "{\"id\": 1}\nnot json\n");
    assert_eq!(status, 2);
    assert!(stderr.contains("line 1") && stderr.contains("line 2"), "{stderr}");
}

#[test]
fn contrast_csv_survives_a_spreadsheet() {
    let hostile = [
        "=HYPERLINK(\"http://x\"), a formula",
        "+1, a plus",
        "-2, \"a minus\" with quotes",
        "@SUM(A1), an at",
        "\ttab first",
        "line one,\nline two, \"quoted\"",
        "plain, with a comma",
    ];
    let mut out = Vec::new();
    let mut writer = ContrastWriter::new(&mut out).unwrap();
    for (index, cell) in hostile.iter().enumerate() {
        let row = ContrastRow {
            document: cell.to_string(),
            topic: cell.to_string(),
            relation: "opposes".into(),
            score: 0.5,
            speaker_a: cell.to_string(),
            claim_a: cell.to_string(),
            cue_a: "said".into(),
            speaker_b: "B".into(),
            claim_b: cell.to_string(),
            cue_b: "told".into(),
            evidence: cell.to_string(),
            a_start: index,
            a_end: index + 1,
            b_start: 10,
            b_end: 20,
        };
        writer.write(&row).unwrap();
    }
    writer.finish().unwrap();
    let records = csv_records(std::str::from_utf8(&out).unwrap());
    assert_eq!(records.len(), hostile.len() + 1);
    for (record, cell) in records[1..].iter().zip(hostile) {
        let guarded = whosaid::output::csv::guard(cell).into_owned();
        for column in [0, 1, 4, 5, 8, 10] {
            assert_eq!(record[column], guarded);
            assert!(!record[column].starts_with(['=', '+', '-', '@', '\t', '\r']));
            assert_eq!(record[column].strip_prefix('\'').unwrap_or(&record[column]), cell);
        }
    }

    // Through the CLI, on claims that open with formula characters and hold
    // commas, quote marks and a line break.
    let article = "Budget row in Port Alder\n\n\
                   “=HYPERLINK(1), the budget is balanced, and the auditors called it \"sound\",” Mayor Anna Berg said.\n\n\
                   “@everyone: the budget is not balanced,\nit is overspent,” council member Tom Hale said.\n\n\
                   “+ The budget is not sound,” Hale added.\n";
    let (status, stdout, stderr) = whosaid(&["contrast", "--all", "-"], article);
    assert_eq!(status, 0, "{stderr}");
    let records = csv_records(&stdout);
    assert!(records.len() >= 2, "{stdout}");
    let claims: Vec<&str> = records[1..]
        .iter()
        .flat_map(|record| [record[5].as_str(), record[8].as_str()])
        .collect();
    assert!(claims.contains(&"'=HYPERLINK(1), the budget is balanced, and the auditors called it \"sound\","));
    assert!(claims.contains(&"'@everyone: the budget is not balanced,\nit is overspent,"));
    for record in &records[1..] {
        for cell in record {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?}");
        }
        // Offsets are characters of the input: the claim is there.
        let start: usize = record[11].parse().unwrap();
        let end: usize = record[12].parse().unwrap();
        let written: String = article.chars().skip(start).take(end - start).collect();
        assert_eq!(whosaid::output::csv::guard(&written), record[5]);
    }
}

#[test]
fn relations_are_named_as_in_the_formats() {
    assert_eq!(
        [Relation::Opposes, Relation::Agrees, Relation::Related].map(Relation::as_str),
        ["opposes", "agrees", "related"]
    );
}

/// Contrasts `documents` synthetic articles; the work, the time grouping
/// took, the bytes, and the time the analysis (the `quotes` step) took.
fn grouping_work(documents: usize) -> (whosaid::contrast::Work, std::time::Duration, usize, std::time::Duration) {
    let analyzer = Analyzer::new();
    let texts = crate::synthetic::articles(documents, 7);
    let bytes = texts.iter().map(String::len).sum();
    let analysis_started = std::time::Instant::now();
    let analyses: Vec<Analysis> = texts.iter().map(|text| analyzer.analyze(text)).collect();
    let analysis_time = analysis_started.elapsed();
    let ids: Vec<String> = (0..documents).map(|index| format!("d{index}")).collect();
    let documents: Vec<DocumentAnalysis> = ids
        .iter()
        .zip(&texts)
        .zip(&analyses)
        .map(|((id, text), analysis)| DocumentAnalysis { id, text, analysis })
        .collect();
    let options = whosaid::contrast::ContrastOptions {
        keep_related: false,
        ..Default::default()
    };
    let started = std::time::Instant::now();
    let contrasts = whosaid::contrast::contrast_with(&documents, analyzer.grammar(), options);
    (contrasts.work, started.elapsed(), bytes, analysis_time)
}

#[test]
fn cross_document_work_grows_with_the_claims_not_with_all_pairs() {
    let max_postings = whosaid::contrast::ContrastOptions::default().max_postings;
    let (small, small_time, _, _) = grouping_work(250);
    let (large, large_time, _, _) = grouping_work(2_500);
    eprintln!("250 documents: {small:?} in {small_time:?}\n2500 documents: {large:?} in {large_time:?}");
    for work in [&small, &large] {
        // No key is read past the cap: the index work is bounded by the
        // claims' keys, whatever the corpus.
        assert!(work.postings_visited <= max_postings * work.key_occurrences, "{work:?}");
        assert!(work.index_candidates <= work.postings_visited);
    }
    let all_pairs = large.claims * (large.claims - 1) / 2;
    assert!(large.index_candidates * 20 < all_pairs, "{large:?}");
    let claims = large.claims as f64 / small.claims as f64;
    assert!((8.0..12.0).contains(&claims), "{claims}");
    let visited = large.postings_visited as f64 / small.postings_visited as f64;
    let candidates = large.index_candidates as f64 / small.index_candidates as f64;
    assert!(
        visited < 1.5 * claims,
        "postings read grew {visited:.1}× for {claims:.1}× the claims"
    );
    assert!(
        candidates < 1.5 * claims,
        "candidates grew {candidates:.1}× for {claims:.1}× the claims"
    );
}

#[test]
#[ignore = "a timing run: cargo test --release --test it grouping_timings -- --ignored --nocapture"]
fn grouping_timings() {
    let sizes: Vec<usize> = std::env::var("WHOSAID_GROUPING_SIZES")
        .map(|sizes| sizes.split(',').filter_map(|size| size.trim().parse().ok()).collect())
        .unwrap_or_else(|_| vec![1_000, 10_000]);
    for documents in sizes {
        let (work, time, bytes, analysis_time) = grouping_work(documents);
        let megabytes = bytes as f64 / 1e6;
        eprintln!(
            "{documents} documents ({megabytes:.1} MB, {} claims): analysis {analysis_time:.2?} ({:.1} MB/s), \
             contrast {time:.2?} ({:.1} MB/s); {work:?}",
            work.claims,
            megabytes / analysis_time.as_secs_f64(),
            megabytes / time.as_secs_f64()
        );
    }
}
