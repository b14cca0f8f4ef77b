//! Tests of the grammar parsers and of the builtin data.

use std::collections::HashSet;

use nom::Parser;

use super::builtin::SOURCES;
use super::parse::{self, Span};
use super::*;

/// The error text of parsing `text` as the file `name` over the builtin grammar.
fn error_of(name: &str, text: &str) -> String {
    match Grammar::from_sources(&[(name, text)]) {
        Ok(_) => panic!("{name} parsed: {text:?}"),
        Err(error) => error.to_string(),
    }
}

/// Runs a token parser with the cheap default error and returns the output
/// and the rest of the input.
fn run<'a, O>(
    mut parser: impl Parser<Span<'a>, Output = O, Error = nom::error::Error<Span<'a>>>,
    input: &'a str,
) -> Option<(O, &'a str)> {
    parser
        .parse(Span::new(input))
        .ok()
        .map(|(rest, output)| (output, *rest.fragment()))
}

// ---------------------------------------------------------------------------
// Token parsers
// ---------------------------------------------------------------------------

#[test]
fn word_stops_at_space_bar_and_comment() {
    assert_eq!(
        run(parse::word, "says said").map(|(w, r)| (*w.fragment(), r)),
        Some(("says", " said"))
    );
    assert_eq!(
        run(parse::word, "U.S.|x").map(|(w, r)| (*w.fragment(), r)),
        Some(("U.S.", "|x"))
    );
    assert_eq!(
        run(parse::word, "al-#c").map(|(w, r)| (*w.fragment(), r)),
        Some(("al-", "#c"))
    );
    assert!(run(parse::word, " say").is_none());
    assert!(run(parse::word, "").is_none());
}

#[test]
fn words_and_phrase() {
    let (words, rest) = run(parse::words, "human rights  groups | group").unwrap();
    let words: Vec<&str> = words.iter().map(|w| *w.fragment()).collect();
    assert_eq!(words, ["human", "rights", "groups"]);
    assert_eq!(rest, " | group");
    let (phrase, rest) = run(parse::phrase, "on the other hand  # cue").unwrap();
    assert_eq!(*phrase.fragment(), "on the other hand");
    assert_eq!(rest, "  # cue");
}

#[test]
fn field_sep_takes_optional_spaces() {
    assert_eq!(run(parse::field_sep, " | x"), Some(((), "x")));
    assert_eq!(run(parse::field_sep, "|x"), Some(((), "x")));
    assert_eq!(run(parse::field_sep, "\t|  x"), Some(((), "x")));
    assert!(run(parse::field_sep, " x").is_none());
}

#[test]
fn end_of_entry_and_comment() {
    assert_eq!(run(parse::end_of_entry, "   # note"), Some(((), "")));
    assert_eq!(run(parse::end_of_entry, " \r"), Some(((), "")));
    assert_eq!(run(parse::end_of_entry, " x"), Some(((), "x")));
    assert_eq!(
        run(parse::comment, "# a | b").map(|(c, r)| (*c.fragment(), r)),
        Some((" a | b", ""))
    );
}

#[test]
fn letter_word_rejects_digits_and_punctuation() {
    assert!(run(parse::letter_word, "n't").is_some());
    assert!(run(parse::letter_word, "e-mail").is_some());
    assert!(run(parse::letter_word, "sa1d").is_none());
    assert!(run(parse::letter_word, "said,").is_none());
}

#[test]
fn verb_forms_need_three() {
    let (forms, rest) = run(parse::verb_forms, "writes wrote writing written | q").unwrap();
    assert_eq!(forms.len(), 4);
    assert_eq!(rest, " | q");
    assert!(run(parse::verb_forms, "says said | q").is_none());
}

#[test]
fn quote_mark_is_one_character() {
    assert_eq!(run(parse::quote_mark, "“ ”"), Some(('“', " ”")));
    assert_eq!(run(parse::quote_mark, "\""), Some(('"', "")));
    assert!(run(parse::quote_mark, "“”").is_none());
}

#[test]
fn abbreviation_needs_its_dot() {
    assert!(run(parse::abbreviation, "U.S.").is_some());
    assert!(run(parse::abbreviation, "Mr").is_none());
}

#[test]
fn person_phrase_has_no_dot() {
    assert!(run(parse::person_phrase, "prime minister").is_some());
    assert!(run(parse::person_phrase, "mr.").is_none());
}

#[test]
fn pattern_name_and_confidence() {
    assert!(run(parse::pattern_name, "quote_cue_2").is_some());
    assert!(run(parse::pattern_name, "Quote-cue").is_none());
    assert_eq!(run(parse::confidence, "0.95 :"), Some((0.95, " :")));
    assert_eq!(run(parse::confidence, "1 :"), Some((1.0, " :")));
    assert!(run(parse::confidence, "1.5").is_none());
    assert!(run(parse::confidence, "0.9.1").is_none());
    assert!(run(parse::confidence, "high").is_none());
}

#[test]
fn literal_is_split_into_lower_case_words() {
    assert_eq!(
        run(parse::literal, "\"According  To\" SPEAKER"),
        Some((Element::Literal(vec!["according".into(), "to".into()]), " SPEAKER"))
    );
    assert_eq!(
        run(parse::literal, "\",\"?"),
        Some((Element::Literal(vec![",".into()]), "?"))
    );
    assert!(run(parse::literal, "\"\"").is_none());
    assert!(run(parse::literal, "\"according to").is_none());
}

#[test]
fn keyword_and_item() {
    assert_eq!(run(parse::keyword, "SPEAKER?"), Some((Element::Speaker, "?")));
    assert!(run(parse::keyword, "SPEKER").is_none());
    let ((span, item), rest) = run(parse::item, "APPOSITIVE? CUE").unwrap();
    assert_eq!(*span.fragment(), "APPOSITIVE");
    assert_eq!(
        item,
        Item {
            element: Element::Appositive,
            optional: true
        }
    );
    assert_eq!(rest, " CUE");
    let ((_, item), _) = run(parse::item, "\"according to\" SPEAKER").unwrap();
    assert!(!item.optional);
    assert!(run(parse::element, "? CUE").is_none());
}

// ---------------------------------------------------------------------------
// The builtin data
// ---------------------------------------------------------------------------

#[test]
fn every_builtin_file_parses() {
    let names: Vec<&str> = SOURCES.iter().map(|(name, _)| *name).collect();
    assert_eq!(names, FILE_NAMES);
    for &(name, text) in SOURCES {
        let mut grammar = Grammar::default();
        if let Err(error) = parse::parse_file(&mut grammar, name, text) {
            panic!("{error}");
        }
    }
    let grammar = Grammar::builtin();
    assert!(!grammar.people.is_empty());
    assert!(!grammar.pronouns.is_empty());
    assert!(grammar.abbreviations.len() >= 40);
    assert!(grammar.quote_marks.len() >= 14);
    assert!(grammar.contrast_cues.len() >= 10);
    assert!(grammar.negations.len() >= 10);
    assert!(grammar.rebuttals.len() >= 20);
    assert!(grammar.antonyms.len() >= 40);
    assert!(grammar.stopwords.len() >= 140);
}

#[test]
fn builtin_verbs_have_all_forms() {
    let grammar = Grammar::builtin();
    assert!(grammar.verbs.len() >= 150, "{} verbs", grammar.verbs.len());
    for (index, verb) in grammar.verbs.iter().enumerate() {
        let forms: HashSet<VerbForm> = grammar
            .verb_forms
            .values()
            .filter(|(i, _)| *i == index)
            .map(|(_, form)| *form)
            .collect();
        for form in [VerbForm::Present3, VerbForm::Past, VerbForm::Gerund] {
            assert!(forms.contains(&form), "{} has no {form:?}", verb.lemma);
        }
        // The lemma is the base form, or the past when spelled alike (read).
        let (found, form) = grammar.verb(&verb.lemma).unwrap();
        assert_eq!(found.lemma, verb.lemma);
        assert!(matches!(form, VerbForm::Base | VerbForm::Past));
        assert!(
            verb.quotes || verb.reports || verb.naming || verb.reflexive,
            "{} has neither quote, report, naming nor reflexive",
            verb.lemma
        );
    }
    assert_eq!(
        grammar.verb("read").map(|(v, f)| (v.lemma.as_str(), f)),
        Some(("read", VerbForm::Past))
    );
    assert_eq!(grammar.verb("say").map(|(_, f)| f), Some(VerbForm::Base));
}

#[test]
fn builtin_verb_lookups() {
    let grammar = Grammar::builtin();
    let (tell, form) = grammar.verb("told").unwrap();
    assert_eq!(tell.lemma, "tell");
    assert_eq!(form, VerbForm::Past);
    assert!(tell.recipient && tell.quotes && tell.reports);
    assert_eq!(grammar.verb("Told").unwrap().0.lemma, "tell");
    assert_eq!(grammar.verb("says").unwrap().1, VerbForm::Present3);
    assert_eq!(grammar.verb("saying").unwrap().1, VerbForm::Gerund);
    assert_eq!(
        grammar.verb("written").map(|(v, f)| (v.lemma.as_str(), f)),
        Some(("write", VerbForm::Past))
    );
    assert_eq!(grammar.verb("sworn").unwrap().0.lemma, "swear");
    assert_eq!(grammar.verb("insisted").unwrap().0.framing, Framing::Assertive);
    assert_eq!(grammar.verb("claimed").unwrap().0.framing, Framing::Distancing);
    assert_eq!(grammar.verb("denied").unwrap().0.framing, Framing::Denial);
    assert_eq!(grammar.verb("dismissed").unwrap().0.framing, Framing::Denial);
    assert_eq!(grammar.verb("said").unwrap().0.framing, Framing::Neutral);
    let think = grammar.verb("thought").unwrap().0;
    assert!(!think.quotes && think.reports);
    assert!(grammar.verb("table").is_none());
}

#[test]
fn builtin_people_and_pronouns() {
    let grammar = Grammar::builtin();
    let spokeswoman = grammar.person_word("Spokeswoman").unwrap();
    assert_eq!(spokeswoman.kind, PersonWordKind::Role);
    assert_eq!(spokeswoman.gender, Gender::Female);
    assert_eq!(grammar.person_word("mr").unwrap().kind, PersonWordKind::Honorific);
    assert_eq!(grammar.person_word("dr").unwrap().gender, Gender::Unknown);
    assert_eq!(
        grammar.person_word("prime minister").unwrap().kind,
        PersonWordKind::Role
    );
    assert_eq!(
        grammar.person_word("human rights groups").unwrap().kind,
        PersonWordKind::Group
    );
    assert_eq!(
        grammar.person_word("embassy").unwrap().kind,
        PersonWordKind::Institution
    );
    assert_eq!(grammar.person_word("al-").unwrap().kind, PersonWordKind::Particle);
    let roles = grammar
        .people
        .values()
        .filter(|p| p.kind == PersonWordKind::Role)
        .count();
    assert!(roles >= 120, "{roles} roles");
    let he = grammar.pronoun("He").unwrap();
    assert_eq!(
        (he.gender, he.number, he.subject),
        (Gender::Male, Number::Singular, true)
    );
    assert!(!grammar.pronoun("him").unwrap().subject);
    assert_eq!(grammar.pronoun("they").unwrap().number, Number::Plural);
    let subjects: HashSet<&str> = grammar
        .pronouns
        .iter()
        .filter(|(_, p)| p.subject)
        .map(|(word, _)| word.as_str())
        .collect();
    assert_eq!(subjects, HashSet::from(["he", "she", "they", "it", "we", "i"]));
}

#[test]
fn builtin_tables_have_no_duplicates() {
    let grammar = Grammar::builtin();
    let abbreviations: HashSet<String> = grammar.abbreviations.iter().map(|a| a.to_lowercase()).collect();
    assert_eq!(abbreviations.len(), grammar.abbreviations.len());
    assert!(grammar.abbreviations.iter().all(|a| a.ends_with('.')));
    let lemmas: HashSet<&str> = grammar.verbs.iter().map(|v| v.lemma.as_str()).collect();
    assert_eq!(lemmas.len(), grammar.verbs.len());
    let lists = [
        &grammar.contrast_cues,
        &grammar.negations,
        &grammar.rebuttals,
        &grammar.stopwords,
    ];
    for list in lists {
        let set: HashSet<&String> = list.iter().collect();
        assert_eq!(set.len(), list.len());
        assert!(list.iter().all(|w| *w == w.to_lowercase()));
    }
    // Keys are lower-case.
    assert!(grammar.people.keys().all(|k| *k == k.to_lowercase()));
    assert!(grammar.verb_forms.keys().all(|k| *k == k.to_lowercase()));
}

#[test]
fn builtin_quote_marks() {
    let marks = &Grammar::builtin().quote_marks;
    assert!(marks.contains(&QuoteMarks {
        open: '“',
        close: '”',
        single: false
    }));
    assert!(marks.contains(&QuoteMarks {
        open: '\'',
        close: '\'',
        single: true
    }));
    assert!(marks.contains(&QuoteMarks {
        open: '»',
        close: '«',
        single: false
    }));
}

#[test]
fn builtin_patterns() {
    let patterns = &Grammar::builtin().patterns;
    let names: Vec<&str> = patterns.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "quote_speaker_cue",
            "quote_cue_speaker",
            "speaker_cue_quote",
            "cue_speaker_quote",
            "according_to_before",
            "according_to_after",
            "interview_with",
            "passive_by",
            "trailing_speaker_cue",
            "trailing_cue_speaker",
            "in_the_words_of",
            "in_speakers_words",
            "as_put_it",
            "as_puts_it",
            "as_speaker_cue",
            "as_put_it_later",
            "as_puts_it_later",
            "went_on_to_say",
            "goes_on_to_say",
            "quoted_as_saying",
            "quoted_as_said",
            "said_speaker_quote"
        ]
    );
    let item = |element, optional| Item { element, optional };
    let first = &patterns[0];
    assert_eq!(first.confidence, 0.95);
    assert_eq!(
        first.items,
        [
            item(Element::Quote, false),
            item(Element::Literal(vec![",".into()]), true),
            item(Element::Speaker, false),
            item(Element::Appositive, true),
            item(Element::Adverb, true),
            item(Element::Cue, false),
            item(Element::Recipient, true),
        ]
    );
    assert_eq!(first.quote_index(), 0);
    let before = &patterns[4];
    assert_eq!(
        before.items[0],
        item(Element::Literal(vec!["according".into(), "to".into()]), false)
    );
    assert_eq!(before.quote_index(), 3);
    assert_eq!(patterns[3].items[0], item(Element::Literal(vec![",".into()]), false));
    assert_eq!(patterns[2].quote_index(), patterns[2].items.len() - 1);
}

#[test]
fn builtin_word_lists() {
    let grammar = Grammar::builtin();
    assert!(grammar.contrast_cues.iter().any(|c| c == "on the other hand"));
    assert!(grammar.negations.iter().any(|n| n == "n't"));
    assert!(grammar.rebuttals.iter().any(|r| r == "baseless"));
    assert!(grammar.stopwords.iter().any(|s| s == "the"));
    assert!(
        grammar
            .antonyms
            .iter()
            .any(|group| group.left.contains(&"voluntary".to_string()) && group.right.contains(&"forced".to_string()))
    );
}

// ---------------------------------------------------------------------------
// Overrides
// ---------------------------------------------------------------------------

#[test]
fn from_sources_replaces_one_file_and_keeps_the_others() {
    let grammar = Grammar::from_sources(&[(
        "speech_verbs.txt",
        "# a tiny list\nsay | neutral | says said saying | quote report\n\ngrumble | denial | grumbles grumbled grumbling | quote\n",
    )])
    .unwrap();
    assert_eq!(grammar.verbs.len(), 2);
    assert_eq!(grammar.verb("grumbled").unwrap().0.framing, Framing::Denial);
    assert!(grammar.verb("told").is_none());
    let builtin = Grammar::builtin();
    assert_eq!(grammar.people, builtin.people);
    assert_eq!(grammar.patterns, builtin.patterns);
    assert_eq!(grammar.stopwords, builtin.stopwords);

    let empty = Grammar::from_sources(&[]).unwrap();
    assert_eq!(empty.verbs, builtin.verbs);
}

#[test]
fn from_sources_rejects_unknown_and_repeated_files() {
    let error = Grammar::from_sources(&[("verbs.txt", "")]).unwrap_err();
    assert_eq!((error.file.as_str(), error.line, error.column), ("verbs.txt", 0, 0));
    assert!(
        error
            .message
            .starts_with("unknown grammar file 'verbs.txt' (known files: speech_verbs.txt, people.txt")
    );
    let error = Grammar::from_sources(&[("negations.txt", "not"), ("negations.txt", "no")]).unwrap_err();
    assert_eq!(
        error.to_string(),
        "negations.txt:0:0: grammar file 'negations.txt' is given twice"
    );
}

#[test]
fn lines_may_have_comments_crlf_and_a_bom() {
    let grammar = Grammar::from_sources(&[(
        "negations.txt",
        "\u{feff}# negations\r\nnot   # the usual one\r\n  \r\nNever\r\nno one",
    )])
    .unwrap();
    assert_eq!(grammar.negations, ["not", "never", "no one"]);
}

// ---------------------------------------------------------------------------
// Malformed lines: file, line and column of the offending token
// ---------------------------------------------------------------------------

#[test]
fn speech_verb_errors() {
    let ok = "say | neutral | says said saying | quote report\n";
    let cases = [
        (
            "# comment\n\nsay | neutrl | says said saying | quote",
            "speech_verbs.txt:3:7: unknown framing class 'neutrl' (expected neutral, assertive, distancing or denial)",
        ),
        (
            "say neutral | says said saying",
            "speech_verbs.txt:1:5: expected '|' after the lemma, found 'neutral'",
        ),
        (
            "say | neutral",
            "speech_verbs.txt:1:14: expected '|' after the framing class, found the end of the line",
        ),
        (
            "say | neutral | says said | quote",
            "speech_verbs.txt:1:17: a verb needs at least 3 forms (3rd person present, past, gerund), found 2",
        ),
        (
            "say | neutral | says said saying | quote reprot",
            "speech_verbs.txt:1:42: unknown flag 'reprot' (expected quote, report, recipient, infinitive, object, clause, naming, impression, to, directive, noun, issue, reflexive, occasion, appeal, complement or rebuts)",
        ),
        (
            "say | neutral | says said saying | quote quote",
            "speech_verbs.txt:1:42: flag 'quote' is given twice",
        ),
        (
            "urge | neutral | urges urged urging | report directive",
            "speech_verbs.txt:1:46: flag 'directive' needs 'recipient': the hearer is what it joins to the infinitive",
        ),
        (
            "say | neutral | says said saying | quote | x",
            "speech_verbs.txt:1:42: expected the end of the entry (lemma | framing | forms | flags), found '|'",
        ),
        (
            "say | neutral | says sa1d saying",
            "speech_verbs.txt:1:22: 'sa1d' is not a word: use only letters, hyphens and apostrophes",
        ),
        (
            "say | neutral | says said saying\nSay | neutral | says said saying",
            "speech_verbs.txt:2:1: duplicate verb 'say' (first on line 1)",
        ),
        (
            "lie | neutral | lies lay lying\nlay | neutral | lays laid laying",
            "speech_verbs.txt:2:1: form 'lay' is already a form of 'lie' (line 1)",
        ),
        (
            "say | neutral | says said saying said",
            "speech_verbs.txt:1:34: form 'said' is listed twice for 'say'",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(error_of("speech_verbs.txt", text), expected, "{text:?}");
    }
    // The flags may be left out or left empty; a lemma spelled like its past is the past.
    let grammar = Grammar::from_sources(&[(
        "speech_verbs.txt",
        "say | neutral | says said saying\nread | neutral | reads read reading |",
    )])
    .unwrap();
    assert!(!grammar.verbs[0].quotes && !grammar.verbs[1].reports);
    assert_eq!(grammar.verb("read").unwrap().1, VerbForm::Past);
    assert!(Grammar::from_sources(&[("speech_verbs.txt", ok)]).is_ok());
}

#[test]
fn people_errors() {
    let cases = [
        (
            "mr | honorific | male\nspokesman | rol | male",
            "people.txt:2:13: unknown kind 'rol' (expected honorific, role, group, institution or particle)",
        ),
        (
            "spokesman | role | man",
            "people.txt:1:20: unknown gender 'man' (expected male, female or unknown)",
        ),
        (
            "mr. | honorific | male",
            "people.txt:1:1: 'mr.' has a dot: write people words without dots (mr, not mr.)",
        ),
        (
            "prime minister | role\nPrime  Minister | role",
            "people.txt:2:1: duplicate word 'prime minister' (first on line 1)",
        ),
        (
            "spokesman",
            "people.txt:1:10: expected '|' after the word, found the end of the line",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(error_of("people.txt", text), expected, "{text:?}");
    }
    let grammar = Grammar::from_sources(&[(
        "people.txt",
        "Prime   Minister | role\nsheikha | honorific | female\nmx | honorific |",
    )])
    .unwrap();
    assert_eq!(grammar.people["prime minister"].gender, Gender::Unknown);
    assert_eq!(grammar.people["sheikha"].gender, Gender::Female);
    assert_eq!(grammar.people["mx"].gender, Gender::Unknown);
    assert_eq!(
        error_of("people.txt", "sheikha | honorific | female |"),
        "people.txt:1:30: expected the end of the entry (word | kind | gender | roles), found '|'"
    );
}

#[test]
fn pronoun_flags() {
    let grammar = Grammar::builtin();
    let i = grammar.pronoun("I").unwrap();
    assert!(i.subject && i.first && !i.thing);
    let it = grammar.pronoun("it").unwrap();
    assert!(it.subject && it.thing && !it.first);
    let its = grammar.pronoun("its").unwrap();
    assert!(!its.subject && its.thing);
    let he = grammar.pronoun("he").unwrap();
    assert!(he.subject && !he.first && !he.thing);
    // Flags in any order; none at all after the bar.
    let pronouns =
        crate::grammar::parse::pronouns("one | unknown | singular | thing subject\nme | unknown | singular |\n")
            .unwrap();
    assert!(pronouns.get("one").is_some_and(|one| one.subject && one.thing));
    assert!(pronouns.get("me").is_some_and(|me| !me.subject && !me.first));
}

#[test]
fn given_names() {
    let grammar = Grammar::builtin();
    assert_eq!(grammar.given_name_gender("Jake"), Gender::Male);
    assert_eq!(grammar.given_name_gender("dianne"), Gender::Female);
    // Shared names and words that are no given names tell nothing.
    assert_eq!(grammar.given_name_gender("Jordan"), Gender::Unknown);
    assert_eq!(grammar.given_name_gender("embassy"), Gender::Unknown);
    for (text, expected) in [
        (
            "ana | unknown",
            "given_names.txt:1:7: unknown gender 'unknown' (expected male or female)",
        ),
        (
            "ana | female\nana | female",
            "given_names.txt:2:1: duplicate name 'ana' (first on line 1)",
        ),
        (
            "ana female",
            "given_names.txt:1:5: expected '|' after the name, found 'female'",
        ),
    ] {
        assert_eq!(error_of("given_names.txt", text), expected, "{text:?}");
    }
}

#[test]
fn pronoun_errors() {
    let cases = [
        (
            "he | male | singular | subjet",
            "pronouns.txt:1:24: unknown flag 'subjet' (expected subject, first, thing or reflexive)",
        ),
        (
            "he | male | one",
            "pronouns.txt:1:13: unknown number 'one' (expected singular or plural)",
        ),
        (
            "he | male | singular\nhe | male | singular",
            "pronouns.txt:2:1: duplicate pronoun 'he' (first on line 1)",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(error_of("pronouns.txt", text), expected, "{text:?}");
    }
}

#[test]
fn abbreviation_errors() {
    let cases = [
        (
            "Mr.\nMrs",
            "abbreviations.txt:2:1: abbreviation 'Mrs' does not end with a dot (write it as in a text: Mr.)",
        ),
        (
            "Mr.\nU.S.\nmr.",
            "abbreviations.txt:3:1: duplicate abbreviation 'mr.' (first on line 1)",
        ),
        (
            "Mr. Mrs.",
            "abbreviations.txt:1:5: expected the end of the line (one abbreviation per line), found 'Mrs.'",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(error_of("abbreviations.txt", text), expected, "{text:?}");
    }
}

#[test]
fn quote_mark_errors() {
    let cases = [
        (
            "“” | double",
            "quote_marks.txt:1:1: quote mark '“”' is not a single character (write the opening and the closing mark with a space between them)",
        ),
        (
            "“ ” | doubel",
            "quote_marks.txt:1:7: unknown mark size 'doubel' (expected single or double)",
        ),
        (
            "“ | double",
            "quote_marks.txt:1:3: expected a space and a closing quote mark, found '|'",
        ),
        (
            "« » | double\n« » | double",
            "quote_marks.txt:2:1: duplicate quote mark pair '« »' (first on line 1)",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(error_of("quote_marks.txt", text), expected, "{text:?}");
    }
}

#[test]
fn pattern_errors() {
    let cases = [
        (
            "p 0.9 : QUOTE SPEKER CUE",
            "patterns.txt:1:15: unknown element 'SPEKER' (expected QUOTE, SPEAKER, CUE, RECIPIENT, APPOSITIVE, ADVERB, GAP, END or a \"quoted literal\")",
        ),
        (
            "p 1.5 : QUOTE CUE",
            "patterns.txt:1:3: confidence 1.5 is not between 0 and 1",
        ),
        (
            "p high : QUOTE CUE",
            "patterns.txt:1:3: expected a space and a confidence between 0 and 1 (0.9), found 'high'",
        ),
        (
            "P 0.5 : QUOTE CUE",
            "patterns.txt:1:1: pattern name 'P' may only contain a-z, 0-9 and _",
        ),
        (
            "p 0.5 QUOTE CUE",
            "patterns.txt:1:7: expected ':' after the confidence, found 'QUOTE'",
        ),
        ("p 0.5 : SPEAKER CUE", "patterns.txt:1:1: pattern 'p' has no QUOTE"),
        (
            "p 0.5 : QUOTE CUE QUOTE",
            "patterns.txt:1:19: pattern 'p' has more than one QUOTE",
        ),
        ("p 0.5 : QUOTE? CUE", "patterns.txt:1:9: QUOTE cannot be optional"),
        (
            "p 0.5 : QUOTE \"according to SPEAKER",
            "patterns.txt:1:36: expected a closing '\"' for the literal, found the end of the line",
        ),
        (
            "p 0.5 : QUOTE \"\" SPEAKER",
            "patterns.txt:1:15: empty literal: write at least one word between the quotes",
        ),
        (
            "p 0.5 : QUOTE SPEAKER ?",
            "patterns.txt:1:23: '?' must follow its element without a space (SPEAKER?)",
        ),
        (
            "p 0.5 :",
            "patterns.txt:1:8: expected the items of the pattern (QUOTE \",\" SPEAKER CUE), found the end of the line",
        ),
        (
            "p 0.5 : QUOTE CUE\np 0.6 : CUE QUOTE",
            "patterns.txt:2:1: duplicate pattern 'p' (first on line 1)",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(error_of("patterns.txt", text), expected, "{text:?}");
    }
}

#[test]
fn word_list_errors() {
    assert_eq!(
        error_of("contrast_cues.txt", "but\nyet\nBut"),
        "contrast_cues.txt:3:1: duplicate entry 'but' (first on line 1)"
    );
    assert_eq!(
        error_of("negations.txt", "not\nnever | ever"),
        "negations.txt:2:7: expected the end of the line (one word or phrase per line), found '|'"
    );
    assert_eq!(
        error_of("rebuttals.txt", "lies\n  not true\nnot  true"),
        "rebuttals.txt:3:1: duplicate entry 'not true' (first on line 2)"
    );
    assert_eq!(
        error_of("stopwords.txt", "the\nof the"),
        "stopwords.txt:2:4: expected the end of the line (one word per line), found 'the'"
    );
    assert_eq!(
        error_of("stopwords.txt", "the\na\nThe"),
        "stopwords.txt:3:1: duplicate stopword 'the' (first on line 1)"
    );
}

#[test]
fn antonym_errors() {
    let cases = [
        (
            "win won lose lost",
            "antonyms.txt:1:18: expected '|' between the two sides, found the end of the line",
        ),
        (
            "win won |",
            "antonyms.txt:1:10: expected the words of the right side (lose lost), found the end of the line",
        ),
        (
            "win won | lose win",
            "antonyms.txt:1:16: duplicate word 'win' (first on line 1)",
        ),
        (
            "win won | lose lost\nlost lose | won win",
            "antonyms.txt:2:1: duplicate antonym pair 'lose lost | win won' (first on line 1)",
        ),
        (
            "true | lies | verdit",
            "antonyms.txt:1:15: unknown flag 'verdit' (expected verdict)",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(error_of("antonyms.txt", text), expected, "{text:?}");
    }
}

#[test]
fn figure_errors() {
    let cases = [
        (
            "time | hour hours",
            "figures.txt:1:1: this kind needs a value after its words",
        ),
        (
            "time | hour | sixty",
            "figures.txt:1:15: 'sixty' is not a positive number",
        ),
        ("number | two | -2", "figures.txt:1:16: '-2' is not a positive number"),
        ("at_least | more | 1", "figures.txt:1:19: a bound takes no value"),
        ("share | percent | 1", "figures.txt:1:19: a share takes no value"),
        (
            "number | two | 2\nnumber | two | 3",
            "figures.txt:2:10: duplicate number 'two' (first on line 1)",
        ),
        (
            "time | hour | 3600\ndistance | hour | 1",
            "figures.txt:2:12: duplicate unit 'hour' (first on line 1)",
        ),
        (
            "time hour 3600",
            "figures.txt:1:6: expected '|' after the kind, found 'hour'",
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(error_of("figures.txt", text), expected, "{text:?}");
    }
    let grammar =
        Grammar::from_sources(&[("figures.txt", "scale | million m | 1000000\ntime | hour | 3600\n")]).unwrap();
    assert_eq!(grammar.figures.scales.get("m"), Some(&1_000_000.0));
    assert_eq!(grammar.figures.units.get("hour"), Some(&("time".to_string(), 3600.0)));
}

#[test]
fn columns_count_characters_not_bytes() {
    // "é" and "“" take 2 and 3 bytes but one column each.
    assert_eq!(
        error_of("people.txt", "élysée | institutin"),
        "people.txt:1:10: unknown kind 'institutin' (expected honorific, role, group, institution or particle)"
    );
}

#[test]
fn function_word_errors() {
    let error = Grammar::from_sources(&[("function_words.txt", "auxiliary | has had\nauxilary | was\n")]).unwrap_err();
    assert_eq!(
        error.to_string().split(" (").next().unwrap(),
        "function_words.txt:2:1: unknown class 'auxilary'"
    );
    let error = Grammar::from_sources(&[("function_words.txt", "auxiliary | has has\n")]).unwrap_err();
    assert_eq!(
        (error.file.as_str(), error.line, error.column),
        ("function_words.txt", 1, 17)
    );
    let grammar = Grammar::from_sources(&[("function_words.txt", "auxiliary | has\n")]).unwrap();
    assert!(grammar.words.auxiliary.contains("has"));
    assert!(grammar.words.determiner.is_empty());
    assert!(Grammar::builtin().words.complementizer.contains("that"));
}

/// The lexicon table answers as a map of its words would: each listed word
/// (and its upper-case form, and a few prefixes) gives the same lexeme.
#[test]
fn lexicon_table_finds_what_a_map_finds() {
    let grammar = Grammar::builtin();
    let mut words: Vec<String> = Vec::new();
    for (_, set) in grammar.words.sets() {
        words.extend(set.iter().cloned());
    }
    words.extend(grammar.verb_forms.keys().cloned());
    words.extend(grammar.people.keys().cloned());
    words.extend(grammar.pronouns.keys().cloned());
    words.extend(grammar.stopword_set.iter().cloned());
    words.extend(grammar.abbreviation_set.iter().cloned());
    words.extend(grammar.phrase_starts.iter().cloned());
    for word in &words {
        let lexeme = grammar.lexeme(word);
        assert!(lexeme.is_listed(), "{word:?} is listed");
        if let Some(pronoun) = grammar.pronouns.get(word) {
            assert_eq!(lexeme.pronoun.as_ref(), Some(pronoun), "{word:?}");
        }
        if let Some(person) = grammar.people.get(word) {
            assert_eq!(lexeme.person.as_ref(), Some(person), "{word:?}");
        }
        if let Some(&(verb, form)) = grammar.verb_forms.get(word) {
            assert_eq!(lexeme.verb, Some((verb, form)), "{word:?}");
        }
    }
    for word in [
        "",
        "x",
        "zzzzzzzz",
        "zzzzzzzzz",
        "spokespersonship",
        "saidx",
        "sai",
        "the ",
        "élyséе",
    ] {
        if !words.iter().any(|listed| listed == word) {
            assert!(!grammar.lexeme(word).is_listed(), "{word:?} is not listed");
        }
    }
}

#[test]
fn titles_stand_for_roles() {
    let text = "senator | role\ncongressman | role | male\nsen | honorific | unknown | senator\nrep | honorific | | senator, congressman";
    let grammar = Grammar::from_sources(&[("people.txt", text)]).unwrap();
    assert!(grammar.title_stands_for("Sen", "senator"));
    assert!(grammar.title_stands_for("rep", "congressman"));
    assert!(!grammar.title_stands_for("sen", "congressman"));
    let builtin = Grammar::builtin();
    assert!(builtin.title_stands_for("Gov", "governor"));
    assert!(!builtin.title_stands_for("Mr", "governor"));
}

#[test]
fn a_title_stands_only_for_a_known_role() {
    let cases = [
        (
            "senator | role\nsen | honorific | unknown | senatr",
            "people.txt:2:29: 'senatr' is no role of people.txt",
        ),
        (
            "senator | role\nsenate | institution | unknown | senator",
            "people.txt:2:34: only a title stands for a role: 'senate' is no honorific",
        ),
        (
            "senators | group\nsen | honorific | unknown | senators",
            "people.txt:2:29: 'senators' is no role of people.txt",
        ),
    ];
    for (text, expected) in cases {
        let error = Grammar::from_sources(&[("people.txt", text)]).unwrap_err();
        assert_eq!(error.to_string(), expected);
    }
}

#[test]
fn plurals_of_roles_are_groups_and_of_institutions_institutions() {
    let grammar = Grammar::builtin();
    let group = |word: &str| grammar.person_word(word).map(|entry| entry.kind);
    for plural in ["senators", "spokesmen", "prime ministers", "bosses", "chiefs of staff"] {
        assert_eq!(group(plural), Some(PersonWordKind::Group), "{plural}");
    }
    for plural in ["unions", "groups", "parties", "companies"] {
        assert_eq!(group(plural), Some(PersonWordKind::Institution), "{plural}");
    }
    // Listed words keep their entries.
    assert_eq!(group("senator"), Some(PersonWordKind::Role));
    assert_eq!(group("police"), Some(PersonWordKind::Group));
    assert_eq!(group("airlines"), Some(PersonWordKind::Institution));
    assert_eq!(plural("spokesperson"), "spokespeople");
    assert_eq!(plural("daily"), "dailies");
    assert_eq!(plural("attorney"), "attorneys");
    assert_eq!(plural("chief of staff"), "chiefs of staff");
}
