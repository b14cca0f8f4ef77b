//! `whosaid report`, `whosaid stats` and the annotation formats of `whosaid quotes`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SEED: &str = "corpus/afp-2020-10-23-kazakhs-xinjiang.txt";
const HOSTILE: &str = "tests/data/hostile.txt";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `whosaid` with `args` from the repository root.
fn whosaid(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("whosaid runs")
}

/// Runs `whosaid`, expects success, returns stdout.
fn check(args: &[&str]) -> String {
    let output = whosaid(args);
    assert!(
        output.status.success(),
        "whosaid {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&check(args)).expect("JSON output")
}

fn temp_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join(name)
}

fn claims(doc: &serde_json::Value) -> Vec<&serde_json::Value> {
    doc["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|quote| matches!(quote["kind"].as_str(), Some("direct" | "partial" | "indirect")))
        .collect()
}

#[test]
fn report_highlights_every_claim_of_the_json() {
    let out = temp_path("seed-report.html");
    check(&["report", SEED, "-o", out.to_str().unwrap()]);
    let html = std::fs::read_to_string(&out).unwrap();
    let doc = json(&["quotes", "--format", "json", SEED]);
    let claims = claims(&doc);
    assert!(claims.len() >= 7);
    assert_eq!(html.matches("data-quote-id=\"").count(), claims.len());
    for quote in &claims {
        let id = quote["id"].as_str().unwrap();
        assert!(html.contains(&format!("id=\"{id}\" data-quote-id=\"{id}\"")), "{id}");
    }
    for person in [
        "Bikamal Kaken",
        "Zhang Xiao",
        "Mehmet Kasikci",
        "Baibolat Kunbolat",
        "Gu Ming",
    ] {
        assert!(
            html.contains(&format!("data-speaker=\"{person}\" data-kind=\"named\"")),
            "{person}"
        );
    }
    // Without -o the page goes to standard output.
    assert_eq!(check(&["report", SEED]), html);
}

#[test]
fn report_of_hostile_text_has_no_markup_from_it() {
    let html = check(&["report", HOSTILE]);
    let body = &html[html.find("<body>").unwrap()..html.rfind("<script>").unwrap()];
    for raw in [
        "<script",
        "<img",
        "<svg onload",
        "</textarea>",
        "<iframe",
        "<style>",
        "<a href=javascript",
    ] {
        assert!(!body.contains(raw), "{raw}");
    }
    assert!(body.contains("&lt;script&gt;"));
    assert_eq!(html.matches("<script").count(), 1);
}

#[test]
fn report_needs_a_readable_file() {
    let output = whosaid(&["report", "no/such/file.txt"]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("whosaid: no/such/file.txt:"), "{stderr}");
    assert!(!stderr.contains("panicked"));
    let binary = temp_path("binary.txt");
    std::fs::write(&binary, b"abc\0def").unwrap();
    let output = whosaid(&["report", binary.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("binary"));
}

#[test]
fn stats_of_the_seed() {
    let stats = json(&["stats", "--format", "json", SEED]);
    let seed = &stats["documents"][0];
    assert_eq!(seed["sources"]["named"], 5);
    assert_eq!(seed["outlet"], "AFP");
    let relayed_from = seed["channels"]["relayed_from"].as_array().unwrap();
    assert!(
        relayed_from.contains(&serde_json::json!("Global Times")),
        "{relayed_from:?}"
    );
    assert!(!relayed_from.contains(&serde_json::json!("AFP")));
    assert!(seed["channels"]["first_hand"].as_u64().unwrap() >= 4);
    let speakers = seed["speakers"].as_array().unwrap();
    let kaken = speakers.iter().find(|s| s["name"] == "Bikamal Kaken").unwrap();
    assert_eq!(kaken["gender"], "female");
    assert_eq!(kaken["claims"]["direct"], 2);
    let gu = speakers.iter().find(|s| s["name"] == "Gu Ming").unwrap();
    assert_eq!(gu["gender"], "unknown");
}

#[test]
fn stats_writes_csv_when_not_on_a_terminal_and_goes_on_after_a_bad_file() {
    let output = whosaid(&["stats", SEED, "no/such/file.txt", HOSTILE]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("no/such/file.txt"));
    let csv = String::from_utf8(output.stdout).unwrap();
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("level,document,speaker,kind,gender,role,sources,named")
    );
    assert!(csv.contains(&format!("\ndocument,{SEED},")));
    assert!(csv.contains(&format!("\ndocument,{HOSTILE},")));
    assert!(csv.contains("\ntotal,*,"));
    let table = check(&["stats", "--format", "table", SEED]);
    assert!(table.contains("5 named"), "{table}");
}

#[test]
fn annotations_round_trip_the_offsets() {
    let text = std::fs::read_to_string(root().join(SEED)).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let annotations = json(&["quotes", "--format", "annotations", SEED]);
    let annotations = annotations.as_array().unwrap();
    let doc = json(&["quotes", "--format", "json", SEED]);
    assert_eq!(annotations.len(), claims(&doc).len());
    for annotation in annotations {
        assert_eq!(annotation["@context"], "http://www.w3.org/ns/anno.jsonld");
        assert_eq!(annotation["type"], "Annotation");
        let selectors = annotation["target"]["selector"].as_array().unwrap();
        let position = selectors.iter().find(|s| s["type"] == "TextPositionSelector").unwrap();
        let quote = selectors.iter().find(|s| s["type"] == "TextQuoteSelector").unwrap();
        let start = position["start"].as_u64().unwrap() as usize;
        let end = position["end"].as_u64().unwrap() as usize;
        let exact: String = chars[start..end].iter().collect();
        assert_eq!(exact, quote["exact"].as_str().unwrap());
    }
    let jsonld = json(&["quotes", "--format", "jsonld", SEED]);
    assert_eq!(jsonld["@context"]["@vocab"], "https://schema.org/");
    let graph = jsonld["@graph"].as_array().unwrap();
    assert_eq!(graph.len(), annotations.len());
    assert!(graph.iter().all(|item| item["@type"] == "Quotation"));
    assert!(
        graph.iter().any(
            |item| item["spokenByCharacter"]["name"] == "Zhang Xiao" && item["whosaid:recipient"] == "Global Times"
        )
    );
}

/// The seed's report sets its contrasts side by side, led by the
/// ambassador's "full of lies" camp against Kaken's account.
#[test]
fn report_of_the_seed_leads_its_contrast_table_with_zhang_xiao_and_kaken() {
    let html = check(&["report", SEED]);
    let table = html
        .split("<table class=\"contrasts\">")
        .nth(1)
        .expect("a contrast table");
    let first_row = table
        .split("<tbody>")
        .nth(1)
        .and_then(|body| body.split("</tr>").next())
        .expect("a first row");
    let zhang = first_row.find("Zhang Xiao").expect("Zhang Xiao in the first row");
    let kaken = first_row.find("Bikamal Kaken").expect("Bikamal Kaken in the first row");
    assert!(zhang < kaken, "{first_row}");
    assert!(first_row.contains("opposes"), "{first_row}");
}
