use super::*;
use crate::Analyzer;
use crate::output::wire::WireMention;

const SEED: &str = include_str!("../../corpus/afp-2020-10-23-kazakhs-xinjiang.txt");

fn seed() -> (WireDoc, Sourcing) {
    let analyzer = Analyzer::new();
    let doc = crate::output::wire_doc("seed", SEED, &analyzer.analyze(SEED));
    let sourcing = sourcing(&doc, SEED, analyzer.grammar());
    (doc, sourcing)
}

/// A hand-made quote: (kind, text, speaker, mention, cue, recipient).
type Given<'a> = (
    &'a str,
    &'a str,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
    Option<&'a str>,
);

/// The sources of a document of hand-made quotes.
fn check(text: &str, quotes: &[Given]) -> Sourcing {
    let wire_quotes = quotes
        .iter()
        .enumerate()
        .map(|(index, &(kind, quoted, speaker, mention, cue, recipient))| {
            let start = text.find(quoted).expect("quote in text");
            WireQuote {
                id: format!("q{}", index + 1),
                kind: kind.to_string(),
                start: text[..start].chars().count(),
                end: text[..start].chars().count() + quoted.chars().count(),
                text: quoted.to_string(),
                speaker: speaker.map(str::to_string),
                mention: mention.map(|mention| {
                    let at = text.find(mention).expect("mention in text");
                    WireMention {
                        text: mention.to_string(),
                        start: text[..at].chars().count(),
                        end: text[..at].chars().count() + mention.chars().count(),
                    }
                }),
                cue: cue.map(str::to_string),
                recipient: recipient.map(str::to_string),
                confidence: 0.9,
                paragraph: 1,
                ..WireQuote::default()
            }
        })
        .collect();
    let doc = WireDoc {
        document: "test".into(),
        quotes: wire_quotes,
        ..WireDoc::default()
    };
    sourcing(&doc, text, Grammar::builtin())
}

#[test]
fn seed_has_five_named_people_and_afp_as_outlet() {
    let (_, sourcing) = seed();
    assert_eq!(sourcing.outlet.as_deref(), Some("AFP"));
    let named: Vec<&str> = sourcing
        .sources
        .iter()
        .filter(|source| source.kind == SourceKind::Named)
        .map(|source| source.name.as_str())
        .collect();
    for person in [
        "Bikamal Kaken",
        "Zhang Xiao",
        "Mehmet Kasikci",
        "Baibolat Kunbolat",
        "Gu Ming",
    ] {
        assert!(named.contains(&person), "{person} missing from {named:?}");
    }
    assert_eq!(named.len(), 5, "{named:?}");
    let kaken = sourcing.source("Bikamal Kaken").unwrap();
    assert_eq!((kaken.direct, kaken.first_hand), (2, 2));
    let kunbolat = sourcing.source("Baibolat Kunbolat").unwrap();
    assert_eq!(kunbolat.direct, 2);
    if let Some(china) = sourcing.source("China") {
        assert_eq!(china.kind, SourceKind::Institutional);
    }
}

#[test]
fn seed_relays_the_global_times() {
    let (doc, sourcing) = seed();
    let zhang = sourcing.source("Zhang Xiao").unwrap();
    // Partial quote q4 "full of lies …" he told the Global Times (and, once
    // reported speech is found, what he told "a state-owned news outlet").
    assert!(zhang.relayed >= 1);
    assert!(zhang.relayed_via.iter().any(|outlet| outlet == "Global Times"));
    assert!(zhang.relayed_via.iter().all(|outlet| outlet != "AFP"));
    // Gu Ming informed Kunbolat: neither the outlet nor another outlet.
    let gu = sourcing.source("Gu Ming").unwrap();
    let informed = gu
        .quotes
        .iter()
        .find(|&&index| doc.quotes[index].recipient.as_deref() == Some("Baibolat Kunbolat"))
        .unwrap();
    assert_eq!(sourcing.channels[*informed], Some(Channel::Other));
}

#[test]
fn seed_roles_come_from_the_text() {
    let (_, sourcing) = seed();
    let role = |name: &str| sourcing.source(name).and_then(|source| source.role.clone());
    assert_eq!(role("Zhang Xiao").as_deref(), Some("China's ambassador in Kazakhstan"));
    assert_eq!(
        role("Gu Ming").as_deref(),
        Some("a member of China's mission in Kazakhstan")
    );
    assert_eq!(
        role("Mehmet Kasikci").as_deref(),
        Some("a doctoral student at the Arizona State University who volunteered with the group")
    );
    assert_eq!(
        role("Bikamal Kaken").as_deref(),
        Some("a China-born ethnic Kazakh who is now a Kazakh citizen")
    );
    assert_eq!(role("Baibolat Kunbolat"), None);
}

#[test]
fn seed_genders_only_where_the_text_states_them() {
    let (_, sourcing) = seed();
    let gender = |name: &str| sourcing.source(name).unwrap().gender;
    assert_eq!(gender("Bikamal Kaken"), Gender::Female);
    assert_eq!(gender("Zhang Xiao"), Gender::Male);
    assert_eq!(gender("Mehmet Kasikci"), Gender::Male);
    assert_eq!(gender("Baibolat Kunbolat"), Gender::Male);
    // Only "Gu" and "the diplomat" attribute Gu Ming's words.
    assert_eq!(gender("Gu Ming"), Gender::Unknown);
    assert!(sourcing.source("Bikamal Kaken").unwrap().gender_evidence[0].contains("she"));
}

#[test]
fn anonymous_and_institutional_sources() {
    let text = "Officials said \"we will act.\" \"It is fine,\" a source familiar with the talks said. \
                \"We object,\" rights groups said. \"No comment,\" the US embassy said. \
                Police said it was \"under control\".";
    let sourcing = check(
        text,
        &[
            (
                "partial",
                "we will act.",
                Some("officials"),
                Some("Officials"),
                Some("said"),
                None,
            ),
            (
                "direct",
                "It is fine,",
                Some("a source familiar with the talks"),
                None,
                Some("said"),
                None,
            ),
            ("direct", "We object,", Some("rights groups"), None, Some("said"), None),
            ("direct", "No comment,", Some("US embassy"), None, Some("said"), None),
            ("partial", "under control", Some("police"), None, Some("said"), None),
        ],
    );
    let kind = |name: &str| sourcing.source(name).unwrap().kind;
    assert_eq!(kind("officials"), SourceKind::Anonymous);
    assert_eq!(kind("a source familiar with the talks"), SourceKind::Anonymous);
    assert_eq!(kind("rights groups"), SourceKind::Institutional);
    assert_eq!(kind("US embassy"), SourceKind::Institutional);
    assert_eq!(kind("police"), SourceKind::Institutional);
}

#[test]
fn honorifics_state_gender_and_first_names_do_not() {
    let text = "Ms. Lee arrived. \"We are ready,\" Lee told Reuters. \"So are we,\" Mary Jones said. \
                \"Me too,\" Mr Jones said.";
    let sourcing = check(
        text,
        &[
            (
                "direct",
                "We are ready,",
                Some("Lee"),
                Some("Lee"),
                Some("told"),
                Some("Reuters"),
            ),
            (
                "direct",
                "So are we,",
                Some("Mary Jones"),
                Some("Mary Jones"),
                Some("said"),
                None,
            ),
        ],
    );
    assert_eq!(sourcing.source("Lee").unwrap().gender, Gender::Female);
    // "Mary" says nothing; "Mr Jones" is a man who may not be Mary Jones, but
    // it is an honorific before the name, and it conflicts with nothing.
    let jones = sourcing.source("Mary Jones").unwrap();
    assert_eq!(jones.gender_evidence, ["Mr"]);
    // No dateline: the outlet is the recipient most often named.
    assert_eq!(sourcing.outlet.as_deref(), Some("Reuters"));
    assert_eq!(sourcing.source("Lee").unwrap().first_hand, 1);
}

#[test]
fn conflicting_evidence_leaves_gender_unknown() {
    let text = "\"Yes,\" she said. \"No,\" he said.";
    let sourcing = check(
        text,
        &[
            ("direct", "Yes,", Some("Sam Park"), Some("she"), Some("said"), None),
            ("direct", "No,", Some("Sam Park"), Some("he"), Some("said"), None),
        ],
    );
    let park = sourcing.source("Sam Park").unwrap();
    assert_eq!(park.gender, Gender::Unknown);
    assert_eq!(park.gender_evidence.len(), 2);
}

#[test]
fn a_place_is_an_institution_unless_called_he_or_she() {
    let text =
        "Trade in France fell. \"Never,\" France said. Talks in Jordan went on. \"Fine,\" he said, Jordan added.";
    let sourcing = check(
        text,
        &[
            ("direct", "Never,", Some("France"), Some("France"), Some("said"), None),
            ("direct", "Fine,", Some("Jordan"), Some("he"), Some("said"), None),
        ],
    );
    assert_eq!(sourcing.source("France").unwrap().kind, SourceKind::Institutional);
    assert_eq!(sourcing.source("Jordan").unwrap().kind, SourceKind::Named);
}

#[test]
fn words_and_framing_are_counted() {
    assert_eq!(count_words("full of lies, without a single sentence of truth,"), 9);
    assert_eq!(count_words(" -- , "), 0);
    let text = "\"It is false,\" Ana Diaz denied. Ana Diaz insisted that all was well.";
    let sourcing = check(
        text,
        &[
            ("direct", "It is false,", Some("Ana Diaz"), None, Some("denied"), None),
            (
                "indirect",
                "all was well",
                Some("Ana Diaz"),
                None,
                Some("insisted"),
                None,
            ),
        ],
    );
    let diaz = sourcing.source("Ana Diaz").unwrap();
    assert_eq!((diaz.direct, diaz.reported, diaz.words), (1, 1, 3));
    assert_eq!((diaz.framing.denial, diaz.framing.assertive), (1, 1));
    assert_eq!(sourcing.words_total, 3);
}

#[test]
fn the_dateline_names_the_outlet() {
    let reader = TextReader::new("Title\nWASHINGTON (AP) — The (big) news.\n", Grammar::builtin());
    assert_eq!(reader.dateline_outlet().as_deref(), Some("AP"));
    let reader = TextReader::new("The Chinese (authorities) said so.\n", Grammar::builtin());
    assert_eq!(reader.dateline_outlet(), None);
}
