//! Quotations between doubled apostrophes (`''…''`), as newspaper archives
//! write them: with `--doubled-quotes`, the seed article so written gives
//! the seed's speech quotes and contrasts; without it, none of its
//! quotations is a quote.

use crate::harness::{SEED, run, speech, write_file};

/// The seed with every double quote mark written as two apostrophes.
fn doubled_seed(dir: &std::path::Path) -> String {
    write_file(dir, "seed-doubled.txt", SEED.replace('"', "''"))
}

fn json(args: &[&str]) -> serde_json::Value {
    let output = run(args);
    output.success();
    output.json()
}

#[test]
fn doubled_apostrophes_quote_what_double_marks_do() {
    let dir = tempfile::tempdir().unwrap();
    let doubled = doubled_seed(dir.path());
    let plain = speech(&json(&[
        "quotes",
        "--format",
        "json",
        "corpus/afp-2020-10-23-kazakhs-xinjiang.txt",
    ]));
    let read = speech(&json(&["quotes", "--format", "json", "--doubled-quotes", &doubled]));
    assert_eq!(plain.len(), 11, "the seed's speech quotes: {plain:#?}");
    assert_eq!(read, plain);
    // Not read by default: no quotation between doubled marks is a quote.
    let unread = speech(&json(&["quotes", "--format", "json", &doubled]));
    assert!(
        unread.iter().all(|said| !plain.contains(said)),
        "read without the flag: {unread:#?}"
    );
}

#[test]
fn doubled_apostrophes_give_the_seed_contrasts() {
    let dir = tempfile::tempdir().unwrap();
    let doubled = doubled_seed(dir.path());
    // (Speakers, relation and cues: the claims' words differ in their marks.)
    let rows = |output: crate::harness::Output| -> Vec<Vec<String>> {
        output.success();
        output
            .csv_rows()
            .into_iter()
            .map(|row| [1, 2, 4, 6, 7, 9].iter().map(|&column| row[column].clone()).collect())
            .collect()
    };
    let plain = rows(run(&["contrast", "corpus/afp-2020-10-23-kazakhs-xinjiang.txt"]));
    let read = rows(run(&["contrast", "--doubled-quotes", &doubled]));
    assert_eq!(plain.len(), 9, "a header and eight rows");
    assert_eq!(read, plain);
}
