//! Scoring against gold annotations: a faithful port of the reference scorer
//! `score.py` (kept as `tests/data/score.py`), whose rules FORMATS.md states,
//! plus the error listing developers read to tune the engine.
//!
//! - [`score`] compares predictions ([`WireDoc`], the `--format jsonl`
//!   output) with gold ([`GoldDoc`]) and returns the figures ([`Evaluation`]).
//! - [`errors`] lists, with the same matching, every missed, false and
//!   wrongly attributed quote and claim ([`ErrorItem`]).
//!
//! Offsets are Unicode scalar values, as in the gold and the wire types; each
//! document's text is turned into a `Vec<char>` once. The module does no I/O:
//! [`parse_gold`] and [`parse_predictions`] read text the caller has read.
//!
//! ```
//! use whosaid::eval::{parse_gold, score};
//! use whosaid::output::wire::{WireDoc, WireQuote};
//!
//! let gold = parse_gold(concat!(
//!     r#"{"id": "d1", "text": "\"Hello there,\" Ann said.", "#,
//!     r#""quotes": [{"start": 1, "end": 13, "kind": "direct", "speaker": "Ann"}]}"#,
//! ))
//! .unwrap();
//! let quote = WireQuote {
//!     kind: "direct".into(), start: 1, end: 12, speaker: Some("ann".into()),
//!     ..WireQuote::default()
//! };
//! let prediction = WireDoc { document: "d1".into(), quotes: vec![quote], ..WireDoc::default() };
//! let evaluation = score(&gold, &[prediction]);
//! assert_eq!(evaluation.quote_f1, 1.0);
//! assert_eq!(evaluation.exact_share, 1.0); // the trailing comma is trimmed from both
//! assert_eq!(evaluation.speaker_accuracy, 1.0);
//! ```

mod gold;
mod listing;

#[cfg(test)]
mod agreement;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::fmt::Write as _;

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::output::wire::{WireDoc, WirePair, WireQuote, WireSide};

pub use gold::{GoldContrast, GoldDoc, GoldQuote, ReadError, parse_gold, parse_predictions};
pub use listing::{ErrorItem, ErrorKind, errors, errors_with};

/// Characters trimmed from both ends of every span before spans are compared:
/// spaces, quote marks and edge punctuation (`EDGE` in score.py).
const EDGE: [char; 30] = [
    ' ', '\t', '\r', '\n', '\u{a0}', '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '『',
    '』', ',', '.', ';', ':', '!', '?', '-', '–', '—',
];

/// The speech kinds that the quote figures count.
const SPEECH_KINDS: [&str; 2] = ["direct", "partial"];

/// The kind of predicted reported speech.
const REPORTED_KIND: &str = "indirect";

/// Gold kinds that a predicted speech quote must not land on.
const NON_SPEECH_KINDS: [&str; 3] = ["heading", "boilerplate", "term"];

/// Words `norm_name` drops: "the" and honorifics.
const NAME_STOPWORDS: [&str; 7] = ["the", "a", "an", "mr", "ms", "mrs", "dr"];

/// Least overlap (intersection over union) for a speech quote to match.
const SPEECH_MIN_OVERLAP: f64 = 0.5;

/// Least overlap for reported speech to match.
const REPORTED_MIN_OVERLAP: f64 = 0.3;

/// How strictly speaker names are compared.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct EvalOptions {
    /// Also accept names that share their last word or whose words are a
    /// subset of the other's ("Kaken" for "Bikamal Kaken"), as `score.py
    /// --lenient` does.
    pub lenient: bool,
}

/// The figures of one evaluation (`whosaid eval --format json`).
///
/// Ratios are in [0, 1] at full precision (score.py rounds to 4 decimals);
/// a ratio with an empty denominator is 0.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Evaluation {
    /// Matched speech quotes over predicted ones.
    pub quote_precision: f64,
    /// Matched speech quotes over gold ones.
    pub quote_recall: f64,
    /// Harmonic mean of quote precision and recall.
    pub quote_f1: f64,
    /// Share of matched quotes whose trimmed spans are identical.
    pub exact_share: f64,
    /// Share of matched quotes with the right speaker.
    pub speaker_accuracy: f64,
    /// Share of matched quotes of the gold's kind, `direct` or `partial`
    /// (not one of FORMATS.md's figures: an addition).
    pub kind_accuracy: f64,
    /// F1 counting only quotes matched with the right speaker.
    pub e2e_f1: f64,
    /// Matched reported claims over predicted ones (documents with gold claims).
    pub reported_precision: f64,
    /// Matched reported claims over gold ones.
    pub reported_recall: f64,
    /// Harmonic mean of reported precision and recall.
    pub reported_f1: f64,
    /// Share of matched reported claims with the right speaker.
    pub reported_speaker_accuracy: f64,
    /// Required gold contrasts that some predicted `opposes` pair matches.
    pub contrast_required_found: usize,
    /// Required gold contrasts.
    pub contrast_required: usize,
    /// Rank-1 gold contrasts matched by the top-scored `opposes` pair.
    pub contrast_top_right: usize,
    /// Documents with gold contrasts.
    pub contrast_documents: usize,
    /// Predicted `opposes` pairs in documents with gold contrasts.
    pub contrast_rows: usize,
    /// Those pairs that match some gold contrast.
    pub contrast_rows_right: usize,
    /// Gold documents scored.
    pub documents: usize,
    /// The counts behind the ratios.
    pub counts: Counts,
    /// Speech-quote counts per gold document, in gold order.
    pub per_document: Vec<DocumentScore>,
}

/// The counts behind an [`Evaluation`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Predicted speech quotes matching a gold speech quote.
    #[serde(rename = "tp")]
    pub true_positives: usize,
    /// Predicted speech quotes matching nothing, or a gold heading,
    /// boilerplate or non-optional term.
    #[serde(rename = "fp")]
    pub false_positives: usize,
    /// Gold speech quotes (not optional) that no prediction matches.
    #[serde(rename = "fn")]
    pub false_negatives: usize,
    /// True positives whose trimmed spans are identical.
    pub exact: usize,
    /// True positives with the right speaker.
    pub speaker_right: usize,
    /// True positives of the gold's kind (`direct` or `partial`).
    pub kind_right: usize,
    /// Predicted reported claims matching a gold claim.
    #[serde(rename = "reported_tp")]
    pub reported_true_positives: usize,
    /// Predicted reported claims matching nothing.
    #[serde(rename = "reported_fp")]
    pub reported_false_positives: usize,
    /// Gold claims (not optional) that no prediction matches.
    #[serde(rename = "reported_fn")]
    pub reported_false_negatives: usize,
    /// Reported true positives with the right speaker.
    pub reported_speaker_right: usize,
}

/// Speech-quote counts of one gold document.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DocumentScore {
    /// The gold document's id.
    pub id: String,
    /// Matched speech quotes.
    #[serde(rename = "tp")]
    pub true_positives: usize,
    /// False speech quotes.
    #[serde(rename = "fp")]
    pub false_positives: usize,
    /// Missed speech quotes.
    #[serde(rename = "fn")]
    pub false_negatives: usize,
    /// Matched quotes with the right speaker.
    pub speaker_right: usize,
    /// End-to-end F1 of the document; 1 where it has neither gold nor
    /// predicted speech quotes.
    pub f1: f64,
}

impl DocumentScore {
    /// Missed and false quotes plus matched quotes with the wrong speaker.
    pub fn errors(&self) -> usize {
        self.false_negatives + self.false_positives + (self.true_positives - self.speaker_right)
    }
}

/// Scores predictions against gold with strict speaker names; see [`score_with`].
pub fn score(gold: &[GoldDoc], predictions: &[WireDoc]) -> Evaluation {
    score_with(gold, predictions, EvalOptions::default())
}

/// Scores predictions against gold as score.py does.
///
/// A prediction belongs to the gold document whose `id` equals its
/// `document` (the last one wins where several name the same document); a
/// gold document without a prediction is scored as an empty prediction, and
/// predictions for documents not in the gold are ignored.
pub fn score_with(gold: &[GoldDoc], predictions: &[WireDoc], options: EvalOptions) -> Evaluation {
    let by_document = index_predictions(predictions);
    let mut counts = Counts::default();
    let mut contrasts = ContrastTally::default();
    let mut contrast_documents = 0;
    let mut per_document = Vec::with_capacity(gold.len());
    for gold_doc in gold {
        let prediction = by_document.get(gold_doc.id.as_str()).copied();
        let matched = match_document(gold_doc, prediction, options);
        let doc_counts = matched.speech_counts();
        counts.true_positives += doc_counts.true_positives;
        counts.false_positives += doc_counts.false_positives;
        counts.false_negatives += doc_counts.false_negatives;
        counts.exact += doc_counts.exact;
        counts.speaker_right += doc_counts.speaker_right;
        counts.kind_right += doc_counts.kind_right;
        if let Some(reported) = &matched.reported {
            for verdict in &reported.verdicts {
                match verdict.outcome {
                    ReportedOutcome::Unmatched => counts.reported_false_positives += 1,
                    ReportedOutcome::Optional { .. } => {}
                    ReportedOutcome::Found { speaker_right, .. } => {
                        counts.reported_true_positives += 1;
                        counts.reported_speaker_right += usize::from(speaker_right);
                    }
                }
            }
            counts.reported_false_negatives += reported.missed.len();
        }
        if let Some(ContrastMatch { tally, .. }) = &matched.contrasts {
            contrast_documents += 1;
            contrasts.required += tally.required;
            contrasts.required_found += tally.required_found;
            contrasts.top_right += tally.top_right;
            contrasts.rows += tally.rows;
            contrasts.rows_right += tally.rows_right;
        }
        per_document.push(DocumentScore {
            id: gold_doc.id.clone(),
            f1: document_f1(&doc_counts),
            true_positives: doc_counts.true_positives,
            false_positives: doc_counts.false_positives,
            false_negatives: doc_counts.false_negatives,
            speaker_right: doc_counts.speaker_right,
        });
    }

    let predicted = counts.true_positives + counts.false_positives;
    let relevant = counts.true_positives + counts.false_negatives;
    let quote_precision = ratio(counts.true_positives, predicted);
    let quote_recall = ratio(counts.true_positives, relevant);
    let e2e_precision = ratio(counts.speaker_right, predicted);
    let e2e_recall = ratio(counts.speaker_right, relevant);
    let reported_precision = ratio(
        counts.reported_true_positives,
        counts.reported_true_positives + counts.reported_false_positives,
    );
    let reported_recall = ratio(
        counts.reported_true_positives,
        counts.reported_true_positives + counts.reported_false_negatives,
    );
    Evaluation {
        quote_precision,
        quote_recall,
        quote_f1: f1(quote_precision, quote_recall),
        exact_share: ratio(counts.exact, counts.true_positives),
        speaker_accuracy: ratio(counts.speaker_right, counts.true_positives),
        kind_accuracy: ratio(counts.kind_right, counts.true_positives),
        e2e_f1: f1(e2e_precision, e2e_recall),
        reported_precision,
        reported_recall,
        reported_f1: f1(reported_precision, reported_recall),
        reported_speaker_accuracy: ratio(counts.reported_speaker_right, counts.reported_true_positives),
        contrast_required_found: contrasts.required_found,
        contrast_required: contrasts.required,
        contrast_top_right: contrasts.top_right,
        contrast_documents,
        contrast_rows: contrasts.rows,
        contrast_rows_right: contrasts.rows_right,
        documents: gold.len(),
        counts,
        per_document,
    }
}

impl Evaluation {
    /// The figures as an aligned plain-text table, then up to `worst`
    /// documents with the most errors (missed + false + wrong speaker; ties
    /// by id), skipping documents without errors.
    pub fn table(&self, worst: usize) -> String {
        let counts = &self.counts;
        let predicted = counts.true_positives + counts.false_positives;
        let relevant = counts.true_positives + counts.false_negatives;
        let reported_predicted = counts.reported_true_positives + counts.reported_false_positives;
        let reported_relevant = counts.reported_true_positives + counts.reported_false_negatives;
        let rows: Vec<(&str, String, String)> = vec![
            ("documents", self.documents.to_string(), String::new()),
            (
                "quote precision",
                fixed(self.quote_precision),
                of(counts.true_positives, predicted),
            ),
            (
                "quote recall",
                fixed(self.quote_recall),
                of(counts.true_positives, relevant),
            ),
            ("quote F1", fixed(self.quote_f1), String::new()),
            (
                "exact share",
                fixed(self.exact_share),
                of(counts.exact, counts.true_positives),
            ),
            (
                "speaker accuracy",
                fixed(self.speaker_accuracy),
                of(counts.speaker_right, counts.true_positives),
            ),
            ("end-to-end F1", fixed(self.e2e_f1), String::new()),
            (
                "kind accuracy",
                fixed(self.kind_accuracy),
                of(counts.kind_right, counts.true_positives),
            ),
            (
                "reported precision",
                fixed(self.reported_precision),
                of(counts.reported_true_positives, reported_predicted),
            ),
            (
                "reported recall",
                fixed(self.reported_recall),
                of(counts.reported_true_positives, reported_relevant),
            ),
            ("reported F1", fixed(self.reported_f1), String::new()),
            (
                "reported speaker accuracy",
                fixed(self.reported_speaker_accuracy),
                of(counts.reported_speaker_right, counts.reported_true_positives),
            ),
            (
                "contrast required found",
                fixed(ratio(self.contrast_required_found, self.contrast_required)),
                of(self.contrast_required_found, self.contrast_required),
            ),
            (
                "contrast top row right",
                fixed(ratio(self.contrast_top_right, self.contrast_documents)),
                of(self.contrast_top_right, self.contrast_documents),
            ),
            (
                "contrast rows right",
                fixed(ratio(self.contrast_rows_right, self.contrast_rows)),
                of(self.contrast_rows_right, self.contrast_rows),
            ),
        ];
        let label_width = rows.iter().map(|row| row.0.len()).max().unwrap_or(0);
        let value_width = rows.iter().map(|row| row.1.len()).max().unwrap_or(0);
        let mut out = String::new();
        for (label, value, detail) in &rows {
            let line = format!("{label:<label_width$}  {value:>value_width$}  {detail}");
            out.push_str(line.trim_end());
            out.push('\n');
        }

        let mut ranked: Vec<&DocumentScore> = self.per_document.iter().filter(|doc| doc.errors() > 0).collect();
        ranked.sort_by(|x, y| y.errors().cmp(&x.errors()).then_with(|| x.id.cmp(&y.id)));
        ranked.truncate(worst);
        if worst == 0 {
            return out;
        }
        out.push('\n');
        if ranked.is_empty() {
            out.push_str("worst documents: none with errors\n");
            return out;
        }
        let id_width = ranked
            .iter()
            .map(|doc| doc.id.chars().count())
            .max()
            .unwrap_or(0)
            .max("worst documents".len());
        let _ = writeln!(
            out,
            "{:<id_width$}  {:>6}  {:>4}  {:>4}  {:>4}  {:>7}  {:>6}",
            "worst documents", "errors", "tp", "fp", "fn", "speaker", "e2e F1"
        );
        for doc in ranked {
            let _ = writeln!(
                out,
                "{:<id_width$}  {:>6}  {:>4}  {:>4}  {:>4}  {:>7}  {:>6}",
                doc.id,
                doc.errors(),
                doc.true_positives,
                doc.false_positives,
                doc.false_negatives,
                doc.speaker_right,
                fixed(doc.f1)
            );
        }
        out
    }
}

fn fixed(value: f64) -> String {
    format!("{value:.4}")
}

fn of(numerator: usize, denominator: usize) -> String {
    format!("{numerator} of {denominator}")
}

fn ratio(numerator: usize, denominator: usize) -> f64 {
    if denominator == 0 {
        0.0
    } else {
        numerator as f64 / denominator as f64
    }
}

fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

fn document_f1(counts: &Counts) -> f64 {
    let predicted = counts.true_positives + counts.false_positives;
    let relevant = counts.true_positives + counts.false_negatives;
    if predicted == 0 && relevant == 0 {
        return 1.0;
    }
    f1(
        ratio(counts.speaker_right, predicted),
        ratio(counts.speaker_right, relevant),
    )
}

/// Predictions by document id; a later prediction for the same id wins, as
/// in score.py's dict.
fn index_predictions(predictions: &[WireDoc]) -> HashMap<&str, &WireDoc> {
    predictions
        .iter()
        .map(|prediction| (prediction.document.as_str(), prediction))
        .collect()
}

// ---------------------------------------------------------------------------
// The rules of score.py.

/// A half-open span of Unicode scalar values.
type Span = (usize, usize);

/// Moves the ends of `start..end` inward past [`EDGE`] characters (`trim`).
///
/// score.py would fail on an offset beyond the text; here a character
/// beyond the text simply stops the trimming.
fn trim(chars: &[char], start: usize, end: usize) -> Span {
    let is_edge = |idx: usize| chars.get(idx).is_some_and(|ch| EDGE.contains(ch));
    let mut start = start;
    let mut end = end;
    while start < end && is_edge(start) {
        start += 1;
    }
    while end > start && is_edge(end - 1) {
        end -= 1;
    }
    (start, end)
}

/// Intersection over union of two spans; 0 where they do not intersect.
fn overlap(a: Span, b: Span) -> f64 {
    let low = a.0.max(b.0);
    let high = a.1.min(b.1);
    if high <= low {
        return 0.0;
    }
    (high - low) as f64 / (a.1.max(b.1) - a.0.min(b.0)) as f64
}

/// Python's `\w` in a str pattern: letters, digits and `_`.
///
/// Python counts letters (L*) and numbers; Rust's `is_alphanumeric` also
/// counts the marks and enclosed letters that are Other_Alphabetic, so those
/// are taken out: a mark is a character that joins the grapheme before it,
/// with the few exceptions listed below. The test
/// `word_characters_agree_with_python` compares every character Python's
/// Unicode tables assign (none differed under Python 3.11, Unicode 14);
/// characters newer than Python's tables may still differ.
fn is_word_char(ch: char) -> bool {
    if ch.is_ascii() {
        return ch.is_ascii_alphanumeric() || ch == '_';
    }
    if is_letter_joining_previous(ch) {
        return true;
    }
    ch.is_alphanumeric() && !is_enclosed_letter(ch) && !is_spacing_mark_not_joining(ch) && !joins_previous_grapheme(ch)
}

/// Letters (Lo, Lm) that nonetheless join the grapheme before them.
fn is_letter_joining_previous(ch: char) -> bool {
    matches!(ch, '\u{e33}' | '\u{eb3}' | '\u{ff9e}' | '\u{ff9f}')
}

/// Spacing marks (Mc, Other_Alphabetic) of Myanmar, Tai Tham and Ahom that
/// start a grapheme of their own.
fn is_spacing_mark_not_joining(ch: char) -> bool {
    matches!(
        ch,
        '\u{102b}'..='\u{102c}'
            | '\u{1038}'
            | '\u{1062}'..='\u{1064}'
            | '\u{1067}'..='\u{106d}'
            | '\u{1083}'
            | '\u{1087}'..='\u{108c}'
            | '\u{108f}'
            | '\u{109a}'..='\u{109c}'
            | '\u{1a61}'
            | '\u{1a63}'..='\u{1a64}'
            | '\u{aa7b}'
            | '\u{aa7d}'
            | '\u{11720}'..='\u{11721}'
    )
}

/// Circled and squared Latin letters (So, Other_Alphabetic).
fn is_enclosed_letter(ch: char) -> bool {
    matches!(ch, '\u{24b6}'..='\u{24e9}' | '\u{1f130}'..='\u{1f149}' | '\u{1f150}'..='\u{1f169}' | '\u{1f170}'..='\u{1f189}')
}

/// Whether `ch` extends the grapheme cluster before it (a combining or
/// spacing mark).
fn joins_previous_grapheme(ch: char) -> bool {
    let mut pair = String::with_capacity(8);
    pair.push('a');
    pair.push(ch);
    pair.graphemes(true).count() == 1
}

/// Python's `str.isspace()`, which `\s` and `str.split()` use: Unicode
/// White_Space plus the information separators U+001C..U+001F.
fn is_python_space(ch: char) -> bool {
    ch.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&ch)
}

/// Lowercases, turns punctuation into spaces and drops "the", "a", "an" and
/// honorifics; words are joined by single spaces (`norm_name`).
fn norm_name(name: Option<&str>) -> String {
    let Some(name) = name else {
        return String::new();
    };
    let cleaned: String = name
        .to_lowercase()
        .chars()
        .map(|ch| {
            if is_word_char(ch) || is_python_space(ch) {
                ch
            } else {
                ' '
            }
        })
        .collect();
    cleaned
        .split(is_python_space)
        .filter(|word| !word.is_empty() && !NAME_STOPWORDS.contains(word))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two speaker names agree (`same_speaker`). Two missing names agree.
fn same_speaker(predicted: Option<&str>, gold: Option<&str>, lenient: bool) -> bool {
    let predicted = norm_name(predicted);
    let gold = norm_name(gold);
    if predicted.is_empty() || gold.is_empty() {
        return predicted == gold;
    }
    if predicted == gold {
        return true;
    }
    if lenient {
        let predicted_words: Vec<&str> = predicted.split(' ').collect();
        let gold_words: Vec<&str> = gold.split(' ').collect();
        let all_in = |sub: &[&str], sup: &[&str]| sub.iter().all(|word| sup.contains(word));
        return predicted_words.last() == gold_words.last()
            || all_in(&predicted_words, &gold_words)
            || all_in(&gold_words, &predicted_words);
    }
    false
}

/// Whether a prediction has the gold's speaker (`speaker_ok`): the names
/// agree or, where the gold gives the mention's spans, the predicted mention
/// overlaps one of them.
fn speaker_ok(predicted: &WireQuote, gold: &GoldQuote, lenient: bool) -> bool {
    if same_speaker(predicted.speaker.as_deref(), gold.speaker.as_deref(), lenient) {
        return true;
    }
    match (&predicted.mention, &gold.speaker_spans) {
        (Some(mention), Some(spans)) => spans
            .iter()
            .any(|&[start, end]| mention.start < end && start < mention.end),
        _ => false,
    }
}

/// Greedy one-to-one matching by overlap, largest first (`match`): sorts the
/// candidates `(overlap, prediction, gold)` descending as Python sorts
/// tuples, and returns for each prediction the index of its gold span.
fn greedy_match(gold: &[Span], predicted: &[Span], min_overlap: f64) -> Vec<Option<usize>> {
    let mut candidates = Vec::new();
    for (pred_idx, &pred_span) in predicted.iter().enumerate() {
        for (gold_idx, &gold_span) in gold.iter().enumerate() {
            let shared = overlap(pred_span, gold_span);
            if shared >= min_overlap {
                candidates.push((shared, pred_idx, gold_idx));
            }
        }
    }
    candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then(y.1.cmp(&x.1)).then(y.2.cmp(&x.2)));
    let mut pred_to_gold = vec![None; predicted.len()];
    let mut gold_used = vec![false; gold.len()];
    for (_, pred_idx, gold_idx) in candidates {
        if pred_to_gold[pred_idx].is_some() || gold_used[gold_idx] {
            continue;
        }
        pred_to_gold[pred_idx] = Some(gold_idx);
        gold_used[gold_idx] = true;
    }
    pred_to_gold
}

fn is_speech(kind: &str) -> bool {
    SPEECH_KINDS.contains(&kind)
}

/// Whether a gold quote takes part in speech matching (`gold_speech`):
/// speech, optional, or a kind that a speech prediction must not land on.
fn takes_speech_predictions(quote: &GoldQuote) -> bool {
    let kind = quote.kind.as_deref().unwrap_or("");
    is_speech(kind) || quote.optional || NON_SPEECH_KINDS.contains(&kind)
}

// ---------------------------------------------------------------------------
// One document's matching, shared by `score` and `errors`.

/// What became of one predicted speech quote.
#[derive(Clone, Copy, Debug, PartialEq)]
enum SpeechOutcome {
    /// It matches no gold quote: a false positive.
    Unmatched,
    /// It matches an optional gold quote (index into `GoldDoc::quotes`): not counted.
    Optional { gold: usize },
    /// It matches a gold heading, boilerplate or non-optional term: a false positive.
    NotSpeech { gold: usize },
    /// It matches a gold speech quote: a true positive.
    Found {
        gold: usize,
        exact: bool,
        speaker_right: bool,
        kind_right: bool,
    },
}

/// What became of one predicted reported claim.
#[derive(Clone, Copy, Debug, PartialEq)]
enum ReportedOutcome {
    /// It matches no gold claim: a false positive.
    Unmatched,
    /// It matches an optional gold claim (index into `GoldDoc::claims`).
    Optional { gold: usize },
    /// It matches a gold claim: a true positive.
    Found { gold: usize, speaker_right: bool },
}

/// A prediction with its trimmed span and what became of it.
#[derive(Clone, Debug)]
struct Verdict<'a, Outcome> {
    quote: &'a WireQuote,
    span: Span,
    outcome: Outcome,
}

/// Reported speech of a document whose gold has claims.
#[derive(Clone, Debug)]
struct ReportedMatch<'a> {
    /// The predicted `indirect` quotes, in prediction order.
    verdicts: Vec<Verdict<'a, ReportedOutcome>>,
    /// Gold claims (indices) that are not optional and not matched.
    missed: Vec<usize>,
}

#[derive(Clone, Debug, Default)]
struct ContrastTally {
    required: usize,
    required_found: usize,
    top_right: usize,
    rows: usize,
    rows_right: usize,
}

/// The matching of one document's gold contrasts with its predicted pairs.
#[derive(Clone, Debug, Default)]
struct ContrastMatch<'a> {
    /// All predicted pairs, of any relation.
    pairs: &'a [WirePair],
    /// Required gold contrasts (indices) that no `opposes` row matches.
    missed: Vec<usize>,
    /// `opposes` rows that match no gold contrast.
    false_rows: Vec<&'a WirePair>,
    tally: ContrastTally,
}

/// The matching of one gold document with its prediction.
#[derive(Clone, Debug)]
struct DocumentMatch<'a> {
    gold: &'a GoldDoc,
    chars: Vec<char>,
    /// Trimmed spans of the gold quotes, by index into `GoldDoc::quotes`.
    gold_quote_spans: Vec<Span>,
    /// Trimmed spans of the gold claims.
    gold_claim_spans: Vec<Span>,
    /// All predicted quotes of the document (any kind).
    predicted_quotes: &'a [WireQuote],
    /// The predicted speech quotes, in prediction order.
    speech: Vec<Verdict<'a, SpeechOutcome>>,
    /// Gold speech quotes (indices) that are not optional and not matched.
    missed_quotes: Vec<usize>,
    /// Present where the gold has claims.
    reported: Option<ReportedMatch<'a>>,
    /// Present where the gold has contrasts.
    contrasts: Option<ContrastMatch<'a>>,
}

impl DocumentMatch<'_> {
    fn speech_counts(&self) -> Counts {
        let mut counts = Counts {
            false_negatives: self.missed_quotes.len(),
            ..Counts::default()
        };
        for verdict in &self.speech {
            match verdict.outcome {
                SpeechOutcome::Unmatched | SpeechOutcome::NotSpeech { .. } => {
                    counts.false_positives += 1;
                }
                SpeechOutcome::Optional { .. } => {}
                SpeechOutcome::Found {
                    exact,
                    speaker_right,
                    kind_right,
                    ..
                } => {
                    counts.true_positives += 1;
                    counts.exact += usize::from(exact);
                    counts.speaker_right += usize::from(speaker_right);
                    counts.kind_right += usize::from(kind_right);
                }
            }
        }
        counts
    }
}

fn match_document<'a>(gold: &'a GoldDoc, prediction: Option<&'a WireDoc>, options: EvalOptions) -> DocumentMatch<'a> {
    let chars: Vec<char> = gold.text.chars().collect();
    let lenient = options.lenient;
    let predicted_quotes: &[WireQuote] = prediction.map_or(&[], |doc| &doc.quotes);
    let pairs: &[WirePair] = prediction.map_or(&[], |doc| &doc.pairs);
    let gold_quote_spans: Vec<Span> = gold
        .quotes
        .iter()
        .map(|quote| trim(&chars, quote.start, quote.end))
        .collect();
    let gold_claim_spans: Vec<Span> = gold
        .claims
        .iter()
        .map(|claim| trim(&chars, claim.start, claim.end))
        .collect();

    // Speech quotes.
    let speech_predictions: Vec<&WireQuote> = predicted_quotes.iter().filter(|quote| is_speech(&quote.kind)).collect();
    let speech_spans: Vec<Span> = speech_predictions
        .iter()
        .map(|quote| trim(&chars, quote.start, quote.end))
        .collect();
    let gold_speech: Vec<usize> = gold
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, quote)| takes_speech_predictions(quote))
        .map(|(idx, _)| idx)
        .collect();
    let gold_speech_spans: Vec<Span> = gold_speech.iter().map(|&idx| gold_quote_spans[idx]).collect();
    let matches = greedy_match(&gold_speech_spans, &speech_spans, SPEECH_MIN_OVERLAP);
    let mut gold_hit = vec![false; gold.quotes.len()];
    let speech: Vec<Verdict<SpeechOutcome>> = speech_predictions
        .iter()
        .zip(&speech_spans)
        .zip(&matches)
        .map(|((&quote, &span), matched)| {
            let outcome = match *matched {
                None => SpeechOutcome::Unmatched,
                Some(speech_idx) => {
                    let gold_idx = gold_speech[speech_idx];
                    let gold_quote = &gold.quotes[gold_idx];
                    gold_hit[gold_idx] = true;
                    if gold_quote.optional {
                        SpeechOutcome::Optional { gold: gold_idx }
                    } else if !is_speech(gold_quote.kind.as_deref().unwrap_or("")) {
                        SpeechOutcome::NotSpeech { gold: gold_idx }
                    } else {
                        SpeechOutcome::Found {
                            gold: gold_idx,
                            exact: span == gold_quote_spans[gold_idx],
                            speaker_right: speaker_ok(quote, gold_quote, lenient),
                            kind_right: gold_quote.kind.as_deref() == Some(quote.kind.as_str()),
                        }
                    }
                }
            };
            Verdict { quote, span, outcome }
        })
        .collect();
    let missed_quotes: Vec<usize> = gold_speech
        .iter()
        .copied()
        .filter(|&idx| {
            let quote = &gold.quotes[idx];
            !gold_hit[idx] && is_speech(quote.kind.as_deref().unwrap_or("")) && !quote.optional
        })
        .collect();

    // Reported speech, where the gold has it.
    let reported = (!gold.claims.is_empty()).then(|| {
        let reported_predictions: Vec<&WireQuote> = predicted_quotes
            .iter()
            .filter(|quote| quote.kind == REPORTED_KIND)
            .collect();
        let reported_spans: Vec<Span> = reported_predictions
            .iter()
            .map(|quote| trim(&chars, quote.start, quote.end))
            .collect();
        let matches = greedy_match(&gold_claim_spans, &reported_spans, REPORTED_MIN_OVERLAP);
        let mut claim_hit = vec![false; gold.claims.len()];
        let verdicts = reported_predictions
            .iter()
            .zip(&reported_spans)
            .zip(&matches)
            .map(|((&quote, &span), matched)| {
                let outcome = match *matched {
                    None => ReportedOutcome::Unmatched,
                    Some(gold_idx) => {
                        claim_hit[gold_idx] = true;
                        let claim = &gold.claims[gold_idx];
                        if claim.optional {
                            ReportedOutcome::Optional { gold: gold_idx }
                        } else {
                            ReportedOutcome::Found {
                                gold: gold_idx,
                                speaker_right: speaker_ok(quote, claim, lenient),
                            }
                        }
                    }
                };
                Verdict { quote, span, outcome }
            })
            .collect();
        let missed = (0..gold.claims.len())
            .filter(|&idx| !claim_hit[idx] && !gold.claims[idx].optional)
            .collect();
        ReportedMatch { verdicts, missed }
    });

    // Contrasts, where the gold has them.
    let contrasts = (!gold.contrasts.is_empty()).then(|| match_contrasts(gold, &chars, pairs, lenient));

    DocumentMatch {
        gold,
        chars,
        gold_quote_spans,
        gold_claim_spans,
        predicted_quotes,
        speech,
        missed_quotes,
        reported,
        contrasts,
    }
}

fn match_contrasts<'a>(gold: &GoldDoc, chars: &[char], pairs: &'a [WirePair], lenient: bool) -> ContrastMatch<'a> {
    let mut rows: Vec<&WirePair> = pairs.iter().filter(|pair| pair.relation == "opposes").collect();
    // Stable, like Python's sort by `-score`; -0 and 0 are one score there.
    let sort_key = |pair: &WirePair| if pair.score == 0.0 { 0.0 } else { pair.score };
    rows.sort_by(|x, y| sort_key(y).total_cmp(&sort_key(x)));
    let row_matches = |row: &WirePair, contrast: &GoldContrast| {
        pair_sides(chars, row, contrast).any(|(side_a, side_b)| {
            same_speaker(side_a.speaker.as_deref(), contrast.a.as_deref(), lenient)
                && same_speaker(side_b.speaker.as_deref(), contrast.b.as_deref(), lenient)
        })
    };

    let mut matched = ContrastMatch {
        pairs,
        ..ContrastMatch::default()
    };
    for (idx, contrast) in gold.contrasts.iter().enumerate() {
        if contrast.required {
            matched.tally.required += 1;
            if !rows.iter().any(|row| row_matches(row, contrast)) {
                matched.missed.push(idx);
            }
        }
        if contrast.rank == Some(1) && rows.first().is_some_and(|row| row_matches(row, contrast)) {
            matched.tally.top_right += 1;
        }
    }
    matched.tally.rows = rows.len();
    matched.false_rows = rows
        .into_iter()
        .filter(|row| !gold.contrasts.iter().any(|contrast| row_matches(row, contrast)))
        .collect();
    // (The figures are what the listing leaves out, so the two agree.)
    matched.tally.required_found = matched.tally.required - matched.missed.len();
    matched.tally.rows_right = matched.tally.rows - matched.false_rows.len();
    matched
}

/// The pair's sides put in the gold contrast's order, `a` then `b`, either
/// way round in which each overlaps one of that side's spans (speakers aside).
fn pair_sides<'p>(
    chars: &[char],
    pair: &'p WirePair,
    contrast: &GoldContrast,
) -> impl Iterator<Item = (&'p WireSide, &'p WireSide)> {
    let side_overlaps = move |side: &WireSide, spans: &[[usize; 2]]| {
        let side_span = trim(chars, side.start, side.end);
        spans
            .iter()
            .any(|&[start, end]| overlap(side_span, trim(chars, start, end)) > 0.0)
    };
    [(&pair.a, &pair.b), (&pair.b, &pair.a)]
        .into_iter()
        .filter(move |(side_a, side_b)| {
            side_overlaps(side_a, &contrast.a_spans) && side_overlaps(side_b, &contrast.b_spans)
        })
}
