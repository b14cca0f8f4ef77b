use super::*;
use crate::output::wire::{QuoteId, WireMentionRef};

/// `write_doc` must write what serde_json writes.
fn check(doc: &WireDocRef) {
    let mut written = Vec::new();
    write_doc(&mut written, doc);
    let expected = serde_json::to_vec(doc).unwrap();
    assert_eq!(String::from_utf8_lossy(&written), String::from_utf8_lossy(&expected));
}

fn quote<'a>(text: &'a str, number: usize) -> WireQuoteRef<'a> {
    WireQuoteRef {
        id: QuoteId(number),
        kind: "direct",
        start: 3,
        end: 3 + text.chars().count(),
        byte_start: 4,
        byte_end: 4 + text.len(),
        text,
        speaker: Some("Ana Ruiz"),
        mention: Some(WireMentionRef {
            text: "Ruiz",
            start: 40,
            end: 44,
        }),
        cue: Some("said"),
        framing: Some("neutral"),
        recipient: None,
        confidence: 0.85,
        rule: Some("quote_speaker_cue"),
        paragraph: 2,
    }
}

fn doc<'a>(quotes: Vec<WireQuoteRef<'a>>, warnings: Vec<WireWarningRef<'a>>) -> WireDocRef<'a> {
    WireDocRef {
        document: "news/1.txt",
        text: None,
        quotes,
        topics: &[],
        pairs: &[],
        warnings,
    }
}

#[test]
fn an_empty_document() {
    check(&doc(Vec::new(), Vec::new()));
}

#[test]
fn every_field_set_and_unset() {
    let mut bare = quote("We will win.", 9);
    bare.speaker = None;
    bare.mention = None;
    bare.cue = None;
    bare.framing = None;
    bare.recipient = Some("AFP");
    bare.confidence = 0.0;
    bare.rule = None;
    let warning = WireWarningRef {
        kind: "unclosed_quote",
        start: 12,
        paragraph: 3,
        message: "quote mark \u{201c} opens a quote that is not closed in its paragraph",
    };
    let mut with_text = doc(vec![quote("It is \"fine\".", 0), bare], vec![warning.clone(), warning]);
    check(&with_text);
    with_text.text = Some("<p>It is \"fine\".</p>\n");
    check(&with_text);
}

/// Every ASCII byte and some longer characters, at every place in and
/// around a run of sixteen bytes.
#[test]
fn strings_escaped_as_serde_json_escapes_them() {
    let mut specials: Vec<String> = (0u8..0x80).map(|byte| char::from(byte).to_string()).collect();
    specials.extend(["é", "’", "—", "\u{7f}", "\u{2028}", "😀"].map(String::from));
    for special in &specials {
        for before in 0..34 {
            let text = format!("{}{special}{}", "a".repeat(before), "b".repeat(before % 5));
            check(&doc(vec![quote(&text, before)], Vec::new()));
        }
    }
    let long = "He said: \"no\\yes\"\n\tthen\r\u{1}left. ".repeat(20);
    check(&doc(vec![quote(&long, 0)], Vec::new()));
}

#[test]
fn an_analysed_text() {
    let text = "Lee said: \"We will\tstay.\"\n\n\"It is over,\" Ruiz told AFP. \u{201c}Unclosed.\n";
    let analysis = crate::Analyzer::new().analyze(text);
    check(&crate::output::wire_doc_ref("doc \"1\"", text, &analysis));
}
