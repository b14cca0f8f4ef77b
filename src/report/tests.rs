use super::*;
use crate::Analyzer;
use crate::output::wire::{WireMention, WireTopic};

const SEED: &str = include_str!("../../corpus/afp-2020-10-23-kazakhs-xinjiang.txt");

/// The analysis and the report of a text.
fn check(text: &str) -> (WireDoc, String) {
    let analyzer = Analyzer::new();
    let doc = crate::output::wire_doc("test.txt", text, &analyzer.analyze(text));
    let html = render(&doc, text, analyzer.grammar());
    assert_well_nested(&html);
    (doc, html)
}

/// Every `<mark>`, `<span>`, `<li>`, `<td>` … the report opens, it closes, in order.
fn assert_well_nested(html: &str) {
    let body = &html[html.find("<body>").unwrap()..html.find("<script>").unwrap()];
    let mut stack: Vec<String> = Vec::new();
    let mut rest = body;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let end = rest.find('>').expect("tag closes");
        let tag = &rest[..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') || tag.ends_with('/') {
            continue;
        }
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if matches!(name.as_str(), "meta" | "br" | "rect") {
            continue;
        }
        if tag.starts_with('/') {
            assert_eq!(stack.pop().as_deref(), Some(name.as_str()), "closing {name}");
        } else {
            stack.push(name);
        }
    }
    assert_eq!(stack, ["body"]);
}

/// The text of an element whose opening tag ends where `html` starts: up to
/// its closing tag, nested elements' text included, entities decoded.
fn element_text(html: &str) -> String {
    let mut depth = 1;
    let mut text = String::new();
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        text.push_str(&rest[..at]);
        let end = rest[at..].find('>').unwrap() + at;
        if rest[at + 1..].starts_with('/') {
            depth -= 1;
            if depth == 0 {
                break;
            }
        } else {
            depth += 1;
        }
        rest = &rest[end + 1..];
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn escape_neutralises_hostile_strings() {
    assert_eq!(escape("plain words"), "plain words");
    assert!(matches!(escape("plain"), Cow::Borrowed(_)));
    assert_eq!(
        escape("<script>alert(1)</script>"),
        "&lt;script&gt;alert(1)&lt;/script&gt;"
    );
    assert_eq!(escape("\" onerror=\"x"), "&quot; onerror=&quot;x");
    assert_eq!(escape("' onfocus='x"), "&#39; onfocus=&#39;x");
    assert_eq!(escape("&amp; </textarea>"), "&amp;amp; &lt;/textarea&gt;");
    for hostile in [
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "javascript:alert('x')",
        "</style><script>",
    ] {
        let escaped = escape(hostile);
        assert!(!escaped.contains(['<', '>', '"', '\'']), "{escaped}");
    }
}

#[test]
fn seed_report_highlights_every_claim() {
    let (doc, html) = check(SEED);
    let claims: Vec<&WireQuote> = highlighted(&doc).collect();
    assert!(claims.len() >= 7, "{}", claims.len());
    assert_eq!(count(&html, "data-quote-id=\""), claims.len());
    for quote in &claims {
        let open = format!("id=\"{0}\" data-quote-id=\"{0}\"", quote.id);
        let at = html
            .find(&open)
            .unwrap_or_else(|| panic!("{} not highlighted", quote.id));
        let tag_end = at + html[at..].find('>').unwrap() + 1;
        assert_eq!(element_text(&html[tag_end..]), quote.text, "{} text", quote.id);
        let tag = &html[html[..at].rfind('<').unwrap()..tag_end];
        assert!(tag.contains("tabindex=\"0\""), "{tag}");
        assert!(tag.contains("data-label=\""), "{tag}");
    }
    // The seven required speech quotes of the gold are among them.
    for required in [
        "I am so worried.",
        "full of lies, without",
        "His only crime",
        "Yes, hundreds of thousands",
        "engage with the Kazakhstan government",
        "We waited almost a year",
        "We deeply regret this now.",
    ] {
        assert!(
            claims.iter().any(|quote| quote.text.starts_with(required)),
            "{required}"
        );
    }
}

#[test]
fn seed_sources_panel() {
    let (_, html) = check(SEED);
    for person in [
        "Bikamal Kaken",
        "Zhang Xiao",
        "Mehmet Kasikci",
        "Baibolat Kunbolat",
        "Gu Ming",
    ] {
        let speaker = format!("data-speaker=\"{person}\" data-kind=\"named\"");
        assert!(html.contains(&speaker), "{person}");
    }
    let kaken = &html[html.find("data-speaker=\"Bikamal Kaken\" data-kind=\"named\"").unwrap()..];
    let kaken = &kaken[..kaken.find("</li>").unwrap()];
    assert!(kaken.contains("2 direct · 0 partial"), "{kaken}");
    assert!(kaken.contains("first-hand (to AFP)"), "{kaken}");
    assert!(kaken.contains("female"), "{kaken}");
    let zhang = &html[html.find("data-speaker=\"Zhang Xiao\" data-kind=\"named\"").unwrap()..];
    let zhang = &zhang[..zhang.find("</li>").unwrap()];
    assert!(zhang.contains("China&#39;s ambassador in Kazakhstan"), "{zhang}");
    assert!(
        zhang.contains("relayed from ") && zhang.contains("Global Times"),
        "{zhang}"
    );
    // data-speaker marks the sources entries only: one per speaker.
    let entries = count(&html, " data-speaker=\"");
    assert_eq!(entries, count(&html, "<li class=\"source s"));
    // The chart has a bar per source with quoted words.
    assert!(html.contains("<svg class=\"bars\""));
    let chart = &html[html.find("<svg class=\"bars\"").unwrap()..html.find("</svg>").unwrap()];
    assert_eq!(count(chart, "<rect "), 6);
    let first_bar = &chart[chart.find("<g class=\"bar").unwrap()..];
    assert!(first_bar.contains("<title>Baibolat Kunbolat: 30 words"), "{first_bar}");
}

#[test]
fn the_page_requests_nothing() {
    let (_, html) = check(SEED);
    assert!(html.contains(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        escape(CONTENT_SECURITY_POLICY)
    )));
    let lower = html.to_lowercase();
    for attribute in ["src=", "href=\"http", "href=\"//", "url(", "@import", "<link"] {
        assert!(!lower.contains(attribute), "{attribute}");
    }
    // One script: ours.
    assert_eq!(count(&lower, "<script"), 1);
}

#[test]
fn hostile_text_stays_text() {
    let text = "Intro line\n\n\"<script>document.title='pwned'</script> is fine,\" Ann Lee said.\n\n\
                \"<img src=x onerror=alert(1)> and </textarea><b id=marker>\" she told the \"Daily <i>\" paper.\n\n\
                \"javascript:alert(1)\" wrote Bo Chan' onmouseover='x.";
    let (doc, html) = check(text);
    assert!(highlighted(&doc).count() >= 2);
    let body = &html[html.find("<body>").unwrap()..html.find("<script>").unwrap()];
    for raw in [
        "<script",
        "<img",
        "</textarea>",
        "<b id=marker>",
        "<i>",
        "onerror=alert(1)>",
    ] {
        assert!(!body.contains(raw), "{raw} in body");
    }
    assert!(body.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"));
    assert!(!body.contains("href=\"javascript"));
}

/// A document of hand-made quotes and pairs over `text`.
fn synthetic(text: &str, quotes: &[(&str, &str, &str)], pairs: Vec<WirePair>) -> WireDoc {
    let chars = |needle: &str| {
        let at = text.find(needle).expect("in text");
        let start = text[..at].chars().count();
        (start, start + needle.chars().count())
    };
    WireDoc {
        document: "synthetic".into(),
        quotes: quotes
            .iter()
            .enumerate()
            .map(|(index, &(kind, quoted, speaker))| {
                let (start, end) = chars(quoted);
                WireQuote {
                    id: format!("q{}", index + 1),
                    kind: kind.into(),
                    start,
                    end,
                    text: quoted.into(),
                    speaker: Some(speaker.into()),
                    mention: Some(WireMention {
                        text: speaker.into(),
                        start: 0,
                        end: 0,
                    }),
                    cue: Some("said".into()),
                    confidence: 0.9,
                    paragraph: 1,
                    ..WireQuote::default()
                }
            })
            .collect(),
        topics: vec![WireTopic {
            id: "t1".into(),
            label: "the <bridge>".into(),
            terms: vec!["bridge".into()],
            quotes: vec!["q1".into(), "q2".into()],
        }],
        pairs,
        ..WireDoc::default()
    }
}

fn side(quote: &str, speaker: &str, text: &str, start: usize, end: usize) -> WireSide {
    WireSide {
        quote: quote.into(),
        speaker: Some(speaker.into()),
        text: text.into(),
        start,
        end,
        ..WireSide::default()
    }
}

#[test]
fn contrast_table_links_both_sides() {
    let text = "\"The bridge is safe,\" Ann Lee said. Bo Chan said the bridge is unsafe. \"It will fall,\" Cy Ng said.";
    let unsafe_at = text.find("the bridge is unsafe").unwrap();
    let pairs = vec![
        WirePair {
            topic: "t1".into(),
            relation: "opposes".into(),
            score: 0.9,
            evidence: vec!["safe vs. unsafe <b>".into()],
            a: side("q1", "Ann Lee", "The bridge is safe,", 1, 20),
            // A claim that is no highlighted quote: the table links a target span.
            b: side("q9", "Bo Chan", "the bridge is unsafe", unsafe_at, unsafe_at + 20),
        },
        WirePair {
            topic: "t1".into(),
            relation: "opposes".into(),
            score: 0.7,
            evidence: vec![],
            a: side("q1", "Ann Lee", "The bridge is safe,", 1, 20),
            b: side("q2", "Cy Ng", "It will fall,", 0, 0),
        },
        WirePair {
            topic: "t2".into(),
            relation: "related".into(),
            score: 0.2,
            evidence: vec![],
            a: side("q77", "Ann Lee", "out of range", 500, 520),
            b: side("q2", "Cy Ng", "It will fall,", 0, 0),
        },
    ];
    let doc = synthetic(
        text,
        &[
            ("direct", "The bridge is safe,", "Ann Lee"),
            ("direct", "It will fall,", "Cy Ng"),
        ],
        pairs,
    );
    let html = render(&doc, text, Grammar::builtin());
    assert_well_nested(&html);
    assert_eq!(count(&html, "<tr class=\"opposes\">"), 2);
    assert_eq!(count(&html, "<tr class=\"related\">"), 1);
    assert!(html.contains("<td>the &lt;bridge&gt;</td>"));
    assert!(html.contains("<li>safe vs. unsafe &lt;b&gt;</li>"));
    assert_eq!(count(&html, "href=\"#q1\""), 2 + 1);
    assert!(html.contains("<span class=\"claim-target s-none\" id=\"pair1-b\">the bridge is unsafe</span>"));
    assert!(html.contains("href=\"#pair1-b\""));
    assert!(html.contains("(not found in this text)"));
    // Every internal link resolves to an element of the page.
    for link in html.split("href=\"#").skip(1) {
        let id = &link[..link.find('"').unwrap()];
        assert!(html.contains(&format!(" id=\"{id}\"")), "#{id} dangles");
    }
    // Side by side: one row holds both speakers.
    let row = &html[html.find("<tr class=\"opposes\">").unwrap()..];
    let row = &row[..row.find("</tr>").unwrap()];
    assert!(row.contains("Ann Lee") && row.contains("Bo Chan"));
}

#[test]
fn crossing_claims_are_split_not_lost() {
    let text = "Ann Lee said the plan \"will fail badly\" and Bo Chan said badly\" it goes.";
    let doc = synthetic(
        text,
        &[
            ("indirect", "the plan \"will fail badly", "Ann Lee"),
            ("partial", "fail badly\" and Bo", "Bo Chan"),
        ],
        Vec::new(),
    );
    let html = render(&doc, text, Grammar::builtin());
    assert_well_nested(&html);
    assert_eq!(count(&html, "data-quote-id=\""), 2);
    assert_eq!(count(&html, "data-continues=\"q2\""), 1);
    let article = &html[html.find("<div class=\"text\">").unwrap()..html.find("</article>").unwrap()];
    let mut plain = String::new();
    let mut inside = false;
    for c in article.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            _ if !inside => plain.push(c),
            _ => {}
        }
    }
    assert_eq!(plain.replace("&quot;", "\"").trim_end(), text);
}

#[test]
fn an_empty_document_renders() {
    let (doc, html) = check("");
    assert!(doc.quotes.is_empty());
    assert!(html.contains("No quotes or claims found."));
    assert!(html.contains("No claims set against each other"));
}

/// The pairs a document's view leaves out are counted under the table, in
/// words that say how to list them.
#[test]
fn the_table_says_how_many_pairs_it_leaves_out() {
    let text = "\"The bridge is safe,\" Ann Lee said. \"It will fall,\" Cy Ng said.";
    let pair = WirePair {
        topic: "t1".into(),
        relation: "related".into(),
        score: 0.2,
        evidence: vec![],
        a: side("q1", "Ann Lee", "The bridge is safe,", 1, 20),
        b: side("q2", "Cy Ng", "It will fall,", 0, 0),
    };
    let quotes = [
        ("direct", "The bridge is safe,", "Ann Lee"),
        ("direct", "It will fall,", "Cy Ng"),
    ];
    let note = |left_out| {
        let mut doc = synthetic(text, &quotes, vec![pair.clone()]);
        doc.pairs_left_out = left_out;
        let html = render(&doc, text, Grammar::builtin());
        assert_well_nested(&html);
        let at = html.find("<p class=\"note\">").map(|at| &html[at..]);
        at.map(|note| note[..note.find("</p>").unwrap()].to_string())
    };
    assert_eq!(note(0), None);
    assert!(note(1).unwrap().contains("And 1 weaker pair, not shown"));
    let many = note(2113).unwrap();
    assert!(many.contains("And 2113 weaker pairs, not shown"), "{many}");
    assert!(many.contains("<code>whosaid contrast --all</code>"), "{many}");
}
