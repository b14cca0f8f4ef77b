//! `whosaid contrast` streams: the binary spills documents to disk and keeps
//! only compact claim records, and must write exactly what the in-memory
//! library path writes; the records held grow with the claims, not the text.

use whosaid::contrast::{ContrastOptions, DocumentAnalysis, Grouping, Speakers, contrast_with};
use whosaid::output::csv::ContrastWriter;
use whosaid::{Analysis, Analyzer, Grammar};

use crate::harness::{SEED, run, write_file};

const MAYOR: &str = include_str!("../../corpus/mayor-council.txt");

/// A few articles whose speakers meet across documents: the seed, the
/// mayor article, the seed again, and the mayor article with its mayor
/// renamed, as (id, text).
fn articles() -> Vec<(String, String)> {
    vec![
        ("seed".to_string(), SEED.to_string()),
        ("mayor".to_string(), MAYOR.to_string()),
        ("seed again".to_string(), SEED.to_string()),
        ("mayor renamed".to_string(), MAYOR.replace("Berg", "Ruiz")),
    ]
}

/// The articles as JSON lines, a bad line (no text) after the second.
fn jsonl(articles: &[(String, String)]) -> String {
    let mut lines: Vec<String> = articles
        .iter()
        .map(|(id, text)| serde_json::json!({"id": id, "text": text}).to_string())
        .collect();
    lines.insert(2, r#"{"id": "no text"}"#.to_string());
    lines.join("\n") + "\n"
}

/// What the in-memory path writes: CSV bytes and each document as JSON.
fn in_memory(articles: &[(String, String)], all: bool) -> (Vec<u8>, Vec<serde_json::Value>) {
    let analyzer = Analyzer::new();
    let analyses: Vec<Analysis> = articles.iter().map(|(_, text)| analyzer.analyze(text)).collect();
    let documents: Vec<DocumentAnalysis> = articles
        .iter()
        .zip(&analyses)
        .map(|((id, text), analysis)| DocumentAnalysis { id, text, analysis })
        .collect();
    let options = ContrastOptions {
        keep_related: all,
        ..ContrastOptions::default()
    };
    let contrasts = contrast_with(&documents, Grammar::builtin(), options);
    let mut csv = Vec::new();
    let mut writer = ContrastWriter::new(&mut csv).unwrap();
    for row in whosaid::output::contrast_rows(&documents, &contrasts, all) {
        writer.write(&row).unwrap();
    }
    writer.finish().unwrap();
    let docs = whosaid::output::contrast_docs(&documents, &contrasts, all)
        .iter()
        .map(|doc| serde_json::to_value(doc).unwrap())
        .collect();
    (csv, docs)
}

#[test]
fn the_streaming_binary_writes_what_the_in_memory_path_writes() {
    let dir = tempfile::tempdir().unwrap();
    let articles = articles();
    let input = write_file(dir.path(), "articles.jsonl", jsonl(&articles));
    for all in [false, true] {
        let (csv, docs) = in_memory(&articles, all);
        let mut args = vec!["contrast", "--jsonl", &input, "--quiet"];
        if all {
            args.push("--all");
        }
        for threads in ["1", "2"] {
            let with = |format: &'static str| {
                let mut args = args.clone();
                args.extend(["--threads", threads, "--format", format]);
                let output = run(&args);
                // The bad line fails; the others go on.
                assert_eq!(output.status, 2, "{}", output.stderr);
                output
            };
            let rows = with("csv");
            assert_eq!(rows.text(), String::from_utf8(csv.clone()).unwrap(), "all: {all}");
            assert!(rows.text().lines().count() > 3, "{}", rows.text());
            // JSON lines: the documents in order, the error record in its place.
            let lines = with("jsonl").json_lines();
            assert_eq!(lines.len(), articles.len() + 1);
            assert!(lines[2].get("error").is_some(), "{}", lines[2]);
            let written: Vec<&serde_json::Value> = lines.iter().filter(|line| line.get("error").is_none()).collect();
            assert_eq!(written, docs.iter().collect::<Vec<_>>(), "all: {all}");
            // Pairs across documents name the other document.
            assert!(
                !all || docs
                    .iter()
                    .flat_map(|doc| doc["pairs"].as_array().unwrap())
                    .any(|pair| pair["b"]["document"].is_string()),
                "no pair across documents"
            );
            let json = with("json").json();
            let array = json.as_array().expect("several documents make an array");
            let written: Vec<&serde_json::Value> = array.iter().filter(|doc| doc.get("error").is_none()).collect();
            assert_eq!(written, docs.iter().collect::<Vec<_>>(), "all: {all}");
        }
    }
}

/// Bytes a grouping holds for each claim of `copies` copies of the
/// articles, and its claims.
fn held_per_claim(articles: &[(String, String)], analyses: &[Analysis], copies: usize) -> (f64, usize) {
    let mut speakers = Speakers::default();
    for _ in 0..copies {
        for analysis in analyses {
            speakers.add(analysis);
        }
    }
    let mut grouping = Grouping::new(Grammar::builtin(), speakers, ContrastOptions::default());
    for _ in 0..copies {
        for ((id, text), analysis) in articles.iter().zip(analyses) {
            let claims = grouping.read(&DocumentAnalysis { id, text, analysis });
            grouping.add(claims);
        }
    }
    (
        grouping.retained_bytes() as f64 / grouping.claims() as f64,
        grouping.claims(),
    )
}

#[test]
fn memory_held_per_claim_stays_flat_as_the_corpus_grows() {
    let articles = articles();
    let analyzer = Analyzer::new();
    let analyses: Vec<Analysis> = articles.iter().map(|(_, text)| analyzer.analyze(text)).collect();
    let (small, claims_small) = held_per_claim(&articles, &analyses, 5);
    let (large, claims_large) = held_per_claim(&articles, &analyses, 100);
    assert_eq!(claims_large, claims_small * 20);
    assert!(
        large <= small * 1.3,
        "{small:.0} bytes a claim at 20 documents, {large:.0} at 400"
    );
    // Far less than the text: the records hold no text.
    let text_per_claim = articles.iter().map(|(_, text)| text.len()).sum::<usize>() as f64 * 5.0 / claims_small as f64;
    assert!(
        large * 2.0 < text_per_claim,
        "{large:.0} bytes held a claim, {text_per_claim:.0} of text"
    );
}
