//! The whole pipeline on arbitrary bytes, as the CLI runs it: decoding (lossy,
//! so every input reaches the analyzer), HTML extraction where the text
//! looks like a page, analysis, both output forms, and contrasts across the
//! documents the text holds (split at form feeds). Checks the invariants
//! the property tests check: offsets in bounds and on character
//! boundaries, quotes sorted and disjoint, mentions outside their quotes,
//! pairs of two speakers' claims in a topic, `opposes` first.

#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::input::{Decoding, decode};

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = decode(bytes, Decoding { lossy: true }) else {
        return; // NUL bytes: refused as binary, by design.
    };
    let text = if whosaid::html::looks_like_html(&text) {
        whosaid::html::extract_text(&text)
    } else {
        text.into_owned()
    };
    let analysis = whosaid::Analyzer::new().analyze(&text);
    let in_bounds = |span: whosaid::Span| {
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
    };
    for quote in &analysis.quotes {
        assert!(in_bounds(quote.span), "quote {:?}", quote.span);
        if let Some(mention) = quote.mention {
            assert!(in_bounds(mention), "mention {mention:?}");
            // An attribution in an aside (`The goal, he said, is …`,
            // `Since May, according to X, forces …`, `The officials, as
            // Lee reported, had …`) stands inside the
            // sentence it reports, between its halves: as in the property
            // tests.
            let aside = matches!(quote.rule.as_ref(), "parenthetical" | "according_to" | "as_cue")
                && mention.start > quote.span.start
                && mention.end < quote.span.end;
            assert!(
                mention.is_empty() || !quote.span.contains(mention) || aside,
                "mention inside its quote"
            );
        }
        if let Some(cue) = quote.cue {
            assert!(in_bounds(cue), "cue {cue:?}");
        }
    }
    // Quotes in quote marks are sorted and disjoint, and so are reported
    // claims (a claim may hold a partial quote: `said the plan was "dead"`).
    let (claims, marked): (Vec<_>, Vec<_>) = analysis
        .quotes
        .iter()
        .partition(|quote| quote.kind == whosaid::Kind::Indirect);
    for list in [&claims, &marked] {
        for pair in list.windows(2) {
            assert!(
                pair[0].span.end <= pair[1].span.start,
                "quotes overlap or are out of order"
            );
        }
    }
    let doc = whosaid::output::wire_doc("fuzz", &text, &analysis);
    let mut csv = whosaid::output::csv::QuotesWriter::without_header(Vec::new());
    csv.write(&doc, true).expect("CSV into memory");
    serde_json::to_vec(&doc).expect("JSON into memory");
    check_contrast(&text);
});

/// Contrasts across the documents of `text`, split at form feeds (four at
/// most): every pair is of two claims by two speakers, in a topic, with a
/// score in [0, 1], `opposes` first; with and without the related pairs.
fn check_contrast(text: &str) {
    let texts: Vec<&str> = text.splitn(4, '\u{c}').collect();
    let analyses: Vec<whosaid::Analysis> = texts
        .iter()
        .map(|text| whosaid::Analyzer::new().analyze(text))
        .collect();
    let documents: Vec<whosaid::contrast::DocumentAnalysis> = texts
        .iter()
        .zip(&analyses)
        .map(|(text, analysis)| whosaid::contrast::DocumentAnalysis {
            id: "fuzz",
            text,
            analysis,
        })
        .collect();
    for keep_related in [true, false] {
        let options = whosaid::contrast::ContrastOptions {
            keep_related,
            ..whosaid::contrast::ContrastOptions::default()
        };
        let contrasts = whosaid::contrast::contrast_with(&documents, whosaid::Grammar::builtin(), options);
        for pair in &contrasts.pairs {
            assert!(pair.topic < contrasts.topics.len(), "pair outside the topics");
            assert!((0.0..=1.0).contains(&pair.score), "score {}", pair.score);
            assert!(keep_related || pair.relation == whosaid::contrast::Relation::Opposes);
            let speaker = |claim: whosaid::contrast::ClaimRef| {
                let quote = &analyses[claim.document].quotes[claim.quote];
                assert!(quote.kind.is_claim(), "{:?} is no claim", quote.kind);
                quote.speaker.clone()
            };
            assert_ne!(speaker(pair.a), speaker(pair.b), "a speaker paired with themself");
        }
        for pair in contrasts.pairs.windows(2) {
            assert!(pair[0].relation <= pair[1].relation, "pairs out of order");
        }
    }
}
