//! Web pages: the seed article as an HTML page with furniture around it
//! gives the same speech quotes as the plain-text seed.

use crate::harness::{SEED_GOLD, Said, assert_offsets_point_into, run, speech};

const PAGE: &str = "tests/data/seed-page.html";
const SEED_PATH: &str = "corpus/afp-2020-10-23-kazakhs-xinjiang.txt";

/// The gold's required speech quotes: (text, speaker).
fn gold_speech() -> Vec<(String, String)> {
    let gold: serde_json::Value = serde_json::from_str(SEED_GOLD).unwrap();
    gold["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|quote| matches!(quote["kind"].as_str(), Some("direct" | "partial")))
        .filter(|quote| !quote["optional"].as_bool().unwrap_or(false))
        .map(|quote| {
            (
                quote["text"].as_str().unwrap().to_string(),
                quote["speaker"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn trimmed(text: &str) -> &str {
    text.trim_matches(|c: char| c.is_whitespace() || ",.;:".contains(c))
}

#[test]
fn the_seed_page_gives_the_seed_speech_quotes() {
    let page = run(&["quotes", "--format", "json", PAGE]);
    page.success();
    let page = page.json();
    let plain = run(&["quotes", "--format", "json", SEED_PATH]);
    plain.success();
    let plain = plain.json();

    let page_speech = speech(&page);
    let gold = gold_speech();
    assert_eq!(gold.len(), 7, "the seed gold has seven required speech quotes");
    for (text, speaker) in &gold {
        let found: Vec<&Said> = page_speech
            .iter()
            .filter(|said| trimmed(&said.text) == trimmed(text))
            .collect();
        assert_eq!(found.len(), 1, "gold quote {text:?} in {page_speech:#?}");
        assert_eq!(
            found[0].speaker.as_deref(),
            Some(speaker.as_str()),
            "speaker of {text:?}"
        );
    }
    // Not only the gold seven: every speech quote, with cue and recipient,
    // is the same as from the plain text.
    assert_eq!(page_speech, speech(&plain));

    // Offsets refer to the extracted text, which the JSON returns.
    let text = page["text"].as_str().expect("HTML input returns its text");
    assert_offsets_point_into(&page, text);
    assert!(plain.get("text").is_none(), "plain text input does not repeat its text");
}

#[test]
fn page_furniture_stays_out_of_the_text() {
    let page = run(&["quotes", "--format", "json", PAGE]);
    page.success();
    let text = page.json()["text"].as_str().unwrap().to_string();
    assert!(
        text.starts_with("Kazakhs despair for relatives missing in Xinjiang\n\n"),
        "{text}"
    );
    assert!(text.trim_end().ends_with("\"We deeply regret this now.\""), "{text}");
    for furniture in [
        "dataLayer",
        "Injected",
        "Buy now",
        "Your portal",
        "China in Space",
        "Related Links",
        "Advertisement",
        "calm",
        "We will not back down",
        "disaster for science",
        "Stay informed",
        "Copyright",
        "pwned",
        "Goodbye",
        "About us",
    ] {
        assert!(!text.contains(furniture), "{furniture:?} in the extracted text");
    }
    // Entities are decoded, paragraphs kept.
    assert!(text.contains("\"His only crime is his Kazakh identity,\" she told AFP."));
    assert!(text.contains("\n\n- 'Full of lies' -\n\n"));
    assert!(!text.contains("&quot;") && !text.contains("&#39;"));
}

#[test]
fn pages_are_recognised_by_content_too() {
    let html = std::fs::read_to_string(PAGE).unwrap();
    let record = serde_json::json!({"id": "page", "text": html});
    let out = crate::harness::run_with_stdin(
        &["quotes", "--jsonl", "-", "--format", "jsonl"],
        Some(format!("{record}\n").as_bytes()),
    );
    out.success();
    let docs = out.json_lines();
    assert_eq!(docs.len(), 1);
    assert_eq!(
        speech(&docs[0]).len(),
        speech(&run(&["quotes", "--format", "json", PAGE]).json()).len()
    );
    assert!(docs[0]["text"].as_str().unwrap().starts_with("Kazakhs despair"));
}
