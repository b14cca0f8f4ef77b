use super::*;
use crate::analysis::{Kind, Quote};

/// The occurrence of `needle` in `text` nearest to `near`.
fn nearest(text: &str, needle: &str, near: Span) -> Span {
    text.match_indices(needle)
        .map(|(at, _)| Span::new(at, at + needle.len()))
        .min_by_key(|span| span.start.abs_diff(near.start))
        .unwrap_or_else(|| panic!("{needle:?} not in the text"))
}

/// A claim of `speaker` on the first `content` of `text`, with its mention
/// and cue as written nearest to it.
fn claim(text: &str, kind: Kind, content: &str, speaker: &str, mention: &str, cue: &str) -> Quote {
    let at = text
        .find(content)
        .unwrap_or_else(|| panic!("{content:?} not in the text"));
    let span = Span::new(at, at + content.len());
    let cue_span = (!cue.is_empty()).then(|| nearest(text, cue, span));
    Quote {
        kind,
        span,
        paragraph: text[..at].matches("\n\n").count() + 1,
        speaker: Some(speaker.to_string()),
        mention: (!mention.is_empty()).then(|| nearest(text, mention, span)),
        cue: cue_span,
        framing: cue_span.and_then(|cue| Grammar::builtin().verb(cue.of(text)).map(|(verb, _)| verb.framing)),
        recipient: None,
        confidence: 0.9,
        rule: "test".to_string(),
    }
}

fn analysis(mut quotes: Vec<Quote>) -> Analysis {
    quotes.sort_by_key(|quote| quote.span.start);
    Analysis {
        quotes,
        warnings: Vec::new(),
    }
}

/// Contrasts of one document set no claims against each other.
fn assert_nothing_opposed(text: &str, analysis: &Analysis) {
    let contrasts = run(&[(text, analysis)]);
    assert!(
        contrasts.pairs.iter().all(|pair| pair.relation != Relation::Opposes),
        "{:?}",
        contrasts.pairs
    );
}

fn run(documents: &[(&str, &Analysis)]) -> Contrasts {
    let documents: Vec<DocumentAnalysis> = documents
        .iter()
        .enumerate()
        .map(|(index, &(text, analysis))| DocumentAnalysis {
            id: ["a", "b", "c", "d"][index],
            text,
            analysis,
        })
        .collect();
    contrast(&documents, Grammar::builtin())
}

/// The pairs as (relation, speaker a, claim a, speaker b, claim b, evidence).
fn pairs(
    documents: &[(&str, &Analysis)],
    contrasts: &Contrasts,
) -> Vec<(Relation, String, String, String, String, Vec<String>)> {
    let side = |claim: ClaimRef| {
        let (text, analysis) = documents[claim.document];
        let quote = &analysis.quotes[claim.quote];
        (
            quote.speaker.clone().unwrap_or_default(),
            quote.span.of(text).to_string(),
        )
    };
    contrasts
        .pairs
        .iter()
        .map(|pair| {
            let (speaker_a, claim_a) = side(pair.a);
            let (speaker_b, claim_b) = side(pair.b);
            (
                pair.relation,
                speaker_a,
                claim_a,
                speaker_b,
                claim_b,
                pair.evidence.clone(),
            )
        })
        .collect()
}

const MAYOR: &str = "\
Council member Tom Hale said the city had overspent its budget by four million dollars.

\"The budget is balanced,\" Mayor Anna Berg said on Monday. She dismissed Hale's report as a political stunt.

Her figures are \"pure fiction,\" Hale told reporters.
";

/// The pairs of the mayor article, as [`pairs`] shows them.
fn mayor_pairs() -> Vec<(Relation, String, String, String, String, Vec<String>)> {
    let analysis = mayor();
    let documents = [(MAYOR, &analysis)];
    let contrasts = run(&documents);
    pairs(&documents, &contrasts)
}

fn mayor() -> Analysis {
    let text = MAYOR;
    analysis(vec![
        claim(
            text,
            Kind::Indirect,
            "the city had overspent its budget by four million dollars",
            "Tom Hale",
            "Tom Hale",
            "said",
        ),
        claim(
            text,
            Kind::Direct,
            "The budget is balanced,",
            "Anna Berg",
            "Mayor Anna Berg",
            "said on",
        ),
        claim(
            text,
            Kind::Indirect,
            "Hale's report as a political stunt",
            "Anna Berg",
            "She",
            "dismissed",
        ),
        claim(text, Kind::Partial, "pure fiction,", "Tom Hale", "Hale", "told"),
    ])
}

#[test]
fn a_denial_naming_the_other_speaker_is_a_rebuttal() {
    let pairs = mayor_pairs();
    let rebuttal = pairs
        .iter()
        .find(|pair| pair.2 == "Hale's report as a political stunt")
        .expect("the dismissal is paired");
    assert_eq!(rebuttal.0, Relation::Opposes);
    assert_eq!(rebuttal.1, "Anna Berg");
    assert_eq!(rebuttal.3, "Tom Hale");
    assert!(
        rebuttal.5.contains(&"'dismissed Hale's report'".to_string()),
        "{:?}",
        rebuttal.5
    );
}

#[test]
fn a_rebuttal_word_points_through_a_pronoun() {
    let pairs = mayor_pairs();
    let fiction = pairs
        .iter()
        .find(|pair| pair.1 == "Tom Hale" && pair.2 == "pure fiction,")
        .expect("'pure fiction' is paired as a rebuttal of Berg");
    assert_eq!(fiction.0, Relation::Opposes);
    assert_eq!(fiction.3, "Anna Berg");
    assert!(
        fiction.5.contains(&"'Her figures are pure fiction'".to_string()),
        "{:?}",
        fiction.5
    );
}

#[test]
fn opposed_terms_on_a_shared_topic_oppose() {
    let pairs = mayor_pairs();
    let budget = pairs
        .iter()
        .find(|pair| pair.2.starts_with("the city had overspent") && pair.4 == "The budget is balanced,")
        .expect("overspent and balanced are paired");
    assert_eq!(budget.0, Relation::Opposes);
    assert!(
        budget.5.contains(&"overspent vs. balanced".to_string()),
        "{:?}",
        budget.5
    );
    assert!(
        budget.5.iter().any(|evidence| evidence.contains("'budget'")),
        "{:?}",
        budget.5
    );
}

#[test]
fn no_speaker_is_paired_with_themself() {
    let text = "\"The prisoners are free,\" Ann Lee said. Later Lee said the prisoners were in prison. \
                \"They were never free,\" Ann Lee said.";
    let analysis = analysis(vec![
        claim(
            text,
            Kind::Direct,
            "The prisoners are free,",
            "Ann Lee",
            "Ann Lee",
            "said",
        ),
        claim(
            text,
            Kind::Indirect,
            "the prisoners were in prison",
            "ann lee",
            "Lee",
            "said",
        ),
        claim(
            text,
            Kind::Direct,
            "They were never free,",
            "Ann Lee",
            "Ann Lee",
            "said.",
        ),
    ]);
    let documents = [(text, &analysis)];
    let contrasts = run(&documents);
    assert!(contrasts.pairs.is_empty(), "{:?}", contrasts.pairs);
}

#[test]
fn opposed_terms_alone_are_not_enough() {
    let text = "\"The harvest was a success,\" Ann Lee said.\n\n\"The bridge project failed,\" Bo Chan said.";
    let analysis = analysis(vec![
        claim(
            text,
            Kind::Direct,
            "The harvest was a success,",
            "Ann Lee",
            "Ann Lee",
            "said",
        ),
        claim(
            text,
            Kind::Direct,
            "The bridge project failed,",
            "Bo Chan",
            "Bo Chan",
            "said",
        ),
    ]);
    assert_nothing_opposed(text, &analysis);
}

#[test]
fn a_negation_flips_the_side_and_the_polarity() {
    let text = "\"The detainees are free to leave,\" the governor said.\n\n\
                \"The detainees are not free to leave,\" the lawyer said.";
    let analysis = analysis(vec![
        claim(
            text,
            Kind::Direct,
            "The detainees are free to leave,",
            "the governor",
            "the governor",
            "said",
        ),
        claim(
            text,
            Kind::Direct,
            "The detainees are not free to leave,",
            "the lawyer",
            "the lawyer",
            "said.",
        ),
    ]);
    let documents = [(text, &analysis)];
    let contrasts = run(&documents);
    let pairs = pairs(&documents, &contrasts);
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    assert_eq!(pairs[0].0, Relation::Opposes);
    // The negated word counts once, as opposed terms.
    assert!(
        pairs[0].5.contains(&"free vs. not free".to_string()),
        "{:?}",
        pairs[0].5
    );
    assert!(
        !pairs[0].5.iter().any(|evidence| evidence.contains("'not free'")),
        "{:?}",
        pairs[0].5
    );
}

/// A negation holds the next content word, through a function word or an
/// adverb (`not a terrorist`, `not truly free`), not a word past it:
/// `didn't denounce legal immigration` denies the denouncing, not that the
/// immigration is legal.
#[test]
fn a_negation_stops_at_the_word_it_negates() {
    let past_a_verb = "\"The senator didn't denounce legal immigration,\" Ann Lee said.\n\n\
                       \"Legal immigration helps the state economy,\" Bo Chan said.";
    assert_rows_oppose_nothing(
        past_a_verb,
        &[
            direct(
                "The senator didn't denounce legal immigration,",
                "Ann Lee",
                "Ann Lee",
                "said",
            ),
            direct(
                "Legal immigration helps the state economy,",
                "Bo Chan",
                "Bo Chan",
                "said",
            ),
        ],
    );
    let past_an_adverb = "\"The detainees are not truly free to leave,\" Ann Lee said.\n\n\
                          \"The detainees are free to leave,\" Bo Chan said.";
    assert_rows_set_against(
        past_an_adverb,
        &[
            direct(
                "The detainees are not truly free to leave,",
                "Ann Lee",
                "Ann Lee",
                "said",
            ),
            direct("The detainees are free to leave,", "Bo Chan", "Bo Chan", "said"),
        ],
        "Ann Lee",
        "Bo Chan",
        "not truly free vs. free",
    );
}

/// `whether or not` offers a choice and negates nothing.
#[test]
fn a_negation_in_an_alternative_negates_nothing() {
    let text = "\"We asked whether or not they support Trump,\" Ann Lee said.\n\n\
                \"Most delegates here support Trump,\" Bo Chan said.";
    assert_rows_oppose_nothing(
        text,
        &[
            direct(
                "We asked whether or not they support Trump,",
                "Ann Lee",
                "Ann Lee",
                "said",
            ),
            direct("Most delegates here support Trump,", "Bo Chan", "Bo Chan", "said"),
        ],
    );
}

/// `too dangerous to allow` says not to allow: on the side of a ban.
#[test]
fn too_much_to_do_a_thing_negates_it() {
    let text = "\"Trump wants to ban Muslims from entering the country,\" Ann Lee said.\n\n\
                \"Trump calls Muslims too dangerous to allow to enter the country,\" Bo Chan said.";
    assert_rows_oppose_nothing(
        text,
        &[
            direct(
                "Trump wants to ban Muslims from entering the country,",
                "Ann Lee",
                "Ann Lee",
                "said",
            ),
            direct(
                "Trump calls Muslims too dangerous to allow to enter the country,",
                "Bo Chan",
                "Bo Chan",
                "said",
            ),
        ],
    );
    let against = "\"Trump wants to allow Muslims into the country,\" Ann Lee said.\n\n\
                   \"Trump calls Muslims too dangerous to allow into the country,\" Bo Chan said.";
    assert_rows_set_against(
        against,
        &[
            direct(
                "Trump wants to allow Muslims into the country,",
                "Ann Lee",
                "Ann Lee",
                "said",
            ),
            direct(
                "Trump calls Muslims too dangerous to allow into the country,",
                "Bo Chan",
                "Bo Chan",
                "said",
            ),
        ],
        "Ann Lee",
        "Bo Chan",
        "'allow' vs. 'too dangerous to allow'",
    );
}

#[test]
fn the_same_term_negated_in_one_claim_only_is_a_polarity_mismatch() {
    let text = "\"The factory was inspected last year,\" the owner said.\n\n\
                \"The factory was never inspected,\" a former worker said.";
    let analysis = analysis(vec![
        claim(
            text,
            Kind::Direct,
            "The factory was inspected last year,",
            "the owner",
            "the owner",
            "said",
        ),
        claim(
            text,
            Kind::Direct,
            "The factory was never inspected,",
            "a former worker",
            "a former worker",
            "said.",
        ),
    ]);
    let documents = [(text, &analysis)];
    let contrasts = run(&documents);
    let pairs = pairs(&documents, &contrasts);
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    assert_eq!(pairs[0].0, Relation::Opposes);
    assert!(
        pairs[0].5.contains(&"'inspected' vs. 'never inspected'".to_string()),
        "{:?}",
        pairs[0].5
    );
}

#[test]
fn a_contrast_cue_between_claims_adds_to_opposed_terms() {
    let text = "Officials said the camps were schools.\n\nBut former inmates said the camps were prisons.";
    let analysis = analysis(vec![
        claim(
            text,
            Kind::Indirect,
            "the camps were schools",
            "officials",
            "Officials",
            "said",
        ),
        claim(
            text,
            Kind::Indirect,
            "the camps were prisons",
            "former inmates",
            "former inmates",
            "said",
        ),
    ]);
    let documents = [(text, &analysis)];
    let contrasts = run(&documents);
    let pairs = pairs(&documents, &contrasts);
    assert_eq!(pairs.len(), 1, "{pairs:?}");
    assert_eq!(pairs[0].0, Relation::Opposes);
    assert!(pairs[0].5.contains(&"contrast: 'But'".to_string()), "{:?}", pairs[0].5);
    assert!(contrasts.pairs[0].score > OPPOSES_AT + 0.1);
}

#[test]
fn speakers_merge_across_documents_and_sides_name_them() {
    let first = "The ministry said the new dam was safe for the valley.";
    let second = "The ministry said the dam was safe. Engineers said the new dam was dangerous for the valley.";
    let analysis_first = analysis(vec![claim(
        first,
        Kind::Indirect,
        "the new dam was safe for the valley",
        "the ministry",
        "The ministry",
        "said",
    )]);
    let analysis_second = analysis(vec![
        claim(
            second,
            Kind::Indirect,
            "the dam was safe",
            "The Ministry",
            "The ministry",
            "said",
        ),
        claim(
            second,
            Kind::Indirect,
            "the new dam was dangerous for the valley",
            "engineers",
            "Engineers",
            "said",
        ),
    ]);
    let documents = [(first, &analysis_first), (second, &analysis_second)];
    let contrasts = run(&documents);
    let across: Vec<&Pair> = contrasts
        .pairs
        .iter()
        .filter(|pair| pair.a.document != pair.b.document)
        .collect();
    assert_eq!(across.len(), 1, "{:?}", contrasts.pairs);
    assert_eq!(across[0].relation, Relation::Opposes);
    // The ministry's two claims, one a document, are never paired.
    for pair in &contrasts.pairs {
        let speaker = |claim: ClaimRef| documents[claim.document].1.quotes[claim.quote].speaker.clone().unwrap();
        assert_ne!(topic::name_key(&speaker(pair.a)), topic::name_key(&speaker(pair.b)));
    }
    assert_eq!(contrasts.work.index_candidates, 1, "{:?}", contrasts.work);
    let topic = &contrasts.topics[across[0].topic];
    assert!(topic.claims.iter().any(|claim| claim.document == 0));
    assert!(topic.claims.iter().any(|claim| claim.document == 1));
}

#[test]
fn very_common_keys_find_no_candidates_across_documents() {
    let first = "The ministry said the new dam was safe for the valley.";
    let second = "Engineers said the new dam was dangerous for the valley.";
    let analysis_first = analysis(vec![claim(
        first,
        Kind::Indirect,
        "the new dam was safe for the valley",
        "the ministry",
        "The ministry",
        "said",
    )]);
    let analysis_second = analysis(vec![claim(
        second,
        Kind::Indirect,
        "the new dam was dangerous for the valley",
        "engineers",
        "Engineers",
        "said",
    )]);
    let documents = [
        DocumentAnalysis {
            id: "a",
            text: first,
            analysis: &analysis_first,
        },
        DocumentAnalysis {
            id: "b",
            text: second,
            analysis: &analysis_second,
        },
    ];
    let capped = contrast_with(
        &documents,
        Grammar::builtin(),
        ContrastOptions {
            max_postings: 1,
            ..ContrastOptions::default()
        },
    );
    assert!(capped.pairs.is_empty());
    assert_eq!(capped.work.index_candidates, 0);
    assert!(capped.work.capped_keys > 0);
    let open = contrast_with(
        &documents,
        Grammar::builtin(),
        ContrastOptions {
            max_postings: 2,
            ..ContrastOptions::default()
        },
    );
    assert_eq!(open.pairs.len(), 1);
}

#[test]
fn spelling_variants_of_a_place_are_one_topic_key() {
    let first = "Residents said the school in Uzynaghash was closed.";
    let second = "Officials said the school in Uzynagash was open.";
    let analysis_first = analysis(vec![claim(
        first,
        Kind::Indirect,
        "the school in Uzynaghash was closed",
        "residents",
        "Residents",
        "said",
    )]);
    let analysis_second = analysis(vec![claim(
        second,
        Kind::Indirect,
        "the school in Uzynagash was open",
        "officials",
        "Officials",
        "said",
    )]);
    let documents = [(first, &analysis_first), (second, &analysis_second)];
    let contrasts = run(&documents);
    assert_eq!(contrasts.pairs.len(), 1, "{:?}", contrasts.pairs);
    let evidence = &contrasts.pairs[0].evidence;
    assert!(evidence.contains(&"closed vs. open".to_string()), "{evidence:?}");
    // One key for both spellings: the claims share it.
    assert!(
        evidence
            .iter()
            .any(|line| line.contains("'Uzynaghash'") || line.contains("'Uzynagash'")),
        "{evidence:?}"
    );
}

#[test]
fn antonym_entries_match_inflections_not_other_words() {
    let grammar =
        Grammar::from_sources(&[("antonyms.txt", "win won | lose lost\nvolunt | forced\njail | free\n")]).unwrap();
    let index = AntonymIndex::new(&grammar);
    assert_eq!(index.lookup("wins"), vec![(0, 0)]);
    assert_eq!(index.lookup("window"), vec![]);
    assert_eq!(index.lookup("wonder"), vec![]);
    assert_eq!(index.lookup("jailed"), vec![(2, 0)]);
    assert_eq!(index.lookup("voluntary"), vec![(1, 0)]);
    assert_eq!(index.lookup("volunteers"), vec![(1, 0)]);
    assert_eq!(index.lookup("freeze"), vec![]);
}

#[test]
fn pairs_are_ranked_opposes_first_by_score() {
    let analysis = mayor();
    let documents = [(MAYOR, &analysis)];
    let contrasts = run(&documents);
    let ranks: Vec<(Relation, f32)> = contrasts.pairs.iter().map(|pair| (pair.relation, pair.score)).collect();
    for window in ranks.windows(2) {
        assert!(
            window[0].0 < window[1].0 || (window[0].0 == window[1].0 && window[0].1 >= window[1].1),
            "{ranks:?}"
        );
    }
    for pair in &contrasts.pairs {
        assert!((0.0..=1.0).contains(&pair.score));
        assert!(!pair.evidence.is_empty());
        assert!(pair.topic < contrasts.topics.len());
    }
}

#[test]
fn a_negated_rebuttal_word_rebuts_no_one() {
    let text = "Mayor Anna Berg said the bridge was finished on time.\n\n\
                \"I don't think the mayor's account is false,\" Tom Hale said.";
    let analysis = analysis(vec![
        claim(
            text,
            Kind::Indirect,
            "the bridge was finished on time",
            "Anna Berg",
            "Mayor Anna Berg",
            "said",
        ),
        claim(
            text,
            Kind::Direct,
            "I don't think the mayor's account is false,",
            "Tom Hale",
            "Tom Hale",
            "said.",
        ),
    ]);
    assert_nothing_opposed(text, &analysis);
}

#[test]
fn a_rebuttal_word_aims_at_the_nearest_person_only() {
    let text = "Ann Lee said the plan was sound.\n\nBo Chan said the plan was costly.\n\n\
                \"Lee got it right and Chan is simply wrong,\" Cy Dunn said.";
    let analysis = analysis(vec![
        claim(text, Kind::Indirect, "the plan was sound", "Ann Lee", "Ann Lee", "said"),
        claim(
            text,
            Kind::Indirect,
            "the plan was costly",
            "Bo Chan",
            "Bo Chan",
            "said",
        ),
        claim(
            text,
            Kind::Direct,
            "Lee got it right and Chan is simply wrong,",
            "Cy Dunn",
            "Cy Dunn",
            "said.",
        ),
    ]);
    let documents = [(text, &analysis)];
    let contrasts = run(&documents);
    let pairs = pairs(&documents, &contrasts);
    let rebutted: Vec<&str> = pairs
        .iter()
        .filter(|pair| pair.0 == Relation::Opposes && pair.1 == "Cy Dunn")
        .map(|pair| pair.3.as_str())
        .collect();
    assert_eq!(rebutted, ["Bo Chan"], "{pairs:?}");
}

#[test]
fn polarity_needs_one_document_and_names_hold_no_opposed_terms() {
    let first = "\"The factory was inspected last year,\" the owner said.";
    let second = "\"The factory was never inspected,\" a former worker said.";
    let analysis_first = analysis(vec![claim(
        first,
        Kind::Direct,
        "The factory was inspected last year,",
        "the owner",
        "the owner",
        "said",
    )]);
    let analysis_second = analysis(vec![claim(
        second,
        Kind::Direct,
        "The factory was never inspected,",
        "a former worker",
        "a former worker",
        "said",
    )]);
    let documents = [(first, &analysis_first), (second, &analysis_second)];
    let contrasts = run(&documents);
    assert!(
        contrasts.pairs.iter().all(|pair| pair.relation != Relation::Opposes),
        "{:?}",
        contrasts.pairs
    );

    let text = "\"The Secret Service kept the plan quiet,\" Ann Lee said.\n\n\
                \"The plan was made public on Monday,\" Bo Chan said.";
    let analysis = analysis(vec![
        claim(
            text,
            Kind::Direct,
            "The Secret Service kept the plan quiet,",
            "Ann Lee",
            "Ann Lee",
            "said",
        ),
        claim(
            text,
            Kind::Direct,
            "The plan was made public on Monday,",
            "Bo Chan",
            "Bo Chan",
            "said.",
        ),
    ]);
    let documents = [(text, &analysis)];
    let contrasts = run(&documents);
    assert!(
        contrasts
            .pairs
            .iter()
            .all(|pair| pair.evidence.iter().all(|evidence| !evidence.contains("Secret vs.")))
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Pieces of news prose: names, pronouns, cues, quote marks, opposed and
    /// rebuttal words, negations, punctuation, line breaks, non-ASCII.
    const PIECES: &[&str] = &[
        "Ann Lee",
        "Bo Chan",
        "the mayor",
        "officials",
        "she",
        "he",
        "her",
        "his",
        "their",
        "said",
        "told AFP",
        "denied",
        "dismissed",
        "insists",
        "claims",
        "that",
        "\"",
        "“",
        "”",
        "'",
        "‘",
        "’",
        ",",
        ".",
        "!",
        "?",
        "\n",
        "\n\n",
        "But",
        "Yet",
        "not",
        "never",
        "free",
        "prison",
        "innocent",
        "guilty",
        "lies",
        "false",
        "account",
        "story",
        "report",
        "budget",
        "balanced",
        "overspent",
        "Uzynaghash",
        "Uzynagash",
        "Kaken's",
        "—",
        "«",
        "»",
        "é",
        "日本",
        " ",
        " ",
        " ",
    ];

    fn article() -> impl Strategy<Value = String> {
        proptest::collection::vec(0..PIECES.len(), 0..120)
            .prop_map(|picks| picks.into_iter().map(|pick| PIECES[pick]).collect::<Vec<_>>().join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn contrast_never_panics_and_keeps_its_invariants(first in article(), second in article()) {
            let analyzer = crate::Analyzer::new();
            let analyses = [analyzer.analyze(&first), analyzer.analyze(&second)];
            let texts = [first.as_str(), second.as_str()];
            let documents: Vec<DocumentAnalysis> = (0..2)
                .map(|index| DocumentAnalysis { id: ["a", "b"][index], text: texts[index], analysis: &analyses[index] })
                .collect();
            let contrasts = contrast(&documents, analyzer.grammar());
            for pair in &contrasts.pairs {
                prop_assert!((0.0..=1.0).contains(&pair.score));
                prop_assert!(pair.topic < contrasts.topics.len());
                let quote = |claim: ClaimRef| &documents[claim.document].analysis.quotes[claim.quote];
                let (a, b) = (quote(pair.a), quote(pair.b));
                prop_assert!(a.kind.is_claim() && b.kind.is_claim());
                let (speaker_a, speaker_b) = (a.speaker.as_deref().unwrap(), b.speaker.as_deref().unwrap());
                prop_assert_ne!(topic::name_key(speaker_a), topic::name_key(speaker_b));
                if pair.relation == Relation::Opposes {
                    prop_assert!(!pair.evidence.is_empty());
                }
            }
            let rows = crate::output::contrast_rows(&documents, &contrasts, true);
            prop_assert_eq!(rows.len(), contrasts.pairs.len());
            for row in rows {
                prop_assert!(row.a_start <= row.a_end && row.b_start <= row.b_end);
            }
            // (Without `--all`: the same topics and `opposes` pairs.)
            let options = ContrastOptions { keep_related: false, ..ContrastOptions::default() };
            let opposes = contrast_with(&documents, analyzer.grammar(), options);
            prop_assert_eq!(&opposes.topics, &contrasts.topics);
            let all_opposes: Vec<&Pair> =
                contrasts.pairs.iter().filter(|pair| pair.relation == Relation::Opposes).collect();
            prop_assert_eq!(opposes.pairs.iter().collect::<Vec<_>>(), all_opposes);
        }
    }
}

/// `texts` with their analyses, as documents `a`, `b`, `c`, ….
fn analysed<'a>(texts: &'a [String], analyses: &'a [Analysis]) -> Vec<DocumentAnalysis<'a>> {
    texts
        .iter()
        .zip(analyses)
        .enumerate()
        .map(|(index, (text, analysis))| DocumentAnalysis {
            id: ["a", "b", "c", "d"][index],
            text,
            analysis,
        })
        .collect()
}

/// Without `--all`, a rebuttal's pairs with a speaker's claims are
/// dropped while judging as nearer ones come, and the dropped pairs are
/// compacted away: the `opposes` pairs are those of a run that keeps all
/// (thousands dropped here, each `denied that` against every claim of Ana
/// Ruiz within reach, across documents too).
#[test]
fn only_the_nearest_rebuttals_are_kept_and_they_are_those_all_pairs_show() {
    let analyzer = crate::Analyzer::new();
    let texts = [
        "Ana Ruiz said the plan is good. Ben Cole denied that. Carla Diaz said Ana Ruiz was lying about the plan. "
            .repeat(300),
        "Ana Ruiz said the tax is bad. Ben Cole said her story was full of lies. ".repeat(200),
    ];
    let analyses: Vec<Analysis> = texts.iter().map(|text| analyzer.analyze(text)).collect();
    let documents = analysed(&texts, &analyses);
    let run = |keep_related| {
        let options = ContrastOptions {
            keep_related,
            ..ContrastOptions::default()
        };
        let contrasts = contrast_with(&documents, analyzer.grammar(), options);
        let opposes: Vec<Pair> = contrasts
            .pairs
            .into_iter()
            .filter(|pair| pair.relation == Relation::Opposes)
            .collect();
        (contrasts.topics, opposes)
    };
    let (all_topics, all_opposes) = run(true);
    let (topics, opposes) = run(false);
    assert!(opposes.len() > 1000, "{} opposes pairs", opposes.len());
    assert_eq!(opposes, all_opposes);
    assert_eq!(topics, all_topics);
}

/// With a most of `opposes` pairs and of `agrees` and `related` pairs,
/// they are the strongest of a run that keeps all, and the rest are
/// counted (rebuttals kept or made `related` for nearer ones, across
/// documents too, and thousands of pairs dropped and compacted away on the
/// way).
#[test]
fn the_most_pairs_kept_are_the_strongest_and_the_rest_are_counted() {
    let analyzer = crate::Analyzer::new();
    let texts = [
        "Ana Ruiz said the plan is good. Ben Cole denied that. Carla Diaz said the plan is bad. ".repeat(200),
        "Ana Ruiz said the tax is bad. Ben Cole said her story about the tax was full of lies. ".repeat(100),
        // (Rebuttals the end still makes `related`: of a claim far back,
        // its nearest summed up.)
        "Ana Ruiz said the tax is bad.\n\nThe weather was fine.\n\nIt rained.\n\nIt snowed.\n\n\
         Ana Ruiz said the plan is good.\n\nBen Cole denied that.\n\n"
            .repeat(20)
            + &"Ana Ruiz said the tax is bad, an account Ben Cole rejected. ".repeat(20),
        // (Opposed terms, no rebuttal.)
        "Ana Ruiz said the dam is safe. Ben Cole said the dam is unsafe. ".repeat(100),
    ];
    let analyses: Vec<Analysis> = texts.iter().map(|text| analyzer.analyze(text)).collect();
    let documents = analysed(&texts, &analyses);
    let run = |max_opposes, max_related| {
        let options = ContrastOptions {
            max_opposes,
            max_related,
            ..ContrastOptions::default()
        };
        contrast_with(&documents, analyzer.grammar(), options)
    };
    let all = run(None, None);
    assert_eq!(all.left_out, 0);
    let (opposes, others): (Vec<Pair>, Vec<Pair>) = all
        .pairs
        .iter()
        .cloned()
        .partition(|pair| pair.relation == Relation::Opposes);
    let targeted = opposes
        .iter()
        .filter(|pair| pair.evidence.iter().any(|evidence| evidence.contains("denied")))
        .count();
    assert!(
        targeted > 100 && opposes.len() > targeted + 1000,
        "{} opposes, {targeted} rebuttals",
        opposes.len()
    );
    assert!(others.len() > 10_000, "{} others", others.len());
    let sizes = |count: usize| [None, Some(0), Some(1), Some(500), Some(count - 1), Some(count + 1)];
    for max_opposes in sizes(opposes.len()) {
        for max_related in sizes(others.len()) {
            let limited = run(max_opposes, max_related);
            let (shown_opposes, shown_others) = (
                max_opposes.map_or(opposes.len(), |max| max.min(opposes.len())),
                max_related.map_or(others.len(), |max| max.min(others.len())),
            );
            let expected: Vec<Pair> = opposes[..shown_opposes]
                .iter()
                .chain(&others[..shown_others])
                .cloned()
                .collect();
            let at = format!("at most {max_opposes:?} opposes, {max_related:?} others");
            assert_eq!(limited.pairs, expected, "{at}");
            assert_eq!(
                limited.left_out,
                opposes.len() - shown_opposes + others.len() - shown_others,
                "{at}"
            );
            assert_eq!(limited.topics, all.topics, "{at}");
        }
    }
}

/// A grouping of `documents`, each added as read.
fn grouping<'g>(documents: &[DocumentAnalysis<'_>], grammar: &'g Grammar) -> Grouping<'g> {
    let mut speakers = Speakers::default();
    for document in documents {
        speakers.add(document.analysis);
    }
    let mut grouping = Grouping::new(grammar, speakers, ContrastOptions::default());
    for document in documents {
        let claims = grouping.read(document);
        grouping.add(claims);
    }
    grouping
}

#[test]
fn a_grouping_holds_no_text_around_the_claims() {
    let analysis = mayor();
    let padded = format!(
        "{MAYOR}{}",
        "\nThe weather was mild and the streets were quiet all week long.\n".repeat(500)
    );
    let short = [DocumentAnalysis {
        id: "a",
        text: MAYOR,
        analysis: &analysis,
    }];
    let long = [DocumentAnalysis {
        id: "a",
        text: &padded,
        analysis: &analysis,
    }];
    let (short, long) = (
        grouping(&short, Grammar::builtin()),
        grouping(&long, Grammar::builtin()),
    );
    assert_eq!(short.claims(), 4);
    // Thirty times the text, the same bytes held.
    assert_eq!(short.retained_bytes(), long.retained_bytes());
    assert_eq!(short.finish(), long.finish());
}

#[test]
fn memory_held_grows_with_the_claims_only() {
    // The same three articles again and again: held bytes per claim stay
    // put, whatever the number of documents.
    let analysis = mayor();
    let per_claim = |copies: usize| {
        let documents: Vec<DocumentAnalysis> = (0..copies)
            .map(|_| DocumentAnalysis {
                id: "a",
                text: MAYOR,
                analysis: &analysis,
            })
            .collect();
        let grouping = grouping(&documents, Grammar::builtin());
        grouping.retained_bytes() as f64 / grouping.claims() as f64
    };
    let (few, many) = (per_claim(10), per_claim(1000));
    assert!(
        many <= few * 1.5,
        "{few} bytes a claim with 10 documents, {many} with 1000"
    );
}

#[test]
fn a_document_read_on_its_own_adds_up_to_the_whole() {
    // Reading (parallel) and adding (in order) give what contrast gives.
    let mayor = mayor();
    let documents = [
        DocumentAnalysis {
            id: "a",
            text: MAYOR,
            analysis: &mayor,
        },
        DocumentAnalysis {
            id: "b",
            text: MAYOR,
            analysis: &mayor,
        },
    ];
    let whole = contrast(&documents, Grammar::builtin());
    let mut speakers = Speakers::default();
    for document in &documents {
        speakers.add(document.analysis);
    }
    let mut grouping = Grouping::new(Grammar::builtin(), speakers, ContrastOptions::default());
    // Read in reverse, added in order.
    let mut read: Vec<DocumentClaims> = documents.iter().rev().map(|document| grouping.read(document)).collect();
    read.reverse();
    for claims in read {
        assert_eq!(claims.quotes().collect::<Vec<_>>(), [0, 1, 2, 3]);
        grouping.add(claims);
    }
    assert_eq!(grouping.documents(), 2);
    assert_eq!(grouping.finish(), whole);
}

#[test]
fn contrast_cues_between_claims_take_the_longest_that_fits() {
    let grammar = Grammar::from_sources(&[("contrast_cues.txt", "but\nbut then\n")]).unwrap();
    let lexicon = Lexicon::new(&grammar);
    let text = "He said yes. But then she said no.";
    let doc = crate::segment::Document::new(text, &grammar);
    let facts = DocumentFacts {
        sentence_starts: vec![0, 4],
        tokens: doc.tokens.clone(),
        ..DocumentFacts::default()
    };
    let cues = contrast_cues(text, &facts, &lexicon);
    let but = text.find("But").unwrap();
    assert_eq!(
        cues,
        [
            (but, but + "But then".len(), "But then".to_string()),
            (but, but + "But".len(), "But".to_string())
        ]
    );
}

/// `Becker denied it`, `… denied that`, `… denied the accusation`: a
/// denial whose content is only a pronoun or a noun of what was charged
/// rebuts whoever, another speaker, spoke last before it.
#[test]
fn a_denial_of_it_rebuts_the_speaker_before() {
    for pronoun in ["it", "that"] {
        let text = format!(
            "Ruiz said Becker wanted to be governor and was playing politics with the port.\n\nBecker denied {pronoun}.\n"
        );
        let text = text.as_str();
        let analysis = analysis(vec![
            claim(
                text,
                Kind::Indirect,
                "Becker wanted to be governor and was playing politics with the port",
                "Mark Ruiz",
                "Ruiz",
                "said",
            ),
            {
                // (The pronoun after `denied`, not the first `it` of the text.)
                let mut denial = claim(text, Kind::Indirect, "denied", "Tom Becker", "Becker", "denied");
                denial.span = Span::new(denial.span.end + 1, denial.span.end + 1 + pronoun.len());
                denial
            },
        ]);
        let documents = [(text, &analysis)];
        let pairs = pairs(&documents, &run(&documents));
        let denial = pairs
            .iter()
            .find(|pair| pair.0 == Relation::Opposes && (pair.2 == pronoun || pair.4 == pronoun))
            .unwrap_or_else(|| panic!("the denial is paired: {pairs:?}"));
        let evidence = format!("'denied {pronoun}'");
        assert!(denial.5.contains(&evidence), "{:?}", denial.5);
    }
}

/// `The union called the cuts "a betrayal"`: a verb that names (`naming`
/// in speech_verbs.txt) what was just reported (`it`, `the` and a noun)
/// with a word that condemns it (the `condemnation` class) rebuts
/// whoever, another speaker, spoke last before it, as `denied it` does:
/// the chief executive who defended the cuts. A label that condemns
/// nothing, or one given to no other speaker's words, rebuts no one.
#[test]
fn a_condemning_label_for_what_was_just_said_rebuts_the_speaker_before() {
    let defence = "These are painful decisions, but they are necessary";
    let text = format!(
        "Harlow Motors will cut 4,000 jobs.\n\n\"{defence},\" chief executive Jane Morrow said.\n\nThe union called the cuts \"a betrayal\" of workers.\n"
    );
    let text = text.as_str();
    let rows = [
        direct(defence, "Jane Morrow", "chief executive Jane Morrow", "said"),
        (Kind::Partial, "a betrayal", "union", "The union", "called"),
    ];
    let opposed = opposed(text, &claims(text, &rows));
    assert!(
        opposed.iter().any(|(a, b, evidence)| {
            [a.as_str(), b.as_str()] == ["union", "Jane Morrow"]
                && evidence.contains(&"'called the cuts a betrayal'".to_string())
        }),
        "{opposed:?}"
    );
    // (The same label in the object's place: `called the ruling an attack`.)
    let text = "\"The independence of judges is not negotiable,\" Koen Lammers said.\n\nThe minister called the ruling an attack on our sovereignty.\n";
    let rows = [
        direct(
            "The independence of judges is not negotiable",
            "Koen Lammers",
            "Koen Lammers",
            "said",
        ),
        indirect(
            "the ruling an attack on our sovereignty",
            "minister",
            "The minister",
            "called",
        ),
    ];
    assert_eq!(
        self::opposed(text, &claims(text, &rows)).len(),
        1,
        "the ruling called an attack"
    );
    // (Not whom the speaker speaks for: `Its energy spokesman` is the
    // opposition's, and what he calls a disaster is the minister's plan.)
    let text = "The minister said the licences would keep bills down.\n\nBut the opposition said the plan was a gift to oil companies. Its energy spokesman Edwin Marsh called it \"a disaster for bill payers\".\n";
    let rows = [
        indirect("the licences would keep bills down", "minister", "The minister", "said"),
        indirect(
            "the plan was a gift to oil companies",
            "opposition",
            "the opposition",
            "said",
        ),
        (
            Kind::Partial,
            "a disaster for bill payers",
            "Edwin Marsh",
            "Its energy spokesman Edwin Marsh",
            "called",
        ),
    ];
    let opposed = self::opposed(text, &claims(text, &rows));
    assert!(
        opposed
            .iter()
            .all(|(a, b, _)| ![a.as_str(), b.as_str()].contains(&"opposition")),
        "{opposed:?}"
    );
    // (Nor what is no one's words or act: both condemn the long lines.)
    let text = "\"It was truly shameful,\" said Leslie Feldman, who waited for hours.\n\nGov. Doug Ducey called the long lines \"unacceptable.\"\n";
    let rows = [
        direct("It was truly shameful", "Leslie Feldman", "Leslie Feldman", "said"),
        (
            Kind::Partial,
            "unacceptable.",
            "Doug Ducey",
            "Gov. Doug Ducey",
            "called",
        ),
    ];
    assert_rows_oppose_nothing(text, &rows);
    // (Nor, past what no one said, the speaker before: `Nobody asked about …`.)
    let text = "\"Have you underestimated them?\" a reporter asked.\n\nNobody asked about the refugee rhetoric, so Obama brought it up himself. He called it \"shameful\".\n";
    let rows = [
        direct("Have you underestimated them?", "reporter", "a reporter", "asked"),
        indirect("the refugee rhetoric", "nobody", "Nobody", "asked"),
        (Kind::Partial, "shameful", "Obama", "He", "called"),
    ];
    assert_rows_oppose_nothing(text, &rows);
    for label in ["\"a fresh start\"", "\"a betrayal\""] {
        let text =
            format!("The union called the cuts {label} of workers.\n\nJane Morrow said no plants would close.\n");
        let content = label.trim_matches('"');
        let rows = [
            (Kind::Partial, content, "union", "The union", "called"),
            indirect("no plants would close", "Jane Morrow", "Jane Morrow", "said"),
        ];
        assert_rows_oppose_nothing(&text, &rows);
    }
}

/// `Castell denied any wrongdoing`: `any` and a noun of what was charged
/// after a verb that rebuts is anaphoric too.
#[test]
fn a_denial_of_any_wrongdoing_rebuts_the_speaker_before() {
    let text = "The federation said a sample had shown traces of a steroid.\n\nCastell denied any wrongdoing.\n";
    let rows = [
        indirect(
            "a sample had shown traces of a steroid",
            "federation",
            "The federation",
            "said",
        ),
        indirect("any wrongdoing", "Imani Castell", "Castell", "denied"),
    ];
    let opposed = opposed(text, &claims(text, &rows));
    assert!(
        opposed
            .iter()
            .any(|(_, _, evidence)| evidence.contains(&"'denied any wrongdoing'".to_string())),
        "{opposed:?}"
    );
}

/// `rejected suggestions that the bank had been slow`: a noun of what was
/// charged with what it charges, after a verb that rebuts, answers the
/// speaker before as `rejected the suggestion` does.
#[test]
fn a_rejected_charge_with_its_content_rebuts_the_speaker_before() {
    let text = "Tobias Kinnear said the bank had told his office only on April 9.\n\n\
                Achterberg rejected suggestions that the bank had been slow.\n";
    let rows = [
        indirect(
            "the bank had told his office only on April 9",
            "Tobias Kinnear",
            "Tobias Kinnear",
            "said",
        ),
        indirect(
            "suggestions that the bank had been slow",
            "Rosalind Achterberg",
            "Achterberg",
            "rejected",
        ),
    ];
    let opposed = opposed(text, &claims(text, &rows));
    assert!(
        sets_against(
            &opposed,
            "Rosalind Achterberg",
            "Tobias Kinnear",
            "'rejected suggestions that the bank had been slow'"
        ),
        "{opposed:?}"
    );
}

/// A reported claim for [`claims`]: `(content, speaker, mention, cue)`.
fn indirect<'a>(content: &'a str, speaker: &'a str, mention: &'a str, cue: &'a str) -> ClaimRow<'a> {
    (Kind::Indirect, content, speaker, mention, cue)
}

/// A direct quote for [`claims`]: `(content, speaker, mention, cue)`.
fn direct<'a>(content: &'a str, speaker: &'a str, mention: &'a str, cue: &'a str) -> ClaimRow<'a> {
    (Kind::Direct, content, speaker, mention, cue)
}

/// `(kind, content, speaker, mention, cue)` of one claim of a test.
type ClaimRow<'a> = (Kind, &'a str, &'a str, &'a str, &'a str);

/// The analysis of a document whose claims are `(kind, content, speaker,
/// mention, cue)`, as [`claim`] finds each in `text`.
fn claims(text: &str, claims: &[ClaimRow<'_>]) -> Analysis {
    analysis(
        claims
            .iter()
            .map(|&(kind, content, speaker, mention, cue)| claim(text, kind, content, speaker, mention, cue))
            .collect(),
    )
}

/// The opposing pairs of one document, as (speaker a, speaker b,
/// evidence), in either order of the two.
fn opposed(text: &str, analysis: &Analysis) -> Vec<(String, String, Vec<String>)> {
    let documents = [(text, analysis)];
    pairs(&documents, &run(&documents))
        .into_iter()
        .filter(|pair| pair.0 == Relation::Opposes)
        .map(|pair| (pair.1, pair.3, pair.5))
        .collect()
}

/// Asserts, for each of `contents`, that the claim `{mention} {cue}
/// {content}.` of `speaker` (name, mention) opposes nothing of `{mention}
/// said {claim}.` in the paragraph after it, by `answer` (name, mention,
/// claim).
fn assert_cued_contents_oppose_nothing(
    (speaker, mention): (&str, &str),
    cue: &str,
    contents: &[&str],
    (answerer, answer_mention, answer): (&str, &str, &str),
) {
    for &content in contents {
        let text = format!("{mention} {cue} {content}.\n\n{answer_mention} said {answer}.\n");
        let rows = [
            indirect(content, speaker, mention, cue),
            indirect(answer, answerer, answer_mention, "said"),
        ];
        assert_rows_oppose_nothing(&text, &rows);
    }
}

/// Asserts that the claims `rows` of `text` oppose nothing.
fn assert_rows_oppose_nothing(text: &str, rows: &[ClaimRow<'_>]) {
    assert_nothing_opposed(text, &claims(text, rows));
}

/// Asserts that the claims `rows` of `text` set `a` and `b` against each
/// other, with `evidence` among the words shown.
fn assert_rows_set_against(text: &str, rows: &[ClaimRow<'_>], a: &str, b: &str, evidence: &str) {
    assert_sets_against(text, &claims(text, rows), a, b, evidence);
}

/// Asserts that `a` and `b` are set against each other in the one document
/// `text`, with `evidence` among the words shown.
fn assert_sets_against(text: &str, analysis: &Analysis, a: &str, b: &str, evidence: &str) {
    let opposed = opposed(text, analysis);
    assert!(sets_against(&opposed, a, b, evidence), "{opposed:?}");
}

/// Whether `a` and `b` are set against each other, with `evidence` among
/// the words shown.
fn sets_against(opposed: &[(String, String, Vec<String>)], a: &str, b: &str, evidence: &str) -> bool {
    opposed
        .iter()
        .any(|(x, y, words)| ((x == a && y == b) || (x == b && y == a)) && words.iter().any(|word| word == evidence))
}

/// `Some scientists disagree.` before a source's words sets them against
/// the sources of the paragraph before, with the sentence as evidence,
/// though the claims share no word.
#[test]
fn a_sentence_of_dissent_sets_the_next_source_against_the_paragraph_before() {
    let text = "The agency said the release meets international standards. Its chief, Rafael Grosz, said the agency would monitor the water.\n\nSome scientists disagree. \"We don't know enough about the long-term effects,\" said Robert Richter.\n";
    let analysis = claims(
        text,
        &[
            indirect(
                "the release meets international standards",
                "agency",
                "The agency",
                "said",
            ),
            indirect(
                "the agency would monitor the water",
                "Rafael Grosz",
                "Rafael Grosz",
                "said the agency",
            ),
            direct(
                "We don't know enough about the long-term effects,",
                "Robert Richter",
                "Robert Richter",
                "said Robert",
            ),
        ],
    );
    let opposed = opposed(text, &analysis);
    assert!(
        sets_against(&opposed, "Robert Richter", "agency", "'Some scientists disagree'"),
        "{opposed:?}"
    );
    assert!(
        sets_against(&opposed, "Robert Richter", "Rafael Grosz", "'Some scientists disagree'"),
        "{opposed:?}"
    );
    assert_eq!(opposed.len(), 2, "{opposed:?}");
}

/// A verb of denial with a subject of its own in what a source reports is
/// what that subject did, not the source's rebuttal: `the company had
/// considered deeper cuts but rejected them` sets the source against no
/// one, the company least of all.
#[test]
fn a_reported_denial_with_its_own_subject_is_no_rebuttal() {
    let text = "Harlow Motors will cut about 4,000 jobs worldwide, the carmaker said.\n\n\
                The company had considered deeper cuts but rejected them, according to a person familiar with the matter.\n";
    let rows = [
        indirect(
            "Harlow Motors will cut about 4,000 jobs worldwide",
            "Harlow Motors",
            "the carmaker",
            "said",
        ),
        indirect(
            "The company had considered deeper cuts but rejected them",
            "a person familiar with the matter",
            "a person familiar with the matter",
            "according to",
        ),
    ];
    assert_rows_oppose_nothing(text, &rows);
}

/// `… started beneath its line, the fire chief said, as the utility's chief
/// executive insisted there was no evidence its equipment was to blame`: a
/// second source joined to the first's claim in one sentence by `as`, with
/// a word of rebuttal, answers it though they share no word; with no such
/// word (`as the mayor said crews were on their way`), or with no claim of
/// another source before it in the sentence, it answers no one.
#[test]
fn a_rebuttal_joined_by_as_answers_the_claim_before_it_in_the_sentence() {
    let rows = |text: &str, answer: &str| {
        claims(
            text,
            &[
                indirect(
                    "The wildfire started beneath a power line owned by Northvale Energy",
                    "fire chief",
                    "the fire chief",
                    "said",
                ),
                indirect(answer, "Gideon Farrant", "the utility's chief executive", "insisted"),
            ],
        )
    };
    let no_evidence = "there was no evidence its equipment was to blame";
    let text = "The wildfire started beneath a power line owned by Northvale Energy, the fire chief said on Thursday, \
                as the utility's chief executive insisted there was no evidence its equipment was to blame.\n";
    assert_sets_against(
        text,
        &rows(text, no_evidence),
        "fire chief",
        "Gideon Farrant",
        "'as the utility's chief executive insisted there was no evidence'",
    );
    let agreeing = "The wildfire started beneath a power line owned by Northvale Energy, the fire chief said on Thursday, \
                    as the utility's chief executive insisted there was a chance its equipment was to blame.\n";
    let analysis = rows(agreeing, "there was a chance its equipment was to blame");
    assert_nothing_opposed(agreeing, &analysis);
    let apart = "The wildfire started beneath a power line owned by Northvale Energy, the fire chief said on Thursday.\n\n\
                 Later, as the utility's chief executive insisted there was no evidence its equipment was to blame, crews left.\n";
    assert_nothing_opposed(apart, &rows(apart, no_evidence));
}

/// `Bettina Rausch, a retired teacher …, remembers election night
/// differently.`: a claim that ends in a word of dissent is the mark
/// itself, and opens a turn that answers the turn before; the source's
/// next words are in it.
#[test]
fn a_claim_that_ends_in_dissent_answers_the_turn_before() {
    let text = "The board's chairman, Ingmar Pohl, insisted that every ballot box had stayed sealed.\n\n\
                Bettina Rausch, a retired teacher who worked as a clerk at a polling station, remembers election night differently. \
                She said boxes from her station had been driven to the count in a private car.\n";
    let rows = [
        indirect(
            "every ballot box had stayed sealed",
            "Ingmar Pohl",
            "Ingmar Pohl",
            "insisted",
        ),
        indirect(
            "election night differently",
            "Bettina Rausch",
            "Bettina Rausch",
            "remembers",
        ),
        indirect(
            "boxes from her station had been driven to the count in a private car",
            "Bettina Rausch",
            "She",
            "said",
        ),
    ];
    let opposed = opposed(text, &claims(text, &rows));
    assert!(
        sets_against(
            &opposed,
            "Bettina Rausch",
            "Ingmar Pohl",
            "'remembers election night differently'"
        ),
        "{opposed:?}"
    );
}

/// `Not everyone is convinced.`: a word of being won over after a
/// negation is a dissent too; a refusal (`declined.`) is none.
#[test]
fn a_negated_word_of_being_won_over_dissents_and_a_refusal_does_not() {
    let convinced = "Stephen Barr said the fines would clean up the rivers.\n\nNot everyone is convinced. \"They have been promising this for years,\" said Ruth Dale.\n";
    let analysis_convinced = claims(
        convinced,
        &[
            indirect(
                "the fines would clean up the rivers",
                "Stephen Barr",
                "Stephen Barr",
                "said",
            ),
            direct(
                "They have been promising this for years,",
                "Ruth Dale",
                "Ruth Dale",
                "said Ruth",
            ),
        ],
    );
    let opposed_convinced = opposed(convinced, &analysis_convinced);
    assert!(
        sets_against(
            &opposed_convinced,
            "Ruth Dale",
            "Stephen Barr",
            "'Not everyone is convinced'"
        ),
        "{opposed_convinced:?}"
    );
    let declined = "Stephen Barr said the fines would clean up the rivers.\n\nNorthway Water declined. \"They have been promising this for years,\" said Ruth Dale.\n";
    let analysis_declined = claims(
        declined,
        &[
            indirect(
                "the fines would clean up the rivers",
                "Stephen Barr",
                "Stephen Barr",
                "said",
            ),
            direct(
                "They have been promising this for years,",
                "Ruth Dale",
                "Ruth Dale",
                "said Ruth",
            ),
        ],
    );
    assert_nothing_opposed(declined, &analysis_declined);
}

/// `But the opposition said …` sets a new source against the turn before,
/// on a term the two claims share; with none shared, "But" alone sets no
/// one against anyone.
#[test]
fn but_before_a_new_source_answers_the_turn_before_on_a_shared_term() {
    let shared = "The minister said the plan would keep energy bills down.\n\nBut the opposition said the plan was a gift to oil companies.\n";
    let analysis_shared = claims(
        shared,
        &[
            indirect(
                "the plan would keep energy bills down",
                "Clara Whitcombe",
                "The minister",
                "said",
            ),
            indirect(
                "the plan was a gift to oil companies",
                "opposition",
                "the opposition",
                "said",
            ),
        ],
    );
    assert_sets_against(
        shared,
        &analysis_shared,
        "opposition",
        "Clara Whitcombe",
        "'But the opposition'",
    );
    let apart = "The minister said the plan would keep energy bills down.\n\nBut the opposition said she was out of touch with voters.\n";
    let analysis_apart = claims(
        apart,
        &[
            indirect(
                "the plan would keep energy bills down",
                "Clara Whitcombe",
                "The minister",
                "said",
            ),
            indirect(
                "she was out of touch with voters",
                "opposition",
                "the opposition",
                "said",
            ),
        ],
    );
    assert_nothing_opposed(apart, &analysis_apart);
    // (A document or a thing that "says" is no new source taking a side:
    // `But the missive said …`.)
    let thing = "The minister said the plan would keep energy bills down.\n\nBut the missive said the plan was a gift to oil companies.\n";
    let analysis_thing = claims(
        thing,
        &[
            indirect(
                "the plan would keep energy bills down",
                "Clara Whitcombe",
                "The minister",
                "said",
            ),
            indirect("the plan was a gift to oil companies", "missive", "the missive", "said"),
        ],
    );
    assert_nothing_opposed(thing, &analysis_thing);
}

/// A second dissent after the first answers what the first answered
/// (`Climate scientists were scathing.` after the opposition's reply to
/// the minister answers the minister, not the opposition); a source that
/// `backed her` is on her side; another source in a dissent's paragraph
/// is on the dissent's side.
#[test]
fn dissents_after_a_dissent_answer_the_same_account_and_backers_take_sides() {
    let text = "The minister said the licences would keep bills down.\n\nHer predecessor Grant Oakes backed her, saying the licences were a matter of national security.\n\nBut the opposition said the licences were a gift to oil companies. Its spokesman Edwin Marsh said the licences were a disaster for bill payers.\n\nClimate scientists were scathing. Professor Sarah Linde said new fields would not produce oil for years.\n";
    let analysis = analysis(vec![
        claim(
            text,
            Kind::Indirect,
            "the licences would keep bills down",
            "Clara Whitcombe",
            "The minister",
            "said",
        ),
        {
            let mut backing = claim(
                text,
                Kind::Indirect,
                "backed her",
                "Grant Oakes",
                "Grant Oakes",
                "backed",
            );
            backing.span = Span::new(backing.span.end - 3, backing.span.end);
            backing
        },
        claim(
            text,
            Kind::Indirect,
            "the licences were a matter of national security",
            "Grant Oakes",
            "",
            "saying",
        ),
        claim(
            text,
            Kind::Indirect,
            "the licences were a gift to oil companies",
            "opposition",
            "the opposition",
            "said",
        ),
        claim(
            text,
            Kind::Indirect,
            "the licences were a disaster for bill payers",
            "Edwin Marsh",
            "Edwin Marsh",
            "said",
        ),
        claim(
            text,
            Kind::Indirect,
            "new fields would not produce oil for years",
            "Sarah Linde",
            "Professor Sarah Linde",
            "said",
        ),
    ]);
    let opposed = opposed(text, &analysis);
    for (a, b, evidence) in [
        ("opposition", "Clara Whitcombe", "'But the opposition'"),
        ("opposition", "Grant Oakes", "'But the opposition'"),
        ("Edwin Marsh", "Clara Whitcombe", "'But the opposition'"),
        ("Sarah Linde", "Clara Whitcombe", "'Climate scientists were scathing'"),
    ] {
        assert!(sets_against(&opposed, a, b, evidence), "{a} vs {b}: {opposed:?}");
    }
    for (a, b) in [
        ("Sarah Linde", "opposition"),
        ("Sarah Linde", "Edwin Marsh"),
        ("Grant Oakes", "Clara Whitcombe"),
    ] {
        assert!(
            !opposed.iter().any(|(x, y, _)| (x == a && y == b) || (x == b && y == a)),
            "{a} vs {b}: {opposed:?}"
        );
    }
}

/// An unnamed crowd (`Many voters believe …`) is no side a dissent
/// answers; and where a line break alone ends a paragraph, a dissent's
/// turn ends with its line, so the next line's source is on no side.
#[test]
fn a_dissent_answers_no_crowd_and_ends_with_its_line() {
    let crowd = "Many voters believe the port will bring jobs.\n\nSome economists disagree. \"The port will bring trucks,\" said Ana Ruiz.\n";
    let analysis_crowd = claims(
        crowd,
        &[
            indirect("the port will bring jobs", "many", "Many voters", "believe"),
            direct("The port will bring trucks,", "Ana Ruiz", "Ana Ruiz", "said Ana"),
        ],
    );
    assert_nothing_opposed(crowd, &analysis_crowd);
    let lines = "The mayor said the port would bring jobs.\nSome residents disagree. \"We get the trucks,\" said Ana Lopes.\nDock workers said the port would bring jobs to the town.\n";
    let analysis_lines = claims(
        lines,
        &[
            indirect("the port would bring jobs", "Tom Becker", "The mayor", "said"),
            direct("We get the trucks,", "Ana Lopes", "Ana Lopes", "said Ana"),
            indirect(
                "the port would bring jobs to the town",
                "dock workers",
                "Dock workers",
                "said",
            ),
        ],
    );
    let opposed = opposed(lines, &analysis_lines);
    assert!(
        sets_against(&opposed, "Ana Lopes", "Tom Becker", "'Some residents disagree'"),
        "{opposed:?}"
    );
    assert!(
        !opposed
            .iter()
            .any(|(x, y, _)| x == "dock workers" || y == "dock workers"),
        "{opposed:?}"
    );
}

/// Two denials of one thing (`Opposition rejects election result`,
/// `Okafor refused to accept the result`) side together: a denial on the
/// topic of another claim opposes it only when that claim denies nothing.
#[test]
fn two_denials_on_one_topic_do_not_oppose() {
    let both = "Okafor rejected the election result as rigged.\n\nHis party refused to accept the election result.\n";
    assert_rows_oppose_nothing(
        both,
        &[
            indirect("the election result as rigged", "Samuel Okafor", "Okafor", "rejected"),
            indirect("to accept the election result", "Unity Party", "His party", "refused"),
        ],
    );
    // (One denial against an account of the same thing still opposes it.)
    let one = "Marchetti said the election result was fair.\n\nOkafor rejected the election result as rigged.\n";
    let one_denying = claims(
        one,
        &[
            indirect("the election result was fair", "Odile Marchetti", "Marchetti", "said"),
            indirect("the election result as rigged", "Samuel Okafor", "Okafor", "rejected"),
        ],
    );
    assert_sets_against(one, &one_denying, "Samuel Okafor", "Odile Marchetti", "'rejected'");
}

/// A refusal to speak (`declined to comment on`, `refused to say`) or to
/// deny (`refused to disavow`) rebuts no one: it takes no side on what
/// it names. A refusal to accept something still denies it.
#[test]
fn a_refusal_to_speak_or_to_deny_opposes_nothing() {
    let text = "Marchetti said the election result was fair and final.\n\n\
                Okafor declined to comment on the election result.\n\n\
                His party refused to disavow the election result.\n\n\
                Ana Ruiz declined to directly criticize the election result.\n\n\
                Tom Hale declined to reply on the election result.\n";
    let refusals = claims(
        text,
        &[
            indirect(
                "the election result was fair and final",
                "Odile Marchetti",
                "Marchetti",
                "said",
            ),
            indirect(
                "to comment on the election result",
                "Samuel Okafor",
                "Okafor",
                "declined",
            ),
            indirect("to disavow the election result", "Unity Party", "His party", "refused"),
            indirect(
                "to directly criticize the election result",
                "Ana Ruiz",
                "Ana Ruiz",
                "declined",
            ),
            indirect("to reply on the election result", "Tom Hale", "Tom Hale", "declined"),
        ],
    );
    assert_nothing_opposed(text, &refusals);
    let text = "Marchetti said the election result was fair and final.\n\n\
                Okafor refused to accept the election result.\n";
    let refusal = claims(
        text,
        &[
            indirect(
                "the election result was fair and final",
                "Odile Marchetti",
                "Marchetti",
                "said",
            ),
            indirect("to accept the election result", "Samuel Okafor", "Okafor", "refused"),
        ],
    );
    assert_sets_against(text, &refusal, "Samuel Okafor", "Odile Marchetti", "'refused'");
}

/// `Okafor rejected the figures.`: what a source announced (figures,
/// findings, a result) is something a denial may take for its whole
/// object, as it takes `the accusation`.
#[test]
fn a_denial_of_the_figures_rebuts_whoever_gave_them() {
    let text = "\"The count was transparent and every ballot was checked,\" Odile Marchetti said.\n\nOkafor rejected the figures.\n";
    let analysis = claims(
        text,
        &[
            direct(
                "The count was transparent and every ballot was checked,",
                "Odile Marchetti",
                "Odile Marchetti",
                "said",
            ),
            indirect("the figures", "Samuel Okafor", "Okafor", "rejected"),
        ],
    );
    assert_sets_against(
        text,
        &analysis,
        "Samuel Okafor",
        "Odile Marchetti",
        "'rejected the figures'",
    );
}

/// `Brandt rejected that explanation`: `that` and a noun of what was said
/// point to the account before, as `the explanation` does, and open no
/// clause whose people the denial would be aimed at instead.
#[test]
fn a_denial_of_that_explanation_rebuts_whoever_gave_it() {
    let text = "Marcus Oyelaran said the fish deaths were caused by low oxygen.\n\nLucia Brandt rejected that explanation, saying oxygen levels had been normal.\n";
    let analysis = claims(
        text,
        &[
            indirect(
                "the fish deaths were caused by low oxygen",
                "Marcus Oyelaran",
                "Marcus Oyelaran",
                "said",
            ),
            indirect("that explanation", "Lucia Brandt", "Lucia Brandt", "rejected"),
            indirect(
                "oxygen levels had been normal",
                "Lucia Brandt",
                "Lucia Brandt",
                "saying",
            ),
        ],
    );
    assert_sets_against(
        text,
        &analysis,
        "Lucia Brandt",
        "Marcus Oyelaran",
        "'rejected that explanation'",
    );
}

/// `dismissed the mission's findings`: a charge held by a common noun that
/// the last source's paragraph names as a body (`the Continental Election
/// Monitoring Mission`) is that source's account; not where the paragraph
/// names no such body.
#[test]
fn a_denial_of_the_bodys_findings_rebuts_the_source_from_that_body() {
    let text = "Katrin Aschenbrenner, who led a team from the Continental Election Monitoring Mission, said her observers had found no sign of fraud.\n\nKettunen dismissed the mission's findings.\n";
    let rows = [
        indirect(
            "her observers had found no sign of fraud",
            "Katrin Aschenbrenner",
            "Katrin Aschenbrenner",
            "said",
        ),
        indirect("the mission's findings", "Dario Kettunen", "Kettunen", "dismissed"),
    ];
    assert_sets_against(
        text,
        &claims(text, &rows),
        "Dario Kettunen",
        "Katrin Aschenbrenner",
        "'dismissed the mission's findings'",
    );
    let unnamed = "Katrin Aschenbrenner, who led a team of observers, said her observers had found no sign of fraud.\n\nKettunen dismissed the mission's findings.\n";
    assert_nothing_opposed(unnamed, &claims(unnamed, &rows));
}

/// `accused Clinton of …`, `blamed the regulator for …`: an accusation
/// points at whom it accuses as a denial points at whose account it
/// rejects, so it is set against what the accused said.
#[test]
fn an_accusation_is_set_against_the_accused() {
    let text = "Hillary Clinton said she had always stood up to the banks.\n\nBernie Sanders accused Clinton of being too reliant on Wall Street.\n";
    let analysis = claims(
        text,
        &[
            indirect(
                "she had always stood up to the banks",
                "Hillary Clinton",
                "Hillary Clinton",
                "said",
            ),
            indirect(
                "Clinton of being too reliant on Wall Street",
                "Bernie Sanders",
                "Bernie Sanders",
                "accused",
            ),
        ],
    );
    assert_sets_against(
        text,
        &analysis,
        "Bernie Sanders",
        "Hillary Clinton",
        "'accused Clinton of'",
    );
}

/// `backed the decision`: a backer of what was just reported (a pronoun,
/// or `the` and one noun) sides with whoever reported it, so a dissent
/// after the backer answers both.
#[test]
fn a_backer_of_the_decision_sides_with_whoever_made_it() {
    let text = "The agency said trials had shown the vaccine was safe.\n\nHealth Minister Ramon Cruz backed the decision.\n\nSome doctors remain sceptical. \"The trial was too short,\" said Paolo Reyes.\n";
    let analysis = claims(
        text,
        &[
            indirect("trials had shown the vaccine was safe", "agency", "The agency", "said"),
            indirect("the decision", "Ramon Cruz", "Ramon Cruz", "backed"),
            direct("The trial was too short,", "Paolo Reyes", "Paolo Reyes", "said Paolo"),
        ],
    );
    let opposed = opposed(text, &analysis);
    assert!(
        sets_against(&opposed, "Paolo Reyes", "agency", "'Some doctors remain sceptical'"),
        "{opposed:?}"
    );
    assert!(
        sets_against(&opposed, "Paolo Reyes", "Ramon Cruz", "'Some doctors remain sceptical'"),
        "{opposed:?}"
    );
}

/// `the agency's director` speaks for the agency (as `its chief` would):
/// a new source whose mention is a role of another's sides with it, so a
/// dissent after the director answers the agency too.
#[test]
fn a_source_named_as_a_bodys_role_sides_with_the_body() {
    let text = "The agency said trials had shown the vaccine was safe.\n\n\"The benefits outweigh the risks,\" the agency's director, Imelda Santos, told reporters.\n\nSome doctors remain sceptical. \"The trial was too short,\" said Paolo Reyes.\n";
    let analysis = claims(
        text,
        &[
            indirect(
                "trials had shown the vaccine was safe",
                "national medicines agency",
                "The agency",
                "said",
            ),
            direct(
                "The benefits outweigh the risks,",
                "Imelda Santos",
                "the agency's director",
                "told",
            ),
            direct("The trial was too short,", "Paolo Reyes", "Paolo Reyes", "said Paolo"),
        ],
    );
    let opposed = opposed(text, &analysis);
    assert!(
        sets_against(
            &opposed,
            "Paolo Reyes",
            "national medicines agency",
            "'Some doctors remain sceptical'"
        ),
        "{opposed:?}"
    );
    assert!(
        sets_against(
            &opposed,
            "Paolo Reyes",
            "Imelda Santos",
            "'Some doctors remain sceptical'"
        ),
        "{opposed:?}"
    );
}

/// A rebuttal of a speaker rather than of one claim (`Hale's story is full
/// of lies`) answers what that speaker said nearest it: of a speaker with
/// many claims, the two nearest the rebuttal are set against it, the rest
/// stay related, not one opposing row for every claim of the speaker.
#[test]
fn a_rebuttal_of_a_speaker_opposes_the_claims_nearest_it() {
    let text = "Hale said the river was clean in May.\n\nHale said the mill had closed in June.\n\n\
                Hale said the workers were paid in full.\n\n\"Hale's story is full of lies,\" Berg said.\n\n\
                Hale said the town would recover.\n";
    let hale = |content| indirect(content, "Tom Hale", "Hale", "said");
    let analysis = claims(
        text,
        &[
            hale("the river was clean in May"),
            hale("the mill had closed in June"),
            hale("the workers were paid in full"),
            direct("Hale's story is full of lies,", "Anna Berg", "Berg", "said"),
            hale("the town would recover"),
        ],
    );
    let documents = [(text, &analysis)];
    let mut rebutted: Vec<String> = pairs(&documents, &run(&documents))
        .into_iter()
        .filter(|pair| pair.0 == Relation::Opposes)
        .map(|pair| {
            assert_eq!(
                (pair.1.as_str(), pair.3.as_str()),
                ("Anna Berg", "Tom Hale"),
                "{pair:?}"
            );
            pair.4
        })
        .collect();
    rebutted.sort();
    assert_eq!(rebutted, ["the town would recover", "the workers were paid in full"]);
}

/// A source who speaks for someone (`Cruz spokeswoman Catherine Frazier`,
/// `Clinton spokesman Jesse Ferguson`) opposes no claim of that person, and
/// their rebuttal word goes past that person to the next one it points to;
/// a rebuttal of `Rubio's claim that …` is aimed at the claim's owner, not
/// at the person nearest the rebuttal word.
#[test]
fn a_spokesperson_rebuts_the_claim_s_owner_never_their_principal() {
    // The same charge rebutted by Cruz's spokeswoman and by a bystander:
    // neither is set against Cruz, whom the charge names; both against Rubio.
    for (speaker, mention) in [
        ("Catherine Frazier", "Cruz spokeswoman Catherine Frazier"),
        ("Tom Becker", "Becker"),
    ] {
        let text = format!(
            "Rubio said Cruz favours legalizing illegal immigrants.\n\nCruz said he opposes amnesty.\n\n\
             {mention} said Rubio's claim that Cruz backs legalization is simply not true.\n"
        );
        let analysis = claims(
            &text,
            &[
                indirect(
                    "Cruz favours legalizing illegal immigrants",
                    "Marco Rubio",
                    "Rubio",
                    "said",
                ),
                indirect("he opposes amnesty", "Ted Cruz", "Cruz", "said"),
                indirect(
                    "Rubio's claim that Cruz backs legalization is simply not true",
                    speaker,
                    mention,
                    "said",
                ),
            ],
        );
        let rebuttals = opposed(&text, &analysis);
        let sets = |other: &str| rebuttals.iter().any(|(a, b, _)| [a, b] == [speaker, other]);
        assert!(!sets("Ted Cruz") && sets("Marco Rubio"), "{rebuttals:?}");
    }
    let text = "Clinton said the plan was dangerous.\n\n\
                Clinton spokesman Jesse Ferguson said Hillary has opposed any discrimination, believing such policies are wrong.\n";
    let analysis = claims(
        text,
        &[
            indirect("the plan was dangerous", "Hillary Clinton", "Clinton", "said"),
            indirect(
                "Hillary has opposed any discrimination, believing such policies are wrong",
                "Jesse Ferguson",
                "Clinton spokesman Jesse Ferguson",
                "said",
            ),
        ],
    );
    assert_nothing_opposed(text, &analysis);
    // (The rebuttal word goes past the principal to the next one it points
    // to.)
    let text = "Trump said Clinton lied about the emails.\n\nClinton said she did not.\n\n\
                Clinton spokesman Brian Fallon said Trump keeps attacking Clinton with falsehoods.\n";
    let analysis = claims(
        text,
        &[
            indirect("Clinton lied about the emails", "Donald Trump", "Trump", "said"),
            indirect("she did not", "Hillary Clinton", "Clinton", "said"),
            indirect(
                "Trump keeps attacking Clinton with falsehoods",
                "Brian Fallon",
                "Clinton spokesman Brian Fallon",
                "said",
            ),
        ],
    );
    let fallon = opposed(text, &analysis);
    assert!(
        fallon
            .iter()
            .any(|(a, b, _)| [a, b] == ["Brian Fallon", "Donald Trump"]),
        "{fallon:?}"
    );
}

/// Across documents, opposed terms need a topic of their own: `true` in one
/// article and `not true` in another share nothing else, and oppose
/// nothing; the same words on one shared subject still oppose.
#[test]
fn opposed_terms_across_documents_need_a_shared_topic() {
    let across = |first: &str, second: &str| {
        let a = claims(
            first,
            &[(
                Kind::Indirect,
                first.split(" said ").nth(1).unwrap().trim_end_matches(".\n"),
                "Ann Lee",
                "Lee",
                "said",
            )],
        );
        let b = claims(
            second,
            &[(
                Kind::Indirect,
                second.split(" said ").nth(1).unwrap().trim_end_matches(".\n"),
                "Tom Park",
                "Park",
                "said",
            )],
        );
        let documents = [(first, &a), (second, &b)];
        pairs(&documents, &run(&documents))
            .into_iter()
            .filter(|pair| pair.0 == Relation::Opposes)
            .count()
    };
    assert_eq!(
        across(
            "Lee said it was a dream come true.\n",
            "Park said that was simply not true.\n"
        ),
        0
    );
    assert_eq!(
        across(
            "Lee said the harbour budget report was true.\n",
            "Park said the harbour budget report was not true.\n"
        ),
        1
    );
}

/// A denial that names no one opposes claims on its topic: a topic of two
/// shared keys or more, not one word (`dismissed the email issue` against
/// `some of the emails contained secret material`).
#[test]
fn a_denial_naming_no_one_opposes_on_more_than_one_shared_word() {
    let one = "Sanders dismissed the email issue.\n\nFallon said some of the emails contained secret material.\n";
    assert_rows_oppose_nothing(
        one,
        &[
            indirect("the email issue", "Bernie Sanders", "Sanders", "dismissed"),
            indirect(
                "some of the emails contained secret material",
                "Brian Fallon",
                "Fallon",
                "said",
            ),
        ],
    );
    let two = "Lee dismissed the harbour budget report.\n\nPark said the harbour budget report was accurate.\n";
    let analysis = claims(
        two,
        &[
            indirect("the harbour budget report", "Ann Lee", "Lee", "dismissed"),
            indirect("the harbour budget report was accurate", "Tom Park", "Park", "said"),
        ],
    );
    assert_sets_against(two, &analysis, "Ann Lee", "Tom Park", "'dismissed'");
}

/// What an opposed word is said of stands on the same side of it in both
/// claims, the holder before it, what it is done to after it: `Cruz will
/// lose to Trump` says what `Trump will win` says, and a group `supporting
/// Rubio` is no answer to `Rubio opposed the bill`.
#[test]
fn opposed_words_oppose_only_with_what_they_are_said_of_on_one_side() {
    let agree = "\"Cruz will lose to Trump in the Iowa caucus,\" Ann Lee said.\n\n\
                 \"Trump will win the Iowa caucus,\" Bo Chan said.";
    assert_rows_oppose_nothing(
        agree,
        &[
            direct(
                "Cruz will lose to Trump in the Iowa caucus,",
                "Ann Lee",
                "Ann Lee",
                "said",
            ),
            direct("Trump will win the Iowa caucus,", "Bo Chan", "Bo Chan", "said"),
        ],
    );
    let roles = "\"The group is supporting Rubio with new ads,\" Ann Lee said.\n\n\
                 \"Rubio opposed the border bill last year,\" Bo Chan said.";
    assert_rows_oppose_nothing(
        roles,
        &[
            direct(
                "The group is supporting Rubio with new ads,",
                "Ann Lee",
                "Ann Lee",
                "said",
            ),
            direct("Rubio opposed the border bill last year,", "Bo Chan", "Bo Chan", "said"),
        ],
    );
    // The same holder on the same side opposes.
    let same = "\"Trump will lose the Iowa caucus,\" Ann Lee said.\n\n\
                \"Trump will win the Iowa caucus,\" Bo Chan said.";
    assert_rows_set_against(
        same,
        &[
            direct("Trump will lose the Iowa caucus,", "Ann Lee", "Ann Lee", "said"),
            direct("Trump will win the Iowa caucus,", "Bo Chan", "Bo Chan", "said"),
        ],
        "Ann Lee",
        "Bo Chan",
        "lose vs. win",
    );
    // Across a linking verb, what stands before is what the word is done
    // to, as in a passive (`The budget is balanced` against `overspent its
    // budget` is `opposed_terms_on_a_shared_topic_oppose`).
    let passive = "\"The harbour plan was approved by the council,\" Ann Lee said.\n\n\
                   \"The mayor vetoed the harbour plan,\" Bo Chan said.";
    assert_rows_set_against(
        passive,
        &[
            direct(
                "The harbour plan was approved by the council,",
                "Ann Lee",
                "Ann Lee",
                "said",
            ),
            direct("The mayor vetoed the harbour plan,", "Bo Chan", "Bo Chan", "said"),
        ],
        "Ann Lee",
        "Bo Chan",
        "approved vs. vetoed",
    );
    // And still its holder: what abortion is made is what it is kept.
    let kept = "\"If abortion were made illegal, clinics would close,\" Ann Lee said.\n\n\
                \"We will keep abortion legal,\" Bo Chan said.";
    assert_rows_set_against(
        kept,
        &[
            direct(
                "If abortion were made illegal, clinics would close,",
                "Ann Lee",
                "Ann Lee",
                "said",
            ),
            direct("We will keep abortion legal,", "Bo Chan", "Bo Chan", "said"),
        ],
        "Ann Lee",
        "Bo Chan",
        "illegal vs. legal",
    );
}

#[test]
fn opposed_words_oppose_only_when_said_of_the_same_thing() {
    let same = "\"Cruz will win the Iowa caucus,\" Ann Lee said.\n\n\
                \"Cruz will lose the Iowa caucus,\" Bo Chan said.";
    let analysis = claims(
        same,
        &[
            direct("Cruz will win the Iowa caucus,", "Ann Lee", "Ann Lee", "said"),
            direct("Cruz will lose the Iowa caucus,", "Bo Chan", "Bo Chan", "said"),
        ],
    );
    assert_sets_against(same, &analysis, "Ann Lee", "Bo Chan", "win vs. lose");
    // On one topic, but what is won is not what is lost.
    let other = "\"Cruz will win the Iowa caucus,\" Ann Lee said.\n\n\
                 \"Trump will lose delegate battles after the Iowa caucus,\" Bo Chan said.";
    assert_rows_oppose_nothing(
        other,
        &[
            direct("Cruz will win the Iowa caucus,", "Ann Lee", "Ann Lee", "said"),
            direct(
                "Trump will lose delegate battles after the Iowa caucus,",
                "Bo Chan",
                "Bo Chan",
                "said",
            ),
        ],
    );
    // A negated word likewise: what was never spent is money, not time.
    let money = "\"They never spent money on the seat,\" Ann Lee said.\n\n\
                 \"They spent weeks on the seat before the vote,\" Bo Chan said.";
    assert_rows_oppose_nothing(
        money,
        &[
            direct("They never spent money on the seat,", "Ann Lee", "Ann Lee", "said"),
            direct(
                "They spent weeks on the seat before the vote,",
                "Bo Chan",
                "Bo Chan",
                "said",
            ),
        ],
    );
}

#[test]
fn no_one_negates_no_word_of_its_own() {
    let text = "\"No one controls the black vote,\" Ann Lee said.\n\n\
                \"He is one of the most influential voices on the black vote,\" Bo Chan said.";
    assert_rows_oppose_nothing(
        text,
        &[
            direct("No one controls the black vote,", "Ann Lee", "Ann Lee", "said"),
            direct(
                "He is one of the most influential voices on the black vote,",
                "Bo Chan",
                "Bo Chan",
                "said",
            ),
        ],
    );
}

#[test]
fn without_negates_no_claim() {
    // "people without student loan debt" are people of a kind; nothing
    // said of student debt is denied.
    let text = "\"Most people without student loan debt would have two cars,\" Ann Lee said.\n\n\
                \"The student loan debt of an average graduate is affordable,\" Bo Chan said.";
    assert_rows_oppose_nothing(
        text,
        &[
            direct(
                "Most people without student loan debt would have two cars,",
                "Ann Lee",
                "Ann Lee",
                "said",
            ),
            direct(
                "The student loan debt of an average graduate is affordable,",
                "Bo Chan",
                "Bo Chan",
                "said",
            ),
        ],
    );
}

#[test]
fn a_word_under_a_negation_further_back_takes_no_side() {
    // "no plans to spend" and "do not spend" say the same.
    let text = "\"We have no plans to spend money on the race,\" Ann Lee said.\n\n\
                \"We do not spend money on safe seats like this race,\" Bo Chan said.";
    assert_rows_oppose_nothing(
        text,
        &[
            direct(
                "We have no plans to spend money on the race,",
                "Ann Lee",
                "Ann Lee",
                "said",
            ),
            direct(
                "We do not spend money on safe seats like this race,",
                "Bo Chan",
                "Bo Chan",
                "said",
            ),
        ],
    );
}

#[test]
fn a_denial_verb_in_the_passive_rebuts_no_one() {
    let text = "Walker said he is being denied the chance to speak because he backs Trump.\n\n\
                Trump said Walker was a great player and a friend.\n";
    assert_rows_oppose_nothing(
        text,
        &[
            indirect(
                "he is being denied the chance to speak because he backs Trump",
                "Herschel Walker",
                "Walker",
                "said",
            ),
            indirect(
                "Walker was a great player and a friend",
                "Donald Trump",
                "Trump",
                "said",
            ),
        ],
    );
    let requests = "Lee said her requests to see Park were denied.\n\nPark said he never met Lee.\n";
    assert_rows_oppose_nothing(
        requests,
        &[
            indirect("her requests to see Park were denied", "Ann Lee", "Lee", "said"),
            indirect("he never met Lee", "Tom Park", "Park", "said"),
        ],
    );
}

#[test]
fn a_rebuttal_of_someones_people_rebuts_not_them() {
    // The rivals are questioned, not Trump.
    let text = "Party leaders questioned how Mr. Trump's remaining rivals have approached the race.\n\n\
                Trump said the rivals understood their voters better than before.\n";
    assert_rows_oppose_nothing(
        text,
        &[
            indirect(
                "how Mr. Trump's remaining rivals have approached the race",
                "party leaders",
                "Party leaders",
                "questioned",
            ),
            indirect(
                "the rivals understood their voters better than before",
                "Donald Trump",
                "Trump",
                "said",
            ),
        ],
    );
}

#[test]
fn a_campaign_speaks_for_its_candidate() {
    let text = "Donald Trump said Clinton opposes the Second Amendment.\n\n\
                Trump's campaign said people who support the Second Amendment will vote together.\n";
    assert_rows_oppose_nothing(
        text,
        &[
            indirect(
                "Clinton opposes the Second Amendment",
                "Donald Trump",
                "Donald Trump",
                "said",
            ),
            indirect(
                "people who support the Second Amendment will vote together",
                "Donald Trump's campaign",
                "Trump's campaign",
                "said",
            ),
        ],
    );
}

/// An invitation (`challenged Trump to a debate`) and a contest for an office
/// (`challenging Ayotte for her Senate seat`, classes `contest` and `office`)
/// rebut no one.
#[test]
fn a_challenge_to_a_debate_or_for_an_office_rebuts_no_one() {
    for (content, cue) in [
        ("Trump to a one-on-one debate", "challenged"),
        ("him to debate in Brooklyn", "challenged"),
        ("Ayotte for her Senate seat", "is challenging"),
        (
            "Trump and former Gov. Martin O'Malley for the Democratic nomination",
            "is challenging",
        ),
    ] {
        let text =
            format!("Cruz {cue} {content}.\n\nAyotte said the race was close.\n\nTrump said the polls were wrong.\n");
        let verb = cue.trim_start_matches("is ");
        let rows = [
            indirect(content, "Ted Cruz", "Cruz", verb),
            indirect("the race was close", "Kelly Ayotte", "Ayotte", "said"),
            indirect("the polls were wrong", "Donald Trump", "Trump", "said"),
        ];
        assert_rows_oppose_nothing(&text, &rows);
    }
    // The verb's rebutting sense still rebuts, and so does a reason, office
    // or not.
    for (reason, answer) in [
        ("hiding his tax returns", "his returns were public"),
        ("his record in office", "his record was strong"),
    ] {
        let mocked = format!("Reid mocked Romney for {reason}.\n\nRomney said {answer}.\n");
        let analysis = claims(
            &mocked,
            &[
                indirect(&format!("Romney for {reason}"), "Harry Reid", "Reid", "mocked"),
                indirect(answer, "Mitt Romney", "Romney", "said"),
            ],
        );
        assert_sets_against(&mocked, &analysis, "Harry Reid", "Mitt Romney", "'mocked Romney for'");
    }
    let text = "Cruz challenged Trump's account of the vote.\n\nTrump said the vote was fair.\n";
    let analysis = claims(
        text,
        &[
            indirect("Trump's account of the vote", "Ted Cruz", "Cruz", "challenged"),
            indirect("the vote was fair", "Donald Trump", "Trump", "said"),
        ],
    );
    assert_sets_against(
        text,
        &analysis,
        "Ted Cruz",
        "Donald Trump",
        "'challenged Trump's account'",
    );
}

#[test]
fn a_denial_rebuts_the_person_at_the_head_of_its_object_only() {
    // The person named further on, after a preposition or a clause word,
    // is not whom the denial answers: the attempts, the story, the
    // proposal are.
    assert_cued_contents_oppose_nothing(
        ("Ted Cruz", "Cruz"),
        "dismissed",
        &[
            "attempts to unhorse Trump",
            "the story about Trump's emails",
            "a Fox News proposal for one final debate with Donald Trump",
            "to join the earlier debate that included Trump",
            "accusations that Trump lied",
        ],
        ("Donald Trump", "Trump", "the polls were wrong"),
    );
    // At the head, the person or what they own is answered, and so are the
    // object of a refusal's verb and the subject of a question.
    for (cue, content, evidence) in [
        (
            "dismissed",
            "Trump's retweet of an image",
            "'dismissed Trump's retweet'",
        ),
        ("dismissed", "Trump as a fraud", "'dismissed Trump as'"),
        ("dismissed", "the charges by Trump", "'dismissed the charges by Trump'"),
        (
            "dismissed",
            "criticism from Rubio, Kasich and Trump",
            "'dismissed criticism from Rubio, Kasich and Trump'",
        ),
        ("refused", "to endorse Trump", "'refused to endorse Trump'"),
        (
            "questioned",
            "whether Trump has the temperament",
            "'questioned whether Trump has'",
        ),
    ] {
        let text = format!("Cruz {cue} {content}.\n\nTrump said the polls were wrong.\n");
        let rows = [
            indirect(content, "Ted Cruz", "Cruz", cue),
            indirect("the polls were wrong", "Donald Trump", "Trump", "said"),
        ];
        assert_rows_set_against(&text, &rows, "Ted Cruz", "Donald Trump", evidence);
    }
}

#[test]
fn a_person_in_the_clause_a_rebuttal_word_refutes_is_not_rebutted() {
    // What is unfounded is that Mills intervened: Linick speaks for her.
    for content in [
        "there was no evidence that Mills intervened in the inquiry",
        "the suggestion was unfounded that Mills intervened in the inquiry",
    ] {
        let (text, rows) = linick_and_mills(content);
        assert_rows_oppose_nothing(&text, &rows);
    }
    // Whoever makes the charge is rebutted, and so is the one a relative
    // clause names (its preposition stranded at its end).
    for (content, evidence) in [
        ("Mills's account was false", "'Mills's account was false'"),
        ("this is the lie that Mills's defense is built on", "'lie that Mills's'"),
        // (The refuted clause ends with its sentence.)
        (
            "it is wrong to say that the files were kept. It is worse than Mills claimed",
            "'wrong' … 'Mills'",
        ),
    ] {
        let (text, rows) = linick_and_mills(content);
        assert_rows_set_against(&text, &rows, "Steve Linick", "Cheryl Mills", evidence);
    }
}

/// Linick's claim `content` and one of Mills', and their text.
fn linick_and_mills(content: &str) -> (String, [ClaimRow<'_>; 2]) {
    let text = format!("Linick said {content}.\n\nMills said she knew about the request.\n");
    let rows = [
        indirect(content, "Steve Linick", "Linick", "said"),
        indirect("she knew about the request", "Cheryl Mills", "Mills", "said"),
    ];
    (text, rows)
}

#[test]
fn a_rebuttal_of_a_person_answers_a_far_claim_of_theirs_only_on_its_topic() {
    let rebutted = |far: &str| -> Vec<String> {
        let text = format!(
            "Trump said the wall would be paid for.\n\nZarate questioned Trump's logic.\n\n\
             The rally ended.\n\nThe crowd left.\n\nThe buses came.\n\nThe lights went out.\n\n\
             Trump said {far}.\n"
        );
        let analysis = claims(
            &text,
            &[
                indirect("the wall would be paid for", "Donald Trump", "Trump", "said"),
                indirect("Trump's logic", "Juan Zarate", "Zarate", "questioned"),
                indirect(far, "Donald Trump", "Trump", "said"),
            ],
        );
        let documents = [(text.as_str(), &analysis)];
        pairs(&documents, &run(&documents))
            .into_iter()
            .filter(|pair| pair.0 == Relation::Opposes)
            .map(|pair| if pair.1 == "Juan Zarate" { pair.4 } else { pair.2 })
            .collect()
    };
    // The nearest claim is answered; the far one only when it shares a topic.
    assert_eq!(rebutted("the crowd was huge"), ["the wall would be paid for"]);
    let on_topic = rebutted("the logic of the wall was sound");
    assert_eq!(on_topic.len(), 2, "{on_topic:?}");
}

#[test]
fn making_up_a_mind_rebuts_no_one_and_making_up_a_story_does() {
    for (content, rebuts) in [
        ("most voters have made up their minds about Trump", false),
        ("the losses were made up for by new voters, Trump's aides say", false),
        ("Trump made up the story", true),
        ("Trump's story was made up", true),
        ("Trump made it up", true),
    ] {
        let text = format!("Cruz said {content}.\n\nTrump said the polls were wrong.\n");
        let analysis = claims(
            &text,
            &[
                indirect(content, "Ted Cruz", "Cruz", "said"),
                indirect("the polls were wrong", "Donald Trump", "Trump", "said"),
            ],
        );
        let opposed = opposed(&text, &analysis);
        assert_eq!(!opposed.is_empty(), rebuts, "{content}: {opposed:?}");
    }
}

#[test]
fn questioning_someone_about_a_thing_asks_and_rebuts_no_one() {
    assert_cued_contents_oppose_nothing(
        ("reporters", "Reporters"),
        "questioned",
        &[
            "Earnest about the shooting",
            "Press Secretary Josh Earnest on the shooting",
        ],
        ("Josh Earnest", "Earnest", "the investigation was ongoing"),
    );
    // Questioning what someone said or is still doubts it.
    let text = "Cruz questioned Earnest's account of the shooting.\n\nEarnest said the investigation was ongoing.\n";
    let rows = [
        indirect("Earnest's account of the shooting", "Ted Cruz", "Cruz", "questioned"),
        indirect("the investigation was ongoing", "Josh Earnest", "Earnest", "said"),
    ];
    assert_rows_set_against(
        text,
        &rows,
        "Ted Cruz",
        "Josh Earnest",
        "'questioned Earnest's account'",
    );
}

/// `was doubtful` is a sentence of dissent as `remain sceptical` is: the
/// claims after it answer the turn before (the blind hospital story).
#[test]
fn a_doubtful_source_answers_the_turn_before() {
    let text = "The authority said mothers could give birth at the clinic.\n\n\
                Its director, Jürgen Falkner, was doubtful. \"We cannot take every birth,\" he said.\n";
    let analysis = claims(
        text,
        &[
            indirect(
                "mothers could give birth at the clinic",
                "authority",
                "The authority",
                "said",
            ),
            direct("We cannot take every birth,", "Jürgen Falkner", "he", "said"),
        ],
    );
    let opposed = opposed(text, &analysis);
    assert!(
        sets_against(
            &opposed,
            "Jürgen Falkner",
            "authority",
            "'Its director, Jürgen Falkner, was doubtful'"
        ),
        "{opposed:?}"
    );
}

/// Two sources' figures of one unit that disagree, a paragraph apart, are
/// set against each other with both figures as evidence; not where a third
/// source gives the unit too (a story's list of sums measures different
/// things), nor two paragraphs apart.
#[test]
fn competing_figures_of_two_sources_oppose() {
    let text = "A spokesman said the drive took around 50 minutes.\n\n\
                \"On a bad night it is two hours,\" the mayor, Gwen Tarrant, said.\n";
    let rows = [
        (
            Kind::Indirect,
            "the drive took around 50 minutes",
            "a spokesman",
            "A spokesman",
            "said",
        ),
        (
            Kind::Direct,
            "On a bad night it is two hours,",
            "Gwen Tarrant",
            "the mayor",
            "said",
        ),
    ];
    let opposed = opposed(text, &claims(text, &rows));
    assert!(
        sets_against(
            &opposed,
            "Gwen Tarrant",
            "a spokesman",
            "'around 50 minutes' vs. 'two hours'"
        ),
        "{opposed:?}"
    );
    let third = "A spokesman said the drive took around 50 minutes.\n\n\
                 \"On a bad night it is two hours,\" the mayor, Gwen Tarrant, said.\n\n\
                 A driver said the trip took five hours.\n";
    let mut rows_third = rows.to_vec();
    rows_third.push((
        Kind::Indirect,
        "the trip took five hours",
        "a driver",
        "A driver",
        "said",
    ));
    assert_nothing_opposed(third, &claims(third, &rows_third));
    let apart = "A spokesman said the drive took around 50 minutes.\n\nThe road was shut.\n\n\
                 \"On a bad night it is two hours,\" the mayor, Gwen Tarrant, said.\n";
    assert_nothing_opposed(apart, &claims(apart, &rows));
}

/// Figures further apart are set against each other when the two claims
/// tell one measure twice: the unit and four words more in common (what
/// was spent, on what, when); not two sums of one unit about different
/// things.
#[test]
fn figures_of_one_measure_told_twice_oppose_however_far_apart() {
    let text = "A spokesman said Northvale had spent a record 64 million crowns clearing trees from its lines last year.\n\n\
                The fire began on Monday.\n\nThe storm moved east.\n\n\
                Oona Ferris said the company spent 31 million crowns on tree clearance last year.\n";
    let rows = [
        indirect(
            "Northvale had spent a record 64 million crowns clearing trees from its lines last year",
            "a spokesman",
            "A spokesman",
            "said",
        ),
        indirect(
            "the company spent 31 million crowns on tree clearance last year",
            "Oona Ferris",
            "Oona Ferris",
            "said",
        ),
    ];
    assert_rows_set_against(
        text,
        &rows,
        "a spokesman",
        "Oona Ferris",
        "'64 million crowns clearing' vs. '31 million crowns'",
    );
    let other = "A spokesman said Northvale had spent 64 million crowns on new poles.\n\n\
                 The fire began on Monday.\n\nThe storm moved east.\n\n\
                 Oona Ferris said the company paid 31 million crowns in dividends.\n";
    let rows = [
        indirect(
            "Northvale had spent 64 million crowns on new poles",
            "a spokesman",
            "A spokesman",
            "said",
        ),
        indirect(
            "the company paid 31 million crowns in dividends",
            "Oona Ferris",
            "Oona Ferris",
            "said",
        ),
    ];
    assert_rows_oppose_nothing(other, &rows);
}

/// Figures further apart whose units agree in both words (`postal
/// ballots`) count one thing twice, whatever else the claims say, though a
/// third source counts `ballots` too; one word alike (`ballots`) is not
/// enough.
#[test]
fn figures_of_one_two_word_unit_oppose_however_far_apart() {
    let text = "A judge said 14 ballot boxes must be counted again.\n\n\
                Dario Kettunen said more than 3,000 postal ballots were discarded in his districts.\n\n\
                The count ran through two nights.\n\n\
                According to the board, 1,140 postal ballots were rejected across the whole city.\n";
    let rows = [
        indirect(
            "more than 3,000 postal ballots were discarded in his districts",
            "Dario Kettunen",
            "Dario Kettunen",
            "said",
        ),
        indirect(
            "1,140 postal ballots were rejected across the whole city",
            "the board",
            "the board",
            "According to",
        ),
        indirect("14 ballot boxes must be counted again", "a judge", "A judge", "said"),
    ];
    assert_rows_set_against(
        text,
        &rows,
        "Dario Kettunen",
        "the board",
        "'more than 3,000 postal ballots' vs. '1,140 postal ballots'",
    );
    let other = "Dario Kettunen said more than 3,000 postal ballots were discarded in his districts.\n\n\
                 The count ran through two nights.\n\n\
                 According to the board, 1,140 ballots were rejected across the whole city.\n";
    let rows = [
        rows[0],
        indirect(
            "1,140 ballots were rejected across the whole city",
            "the board",
            "the board",
            "According to",
        ),
    ];
    assert_rows_oppose_nothing(other, &rows);
}

/// Figures stay contested when a third source gives one of their unit far
/// apart in size (what the dam holds, not what leaked); not when the third
/// is of a like size.
#[test]
fn figures_stay_contested_beside_a_third_source_of_another_size() {
    let text = "Redmount said about 4,000 cubic metres of tailings had seeped through the dam wall.\n\n\
                Amara Quist said satellite images pointed to a spill of about 60,000 cubic metres.\n\n\
                According to the bureau, the dam holds some 11 million cubic metres of waste.\n";
    let rows = [
        indirect(
            "about 4,000 cubic metres of tailings had seeped through the dam wall",
            "Redmount",
            "Redmount",
            "said",
        ),
        indirect(
            "satellite images pointed to a spill of about 60,000 cubic metres",
            "Amara Quist",
            "Amara Quist",
            "said",
        ),
        indirect(
            "the dam holds some 11 million cubic metres of waste",
            "the bureau",
            "the bureau",
            "According to",
        ),
    ];
    assert_rows_set_against(
        text,
        &rows,
        "Redmount",
        "Amara Quist",
        "'about 4,000 cubic metres' vs. 'about 60,000 cubic metres'",
    );
    let like = text.replace("some 11 million", "some 9,000");
    let rows_like = [
        rows[0],
        rows[1],
        indirect(
            "the dam holds some 9,000 cubic metres of waste",
            "the bureau",
            "the bureau",
            "According to",
        ),
    ];
    assert_nothing_opposed(&like, &claims(&like, &rows_like));
}

/// A partial quote's figures are those of the clause it sits in, to the
/// end of the sentence (`brought ashore "in an orderly way" within 90
/// minutes`), not of the sentence after it.
#[test]
fn a_partial_quote_gives_the_figures_of_its_clause() {
    let text = "Saltmere said everyone on board had been brought ashore \"in an orderly way\" within 90 minutes.\n\n\
                Lena Oudkerk said the last passengers reached the quay five hours after the ship struck.\n";
    let rows = [
        (Kind::Partial, "in an orderly way", "Saltmere", "Saltmere", "said"),
        indirect(
            "the last passengers reached the quay five hours after the ship struck",
            "Lena Oudkerk",
            "Lena Oudkerk",
            "said",
        ),
    ];
    assert_rows_set_against(text, &rows, "Saltmere", "Lena Oudkerk", "'90 minutes' vs. 'five hours'");
    let next = "Saltmere said everyone on board had been brought ashore \"in an orderly way\". It took 90 minutes.\n\n\
                Lena Oudkerk said the last passengers reached the quay five hours after the ship struck.\n";
    assert_rows_oppose_nothing(next, &rows);
}

/// A figure the other claim gives too is one they agree on, not against
/// that claim's other figures (`72 hours, not five weeks`).
#[test]
fn a_figure_both_claims_give_is_not_against_the_others_other_figures() {
    let text = "The rules say banks must report a breach within 72 hours.\n\n\
                \u{2018}Seventy-two hours means 72 hours, not five weeks,\u{2019} Tobias Kinnear said.\n";
    let rows = [
        indirect("a breach within 72 hours", "the rules", "The rules", "say"),
        direct(
            "Seventy-two hours means 72 hours, not five weeks,",
            "Tobias Kinnear",
            "Tobias Kinnear",
            "said",
        ),
    ];
    assert_rows_oppose_nothing(text, &rows);
}

/// Shares of one group that disagree (`fewer than 6% of patients` against
/// `roughly one patient in three`) set two sources against each other;
/// shares of two groups do not.
#[test]
fn shares_of_one_group_that_disagree_oppose() {
    let text = "Piet Amsel said fewer than 6% of patients paid anything.\n\n\
                The association said roughly one patient in three had paid part of the cost.\n";
    let rows = [
        indirect(
            "fewer than 6% of patients paid anything",
            "Piet Amsel",
            "Piet Amsel",
            "said",
        ),
        indirect(
            "roughly one patient in three had paid part of the cost",
            "the association",
            "The association",
            "said",
        ),
    ];
    assert_rows_set_against(
        text,
        &rows,
        "Piet Amsel",
        "the association",
        "'fewer than 6% of patients' vs. 'roughly one patient in three'",
    );
    let other = text.replace("one patient in three", "one doctor in three");
    let rows = [
        rows[0],
        indirect(
            "roughly one doctor in three had paid part of the cost",
            "the association",
            "The association",
            "said",
        ),
    ];
    assert_rows_oppose_nothing(&other, &rows);
}

/// The operator's claim of the two tests below, and the union's rejection
/// summed up right after it.
const ACCOUNT_CLAIMED: ClaimRow<'static> = (
    Kind::Indirect,
    "the captain had strayed from the approved route",
    "Saltmere Lines",
    "Saltmere Lines",
    "said",
);
const ACCOUNT_REJECTED: ClaimRow<'static> = (
    Kind::Indirect,
    "an account",
    "Vellmark Seafarers' Union",
    "the Vellmark Seafarers' Union",
    "rejected",
);

/// `…, an account the captain's union rejected`: the rebuttal of a claim
/// summed up right after it is set against that claim's speaker.
#[test]
fn an_account_rejected_right_after_a_claim_rebuts_it() {
    let text = "Saltmere Lines said the captain had strayed from the approved route, an account the Vellmark Seafarers' Union rejected.\n\nThe union said the ship's steering had failed minutes before the grounding.\n";
    let analysis = claims(
        text,
        &[
            ACCOUNT_CLAIMED,
            ACCOUNT_REJECTED,
            indirect(
                "the ship's steering had failed minutes before the grounding",
                "Vellmark Seafarers' Union",
                "The union",
                "said",
            ),
        ],
    );
    assert_sets_against(
        text,
        &analysis,
        "Vellmark Seafarers' Union",
        "Saltmere Lines",
        "'an account the Vellmark Seafarers' Union rejected'",
    );
}

/// The summing up rebuts the claim it sums up, not the next claim of the
/// same speaker as a rebuttal of a person would (`14 passengers had been
/// treated …` is no account the union rejected).
#[test]
fn an_account_rejected_rebuts_only_the_claim_it_sums_up() {
    let text = "Saltmere Lines said the captain had strayed from the approved route, an account the Vellmark Seafarers' Union rejected.\n\nSaltmere said 14 passengers had been treated for minor injuries.\n";
    let documents = [(
        text,
        &claims(
            text,
            &[
                ACCOUNT_CLAIMED,
                ACCOUNT_REJECTED,
                indirect(
                    "14 passengers had been treated for minor injuries",
                    "Saltmere Lines",
                    "Saltmere",
                    "said",
                ),
            ],
        ),
    )];
    let opposed: Vec<(String, String)> = pairs(&documents, &run(&documents))
        .into_iter()
        .filter(|pair| pair.0 == Relation::Opposes)
        .map(|pair| (pair.2, pair.4))
        .collect();
    assert_eq!(
        opposed,
        [(
            "an account".to_string(),
            "the captain had strayed from the approved route".to_string()
        )],
        "{opposed:?}"
    );
}

/// `the captain's union` said something: the union is no captain, so
/// `the captain` in a later claim names no speaker (it had set an
/// accusation that spoke of the captain against the union).
#[test]
fn a_role_that_owns_the_speakers_noun_is_not_the_speakers_role() {
    let text = "The operator said the captain had strayed from the route.\n\nThe captain's union said the steering had failed.\n\nTomas Berglund accused the operator of \"hanging the captain out to dry\".\n";
    let analysis = claims(
        text,
        &[
            indirect(
                "the captain had strayed from the route",
                "operator",
                "The operator",
                "said",
            ),
            indirect(
                "the steering had failed",
                "captain's union",
                "The captain's union",
                "said",
            ),
            (
                Kind::Partial,
                "hanging the captain out to dry",
                "Tomas Berglund",
                "Tomas Berglund",
                "accused",
            ),
        ],
    );
    let opposed = opposed(text, &analysis);
    let pairs_them = |(a, b, _): &(String, String, Vec<String>)| {
        let sides = [a.as_str(), b.as_str()];
        sides.contains(&"Tomas Berglund") && sides.contains(&"captain's union")
    };
    assert!(!opposed.iter().any(pairs_them), "{opposed:?}");
}

/// `accused Saltmere of "hanging the captain out to dry"`: the accused
/// stands between the cue and the quote, named by a word of a speaker's
/// name that no speaker mention holds, and the accusation is set against
/// what the accused said.
#[test]
fn an_accusation_before_its_quote_is_set_against_the_accused() {
    let text = "Saltmere Lines said the captain had strayed from the approved route.\n\nIts general secretary, Tomas Berglund, accused Saltmere of \"hanging the captain out to dry\".\n";
    let analysis = claims(
        text,
        &[
            indirect(
                "the captain had strayed from the approved route",
                "Saltmere Lines",
                "Saltmere Lines",
                "said",
            ),
            (
                Kind::Partial,
                "hanging the captain out to dry",
                "Tomas Berglund",
                "Tomas Berglund",
                "accused",
            ),
        ],
    );
    assert_sets_against(
        text,
        &analysis,
        "Tomas Berglund",
        "Saltmere Lines",
        "'accused Saltmere of'",
    );
}

/// A rebuttal of a person is set against that person's claims on its
/// topic (two keys shared) before nearer ones: `accused Clinton of being
/// too cozy with Wall Street and the financial industry` answers her `no
/// daylight … on Wall Street and the banking industry`, not her travel
/// plans said since.
#[test]
fn a_rebuttal_of_a_person_answers_their_claim_on_its_topic_first() {
    let text = "Hillary Clinton said there was no daylight between their plans on Wall Street and the banking industry.\n\nClinton said she would visit Iowa on Monday. She said she would speak in Dubuque.\n\nBernie Sanders accused Clinton of being too cozy with Wall Street and the financial industry.\n";
    let analysis = claims(
        text,
        &[
            indirect(
                "there was no daylight between their plans on Wall Street and the banking industry",
                "Hillary Clinton",
                "Hillary Clinton",
                "said",
            ),
            indirect("she would visit Iowa on Monday", "Hillary Clinton", "Clinton", "said"),
            indirect("she would speak in Dubuque", "Hillary Clinton", "She", "said"),
            indirect(
                "Clinton of being too cozy with Wall Street and the financial industry",
                "Bernie Sanders",
                "Bernie Sanders",
                "accused",
            ),
        ],
    );
    let documents = [(text, &analysis)];
    let found = pairs(&documents, &run(&documents));
    let answered: Vec<&str> = found
        .iter()
        .filter(|pair| pair.0 == Relation::Opposes)
        .map(|(_, a, claim_a, _, claim_b, _)| if a == "Bernie Sanders" { claim_b } else { claim_a }.as_str())
        .collect();
    assert!(
        answered.contains(&"there was no daylight between their plans on Wall Street and the banking industry"),
        "{found:?}"
    );
}

/// `accused the bureau of …`: a body's noun after `the`, in a claim, is
/// the body the speaker stage resolves it to, so the accusation is set
/// against what that body said.
#[test]
fn an_accusation_of_a_body_by_its_noun_is_set_against_the_body() {
    let text = "The Vesk Environmental Protection Bureau said the dam had been inspected twice last year.\n\nSelin Marchbank accused the bureau of waving the work through without proper checks.\n";
    let analysis = claims(
        text,
        &[
            indirect(
                "the dam had been inspected twice last year",
                "Vesk Environmental Protection Bureau",
                "The Vesk Environmental Protection Bureau",
                "said",
            ),
            indirect(
                "the bureau of waving the work through without proper checks",
                "Selin Marchbank",
                "Selin Marchbank",
                "accused",
            ),
        ],
    );
    assert_sets_against(
        text,
        &analysis,
        "Selin Marchbank",
        "Vesk Environmental Protection Bureau",
        "'accused the bureau of'",
    );
}

/// `denied that staff had raised any such concerns`: `such` and its noun
/// speak of what was just reported, so the denial is set against the
/// source before it, though the clause it denies names no one.
#[test]
fn a_denial_of_any_such_thing_answers_the_source_before() {
    let text = "According to a member of the IT staff, engineers had warned managers last autumn that real data was copied.\n\nRosalind Achterberg denied that staff had raised any such concerns.\n";
    let analysis = claims(
        text,
        &[
            indirect(
                "engineers had warned managers last autumn that real data was copied",
                "a member of the IT staff",
                "a member of the IT staff",
                "According to",
            ),
            indirect(
                "staff had raised any such concerns",
                "Rosalind Achterberg",
                "Rosalind Achterberg",
                "denied",
            ),
        ],
    );
    assert_sets_against(
        text,
        &analysis,
        "Rosalind Achterberg",
        "a member of the IT staff",
        "'denied that staff had raised any such concerns'",
    );
}
