use super::*;

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
