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
        "Mayor Tom Holt spoke first. The plan was \"a disaster in waiting,\" he told the Daily Herald, a local newspaper.",
        &[(
            "a disaster in waiting,",
            "partial",
            Some("Tom Holt"),
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
fn role_of_several_words_before_an_inverted_speaker() {
    check(
        "\"Thanks for coming,\" said master of ceremonies Asab Al-Tabchi, a Syrian engineer.",
        &[(
            "Thanks for coming,",
            "direct",
            Some("Asab Al-Tabchi"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn a_given_name_tells_whom_a_pronoun_points_to() {
    // With no Mr or Ms, the nearer `Sullivan` took the `she`.
    let text = "Dianne Feinstein chairs the panel. Jake Sullivan wrote the emails.\n\n\"I don't know anything about the emails,\" she said.\n";
    let quote = quote_where(text, |quote| quote.span.of(text).starts_with("I don't"));
    assert_eq!(quote.speaker.as_deref(), Some("Dianne Feinstein"));
    // What the document states comes first: `spokeswoman` over a
    // male-listed given name.
    let text = "Spokeswoman Michael Ruiz said the plan was sound. Tom Hale said he doubted it.\n\n\"We will \
                win,\" she said.\n";
    let quote = quote_where(text, |quote| quote.span.of(text) == "We will win,");
    assert_eq!(quote.speaker.as_deref(), Some("Michael Ruiz"));
}

#[test]
fn a_role_noun_names_a_person_of_its_gender() {
    let speaker = |text: &str| quote_where(text, |quote| quote.span.of(text) == "We will win.").speaker;
    // Not the body the role word comes next to.
    let text = "In emails released by the State Department, the candidate showed little concern.\n\nThe \
                candidate said, \"We will win.\"\n";
    assert_eq!(speaker(text).as_deref(), Some("candidate"));
    // `the businessman` is no woman: as written, when no man is at hand.
    let text = "Ana Ruiz, a lawyer, spoke first.\n\nThe businessman said, \"We will win.\"\n";
    assert_eq!(speaker(text).as_deref(), Some("businessman"));
}

#[test]
fn it_names_a_body_and_i_the_writer() {
    // `it` goes back past the person to the ministry.
    check(
        "The Health Ministry said that Ann Moss would lead the inquiry.\n\n\"We will vote,\" it said.",
        &[("We will vote,", "direct", Some("Health Ministry"), Some("said"), None)],
    );
    // Nor a body in the plural.
    check(
        "The Health Ministry said that Ann Moss would lead the inquiry.\n\nThe Democrats said they agreed.\n\n\"We will vote,\" it said.",
        &[("We will vote,", "direct", Some("Health Ministry"), Some("said"), None)],
    );
    // With no body before it, `it` is no one, never the nearest person.
    check(
        "Ann Moss read the report.\n\n\"We will vote,\" it said.",
        &[("We will vote,", "direct", None, Some("said"), None)],
    );
    // `I` outside quote marks is the writer, not the judge.
    check(
        "The judge Ann Moss then turned to me.\n\n\"Your Honor,\" I said, \"I was seventeen.\"",
        &[
            ("Your Honor,", "direct", None, Some("said"), None),
            ("I was seventeen.", "direct", None, Some("said"), None),
        ],
    );
}

#[test]
fn a_he_or_she_is_no_institution() {
    // `the White House` speaks, but it is no `she`; nor is `Mercury LLC`.
    check(
        "Maria Lopez runs the shop. \"The plan is sound,\" according to a statement from the White House.\n\n\"We are done here,\" she added.",
        &[
            ("The plan is sound,", "direct", Some("White House"), None, None),
            ("We are done here,", "direct", Some("Maria Lopez"), Some("added"), None),
        ],
    );
    check(
        "Ann Moss met the lobbyists of Mercury LLC.\n\n\"We are done here,\" she said.",
        &[("We are done here,", "direct", Some("Ann Moss"), Some("said"), None)],
    );
}

#[test]
fn a_name_inside_quote_marks_is_no_antecedent_of_a_pronoun_outside() {
    check(
        "Ann Moss chairs the committee.\n\n\"Carla Diaz knows the plan,\" she said.",
        &[(
            "Carla Diaz knows the plan,",
            "direct",
            Some("Ann Moss"),
            Some("said"),
            None,
        )],
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
    // A full stop after the closing dash, as some conversions add.
    check(
        "She spoke.\n\n– ‘Who cares?’ –.\n\nThe crowd roared.",
        &[("Who cares?", "heading", None, None, None)],
    );
    // A quote alone on its line with a full stop after it is no heading.
    check(
        "The crowd roared.\n\n‘Who cares?’ .",
        &[("Who cares?", "direct", Some("crowd"), Some("roared"), None)],
    );
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
/// The first quote of the analysis of `text` that `pick` chooses.
fn quote_where(text: &str, pick: impl Fn(&crate::Quote) -> bool) -> crate::Quote {
    let analysis = Analyzer::new().analyze(text);
    analysis
        .quotes
        .into_iter()
        .find(|quote| pick(quote))
        .expect("a quote that fits")
}

/// The first quote of `text` that is no reported speech.
fn speech_quote(text: &str) -> crate::Quote {
    quote_where(text, |quote| quote.kind != crate::Kind::Indirect)
}

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
fn as_speaker_put_it_with_an_appositive_and_a_colon() {
    check(
        "As Ana Ruiz, the deputy leader of the council, put it: \"This plan will not pass.\"",
        &[("This plan will not pass.", "direct", Some("Ana Ruiz"), None, None)],
    );
}

#[test]
fn as_speaker_puts_it_holds_for_a_quote_later_in_the_sentence() {
    // Not the clause's own subject: the quote is the columnist's phrase.
    check(
        "As The Post's Dana Hale puts it, Lee is trying to make his rivals \"an offer they can't refuse.\"",
        &[("an offer they can't refuse.", "partial", Some("Dana Hale"), None, None)],
    );
}

#[test]
fn a_question_put_to_the_subject_of_a_passive_is_not_theirs() {
    check(
        "Ana Ruiz was asked, \"Would you run again?\" She answered, \"I have no idea.\"",
        &[
            ("Would you run again?", "partial", None, None, None),
            ("I have no idea.", "direct", Some("Ana Ruiz"), Some("answered"), None),
        ],
    );
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

#[test]
fn signature_line_under_a_quote() {
    check(
        "The debate ran late.\n\n\"We will fix the roads before winter.\"\n\n- Ana Ruiz, mayor of Springfield.\n\nShe has said so before.",
        &[(
            "We will fix the roads before winter.",
            "direct",
            Some("Ana Ruiz"),
            None,
            None,
        )],
    );
    check(
        "The debate ran late.\n\n\"The bridge is safe.\" —Governor Tom Hale, on the radio.",
        &[("The bridge is safe.", "direct", Some("Tom Hale"), None, None)],
    );
}

#[test]
fn a_heading_between_dashes_is_no_signature() {
    // AFP's subheads stand between dashes under the last quote of a section.
    check(
        "The debate ran late.\n\nAna Ruiz spoke.\n\n\"We will fix the roads before winter.\"\n\n– An engineer herself –.\n\nShe has said so before.",
        &[(
            "We will fix the roads before winter.",
            "direct",
            Some("Ana Ruiz"),
            Some("spoke"),
            None,
        )],
    );
}

#[test]
fn a_new_sentence_that_reports_a_clause_is_not_the_quotes() {
    check(
        "The debate ran late.\n\nDavid Axelrod emailed her, telling her, “you are an all-star player!” She replied to him that it was an honor.",
        &[(
            "you are an all-star player!",
            "partial",
            Some("David Axelrod"),
            Some("telling"),
            Some("her"),
        )],
    );
}

#[test]
fn name_and_colon_after_a_dash_or_alone() {
    check(
        "POLLS WERE NOT WRONG - Ann Lee: \"The polls just stopped too early this year.\"",
        &[(
            "The polls just stopped too early this year.",
            "direct",
            Some("Ann Lee"),
            None,
            None,
        )],
    );
    check(
        "Sen. Mary Hollis (D-Ore.): \"I have never heard anyone cite that figure.\"",
        &[(
            "I have never heard anyone cite that figure.",
            "direct",
            Some("Mary Hollis"),
            None,
            None,
        )],
    );
    // A name introduced by its role ends the sentence before the colon,
    // with no verb of speech before it.
    check(
        "Title.\n\nThe surge does not surprise Republican pollster Daron Shaw: \"Lesser-known candidates have seen the biggest boost.\"",
        &[(
            "Lesser-known candidates have seen the biggest boost.",
            "direct",
            Some("Daron Shaw"),
            None,
            None,
        )],
    );
}

#[test]
fn partial_quote_in_a_reported_clause_belongs_to_the_outer_speaker() {
    check(
        "Mayor Ana Ruiz said that the council called the report \"a pack of errors\" last week.",
        &[("a pack of errors", "partial", Some("Ana Ruiz"), Some("said"), None)],
    );
    check(
        "Tom Hale said he believes the bridge is \"perfectly safe\" for now.",
        &[("perfectly safe", "partial", Some("Tom Hale"), Some("said"), None)],
    );
}

#[test]
fn unlisted_verb_with_a_particle() {
    check(
        "\"You are not ready for this job,\" Ana Ruiz shot back.",
        &[(
            "You are not ready for this job,",
            "direct",
            Some("Ana Ruiz"),
            Some("shot back"),
            None,
        )],
    );
}

#[test]
fn quote_after_a_quote_that_ended_its_sentence_has_its_own_speaker() {
    check(
        "Tom Hale said the plan was \"a good start.\" But, said Ana Ruiz, \"it is not enough.\"",
        &[
            ("a good start.", "partial", Some("Tom Hale"), Some("said"), None),
            ("it is not enough.", "direct", Some("Ana Ruiz"), Some("said"), None),
        ],
    );
}

#[test]
fn a_full_stop_inside_the_marks_ends_the_sentence() {
    check(
        "Ana Ruiz called the plan \"a failure of nerve.\" Tom Hale turned to \"the budget gap in the city\" instead.",
        &[
            ("a failure of nerve.", "partial", Some("Ana Ruiz"), Some("called"), None),
            ("the budget gap in the city", "partial", Some("Tom Hale"), None, None),
        ],
    );
}

#[test]
fn possessive_pronoun_opens_a_speaker() {
    check(
        "\"He had so many plans for the town,\" his friend Omar Haddad told the website.",
        &[(
            "He had so many plans for the town,",
            "direct",
            Some("Omar Haddad"),
            Some("told"),
            Some("website"),
        )],
    );
}

#[test]
fn capitalized_function_word_in_mid_sentence_is_a_name() {
    check(
        "\"The costs keep rising every year,\" said Will Doyle, a professor.",
        &[(
            "The costs keep rising every year,",
            "direct",
            Some("Will Doyle"),
            Some("said"),
            None,
        )],
    );
    check(
        "\"The times have changed since the crisis,\" From said.",
        &[(
            "The times have changed since the crisis,",
            "direct",
            Some("From"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn aside_without_its_closing_comma_after_a_quote() {
    check(
        "\"There are no ballots to recount,\" Sam Lau, the spokesman for the state party said in a statement.",
        &[(
            "There are no ballots to recount,",
            "direct",
            Some("Sam Lau"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn gerund_with_its_own_subject_after_with() {
    check(
        "Members were irritated by the plan, with Sen. Ana Ruiz calling it \"a wish list.\"",
        &[("a wish list.", "partial", Some("Ana Ruiz"), Some("calling"), None)],
    );
}

#[test]
fn quote_after_a_reported_clause_belongs_to_the_outer_speaker() {
    check(
        "Tom Hale said that Ana Ruiz told him: \"The bridge will close in May.\"",
        &[(
            "The bridge will close in May.",
            "direct",
            Some("Tom Hale"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn according_to_names_the_outermost_source() {
    check(
        "\"Do not protest on the floor,\" Ana Ruiz said, according to the Gazette.",
        &[(
            "Do not protest on the floor,",
            "direct",
            Some("Gazette"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn speech_verb_in_the_paragraph_before_a_bare_quote() {
    check(
        "Tom Hale continued his remarks.\n\n\"Eight years ago the bridge was new, and now it is falling apart.\"",
        &[(
            "Eight years ago the bridge was new, and now it is falling apart.",
            "direct",
            Some("Tom Hale"),
            Some("continued"),
            None,
        )],
    );
    // A quote with its own attribution after it keeps that one.
    check(
        "Tom Hale continued his remarks.\n\n\"The bridge is new and safe for all of us,\" winked Ana Ruiz of Springfield.",
        &[("The bridge is new and safe for all of us,", "direct", None, None, None)],
    );
}

/// A paragraph of quotes one to a line, after a paragraph with a speech
/// verb: each line is the speaker's, as a paragraph of one quote would be.
#[test]
fn speech_verb_in_the_paragraph_before_quotes_one_to_a_line() {
    check(
        "Voters learned little, since Tom Hale spoke only in bromides during the interview.\n\n\
         \"We have to do something about the bridge.\"\u{a0}\n\"We have to be a lot tougher.\"\n\
         \"We are not fighting it strongly enough.\"",
        &[
            (
                "We have to do something about the bridge.",
                "direct",
                Some("Tom Hale"),
                Some("spoke"),
                None,
            ),
            (
                "We have to be a lot tougher.",
                "direct",
                Some("Tom Hale"),
                Some("spoke"),
                None,
            ),
            (
                "We are not fighting it strongly enough.",
                "direct",
                Some("Tom Hale"),
                Some("spoke"),
                None,
            ),
        ],
    );
    // (Not a quote whose paragraph goes on in words on the next line.)
    check(
        "Tom Hale continued his remarks.\n\n\"The bridge is new and safe for all of us.\"\nAna Ruiz winked.",
        &[("The bridge is new and safe for all of us.", "direct", None, None, None)],
    );
}

#[test]
fn trailing_cue_with_a_phrase_after_it() {
    check(
        "The council had \"lost its way\" on housing, Ana Ruiz said in a video message to the voters.",
        &[("lost its way", "partial", Some("Ana Ruiz"), Some("said"), None)],
    );
}

#[test]
fn participle_cue_takes_the_subject_of_the_verb_it_hangs_on() {
    check(
        "The mayor and the council will meet next week, Tom Hale said, adding, \"They need a good talk.\"",
        &[(
            "They need a good talk.",
            "direct",
            Some("Tom Hale"),
            Some("adding"),
            None,
        )],
    );
}

#[test]
fn quote_after_a_sentence_with_a_cue_in_the_same_paragraph() {
    check(
        "Gloria Garcia, 19, spoke first. \"We need change,\" she said.\n\nMaria Lopez has another view. She says people should choose. \"It is their life, and they are not hurting anybody.\"",
        &[
            ("We need change,", "direct", Some("Gloria Garcia"), Some("said"), None),
            (
                "It is their life, and they are not hurting anybody.",
                "direct",
                Some("Maria Lopez"),
                Some("says"),
                None,
            ),
        ],
    );
}

#[test]
fn two_names_share_a_cue() {
    check(
        "\"The bridge will close in May,\" Ana Ruiz and Tom Hale wrote.",
        &[(
            "The bridge will close in May,",
            "direct",
            Some("Ana Ruiz and Tom Hale"),
            Some("wrote"),
            None,
        )],
    );
}

#[test]
fn name_at_the_start_of_a_title_case_line() {
    check(
        "Ten moments of the year.\n\n4\nAna Ruiz Asked Voters Everywhere To \"Read The Fine Print.\"\n\nShe spoke in May.",
        &[("Read The Fine Print.", "partial", Some("Ana Ruiz"), None, None)],
    );
}

#[test]
fn plural_noun_spelled_like_a_speech_verb_is_no_cue() {
    check(
        "Ana Ruiz said the agency had marked 22 emails as \"top secret\" last year.",
        &[("top secret", "partial", Some("Ana Ruiz"), Some("said"), None)],
    );
}

#[test]
fn gerunds_with_their_own_subjects_in_one_sentence() {
    check(
        "Both sides spoke, Ana Ruiz saying she was \"very encouraged\" and Tom Hale calling it a \"great meeting.\"",
        &[
            ("very encouraged", "partial", Some("Ana Ruiz"), Some("saying"), None),
            ("great meeting.", "partial", Some("Tom Hale"), Some("calling"), None),
        ],
    );
}

#[test]
fn went_on_to_say_and_a_full_stop_for_a_comma() {
    check(
        "Ana Ruiz went on to say: \"We want this to end now and we mean it.\"",
        &[(
            "We want this to end now and we mean it.",
            "direct",
            Some("Ana Ruiz"),
            Some("say"),
            None,
        )],
    );
    check(
        "He spoke on Tuesday. \"If you are listening, find the missing files.\" Tom Hale said.",
        &[(
            "If you are listening, find the missing files.",
            "direct",
            Some("Tom Hale"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn hyphenated_place_modifier_before_a_name() {
    check(
        "\"The race is far from over now,\" Ohio-based consultant Matt Lee said.",
        &[(
            "The race is far from over now,",
            "direct",
            Some("Matt Lee"),
            Some("said"),
            None,
        )],
    );
    check(
        "\"The race is far from over now,\" Texas-based Matt Lee said.",
        &[(
            "The race is far from over now,",
            "direct",
            Some("Matt Lee"),
            Some("said"),
            None,
        )],
    );
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
        // Function words inside noun phrases: `of`, `and`, `first`, `de`,
        // `himself`, a word joined by a hyphen, a role's preposition.
        "The aide who is the first lady's chief of staff said it was a stand-in. Charles de Gaulle himself had said that some of the men and one of those advisers for the mayor told him. It is what the secretary of state and Ruiz at the embassy said.",
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

#[test]
fn outer_cue_with_an_auxiliary() {
    check(
        "Title.\n\nTom Hale did say he found the mayor \"very charming\" at the time.",
        &[("very charming", "partial", Some("Tom Hale"), Some("say"), None)],
    );
}

#[test]
fn reporting_verb_after_the_speaker_of_a_question() {
    check(
        "Title.\n\n\"Would the plan cover the old bridge as well?\" Ana Ruiz pressed.",
        &[(
            "Would the plan cover the old bridge as well?",
            "direct",
            Some("Ana Ruiz"),
            Some("pressed"),
            None,
        )],
    );
}

#[test]
fn capital_us_is_no_pronoun() {
    check(
        "Title.\n\n\"I am proud to stand here,\" US Senator Ana Ruiz said.",
        &[(
            "I am proud to stand here,",
            "direct",
            Some("Ana Ruiz"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn long_title_name_and_party_tag() {
    check(
        "Title.\n\n\"We need a fair share,\" Senate Minority Leader Harry M. Reid (D-Nev.) said in a statement.",
        &[(
            "We need a fair share,",
            "direct",
            Some("Harry M. Reid"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn another_alone_is_a_speaker() {
    check(
        "Title.\n\n\"It will be fine,\" one voter said. Yet another said, \"It will be a long night for all of us.\"",
        &[
            ("It will be fine,", "direct", Some("one voter"), Some("said"), None),
            (
                "It will be a long night for all of us.",
                "direct",
                Some("another"),
                Some("said"),
                None,
            ),
        ],
    );
}

#[test]
fn coordinated_roles_and_names_share_a_cue() {
    check(
        "Title.\n\n\"Syria is a paranoid, isolated nation,\" the Vermont senator and presidential candidate said.\n\n\
         \"We will win this fight,\" state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans, \
         said in a statement.",
        &[
            (
                "Syria is a paranoid, isolated nation,",
                "direct",
                Some("Vermont senator and presidential candidate"),
                Some("said"),
                None,
            ),
            (
                "We will win this fight,",
                "direct",
                Some("Phil Berger and Tim Moore"),
                Some("said"),
                None,
            ),
        ],
    );
}

#[test]
fn aside_with_a_quoted_name_in_it() {
    check(
        "Title.\n\n\"We have had better years,\" delegate Bill Eastland, wearing a hat and \"Cruz\" pins, said.",
        &[
            (
                "We have had better years,",
                "direct",
                Some("Bill Eastland"),
                Some("said"),
                None,
            ),
            ("Cruz", "term", None, None, None),
        ],
    );
}

#[test]
fn present_tense_after_a_plural_speaker() {
    check(
        "Title.\n\n\"It is bad for all of us,\" critics say.\n\n\"We stand with our allies,\" the Saudis state in the paper.\n\n\
         \"They want a wall,\" they conclude.",
        &[
            ("It is bad for all of us,", "direct", Some("critics"), Some("say"), None),
            (
                "We stand with our allies,",
                "direct",
                Some("Saudis"),
                Some("state"),
                None,
            ),
            ("They want a wall,", "direct", Some("Saudis"), Some("conclude"), None),
        ],
    );
}

#[test]
fn gerund_modifier_before_a_role() {
    check(
        "Title.\n\n\"It is a stretch for them,\" former policy planning director Anne-Marie Slaughter wrote.",
        &[(
            "It is a stretch for them,",
            "direct",
            Some("Anne-Marie Slaughter"),
            Some("wrote"),
            None,
        )],
    );
}

#[test]
fn name_of_an_institution() {
    check(
        "Title.\n\n\"It is a stretch for them,\" Jeffrey Lewis of the James Martin Center for Nonproliferation Studies said.",
        &[(
            "It is a stretch for them,",
            "direct",
            Some("Jeffrey Lewis"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn speaker_never_starts_inside_a_name_or_a_prepositional_phrase() {
    check(
        "Title.\n\nIn a statement to the Observer, her senior policy adviser, Jake Sullivan, said: \"We are ready for it.\"\n\n\
         Tuesday at Baldwin Wallace University in Berea, OH, after winning the primary, Gov. John Kasich (R-OH), said, \
         \"I am getting ready to travel.\"",
        &[
            (
                "We are ready for it.",
                "direct",
                Some("Jake Sullivan"),
                Some("said"),
                None,
            ),
            (
                "I am getting ready to travel.",
                "direct",
                Some("John Kasich"),
                Some("said"),
                None,
            ),
        ],
    );
}

#[test]
fn they_goes_to_the_nearest_group() {
    check(
        "Title.\n\n\"The plan is a disaster,\" rights groups said on Monday, and Mayor Ana Ruiz disagreed.\n\n\
         \"We will go to court over it,\" they added.",
        &[
            (
                "The plan is a disaster,",
                "direct",
                Some("rights groups"),
                Some("said"),
                None,
            ),
            (
                "We will go to court over it,",
                "direct",
                Some("rights groups"),
                Some("added"),
                None,
            ),
        ],
    );
}

#[test]
fn participle_takes_the_subject_not_a_place() {
    check(
        "Title.\n\nAt a town hall event in Salem, New Hampshire, Tom Hale went after Bush, calling him \"a total stiff.\"\n\n\
         Amid the uproar, Ana Ruiz defended the blacklist, saying it is needed to \"remember their names.\"",
        &[
            ("a total stiff.", "partial", Some("Tom Hale"), Some("calling"), None),
            (
                "remember their names.",
                "partial",
                Some("Ana Ruiz"),
                Some("saying"),
                None,
            ),
        ],
    );
}

#[test]
fn infinitive_cue_in_the_paragraph_before() {
    check(
        "Title.\n\nAna Ruiz was quick to add that the deal does not include the bridge.\n\n\"The bridge? Not negotiable.\"",
        &[(
            "The bridge? Not negotiable.",
            "direct",
            Some("Ana Ruiz"),
            Some("add"),
            None,
        )],
    );
}

#[test]
fn participle_after_an_earlier_quote_keeps_its_speaker() {
    check(
        "Title.\n\nTom Hale called the plan \"dangerous,\" warning against refugees coming from Syria, pledging to \"bomb the hell out of them.\"\n\n\
         Last year, in a talk with Ana Ruiz, Lee Chan said he welcomed the deal and added, \"I will sign it, no problem.\"",
        &[
            ("dangerous,", "partial", Some("Tom Hale"), Some("called"), None),
            (
                "bomb the hell out of them.",
                "partial",
                Some("Tom Hale"),
                Some("called"),
                None,
            ),
            (
                "I will sign it, no problem.",
                "direct",
                Some("Lee Chan"),
                Some("added"),
                None,
            ),
        ],
    );
}

#[test]
fn subject_before_a_relative_clause() {
    check(
        "Title.\n\nA White House official who spoke anonymously to discuss internal strategy said Wednesday, \
         \"Certainly there are talks with the campaign.\"",
        &[(
            "Certainly there are talks with the campaign.",
            "partial",
            Some("a White House official"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn a_name_given_by_a_participle_has_no_speaker() {
    check(
        "Title.\n\nOne message named a website linked to a group called the \"We The People Foundation.\"\n\n\
         Marcel Lazar, 44, known online as \"Guccifer,\" was extradited in 2014.\n\n\
         By July, the show was officially named \"The Pete Santilli Show,\" with Reynolds as co-host.\n\n\
         Trump says in the spot titled \"Dangerous,\" that he will act.\n\n\
         Tom Hale called the plan \"a total disaster for the town.\"\n\n\
         Following an outcry from the senator, the bill, known as the \"Justice Act\" was passed.",
        &[
            ("We The People Foundation.", "partial", None, None, None),
            ("Guccifer,", "partial", None, None, None),
            ("The Pete Santilli Show,", "partial", None, None, None),
            ("Dangerous,", "partial", None, None, None),
            (
                "a total disaster for the town.",
                "partial",
                Some("Tom Hale"),
                Some("called"),
                None,
            ),
            ("Justice Act", "partial", None, None, None),
        ],
    );
}

#[test]
fn a_question_put_to_the_subject_is_not_theirs() {
    check(
        "Title.\n\nAsked whether Ana Ruiz \"has the integrity to serve as mayor,\" 75 percent of voters said yes.",
        &[("has the integrity to serve as mayor,", "partial", None, None, None)],
    );
}

#[test]
fn a_name_before_a_common_noun_is_a_modifier() {
    check(
        "Title.\n\nOn Friday her Twitter account posted: \"Shop the look from her speech.\"\n\n\
         The agency said 1,300 Clinton emails contained material that was just \"confidential,\" a lower level.",
        &[
            (
                "Shop the look from her speech.",
                "direct",
                Some("her Twitter account"),
                Some("posted"),
                None,
            ),
            ("confidential,", "partial", Some("agency"), Some("said"), None),
        ],
    );
}

#[test]
fn cue_in_the_sentence_after_an_earlier_quote() {
    check(
        "Title.\n\n\"Rates will stay low,\" said Megan Greene, an economist. \"They are laying down sign posts.\" \
         Greene added that the Fed wants to get out of the way. \"They do not like to talk about it.\"",
        &[
            (
                "Rates will stay low,",
                "direct",
                Some("Megan Greene"),
                Some("said"),
                None,
            ),
            (
                "They are laying down sign posts.",
                "direct",
                Some("Megan Greene"),
                None,
                None,
            ),
            (
                "They do not like to talk about it.",
                "direct",
                Some("Megan Greene"),
                Some("added"),
                None,
            ),
        ],
    );
}

#[test]
fn quoted_as_saying_another_at_the_end_and_an_aside_in_a_trailing_cue() {
    check(
        "Title.\n\n\"Our method succeeds in reaching a balanced universe,\" Braynard is quoted as saying.\n\n\
         \"Better watch out for the others,\" tweeted another.\n\n\
         Guns are \"the ultimate public health crisis\" and stunt growth, Ann Lee, the former governor, proclaimed.",
        &[
            (
                "Our method succeeds in reaching a balanced universe,",
                "direct",
                Some("Braynard"),
                Some("saying"),
                None,
            ),
            (
                "Better watch out for the others,",
                "direct",
                Some("another"),
                Some("tweeted"),
                None,
            ),
            (
                "the ultimate public health crisis",
                "partial",
                Some("Ann Lee"),
                Some("proclaimed"),
                None,
            ),
        ],
    );
}

#[test]
fn inverted_cue_at_the_start_reflexive_speaker_and_a_name_spelled_like_a_verb() {
    check(
        "Title.\n\nSaid Dorothy Poynter, who grew up with him, \"We were all so proud of him.\"\n\n\
         Cruz himself said Tuesday that \"the only way to win is the grassroots.\" He told Lee, \"We will win this one.\"\n\n\
         \"It was a good move for the shareholders, both,\" Read said.\n\n\
         Voters were worried; most said they were \"very worried.\"",
        &[
            (
                "We were all so proud of him.",
                "direct",
                Some("Dorothy Poynter"),
                Some("Said"),
                None,
            ),
            (
                "the only way to win is the grassroots.",
                "partial",
                Some("Cruz"),
                Some("said"),
                None,
            ),
            (
                "We will win this one.",
                "direct",
                Some("Cruz"),
                Some("told"),
                Some("Lee"),
            ),
            (
                "It was a good move for the shareholders, both,",
                "direct",
                Some("Read"),
                Some("said"),
                None,
            ),
            ("very worried.", "partial", Some("most"), Some("said"), None),
        ],
    );
}

#[test]
fn gerund_after_by_takes_the_clause_subject() {
    check(
        "Title.\n\nThe mayor punctuated his list by saying \"too many, far too many.\"",
        &[(
            "too many, far too many.",
            "partial",
            Some("mayor"),
            Some("saying"),
            None,
        )],
    );
}

#[test]
fn referred_to_as() {
    check(
        "Title.\n\nA friend referred to him as \"the most beautiful soul\" in a post.",
        &[(
            "the most beautiful soul",
            "partial",
            Some("a friend"),
            Some("referred"),
            None,
        )],
    );
}

#[test]
fn relative_pronoun_speaker_is_its_antecedent() {
    check(
        "Title.\n\nThe plan drew fire from Sen. Ted Cruz, who called it \"a total disgrace.\"",
        &[("a total disgrace.", "partial", Some("Ted Cruz"), Some("called"), None)],
    );
}

#[test]
fn an_aside_after_a_closed_sentence() {
    check(
        "Title.\n\n\"Voters are tired of it all.\"\n\nBut Lee has one thing in common with Chinese people, the columnist suggested: \"His streak is solid proof.\"",
        &[
            ("Voters are tired of it all.", "direct", None, None, None),
            (
                "His streak is solid proof.",
                "direct",
                Some("columnist"),
                Some("suggested"),
                None,
            ),
        ],
    );
}

#[test]
fn went_on_to_say_before_a_clause_and_a_plural_subject_past_an_aside() {
    check(
        "Title.\n\nPence went on to say he is \"confident\" that once it is over, \"these two men will get along.\"\n\n\
         The two lawmakers, however, argue that \"there is precedent for prosecution.\"",
        &[
            ("confident", "partial", Some("Pence"), Some("say"), None),
            (
                "these two men will get along.",
                "partial",
                Some("Pence"),
                Some("say"),
                None,
            ),
            (
                "there is precedent for prosecution.",
                "partial",
                Some("two lawmakers"),
                Some("argue"),
                None,
            ),
        ],
    );
}

#[test]
fn from_a_source_and_a_colon() {
    check(
        "Title.\n\nFrom Bush's Facebook post: \"For the sake of our party, we must unite.\"\n\n\
         More from the report: \"In general, samples are weighted.\"",
        &[
            (
                "For the sake of our party, we must unite.",
                "direct",
                Some("Bush's Facebook post"),
                None,
                None,
            ),
            (
                "In general, samples are weighted.",
                "direct",
                Some("report"),
                None,
                None,
            ),
        ],
    );
}

#[test]
fn a_name_and_an_unlisted_noun_before_the_speakers_name() {
    check(
        "Title.\n\n\"These are hard days for us,\" former Carter speechwriter Ada Vance wrote on Monday.",
        &[(
            "These are hard days for us,",
            "direct",
            Some("Ada Vance"),
            Some("wrote"),
            None,
        )],
    );
}

#[test]
fn an_aside_between_dashes_before_the_cue() {
    check(
        "Title.\n\nMoreno — named by the board as its likely chair — told the radio station that it would be \
         \"an honor to serve.\"",
        &[(
            "an honor to serve.",
            "partial",
            Some("Moreno"),
            Some("told"),
            Some("radio station"),
        )],
    );
}

#[test]
fn the_agent_of_a_participle_is_not_the_subject() {
    check(
        "Title.\n\nA letter from the city council obtained by the Tribune warns that the deal would be \
         \"a grave mistake.\"",
        &[(
            "a grave mistake.",
            "partial",
            Some("a letter from the city council"),
            Some("warns"),
            None,
        )],
    );
}

#[test]
fn an_outer_cue_past_its_recipient() {
    check(
        "Title.\n\nMaria Lopez told reporters that she agrees the plan is \"a grave mistake.\"",
        &[(
            "a grave mistake.",
            "partial",
            Some("Maria Lopez"),
            Some("told"),
            Some("reporters"),
        )],
    );
}

#[test]
fn signed_quotes_one_to_a_line() {
    check(
        "Title.\n\n“The plan ignores our town.”― Ana Ruiz\n“We were never asked.” ― Tom Lee\n\
         “It is too late now.”― Kim Park.",
        &[
            ("The plan ignores our town.", "direct", Some("Ana Ruiz"), None, None),
            ("We were never asked.", "direct", Some("Tom Lee"), None, None),
            ("It is too late now.", "direct", Some("Kim Park"), None, None),
        ],
    );
}

#[test]
fn a_month_inside_a_name() {
    check(
        "Title.\n\n\"The plan is bad,\" columnist Ai Jun wrote on Jun 5. \"It will fail,\" Anne March said.",
        &[
            ("The plan is bad,", "direct", Some("Ai Jun"), Some("wrote"), None),
            ("It will fail,", "direct", Some("Anne March"), Some("said"), None),
        ],
    );
}

#[test]
fn may_ends_a_family_name_and_opens_no_name_after_a_preposition() {
    // `may` is a function word as well as a month: neither may cut
    // `Theresa May` to `Theresa` or `May`, nor make `In May Clinton` a name.
    check(
        "Title.\n\n\"We will leave,\" Theresa May said. \"I lost my son,\" Yin Myint May, 60, told AFP.\n\n\
         In May Clinton said the plan would fail. \"It is over,\" Clinton said.\n\n\
         \"It will pass,\" said Ana May. Trump May Win Again, a headline read.",
        &[
            ("We will leave,", "direct", Some("Theresa May"), Some("said"), None),
            (
                "I lost my son,",
                "direct",
                Some("Yin Myint May"),
                Some("told"),
                Some("AFP"),
            ),
            ("It is over,", "direct", Some("Clinton"), Some("said"), None),
            ("It will pass,", "direct", Some("Ana May"), Some("said"), None),
        ],
    );
}

#[test]
fn a_paper_is_no_he_and_no_role() {
    // `The Wall Street Journal`, `the Post`: a news word ends the name of a
    // paper, which no `he` and no `the mayor` points back to.
    check(
        "Title.\n\nDonald Trump spoke to The Wall Street Journal on Monday. \"Not even one,\" he said.\n\n\
         The Post reported it. \"The dam will be moved,\" the mayor said.",
        &[
            ("Not even one,", "direct", Some("Donald Trump"), Some("said"), None),
            ("The dam will be moved,", "direct", Some("mayor"), Some("said"), None),
        ],
    );
}

#[test]
fn a_number_word_heads_a_plural_subject() {
    check(
        "Title.\n\n\"The rule was made up out of thin air,\" the two write.",
        &[(
            "The rule was made up out of thin air,",
            "direct",
            Some("two"),
            Some("write"),
            None,
        )],
    );
}

/// The canonical speaker of the one quote of `text`.
fn canonical(text: &str) -> Option<String> {
    let analysis = Analyzer::new().analyze(text);
    let mut speakers = analysis
        .quotes
        .iter()
        .filter(|quote| quote.kind == crate::Kind::Direct)
        .map(|quote| quote.speaker.clone());
    let speaker = speakers.next().flatten();
    assert!(speakers.next().is_none(), "one direct quote in {text:?}");
    speaker
}

#[test]
fn canonical_names_leave_out_words_run_into_them() {
    let cases = [
        // a headline's line
        (
            "Title.\n\nLive updates\nDebate Night: Rival Ana Ruiz Slams Tom Hale On Taxes Again\nAna Ruiz spoke \
             first.\n\n\"Taxes are too high,\" Ruiz said.",
            "Ana Ruiz",
        ),
        // what is named after someone, mentioned less often than they are
        (
            "Title.\n\nThe Ana Ruiz Foundation gave money. Ana Ruiz spoke. Later Ana Ruiz left.\n\n\
             \"We give,\" Ruiz said.",
            "Ana Ruiz",
        ),
        (
            "Title.\n\nAna Ruiz founded Ruiz University in 2001.\n\n\"We teach,\" Ruiz said.",
            "Ana Ruiz",
        ),
        // a word that is a name of its own before a name written without it
        (
            "Title.\n\nA Republican won. Republican Ana Ruiz lost. Ana Ruiz smiled.\n\n\"Yes,\" Ruiz said.",
            "Ana Ruiz",
        ),
        // a capital that only opens a sentence
        (
            "Title.\n\nMaybe Ruiz will win, but maybe not.\n\n\"We will,\" Ruiz said.",
            "Ruiz",
        ),
        // a name's suffix is part of it
        (
            "Title.\n\nTom Hale Jr. arrived. Tom Hale left. Tom Hale came back.\n\n\"No,\" Hale said.",
            "Tom Hale Jr.",
        ),
        // and a middle initial
        (
            "Title.\n\nDonna J. Hale arrived. Donna Hale left. Donna Hale came back.\n\n\"No,\" Hale said.",
            "Donna J. Hale",
        ),
        // a name joined to another by a hyphen is no fuller form
        (
            "Title.\n\nThe Hale-Ruiz race is tight. Ana Ruiz leads.\n\n\"We will win,\" Ruiz said.",
            "Ana Ruiz",
        ),
        (
            "Title.\n\nThe Hale-Ruiz race is tight.\n\n\"We will win,\" Ruiz said.",
            "Ruiz",
        ),
    ];
    for (text, speaker) in cases {
        assert_eq!(canonical(text).as_deref(), Some(speaker), "in {text:?}");
    }
}

#[test]
fn a_dateline_is_no_subject() {
    check(
        "Title.\n\nMadrid (AFP) – Mayor Ana Ruiz has rejected the audit, saying that its \"sloppy figures\" mislead.",
        &[("sloppy figures", "partial", Some("Ana Ruiz"), Some("saying"), None)],
    );
}

#[test]
fn according_to_opening_the_sentence_names_the_source() {
    check(
        "Title.\n\nAccording to the Tribune, the protesters carried signs that read \"Save our park.\"",
        &[("Save our park.", "partial", Some("Tribune"), Some("According to"), None)],
    );
}

#[test]
fn a_sentence_subject_with_its_prepositional_phrase() {
    check(
        "Title.\n\nThe State Board of Elections was blunt in its ruling: \"Further appeals are pointless.\"\n\n\
         Ruiz's campaign page lists her as \"Founder of the Harbor Project.\"",
        &[
            (
                "Further appeals are pointless.",
                "direct",
                Some("State Board of Elections"),
                None,
                None,
            ),
            (
                "Founder of the Harbor Project.",
                "partial",
                Some("Ruiz's campaign page"),
                None,
                None,
            ),
        ],
    );
}

#[test]
fn an_institution_named_with_of_keeps_its_whole_name() {
    assert_eq!(
        canonical("Title.\n\n\"We regret it,\" the Ministry of Defense said.").as_deref(),
        Some("Ministry of Defense")
    );
}

#[test]
fn a_title_of_several_words_is_no_part_of_the_name() {
    let cases = [
        (
            "Title.\n\n\"We will go,\" Secretary of State Ana Ruiz said. Ruiz left.",
            "Ana Ruiz",
        ),
        (
            "Title.\n\nPrime Minister Tom Hale and Secretary of State Ana Ruiz met.\n\n\"We will go,\" \
             Secretary of State Ana Ruiz said.",
            "Ana Ruiz",
        ),
    ];
    for (text, speaker) in cases {
        assert_eq!(canonical(text).as_deref(), Some(speaker), "in {text:?}");
    }
}

#[test]
fn a_party_label_is_no_part_of_a_persons_name() {
    assert_eq!(
        canonical("Title.\n\n\"It is over,\" Democrat Ana Ruiz said. Ruiz left.").as_deref(),
        Some("Ana Ruiz")
    );
    assert_eq!(
        canonical("Title.\n\n\"It is over,\" the Republican National Committee said.").as_deref(),
        Some("Republican National Committee")
    );
}

#[test]
fn a_speaker_with_a_phrase_of_place() {
    check(
        "Title.\n\n\"Welcome, visitors!\" a banner on the town hall reads.",
        &[(
            "Welcome, visitors!",
            "direct",
            Some("a banner on the town hall"),
            Some("reads"),
            None,
        )],
    );
}

#[test]
fn a_titled_name_with_its_state_is_the_person() {
    let cases = [
        ("Title.\n\n\"We will vote no,\" Sen. Ana Ruiz of Ohio said.", "Ana Ruiz"),
        (
            "Title.\n\n\"We will vote no,\" Mayor Tom Hale in a statement said.",
            "Tom Hale",
        ),
        // (A role for a body speaks as the role, `of` in the body's name or
        // not, as `a spokesman for the Foreign Ministry` does.)
        (
            "Title.\n\n\"We regret it,\" a spokesman for the Ministry of Defense said.",
            "a spokesman for the Ministry of Defense",
        ),
        (
            "Title.\n\n\"We regret it,\" the Ministry of Defense said.",
            "Ministry of Defense",
        ),
    ];
    for (text, speaker) in cases {
        assert_eq!(canonical(text).as_deref(), Some(speaker), "in {text:?}");
    }
}

#[test]
fn a_hyphenated_word_in_a_speaker_s_place_of_work_is_one_word() {
    let cases = [
        (
            "Title.\n\n\"It works,\" said a long-time aide to the pro-Trump group.",
            "a long-time aide to the pro-Trump group",
        ),
        (
            "Title.\n\n\"It works,\" says a source involved in the super-PAC's creation.",
            "a source involved in the super-PAC's creation",
        ),
    ];
    for (text, speaker) in cases {
        assert_eq!(canonical(text).as_deref(), Some(speaker), "in {text:?}");
    }
}

#[test]
fn an_outer_cue_past_a_phrase_opening_the_clause() {
    check(
        "Title.\n\nMaria Lopez said that after two long years she has come to see the plan as \"a grave mistake.\"",
        &[("a grave mistake.", "partial", Some("Maria Lopez"), Some("said"), None)],
    );
}

#[test]
fn an_outer_cue_past_a_phrase_of_place() {
    check(
        "Title.\n\nTom Hale said on his radio show that he was speaking of the council, \"not of the mayor.\"",
        &[("not of the mayor.", "partial", Some("Tom Hale"), Some("said"), None)],
    );
}

#[test]
fn a_pronoun_after_a_relative_is_the_sentence_subject() {
    let text = "Title.\n\nTom Hale has long railed against what he calls the \"old guard\" at the council.";
    let analysis = crate::Analyzer::new().analyze(text);
    let quote = &analysis.quotes[0];
    assert_eq!(quote.span.of(text), "old guard");
    assert_eq!(quote.mention.map(|mention| mention.of(text)), Some("Tom Hale"));
    let text = "Title.\n\nMaria Lopez praised the mayor, whom she called \"a steady hand.\"";
    let analysis = crate::Analyzer::new().analyze(text);
    assert_eq!(
        analysis.quotes[0].mention.map(|mention| mention.of(text)),
        Some("Maria Lopez")
    );
}

#[test]
fn a_pronoun_after_in_which_stays_the_speaker() {
    let text = "Title.\n\nTom Hale wrote a column in which he called the plan \"a grave mistake.\"";
    let analysis = crate::Analyzer::new().analyze(text);
    assert_eq!(analysis.quotes[0].mention.map(|mention| mention.of(text)), Some("he"));
}

#[test]
fn a_middle_initial_that_is_also_a_word() {
    check(
        "Title.\n\n\"The vote is not over,\" Maria A. Lopez told reporters.",
        &[(
            "The vote is not over,",
            "direct",
            Some("Maria A. Lopez"),
            Some("told"),
            Some("reporters"),
        )],
    );
}

#[test]
fn a_month_before_a_speech_verb_is_a_name() {
    check(
        "Title.\n\nThe council met.\n\n\"We have waited long enough for the bridge,\" May wrote.",
        &[(
            "We have waited long enough for the bridge,",
            "direct",
            Some("May"),
            Some("wrote"),
            None,
        )],
    );
}

#[test]
fn a_speech_verb_past_a_verb_of_intention_in_the_sentence_before() {
    check(
        "Title.\n\n\"We will appeal,\" said Ann Lee, a lawyer. The group plans to follow the case, Lee says. \"The ruling cannot stand as it is written.\"",
        &[
            ("We will appeal,", "direct", Some("Ann Lee"), Some("said"), None),
            (
                "The ruling cannot stand as it is written.",
                "direct",
                Some("Ann Lee"),
                Some("says"),
                None,
            ),
        ],
    );
}

#[test]
fn a_follow_on_quote_takes_the_nearer_name_of_its_speaker() {
    let text = "Title.\n\n\"We will appeal,\" said Ann Lee, a lawyer.\n\nThe ruling came late, and Lee left the court in a hurry. \"The ruling cannot stand as it is written.\"";
    let analysis = crate::Analyzer::new().analyze(text);
    let quote = &analysis.quotes[1];
    assert_eq!(quote.rule, "follow_on");
    assert_eq!(quote.speaker.as_deref(), Some("Ann Lee"));
    let mention = quote.mention.expect("a mention");
    assert_eq!(mention.of(text), "Lee");
    assert!(mention.start > text.find("came late").unwrap());
}

#[test]
fn a_trailing_attribution_does_not_cross_a_line_break() {
    check(
        "Title.\n\n\"The plan is sound,\" said Ann Lee, a delegate. \"We will vote for it.\"\nTom Hale, a delegate from Ohio, criticized the plan in his speech.",
        &[
            ("The plan is sound,", "direct", Some("Ann Lee"), Some("said"), None),
            ("We will vote for it.", "direct", Some("Ann Lee"), None, None),
        ],
    );
}

#[test]
fn a_quote_that_ends_its_line_is_not_attributed_on_the_next() {
    check(
        "Title.\n\nAnn Lee spoke first, adding that she had fought for the bill. \"A leader must fight for what she believes in.\"\nTom Hale argued the opposite at length.",
        &[(
            "A leader must fight for what she believes in.",
            "direct",
            Some("Ann Lee"),
            Some("spoke"),
            None,
        )],
    );
}

#[test]
fn a_name_with_an_ampersand() {
    check(
        "Title.\n\n\"We will miss him,\" one B&Q Leeds employee told reporters.",
        &[(
            "We will miss him,",
            "direct",
            Some("one B&Q Leeds employee"),
            Some("told"),
            Some("reporters"),
        )],
    );
}

#[test]
fn a_function_word_after_a_closed_quote_opens_a_sentence() {
    check(
        "Title.\n\n\"It is a circus act.\" Of Ruiz, Tom Hale, who has given money to the party, said, \"He is a decent man.\"",
        &[
            ("It is a circus act.", "direct", None, None, None),
            ("He is a decent man.", "direct", Some("Tom Hale"), Some("said"), None),
        ],
    );
}

#[test]
fn time_span_before_the_verb_is_no_subject() {
    let text = "The water board less than two weeks ago said that the pipes were \"badly corroded\" in places.\n";
    assert_eq!(first_speaker(text).0, Some("The water board"));
    let text = "Nora Vance last month told the council that the pipes were \"badly corroded\" in places.\n";
    assert_eq!(
        first_speaker(text),
        (Some("Nora Vance"), Some("Nora Vance".to_string()))
    );
}

#[test]
fn colon_clause_speaks_through_its_subject() {
    let text = "Budget talks resumed.\n\nThe new mailer had one message: \"Vote for the levy and save our parks.\"\n";
    assert_eq!(first_speaker(text).0, Some("The new mailer"));
}

#[test]
fn participle_after_article_describes_the_noun() {
    check(
        "\"Keep the library open on Sundays,\" said the printed flyer.",
        &[(
            "Keep the library open on Sundays,",
            "direct",
            Some("printed flyer"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn a_pronoun_after_that_or_what_gives_way_to_the_name_before_it_in_the_sentence() {
    for (text, quote) in [
        (
            "Ann Moss has made clear that she expects a \"long fight\" in the fall.",
            "long fight",
        ),
        (
            "Ann Moss praised the team for what she called \"a fine effort.\"",
            "a fine effort.",
        ),
    ] {
        let analysis = Analyzer::new().analyze(text);
        let found = analysis
            .quotes
            .iter()
            .find(|found| found.span.of(text) == quote)
            .unwrap_or_else(|| panic!("no quote {quote:?} in {text:?}"));
        assert_eq!(found.speaker.as_deref(), Some("Ann Moss"), "in {text:?}");
        assert_eq!(
            found.mention.map(|mention| mention.of(text)),
            Some("Ann Moss"),
            "in {text:?}"
        );
    }
}

#[test]
fn a_pronoun_after_a_quote_gives_way_to_the_name_whose_verb_opens_it() {
    // `Ann Moss fired back: "…," she wrote`: PolNeAR marks the name that
    // introduces the quote; not a name whose clause ends far before it.
    for text in [
        "Ann Moss fired back: \"As a friend of the mayor,\" she wrote, \"we know you are rooting for him.\"\n",
        // (Past an opening phrase too.)
        "Ann Moss spoke in Ohio. Asked on Tuesday about the mayor, Moss said \"I don't know him at all,\" she said.\n",
    ] {
        let analysis = Analyzer::new().analyze(text);
        let speech = analysis
            .quotes
            .iter()
            .filter(|quote| quote.kind != crate::Kind::Indirect);
        for quote in speech {
            assert_eq!(quote.speaker.as_deref(), Some("Ann Moss"), "in {text:?}");
            let mention = quote.mention.map(|mention| mention.of(text));
            assert!(matches!(mention, Some("Ann Moss" | "Moss")), "{mention:?} in {text:?}");
        }
    }
    let text = "Ann Moss, who had moved from Ohio a year before, tossed \"a fine plan,\" she wrote in her book.\n";
    let analysis = Analyzer::new().analyze(text);
    let quote = &analysis.quotes[0];
    assert_eq!(quote.mention.map(|mention| mention.of(text)), Some("she"));
}

#[test]
fn a_capitalized_states_is_no_speech_verb_for_a_participle_s_subject() {
    check(
        "Tom Hale has long targeted the United States' northern neighbor, calling its leaders \"cowards\" in speeches.",
        &[("cowards", "partial", Some("Tom Hale"), Some("calling"), None)],
    );
}

#[test]
fn words_reported_within_reported_words_are_the_outer_speaker_s() {
    check(
        "Tom Hale told him Ann Moss says he is \"too soft\" on crime.",
        &[("too soft", "partial", Some("Tom Hale"), Some("told"), Some("him"))],
    );
    // (Past an opening phrase and its comma, the nearer cue stays.)
    check(
        "While not everything Ann Moss says is true, Tom Hale said she is \"mostly right.\"",
        &[("mostly right.", "partial", Some("Tom Hale"), Some("said"), None)],
    );
}

#[test]
fn words_between_a_quote_and_a_speech_verb_name_the_speaker() {
    check(
        "Ann Moss spoke first.\n\n\"But that was the first time,\" Channel This Week co-host Tom Hale said.",
        &[(
            "But that was the first time,",
            "direct",
            Some("Tom Hale"),
            Some("said"),
            None,
        )],
    );
    check(
        "Ann Moss spoke first.\n\n\"Not now,\" when he said it, nobody laughed.",
        &[("Not now,", "term", None, None, None)],
    );
}

#[test]
fn past_an_earlier_quote_that_no_one_says_the_sentence_goes_on() {
    check(
        "Ann Moss spoke first.\n\nThe ad, titled \"Unity\", concludes that the senator is too \"dangerous and reckless\" to lead.",
        &[
            ("Unity", "term", None, None, None),
            ("dangerous and reckless", "partial", Some("ad"), Some("concludes"), None),
        ],
    );
}

#[test]
fn a_participle_after_a_comma_inside_quote_marks_hangs_on_the_clause() {
    check(
        "Ann Moss spoke first.\n\nTom Hale needled the CNN “reporter,” saying, “A reporter who writes on request!”",
        &[
            ("reporter,", "term", None, None, None),
            (
                "A reporter who writes on request!",
                "direct",
                Some("Tom Hale"),
                Some("saying"),
                None,
            ),
        ],
    );
}

#[test]
fn a_naming_participle_before_a_quote_has_no_subject_to_lend() {
    check(
        "Ann Moss spoke first.\n\nLater on Sunday, Tom Hale shared a syllabus for a class called “Perception” on his page, writing “Allow me to do the research for you.”",
        &[
            ("Perception", "partial", None, None, None),
            (
                "Allow me to do the research for you.",
                "partial",
                Some("Tom Hale"),
                Some("writing"),
                None,
            ),
        ],
    );
}

#[test]
fn a_quote_after_a_colon_belongs_to_the_clause_that_ends_in_it() {
    check(
        "Ann Moss spoke first.\n\nWhen Ann Moss suggested a new tax for the city, Tom Hale fired back: \"We will not pay it.\"",
        &[("We will not pay it.", "direct", Some("Tom Hale"), None, None)],
    );
}

#[test]
fn a_cue_before_the_quote_wins_over_an_unlisted_verb_after_it() {
    check(
        "Ann Moss spoke first.\n\nTom Hale said he would \"cut taxes for every family,\" the crowd cheered loudly.",
        &[(
            "cut taxes for every family,",
            "partial",
            Some("Tom Hale"),
            Some("said"),
            None,
        )],
    );
    check(
        "Ann Moss spoke first.\n\n\"We will cut taxes for every family,\" the candidate riffed.",
        &[(
            "We will cut taxes for every family,",
            "direct",
            Some("candidate"),
            Some("riffed"),
            None,
        )],
    );
}

#[test]
fn an_attribution_after_the_quote_with_words_of_its_own_gives_way_to_a_cue_before() {
    check(
        "Ann Moss spoke first.\n\nBut even as Tom Hale claimed on Tuesday that \"the plan failed for far less,\" one of the former aides said the two cases were different.",
        &[(
            "the plan failed for far less,",
            "partial",
            Some("Tom Hale"),
            Some("claimed"),
            None,
        )],
    );
    // (Where it ends the sentence, it is the quote's.)
    check(
        "Ann Moss spoke first.\n\nTom Hale claimed on Tuesday that \"the plan failed for far less,\" one of the former aides said.",
        &[(
            "the plan failed for far less,",
            "partial",
            Some("one of the former aides"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn an_s_form_after_a_number_and_a_name_is_a_plural_noun() {
    check(
        "Ann Moss spoke first.\n\nThe ministry has said that it has classified 22 Hale emails as \"top secret\" and will not release them.",
        &[("top secret", "partial", Some("ministry"), Some("said"), None)],
    );
    // (Not after a year.)
    check(
        "Ann Moss spoke first.\n\nIn 2016 Hale says the plan was \"a total failure\" from the start.",
        &[("a total failure", "partial", Some("Hale"), Some("says"), None)],
    );
}

#[test]
fn a_participle_after_a_later_clause_takes_that_clause_s_pronoun() {
    let text = "Title.\n\nTom Hale has been criticized for the plan, though last week she used stronger language, saying the group \"must be stopped.\"";
    let quote = quote_where(text, |quote| quote.span.of(text) == "must be stopped.");
    assert_eq!(quote.mention.map(|mention| mention.of(text)), Some("she"));
    assert_eq!(quote.rule, "gerund_clause");
}

#[test]
fn names_ending_in_ly_open_a_sentence() {
    // `Kelly`, `Schlafly`: a name that ends like an adverb is the subject,
    // when the document writes it with a capital inside a sentence too.
    check(
        "Mayor gains an ally\n\nShelly Marsh threw her weight behind the mayor, saying he is a “real reformer.”\n\nThe senator thanked Shelly Marsh.",
        &[("real reformer.", "partial", Some("Shelly Marsh"), Some("saying"), None)],
    );
    check(
        "Plan gains an ally\n\nMoberly stood by the plan, calling it “long overdue.”\n\nThe council asked Moberly to stay.",
        &[("long overdue.", "partial", Some("Moberly"), Some("calling"), None)],
    );
    check(
        "Carly Vance Backs the Mayor\n\nCarly Vance threw her weight behind the mayor, saying he is a “real reformer.”",
        &[("real reformer.", "partial", Some("Carly Vance"), Some("saying"), None)],
    );
    // An adverb that opens a sentence is still no subject.
    check(
        "Separately, Ann Lee stood by the plan, calling it “long overdue.”",
        &[("long overdue.", "partial", Some("Ann Lee"), Some("calling"), None)],
    );
}

#[test]
fn a_name_that_modifies_a_speaking_group_is_no_antecedent() {
    // `Republican voters see …` makes `Republican` no person: the `he`
    // after it is still Ben Carson's.
    check(
        "Carson gains\n\nBen Carson spoke on Monday. Republican voters see security as their top concern.\n\n\
         He added, “My senior team remains in place.”",
        &[(
            "My senior team remains in place.",
            "direct",
            Some("Ben Carson"),
            Some("added"),
            None,
        )],
    );
}

#[test]
fn a_role_goes_to_the_name_it_was_introduced_with_in_one_sentence() {
    // `the retired surgeon` is Ben Carson's role; Tom Hale, named in the
    // next sentence within a few words of it, is no surgeon.
    check(
        "Carson gains\n\nBen Carson, a retired surgeon, spoke on Monday. He met Senator Tom Hale later.\n\n\
         The retired surgeon gave no details of how he planned it, saying only that he was “refining some practices.”",
        &[(
            "refining some practices.",
            "partial",
            Some("Ben Carson"),
            Some("saying"),
            None,
        )],
    );
}

#[test]
fn a_quote_after_a_possessed_stance_noun_and_that_is_the_possessor_s() {
    check(
        "Ann Lee, a campaign aide, fanned controversy this year over her assertion that “there is a special place for people who do not help each other.”",
        &[(
            "there is a special place for people who do not help each other.",
            "partial",
            Some("Ann Lee"),
            Some("assertion"),
            None,
        )],
    );
    check(
        "The union is unlikely to back Tom Hale after Ann Lee's recent comment that, \"We are going to put a lot of companies out of business.\"",
        &[(
            "We are going to put a lot of companies out of business.",
            "partial",
            Some("Ann Lee"),
            Some("comment"),
            None,
        )],
    );
    // A noun with no possessor names no one: the rule does not apply.
    check(
        "The debate turned on a recent claim that \"the wall will pay for itself in a few years.\"",
        &[(
            "the wall will pay for itself in a few years.",
            "partial",
            None,
            None,
            None,
        )],
    );
}

#[test]
fn an_adverb_between_an_auxiliary_and_a_gerund() {
    check(
        "But Tom Hale's campaign is already claiming victory in the so-called “governor’s bracket.”",
        &[(
            "governor’s bracket.",
            "partial",
            Some("Tom Hale's campaign"),
            Some("claiming"),
            None,
        )],
    );
}

#[test]
fn a_sentence_opened_by_a_role_speaks_through_its_gerund() {
    // `neurosurgeon` is a role (people.txt): the sentence's subject, not the
    // `he` of a clause inside it, says the quote.
    let text = "The retired neurosurgeon gave no details about how he planned it, saying that he was “refining some practices.”";
    assert_eq!(first_speaker(text).0, Some("The retired neurosurgeon"));
}

#[test]
fn a_floating_quantifier_after_the_subject_is_no_speaker() {
    check(
        "Ann Lee and Tom Hale both denounced the so-called “Neocons For Hillary” movement on Thursday.",
        &[(
            "Neocons For Hillary",
            "partial",
            Some("Ann Lee and Tom Hale"),
            Some("denounced"),
            None,
        )],
    );
}

#[test]
fn a_follow_on_quote_names_the_pronoun_that_opens_the_sentence_before() {
    // The evidence for a follow-on quote is the nearest mention of its
    // speaker: the `He` of the sentence before it, not the `Lee` further back.
    let text =
        "“We will build it,” Tom Lee said. He then had a question for the crowd.\n\n“Who is going to pay for it?”";
    let analysis = Analyzer::new().analyze(text);
    let quote = &analysis.quotes[1];
    assert_eq!(quote.rule, "follow_on");
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("He"));
    assert_eq!(quote.speaker.as_deref(), Some("Tom Lee"));
}

#[test]
fn a_sentence_adverb_that_opens_a_sentence_is_no_name() {
    // `Maybe` and `Perhaps` open sentences with a capital; they are not
    // people, so the `he` of the clause says the quote.
    for adverb in ["Maybe", "Perhaps", "Nevertheless", "Eventually"] {
        let text = format!(
            "Trump spoke.\n\n{adverb} the window into his soul is what he said four years ago about the phrase “self-deportation.”"
        );
        assert_eq!(first_speaker(&text).0, Some("he"), "{adverb}");
    }
}

#[test]
fn a_colon_clause_after_a_dash_introduces_the_next_paragraph() {
    let text = "A headline\n\nThat is, when the moderators gave in to snark—and Lordy, how tempting that can be!— Cruz called them on it:\n\n“The questions asked in this debate illustrate why people do not trust the media.”\n";
    let quote = quote_where(text, |quote| quote.kind == crate::Kind::Direct);
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("Cruz"));
    assert_eq!(quote.rule, "subject_before_paragraph");
}

#[test]
fn an_as_clause_before_a_colon_names_the_source_of_the_next_paragraph() {
    let text = "A headline\n\nAs Joel Pollak reported after the police appeared to have left the scene:\n\n“For example, the government has done almost nothing with the evidence.”\n";
    let quote = quote_where(text, |quote| quote.kind == crate::Kind::Direct);
    assert_eq!(quote.speaker.as_deref(), Some("Joel Pollak"));
    assert_eq!(quote.cue.map(|span| span.of(text)), Some("reported"));
    assert_eq!(quote.rule, "as_source_before_paragraph");
}

#[test]
fn a_dateline_with_a_date_is_neither_speaker_nor_aside() {
    check(
        "PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement on Monday, offering “a deep and sincere apology” to Sen. Bernie Sanders.",
        &[(
            "a deep and sincere apology",
            "partial",
            Some("Democratic National Committee"),
            Some("offering"),
            None,
        )],
    );
    let text = "A headline\n\nPHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement on Monday, offering “a deep and sincere apology” to Sen. Bernie Sanders.";
    let quote = quote_where(text, |quote| quote.kind == crate::Kind::Partial);
    assert_eq!(
        quote.mention.map(|span| span.of(text)),
        Some("The Democratic National Committee")
    );
}

#[test]
fn a_new_clause_between_two_quotes_has_its_own_subject() {
    // `and he pronounced` opens a clause of its own: the second quote is
    // the `he`'s, not the first quote's speaker's.
    let text = "A headline\n\nLee welcomed Trump, who called for a \"strong, prosperous and vibrant Mexico,\" and he pronounced Pena Nieto \"a friend.\"\n";
    let quote = quote_where(text, |quote| quote.span.of(text) == "a friend.");
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("he"));
    assert_eq!(quote.rule, "new_clause_subject");
    // `he is a "…"`: the pronoun is what the quote describes.
    let text = "A headline\n\nClinton said his world view is \"dangerously wrong\" and he is a \"bully\" without naming him.\n";
    let quote = quote_where(text, |quote| quote.span.of(text) == "bully");
    assert_eq!(quote.speaker.as_deref(), Some("Clinton"));
}

#[test]
fn a_colon_clause_speaks_through_a_subject_with_its_prepositional_phrase() {
    let text = "A headline\n\nThat report concerned the e-mails of officials. A footnote in the report makes that clear: \"These assessments do not apply to the system used by the principals.\"\n";
    assert_eq!(first_speaker(text).0, Some("A footnote in the report"));
}

#[test]
fn a_long_opening_phrase_does_not_hide_the_subject() {
    let text = "A headline\n\nAt his news conference in Turkey on Monday after the Group of 20 conference, Obama's first five questioners ranged from skeptical to hostile: \"Is it time for your strategy to change?\"\n";
    assert_eq!(first_speaker(text).0, Some("Obama's first five questioners"));
}

#[test]
fn a_quote_inside_the_clause_of_a_possessed_stance_noun_is_the_possessor_s() {
    let text = "A headline\n\nThe answer was about inconsistencies between her claim that she \"never sent classified information\" and the testimony.\n";
    let quote = quote_where(text, |quote| quote.kind == crate::Kind::Partial);
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("her"));
    assert_eq!(quote.rule, "possessor_of_noun");
}

#[test]
fn past_an_unsaid_quote_a_participle_takes_its_outer_cue() {
    // `explaining` hangs on `said`, whose subject is before the title.
    let text = "A headline\n\nStarr said the situation reminds him of the book titled \"The Tragedy,\" explaining, \"because what could have been is lost.\"\n";
    let quote = quote_where(text, |quote| quote.span.of(text).starts_with("because"));
    assert_eq!(quote.speaker.as_deref(), Some("Starr"));
    assert_eq!(quote.rule, "past_unsaid_quote");
}

#[test]
fn a_contracted_pronoun_is_no_possessor_before_a_speech_verb() {
    // `he’s said` is `he has said`: the verb is a cue, the pronoun its
    // subject, resolved like `he`.
    let text = "A headline\n\nEver since Bernie Sanders announced his candidacy, he’s said the same thing at every stop: \"It is not about me.\"\n";
    let quote = quote_where(text, |quote| quote.span.of(text) == "It is not about me.");
    assert_eq!(quote.cue.map(|span| span.of(text)), Some("said"));
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("he’s"));
    assert_eq!(quote.speaker.as_deref(), Some("Bernie Sanders"));
}

#[test]
fn a_participle_after_by_takes_the_pronoun_of_its_clause_before_an_auxiliary() {
    let text = "A headline\n\nBut even if Unruh fails to mobilize enough support, she can still create a headache for Trump by pushing for a “minority report.”\n";
    assert_eq!(first_speaker(text).0, Some("she"));
}

#[test]
fn a_lone_quote_paragraph_takes_the_speaker_named_after_the_next_one() {
    let text = "A headline\n\nViguerie is upbeat about the campaign.\n\n“Not only can Ted Cruz win in November, he is the one with the best chance.”\n\n“He may be the only one,” Richard Viguerie notes.\n";
    let quote = quote_where(text, |quote| quote.span.of(text).starts_with("Not only"));
    assert_eq!(quote.rule, "before_attributed");
    assert_eq!(quote.speaker.as_deref(), Some("Richard Viguerie"));
}

#[test]
fn a_quote_joined_to_an_unsaid_one_does_not_follow_on() {
    // The chant after `and` is as unsaid as the one before it, not the
    // words of the last speaker.
    let text = "A headline\n\n“We will win,” Tom Lee said.\n\nThere were near-constant calls of \"Feel the Bern\" and \"Love you, Bernie\" as he passed by.\n";
    let quote = quote_where(text, |quote| quote.span.of(text) == "Love you, Bernie");
    assert_eq!(quote.speaker, None);
    assert_ne!(quote.rule, "follow_on");
}

#[test]
fn an_unnamed_source_keeps_what_it_is_familiar_with() {
    // Wire copy's anonymous sources: the phrase after `familiar`, `close`
    // or `briefed` is part of the speaker, not a speaker of its own.
    check(
        "A person familiar with the talks told Reuters: \"They are close.\"",
        &[(
            "They are close.",
            "direct",
            Some("a person familiar with the talks"),
            Some("told"),
            Some("Reuters"),
        )],
    );
    check(
        "People close to the campaign said: \"We are ready.\"",
        &[(
            "We are ready.",
            "direct",
            Some("people close to the campaign"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn an_unnamed_source_after_its_verb_keeps_its_whole_phrase() {
    // `said a diplomat familiar with the talks`: `talks`, spelled like a
    // verb, is a noun after its article and ends the speaker.
    check(
        "\"We are close,\" said a diplomat familiar with the talks.",
        &[(
            "We are close,",
            "direct",
            Some("a diplomat familiar with the talks"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn a_source_speaking_to_an_outlet_is_the_speaker_not_the_outlet() {
    // The outlet heard the source; it did not speak.
    check(
        "Another intelligence source speaking to Fox News said, \"The agents are looking.\"",
        &[(
            "The agents are looking.",
            "direct",
            Some("Another intelligence source speaking to Fox News"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn a_name_after_the_head_s_preposition_is_not_the_speaker() {
    // The adviser speaks, not Trump. (`China's ambassador in Kazakhstan
    // Zhang Xiao`, where the document writes Kazakhstan as a place, stays
    // Zhang Xiao: the seed's integration test checks it.)
    check(
        "An adviser to Donald Trump said: \"We are ready.\"",
        &[(
            "We are ready.",
            "direct",
            Some("an adviser to Donald Trump"),
            Some("said"),
            None,
        )],
    );
    check(
        "The mayor of Oakland said: \"We are ready.\"",
        &[("We are ready.", "direct", Some("mayor of Oakland"), Some("said"), None)],
    );
    // A party label between the preposition and the name changes nothing.
    check(
        "Supporters of Democrat Ana Ruiz said: \"We are ready.\"",
        &[(
            "We are ready.",
            "direct",
            Some("supporters of Democrat Ana Ruiz"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn an_aside_ends_at_a_finite_verb_outside_its_own_clause() {
    // No aside of `Americans` runs over `Sen. Tom Lee was …`: the
    // participle's subject is the main clause's.
    check(
        "In line with most of his fellow Americans, Sen. Tom Lee was also critical of the plan, telling reporters: \"It is a mistake.\"",
        &[(
            "It is a mistake.",
            "direct",
            Some("Tom Lee"),
            Some("telling"),
            Some("reporters"),
        )],
    );
    // A finite verb inside the aside's own clause (`as he has`) leaves it whole.
    check(
        "Cruz, as he has in the past, opposed the measure, saying: \"It is a mistake.\"",
        &[("It is a mistake.", "direct", Some("Cruz"), Some("saying"), None)],
    );
}

#[test]
fn a_sentence_subject_runs_from_a_name_over_a_role_to_the_person() {
    check(
        "Former Republican presidential candidate Tom Lee was blunt, saying: \"It is a mistake.\"",
        &[("It is a mistake.", "direct", Some("Tom Lee"), Some("saying"), None)],
    );
    // With a verb between, the first name is the subject.
    check(
        "Time Magazine chose German Chancellor Angela Merkel over Ana Ruiz, saying: \"It is a mistake.\"",
        &[(
            "It is a mistake.",
            "direct",
            Some("Time Magazine"),
            Some("saying"),
            None,
        )],
    );
}

#[test]
fn the_object_of_a_gerund_is_no_speaker_before_an_aside() {
    // `winning Ohio …` is a clause of its own: the name in the aside
    // speaks, and the stray comma after its party tag is no part of it.
    let text = "Title.\n\nAfter winning Ohio in the Republican presidential primary, Gov. John Kasich (R-OH), said, \"I am getting ready to travel.\"";
    let quote = quote_where(text, |quote| quote.span.of(text) == "I am getting ready to travel.");
    assert_eq!(quote.speaker.as_deref(), Some("John Kasich"));
    assert_eq!(
        quote.mention.map(|mention| mention.of(text)),
        Some("Gov. John Kasich (R-OH)")
    );
    // After a possessive, an -ing word is an adjective of the speaker's phrase.
    let text = "Title.\n\nThe Democrats’ leading candidate, Sen. Ana Ruiz, also said: \"It is bad.\"";
    let quote = quote_where(text, |quote| quote.span.of(text) == "It is bad.");
    assert_eq!(quote.speaker.as_deref(), Some("Ana Ruiz"));
    assert!(
        quote
            .mention
            .is_some_and(|mention| mention.of(text).contains("leading candidate"))
    );
}

#[test]
fn a_subject_ends_before_its_verb_not_after_it() {
    // `rallied` is the verb of `Clinton's aide`, not the last word of the
    // speaker's phrase.
    let text =
        "Title.\n\nIn response to the proposal, Clinton’s aide rallied supporters, saying: \"We have to be ready.\"";
    let quote = quote_where(text, |quote| quote.span.of(text) == "We have to be ready.");
    assert_eq!(quote.mention.map(|mention| mention.of(text)), Some("Clinton’s aide"));
}

#[test]
fn quotes_before_a_later_attributed_quote_of_their_sentence_take_its_speaker() {
    // Neither the sentence's subject (`Guns`) nor the last speaker before
    // it: all of the sentence's quotes are Dean's.
    let text = "A headline\n\nAnn Lee spoke first.\n\nGuns are “the ultimate public health crisis,” “a scourge on all our towns” and “stunt children’s growth,” Howard Dean, the former governor of Vermont, proclaimed to a cheering crowd.\n";
    for start in ["the ultimate", "a scourge"] {
        let quote = quote_where(text, |quote| quote.span.of(text).starts_with(start));
        assert_eq!(quote.speaker.as_deref(), Some("Howard Dean"), "{start}");
        assert_eq!(quote.cue.map(|span| span.of(text)), Some("proclaimed"));
        assert_eq!(quote.rule, "later_in_sentence");
    }
    // Not past a sentence end: the first sentence is no one's.
    let text = "A headline\n\nIt was called “the ultimate public health crisis.” Guns “stunt children’s growth,” Howard Dean said.\n";
    let quote = quote_where(text, |quote| quote.span.of(text).starts_with("the ultimate"));
    assert_ne!(quote.speaker.as_deref(), Some("Howard Dean"));
}

#[test]
fn a_verb_of_impression_gives_no_speaker_to_a_quote() {
    // `appears`, `seemed`: the writer's view of the subject, not its words.
    let text = "A headline\n\nThe email appears to contradict 2013 comments that “time, distance, the lack of warning prevented a more immediate response.”\n\nThe music seemed to match the mood as the rock classic “All Right Now, Baby Now” blared from the speakers.\n";
    for start in ["time, distance", "All Right"] {
        let quote = quote_where(text, |quote| quote.span.of(text).starts_with(start));
        assert_eq!(quote.speaker, None, "{start}");
        assert_eq!(quote.cue, None, "{start}");
    }
}

#[test]
fn the_agent_of_a_passive_speech_verb_is_the_speaker() {
    // (Not the passive's subject, `The plan`, as a speaker before the cue.)
    let text = "A headline\n\nAnn Lee spoke first.\n\nThe plan was called “a total disaster for all of us” by Joshua Hendrick, a professor.\n\nThe deal, called “a disaster for the town” by its critics, failed.\n\nThe diet, sold as “a magic cure for everyone” by his dubious advice, failed.\n";
    for (start, speaker, cue) in [
        ("a total", "Joshua Hendrick", "called"),
        ("a disaster", "its critics", "called"),
    ] {
        let quote = quote_where(text, |quote| quote.span.of(text).starts_with(start));
        assert_eq!(quote.mention.map(|span| span.of(text)), Some(speaker), "{start}");
        assert_eq!(quote.cue.map(|span| span.of(text)), Some(cue), "{start}");
        assert_eq!(quote.rule, "passive_agent");
    }
    // (`advice` is no one.)
    let quote = quote_where(text, |quote| quote.span.of(text).starts_with("a magic"));
    assert_eq!(quote.speaker, None);
}

#[test]
fn an_opening_place_phrase_is_no_subject() {
    // `Here in …,` opens like a preposition; `in Aspen, Colo.,` is all
    // place, abbreviation point and all; `In London, Robey Warshaw, a firm`
    // keeps its subject.
    for (text, mention) in [
        (
            "Here in Columbia, Sanders stepped up his emphasis on justice, saying, “We have got to achieve the day when all can walk the streets.”",
            "Sanders",
        ),
        (
            "At a conference in Aspen, Colo., the mayor ended her speech by quoting a poet: “Every obstacle yields to stern resolve, my friends.”",
            "the mayor",
        ),
        (
            "In Salem, New Hampshire, Trump went after Bush, calling him “a total stiff and a loser.”",
            "Trump",
        ),
        // (`Outside`, `Throughout`, `Beyond`: prepositions, no names.)
        (
            "Outside the arena, the crowd waited for an hour, chanting “Lock her up.”",
            "the crowd",
        ),
        (
            "Beyond the polls, the senator has a problem, saying “We have got to win this.”",
            "the senator",
        ),
    ] {
        let text = format!("A headline\n\n{text}\n");
        assert_eq!(first_speaker(&text).0, Some(mention), "{text}");
    }
}

#[test]
fn a_capitalized_word_before_a_group_noun_is_part_of_the_subject() {
    // A sentence's first word is capitalized whatever it is: `Local` and
    // `Trump` modify the group noun that is the subject.
    for (text, mention) in [
        ("Local leaders had one message: \"Stop the hate.\"\n", "Local leaders"),
        (
            "Trump supporters had a message: \"Build the wall.\"\n",
            "Trump supporters",
        ),
        (
            "Clinton aides had one answer: \"She will not debate him again.\"\n",
            "Clinton aides",
        ),
    ] {
        assert_eq!(first_speaker(text).0, Some(mention), "{text}");
    }
    // A name alone stays the subject.
    assert_eq!(
        first_speaker("Clinton had one message: \"Stop the hate.\"\n").0,
        Some("Clinton")
    );
}

#[test]
fn an_opening_phrase_of_time_is_no_subject() {
    let text = "Minutes later, she sent an email saying, \"Done, and thank you.\"\n";
    assert_eq!(first_speaker(text).0, Some("she"));
}

#[test]
fn no_speaker_starts_inside_an_opening_phrase() {
    // The speaker and aside before the cue start after the sentence's
    // opening phrase, not inside it, and `, and widely shared online,` is
    // no aside.
    let text = "In an essay posted on the state-run portal, the Herald, and widely shared online, Lin Wei, a \
                lecturer at the Ohio State University, urged readers not to judge, even as critics see the plan as \
                \"reckless and cruel.\"\n";
    assert_eq!(first_speaker(text).1.as_deref(), Some("Lin Wei"));
    let text = "At a town hall this week in Denver, Rosa Marquez, the head of the tenants' union, sharply told a \
                landlord who said rents must rise that \"this is not the first winter we have been asked to pay \
                more.\"\n";
    assert_eq!(first_speaker(text).1.as_deref(), Some("Rosa Marquez"));
    // The phrase may follow a dateline or a headline with no full stop,
    // and a phrase with a verb of its own (`entering`) ends in its own
    // object, capitalized or not; a past form after the subject's noun
    // (`rallied`) is the verb, not more of the subject.
    for text in [
        "WASHINGTON, Dec. 8 (UPI) — In response to a proposal to bar refugees from entering the United States, \
         the senator rallied supporters, saying: “We have to be ready to stop him.”\n",
        "Senate fight\n\nIn response to a proposal to bar refugees from entering the United States, the senator \
         rallied supporters, saying: “We have to be ready to stop him.”\n",
    ] {
        assert_eq!(
            first_speaker(text),
            (Some("the senator"), Some("senator".to_string())),
            "{text}"
        );
    }
    // A coordinated name is an aside still.
    let text = "The mayors Ana Ruiz and Tom Hale, and Gov. Jay Nixon, praised the \"courage\" of the strikers and \
                called the deal \"a betrayal of working families.\"\n";
    let quote = quote_where(text, |quote| quote.span.of(text).starts_with("a betrayal"));
    assert_eq!(quote.speaker.as_deref(), Some("Ana Ruiz and Tom Hale"));
}

#[test]
fn a_parenthetical_attribution_is_the_outer_source() {
    // PolNeAR's outermost source: the one who relays the subject's words.
    let text = "The network, Ruiz said, called the decision \"deeply troubling.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Ruiz"));
    assert_eq!(quote.cue.map(|cue| cue.of(text)), Some("said"));
    // An aside that is no attribution leaves the subject the speaker.
    let text = "Ana Ruiz, a lawyer, called the decision \"deeply troubling.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_coordinated_cue_takes_the_subject_of_its_own_clauses() {
    // Not the speech verb of a clause that opens the sentence.
    let text = "As the audience began to chant, Ana Ruiz was joined on stage by the mayor and joked, \"You are \
                being ridiculous, all of you.\"\n";
    assert_eq!(first_speaker(text).1.as_deref(), Some("Ana Ruiz"));
    // The nearest clause of the coordination that has a subject.
    let text = "Last week, when I asked Tom Hale if he would ever endorse Ana Ruiz, he looked straight into the \
                camera, shook his head and said, \"Not in a hundred years.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("he"));
    // Not the subject of a relative clause.
    let text = "Ana Ruiz hired an architect who wrote a book, and said \"Maybe he did not do a good job, and I was \
                not happy.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_clause_that_opens_the_sentence_does_not_say_the_quote_after_it() {
    let text = "After Tom Hale criticized the governor during a debate, Ana Ruiz shot back, \"I chose to fight for \
                this state.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Ana Ruiz"));
    // `As` makes the opening clause the quote's source.
    let text = "As Tom Hale wrote last year, \"the plan will fail before it starts.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Tom Hale"));
    // A comma right before the quote closes no opening clause.
    let text = "When the judge returned he began by saying, \"I do not think that prison is necessary here.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("he"));
}

#[test]
fn a_phrase_of_time_and_medium_before_a_colon_follows_on() {
    let text = "\"We made a terrible mistake going in,\" Ana Ruiz told CNN in October.\n\nThen, later that month on \
                CNN: \"I have never said we made a mistake going in.\"\n";
    let quote = quote_where(text, |quote| quote.span.of(text).starts_with("I have never"));
    assert_eq!(quote.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(quote.rule, "follow_on");
    // A phrase that names someone else introduces their words.
    let text = "\"We made a terrible mistake going in,\" Ana Ruiz told CNN in October.\n\nMore from Tom Hale: \"I \
                have never said we made a mistake going in.\"\n";
    let quote = quote_where(text, |quote| quote.span.of(text).starts_with("I have never"));
    assert_ne!(quote.speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn according_to_before_the_speakers_clause_is_the_outer_source() {
    let text = "Hale went to that debate, and he will go to the next one, because, according to Ana Ruiz, the media \
                would call him a \"coward\" if he did not.\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(quote.rule, "according_to_outer");
}

#[test]
fn a_gerund_joined_by_and_to_a_participle_takes_the_clause_subject() {
    let text = "Ana Ruiz toned down her attacks, shifting her focus to the fall and admitting that her \
                \"revolution\" will end without her.\n";
    let quote = quote_where(text, |quote| quote.span.of(text) == "revolution");
    assert_eq!(quote.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(quote.cue.map(|cue| cue.of(text)), Some("admitting"));
}

#[test]
fn a_clause_before_a_participles_comma_is_no_opening_phrase() {
    // `The mayor gathered outside,` is the clause the participle hangs on,
    // not a phrase like `Last week,` that opens the sentence.
    let text = "The mayor waited outside, saying \"We will not leave until they listen.\"\n";
    assert_eq!(first_speaker(text).0, Some("The mayor"));
    // A crowd is a collective speaker.
    let text = "The crowd gathered outside, waving flags and chanting \"We want a vote now!\"\n";
    assert_eq!(first_speaker(text).0, Some("The crowd"));
}

#[test]
fn in_the_words_of_names_the_speaker() {
    let text = "The bill has few friends. In the words of one senator, \"this bill is dead on arrival.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("one senator"));
    assert_eq!(quote.rule, "in_the_words_of");
    // And `in X's words`.
    let text = "The summit met in Ohio because, in Tom Hale's words, \"they are the best places for it.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Tom Hale"));
    assert_eq!(quote.rule, "in_speakers_words");
    // And the possessive of a name in -s, `in Forbes’ words`.
    let text = "The summit met in Ohio because, in Forbes’ words, \"they are the best places for it.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Forbes"));
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("Forbes’"));
}

#[test]
fn a_quote_inside_an_opening_clause_is_that_clauses() {
    // The cue after the quote is the main clause's, whose own quote follows.
    let text = "After Ana Ruiz said that some students might do better at \"less advanced schools,\" \
                Tom Lee said: \"I don't like what she said.\"\n";
    let quote = quote_where(text, |quote| quote.span.of(text) == "less advanced schools,");
    assert_eq!(quote.speaker.as_deref(), Some("Ana Ruiz"));
    let quote = quote_where(text, |quote| quote.span.of(text) == "I don't like what she said.");
    assert_eq!(quote.speaker.as_deref(), Some("Tom Lee"));
    // `someone` is a speaker; a headline with no full stop before the
    // clause ends no sentence, but the paragraph does.
    let text =
        "Lee jokes with crowd\n\nWhen someone in the audience shouted, \"Lee!\" Tom Lee joked, \"Come on up.\"\n";
    let quote = quote_where(text, |quote| quote.span.of(text) == "Lee!");
    assert_eq!(quote.speaker.as_deref(), Some("someone in the audience"));
    // A quote after the clause's comma is the cue's that follows it.
    let text = "When the vote was called, \"we will win,\" Tom Lee said.\n";
    let quote = quote_where(text, |quote| quote.span.of(text) == "we will win,");
    assert_eq!(quote.speaker.as_deref(), Some("Tom Lee"));
}

#[test]
fn a_party_tag_in_parentheses_is_no_ones_name() {
    // `(D-Calif.)` overlaps the speaker's mention, yet names no person
    // for `she` to stand for.
    let text = "Dianne Feinstein (D-Calif.) last week said she was not on the chains. Asked about Lee, \
                Feinstein said \"I know nothing about Jake Lee,\" she said.\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Dianne Feinstein"));
}

#[test]
fn an_s_form_after_a_possessive_and_a_modifier_is_a_noun() {
    // `his recent remarks`: no subject `his recent` with a verb `remarks`.
    let text = "Sen. Tom Lee visited the studio to discuss his recent remarks about his rival, Ana Ruiz, \
                saying she would be \"an infinitely better president\" than the others.\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Tom Lee"));
    // `her team calls`: a noun before the verb is its subject.
    let text = "Ana Ruiz won, and what her team calls her \"breaking barriers\" agenda was working.\n";
    let quote = speech_quote(text);
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("her team"));
}

#[test]
fn a_dateline_with_an_abbreviated_month_is_no_subject() {
    let text = "WASHINGTON, Dec. 8 (UPI) — The mayor waited outside, saying \"We will not leave.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("The mayor"));
}

#[test]
fn a_possessive_phrase_after_a_stance_verb_is_its_object() {
    // `denounced her record` is no inverted `said her husband`; `summed up
    // Clinton as "…"` says the quote.
    let text =
        "Tom Lee summed up Ana Ruiz as \"terrible,\" denounced her record as mayor and said she should not run.\n";
    let quote = quote_where(text, |quote| quote.span.of(text) == "terrible,");
    assert_eq!(quote.speaker.as_deref(), Some("Tom Lee"));
    let text = "\"We will appeal,\" said her husband, a retired teacher.\n";
    assert_eq!(first_speaker(text).0, Some("her husband"));
}

#[test]
fn a_coordinated_cue_past_an_adverb_shares_the_subject() {
    let text = "Tom Lee started the argument and later said, \"It is not just the mayor.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Tom Lee"));
    assert_eq!(quote.cue.map(|cue| cue.of(text)), Some("said"));
}

/// The canonical speaker of `{mention} said, "We will win."`.
fn speaker_of_mention(mention: &str) -> Option<String> {
    let text = format!("{mention} said, \"We will win.\"\n");
    speech_quote(&text).speaker
}

#[test]
fn titles_before_names_are_no_part_of_them() {
    for (mention, speaker) in [
        // A party label inside a title ends it.
        (
            "Senate Intelligence Ranking Democrat Dianne Feinstein",
            "Dianne Feinstein",
        ),
        // An institution's name keeps its label.
        ("The Senate Republican Conference", "Senate Republican Conference"),
        // A title with a lower-case word ends the name before it.
        ("White House Chief of Staff Denis McDonough", "Denis McDonough"),
        // A title in capitals runs on with the name, which drops it.
        ("Cleveland Police Chief Calvin Williams", "Calvin Williams"),
        // Roles of people.txt.
        ("Comedian Sarah Silverman", "Sarah Silverman"),
        ("Senate Majority Whip John Cornyn", "John Cornyn"),
        ("Assemblywoman Claudia Tenney", "Claudia Tenney"),
        ("Alderman Jason Ervin", "Jason Ervin"),
        ("Public Advocate Trish James", "Trish James"),
        ("Palm Beach County Supervisor of Elections Susan Bucher", "Susan Bucher"),
        ("United Auto Workers Secretary-Treasurer Gary Casteel", "Gary Casteel"),
        ("County Clerk Ana Ruiz", "Ana Ruiz"),
        ("FBI General Counsel James A. Baker", "James A. Baker"),
        ("Filmmaker Jack Marino", "Jack Marino"),
    ] {
        assert_eq!(speaker_of_mention(mention).as_deref(), Some(speaker), "{mention}");
    }
}

#[test]
fn a_title_with_its_of_phrase_is_no_part_of_the_name() {
    for (mention, speaker) in [
        ("Former Secretary of Defense Leon Panetta", "Leon Panetta"),
        ("Speaker of the House Paul Ryan", "Paul Ryan"),
        ("President of the United States Barack Obama", "Barack Obama"),
        ("Minister of Foreign Affairs Sergei Lavrov", "Sergei Lavrov"),
        // Initials and an honorific inside.
        ("Director of National Intelligence James R. Clapper", "James R. Clapper"),
        (
            "Chairman of the Joint Chiefs of Staff Gen. Joseph Dunford",
            "Joseph Dunford",
        ),
        // Too short for a title and a name of two words: as written.
        ("Secretary of Defense Panetta", "secretary of Defense Panetta"),
        // A body's name after the title: no person's name in it.
        (
            "Chairman of the Senate Foreign Relations Committee",
            "chairman of the Senate Foreign Relations Committee",
        ),
        // An acronym keeps its capitals.
        ("CEO of the Trump campaign", "CEO of the Trump campaign"),
    ] {
        assert_eq!(speaker_of_mention(mention).as_deref(), Some(speaker), "{mention}");
    }
}

#[test]
fn a_phrase_capitalized_only_to_open_its_sentence_is_written_lower() {
    let speaker = |text: &str| quote_where(text, |quote| quote.span.of(text) == "We will win.").speaker;
    // The document writes `nuclear` in lower case: the capital is the
    // sentence's.
    let text = "The nuclear talks resumed.\n\nNuclear experts said, \"We will win.\"\n";
    assert_eq!(speaker(text).as_deref(), Some("nuclear experts"));
    // Not a name run (`State Department`), nor a word never written in
    // lower case.
    let text = "The state budget passed.\n\nThe State Department said, \"We will win.\"\n";
    assert_eq!(speaker(text).as_deref(), Some("State Department"));
    let text = "The talks resumed.\n\nNuclear experts said, \"We will win.\"\n";
    assert_eq!(speaker(text).as_deref(), Some("Nuclear experts"));
}

#[test]
fn a_conjunction_opens_no_name() {
    // A capitalized `And` in mid-sentence ran into the name after it.
    let text = "In the debate tonight, Cruz won, And Marco Rubio took a hit.\n\nRubio said, \"We will win.\"\n";
    let quote = quote_where(text, |quote| quote.kind == crate::Kind::Direct);
    assert_eq!(quote.speaker.as_deref(), Some("Marco Rubio"));
}

#[test]
fn a_word_written_in_lower_case_runs_on_before_no_name() {
    // A book's title in capitals runs `Real` into the name; the document
    // writes `real` in lower case, and `Donald Trump` as often.
    let text = "He wrote \"The Inside Story of the Real Donald Trump.\" The real story is simple, Donald Trump \
                says.\n\nDonald Trump said, \"We will win.\"\n";
    let quote = quote_where(text, |quote| quote.span.of(text) == "We will win.");
    assert_eq!(quote.speaker.as_deref(), Some("Donald Trump"));
}

#[test]
fn a_common_word_opening_the_sentence_is_no_subject() {
    // With no speech verb the quote is its sentence subject's, but `Good`
    // is a word the document writes in lower case: no one.
    let text = "Misinformation is hard to dislodge, he said. Good information can still drive out bad, but only \
                when \"the truth is sexier than the lie.\" That is a good thing.\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker, None);
    // A name the document also writes with a capital inside a sentence
    // stays one.
    let text = "Senator Tom Price joined the fight. Price smiled at the idea of \"a stupendous fraud.\" The price \
                is high.\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Tom Price"));
}

#[test]
fn a_pronoun_with_a_capital_after_a_closed_sentence_opens_a_new_one() {
    // `Her father … worried that …` reports words of its own: it is no
    // trailing attribution of the sign's text.
    let text = "At the rally, Ana Ruiz held up a sign that read \"15%!\" Her father, Tom, 39, worried that too many \
                voters read only one newspaper.\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("a sign"));
    // A name after the quote, with nothing of its own to report, is the
    // quote's speaker.
    let text = "\"Who cares?\" Ana Ruiz asked.\n";
    assert_eq!(speech_quote(text).speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_relative_clause_before_a_coordinated_verb_says_no_quote() {
    // `who reports` describes the earlier quote's prosecutor; the quote
    // after `, and called for` is the sentence subject's.
    let text = "Ana Ruiz spoke in Ohio. She has proposed appointing a \"chief trade prosecutor\" who reports directly \
                to the president, and called for tripling \"the number of trade enforcement officers.\"\n";
    let quote = quote_where(text, |quote| quote.span.of(text).starts_with("the number"));
    assert_eq!(quote.speaker.as_deref(), Some("Ana Ruiz"));
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("She"));
}

#[test]
fn verbs_of_venting_griping_and_singing_are_speech() {
    for text in [
        "Flying home one night, Ana Ruiz vented to her husband that it would be \"a fight from start to finish.\"\n",
        "Tom Hale griped that the plan was \"a mess.\"\n",
        "\"You lost,\" Tom Hale taunted.\n",
        "As the Rainmakers sang back in the 1980s, \"They will turn us all into beggars.\"\n",
        "\"Nobody knows the trouble I have seen,\" Ana Ruiz sang.\n",
    ] {
        assert!(speech_quote(text).speaker.is_some(), "{text}");
    }
}

#[test]
fn a_plural_after_a_superlative_is_a_noun() {
    // `challenges` after `the biggest` is no speech verb with `one of the
    // biggest` as its subject.
    let text = "Tom Hale spoke in Ohio. He anticipated that one of the biggest challenges for the next mayor \
                would be \"dealing with the problems the old one will leave.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Tom Hale"));
}

#[test]
fn who_after_an_aside_is_the_person_the_aside_describes() {
    // `who` stands for `a native of Ohio`, the aside of `Tom Hale`: the
    // canonical speaker is the person, not the aside's words.
    let text = "Tom Hale, a native of Ohio who writes fiction on the side, has cast himself as a \"data-savvy\" \
                strategist.\n";
    let quote = speech_quote(text);
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("who"));
    assert_eq!(quote.speaker.as_deref(), Some("Tom Hale"));
    // Not a place the aside follows.
    let text = "In Ohio, a voter who lost her job wrote that it was \"a disaster.\"\n";
    assert_ne!(speech_quote(text).speaker.as_deref(), Some("Ohio"));
}

#[test]
fn the_object_of_a_relative_clause_is_no_subject() {
    // `her job` is what the voter lost: the one who said it is the voter.
    let text = "In Ohio, a voter who lost her job said it was \"a disaster.\"\n";
    assert_eq!(first_speaker(text).0, Some("a voter"));
    let text = "Tom Hale, who has run the company for years, said it was \"a disaster.\"\n";
    assert_eq!(first_speaker(text).0, Some("Tom Hale"));
}

#[test]
fn a_name_written_after_the_is_no_he_or_she() {
    // `the New York Times reported`: a thing, not the `he` of the quote.
    let text = "Title.\n\nTom Hale spoke on Monday. The New York Times reported that the race was close.\n\n\
                \"We will win,\" he said.";
    assert_eq!(canonical(text).as_deref(), Some("Tom Hale"));
    // `the Ana Ruiz campaign`: a name as a modifier is still a person.
    let text = "Title.\n\nAna Ruiz spoke on Monday. The Ana Ruiz campaign was pleased.\n\n\"We will win,\" she said.";
    assert_eq!(canonical(text).as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_verb_joined_by_a_hyphen_is_an_adjective() {
    // `hoarse-voiced` describes Ruiz; it reports nothing of Hale's.
    let text = "Tom Hale was on the defensive, but a hoarse-voiced Ana Ruiz got in numerous digs.\n";
    let analysis = Analyzer::new().analyze(text);
    let cues: Vec<&str> = analysis
        .quotes
        .iter()
        .filter_map(|quote| quote.cue.map(|cue| cue.of(text)))
        .collect();
    assert!(!cues.contains(&"voiced"), "{cues:?}");
}

#[test]
fn a_short_quote_after_as_is_the_subjects_description() {
    // `brought it up as "…"`: the subject describes something in the
    // quoted words; no speech verb needed.
    let text = "The mayor spoke on Monday. Tom Hale brought the deal up as \"very fishy\" in an interview.\n";
    let quote = speech_quote(text);
    assert_eq!(
        (quote.kind, quote.speaker.as_deref()),
        (crate::Kind::Partial, Some("Tom Hale"))
    );
    // A name, a list or a passive participle is no one's description.
    for text in [
        "The group is known as \"the Squad\" in Washington.\n",
        "Big donors such as \"the Koch network\" gave money.\n",
        "Tom Hale took vacations disguised as \"fact-finding trips\" every year.\n",
    ] {
        let analysis = Analyzer::new().analyze(text);
        assert!(
            analysis.quotes.iter().all(|quote| quote.rule != "characterized_as"),
            "{text}"
        );
    }
}

#[test]
fn a_participle_after_a_short_phrase_takes_the_clause_subject() {
    // `, at one point calling`: the phrase between the comma and the
    // participle leaves the subject the clause's.
    let text = "Tom Hale has battled with the mayor over the city's finances, at one point calling the mayor a \
                \"liar.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Tom Hale"));
    assert_eq!(quote.cue.map(|cue| cue.of(text)), Some("calling"));
}

#[test]
fn however_between_subject_and_verb_is_an_adverb() {
    let text = "Tom Hale however said he would welcome the city's part in a \"principled security network\" for the \
                region.\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Tom Hale"));
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("Tom Hale"));
}

#[test]
fn a_double_barrelled_name_is_a_subject() {
    // `Lopez-Cantera promises`: a verb after a hyphenated name, unlike
    // `anti-Muslim remarks`, a noun after a hyphenated word.
    let text = "On his campaign website, Ana Lopez-Cantera promises to \"end\" the tax.\n";
    assert_eq!(speech_quote(text).speaker.as_deref(), Some("Ana Lopez-Cantera"));
}

#[test]
fn a_possessors_pledge_to_or_call_for_a_quote_is_theirs() {
    let text = "The worries go beyond Tom Hale's pledge to be \"neutral\" during the talks.\n";
    let quote = speech_quote(text);
    assert_eq!(
        (quote.kind, quote.speaker.as_deref()),
        (crate::Kind::Partial, Some("Tom Hale"))
    );
    // A capital that opens the clause is no part of the possessor.
    let text = "While Ana Ruiz's call for a \"revolution\" draws thousands, others stay home.\n";
    let quote = speech_quote(text);
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("Ana Ruiz's"));
}

#[test]
fn a_publication_is_a_body_that_speaks() {
    // `The conservative publication` heads the sentence whose participle
    // says the quote: not `Donald Trump`, the object of its preposition.
    let text = "The end. The conservative publication has been outspoken in its opposition to Donald Trump, \
                arguing he is \"a political opportunist who would trash the broad consensus.\"\n";
    let quote = speech_quote(text);
    assert_eq!(
        quote.mention.map(|span| span.of(text)),
        Some("The conservative publication")
    );
}

#[test]
fn respondents_counted_by_a_poll_speak_through_it() {
    let text = "The end. In a Washington Post/ABC News poll released Sunday, just 8 percent of Democrats said \
                they would vote for \"the other side.\"\n";
    let quote = speech_quote(text);
    assert_eq!(
        quote.mention.map(|span| span.of(text)),
        Some("a Washington Post/ABC News poll released Sunday")
    );
    let text = "The end. The Q poll also finds that, while 37 percent of Americans say Lee is \"very \
                responsible\" for it, most do not.\n";
    assert_eq!(speech_quote(text).mention.map(|span| span.of(text)), Some("The Q poll"));
    // Not a count with no poll before it, nor a poll with no count.
    let text = "The end. After the rally, 37 percent of the crowd said it was \"very good.\"\n";
    assert_eq!(
        speech_quote(text).mention.map(|span| span.of(text)),
        Some("37 percent of the crowd")
    );
    let text = "The end. In a new poll, Ana Ruiz said the race was \"very close.\"\n";
    assert_eq!(speech_quote(text).speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn a_name_in_apposition_to_a_speaking_role_is_salient() {
    // `he` is the shadow chancellor, Tom Stride, whom the sentence before
    // names after his role: not the speaker of the paragraph before.
    let text = "Speaking in Derby, Sir Keir Starmer said: \"We will not balance the books.\"\n\n\
                But the shadow chancellor, Tom Stride, said the sums were \"simply wrong\". \
                \"They are borrowing more and more,\" he told the BBC.\n";
    let quote = quote_where(text, |quote| quote.span.of(text).starts_with("They are"));
    assert_eq!(quote.speaker.as_deref(), Some("Tom Stride"));
}

#[test]
fn an_interview_with_names_the_hearer() {
    for text in [
        "Ana Ruiz spoke. In an interview with Fox News, she said the bill would come back \"again and again\".\n",
        "Ana Ruiz said in an interview with Fox News last week that the bill would come back \"again and again\".\n",
    ] {
        let quote = speech_quote(text);
        assert_eq!(quote.recipient.as_deref(), Some("Fox News"), "in {text:?}");
    }
    // Not the speaker whom the interview is with.
    let text = "The paper ran an interview with Ana Ruiz, in which Ruiz declared the win \"tremendous news.\"\n";
    assert_eq!(speech_quote(text).recipient, None);
}

#[test]
fn according_to_before_a_clause_is_the_cue() {
    let text = "According to Sen. Chris Murphy, the bill \"does nothing to fix the system.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("Chris Murphy"));
    assert_eq!(quote.cue.map(|cue| cue.of(text)), Some("According to"));
}

#[test]
fn a_role_noun_is_the_person_the_sentence_before_opens_with() {
    // `the grandmother` was introduced by no role: she is the person the
    // sentence before is about.
    let text = "Flood victims spoke.\n\n\"They did nothing,\" said Siti Rahayu, 52.\n\n\
                Rahayu was not convinced. \"Alerts on a phone are not enough,\" the grandmother said.\n";
    let quote = quote_where(text, |quote| quote.span.of(text).starts_with("Alerts"));
    assert_eq!(quote.speaker.as_deref(), Some("Siti Rahayu"));
    // Not a name in an opening clause (`As Ana Ruiz spoke, a designer …`),
    // nor one asked.
    for text in [
        "The speech ran late.\n\nAs Ana Ruiz spoke, a designer watched from her home. \"It was bad,\" the employee said.\n",
        "The debate ran late.\n\nTom Hale was asked a question. \"Why not?\" the moderator said.\n",
    ] {
        let quote = speech_quote(text);
        assert!(
            !matches!(quote.speaker.as_deref(), Some("Ana Ruiz" | "Tom Hale")),
            "{:?} in {text:?}",
            quote.speaker
        );
    }
}

#[test]
fn short_quote_the_sentence_runs_on_from_is_a_term() {
    // `"Containment" has been U.S. policy …`: a word the sentence is about,
    // not a follow-on utterance of the speaker before.
    check(
        "\"The mission is to destroy ISIS,\" Jeb Bush said.\n\n\"Containment\" has been U.S. policy against major foes since the Korean War.",
        &[
            (
                "The mission is to destroy ISIS,",
                "direct",
                Some("Jeb Bush"),
                Some("said"),
                None,
            ),
            ("Containment", "term", None, None, None),
        ],
    );
}

#[test]
fn quote_ending_its_sentence_takes_no_gap_attribution_after_it() {
    // The words after `now."` are the next sentence's: `called the KKK`
    // does not attribute the quote (its speaker is no `KKK abhorrent`).
    check(
        "Rubio said Trump is “unelectable now.” Sen. Ted Cruz, also a GOP hopeful, called the KKK abhorrent.",
        &[("unelectable now.", "partial", Some("Rubio"), Some("said"), None)],
    );
}

/// A headline's quote is no one's speech, though a pattern reads a speaker
/// in it: headlines put their verbs in the present (`declares`) or in title
/// case (`Who Once Mocked`). A quote that opens its sentence, or a past
/// cue in a line of prose, is a sentence that opens the article.
#[test]
fn a_quote_inside_a_headline_is_a_heading() {
    for text in [
        "The Latest: Sanders declares ‘revolution,’ ignores losses.\n\nWASHINGTON (AP) — The Latest.",
        "Wisconsin Elects A Justice Who Once Mocked ‘Queers’ Who Get AIDS.\n\nThe body.",
        "Ryan calls Trump line 'racist,' but backs him; \nJustice vows to be 'more circumspect' with her opinions.\n\nThe body.",
    ] {
        let analysis = Analyzer::new().analyze(text);
        let quotes: Vec<_> = analysis
            .quotes
            .iter()
            .filter(|quote| quote.kind != crate::Kind::Indirect)
            .collect();
        assert!(!quotes.is_empty(), "{text}");
        for quote in quotes {
            assert_eq!(quote.kind, crate::Kind::Heading, "{text}: {quote:?}");
        }
    }
    let text = "Lee said on Friday that the plan was \"a failure from the start.\"\n\nHe spoke again later.";
    let analysis = Analyzer::new().analyze(text);
    let quote = analysis
        .quotes
        .iter()
        .find(|quote| quote.kind != crate::Kind::Indirect)
        .unwrap();
    assert_eq!(quote.kind, crate::Kind::Partial);
    assert_eq!(quote.speaker.as_deref(), Some("Lee"));
}

/// A noun phrase after the cue that a finite verb follows opens what was
/// said: the quote before the cue is the sentence subject's, not the
/// phrase's.
#[test]
fn a_cue_then_a_clause_is_no_inverted_attribution() {
    check(
        "Mr. Manafort, citing \"the unique magic of Trump,\" said the candidate could win in Pennsylvania.",
        &[(
            "the unique magic of Trump,",
            "partial",
            Some("Manafort"),
            Some("citing"),
            None,
        )],
    );
    check(
        "\"We won,\" said the candidate.",
        &[("We won,", "direct", Some("candidate"), Some("said"), None)],
    );
    // Nor is one that `as` follows after a cue that takes an object: what
    // the cue calls something (not `said Ann Lee as she left`). (The second
    // quote takes the first's speaker and cue from the same sentence;
    // `described` would be the better cue.)
    check(
        "Tom Reed, who says his costs were \"in the seven figures,\" described the impact as \"horrendous.\"",
        &[
            ("in the seven figures,", "partial", Some("Tom Reed"), Some("says"), None),
            ("horrendous.", "partial", Some("Tom Reed"), Some("says"), None),
        ],
    );
    check(
        "\"We can win,\" said Ann Lee as she left.",
        &[("We can win,", "direct", Some("Ann Lee"), Some("said"), None)],
    );
}

#[test]
fn a_speech_verb_hyphened_to_the_next_word_is_no_cue() {
    // `back-and-forth`, `follow-up`: the first half of a compound noun.
    let text = "Another back-and-forth, this time between Lee and Ruiz, was about the \"pivot\" to Asia.\n";
    assert_eq!(first_speaker(text), (None, None));
    let text = "Ruiz said the back-and-forth was \"tiring.\"\n";
    assert_eq!(first_speaker(text), (Some("Ruiz"), Some("Ruiz".to_string())));
}

#[test]
fn a_capital_only_at_a_sentence_start_is_no_name() {
    // `Good information`: a word the document capitalizes only where a
    // sentence opens, before the lower-case noun it modifies, names no one.
    let text = "Misinformation spreads, he said. Good information can still drive out bad, but usually only when \"the truth is sexier than the lie.\"";
    let quote = speech_quote(text);
    assert_eq!(quote.mention.map(|span| span.of(text)), None);
    // (A name written so once is still a name: `Kaken told reporters`.)
    let text = "Kaken told reporters the camp was \"a prison.\"";
    assert_eq!(first_speaker(text).0, Some("Kaken"));
}

#[test]
fn no_subject_after_the_sentence_verb() {
    // `The move appeared to contradict comments from former Secretary of
    // Defense Leon Panetta that "…"`: a name after the sentence's verb is
    // no subject of it; the quote's speaker is not `Secretary of Defense
    // Leon`.
    let text = "The move appeared to contradict 2013 comments from former Secretary of Defense Leon Panetta that \
                \"time, distance and the lack of warning prevented a response.\"\n";
    let quote = speech_quote(text);
    assert_eq!(quote.mention.map(|span| span.of(text)), None);
}

#[test]
fn a_quote_that_ends_its_sentence_takes_no_source_from_the_next() {
    // `according to a Democratic aide` is the source of the next sentence,
    // not of the child's words.
    for gap in [" ", "\n"] {
        let text = format!(
            "A boy asked who the man was. Another child responded, \"That's Hillary's husband.\"{gap}At another \
             point, Democrats erupted in laughter, according to a Democratic aide.\n"
        );
        let quote = speech_quote(&text);
        assert_eq!(quote.speaker.as_deref(), Some("another child"), "{text:?}");
    }
    // (Within its sentence, the source is the outer one: `"…," Lee said,
    // according to the Post.`)
    let text = "\"We will win,\" Lee said, according to the Post.\n";
    assert_eq!(speech_quote(text).speaker.as_deref(), Some("Post"));
    let text = "\"Is this a priority for them?\" Lee said at a press conference, according to the Post.\n";
    assert_eq!(speech_quote(text).speaker.as_deref(), Some("Post"));
}

#[test]
fn an_agent_between_a_participle_and_as_speaks() {
    // `an option seen by organizers as a "lifeboat"`: the organizers'
    // word, not the option's.
    let text = "They will discuss a third-party run, an option seen by organizers as a \"lifeboat\" for \
                conservatives.\n";
    let quote = speech_quote(text);
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("organizers"));
    let text = "The plan, described by Ana Ruiz as \"a disaster,\" was dropped.\n";
    assert_eq!(speech_quote(text).speaker.as_deref(), Some("Ana Ruiz"));
}

#[test]
fn plural_head_before_a_source_modifier_takes_say() {
    // `people close to Ana Diaz say`: `people` takes the plural verb, not the
    // name after `close to`.
    check(
        "\"The plan is dead and will not come back,\" people close to Ana Diaz say.",
        &[(
            "The plan is dead and will not come back,",
            "direct",
            Some("people close to Ana Diaz"),
            Some("say"),
            None,
        )],
    );
    check(
        "People close to Ana Diaz say: \"The plan is dead and will not come back.\"",
        &[(
            "The plan is dead and will not come back.",
            "direct",
            Some("people close to Ana Diaz"),
            Some("say"),
            None,
        )],
    );
}

#[test]
fn a_participle_after_a_clause_with_an_irregular_past() {
    // `fled` shows the clause `The mayor fled the room`, whose subject the
    // participle takes; it is no opening phrase like `Last week,`. (`left`
    // is not listed: `the far left`, `No Child Left Behind`.)
    check(
        "The mayor fled the room, saying \"I am done here and will not come back.\"",
        &[(
            "I am done here and will not come back.",
            "partial",
            Some("mayor"),
            Some("saying"),
            None,
        )],
    );
}

#[test]
fn a_gerund_joined_to_one_with_a_plural_object() {
    // `holding signs and chanting "…"`: `signs` right after `holding` is its
    // object, not a verb with a subject of its own.
    check(
        "The protesters gathered outside, holding signs and chanting \"Dump the plan.\"",
        &[("Dump the plan.", "partial", Some("protesters"), Some("chanting"), None)],
    );
}

#[test]
fn a_subordinate_clause_with_its_own_subject_is_no_aside() {
    check(
        "Cruz rejected the arrival of any refugee, while Mike Huckabee, the former Arkansas governor, proposed we \"wake up and smell the falafel\" now.",
        &[(
            "wake up and smell the falafel",
            "partial",
            Some("Mike Huckabee"),
            Some("proposed"),
            None,
        )],
    );
    // (An aside of a participle, a clause or a phrase stays one.)
    check(
        "Blunt, after a long pause, said \"it will be built\" soon.",
        &[("it will be built", "direct", Some("Blunt"), Some("said"), None)],
    );
    check(
        "Lee, while he was in Iowa, said \"it will be built\" soon.",
        &[("it will be built", "direct", Some("Lee"), Some("said"), None)],
    );
    check(
        "Trump, when asked about the wall, said \"it will be built\" soon.",
        &[("it will be built", "direct", Some("Trump"), Some("said"), None)],
    );
}

#[test]
fn a_claim_that_its_quotation_carries_still_names_the_quotation_s_speaker() {
    // `praising Hillary Clinton as a "…"` is mostly quotation: no claim is
    // shown, but the claim's subject is the quote's speaker.
    let text = "Title here.\n\nTALLAHASSEE — Democratic U.S. Rep. Gwen Graham on Friday pummeled Donald Trump as divisive while praising Hillary Clinton as a \"work horse, not a show horse.\"";
    let quote = quote_where(text, |quote| quote.span.of(text).starts_with("work horse"));
    assert_eq!(quote.speaker.as_deref(), Some("Gwen Graham"));
    assert_eq!(quote.rule, "inside_claim");
    // (Not a claim of a verb that names, nor one of an impression: see
    // `a_name_given_by_a_participle_has_no_speaker` and
    // `a_verb_of_impression_gives_no_speaker_to_a_quote`.)
}

#[test]
fn a_name_after_of_behind_a_name_is_a_place() {
    // `Lee Zeldin of New York`: the state is where the person is from, no
    // person a later `he` could name.
    check(
        "Title here.\n\nRepublican Rep. Lee Zeldin of New York, a Trump supporter, said it will help.\n\n\"I don't think it's do or die,\" he said outside the building.",
        &[(
            "I don't think it's do or die,",
            "direct",
            Some("Lee Zeldin"),
            Some("said"),
            None,
        )],
    );
}

#[test]
fn a_name_before_a_role_noun_modifies_it() {
    // `Former Arizona governor Jan Brewer`: `Former Arizona` is no person
    // a later `she` could name.
    check(
        "Title here.\n\nFormer Arizona governor Jan Brewer, an early supporter of Trump, calls the issue of security \"a priority\" for women. \"That's something I think will resonate with all women,\" she said.",
        &[
            ("a priority", "partial", Some("Jan Brewer"), Some("calls"), None),
            (
                "That's something I think will resonate with all women,",
                "direct",
                Some("Jan Brewer"),
                Some("said"),
                None,
            ),
        ],
    );
}

#[test]
fn a_name_right_before_a_role_noun_is_no_person() {
    // `Former Arizona governor Tom Hale`: the state modifies the role, and
    // is no person a later `she` could name, even where the capital
    // `Former` makes it two words.
    check(
        "Title here.\n\nAnn Lee spoke first.\n\nFormer Arizona governor Tom Hale came. \"It will resonate,\" she said.",
        &[("It will resonate,", "direct", Some("Ann Lee"), Some("said"), None)],
    );
}

#[test]
fn a_sentence_that_a_colon_hands_over_to_is_direct() {
    // `wrote on Facebook: "…."`: words between the cue and the colon make
    // no reported clause of the quote; a fragment after a colon stays
    // partial.
    check(
        "Title.\n\nCarly Fiorina wrote on Facebook: \"Anyone can turn an inheritance into more money.\"",
        &[(
            "Anyone can turn an inheritance into more money.",
            "direct",
            Some("Carly Fiorina"),
            Some("wrote"),
            None,
        )],
    );
    // (A comma before a trailing cue ends the sentence as well.)
    check(
        "Title.\n\nTom Lee asserted that France had lost its identity: \"France is no longer France,\" he claimed.",
        &[(
            "France is no longer France,",
            "direct",
            Some("Tom Lee"),
            Some("claimed"),
            None,
        )],
    );
    check(
        "Title.\n\nCarly Fiorina wrote on Facebook: \"a disgrace\" and worse.",
        &[("a disgrace", "partial", Some("Carly Fiorina"), Some("wrote"), None)],
    );
}

#[test]
fn a_document_sent_saying_quotes_its_sender() {
    // `sent an email saying, "…"`: the sender's words, as reported speech
    // has them; a whole sentence right after the cue and its comma is
    // direct.
    check(
        "Title.\n\nMinutes later, John Smith sent an email saying, \"We are done here.\"",
        &[("We are done here.", "direct", Some("John Smith"), Some("saying"), None)],
    );
}

/// No mention starts inside a word joined by a hyphen: `front-runner
/// Donald Trump` was `runner Donald Trump`, `two-thirds of caucus
/// attendees` was `-thirds of caucus attendees`; and a trailing speaker
/// with such a role before its name is the name, not the first modifier
/// (`said Republican presidential front-runner Donald Trump` was
/// `Republican`).
#[test]
fn no_mention_starts_inside_a_hyphenated_word() {
    for (text, mention) in [
        (
            "Republican presidential front-runner Donald Trump said the plan was bad.",
            "Republican presidential front-runner Donald Trump",
        ),
        (
            "\"It was bad,\" said Republican presidential front-runner Donald Trump.",
            "Republican presidential front-runner Donald Trump",
        ),
        (
            "About two-thirds of caucus attendees said the plan was bad.",
            "two-thirds of caucus attendees",
        ),
    ] {
        let (found, speaker) = first_speaker(text);
        assert_eq!(found, Some(mention), "{text}");
        assert!(speaker.is_some(), "{text}");
    }
}

/// `a thunderous chant of "…"`: the chant is a noun; `thunderous` is no
/// one who chants.
#[test]
fn an_adjective_before_a_noun_of_speech_is_no_speaker() {
    let text = "A mix of Sanders supporters joined in a thunderous chant of \"Feel the Bern!\" Their voices drowned out traffic.";
    let (mention, _) = first_speaker(text);
    assert_ne!(mention, Some("thunderous"));
}

/// A plural or s-final possessive whose apostrophe stands alone (`Sanders’
/// campaign`, `the Democrats' leaders`) opens a noun phrase as `Sanders's`
/// does: the speaker was `campaign`.
#[test]
fn a_bare_apostrophe_possessive_opens_a_speaker() {
    for (text, mention) in [
        ("Sanders’ campaign says the plan was bad.", "Sanders’ campaign"),
        ("Sanders' campaign says the plan was bad.", "Sanders' campaign"),
        ("Bernie Sanders’ aides said the plan was bad.", "Bernie Sanders’ aides"),
        (
            "The Democrats’ leaders said the plan was bad.",
            "The Democrats’ leaders",
        ),
    ] {
        let (found, _) = first_speaker(text);
        assert_eq!(found, Some(mention), "{text}");
    }
}

/// `the aide` after `A Republican committee aide …` is that unnamed aide:
/// not `Republican` (a party's word alone is no one's name), nor the last
/// person the document introduced with a role.
#[test]
fn a_role_introduced_with_a_names_that_unnamed_person() {
    let text = "Inquiry news.\n\nDemocrats dispute Republican claims of \"significant breakthroughs\" in the inquiry. A Republican committee aide blasted the statement.\n\n\"It is a deceptive announcement,\" the aide said.";
    let quote = quote_where(text, |quote| quote.span.of(text).starts_with("It is"));
    assert_eq!(quote.mention.map(|mention| mention.of(text)), Some("the aide"));
    assert_ne!(quote.speaker.as_deref(), Some("Republican"));
    let text = "Former director David Petraeus spoke on Monday. A committee aide blasted the statement.\n\n\"It is a deceptive announcement,\" the aide said.";
    assert_ne!(speech_quote(text).speaker.as_deref(), Some("David Petraeus"));
    // (Not what someone should be: `to be a great president`.)
    let text = "Rally news.\n\nJeb Bush on Monday brought his older brother, George W. Bush, and the former first lady, Laura Bush, to the rally.\n\n\"Labels are for soup cans,\" the former president told a crowd.\n\n\"He will be a great president,\" he said.\n\nThe former president said the race was close.";
    let claim = quote_where(text, |quote| quote.kind == crate::Kind::Indirect);
    assert_eq!(claim.speaker.as_deref(), Some("George W. Bush"));
}

/// `The Florida senator’s answer was that "…"`: the quote is the senator's,
/// not `Florida`'s (a place that then took the next `he`).
#[test]
fn a_role_possessive_opening_the_sentence_is_the_speaker() {
    let text = "Title here.\n\nThe Florida senator’s answer was that “the most important institution in society is the family,” so government should help.";
    let quote = speech_quote(text);
    assert_eq!(
        quote.mention.map(|mention| mention.of(text)),
        Some("The Florida senator’s")
    );
}

#[test]
fn an_adverb_ends_no_speaker() {
    let text = "\"Obsequious pandering belies his reputation,\" the editorial board recently wrote.";
    assert_eq!(first_speaker(text).0, Some("the editorial board"));
}

#[test]
fn a_person_word_in_ly_is_no_adverb() {
    let text = "The victim’s family said they were \"devastated.\"";
    assert_eq!(first_speaker(text).0, Some("The victim’s family"));
    let text = "Trump’s family said they were \"devastated.\"";
    assert_eq!(first_speaker(text).0, Some("Trump’s family"));
}

#[test]
fn an_s_form_after_of_is_a_plural_noun() {
    let text = "Sanders ticked off a series of issues important to him, including making corporations pay their \"fair share\" of taxes.";
    assert_eq!(first_speaker(text).0, None);
}

#[test]
fn no_speaker_opens_right_after_a_modal() {
    let text = "In a riff on his famous campaign line, they will hold banners proclaiming: \"Yes we can - Stop TTIP!\"";
    assert_eq!(first_speaker(text).0, Some("banners"));
}

#[test]
fn a_speaker_opens_after_a_modal_in_a_question() {
    let text = "And will their editors, who once called these stories \"spinach,\" want to publish them?";
    assert_eq!(first_speaker(text).1.as_deref(), Some("their editors"));
    let text = "Once ratings come in, will reporters still want the stories, which they call \"spinach\"?";
    assert_eq!(first_speaker(text).1.as_deref(), Some("reporters"));
}

#[test]
fn a_time_of_day_after_a_day_is_no_part_of_the_speaker() {
    let text = "On Thursday evening Hillary Clinton said she would win the race.";
    assert_eq!(first_speaker(text).0, Some("Hillary Clinton"));
}

#[test]
fn no_speaker_opens_with_a_preposition() {
    let text =
        "Liberal groups, including labor unions and groups supporting gay rights, reported spending only $1 million.";
    assert_ne!(first_speaker(text).0, Some("including labor unions and groups"));
}

#[test]
fn one_after_its_speech_verb_is_a_speaker() {
    let text = "Planes filled the skies with messages. \"America is great! Trump is disgusting,\" read one.";
    assert_eq!(first_speaker(text).0, Some("one"));
}

#[test]
fn that_before_its_speech_verb_is_a_speaker() {
    let text = "Hundreds of volunteers passed out water bottles that said, \"The Cuyahoga Republican party welcomes you to the Gay Games.\"";
    let quote = speech_quote(text);
    assert_eq!(quote.mention.map(|span| span.of(text)), Some("that"));
    assert_eq!(quote.speaker.as_deref(), Some("water bottles"));
    assert_eq!(quote.kind, crate::Kind::Direct);
    // (A noun that is also a verb of speech, after a determiner.)
    for (text, speaker) in [
        (
            "The page was replaced at noon by a message that said, \"Sorry, the item is gone.\"",
            "a message",
        ),
        ("They put up the signs that said, \"Sorry, we are closed.\"", "signs"),
    ] {
        let quote = speech_quote(text);
        assert_eq!(quote.mention.map(|span| span.of(text)), Some("that"), "{text}");
        assert_eq!(quote.speaker.as_deref(), Some(speaker), "{text}");
        assert_eq!(quote.kind, crate::Kind::Direct, "{text}");
    }
}

#[test]
fn a_time_before_a_relative_is_no_part_of_its_antecedent() {
    let text = "He released a letter from his doctor Friday afternoon that says he has \"extraordinarily good health\" for a 63-year-old.";
    let quote = speech_quote(text);
    assert_eq!(quote.speaker.as_deref(), Some("a letter from his doctor"));
}

#[test]
fn a_short_single_quoted_paragraph_among_double_quotes_is_a_crosshead() {
    let text = "Title line here.\n\n\"We will win,\" Lee said.\n\n'Relationships that last.'\n\nHer campaign workers said they have been working the state since the spring.";
    let analysis = Analyzer::new().analyze(text);
    let kinds: Vec<crate::Kind> = analysis
        .quotes
        .iter()
        .filter(|quote| quote.kind != crate::Kind::Indirect)
        .map(|quote| quote.kind)
        .collect();
    assert_eq!(kinds, [crate::Kind::Direct, crate::Kind::Heading]);
    // (Nor do doubled apostrophes, the archive's double marks, which are
    // not read as quotes.)
    let text = "Title line here.\n\n''If I were in my 40s, I'd go back to school,'' she said.\n\n'A really tough decision.'\n\nAs Ms. Bigbee and her co-workers were talking, the plant closed.";
    let analysis = Analyzer::new().analyze(text);
    let quote = analysis
        .quotes
        .iter()
        .find(|quote| quote.kind != crate::Kind::Indirect)
        .expect("a quote");
    assert_eq!(quote.kind, crate::Kind::Heading);
    // (A document that quotes speech in single marks keeps such a line as speech.)
    let text = "Title line here.\n\n'We will win,' Lee said.\n\n'We have the votes.'\n\nHer campaign workers said they have been working the state.";
    let analysis = Analyzer::new().analyze(text);
    assert!(analysis.quotes.iter().all(|quote| quote.kind != crate::Kind::Heading));
}

#[test]
fn a_quote_that_ends_a_line_in_capitals_is_a_crosshead() {
    let text = "Title line here.\n\nBut neither Merkel nor Hollande have gone as far as Cameron in chiding Trump.\n“DIVISIVE, STUPID AND WRONG”\nCameron will work with whoever is elected, the prime minister’s spokesman said.";
    let quote = speech_quote(text);
    assert_eq!(quote.kind, crate::Kind::Heading);
    assert_eq!(quote.speaker, None);
}

#[test]
fn a_recipient_ends_before_the_occasion() {
    for (text, hearer) in [
        (
            "\"We will win,\" Trump told Breitbart News in an exclusive interview.",
            "Breitbart News",
        ),
        ("\"We will win,\" Trump told Clinton at a debate.", "Clinton"),
        (
            "\"We will win,\" Trump told supporters in Syracuse.",
            "supporters in Syracuse",
        ),
        (
            "\"We will win,\" Trump told followers on social media and in interviews.",
            "followers on social media",
        ),
    ] {
        assert_eq!(speech_quote(text).recipient.as_deref(), Some(hearer), "{text}");
    }
}

#[test]
fn that_after_a_past_verb_is_no_speaker() {
    // `overruled that request`: `that` after a verb is a determiner, not a
    // relative pronoun whose antecedent speaks.
    let text = "Clinton had told police officials that she did not want the escort at all, but the NYPD overruled that request, the source added.";
    let analysis = Analyzer::new().analyze(text);
    assert!(
        analysis
            .quotes
            .iter()
            .all(|quote| quote.mention.map(|span| span.of(text)) != Some("that")),
        "{:?}",
        analysis.quotes
    );
}

#[test]
fn interjection_before_a_pronoun_is_no_subject() {
    // `Well, he put it this way:`: a word set off by a comma before a
    // subject pronoun is an interjection or an imperative, not the subject.
    let text = "The senator spoke last.\n\nWell, he put it this way:\n\n\"By law, the president sets the maximum number of refugees.\"\n";
    assert_eq!(first_speaker(text).0, Some("he"));
    let text = "Pay no attention to the liar.\n\nWait, it gets better:\n\n\"By law, the president sets the maximum number of refugees.\"\n";
    assert_ne!(first_speaker(text).0, Some("Wait"));
}

#[test]
fn a_role_names_whom_its_title_introduced() {
    // `Sen.` abbreviates `senator`: `the senator` is Sanders, not the
    // person named last.
    let text =
        "Sen. Bernie Sanders said the economy is rigged. Hillary Clinton disagreed. \"We will win,\" the senator said.";
    assert_eq!(speech_quote(text).speaker.as_deref(), Some("Bernie Sanders"));
    let text = "Rep. Steve King spoke first. Paul Ryan spoke next. \"We will win,\" the congressman said.";
    assert_eq!(speech_quote(text).speaker.as_deref(), Some("Steve King"));
    // (Not a title the text left a long way back.)
    let text = format!(
        "Sen. Bernie Sanders spoke first. {}\"We will win,\" the senator said.",
        "Paul Ryan spoke of the budget and the debt and the deficit for a long time. ".repeat(30)
    );
    assert_ne!(speech_quote(&text).speaker.as_deref(), Some("Bernie Sanders"));
}

#[test]
fn an_honorific_keeps_the_fuller_form_of_its_gender() {
    // `Mrs. Clinton` is Hillary, `Mr. Clinton` Bill, whichever fuller form
    // the document gives last or most.
    let text = "Bill Clinton spoke first. Hillary Clinton spoke next. Mrs. Clinton told voters that the economy would grow. Mr. Clinton said he would help.";
    let analysis = Analyzer::new().analyze(text);
    let speakers: Vec<_> = analysis.quotes.iter().map(|quote| quote.speaker.as_deref()).collect();
    assert_eq!(speakers, [Some("Hillary Clinton"), Some("Bill Clinton")]);
}

#[test]
fn a_persons_body_has_one_name() {
    // `the Clinton campaign` and `Clinton’s campaign` are one body, named by
    // the holder's canonical name; `Clinton’s campaign manager` is a person.
    let text = "Hillary Clinton spoke on Monday. The Clinton campaign said it would win. Clinton’s campaign said it raised $5 million. Clinton aides said it was over. Clinton’s campaign manager said so.";
    let analysis = Analyzer::new().analyze(text);
    let speakers: Vec<_> = analysis.quotes.iter().map(|quote| quote.speaker.as_deref()).collect();
    assert_eq!(
        speakers,
        [
            Some("Hillary Clinton's campaign"),
            Some("Hillary Clinton's campaign"),
            Some("Hillary Clinton's aides"),
            Some("Clinton’s campaign manager")
        ]
    );
    // (Not a place that starts a longer name: `Cleveland police` are not
    // the Cleveland Clinic's.)
    let text = "Cleveland Clinic doctors treated him. Cleveland police said the road was closed.";
    let analysis = Analyzer::new().analyze(text);
    assert_eq!(
        analysis.quotes.last().and_then(|quote| quote.speaker.as_deref()),
        Some("Cleveland police")
    );
}

#[test]
fn a_role_opening_a_paragraph_names_the_last_ones_opener() {
    // `The Democratic presidential candidate` opens its paragraph: the
    // person who opens the paragraph before is who it names.
    let text = "Clinton blasts Trump over his plan.\n\nHillary Clinton has a word for Donald Trump's plan to deport 11 million people: No.\n\nThe Democratic presidential candidate blasted Trump's call for a \"deportation force\" on Wednesday.\n";
    assert_eq!(speech_quote(text).speaker.as_deref(), Some("Hillary Clinton"));
}

#[test]
fn more_from_after_a_dash_names_the_speaker() {
    // `… all along -More from Blumenthal and Cohen: "…"`: a newsletter's
    // `More from` after a dash inside its paragraph.
    let text = "Religion and turnout were there all along -More from Blumenthal and Cohen: \u{201c}Data collected by our firm helps confirm that both issues were in play for polling.\u{201d}";
    assert_eq!(first_speaker(text).0, Some("Blumenthal and Cohen"));
    let text = "-More from Blumenthal and Cohen: \u{201c}Data collected by our firm helps confirm that both issues were in play for polling.\u{201d}";
    assert_eq!(first_speaker(text).0, Some("Blumenthal and Cohen"));
}

/// `do` is a particle inside a Portuguese name (`Folha do Sul`), as `da`
/// and `dos` are: the hearer is the whole name.
#[test]
fn do_is_a_particle_inside_a_name() {
    check(
        "But Pedro Varga disagreed. The figures, he told the newspaper Folha do Sul, were \"political propaganda\" \
         and ignored the cost to farmers.",
        &[(
            "political propaganda",
            "partial",
            Some("Pedro Varga"),
            Some("told"),
            Some("newspaper Folha do Sul"),
        )],
    );
}

/// A particle (`do`) is part of a noun phrase only inside a name, before a
/// capital: `the tabloid to do a cover` is no speaker.
#[test]
fn a_particle_before_a_lower_case_word_is_no_part_of_a_noun_phrase() {
    check(
        "This prompted the tabloid to do a cover saying \"Do not be a bum!\"",
        &[("Do not be a bum!", "partial", None, None, None)],
    );
}

/// `on a conference call`, like `in an interview`, names the occasion, no
/// part of the hearer.
#[test]
fn an_occasion_after_on_is_no_part_of_the_hearer() {
    check(
        "\"These are painful decisions,\" chief executive Jane Morrow told analysts on a conference call.",
        &[(
            "These are painful decisions,",
            "direct",
            Some("Jane Morrow"),
            Some("told"),
            Some("analysts"),
        )],
    );
}

#[test]
fn the_title_of_a_show_book_or_film_is_no_ones_words() {
    check(
        "Title.\n\n\"He is not ready,\" Ana Ruiz said on MSNBC's \"Morning Joe,\" adding, \"Nobody is.\"\n\n\
         Tom Hale told \"Fox and Friends\" that he would run.\n\n\
         She wrote about it in her memoir, \"Tough Choices.\"\n\n\
         He starred in the reality TV show \"The Apprentice.\"\n\n\
         In an interview with \"The View,\" Hale said little.\n\n\
         Hale defended Trump's \"Look at my friend over here!\" line.\n\n\
         \"Lee is a fraud,\" Tom Hale said Sunday on NBC's \"Meet the Press.\" \"He has spent his career on himself.\"\n\n\
         Ruiz attacked again, stating on CNN's \"State of the Union\" that Lee's \"judgment\" was \"clearly lacking.\"\n\n\
         Ana Ruiz told ABC's \"Good Morning America\" that Lee will be \"a little uncomfortable.\"\n\n\
         Ruiz spoke on Friday's \"PBS NewsHour.\" She mocked Lee's \"Make America Great Again\" cry.\n\n\
         Ruiz named \"Madam Secretary\" as her favorite TV show. \"The Walking Dead\" is an AMC drama.",
        &[
            ("He is not ready,", "direct", Some("Ana Ruiz"), Some("said"), None),
            ("Morning Joe,", "term", None, None, None),
            ("Nobody is.", "direct", Some("Ana Ruiz"), Some("adding"), None),
            ("Fox and Friends", "term", None, None, None),
            ("Tough Choices.", "term", None, None, None),
            ("The Apprentice.", "term", None, None, None),
            ("The View,", "term", None, None, None),
            (
                "Look at my friend over here!",
                "partial",
                Some("Tom Hale"),
                Some("defended"),
                None,
            ),
            ("Lee is a fraud,", "direct", Some("Tom Hale"), Some("said"), None),
            ("Meet the Press.", "term", None, None, None),
            (
                "He has spent his career on himself.",
                "direct",
                Some("Tom Hale"),
                None,
                None,
            ),
            ("State of the Union", "term", None, None, None),
            ("judgment", "partial", Some("Ana Ruiz"), Some("stating"), None),
            ("clearly lacking.", "partial", Some("Ana Ruiz"), Some("stating"), None),
            ("Good Morning America", "term", None, None, None),
            (
                "a little uncomfortable.",
                "partial",
                Some("Ana Ruiz"),
                Some("told"),
                None,
            ),
            ("PBS NewsHour.", "term", None, None, None),
            // (A slogan, no title: who voices it is another question.)
            (
                "Make America Great Again",
                "partial",
                Some("Ana Ruiz"),
                Some("mocked"),
                None,
            ),
            ("Madam Secretary", "term", None, None, None),
            ("The Walking Dead", "term", None, None, None),
        ],
    );
}

#[test]
fn a_show_told_in_quote_marks_is_the_recipient() {
    check(
        "Title.\n\n\"He is a fraud,\" Ana Ruiz told \"Fox and Friends,\" on Monday.\n\n\
         \"We will win,\" Tom Hale told ABC's \"Good Morning America\" on Monday.\n\n\
         \"It is over,\" Lee said on \"Meet the Press.\"",
        &[
            (
                "He is a fraud,",
                "direct",
                Some("Ana Ruiz"),
                Some("told"),
                Some("Fox and Friends"),
            ),
            ("Fox and Friends,", "term", None, None, None),
            (
                "We will win,",
                "direct",
                Some("Tom Hale"),
                Some("told"),
                Some("Good Morning America"),
            ),
            ("Good Morning America", "term", None, None, None),
            ("It is over,", "direct", Some("Lee"), Some("said"), None),
            ("Meet the Press.", "term", None, None, None),
        ],
    );
}

/// Every quote and claim of `text`, as (words, speaker).
fn said(text: &str) -> Vec<(String, Option<String>)> {
    Analyzer::new()
        .analyze(text)
        .quotes
        .into_iter()
        .map(|quote| (quote.span.of(text).to_string(), quote.speaker))
        .collect()
}

/// The speakers of every quote and claim of `text`, in order.
fn speakers_of(text: &str) -> Vec<Option<String>> {
    said(text).into_iter().map(|(_, speaker)| speaker).collect()
}

/// Asserts that `text` reports `words` as `speaker`'s.
fn assert_said_by(text: &str, words: &str, speaker: &str) {
    let found = said(text);
    assert!(
        found
            .iter()
            .any(|(content, found)| content == words && found.as_deref() == Some(speaker)),
        "{words:?} by {speaker:?}: {found:?}"
    );
}

/// Bodies named by a trust, a consortium, a fund, a service, a society, a
/// league, a chamber, an assembly, a club or a museum speak under their
/// whole name:
/// `The Dunmere Athletic Supporters' Trust said`, not `Trust`;
/// `the Hollywood Chamber of Commerce`, not `Hollywood Chamber`.
#[test]
fn bodies_named_by_their_institution_word() {
    let text = "The Dunmere Athletic Supporters' Trust said members had received letters. \
                The Hollywood Chamber of Commerce said it would not remove the star. \
                The Club for Growth said it would spend $1 million. \
                The Museum of Modern Art said the show would close.";
    assert_eq!(
        speakers_of(text),
        [
            Some("Dunmere Athletic Supporters' Trust".to_string()),
            Some("Hollywood Chamber of Commerce".to_string()),
            Some("Club for Growth".to_string()),
            Some("Museum of Modern Art".to_string()),
        ]
    );
}

/// `The Midwives' Guild`, `the Orlesian Airline Pilots’ Union`: a plural
/// possessive inside the name of a body (a capitalized institution word of
/// people.txt after it) goes on with the name; `Bernie Sanders' Iowa
/// director` still ends the name at the possessive.
#[test]
fn a_plural_possessive_inside_a_body_s_name() {
    check(
        "\"They froze recruitment,\" the Midwives' Guild said. \"We are angry,\" the Orlesian Airline Pilots’ Union said.",
        &[
            (
                "They froze recruitment,",
                "direct",
                Some("Midwives' Guild"),
                Some("said"),
                None,
            ),
            (
                "We are angry,",
                "direct",
                Some("Orlesian Airline Pilots’ Union"),
                Some("said"),
                None,
            ),
        ],
    );
    // (So in reported speech.)
    let text = "The Midwives' Guild said the shortage was the authority's own doing. The Orlesian Airline Pilots' Union said its members had reported heavy vibration.";
    assert_eq!(
        speakers_of(text),
        [
            Some("Midwives' Guild".to_string()),
            Some("Orlesian Airline Pilots' Union".to_string())
        ]
    );
    let text = "Sanders' Senate votes drew fire. Sanders said the votes were right.";
    assert_eq!(speakers_of(text), [Some("Sanders".to_string())]);
    check(
        "\"We will win Iowa,\" Bernie Sanders' Iowa director Pete D'Alessandro said.",
        &[(
            "We will win Iowa,",
            "direct",
            Some("Pete D'Alessandro"),
            Some("said"),
            None,
        )],
    );
}

/// `the authority` after `the Vardale Health Authority`: a body's name that
/// ends in an institution noun introduces that noun, which then names it.
#[test]
fn a_body_s_noun_names_the_body_whose_name_ends_in_it() {
    let text = "KELBY (Wire) - The Vardale Health Authority will close the ward, Dr Annika Royle said.\n\nThe authority said that about 300 births a year would move to Tarrow.\n\nThe Marevian Athletics Federation suspended her. The federation said that the sample was positive.\n";
    assert_said_by(
        text,
        "about 300 births a year would move to Tarrow",
        "Vardale Health Authority",
    );
    assert_said_by(text, "the sample was positive", "Marevian Athletics Federation");
    // (Its modifiers must be the name's: `the appeals court` is not the
    // Supreme Court.)
    let court = "The Supreme Court struck down the law.\n\nThe appeals court said that the map was fair.\n";
    assert_eq!(speakers_of(court), [Some("appeals court".to_string())]);
}

/// `the bureau` paragraphs after the body's name, where `the bureau` stands
/// between, each within reach of the next: the same noun carries the body
/// on.
#[test]
fn a_body_s_noun_carries_the_body_on_through_its_uses() {
    let filler = "The river runs past the old mill and the fields beyond it, where the farmers grow rice and maize in the wet months of the year. ".repeat(6);
    let text = format!(
        "Amara Quist, director of the Vesk Environmental Protection Bureau, said the spill was large.\n\n{filler}\n\nThe bureau warned residents not to fish.\n\n{filler}\n\nThe bureau said the dam had been inspected.\n"
    );
    assert_said_by(
        &text,
        "the dam had been inspected",
        "Vesk Environmental Protection Bureau",
    );
}

/// `the mayor` is the person introduced as mayor (`Mayor Paul
/// Ketteridge`), not one named just before an earlier `the mayor` they act
/// on (`Yasmin Tell accused the mayor`).
#[test]
fn a_role_is_not_whoever_acted_on_it() {
    let text = "Mayor Paul Ketteridge said costs had risen.\n\nOpposition councillor Yasmin Tell accused the mayor of hiding the figures.\n\nThe mayor has said the stadium will bring 2,000 jobs.\n";
    assert_said_by(text, "the stadium will bring 2,000 jobs", "Paul Ketteridge");
}

/// One body, one name: `the guild` after `The Midwives' Guild` keeps its
/// apostrophe, and `The Lusenian Teachers' Union (LTU)` and `The union`
/// are both the `Lusenian Teachers' Union`.
#[test]
fn a_body_keeps_one_spelling_of_its_name() {
    let guild = "Strike\n\nKELBY (Wire) - Wards closed.\n\nThe Midwives' Guild said the shortage was real.\n\nThe guild said 85% of its members had walked out.\n";
    assert_eq!(
        speakers_of(guild),
        [Some("Midwives' Guild".to_string()), Some("Midwives' Guild".to_string())]
    );
    let union = "Strike\n\nCORVIN (Wire) - Schools shut.\n\nThe Lusenian Teachers' Union (LTU) says the offer is a pay cut.\n\nThe union said 85% of its members had walked out.\n";
    assert_eq!(
        speakers_of(union),
        [
            Some("Lusenian Teachers' Union".to_string()),
            Some("Lusenian Teachers' Union".to_string())
        ]
    );
}

/// `the lineman` after `A Northvale lineman … said`: a noun after `the`
/// names the unnamed source a mention opened by `a` and ending in it
/// introduced; not the head of a phrase (`an executive at the Clinton
/// Foundation` is no `the foundation`).
#[test]
fn an_unnamed_source_keeps_its_introduction() {
    let text = "Fire\n\nSAINT-AVREL (Wire) - The line was cut.\n\nA Northvale lineman said the shutdown had been put off. \"That line was live all afternoon,\" said the lineman.\n";
    assert_said_by(text, "That line was live all afternoon,", "a Northvale lineman");
    let foundation = "Emails\n\nWASHINGTON (Wire) - An executive at the Clinton Foundation said the aide had helped.\n\nThe foundation said it had done nothing wrong.\n";
    assert_said_by(foundation, "it had done nothing wrong", "foundation");
}

/// `Her challenger, Dario Kettunen of the Civic Renewal party, has refused
/// to concede, saying …`: `challenger` is a role, so the name in
/// apposition to it speaks.
#[test]
fn a_challenger_in_apposition_is_the_name_after_it() {
    let text = "Count\n\nSARNOW (Wire) - The board declared Mayor Halina Brodsky re-elected. Her challenger, Dario Kettunen of the Civic Renewal party, has refused to concede, saying more than 3,000 postal ballots were discarded.\n";
    assert_said_by(text, "more than 3,000 postal ballots were discarded", "Dario Kettunen");
}

/// A lede's role (`the federation's president said`) is the person a later
/// paragraph introduces by that role noun after the name as well as before
/// it (`Olek Brandvik, president of …`, `The planning officer, Dana
/// Kowalczyk,`), or else the first person named after the lede, a few
/// paragraphs on, with no role beside the name.
#[test]
fn a_lede_s_role_is_the_person_introduced_by_it_later() {
    for (text, claim, speaker) in [
        (
            "VELDRA (Wire) - The federation has suspended Imani Castell, the federation's president said on Tuesday.\n\n\"No athlete is bigger than the sport,\" Olek Brandvik, president of the Marevian Athletics Federation, told a news conference.\n",
            "The federation has suspended Imani Castell",
            "Olek Brandvik",
        ),
        (
            "MILLBROOK (Wire) - The council approved the warehouse after the city's chief planning officer told councillors the site had been set aside for industry.\n\nThe vote was seven to four.\n\nThe planning officer, Dana Kowalczyk, said that the land had been zoned for employment.\n",
            "the site had been set aside for industry",
            "Dana Kowalczyk",
        ),
        (
            "PORT AVEN (Wire) - Veltra Airways grounded 14 jets, with the airline's chief executive insisting there was no sign of a wider fault.\n\nFlight VA212 turned back on Tuesday.\n\n\"There is no evidence of a wider problem,\" Marguerite Hale told reporters.\n",
            "there was no sign of a wider fault",
            "Marguerite Hale",
        ),
        // (`its` for the body the lede names; the body's possessive
        // before the role in apposition.)
        (
            "HARWICH (Wire) - The country's largest bank said a lapse had exposed its customers' details, but its chief executive insisted that no passwords had been taken.\n\n'We are deeply sorry,' Rosalind Achterberg, Aldmoor Bank's chief executive, told reporters.\n",
            "no passwords had been taken",
            "Rosalind Achterberg",
        ),
        // (Not a role of another modifier: `now defence secretary`.)
        (
            "LONDON (Wire) - Castland's energy secretary defended the plans, insisting they would keep bills down.\n\n\"We are not going to turn off the taps,\" Clara Whitcombe told the BBC.\n\nHer predecessor Grant Oakes, now defence secretary, backed her.\n",
            "they would keep bills down",
            "Clara Whitcombe",
        ),
    ] {
        assert_said_by(text, claim, speaker);
    }
}

/// `known as the 'Harbour Rocket', denied any wrongdoing`: a nickname in
/// quote marks before a verb that rebuts and `any` is no one's words, and
/// `any wrongdoing` no speaker.
#[test]
fn a_nickname_before_a_denial_is_no_quote_of_its_object() {
    let text = "The federation said a sample had shown traces of the steroid. Castell, 24, who is known to fans as the 'Harbour Rocket', denied any wrongdoing.";
    let found = said(text);
    assert!(
        found
            .iter()
            .all(|(_, speaker)| speaker.as_deref() != Some("any wrongdoing")),
        "{found:?}"
    );
    // (The denial is reported: a nickname, its comma outside the closing
    // mark, is no quotation whose cue the verb is.)
    assert_said_by(text, "any wrongdoing", "Castell");
}

/// A line alone in single marks is a crosshead where speech is quoted in
/// double marks; not where the story quotes speech in single marks too
/// (`‘…,’ Olek Brandvik told …`): then it goes on with the quote before.
#[test]
fn a_single_marked_line_after_single_marked_speech_is_no_crosshead() {
    check(
        "VELDRA (Wire) - Castell was suspended.\n\n‘No athlete is bigger than the sport,’ Olek Brandvik told a news conference.\n\n‘We will not make exceptions.’\n\nCastell denied it. “I have never taken anything,” she wrote.\n",
        &[
            (
                "No athlete is bigger than the sport,",
                "direct",
                Some("Olek Brandvik"),
                Some("told"),
                Some("a news conference"),
            ),
            (
                "We will not make exceptions.",
                "direct",
                Some("Olek Brandvik"),
                Some("told"),
                None,
            ),
            (
                "I have never taken anything,",
                "direct",
                Some("Castell"),
                Some("wrote"),
                None,
            ),
        ],
    );
}

/// `Its medical director, Jürgen Falkner, was doubtful.`: a name in
/// apposition to a role that opens its sentence is that sentence's
/// subject, whom a `he` right after most likely means.
#[test]
fn a_name_in_apposition_to_an_opening_role_is_salient() {
    let text = "\"This closure was manufactured,\" said Sorcha Breen, the guild's organiser.\n\nThe authority named a clinic across the border. Its medical director, Jürgen Falkner, was doubtful. \"Wir können nicht jede Geburt übernehmen\", he told the newspaper Grenzbote.\n";
    let speakers: Vec<Option<String>> = Analyzer::new()
        .analyze(text)
        .quotes
        .into_iter()
        .filter(|quote| quote.kind == crate::Kind::Direct)
        .map(|quote| quote.speaker)
        .collect();
    assert_eq!(
        speakers,
        [Some("Sorcha Breen".to_string()), Some("Jürgen Falkner".to_string())]
    );
}

/// `the head of the regional health authority said` in a lede: an office
/// of a body, held by the person a later paragraph says holds one of that
/// body (`Dr Annika Royle, chief executive of the Vardale Health
/// Authority`).
#[test]
fn a_lede_s_office_of_a_body_is_the_person_holding_one_of_it() {
    assert_said_by(
        "KELBY, May 3 (Wire) - The maternity ward at Kelby General Hospital will close at the end of June, the head of the regional health authority said on Wednesday.\n\n\"We cannot run a unit that depends on agency midwives,\" said Dr Annika Royle, chief executive of the Vardale Health Authority.\n",
        "The maternity ward at Kelby General Hospital will close at the end of June",
        "Annika Royle",
    );
}

/// `a reporter can be heard asking Trump`: the quote was Trump's, the
/// cue walk stopping at `be heard`; a passive of perception stands
/// between the subject and the -ing form as an auxiliary does.
#[test]
fn a_passive_of_perception_stands_between_a_speaker_and_the_cue() {
    check(
        "Title.\n\n“Should there be a database?” a reporter can be heard asking Trump after an event in Iowa.",
        &[(
            "Should there be a database?",
            "direct",
            Some("a reporter"),
            Some("can be heard asking"),
            Some("Trump"),
        )],
    );
    check(
        "Title.\n\nIn the video, Ana Scott can be heard yelling, “Don’t shoot him!”",
        &[(
            "Don’t shoot him!",
            "direct",
            Some("Ana Scott"),
            Some("can be heard yelling"),
            None,
        )],
    );
}

/// `Voters leaving the polls said, "…"` was the polls' quote, as its
/// reported speech had been: the object of a participle after a person's
/// noun is no speaker.
#[test]
fn the_object_of_a_participle_after_its_noun_is_no_speaker() {
    check(
        "Title.\n\nVoters leaving the polls said, \"We want change.\"",
        &[("We want change.", "direct", Some("voters"), Some("said"), None)],
    );
}

/// Nor is the object of a preposition after such a participle:
/// `Protesters marching through the streets chanted "…"` was the streets'.
#[test]
fn the_object_of_a_participles_preposition_is_no_speaker() {
    check(
        "Title.\n\nProtesters marching through the streets chanted \"What curfew?\" and kept going.",
        &[("What curfew?", "direct", Some("protesters"), Some("chanted"), None)],
    );
}

/// An aside whose last part is a state after its city (`in Wilmington,
/// Ohio,`) ends in a place, not in the name of whoever speaks.
#[test]
fn an_aside_ending_in_a_city_and_its_state_keeps_its_speaker() {
    for text in [
        "Trump, speaking at a rally in Wilmington, Ohio, warned that Clinton opposes the plan.",
        "Trump, who spoke at a rally in Wilmington, N.C., warned that Clinton opposes the plan.",
    ] {
        assert_eq!(first_speaker(text).0, Some("Trump"), "{text}");
    }
}

/// An opening participle's phrase (`Standing alongside labor leader Hector
/// Figueroa,`, `Rallying in Ohio,`) holds no subject of the sentence: a
/// coordinated verb's subject is the one after its comma.
#[test]
fn an_opening_participles_phrase_holds_no_subject() {
    for (text, speaker) in [
        (
            "Standing alongside labor leader Hector Figueroa, Mark-Viverito said she was active in the effort and \
             chided him for siding with Republicans.",
            "Mark-Viverito",
        ),
        (
            "Rallying in Ohio, Clinton tried last week to empathize with their frustrations and promised to deliver \
             change.",
            "Clinton",
        ),
        // (Past the phrase's own asides: a participle and its agent, a
        // relative clause.)
        (
            "Despite being surrounded by veteran Clinton haters, led by former New York Mayor Rudy Giuliani, Trump \
             has said he does not plan to stage a mock debate, and thinks that Ivanka may play Hillary.",
            "Trump",
        ),
        (
            "Standing alongside activist Dolores Huerta, who co-founded the United Farm Workers, Mark-Viverito \
             accused Sanders of being inactive and chided him for siding with Republicans.",
            "Mark-Viverito",
        ),
    ] {
        let analysis = Analyzer::new().analyze(text);
        let last = analysis.quotes.last().expect("a claim");
        assert_eq!(last.speaker.as_deref(), Some(speaker), "{text}");
    }
}

#[test]
fn a_quote_in_a_related_coverage_list_is_page_furniture() {
    // `Related coverage` then teaser headlines after a wire story's end
    // (one too long for a line of links): the page's, no one's speech.
    check(
        "Gallery declares landscape a fake\n\n\"It is a fake,\" said Ruth Kellaway, who heads the conservation studio \
         of the national gallery in the capital.\n\nThe owners of the painting rejected the finding and said they \
         would commission tests of their own.\n\n\
         Related coverage\n'I knew it was wrong': forger's confession shakes the Lanmark art world\n\
         Auction records tumble as collectors return",
        &[
            ("It is a fake,", "direct", Some("Ruth Kellaway"), Some("said"), None),
            ("I knew it was wrong", "boilerplate", None, None, None),
        ],
    );
}
