//! The error listing: every missed, false and wrongly attributed quote and
//! claim, found with the same matching as [`score`](super::score), so that the
//! listing adds up to the figures.

use std::fmt;

use serde::Serialize;

use super::{
    ContrastMatch, DocumentMatch, EvalOptions, GoldDoc, GoldQuote, REPORTED_MIN_OVERLAP, ReportedMatch,
    ReportedOutcome, SPEECH_MIN_OVERLAP, Span, SpeechOutcome, index_predictions, match_document, overlap, pair_sides,
    takes_speech_predictions, trim,
};
use crate::output::wire::{WireDoc, WireQuote};

/// Characters of a span's text kept in [`ErrorItem::text`].
const TEXT_CHARS: usize = 200;

/// Characters of [`ErrorItem::context`] on either side of the span.
const CONTEXT_CHARS: usize = 80;

/// What went wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// A gold speech quote (not optional) that no prediction matches: a false negative.
    MissedQuote,
    /// A predicted speech quote that matches nothing, or a gold heading,
    /// boilerplate or non-optional term: a false positive.
    FalseQuote,
    /// A matched speech quote with the wrong speaker.
    WrongSpeaker,
    /// A gold claim (not optional) that no predicted `indirect` quote matches.
    MissedClaim,
    /// A predicted `indirect` quote that matches no gold claim.
    FalseClaim,
    /// A matched claim with the wrong speaker.
    WrongClaimSpeaker,
    /// A required gold contrast that no predicted `opposes` row matches.
    MissedContrast,
    /// A predicted `opposes` row that matches no gold contrast.
    FalseContrast,
}

impl ErrorKind {
    /// The name used in the listing: `missed_quote`, `false_quote`, …
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::MissedQuote => "missed_quote",
            ErrorKind::FalseQuote => "false_quote",
            ErrorKind::WrongSpeaker => "wrong_speaker",
            ErrorKind::MissedClaim => "missed_claim",
            ErrorKind::FalseClaim => "false_claim",
            ErrorKind::WrongClaimSpeaker => "wrong_claim_speaker",
            ErrorKind::MissedContrast => "missed_contrast",
            ErrorKind::FalseContrast => "false_contrast",
        }
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// One error, flat so that it serializes as a JSON line or a CSV row.
///
/// For a missed quote or claim the gold fields describe the gold annotation
/// and the predicted fields the prediction that overlaps it most, if any
/// (`note` says how much). For a false one it is the other way round. For a
/// wrong speaker both describe the matched pair. A contrast's item holds its
/// side `a` (the gold's for a missed contrast, the row's for a false one),
/// with the relation as its kind; `note` quotes side `b` and, for a missed
/// contrast, says how whosaid read the two claims.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ErrorItem {
    /// The gold document's id.
    pub document: String,
    /// What went wrong.
    pub kind: ErrorKind,
    /// Start of the span in question (Unicode scalar values): the gold's for
    /// missed items and wrong speakers, the prediction's for false items.
    pub start: usize,
    /// End of the span (exclusive).
    pub end: usize,
    /// The span's text on one line, cut to about 200 characters.
    pub text: String,
    /// The span in ⟦ ⟧ with about 80 characters either side, on one line
    /// (a newline shows as ⏎).
    pub context: String,
    /// The gold kind (direct, partial, term, heading, boilerplate; none for claims).
    pub gold_kind: Option<String>,
    /// The gold speaker.
    pub gold_speaker: Option<String>,
    /// The text of the gold's first speaker span, where it has one.
    pub gold_mention: Option<String>,
    /// The gold cue.
    pub gold_cue: Option<String>,
    /// The predicted kind.
    pub predicted_kind: Option<String>,
    /// The predicted speaker.
    pub predicted_speaker: Option<String>,
    /// The predicted speaker mention as written.
    pub predicted_mention: Option<String>,
    /// The predicted cue.
    pub predicted_cue: Option<String>,
    /// Why, where the listing can tell: the gold kind a false quote landed
    /// on, a duplicate, the nearest overlap, the predicted span.
    pub note: Option<String>,
}

/// Lists the errors with strict speaker names; see [`errors_with`].
pub fn errors(gold: &[GoldDoc], predictions: &[WireDoc]) -> Vec<ErrorItem> {
    errors_with(gold, predictions, EvalOptions::default())
}

/// Lists every error behind [`score_with`](super::score_with)'s figures: as
/// many `missed_quote`, `false_quote` and `wrong_speaker` items as the counts
/// `fn`, `fp` and `tp - speaker_right`, likewise for claims where the gold has
/// them, and as many `missed_contrast` and `false_contrast` items as required
/// contrasts not found and `opposes` rows not right where it has contrasts.
/// Items follow the gold's document order, then text order.
pub fn errors_with(gold: &[GoldDoc], predictions: &[WireDoc], options: EvalOptions) -> Vec<ErrorItem> {
    let by_document = index_predictions(predictions);
    let mut items = Vec::new();
    for gold_doc in gold {
        let prediction = by_document.get(gold_doc.id.as_str()).copied();
        let matched = match_document(gold_doc, prediction, options);
        let start_idx = items.len();
        list_document(&matched, &mut items);
        items[start_idx..].sort_by_key(|item| (item.start, item.end, item.kind));
    }
    items
}

fn list_document(matched: &DocumentMatch<'_>, items: &mut Vec<ErrorItem>) {
    let gold = matched.gold;
    for verdict in &matched.speech {
        match verdict.outcome {
            SpeechOutcome::Unmatched => {
                let mut item = item_for_prediction(matched, ErrorKind::FalseQuote, verdict.quote);
                note_nearest_gold(matched, verdict.span, &mut item);
                items.push(item);
            }
            SpeechOutcome::NotSpeech { gold: gold_idx } => {
                let gold_quote = &gold.quotes[gold_idx];
                let mut item = item_for_prediction(matched, ErrorKind::FalseQuote, verdict.quote);
                fill_gold(matched, gold_quote, &mut item);
                item.note = Some(format!(
                    "matches gold {} {}",
                    gold_quote.kind.as_deref().unwrap_or("quote"),
                    span_words(gold_quote.start, gold_quote.end)
                ));
                items.push(item);
            }
            SpeechOutcome::Found {
                gold: gold_idx,
                exact,
                speaker_right: false,
                ..
            } => {
                let gold_quote = &gold.quotes[gold_idx];
                let mut item = item_for_gold(matched, ErrorKind::WrongSpeaker, gold_quote);
                fill_prediction(verdict.quote, &mut item);
                if !exact {
                    item.note = Some(format!(
                        "predicted span {}",
                        span_words(verdict.quote.start, verdict.quote.end)
                    ));
                }
                items.push(item);
            }
            SpeechOutcome::Found { .. } | SpeechOutcome::Optional { .. } => {}
        }
    }
    for &gold_idx in &matched.missed_quotes {
        let mut item = item_for_gold(matched, ErrorKind::MissedQuote, &gold.quotes[gold_idx]);
        note_nearest_prediction(matched, matched.gold_quote_spans[gold_idx], &mut item);
        items.push(item);
    }

    if let Some(reported) = &matched.reported {
        list_reported(matched, reported, items);
    }
    if let Some(contrasts) = &matched.contrasts {
        list_contrasts(matched, contrasts, items);
    }
}

fn list_reported(matched: &DocumentMatch<'_>, reported: &ReportedMatch<'_>, items: &mut Vec<ErrorItem>) {
    let gold = matched.gold;
    for verdict in &reported.verdicts {
        match verdict.outcome {
            ReportedOutcome::Unmatched => {
                let mut item = item_for_prediction(matched, ErrorKind::FalseClaim, verdict.quote);
                note_nearest_gold(matched, verdict.span, &mut item);
                items.push(item);
            }
            ReportedOutcome::Found {
                gold: gold_idx,
                speaker_right: false,
            } => {
                let claim = &gold.claims[gold_idx];
                let mut item = item_for_gold(matched, ErrorKind::WrongClaimSpeaker, claim);
                fill_prediction(verdict.quote, &mut item);
                if verdict.span != matched.gold_claim_spans[gold_idx] {
                    item.note = Some(format!(
                        "predicted span {}",
                        span_words(verdict.quote.start, verdict.quote.end)
                    ));
                }
                items.push(item);
            }
            ReportedOutcome::Found { .. } | ReportedOutcome::Optional { .. } => {}
        }
    }
    for &gold_idx in &reported.missed {
        let mut item = item_for_gold(matched, ErrorKind::MissedClaim, &gold.claims[gold_idx]);
        note_nearest_prediction(matched, matched.gold_claim_spans[gold_idx], &mut item);
        items.push(item);
    }
}

fn list_contrasts(matched: &DocumentMatch<'_>, contrasts: &ContrastMatch<'_>, items: &mut Vec<ErrorItem>) {
    for &idx in &contrasts.missed {
        let contrast = &matched.gold.contrasts[idx];
        let [start, end] = contrast.a_spans.first().copied().unwrap_or_default();
        let mut item = empty_item(matched, ErrorKind::MissedContrast, start, end);
        item.gold_kind = Some(contrast.relation.clone());
        item.gold_speaker = contrast.a.clone();
        let a_read = nearest_prediction(matched, trim(&matched.chars, start, end));
        if let Some((_, quote)) = a_read {
            fill_prediction(quote, &mut item);
        }
        let [b_start, b_end] = contrast.b_spans.first().copied().unwrap_or_default();
        let against = format!(
            "against {}: “{}” {}",
            contrast.b.as_deref().unwrap_or("no one"),
            short(&matched.chars, b_start, b_end),
            span_words(b_start, b_end)
        );
        let found = contrasts
            .pairs
            .iter()
            .filter_map(|pair| {
                pair_sides(&matched.chars, pair, contrast)
                    .next()
                    .map(|sides| (pair, sides))
            })
            .max_by(|(x, _), (y, _)| {
                (x.relation == "opposes")
                    .cmp(&(y.relation == "opposes"))
                    .then(x.score.total_cmp(&y.score))
            });
        let how = match found {
            Some((pair, (side_a, side_b))) if pair.relation == "opposes" => format!(
                "opposed, but as {} against {}",
                side_a.speaker.as_deref().unwrap_or("no one"),
                side_b.speaker.as_deref().unwrap_or("no one")
            ),
            Some((pair, _)) => format!("paired as {} (score {:.2})", pair.relation, pair.score),
            None => {
                let b_read = nearest_prediction(matched, trim(&matched.chars, b_start, b_end));
                format!(
                    "not paired: this side read as {}, the other as {}",
                    read_as(a_read),
                    read_as(b_read)
                )
            }
        };
        item.note = Some(format!("{against}; {how}"));
        items.push(item);
    }
    for row in &contrasts.false_rows {
        let mut item = empty_item(matched, ErrorKind::FalseContrast, row.a.start, row.a.end);
        item.predicted_kind = Some(row.relation.clone());
        item.predicted_speaker = row.a.speaker.clone();
        item.predicted_cue = row.a.cue.clone();
        let mut why = format!("score {:.2}", row.score);
        for evidence in &row.evidence {
            why.push_str("; ");
            why.push_str(evidence);
        }
        item.note = Some(format!(
            "against {}: “{}” {} ({why})",
            row.b.speaker.as_deref().unwrap_or("no one"),
            short(&matched.chars, row.b.start, row.b.end),
            span_words(row.b.start, row.b.end)
        ));
        items.push(item);
    }
}

/// How a predicted quote read a span: `direct of Ann Lee`, or `nothing`.
fn read_as(read: Option<(f64, &WireQuote)>) -> String {
    match read {
        Some((_, quote)) => format!("{} of {}", quote.kind, quote.speaker.as_deref().unwrap_or("no one")),
        None => "nothing".to_owned(),
    }
}

/// A span's text on one line, cut to about 80 characters.
fn short(chars: &[char], start: usize, end: usize) -> String {
    one_line(&cut(&slice(chars, start, end), CONTEXT_CHARS))
}

fn empty_item(matched: &DocumentMatch<'_>, kind: ErrorKind, start: usize, end: usize) -> ErrorItem {
    ErrorItem {
        document: matched.gold.id.clone(),
        kind,
        start,
        end,
        text: one_line(&cut(&slice(&matched.chars, start, end), TEXT_CHARS)),
        context: context(&matched.chars, start, end),
        gold_kind: None,
        gold_speaker: None,
        gold_mention: None,
        gold_cue: None,
        predicted_kind: None,
        predicted_speaker: None,
        predicted_mention: None,
        predicted_cue: None,
        note: None,
    }
}

fn item_for_gold(matched: &DocumentMatch<'_>, kind: ErrorKind, gold: &GoldQuote) -> ErrorItem {
    let mut item = empty_item(matched, kind, gold.start, gold.end);
    fill_gold(matched, gold, &mut item);
    item
}

fn item_for_prediction(matched: &DocumentMatch<'_>, kind: ErrorKind, predicted: &WireQuote) -> ErrorItem {
    let mut item = empty_item(matched, kind, predicted.start, predicted.end);
    fill_prediction(predicted, &mut item);
    item
}

fn fill_gold(matched: &DocumentMatch<'_>, gold: &GoldQuote, item: &mut ErrorItem) {
    item.gold_kind = gold.kind.clone();
    item.gold_speaker = gold.speaker.clone();
    item.gold_mention = gold
        .speaker_spans
        .as_ref()
        .and_then(|spans| spans.first())
        .map(|&[start, end]| one_line(&slice(&matched.chars, start, end)));
    item.gold_cue = gold.cue.clone();
}

fn fill_prediction(predicted: &WireQuote, item: &mut ErrorItem) {
    item.predicted_kind = Some(predicted.kind.clone());
    item.predicted_speaker = predicted.speaker.clone();
    item.predicted_mention = predicted.mention.as_ref().map(|mention| mention.text.clone());
    item.predicted_cue = predicted.cue.clone();
}

/// For a false item: the gold quote or claim overlapping the prediction most.
fn note_nearest_gold(matched: &DocumentMatch<'_>, span: Span, item: &mut ErrorItem) {
    let gold = matched.gold;
    let candidates = gold
        .quotes
        .iter()
        .zip(&matched.gold_quote_spans)
        .map(|(quote, &gold_span)| (quote, gold_span, "quote"))
        .chain(
            gold.claims
                .iter()
                .zip(&matched.gold_claim_spans)
                .map(|(claim, &gold_span)| (claim, gold_span, "claim")),
        );
    let mut nearest: Option<(f64, &GoldQuote, &str)> = None;
    for (quote, gold_span, what) in candidates {
        let shared = overlap(span, gold_span);
        if shared > 0.0 && nearest.is_none_or(|(best, _, _)| shared > best) {
            nearest = Some((shared, quote, what));
        }
    }
    let Some((shared, quote, what)) = nearest else {
        item.note = Some("no gold quote or claim overlaps".to_owned());
        return;
    };
    fill_gold(matched, quote, item);
    let kind = quote.kind.as_deref().map_or(String::new(), |kind| format!("{kind} "));
    let taken = match (item.kind, what) {
        (ErrorKind::FalseQuote, "quote") => shared >= SPEECH_MIN_OVERLAP && takes_speech_predictions(quote),
        (ErrorKind::FalseClaim, "claim") => shared >= REPORTED_MIN_OVERLAP,
        _ => false,
    };
    item.note = Some(if taken {
        format!(
            "duplicate: gold {kind}{what} {} (overlap {shared:.2}) is matched by another prediction",
            span_words(quote.start, quote.end)
        )
    } else {
        format!(
            "nearest: gold {kind}{what} {} (overlap {shared:.2})",
            span_words(quote.start, quote.end)
        )
    });
}

/// The predicted quote, of any kind, overlapping a gold span most, with the overlap.
fn nearest_prediction<'a>(matched: &DocumentMatch<'a>, gold_span: Span) -> Option<(f64, &'a WireQuote)> {
    let mut nearest: Option<(f64, &WireQuote)> = None;
    for quote in matched.predicted_quotes {
        let shared = overlap(trim(&matched.chars, quote.start, quote.end), gold_span);
        if shared > 0.0 && nearest.is_none_or(|(best, _)| shared > best) {
            nearest = Some((shared, quote));
        }
    }
    nearest
}

/// For a missed item: the predicted quote, of any kind, overlapping it most.
fn note_nearest_prediction(matched: &DocumentMatch<'_>, gold_span: Span, item: &mut ErrorItem) {
    let Some((shared, quote)) = nearest_prediction(matched, gold_span) else {
        item.note = Some("no prediction overlaps".to_owned());
        return;
    };
    fill_prediction(quote, item);
    item.note = Some(format!(
        "nearest: predicted {} {} (overlap {shared:.2})",
        quote.kind,
        span_words(quote.start, quote.end)
    ));
}

fn span_words(start: usize, end: usize) -> String {
    format!("at {start}..{end}")
}

/// The characters `start..end`, clamped to the text.
fn slice(chars: &[char], start: usize, end: usize) -> String {
    let end = end.min(chars.len());
    let start = start.min(end);
    chars[start..end].iter().collect()
}

/// At most `limit` characters, the last one an ellipsis where cut.
fn cut(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(limit.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// Newlines as ⏎, other control characters as spaces.
fn one_line(text: &str) -> String {
    text.chars()
        .filter(|&ch| ch != '\r')
        .map(|ch| match ch {
            '\n' => '⏎',
            ch if ch.is_control() => ' ',
            ch => ch,
        })
        .collect()
}

fn context(chars: &[char], start: usize, end: usize) -> String {
    let end = end.min(chars.len());
    let start = start.min(end);
    let before = slice(chars, start.saturating_sub(CONTEXT_CHARS), start);
    let inside = cut(&slice(chars, start, end), TEXT_CHARS);
    let after = slice(chars, end, end + CONTEXT_CHARS);
    one_line(&format!("{before}⟦{inside}⟧{after}"))
}
