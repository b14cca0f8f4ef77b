use super::*;
use crate::Analyzer;

const SEED: &str = include_str!("../../../corpus/afp-2020-10-23-kazakhs-xinjiang.txt");

/// The analysis and the annotations of a text, as JSON values.
fn check(id: &str, text: &str) -> (WireDoc, Vec<serde_json::Value>) {
    let analyzer = Analyzer::new();
    let doc = crate::output::wire_doc(id, text, &analyzer.analyze(text));
    let annotations = web_annotations(&doc, text, false)
        .iter()
        .map(|annotation| serde_json::to_value(annotation).unwrap())
        .collect();
    (doc, annotations)
}

/// Terms of the Web Annotation vocabulary that a body purpose or motivation may take.
const MOTIVATIONS: &[&str] = &[
    "assessing",
    "bookmarking",
    "classifying",
    "commenting",
    "describing",
    "editing",
    "highlighting",
    "identifying",
    "linking",
    "moderating",
    "questioning",
    "replying",
    "tagging",
];

/// The shape the W3C model requires of one annotation.
fn assert_web_annotation(annotation: &serde_json::Value) {
    assert_eq!(annotation["@context"], ANNOTATION_CONTEXT);
    assert_eq!(annotation["type"], "Annotation");
    let id = annotation["id"].as_str().unwrap();
    assert!(id.contains(':') && !id.contains(char::is_whitespace), "{id} is no IRI");
    assert!(MOTIVATIONS.contains(&annotation["motivation"].as_str().unwrap()));
    assert_eq!(annotation["generator"]["type"], "Software");
    let bodies = annotation["body"].as_array().unwrap();
    assert!(!bodies.is_empty());
    for body in bodies {
        assert_eq!(body["type"], "TextualBody");
        assert!(body["value"].is_string());
        assert_eq!(body["format"], "text/plain");
        assert!(MOTIVATIONS.contains(&body["purpose"].as_str().unwrap()));
    }
    let target = &annotation["target"];
    assert!(target["source"].as_str().unwrap().contains(':'));
    let selectors = target["selector"].as_array().unwrap();
    let quote = selectors.iter().find(|s| s["type"] == "TextQuoteSelector").unwrap();
    for field in ["exact", "prefix", "suffix"] {
        assert!(quote[field].is_string(), "{field}");
    }
    let position = selectors.iter().find(|s| s["type"] == "TextPositionSelector").unwrap();
    assert!(position["start"].is_u64() && position["end"].is_u64());
    assert!(position["start"].as_u64() <= position["end"].as_u64());
}

/// The position selector slices the text to the exact words, and prefix +
/// exact + suffix occur in the text there.
fn assert_round_trip(text: &str, annotation: &serde_json::Value) {
    let selectors = annotation["target"]["selector"].as_array().unwrap();
    let quote = selectors.iter().find(|s| s["type"] == "TextQuoteSelector").unwrap();
    let position = selectors.iter().find(|s| s["type"] == "TextPositionSelector").unwrap();
    let start = position["start"].as_u64().unwrap() as usize;
    let end = position["end"].as_u64().unwrap() as usize;
    let sliced: String = text.chars().skip(start).take(end - start).collect();
    assert_eq!(sliced, quote["exact"].as_str().unwrap());
    let prefix = quote["prefix"].as_str().unwrap();
    let suffix = quote["suffix"].as_str().unwrap();
    let before: String = text.chars().take(start).collect();
    let after: String = text.chars().skip(end).collect();
    assert!(before.ends_with(prefix) && after.starts_with(suffix));
    assert!(prefix.chars().count() <= CONTEXT_CHARS && suffix.chars().count() <= CONTEXT_CHARS);
}

#[test]
fn seed_annotations_follow_the_model_and_round_trip() {
    let (doc, annotations) = check("corpus/afp-2020-10-23-kazakhs-xinjiang.txt", SEED);
    let claims = doc.quotes.iter().filter(|quote| sources::is_claim(&quote.kind)).count();
    assert_eq!(annotations.len(), claims);
    for (annotation, quote) in annotations
        .iter()
        .zip(doc.quotes.iter().filter(|q| sources::is_claim(&q.kind)))
    {
        assert_web_annotation(annotation);
        assert_round_trip(SEED, annotation);
        assert_eq!(
            annotation["target"]["selector"][0]["exact"].as_str().unwrap(),
            quote.text
        );
        assert!(annotation["id"].as_str().unwrap().ends_with(&format!("#{}", quote.id)));
    }
    let first = annotations
        .iter()
        .find(|annotation| {
            annotation["target"]["selector"][0]["exact"]
                .as_str()
                .is_some_and(|exact| exact.starts_with("I am so worried"))
        })
        .expect("Kaken's first quote is annotated");
    let values: Vec<&str> = first["body"]
        .as_array()
        .unwrap()
        .iter()
        .map(|body| body["value"].as_str().unwrap())
        .collect();
    assert!(values.contains(&"speaker: Bikamal Kaken"), "{values:?}");
    assert!(values.contains(&"cue: told"), "{values:?}");
    assert_eq!(
        values[0],
        "Bikamal Kaken: told; to AFP (direct quote, neutral framing, confidence 0.95)"
    );
    assert_eq!(
        first["target"]["source"],
        "urn:whosaid:document:corpus/afp-2020-10-23-kazakhs-xinjiang.txt"
    );
}

#[test]
fn offsets_count_unicode_scalars_not_bytes() {
    let text = "Émile 🙂 wrote — “Ça va très bien,” Zoë Ångström told AFP. «Non», a-t-il dit.";
    let (doc, annotations) = check("https://example.org/a?b=c", text);
    assert!(!annotations.is_empty(), "{doc:?}");
    for annotation in &annotations {
        assert_web_annotation(annotation);
        assert_round_trip(text, annotation);
        assert_eq!(annotation["target"]["source"], "https://example.org/a?b=c");
    }
}

#[test]
fn all_includes_terms_and_headings() {
    let analyzer = Analyzer::new();
    let doc = crate::output::wire_doc("seed", SEED, &analyzer.analyze(SEED));
    assert_eq!(web_annotations(&doc, SEED, true).len(), doc.quotes.len());
}

#[test]
fn document_iris() {
    assert_eq!(document_iri("urn:x:y"), "urn:x:y");
    assert_eq!(document_iri("file:///tmp/a.txt"), "file:///tmp/a.txt");
    assert_eq!(document_iri("-"), "urn:whosaid:document:-");
    assert_eq!(document_iri("my file#1.txt"), "urn:whosaid:document:my%20file%231.txt");
    assert_eq!(document_iri("C:\\news.txt"), "urn:whosaid:document:C%3A%5Cnews.txt");
    assert_eq!(document_iri("über.txt"), "urn:whosaid:document:%C3%BCber.txt");
}

#[test]
fn quotations_are_schema_org_items() {
    let analyzer = Analyzer::new();
    let doc = crate::output::wire_doc("seed.txt", SEED, &analyzer.analyze(SEED));
    let items = quotations(&doc, SEED, analyzer.grammar(), false);
    let document = quotations_document(items);
    assert_eq!(document["@context"]["@vocab"], "https://schema.org/");
    assert_eq!(document["@context"]["whosaid"], WHOSAID_VOCABULARY);
    let graph = document["@graph"].as_array().unwrap();
    assert_eq!(
        graph.len(),
        doc.quotes.iter().filter(|quote| sources::is_claim(&quote.kind)).count()
    );
    for item in graph {
        assert_eq!(item["@type"], "Quotation");
        assert!(item["text"].is_string());
        assert_eq!(item["isPartOf"]["@id"], "urn:whosaid:document:seed.txt");
        let start = item["whosaid:start"].as_u64().unwrap() as usize;
        let end = item["whosaid:end"].as_u64().unwrap() as usize;
        let sliced: String = SEED.chars().skip(start).take(end - start).collect();
        assert_eq!(item["text"].as_str().unwrap(), sliced);
    }
    let kaken = graph
        .iter()
        .find(|item| {
            item["text"]
                .as_str()
                .is_some_and(|text| text.starts_with("I am so worried"))
        })
        .expect("Kaken's first quote is an item");
    assert_eq!(kaken["spokenByCharacter"]["@type"], "Person");
    assert_eq!(kaken["spokenByCharacter"]["name"], "Bikamal Kaken");
    assert_eq!(kaken["whosaid:cue"], "told");
    assert_eq!(kaken["whosaid:recipient"], "AFP");
    if let Some(china) = graph.iter().find(|item| item["spokenByCharacter"]["name"] == "China") {
        assert_eq!(china["spokenByCharacter"]["@type"], "Organization");
    }
}

#[test]
fn annotations_deserialize_back() {
    let analyzer = Analyzer::new();
    let doc = crate::output::wire_doc("seed", SEED, &analyzer.analyze(SEED));
    let annotations = web_annotations(&doc, SEED, false);
    let json = serde_json::to_string(&annotations).unwrap();
    let back: Vec<Annotation> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, annotations);
}
