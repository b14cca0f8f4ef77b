//! Hostile and broken input: none panics, hangs, or loses the other
//! documents of a batch. (Linear time: see `linear.rs`.)

use crate::harness::{SEED, Said, assert_offsets_point_into, run, run_with_stdin, speech, write_file};

/// The speech quotes of the seed as plain text.
fn seed_speech() -> Vec<Said> {
    let out = run_with_stdin(&["quotes", "--format", "json", "-"], Some(SEED.as_bytes()));
    speech(&out.success().json())
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(dir.path(), "bad.txt", b"\"Caf\xe9 au lait,\" Ann said.");
    let out = run(&["quotes", &file]);
    out.failure();
    assert!(out.stderr.contains("invalid UTF-8 at byte 4"), "{}", out.stderr);
    assert!(out.stderr.contains("bad.txt"), "{}", out.stderr);
    assert_eq!(out.csv_rows().len(), 1, "only the header");

    let lossy = run(&["quotes", "--lossy", "--format", "json", &file]);
    let doc = lossy.success().json();
    assert_eq!(doc["quotes"][0]["text"], "Caf\u{FFFD} au lait,");
    assert_eq!(doc["quotes"][0]["speaker"], "Ann");
}

#[test]
fn a_bad_file_in_a_batch_loses_nothing_else() {
    let dir = tempfile::tempdir().unwrap();
    let good = "\"We will stay,\" Ann Lee said.";
    let first = write_file(dir.path(), "1.txt", good);
    let invalid = write_file(dir.path(), "2.txt", b"\xff\xfe\xfd");
    let binary = write_file(dir.path(), "3.txt", b"\x7fELF\x02\x01\x01\0\0\0\0");
    let last = write_file(dir.path(), "4.txt", good);
    let out = run(&["quotes", "--format", "jsonl", &first, &invalid, &binary, &last]);
    out.failure();
    let records = out.json_lines();
    assert_eq!(records.len(), 4);
    assert_eq!(records[0]["quotes"][0]["speaker"], "Ann Lee");
    assert_eq!(records[1]["document"], invalid.as_str());
    assert!(
        records[1]["error"]
            .as_str()
            .unwrap()
            .contains("invalid UTF-8 at byte 0")
    );
    assert!(records[2]["error"].as_str().unwrap().contains("binary"));
    assert_eq!(records[3]["quotes"][0]["speaker"], "Ann Lee");
}

#[test]
fn a_byte_order_mark_changes_nothing_but_the_offsets() {
    let mut bytes = "\u{FEFF}".as_bytes().to_vec();
    bytes.extend_from_slice(SEED.as_bytes());
    let out = run_with_stdin(&["quotes", "--format", "json", "-"], Some(&bytes));
    let doc = out.success().json();
    assert_eq!(speech(&doc), seed_speech());
    // Offsets count the text as read, mark included.
    assert_offsets_point_into(&doc, std::str::from_utf8(&bytes).unwrap());
}

#[test]
fn crlf_line_ends_change_nothing_but_the_offsets() {
    let crlf = SEED.replace('\n', "\r\n");
    let out = run_with_stdin(&["quotes", "--format", "json", "-"], Some(crlf.as_bytes()));
    let doc = out.success().json();
    assert_eq!(speech(&doc), seed_speech());
    assert_offsets_point_into(&doc, &crlf);
    // And in JSON lines, with a byte-order mark on the first line.
    let record = serde_json::json!({"id": "crlf", "text": crlf});
    let input = format!("\u{FEFF}{record}\r\n{record}\r\n");
    let out = run_with_stdin(&["quotes", "--jsonl", "-", "--format", "jsonl"], Some(input.as_bytes()));
    let docs = out.success().json_lines();
    assert_eq!(docs.len(), 2);
    assert_eq!(speech(&docs[1]), seed_speech());
}

#[test]
fn nul_bytes_and_binary_files_are_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let nul = write_file(dir.path(), "nul.txt", b"\"Hello,\" she said.\0\0more");
    let out = run(&["quotes", &nul]);
    out.failure();
    assert!(
        out.stderr.contains("binary file (NUL byte at byte 18)"),
        "{}",
        out.stderr
    );
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend((0..4096u32).map(|value| (value * 7919 % 256) as u8));
    let png = write_file(dir.path(), "picture.txt", png);
    let out = run(&["quotes", &png]);
    out.failure();
    assert!(out.stderr.contains("binary"), "{}", out.stderr);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    // (The report of one says so once, as the other commands do.)
    let out = run(&["report", &nul]);
    assert_eq!(out.failure().stdout, b"");
    assert_eq!(
        out.stderr,
        format!("whosaid: {nul}: looks like a binary file (NUL byte at byte 18), not text\n")
    );
}

/// Runs `whosaid` with `args`, its standard input `stdin` (an endless
/// stream, say).
fn run_reading(args: &[&str], stdin: std::process::Stdio) -> crate::harness::Output {
    std::process::Command::new(crate::harness::WHOSAID)
        .args(args)
        .stdin(stdin)
        .output()
        .expect("run whosaid")
        .into()
}

/// An endless binary stream, `/dev/zero` named as a file or piped in, is
/// refused at its first NUL byte, not read into memory until the machine
/// has none left; the documents after it go on.
#[test]
#[cfg(unix)]
fn an_endless_binary_stream_is_refused_at_its_first_nul_byte() {
    let dir = tempfile::tempdir().unwrap();
    let seed = write_file(dir.path(), "seed.txt", SEED);
    let out = run(&["quotes", "--format", "jsonl", "/dev/zero", &seed]);
    let records = out.failure().json_lines();
    assert_eq!(records.len(), 2, "{records:?}");
    assert!(
        out.stderr
            .contains("/dev/zero: looks like a binary file (NUL byte at byte 0)"),
        "{}",
        out.stderr
    );
    assert_eq!(records[1]["document"], seed.as_str());
    let alone = run(&["quotes", "--format", "jsonl", &seed]).success().json_lines();
    assert_eq!(speech(&records[1]), speech(&alone[0]));
    let zero = std::fs::File::open("/dev/zero").unwrap();
    let out = run_reading(&["quotes", "-"], zero.into());
    out.failure();
    assert!(out.stderr.contains("-: looks like a binary file"), "{}", out.stderr);
    let zero = std::fs::File::open("/dev/zero").unwrap();
    let out = run_reading(&["quotes", "--jsonl", "-", "--format", "jsonl"], zero.into());
    assert_eq!(out.failure().json_lines().len(), 1);
    assert!(out.stderr.contains("line 1"), "{}", out.stderr);
    // (A gold file too.)
    let out = run(&["eval", "/dev/zero"]);
    out.failure();
    assert!(
        out.stderr.contains("/dev/zero: looks like a binary file"),
        "{}",
        out.stderr
    );
    // (Whose bytes `--lossy` may not replace: `eval` has no such option.)
    let gold = write_file(dir.path(), "gold.jsonl", b"{\"id\": \"a\", \"text\": \"caf\xE9\"}\n");
    let out = run(&["eval", &gold]);
    out.failure();
    assert!(
        out.stderr.contains("gold.jsonl: invalid UTF-8 at byte 24\n"),
        "{}",
        out.stderr
    );
}

/// An endless text, piped in as one document or as a JSON line, is refused
/// once it passes the most one document may hold (256 MiB), with a message
/// that says so, not read until memory runs out; the lines after an
/// overlong JSON line go on.
#[test]
fn an_endless_text_is_refused_past_the_largest_document() {
    let endless = |prefix: &'static [u8]| {
        let mut child = std::process::Command::new(crate::harness::WHOSAID)
            .args(["quotes", "--format", "jsonl"])
            .args(if prefix.is_empty() {
                &["-"][..]
            } else {
                &["--jsonl", "-"][..]
            })
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("run whosaid");
        let mut pipe = child.stdin.take().unwrap();
        let feeder = std::thread::spawn(move || {
            use std::io::Write;
            let chunk = "\"No,\" she said. ".repeat(4096);
            let _ = pipe.write_all(prefix);
            // Until whosaid stops reading (or a limit, should it never stop).
            for _ in 0..(1 << 30) / chunk.len() {
                if pipe.write_all(chunk.as_bytes()).is_err() {
                    return;
                }
            }
        });
        let output = child.wait_with_output().unwrap();
        feeder.join().unwrap();
        crate::harness::Output::from(output)
    };
    let out = endless(b"");
    assert_eq!(out.failure().json_lines().len(), 1);
    assert!(
        out.stderr
            .contains("-: larger than 256 MiB, the most one document may hold"),
        "{}",
        out.stderr
    );
    let out = endless(b"{\"id\": \"a\", \"text\": \"\\\"Yes,\\\" he said.\"}\n{\"id\": \"b\", \"text\": \"");
    let records = out.failure().json_lines();
    assert_eq!(records.len(), 2, "{records:?}");
    assert_eq!(speech(&records[0]).len(), 1);
    assert_eq!(records[1]["line"], 2);
    assert!(out.stderr.contains("larger than 256 MiB"), "{}", out.stderr);
}

/// An empty or blank file is most often a failed download: it is refused
/// with a message, as a binary file is, not read as an article that quotes
/// no one. (A JSON line whose `text` is empty is a document all the same,
/// and blank lines between JSON lines are skipped.)
#[test]
fn an_empty_file_is_refused_clearly() {
    let dir = tempfile::tempdir().unwrap();
    let empty = write_file(dir.path(), "empty.txt", b"");
    let out = run(&["quotes", &empty]);
    assert_eq!(
        out.failure().text(),
        "document,id,paragraph,start,end,kind,speaker,cue,recipient,confidence,quote\n"
    );
    assert!(
        out.stderr.contains("empty.txt: no text: the input is empty"),
        "{}",
        out.stderr
    );
    let out = run_with_stdin(&["quotes", "-"], Some(b""));
    assert_eq!(out.failure().csv_rows().len(), 1);
    assert!(out.stderr.contains("-: no text"), "{}", out.stderr);
    for (name, bytes) in [("blank.txt", &b" \n\n\t\r\n"[..]), ("bom.txt", "\u{FEFF}\n".as_bytes())] {
        let blank = write_file(dir.path(), name, bytes);
        let out = run(&["quotes", "--format", "jsonl", &blank]);
        let records = out.failure().json_lines();
        assert_eq!(records.len(), 1, "{name}");
        assert!(
            records[0]["error"].as_str().unwrap().contains("blank"),
            "{name}: {records:?}"
        );
    }
    let out = run_with_stdin(&["quotes", "--jsonl", "-", "--format", "jsonl"], Some(b"\n\n"));
    assert_eq!(out.success().text(), "");
    let out = run_with_stdin(
        &["quotes", "--jsonl", "-", "--format", "jsonl"],
        Some(br#"{"id": "a", "text": ""}"#),
    );
    assert_eq!(out.success().json_lines()[0]["quotes"], serde_json::json!([]));
}

/// A 50 MB line: no paragraph breaks, a quote every few hundred bytes.
#[test]
#[cfg_attr(
    debug_assertions,
    ignore = "50 MB through a debug build takes minutes; CI runs it with --release"
)]
fn a_fifty_megabyte_single_line() {
    let sentence = "The ministry said the plan, drafted in May, would go ahead next year despite the protests. ";
    let quote = "\"We will not wait any longer,\" the minister told reporters. ";
    let mut text = String::with_capacity(50 << 20);
    let mut quotes = 0;
    while text.len() < 50 << 20 {
        for _ in 0..4 {
            text.push_str(sentence);
        }
        text.push_str(quote);
        quotes += 1;
    }
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(dir.path(), "line.txt", &text);
    let out = run(&["quotes", &file]);
    let rows = out.success().csv_rows();
    // Every quote of the line, and only those, as direct quotes (the
    // sentences around them may add reported claims).
    let direct: Vec<&Vec<String>> = rows[1..].iter().filter(|row| row[5] == "direct").collect();
    assert_eq!(direct.len(), quotes, "every quote of the line");
    assert!(direct.iter().all(|row| row[10] == "We will not wait any longer,"));
    assert!(
        rows[1..].iter().all(|row| row[5] != "partial"),
        "no stray partial quotes"
    );
}

fn analyse_json(text: &str) -> serde_json::Value {
    let out = run_with_stdin(&["quotes", "--format", "json", "--all", "-"], Some(text.as_bytes()));
    let doc = out.success().json();
    assert_offsets_point_into(&doc, text);
    doc
}

#[test]
fn a_hundred_thousand_unbalanced_quote_marks() {
    // Openers only, in one paragraph: each swallows nothing.
    let straight = "\"word ".repeat(100_000);
    let doc = analyse_json(&straight);
    assert!(doc["quotes"].as_array().unwrap().len() < 100_000);
    for quote in doc["quotes"].as_array().unwrap() {
        assert!(quote["text"].as_str().unwrap().len() < 100, "{quote}");
    }
    // Curly openers, one per paragraph: each is an unclosed quote, reported.
    let curly = "“An opening mark that never closes.\n\n".repeat(100_000);
    let doc = analyse_json(&curly);
    assert!(doc["quotes"].as_array().unwrap().is_empty());
    assert!(!doc["warnings"].as_array().unwrap().is_empty());
    // Closers only, and a mixture.
    analyse_json(&"word” ".repeat(100_000));
    analyse_json(&"'a “b « c ‘d „e 「f ".repeat(20_000));
}

#[test]
fn quotes_nested_ten_thousand_deep() {
    let depth = 10_000;
    let mut text = String::from("She said ");
    for level in 0..depth {
        text.push_str(if level % 2 == 0 { "“" } else { "‘" });
        text.push_str("and ");
    }
    text.push_str("the core");
    for level in (0..depth).rev() {
        text.push_str(if level % 2 == 0 { "”" } else { "’" });
        text.push(' ');
    }
    text.push_str("\n\nThe next paragraph: \"a quote,\" he said.");
    let doc = analyse_json(&text);
    let quotes = doc["quotes"].as_array().unwrap();
    // Whatever the engine makes of the tower, the next paragraph is intact.
    assert_eq!(quotes.last().unwrap()["text"], "a quote,");
    // Straight marks nested as deep.
    let mut straight = String::new();
    for _ in 0..depth {
        straight.push_str("\"'");
    }
    straight.push_str("core");
    for _ in 0..depth {
        straight.push_str("'\"");
    }
    analyse_json(&straight);
}

#[test]
fn hostile_html_is_read_as_text_without_its_code() {
    let page = r#"<!DOCTYPE html><html><head><script>alert("\"hacked,\" said the script")</script></head>
        <body onload="steal()"><div><h1>Regrets in Almaty</h1><p>"We deeply regret this now," Baibolat Kunbolat told AFP on Friday, in Almaty.</p>
        <img src=x onerror="alert('&quot;pwned,&quot; he said')"><p>Broken <b>tags <i>never closed <p>next paragraph
        <scr<script>ipt>shown as text</script>  </div></span></html></body> <!-- unclosed comment "said""#;
    let dir = tempfile::tempdir().unwrap();
    let file = write_file(dir.path(), "hostile.html", page);
    let out = run(&["quotes", "--format", "json", &file]);
    let doc = out.success().json();
    let text = doc["text"].as_str().unwrap();
    assert_offsets_point_into(&doc, text);
    assert!(
        !text.contains("alert") && !text.contains("hacked") && !text.contains("pwned"),
        "{text}"
    );
    assert!(!text.contains("steal") && !text.contains("unclosed comment"), "{text}");
    // A broken tag is text, as a browser shows it; the script element is not.
    assert!(
        text.contains("Broken tags never closed\n\nnext paragraph ipt>shown as text"),
        "{text}"
    );
    let said = speech(&doc);
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].speaker.as_deref(), Some("Baibolat Kunbolat"));
}

#[test]
fn a_batch_of_hostile_files_keeps_every_good_document() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let good = "\"We will stay,\" Ann Lee said.";
    write_file(root, "00-good.txt", good);
    write_file(root, "01-invalid.txt", b"ok \xc3\x28 not ok");
    write_file(root, "02-good.txt", good);
    write_file(root, "03-nul.txt", b"\0\0\0\0");
    write_file(root, "04-good.txt", good);
    write_file(root, "05-empty.txt", b"");
    write_file(root, "06-marks.txt", "\"“‘«„「".repeat(5_000));
    write_file(
        root,
        "07-page.html",
        "<p onclick=x>\"Hello,\" <b>she <script>said</script></p",
    );
    write_file(root, "08-good.txt", good);
    write_file(
        root,
        "09-broken.jsonl",
        "{\"id\": 1, \"text\": \"\\\"Fine,\\\" Ann Lee said.\"}\n{oops\n",
    );
    write_file(root, "10-good.txt", good);
    let out = run(&["quotes", "--format", "jsonl", "--threads", "2", root.to_str().unwrap()]);
    out.failure();
    let records = out.json_lines();
    let names: Vec<String> = records
        .iter()
        .map(|record| {
            let document = record["document"].as_str().unwrap();
            let name = document.rsplit('/').next().unwrap().to_string();
            if record.get("error").is_some() {
                format!("error:{name}")
            } else {
                name
            }
        })
        .collect();
    assert_eq!(
        names,
        [
            "00-good.txt",
            "error:01-invalid.txt",
            "02-good.txt",
            "error:03-nul.txt",
            "04-good.txt",
            "error:05-empty.txt",
            "06-marks.txt",
            "07-page.html",
            "08-good.txt",
            "1",
            "error:09-broken.jsonl",
            "10-good.txt",
        ]
    );
    for record in records
        .iter()
        .filter(|record| record["document"].as_str().unwrap().ends_with("good.txt"))
    {
        assert_eq!(record["quotes"][0]["speaker"], "Ann Lee");
    }
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
}

/// Peak resident memory, in KiB, of `whosaid ARGS` (the child's own, from
/// wait4(2), whatever else the tests run at the same time).
#[cfg(unix)]
#[allow(clippy::zombie_processes, reason = "reaped by wait4, which reads its rusage")]
fn peak_memory(args: &[&str]) -> i64 {
    use std::os::unix::process::ExitStatusExt;
    let child = std::process::Command::new(crate::harness::WHOSAID)
        .args(args)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("run whosaid");
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid one to fill.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, once, with valid pointers.
    let waited = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert_eq!(waited, child.id() as libc::pid_t, "wait4");
    let status = std::process::ExitStatus::from_raw(status);
    assert!(status.success(), "whosaid {args:?}: {status}");
    usage.ru_maxrss
}

/// One document of thousands of claims by two speakers taking turns:
/// `contrast` judges every two claims within 256 of each other, a thousand
/// times the document's size in pairs, and holds a bounded block of them
/// at a time, not all (about 6 times the memory of `quotes` on the same file
/// when all were held; 1.9 times since).
#[test]
#[cfg(unix)]
fn contrast_holds_a_bounded_block_of_judged_pairs() {
    assert_contrast_memory_near_quotes("Ana Ruiz said the plan is good. Ben Cole said the plan is bad. ");
}

/// One document of thousands of claims, each other one a rebuttal of the
/// speaker before (`denied that`): each rebuttal is opposed to every claim
/// of hers within reach, and only the nearest two of them are shown. They
/// are kept while judging, not all until the end (4.4 times the memory of
/// `quotes` on the same file when all were held).
#[test]
#[cfg(unix)]
fn contrast_holds_only_the_nearest_rebuttals_of_a_speaker() {
    assert_contrast_memory_near_quotes("Ana Ruiz said the plan is good. Ben Cole denied that. ");
}

/// The report of one long document of turns, a transcript's shape: each
/// claim is related to every claim within reach, hundreds of pairs a
/// claim. The report shows the strongest few hundred, and says how many
/// more there are (2.7 times the memory of `quotes`, a page 13 times the
/// text; 78 times, 1.5 GB, and 1,900 times, 500 MB, when it showed every
/// pair).
#[test]
#[cfg(unix)]
fn a_report_of_a_long_transcript_shows_a_bounded_number_of_pairs() {
    let html = bounded_report("Ana Ruiz said the plan is good. Ben Cole said the plan is bad. ");
    assert!(
        html.contains("weaker pairs, not shown"),
        "the page says what it leaves out"
    );
}

/// The same with opposed terms (`safe` and `unsafe`): each claim is
/// opposed to every claim of the other speaker within reach, and the report
/// shows the 500 strongest (3 GB and a 1 GB page for 512 KB when it showed
/// them all).
#[test]
#[cfg(unix)]
fn a_report_of_a_long_dispute_shows_a_bounded_number_of_pairs() {
    let html = bounded_report("Ana Ruiz said the dam is safe. Ben Cole said the dam is unsafe. ");
    assert_eq!(html.matches("<tr class=\"opposes\">").count(), 500);
}

/// The report of 256 KB of `piece` again and again, in one line: it peaks
/// below five times the memory of `quotes` on the same file, and its page
/// is less than 32 times the text.
#[cfg(unix)]
fn bounded_report(piece: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let text = piece.repeat((256 << 10) / piece.len());
    let length = text.len() as u64;
    let file = write_file(dir.path(), "long.txt", text);
    let page = dir.path().join("report.html");
    let quotes = peak_memory(&["quotes", &file]);
    let report = peak_memory(&["report", &file, "-o", page.to_str().unwrap()]);
    let size = std::fs::metadata(&page).unwrap().len();
    eprintln!("peak memory: quotes {quotes} KiB, report {report} KiB; page {size} bytes");
    assert!(report < 5 * quotes, "report takes {report} KiB, quotes {quotes} KiB");
    assert!(size < 32 * length, "a page of {size} bytes for {length} of text");
    std::fs::read_to_string(&page).unwrap()
}

/// `contrast` on 512 KB of `piece` again and again, in one line, peaks
/// below three times the memory of `quotes` on the same file.
#[cfg(unix)]
fn assert_contrast_memory_near_quotes(piece: &str) {
    let dir = tempfile::tempdir().unwrap();
    let text = piece.repeat((512 << 10) / piece.len());
    let file = write_file(dir.path(), "turns.txt", text);
    let quotes = peak_memory(&["quotes", &file]);
    let contrast = peak_memory(&["contrast", &file]);
    eprintln!("peak memory: quotes {quotes} KiB, contrast {contrast} KiB");
    assert!(
        contrast < 3 * quotes,
        "contrast takes {contrast} KiB, quotes {quotes} KiB"
    );
}
