//! Agreement with the reference scorer: builds prediction sets, runs
//! `python3 tests/data/score.py GOLD PRED --json` on them and checks that
//! every figure equals [`score_with`]'s within 1e-4 (score.py rounds to 4
//! decimals) and every count exactly.
//!
//! The sets are for `corpus/seed.jsonl`, hand-made and pseudo-random. Where
//! the shared PolNeAR gold is beside the crate (`../shared/gold/`), random
//! sets over `polnear_dev.jsonl` are scored too; those texts stay outside the
//! repository and the prediction files are deleted after the run. Set
//! `WHOSAID_AGREEMENT_GOLD` to a gold file to check it instead.
//!
//! The tests skip, with a note, only where `python3` is not on PATH.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

use super::tests::check_listing_agrees;
use super::*;
use crate::output::wire::{WireMention, WirePair, WireQuote, WireSide};

const MANIFEST_DIR: &str = env!("CARGO_MANIFEST_DIR");
const TOLERANCE: f64 = 1e-4;

fn score_py() -> PathBuf {
    Path::new(MANIFEST_DIR).join("tests/data/score.py")
}

fn seed_gold_path() -> PathBuf {
    Path::new(MANIFEST_DIR).join("corpus/seed.jsonl")
}

fn python3_available() -> bool {
    let found = Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|output| output.status.success());
    if !found {
        eprintln!("note: python3 is not on PATH; skipping the agreement with score.py");
    }
    found
}

/// A scratch directory of its own, removed on drop.
struct ScratchDir(PathBuf);

impl ScratchDir {
    fn new(label: &str) -> ScratchDir {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!(
            "whosaid-eval-{}-{label}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&path).unwrap();
        ScratchDir(path)
    }
}

impl Drop for ScratchDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs score.py on the predictions and returns its JSON.
fn run_score_py(gold_path: &Path, predictions: &[WireDoc], lenient: bool) -> Value {
    let scratch = ScratchDir::new("pred");
    let prediction_path = scratch.0.join("predictions.jsonl");
    let mut jsonl = String::new();
    for prediction in predictions {
        jsonl.push_str(&serde_json::to_string(prediction).unwrap());
        jsonl.push('\n');
    }
    std::fs::write(&prediction_path, jsonl).unwrap();
    let mut command = Command::new("python3");
    command
        .arg(score_py())
        .arg(gold_path)
        .arg(&prediction_path)
        .arg("--json");
    if lenient {
        command.arg("--lenient");
    }
    let output = command.output().expect("python3 runs");
    assert!(
        output.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("score.py prints JSON")
}

/// Runs a Python snippet, with score.py importable and `stdin` on its
/// standard input, and returns what it prints as JSON.
fn run_python(code: &str, stdin: &str) -> Value {
    use std::io::Write as _;
    let prelude = "import json, sys\nsys.path.insert(0, sys.argv[1])\nimport score\n";
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(format!("{prelude}{code}"))
        .arg(score_py().parent().unwrap())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(
        output.status.success(),
        "python failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("python prints JSON")
}

/// "x/y" into (x, y).
fn fraction(value: &Value) -> (usize, usize) {
    let text = value.as_str().expect("an x/y string");
    let (numerator, denominator) = text.split_once('/').unwrap();
    (numerator.parse().unwrap(), denominator.parse().unwrap())
}

fn assert_agrees(label: &str, python: &Value, evaluation: &Evaluation) {
    let figures = [
        ("quote_p", evaluation.quote_precision),
        ("quote_r", evaluation.quote_recall),
        ("quote_f1", evaluation.quote_f1),
        ("exact_share", evaluation.exact_share),
        ("speaker_acc", evaluation.speaker_accuracy),
        ("e2e_f1", evaluation.e2e_f1),
        ("indirect_p", evaluation.reported_precision),
        ("indirect_r", evaluation.reported_recall),
        ("indirect_speaker_acc", evaluation.reported_speaker_accuracy),
    ];
    for (python_name, ours) in figures {
        let theirs = python[python_name].as_f64().unwrap();
        assert!(
            (theirs - ours).abs() <= TOLERANCE,
            "{label}: {python_name} is {theirs} in score.py, {ours} here\n{python}"
        );
    }
    let counts = &python["counts"];
    let ours = &evaluation.counts;
    assert_eq!(
        (
            counts["tp"].as_u64().unwrap() as usize,
            counts["fp"].as_u64().unwrap() as usize,
            counts["fn"].as_u64().unwrap() as usize,
            counts["exact"].as_u64().unwrap() as usize,
            counts["spk_ok"].as_u64().unwrap() as usize,
        ),
        (
            ours.true_positives,
            ours.false_positives,
            ours.false_negatives,
            ours.exact,
            ours.speaker_right
        ),
        "{label}: counts\n{python}"
    );
    assert_eq!(
        fraction(&python["contrast_required_found"]),
        (evaluation.contrast_required_found, evaluation.contrast_required),
        "{label}: contrast_required_found"
    );
    assert_eq!(
        fraction(&python["contrast_top_right"]),
        (evaluation.contrast_top_right, evaluation.contrast_documents),
        "{label}: contrast_top_right"
    );
    assert_eq!(
        fraction(&python["contrast_rows_ok"]),
        (evaluation.contrast_rows_right, evaluation.contrast_rows),
        "{label}: contrast_rows_ok"
    );
    assert_eq!(
        python["docs"].as_u64().unwrap() as usize,
        evaluation.documents,
        "{label}: docs"
    );
}

/// Scores with both scorers, strict and lenient, and checks they agree.
/// Returns the strict evaluation.
fn check_agreement(label: &str, gold_path: &Path, gold: &[GoldDoc], predictions: &[WireDoc]) -> Evaluation {
    let mut strict = None;
    for lenient in [false, true] {
        let evaluation = score_with(gold, predictions, EvalOptions { lenient });
        let python = run_score_py(gold_path, predictions, lenient);
        let label = format!("{label} (lenient: {lenient})");
        assert_agrees(&label, &python, &evaluation);
        let per_document_tp: usize = evaluation.per_document.iter().map(|doc| doc.true_positives).sum();
        assert_eq!(per_document_tp, evaluation.counts.true_positives);
        if !lenient {
            check_listing_agrees(gold, predictions, &evaluation);
            strict = Some(evaluation);
        }
    }
    strict.unwrap()
}

// ---------------------------------------------------------------------------
// Prediction sets.

/// SplitMix64: small, deterministic, good enough to pick test cases.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut mixed = self.0;
        mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        mixed ^ (mixed >> 31)
    }

    fn below(&mut self, bound: usize) -> usize {
        if bound == 0 {
            0
        } else {
            (self.next_u64() % bound as u64) as usize
        }
    }

    fn chance(&mut self, probability: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < probability
    }

    /// A shift in `-reach..=reach`.
    fn shift(&mut self, reach: usize) -> isize {
        self.below(2 * reach + 1) as isize - reach as isize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

fn clamp_shift(position: usize, shift: isize, len: usize) -> usize {
    position.saturating_add_signed(shift).min(len)
}

fn slice_text(chars: &[char], start: usize, end: usize) -> String {
    chars[start.min(end)..end].iter().collect()
}

fn quote(kind: &str, chars: &[char], start: usize, end: usize, speaker: Option<String>) -> WireQuote {
    WireQuote {
        kind: kind.to_owned(),
        start,
        end,
        text: slice_text(chars, start, end),
        speaker,
        confidence: 0.5,
        paragraph: 1,
        ..WireQuote::default()
    }
}

fn side(chars: &[char], speaker: Option<String>, span: [usize; 2]) -> WireSide {
    WireSide {
        speaker,
        text: slice_text(chars, span[0], span[1]),
        start: span[0],
        end: span[1],
        ..WireSide::default()
    }
}

fn opposes(score: f64, a: WireSide, b: WireSide) -> WirePair {
    WirePair {
        topic: "t1".to_owned(),
        relation: "opposes".to_owned(),
        score,
        a,
        b,
        ..WirePair::default()
    }
}

fn number_quotes(prediction: &mut WireDoc) {
    for (idx, quote) in prediction.quotes.iter_mut().enumerate() {
        quote.id = format!("q{}", idx + 1);
    }
}

/// A span near `start..end`: exact, widened over the quote marks, or jittered.
fn jitter(rng: &mut Rng, start: usize, end: usize, len: usize, reach: usize) -> (usize, usize) {
    let roll = rng.below(100);
    let (new_start, new_end) = if roll < 35 {
        (start, end)
    } else if roll < 50 {
        (start.saturating_sub(1), (end + 1).min(len))
    } else {
        (
            clamp_shift(start, rng.shift(reach), len),
            clamp_shift(end, rng.shift(reach), len),
        )
    };
    (new_start.min(new_end), new_start.max(new_end))
}

/// The gold speaker, written differently, replaced or dropped.
fn vary_speaker(rng: &mut Rng, speaker: Option<&str>, others: &[Option<String>]) -> Option<String> {
    let roll = rng.below(100);
    let speaker = speaker.map(str::to_owned);
    match roll {
        0..45 => speaker,
        45..55 => speaker.map(|name| format!("Mr. {}", name.to_uppercase())),
        55..62 => speaker.map(|name| format!("the {}!", name.to_lowercase())),
        62..72 => rng.pick(others).clone(),
        72..80 => None,
        80..92 => speaker.map(|name| name.split_whitespace().last().unwrap_or("").to_owned()),
        _ => Some("Someone Else".to_owned()),
    }
}

/// A pseudo-random prediction for one gold document: gold quotes and claims
/// kept, dropped, re-kinded, jittered, duplicated and re-attributed, false
/// positives anywhere, and pairs for the gold contrasts and at random.
fn synthetic_prediction(doc: &GoldDoc, rng: &mut Rng) -> WireDoc {
    let chars: Vec<char> = doc.text.chars().collect();
    let len = chars.len();
    let mut speakers: Vec<Option<String>> = doc
        .quotes
        .iter()
        .chain(&doc.claims)
        .map(|quote| quote.speaker.clone())
        .collect();
    speakers.push(None);
    let mut quotes = Vec::new();
    for (gold, is_claim) in doc
        .quotes
        .iter()
        .map(|quote| (quote, false))
        .chain(doc.claims.iter().map(|claim| (claim, true)))
    {
        if rng.chance(0.15) {
            continue;
        }
        let gold_kind = gold.kind.as_deref().unwrap_or("");
        let kind = if is_claim {
            *rng.pick(&["indirect", "indirect", "indirect", "indirect", "direct", "partial"])
        } else if gold_kind == "direct" || gold_kind == "partial" {
            *rng.pick(&["direct", "direct", "partial", "partial", "direct", "indirect", "term"])
        } else {
            *rng.pick(&["direct", "partial", "term", "heading", "boilerplate"])
        };
        let reach = if is_claim { 25 } else { 8 };
        let (start, end) = jitter(rng, gold.start, gold.end, len, reach);
        let mut predicted = quote(
            kind,
            &chars,
            start,
            end,
            vary_speaker(rng, gold.speaker.as_deref(), &speakers),
        );
        predicted.cue = gold.cue.clone();
        let spans = gold.speaker_spans.as_deref().unwrap_or(&[]);
        if !spans.is_empty() && rng.chance(0.6) {
            let [mention_start, mention_end] = *rng.pick(spans);
            let (mention_start, mention_end) = jitter(rng, mention_start, mention_end, len, 4);
            predicted.mention = Some(WireMention {
                text: slice_text(&chars, mention_start, mention_end),
                start: mention_start,
                end: mention_end,
            });
        } else if rng.chance(0.3) {
            let mention_start = rng.below(len + 1);
            let mention_end = (mention_start + 1 + rng.below(15)).min(len);
            predicted.mention = Some(WireMention {
                text: slice_text(&chars, mention_start, mention_end),
                start: mention_start,
                end: mention_end,
            });
        }
        if rng.chance(0.08) {
            let mut twin = predicted.clone();
            twin.speaker = vary_speaker(rng, gold.speaker.as_deref(), &speakers);
            quotes.push(twin);
        }
        quotes.push(predicted);
    }
    for _ in 0..rng.below(5) {
        let start = rng.below(len + 1);
        let end = (start + rng.below(150)).min(len);
        let kind = *rng.pick(&["direct", "partial", "indirect", "term"]);
        let speaker = rng.pick(&speakers).clone();
        quotes.push(quote(kind, &chars, start, end, speaker));
    }
    // Shuffle (Fisher-Yates): ties in overlap are broken by prediction order.
    for idx in (1..quotes.len()).rev() {
        quotes.swap(idx, rng.below(idx + 1));
    }

    let mut pairs = Vec::new();
    let scores = [0.5, 0.75, 0.75, 0.9, 1.0, 0.0];
    for contrast in &doc.contrasts {
        if !rng.chance(0.75) || contrast.a_spans.is_empty() || contrast.b_spans.is_empty() {
            continue;
        }
        let [a_start, a_end] = *rng.pick(&contrast.a_spans);
        let [b_start, b_end] = *rng.pick(&contrast.b_spans);
        let (a_start, a_end) = jitter(rng, a_start, a_end, len, 30);
        let (b_start, b_end) = jitter(rng, b_start, b_end, len, 30);
        let side_a = side(
            &chars,
            vary_speaker(rng, contrast.a.as_deref(), &speakers),
            [a_start, a_end],
        );
        let side_b = side(
            &chars,
            vary_speaker(rng, contrast.b.as_deref(), &speakers),
            [b_start, b_end],
        );
        let score = if rng.chance(0.7) {
            *rng.pick(&scores)
        } else {
            rng.below(1000) as f64 / 1000.0
        };
        let mut pair = if rng.chance(0.5) {
            opposes(score, side_a, side_b)
        } else {
            opposes(score, side_b, side_a)
        };
        if rng.chance(0.15) {
            pair.relation = rng.pick(&["agrees", "related"]).to_string();
        }
        pairs.push(pair);
    }
    if !doc.contrasts.is_empty() || rng.chance(0.2) {
        for _ in 0..rng.below(4) {
            let random_span = |rng: &mut Rng| {
                let start = rng.below(len + 1);
                [start, (start + rng.below(200)).min(len)]
            };
            let side_a = side(&chars, rng.pick(&speakers).clone(), random_span(rng));
            let side_b = side(&chars, rng.pick(&speakers).clone(), random_span(rng));
            pairs.push(opposes(*rng.pick(&scores), side_a, side_b));
        }
    }
    let mut prediction = WireDoc {
        document: doc.id.clone(),
        quotes,
        pairs,
        ..WireDoc::default()
    };
    number_quotes(&mut prediction);
    prediction
}

/// Predictions for every gold document, some missing, some for unknown
/// documents, some given twice (the last one counts).
fn synthetic_predictions(gold: &[GoldDoc], seed: u64) -> Vec<WireDoc> {
    let mut rng = Rng(seed);
    let mut predictions = Vec::new();
    for doc in gold {
        if gold.len() > 1 && rng.chance(0.05) {
            continue;
        }
        if rng.chance(0.1) {
            predictions.push(synthetic_prediction(doc, &mut rng));
        }
        predictions.push(synthetic_prediction(doc, &mut rng));
    }
    if rng.chance(0.3) {
        let mut stray = WireDoc {
            document: "no-such-document".to_owned(),
            ..WireDoc::default()
        };
        stray.quotes.push(quote("direct", &[], 0, 0, None));
        predictions.push(stray);
    }
    predictions
}

fn seed_gold() -> Vec<GoldDoc> {
    parse_gold(&std::fs::read_to_string(seed_gold_path()).unwrap()).unwrap()
}

/// Hand-made prediction sets for the seed article.
fn seed_sets(seed: &GoldDoc) -> Vec<(&'static str, Vec<WireDoc>)> {
    let chars: Vec<char> = seed.text.chars().collect();
    let is_speech_kind = |quote: &&GoldQuote| matches!(quote.kind.as_deref(), Some("direct" | "partial"));
    let document = |quotes: Vec<WireQuote>, pairs: Vec<WirePair>| {
        let mut prediction = WireDoc {
            document: seed.id.clone(),
            quotes,
            pairs,
            ..WireDoc::default()
        };
        number_quotes(&mut prediction);
        vec![prediction]
    };
    let speech = |shift: isize, speaker: &dyn Fn(usize, &GoldQuote) -> Option<String>| {
        seed.quotes
            .iter()
            .filter(is_speech_kind)
            .enumerate()
            .map(|(idx, gold)| {
                let start = clamp_shift(gold.start, shift, chars.len());
                let end = clamp_shift(gold.end, -shift, chars.len()).max(start);
                quote(gold.kind.as_deref().unwrap(), &chars, start, end, speaker(idx, gold))
            })
            .collect::<Vec<_>>()
    };
    let claims = |shift: isize| {
        seed.claims
            .iter()
            .map(|gold| {
                let start = clamp_shift(gold.start, shift, chars.len());
                quote("indirect", &chars, start, gold.end, gold.speaker.clone())
            })
            .collect::<Vec<_>>()
    };
    let gold_pairs = |scores: &[f64], swap: bool| {
        seed.contrasts
            .iter()
            .zip(scores)
            .map(|(contrast, &score)| {
                let side_a = side(&chars, contrast.a.clone(), contrast.a_spans[0]);
                let side_b = side(&chars, contrast.b.clone(), contrast.b_spans[0]);
                if swap {
                    opposes(score, side_b, side_a)
                } else {
                    opposes(score, side_a, side_b)
                }
            })
            .collect::<Vec<_>>()
    };
    let right_speaker = |_: usize, gold: &GoldQuote| gold.speaker.clone();
    let speakers: Vec<Option<String>> = seed
        .quotes
        .iter()
        .filter(is_speech_kind)
        .map(|gold| gold.speaker.clone())
        .collect();
    let next_speaker = |idx: usize, _: &GoldQuote| speakers[(idx + 1) % speakers.len()].clone();
    let with_marks: Vec<WireQuote> = seed
        .quotes
        .iter()
        .filter(is_speech_kind)
        .map(|gold| quote("direct", &chars, gold.start - 1, gold.end + 1, gold.speaker.clone()))
        .collect();
    let mut headings = speech(0, &right_speaker);
    headings.extend(
        seed.quotes
            .iter()
            .filter(|gold| !is_speech_kind(gold))
            .map(|gold| quote("direct", &chars, gold.start, gold.end, None)),
    );
    let mut mixed_pairs = gold_pairs(&[0.7, 0.9, 0.9, 0.2, 0.9], true);
    mixed_pairs[1].relation = "agrees".to_owned();
    mixed_pairs.push(opposes(
        0.9,
        side(&chars, Some("Zhang Xiao".to_owned()), [10, 40]),
        side(&chars, Some("Bikamal Kaken".to_owned()), [871, 939]),
    ));
    let mut tied_pairs = gold_pairs(&[0.8, 0.8, 0.8, 0.8, 0.8], false);
    tied_pairs.rotate_left(1);

    vec![
        (
            "perfect",
            document(
                [speech(0, &right_speaker), claims(0)].concat(),
                gold_pairs(&[1.0, 0.9, 0.8, 0.7, 0.6], false),
            ),
        ),
        ("shifted spans", document(speech(4, &right_speaker), vec![])),
        ("spans with quote marks", document(with_marks, vec![])),
        ("wrong speakers", document(speech(0, &next_speaker), vec![])),
        ("headings, boilerplate and terms as quotes", document(headings, vec![])),
        ("indirect claims", document(claims(12), vec![])),
        (
            "speech predicted as claims",
            document(
                speech(0, &right_speaker)
                    .into_iter()
                    .map(|mut quote| {
                        quote.kind = "indirect".to_owned();
                        quote
                    })
                    .collect(),
                vec![],
            ),
        ),
        ("opposes pairs, scores and relations", document(vec![], mixed_pairs)),
        ("opposes pairs, tied scores", document(vec![], tied_pairs)),
        ("no prediction", vec![]),
        (
            "another document only",
            vec![WireDoc {
                document: "elsewhere".to_owned(),
                quotes: speech(0, &right_speaker),
                ..WireDoc::default()
            }],
        ),
    ]
}

#[test]
fn agrees_with_score_py_on_seed_hand_made_sets() {
    if !python3_available() {
        return;
    }
    let gold = seed_gold();
    for (label, predictions) in seed_sets(&gold[0]) {
        let evaluation = check_agreement(label, &seed_gold_path(), &gold, &predictions);
        if label == "perfect" {
            assert_eq!(evaluation.quote_f1, 1.0);
            assert_eq!(evaluation.e2e_f1, 1.0);
            assert_eq!(evaluation.reported_f1, 1.0);
            assert_eq!(evaluation.contrast_required_found, evaluation.contrast_required);
            assert_eq!(evaluation.contrast_top_right, 1);
        }
    }
}

#[test]
fn agrees_with_score_py_on_seed_random_sets() {
    if !python3_available() {
        return;
    }
    let gold = seed_gold();
    for seed in 0..25 {
        let predictions = synthetic_predictions(&gold, seed);
        check_agreement(&format!("seed set {seed}"), &seed_gold_path(), &gold, &predictions);
    }
}

/// PolNeAR (or `WHOSAID_AGREEMENT_GOLD`), only where it is present: its texts
/// must not enter the repository.
#[test]
fn agrees_with_score_py_on_shared_gold() {
    let gold_path = match std::env::var_os("WHOSAID_AGREEMENT_GOLD") {
        Some(path) => PathBuf::from(path),
        None => Path::new(MANIFEST_DIR).join("../shared/gold/polnear_dev.jsonl"),
    };
    let Ok(jsonl) = std::fs::read_to_string(&gold_path) else {
        eprintln!("note: {} is missing; skipping", gold_path.display());
        return;
    };
    if !python3_available() {
        return;
    }
    let gold = parse_gold(&jsonl).unwrap();
    for seed in 0..3 {
        let predictions = synthetic_predictions(&gold, 1000 + seed);
        let evaluation = check_agreement(
            &format!("{} set {seed}", gold_path.display()),
            &gold_path,
            &gold,
            &predictions,
        );
        eprintln!(
            "{} set {seed}: P {:.4} R {:.4} F1 {:.4} speaker {:.4} e2e {:.4} reported P {:.4} R {:.4} ({:?})",
            gold_path.display(),
            evaluation.quote_precision,
            evaluation.quote_recall,
            evaluation.quote_f1,
            evaluation.speaker_accuracy,
            evaluation.e2e_f1,
            evaluation.reported_precision,
            evaluation.reported_recall,
            evaluation.counts,
        );
    }
}

#[test]
fn edge_characters_agree_with_score_py() {
    if !python3_available() {
        return;
    }
    let theirs = run_python("print(json.dumps(sorted(score.EDGE)))", "");
    let mut ours: Vec<String> = EDGE.iter().map(char::to_string).collect();
    ours.sort();
    assert_eq!(theirs, serde_json::json!(ours));
    assert_eq!(
        run_python("print(json.dumps(sorted(score.SPEECH)))", ""),
        serde_json::json!(SPEECH_KINDS)
    );
}

#[test]
fn norm_name_agrees_with_score_py() {
    if !python3_available() {
        return;
    }
    let names = [
        "Mr. Bikamal  Kaken",
        "The U.S. State Department",
        "Dr Zoë O'Brien-Smith",
        "the",
        "Ms.\u{a0}Gu\tMing",
        "snake_case_name",
        "Jose\u{301} Marti\u{301}",
        "İpek Ünal",
        "ΟΔΥΣΣΕΥΣ",
        "Straße",
        "Ⓐnn Ⅻ ½ ²",
        "名前 山田",
        "क्षत्रिय",
        "a\u{1c}b\u{85}c",
        "«Le Monde»",
        "",
    ];
    let input = serde_json::to_string(&names).unwrap();
    let theirs = run_python(
        "print(json.dumps([score.norm_name(n) for n in json.load(sys.stdin)]))",
        &input,
    );
    let ours: Vec<String> = names.iter().map(|name| norm_name(Some(name))).collect();
    assert_eq!(theirs, serde_json::json!(ours));
}

/// Python's `\w` for every character its Unicode tables assign.
#[test]
fn word_characters_agree_with_python() {
    if !python3_available() {
        return;
    }
    let theirs = run_python(
        "import re, unicodedata\n\
         word = re.compile(r'\\w')\n\
         out = []\n\
         for code in range(0x110000):\n\
         \x20   ch = chr(code)\n\
         \x20   if unicodedata.category(ch) not in ('Cn', 'Cs'):\n\
         \x20       out.append(code if word.match(ch) else -code - 1)\n\
         print(json.dumps(out))",
        "",
    );
    let mut differing = Vec::new();
    for entry in theirs.as_array().unwrap() {
        let entry = entry.as_i64().unwrap();
        let (code, is_word) = if entry >= 0 { (entry, true) } else { (-entry - 1, false) };
        let ch = char::from_u32(code as u32).unwrap();
        if is_word_char(ch) != is_word {
            differing.push(format!("U+{code:04X}"));
        }
    }
    assert!(differing.is_empty(), "differ from Python's \\w: {differing:?}");
}
