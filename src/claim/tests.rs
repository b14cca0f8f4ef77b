use crate::{Analyzer, Kind};

/// Each indirect claim of `text` as `(content, speaker, cue, recipient)`.
fn check(text: &str, expected: &[(&str, &str, &str, Option<&str>)]) {
    let analysis = Analyzer::new().analyze(text);
    let found: Vec<(&str, &str, &str, Option<&str>)> = analysis
        .quotes
        .iter()
        .filter(|quote| quote.kind == Kind::Indirect)
        .map(|quote| {
            (
                quote.span.of(text),
                quote.speaker.as_deref().unwrap_or(""),
                quote.cue.map_or("", |cue| cue.of(text)),
                quote.recipient.as_deref(),
            )
        })
        .collect();
    assert_eq!(found, expected, "in {text:?}");
}

#[test]
fn insists_without_that() {
    check(
        "Ana Diaz, who sews clothes for a living, insists her husband is innocent.",
        &[("her husband is innocent", "Ana Diaz", "insists", None)],
    );
}

#[test]
fn told_recipient_that() {
    check(
        "Mayor Tom Reed told a local radio station that the report was wrong, and later dismissed the council's findings, which were published in May.",
        &[
            (
                "the report was wrong",
                "Tom Reed",
                "told",
                Some("a local radio station"),
            ),
            ("the council's findings", "Tom Reed", "dismissed", None),
        ],
    );
}

#[test]
fn trailing_attribution() {
    check(
        "More than a thousand people were detained without charge, rights groups say.",
        &[(
            "More than a thousand people were detained without charge",
            "rights groups",
            "say",
            None,
        )],
    );
}

#[test]
fn according_to_before_and_after() {
    check(
        "According to the ministry, the border stays closed until March.",
        &[("the border stays closed until March", "ministry", "According to", None)],
    );
    check(
        "The border stays closed until March, according to the ministry.",
        &[("The border stays closed until March", "ministry", "according to", None)],
    );
}

#[test]
fn began_boasting_that() {
    check(
        "In 2019, China began boasting that most citizens had left the camps, after other reports emerged.",
        &[("most citizens had left the camps", "China", "boasting", None)],
    );
}

#[test]
fn direct_quote_cues_are_not_claims() {
    check("Tom Reed said: \"We will vote on Monday.\"", &[]);
    check("\"We will vote on Monday,\" Tom Reed said.", &[]);
}

#[test]
fn a_quote_ending_its_sentence_does_not_take_the_next_cue() {
    // The period inside the marks ends the sentence: `She said` opens a new
    // one and reports on its own.
    check(
        "Lee called it \"an extraordinary campaign.\" She said she admires his determination.",
        &[("she admires his determination", "Lee", "said", None)],
    );
}

#[test]
fn topic_preposition_object() {
    check(
        "Senator Ana Ruiz called for a ban on the pesticide.",
        &[("a ban on the pesticide", "Ana Ruiz", "called", None)],
    );
    check(
        "The mayor pointed out that the budget had grown.",
        &[("the budget had grown", "mayor", "pointed", None)],
    );
}

#[test]
fn noun_phrase_object() {
    check(
        "The union endorsed higher taxes on large estates.",
        &[("higher taxes on large estates", "union", "endorsed", None)],
    );
}

#[test]
fn a_parenthetical_cue_stands_inside_the_sentence_it_reports() {
    check(
        "The goal, he said, is to forge a durable truce that would halt the shelling of the city.",
        &[(
            "The goal, he said, is to forge a durable truce that would halt the shelling of the city",
            "",
            "said",
            None,
        )],
    );
    // The occasion or the document of the words stays with the cue.
    check(
        "Title.\n\nIf she wins, Ann Lee suggested in a tweet, the harbor will reopen.",
        &[("the harbor will reopen", "Ann Lee", "suggested", None)],
    );
    check(
        "Title.\n\nThe files show, he said in a telephone interview, that the council lied.",
        &[(
            "The files show, he said in a telephone interview, that the council lied",
            "",
            "said",
            None,
        )],
    );
    // (Not a phrase that goes on: `at a rally ahead of the vote that …`.)
    check(
        "Title.\n\nWhen Ann Lee said at a rally ahead of the vote that she would win, the crowd cheered.",
        &[("she would win", "Ann Lee", "said", None)],
    );
}

#[test]
fn dash_pair_stays_inside_the_content() {
    check(
        "Jeff Weaver said the efforts - which include radio ads and door-knockers - will pay off.",
        &[(
            "the efforts - which include radio ads and door-knockers - will pay off",
            "Jeff Weaver",
            "said",
            None,
        )],
    );
}

#[test]
fn past_forms_show_a_clause() {
    check(
        "The budget office said half of the adjustment reflected lost revenue.",
        &[(
            "half of the adjustment reflected lost revenue",
            "budget office",
            "said",
            None,
        )],
    );
    // A participle before `by` is a reduced relative, not the clause's verb.
    check(
        "The site posted video testimonies recorded by hundreds of families.",
        &[],
    );
}

#[test]
fn negated_and_modal_stances() {
    check(
        "The Fed does not want to raise rates quickly.",
        &[("to raise rates quickly", "Fed", "want", None)],
    );
    check(
        "Mr. Lee will discuss the plan with the council.",
        &[("the plan with the council", "Lee", "discuss", None)],
    );
    // `to` is no helper: in `wanted to say`, the intention is the claim,
    // not a second one of `say`.
    check("She wanted to say nothing.", &[("to say nothing", "", "wanted", None)]);
}

#[test]
fn according_to_any_source_and_asides() {
    check(
        "Ms. Ruiz leads the race by nine points according to a count by the local paper.",
        &[(
            "Ms. Ruiz leads the race by nine points",
            "local paper",
            "according to",
            None,
        )],
    );
    // (The sentence around the aside, as PolNeAR marks `The implication,
    // according to the Sanders aide, is that …`.)
    check(
        "The implication, according to the aide, is that the mayor broke the rules of the debate.",
        &[(
            "The implication, according to the aide, is that the mayor broke the rules of the debate",
            "aide",
            "according to",
            None,
        )],
    );
    // Marks inside the source: a web address, an abbreviation.
    check(
        "Turnout rose among young voters, according to ouest-france.fr.",
        &[(
            "Turnout rose among young voters",
            "ouest-france.fr",
            "according to",
            None,
        )],
    );
    check(
        "Turnout rose among young voters, according to data from the U.S. Census Bureau.",
        &[(
            "Turnout rose among young voters",
            "data from the U.S. Census Bureau",
            "according to",
            None,
        )],
    );
    check(
        "Turnout rose among young voters, according to exit polling data.",
        &[(
            "Turnout rose among young voters",
            "exit polling data",
            "according to",
            None,
        )],
    );
}

#[test]
fn polls_as_sources() {
    check(
        "In a new poll released Sunday, three of four voters disapproved of the deal.",
        &[(
            "three of four voters disapproved of the deal",
            "a new poll released Sunday",
            "In",
            None,
        )],
    );
    check(
        "Ms. Ruiz leads by nine points in the latest survey.",
        &[("Ms. Ruiz leads by nine points", "latest survey", "in", None)],
    );
    check("The mayor lives in the old town.", &[]);
    // `than in other polls`: a comparison, not the finding's source; the
    // poll that `showed` it is.
    check(
        "The city poll showed Ruiz doing better than in other post-debate polls.",
        &[(
            "Ruiz doing better than in other post-debate polls",
            "city poll",
            "showed",
            None,
        )],
    );
    // A noun phrase is no finding, and `because` opens no poll's name.
    check("Title.\n\nAna Ruiz, the leader in national polls, spoke.", &[]);
    check(
        "Title.\n\nThe race is chaotic, in part because of the absence of the straw poll.",
        &[],
    );
}

#[test]
fn requests_to_a_hearer_and_gerunds_after_prepositions() {
    check(
        "Mr. Lee urged voters to reject the measure.",
        &[("voters to reject the measure", "Lee", "urged", Some("voters"))],
    );
    check(
        "Ms. Diaz has been the most aggressive in denouncing the mainstream media.",
        &[("the mainstream media", "Diaz", "denouncing", None)],
    );
}

#[test]
fn objects_spelled_like_speech_verbs() {
    check(
        "Senator Ruiz has expressed support for a carbon tax.",
        &[("support for a carbon tax", "Ruiz", "expressed", None)],
    );
}

#[test]
fn stance_nouns_after_a_possessor() {
    check(
        "Senator Ruiz stood by her attack. Ana Ruiz's criticism of the judge was sharp.",
        &[("the judge", "Ana Ruiz", "criticism", None)],
    );
    // Without a possessor the noun reports no one's stance.
    check("The criticism of the judge drew a rebuke.", &[]);
}

#[test]
fn media_quotes_and_opened_quotes_are_not_claims() {
    // `on` before a name is the medium, and what follows `that` is reported.
    check(
        "Ms. Ruiz said on CNN that the council had lied.",
        &[("the council had lied", "Ruiz", "said", None)],
    );
    // `said of X` after a quote: the quote is what was said.
    check("\"He is a fraud,\" Ms. Ruiz said of the mayor.", &[]);
    // A cue that opens a quote does not report the words before it.
    check("In a statement Thursday, the spokesman said, \"We are pleased.\"", &[]);
    // A cue that ends the text looks at no token after it (found by the
    // contrast property test).
    check("The mayor said", &[]);
}

#[test]
fn noun_phrase_objects_end_before_times_and_new_clauses() {
    check(
        "The union endorsed Garcia on Tuesday, citing her record on wages.",
        &[
            ("Garcia", "union", "endorsed", None),
            ("her record on wages", "union", "citing", None),
        ],
    );
    check(
        "Senator Ruth Bell has not endorsed him and has kept her distance from the race.",
        &[("him", "Ruth Bell", "endorsed", None)],
    );
    check(
        "The mayor backed the new budget and the council was pleased.",
        &[("the new budget", "mayor", "backed", None)],
    );
}

#[test]
fn object_pronouns_and_gerunds_after_topic_prepositions() {
    check(
        "Nora Quinn talks about them at every stop.",
        &[("them", "Nora Quinn", "talks", None)],
    );
    check(
        "Nora Quinn has called for ending the practice.",
        &[("ending the practice", "Nora Quinn", "called", None)],
    );
}

#[test]
fn a_short_opener_is_not_trailing_content() {
    check(
        "On Tuesday, Mayor Tom Reed said Monday that the bridge would reopen in May.",
        &[("the bridge would reopen in May", "Tom Reed", "said", None)],
    );
}

#[test]
fn stance_adjectives_after_be() {
    check(
        "Senator Ruth Bell is highly critical of the new budget.",
        &[("the new budget", "Ruth Bell", "is highly critical", None)],
    );
    check(
        "The growers were confident that the harvest would recover.",
        &[("the harvest would recover", "growers", "were confident", None)],
    );
    check("The old mill is critical to the town.", &[]);
}

#[test]
fn lists_and_asides_go_on_after_a_comma() {
    check(
        "The council blamed several factors, including higher costs.",
        &[("several factors, including higher costs", "council", "blamed", None)],
    );
}

#[test]
fn headline_in_title_case_reports_with_its_capitalized_verb() {
    check(
        "Ten moments of the year.\n\nMayor Ruiz Says The Bridge Will Stay Open All Winter",
        &[("The Bridge Will Stay Open All Winter", "Ruiz", "Says", None)],
    );
    // In running text a capitalized verb is a noun or a name.
    check("The United States Reports were printed in May.", &[]);
}

#[test]
fn transcript_line_gives_the_speaker_words() {
    check(
        "The debate went on.\n\nHOLT: Do you accept the result of the vote tonight?\n\nUpdate: The story was changed today.",
        &[("Do you accept the result of the vote tonight", "HOLT", ":", None)],
    );
    // A hyphenated name.
    check(
        "The panel went on.\n\nAlex Seitz-Wald: She is right on all these things if you dig down.",
        &[(
            "She is right on all these things if you dig down",
            "Alex Seitz-Wald",
            ":",
            None,
        )],
    );
}

#[test]
fn crowds_and_quantifiers_as_subjects() {
    check(
        "Title.\n\nThe women say that officers still watch the park.",
        &[("officers still watch the park", "women", "say", None)],
    );
    check(
        "Title.\n\nMany said the bridge will close.",
        &[("the bridge will close", "many", "said", None)],
    );
    // A quantifier before a stance verb is a noun phrase: `some support for`.
    check("Title.\n\nSome support for the plan was found.", &[]);
}

#[test]
fn speech_verb_reports_a_clause_without_a_listed_finite_verb() {
    check(
        "Title.\n\nTom Hale says officers patrol the park at night.",
        &[("officers patrol the park at night", "Tom Hale", "says", None)],
    );
}

#[test]
fn a_posted_thing_is_no_clause() {
    check(
        "Title.\n\nThe site posted video testimonies recorded by hundreds of families.",
        &[],
    );
}

#[test]
fn subjects_the_speaker_matcher_does_not_know() {
    check(
        "Title.\n\nAlmost half of respondents said the party has become more hostile.",
        &[("the party has become more hostile", "half of respondents", "said", None)],
    );
    check(
        "Title.\n\nFarmers trying to keep their land say they have a new ally.",
        &[("they have a new ally", "farmers", "say", None)],
    );
    // `aides to the mayor`: the plural head, not the nearest noun, takes
    // the base form; the whole phrase speaks, not the mayor.
    check(
        "Title.\n\nAides to Mayor Reed say he is changing his plan.",
        &[("he is changing his plan", "aides to Mayor Reed", "say", None)],
    );
    // A clause before the verb is no subject.
    check("Title.\n\nIf the vote fails the council said nothing.", &[]);
}

#[test]
fn an_opening_phrase_is_not_reported() {
    // No verb of its own: the opener is no trailing content of `called`.
    check(
        "Title.\n\nIn the wake of the long storm that hit the coast, Mayor Tom Reed called for the council to resign.",
        &[("the council to resign", "Tom Reed", "called", None)],
    );
}

#[test]
fn an_object_keeps_its_infinitive() {
    check(
        "Title.\n\nThe union criticized the plan to cut wages.",
        &[("the plan to cut wages", "union", "criticized", None)],
    );
}

#[test]
fn a_passive_cue_names_no_speaker() {
    check(
        "Title.\n\nAsked whether the bridge would close, Mayor Tom Reed said it would not.",
        &[
            ("whether the bridge would close", "", "Asked", None),
            ("it would not", "Tom Reed", "said", None),
        ],
    );
    check(
        "Title.\n\nThe senator was asked about the new pipeline on Tuesday.",
        &[("the new pipeline on Tuesday", "", "asked", None)],
    );
    // After an aside the verb has its subject: no passive.
    check(
        "Title.\n\nAna Diaz, a farmer, suggested that the dam be moved.",
        &[("the dam be moved", "Ana Diaz", "suggested", None)],
    );
}

#[test]
fn a_verb_of_impression_reports_its_whole_clause_for_no_one() {
    check(
        "Title.\n\nIn the past week, the mayor seemed to be losing support in the suburbs.",
        &[(
            "the mayor seemed to be losing support in the suburbs",
            "",
            "seemed",
            None,
        )],
    );
    // Appearing somewhere is no impression.
    check("Title.\n\nThe mayor appeared on local radio on Monday.", &[]);
}

#[test]
fn a_participle_of_speech_after_a_comma_ends_the_content() {
    check(
        "Title.\n\nThe mayor said the bridge was safe, noting the recent inspection.",
        &[
            ("the bridge was safe", "mayor", "said", None),
            ("the recent inspection", "mayor", "noting", None),
        ],
    );
}

#[test]
fn a_phrase_of_occasion_before_that() {
    check(
        "Title.\n\nAna Diaz said in a telephone interview with the local paper that the dam would be moved.",
        &[("the dam would be moved", "Ana Diaz", "said", None)],
    );
}

#[test]
fn a_headline_quotation_after_a_colon_is_the_speakers_claim() {
    check(
        "Ana Diaz: ‘We Will Rebuild The Bridge.’\n\nThe mayor spoke on Monday.",
        &[("‘We Will Rebuild The Bridge.’", "Ana Diaz", ":", None)],
    );
}

#[test]
fn a_page_label_before_a_headline_colon_names_no_speaker() {
    check(
        "Breaking: The Bridge Will Be Rebuilt By May\n\nThe mayor spoke on Monday.",
        &[],
    );
    check("BYLINE: Ana Diaz\n\nThe mayor spoke on Monday.", &[]);
}

#[test]
fn a_feature_title_before_a_headline_colon_names_no_speaker() {
    // `The Latest:`, `Wow:`: nobody the article mentions again.
    check(
        "The Latest: Kasich Wins All 66 Delegates\n\nThe count ended on Monday.",
        &[],
    );
    check("Wow: Beck Responds With One Line\n\nThe radio host spoke.", &[]);
    // (Nor does a feature's title written again after the dateline: the
    // headline's own verb of speech reports.)
    check(
        "The Latest: Ana Ruiz tells voters she is with them\n\nCOLUMBIA, S.C. (AP) — The Latest on the race.",
        &[("she is with them", "Ana Ruiz", "tells", Some("voters"))],
    );
    // A word the body writes again in lower case only is no one's name.
    check(
        "Stealth Over Health: Clinton Went To The Hospital\n\nHer health is good.",
        &[],
    );
    // A name the body writes again, a news word: speakers.
    check(
        "Issa: Clinton Has Questions To Answer\n\nDarrell Issa spoke on Monday.",
        &[("Clinton Has Questions To Answer", "Darrell Issa", ":", None)],
    );
    check(
        "Poll: Voters Back The Bridge\n\nThe survey ended on Monday.",
        &[("Voters Back The Bridge", "Poll", ":", None)],
    );
    // A report and a group of people are sources whatever the body writes
    // (in lower case where the body writes the word so, as a common word
    // opening its sentence is no name).
    check(
        "Report: Walker to speak at the convention\n\nThe report came out on Monday.",
        &[("Walker to speak at the convention", "report", ":", None)],
    );
    check(
        "Insiders: Walker will rebound\n\nThe vote is on Monday.",
        &[("Walker will rebound", "insiders", ":", None)],
    );
}

#[test]
fn a_verb_of_intention_reports_a_clause_without_that() {
    check(
        "Title.\n\nFarmers hope the new dam will help them.",
        &[("the new dam will help them", "farmers", "hope", None)],
    );
}

#[test]
fn the_object_of_to_after_some_verbs() {
    check(
        "Title.\n\nThe mayor pointed to the rising cost of repairs.",
        &[("the rising cost of repairs", "mayor", "pointed", None)],
    );
    check(
        "Title.\n\nAna Diaz was referring to the council's vote.",
        &[("the council's vote", "Ana Diaz", "referring", None)],
    );
    // `spoke to reporters`: a hearer, not a topic.
    check("Title.\n\nAna Diaz spoke to reporters on Monday.", &[]);
}

#[test]
fn a_trailing_cue_with_its_hearer() {
    check(
        "Title.\n\nThe union will sit out the election, director Ana Diaz told the radio station.",
        &[(
            "The union will sit out the election",
            "Ana Diaz",
            "told",
            Some("radio station"),
        )],
    );
}

#[test]
fn coordinated_speech_verbs_report_apart() {
    check(
        "Title.\n\nThe mayor said the bridge was safe and added that repairs would start soon.",
        &[
            ("the bridge was safe", "mayor", "said", None),
            ("repairs would start soon", "mayor", "added", None),
        ],
    );
    // `, then said`: a verb after a comma and `then` is joined too.
    check(
        "Title.\n\nTom Lee laughed, then said he would welcome advice.",
        &[("he would welcome advice", "Tom Lee", "said", None)],
    );
}

#[test]
fn a_cue_in_an_opening_subordinate_clause_reports_up_to_its_comma() {
    check(
        "Title.\n\nWhen the mayor said the bridge was safe, the crowd cheered.",
        &[("the bridge was safe", "mayor", "said", None)],
    );
}

#[test]
fn a_cue_in_an_aside_reports_up_to_its_comma() {
    check(
        "Title.\n\nAna Diaz, who said the bridge was safe, left the meeting early.",
        // The mention is the relative pronoun, as PolNeAR marks it.
        &[("the bridge was safe", "Ana Diaz", "said", None)],
    );
}

#[test]
fn a_one_word_answer() {
    check(
        "Title.\n\nAsked if the bridge was safe, most residents said yes.",
        &[
            ("if the bridge was safe", "", "Asked", None),
            ("yes", "most residents", "said", None),
        ],
    );
    // A time or place after the answer is not part of it.
    check(
        "Title.\n\nHalf said so in the earlier poll.",
        &[("so", "Half", "said", None)],
    );
    check(
        "Title.\n\nThe senator said no to the Iraq war.",
        &[("no to the Iraq war", "senator", "said", None)],
    );
}

#[test]
fn a_relative_pronoun_takes_a_base_form() {
    check(
        "Title.\n\nThe farmers, who want to keep the dam, met on Monday.",
        &[("to keep the dam", "farmers", "want", None)],
    );
}

#[test]
fn as_attaches_the_cue_to_the_main_clause() {
    check(
        "Title.\n\nAs the local paper noted, the mayor raised more than a million dollars.",
        &[(
            "the mayor raised more than a million dollars",
            "local paper",
            "noted",
            None,
        )],
    );
    check(
        "Title.\n\nThe mayor raised more than a million dollars, as the local paper noted.",
        &[(
            "The mayor raised more than a million dollars",
            "local paper",
            "noted",
            None,
        )],
    );
    // Connectives before the aside: it opens the sentence all the same.
    check(
        "Title.\n\nHowever, as the local paper reported, the mayor raised more than a million dollars.",
        &[(
            "the mayor raised more than a million dollars",
            "local paper",
            "reported",
            None,
        )],
    );
    // Words with no verb before it: the sentence around it.
    check(
        "Title.\n\nIn the old days, as the local paper reported, the mayors had lavish houses.",
        &[(
            "In the old days, as the local paper reported, the mayors had lavish houses",
            "local paper",
            "reported",
            None,
        )],
    );
    // `as it was called` names; it does not report.
    check(
        "Title.\n\nIt was Lee who had argued for a new name for the party - the New Bloc, as it was called.",
        &[("a new name for the party", "Lee", "argued", None)],
    );
}

#[test]
fn as_reported_by_names_its_agent() {
    check(
        "Title.\n\nAs reported by Western Journalism, the mayor raised more than a million dollars.",
        &[(
            "the mayor raised more than a million dollars",
            "Western Journalism",
            "reported",
            None,
        )],
    );
    check(
        "Title.\n\nThe mayor raised more than a million dollars, as first reported by the local paper.",
        &[(
            "The mayor raised more than a million dollars",
            "local paper",
            "reported",
            None,
        )],
    );
}

#[test]
fn a_subordinate_clause_inside_an_opener_ends_at_its_comma() {
    check(
        "Title.\n\nThree years after the party vowed to court young voters, it lost again.",
        &[("to court young voters", "party", "vowed", None)],
    );
}

#[test]
fn a_long_poll_name_is_a_source() {
    check(
        "Title.\n\nMost voters backed the plan in the latest statewide poll released by the university.",
        &[(
            "Most voters backed the plan",
            "latest statewide poll released by the university",
            "in",
            None,
        )],
    );
}

#[test]
fn a_question_after_a_place_in_a_passive() {
    check(
        "Title.\n\nAsked on local radio who should lead the council, Ana Diaz said the mayor.",
        &[
            ("who should lead the council", "", "Asked", None),
            ("the mayor", "Ana Diaz", "said", None),
        ],
    );
}

#[test]
fn clause_opened_by_a_modifier() {
    check(
        "Title.\n\nThe senator says such checks are unfair.",
        &[("such checks are unfair", "senator", "says", None)],
    );
}

#[test]
fn clause_opened_by_a_gerund_subject() {
    // The gerund's phrase may run past the window a modifier gets.
    check(
        "Title.\n\nMr. Trump said having friends in his corner is a positive development.",
        &[(
            "having friends in his corner is a positive development",
            "Trump",
            "said",
            None,
        )],
    );
    check(
        "Title.\n\nMr. Trump said having Mr. Putin treat him with respect is a positive development.",
        &[(
            "having Mr. Putin treat him with respect is a positive development",
            "Trump",
            "said",
            None,
        )],
    );
}

#[test]
fn participle_after_a_noun_phrase() {
    check(
        "Title.\n\nA small group backing Maria Lopez has spent heavily on radio ads.",
        &[("Maria Lopez", "a small group", "backing", None)],
    );
}

#[test]
fn participle_after_a_quote_and_its_cue() {
    check(
        "Title.\n\n\"We will win,\" Ramos said, referring to the young voters in the city.",
        &[("the young voters in the city", "Ramos", "referring", None)],
    );
}

#[test]
fn participle_ends_the_claim_before_it() {
    check(
        "Title.\n\nRamos said the party will win, referring to the young voters in the city.",
        &[
            ("the party will win", "Ramos", "said", None),
            ("the young voters in the city", "Ramos", "referring", None),
        ],
    );
}

#[test]
fn closing_marks_after_a_stop_end_the_sentence_before() {
    check(
        "Title.\n\nAnn Lee spoke of ''my failure.'' It was, she said, the worst day of her term.",
        &[("It was, she said, the worst day of her term", "Ann Lee", "said", None)],
    );
}

#[test]
fn one_opening_phrase_is_no_trailing_claim() {
    check(
        "Title.\n\nIn a scathing opinion piece, the Journal called on the mayor to resign.",
        &[("the mayor to resign", "Journal", "called", Some("mayor"))],
    );
    check(
        "Title.\n\nAlthough the board has not met since May, Ann Lee told the story again.",
        &[],
    );
    check("Title.\n\nThen, last week, Ann Lee called.", &[]);
    // An amount opens a clause.
    check(
        "Title.\n\nAbout 270 people have now been resettled, officials said.",
        &[("About 270 people have now been resettled", "officials", "said", None)],
    );
}

#[test]
fn a_word_spelled_like_a_verb_after_a_determiner_heads_the_subject() {
    check(
        "Title.\n\nTwo other emails highlight the extent to which the mayor worked with the foundation.",
        &[(
            "the extent to which the mayor worked with the foundation",
            // As for `Three other senators said`: the matcher's phrase
            // starts at the last determiner.
            "other emails",
            "highlight",
            None,
        )],
    );
}

#[test]
fn an_adverb_of_hearsay_reports_its_clause_for_no_one() {
    check(
        "Title.\n\nThe union is reportedly spending $1.5 million on television ads.",
        &[(
            "The union is reportedly spending $1.5 million on television ads",
            "",
            "reportedly",
            None,
        )],
    );
}

#[test]
fn a_stance_holder_reports_the_object_of_its_of() {
    check(
        "Title.\n\nAnn Lee is a fierce supporter of the harbor plan.",
        &[("the harbor plan", "Ann Lee", "supporter", None)],
    );
    check(
        "Title.\n\nAnn Lee, an early backer of Tom Ruiz, spoke on Monday.",
        &[("Tom Ruiz", "Ann Lee", "backer", None)],
    );
    // A holder of no one named.
    check("Title.\n\nSupporters of the plan gathered on Monday.", &[]);
}

#[test]
fn a_phrase_of_time_before_that() {
    check(
        "Title.\n\nSen. Ann Lee said after a lunch on Tuesday that she had not read the plan.",
        &[("she had not read the plan", "Ann Lee", "said", None)],
    );
}

#[test]
fn participle_after_a_spaced_dash() {
    check(
        "Title.\n\nAnn Lee changed her vote – saying the plan had grown too costly.",
        &[("the plan had grown too costly", "Ann Lee", "saying", None)],
    );
}

#[test]
fn participle_of_an_act_after_an_aside() {
    check(
        "Title.\n\n\"We are tired,\" Lena Ortiz, who is now a nurse, told the radio through tears, pressing her son close to her.",
        &[],
    );
}

#[test]
fn offered_an_object_or_to() {
    check(
        "Title.\n\nThe mayor offered a detailed plan for the harbor.\n\nThe governor offered to debate the mayor on Friday.",
        &[
            ("a detailed plan for the harbor", "mayor", "offered", None),
            ("to debate the mayor", "governor", "offered", None),
        ],
    );
}

#[test]
fn described_an_object() {
    check(
        "Title.\n\nAna Ruiz described him as a friend of the family.",
        &[("him as a friend of the family", "Ana Ruiz", "described", None)],
    );
}

#[test]
fn voted_and_claimed_to() {
    check(
        "Title.\n\nThe city council voted to close the old library.\n\nMaria Lopez claimed to have won the vote.",
        &[
            ("to close the old library", "city council", "voted", None),
            ("to have won the vote", "Maria Lopez", "claimed", None),
        ],
    );
}

#[test]
fn infinitives_report_for_their_controller() {
    // The subject of the governing verb or adjective speaks.
    check(
        "Title.\n\nThe senator continued to question whether the budget was fair.",
        &[("whether the budget was fair", "senator", "question", None)],
    );
    check(
        "Title.\n\nThe union is likely to endorse the governor.",
        &[("the governor", "union", "endorse", None)],
    );
    // After a verb of control, its object speaks.
    check(
        "Title.\n\nThe leaked memo led the mayor to announce a new inquiry.",
        &[("a new inquiry", "mayor", "announce", None)],
    );
    // An infinitive of purpose reports for the subject of its clause.
    check(
        "Title.\n\nThe senator traveled to Ohio on Sunday to defend the budget.",
        &[("the budget", "senator", "defend", None)],
    );
    // A noun governs no speaker, nor does a thing; a singular noun may be
    // what the infinitive complements.
    check("Title.\n\nShe had good reason to believe the plan would fail.", &[]);
    check("Title.\n\nThe ministry ignored a request to confirm the letter.", &[]);
    check("Title.\n\nA conference call was held to defend the merger.", &[]);
    // A clause's verb may be an irregular past, a time may end it, and a
    // phrasal verb's particle stands before `to`.
    check(
        "Title.\n\nThe senator went on CNN to defend the budget.",
        &[("the budget", "senator", "defend", None)],
    );
    check(
        "Title.\n\nThe senator took the stage on Tuesday night to defend the budget.",
        &[("the budget", "senator", "defend", None)],
    );
    check(
        "Title.\n\nYoung voters are more likely to say that the mayor represents them.",
        &[("the mayor represents them", "Young voters", "say", None)],
    );
    check(
        "Title.\n\nThe senator went on to defend the budget.",
        &[("the budget", "senator", "defend", None)],
    );
}

#[test]
fn progressive_cues_past_adverbs_and_contractions() {
    check(
        "Title.\n\nThe mayor is not saying what the plan will cost.",
        &[("what the plan will cost", "mayor", "saying", None)],
    );
    check(
        "Title.\n\nThe senator has been underscoring her record on taxes.",
        &[("her record on taxes", "senator", "underscoring", None)],
    );
    // The pronoun of `he's` is the mention, without the verb.
    check(
        "Title.\n\nTom Reed spoke on Monday. He's saying that the budget failed.",
        &[("the budget failed", "Tom Reed", "saying", None)],
    );
}

#[test]
fn doubled_apostrophes_quote_a_speaker_own_words() {
    // No claim inside the quotation, nor one made of it by its cue.
    check(
        "Title.\n\n''I think the vote was fair,'' said Tom Reed. Ana Diaz said the count was late.",
        &[("the count was late", "Ana Diaz", "said", None)],
    );
    // An opening pair with no closing one runs to the paragraph's end.
    check(
        "Title.\n\n''We know the plan has failed and we say so.\n\n''Then we vote,'' Ana Diaz said.",
        &[],
    );
}

#[test]
fn crowds_amounts_and_participles_after_adverbs() {
    // A quantifier after a conjunction is a subject, for a verb of thought too.
    check(
        "Title.\n\nBut few believe the truce can last.",
        &[("the truce can last", "few", "believe", None)],
    );
    // A rough amount opens a subject.
    check(
        "Title.\n\nAbout 9 percent said they had no preference.",
        &[("they had no preference", "9 percent", "said", None)],
    );
    // Adverbs between the comma and a participle.
    check(
        "Title.\n\nThe mayor criticized the plan, eventually saying the budget was late.",
        &[
            ("the plan", "mayor", "criticized", None),
            ("the budget was late", "mayor", "saying", None),
        ],
    );
    // Adverbs between an auxiliary and the cue.
    check(
        "Title.\n\nThe council has not yet released the figures.",
        &[("the figures", "council", "released", None)],
    );
}

#[test]
fn a_topic_object_after_the_cue_is_no_trailing_attribution() {
    check(
        "Title.\n\nIn the days before the mayor's scheduled visit to the plant, a group of workers called for a strike.",
        &[("a strike", "a group of workers", "called", None)],
    );
}

#[test]
fn subjects_after_quotes_asides_and_contractions() {
    // A conjunction after a quote starts a verb of its own.
    check(
        "Title.\n\nTom Reed called the audit \"deeply flawed,\" but said the council should act.",
        &[("the council should act", "Tom Reed", "said", None)],
    );
    // A name between commas before the cue is its subject; what follows the
    // cue is no inverted speaker when a clause goes on.
    check(
        "Title.\n\nOne of the authors of that 2013 study, Ana Diaz, said the county's budget will fall short.",
        &[("the county's budget will fall short", "Ana Diaz", "said", None)],
    );
    // A contracted pronoun opens the clause after a loose subject.
    check(
        "Title.\n\nAides to the mayor say she’s changing her plan.",
        &[("she’s changing her plan", "aides to the mayor", "say", None)],
    );
}

#[test]
fn participles_after_subordinators_and_coordinated() {
    check(
        "Title.\n\nThe candidates traded barbs while pleading with voters for support.",
        &[("voters for support", "candidates", "pleading", None)],
    );
    check(
        "Title.\n\nThe mayor attacked the council on Monday, casting it as reckless and questioning its budget.",
        &[
            ("the council", "mayor", "attacked", None),
            ("its budget", "mayor", "questioning", None),
        ],
    );
    // Adverbs may stand between the subordinator and the participle, and
    // `but` may join the participles.
    check(
        "Title.\n\nThe mayor wants to cut taxes, while also suggesting that fees should rise.",
        &[
            ("to cut taxes", "mayor", "wants", None),
            ("fees should rise", "mayor", "suggesting", None),
        ],
    );
    check(
        "Title.\n\nThe mayor praised the council, saying it is experienced but suggesting that may not be enough.",
        &[
            ("the council", "mayor", "praised", None),
            ("it is experienced", "mayor", "saying", None),
            ("that may not be enough", "mayor", "suggesting", None),
        ],
    );
}

#[test]
fn a_clause_much_of_it_quoted_is_left_to_its_quote() {
    check("Title.\n\nTom Reed said he was \"very close\" to the audit.", &[]);
    check(
        "Title.\n\nTom Reed said the council's new \"reform\" plan for the port would cost more than it saves.",
        &[(
            "the council's new \"reform\" plan for the port would cost more than it saves",
            "Tom Reed",
            "said",
            None,
        )],
    );
}

#[test]
fn verbs_of_stance_embrace_deem_reference_persuade() {
    check(
        "Title.\n\nThe mayor embraced the proposal.",
        &[("the proposal", "mayor", "embraced", None)],
    );
    check(
        "Title.\n\nThe court deemed the law unconstitutional.",
        &[("the law unconstitutional", "court", "deemed", None)],
    );
    check(
        "Title.\n\nIn his speech, the senator referenced the 1994 crime bill.",
        &[("the 1994 crime bill", "senator", "referenced", None)],
    );
    check(
        "Title.\n\nTom Reed persuaded the board that the plan would work.",
        &[("the plan would work", "Tom Reed", "persuaded", Some("board"))],
    );
}

#[test]
fn nouns_of_elections_are_no_cues() {
    // `contests`, `targets`: in news these are nouns far more than verbs.
    check(
        "Title.\n\nThe remaining primary contests award delegates by share of the vote.",
        &[],
    );
    check(
        "Title.\n\nThe ads targeting voters in swing states ran for a week.",
        &[],
    );
}

#[test]
fn a_cue_inside_a_relative_clause_reports_its_verb_phrase() {
    check(
        "Title.\n\nMayor Ana Diaz praised the new rules, which she said had cut traffic in half.",
        &[
            ("the new rules", "Ana Diaz", "praised", None),
            ("had cut traffic in half", "Ana Diaz", "said", None),
        ],
    );
}

#[test]
fn an_object_list_runs_to_its_last_item() {
    check(
        "Title.\n\nThe senator criticized the governor's record, economic policies and personal finances on Monday.",
        &[(
            "the governor's record, economic policies and personal finances",
            "senator",
            "criticized",
            None,
        )],
    );
    // After a noun, `'s` is a possessive, not a verb that opens a clause.
    check(
        "Title.\n\nThe mayor praised the council's budget on Monday.",
        &[("the council's budget", "mayor", "praised", None)],
    );
}

#[test]
fn a_cue_that_goes_on_to_a_quote_reports_no_other_words() {
    // The object of `of` before a quote is no claim.
    check(
        "Title.\n\nAn aide said of the senator, \"She takes the threat seriously.\"",
        &[],
    );
    // An opening phrase is not what a cue reports that goes on to `that "…"`.
    check(
        "Title.\n\nAppearing aware of the risk, Ana Diaz said on Saturday that \"this is a hard choice.\"",
        &[],
    );
}

#[test]
fn a_one_word_noun_after_a_topic_preposition() {
    check(
        "Title.\n\nThe union called for action.",
        &[("action", "union", "called", None)],
    );
    // A time is no object.
    check("Title.\n\nThe union spoke on Monday.", &[]);
}

/// `According to a federation official, who spoke on condition of
/// anonymity, Castell had missed two tests`: a relative clause between
/// commas after the source describes the source; what it says follows.
#[test]
fn according_to_a_source_described_by_a_relative_clause() {
    check(
        "Title.\n\nAccording to a federation official, who spoke on condition of anonymity because the case is confidential, Castell had missed two tests in the past 12 months.",
        &[(
            "Castell had missed two tests in the past 12 months",
            "a federation official",
            "According to",
            None,
        )],
    );
}

/// `who asked not to be named`, `requested anonymity`: a request not to be
/// named is the source's terms of speaking, not a claim; what the source
/// says is.
#[test]
fn a_request_not_to_be_named_reports_nothing() {
    check(
        "Title.\n\nA worker, who asked not to be named, said crews had reported leaks.",
        &[("crews had reported leaks", "a worker", "said", None)],
    );
    check(
        "Title.\n\nAccording to a senior doctor, who asked not to be identified because staff had been told not to speak, managers were drawing up rotas.",
        &[(
            "managers were drawing up rotas",
            "a senior doctor",
            "According to",
            None,
        )],
    );
    // (A request to be heard is a claim.)
    check(
        "Title.\n\nThe mayor asked to be heard by the council.",
        &[("to be heard by the council", "mayor", "asked", None)],
    );
}

/// `According to a spokeswoman, Anna White, …`, `According to the state
/// insurer, the National Health Fund, …`, `…, the state insurer, the
/// National Health Fund, said`: the name in apposition to the source is
/// the source's, not the first words of what it says. (Not after
/// a body's noun alone: `According to the police, Smith, 45, was …` keeps
/// `Smith`.)
#[test]
fn a_source_with_its_name_in_apposition() {
    check(
        "Title.\n\nAccording to a spokeswoman, Anna White, the plant will close in May.",
        &[("the plant will close in May", "Anna White", "According to", None)],
    );
    check(
        "Title.\n\nAccording to the state insurer, the National Health Fund, Lentara makes up 60% of the pens sold.",
        &[(
            "Lentara makes up 60% of the pens sold",
            "National Health Fund",
            "According to",
            None,
        )],
    );
    // (So after what it says: `…, the state insurer, the National Health
    // Fund, said`.)
    check(
        "Title.\n\nLentara makes up 60% of the pens sold, the state insurer, the National Health Fund, said.",
        &[(
            "Lentara makes up 60% of the pens sold",
            "National Health Fund",
            "said",
            None,
        )],
    );
    // (What it says is asked here, not who says it: the resolver still
    // takes `Smith` for the police's name, as in `The company, Acme, said`.)
    let text = "Title.\n\nAccording to the police, Smith, 45, was arrested at home.";
    let analysis = Analyzer::new().analyze(text);
    let claims: Vec<&str> = analysis
        .quotes
        .iter()
        .filter(|quote| quote.kind == Kind::Indirect)
        .map(|quote| quote.span.of(text))
        .collect();
    assert_eq!(claims, ["Smith, 45, was arrested at home"]);
}

#[test]
fn according_to_after_a_conjunction_or_a_bracket() {
    check(
        "Title.\n\nBut according to the audit, the council overspent.",
        &[("the council overspent", "audit", "according to", None)],
    );
    check(
        "Title.\n\n(According to the police, the park does not keep such figures.)",
        &[("the park does not keep such figures", "police", "According to", None)],
    );
}

#[test]
fn a_stance_noun_before_that_reports_its_clause() {
    check(
        "Title.\n\nTom Reed spoke. His argument that the plan would fail was rejected.",
        &[("the plan would fail", "Tom Reed", "argument", None)],
    );
    check(
        "Title.\n\nThe council dismissed the claim that the port had lost money for years.",
        &[(
            "the claim that the port had lost money for years",
            "council",
            "dismissed",
            None,
        )],
    );
    check(
        "Title.\n\nThe notion that voters would punish the party for the delay was dismissed.",
        &[("voters would punish the party for the delay", "", "notion", None)],
    );
    // A participle after its auxiliaries is the clause's own verb, not the
    // sentence's: the clause goes on through it.
    check(
        "Title.\n\nIn a statement that 14 passengers had been treated for minor injuries, the firm apologised.",
        &[(
            "14 passengers had been treated for minor injuries",
            "",
            "statement",
            None,
        )],
    );
    check(
        "Title.\n\nHis claim that the ballots were counted twice was rejected.",
        &[("the ballots were counted twice", "", "claim", None)],
    );
}

#[test]
fn a_share_after_an_opening_phrase_with_a_plural_noun() {
    // `issues` is a noun here, not a verb that would make the opening a clause.
    check(
        "Title.\n\nOn economic issues, 42% say they are liberal.",
        &[("they are liberal", "42%", "say", None)],
    );
}

#[test]
fn relative_that_speaks_for_its_antecedent() {
    check(
        "Title.\n\nThose are the polls that show Ana Diaz ahead.",
        &[("Ana Diaz ahead", "polls", "show", None)],
    );
}

#[test]
fn an_object_opened_by_no_or_only() {
    check(
        "Title.\n\nThe county survey shows only a narrow gap. Tax records show no payments to the charity.",
        &[
            ("only a narrow gap", "county survey", "shows", None),
            ("no payments to the charity", "Tax records", "show", None),
        ],
    );
}

#[test]
fn a_question_clause_after_a_topic_preposition() {
    check(
        "Title.\n\nMaria Lopez talked about how her town had changed.",
        &[("how her town had changed", "Maria Lopez", "talked", None)],
    );
}

#[test]
fn a_stance_noun_after_a_possessor_and_a_modifier() {
    check(
        "Title.\n\nAnna Berg is a doctor. Her long support for stem cell research is well known.",
        &[("stem cell research", "Anna Berg", "support", None)],
    );
    // A decision or a plan, and the infinitive it holds.
    check(
        "Title.\n\nAnn Lee's decision to close the harbor angered the fishermen.",
        &[("to close the harbor", "Ann Lee", "decision", None)],
    );
    // A common noun's holder is named without its possessive.
    check(
        "Title.\n\nThe mayor's plan to raise taxes drew fire.",
        &[("to raise taxes", "mayor", "plan", None)],
    );
    // `behind` as the topic of support.
    check(
        "Title.\n\nAnn Lee threw her support behind the mayor.",
        &[("the mayor", "Ann Lee", "support", None)],
    );
}

#[test]
fn a_place_phrase_before_a_clause_with_a_subject_pronoun() {
    check(
        "Title.\n\nAnn Lee said in politics it takes time to build trust.",
        &[("it takes time to build trust", "Ann Lee", "said", None)],
    );
}

#[test]
fn a_relative_clause_whose_plural_subject_says_in_the_present() {
    check(
        "Title.\n\nIt was a plan that critics say will fail.",
        &[("will fail", "critics", "say", None)],
    );
}

#[test]
fn a_verb_of_thought_inside_a_relative_clause_reports_its_verb_phrase() {
    check(
        "Title.\n\nAnn Ruiz campaigned hard in the last week, which she hoped would spark a revival.",
        &[("would spark a revival", "Ann Ruiz", "hoped", None)],
    );
}

#[test]
fn a_reported_relative_clause_ends_before_the_main_verb() {
    check(
        "Title.\n\nThe rules, which Omar Diaz said had hurt farmers, were dropped.",
        &[("had hurt farmers", "Omar Diaz", "said", None)],
    );
}

#[test]
fn an_aside_closed_by_a_comma_before_the_clause_verb() {
    check(
        "Title.\n\nAnn Lee said the plan, despite its cost, is sound.",
        &[("the plan, despite its cost, is sound", "Ann Lee", "said", None)],
    );
    // A subject with no verb yet goes on past a longer aside to its verb.
    check(
        "Title.\n\nBut Mr. Kerry said the annual talks, which started in a smaller form a decade ago, remained useful.",
        &[(
            "the annual talks, which started in a smaller form a decade ago, remained useful",
            "Kerry",
            "said",
            None,
        )],
    );
    // (Not past a clause of the writer's own: `described the novel, but
    // readers keep …`.)
    check(
        "Title.\n\nAnn Lee described the novel in her essay, but readers keep buying it, and critics are divided.",
        &[("the novel in her essay", "Ann Lee", "described", None)],
    );
    // A clause with its verb ends at the aside.
    check(
        "Title.\n\nAnn Lee said the plan failed, which surprised the council, and voters were angry.",
        &[("the plan failed", "Ann Lee", "said", None)],
    );
}

#[test]
fn a_question_verb_with_a_question_word() {
    check(
        "Title.\n\nAnn Lee asked voters who their favorite speaker was.",
        &[("who their favorite speaker was", "Ann Lee", "asked", Some("voters"))],
    );
}

#[test]
fn an_adverb_between_commas_before_that() {
    check(
        "Title.\n\nAides told the council, however, that the plan would fail.",
        &[("the plan would fail", "aides", "told", Some("council"))],
    );
}

/// An aside between dashes, verb and all, before `that`: what follows
/// `that` is what was said. Without `that` the dashes end the claim.
#[test]
fn an_aside_between_dashes_before_that() {
    check(
        "Title.\n\nPaul Manafort said — on Twitter, as it happens — that Trump raised $4 million that day.",
        &[("Trump raised $4 million that day", "Paul Manafort", "said", None)],
    );
    check(
        "Title.\n\nPaul Manafort said — on Twitter, as it happens — the sky.",
        &[],
    );
}

#[test]
fn an_object_ends_before_a_subordinate_clause() {
    check(
        "Title.\n\nThe mayor backed the plan because it would cut costs.",
        &[("the plan", "mayor", "backed", None)],
    );
}

#[test]
fn a_phrase_of_place_before_the_speaker_is_no_trailing_claim() {
    check(
        "Title.\n\nAt the rally, Ann Lee wrote to the mayor about the plan.",
        &[],
    );
}

#[test]
fn a_parenthetical_cue_reports_the_sentence_past_its_subject() {
    check(
        "Title.\n\nAnd that, Ann Lee said, was in the works.",
        &[("that, Ann Lee said, was in the works", "Ann Lee", "said", None)],
    );
    // The sentence whatever side is longer, and a short one of time too.
    check(
        "Title.\n\nMs. Malik had two interviews, federal officials said, the first in Pakistan.",
        &[(
            "Ms. Malik had two interviews, federal officials said, the first in Pakistan",
            "federal officials",
            "said",
            None,
        )],
    );
    // A hearer after the cue, a subordinate clause after the aside, and a
    // speaker after the cue.
    check(
        "Title.\n\nThe solution, the partner told them, was simple.",
        &[(
            "The solution, the partner told them, was simple",
            "partner",
            "told",
            Some("them"),
        )],
    );
    check(
        "Title.\n\nThe effects are hard to predict, economists say, because there is no precedent.",
        &[(
            "The effects are hard to predict, economists say, because there is no precedent",
            "economists",
            "say",
            None,
        )],
    );
    check(
        "Title.\n\nThe contrast, said Ann Lee, would be clear to every voter.",
        &[(
            "The contrast, said Ann Lee, would be clear to every voter",
            "Ann Lee",
            "said",
            None,
        )],
    );
    check(
        "Title.\n\nIn the end, Mr. Ross said, union voters almost always vote for Democrats.",
        &[(
            "In the end, Mr. Ross said, union voters almost always vote for Democrats",
            "Ross",
            "said",
            None,
        )],
    );
}

#[test]
fn a_stance_noun_before_a_day_reports_nothing() {
    check(
        "Title.\n\nThe council praised Ann Lee's remarks on Tuesday night.",
        &[("Ann Lee's remarks", "council", "praised", None)],
    );
}

#[test]
fn such_opens_an_object() {
    check(
        "Title.\n\nThe governor backed such a plan.",
        &[("such a plan", "governor", "backed", None)],
    );
}

#[test]
fn a_verb_of_finding_trails_a_clause() {
    check(
        "Title.\n\nThe mayor was at the scene, the footage showed.",
        &[("The mayor was at the scene", "footage", "showed", None)],
    );
}

#[test]
fn a_share_in_words_speaks() {
    check(
        "Title.\n\nOne in four said the party was hostile. A third say they do not know.",
        &[
            ("the party was hostile", "One", "said", None),
            ("they do not know", "a third", "say", None),
        ],
    );
}

#[test]
fn a_plural_noun_after_an_opening_phrase_speaks() {
    check(
        "Title.\n\nRather, sources close to the mayor say she backs the plan.",
        &[("she backs the plan", "sources close to the mayor", "say", None)],
    );
}

#[test]
fn a_second_complement_clause_goes_on_with_the_first() {
    check(
        "Title.\n\nAna Ruiz believes there are no good options, but that the council must still choose one.",
        &[(
            "there are no good options, but that the council must still choose one",
            "Ana Ruiz",
            "believes",
            None,
        )],
    );
}

#[test]
fn an_s_form_after_a_number_is_a_plural_noun() {
    check(
        "Title.\n\nClinton won 73 percent of 223 votes cast to earn four delegates.",
        &[],
    );
}

#[test]
fn a_subject_after_an_opening_conjunction() {
    check(
        "Title.\n\nBut organizers in Cleveland say that the city is making clashes likelier.",
        &[(
            "the city is making clashes likelier",
            "organizers in Cleveland",
            "say",
            None,
        )],
    );
}

#[test]
fn a_share_after_at_least_speaks() {
    check(
        "Title.\n\nAt least 21,000 said they would help.",
        &[("they would help", "at least 21,000", "said", None)],
    );
}

#[test]
fn an_aside_of_a_few_words_before_that() {
    check(
        "Title.\n\nAna Ruiz believes, for example, that the council should vote again.",
        &[("the council should vote again", "Ana Ruiz", "believes", None)],
    );
    check(
        "Title.\n\nOfficials now say, with the benefit of hindsight, that their objective has been met.",
        &[("their objective has been met", "officials", "say", None)],
    );
}

#[test]
fn a_clause_after_a_comma_after_a_speech_verb() {
    check(
        "Title.\n\nAna Ruiz noted, the plan has failed twice.",
        &[("the plan has failed twice", "Ana Ruiz", "noted", None)],
    );
}

#[test]
fn a_slash_between_two_names_keeps_both_in_the_speaker() {
    // (With its head, `poll`, as `a CNN/ORC poll` has it.)
    check(
        "Title.\n\nClinton leads Trump by 5 points, according to the latest ABC News/Washington Post poll.",
        &[(
            "Clinton leads Trump by 5 points",
            "latest ABC News/Washington Post poll",
            "according to",
            None,
        )],
    );
}

#[test]
fn an_ampersand_joins_a_function_word_into_a_name() {
    check(
        "Title.\n\nAT&T said it would raise prices.",
        &[("it would raise prices", "AT&T", "said", None)],
    );
}

#[test]
fn according_to_after_that_leaves_the_clause_to_the_verb_before() {
    check(
        "Title.\n\nThe AP reported that, according to an analysis of his personal calendar and contact details, 85 of 154 visitors had donated.",
        &[(
            "according to an analysis of his personal calendar and contact details, 85 of 154 visitors had donated",
            "AP",
            "reported",
            None,
        )],
    );
}

#[test]
fn according_to_after_a_comma_that_opens_the_text() {
    // (A word before the aside was looked for before the text's start.)
    check(
        ", according to Lee, the plan failed.",
        &[("the plan failed", "Lee", "according to", None)],
    );
}

#[test]
fn according_to_a_quote_mark_alone_names_no_source() {
    // (Found by the property tests: a bare `"` was the speaker, and the
    // claim around it held its own mention.)
    check(",,according to\",don't\"\"\"\"", &[]);
}

#[test]
fn according_to_after_stray_commas_that_open_the_text() {
    check(
        ",, according to Lee, the plan failed.",
        &[("the plan failed", "Lee", "according to", None)],
    );
}

#[test]
fn according_to_after_a_preposition_reports_the_sentence_around_it() {
    check(
        "Title.\n\nLee moved to Texas 30 years ago after, according to Ana Ruiz, the network censured his first report.",
        &[(
            "Lee moved to Texas 30 years ago after, according to Ana Ruiz, the network censured his first report",
            "Ana Ruiz",
            "according to",
            None,
        )],
    );
}

#[test]
fn a_participle_after_with_and_a_noun_phrase_reports_for_that_phrase() {
    check(
        "Title.\n\nMs. Ruiz has gained ground, with 30 percent of voters saying they like her.",
        &[("they like her", "30 percent of voters", "saying", None)],
    );
    check(
        "Title.\n\nMost called themselves liberals, with about three in 10 saying they are very liberal.",
        &[
            ("themselves liberals", "most", "called", None),
            ("they are very liberal", "about three in 10", "saying", None),
        ],
    );
    // After another preposition, a poll's or a share's.
    check(
        "Title.\n\nIn the wake of a new poll showing her lead down to 4 points, Ms. Ruiz told Fox News that she was calm.",
        &[
            ("her lead down to 4 points", "a new poll", "showing", None),
            ("she was calm", "Ruiz", "told", Some("Fox News")),
        ],
    );
}

#[test]
fn a_naming_verb_after_a_common_noun_names_a_thing() {
    check(
        "Title.\n\nAna Ruiz now leads a program called Safe Streets Alliance.",
        &[],
    );
    check(
        "Title.\n\nA new group called Black Votes Count, led by two strategists, is trying to raise money.",
        &[],
    );
    // With no article before the noun (an aside, a hyphened word took it).
    check(
        "Title.\n\nCNN met a 52-year-old Salem, N.H., resident named Caroline.",
        &[],
    );
    check(
        "Title.\n\nHe met an even-then-famous New York City entrepreneur named Donald Trump.",
        &[],
    );
    // A present tense is no participle naming its subject.
    check(
        "Title.\n\nThe town knows Ana Ruiz caused this mess.",
        &[("Ana Ruiz caused this mess", "town", "knows", None)],
    );
    // It still reports with a complement or an infinitive after the name.
    check(
        "Title.\n\nThe group called Lee a liar.",
        &[("Lee a liar", "group", "called", None)],
    );
    // A name with `for` or `of` inside it; an acronym's noun before a
    // name and the sentence's verb; any name given inside a phrase of a
    // preposition.
    check("Title.\n\nHe joined a group called Veterans for Peace.", &[]);
    check(
        "Title.\n\nAn anti-Trump super PAC called Conservative Solutions is ramping up its operations.",
        &[],
    );
    check(
        "Title.\n\nShe danced at a club called the boneless, in which she grabbed the board.",
        &[],
    );
}

#[test]
fn a_restrictive_relative_clause_before_the_verb_is_no_subject() {
    check(
        "Title.\n\nA woman who works at the store said it was wrong.",
        &[("it was wrong", "a woman", "said", None)],
    );
    check(
        "Title.\n\nA man who sells fruit at the market told reporters the police came.",
        &[("the police came", "a man", "told", Some("reporters"))],
    );
    // With `whose`, where no phrase ends at the verb.
    check(
        "Title.\n\nThe state officials whose laws were struck down say the court has changed.",
        &[("the court has changed", "state officials", "say", None)],
    );
}

#[test]
fn a_slash_joins_the_names_of_a_poll() {
    check(
        "A CNN/ORC poll showed Clinton leading the field.",
        &[("Clinton leading the field", "a CNN/ORC poll", "showed", None)],
    );
}

#[test]
fn a_plural_without_s_takes_the_base_form() {
    check(
        "The data show that incomes rose last year.",
        &[("incomes rose last year", "data", "show", None)],
    );
}

#[test]
fn a_pronoun_or_name_object_ends_before_a_phrase_of_manner_or_time() {
    check(
        "Older voters backed her by a wide margin in the primary.",
        &[("her", "Older voters", "backed", None)],
    );
    // A reason after `for` stays with the object.
    check(
        "The union endorsed Ana Garcia during a news conference, and criticized Mayor Reed for his budget.",
        &[
            ("Ana Garcia", "union", "endorsed", None),
            ("Mayor Reed for his budget", "union", "criticized", None),
        ],
    );
}

#[test]
fn a_naming_verb_reports_its_object_with_the_name_given() {
    check(
        "Sen. Ann Ruiz called him divisive.",
        &[("him divisive", "Ann Ruiz", "called", None)],
    );
    check(
        "Ann Ruiz called Tom Lee a fraud on Monday.",
        &[("Tom Lee a fraud", "Ann Ruiz", "called", None)],
    );
    // A quoted name is the quote's, not a claim of its own.
    check("Ann Ruiz called him a \"moderate\" on Monday.", &[]);
}

#[test]
fn a_reflexive_object_reports_what_the_subject_calls_itself() {
    check(
        "Ann Ruiz calls herself a democratic socialist.",
        &[("herself a democratic socialist", "Ann Ruiz", "calls", None)],
    );
    check(
        "Tom Lee described himself as a religious Catholic, and left.",
        &[("himself as a religious Catholic", "Tom Lee", "described", None)],
    );
    // `cast`, `present`: only with a reflexive object (not `cast a ballot`).
    check(
        "Tom Lee cast himself as a Washington outsider, despite his record.",
        &[("himself as a Washington outsider", "Tom Lee", "cast", None)],
    );
    check("Tom Lee cast a ballot in the primary on Monday.", &[]);
    check(
        "Ann Ruiz falsely presents herself as a practicing physician.",
        &[("herself as a practicing physician", "Ann Ruiz", "presents", None)],
    );
    check("Ann Ruiz presents the plan to the council on Monday.", &[]);
    // A verb that reports only a reflexive object may end the text (it
    // looked past the last token).
    check("Title.\n\nThey cast", &[]);
    check("Title.\n\nThey cast quickly", &[]);
    // A reflexive object alone is no stance.
    check("The bank has found itself at the center of the crisis.", &[]);
    // `distanced himself from`: what the subject takes a stance toward is
    // the preposition's object.
    check(
        "Tom Lee quickly distanced himself from the bill, and left.",
        &[("the bill", "Tom Lee", "distanced", None)],
    );
    check(
        "Ann Ruiz has aligned herself closely with the president on most issues.",
        &[("the president on most issues", "Ann Ruiz", "aligned", None)],
    );
    check("Tom Lee has positioned himself solidly in third place.", &[]);
    // The object ends before `by` and a participle, the means.
    check(
        "Tom Lee distanced himself from the movement by saying he would serve.",
        &[
            ("the movement", "Tom Lee", "distanced", None),
            ("he would serve", "Tom Lee", "saying", None),
        ],
    );
}

#[test]
fn a_past_form_after_a_determiner_is_part_of_the_object() {
    check(
        "The class sees itself as the enlightened recipient of those rewards.",
        &[(
            "itself as the enlightened recipient of those rewards",
            "class",
            "sees",
            None,
        )],
    );
    check(
        "The union criticized the proposed cuts, and left.",
        &[("the proposed cuts", "union", "criticized", None)],
    );
}

#[test]
fn a_hearer_ends_before_a_contracted_pronoun() {
    check(
        "Ana Ruiz told the Daily Post she’s received hundreds of letters.",
        &[(
            "she’s received hundreds of letters",
            "Ana Ruiz",
            "told",
            Some("Daily Post"),
        )],
    );
}

#[test]
fn those_with_a_participle_is_a_plural_subject() {
    check(
        "Those surveyed say the economy should come first.",
        &[("the economy should come first", "those surveyed", "say", None)],
    );
}

#[test]
fn of_two_claims_from_one_place_the_surer_stands() {
    // `in national polls` would report the words before it; `according to`
    // reports the whole sentence, and is the surer.
    check(
        "Ana Ruiz leads Tom Lee in national polls by three points, 45 percent to 42 percent, according to the average of recent polls.",
        &[(
            "Ana Ruiz leads Tom Lee in national polls by three points, 45 percent to 42 percent",
            "average of recent polls",
            "according to",
            None,
        )],
    );
}

#[test]
fn a_speech_verb_before_in_reports_the_clause_itself() {
    check(
        "The agency said it did not include those meetings in its tally because they were routine.",
        &[(
            "it did not include those meetings in its tally because they were routine",
            "agency",
            "said",
            None,
        )],
    );
}

#[test]
fn according_to_after_a_colon_reports_what_follows() {
    check(
        "It has not gone unnoticed: according to recent polls, Tom Lee holds only 14 percent of the vote.",
        &[(
            "Tom Lee holds only 14 percent of the vote",
            "recent polls",
            "according to",
            None,
        )],
    );
}

#[test]
fn the_cue_right_after_a_quote_reports_nothing_more() {
    // (The quote's words hold `and`, which must not make the cue a verb
    // coordinated with the sentence's.)
    check(
        "Title.\n\nThe law was “very assertive and interventionist,” said Ann Lee, a professor.",
        &[],
    );
    check(
        "Title.\n\n\"Of course he is fair game,\" Ann Lee told \"Fox and Friends,\" reminding them that Tom Reed has denounced him.",
        &[("Tom Reed has denounced him", "Ann Lee", "reminding", Some("them"))],
    );
}

#[test]
fn an_appositive_after_an_inverted_speaker_is_not_reported() {
    check(
        "Title.\n\nTurnout will fall in the spring, said Ann Lee, a professor at the college.",
        &[("Turnout will fall in the spring", "Ann Lee", "said", None)],
    );
    // With no determiner: a role word among its first words, and no verb.
    check(
        "Title.\n\nTurnout will fall in the spring, said Ann Lee, executive director of the center.",
        &[("Turnout will fall in the spring", "Ann Lee", "said", None)],
    );
    check(
        "Title.\n\nThe contrast, said Ann Lee, remains clear.",
        &[("The contrast, said Ann Lee, remains clear", "Ann Lee", "said", None)],
    );
    check(
        "Title.\n\nIn the north of the county, the old mill is hanging on, but it is under pressure from imports, said the company's owner, Tom Reed.",
        &[(
            "In the north of the county, the old mill is hanging on, but it is under pressure from imports",
            "Tom Reed",
            "said",
            None,
        )],
    );
}

#[test]
fn a_trailing_cue_before_a_semicolon() {
    check(
        "Title.\n\nTo win the county, candidates need about 40 percent of the rural vote, analysts say; in 2012, the mayor won 27 percent.",
        &[(
            "To win the county, candidates need about 40 percent of the rural vote",
            "analysts",
            "say",
            None,
        )],
    );
}

#[test]
fn a_participle_clause_after_a_comma_ends_the_reported_clause() {
    check(
        "Title.\n\nThe mayor said the plan would cut costs, drawing criticism from the council.",
        &[("the plan would cut costs", "mayor", "said", None)],
    );
    // Not `including`, a preposition, nor an adjective in a list.
    check(
        "Title.\n\nThe mayor said the plan would cut costs, including those of the schools.",
        &[(
            "the plan would cut costs, including those of the schools",
            "mayor",
            "said",
            None,
        )],
    );
    check(
        "Title.\n\nThe mayor said the town needs to be kind, loving and patient.",
        &[("the town needs to be kind, loving and patient", "mayor", "said", None)],
    );
}

#[test]
fn a_directive_verb_reports_its_hearer_with_the_infinitive() {
    check(
        "Title.\n\nThe mayor implored the council to act before the vote.",
        &[(
            "the council to act before the vote",
            "mayor",
            "implored",
            Some("council"),
        )],
    );
    // Not a verb that only tells: `told` keeps its hearer apart.
    check(
        "Title.\n\nThe mayor told the council to act before the vote.",
        &[("to act before the vote", "mayor", "told", Some("council"))],
    );
}

#[test]
fn an_s_form_before_the_verb_of_its_phrase_is_a_plural_noun() {
    check(
        "Title.\n\nThe documents show the race is close.",
        &[("the race is close", "documents", "show", None)],
    );
    check(
        "Title.\n\nThe old documents show that the race is close.",
        &[("the race is close", "old documents", "show", None)],
    );
    check(
        "Title.\n\nThe race is close, new reports show.",
        &[("The race is close", "new reports", "show", None)],
    );
    // Still a verb after a name: `Lee reports the race is close`.
    check(
        "Title.\n\nAnn Lee reports the race is close.",
        &[("the race is close", "Ann Lee", "reports", None)],
    );
}

#[test]
fn a_dated_participle_after_the_subject_is_no_cue() {
    check(
        "Title.\n\nA poll released Sunday shows the mayor with an 8-point lead.",
        &[("the mayor with an 8-point lead", "a poll", "shows", None)],
    );
    check(
        "Title.\n\nA report published last week showed the race is close.",
        &[("the race is close", "a report", "showed", None)],
    );
}

#[test]
fn hawks_and_doves_are_groups_that_speak_before_an_aside() {
    // (Before an aside, the speaker's phrase must name someone.)
    check(
        "Title.\n\nEven the biggest hawks, like Marco Rubio and Jeb Bush, say the deal is bad.",
        &[("the deal is bad", "biggest hawks", "say", None)],
    );
}

#[test]
fn a_participle_and_its_place_or_time_after_the_subject_are_no_speaker() {
    check(
        "Title.\n\nPolls conducted in South Carolina found that three-quarters of Republicans agree.",
        &[("three-quarters of Republicans agree", "Polls", "found", None)],
    );
    check(
        "Title.\n\nThe average of polls gathered over the past two weeks shows Clinton leading Trump.",
        &[("Clinton leading Trump", "average of polls", "shows", None)],
    );
    check(
        "Title.\n\nRecords released on Sunday show that he paid.",
        &[("he paid", "Records", "show", None)],
    );
}

#[test]
fn a_trailing_subject_keeps_its_participle_phrase() {
    check(
        "Title.\n\nDonors are paying for the ads, disclosures filed on Sunday night revealed.",
        &[("Donors are paying for the ads", "disclosures", "revealed", None)],
    );
    check(
        "Title.\n\nDonors are paying for the ads, a poll released Sunday showed.",
        &[("Donors are paying for the ads", "a poll", "showed", None)],
    );
    check(
        "Title.\n\nDonors are paying for the ads, records filed in court show.",
        &[("Donors are paying for the ads", "records", "show", None)],
    );
    // (Not a name's verb, nor a pronoun's: no participle describes them.)
    check(
        "Title.\n\n\"He is wrong,\" spokesman Jeff Bechdel said in a statement issued a half-hour before the event.",
        &[],
    );
    check("Title.\n\nWith less success, he started raising questions.", &[]);
}

#[test]
fn a_verb_joined_inside_a_relative_clause_shares_its_pronoun() {
    check(
        "Title.\n\nThe campaign won over Ann Weaver, who came out and endorsed the mayor during a call.",
        &[("the mayor", "Ann Weaver", "endorsed", None)],
    );
    check(
        "Title.\n\nVoters such as Tom Reed, who are drawn to the message and feel that the policies have done harm, stayed home.",
        &[("the policies have done harm", "Tom Reed", "feel", None)],
    );
}

#[test]
fn relative_that_is_the_mention_and_its_antecedent_the_speaker() {
    let text = "Title.\n\nThose are the polls that show the mayor at 10 percent.";
    check(text, &[("the mayor at 10 percent", "polls", "show", None)]);
    let analysis = Analyzer::new().analyze(text);
    let mention = analysis.quotes[0].mention.expect("a mention");
    assert_eq!(mention.of(text), "that");
}

#[test]
fn a_contracted_that_is_opens_the_clause() {
    check(
        "Title.\n\nAna Diaz says that’s the real problem with the plan.",
        &[("that’s the real problem with the plan", "Ana Diaz", "says", None)],
    );
}

#[test]
fn a_source_close_to_him_is_a_speaker() {
    check(
        "Title.\n\nStill, Ruiz will change how he treats his colleagues, a source close to him said.",
        &[(
            "Still, Ruiz will change how he treats his colleagues",
            "a source close to him",
            "said",
            None,
        )],
    );
}

#[test]
fn a_hearer_runs_on_past_a_hyphenated_name_to_that() {
    check(
        "Title.\n\nAna Diaz told members of the AFL-CIO executive council that the body will not vote.",
        &[(
            "the body will not vote",
            "Ana Diaz",
            "told",
            Some("members of the AFL-CIO executive council"),
        )],
    );
}

#[test]
fn quote_ending_the_previous_paragraph_does_not_take_the_cue() {
    // A quote closing one paragraph is no quotation before the next
    // paragraph's `Ginsburg said`: the cue reports what follows it.
    check(
        "Trump wrote: “Her mind is shot — resign!”\n\nGinsburg said in an interview last week that she did not want to think about it.",
        &[("she did not want to think about it", "Ginsburg", "said", None)],
    );
}

#[test]
fn a_long_phrase_of_occasion_may_stand_before_that() {
    check(
        "Title.\n\nAnn Ruiz said Thursday during an interview with a reporter from a local station in Buffalo that the law hurts.",
        &[("the law hurts", "Ann Ruiz", "said", None)],
    );
}

#[test]
fn that_of_a_relative_clause_after_the_occasion_opens_nothing() {
    // `in a documentary that showed …`: `that` with a verb right after it
    // relates to the documentary; it does not open what was said.
    check(
        "“It's like a new plane,” Mr. Trump said in a documentary that showed off some of the renovations.",
        &[],
    );
}

#[test]
fn part_of_the_day_after_the_cue() {
    // `said Saturday night at the debate`: the time is no content.
    check(
        "“This is how important this election is,” Sen. Marco Rubio said Saturday night at the GOP debate, which was sponsored by CBS News.",
        &[],
    );
    check(
        "Rubio said Tuesday morning that the plan was dead.",
        &[("the plan was dead", "Rubio", "said", None)],
    );
}

#[test]
fn share_spelled_in_tens() {
    // `Twenty percent say …`: a number spelled out counts respondents as
    // the digits do.
    check(
        "Twenty percent say they like Clinton.",
        &[("they like Clinton", "Twenty percent", "say", None)],
    );
}

#[test]
fn share_spelled_with_a_hyphen() {
    // `Seventy-four percent`: the whole spelled number heads the subject,
    // not `four percent` after its hyphen.
    check(
        "Seventy-four percent of voters say the country is on the wrong track.",
        &[(
            "the country is on the wrong track",
            "Seventy-four percent of voters",
            "say",
            None,
        )],
    );
}

#[test]
fn an_s_form_after_a_preposition_is_a_plural_noun() {
    // `in states that …`, `amid signs …`: nouns, not `states` or `signs`
    // reporting for the noun before them.
    check(
        "Clinton has been expanding her networks in states that come later on the calendar. \
         The investment comes amid signs the campaign sees that the numbers may be improving.",
        &[("the numbers may be improving", "campaign", "sees", None)],
    );
}

#[test]
fn a_name_in_apposition_to_an_unnamed_subject_speaks() {
    // `The second, Ana Ruiz, said`: the aside names who speaks; a name
    // before its role keeps its name.
    check(
        "Two voters backed the plan. The second, Tom Hale, said the plan was a disaster. \
         Smith's lawyer, John Doe, said it would fail. Ana Ruiz, a lawyer, said it would pass.",
        &[
            ("the plan", "Two voters", "backed", None),
            ("the plan was a disaster", "Tom Hale", "said", None),
            ("it would fail", "John Doe", "said", None),
            ("it would pass", "Ana Ruiz", "said", None),
        ],
    );
}

#[test]
fn a_name_opening_an_aside_of_two_parts_speaks() {
    // `As a part of his plea, Marcel Lazar, 44, said`: the aside after an
    // unnamed phrase opens with a name and goes on past its comma (an age,
    // a role): the name speaks, not the opening phrase.
    check(
        "As a part of his plea, Marcel Lazar, 44, said that he victimized nearly 100 Americans. \
         After a long trial, Ana Ruiz, a lawyer, said the verdict was fair. \
         Her lawyer, Tom Lee, a former judge, said it would fail.",
        &[
            ("he victimized nearly 100 Americans", "Marcel Lazar", "said", None),
            ("the verdict was fair", "Ana Ruiz", "said", None),
            ("it would fail", "Tom Lee", "said", None),
        ],
    );
}

#[test]
fn no_clause_after_a_hearer_and_a_comma() {
    // `to ask a question, the man ended up …`: the main clause after the
    // comma is not what was asked.
    check(
        "After saying he was nervous to ask a question, the man ended up asking about taxes.",
        &[("he was nervous to ask a question", "man", "saying", None)],
    );
    // A hearer that names someone may be followed by the clause.
    check(
        "As Ana Ruiz told the Daily News, tax relief is given in exchange for jobs.",
        &[(
            "tax relief is given in exchange for jobs",
            "Ana Ruiz",
            "told",
            Some("Daily News"),
        )],
    );
}

#[test]
fn a_relative_after_a_preposition_ends_the_clause() {
    // `…, to which Tom Lee replied: "…"`: Lee's reply is not Ruiz's claim,
    // and the quote after it no longer swallows her claim.
    check(
        "Ana Ruiz said that experts had approved the plan, to which Tom Lee replied: \"It's just not true.\"",
        &[("experts had approved the plan", "Ana Ruiz", "said", None)],
    );
}

#[test]
fn a_trailing_cue_after_an_auxiliary() {
    // `…, The Post has learned.`: the auxiliary stands between the source
    // and its verb.
    check(
        "Clinton went to her daughter's apartment to keep details of her treatment under wraps, The Post has learned. \
         The dam will be moved, the mayor has said.",
        &[
            (
                "Clinton went to her daughter's apartment to keep details of her treatment under wraps",
                "Post",
                "learned",
                None,
            ),
            ("The dam will be moved", "mayor", "said", None),
        ],
    );
}

#[test]
fn a_duration_after_for_is_not_what_was_said() {
    // `has said for years`: no topic `years`; the clause after it, or the
    // sentence before the trailing cue, is what was said.
    check(
        "The plan will fail, Lee has said for years. Ana Ruiz has said for two years that the dam is safe.",
        &[
            ("The plan will fail", "Lee", "said", None),
            ("the dam is safe", "Ana Ruiz", "said", None),
        ],
    );
}

#[test]
fn a_relative_day_ends_the_content() {
    // `last Thursday` is a time like `last week`: no dangling `last`.
    check(
        "The union voted to endorse Clinton last Thursday.",
        &[("to endorse Clinton", "union", "voted", None)],
    );
}

#[test]
fn that_before_a_singular_noun_is_its_determiner() {
    // `That person said`: no complementizer at the start of a sentence.
    check(
        "A source close to him spoke. That person said the hostility hampered his ability. \
         He was convinced that random women wanted to see him. Later, that person said it ended.",
        &[
            ("the hostility hampered his ability", "that person", "said", None),
            ("random women wanted to see him", "", "was convinced", None),
            ("it ended", "that person", "said", None),
        ],
    );
}

#[test]
fn comparison_after_a_comma_is_the_writers() {
    check(
        "Most voters say they have a favorable view of Clinton, compared with 64 percent of all adults.",
        &[("they have a favorable view of Clinton", "most voters", "say", None)],
    );
}

#[test]
fn evidence_after_in_must_be_the_whole_phrase() {
    // The poll is the source only where the phrase after `in` names it and
    // nothing more.
    check("Donald Trump has a slight lead in the polls over Cruz in Indiana.", &[]);
    // A count of delegates or votes is a standing, not a finding of anyone.
    check(
        "That means a wider lead for her over Sanders in the overall AP delegate count.",
        &[],
    );
    check("Kasich is currently fourth in the Republican delegate tally.", &[]);
    check(
        "Cruz made a show of opening new campaign offices in Florida to take advantage of Rubio's falling poll numbers.",
        &[],
    );
    check(
        "Trump leads Cruz by roughly 9 percentage points, in the RealClearPolitics average of recent Hoosier polls.",
        &[(
            "Trump leads Cruz by roughly 9 percentage points",
            "RealClearPolitics average of recent Hoosier polls",
            "in",
            None,
        )],
    );
    check(
        "In a New York Times/CBS News survey released last Thursday, 79 percent of Democrats approved.",
        &[(
            "79 percent of Democrats approved",
            "a New York Times/CBS News survey released last Thursday",
            "In",
            None,
        )],
    );
}

#[test]
fn seeming_to_take_a_stance_is_the_subjects() {
    // `seemed to imply that …`: the stance is the subject's, not the
    // writer's impression of the whole clause.
    check(
        "Donald Trump on Tuesday seemed to imply that people with guns could stop Hillary Clinton.",
        &[(
            "people with guns could stop Hillary Clinton",
            "Donald Trump",
            "seemed",
            None,
        )],
    );
    // `seemed close`: still the writer's impression.
    check(
        "The race seemed close on Tuesday.",
        &[("The race seemed close on Tuesday", "", "seemed", None)],
    );
}

#[test]
fn according_to_closing_a_bracket_reports_inside_it() {
    // The words after the bracket are the sentence's, not the source's,
    // however many there are.
    check(
        "Title.\n\nWhite states like Iowa (93 percent of voters there were white, according to exit polls), New Hampshire (93 percent), Ohio (79 percent) and Wisconsin (86 percent) top the list.",
        &[(
            "93 percent of voters there were white",
            "exit polls",
            "according to",
            None,
        )],
    );
}

#[test]
fn according_to_reports_only_its_own_stretch() {
    // A bracket, a relative clause or `with` before `…, according to X`
    // opens what X reports; a website is no `he` after it.
    check(
        "Donald Trump spoke on Monday.\n\nHe made a claim (the actual number is closer to 15 percent, according to Factcheck.org). He defended it.",
        &[
            (
                "the actual number is closer to 15 percent",
                "Factcheck.org",
                "according to",
                None,
            ),
            ("it", "Donald Trump", "defended", None),
        ],
    );
    check(
        "The gap stood in pledged delegates, which stood at 263 entering Tuesday's primary, according to the Associated Press.",
        &[(
            "which stood at 263 entering Tuesday's primary",
            "Associated Press",
            "according to",
            None,
        )],
    );
    // A relative clause between a subject and its verb is an aside: the
    // claim is the clause around it, subject and all.
    check(
        "Clinton, who collected $112million in 2015 for her nomination battle, had a bigger cash balance at year's end, according to figures her campaign released.",
        &[(
            "Clinton, who collected $112million in 2015 for her nomination battle, had a bigger cash balance at year's end",
            "figures",
            "according to",
            None,
        )],
    );
}

#[test]
fn trailing_told_with_a_time_or_a_clause_after_the_hearer() {
    check(
        "The union will likely sit out the election, Phil Smith told POLITICO earlier this week.",
        &[(
            "The union will likely sit out the election",
            "Phil Smith",
            "told",
            Some("POLITICO"),
        )],
    );
    check(
        "This is not about me, President Obama told his closest advisers as he labored over the speech.",
        &[("This is not about me", "Obama", "told", Some("his closest advisers"))],
    );
}

#[test]
fn time_and_cause_after_a_comma_go_on_with_the_claim() {
    // `…, despite …`, `…, when …`, `…, because …`: PolNeAR reads such an
    // adverbial clause as part of what was said.
    check(
        "Ben Carson told the hall that he is not giving up, despite trailing behind all the others.",
        &[(
            "he is not giving up, despite trailing behind all the others",
            "Ben Carson",
            "told",
            Some("hall"),
        )],
    );
}

#[test]
fn quote_ending_a_sentence_ends_the_claim_around_it() {
    check(
        "Rubio said Trump is “unelectable now.” Sen. Ted Cruz, also a GOP hopeful, called the KKK abhorrent.",
        &[("the KKK abhorrent", "Ted Cruz", "called", None)],
    );
}

#[test]
fn opening_participle_reports_for_the_subject_after_its_comma() {
    check(
        "While saying that he does respect Mrs. Clinton, Bernie Sanders continued to doubt her record.",
        &[
            ("he does respect Mrs. Clinton", "Bernie Sanders", "saying", None),
            ("her record", "Bernie Sanders", "doubt", None),
        ],
    );
}

#[test]
fn an_s_form_before_a_modal_after_that_is_a_plural_noun() {
    // `protests` is no denial here: `that protests will erupt`.
    check("Title.\n\nThe risk grew that protests will erupt.", &[]);
    check("Title.\n\nThe risk grew that unsanctioned protests would erupt.", &[]);
    check(
        "Title.\n\nOrganizers say the likelihood that protests will erupt is growing.",
        &[(
            "the likelihood that protests will erupt is growing",
            "organizers",
            "say",
            None,
        )],
    );
}

#[test]
fn a_plural_head_before_a_preposition_takes_the_base_form() {
    // `protest` may be a verb: only the head before `in` tells the number.
    check(
        "Title.\n\nBut protest organizers in Cleveland say that the city is wrong.",
        &[("the city is wrong", "protest organizers in Cleveland", "say", None)],
    );
}

#[test]
fn a_subject_may_open_with_an_adjective_after_an_opener() {
    check(
        "Title.\n\nBut early ratings data suggests that ABC got 8 million viewers.",
        &[("ABC got 8 million viewers", "early ratings data", "suggests", None)],
    );
    check(
        "Title.\n\nSure, official data suggest that production peaked in 2013.",
        &[("production peaked in 2013", "official data", "suggest", None)],
    );
}

#[test]
fn a_poll_out_on_a_day_is_the_subject() {
    check(
        "Title.\n\nA Monmouth poll out Monday showed Clinton with a healthy lead.",
        &[("Clinton with a healthy lead", "a Monmouth poll", "showed", None)],
    );
    check(
        "Title.\n\nA state poll out this week shows Clinton with a lead.",
        &[("Clinton with a lead", "a state poll", "shows", None)],
    );
}

#[test]
fn a_coordinated_subject_takes_the_base_form() {
    check(
        "Title.\n\nAna Ruiz and Tom Lee say they felt compelled to speak out.",
        &[("they felt compelled to speak out", "Ana Ruiz and Tom Lee", "say", None)],
    );
    check(
        "Title.\n\nRuiz and Lee, the parents of a soldier, say they felt compelled to speak out.",
        &[("they felt compelled to speak out", "Ruiz and Lee", "say", None)],
    );
}

#[test]
fn a_claim_that_ends_with_a_quotation_is_the_quotation_s() {
    // The partial quote carries the speaker; no claim repeats it.
    check("Title.\n\nAna Ruiz called his standing in the field “unheard of.”", &[]);
}

#[test]
fn a_headline_claim_keeps_the_quotation_it_holds() {
    // A headline's quote is no one's sentence: the claim carries it.
    check(
        "Ana Ruiz Says Tom Lee ‘Makes You Want To Leave.’\n\nThe mayor spoke on Monday.",
        &[("Tom Lee ‘Makes You Want To Leave.’", "Ana Ruiz", "Says", None)],
    );
}

#[test]
fn a_stray_comma_after_a_party_tag_stands_before_the_verb() {
    check(
        "Title.\n\nSen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he had not read the plan.",
        &[("he had not read the plan", "Jack Reed", "said", None)],
    );
}

#[test]
fn a_new_reporting_clause_after_a_comma_ends_the_content() {
    check(
        "Title.\n\nOne company says there are 2,400 billionaires, another company says there are about 1,800.",
        &[
            ("there are 2,400 billionaires", "One company", "says", None),
            ("there are about 1,800", "another company", "says", None),
        ],
    );
    // A verb that only quotes opens no reporting clause (`continued`).
    check(
        "Title.\n\nWhile saying that he does respect Ruiz, Lee continued to express doubts.",
        &[("he does respect Ruiz", "Lee", "saying", None)],
    );
}

#[test]
fn an_s_form_that_is_mostly_a_noun_reports_only_as_a_verb() {
    // `attacks` and `states` in the noun's places: no cue.
    check("Title.\n\nThe Paris attacks test the strategy of the mayor.", &[]);
    check(
        "Title.\n\nRuiz won narrower victories in coastal states that have moved firmly into the other column.",
        &[],
    );
    check(
        "Title.\n\nRuiz scrambled to organize, especially in caucus states, and her campaign lurched along.",
        &[],
    );
    // So is a base form (`his home state`), but not after `to`.
    check("Title.\n\nRuiz won his home state Vermont.", &[]);
    check(
        "Title.\n\nRuiz wants to challenge the ruling.",
        &[("to challenge the ruling", "Ruiz", "wants", None)],
    );
    // After a pronoun, before a clause or closing an attribution: a verb.
    check(
        "Title.\n\nAna Ruiz is running. In her speech, she attacks the rival's foreign policy.",
        &[("the rival's foreign policy", "Ana Ruiz", "attacks", None)],
    );
    check(
        "Title.\n\nThe document states that courts should not issue an order.",
        &[("courts should not issue an order", "document", "states", None)],
    );
}

#[test]
fn a_past_form_after_a_preposition_is_an_adjective() {
    check(
        "Title.\n\nThe rules make it hard to gain a lead in pledged delegates because delegates are awarded proportionally.",
        &[],
    );
}

#[test]
fn another_alone_is_a_subject_of_the_s_form() {
    check(
        "Title.\n\nOne company says there are 2,400 billionaires, another says there are about 1,800.",
        &[
            ("there are 2,400 billionaires", "One company", "says", None),
            ("there are about 1,800", "another", "says", None),
        ],
    );
}

#[test]
fn an_apostrophe_in_the_phrase_before_that() {
    // A possessive's apostrophe and an abbreviated year are no clause's end.
    check(
        "Title.\n\nThe Legion wrote to Sanders’ Senate office that it had no permission.",
        &[("it had no permission", "Legion", "wrote", None)],
    );
    check(
        "Title.\n\nHank Johnson said in ‘08 that white voters threw assumptions into doubt.",
        &[(
            "white voters threw assumptions into doubt",
            "Hank Johnson",
            "said",
            None,
        )],
    );
}

#[test]
fn a_coordinated_hearer_before_that() {
    check(
        "Title.\n\nWilson told The Post and Courier on Saturday that he cast his ballot for Rubio.",
        &[(
            "he cast his ballot for Rubio",
            "Wilson",
            "told",
            Some("Post and Courier"),
        )],
    );
}

/// `their` and `they` inside the sentence of a group that is its subject
/// are that group; a `they` after a comma is the cue's subject, not the
/// subject of what was said before it.
#[test]
fn a_plural_pronoun_is_its_sentence_group_subject() {
    check(
        "Title.\n\nLatino Republicans have been unsparing in their criticism of Mr. Cruz.",
        &[("Mr. Cruz", "Latino Republicans", "criticism", None)],
    );
    // (A plural person word with its article, before the finite verb.)
    check(
        "Title.\n\nThe senators have been unsparing in their criticism of Mr. Cruz.",
        &[("Mr. Cruz", "senators", "criticism", None)],
    );
    check(
        "Title.\n\nThe Democrats are acting as though they want to lose.",
        &[("to lose", "Democrats", "want", None)],
    );
    check(
        "Title.\n\nSeveral senators said the plan was dead.\n\nCruz's allies bristle at the suggestion, they said.",
        &[
            ("the plan was dead", "Several senators", "said", None),
            (
                "Cruz's allies bristle at the suggestion",
                "Several senators",
                "said",
                None,
            ),
        ],
    );
}

/// After the cue and a comma, an aside up to the next comma, then a clause
/// that a subject pronoun opens: the clause is what was said.
#[test]
fn an_aside_between_commas_before_a_pronoun_clause() {
    check(
        "Title.\n\nMarco Rubio says, win or lose in Tuesday's primary, he's staying in the race.",
        &[("he's staying in the race", "Marco Rubio", "says", None)],
    );
}

/// A clause that opens with a phrase of its own before its subject
/// pronoun: the phrase is part of what was said.
#[test]
fn a_reported_clause_may_open_with_a_phrase_before_its_subject() {
    check(
        "Title.\n\nAnn Ruiz says despite being a Stanford alumna, she plans to root for Iowa.",
        &[(
            "despite being a Stanford alumna, she plans to root for Iowa",
            "Ann Ruiz",
            "says",
            None,
        )],
    );
    check(
        "Title.\n\nTom Lee said after the vote, he would cut taxes.",
        &[("after the vote, he would cut taxes", "Tom Lee", "said", None)],
    );
    // A subordinate clause with a verb of its own opens it too.
    check(
        "Title.\n\nTom Lee said when he was young, he was poor.",
        &[("when he was young, he was poor", "Tom Lee", "said", None)],
    );
    check(
        "Title.\n\nAnn Ruiz says because the bill failed, they will try again.",
        &[("because the bill failed, they will try again", "Ann Ruiz", "says", None)],
    );
}

#[test]
fn a_per_cent_sign_heads_its_phrase_as_percent_does() {
    // `85%` had no noun: the claim of `said` found no subject, and the
    // reported clause's own verb (`favors`) took the sentence.
    check(
        "Title.\n\nIn Virginia, 85% of Democrats said the nation's economic system favors the wealthy.",
        &[(
            "the nation's economic system favors the wealthy",
            "85% of Democrats",
            "said",
            None,
        )],
    );
    check(
        "Title.\n\n85% said the economy helps the wealthy.",
        &[("the economy helps the wealthy", "85%", "said", None)],
    );
}

#[test]
fn a_list_goes_on_past_its_items_commas() {
    check(
        "Title.\n\nThe ad criticized Donald Trump, Ben Carson, and Carly Fiorina.",
        &[("Donald Trump, Ben Carson, and Carly Fiorina", "ad", "criticized", None)],
    );
    // A clause after `, and` is no item.
    check(
        "Title.\n\nLee said the plan was late, and the council agreed.",
        &[("the plan was late", "Lee", "said", None)],
    );
}

#[test]
fn according_to_inside_a_sentence_whose_verb_comes_after_it() {
    check(
        "Title.\n\nSince last November, according to Human Rights Watch, state security forces have killed more than 400 protesters.",
        &[(
            "Since last November, according to Human Rights Watch, state security forces have killed more than 400 protesters",
            "Human Rights Watch",
            "according to",
            None,
        )],
    );
    check(
        "Title.\n\nAt the heart of the trouble, according to Dennis Ross, was a decision by Mr. Obama.",
        &[(
            "At the heart of the trouble, according to Dennis Ross, was a decision by Mr. Obama",
            "Dennis Ross",
            "according to",
            None,
        )],
    );
    // A clause before the aside is the claim on its own.
    check(
        "Title.\n\nTrump leads in Iowa, according to the polling average, by a wide margin.",
        &[("Trump leads in Iowa", "polling average", "according to", None)],
    );
}

#[test]
fn a_share_of_those_asked_takes_the_plural() {
    check(
        "Title.\n\nAnd 64 percent call him competent, after 55 percent said so in December.",
        &[
            ("him competent", "64 percent", "call", None),
            ("so", "55 percent", "said", None),
        ],
    );
    check(
        "Title.\n\n4 in 10 want one with political experience.",
        &[("one with political experience", "4 in 10", "want", None)],
    );
    // (After an approximator that is also a preposition.)
    check(
        "Title.\n\nAbout 4 in 10 want one with political experience.",
        &[("one with political experience", "4 in 10", "want", None)],
    );
    // A share is no name, whatever its first word's capital.
    check(
        "Title.\n\nSix in 10 Republicans want a wall.",
        &[("a wall", "Six in 10 Republicans", "want", None)],
    );
}

#[test]
fn a_participle_after_a_quotation_inside_the_sentence_reports() {
    check(
        "Title.\n\nTrump said he was \"the best thing to happen to the party,\" claiming that he is responsible for higher turnout.",
        &[("he is responsible for higher turnout", "Trump", "claiming", None)],
    );
    // After a quotation that opens the sentence, it is the quote's cue.
    check("Title.\n\n\"We will win this,\" adding a promise to the crowd.", &[]);
}

#[test]
fn time_span_later_or_past_between_subject_and_verb() {
    // `a month later`, `this past week`: a span of time between the
    // subject and its verb is no speaker.
    check(
        "When Ruiz a month later announced 400 layoffs, the workers walked out.",
        &[("400 layoffs", "Ruiz", "announced", None)],
    );
    check(
        "Mara Quist, the party chair, this past week announced a new website for delegates.",
        &[("a new website for delegates", "Mara Quist", "announced", None)],
    );
}

#[test]
fn plural_quantifier_before_an_s_form_is_no_subject() {
    // `several negative comments`, `three percentage points`: after a
    // plural quantifier or a number, a word in -s is a plural noun, not a
    // verb whose subject the quantifier opens.
    check(
        "The mayor's account spent the night sharing several negative comments about the council.",
        &[],
    );
    check(
        "The mayor trails the leader by three percentage points in the latest count.",
        &[],
    );
    check(
        "The mayor trails the leader by 5.5 percentage points in the latest count.",
        &[],
    );
    // (An ordinal is no plural: `a 2nd council refuses` stands.)
    check(
        "The council met again; a 2nd website refuses to let the company sell the pier.",
        &[("to let the company sell the pier", "a 2nd website", "refuses", None)],
    );
    // (A verb with no -s agrees: `several residents say` stands.)
    check(
        "Several residents say the water tastes of metal.",
        &[("the water tastes of metal", "Several residents", "say", None)],
    );
}

#[test]
fn s_word_after_a_subject_pronoun_is_its_verb_not_a_plural_subject() {
    // `who deserves credit`: right after `who`, `he`, `she` or `it`, a
    // word in -s is the pronoun's verb; it is no plural noun to stand as
    // the subject of a base form after it.
    check(
        "The memo has Lee discussing who deserves credit for the new harbor plan.",
        &[],
    );
}

#[test]
fn an_adverb_may_split_an_infinitive_cue() {
    // `to publicly criticize`: the adverb between `to` and its verb keeps
    // the infinitive, and its subject, as `to criticize` has them.
    check(
        "Title.\n\nThe senator went on to publicly criticize the budget.",
        &[("the budget", "senator", "criticize", None)],
    );
    // (`goes on to`, as `went on to`.)
    check(
        "Title.\n\nThe senator goes on to criticize the mayor.",
        &[("the mayor", "senator", "criticize", None)],
    );
    check(
        "Title.\n\nThe senator was quick to sharply criticize the mayor.",
        &[("the mayor", "senator", "criticize", None)],
    );
}

#[test]
fn the_terms_of_speaking_are_not_what_was_said() {
    // `spoke on condition of anonymity`: the terms, not the topic; a
    // clause after them is still what was said.
    check(
        "Title.\n\nThe official spoke on condition of anonymity because he was not allowed to talk.",
        &[],
    );
    check(
        "Title.\n\nAn aide spoke on the condition of anonymity to describe the talks.",
        &[],
    );
    check(
        "Title.\n\nAn aide said on condition of anonymity that the talks had failed.",
        &[("the talks had failed", "an aide", "said", None)],
    );
}

#[test]
fn a_document_put_out_is_not_what_was_said() {
    // `issued a statement`: the statement holds the words, and is not them.
    check(
        "Title.\n\nThe mayor issued a formal statement on Sunday afternoon.",
        &[],
    );
    check("Title.\n\nThe senator delivered a keynote convention address.", &[]);
    // (Any other object is what was put out: `released the names`.)
    check(
        "Title.\n\nThe council released the names of the donors.",
        &[("the names of the donors", "council", "released", None)],
    );
}

#[test]
fn a_conjunction_before_a_new_reporting_clause_ends_the_claim() {
    check(
        "Title.\n\nThe group claimed responsibility for the blast but city officials have said they doubt it.",
        &[
            ("responsibility for the blast", "group", "claimed", None),
            ("they doubt it", "city officials", "said", None),
        ],
    );
}

#[test]
fn a_capital_only_at_a_sentence_start_is_no_subject() {
    // The sentence's subject carried over a coordinated verb is the name
    // after the modifiers, not the capitalized modifier that opens it.
    check(
        "Title.\n\nDemocratic presidential front-runner Hillary Clinton spoke Tuesday and announced a new plan.",
        &[("a new plan", "Hillary Clinton", "announced", None)],
    );
    // `Along with her aides,`: an opening phrase, as `In Iowa,` is.
    check(
        "Title.\n\nAlong with her aides, the senator spoke Tuesday and announced a new plan.",
        &[("a new plan", "senator", "announced", None)],
    );
}

#[test]
fn a_participle_after_a_span_of_time_reports_for_the_subject() {
    // `One month after announcing …, Marco Rubio still believes …`: the
    // participle opens the sentence behind a span of time and `after`; it
    // reports for the subject after the comma, as `After announcing` does.
    check(
        "Title.\n\nOne month after announcing his support for the governor, Ana Ruiz still believes that he is unfit.",
        &[
            ("his support for the governor", "Ana Ruiz", "announcing", None),
            ("he is unfit", "Ana Ruiz", "believes", None),
        ],
    );
}

#[test]
fn a_coordinated_verb_takes_a_subject_that_names_no_one() {
    // `The affidavit cited … and said …`: the sentence's subject is the
    // affidavit, not the first name after its verb.
    check(
        "Title.\n\nThe affidavit cited interviews with Ana Ruiz and said that the officer had seen bruises.",
        &[
            ("interviews with Ana Ruiz", "affidavit", "cited", None),
            ("the officer had seen bruises", "affidavit", "said", None),
        ],
    );
}

#[test]
fn a_participle_and_its_agent_belong_to_the_source() {
    // `a poll conducted by Edison Research`: not `a poll conducted` (and
    // the name in the phrase is its speaker).
    check(
        "Title.\n\nThe race is close, according to a poll conducted by Edison Research for the networks.",
        &[("The race is close", "Edison Research", "according to", None)],
    );
    // (`A poll released Sunday shows`: a subject ends before a participle
    // of its own.)
    check(
        "Title.\n\nA screen image captured by a local reporter showed that the senator had shared it.",
        &[("the senator had shared it", "a screen image", "showed", None)],
    );
    // (Not an agent: `voted by a wide margin`.)
    check(
        "Title.\n\nThe committee voted by a wide margin and said the plan would fail.",
        &[("the plan would fail", "committee", "said", None)],
    );
}

#[test]
fn a_name_and_a_past_form_are_a_clause_not_a_subject() {
    // `Trump made … charges that …`: `charges` is the noun, and the name
    // before the past form holds them; `Trump made similarly bigoted` is
    // no one's name.
    check(
        "Title.\n\nRuiz made similarly bigoted charges that a federal judge would be biased.",
        &[("a federal judge would be biased", "Ruiz", "charges", None)],
    );
}

#[test]
fn inside_and_within_attach_a_place_to_a_role() {
    // Not `Trump Tower`, the place the operative works in.
    check(
        "Title.\n\nOne operative inside Trump Tower said the speaker had no choice.",
        &[(
            "the speaker had no choice",
            "One operative inside Trump Tower",
            "said",
            None,
        )],
    );
}

#[test]
fn a_verb_phrase_joined_by_and_goes_on_with_the_reported_clause() {
    check(
        "Title.\n\nMs. Ruiz said she hoped to get her account back, and then would continue to post.",
        &[(
            "she hoped to get her account back, and then would continue to post",
            "Ruiz",
            "said",
            None,
        )],
    );
    // (A new subject after `, and` is no part of it.)
    check(
        "Title.\n\nMs. Ruiz said she hoped to get her account back, and her lawyer would not comment.",
        &[("she hoped to get her account back", "Ruiz", "said", None)],
    );
}

#[test]
fn subjects_joined_by_and_before_their_verb() {
    // `both she and Tom Reed promised`: the content's subject has no verb
    // yet at `and`, so `Tom Reed promised` is its verb's second subject, not
    // a new report.
    check(
        "Ana Diaz said both she and Tom Reed promised to lead the fight.",
        &[(
            "both she and Tom Reed promised to lead the fight",
            "Ana Diaz",
            "said",
            None,
        )],
    );
    // A verb before `and` still lets a new report open.
    check(
        "Ana Diaz said the mayor resigned and Tom Reed promised to lead the fight.",
        &[
            ("the mayor resigned", "Ana Diaz", "said", None),
            ("to lead the fight", "Tom Reed", "promised", None),
        ],
    );
}

#[test]
fn plural_head_before_a_source_modifier() {
    // `people close to Clinton say`: the head `people` takes the plural verb,
    // not the name after `close to`.
    check(
        "People close to Ana Diaz say the plan is dead.",
        &[("the plan is dead", "people close to Ana Diaz", "say", None)],
    );
    check(
        "The plan is dead, people close to Ana Diaz say.",
        &[("The plan is dead", "people close to Ana Diaz", "say", None)],
    );
}

#[test]
fn a_negated_infinitive_after_the_hearer() {
    check(
        "Some of her backers urged Ana Diaz not to back down until the council makes concessions.",
        &[(
            "Ana Diaz not to back down",
            "some of her backers",
            "urged",
            Some("Ana Diaz"),
        )],
    );
}

#[test]
fn a_question_word_stays_with_its_clause() {
    // Without its question word the clause reads as asserted: `asked the
    // plan would pass`. `that` alone is left out.
    check(
        "Ana Diaz asked whether the plan would pass.",
        &[("whether the plan would pass", "Ana Diaz", "asked", None)],
    );
    check(
        "Ana Diaz talked about what the city needs.",
        &[("what the city needs", "Ana Diaz", "talked", None)],
    );
    check(
        "Ana Diaz said if elected, she would cut taxes.",
        &[("if elected, she would cut taxes", "Ana Diaz", "said", None)],
    );
    check(
        "Ana Diaz said that the plan would pass.",
        &[("the plan would pass", "Ana Diaz", "said", None)],
    );
}

#[test]
fn a_bare_infinitive_after_an_object_pronoun_is_no_impression() {
    // `make him appear xenophobic`: `appear` after the object pronoun is a
    // bare infinitive, not the writer's impression of a clause, so the
    // report around it stands.
    check(
        "Title.\n\nThey say that the remarks have been distorted to make him appear hostile; he wants peace.",
        &[(
            "the remarks have been distorted to make him appear hostile",
            "",
            "say",
            None,
        )],
    );
}

#[test]
fn an_impression_inside_a_report_is_the_reported_clause() {
    // `They say that the plan seems doomed`: the clause around `seems` starts
    // after `that` (and after the verb of speech when `that` is left out);
    // the report around it stands.
    check(
        "Title.\n\nThey say that the plan seems doomed; the talks go on.",
        &[("the plan seems doomed", "", "say", None)],
    );
    check(
        "Title.\n\nThey say the plan seems doomed; the talks go on.",
        &[("the plan seems doomed", "", "say", None)],
    );
    check(
        "Title.\n\nThat seems odd to many.",
        &[("That seems odd to many", "", "seems", None)],
    );
    check(
        "Title.\n\nIn this case, that approach seems to have failed.",
        &[("that approach seems to have failed", "", "seems", None)],
    );
}

#[test]
fn a_gerund_after_time_spent_reports_for_the_spender() {
    // `spent much of the run-up to the caucuses portraying …`: the gerund
    // after a verb of spending and its time reports for that verb's subject,
    // not for the noun right before it.
    check(
        "Title.\n\nAna Diaz spent much of the run-up to the Nevada caucuses portraying Tom Reed as a dreamer.",
        &[("Tom Reed as a dreamer", "Ana Diaz", "portraying", None)],
    );
    check(
        "Title.\n\nAna Diaz spent Thursday discussing the plan.",
        &[("the plan", "Ana Diaz", "discussing", None)],
    );
    // (Nor across an aside's dash; the aside's `which` is the group.)
    check(
        "Title.\n\nThe group - which aims to spend $9 million - is now considering dropping the mayor.",
        &[
            ("to spend $9 million", "group", "aims", None),
            ("dropping the mayor", "group", "considering", None),
        ],
    );
    // (Not after a passive: the money spent is no speaker.)
    check(
        "Title.\n\nMore than $800,000 was spent on ads attacking the mayor.",
        &[],
    );
}

#[test]
fn an_s_form_after_a_verb_and_a_modifier_takes_that_verbs_subject() {
    // `The documents raised new questions about …`: what `questions`
    // reports is the stance of whoever raised them; the mention is their
    // noun phrase, not `documents raised new`.
    check(
        "Title.\n\nThe documents raised new questions about whether the plan would work.",
        &[("whether the plan would work", "documents", "questions", None)],
    );
}

#[test]
fn said_of_after_a_quote_of_several_sentences() {
    // The quote opens before the sentence its cue is in; `said of` names
    // whom the quote is about, not what was said.
    check(
        "Title.\n\n“He’s funny. And I’d love to see him,” attorney Eric Levine said of Trump. “But as president, no.”",
        &[],
    );
    check(
        "Title.\n\n\"Perpetual motion!\" Rep. Glenn Thompson said of the swirl of convention activities.",
        &[],
    );
}

#[test]
fn a_preposition_after_say_opens_an_occasion_not_what_was_said() {
    check(
        "Title.\n\nIt was as damaging as anything the senator said on stage to justify his position.",
        &[],
    );
    check(
        "Title.\n\nTrump said of the senator that he is weak.",
        &[("he is weak", "Trump", "said", None)],
    );
    check(
        "Title.\n\nThe race is a dead heat, as Cruz said on Glenn Beck's radio program on Monday, and it matters.",
        &[],
    );
    // A clause after the occasion is what was said; `about` before an
    // amount opens none (the amount, `about` with it, is what was said).
    check(
        "Title.\n\nThe mayor said on Monday the plan had failed.",
        &[("the plan had failed", "mayor", "said", None)],
    );
    check(
        "Title.\n\nThe budget office said about half of the adjustment reflected lost revenue.",
        &[(
            "about half of the adjustment reflected lost revenue",
            "budget office",
            "said",
            None,
        )],
    );
    // Verbs that take a topic keep it.
    check(
        "Title.\n\nThe mayor spoke about the economy.",
        &[("the economy", "mayor", "spoke", None)],
    );
}

#[test]
fn a_gerund_after_a_document_reports_for_who_put_it_out() {
    // The document holds what was said; its sender said it.
    check(
        "Title.\n\nThe mayor released a statement saying the city will rebuild.",
        &[("the city will rebuild", "mayor", "saying", None)],
    );
    check(
        "Title.\n\nThe mayor issued a statement Tuesday saying she would resign.",
        &[("she would resign", "mayor", "saying", None)],
    );
    check(
        "Title.\n\nMinutes later, Ana Ruiz sent an email saying the deal was done.",
        &[("the deal was done", "Ana Ruiz", "saying", None)],
    );
    // (A post puts out a document too: a tweet, a video.)
    check(
        "Title.\n\nThe mayor posted a tweet saying the city will rebuild.",
        &[("the city will rebuild", "mayor", "saying", None)],
    );
    check(
        "Title.\n\nThe mayor posted a video saying the city will rebuild.",
        &[("the city will rebuild", "mayor", "saying", None)],
    );
    // (Where and when it was put out come between: `on Facebook on Monday`.)
    check(
        "Title.\n\nThe mayor posted a video on Facebook on Monday saying the city will rebuild.",
        &[("the city will rebuild", "mayor", "saying", None)],
    );
}

#[test]
fn a_name_spelled_like_a_past_is_no_verb() {
    // `Rose` is a name here, not the past of `rise`: the hearer's phrase
    // runs on to `that`.
    check(
        "Title.\n\nOn Thursday, Sanders complained to Charlie Rose that linking him to the massacre was unfair.",
        &[("linking him to the massacre was unfair", "Sanders", "complained", None)],
    );
}

#[test]
fn a_plural_head_before_of_takes_a_verb_of_intention() {
    // `the law want` is no phrase: `to` shows `want` is the verb of
    // `Critics of the law`.
    check(
        "Title.\n\nCritics of the law want to repeal it.",
        &[("to repeal it", "critics of the law", "want", None)],
    );
    check(
        "Title.\n\nSupporters of the law hope this is just a transition period.",
        &[(
            "this is just a transition period",
            "supporters of the law",
            "hope",
            None,
        )],
    );
}

#[test]
fn a_single_common_noun_is_a_stance_object() {
    check(
        "Title.\n\nGov. Mary Fallin, who opposes abortion, vetoed the bill.",
        &[("abortion", "Mary Fallin", "opposes", None)],
    );
    check(
        "Title.\n\nThe senator rejects tariffs.",
        &[("tariffs", "senator", "rejects", None)],
    );
    // Not a word that is no noun.
    check("Title.\n\nThe senator opposed strongly.", &[]);
}

#[test]
fn a_contracted_subject_pronoun_is_the_pronoun_alone() {
    // The mention is `He`, not `He's`: the verb is no part of who spoke.
    let text = "Title.\n\nTom Lee spoke to reporters. He's said the plan failed.";
    let analysis = Analyzer::new().analyze(text);
    let mentions: Vec<&str> = analysis
        .quotes
        .iter()
        .filter_map(|quote| quote.mention.map(|mention| mention.of(text)))
        .collect();
    assert_eq!(mentions, ["He"]);
}

#[test]
fn loose_subject_stops_at_a_spaced_dash() {
    check(
        "While some say he would look zippier if he ate a cheeseburger - an old favorite - others say he has never been healthier.",
        &[
            // (What `some` say ends with the aside, before the main clause's
            // subject and its verb of speech.)
            (
                "he would look zippier if he ate a cheeseburger - an old favorite",
                "some",
                "say",
                None,
            ),
            ("he has never been healthier", "others", "say", None),
        ],
    );
}

#[test]
fn content_ends_at_a_colon_before_a_quote() {
    check(
        "But Kim said he was too busy to look for evidence: \"I have a lot going on,\" he said.",
        &[("he was too busy to look for evidence", "Kim", "said", None)],
    );
}

#[test]
fn no_claim_of_a_phrase_that_hands_over_to_a_quote() {
    check("Sanders delivered a snappy retort: \"No one is tearing this up.\"", &[]);
}

#[test]
fn a_headline_claim_keeps_the_quotation_after_its_colon() {
    check(
        "Ana Ruiz Praises Reporter Tom Lee: ‘Very Good Reporter.’\n\nThe mayor spoke on Monday.",
        &[("Reporter Tom Lee: ‘Very Good Reporter.’", "Ana Ruiz", "Praises", None)],
    );
}

#[test]
fn a_participle_and_its_agent_stand_between_subject_and_verb() {
    check(
        "The memo seen by Reuters said investigators were unable to find the files. The memo obtained by Reuters said the files were gone.",
        &[
            ("investigators were unable to find the files", "memo", "said", None),
            ("the files were gone", "memo", "said", None),
        ],
    );
}

#[test]
fn a_passive_participle_asks_past_a_time_or_place_and_with_an_infinitive() {
    check(
        "Title.\n\nAsked Monday in Washington about the general's future role, the spokesman smiled.",
        &[("the general's future role", "", "Asked", None)],
    );
    check(
        "Title.\n\nWhen asked at the business conference about the merger, she smiled.",
        &[("the merger", "", "asked", None)],
    );
    check(
        "Title.\n\nAnd when asked to leave the stage, he refused.",
        &[("to leave the stage", "", "asked", None)],
    );
}

#[test]
fn according_to_a_document_by_its_author_names_the_author() {
    check(
        "Title.\n\nTurnout rose sharply this year, according to an analysis by the Pew Research Center.",
        &[(
            "Turnout rose sharply this year",
            "Pew Research Center",
            "according to",
            None,
        )],
    );
}

#[test]
fn a_day_in_capitals_after_a_word_in_capitals_is_a_name() {
    check(
        "Title.\n\nUSA TODAY reported that rates have moved in opposite directions seven times.",
        &[(
            "rates have moved in opposite directions seven times",
            "USA TODAY",
            "reported",
            None,
        )],
    );
}

#[test]
fn an_aside_in_parentheses_stands_between_subject_and_verb() {
    check(
        "Title.\n\nSen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a staffer) says he was unfocused after the election.",
        &[("he was unfocused after the election", "Chris Murphy", "says", None)],
    );
}

#[test]
fn a_role_for_a_titled_name_speaks_for_it() {
    check(
        "Title.\n\nA spokesman for Mr. Cruz said the senator had made 150 calls.",
        &[(
            "the senator had made 150 calls",
            "a spokesman for Mr. Cruz",
            "said",
            None,
        )],
    );
}

#[test]
fn a_relative_clause_reports_up_to_the_sentence_verb() {
    check(
        "Title.\n\nA pastor who supports Mr. Cruz said he had made 150 calls.",
        &[
            ("Mr. Cruz", "a pastor", "supports", None),
            ("he had made 150 calls", "a pastor", "said", None),
        ],
    );
}

#[test]
fn a_month_between_a_possessive_and_its_noun_stays_in_the_object() {
    check(
        "Title.\n\nTrump praised the party’s July convention.",
        &[("the party’s July convention", "Trump", "praised", None)],
    );
}

#[test]
fn a_participle_after_an_inverted_cue_reports_for_its_speaker() {
    check(
        "Title.\n\n\"We will see,\" added Murphy, referring to the recent spate of killings.",
        &[("the recent spate of killings", "Murphy", "referring", None)],
    );
}

#[test]
fn a_participle_opening_the_sentence_reports_for_the_subject_after_it() {
    check(
        "Title.\n\nNoting that only one senator voted with Democrats, Tester said the problem was plain.",
        &[
            ("only one senator voted with Democrats", "Tester", "Noting", None),
            ("the problem was plain", "Tester", "said", None),
        ],
    );
    check("Title.\n\nSaying goodbye was hard for the mayor.", &[]);
}

#[test]
fn calling_on_a_hearer_to_act_reports_both() {
    check(
        "Title.\n\nSen. Bernie Sanders called on Gov. Rick Snyder to resign over the crisis in Flint.",
        &[(
            "Gov. Rick Snyder to resign over the crisis in Flint",
            "Bernie Sanders",
            "called",
            Some("Rick Snyder"),
        )],
    );
    check(
        "Title.\n\nThe mayor called on Tuesday for calm.",
        &[("calm", "mayor", "called", None)],
    );
}

#[test]
fn an_opening_phrase_and_a_clause_before_a_trailing_cue_are_its_claim() {
    check(
        "Title.\n\nIn 2011 he made a number of changes, records show.",
        &[("In 2011 he made a number of changes", "records", "show", None)],
    );
    check(
        "Title.\n\nAfter Trump took the plane he made changes, records show.",
        &[("After Trump took the plane he made changes", "records", "show", None)],
    );
}

#[test]
fn a_naming_verb_is_no_speech_before_a_trailing_cue() {
    check(
        "Title.\n\nA company called Harmony Enterprises gave $5,000 to the PAC, campaign finance records show.",
        &[(
            "A company called Harmony Enterprises gave $5,000 to the PAC",
            "campaign finance records",
            "show",
            None,
        )],
    );
}

#[test]
fn a_verb_phrase_coordinated_after_an_object_is_the_subjects() {
    check(
        "Title.\n\nClinton might claim a big win but would be able to amass a big delegate lead.",
        &[("a big win", "Clinton", "claim", None)],
    );
}

#[test]
fn a_plain_verb_of_finding_needs_a_clause() {
    check(
        "Title.\n\nThey often can't find jobs that pay well. They find much better jobs.",
        &[],
    );
    check(
        "Title.\n\nPolls find Clinton leads in Ohio. One 2009 paper found improvements in math scores.",
        &[
            ("Clinton leads in Ohio", "Polls", "find", None),
            ("improvements in math scores", "One 2009 paper", "found", None),
        ],
    );
}

#[test]
fn a_coordinated_verb_takes_the_subject_of_its_own_clause() {
    check(
        "Title.\n\nCruz rejected the plan, but Mike Huckabee proposed a wall and said Ryan should resign.",
        &[
            ("the plan", "Cruz", "rejected", None),
            ("a wall", "Mike Huckabee", "proposed", None),
            ("Ryan should resign", "Mike Huckabee", "said", None),
        ],
    );
    // (A clause with no subject of its own after the comma keeps the
    // sentence's.)
    check(
        "Title.\n\nLee spoke to reporters on Monday, and in the same interview said the plan had failed.",
        &[("the plan had failed", "Lee", "said", None)],
    );
}

#[test]
fn a_noun_in_ing_in_an_occasion_before_that() {
    check(
        "Title.\n\nJohnston said after the meeting that the plan had failed.",
        &[("the plan had failed", "Johnston", "said", None)],
    );
    // (`after hearing that`: the participle's own clause.)
    check("Title.\n\nJohnston wept after hearing that the plan had failed.", &[]);
}

#[test]
fn made_clear_reports_what_follows_its_word() {
    check(
        "Title.\n\nAlito had made clear that he was ready to overturn the decision.",
        &[("he was ready to overturn the decision", "Alito", "made", None)],
    );
    check(
        "Title.\n\nAlito made it clear that he was ready to overturn the decision.",
        &[("he was ready to overturn the decision", "Alito", "made", None)],
    );
    check("Title.\n\nAlito made a speech and made history.", &[]);
}

#[test]
fn a_phrase_after_a_relative_pronoun_is_no_subject() {
    check(
        "Title.\n\nAlito, who in two earlier opinions had said that he was ready, wrote it.",
        &[("he was ready", "Alito", "said", None)],
    );
}

#[test]
fn an_infinitive_of_purpose_after_a_particle_or_place() {
    check(
        "Title.\n\nTom Emanuel stood up to say he was leaning toward Mr. Trump.",
        &[("he was leaning toward Mr. Trump", "Tom Emanuel", "say", None)],
    );
    check(
        "Title.\n\nAna Ruiz went out of her way to say that the economy had hit bottom.",
        &[("the economy had hit bottom", "Ana Ruiz", "say", None)],
    );
}

#[test]
fn an_adverb_opening_the_sentence_is_no_speaker_before_an_aside() {
    check(
        "Title.\n\nRecently, Tom Emanuel, a voter, said he was leaning toward Mr. Trump.",
        &[("he was leaning toward Mr. Trump", "Tom Emanuel", "said", None)],
    );
}

#[test]
fn a_stance_noun_after_make_is_the_subjects() {
    check(
        "Title.\n\nAna Ruiz made the suggestion that the plan should wait until spring.",
        &[("the plan should wait until spring", "Ana Ruiz", "suggestion", None)],
    );
}

#[test]
fn given_opening_a_sentence_is_no_one() {
    // `Given` is a function word (stopwords.txt), not a name that could
    // hold the questions.
    check(
        "Title.\n\nGiven the expected international fallout and questions of legality, the government had been stalling on implementation.",
        &[],
    );
}

#[test]
fn an_impression_with_an_aside_before_that() {
    check(
        "Title.\n\nIt appears, though, that the championship game was not boring to everyone.",
        &[(
            "It appears, though, that the championship game was not boring to everyone",
            "",
            "appears",
            None,
        )],
    );
}

#[test]
fn of_after_a_hearer_opens_what_was_said() {
    // `voters of his record` is no noun phrase where no clause follows:
    // `of` opens what the hearer was reminded of.
    check(
        "Title.\n\nIn Nevada, Ana Ruiz constantly reminded voters of the six years her family had lived in Las Vegas.",
        &[(
            "the six years her family had lived in Las Vegas",
            "Ana Ruiz",
            "reminded",
            Some("voters"),
        )],
    );
    // Before `that`, the hearer's phrase runs on.
    check(
        "Title.\n\nAna Ruiz told residents of the county that the bridge would close.",
        &[(
            "the bridge would close",
            "Ana Ruiz",
            "told",
            Some("residents of the county"),
        )],
    );
}

#[test]
fn a_hyphenated_participle_does_not_end_an_object() {
    // `Republican-backed` is an adjective, no verb that ends the list.
    check(
        "Title.\n\nOfficials cited several factors for the low turnout, including Republican-backed laws.",
        &[(
            "several factors for the low turnout, including Republican-backed laws",
            "officials",
            "cited",
            None,
        )],
    );
}

#[test]
fn a_list_of_possessed_nouns_is_one_object() {
    check(
        "Title.\n\nRyan questioned Mr. Trump's tactics, his qualifications, his judgment and his very decency.",
        &[(
            "Mr. Trump's tactics, his qualifications, his judgment and his very decency",
            "Ryan",
            "questioned",
            None,
        )],
    );
}

#[test]
fn a_stance_noun_with_no_determiner_reports_for_no_one() {
    check(
        "Title.\n\nThe program was drawing complaints that it was underfunded and overly prescriptive.",
        &[("it was underfunded and overly prescriptive", "", "complaints", None)],
    );
    // In a phrase opening the sentence, up to its comma; the main clause
    // keeps its own claim.
    check(
        "Title.\n\nDespite complaints that he is a quixotic crusader, Ana Ruiz has found ways to press her agenda.",
        &[
            ("he is a quixotic crusader", "", "complaints", None),
            ("ways to press her agenda", "Ana Ruiz", "found", None),
        ],
    );
}

#[test]
fn a_fraction_of_a_group_after_an_opener_is_the_subject() {
    check(
        "Title.\n\nIn each state, about half of voters say the economy is bad.",
        &[("the economy is bad", "half of voters", "say", None)],
    );
}

#[test]
fn at_least_opens_what_was_reported() {
    check(
        "Title.\n\nCNN reported at least six planes filled the skies.",
        &[("at least six planes filled the skies", "CNN", "reported", None)],
    );
}

#[test]
fn a_quantifier_after_a_dash_is_a_subject() {
    check(
        "Title.\n\nAfter the scandal – many believe Clinton is incapable.",
        &[("Clinton is incapable", "many", "believe", None)],
    );
}

#[test]
fn a_reporting_clause_after_a_quotation_ending_in_a_comma() {
    // The comma inside the closing mark ends the clause as a comma outside
    // it would: the clause before holds the quotation (its quote carries
    // it), and `he claimed` reports anew.
    check(
        "Title.\n\nThough Lee told the paper that they had \"been friends for some time,\" he claimed they had never met in person.",
        &[("they had never met in person", "Lee", "claimed", None)],
    );
}

#[test]
fn a_quotation_between_dashes_ends_the_clause() {
    // The aside is a quotation with its own attribution: what was
    // suggested ends before it.
    check(
        "Title.\n\nClinton suggested that the plan was unserious - \"Again, we need to get into the details,\" she said - and charged that it was naive.",
        &[
            ("the plan was unserious", "Clinton", "suggested", None),
            ("it was naive", "Clinton", "charged", None),
        ],
    );
}

#[test]
fn an_s_form_before_a_plural_auxiliary_is_a_noun() {
    // `estimates` is a verb's -s form too; before `are` it heads the subject.
    check(
        "Title.\n\nThe party's initial estimates are showing that 80,000 Democrats caucused.",
        &[(
            "80,000 Democrats caucused",
            "party's initial estimates",
            "showing",
            None,
        )],
    );
}

#[test]
fn a_floating_quantifier_stands_between_a_subject_and_its_verb() {
    check(
        "Title.\n\nBut Richards and Menendez both stressed that it wasn't all bad news. They all agreed that the plan would fail. Of the voters, all said they were tired.",
        &[
            ("it wasn't all bad news", "Richards and Menendez", "stressed", None),
            ("the plan would fail", "Richards and Menendez", "agreed", None),
            ("they were tired", "all", "said", None),
        ],
    );
}

#[test]
fn a_long_name_modifies_the_head_of_its_subject() {
    // Six modifiers before `poll`: the subject is the whole phrase.
    check(
        "Title.\n\nThe Wall Street Journal/NBC News poll showed a slimmer lead for Clinton.",
        &[(
            "a slimmer lead for Clinton",
            "Wall Street Journal/NBC News poll",
            "showed",
            None,
        )],
    );
}

#[test]
fn each_and_neither_alone_are_subjects() {
    check(
        "Title.\n\nEach said the plan would fail. Neither said it would pass.",
        &[
            ("the plan would fail", "each", "said", None),
            ("it would pass", "neither", "said", None),
        ],
    );
}

#[test]
fn an_s_form_after_the_is_a_plural_noun() {
    // `markets` is a verb's -s form too; after `the` it heads the subject,
    // whatever comes between it and its verb.
    check(
        "Title.\n\nThe markets, which traders watch closely, suggest that Clinton leads.",
        &[("Clinton leads", "markets", "suggest", None)],
    );
}

#[test]
fn an_aside_that_ends_in_a_quotation_closes_with_its_comma() {
    // The comma inside the closing mark closes the aside: the subject is
    // the name before it, and `said` reports.
    check(
        "Title.\n\nHumphrey, who calls Trump a \"sociopath,\" said he doesn't believe the effort requires an alternative. Lee, the hacker known as \"Guccifer,\" stated that he had access to the server.",
        &[
            (
                "he doesn't believe the effort requires an alternative",
                "Humphrey",
                "said",
                None,
            ),
            ("he had access to the server", "Lee", "stated", None),
        ],
    );
}

#[test]
fn an_inverted_plural_attribution_in_the_base_form() {
    // `…, say some Democrats`: the base form inverted after what was said,
    // with a plural speaker after it.
    check(
        "Title.\n\nA more subdued Bill Clinton may not be such a bad thing either, say some Democrats, who cringe at the memory. The plan will fail, say analysts.",
        &[
            (
                "A more subdued Bill Clinton may not be such a bad thing either",
                "some Democrats",
                "say",
                None,
            ),
            ("The plan will fail", "analysts", "say", None),
        ],
    );
}

#[test]
fn a_trailing_attribution_with_a_name_in_apposition() {
    // `…, a spokeswoman, Anna White, said`: the name in apposition is the
    // speaker; what was said ends before its head.
    check(
        "Title.\n\nFacebook created the tool to help in times of crisis, a spokeswoman, Anna White, said on Saturday. The emails were never classified, her lawyer, David E. Kendall, wrote in a court filing.",
        &[
            (
                "Facebook created the tool to help in times of crisis",
                "Anna White",
                "said",
                None,
            ),
            ("The emails were never classified", "David E. Kendall", "wrote", None),
        ],
    );
}

#[test]
fn a_relative_clause_between_dashes_or_in_parentheses() {
    // `Graham—who had endorsed Bush—said …`: what the relative clause
    // reports ends with its aside, and `who` is the name before the dash
    // or the parenthesis; the main verb reports on its own.
    let expected = |end: &'static str| {
        vec![
            ("Jeb Bush for president", "Lindsey Graham", "endorsed", None),
            ("he would help", "Lindsey Graham", end, None),
        ]
    };
    for text in [
        "Title.\n\nLindsey Graham—who had endorsed Jeb Bush for president—said he would help.",
        "Title.\n\nLindsey Graham - who had endorsed Jeb Bush for president - said he would help.",
        "Title.\n\nLindsey Graham (who had endorsed Jeb Bush for president) said he would help.",
    ] {
        check(text, &expected("said"));
    }
}

#[test]
fn a_second_relative_clause_after_and() {
    // `Cruz, who …, and who has been hoping to win, said …`: the second
    // `who` is the first one's, and its clause ends before the main verb.
    check(
        "Title.\n\nSenator Ted Cruz, who threatened to shut down the government, and who has been hoping to win Iowa, said he would help.",
        &[
            ("to shut down the government", "Ted Cruz", "threatened", None),
            ("to win Iowa", "Ted Cruz", "hoping", None),
            ("he would help", "Ted Cruz", "said", None),
        ],
    );
}

#[test]
fn a_participle_of_speech_after_a_noun_before_a_clause() {
    // `62 percent of voters saying race relations are growing worse`: the
    // clause after the participle is what the noun phrase says, whatever
    // opens it (a pronoun did already: `voters saying they approve`).
    check(
        "Title.\n\nThe attacks have left 62 percent of voters saying race relations are growing worse.",
        &[(
            "race relations are growing worse",
            "62 percent of voters",
            "saying",
            None,
        )],
    );
    // (Not after a word that names nothing that says: `worth`.)
    check(
        "Title.\n\nIt's worth noting there is little love lost between the banks and Mr. Trump.",
        &[],
    );
}

/// `self-described` reports the noun phrase it modifies, never a clause
/// (`The self-described democratic socialist said he would win` was a
/// claim of `self-`, cue `described`, content `democratic socialist said
/// he …`); the sentence's own verb still reports.
#[test]
fn self_described_reports_no_clause() {
    check(
        "The self-described democratic socialist said he would win the state.",
        &[(
            "he would win the state",
            "self-described democratic socialist",
            "said",
            None,
        )],
    );
    check(
        "Sanders, a senator and self-described democratic socialist, said economic stagnation is the problem.",
        &[
            ("democratic socialist", "Sanders", "described", None),
            ("economic stagnation is the problem", "Sanders", "said", None),
        ],
    );
}

/// A phrase that ends in an adjective has its noun still to come: the word
/// after it is that noun, not a verb whose subject the phrase is (`Trump’s
/// wide-ranging comments pre-empted …` was a claim of `Trump’s
/// wide-ranging`, cue `comments`).
#[test]
fn a_phrase_ending_in_an_adjective_is_no_subject() {
    for text in [
        "Trump’s wide-ranging comments pre-empted what would have been a warm welcome.",
        "The surge of incendiary comments online has been so strong that officials worry.",
        "Palin’s pugnacious posts about ISIS include one about children.",
        "The stance came after more ambiguous remarks a few weeks ago.",
        "A wave of surprisingly positive comments followed his win.",
    ] {
        check(text, &[]);
    }
    // (A noun that ends like one still speaks.)
    check(
        "A senior executive says the plan is dead.",
        &[("the plan is dead", "a senior executive", "says", None)],
    );
}

/// A participle after a document that a verb of saying has for the subject
/// of its clause is no document sent (`She says the tweets accusing Ana
/// Ruiz of … are "lies."` made Ana's accuser `She`, by the rule for `sent
/// an email saying …`, which a verb that puts out its object keeps).
#[test]
fn a_document_in_a_reported_clause_was_not_sent() {
    let text = "Mary Lee spoke on Friday. She says the tweets accusing Ana Ruiz of having a criminal record and a sex tape are \"lies.\"";
    let analysis = Analyzer::new().analyze(text);
    let accusing: Vec<_> = analysis
        .quotes
        .iter()
        .filter(|quote| quote.cue.is_some_and(|cue| cue.of(text) == "accusing"))
        .collect();
    assert!(
        accusing
            .iter()
            .all(|quote| quote.speaker.as_deref() != Some("Mary Lee")),
        "{accusing:?}"
    );
    check(
        "Mary Lee spoke on Friday. She sent an email saying the plan was dead.",
        &[("the plan was dead", "Mary Lee", "saying", None)],
    );
}

/// What a headline's colon hands over ends with its line: a second line of
/// the headline is a claim of its own (`Republicans' reaction: 'Is that all
/// there is?';` then `Candidates say …` on the next line, which the first
/// claim ran over and hid).
#[test]
fn a_headline_colon_reports_to_the_end_of_its_line() {
    check(
        "Voters' reaction: 'Is that all there is?';\nCandidates say the plan is inadequate.\n\nVoters spoke on Monday.",
        &[
            ("'Is that all there is?'", "Voters' reaction", ":", None),
            ("the plan is inadequate", "Candidates", "say", None),
        ],
    );
    // (A quotation that ends the line keeps its closing mark.)
    check(
        "Mary Lee: Trump's view is 'dangerously wrong';\nHer rival is in town.\n\nMary Lee spoke on Monday.",
        &[("Trump's view is 'dangerously wrong'", "Mary Lee", ":", None)],
    );
}

/// A pronoun with its verb contracted (`He’s`, `That’s`) opens a clause,
/// never a longer subject: `He’s comparing the gun actions to … and says
/// …` had the speaker `He’s comparing`, `That's certainly not stopping him
/// from blocking …` `That's certainly`.
#[test]
fn a_contracted_pronoun_and_a_word_are_no_subject() {
    for text in [
        "Tom Lee is panning the plan. He’s comparing the gun actions to the order and says Obama is flouting the process.",
        "That's certainly not stopping him from blocking Garland now.",
    ] {
        let analysis = Analyzer::new().analyze(text);
        for quote in &analysis.quotes {
            let mention = quote.mention.map(|mention| mention.of(text));
            assert!(
                mention.is_none_or(|mention| mention.split_whitespace().count() == 1 || !mention.contains(['\'', '’'])),
                "{mention:?} in {text}"
            );
        }
    }
}

#[test]
fn a_participle_takes_the_main_clause_subject_after_an_opening_clause() {
    check(
        "When the team moved back to rural Tennessee, his mother refused to teach him Japanese, insisting that her son was 100 percent American.",
        &[
            ("to teach him Japanese", "his mother", "refused", None),
            ("her son was 100 percent American", "his mother", "insisting", None),
        ],
    );
}

#[test]
fn an_s_form_before_a_past_tense_is_a_noun() {
    check(
        "A news report published Wednesday said Defense Secretary Ash Carter used a personal email account.",
        &[(
            "Defense Secretary Ash Carter used a personal email account",
            "a news report",
            "said",
            None,
        )],
    );
    // (A past form before its noun is an adjective: the -s form reports.)
    check(
        "The advisory panel recommends unspecified adjustments to protect such industries.",
        &[(
            "unspecified adjustments to protect such industries",
            "advisory panel",
            "recommends",
            None,
        )],
    );
}

#[test]
fn an_initialism_that_ends_the_content_keeps_its_dot() {
    check(
        "Trump says China is using trade rules to take jobs away from the U.S. Zach Carter is a host.",
        &[(
            "China is using trade rules to take jobs away from the U.S.",
            "Trump",
            "says",
            None,
        )],
    );
}

#[test]
fn a_name_after_its_verb_speaks_past_an_aside() {
    // `…, a state that she hoped to carry, …, said Dan Gerstein, director
    // of …`: the name after the verb speaks, not a subject found across the
    // aside before the comma.
    check(
        "Even as the campaign moves to New York, a state that she hoped to carry by a large margin, the race will be tight, said Dan Gerstein, director of a writing firm.",
        &[(
            "Even as the campaign moves to New York, a state that she hoped to carry by a large margin, the race will be tight",
            "Dan Gerstein",
            "said",
            None,
        )],
    );
    // (Not a name after a verb that takes a person: `told` has a hearer.)
    let text = "Sanders will stay in the race through the convention in July, Tad Devine, the chief strategist, told The Huffington Post.";
    let analysis = Analyzer::new().analyze(text);
    assert!(
        analysis
            .quotes
            .iter()
            .all(|quote| quote.speaker.as_deref() != Some("Huffington Post")),
        "{:?}",
        analysis.quotes
    );
}

#[test]
fn a_role_coordinated_with_another_party_keeps_it() {
    // `the senator and his allies` are Cruz and his allies, not Cruz alone;
    // `they` after them are the same.
    check(
        "Sen. Ted Cruz spoke first. The senator and his allies said the plan had worked in Iowa.",
        &[("the plan had worked in Iowa", "Ted Cruz and his allies", "said", None)],
    );
}

#[test]
fn rules_signs_and_remarks_are_mostly_nouns() {
    // `Federal rules subject …`, `held signs with …`: nouns, no cue;
    // `the court rules that …` before its clause still reports.
    check(
        "Federal rules subject inverted companies to more taxes if their shareholders own most of them.",
        &[],
    );
    check(
        "Dozens in the crowd held signs with the names of men, women and children who were killed.",
        &[],
    );
    check(
        "The court rules that the law is unconstitutional.",
        &[("the law is unconstitutional", "court", "rules", None)],
    );
}

#[test]
fn a_party_keeps_its_capital() {
    // `Democrats` opening the sentence is the party's members, a proper
    // noun, though the text never capitalizes it inside a sentence.
    check(
        "Democrats say the plan will fail.",
        &[("the plan will fail", "Democrats", "say", None)],
    );
}

/// A sentence-opening participle whose comma ends the text has no main
/// clause after it to look into (found by the fuzz target: the search
/// for the subject after the comma ran past the last token).
#[test]
fn opening_participle_with_a_comma_at_the_end_of_the_text() {
    for text in [
        "Saying the debate was over,",
        "Title.\n\nVoting to end the debate,",
        "Voting d s,",
    ] {
        check(text, &[]);
    }
}

/// A role right before a name (`The Washington Post columnist Ruth
/// Marcus`) heads a subject that runs through the name: a verb
/// coordinated later in the sentence is the name's, not the bare role's
/// (which resolved to whoever the role last named).
#[test]
fn a_role_before_a_name_runs_through_it() {
    check(
        "Title.\n\nThe Washington Post columnist Ruth Marcus has been critical of Mr. Trump but wrote that she agreed with him.",
        &[
            ("Mr. Trump", "Ruth Marcus", "been critical", None),
            ("she agreed with him", "Ruth Marcus", "wrote", None),
        ],
    );
    check(
        "Title.\n\nA spokesman for Mayor Ana Ruiz of Cleveland defended the route and said the police were ready.",
        &[
            (
                "the route",
                "a spokesman for Mayor Ana Ruiz of Cleveland",
                "defended",
                None,
            ),
            (
                "the police were ready",
                "a spokesman for Mayor Ana Ruiz of Cleveland",
                "said",
                None,
            ),
        ],
    );
}

/// A participle after a trailing attribution (`…, Cruz explained,
/// recalling …`) reports for that attribution's speaker, not for the
/// subject the sentence opened with.
#[test]
fn a_participle_after_a_trailing_attribution_is_its_speakers() {
    check(
        "She had struggled her whole life, Tom Cruz explained, recalling the time he visited her at a shelter.",
        &[
            ("She had struggled her whole life", "Tom Cruz", "explained", None),
            ("the time he visited her at a shelter", "Tom Cruz", "recalling", None),
        ],
    );
}

/// `repeated the denial at a news conference`, `criticized the plan at a
/// rally in Ohio`: a phrase of the occasion ends a noun-phrase object.
#[test]
fn an_occasion_ends_an_object() {
    check(
        "Roth repeated the denial at a news conference in the capital. Trump criticized the plan at a rally \
         in Ohio on Monday. Lee denied the claims in an interview with CNN. Ruiz backed the bill in the Senate.",
        &[
            ("the denial", "Roth", "repeated", None),
            ("the plan", "Trump", "criticized", None),
            ("the claims", "Lee", "denied", None),
            ("the bill in the Senate", "Ruiz", "backed", None),
        ],
    );
    // (Not where the object goes on past it with a verb, nor `in the event
    // of`, nor inside an infinitive.)
    check(
        "The firm described donors seeking and in some cases obtaining meetings with officials. \
         Ailes discussed a walkout in the event of his ouster. Tyson was asked to speak at the convention.",
        &[
            (
                "donors seeking and in some cases obtaining meetings with officials",
                "firm",
                "described",
                None,
            ),
            ("a walkout in the event of his ouster", "Ailes", "discussed", None),
            ("to speak at the convention", "", "asked", None),
        ],
    );
}

/// A dateline (`BERLIN, May 3 (Reuters) -`) is no part of the claim that a
/// trailing attribution reports.
#[test]
fn a_dateline_is_no_part_of_a_trailing_claim() {
    check(
        "BERLIN, May 3 (Reuters) - German police arrested two men at a protest, police said.",
        &[("German police arrested two men at a protest", "police", "said", None)],
    );
    check(
        "WASHINGTON (AP) — Police arrested two men, officials said.",
        &[("Police arrested two men", "officials", "said", None)],
    );
    // (With the country after the city, and the day after both.)
    check(
        "LESK, Dravonia (AP) - More than 60 inmates have refused food, their relatives said Thursday.",
        &[(
            "More than 60 inmates have refused food",
            "their relatives",
            "said",
            None,
        )],
    );
    check(
        "MERROWBY, Lanmark, Dec 4 (Reuters) - A landscape is a forgery, the gallery said on Thursday.",
        &[("A landscape is a forgery", "gallery", "said", None)],
    );
}

/// `said … and that reports of a protest had been invented`: after `and
/// that` (or a verb and `that`), an -s form is the clause's plural subject,
/// no verb with `that` for its subject; a relative `that` after a noun
/// still speaks (`a paper that reports`).
#[test]
fn an_s_form_after_a_complementizer_that_is_a_noun() {
    check(
        "The ministry said all inmates were eating normally and that reports of a protest had been invented. \
         Lee read a paper that reports the vote was rigged. Voters liked a message that characterizes the economy as broken.",
        &[
            (
                "all inmates were eating normally and that reports of a protest had been invented",
                "ministry",
                "said",
                None,
            ),
            ("the vote was rigged", "a paper", "reports", None),
            ("the economy as broken", "a message", "characterizes", None),
        ],
    );
}

/// `…, the gallery said on Thursday, a finding the owners rejected`: a
/// summing up that the owners rebut is no rest of a parenthetical
/// attribution; the claim before it ends at the attribution.
#[test]
fn a_rebutted_summary_after_a_trailing_attribution_ends_the_claim() {
    check(
        "A landscape that hung for a century in a farmhouse is a forgery, the gallery said on Thursday, \
         a finding the owners rejected.",
        &[
            (
                "A landscape that hung for a century in a farmhouse is a forgery",
                "gallery",
                "said",
                None,
            ),
            ("a finding", "owners", "rejected", None),
        ],
    );
    check(
        "A landscape is a forgery, the gallery said on Thursday, a finding the owners rejected as careless.",
        &[
            ("A landscape is a forgery", "gallery", "said", None),
            ("a finding", "owners", "rejected", None),
        ],
    );
}

/// A participle phrase after the source of `according to` (`court
/// documents seen by Reuters`) belongs to the source, not to the claim.
#[test]
fn a_participle_after_the_source_of_according_to_is_no_part_of_the_claim() {
    check(
        "According to court documents seen by Reuters, one of the men had a previous conviction for assault.",
        &[(
            "one of the men had a previous conviction for assault",
            "court documents",
            "According to",
            None,
        )],
    );
}

/// `Becker denied that.`: a `that` that ends the sentence is the object,
/// a demonstrative, not the opening of a clause.
#[test]
fn that_ending_the_sentence_is_the_object() {
    check(
        "Ruiz said Becker wanted to be governor. Becker denied that.",
        &[
            ("Becker wanted to be governor", "Ruiz", "said", None),
            ("that", "Becker", "denied", None),
        ],
    );
}

/// `Okoye denied that, saying …`: a `that` before a comma and a
/// participle is the object too; `said that, if elected, …` still opens a
/// clause.
#[test]
fn that_before_a_comma_and_a_participle_is_the_object() {
    check(
        "Ruiz blamed the union. Okoye denied that, saying the ministry had cancelled the meeting.",
        &[
            ("the union", "Ruiz", "blamed", None),
            ("that", "Okoye", "denied", None),
            ("the ministry had cancelled the meeting", "Okoye", "saying", None),
        ],
    );
    check(
        "Ruiz said that, if elected, he would cut taxes.",
        &[("if elected, he would cut taxes", "Ruiz", "said", None)],
    );
}

/// `rejected that explanation, saying …`: `that` before a noun of what
/// was said that ends the object is its determiner, not a clause's
/// opening; `denied that reports of abuse were true` opens one.
#[test]
fn that_before_a_noun_of_what_was_said_is_its_determiner() {
    check(
        "Vos said the fish died of low oxygen. Brandt rejected that explanation, saying oxygen levels were normal.",
        &[
            ("the fish died of low oxygen", "Vos", "said", None),
            ("that explanation", "Brandt", "rejected", None),
            ("oxygen levels were normal", "Brandt", "saying", None),
        ],
    );
    check(
        "Vos said the fish died of low oxygen. Brandt rejected that explanation.",
        &[
            ("the fish died of low oxygen", "Vos", "said", None),
            ("that explanation", "Brandt", "rejected", None),
        ],
    );
    check(
        "The ministry denied that reports of abuse were true.",
        &[("reports of abuse were true", "ministry", "denied", None)],
    );
    // (Only after a denial: a request for comment reports nothing.)
    check("Harlow did not respond to a request for comment on that account.", &[]);
}

/// An inverted trailing attribution whose speaker a relative clause
/// describes (`…, said an aide who attended the meeting.`) is the
/// sentence's source: the clause tells who the speaker is, and the
/// sentence before the comma is what they said.
#[test]
fn a_trailing_speaker_described_by_who_reports_the_sentence() {
    check(
        "Title.\n\nThe mayor promised to fix the roads by June, said an aide who attended the meeting.",
        &[("The mayor promised to fix the roads by June", "an aide", "said", None)],
    );
    check(
        "Title.\n\nMr. Obama warned the Chinese leader not to move on the shoal, said an American official who attended the talks.",
        &[(
            "Mr. Obama warned the Chinese leader not to move on the shoal",
            "an American official",
            "said",
            None,
        )],
    );
    // (A name in apposition before the comma is no subject of the verb
    // when a person named by a common noun follows it and ends the
    // sentence, alone or with a relative clause of its own.)
    check(
        "Title.\n\nMr. Obama warned the Chinese leader, Xi Jinping, during their meeting not to move on the shoal, said an American official.",
        &[(
            "Mr. Obama warned the Chinese leader, Xi Jinping, during their meeting not to move on the shoal",
            "an American official",
            "said",
            None,
        )],
    );
    check(
        "Title.\n\nMr. Obama warned the Chinese leader, Xi Jinping, not to move on the shoal, said an American official who was at the talks and was not named.",
        &[(
            "Mr. Obama warned the Chinese leader, Xi Jinping, not to move on the shoal",
            "an American official",
            "said",
            None,
        )],
    );
    // (But the subject stays when the noun opens the reported clause.)
    check(
        "Title.\n\nThe mayor, Tom Reed, said the voters who elected him are angry.",
        &[("the voters who elected him are angry", "Tom Reed", "said", None)],
    );
    check(
        "Title.\n\nGov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan family deserved better.",
        &[
            ("to endorse Mr. Trump", "a Republican", "refused", None),
            ("the Khan family deserved better", "John Kasich", "said", None),
        ],
    );
}

/// `said in a statement released Tuesday that …`: a participle that
/// describes the statement (with its time, its hearer or its agent) is no
/// part of what was said; with no clause after it, nothing is reported
/// (`… said in a statement provided to POLITICO.`).
#[test]
fn a_participle_describing_the_statement_is_not_what_was_said() {
    check(
        "Title.\n\nThe mayor said in a statement released Tuesday that the roads would be fixed.",
        &[("the roads would be fixed", "mayor", "said", None)],
    );
    check(
        "Title.\n\n\"Trump is the kind of politician voters fear,\" Katie Packer said in a statement provided to POLITICO.",
        &[],
    );
    check(
        "Title.\n\n\"We will win,\" the senator said in a statement released Tuesday.",
        &[],
    );
    check(
        "Title.\n\nMike Pence said in a statement released by the Trump campaign the report merits an inquiry.",
        &[("the report merits an inquiry", "Mike Pence", "said", None)],
    );
}

#[test]
fn the_subject_of_a_passive_says_nothing() {
    check(
        "Mr. Hale was challenged over hiring foreign workers for his businesses. \
         Ana Ruiz was criticized for the closure of the harbor. \
         Lee was declared the winner in Rhode Island. \
         The senator is widely known for his work on trade. \
         Kim was asked by a caller why the plant had closed.",
        &[
            ("hiring foreign workers for his businesses", "", "challenged", None),
            ("the closure of the harbor", "", "criticized", None),
            ("the winner in Rhode Island", "", "declared", None),
            ("his work on trade", "", "known", None),
            ("why the plant had closed", "a caller", "asked", None),
        ],
    );
}

/// `… than its operator has admitted, the head of the regulator said on
/// Tuesday.`: what `admitted` reports is not the attribution of the
/// sentence's own claim that follows it.
#[test]
fn a_cue_before_the_sentences_attribution_reports_nothing() {
    check(
        "Up to 15 times more waste escaped from the dam than its operator has admitted, the head of the regulator said on Tuesday.",
        &[(
            "Up to 15 times more waste escaped from the dam than its operator has admitted",
            "head of the regulator",
            "said",
            None,
        )],
    );
}

/// A participle after a trailing attribution and its time is the
/// attribution's speaker's, not the sentence's first noun phrase's.
#[test]
fn a_participle_after_a_trailing_cue_and_its_time() {
    check(
        "The cost of the new stadium has tripled, the city's chief auditor said on Tuesday, blaming a string of design changes.",
        &[
            (
                "The cost of the new stadium has tripled",
                "city's chief auditor",
                "said",
                None,
            ),
            ("a string of design changes", "city's chief auditor", "blaming", None),
        ],
    );
}

#[test]
fn an_account_someone_rejected_after_a_claim_is_their_claim() {
    // `…, an account the union rejected`: the apposition sums up the claim
    // before it, which ends at the comma; the relative clause is the
    // rejecting side's claim, its object the summing noun.
    check(
        "Title.\n\nThe operator said on Monday the captain had strayed from the route, an account the captain's union rejected.",
        &[
            ("the captain had strayed from the route", "operator", "said", None),
            ("an account", "captain's union", "rejected", None),
        ],
    );
    check(
        "Title.\n\nThe court ruled that the regime breached the law, a decision the Ostravian government immediately rejected.",
        &[
            ("the regime breached the law", "court", "ruled", None),
            ("a decision", "Ostravian government", "rejected", None),
        ],
    );
    check(
        "Title.\n\nPodliska alleges that he was fired for his military duties, a claim that Gowdy's office strongly disputes.",
        &[
            ("he was fired for his military duties", "Podliska", "alleges", None),
            ("a claim", "Gowdy's office", "disputes", None),
        ],
    );
    // (A participle right after it is the rebutting side's.)
    check(
        "Title.\n\nTrump complained that the contest had been rigged, a charge that Colorado Republican leaders strongly denied, noting that they had used the same system since 2004.",
        &[
            ("the contest had been rigged", "Trump", "complained", None),
            ("a charge", "Colorado Republican leaders", "denied", None),
            (
                "they had used the same system since 2004",
                "Colorado Republican leaders",
                "noting",
                None,
            ),
        ],
    );
    // (Not a verb that rebuts nothing, nor the -s form of a verb that is
    // more often a noun: `a move that survived court challenges`.)
    check(
        "Title.\n\nThe operator said the captain had strayed from the route, an account the union published.",
        &[(
            "the captain had strayed from the route, an account the union published",
            "operator",
            "said",
            None,
        )],
    );
    check(
        "Title.\n\nThe administration declared that the money could be used, a move that survived court challenges.",
        &[(
            "the money could be used, a move that survived court challenges",
            "administration",
            "declared",
            None,
        )],
    );
}

/// `Friends who have seen him on the trail say that …`: a verb of report
/// in a relative clause on the subject, behind its auxiliary, ends before
/// the sentence's own verb of speech, which reports for the subject (it
/// had run on over `say that …`).
#[test]
fn a_relative_clause_behind_an_auxiliary_ends_before_the_main_verb() {
    check(
        "Friends of the senator who have seen him on the trail recently say that his energy has matured.",
        &[
            ("him on the trail recently", "friends of the senator", "seen", None),
            ("his energy has matured", "friends of the senator", "say", None),
        ],
    );
}

/// `supporters who had hoped that the issue would fade as the primaries
/// began`: behind an auxiliary, a verb after a finite verb of what the
/// relative clause reports is inside it, not the sentence's own.
#[test]
fn a_verb_inside_what_a_relative_clause_reports_does_not_end_it() {
    let text = "The news reached Clinton supporters who had hoped that the issue would fade as the primaries began and a general election loomed.";
    let analysis = Analyzer::new().analyze(text);
    let reported: Vec<(&str, &str)> = analysis
        .quotes
        .iter()
        .map(|quote| (quote.span.of(text), quote.cue.map_or("", |cue| cue.of(text))))
        .collect();
    assert_eq!(
        reported,
        [(
            "the issue would fade as the primaries began and a general election loomed",
            "hoped"
        )]
    );
}

/// `Mr. Manafort, citing "the unique magic of Trump," said the candidate
/// could …`: a quotation closing an aside of a participle is the
/// participle's, so the verb after it is the sentence's own and reports
/// for the subject before the aside (NYT's doubled marks too).
#[test]
fn a_verb_after_a_quote_that_closes_a_participles_aside_reports() {
    for text in [
        "Mr. Manafort, citing \"the unique magic of Trump,\" said the candidate could win in Pennsylvania.",
        "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win in Pennsylvania.",
    ] {
        check(
            text,
            &[("the candidate could win in Pennsylvania", "Manafort", "said", None)],
        );
    }
}

/// `Several people I've spoken with said …`: a verb of speech in a
/// relative clause with no pronoun reports nothing when the sentence's own
/// verb of speech follows it; that verb reports for the whole subject.
#[test]
fn a_contact_clause_before_the_verb_of_speech_reports_nothing() {
    for text in [
        "Several people I've spoken with over the last weeks said Mr. Hannity had peppered Mr. Trump with suggestions.",
        "Several people I've spoken with said Mr. Hannity had peppered Mr. Trump with suggestions.",
    ] {
        check(
            text,
            &[(
                "Mr. Hannity had peppered Mr. Trump with suggestions",
                "Several people",
                "said",
                None,
            )],
        );
    }
}

/// `The plan angered voters who said …`: the antecedent of a relative
/// clause after the sentence's verb is its object, not the subject and
/// verb before it (`plan angered voters`).
#[test]
fn a_relative_after_the_object_of_a_past_verb_speaks_for_the_object() {
    check(
        "The plan angered voters who said it was unfair.",
        &[("it was unfair", "voters", "said", None)],
    );
    check(
        "The move drew criticism from residents who said the park should stay open.",
        &[("the park should stay open", "residents", "said", None)],
    );
    // (A past participle that modifies the noun stays: `newly elected`,
    // `current and former elected officials`.)
    check(
        "Newly elected officials who spoke on Monday said the budget was late.",
        &[("the budget was late", "Newly elected officials", "said", None)],
    );
    check(
        "The current and former elected officials who met on Monday said the budget was late.",
        &[(
            "the budget was late",
            "current and former elected officials",
            "said",
            None,
        )],
    );
}

/// `lawyers who said it would be appealed`: a verb of speech in the
/// passive is the reported clause's, not the sentence's own verb.
#[test]
fn a_passive_verb_of_speech_does_not_end_a_relative_clause() {
    check(
        "The ruling surprised lawyers who said it would be appealed.",
        &[("it would be appealed", "lawyers", "said", None)],
    );
}

/// `Voters who said the plan was unfair are now organizing a recall`:
/// what a relative clause on the subject reports ends before the
/// sentence's own verb, whatever the verb.
#[test]
fn a_relative_clause_on_the_subject_ends_before_the_main_verb() {
    check(
        "Voters who said the plan was unfair are now organizing a recall.",
        &[("the plan was unfair", "voters", "said", None)],
    );
    check(
        "Residents who said they were never consulted have filed a complaint.",
        &[("they were never consulted", "residents", "said", None)],
    );
    // (Not the verb of a clause opened inside what was said.)
    check(
        "It angered women who said doctors should be punished if the procedure is ever outlawed.",
        &[(
            "doctors should be punished if the procedure is ever outlawed",
            "women",
            "said",
            None,
        )],
    );
    check(
        "It surprised voters who said they would wait for the debate to cast a ballot.",
        &[(
            "they would wait for the debate to cast a ballot",
            "voters",
            "said",
            None,
        )],
    );
}

/// `Another says China has the most`: a singular quantifier alone takes
/// the -s form, which is then its verb (not `Several states say`, where
/// the -s word is a noun).
#[test]
fn a_singular_quantifier_alone_before_an_s_form_is_its_subject() {
    check(
        "Another says China has the most billionaires.",
        &[("China has the most billionaires", "Another", "says", None)],
    );
}

/// `said A and that B "…"`: the quote carries the second clause, which
/// ends with it; the first, with no quote of its own, is a claim still.
#[test]
fn a_clause_before_a_quoted_one_is_a_claim_of_its_own() {
    check(
        "Title.\n\nHer lawyer, Daniel Fenwick, said the backup B sample had not yet been opened and that the suspension was \"premature and unfair\".",
        &[(
            "the backup B sample had not yet been opened",
            "Daniel Fenwick",
            "said",
            None,
        )],
    );
    // (Not a clause that holds a quote itself.)
    check(
        "Title.\n\nDaniel Fenwick said the \"backup B sample\" had not been opened and that the suspension was \"premature and unfair\".",
        &[],
    );
    // (Nor only the first: `said A "…" and that B`.)
    check(
        "Title.\n\nA spokesman for the authority said the drive took \"around 50 minutes\" and that ambulance crews would be trained for roadside deliveries.",
        &[(
            "ambulance crews would be trained for roadside deliveries",
            "a spokesman for the authority",
            "said",
            None,
        )],
    );
}

/// A claim that ends with a quotation only in a subordinate clause after
/// a comma (`…, when Mr. Buchanan called for a ''cultural war.''`) is
/// the clause before that comma: the quote is the subordinate clause's,
/// and carries only it.
#[test]
fn a_quote_in_a_trailing_subordinate_clause_leaves_the_claim_before_it() {
    check(
        "Title.\n\nSome Democrats said they feared a repeat of the 1992 convention, when Mr. Buchanan called for a \"cultural war\" against \"liberals and radicals.\"",
        &[(
            "they feared a repeat of the 1992 convention",
            "some Democrats",
            "said",
            None,
        )],
    );
    // (Not a quote of the claim's own clause, nor one after a relative
    // clause on its subject.)
    check(
        "Title.\n\nLee said the plan was, frankly, \"a disaster for everyone.\"",
        &[],
    );
    check(
        "Title.\n\nMr. Kerry said the annual talks, which started a decade ago, remained \"one of the best opportunities that we have.\"",
        &[],
    );
}

/// The dot of a title inside a relative clause on the subject (`who have
/// listened to Mr. Clinton's speeches`) does not end the clause: its
/// antecedent is the speaker, not the name after the title.
#[test]
fn a_title_inside_a_relative_clause_leaves_its_antecedent_the_speaker() {
    check(
        "Title.\n\nSome voters who have listened to Mr. Clinton's speeches over the decades said he had less magnetism.",
        &[("he had less magnetism", "some voters", "said", None)],
    );
}

/// `a lecture from the Mexican president, who said`: `who` speaks of a
/// person, so a phrase whose head is no person and whose preposition's
/// object is one has that object for the antecedent.
#[test]
fn who_after_a_thing_from_a_person_is_the_person() {
    check(
        "Title.\n\nIn Mexico City, Trump endured a lecture from the Mexican president, who said that NAFTA has been good for both countries.",
        &[(
            "NAFTA has been good for both countries",
            "Mexican president",
            "said",
            None,
        )],
    );
    // (A person's head stays: `an official from the ministry, who said`.)
    check(
        "Title.\n\nTrump met an official from the ministry, who said that NAFTA has been good for both countries.",
        &[(
            "NAFTA has been good for both countries",
            "an official from the ministry",
            "said",
            None,
        )],
    );
}

/// `about`, `roughly`, `more than` before a number bound it: they open what
/// was said, not an adverbial or a topic (`saying about …`) to skip.
#[test]
fn an_approximator_before_a_number_opens_the_content() {
    check(
        "The association disagreed, saying about 41,000 people, roughly one patient in three, had paid part of the cost.",
        &[(
            "about 41,000 people, roughly one patient in three, had paid part of the cost",
            "association",
            "saying",
            None,
        )],
    );
    check(
        "The group said roughly 41,000 people had paid.",
        &[("roughly 41,000 people had paid", "group", "said", None)],
    );
    check(
        "The group said nearly two thirds of members had paid.",
        &[("nearly two thirds of members had paid", "group", "said", None)],
    );
    check(
        "The union said more than 3,000 ballots were discarded.",
        &[("more than 3,000 ballots were discarded", "union", "said", None)],
    );
}

/// After a form of `be`, an `-s` form is a plural noun, no verb of speech:
/// `There were reports the SDF …` gives no claim of `There`.
#[test]
fn an_s_form_after_be_is_a_noun() {
    check(
        "There were reports the militia was being primed to replace the council.",
        &[],
    );
    check("The biggest worry is claims that the plant will close.", &[]);
    check(
        "The mayor says the plant will close.",
        &[("the plant will close", "mayor", "says", None)],
    );
}

/// A verb that ends a fronted subordinate clause reports nothing across its
/// comma: what follows is the main clause (`While critics complained, many
/// said …`), not what the critics complained of. `As` still reports it
/// (`As Clinton told the Daily News, tax relief is …`).
#[test]
fn a_fronted_subordinate_clause_ends_at_its_comma() {
    check(
        "While critics complained, many said on Monday that the ruling intensifies the need.",
        &[("the ruling intensifies the need", "many", "said", None)],
    );
    check(
        "When the mayor asked, at least 2,000 residents said they would volunteer.",
        &[("they would volunteer", "2,000 residents", "said", None)],
    );
    check(
        "As the mayor noted, the plan has failed.",
        &[("the plan has failed", "mayor", "noted", None)],
    );
}

/// A past form after a determiner is an adjective (`the reported suicide
/// bomber`): the subject still waits for its verb past a relative clause
/// between commas.
#[test]
fn a_past_form_after_a_determiner_leaves_the_subject_verbless() {
    check(
        "President Anna Berg said the reported bomber, who struck in the middle of the old town, had come from abroad.",
        &[(
            "the reported bomber, who struck in the middle of the old town, had come from abroad",
            "Anna Berg",
            "said",
            None,
        )],
    );
}

/// A relative clause with a verb of speech of its own reports on its own:
/// the claim before it does not run on through it.
#[test]
fn a_relative_clause_that_reports_ends_the_object_before_it() {
    check(
        "Lee has blasted the delegate system, which he said runs the risk of leaving voters, especially his supporters, disenfranchised.",
        &[
            ("the delegate system", "Lee", "blasted", None),
            (
                "runs the risk of leaving voters, especially his supporters, disenfranchised",
                "Lee",
                "said",
                None,
            ),
        ],
    );
}

/// A live blog's headline in capitals run into its item's first sentence
/// (`10 KILLED IN DEADLY ISTANBUL EXPLOSION Turkish President …`) is no
/// part of the subject after it.
#[test]
fn a_headline_in_capitals_is_no_part_of_the_subject_after_it() {
    check(
        "10 KILLED IN DEADLY CITY EXPLOSION Turkish President Recep Tayyip Erdogan said the bomber was Syrian.",
        &[("the bomber was Syrian", "Recep Tayyip Erdogan", "said", None)],
    );
    check(
        "AUSTRALIAN TEAM REFUSES TO STAY IN VILLAGE\u{a0}The team said the rooms were unsafe.",
        &[("the rooms were unsafe", "team", "said", None)],
    );
}

/// The verb of a quote's own attribution reports nothing after it: in
/// `"…," the former president told a crowd that the campaign estimated at
/// 3,000`, `that` opens a relative clause on the hearer, not what was told.
#[test]
fn a_quotes_attribution_reports_nothing_after_its_hearer() {
    check(
        "\"Labels are for soup cans,\" the former president told a crowd that the campaign estimated at 3,000 people.",
        &[],
    );
    check(
        "\"Labels are for soup cans,\" said the former president, who argued that the party had lost its way.",
        &[("the party had lost its way", "former president", "argued", None)],
    );
}

/// A participle of speech right after a document that a verb of its own
/// spells (`a report`, `ads`) reports for the document.
#[test]
fn a_participle_after_a_document_spelled_like_a_verb_reports_for_it() {
    check(
        "There was a report saying the mayor had resigned.",
        &[("the mayor had resigned", "a report", "saying", None)],
    );
}

/// A verb coordinated inside a subordinate clause after the main one has
/// that clause's subject: `The crowd cheered when Trump spotted a sign and
/// asked …` is Trump's asking.
#[test]
fn a_verb_coordinated_in_a_trailing_subordinate_clause_has_its_subject() {
    check(
        "The crowd cheered when Ana Ruiz spotted a sign and asked it to be fetched.",
        &[("it to be fetched", "Ana Ruiz", "asked", None)],
    );
}

/// `that` before `, too`, `too`, `either` or `as well` that ends the
/// sentence is the object, as one that ends it is (`Becker denied that.`).
#[test]
fn that_before_too_at_the_sentence_end_is_the_object() {
    check("Sanders rejected that, too.", &[("that", "Sanders", "rejected", None)]);
    check(
        "Sanders rejected that as well.",
        &[("that", "Sanders", "rejected", None)],
    );
}

/// Words with no verb between the source of `according to` and its comma
/// are the source's (`a poll out Thursday`), as a participle phrase is.
#[test]
fn a_verbless_phrase_after_the_source_of_according_to_is_the_sources() {
    check(
        "According to an online Texas Tribune poll out Thursday, Lee leads by 5 points.",
        &[(
            "Lee leads by 5 points",
            "an online Texas Tribune poll",
            "According to",
            None,
        )],
    );
}

/// A cue and `that` that end the text: nothing after them to read
/// (the property tests found the look past `that` running off the end).
#[test]
fn that_ending_the_text_after_a_cue_is_read_safely() {
    check("said that", &[]);
    check("Lee said that", &[]);
}

/// An inverted attribution's speaker can say things: in `…, reflects the
/// stepped-up pace of its missile program.` the phrase after the verb is
/// what the sentence's subject reflects, not who spoke.
#[test]
fn an_inverted_speaker_is_one_that_can_say_things() {
    check(
        "South Ardley's fifth missile test, its second this year, reflects the stepped-up pace of its missile program.",
        &[],
    );
    check(
        "The plan is within the mayor's powers, said a handful of councillors who back it.",
        &[
            (
                "The plan is within the mayor's powers",
                "a handful of councillors",
                "said",
                None,
            ),
            ("it", "a handful of councillors", "back", None),
        ],
    );
}

#[test]
fn a_list_of_names_before_and_is_one_subject() {
    // `Carson, Fiorina and Huckabee say` had been `Fiorina and Huckabee`:
    // the comma before the second name cut the list.
    check(
        "Carson, Fiorina and Huckabee say they are no longer accepting speaking opportunities.",
        &[(
            "they are no longer accepting speaking opportunities",
            "Carson, Fiorina and Huckabee",
            "say",
            None,
        )],
    );
    check(
        "Carson, Fiorina, and Huckabee say they are no longer accepting speaking opportunities.",
        &[(
            "they are no longer accepting speaking opportunities",
            "Carson, Fiorina and Huckabee",
            "say",
            None,
        )],
    );
    check(
        "He added that Tapper, Bash and Blitzer mentioned the debate was long.",
        &[("the debate was long", "Tapper, Bash and Blitzer", "mentioned", None)],
    );
    check(
        "Vietnam, the Philippines, Malaysia, Brunei and Taiwan claim parts of the sea.",
        &[(
            "parts of the sea",
            "Vietnam, Philippines, Malaysia, Brunei and Taiwan",
            "claim",
            None,
        )],
    );
    // Not a date or place that opens the sentence, nor the object of a
    // preposition.
    check(
        "On Sunday, Rubio and Cruz urged voters to turn out.",
        &[("voters to turn out", "Rubio and Cruz", "urged", Some("voters"))],
    );
    check(
        "In Iowa, Cruz and Rubio said the race was close.",
        &[("the race was close", "Cruz and Rubio", "said", None)],
    );
    check(
        "Among Republicans, Donald Trump and Ted Cruz said the race was close.",
        &[("the race was close", "Donald Trump and Ted Cruz", "said", None)],
    );
    check(
        "Meanwhile, Cruz and Rubio said the race was close.",
        &[("the race was close", "Cruz and Rubio", "said", None)],
    );
}

#[test]
fn a_fronted_clause_before_a_dated_cue_leaves_its_clause_reported() {
    // `critics said Monday that …` after an opening subordinate clause had
    // no claim: the day after the cue made it a trailing attribution
    // candidate, and the opening clause no trailing claim of its own.
    check(
        "While conservatives complained about it, critics said Monday that the ruling intensifies the need.",
        &[
            ("it", "conservatives", "complained", None),
            ("the ruling intensifies the need", "critics", "said", None),
        ],
    );
    check(
        "After the debate ended, Cruz said Tuesday that he had won.",
        &[("he had won", "Cruz", "said", None)],
    );
    // Still no trailing claim of an opening clause alone.
    check("While the votes were counted, officials said Monday.", &[]);
}

#[test]
fn an_amount_of_money_opens_what_was_said() {
    // `proposed $1 trillion in new spending` gave no claim: the currency
    // sign, a mark, opened nothing.
    check(
        "Ann Lee proposed $1 trillion in new spending.",
        &[("$1 trillion in new spending", "Ann Lee", "proposed", None)],
    );
    check(
        "Ann Lee said €40 million was spent on the bridge.",
        &[("€40 million was spent on the bridge", "Ann Lee", "said", None)],
    );
    check(
        "Ann Lee calls for £2 billion in new spending.",
        &[("£2 billion in new spending", "Ann Lee", "calls", None)],
    );
    // (A sign alone opens nothing.)
    check("Ann Lee said $ signs were everywhere.", &[]);
}

#[test]
fn two_hearers_urged_to_act_are_one_hearer() {
    // `called on Sanders and Trump to do the same` gave no claim: the
    // hearer ended at `Sanders`, and no infinitive followed it.
    check(
        "Ann Lee called on Sanders and Trump to release their returns.",
        &[(
            "Sanders and Trump to release their returns",
            "Ann Lee",
            "called",
            Some("Sanders and Trump"),
        )],
    );
    check(
        "Ann Lee urged Sanders and Trump to release their returns.",
        &[(
            "Sanders and Trump to release their returns",
            "Ann Lee",
            "urged",
            Some("Sanders and Trump"),
        )],
    );
}

#[test]
fn a_role_for_a_titled_name_runs_past_the_title() {
    // `A spokesman for Mr. Lee's campaign said` gave the claim to `Lee's
    // campaign`: the role's phrase stopped at the title's dot.
    check(
        "Title.\n\nA spokesman for Mr. Lee's campaign said the deal was done.",
        &[("the deal was done", "a spokesman for Mr. Lee's campaign", "said", None)],
    );
    check(
        "Title.\n\nA partner at Mr. Lee's former firm told reporters the deal was done.",
        &[(
            "the deal was done",
            "a partner at Mr. Lee's former firm",
            "told",
            Some("reporters"),
        )],
    );
    // (The name is one word of the phrase: its place after it still fits.)
    check(
        "Title.\n\nA spokesman for Mayor Frank G. Jackson of Cleveland said the police were ready.",
        &[(
            "the police were ready",
            "a spokesman for Mayor Frank G. Jackson of Cleveland",
            "said",
            None,
        )],
    );
}

#[test]
fn a_contact_clause_reports_its_verb_phrase() {
    // `a probe the agency said was ongoing`: a relative clause with no
    // relative pronoun reports what follows its cue, as `which the agency
    // said was ongoing` does.
    check(
        "Title.\n\nThe FBI opened a probe the agency said was ongoing as of this month.",
        &[("was ongoing as of this month", "agency", "said", None)],
    );
    check(
        "Title.\n\nAnn Ruiz has the resolve she argues is needed to fix the city.",
        &[("is needed to fix the city", "Ann Ruiz", "argues", None)],
    );
    // Only a verb that reports a clause or an intention: in `the
    // diversity the state offers is fertile ground` nothing was said.
    check(
        "Title.\n\nThe diversity the state offers is fertile ground for the candidates.",
        &[],
    );
}

#[test]
fn a_clause_may_open_with_having_or_being() {
    // `said having Trump at the top puts …` gave no claim: `having`, an
    // auxiliary, opened no clause, though `raising taxes would …` did.
    check(
        "Title.\n\nJon Tester said having Trump at the top puts senior Republicans at risk.",
        &[(
            "having Trump at the top puts senior Republicans at risk",
            "Jon Tester",
            "said",
            None,
        )],
    );
    check(
        "Title.\n\nAnn Lee said being mayor was the hardest job she had held.",
        &[("being mayor was the hardest job she had held", "Ann Lee", "said", None)],
    );
}

#[test]
fn a_fraction_alone_before_its_verb_is_a_subject() {
    // `In Iowa, half said …` gave no claim: `half`, unlike `many`, was
    // no subject after a comma.
    check(
        "Title.\n\nIn Iowa, half said the race was close.",
        &[("the race was close", "half", "said", None)],
    );
    check(
        "Title.\n\nSix in 10 backed the plan, and half said it would pass.",
        &[
            ("the plan", "Six in 10", "backed", None),
            ("it would pass", "half", "said", None),
        ],
    );
}

#[test]
fn one_alone_before_its_verb_of_speech_is_a_subject() {
    // `One says …, while another says …` gave only the second claim:
    // `one` was a subject only after its verb (`"…," read one.`).
    check(
        "Title.\n\nOne says China has the most, while another says the United States has twice as many.",
        &[
            ("China has the most", "One", "says", None),
            ("the United States has twice as many", "another", "says", None),
        ],
    );
    check(
        "Title.\n\nTwo voters spoke, and one said he would stay home.",
        &[("he would stay home", "one", "said", None)],
    );
    // Not `no one`, nor `one` before a noun or a verb that does not quote.
    check("Title.\n\nNo one said the plan would fail.", &[]);
    check(
        "Title.\n\nOne report says the plan would fail.",
        &[("the plan would fail", "One report", "says", None)],
    );
}

#[test]
fn a_plural_subject_and_its_plain_verb_of_speech_end_the_clause_before() {
    // The claim about the potency ran on into `experts say …`: only a
    // past or an -s form opened a new reporting clause after a comma.
    check(
        "Title.\n\nThough it is hard to assess Pyongyang's claims about the potency of its test, experts say it underscores the regime's resolve.",
        &[
            ("the potency of its test", "Pyongyang", "claims", None),
            ("it underscores the regime's resolve", "experts", "say", None),
        ],
    );
    // Not a noun before its verb (`his rubble comment was`), nor a
    // singular's (`a reference point for`), nor a verb after a modal.
    check(
        "Title.\n\nFlynn said Trump respects the military and his rubble comment was an expression of frustration.",
        &[(
            "Trump respects the military and his rubble comment was an expression of frustration",
            "Flynn",
            "said",
            None,
        )],
    );
    check(
        "Title.\n\nLee said the panel has the full, unredacted email and will address it.",
        &[(
            "the panel has the full, unredacted email and will address it",
            "Lee",
            "said",
            None,
        )],
    );
    check(
        "Title.\n\nLee said he backs the plan, a reference point for reform.",
        &[("he backs the plan, a reference point for reform", "Lee", "said", None)],
    );
    // Nor, after a dash aside, a relative clause's stranded preposition.
    check(
        "Title.\n\nGriffin said that the obliteration — a word used by several observers — Johnson spoke of was changing attitudes.",
        &[(
            "the obliteration — a word used by several observers — Johnson spoke of was changing attitudes",
            "Griffin",
            "said",
            None,
        )],
    );
}

#[test]
fn a_rough_count_after_an_opening_phrase_is_a_subject() {
    // `On Monday, 500 said …` gave a claim, `On Monday, nearly 500 said …`
    // none: the approximator opened no noun phrase.
    check(
        "Title.\n\nOn Monday, nearly 500 said they would run for office.",
        &[("they would run for office", "500", "said", None)],
    );
    // `Of those polled, 43 said …`: a participle after a determiner is
    // the head of a noun phrase, no verb of the opening phrase.
    check(
        "Title.\n\nOf those polled, 43 said they would vote for him.",
        &[("they would vote for him", "43", "said", None)],
    );
    // An opening clause that a preposition or a subordinator opens may
    // hold verbs of its own.
    check(
        "Title.\n\nSince June, when he asked them to run, at least 21,000 said they would run.",
        &[
            ("to run", "", "asked", Some("them")),
            ("they would run", "at least 21,000", "said", None),
        ],
    );
    // No subject ends in a preposition (`hours before reports that …`).
    check(
        "Title.\n\nIn talking to reporters on Monday, hours before reports that she had won, Mrs. Clinton looked past November.",
        &[],
    );
}

/// `Residents living in the town said …` was the town's: the object
/// of a preposition after a participle after a person's noun is no subject.
#[test]
fn the_object_of_a_participles_preposition_is_no_subject() {
    check(
        "Title.\n\nResidents living in the town said the water smelled of fuel.",
        &[("the water smelled of fuel", "residents", "said", None)],
    );
}

#[test]
fn a_gerund_right_before_the_verb_heads_a_loose_subject() {
    // `Exit polling shows …` was `Exit`'s: an -ing word ended the mention
    // as if it began a participle's phrase (`Voters leaving the polls`).
    check(
        "Title.\n\nExit polling shows Clinton won every group.",
        &[("Clinton won every group", "Exit polling", "shows", None)],
    );
}

#[test]
fn a_new_subject_and_its_verb_that_reports_after_a_colon_end_the_clause() {
    check(
        "Title.\n\nWhile Democrats voice confidence, national polling shows why the angst is a problem: A recent poll showed that half of his supporters would back her.",
        &[
            ("why the angst is a problem", "national polling", "shows", None),
            ("half of his supporters would back her", "a recent poll", "showed", None),
        ],
    );
}

#[test]
fn the_object_of_a_participle_after_its_noun_is_no_subject() {
    // `Voters leaving the polls say …` was the polls' claim.
    check(
        "Title.\n\nVoters leaving the polls say the economy matters most.",
        &[("the economy matters most", "voters", "say", None)],
    );
    check(
        "Title.\n\nA federal judge overseeing the lawsuit ordered the agency to release the emails.",
        &[("the agency to release the emails", "a federal judge", "ordered", None)],
    );
}

#[test]
fn yelled_that_reports_what_was_yelled() {
    // `yell` was flagged `quote` only: `yelled … that …` gave no claim.
    check(
        "Title.\n\nAna Scott yelled to the officers that her husband was unarmed.",
        &[("her husband was unarmed", "Ana Scott", "yelled", None)],
    );
}

#[test]
fn a_possessive_pronoun_after_a_verb_names_the_verbs_subject() {
    // `his` of `He laid out his plan` is the subject's: the subject is the
    // mention, as PolNeAR marks the source.
    let mentions = |text: &str| -> Vec<String> {
        Analyzer::new()
            .analyze(text)
            .quotes
            .iter()
            .filter(|quote| quote.kind == Kind::Indirect)
            .map(|quote| {
                quote
                    .mention
                    .map_or(String::new(), |mention| mention.of(text).to_string())
            })
            .collect()
    };
    let text = "Title.\n\nBen Carson spoke. He also laid out his plan for fighting the Islamic State.";
    assert_eq!(mentions(text), ["He"]);
    let text = "Title.\n\nSanders was pressing his attack that Clinton is not qualified to be president.";
    assert_eq!(mentions(text), ["Sanders"]);
    // (A name's gender is not known: not after a verb of no speech.)
    let text = "Title.\n\nSanders had ignored her call to admit his stance on the lawsuit is wrong.";
    assert_eq!(mentions(text), ["her"]);
    // (Not another's: `she` is not `his`, nor is a name between.)
    let text = "Title.\n\nTom Reed spoke. She also laid out his plan for fighting the Islamic State.";
    assert_eq!(mentions(text), ["his"]);
    let text = "Title.\n\nHe attempted to distance Mr. Trump from his plan for banning Muslims.";
    assert_eq!(mentions(text), ["his"]);
}

/// A cue that ends the text after a subject and an aside reads no token
/// past it (found by the contrast properties: `Ann Lee , Yet , denied`).
#[test]
fn a_cue_ending_the_text_after_an_aside_reads_nothing_past_it() {
    check("Ann Lee, Yet, denied", &[]);
    check("Ann Lee , Yet , denied", &[]);
}

/// A plural role or institution is a group, unlisted (`groups`,
/// `senators`): it names someone before an aside, and an adverb opening
/// the sentence is no speaker.
#[test]
fn a_plural_role_or_institution_names_a_group() {
    check(
        "Title.\n\nOverall, liberal groups, including labor unions, reported spending only $1 million.\n\n\
         Still, the senators, the chamber's longest serving, said they would help.",
        &[
            ("spending only $1 million", "liberal groups", "reported", None),
            ("they would help", "senators", "said", None),
        ],
    );
}

/// An initialism written with dots (`F.A.A.`, not listed as an
/// abbreviation) is one word of the speaker's phrase, its last dot too.
#[test]
fn an_initialism_with_dots_is_part_of_the_speaker() {
    check(
        "Title.\n\nDuring the same stretch, F.A.A. records show, the Cessna has flown 216 hours.\n\n\
         F.B.I. officials said the plane was late.",
        &[
            (
                "During the same stretch, F.A.A. records show, the Cessna has flown 216 hours",
                "F.A.A. records",
                "show",
                None,
            ),
            ("the plane was late", "F.B.I. officials", "said", None),
        ],
    );
}

/// `As polls show, …`: a verb that reports a clause with no `that` (a
/// finding: `show`, `find`) in an aside opened by `as` reports the clause
/// after it, as a verb that quotes does.
#[test]
fn an_as_aside_with_a_verb_of_finding_reports_the_clause() {
    check(
        "Title.\n\nAs the results show, Florida may not be out of reach.\n\n\
         The race is close, as the polls found.",
        &[
            ("Florida may not be out of reach", "results", "show", None),
            ("The race is close", "polls", "found", None),
        ],
    );
}

/// `…, in which he laid out … but then announced that …`: a verb
/// coordinated inside a relative clause opened by a preposition and
/// `which` shares that clause's subject, not the sentence's.
#[test]
fn a_verb_coordinated_after_in_which_has_that_clauses_subject() {
    check(
        "Title.\n\nThe failure came after a news conference in July, in which he laid out a record of \
         misconduct but then announced that he would not recommend charges.",
        &[("he would not recommend charges", "", "announced", None)],
    );
}

/// `As they met in Ottawa, Trump was in Bangor, Maine, promising …`: a
/// participle after the main clause has the main clause's subject, not
/// that of an opening clause that `as` (or another sentence opener) leads.
#[test]
fn a_participle_after_an_opening_as_clause_has_the_main_subject() {
    check(
        "Title.\n\nAs they met in Ottawa, Trump was in Bangor, Maine, promising to build a wall.",
        &[("to build a wall", "Trump", "promising", None)],
    );
}

/// `… — but he offered the high point of the night, delivering …`: a
/// participle after a clause that a comma or a dash and a conjunction
/// join on, with a subject pronoun of its own, has that pronoun for its
/// subject.
#[test]
fn a_participle_after_a_joined_clause_has_that_clauses_pronoun() {
    let text = "Title.\n\nThe speech was no solo effort — he was joined by most of the caucus — but she offered the \
                high point of the night, delivering a tribute to the victims.";
    let analysis = Analyzer::new().analyze(text);
    let claim = analysis
        .quotes
        .iter()
        .find(|quote| quote.span.of(text) == "a tribute to the victims")
        .expect("the participle's claim");
    assert_eq!(claim.mention.map(|mention| mention.of(text)), Some("she"));
}
