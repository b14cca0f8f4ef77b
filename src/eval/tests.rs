use super::*;
use crate::output::wire::{WireMention, WirePair, WireQuote, WireSide};

const TEXT: &str = "Headline - “Big news” -\n“We will win,” Ann Lee told reporters. \
Bob Stone said taxes would rise. “Nothing changes,” he added of the “plan”.";

/// Char offsets of the first `needle` in `text`.
fn find(text: &str, needle: &str) -> (usize, usize) {
    let byte_start = text.find(needle).expect("needle in text");
    let start = text[..byte_start].chars().count();
    (start, start + needle.chars().count())
}

fn gold_quote(needle: &str, kind: &str, speaker: Option<&str>) -> GoldQuote {
    let (start, end) = find(TEXT, needle);
    GoldQuote {
        start,
        end,
        text: Some(needle.to_owned()),
        kind: Some(kind.to_owned()),
        speaker: speaker.map(str::to_owned),
        ..GoldQuote::default()
    }
}

fn gold_claim(needle: &str, speaker: &str) -> GoldQuote {
    GoldQuote {
        kind: None,
        ..gold_quote(needle, "", Some(speaker))
    }
}

fn predicted(kind: &str, span: (usize, usize), speaker: Option<&str>) -> WireQuote {
    WireQuote {
        kind: kind.to_owned(),
        start: span.0,
        end: span.1,
        speaker: speaker.map(str::to_owned),
        ..WireQuote::default()
    }
}

fn gold_doc(quotes: Vec<GoldQuote>, claims: Vec<GoldQuote>) -> GoldDoc {
    GoldDoc {
        id: "d1".to_owned(),
        text: TEXT.to_owned(),
        quotes,
        claims,
        ..GoldDoc::default()
    }
}

fn prediction(quotes: Vec<WireQuote>, pairs: Vec<WirePair>) -> WireDoc {
    WireDoc {
        document: "d1".to_owned(),
        quotes,
        pairs,
        ..WireDoc::default()
    }
}

/// The standard gold: two speech quotes, a heading, an optional term, a claim.
fn standard_gold() -> GoldDoc {
    gold_doc(
        vec![
            gold_quote("Big news", "heading", None),
            gold_quote("We will win,", "direct", Some("Ann Lee")),
            gold_quote("Nothing changes,", "direct", Some("Bob Stone")),
            GoldQuote {
                optional: true,
                ..gold_quote("plan", "term", None)
            },
        ],
        vec![gold_claim("taxes would rise", "Bob Stone")],
    )
}

/// Scores one prediction against one gold and compares the counts
/// `(tp, fp, fn, exact, speaker_right)`.
fn check_speech(gold: GoldDoc, quotes: Vec<WireQuote>, expected: (usize, usize, usize, usize, usize)) {
    let evaluation = score(std::slice::from_ref(&gold), &[prediction(quotes.clone(), vec![])]);
    let counts = &evaluation.counts;
    let actual = (
        counts.true_positives,
        counts.false_positives,
        counts.false_negatives,
        counts.exact,
        counts.speaker_right,
    );
    assert_eq!(actual, expected, "{evaluation:#?}");
    check_listing_agrees(&[gold], &[prediction(quotes, vec![])], &evaluation);
}

pub(super) fn check_listing_agrees(gold: &[GoldDoc], predictions: &[WireDoc], evaluation: &Evaluation) {
    let items = errors(gold, predictions);
    let count = |kind| items.iter().filter(|item| item.kind == kind).count();
    let counts = &evaluation.counts;
    assert_eq!(count(ErrorKind::MissedQuote), counts.false_negatives);
    assert_eq!(count(ErrorKind::FalseQuote), counts.false_positives);
    assert_eq!(
        count(ErrorKind::WrongSpeaker),
        counts.true_positives - counts.speaker_right
    );
    assert_eq!(count(ErrorKind::MissedClaim), counts.reported_false_negatives);
    assert_eq!(count(ErrorKind::FalseClaim), counts.reported_false_positives);
    assert_eq!(
        count(ErrorKind::WrongClaimSpeaker),
        counts.reported_true_positives - counts.reported_speaker_right
    );
    assert_eq!(
        count(ErrorKind::MissedContrast),
        evaluation.contrast_required - evaluation.contrast_required_found
    );
    assert_eq!(
        count(ErrorKind::FalseContrast),
        evaluation.contrast_rows - evaluation.contrast_rows_right
    );
}

fn chars(text: &str) -> Vec<char> {
    text.chars().collect()
}

#[test]
fn trim_skips_marks_spaces_and_edge_punctuation() {
    let text = chars("“Hello, world,” she said");
    assert_eq!(trim(&text, 0, 15), (1, 13));
    assert_eq!(trim(&text, 0, 1), (1, 1));
    // Offsets count characters, not bytes: the emoji is one.
    let text = chars("😀 «ab»\u{a0}");
    assert_eq!(trim(&text, 0, 7), (0, 5));
    assert_eq!(trim(&text, 1, 7), (3, 5));
}

#[test]
fn trim_beyond_the_text_does_not_panic() {
    let text = chars("ab.");
    assert_eq!(trim(&text, 2, 10), (3, 10));
    assert_eq!(trim(&text, 7, 3), (7, 3));
}

#[test]
fn overlap_is_intersection_over_union() {
    assert_eq!(overlap((0, 10), (5, 15)), 5.0 / 15.0);
    assert_eq!(overlap((0, 10), (0, 10)), 1.0);
    assert_eq!(overlap((0, 10), (10, 20)), 0.0);
    assert_eq!(overlap((3, 4), (0, 10)), 0.1);
}

#[test]
fn norm_name_drops_case_punctuation_and_honorifics() {
    let check = |name: Option<&str>, expected: &str| assert_eq!(norm_name(name), expected, "{name:?}");
    check(None, "");
    check(Some(""), "");
    check(Some("Mr. Bikamal  Kaken"), "bikamal kaken");
    check(Some("The U.S. State Department"), "u s state department");
    check(Some("Dr Zoë O'Brien-Smith"), "zoë o brien smith");
    check(Some("the"), "");
    check(Some("snake_case"), "snake_case");
    // A combining mark is not a word character in Python.
    check(Some("Jose\u{301}"), "jose");
    check(Some("Ⓐnn"), "nn");
    check(Some("İpek"), "i pek");
}

#[test]
fn same_speaker_strict_and_lenient() {
    assert!(same_speaker(None, None, false));
    assert!(same_speaker(Some("the"), None, false));
    assert!(!same_speaker(Some("Kaken"), None, false));
    assert!(same_speaker(Some("mr. kaken"), Some("Kaken"), false));
    assert!(!same_speaker(Some("Kaken"), Some("Bikamal Kaken"), false));
    assert!(same_speaker(Some("Kaken"), Some("Bikamal Kaken"), true));
    assert!(same_speaker(Some("Ann Kaken"), Some("Bikamal Kaken"), true));
    assert!(same_speaker(Some("Bikamal Kaken Jr"), Some("Bikamal Kaken"), true));
    assert!(!same_speaker(Some("Bikamal"), Some("Kaken Ann"), true));
}

#[test]
fn greedy_match_breaks_ties_like_python_tuples() {
    // Equal overlaps: the higher prediction index, then gold index, wins.
    assert_eq!(greedy_match(&[(0, 10)], &[(0, 10), (0, 10)], 0.5), vec![None, Some(0)]);
    assert_eq!(greedy_match(&[(0, 10), (0, 10)], &[(0, 10)], 0.5), vec![Some(1)]);
    // Largest overlap first, one to one.
    assert_eq!(
        greedy_match(&[(0, 10), (12, 20)], &[(0, 9), (0, 10)], 0.5),
        vec![None, Some(0)]
    );
    assert_eq!(greedy_match(&[(0, 10)], &[(0, 4)], 0.5), vec![None]);
    assert_eq!(greedy_match(&[(0, 10)], &[(0, 4)], 0.3), vec![Some(0)]);
}

#[test]
fn perfect_prediction_scores_one() {
    let gold = standard_gold();
    let quotes = gold
        .quotes
        .iter()
        .filter(|quote| quote.kind.as_deref() == Some("direct"))
        .map(|quote| predicted("direct", (quote.start, quote.end), quote.speaker.as_deref()))
        .collect();
    check_speech(gold, quotes, (2, 0, 0, 2, 2));
}

#[test]
fn kind_accuracy_counts_matched_quotes_of_the_gold_kind() {
    // Both quotes match; only the first is, like the gold's, direct.
    let (win_start, win_end) = find(TEXT, "We will win,");
    let (nothing_start, nothing_end) = find(TEXT, "Nothing changes,");
    let evaluation = score(
        &[standard_gold()],
        &[prediction(
            vec![
                predicted("direct", (win_start, win_end), Some("Ann Lee")),
                predicted("partial", (nothing_start, nothing_end), Some("Bob Stone")),
            ],
            vec![],
        )],
    );
    assert_eq!(evaluation.counts.true_positives, 2);
    assert_eq!(evaluation.counts.kind_right, 1);
    assert_eq!(evaluation.kind_accuracy, 0.5);
}

#[test]
fn trimmed_marks_and_commas_still_count_as_exact() {
    let (start, end) = find(TEXT, "“We will win,”");
    check_speech(
        standard_gold(),
        vec![predicted("partial", (start, end), Some("ANN LEE"))],
        (1, 0, 1, 1, 1),
    );
}

#[test]
fn shifted_span_matches_but_is_not_exact() {
    let (start, end) = find(TEXT, "We will win,");
    check_speech(
        standard_gold(),
        vec![predicted("direct", (start + 3, end), Some("Ann Lee"))],
        (1, 0, 1, 0, 1),
    );
    // Too far off: a false positive and a miss.
    check_speech(
        standard_gold(),
        vec![predicted("direct", (start + 7, end + 20), Some("Ann Lee"))],
        (0, 1, 2, 0, 0),
    );
}

#[test]
fn heading_is_a_false_positive_and_optional_term_is_free() {
    check_speech(
        standard_gold(),
        vec![
            predicted("direct", find(TEXT, "Big news"), None),
            predicted("direct", find(TEXT, "plan"), None),
        ],
        (0, 1, 2, 0, 0),
    );
    // A heading predicted as a term is not a speech prediction at all.
    check_speech(
        standard_gold(),
        vec![predicted("heading", find(TEXT, "Big news"), None)],
        (0, 0, 2, 0, 0),
    );
}

#[test]
fn duplicate_prediction_is_a_false_positive() {
    let span = find(TEXT, "Nothing changes,");
    check_speech(
        standard_gold(),
        vec![
            predicted("direct", span, Some("Bob Stone")),
            predicted("direct", span, Some("he")),
        ],
        (1, 1, 1, 1, 0),
    );
}

#[test]
fn mention_overlapping_gold_speaker_span_is_the_right_speaker() {
    let mut gold = standard_gold();
    let (mention_start, mention_end) = find(TEXT, "he added");
    gold.quotes[2].speaker = Some("he".to_owned());
    gold.quotes[2].speaker_spans = Some(vec![[mention_start, mention_start + 2]]);
    let quote = |mention: Option<WireMention>| WireQuote {
        mention,
        ..predicted("direct", find(TEXT, "Nothing changes,"), Some("Bob Stone"))
    };
    let right = WireMention {
        text: "he".to_owned(),
        start: mention_start,
        end: mention_end,
    };
    let wrong = WireMention {
        text: "Ann Lee".to_owned(),
        start: 0,
        end: mention_start,
    };
    check_speech(gold.clone(), vec![quote(Some(right))], (1, 0, 1, 1, 1));
    check_speech(gold.clone(), vec![quote(Some(wrong))], (1, 0, 1, 1, 0));
    check_speech(gold, vec![quote(None)], (1, 0, 1, 1, 0));
}

#[test]
fn missing_and_unknown_documents() {
    let gold = standard_gold();
    let mut other = prediction(vec![predicted("direct", (0, 5), None)], vec![]);
    other.document = "elsewhere".to_owned();
    let evaluation = score(std::slice::from_ref(&gold), &[other]);
    assert_eq!(evaluation.documents, 1);
    assert_eq!(evaluation.counts.false_negatives, 2);
    assert_eq!(evaluation.counts.false_positives, 0);
    assert_eq!(evaluation.counts.reported_false_negatives, 1);
    assert_eq!(evaluation.quote_precision, 0.0);
    assert_eq!(evaluation.quote_f1, 0.0);
    // The last prediction for a document wins.
    let empty = prediction(vec![], vec![]);
    let full = prediction(
        vec![predicted("direct", find(TEXT, "We will win,"), Some("Ann Lee"))],
        vec![],
    );
    let evaluation = score(std::slice::from_ref(&gold), &[empty.clone(), full.clone()]);
    assert_eq!(evaluation.counts.true_positives, 1);
    let evaluation = score(&[gold], &[full, empty]);
    assert_eq!(evaluation.counts.true_positives, 0);
}

#[test]
fn reported_speech_is_scored_only_where_gold_has_claims() {
    let (start, end) = find(TEXT, "taxes would rise");
    let quotes = vec![
        predicted("indirect", (start + 6, end + 1), Some("Bob Stone")),
        predicted("indirect", find(TEXT, "Ann Lee told"), Some("Ann Lee")),
    ];
    let evaluation = score(&[standard_gold()], &[prediction(quotes.clone(), vec![])]);
    let counts = &evaluation.counts;
    assert_eq!(
        (
            counts.reported_true_positives,
            counts.reported_false_positives,
            counts.reported_false_negatives,
            counts.reported_speaker_right
        ),
        (1, 1, 0, 1)
    );
    assert_eq!(evaluation.reported_precision, 0.5);
    assert_eq!(evaluation.reported_recall, 1.0);
    assert!((evaluation.reported_f1 - 2.0 / 3.0).abs() < 1e-12);
    // Indirect predictions are not speech quotes.
    assert_eq!(counts.false_positives, 0);

    let without_claims = gold_doc(standard_gold().quotes, vec![]);
    let evaluation = score(&[without_claims], &[prediction(quotes, vec![])]);
    assert_eq!(evaluation.counts.reported_false_positives, 0);
    assert_eq!(evaluation.reported_precision, 0.0);
}

#[test]
fn optional_claim_is_neither_found_nor_missed() {
    let mut gold = standard_gold();
    gold.claims[0].optional = true;
    let quotes = vec![predicted("indirect", find(TEXT, "taxes would rise"), Some("x"))];
    let evaluation = score(std::slice::from_ref(&gold), &[prediction(quotes, vec![])]);
    assert_eq!(evaluation.counts.reported_true_positives, 0);
    assert_eq!(evaluation.counts.reported_false_positives, 0);
    let evaluation = score(&[gold], &[]);
    assert_eq!(evaluation.counts.reported_false_negatives, 0);
}

fn side(speaker: &str, span: (usize, usize)) -> WireSide {
    WireSide {
        speaker: Some(speaker.to_owned()),
        start: span.0,
        end: span.1,
        ..WireSide::default()
    }
}

fn pair(relation: &str, score: f64, a: WireSide, b: WireSide) -> WirePair {
    WirePair {
        relation: relation.to_owned(),
        score,
        a,
        b,
        ..WirePair::default()
    }
}

/// The spans of TEXT that the contrast tests set against each other:
/// Ann Lee's `We will win,`, Bob Stone's `taxes would rise` and `Nothing
/// changes,`.
fn contrast_spans() -> [(usize, usize); 3] {
    [
        find(TEXT, "We will win,"),
        find(TEXT, "taxes would rise"),
        find(TEXT, "Nothing changes,"),
    ]
}

/// A required `opposes` contrast of `a` against `b` on one span each.
fn gold_contrast(a: &str, b: &str, a_span: (usize, usize), b_span: (usize, usize)) -> GoldContrast {
    GoldContrast {
        a: Some(a.to_owned()),
        b: Some(b.to_owned()),
        relation: "opposes".to_owned(),
        required: true,
        a_spans: vec![[a_span.0, a_span.1]],
        b_spans: vec![[b_span.0, b_span.1]],
        ..GoldContrast::default()
    }
}

#[test]
fn contrasts_required_top_and_rows() {
    let mut gold = standard_gold();
    let [win, rise, nothing] = contrast_spans();
    gold.contrasts = vec![
        GoldContrast {
            rank: Some(1),
            b_spans: vec![[rise.0, rise.1], [nothing.0, nothing.1]],
            topic: Some("the election".to_owned()),
            ..gold_contrast("Ann Lee", "Bob Stone", win, rise)
        },
        gold_contrast("Bob Stone", "Bob Stone", rise, nothing),
    ];
    let right = pair(
        "opposes",
        0.8,
        side("Bob Stone", (nothing.0 + 2, nothing.1 + 1)),
        side("Ann Lee", win),
    );
    let wrong = pair("opposes", 0.8, side("Ann Lee", win), side("Ann Lee", win));
    let agrees = pair("agrees", 0.99, side("Ann Lee", win), side("Bob Stone", rise));
    let evaluate = |pairs: Vec<WirePair>| score(std::slice::from_ref(&gold), &[prediction(vec![], pairs)]);

    // Equal scores keep their order: the wrong row heads the table.
    let evaluation = evaluate(vec![wrong.clone(), right.clone(), agrees.clone()]);
    assert_eq!(evaluation.contrast_documents, 1);
    assert_eq!(evaluation.contrast_required, 2);
    assert_eq!(evaluation.contrast_required_found, 1);
    assert_eq!(evaluation.contrast_top_right, 0);
    assert_eq!(evaluation.contrast_rows, 2);
    assert_eq!(evaluation.contrast_rows_right, 1);

    let evaluation = evaluate(vec![right.clone(), wrong.clone()]);
    assert_eq!(evaluation.contrast_top_right, 1);

    let mut higher = wrong;
    higher.score = 0.9;
    let evaluation = evaluate(vec![right, higher]);
    assert_eq!(evaluation.contrast_top_right, 0);
    assert_eq!(evaluation.contrast_required_found, 1);

    let evaluation = evaluate(vec![]);
    assert_eq!(evaluation.contrast_documents, 1);
    assert_eq!(evaluation.contrast_rows, 0);
}

#[test]
fn errors_list_missed_and_false_contrasts() {
    let mut gold = standard_gold();
    let [win, rise, nothing] = contrast_spans();
    gold.contrasts = vec![
        gold_contrast("Ann Lee", "Bob Stone", win, rise),
        gold_contrast("Ann Lee", "Bob Stone", win, nothing),
    ];
    let quotes = vec![
        predicted("direct", win, Some("Ann Lee")),
        predicted("indirect", rise, Some("Bob Stone")),
        predicted("direct", nothing, Some("Bob")),
    ];
    // The first pair is found but as `agrees`; the second is opposed with
    // a wrong speaker, so it is both a false row and a missed contrast.
    let pairs = vec![
        pair("agrees", 0.7, side("Ann Lee", win), side("Bob Stone", rise)),
        WirePair {
            evidence: vec!["'win' vs. 'Nothing'".to_owned()],
            ..pair("opposes", 0.6, side("Ann Lee", win), side("Bob", nothing))
        },
    ];
    let predictions = [prediction(quotes, pairs)];
    let evaluation = score(std::slice::from_ref(&gold), &predictions);
    check_listing_agrees(std::slice::from_ref(&gold), &predictions, &evaluation);
    let items = errors(std::slice::from_ref(&gold), &predictions);
    let contrast_items: Vec<&ErrorItem> = items
        .iter()
        .filter(|item| matches!(item.kind, ErrorKind::MissedContrast | ErrorKind::FalseContrast))
        .collect();
    assert_eq!(contrast_items.len(), 3, "{contrast_items:#?}");

    let missed: Vec<&&ErrorItem> = contrast_items
        .iter()
        .filter(|item| item.kind == ErrorKind::MissedContrast)
        .collect();
    assert_eq!(missed.len(), 2);
    for item in &missed {
        assert_eq!((item.start, item.end), win);
        assert_eq!(item.text, "We will win,");
        assert_eq!(item.gold_kind.as_deref(), Some("opposes"));
        assert_eq!(item.gold_speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(item.predicted_speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(item.predicted_kind.as_deref(), Some("direct"));
    }
    let notes: Vec<&str> = missed.iter().map(|item| item.note.as_deref().unwrap()).collect();
    assert!(
        notes.contains(&"against Bob Stone: “taxes would rise” at 78..94; paired as agrees (score 0.70)"),
        "{notes:?}"
    );
    assert!(
        notes.contains(&"against Bob Stone: “Nothing changes,” at 97..113; opposed, but as Ann Lee against Bob"),
        "{notes:?}"
    );

    let wrong_row = contrast_items
        .iter()
        .find(|item| item.kind == ErrorKind::FalseContrast)
        .unwrap();
    assert_eq!(wrong_row.text, "We will win,");
    assert_eq!(wrong_row.predicted_kind.as_deref(), Some("opposes"));
    assert_eq!(wrong_row.predicted_speaker.as_deref(), Some("Ann Lee"));
    assert_eq!(
        wrong_row.note.as_deref(),
        Some("against Bob: “Nothing changes,” at 97..113 (score 0.60; 'win' vs. 'Nothing')")
    );
}

#[test]
fn a_missed_contrast_says_how_each_side_was_read() {
    let mut gold = standard_gold();
    let [win, rise, _] = contrast_spans();
    gold.contrasts = vec![gold_contrast("Ann Lee", "Bob Stone", win, rise)];
    let predictions = [prediction(vec![predicted("direct", win, Some("Ann Lee"))], vec![])];
    let items = errors(std::slice::from_ref(&gold), &predictions);
    let missed = items
        .iter()
        .find(|item| item.kind == ErrorKind::MissedContrast)
        .unwrap();
    assert_eq!(
        missed.note.as_deref(),
        Some(
            "against Bob Stone: “taxes would rise” at 78..94; not paired: \
             this side read as direct of Ann Lee, the other as nothing"
        )
    );
}

#[test]
fn lenient_accepts_last_names() {
    let quotes = vec![predicted("direct", find(TEXT, "We will win,"), Some("Lee"))];
    let gold = [standard_gold()];
    let predictions = [prediction(quotes, vec![])];
    assert_eq!(score(&gold, &predictions).counts.speaker_right, 0);
    let lenient = EvalOptions { lenient: true };
    assert_eq!(score_with(&gold, &predictions, lenient).counts.speaker_right, 1);
    assert!(
        errors_with(&gold, &predictions, lenient)
            .iter()
            .all(|item| item.kind != ErrorKind::WrongSpeaker)
    );
}

#[test]
fn ratios_and_per_document_scores() {
    let gold = standard_gold();
    let quotes = vec![
        predicted("direct", find(TEXT, "We will win,"), Some("Ann Lee")),
        predicted("direct", find(TEXT, "Nothing changes,"), Some("Ann Lee")),
        predicted("direct", find(TEXT, "Bob Stone said"), None),
    ];
    let evaluation = score(&[gold], &[prediction(quotes, vec![])]);
    assert!((evaluation.quote_precision - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(evaluation.quote_recall, 1.0);
    assert!((evaluation.quote_f1 - 0.8).abs() < 1e-12);
    assert_eq!(evaluation.speaker_accuracy, 0.5);
    // e2e: precision 1/3, recall 1/2.
    assert!((evaluation.e2e_f1 - 0.4).abs() < 1e-12);
    let document = &evaluation.per_document[0];
    assert_eq!(
        (
            document.true_positives,
            document.false_positives,
            document.false_negatives
        ),
        (2, 1, 0)
    );
    assert_eq!(document.errors(), 2);
    assert!((document.f1 - 0.4).abs() < 1e-12);
}

#[test]
fn empty_document_has_f1_one() {
    let gold = gold_doc(vec![], vec![]);
    let evaluation = score(&[gold], &[]);
    assert_eq!(evaluation.per_document[0].f1, 1.0);
    assert_eq!(evaluation.quote_f1, 0.0);
}

#[test]
fn errors_describe_each_mistake() {
    let gold = standard_gold();
    let (win_start, win_end) = find(TEXT, "We will win,");
    let quotes = vec![
        predicted("direct", find(TEXT, "Big news"), None),
        WireQuote {
            cue: Some("told".to_owned()),
            mention: Some(WireMention {
                text: "Bob".to_owned(),
                start: 0,
                end: 3,
            }),
            ..predicted("direct", (win_start, win_end - 1), Some("Bob"))
        },
        predicted("partial", find(TEXT, "reporters. Bob"), None),
        predicted("indirect", find(TEXT, "Ann Lee told"), None),
    ];
    let items = errors(&[gold], &[prediction(quotes, vec![])]);
    let kinds: Vec<ErrorKind> = items.iter().map(|item| item.kind).collect();
    assert_eq!(
        kinds,
        vec![
            ErrorKind::FalseQuote,
            ErrorKind::WrongSpeaker,
            ErrorKind::FalseClaim,
            ErrorKind::FalseQuote,
            ErrorKind::MissedClaim,
            ErrorKind::MissedQuote,
        ]
    );
    let heading = &items[0];
    assert_eq!(heading.text, "Big news");
    assert_eq!(heading.gold_kind.as_deref(), Some("heading"));
    assert!(heading.note.as_deref().unwrap().starts_with("matches gold heading"));
    assert!(heading.context.contains("Headline - “⟦Big news⟧” -⏎“We will win"));
    assert!(!heading.context.contains('\n'));

    let wrong = &items[1];
    assert_eq!((wrong.start, wrong.end), (win_start, win_end));
    assert_eq!(wrong.gold_speaker.as_deref(), Some("Ann Lee"));
    assert_eq!(wrong.predicted_speaker.as_deref(), Some("Bob"));
    assert_eq!(wrong.predicted_mention.as_deref(), Some("Bob"));
    assert_eq!(wrong.predicted_cue.as_deref(), Some("told"));
    // The trimmed spans agree, so no note about the span.
    assert_eq!(wrong.note, None);

    let false_partial = &items[3];
    assert_eq!(false_partial.text, "reporters. Bob");
    assert_eq!(false_partial.note.as_deref(), Some("no gold quote or claim overlaps"));

    let missed = &items[5];
    assert_eq!(missed.text, "Nothing changes,");
    assert_eq!(missed.note.as_deref(), Some("no prediction overlaps"));
}

#[test]
fn errors_name_duplicates_and_near_misses() {
    let gold = standard_gold();
    let span = find(TEXT, "Nothing changes,");
    let quotes = vec![
        predicted("direct", span, Some("Bob Stone")),
        predicted("direct", span, Some("Bob Stone")),
        predicted("term", find(TEXT, "We will"), None),
    ];
    let items = errors(&[gold], &[prediction(quotes, vec![])]);
    let duplicate = items.iter().find(|item| item.kind == ErrorKind::FalseQuote).unwrap();
    assert!(
        duplicate
            .note
            .as_deref()
            .unwrap()
            .starts_with("duplicate: gold direct quote")
    );
    let missed = items.iter().find(|item| item.kind == ErrorKind::MissedQuote).unwrap();
    assert_eq!(missed.predicted_kind.as_deref(), Some("term"));
    assert!(missed.note.as_deref().unwrap().starts_with("nearest: predicted term"));
}

#[test]
fn long_spans_are_cut() {
    let text = format!("“{}” he said.", "word ".repeat(100));
    let gold = GoldDoc {
        id: "long".to_owned(),
        quotes: vec![GoldQuote {
            start: 1,
            end: 501,
            kind: Some("direct".to_owned()),
            ..GoldQuote::default()
        }],
        text,
        ..GoldDoc::default()
    };
    let items = errors(&[gold], &[]);
    assert_eq!(items.len(), 1);
    assert_eq!(items[0].text.chars().count(), 200);
    assert!(items[0].text.ends_with('…'));
    assert!(items[0].context.starts_with("“⟦word"));
    assert!(items[0].context.ends_with("…⟧” he said."));
}

#[test]
fn table_lists_figures_and_worst_documents() {
    let mut second = standard_gold();
    second.id = "d2".to_owned();
    let quotes = vec![predicted("direct", find(TEXT, "We will win,"), Some("Ann Lee"))];
    let evaluation = score(&[standard_gold(), second], &[prediction(quotes, vec![])]);
    let table = evaluation.table(5);
    assert!(table.contains("quote precision"), "{table}");
    assert!(table.contains("1 of 4"), "{table}");
    let worst = table.split("worst documents").nth(1).unwrap();
    let d1 = worst.find("\nd1 ").unwrap();
    let d2 = worst.find("\nd2 ").unwrap();
    assert!(d2 < d1, "{table}");
    let evaluation = score(&[], &[]);
    assert!(evaluation.table(3).contains("none with errors"));
    assert!(!evaluation.table(0).contains("worst"));
}

#[test]
fn evaluation_serializes_with_formats_names() {
    let evaluation = score(&[standard_gold()], &[]);
    let json = serde_json::to_value(&evaluation).unwrap();
    for name in [
        "quote_precision",
        "quote_recall",
        "quote_f1",
        "exact_share",
        "speaker_accuracy",
        "e2e_f1",
        "reported_precision",
        "reported_recall",
        "reported_f1",
        "reported_speaker_accuracy",
        "contrast_required_found",
        "contrast_required",
        "contrast_top_right",
        "contrast_documents",
        "contrast_rows",
        "contrast_rows_right",
        "documents",
    ] {
        assert!(json[name].is_number(), "{name}");
    }
    assert_eq!(json["counts"]["fn"], 2);
    assert_eq!(json["counts"]["reported_fn"], 1);
    assert_eq!(json["per_document"][0]["fn"], 2);
    let items = serde_json::to_value(errors(&[standard_gold()], &[])).unwrap();
    assert_eq!(items[0]["kind"], "missed_quote");
}

#[test]
fn seed_gold_parses() {
    let gold = parse_gold(include_str!("../../corpus/seed.jsonl")).unwrap();
    assert_eq!(gold.len(), 1);
    let seed = &gold[0];
    assert_eq!(seed.quotes.len(), 19);
    assert_eq!(seed.claims.len(), 13);
    assert_eq!(seed.contrasts.len(), 5);
    assert!(seed.text.contains('\u{a0}'));
    let chars: Vec<char> = seed.text.chars().collect();
    for quote in &seed.quotes {
        let span: String = chars[quote.start..quote.end].iter().collect();
        assert_eq!(Some(&span), quote.text.as_ref());
    }
}

#[test]
fn read_errors_name_the_line() {
    let error = parse_gold("{\"id\": \"a\", \"text\": \"\"}\n\n{oops").unwrap_err();
    assert_eq!(error.line, 3);
    assert!(error.to_string().starts_with("gold line 3:"));
    let predictions = parse_predictions("{\"document\": \"a\", \"line\": 2, \"error\": \"no text\"}\n").unwrap();
    assert!(predictions[0].quotes.is_empty());
}
