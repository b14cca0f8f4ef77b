use crate::Analyzer;

/// One quote as the tests see it: quote, kind, speaker, cue, recipient.
type Row<'t> = (&'t str, &'t str, Option<&'t str>, Option<&'t str>, Option<&'t str>);

/// Each quote of `text` as `(quote, kind, speaker, cue, recipient)`.
fn check(text: &str, expected: &[Row]) {
    let analysis = Analyzer::new().analyze(text);
    let found: Vec<Row> = analysis
        .quotes
        .iter()
        .filter(|quote| quote.kind != crate::Kind::Indirect)
        .map(|quote| {
            (
                quote.span.of(text),
                quote.kind.as_str(),
                quote.speaker.as_deref(),
                quote.cue.map(|cue| cue.of(text)),
                quote.recipient.as_deref(),
            )
        })
        .collect();
    assert_eq!(found, expected, "in {text:?}");
}

#[test]
fn quote_then_speaker_then_cue() {
    check(
        "\"His only crime is his Kazakh identity,\" Bikamal Kaken told AFP.",
        &[(
            "His only crime is his Kazakh identity,",
            "direct",
            Some("Bikamal Kaken"),
            Some("told"),
            Some("AFP"),
        )],
    );
}

#[test]
fn quote_then_cue_then_speaker() {
    check(
        "\"We will not back down,\" said Maria Lopez, a council member.",
        &[(
            "We will not back down,",
            "direct",
            Some("Maria Lopez"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn appositive_between_speaker_and_cue() {
    check(
        "\"I am so worried,\" Ana Diaz, a nurse who now lives in Lima, told reporters through tears.",
        &[(
            "I am so worried,",
            "direct",
            Some("Ana Diaz"),
            Some("told"),
            Some("reporters"),
        )],
    );
}

#[test]
fn speaker_then_colon() {
    check(
        "The mayor, Tom Reed, said: \"The report is wrong.\"",
        &[("The report is wrong.", "direct", Some("Tom Reed"), Some("said"), None)],
    );
}

#[test]
fn split_quote_with_comma() {
    check(
        "\"We waited,\" Tom Reed said, \"and nothing came.\"",
        &[
            ("We waited,", "direct", Some("Tom Reed"), Some("said"), None),
            ("and nothing came.", "direct", Some("Tom Reed"), Some("said"), None),
        ],
    );
}

#[test]
fn split_quote_with_full_stop_follows_on() {
    check(
        "\"We waited a year,\" Tom Reed said. \"We regret it now.\"",
        &[
            ("We waited a year,", "direct", Some("Tom Reed"), Some("said"), None),
            ("We regret it now.", "direct", Some("Tom Reed"), None, None),
        ],
    );
}

#[test]
fn according_to() {
    check(
        "According to the ministry, \"the border stays closed.\"",
        &[("the border stays closed.", "direct", Some("ministry"), None, None)],
    );
}

#[test]
fn partial_quote_in_reporting_clause() {
    check(
        "Mayor Jane Holt spoke first. Her plan was \"a disaster in waiting,\" he told the Daily Herald, a local newspaper.",
        &[(
            "a disaster in waiting,",
            "partial",
            Some("Jane Holt"),
            Some("told"),
            Some("Daily Herald"),
        )],
    );
}

#[test]
fn cue_earlier_in_clause() {
    check(
        "Gu Ming also informed Tom Reed that the embassy would \"take action against you\" soon.",
        &[(
            "take action against you",
            "partial",
            Some("Gu Ming"),
            Some("informed"),
            Some("Tom Reed"),
        )],
    );
}

#[test]
fn described_as() {
    check(
        "Senator Ann Moss described the bill as \"a gift to polluters.\"",
        &[(
            "a gift to polluters.",
            "partial",
            Some("Ann Moss"),
            Some("described"),
            None,
        )],
    );
}

#[test]
fn speaker_in_paragraph_before() {
    check(
        "Ann Moss, the committee chair, said:\n\n\"We will vote on Monday.\"",
        &[(
            "We will vote on Monday.",
            "direct",
            Some("Ann Moss"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn pronoun_goes_to_last_person_of_its_gender() {
    check(
        "Ann Moss chairs the committee. She has served since 2010.\n\n\"We will vote,\" she said.",
        &[("We will vote,", "direct", Some("Ann Moss"), Some("said"), None)],
    );
}

#[test]
fn surname_goes_to_full_name() {
    check(
        "Ann Moss chairs the committee.\n\n\"We will vote,\" Moss said.",
        &[("We will vote,", "direct", Some("Ann Moss"), Some("said"), None)],
    );
}

#[test]
fn groups_speak() {
    check(
        "\"The camps must close,\" rights groups said.",
        &[(
            "The camps must close,",
            "direct",
            Some("rights groups"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn scare_quote_is_a_term() {
    check(
        "The detention centres are vocational \"training\" facilities.",
        &[("training", "term", None, None, None)],
    );
}

#[test]
fn heading_is_not_speech() {
    check("- 'Full of lies' -", &[("Full of lies", "heading", None, None, None)]);
}

#[test]
fn titles_are_not_part_of_names() {
    check(
        "\"It is wrong,\" said Senate Majority Leader Mitch McConnell.",
        &[("It is wrong,", "direct", Some("Mitch McConnell"), Some("said"), None)],
    );
    check(
        "\"We disagree,\" Assistant U.S. Attorney Maya D. Song said.",
        &[("We disagree,", "direct", Some("Maya D. Song"), Some("said"), None)],
    );
}

/// Found by the contrast property test: a quote whose only following token
/// is a comma at the end of the text.
#[test]
fn comma_after_final_quote_does_not_panic() {
    let analysis = Analyzer::new().analyze("“ Ann Lee \" ,");
    assert!(analysis.quotes.iter().all(|quote| quote.speaker.is_none()));
}

/// A first line with an attributed quote is a sentence, not a headline.
#[test]
fn attributed_first_line_is_not_a_headline() {
    let text =
        "\"We deeply regret this now,\" Baibolat Kunbolat told AFP on Friday, in Almaty.\n\nHe spoke again later.";
    let analysis = Analyzer::new().analyze(text);
    assert_eq!(analysis.quotes[0].kind, crate::Kind::Direct);
    assert_eq!(analysis.quotes[0].speaker.as_deref(), Some("Baibolat Kunbolat"));
}

/// The first quote's mention as written and its speaker.
fn first_speaker(text: &str) -> (Option<&str>, Option<String>) {
    let analysis = Analyzer::new().analyze(text);
    let quote = &analysis.quotes[0];
    (quote.mention.map(|span| span.of(text)), quote.speaker.clone())
}

#[test]
fn colon_after_a_subject_without_speech_verb() {
    let text =
        "Senator Kerry put it this way:\n\n\"These assessments do not apply to the system used by the principals.\"\n";
    assert_eq!(first_speaker(text).0, Some("Senator Kerry"));
}

#[test]
fn coordinated_verb_takes_the_sentence_subject() {
    let text =
        "Eight years ago, he supported Barack Obama over Clinton and said, \"Clinton has never done anything for us.\"";
    assert_eq!(first_speaker(text).0, Some("he"));
}

#[test]
fn as_speaker_said_after_the_quote() {
    let text = "The race \"is a dead heat right now,\" as Cruz said on a radio program on Monday.";
    assert_eq!(first_speaker(text).1.as_deref(), Some("Cruz"));
}

#[test]
fn a_statement_saying_is_not_the_speaker() {
    let text = "At the time, Ms. Diaz released a statement saying, \"We are confident that they share our vision.\"";
    assert_eq!(first_speaker(text).1.as_deref(), Some("Diaz"));
}

#[test]
fn agency_and_role_before_a_name() {
    let text = "\"This is a broad statute,\" former FBI agent Timothy Gill explained.";
    assert_eq!(first_speaker(text).1.as_deref(), Some("Timothy Gill"));
}

/// [`Matcher::noun_phrase_reach`] only skips starts from which no speaker
/// ends where asked: checked for every start and end in the corpus texts.
#[test]
fn speakers_never_start_before_their_reach() {
    let grammar = crate::Grammar::builtin();
    let texts = [
        include_str!("../../corpus/afp-2020-10-23-kazakhs-xinjiang.txt"),
        include_str!("../../corpus/mayor-council.txt"),
        "Sen. Ted Cruz (R-Tex.), a former solicitor general, said: \"No.\" The U.S. ambassador to the U.N., Nikki Haley (a Republican) said so. 3 officials - one of them J. R. Smith's aide (unnamed; in D.C.) - told us.",
    ];
    for text in texts {
        let doc = crate::segment::Document::new(text, grammar);
        let tags = crate::tag::Tags::new(&doc, grammar);
        let matcher = super::Matcher::new(&doc, &tags);
        for end in 1..=doc.tokens.len() {
            let from = end.saturating_sub(super::MAX_SPEAKER + super::MAX_APPOSITIVE);
            let reach = matcher.noun_phrase_reach(from, end);
            for start in from..reach {
                assert!(
                    !matcher.speaker_ends(start, end).contains(&end),
                    "a speaker from {:?} to {:?} starts before its reach {:?}",
                    doc.word(start),
                    doc.word(end - 1),
                    doc.word(reach),
                );
            }
        }
    }
}
