use super::*;
use crate::segment::paragraphs;

/// The quoted words of every outermost quote, and the unclosed marks.
fn check(text: &str, expected: &[&str], expected_unclosed: usize) {
    let paragraphs = paragraphs(text);
    let (quotes, unclosed) = find_quotes(text, &paragraphs, Grammar::builtin());
    let found: Vec<&str> = quotes.iter().map(|quote| quote.content.of(text)).collect();
    assert_eq!(found, expected, "in {text:?}");
    assert_eq!(unclosed.len(), expected_unclosed, "unclosed marks in {text:?}");
}

#[test]
fn straight_double() {
    check(r#"He said "go home" and "stay." Then left."#, &["go home", "stay."], 0);
}

#[test]
fn curly_double() {
    check("“I am so worried,” she said.", &["I am so worried,"], 0);
}

#[test]
fn curly_single_and_apostrophes() {
    check(
        "‘Don’t go,’ the officials’ aide said of Kazakhstan’s ’90s.",
        &["Don’t go,"],
        0,
    );
}

#[test]
fn straight_single_heading() {
    check("- 'Full of lies' -", &["Full of lies"], 0);
}

#[test]
fn apostrophes_are_not_quotes() {
    check(
        "Kazakhstan's don't '90s rock 'n' roll Hawai'i the officials' view",
        &[],
        0,
    );
}

#[test]
fn guillemets_with_and_without_spaces() {
    check("Il a dit « Bonjour » puis «Adieu».", &["Bonjour", "Adieu"], 0);
}

#[test]
fn spaced_guillemets_before_punctuation() {
    // French spacing, with a space, a no-break space or a narrow no-break
    // space inside the marks, and a comma or stop after the closing one.
    check(
        "« We will not back down », the minister said. «\u{A0}Never\u{A0}».",
        &["We will not back down", "Never"],
        0,
    );
    check("«\u{202F}Non\u{202F}», dit-il ; « Oui ».", &["Non", "Oui"], 0);
    check("„Wir schaffen das “, sagte sie.", &["Wir schaffen das"], 0);
}

#[test]
fn reversed_guillemets() {
    check("Han sa »hej då« och gick.", &["hej då"], 0);
}

#[test]
fn german_low_high() {
    check("Er sagte „Guten Tag“ und ‚ja‘.", &["Guten Tag", "ja"], 0);
}

#[test]
fn corner_brackets() {
    check("彼は「こんにちは」と言い『本』を読んだ。", &["こんにちは", "本"], 0);
}

#[test]
fn nested_quote_is_part_of_outer() {
    check(
        r#""He called it 'a disgrace' today," she said."#,
        &["He called it 'a disgrace' today,"],
        0,
    );
    check(
        "“He called it ‘a disgrace’ today,” she said.",
        &["He called it ‘a disgrace’ today,"],
        0,
    );
}

#[test]
fn multi_paragraph_quote_is_one() {
    let text = "\"First part of it.\n\n\"Second part,\" he said.";
    let paragraphs = paragraphs(text);
    let (quotes, unclosed) = find_quotes(text, &paragraphs, Grammar::builtin());
    assert_eq!(quotes.len(), 1);
    assert_eq!(quotes[0].paragraph, 0);
    assert_eq!(quotes[0].last_paragraph, 1);
    assert!(quotes[0].content.of(text).starts_with("First part"));
    assert!(quotes[0].content.of(text).ends_with("Second part,"));
    assert!(unclosed.is_empty());
}

#[test]
fn unclosed_quote_does_not_swallow_the_article() {
    let text = "He said \"this never ends.\n\nLater \"a quote\" was made.";
    check(text, &["this never ends.", "a quote"], 1);
}

#[test]
fn an_unclosed_double_mark_quotes_to_its_paragraph_end() {
    check(
        "More from Jones: “The partisanship of the state is a starting point. [Gallup.]\n\nNext.",
        &["The partisanship of the state is a starting point. [Gallup.]"],
        1,
    );
    check(
        "He wore the logo — “Make America Great Again.",
        &["Make America Great Again."],
        1,
    );
    check(
        "“They see that. “\n\nThis story has been updated.",
        &["They see that."],
        1,
    );
    // Not a single mark, nor fewer than three words, nor markup, nor a mark
    // that each paragraph reopened.
    check("“One and two.\n\n“Three and four.\n\n“Five and six.\n\nNext.", &[], 1);
    check("The ‘rest of the line is here\n\nNext.", &[], 1);
    check(
        "(leads among the “somewhat liberal), education and home ownership\n\nNext.",
        &[],
        1,
    );
    check("“[HuffPost.]\n\nNext.\n\n“Two words", &[], 2);
    check("tweet-date=\"March 9\n\">Rubio stadium event in Hialeah.", &[], 1);
}

/// A paragraph of pages, a text flattened to one line: a mark left open
/// in it quotes the rest only when that is no longer than a quote runs.
#[test]
fn an_unclosed_double_mark_quotes_no_page_of_one_line() {
    let words = |count: usize| "word ".repeat(count);
    let fits = format!("He said: “{}", words(MAX_UNCLOSED_WORDS));
    check(&fits, &[fits["He said: “".len()..].trim_end()], 1);
    let page = format!("He said: “{}", words(MAX_UNCLOSED_WORDS + 1));
    check(&page, &[], 1);
}

/// Two straight marks pages apart on one line are no quote: the opener is
/// reported open, and the quotes between and after them are read.
#[test]
fn marks_pages_apart_on_one_line_are_no_quote() {
    let filler = "and so on ".repeat(MAX_QUOTE_BYTES / 10 + 1);
    let text = format!("He said \"Go {filler} “Stay,” she said, and left\" at noon. \"Wait,\" he said.");
    check(&text, &["Stay,", "Wait,"], 1);
    let near = format!("He said \"Go {} now\" and left.", "and so on ".repeat(100));
    check(
        &near,
        &[&near["He said \"".len()..near.len() - "\" and left.".len()]],
        0,
    );
}

#[test]
fn unclosed_mark_inside_paragraph_lets_later_quotes_through() {
    check("“one “two” three", &["two"], 1);
}

#[test]
fn adjacent_opening_marks_nest() {
    check("““x””", &["“x”"], 0);
    check("“Apparently not,“ he said.", &["Apparently not,"], 0);
}

#[test]
fn a_closing_mark_that_opens_a_paragraph_opens_a_quote() {
    // `” … they are so not like him,” she said.`: after an ellipsis, some
    // writers open with the closing mark.
    check(
        "She spoke.\n\n” … they are so not like him,” she said. “Not at all.”",
        &["… they are so not like him,", "Not at all."],
        0,
    );
    // Not without a closing mark later in the paragraph, nor inside it.
    check("She spoke.\n\n” and then she left.", &[], 0);
    check("He said ” so” then.", &[], 0);
}

#[test]
fn inch_marks_of_heights_close_no_quote() {
    check(
        "“I admit, he’s taller than me; he’s like 6’2”,” Rubio said of the 5'11\" senator.",
        &["I admit, he’s taller than me; he’s like 6’2”,"],
        0,
    );
    // A mark after a number that is no height still closes.
    check("He called it “Plan 9” and left.", &["Plan 9"], 0);
    check("“Go 6’2”,” he said.", &["Go 6’2”,"], 0);
}

#[test]
fn doubled_apostrophes_open_no_single_quote() {
    // `''…''` is not read; neither half of its marks pairs with a single
    // mark, and a single quote inside it is nested in it.
    check(
        "There was no reference to ''Lyin' Ted'' or ''Crooked Hillary''; he called his opponent ''Senator Cruz'' instead.",
        &[],
        0,
    );
    check(
        "''When Twitter says, 'We can't do this,' I don't believe that,'' said Hany Farid. He said 'no' again.",
        &["no"],
        0,
    );
}

/// Doubled apostrophes around nothing but spaces (`'' ''`, which proptest
/// found) hold no quote: the content trimmed of its spaces is empty, not a
/// span that ends before it starts.
#[test]
fn doubled_apostrophes_around_spaces_hold_no_quote() {
    for text in ["'' ''", "''   ''", "a '' '' b", "''\t''"] {
        let paragraphs = crate::segment::paragraphs(text);
        assert!(super::doubled_quotes(text, &paragraphs, &[]).is_empty(), "{text:?}");
    }
}

/// `''…''` quotes pair in order within a paragraph, a run of three
/// apostrophes being one mark (a single closing mark and a doubled one), so
/// the next `''` opens a quote rather than closing the one before.
#[test]
fn doubled_apostrophe_quotes_pair_across_a_run_of_three() {
    let text = "''We are told, 'Kosovo is special,''' Mr. Putin said. ''It is all lies.''\n\n''Open to the end";
    let paragraphs = crate::segment::paragraphs(text);
    let found = super::doubled_quotes(text, &paragraphs, &[]);
    let contents: Vec<&str> = found.iter().map(|quote| quote.content.of(text)).collect();
    assert_eq!(
        contents,
        ["We are told, 'Kosovo is special,", "It is all lies.", "Open to the end"]
    );
    // None overlaps a quote the scanner read.
    let (quotes, _) = find_quotes(text, &paragraphs, crate::Grammar::builtin());
    assert!(quotes.is_empty());
}
