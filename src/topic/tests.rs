use super::*;
use crate::analysis::Kind;

#[test]
fn stems_join_inflections() {
    for (words, stem_wanted) in [
        (&["sentenced", "sentences", "sentence", "sentencing"][..], "sentenc"),
        (&["released", "release", "releases"][..], "releas"),
        (&["jailed", "jail", "jails", "jailing"][..], "jail"),
        (&["stories", "story"][..], "stori"),
        (&["lies", "lie"][..], "li"),
        (&["stopped", "stop", "stops"][..], "stop"),
        (&["freed", "free"][..], "fre"),
        (&["Kaken's"][..], "Kaken"),
    ] {
        for word in words {
            assert_eq!(stem(word), stem_wanted, "{word}");
        }
    }
    for word in ["need", "thing", "bus", "status", "kill", "pass"] {
        assert!(stem(word).len() + 1 >= word.len(), "{word} → {}", stem(word));
    }
}

proptest::proptest! {
    /// The letter bins turn away no key that Jaro-Winkler would merge: a
    /// word against itself with one character changed, dropped or doubled.
    #[test]
    fn letter_bins_keep_every_spelling_variant(key in "[a-eé]{6,12}", at in 0usize..12, ch in "[a-eé]", edit in 0u8..3) {
        let mut chars: Vec<char> = key.chars().collect();
        let at = at % chars.len();
        let ch = ch.chars().next().unwrap();
        match edit {
            0 => chars[at] = ch,
            1 => { chars.remove(at); }
            _ => chars.insert(at, ch),
        }
        let other: String = chars.iter().collect();
        let (letters, other_letters) = (key.chars().count(), other.chars().count());
        if strsim::jaro_winkler(&other, &key) >= SPELLING_VARIANT {
            proptest::prop_assert!(LetterBins::new(&key).may_be_variant(letters, &other, other_letters));
        }
    }

    /// The ASCII path of `name_key` gives the key of the general one.
    #[test]
    fn ascii_name_keys_match_the_general_path(name in "[a-zA-Z0-9 '.,()-]{0,24}|(the|The|THE) [a-zA-Z'-]{0,8}( [a-zA-Z'sS]{0,8})?") {
        proptest::prop_assert_eq!(ascii_name_key(&name), unicode_name_key(&name));
    }
}

#[test]
fn name_keys_drop_case_possessives_and_the() {
    assert_eq!(name_key("The Global Times"), "global times");
    assert_eq!(name_key("Kaken's"), "kaken");
    assert_eq!(name_key("  rights   groups "), "rights groups");
    assert_eq!(name_key("Zhang Xiao"), name_key("zhang xiao"));
}

#[test]
fn spelling_variants_merge_only_close_spellings_of_similar_length() {
    let keys = [
        (KeyKind::Entity, "uzynaghash"),
        (KeyKind::Entity, "uzynagash"),
        (KeyKind::Term, "national"),
        (KeyKind::Term, "nationalist"),
        (KeyKind::Term, "convict"),
        (KeyKind::Term, "convinc"),
        (KeyKind::Term, "extremism"),
        (KeyKind::Term, "extremist"),
        (KeyKind::Term, "uzynagash"),
    ];
    let variants = spelling_variants(keys.into_iter());
    assert_eq!(variants.get(&(KeyKind::Entity, "uzynagash")), Some(&"uzynaghash"));
    assert_eq!(variants.get(&(KeyKind::Term, "extremist")), Some(&"extremism"));
    assert_eq!(variants.get(&(KeyKind::Term, "nationalist")), None);
    assert_eq!(variants.get(&(KeyKind::Term, "convinc")), None);
    // A term is never merged with an entity.
    assert_eq!(variants.get(&(KeyKind::Term, "uzynagash")), None);
}

#[test]
fn phrases_match_the_longest_first() {
    let set = PhraseSet::new(&["not".to_string(), "not true".to_string(), "no one".to_string()]);
    assert_eq!(set.match_at(&["not", "true", "at"]), Some(2));
    assert_eq!(set.match_at(&["not", "yet"]), Some(1));
    assert_eq!(set.match_at(&["no", "way"]), None);
    assert!(set.contains_word("not"));
    assert!(!set.contains_word("no"));
}

/// A quote of `speaker` on the first `content` of `text`, its mention the
/// nearest `mention`.
fn quote(text: &str, kind: Kind, content: &str, speaker: &str, mention: &str) -> crate::analysis::Quote {
    let at = text.find(content).unwrap();
    let span = Span::new(at, at + content.len());
    let mention = text
        .match_indices(mention)
        .map(|(start, _)| Span::new(start, start + mention.len()))
        .min_by_key(|found| found.start.abs_diff(span.start));
    crate::analysis::Quote {
        kind,
        span,
        paragraph: text[..at].matches("\n\n").count() + 1,
        speaker: Some(speaker.to_string()),
        mention,
        cue: None,
        framing: None,
        recipient: None,
        confidence: 0.9,
        rule: "test".to_string(),
    }
}

/// The display forms of the entities of each claim.
fn entities(text: &str, quotes: Vec<crate::analysis::Quote>) -> Vec<Vec<String>> {
    let analysis = crate::Analysis {
        quotes,
        warnings: Vec::new(),
    };
    let documents = [DocumentAnalysis {
        id: "d",
        text,
        analysis: &analysis,
    }];
    let lexicon = Lexicon::new(Grammar::builtin());
    let mut speakers = Speakers::default();
    speakers.add(documents[0].analysis);
    let read = read_document(&documents[0], &speakers, &speakers.last_words(), &lexicon);
    let mut corpus = Corpus::default();
    let raw_ids = corpus.add(&read);
    let key_of_raw = corpus.intern(&speakers, usize::MAX);
    read.claims
        .iter()
        .map(|claim| {
            // Once each, the first mention.
            let mut keys: Vec<u32> = Vec::new();
            for &(local, _) in &claim.entities {
                let key = key_of_raw[raw_ids[local as usize] as usize];
                if !keys.contains(&key) {
                    keys.push(key);
                }
            }
            keys.iter()
                .map(|&key| corpus.key_display[key as usize].clone())
                .collect()
        })
        .collect()
}

#[test]
fn entities_resolve_to_the_fullest_name_and_to_relatives() {
    let text = "Rights groups said Adilgazy Muqai vanished in 2017.\n\n\
                Officials said Muqai was sentenced to nine years.\n\n\
                Kaken, his wife, insists her husband is innocent.\n\n\
                \"They will destroy him in jail,\" she said.";
    let quotes = vec![
        quote(
            text,
            Kind::Indirect,
            "Adilgazy Muqai vanished in 2017",
            "rights groups",
            "Rights groups",
        ),
        quote(
            text,
            Kind::Indirect,
            "Muqai was sentenced to nine years",
            "officials",
            "Officials",
        ),
        quote(
            text,
            Kind::Indirect,
            "her husband is innocent",
            "Bikamal Kaken",
            "Kaken",
        ),
        quote(
            text,
            Kind::Direct,
            "They will destroy him in jail,",
            "Bikamal Kaken",
            "she",
        ),
    ];
    let found = entities(text, quotes);
    assert_eq!(found[0], ["Adilgazy Muqai"]);
    assert_eq!(found[1], ["Adilgazy Muqai"]);
    assert_eq!(found[2], ["Bikamal Kaken's husband"]);
    // "him": the one man Kaken's claims name.
    assert_eq!(found[3], ["Bikamal Kaken's husband"]);
}

#[test]
fn a_claim_inside_a_claim_of_the_same_speaker_is_left_out() {
    let text = "China claims the centres are vocational \"training\" facilities.";
    let quotes = vec![
        quote(
            text,
            Kind::Indirect,
            "the centres are vocational \"training\" facilities",
            "China",
            "China",
        ),
        quote(text, Kind::Partial, "training", "China", "China"),
    ];
    let found = entities(text, quotes);
    assert_eq!(found.len(), 1);
}

#[test]
fn speakers_merge_when_one_name_ends_with_the_other() {
    let mut corpus = Speakers::default();
    let full = corpus.speaker_id("Interior Minister Ana Ruiz");
    assert_eq!(corpus.speaker_id("Ana Ruiz"), full);
    assert_eq!(corpus.speaker_id("ana ruiz"), full);
    assert_eq!(corpus.speakers[full as usize].name, "Ana Ruiz");
    // A different first name, or one word only, is someone else.
    assert_ne!(corpus.speaker_id("Maria Ruiz"), full);
    assert_ne!(corpus.speaker_id("Ruiz"), full);
}

/// Merged both ways, with the first speaker made when several fit: a
/// shorter name into a longer one, a longer into a shorter one.
#[test]
fn speakers_merge_with_the_first_whose_name_ends_alike() {
    let mut corpus = Speakers::default();
    let short = corpus.speaker_id("Ana Ruiz");
    let other = corpus.speaker_id("Deputy Maria Ruiz");
    assert_eq!(corpus.speaker_id("Interior Minister Ana Ruiz"), short);
    assert_eq!(corpus.speaker_id("Minister Ana Ruiz"), short);
    assert_eq!(corpus.speaker_id("Maria Ruiz"), other);
    // `Ruiz Cole` ends neither `Ana Ruiz` nor its fuller forms.
    let cole = corpus.speaker_id("Ruiz Cole");
    assert_ne!(cole, short);
    assert_eq!(corpus.speaker_id("Ben Ruiz Cole"), cole);
    // Two speakers it could join: the first made.
    let mut corpus = Speakers::default();
    let first = corpus.speaker_id("Deputy Minister Ana Ruiz");
    let second = corpus.speaker_id("Junior Minister Ana Ruiz");
    assert_ne!(first, second);
    assert_eq!(corpus.speaker_id("Minister Ana Ruiz"), first);
}

#[test]
fn phrases_list_every_match_longest_first() {
    let set = PhraseSet::new(&["but".to_string(), "but then".to_string(), "but also".to_string()]);
    assert_eq!(set.matches_at(&["but", "then", "x"]).collect::<Vec<_>>(), [2, 1]);
    assert_eq!(set.matches_at(&["but"]).collect::<Vec<_>>(), [1]);
    assert_eq!(set.matches_at(&["yet"]).count(), 0);
    assert_eq!(set.matches_at::<&str>(&[]).count(), 0);
}
