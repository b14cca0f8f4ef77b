//! The seed article: an AFP story as scraped from a web page, footer and all,
//! with its hand annotation in `corpus/seed.jsonl`.

use std::path::Path;
use std::process::Command;

use serde_json::Value;

const SEED: &str = "corpus/afp-2020-10-23-kazakhs-xinjiang.txt";

fn whosaid(args: &[&str]) -> (String, i32) {
    let output = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run whosaid");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.is_empty() || output.status.code() != Some(0), "stderr: {stderr}");
    (
        String::from_utf8(output.stdout).expect("UTF-8 output"),
        output.status.code().unwrap_or(-1),
    )
}

fn gold() -> Value {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/seed.jsonl")).unwrap();
    serde_json::from_str(text.lines().next().unwrap()).unwrap()
}

fn predicted() -> Value {
    let (json, status) = whosaid(&["quotes", "--format", "json", SEED]);
    assert_eq!(status, 0);
    serde_json::from_str(&json).unwrap()
}

/// The exact table of the seed: every row, speaker, cue and recipient.
/// Regenerate with `UPDATE_EXPECT=1 cargo test` after a reviewed change.
#[test]
fn seed_quotes_table_is_exact() {
    assert_table_is_exact("quotes", "seed-quotes.csv");
}

/// The exact opposing pairs of the seed, with their evidence: every row
/// right by the gold (`corpus/seed.jsonl`), the ambassador's rebuttals set
/// against the two claims of Kaken nearest them. Regenerate as above.
#[test]
fn seed_contrast_table_is_exact() {
    assert_table_is_exact("contrast", "seed-contrast.csv");
}

fn assert_table_is_exact(command: &str, expected: &str) {
    let (csv, status) = whosaid(&[command, SEED]);
    assert_eq!(status, 0);
    let expected_path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/it/expected")
        .join(expected);
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&expected_path, &csv).unwrap();
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap();
    assert_eq!(csv, expected, "the seed's {command} table changed");
}

/// The README's excerpts of the seed's tables stay true: each of their rows
/// is a row of `whosaid quotes` or `whosaid contrast` on the seed, but for
/// the document column.
#[test]
fn readme_excerpts_are_rows_of_the_seed_tables() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let (quotes, _) = whosaid(&["quotes", SEED]);
    let (contrasts, _) = whosaid(&["contrast", SEED]);
    let rows: Vec<&str> = quotes
        .lines()
        .chain(contrasts.lines())
        .filter_map(|line| line.strip_prefix(SEED).and_then(|row| row.strip_prefix(',')))
        .collect();
    let excerpt: Vec<&str> = readme.lines().filter_map(|line| line.strip_prefix("…,")).collect();
    assert!(excerpt.len() >= 9, "the README shows both tables");
    for row in excerpt {
        assert!(rows.contains(&row), "README row not in the seed's tables: {row}");
    }
}

/// The seven required direct and partial quotes of the gold, each with its
/// canonical speaker, cue and recipient.
#[test]
fn seed_required_quotes_have_their_speakers() {
    let gold = gold();
    let predicted = predicted();
    let quotes = predicted["quotes"].as_array().unwrap();
    let required: Vec<&Value> = gold["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|quote| matches!(quote["kind"].as_str(), Some("direct" | "partial")) && quote["optional"] != true)
        .collect();
    assert_eq!(required.len(), 7);
    for want in required {
        let found = quotes
            .iter()
            .find(|quote| quote["start"] == want["start"] && quote["end"] == want["end"])
            .unwrap_or_else(|| panic!("missing quote {}", want["text"]));
        assert_eq!(found["kind"], want["kind"], "kind of {}", want["text"]);
        assert_eq!(found["speaker"], want["speaker"], "speaker of {}", want["text"]);
        assert_eq!(found["cue"], want["cue"], "cue of {}", want["text"]);
        assert_eq!(found["recipient"], want["recipient"], "recipient of {}", want["text"]);
    }
}

/// Any other speech quote is one the gold marks optional; nothing from a
/// heading or the page furniture comes out as speech.
#[test]
fn seed_other_speech_is_optional_and_furniture_is_not_speech() {
    let gold = gold();
    let predicted = predicted();
    let gold_quotes = gold["quotes"].as_array().unwrap();
    for quote in predicted["quotes"].as_array().unwrap() {
        let kind = quote["kind"].as_str().unwrap();
        if !matches!(kind, "direct" | "partial") {
            continue;
        }
        let same = gold_quotes
            .iter()
            .find(|gold| gold["start"] == quote["start"] && gold["end"] == quote["end"])
            .unwrap_or_else(|| panic!("speech quote not in the gold: {}", quote["text"]));
        let speech = matches!(same["kind"].as_str(), Some("direct" | "partial"));
        assert!(
            speech || same["optional"] == true,
            "{} is a gold {}",
            quote["text"],
            same["kind"]
        );
    }
    for gold in gold_quotes
        .iter()
        .filter(|gold| matches!(gold["kind"].as_str(), Some("heading" | "boilerplate")))
    {
        let found = predicted["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|quote| quote["start"] == gold["start"])
            .unwrap_or_else(|| panic!("gold {} {} not found at all", gold["kind"], gold["text"]));
        assert_eq!(found["kind"], gold["kind"], "{}", gold["text"]);
    }
}

/// At least 10 of the 11 required reported claims, with the right speaker.
#[test]
fn seed_reported_claims() {
    let (json, status) = whosaid(&["eval", "--format", "json", "corpus/seed.jsonl"]);
    assert_eq!(status, 0);
    let figures: Value = serde_json::from_str(&json).unwrap();
    let found = figures["counts"]["reported_tp"].as_f64().unwrap();
    let right = figures["counts"]["reported_speaker_right"].as_f64().unwrap();
    assert!(found >= 10.0 && right >= 10.0, "{figures}");
}

/// `whosaid eval` on the seed: F1 1.0 and speaker accuracy 1.0.
#[test]
fn seed_eval_is_perfect() {
    let (json, status) = whosaid(&["eval", "--format", "json", "corpus/seed.jsonl"]);
    assert_eq!(status, 0);
    let figures: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(figures["quote_f1"], 1.0, "{figures}");
    assert_eq!(figures["speaker_accuracy"], 1.0, "{figures}");
    assert_eq!(figures["documents"], 1, "{figures}");
}
