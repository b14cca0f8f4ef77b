//! Untrusted text in the CSV: every cell read back with the csv crate's
//! reader equals what the JSON output says, except that a cell beginning
//! with `=`, `+`, `-`, `@`, tab or carriage return carries a leading `'`.

use crate::harness::run_with_stdin;

const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fn guarded(cell: &str) -> String {
    if cell.starts_with(TRIGGERS) {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// Documents whose ids and quotes hold formulas, separators, quote marks,
/// line ends and other scripts.
fn hostile_input() -> String {
    let ids = [
        "=cmd|' /C calc'!A0",
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\tTabbed id",
        "\rReturn id",
        "plain, with \"quotes\", and commas",
        "line\nbreak",
        "'already quoted",
        "東京 report",
    ];
    let text = "“=HYPERLINK(\"http://example.com\",\"click\") is what he sent,” Ann Lee said.\n\n\
        “+1 555 0100 is my number, call me,” Ann Lee told reporters.\n\n\
        “-2 degrees tonight, and \"colder\" tomorrow,” said Ann Lee.\n\n\
        “@everyone, listen: we are staying,” Ann Lee wrote.\n\n\
        “First paragraph of a long quote, with a comma.\n\n\
        “Second paragraph, which ends it,” Ann Lee said.\n\n\
        “Ça ne change rien, 東京も同じ,” Ann Lee told Le Monde.";
    ids.iter()
        .map(|id| format!("{}\n", serde_json::json!({"id": id, "text": text})))
        .collect()
}

fn check_round_trip(all: bool) {
    let input = hostile_input();
    let mut csv_args = vec!["quotes", "--jsonl", "-"];
    let mut json_args = vec!["quotes", "--jsonl", "-", "--format", "jsonl"];
    if all {
        csv_args.push("--all");
        json_args.push("--all");
    }
    let csv_out = run_with_stdin(&csv_args, Some(input.as_bytes()));
    let json_out = run_with_stdin(&json_args, Some(input.as_bytes()));
    csv_out.success();
    json_out.success();

    let mut expected: Vec<Vec<String>> = Vec::new();
    for doc in json_out.json_lines() {
        for quote in doc["quotes"].as_array().unwrap() {
            let kind = quote["kind"].as_str().unwrap();
            if !all && !matches!(kind, "direct" | "partial" | "indirect") {
                continue;
            }
            let optional = |value: &serde_json::Value| value.as_str().unwrap_or_default().to_string();
            expected.push(vec![
                doc["document"].as_str().unwrap().to_string(),
                optional(&quote["id"]),
                quote["paragraph"].to_string(),
                quote["start"].to_string(),
                quote["end"].to_string(),
                kind.to_string(),
                optional(&quote["speaker"]),
                optional(&quote["cue"]),
                optional(&quote["recipient"]),
                format!("{:.2}", quote["confidence"].as_f64().unwrap()),
                optional(&quote["text"]),
            ]);
        }
    }

    let mut reader = csv::Reader::from_reader(csv_out.stdout.as_slice());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_string).collect();
    assert_eq!(
        header,
        [
            "document",
            "id",
            "paragraph",
            "start",
            "end",
            "kind",
            "speaker",
            "cue",
            "recipient",
            "confidence",
            "quote"
        ]
    );
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|record| record.unwrap().iter().map(str::to_string).collect())
        .collect();
    assert_eq!(rows.len(), expected.len());
    let mut guards_seen = [false; 6];
    for (row, want) in rows.iter().zip(&expected) {
        assert_eq!(row.len(), 11, "{row:?}");
        for (cell, value) in row.iter().zip(want) {
            assert_eq!(cell, &guarded(value), "cell of {want:?}");
            if let Some(position) = TRIGGERS.iter().position(|&trigger| value.starts_with(trigger)) {
                guards_seen[position] = true;
            }
        }
    }
    assert_eq!(guards_seen, [true; 6], "each guarded first character occurs");
    // The multi-paragraph quote keeps its line ends through the CSV.
    assert!(
        rows.iter().any(|row| row[10].contains("comma.\n\n“Second paragraph")),
        "{rows:#?}"
    );
}

#[test]
fn csv_cells_round_trip_except_the_formula_guard() {
    check_round_trip(false);
}

#[test]
fn csv_cells_round_trip_with_all_kinds() {
    check_round_trip(true);
}
