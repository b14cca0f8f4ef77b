//! `--grammars DIR`: grammar files replaced at run time, and errors that
//! name file, line and column.

use std::process::Command;

const SEED: &str = "corpus/afp-2020-10-23-kazakhs-xinjiang.txt";

fn whosaid(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run whosaid")
}

fn grammar_dir(name: &str, files: &[(&str, &str)]) -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}

#[test]
fn a_malformed_grammar_file_names_file_line_and_column() {
    let dir = grammar_dir(
        "bad-grammar",
        &[(
            "speech_verbs.txt",
            "say | neutral | says said saying | quote\ntell | neutrl | tells told telling | quote\n",
        )],
    );
    let output = whosaid(&["quotes", "--grammars", dir.to_str().unwrap(), SEED]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("speech_verbs.txt:2:8: unknown framing class 'neutrl'"),
        "{stderr}"
    );
}

#[test]
fn an_override_replaces_one_file_and_keeps_the_others() {
    // Only guillemets count as quote marks: the seed's straight quotes are
    // no quotes any more, while reported speech (from the built-in verbs)
    // is still found.
    let dir = grammar_dir("guillemets-only", &[("quote_marks.txt", "« » | double\n")]);
    let output = whosaid(&["quotes", "--grammars", dir.to_str().unwrap(), SEED]);
    assert_eq!(output.status.code(), Some(0));
    let csv = String::from_utf8(output.stdout).unwrap();
    assert!(!csv.contains(",direct,"), "{csv}");
    assert!(csv.contains(",indirect,Bikamal Kaken,insists,"), "{csv}");
}
