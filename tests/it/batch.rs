//! Batch runs: many documents, in order, the bad ones reported and the rest
//! kept; directories, several files, JSON lines, standard input as a stream.

use std::io::{BufRead, Write};

use crate::harness::{SEED, run, run_with_stdin, write_file};

/// A small document that quotes its own number.
fn small_document(number: usize) -> String {
    format!("\"Statement number {number} is true,\" Maria Lopez told reporters on day {number}.")
}

#[test]
fn ten_thousand_documents_with_five_broken_ones() {
    let broken: [(usize, &[u8]); 5] = [
        (17, b"{\"id\": \"doc-17\", \"text\": \"unterminated"),
        (2500, b"{\"id\": \"doc-2500\"}"),
        (5001, b"{\"id\": \"doc-5001\", \"text\": \"bad \xff byte\"}"),
        (7777, b"{\"id\": \"doc-7777\", \"text\": 7777}"),
        (9999, b"[\"not\", \"an\", \"object\"]"),
    ];
    let mut input = Vec::new();
    for number in 0..10_000 {
        match broken.iter().find(|(at, _)| *at == number) {
            Some((_, line)) => input.extend_from_slice(line),
            None => {
                let record = serde_json::json!({"id": format!("doc-{number}"), "text": small_document(number)});
                input.extend_from_slice(record.to_string().as_bytes());
            }
        }
        input.push(b'\n');
    }
    let out = run_with_stdin(
        &["quotes", "--jsonl", "-", "--format", "jsonl", "--threads", "2"],
        Some(&input),
    );
    out.failure();
    let records = out.json_lines();
    assert_eq!(records.len(), 10_000, "one output line per input line");
    let mut errors = 0;
    for (number, record) in records.iter().enumerate() {
        if broken.iter().any(|(at, _)| *at == number) {
            errors += 1;
            assert_eq!(record["line"], number + 1, "{record}");
            assert_eq!(record["document"], "-");
            assert!(record["error"].as_str().is_some_and(|error| !error.is_empty()));
            assert!(
                out.stderr.contains(&format!("line {}:", number + 1)),
                "stderr names line {}: {}",
                number + 1,
                out.stderr
            );
            continue;
        }
        assert_eq!(record["document"], format!("doc-{number}"));
        let quotes = record["quotes"].as_array().unwrap();
        assert_eq!(quotes.len(), 1, "{record}");
        assert_eq!(quotes[0]["text"], format!("Statement number {number} is true,"));
        assert_eq!(quotes[0]["speaker"], "Maria Lopez");
    }
    assert_eq!(errors, 5);
    assert_eq!(
        out.stderr.lines().count(),
        5,
        "one message per broken line:\n{}",
        out.stderr
    );
}

#[test]
fn directories_are_walked_in_name_order() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_file(root, "b.txt", small_document(2));
    write_file(root, "a/z.txt", small_document(1));
    write_file(
        root,
        "a/page.html",
        format!("<html><body><p>{}</p></body></html>", small_document(0)),
    );
    write_file(
        root,
        "c.jsonl",
        format!("{}\n", serde_json::json!({"id": "line-doc", "text": small_document(3)})),
    );
    write_file(root, "notes.md", small_document(99));
    write_file(root, "image.png", b"\x89PNG\r\n\x1a\n\0\0");
    let out = run(&["quotes", "--format", "jsonl", root.to_str().unwrap()]);
    out.success();
    let docs = out.json_lines();
    let ids: Vec<String> = docs
        .iter()
        .map(|doc| {
            let id = doc["document"].as_str().unwrap();
            id.strip_prefix(root.to_str().unwrap()).unwrap_or(id).to_string()
        })
        .collect();
    assert_eq!(ids, ["/a/page.html", "/a/z.txt", "/b.txt", "line-doc"]);
    let numbers: Vec<String> = docs
        .iter()
        .map(|doc| doc["quotes"][0]["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        numbers,
        [0, 1, 2, 3].map(|number| format!("Statement number {number} is true,"))
    );
    assert!(docs[0]["text"].is_string(), "the page's extracted text is returned");
}

/// A directory that holds no file whosaid reads (none of its extensions,
/// or nothing at all) is a failure with a message naming what it looked
/// for, not a run that quietly reads nothing and succeeds; the other
/// inputs go on.
#[test]
fn a_directory_with_nothing_to_read_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write_file(root, "notes/a.md", small_document(1));
    std::fs::create_dir(root.join("empty")).unwrap();
    let good = write_file(root, "good.txt", small_document(2));
    let notes = root.join("notes");
    let empty = root.join("empty");
    let out = run(&[
        "quotes",
        "--format",
        "jsonl",
        notes.to_str().unwrap(),
        &good,
        empty.to_str().unwrap(),
    ]);
    let records = out.failure().json_lines();
    assert_eq!(records.len(), 3, "{records:?}");
    assert_eq!(records[0]["document"], notes.to_str().unwrap());
    let expected = "no file to read (.txt, .text, .html, .htm, .xhtml or .jsonl) in this directory";
    assert_eq!(records[0]["error"], expected);
    assert_eq!(records[1]["document"], good.as_str());
    assert_eq!(records[1]["quotes"].as_array().unwrap().len(), 1);
    assert_eq!(records[2]["document"], empty.to_str().unwrap());
    assert_eq!(records[2]["error"], expected);
    assert!(
        out.stderr.contains(&format!("{}: {expected}", notes.display())),
        "{}",
        out.stderr
    );
}

#[test]
fn a_missing_file_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let first = write_file(dir.path(), "1.txt", small_document(1));
    let missing = dir.path().join("missing.txt");
    let last = write_file(dir.path(), "3.txt", small_document(3));
    let out = run(&["quotes", &first, missing.to_str().unwrap(), &last]);
    out.failure();
    let rows = out.csv_rows();
    assert_eq!(rows.len(), 3, "header and two rows: {rows:?}");
    assert_eq!(rows[1][0], first);
    assert_eq!(rows[2][0], last);
    assert!(out.stderr.contains("missing.txt"), "{}", out.stderr);
}

/// Seed variations with different ids, for runs whose order must not depend
/// on the thread count.
fn seed_records(count: usize) -> Vec<u8> {
    let mut input = Vec::new();
    for number in 0..count {
        let text = SEED.replace("Kaken", ["Kaken", "Kakenova", "Kakeyeva"][number % 3]);
        let text = if number % 2 == 0 {
            text
        } else {
            text.replace("told AFP", "told reporters")
        };
        let record = serde_json::json!({"id": format!("seed-{number}"), "text": text});
        input.extend_from_slice(record.to_string().as_bytes());
        input.push(b'\n');
    }
    input
}

#[test]
fn thread_count_does_not_change_the_output() {
    let input = seed_records(40);
    let one = run_with_stdin(
        &["quotes", "--jsonl", "-", "--format", "jsonl", "--threads", "1"],
        Some(&input),
    );
    let two = run_with_stdin(
        &["quotes", "--jsonl", "-", "--format", "jsonl", "--threads", "2"],
        Some(&input),
    );
    let many = run_with_stdin(
        &["quotes", "--jsonl", "-", "--format", "jsonl", "--threads", "7"],
        Some(&input),
    );
    one.success();
    assert_eq!(one.json_lines().len(), 40);
    assert_eq!(one.stdout, two.success().stdout);
    assert_eq!(one.stdout, many.success().stdout);
}

#[test]
fn json_output_is_an_object_for_one_document_and_an_array_for_more() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(dir.path(), "one.txt", small_document(1));
    let one = run(&["quotes", "--format", "json", &file]);
    assert!(one.success().json().is_object());
    let two = run(&["quotes", "--format", "json", &file, &file, &file]);
    let docs = two.success().json();
    assert_eq!(docs.as_array().map(Vec::len), Some(3));
    assert_eq!(docs[0], one.json());
    let none = run_with_stdin(&["quotes", "--format", "json", "--jsonl", "-"], Some(b""));
    assert_eq!(none.success().json(), serde_json::json!([]));
}

#[test]
fn files_and_several_jsonl_inputs_combine_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let text = write_file(dir.path(), "first.txt", small_document(0));
    let lines1 = write_file(
        dir.path(),
        "one.jsonl",
        format!("{}\n", serde_json::json!({"id": "j1", "text": small_document(1)})),
    );
    let lines2 = write_file(
        dir.path(),
        "two.jsonl",
        format!("{}\n", serde_json::json!({"id": "j2", "text": small_document(2)})),
    );
    let out = run(&[
        "quotes", "--format", "jsonl", &text, "--jsonl", &lines1, "--jsonl", &lines2,
    ]);
    let ids: Vec<String> = out
        .success()
        .json_lines()
        .iter()
        .map(|doc| doc["document"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, [text, "j1".to_string(), "j2".to_string()]);
}

/// A program that writes one line and waits for its answer (as a streaming
/// mapper's driver may) gets it before it closes the pipe.
#[test]
fn jsonl_on_standard_input_answers_line_by_line() {
    let mut child = std::process::Command::new(crate::harness::WHOSAID)
        .args(["quotes", "--jsonl", "-", "--format", "jsonl"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (sender, receiver) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            if sender.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    for number in 0..3 {
        let record = serde_json::json!({"id": format!("live-{number}"), "text": small_document(number)});
        writeln!(stdin, "{record}").unwrap();
        stdin.flush().unwrap();
        // A guard against hanging forever, not a measure of speed.
        let answer = receiver
            .recv_timeout(std::time::Duration::from_secs(120))
            .expect("an answer before the input ends");
        let answer: serde_json::Value = serde_json::from_str(&answer).unwrap();
        assert_eq!(answer["document"], format!("live-{number}"));
    }
    drop(stdin);
    assert!(child.wait().unwrap().success());
    reader.join().unwrap();
}

#[test]
fn an_unreadable_jsonl_input_is_an_error_record_and_the_rest_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let good = write_file(
        dir.path(),
        "good.jsonl",
        format!("{}\n", serde_json::json!({"id": "g", "text": small_document(1)})),
    );
    let not_a_file = dir.path().join("sub");
    std::fs::create_dir(&not_a_file).unwrap();
    let missing = dir.path().join("missing.jsonl");
    let out = run(&[
        "quotes",
        "--format",
        "jsonl",
        "--jsonl",
        not_a_file.to_str().unwrap(),
        "--jsonl",
        missing.to_str().unwrap(),
        "--jsonl",
        &good,
    ]);
    out.failure();
    let records = out.json_lines();
    assert_eq!(records.len(), 3, "{records:?}");
    assert!(records[0]["error"].is_string() && records[1]["error"].is_string());
    assert_eq!(records[2]["document"], "g");
}
