use super::*;

fn check(html: &str, expected: &str) {
    assert_eq!(extract_text(html), expected, "from {html}");
}

#[test]
fn sniffs_doctype_and_html_tag() {
    assert!(looks_like_html("<!DOCTYPE html><p>x"));
    assert!(looks_like_html("\u{FEFF}  \n<html lang=en>"));
    assert!(looks_like_html("<HTML>"));
    assert!(looks_like_html(
        "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
    ));
    assert!(!looks_like_html("<htmlish> is not a tag"));
    assert!(!looks_like_html("He said \"<html> is a tag\"."));
    assert!(!looks_like_html(""));
    assert!(!looks_like_html("<!-- a comment and no page -->"));
}

#[test]
fn paragraphs_become_blank_line_separated_blocks() {
    check(
        "<body><div><p>First  paragraph,\n with a line\nbreak.</p><p>Second<br>line two</p></div></body>",
        "First paragraph, with a line break.\n\nSecond\nline two\n",
    );
}

#[test]
fn entities_are_decoded() {
    check(
        "<p>&ldquo;Caf&eacute; &amp; bar,&rdquo; she said&nbsp;&#8212; &#x201C;yes&#x201D; &lt;b&gt;</p>",
        "“Café & bar,” she said — “yes” <b>\n",
    );
}

#[test]
fn scripts_styles_and_furniture_are_dropped() {
    let page = r#"<!doctype html><html><head><title>"Title"</title><style>p { color: red }</style></head>
        <body>
        <header><a href="/">Site "Name"</a></header>
        <nav><ul><li><a href="/a">World</a></li><li><a href="/b">"Sport"</a></li></ul></nav>
        <div class="share-bar">Share "this"</div>
        <main><article>
          <p>The minister said the plan, which was drafted in May, would go ahead next year.</p>
          <script>document.write("\"injected,\" he said");</script>
          <p>"We will not wait any longer," she told reporters, adding that talks had failed.</p>
          <form><input value="search"><button>"Go"</button></form>
        </article>
        <aside><h3>Most read</h3><p>"Teaser headline," says someone famous in a long teaser.</p></aside>
        </main>
        <footer><p>Copyright 2020, "All rights reserved," the footer says here at length.</p></footer>
        <noscript>"Enable JavaScript," the page says.</noscript>
        </body></html>"#;
    check(
        page,
        "The minister said the plan, which was drafted in May, would go ahead next year.\n\n\
         \"We will not wait any longer,\" she told reporters, adding that talks had failed.\n",
    );
}

#[test]
fn the_densest_container_is_the_article() {
    let page = "<body>\
        <div id=teasers><h2>Other news</h2><p>A short teaser, with a comma.</p></div>\
        <div id=story>\
          <p>One long paragraph of running text, with commas, clauses, and enough words to count as prose here.</p>\
          <p>Another long paragraph of running text, again with commas, clauses, and words enough for prose.</p>\
        </div>\
        <div>Unrelated footer text without any paragraph markup at all, but long enough.</div>\
        </body>";
    check(
        page,
        "One long paragraph of running text, with commas, clauses, and enough words to count as prose here.\n\n\
         Another long paragraph of running text, again with commas, clauses, and words enough for prose.\n",
    );
}

#[test]
fn link_lists_inside_the_article_are_dropped() {
    let page = "<article>\
        <p>The first paragraph of the article has many words, commas, and clauses in it.</p>\
        <p>Related: <a href=/1>Another story about something</a></p>\
        <ul><li><a href=/2>Link one</a></li><li><a href=/3>Link two</a></li></ul>\
        <p>The last paragraph mentions <a href=/4>a link</a> inside a sentence of prose.</p>\
        </article>";
    check(
        page,
        "The first paragraph of the article has many words, commas, and clauses in it.\n\n\
         The last paragraph mentions a link inside a sentence of prose.\n",
    );
}

#[test]
fn pages_without_prose_keep_all_their_text() {
    check(
        "<html><body>Short.<div>Also short.</div></body></html>",
        "Short.\n\nAlso short.\n",
    );
    check("", "");
    check("<html><body></body></html>", "");
}

#[test]
fn hostile_markup_is_text_or_nothing() {
    let page = "<p>Before <img src=x onerror=\"alert('x')\"> after, and some more words, for the prose rule.</p>\
        <p>Broken <b>tags <i>never closed <p>next < paragraph & stray > marks</p></div></span>";
    check(
        page,
        "Before after, and some more words, for the prose rule.\n\nBroken tags never closed\n\nnext < paragraph & stray > marks\n",
    );
}

#[test]
fn classes_name_furniture_by_whole_words() {
    assert!(names_furniture("site-nav"));
    assert!(names_furniture("share_bar"));
    assert!(names_furniture("RelatedStories related"));
    assert!(!names_furniture("canvas"));
    assert!(!names_furniture("leading"));
    assert!(!names_furniture("article-body"));
}

#[test]
fn deep_nesting_does_not_overflow_the_stack() {
    let depth = 10_000;
    let mut page = String::new();
    for _ in 0..depth {
        page.push_str("<div>");
    }
    page.push_str("deep text, with a comma, and enough words to be prose.");
    for _ in 0..depth {
        page.push_str("</div>");
    }
    assert_eq!(
        extract_text(&page),
        "deep text, with a comma, and enough words to be prose.\n"
    );
}

#[test]
fn a_charset_declaration_does_not_stop_the_parser() {
    check(
        "<html><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Type\" content=\"text/html; charset=latin1\">\
         </head><body><p>Text after the declarations.</p></body></html>",
        "Text after the declarations.\n",
    );
}

#[test]
fn tags_deeper_than_the_limit_keep_their_text_and_scripts_stay_out() {
    let mut page = String::new();
    for _ in 0..MAX_DEPTH * 3 {
        page.push_str("<div>");
    }
    page.push_str("<p>Deep paragraph, with a comma, long enough to be prose.</p>");
    page.push_str("<script>var leak = \"from the script\";</script><style>p { x: 1 }</style>");
    page.push_str("<p>Second deep paragraph, also with a comma, long enough.</p>");
    for _ in 0..MAX_DEPTH * 3 {
        page.push_str("</div>");
    }
    let text = extract_text(&page);
    assert!(
        text.contains("Deep paragraph, with a comma, long enough to be prose."),
        "{text}"
    );
    assert!(text.contains("Second deep paragraph"), "{text}");
    assert!(!text.contains("leak") && !text.contains("x: 1"), "{text}");
}

#[test]
fn double_line_breaks_part_paragraphs() {
    check(
        "<div class=story>First paragraph, old style.<br><br>\n<br>Second paragraph,<br>with a line break.<br> <br>Third.</div>",
        "First paragraph, old style.\n\nSecond paragraph,\nwith a line break.\n\nThird.\n",
    );
}
