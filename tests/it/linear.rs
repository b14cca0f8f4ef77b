//! Linear time, shown by instruction counts (valgrind's cachegrind, which
//! counts every instruction the program runs, deterministically): for each
//! kind of hostile input, the work added by doubling the input must about
//! double, never quadruple. Differences of three sizes cancel the start-up
//! cost. Skips, with a message, where valgrind is not installed (CI
//! installs it).

use crate::harness::WHOSAID;

/// Instructions run by `whosaid COMMAND FILE`, with one thread and every
/// row for `quotes` and `contrast`.
fn instructions(command: &str, file: &std::path::Path) -> u64 {
    let options: &[&str] = match command {
        "stats" => &["--format", "json"],
        "report" => &[],
        _ => &["--threads", "1", "--format", "jsonl", "--all"],
    };
    let out = std::process::Command::new("valgrind")
        .args(["--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null"])
        .arg(WHOSAID)
        .arg(command)
        .args(options)
        .arg(file)
        .output()
        .expect("run valgrind");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let line = stderr
        .lines()
        .find(|line| line.contains("I") && line.contains("refs:"))
        .unwrap_or_else(|| panic!("no instruction count in:\n{stderr}"));
    line.rsplit(':')
        .next()
        .unwrap()
        .trim()
        .replace(',', "")
        .parse()
        .expect("a count")
}

fn valgrind_missing() -> bool {
    let missing = std::process::Command::new("valgrind")
        .arg("--version")
        .output()
        .is_err();
    if missing {
        eprintln!("valgrind is not installed: linear-time checks skipped");
    }
    missing
}

/// Units of input per run: small in debug builds, which are slow under valgrind.
fn base_units() -> usize {
    if cfg!(debug_assertions) { 1 } else { 4 }
}

/// Units of input per run of `contrast`, in every build: its documents must
/// hold more claims than are judged against each other
/// (`contrast::DOCUMENT_REACH`, 256) for its work to grow linearly, and a
/// debug build judges them slowly.
const CONTRAST_UNITS: usize = 2;

/// Checks that the work of `whosaid quotes` on `make(n)` grows linearly in n.
fn check_linear(name: &str, make: impl Fn(usize) -> String) {
    check_linear_in("quotes", base_units(), name, make);
}

/// Checks that the work of `whosaid contrast` on `make(n)` grows linearly in n.
fn check_linear_contrast(name: &str, make: impl Fn(usize) -> String) {
    check_linear_in("contrast", CONTRAST_UNITS, name, make);
}

/// Checks that the work of `whosaid COMMAND` on `make(n)` grows linearly in
/// n, from n = `base`.
fn check_linear_in(command: &str, base: usize, name: &str, make: impl Fn(usize) -> String) {
    if valgrind_missing() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let counts: Vec<u64> = [base, 2 * base, 4 * base]
        .iter()
        .map(|&units| {
            let path = dir.path().join(format!("{name}-{units}.txt"));
            std::fs::write(&path, make(units)).unwrap();
            instructions(command, &path)
        })
        .collect();
    let first = counts[1] as f64 - counts[0] as f64;
    let second = counts[2] as f64 - counts[1] as f64;
    let ratio = second / first;
    eprintln!("{command} {name}: instructions {counts:?}, growth ratio {ratio:.2} (2 is linear, 4 quadratic)");
    assert!(first > 0.0, "{command} {name}: more input, no more work? {counts:?}");
    assert!(
        (1.6..2.6).contains(&ratio),
        "{command} {name}: work grows by {ratio:.2} when the input doubles: {counts:?}"
    );
}

/// Checks that the work of `whosaid stats` and of `whosaid report`, which
/// read a document's sources, on `make(n)` grows linearly in n.
fn check_linear_sources(base: usize, name: &str, make: impl Fn(usize) -> String) {
    for command in ["stats", "report"] {
        check_linear_in(command, base, name, &make);
    }
}

/// 16 KB a unit.
const UNIT: usize = 16 << 10;

fn repeat_to(piece: &str, units: usize) -> String {
    piece.repeat(units * UNIT / piece.len())
}

/// Half of `units` of `first` repeated, then half of `second`, in two
/// paragraphs.
fn halves(first: &str, second: &str, units: usize) -> String {
    let half = |piece: &str| piece.repeat(units * UNIT / 2 / piece.len());
    format!("{}\n\n{}", half(first), half(second))
}

#[test]
fn a_single_long_line_is_linear() {
    check_linear("line", |units| {
        repeat_to(
            "The minister said the plan would go ahead. \"We will not wait,\" she told reporters. ",
            units,
        )
    });
}

/// One paragraph of thousands of lines, each a quote, some in title case:
/// each quote's line is found by halving, and whether a line or paragraph
/// is in title case is counted once, not again for each quote in it.
#[test]
fn many_lines_of_quotes_in_one_paragraph_are_linear() {
    check_linear("lines", |units| {
        repeat_to("Ana Ruiz called it \"a lie\".\nBen Cole Called It \"A Lie\".\n", units)
    });
}

/// One paragraph of thousands of names and pronouns that no name near
/// them fits as well: each pronoun looks a bounded number of names back.
#[test]
fn pronouns_among_many_names_in_one_paragraph_are_linear() {
    check_linear("pronouns", |units| {
        repeat_to("Ana Ruiz met Ben Cole. She said he lied. ", units)
    });
}

/// A line of French quotes, then one of Japanese quotes: marks with no `"`,
/// `'` or curly mark near them. The scan for the next mark of each kind
/// goes past each mark once, not to the line's end for the other kind at
/// every mark.
#[test]
fn a_line_of_guillemets_or_corner_brackets_is_linear() {
    check_linear("guillemets", |units| {
        halves("«Oui», a dit Ana Ruiz. ", "「はい」と彼は言った。", units)
    });
}

/// Clauses with a role in each (`the minister`) and no sentence end, in one
/// paragraph, then each in a paragraph of its own: a role looks a bounded
/// number of names back, its sentence's start is looked up, and the last
/// person named and the lede's first person are worked out once, not read
/// again from the text's start at each role.
#[test]
fn roles_in_one_endless_sentence_are_linear() {
    check_linear("roles", |units| {
        halves(
            "the minister, who told AFP that the plan, which ",
            "the minister, who told AFP that the plan, which\n\n",
            units,
        )
    });
}

/// Sourcing statistics and the HTML report read the text around each
/// source's names and each recipient: through an index of the words, each
/// name and recipient once, a bounded number of its places, not the whole
/// text again for each quote.
#[test]
fn stats_and_report_are_linear() {
    let news = |units: usize| {
        halves(
            "The minister said the plan would go ahead. \"We will not wait,\" she told reporters. ",
            "\"Yes,\" Ana Ruiz told the Global Times, a newspaper. Mrs. Ruiz, a minister, agreed. ",
            units,
        )
    };
    check_linear_sources(base_units(), "sources", news);
}

/// One line of text with parentheses all along it: the dateline's agency
/// (`Almaty (AFP) Oct 23`) is looked for among the first few words of
/// the first lines, not by counting every word before each parenthesis of
/// a line that may be the whole text.
#[test]
fn parentheses_along_one_long_line_are_linear() {
    let line = |units: usize| {
        repeat_to(
            "The plan (the second this year) was cut, Ana Ruiz (a minister) said. ",
            units,
        )
    };
    check_linear_sources(base_units(), "parentheses", line);
}

/// `they` again and again in one paragraph: each looks back for a group
/// among a bounded number of the speakers before it, not all of the
/// paragraph's (a page flattened to one line is one paragraph).
#[test]
fn they_again_and_again_in_one_paragraph_is_linear() {
    check_linear_in("quotes", 1, "they", |units| repeat_to("They said so. ", units));
}

/// A pronoun in a claim that no speaker before it fits, again and again in
/// one endless sentence: each looks back over a bounded number of the
/// speakers mentioned before it, not all of its paragraph's. (Found by a
/// random search of shapes; a page flattened to one line is one
/// paragraph.)
#[test]
fn pronouns_no_speaker_fits_in_one_paragraph_are_linear() {
    check_linear_contrast("unfitting", |units| {
        repeat_to("critics tweeted if spokesman for his - on Monday his ", units)
    });
}

/// A `they` that speaks, again and again in one sentence that never ends
/// (`Mr.` ends none): each looks a bounded way back for the verb of speech
/// whose subject it may stand for, not to the sentence's start. (Found by
/// the random search of shapes.)
#[test]
fn a_speaking_they_in_one_endless_sentence_is_linear() {
    check_linear_in("quotes", 1, "endless they", |units| {
        repeat_to(
            "their million $3 million But according to They Ana Ruiz Mr. she ( Mr. ",
            units,
        )
    });
}

/// Thousands of speakers, each quoted once, and one speaker relayed by
/// thousands of outlets: `stats` merges speakers of one name, and tells an
/// outlet it has not counted yet, through an index, not by reading every
/// one counted before (a corpus has millions of speakers).
#[test]
fn stats_of_thousands_of_speakers_or_outlets_are_linear() {
    check_linear_in("stats", base_units(), "speakers", |units| {
        with_names(units, |name| format!("\"Yes,\" said Ana {}ova. ", capitalized(name)))
    });
    check_linear_in("stats", base_units(), "outlets", |units| {
        with_names(units, |name| {
            format!("\"Yes,\" Ana Ruiz told the {} Times. ", capitalized(name))
        })
    });
}

/// Parentheses with no space between them (`((((`, `(AFP(AFP`): the
/// words before each one are one word that grows along the line, so the
/// dateline's place is bounded in bytes as well as in words.
#[test]
fn parentheses_with_no_space_between_are_linear() {
    for piece in ["(", "(AFP"] {
        check_linear_sources(1, "unspaced-parentheses", |units| repeat_to(piece, units));
    }
}

/// The report of one document of thousands of claims and rebuttals: each
/// claim's colour and each pair side's quote are looked up, and ranges
/// that cross are split by a sweep over the ranges still open, not a scan
/// of all placed. (Its pairs are many, each rebuttal against every claim
/// within reach: a unit a run keeps it quick under valgrind.)
#[test]
fn a_report_of_thousands_of_rebuttals_is_linear() {
    check_linear_in("report", 1, "rebuttals", |units| {
        repeat_to("Ana Ruiz said the plan is good. Ben Cole denied that. ", units)
    });
}

#[test]
fn unbalanced_quote_marks_are_linear() {
    check_linear("unbalanced", |units| repeat_to("\"word “word ‘word «word ", units));
}

/// Doubled apostrophes (`''…''`) among quotes, on one line: each `''…''`
/// is checked against the quotes near it, not all of them.
#[test]
fn doubled_apostrophes_among_quotes_are_linear() {
    check_linear("doubled", |units| {
        repeat_to("''We will,'' he said. \"Yes,\" she said. ", units)
    });
}

#[test]
fn unclosed_quotes_in_paragraphs_are_linear() {
    check_linear("unclosed", |units| {
        repeat_to("“An opening mark that never closes, Ann said.\n\n", units)
    });
}

/// Quotes nested thousands deep, each size past the 32 KiB that two marks
/// of one quote may be apart (the outer levels are then no quotes: a size
/// under it and one past it would compare two ways of reading the text).
#[test]
fn deeply_nested_quotes_are_linear() {
    check_linear("nested", |units| {
        let depth = units * UNIT / 4;
        let mut text = String::new();
        for level in 0..depth {
            text.push_str(if level % 2 == 0 { "“and " } else { "‘and " });
        }
        for level in (0..depth).rev() {
            text.push_str(if level % 2 == 0 { "” " } else { "’ " });
        }
        text
    });
}

#[test]
fn deeply_nested_html_is_linear() {
    check_linear("html", |units| {
        let depth = units * UNIT / 24;
        let mut page = String::from("<!DOCTYPE html><html><body>");
        for _ in 0..depth {
            page.push_str("<div><b>");
        }
        page.push_str("<p>\"Deep,\" she said.</p>");
        for _ in 0..depth {
            page.push_str("</b></div>");
        }
        page
    });
}

/// The seed article's body, again and again in one document, to `units`.
fn news_paragraphs(units: usize) -> String {
    let seed = crate::harness::SEED;
    let body: String = seed.split("\n\n").skip(5).take(30).collect::<Vec<_>>().join("\n\n");
    let mut text = String::new();
    while text.len() < units * UNIT {
        text.push_str(&body);
        text.push_str("\n\n");
    }
    text
}

#[test]
fn news_paragraphs_are_linear() {
    check_linear("news", news_paragraphs);
}

/// Contrasts are judged between the claims of one document: a document of
/// thousands of claims, two speakers taking turns, must cost no more than
/// its claims' pairs within reach of each other, not every two of them.
/// (Two claims on nothing alike are quickly judged: a test that CI can run
/// unoptimized under valgrind, whose quadratic cost would still show.)
#[test]
fn contrasts_in_one_long_document_are_linear() {
    check_linear_contrast("line", |units| {
        repeat_to(
            "Ana Ruiz said the weather was warm. Ben Cole said the trains ran late. ",
            units,
        )
    });
}

/// A quote mark left open at the start of one long line quotes the rest of
/// it, names and rebuttal words all along: the evidence between each name
/// and the rebuttal reads a snippet's few words of the stretch, not all of
/// it (3.9 times the work when doubled before).
#[test]
fn a_quote_left_open_over_one_long_line_is_linear() {
    check_linear_contrast("open quote", |units| {
        format!(
            "Ana Ruiz said: “{}",
            repeat_to("Ben Cole and Carla Diaz said the plan was full of lies. ", units)
        )
    });
}

/// One speaker's denials, a thousand in one turn after the claim they
/// answer: each denial looks back for the claim it denies, and each claim
/// of the turn weighs what the turn answers, a bounded way back.
#[test]
fn a_long_turn_of_denials_is_linear() {
    check_linear_contrast("denials", |units| {
        let mut text = String::from("Ana Ruiz said the plan is good. But Ben Cole denied it. ");
        text.push_str(&repeat_to("Ben Cole denied it again. ", units));
        text
    });
}

/// A name for the `units`-th time and after: `Aa`, `Ab`, … (no digits:
/// a name is written in letters).
fn letters(mut number: usize) -> String {
    let mut name = String::new();
    loop {
        name.insert(0, char::from(b'a' + (number % 26) as u8));
        number /= 26;
        if number == 0 {
            break;
        }
    }
    name
}

/// `piece` of the names `a`, `b`, … `aa`, `ab`, … in turn, until the text
/// has `units` of input.
fn with_names(units: usize, piece: impl Fn(&str) -> String) -> String {
    let mut text = String::new();
    let mut number = 0;
    while text.len() < units * UNIT {
        text.push_str(&piece(&letters(number)));
        number += 1;
    }
    text
}

/// `name` with a capital.
fn capitalized(name: &str) -> String {
    let mut name = name.to_string();
    name[..1].make_ascii_uppercase();
    name
}

/// Thousands of speakers in one document whose names end alike (`Ama Ruiz
/// Cole`, `Bma Ruiz Cole`, …): each name is matched to the speakers by its
/// endings, not compared with every speaker of the document or corpus.
#[test]
fn thousands_of_speakers_named_alike_are_linear() {
    check_linear_contrast("speakers", |units| {
        with_names(units, |name| format!("\"{name}ville,\" said A{name}a Ruiz Cole. "))
    });
}

/// Thousands of speakers in one document whose names share their first and
/// last words (`Ana Aova Ruiz`, `Ana Bova Ruiz`, …): the name of given
/// words, which each canonical name asks for its own and their runs, is
/// looked up, not found among every name that holds its first word.
#[test]
fn thousands_of_speakers_named_with_the_same_words_are_linear() {
    check_linear_contrast("same words", |units| {
        with_names(units, |name| format!("Ana {}ova Ruiz said so. ", capitalized(name)))
    });
}

/// Thousands of bodies whose names end alike (`the Aian Ministry`, `the
/// Bian Ministry`, …) named in one endless sentence: each name is matched
/// to the document's speakers through its rarest word, and the search ends
/// at a second that fits, not after every speaker who shares its last
/// word. (Found by a random search of shapes.)
#[test]
fn thousands_of_bodies_named_alike_in_one_sentence_are_linear() {
    check_linear_contrast("bodies", |units| {
        with_names(units, |name| {
            format!(
                "the {}ian Ministry in a statement He added of Post ” not ‘ ",
                capitalized(name)
            )
        })
    });
}

/// The seed's rebuttals ("full of lies") and their targets, again and
/// again in one document.
#[test]
fn contrasts_in_repeated_news_paragraphs_are_linear() {
    check_linear_contrast("news", news_paragraphs);
}

/// A business's noun and a spokesman for it, again and again: each `the
/// company` asks for the business named before it, and each spokesman
/// whether the text writes `the` before it, once per document, not once
/// per mention.
#[test]
fn a_business_named_again_and_again_is_linear() {
    check_linear("business", |units| {
        repeat_to(
            "Brightwell Energy fitted meters. The company said it was fine. \"We agree,\" a spokesman for the \
             company said.\n\n",
            units,
        )
    });
}
