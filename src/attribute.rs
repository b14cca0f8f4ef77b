//! Attribution: for each quote, the cue (speech verb), the speaker mention and
//! the recipient, found by the patterns of `patterns.txt` and by a few named
//! rules for what patterns cannot say (a cue earlier in the clause, a speaker
//! in the paragraph before, a follow-on quote). Also decides the quote's kind.
//!
//! Patterns are matched over the tokens of the quote's sentence: the items
//! after `QUOTE` forward from the closing mark, the items before it so that
//! they end exactly at the opening mark.

use std::cell::{Cell, OnceCell, RefCell};
use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::analysis::Kind;
use crate::grammar::{
    Element, Gender, Grammar, Item, Lexeme, Number, Pattern, PersonWordKind, Verb, VerbForm, WordClass,
};
use crate::quote::QuoteSpan;
use crate::segment::{Document, TokenClass, is_long_dash, word_count};
use crate::span::Span;
use crate::tag::Tags;

/// Where an element may end: a few token indices, kept off the heap.
pub(crate) type Ends = smallvec::SmallVec<[usize; 8]>;

/// Most tokens attribution reads on either side of a quote.
const MAX_WINDOW: usize = 80;
/// Fewest words in capitals of a headline run into the sentence after it
/// (`SENATE PASSES BILL`; not `USA TODAY`).
const MIN_HEADLINE_WORDS: usize = 3;
/// How many capitalized words a body's name may have before a plural
/// possessive inside it (`the Orlesian Airline Pilots' Union`).
const BODY_NAME_WORDS: usize = 4;
/// Most capitalized words after an `and` inside an institution's name
/// (`the Department of Health and Human Services`).
const MAX_AND_JOINED: usize = 3;
/// Longest stretch of tokens an appositive may cover.
const MAX_APPOSITIVE: usize = 30;
/// The most tokens of one item of a list of names before a subject's `and`
/// (`Kerry Washington, Amy Schumer and Elizabeth Banks`).
const MAX_LIST_ITEM: usize = 5;
/// How many modifiers (`two earlier`) a preposition's object may have where
/// [`Matcher::subject_with_aside`] looks for the preposition before it.
const MAX_ASIDE_MODIFIERS: usize = 3;
/// Longest restrictive relative clause between a subject and its verb
/// (`a woman who works at the store said`), in tokens.
const MAX_RELATIVE_CLAUSE: usize = 16;
/// Longest noun phrase a speaker may be, in tokens.
pub(crate) const MAX_SPEAKER: usize = 12;
/// Most modifiers before the head of a speaker's noun phrase: `The Wall
/// Street Journal/NBC News poll` has six.
const MAX_HEAD_MODIFIERS: usize = 6;
/// Quotes of at most this many words are never given to a sentence's
/// subject without a speech verb.
const MIN_CLAUSE_SUBJECT_WORDS: usize = 2;
/// Quotes in title case of at most this many words may be titles.
const MAX_TITLE_WORDS: usize = 12;
/// Quotes of at most this many words with no speech around them are terms.
pub(crate) const MAX_TERM_WORDS: usize = 4;
/// Tokens of a signature line under a quote: `- Ann Lee, a nurse in Ohio.`
const MAX_SIGNATURE: usize = 20;
/// Longest phrase, in tokens, between an outer cue and the subject of the
/// clause it reports: `said on his Twitter feed that`, `that over the last
/// five days he`.
const MAX_OPENER: usize = 8;
/// Longest opening phrase, in tokens, before the comma that ends it and
/// the sentence's subject: `At his news conference in Turkey on Monday
/// after the Group of 20 conference, Obama's questioners …`.
const MAX_OPENING_PHRASE: usize = 20;

/// Most asides of its own (`, led by Rudy Giuliani,`, `, who co-founded
/// …,`) an opening phrase runs on through before the sentence's subject.
const MAX_OPENING_ASIDES: usize = 3;
/// Most words between `that` and a quote inside the clause it opens:
/// `her claim that she "…"`.
const MAX_CLAUSE_LEAD: usize = 6;

/// What attribution found for one quote.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    /// The quote's kind.
    pub kind: Kind,
    /// The pattern or rule that decided.
    pub rule: String,
    /// Confidence in [0, 1].
    pub confidence: f32,
    /// The speaker as written.
    pub speaker: Option<Span>,
    /// The cue as written.
    pub cue: Option<Span>,
    /// Index of the cue's verb in `Grammar::verbs`.
    pub verb: Option<usize>,
    /// The recipient as written.
    pub recipient: Option<Span>,
    /// Index of the quote this one follows on from, for `follow_on`.
    pub follows: Option<usize>,
}

impl Attribution {
    fn unattributed(kind: Kind, rule: &str) -> Attribution {
        Attribution {
            kind,
            rule: rule.to_string(),
            confidence: 0.0,
            speaker: None,
            cue: None,
            verb: None,
            recipient: None,
            follows: None,
        }
    }

    /// A speaker found as a sentence's subject, with no speech verb: half
    /// confidence.
    fn subject_only(kind: Kind, rule: &str, speaker: Span) -> Attribution {
        Attribution {
            confidence: 0.5,
            speaker: Some(speaker),
            ..Attribution::unattributed(kind, rule)
        }
    }
}

/// What a pattern match captured, as token indices.
#[derive(Clone, Debug, Default)]
struct Capture {
    /// A `GAP` matched: the quote is only part of what is attributed.
    gap: bool,
    /// An `APPOSITIVE` matched: an aside stands between speaker and cue.
    appositive: Option<Range<usize>>,
    speaker: Option<Range<usize>>,
    cue: Option<Range<usize>>,
    verb: Option<usize>,
    recipient: Option<Range<usize>>,
}

/// Attributes every quote of the document.
pub fn attribute(doc: &Document, tags: &Tags, quotes: &[QuoteSpan]) -> Vec<Attribution> {
    attribute_with(&Matcher::new(doc, tags), quotes)
}

/// [`attribute`] with the matcher of the document, which keeps what it
/// worked out (the subjects of verbs, above all) for the next stage.
pub(crate) fn attribute_with(matcher: &Matcher, quotes: &[QuoteSpan]) -> Vec<Attribution> {
    let doc = matcher.doc;
    let mut out: Vec<Attribution> = Vec::with_capacity(quotes.len());
    let mut last_attributed: Option<usize> = None;
    // Whether the document quotes in double marks, or in doubled
    // apostrophes (`''…''`, which are not read as quotes), and never
    // speech in single marks with its attribution after it (`‘…,’
    // Brandvik told …`, its comma inside the closing mark; a quote inside
    // another aside): then a short line in single marks alone is a
    // crosshead (see [`is_heading`]). Worked out when first asked.
    let double_marks_known = OnceCell::new();
    let double_marks = || {
        *double_marks_known.get_or_init(|| {
            let double =
                quotes.iter().any(|quote| !quote.single) || memchr::memmem::find(doc.text.as_bytes(), b"''").is_some();
            // (Quotes come in order of their opening marks: the end of the
            // double-marked quotes so far tells whether one is inside.)
            let mut double_end = 0;
            let single_speech = quotes.iter().any(|quote| {
                let nested = quote.open.start < double_end;
                if !quote.single {
                    double_end = double_end.max(quote.close.end);
                    return false;
                }
                let paragraph = doc.paragraphs[quote.paragraph].span;
                !nested
                    && quote.content.of(doc.text).ends_with(',')
                    && !doc.text[quote.close.end..paragraph.end.max(quote.close.end)]
                        .trim()
                        .is_empty()
            });
            double && !single_speech
        })
    };
    for (index, quote) in quotes.iter().enumerate() {
        let paragraph = &doc.paragraphs[quote.paragraph];
        if paragraph.furniture {
            out.push(Attribution::unattributed(Kind::Boilerplate, "page_furniture"));
            continue;
        }
        let window = matcher.window(quotes, index);
        // A first line is a headline unless a pattern attributes its quote
        // as a sentence would: `"We regret it," Baibolat Kunbolat told AFP.`
        // (a quote that opens its sentence), `Lee said that it was "a failure."`
        // (a past cue in prose). Headlines put their verbs in the present
        // (`Sanders declares ‘revolution’`) or the line in title case.
        // (So is a line in capitals inside the text that a quote ends: a
        // crosshead, `“DIVISIVE, STUPID AND WRONG”`, `FOR AFGHAN WOMEN
        // ‘GLASS IS HALF FULL.’`; a line in title case may be a list's
        // item that names its speaker, `Ana Ruiz Asked Voters To "Read
        // The Fine Print."`.)
        let body_headline = matcher.is_headline_line(quote);
        let headline_speech = (doc.title() == Some(quote.paragraph) || body_headline)
            && matcher
                .by_patterns(quote, &window)
                .or_else(|| matcher.cue_in_clause(quote, &window))
                .is_some_and(|found| found.speaker.is_some() && matcher.reads_as_a_sentence(quote, &found));
        if (body_headline || is_heading(doc, quote, &double_marks)) && !headline_speech {
            out.push(Attribution::unattributed(Kind::Heading, "heading_line"));
            continue;
        }
        if !body_headline && matcher.quotes_a_title(quote, &window) {
            // `said on MSNBC's "Morning Joe"`: a title, said by no one; and
            // `"…," Ruiz told "Fox and Friends"`: the show is the hearer.
            if let Some(previous) = out.last_mut() {
                matcher.title_as_recipient(previous, quote);
            }
            out.push(Attribution::unattributed(Kind::Term, QUOTED_TITLE));
            continue;
        }
        if matcher.quotes_a_name(&window) {
            // `a group called "We The People"`: a name, said by no one.
            out.push(Attribution::unattributed(Kind::Partial, "quoted_name"));
            continue;
        }
        if matcher.put_to_the_subject(&window) {
            // `Asked whether Lee "…", 75 percent said yes`: the question
            // is the asker's, whom the sentence does not name.
            out.push(Attribution::unattributed(Kind::Partial, "put_to_subject"));
            continue;
        }
        let mut attribution = matcher.by_patterns(quote, &window);
        if attribution.is_none() {
            attribution = matcher.passive_agent(&window);
        }
        if attribution.is_none() {
            attribution = matcher.name_colon(&window);
        }
        if attribution.is_none() {
            attribution = matcher.title_line_subject(quote);
        }
        if attribution.is_none() {
            attribution = matcher.cue_in_clause(quote, &window);
        }
        if let Some(found) = attribution.as_ref()
            && let Some(own) = matcher.colon_clause_subject(found, &window)
        {
            attribution = Some(own);
        }
        if attribution.is_none() {
            attribution = matcher.possessor_of_noun(&window);
        }
        if attribution.is_none() {
            attribution = matcher.phrase_then_cue(quote, &window);
        }
        if attribution.is_none()
            && window.follows_quote
            && let Some(previous) = index.checked_sub(1)
            && out[previous].speaker.is_none()
        {
            // `Carson shared a syllabus for a class called "Perception" on
            // his page, writing "…"`: past an earlier quote that no one
            // says (a name, a term), the sentence goes on.
            let earlier = matcher.window(quotes, previous);
            let wide = Window {
                before: earlier.before.start..window.before.end,
                after: window.after.clone(),
                follows_quote: earlier.follows_quote,
            };
            // (The cue stands after that quote, or is the outer cue of one
            // that does; only its subject before. A title is a name in the
            // clause: `stating on NBC's "Meet the Press" that Lee's "…"`.)
            // (Not past a title that ends its sentence: `on NBC's "Meet
            // the Press." "…"`.)
            let runs_on = !quotes[previous]
                .content
                .of(doc.text)
                .trim_end()
                .ends_with(['.', '!', '?']);
            let cues = if out[previous].rule == QUOTED_TITLE && runs_on {
                wide.before.clone()
            } else {
                window.before.clone()
            };
            attribution = matcher.cue_in_clause_among(cues, &wide).map(|mut found| {
                found.rule = "past_unsaid_quote".to_string();
                found
            });
        }
        if let Some(found) = attribution.as_mut() {
            // `Lee railed against what he calls "…"`: the sentence's subject.
            matcher.subject_past_relative(found, &window);
            // `"…," Lee said, according to the Post.`: the outermost source.
            matcher.according_to_outer(found, quote, &window);
            // `In a new poll, 8 percent of Democrats said "…"`: the poll.
            matcher.poll_as_source(found);
            // `In an interview with Fox News, he said …`: the hearer (not
            // the speaker: `an interview with Trump, in which Trump said`).
            if found.recipient.is_none() {
                found.recipient = matcher.interviewer(&window).filter(|hearer| {
                    found
                        .speaker
                        .is_none_or(|speaker| !same_last_word(*hearer, speaker, doc.text))
                });
            }
        }
        if attribution.is_none() {
            attribution = matcher.signature(quote, &window);
        }
        if attribution.is_none() && window.before.is_empty() {
            attribution = matcher.speaker_before_paragraph(quote);
        }
        if attribution.is_none() && window.follows_quote {
            // `…, and he pronounced Peña Nieto "a friend."`: past the
            // earlier quote, a clause of its own.
            attribution = matcher.new_clause_subject(&window);
        }
        if attribution.is_none()
            && window.follows_quote
            && let Some(previous) = index.checked_sub(1)
            && out[previous].speaker.is_some()
            // `"…," Bill Eastland, wearing "Cruz" pins, said`: a quote inside
            // the attribution of the one before is no part of its speech.
            && out[previous].cue.is_none_or(|cue| cue.start < quote.open.start)
        {
            // `"…," said X, "…"` and `"…" and "…"`: one sentence, one speaker.
            let source = &out[previous];
            attribution = Some(Attribution {
                kind: source.kind,
                rule: "same_sentence".to_string(),
                confidence: (source.confidence - 0.1).max(0.0),
                speaker: source.speaker,
                cue: source.cue,
                verb: source.verb,
                recipient: source.recipient,
                follows: Some(previous),
            });
        }
        if attribution.is_none() {
            attribution = matcher.cue_in_previous_sentence(quote, &window);
        }
        if attribution.is_none()
            && matcher.is_intro(window.before.clone())
            && !matcher.runs_on_after(quote, &window)
            // (`calls of "Feel the Bern" and "…"`: a quote joined to one
            // that no one says is no one's either; but a title is no one's
            // words: `…," Lee said on NBC's "Meet the Press." "…"`.)
            && !(window.follows_quote
                && index
                    .checked_sub(1)
                    .is_some_and(|previous| out[previous].speaker.is_none() && out[previous].rule != QUOTED_TITLE))
            && let Some(previous) = last_attributed
            && quotes[previous].last_paragraph + 1 >= quote.paragraph
        {
            let source = &out[previous];
            let same_paragraph = quotes[previous].last_paragraph == quote.paragraph;
            // `Lee spoke only in bromides. "…"`: the speaker's nearest name.
            let speaker = source
                .speaker
                .map(|speaker| matcher.nearer_name(window.before.start, speaker).unwrap_or(speaker));
            attribution = Some(Attribution {
                kind: Kind::Direct,
                rule: "follow_on".to_string(),
                confidence: if same_paragraph { 0.8 } else { 0.65 },
                speaker,
                cue: None,
                verb: None,
                recipient: None,
                follows: Some(previous),
            });
        }
        if attribution.is_none()
            && let Some(source) = matcher.according_to_source(&window)
        {
            // `According to the Post, the men wore shirts that read "…"`:
            // the source, with `according to` as the cue.
            let cue = matcher.span(source.start.saturating_sub(2)..source.start);
            attribution = Some(Attribution {
                cue: Some(cue),
                ..Attribution::subject_only(Kind::Partial, "according_to_outer", matcher.span(source))
            });
        }
        // With no speech verb, a short quoted phrase is a term (`"training"
        // centres`), not words of the sentence's subject.
        if attribution.is_none()
            && !window.before.is_empty()
            && word_count(doc.text, quote.content) > MIN_CLAUSE_SUBJECT_WORDS
        {
            attribution = matcher.clause_subject(&window);
        }
        if attribution.is_none() && matcher.characterizes_as(&window) {
            attribution = matcher.clause_subject(&window).map(|mut found| {
                found.rule = "characterized_as".to_string();
                found
            });
        }
        // A speaker or cue inside the quote itself is a misreading of
        // mismatched marks: the quote stays unattributed.
        let inside =
            |span: Option<Span>| span.is_some_and(|span| span.overlaps(Span::new(quote.open.start, quote.close.end)));
        if attribution
            .as_ref()
            .is_some_and(|found| inside(found.speaker) || inside(found.cue))
        {
            attribution = None;
        }
        let mut attribution = attribution.unwrap_or_else(|| unattributed_kind(doc, quote, &window));
        // `Carly Fiorina wrote on Facebook: "Anyone can …."`: a whole
        // sentence that a colon hands over to is an utterance, whatever
        // words stand between the cue and the colon; so is one right after
        // its cue and a comma (`…, saying, "We are done."`).
        if attribution.kind == Kind::Partial
            && attribution.speaker.is_some()
            && matcher.handed_over(quote, &window, attribution.cue)
        {
            attribution.kind = Kind::Direct;
        }
        if attribution.speaker.is_some() {
            last_attributed = Some(index);
        }
        out.push(attribution);
    }
    attribute_from_later_in_sentence(doc, quotes, &mut out);
    attribute_from_next_paragraph(doc, quotes, &mut out);
    out
}

/// `Guns are "the ultimate crisis" and "stunt growth," Howard Dean
/// proclaimed.`: a quote that nothing around it attributes, or only its
/// sentence's subject does, is the speaker's whom the sentence names after
/// a later quote of it, cue and all. (Backwards, so that a chain of quotes
/// before one attribution all take it.)
fn attribute_from_later_in_sentence(doc: &Document, quotes: &[QuoteSpan], out: &mut [Attribution]) {
    for index in (0..out.len().saturating_sub(1)).rev() {
        let (quote, next) = (&quotes[index], &quotes[index + 1]);
        // (No speaker, or one from outside the sentence or with no cue.)
        let found = &out[index];
        let weak = found.speaker.is_none()
            || matches!(
                found.rule.as_str(),
                "clause_subject" | "follow_on" | "cue_in_previous_sentence"
            )
            || (found.rule == "same_sentence" && found.cue.is_none());
        if !weak || !matches!(found.kind, Kind::Direct | Kind::Partial) || next.paragraph != quote.last_paragraph {
            continue;
        }
        let ends_inside = quote
            .content
            .of(doc.text)
            .trim_end_matches(['"', '\'', '’', '”'])
            .ends_with(['.', '!', '?']);
        let between = doc.token_at_or_after(quote.close.end)..doc.token_at_or_after(next.open.start);
        if ends_inside || between.clone().any(|index| doc.ends_sentence(index)) {
            continue;
        }
        let after_next = |span: Option<Span>| span.is_some_and(|span| span.start >= next.close.end);
        let later = &out[index + 1];
        if after_next(later.speaker) && after_next(later.cue) {
            out[index] = Attribution {
                kind: out[index].kind,
                rule: "later_in_sentence".to_string(),
                confidence: 0.6,
                follows: None,
                ..later.clone()
            };
        }
    }
}

/// `"Not only can Cruz win …"` alone in its paragraph, no one named before
/// it, then `"He may be the only one …," Viguerie notes.`: a quote that is
/// all of its paragraph and that nothing attributes is the speaker's whose
/// quote opens the next paragraph and names them right after it.
fn attribute_from_next_paragraph(doc: &Document, quotes: &[QuoteSpan], out: &mut [Attribution]) {
    for index in 0..out.len().saturating_sub(1) {
        let (quote, next) = (&quotes[index], &quotes[index + 1]);
        let alone = out[index].speaker.is_none()
            && out[index].kind == Kind::Direct
            && quote.open.start == doc.paragraphs[quote.paragraph].span.start
            && doc.token_at_or_after(quote.close.end) >= doc.paragraph_tokens[quote.last_paragraph].end;
        let after_next = |span: Option<Span>| span.is_some_and(|span| span.start >= next.close.end);
        let named_next = next.paragraph == quote.last_paragraph + 1
            && next.open.start == doc.paragraphs[next.paragraph].span.start
            && after_next(out[index + 1].speaker)
            && after_next(out[index + 1].cue);
        if alone && named_next {
            out[index] = Attribution {
                rule: "before_attributed".to_string(),
                confidence: 0.55,
                speaker: out[index + 1].speaker,
                ..Attribution::unattributed(Kind::Direct, "")
            };
        }
    }
}

/// A quote that is the whole of its line, with at most decoration around it
/// (`- 'Full of lies' -`), in a paragraph of one line; `double_marks` asks
/// whether the document quotes in double marks.
fn is_heading(doc: &Document, quote: &QuoteSpan, double_marks: &dyn Fn() -> bool) -> bool {
    if doc.title() == Some(quote.paragraph) {
        return true; // a quote in the headline: `Trump: 'We are going to win'`
    }
    let paragraph = &doc.paragraphs[quote.paragraph];
    if quote.paragraph != quote.last_paragraph || paragraph.lines.len() != 1 {
        return false;
    }
    let line = paragraph.lines[0];
    let decoration = |c: char| c.is_whitespace() || "-–—*#•=~_|".contains(c);
    // (`– ‘Who cares?’ –.`: a full stop after the closing decoration, as a
    // conversion that ends every paragraph with one leaves it.)
    let after = Span::new(quote.close.end, line.end).of(doc.text);
    let after = after
        .trim_end()
        .strip_suffix('.')
        .filter(|rest| rest.chars().any(|c| !c.is_whitespace()) && rest.chars().all(decoration))
        .unwrap_or(after);
    let outside = [Span::new(line.start, quote.open.start).of(doc.text), after];
    let bare = outside.iter().all(|part| part.chars().all(decoration));
    if !bare {
        return false;
    }
    let decorated = outside.iter().any(|part| !part.trim().is_empty());
    let content = quote.content.of(doc.text);
    // (`'Relationships that last.'` alone on its line, where speech is
    // quoted in double marks: a crosshead in the headline's single marks,
    // whatever its full stop.)
    decorated
        || (word_count(doc.text, quote.content) <= 10
            && (!content.ends_with(['.', '!', '?', ',']) || quote.single && double_marks()))
}

/// The rule of a quote that is a title (see [`Matcher::quotes_a_title`]).
pub(crate) const QUOTED_TITLE: &str = "quoted_title";

/// Kind of a quote that no rule attributed.
fn unattributed_kind(doc: &Document, quote: &QuoteSpan, window: &Window) -> Attribution {
    let content = quote.content.of(doc.text);
    let words = word_count(doc.text, quote.content);
    let sentence_inside = content
        .trim_end_matches(['"', '\'', '’', '”'])
        .contains(['.', '!', '?']);
    let embedded = !window.before.is_empty() || !window.after.is_empty();
    if words <= MAX_TERM_WORDS && !sentence_inside && embedded {
        return Attribution::unattributed(Kind::Term, "short_unattributed");
    }
    let kind = if window.before.is_empty() {
        Kind::Direct
    } else {
        Kind::Partial
    };
    Attribution::unattributed(kind, "unattributed")
}

/// The most tokens from a verb that puts out a document to the document's
/// noun (`released a brief written statement`, `sent out a text message
/// saying`).
pub(crate) const MAX_DOCUMENT_PHRASE: usize = 5;

/// The tokens around a quote that attribution may read.
#[derive(Clone, Debug)]
struct Window {
    /// From the sentence start (or the previous quote) to the opening mark.
    before: Range<usize>,
    /// From the closing mark to the sentence end (or the next quote).
    after: Range<usize>,
    /// The sentence began before the previous quote of the paragraph.
    follows_quote: bool,
}

/// Matches pattern elements over a document's tokens.
pub(crate) struct Matcher<'d, 't> {
    doc: &'d Document<'t>,
    tags: &'d Tags<'d>,
    grammar: &'d Grammar,
    /// [`Matcher::subject_before`] by its arguments: the rules of reported
    /// speech ask for the subject of one verb several times over, and each
    /// search tries every start of a noun phrase before the verb.
    subjects: RefCell<Subjects>,
    /// The capitalized -ly words the document writes as names (see
    /// [`Matcher::is_adverb_opener`]), gathered when first asked.
    ly_names: std::cell::OnceCell<rustc_hash::FxHashSet<&'t str>>,
    /// [`Matcher::is_modifier`] of each token, once asked: the search for
    /// a subject tries each start of a noun phrase before its verb, and
    /// each start asks again of the words after it. Made when first asked:
    /// the resolver makes a matcher for each mention, and most never ask.
    modifiers: OnceCell<Vec<Cell<Option<bool>>>>,
    /// The words the document writes in lower case, and those it writes
    /// with a capital inside a sentence (see [`Matcher::is_common_word`] and
    /// [`Matcher::is_written_lower`]), gathered once the document has
    /// asked more than [`WORD_CASE_SCANS`] questions about them.
    word_cases: OnceCell<WordCases<'t>>,
    /// How many questions about word cases the document has asked.
    word_case_questions: Cell<u32>,
}

/// How many questions about word cases a scan of the document answers
/// before [`Matcher::word_cases`] are gathered. Most documents ask a few,
/// and a scan for one word (a substring search of the text) costs a small
/// part of gathering the sets (a hash insert for most tokens); past a few
/// dozen questions, the sets keep a document of many questions linear.
const WORD_CASE_SCANS: u32 = 32;

/// See [`Matcher::word_cases`]: (written in lower case, capitalized inside
/// a sentence).
type WordCases<'t> = (rustc_hash::FxHashSet<&'t str>, rustc_hash::FxHashSet<&'t str>);

/// Subjects found, by verb and lower bound (see [`Matcher::subject_before`]).
type Subjects = FxHashMap<(usize, usize), Option<Range<usize>>>;

impl<'d, 't> Matcher<'d, 't> {
    /// A matcher over a document and its tags.
    pub(crate) fn new(doc: &'d Document<'t>, tags: &'d Tags<'d>) -> Matcher<'d, 't> {
        Matcher {
            doc,
            tags,
            grammar: tags.grammar(),
            subjects: RefCell::default(),
            ly_names: std::cell::OnceCell::new(),
            modifiers: OnceCell::new(),
            word_cases: OnceCell::new(),
            word_case_questions: Cell::new(0),
        }
    }

    /// Whether `quote` ends a line of three words or more in capitals: a
    /// crosshead.
    fn is_headline_line(&self, quote: &QuoteSpan) -> bool {
        let doc = self.doc;
        if quote.paragraph != quote.last_paragraph {
            return false;
        }
        let Some(line) = doc.paragraphs[quote.paragraph].line_holding(quote.open.to(quote.close)) else {
            return false;
        };
        let after = Span::new(quote.close.end, line.end).of(doc.text);
        if after.chars().any(|c| c.is_alphanumeric()) {
            return false;
        }
        let tokens = doc.token_at_or_after(line.start)..doc.token_at_or_after(line.end);
        let mut words = tokens.filter(|&index| doc.tokens[index].class == TokenClass::Word);
        words.clone().count() >= 3 && words.all(|index| doc.word(index).chars().all(|c| !c.is_lowercase()))
    }

    /// Whether a quote of the first line, attributed as `found`, is a
    /// sentence's rather than a headline's: it opens its sentence, or its cue
    /// is a past form in a line not in title case.
    fn reads_as_a_sentence(&self, quote: &QuoteSpan, found: &Attribution) -> bool {
        let doc = self.doc;
        let open = doc.token_at_or_after(quote.open.start);
        if doc.sentence_start(open) == open {
            return true;
        }
        let past = found.cue.is_some_and(|cue| {
            let index = doc.token_at_or_after(cue.start);
            matches!(self.tags.verb(index), Some((_, VerbForm::Past)))
        });
        past && !self.tags.is_title_case(doc.paragraph_tokens[quote.paragraph].clone())
    }

    /// `Ultimately, …`, `Separately Lee …`: a capitalized -ly word that
    /// opens a sentence is an adverb, unless the document also writes it as
    /// a name: with a capital inside a sentence (`… said Kelly`), or more
    /// than once before the same capitalized word (`Carly Fiorina`).
    pub(crate) fn is_adverb_opener(&self, index: usize) -> bool {
        let lower = self.lower(index);
        if lower.len() <= 4 || !lower.ends_with("ly") {
            return false;
        }
        let names = self.ly_names.get_or_init(|| {
            let tokens = &self.doc.tokens;
            // Each word's capitalized word after it when last met.
            let mut last_next: FxHashMap<&str, &str> = FxHashMap::default();
            let mut names = rustc_hash::FxHashSet::default();
            for at in 0..tokens.len() {
                let word = self.doc.word(at);
                if !(self.is_capitalized(at) && word.ends_with("ly")) {
                    continue;
                }
                let inside = at > 0 && !self.doc.ends_sentence(at - 1) && !is_quote_mark_token(self.doc.word(at - 1));
                let next = (at + 1 < tokens.len() && self.is_capitalized(at + 1)).then(|| self.doc.word(at + 1));
                let repeated = next.is_some_and(|next| last_next.insert(word, next) == Some(next));
                if inside || repeated {
                    names.insert(word);
                }
            }
            names
        });
        !names.contains(self.doc.word(index))
    }

    /// `Democratic presidential front-runner Hillary Clinton`, `Partial
    /// transcript as follows:`, `Never forget`, `Having announced that …`:
    /// a capitalized word that opens its sentence, and that the document
    /// never capitalizes inside one, is no name where what follows shows a
    /// common word: it is a function word, modifies the lower-case noun
    /// after it, or is a participle before its object. (`Kaken told`,
    /// `Manning, a lawyer,`: a verb, a comma or a capital after it leaves
    /// it a name.)
    fn opens_as_common_word(&self, index: usize) -> bool {
        let next = index + 1;
        if !self.is_capitalized(index)
            || self.is_capitalized_inside(index)
            || next >= self.doc.tokens.len()
            || self.doc.tokens[next].class != TokenClass::Word
            || self.is_capitalized(next)
            || self.lexeme(index).pronoun.is_some()
            || self.lexeme(index).person.is_some()
            || is_possessive(self.doc.word(index))
            || self.is_written_capitalized_inside(self.doc.word(index))
        {
            return false;
        }
        let lower = self.lower(index);
        if self.is(index, WordClass::Auxiliary) {
            return true;
        }
        if lower.len() > 4
            && (lower.ends_with("ing") || lower.ends_with("ed"))
            && (self.is_participle(next)
                || self.is(next, WordClass::Determiner)
                || self.is(next, WordClass::Preposition))
        {
            return true;
        }
        !(self.is(next, WordClass::Stopword)
            || self.is(next, WordClass::Auxiliary)
            || self.is(next, WordClass::Finite)
            || self.is(next, WordClass::Preposition)
            || self.is_adverb(next)
            || self.is_verb_form(next)
            || self.verb(next).is_some()
            || self.lexeme(next).pronoun.is_some())
    }

    /// `Good information can …`: a capitalized word alone that the document
    /// writes in lower case elsewhere and never with a capital inside a
    /// sentence is a common word that opens its sentence, not a name.
    fn is_common_word(&self, index: usize) -> bool {
        let (lower, word) = (self.lower(index), self.doc.word(index));
        match self.gathered_word_cases() {
            Some((written_lower, capitalized_inside)) => {
                written_lower.contains(lower) && !capitalized_inside.contains(word)
            }
            None => {
                self.tokens_written(lower).any(|at| self.is_written_lower_at(at))
                    && !self.tokens_written(word).any(|at| self.is_capitalized_inside(at))
            }
        }
    }

    /// Whether the document writes `word` (lower case) in lower case.
    pub(crate) fn is_written_lower(&self, word: &str) -> bool {
        match self.gathered_word_cases() {
            Some((written_lower, _)) => written_lower.contains(word),
            None => self.tokens_written(word).any(|at| self.is_written_lower_at(at)),
        }
    }

    /// Whether the document writes `word` (as given, capitalized) with its
    /// capital inside a sentence: a name's capital, not a sentence's.
    pub(crate) fn is_written_capitalized_inside(&self, word: &str) -> bool {
        match self.gathered_word_cases() {
            Some((_, capitalized_inside)) => capitalized_inside.contains(word),
            None => self.tokens_written(word).any(|at| self.is_capitalized_inside(at)),
        }
    }

    /// Counts a question about word cases, and gives the sets that answer
    /// it once the document has asked more than [`WORD_CASE_SCANS`]; `None`
    /// while a scan ([`Matcher::tokens_written`]) answers instead.
    fn gathered_word_cases(&self) -> Option<&WordCases<'t>> {
        if let Some(cases) = self.word_cases.get() {
            return Some(cases);
        }
        let asked = self.word_case_questions.get() + 1;
        self.word_case_questions.set(asked);
        (asked > WORD_CASE_SCANS).then(|| self.word_cases())
    }

    /// The tokens written exactly as `word`, in text order: where the text
    /// holds the word (found by memchr's substring search, many bytes at a
    /// time, where a comparison per token was several instructions a
    /// token), a token starts and ends.
    fn tokens_written<'w>(&'w self, word: &'w str) -> impl Iterator<Item = usize> + 'w {
        let doc = self.doc;
        memchr::memmem::find_iter(doc.text.as_bytes(), word.as_bytes()).filter_map(move |start| {
            let at = doc.token_at_or_after(start);
            doc.tokens
                .get(at)
                .is_some_and(|token| token.span.start == start && token.span.end == start + word.len())
                .then_some(at)
        })
    }

    /// Token `at` is written in lower case: it is its own lower-case form.
    fn is_written_lower_at(&self, at: usize) -> bool {
        self.doc.word(at) == self.lower(at)
    }

    /// Token `at` is written with a capital inside a sentence.
    fn is_capitalized_inside(&self, at: usize) -> bool {
        !self.is_written_lower_at(at)
            && self.is_capitalized(at)
            && at > 0
            && !self.doc.ends_sentence(at - 1)
            && !is_quote_mark_token(self.doc.word(at - 1))
    }

    /// [`Matcher::word_cases`], gathered in one pass over the document: a
    /// scan per question made a document of many such questions quadratic.
    fn word_cases(&self) -> &WordCases<'t> {
        self.word_cases.get_or_init(|| {
            let mut cases = WordCases::default();
            for at in 0..self.doc.tokens.len() {
                let word = self.doc.word(at);
                if self.is_written_lower_at(at) {
                    cases.0.insert(word);
                } else if self.is_capitalized_inside(at) {
                    cases.1.insert(word);
                }
            }
            cases
        })
    }

    /// The document.
    pub(crate) fn doc(&self) -> &'d Document<'t> {
        self.doc
    }

    /// The tags of the document.
    pub(crate) fn tags(&self) -> &'d Tags<'d> {
        self.tags
    }

    /// What the grammar says about token `index`.
    fn lexeme(&self, index: usize) -> &'d Lexeme {
        self.tags.lexeme(index)
    }

    /// True when token `index` is a word of `class`.
    pub(crate) fn is(&self, index: usize, class: WordClass) -> bool {
        self.tags.is(index, class)
    }

    /// The speech verb of token `index`, with its form.
    pub(crate) fn verb(&self, index: usize) -> Option<(&'d Verb, VerbForm)> {
        self.tags.verb(index)
    }

    /// True for a word that starts with an upper-case letter.
    pub(crate) fn is_capitalized(&self, index: usize) -> bool {
        self.tags.is_capitalized(index)
    }

    /// The tokens around quote `index` that attribution reads: back to the
    /// sentence start (or the previous quote), and on to the sentence end,
    /// over any later quotes of the same sentence. Both sides are capped at
    /// [`MAX_WINDOW`] tokens, which keeps the work per quote bounded.
    fn window(&self, quotes: &[QuoteSpan], index: usize) -> Window {
        let doc = self.doc;
        let quote = &quotes[index];
        let first_paragraph = doc.paragraph_tokens[quote.paragraph].clone();
        let last_paragraph = doc.paragraph_tokens[quote.last_paragraph].clone();
        // Before: back to a sentence end, the previous quote or the paragraph start.
        let open_index = doc.token_ending_after(quote.open.start).max(first_paragraph.start);
        let mut lower = first_paragraph.start.max(open_index.saturating_sub(MAX_WINDOW));
        let mut previous_quote_bound = false;
        if let Some(previous) = index.checked_sub(1).map(|previous| &quotes[previous]) {
            let after_close = doc.token_at_or_after(previous.close.end);
            if after_close > lower {
                lower = after_close;
                // `…," Lee said. "…"` and `"I take responsibility." She went on, "…"`:
                // a full stop inside the marks, then a capital, ends the sentence.
                let content = previous.content.of(doc.text).trim_end();
                let ended =
                    content.ends_with(['.', '!', '?']) && after_close < open_index && self.is_capitalized(after_close);
                previous_quote_bound = !ended;
            }
        }
        let mut start = open_index;
        while start > lower {
            if doc.ends_sentence(start - 1) {
                break;
            }
            start -= 1;
        }
        // After: on to a sentence end outside quotes, or the paragraph end.
        let close_index = doc.token_at_or_after(quote.close.end).min(last_paragraph.end);
        let upper = last_paragraph.end.min(close_index + MAX_WINDOW);
        let mut later = quotes[index + 1..].iter().peekable();
        let mut end = close_index;
        while end < upper {
            let token_start = doc.tokens[end].span.start;
            while later.peek().is_some_and(|next| next.close.end <= token_start) {
                later.next();
            }
            let inside_later = later.peek().is_some_and(|next| next.open.start <= token_start);
            if !inside_later && doc.ends_sentence(end) {
                break;
            }
            end += 1;
        }
        let follows_quote = previous_quote_bound && start == lower && (start == 0 || !doc.ends_sentence(start - 1));
        Window {
            before: start..open_index.max(start),
            after: close_index..end,
            follows_quote,
        }
    }

    /// Tries every pattern; the first that matches wins.
    fn by_patterns(&self, quote: &QuoteSpan, window: &Window) -> Option<Attribution> {
        // The same for every pattern: worked out once, when first asked.
        let clause_ends = std::cell::OnceCell::new();
        let content = quote.content.of(self.doc.text);
        let last_words = content.trim_end_matches(|c: char| {
            c.is_whitespace() || self.grammar.quote_marks.iter().any(|pair| pair.close == c)
        });
        let ends_with_comma = last_words.ends_with(',');
        // `"… unelectable now." Sen. Ted Cruz, a rival, called the KKK …`:
        // a quote that ends its sentence takes no attribution from a gap of
        // words after it; they are the next sentence's.
        let ends_with_stop = last_words.ends_with('.');
        for pattern in &self.grammar.patterns {
            let quote_index = pattern.quote_index();
            let (before_items, after_items) = (&pattern.items[..quote_index], &pattern.items[quote_index + 1..]);
            let mut capture = Capture::default();
            let before_ok = before_items.is_empty()
                || (self.has_literals(before_items, window.before.clone())
                    && self.match_ending_at(before_items, window.before.clone(), &mut capture));
            if !before_ok {
                continue;
            }
            let gap_first = after_items.first().is_some_and(|item| item.element == Element::Gap);
            // `"…"` at the end of a line, then `Lee, a delegate, criticized …`
            // on the next: a new paragraph, no trailing attribution.
            let line_ends = !window.after.is_empty() && self.doc.line_break_before(window.after.start);
            if line_ends && (gap_first || (before_items.is_empty() && !ends_with_comma)) || gap_first && ends_with_stop
            {
                continue;
            }
            let after_ok = after_items.is_empty()
                || ((gap_first || *clause_ends.get_or_init(|| self.clause_ends_at_close(quote, window)))
                    && self.has_literals(after_items, window.after.clone())
                    && self.match_items(after_items, window.after.start, window.after.end, None, &mut capture));
            if !after_ok
                || capture.speaker.is_none()
                || self.object_before_gerund(&capture)
                || self.object_after_cue(&capture)
            {
                continue;
            }
            // (`As Lee puts it, the plan is "…"`: words of the sentence's
            // own between the pattern and the quote make it partial.)
            let kind = if (before_items.is_empty() && !window.before.is_empty()) || capture.gap {
                Kind::Partial
            } else {
                Kind::Direct
            };
            let match_end = [
                capture.speaker.clone(),
                capture.cue.clone(),
                capture.recipient.clone(),
                capture.appositive.clone(),
            ]
            .into_iter()
            .flatten()
            .map(|range| range.end)
            .max()
            .unwrap_or(window.after.start);
            let continues = match_end < window.after.end
                && self.doc.tokens[match_end].class == TokenClass::Word
                && !self.is(match_end, WordClass::SentenceOpener)
                && !self.is(match_end, WordClass::Relative)
                && !self.is(match_end, WordClass::Preposition)
                && !self.is(match_end, WordClass::Calendar);
            // `… a sign that read "15%!" Her father, Brad, worried that …`:
            // after a quote that ends its sentence, a pronoun or article
            // with a capital opens a new one, whose verb has words of its
            // own to report.
            // (`She replied to him that …`: so does a `that` within a
            // hearer's few words; but `"Too forced?" He tweeted when …`.)
            let new_sentence = before_items.is_empty()
                && (continues
                    || (match_end..window.after.end.min(match_end + 3))
                        .any(|index| self.is(index, WordClass::Complementizer)))
                && content.trim_end().ends_with(['!', '?', '.'])
                && self.is_capitalized(window.after.start)
                && (self.lexeme(window.after.start).pronoun.is_some()
                    || self.is(window.after.start, WordClass::Determiner));
            if new_sentence {
                continue;
            }
            // `Lee claimed that "…," one of the aides said the two cases
            // differ`: an attribution after the quote that goes on with
            // words of its own is about them; a speech cue before the
            // quote in its clause is the quote's.
            if before_items.is_empty()
                && (continues || self.quote_in_opening_clause(window))
                && !window.before.is_empty()
                && let Some(earlier) = self.cue_in_clause(quote, window)
                && earlier.verb.is_some_and(|verb| self.grammar.verbs[verb].quotes)
            {
                return Some(earlier);
            }
            let mut attribution = self.attribution(pattern, kind, capture, quote);
            if !before_items.is_empty() {
                // `Lee said Ruiz told him: "…"`: the outer speaker's words.
                while let Some(outer) = self.outer_cue(&attribution, window) {
                    attribution = Attribution { kind, ..outer };
                }
            }
            return Some(attribution);
        }
        self.quote_speaker_unlisted_verb(quote, window)
    }

    /// `When someone in the crowd shouted, "…," Lee joked`: the quote
    /// stands inside a subordinate clause that opens the sentence (no
    /// clause break between its opening word and the quote but the comma
    /// right before the quote mark), so the speaker after the quote is the
    /// main clause's, and a speech cue of that clause says the quote.
    fn quote_in_opening_clause(&self, window: &Window) -> bool {
        let before = window.before.clone();
        if window.follows_quote || before.len() < 3 {
            return false;
        }
        let start = before.start;
        let last = if self.doc.word(before.end - 1) == "," {
            before.end - 1
        } else {
            before.end
        };
        self.is(start, WordClass::Subordinator) && self.clause_break_before(start, last).is_none()
    }

    /// Whether each word of the literals that `items` require occurs in
    /// `range`: where one does not, the items cannot match there, and the
    /// search for their other elements (a speaker at every start) is saved.
    fn has_literals(&self, items: &[Item], range: Range<usize>) -> bool {
        items.iter().all(|item| match &item.element {
            // (Over the slice of the range's words: asked of each pattern on
            // both sides of each quote, and one bounds check in all.)
            Element::Literal(words) if !item.optional => words.iter().all(|word| {
                self.doc.words()[range.clone()]
                    .iter()
                    .any(|written| written.eq_ignore_ascii_case(word))
            }),
            _ => true,
        })
    }

    /// `she released a statement saying "…"`: the noun phrase before a
    /// gerund cue is the object of an earlier verb when it opens with an
    /// indefinite article; the gerund's subject is the sentence's, which
    /// [`Matcher::cue_in_clause`] finds.
    fn object_before_gerund(&self, capture: &Capture) -> bool {
        let (Some(speaker), Some(cue)) = (&capture.speaker, &capture.cue) else {
            return false;
        };
        let gerund = self
            .grammar
            .verb(self.lower(cue.start))
            .is_some_and(|(_, form)| form == VerbForm::Gerund);
        gerund && speaker.start > 0 && matches!(self.lower(speaker.start), "a" | "an")
    }

    /// `summed up Clinton as "terrible," denounced her record`: after a
    /// verb that takes its stance as object, a noun phrase that opens with
    /// a possessive pronoun is that object, not an inverted speaker (as in
    /// `"…," said her husband`); so, after one that rebuts, is one that
    /// opens with `any` or `no` (`known as the "Harbour Rocket", denied any
    /// wrongdoing`): no speaker is written so.
    fn object_after_cue(&self, capture: &Capture) -> bool {
        let (Some(speaker), Some(cue)) = (&capture.speaker, &capture.cue) else {
            return false;
        };
        let verb = |flag: fn(&Verb) -> bool| {
            cue.clone()
                .any(|index| self.verb(index).is_some_and(|(verb, _)| flag(verb)))
        };
        cue.end <= speaker.start
            && (verb(|verb| verb.object) && self.is_possessive_pronoun(speaker.start)
                || verb(|verb| verb.rebuts) && matches!(self.lower(speaker.start), "any" | "no"))
    }

    /// `"…," the nominee riffed.`: after a quote that ends its clause, a
    /// speaker and a past-tense verb the lexicon does not list still
    /// attribute the quote, with less confidence.
    fn quote_speaker_unlisted_verb(&self, quote: &QuoteSpan, window: &Window) -> Option<Attribution> {
        if !self.clause_ends_at_close(quote, window) {
            return None;
        }
        // `Maddow pointed out that Sanders calls it "…," Clinton seized on
        // it`: a cue before the quote in its clause comes first.
        if self.cue_in_clause(quote, window).is_some() {
            return None;
        }
        let mut at = window.after.start;
        if at < window.after.end && self.doc.word(at) == "," {
            at += 1;
        }
        for end in self.speaker_ends(at, window.after.end) {
            if end >= window.after.end {
                continue;
            }
            let token = self.doc.tokens[end];
            let word = self.doc.word(end);
            // A verb the lexicon lists for reporting only (`pressed`) counts too.
            let unlisted = token.class == TokenClass::Word
                && !self.is_capitalized(end)
                && self.verb(end).is_none_or(|(verb, _)| !verb.quotes)
                && !self.tags.is_as_written(end, WordClass::Stopword);
            // `"…," Lee shot back.`, `her husband cut in`: a verb and particle.
            let phrasal = end + 1 < window.after.end
                && self.is(end + 1, WordClass::TrailingParticle)
                && (end + 2 == window.after.end || matches!(self.doc.word(end + 2), "," | "." | "with" | "as"));
            let past = word.len() > 4 && word.ends_with("ed");
            if unlisted && (past || phrasal) {
                let kind = if window.before.is_empty() {
                    Kind::Direct
                } else {
                    Kind::Partial
                };
                return Some(Attribution {
                    kind,
                    rule: "quote_speaker_unlisted_verb".to_string(),
                    confidence: 0.7,
                    speaker: Some(self.span(at..end)),
                    cue: Some(self.span(end..if phrasal && !past { end + 2 } else { end + 1 })),
                    verb: None,
                    recipient: None,
                    follows: None,
                });
            }
        }
        None
    }

    /// Nothing but a short opener before the quote: `Then, "…"`, `And "…"`.
    fn is_intro(&self, range: Range<usize>) -> bool {
        let plain =
            |index: usize| self.lower(index) == "," || self.is(index, WordClass::Stopword) || self.is_adverb(index);
        if range.len() <= 3 && range.clone().all(plain) {
            return true;
        }
        // `Then, later that month on CNN: "…"`: a phrase of time and place
        // (or medium) before a colon names no one new.
        let mut place = false;
        range.len() <= 12
            && range.end > range.start
            && self.doc.word(range.end - 1) == ":"
            && range.clone().all(|index| {
                let word = self.lower(index);
                if self.is_capitalized(index) && index > range.start {
                    place |= matches!(self.lower(index - 1), "on" | "in" | "at");
                    return place;
                }
                place = false;
                (plain(index)
                    || word == ":"
                    || self.is(index, WordClass::TimeUnit)
                    || self.is(index, WordClass::RelativeTime)
                    || self.is(index, WordClass::Calendar)
                    || self.doc.tokens[index].class == TokenClass::Number)
                    && !self.is_verb_form(index)
                    && self.lexeme(index).pronoun.is_none()
            })
    }

    /// Whether an attribution may follow the closing mark: the quote ends
    /// its clause with `,` `?` `!` or a dash (`"…," she said`), or a comma
    /// follows the mark. A quote ending in a full stop ends its sentence
    /// unless a lower-case word follows (`"…." he said`).
    fn clause_ends_at_close(&self, quote: &QuoteSpan, window: &Window) -> bool {
        let Some(first) = window.after.clone().next() else {
            return false;
        };
        let content = quote.content.of(self.doc.text);
        // `"We're like 'Ebony and Ivory,'" he said`: look through inner marks.
        let content = content.trim_end_matches(|c: char| self.grammar.quote_marks.iter().any(|pair| pair.close == c));
        let last = content.chars().next_back().unwrap_or(' ');
        let next = self.doc.word(first);
        if next == "," || matches!(last, ',' | '?' | '!' | '—' | '―' | '–' | '-' | '…') {
            return true;
        }
        // `"The caucus is a battle of niches" Grubbs said.`: a quote that opens
        // its sentence may lack the comma.
        if window.before.is_empty() && last != '.' {
            return true;
        }
        if last == '.' && next.starts_with(char::is_lowercase) {
            return true;
        }
        // `"… missing." Trump said.`: a full stop for a comma, then nothing
        // in the sentence but a speaker and a speech verb.
        let after = window.after.clone();
        last == '.'
            && after.len() >= 2
            && self.is_capitalized(after.start)
            && self.is_speech_verb(after.end - 1)
            && self.speaker_ends(after.start, after.end).contains(&(after.end - 1))
    }

    fn attribution(&self, pattern: &Pattern, kind: Kind, mut capture: Capture, _quote: &QuoteSpan) -> Attribution {
        // (`Voters leaving the polls said, "…"`: the speaker before its cue
        // is no participle's object.)
        if let (Some(speaker), Some(cue)) = (capture.speaker.clone(), capture.cue.clone())
            && speaker.end <= cue.start
            && let Some(outer) = self.subject_before_participle(speaker.start, self.doc.sentence_start(speaker.start))
        {
            capture.speaker = Some(outer);
        }
        Attribution {
            kind,
            rule: pattern.name.clone(),
            confidence: pattern.confidence,
            // (`Gov. John Kasich (R-OH), said`: the stray comma the
            // speaker's phrase takes in is no part of the mention.)
            speaker: capture.speaker.map(|range| {
                let end = if range.len() > 1 && self.doc.word(range.end - 1) == "," {
                    range.end - 1
                } else {
                    range.end
                };
                self.span(range.start..end)
            }),
            cue: capture.cue.map(|range| self.span(range)),
            verb: capture.verb,
            recipient: capture.recipient.map(|range| self.span(range)),
            follows: None,
        }
    }

    pub(crate) fn span(&self, range: Range<usize>) -> Span {
        let tokens = &self.doc.tokens;
        Span::new(tokens[range.start].span.start, tokens[range.end - 1].span.end)
    }

    /// Matches `items` so that they end exactly at `range.end`, starting as
    /// early in the range as possible (the longest speaker wins).
    fn match_ending_at(&self, items: &[Item], range: Range<usize>, capture: &mut Capture) -> bool {
        let mut starts = range.clone();
        // A match that needs a speech verb starts at or before the last one.
        if items.iter().any(|item| item.element == Element::Cue && !item.optional) {
            let last_cue = range
                .clone()
                .rev()
                .find(|&index| self.verb(index).is_some_and(|(verb, _)| verb.quotes));
            match last_cue {
                Some(last_cue) => starts.end = last_cue + 1,
                None => return false,
            }
        }
        // An aside opens at a comma and runs two tokens at least
        // ([`Matcher::appositive_ends`]): a match that needs one starts at
        // or before the last comma that leaves it room.
        if items
            .iter()
            .any(|item| item.element == Element::Appositive && !item.optional)
        {
            let last_comma = (range.start..range.end.saturating_sub(1))
                .rev()
                .find(|&index| self.doc.word(index) == ",");
            match last_comma {
                Some(comma) => starts.end = starts.end.min(comma + 1),
                None => return false,
            }
        }
        // A match that opens with a speech verb starts the sentence: `Said
        // Comey, "…"`, never `He told Lee, "…"`.
        if items
            .first()
            .is_some_and(|item| item.element == Element::Cue && !item.optional)
        {
            starts.end = starts.end.min(range.start + 1);
        }
        // A match that opens with literal words starts where the first is.
        let first_word = match items.first() {
            Some(Item {
                element: Element::Literal(words),
                optional: false,
            }) => words.first(),
            _ => None,
        };
        // After a leading speaker, the other items match from where the
        // speaker ends whatever its start (they read nothing captured before
        // them, unless a recipient asks for a cue's verb before one of their
        // own is matched): where they fail, they fail for every later start,
        // many of whose noun phrases end at the same token (`the former
        // president Lee`), and are not tried again.
        let after_speaker = match items {
            [
                Item {
                    element: Element::Speaker,
                    optional: false,
                },
                rest @ ..,
            ] if !rest.is_empty() && Self::cue_before_recipient(rest) => Some(rest),
            _ => None,
        };
        let mut fail_after_speaker: smallvec::SmallVec<[usize; 16]> = smallvec::SmallVec::new();
        for start in starts {
            if first_word.is_some_and(|word| !self.doc.word(start).eq_ignore_ascii_case(word)) {
                continue;
            }
            // `front-runner`, `two-thirds`: no phrase starts inside a word
            // joined by a hyphen, at its hyphen or at its second half.
            if self.is_joined_hyphen(start) || (start > 0 && self.is_joined_hyphen(start - 1)) {
                continue;
            }
            if start > range.start
                && self.is(start - 1, WordClass::Preposition)
                && !self.approximates_a_share(start - 1, start)
            {
                // `the president of France said`: France is no subject
                // (but `About 4 in 10 want`: `about` approximates).
                continue;
            }
            // A lone speaker (a verb's subject) needs no backtracking: one
            // of its ends must be the range's.
            if let [
                Item {
                    element: Element::Speaker,
                    optional: false,
                },
            ] = items
            {
                if self.speaker_ends(start, range.end).contains(&range.end) {
                    *capture = Capture {
                        speaker: Some(start..range.end),
                        ..Capture::default()
                    };
                    return true;
                }
                continue;
            }
            let mut attempt = Capture::default();
            let matched = match after_speaker {
                Some(rest) => self.match_after_speaker(start, rest, range.end, &mut attempt, &mut fail_after_speaker),
                None => self.match_items(items, start, range.end, Some(range.end), &mut attempt),
            };
            if matched {
                if let Some(aside) = attempt.appositive.clone()
                    && !self.may_precede_aside(start, range.start, attempt.speaker.clone(), aside)
                {
                    continue;
                }
                *capture = attempt;
                return true;
            }
        }
        false
    }

    /// Whether a recipient of `items` (which reads the verb of a cue
    /// captured before it) comes only after a cue of their own.
    fn cue_before_recipient(items: &[Item]) -> bool {
        for item in items {
            match item.element {
                Element::Cue if !item.optional => return true,
                Element::Recipient => return false,
                _ => {}
            }
        }
        true
    }

    /// [`Matcher::match_items`] of a speaker from `start`, then `rest`,
    /// ending at `end`; `fails` holds the speaker's ends from which `rest`
    /// is known not to match (see [`Matcher::match_ending_at`]), and gains
    /// those found here. (`match_items` leaves `capture` as it was when it
    /// fails.)
    fn match_after_speaker(
        &self,
        start: usize,
        rest: &[Item],
        end: usize,
        capture: &mut Capture,
        fails: &mut smallvec::SmallVec<[usize; 16]>,
    ) -> bool {
        for speaker_end in self.element_ends(&Element::Speaker, start, end, capture) {
            if fails.contains(&speaker_end) {
                continue;
            }
            capture.speaker = Some(start..speaker_end);
            if self.match_items(rest, speaker_end, end, Some(end), capture) {
                return true;
            }
            fails.push(speaker_end);
        }
        capture.speaker = None;
        false
    }

    /// Whether a speaker from `start` may stand before an aside that ends at
    /// the cue. Such an aside takes in commas, and with them what comes
    /// before the real speaker: `a statement to the Observer, her adviser,
    /// Jake Sullivan, said`, `at Baldwin Wallace University, …, Gov. John
    /// Kasich (R-OH), said`, `after winning the primary, Gov. John Kasich
    /// said`. So the speaker must name someone (a name, a pronoun, a role,
    /// group or institution) and must not be the noun of a prepositional
    /// phrase or the second word of a name; and when the aside's last part
    /// is a name itself, that name is the speaker.
    fn may_precede_aside(
        &self,
        start: usize,
        lower: usize,
        speaker: Option<Range<usize>>,
        aside: Range<usize>,
    ) -> bool {
        // `In a panel discussion this weekend in Washington, Marc Morial, the
        // chief executive, told`: no speaker starts inside a sentence's
        // opening phrase.
        // (A line opens a sentence, after a headline with no full stop
        // too; `WASHINGTON (UPI) — In a panel …`: past a dateline.)
        let mut sentence = self.doc.sentence_start(start);
        if sentence < lower && self.doc.line_break_before(lower) {
            sentence = lower;
        }
        let sentence = if sentence >= lower {
            self.after_dateline(sentence, start)
        } else {
            sentence
        };
        // (`In 1962 Viguerie, then 29, was named`: a name may follow a
        // phrase left without its comma.)
        // (`In response to Trump's plan to bar Muslims from entering the
        // United States, Clinton's aide …, saying`: a phrase with a verb of
        // its own ends in its own object.)
        let in_opening = sentence >= lower
            && sentence < start
            && self.is(sentence, WordClass::Preposition)
            && (!self.is_capitalized(start) || (sentence + 1..start).any(|index| self.is_verb_form(index)))
            && (sentence..start).all(|index| self.doc.word(index) != ",");
        let in_phrase = start > lower + 1
            && self.is(start - 1, WordClass::Determiner)
            && self.is(start - 2, WordClass::Preposition);
        let in_name = start > lower
            && self.is_capitalized(start - 1)
            && self.is_capitalized(start)
            && self.name_end(start - 1, start + 1) == Some(start + 1);
        // `after winning Ohio, Gov. John Kasich (R-OH), said`: a lower-case
        // -ing form opens a clause of its own, and neither it nor its
        // object is the speaker's phrase.
        // (`the Democrats' leading candidate`: after an article or a
        // possessive, an adjective.)
        let is_gerund = |index: usize| {
            !self.is_capitalized(index)
                && self.doc.tokens[index].class == TokenClass::Word
                && self.lower(index).ends_with("ing")
                && self.lexeme(index).person.is_none()
                && !(index > 0
                    && (self.is(index - 1, WordClass::Determiner)
                        || self.is_possessor(index - 1)
                        || self.doc.word(index - 1).ends_with(['\'', '’'])))
        };
        let gerund = is_gerund(start) || (start > lower && is_gerund(start - 1));
        let names_someone = speaker.is_some_and(|speaker| {
            speaker.clone().any(|index| {
                self.is_capitalized(index)
                    || self.lexeme(index).person.is_some()
                    || self.lexeme(index).pronoun.is_some()
            })
        });
        let last_part = (aside.start + 1..aside.end - 1)
            .rev()
            .find(|&index| self.doc.word(index) == ",")
            .map(|comma| comma + 1);
        // (Not a state after its city: `speaking at a rally in
        // Wilmington, Ohio,`.)
        let after_city = |part: usize| {
            let mut at = part - 1;
            while at > aside.start + 1 && self.is_capitalized(at - 1) {
                at -= 1;
            }
            at < part - 1 && self.is(at - 1, WordClass::PlacePreposition)
        };
        let ends_in_name = last_part.is_some_and(|part| {
            self.is_capitalized(part)
                && self.speaker_ends(part, aside.end).contains(&(aside.end - 1))
                && !after_city(part)
        });
        !in_phrase && !in_opening && !in_name && !gerund && names_someone && !ends_in_name
    }

    /// Backtracking match of `items` from token `at`, within `limit`; with
    /// `must_end`, the match must end exactly there.
    fn match_items(
        &self,
        items: &[Item],
        at: usize,
        limit: usize,
        must_end: Option<usize>,
        capture: &mut Capture,
    ) -> bool {
        let Some((item, rest)) = items.split_first() else {
            return must_end.is_none_or(|end| end == at);
        };
        if item.element == Element::End {
            return (at == limit || self.is_trailing_phrase(at, limit))
                && self.match_items(rest, limit, limit, must_end, capture);
        }
        let inverted =
            item.element == Element::Cue && rest.first().is_some_and(|next| next.element == Element::Speaker);
        // (The speaker right after its cue: `"…," said X`.)
        let after_cue = item.element == Element::Speaker && capture.cue.as_ref().is_some_and(|cue| cue.end == at);
        for end in self.element_ends(&item.element, at, limit, capture) {
            if inverted && self.verb(end - 1).is_some_and(|(_, form)| form == VerbForm::Gerund) {
                // `"…," said X`, never `"…," saying X`.
                continue;
            }
            // `"…," described the impact as "…"`: X is the object of a cue
            // that calls it something (not `"…," said Lee as he left`).
            let called_as = || {
                self.lower(end) == "as"
                    && capture.verb.is_some_and(|verb| {
                        let verb = &self.grammar.verbs[verb];
                        verb.object || verb.naming
                    })
            };
            if after_cue && end < limit && (self.is(end, WordClass::Finite) || called_as()) {
                // `Lee, citing "…," said the candidate could win`: X is
                // the subject of what was said, not an inverted speaker.
                continue;
            }
            let saved = capture.clone();
            self.record(&item.element, at, end, capture);
            if self.match_items(rest, end, limit, must_end, capture) {
                return true;
            }
            *capture = saved;
        }
        item.optional && self.match_items(rest, at, limit, must_end, capture)
    }

    fn record(&self, element: &Element, start: usize, end: usize, capture: &mut Capture) {
        match element {
            Element::Speaker => capture.speaker = Some(start..end),
            Element::Recipient => capture.recipient = Some(start..end),
            Element::Gap => capture.gap = true,
            Element::Appositive => capture.appositive = Some(start..end),
            Element::Cue => {
                capture.verb = self.tags.verb_index(end - 1);
                capture.cue = Some(start..end);
            }
            _ => {}
        }
    }

    /// `… she said in a video message to the convention.`: a phrase of
    /// time, place or manner after a sentence's cue, with no other verb.
    fn is_trailing_phrase(&self, at: usize, limit: usize) -> bool {
        (self.is(at, WordClass::Preposition) || self.is(at, WordClass::Calendar))
            && limit - at <= MAX_SPEAKER
            && (at..limit).all(|index| {
                self.verb(index).is_none_or(|(_, form)| form == VerbForm::Base)
                    && !is_quote_mark_token(self.doc.word(index))
                    && self.doc.word(index) != ","
            })
    }

    /// Where an element starting at token `at` may end, longest first.
    fn element_ends(&self, element: &Element, at: usize, limit: usize, capture: &Capture) -> Ends {
        if at >= limit {
            return Ends::new();
        }
        match element {
            Element::Quote => Ends::new(),
            Element::Speaker => {
                let mut ends = self.speaker_ends(at, limit);
                // `in Forbes’ words`: a name in -s with the apostrophe of its
                // possessive. (Added in place, after all the speaker's ends:
                // few have one.)
                for index in 0..ends.len() {
                    let end = ends[index];
                    if end < limit && self.possessive_apostrophe(end) {
                        ends.push(end + 1);
                    }
                }
                ends
            }
            Element::Cue => self.cue_end(at, limit, capture.speaker.clone()).into_iter().collect(),
            Element::Recipient => {
                let takes_recipient = capture.verb.is_some_and(|verb| self.grammar.verbs[verb].recipient);
                if takes_recipient {
                    self.recipient_ends(at, limit)
                } else {
                    Ends::new()
                }
            }
            Element::Appositive => self.appositive_ends(at, limit),
            Element::Adverb => self.is_adverb(at).then_some(at + 1).into_iter().collect(),
            Element::Gap => (at + 1..=limit).rev().collect(),
            Element::End => Ends::new(),
            Element::Literal(words) => self.literal_end(words, at, limit).into_iter().collect(),
        }
    }

    /// Whether token `index` is the apostrophe of a possessive in -s'
    /// (`Forbes’ words`): glued to a word in -s before it, a space after.
    fn possessive_apostrophe(&self, index: usize) -> bool {
        let tokens = &self.doc.tokens;
        index > 0
            && matches!(self.doc.word(index), "'" | "’")
            && tokens[index - 1].class == TokenClass::Word
            && tokens[index - 1].span.end == tokens[index].span.start
            && self.doc.word(index - 1).ends_with('s')
            && tokens
                .get(index + 1)
                .is_some_and(|next| next.span.start > tokens[index].span.end)
    }

    fn literal_end(&self, words: &[String], at: usize, limit: usize) -> Option<usize> {
        if at + words.len() > limit {
            return None;
        }
        words
            .iter()
            .enumerate()
            .all(|(offset, word)| self.doc.word(at + offset).eq_ignore_ascii_case(word))
            .then_some(at + words.len())
    }

    pub(crate) fn lower(&self, index: usize) -> &'d str {
        self.doc.lower(index)
    }

    pub(crate) fn is_adverb(&self, index: usize) -> bool {
        let word = self.doc.word(index);
        self.doc.tokens[index].class == TokenClass::Word
            && !self.is_capitalized(index)
            && ((word.len() > 4
                && word.ends_with("ly")
                && self.verb(index).is_none()
                // (`The victim’s family said`: a person's word, but
                // `reported daily to`.)
                && !self
                    .lexeme(index)
                    .person
                    .is_some_and(|entry| matches!(entry.kind, PersonWordKind::Role | PersonWordKind::Group)))
                || self.tags.is_as_written(index, WordClass::Adverb))
    }

    /// Whether token `index` is a verb of speech in the past or the -s form
    /// (`said`, `says`): the finite cue of a sentence.
    pub(crate) fn is_speech_verb(&self, index: usize) -> bool {
        self.verb(index)
            .is_some_and(|(verb, form)| verb.quotes && matches!(form, VerbForm::Past | VerbForm::Present3))
    }

    /// A speech verb, after at most three auxiliaries or adverbs; `speaker`
    /// is the speaker the pattern matched before it, if any.
    fn cue_end(&self, at: usize, limit: usize, speaker: Option<Range<usize>>) -> Option<usize> {
        let mut index = at;
        // `went on to say`: a base form after `to`; `critics say`, `they
        // conclude`, `people close to Clinton say`: a present tense after a
        // plural subject.
        let plural = || match speaker.filter(|speaker| speaker.end == at) {
            Some(speaker) => self.has_plural_head(speaker),
            None => self.is_plural_subject(at - 1),
        };
        let mut helped = at > 0 && (self.lower(at - 1) == "to" || plural());
        // `The plan was called "…"`: a passive's subject is not the speaker.
        let mut passive = false;
        while index < limit && index < at + 4 {
            if let Some((verb, form)) = self.verb(index)
                && verb.quotes
                && (form != VerbForm::Base || helped)
            {
                return (!(passive && form == VerbForm::Past)).then_some(index + 1);
            }
            passive |= self.is(index, WordClass::Progressive);
            let word = self.lower(index);
            // (`can be heard asking`: a passive of perception before the
            // -ing form.)
            let perceived =
                index > at && self.is(index, WordClass::Perception) && self.is(index - 1, WordClass::Progressive)
                    || index + 1 < limit
                        && self.is(index, WordClass::Progressive)
                        && self.is(index + 1, WordClass::Perception);
            if self.is(index, WordClass::Auxiliary)
                || self.is_adverb(index)
                || word == "not"
                || word == "n't"
                || perceived
            {
                helped = true;
                index += 1;
                continue;
            }
            return None;
        }
        None
    }

    /// Whether a subject ending with token `index` takes a verb's base form
    /// in the present tense: `they`, `we`, `I`, `you`, a group (`police`), a
    /// quantifier (`many`) or a plural noun (`critics`, `the Saudis`).
    pub(crate) fn is_plural_subject(&self, index: usize) -> bool {
        let lexeme = self.lexeme(index);
        let word = self.lower(index);
        if let Some(pronoun) = lexeme.pronoun {
            return pronoun.number == Number::Plural || matches!(word, "i" | "you");
        }
        let group = lexeme.person.is_some_and(|entry| entry.kind == PersonWordKind::Group);
        let plural_noun = self.doc.tokens[index].class == TokenClass::Word
            && plural_shape(word)
            && !is_possessive(self.doc.word(index))
            && (self.verb(index).is_none() || self.plural_noun_before_verb(index))
            && !lexeme.is(WordClass::Stopword)
            // (`who deserves credit`: the verb of a subject pronoun.)
            && !(index > 0 && matches!(self.lower(index - 1), "he" | "she" | "it" | "who"));
        group || self.is(index, WordClass::Quantifier) || self.is(index, WordClass::IrregularPlural) || plural_noun
    }

    /// Whether the noun phrase `subject` takes a verb's base form: its last
    /// word is plural ([`Matcher::is_plural_subject`]), or the word before
    /// a source's modifier is (`people close to Clinton say`, whose last
    /// word is the name after `close to`).
    pub(crate) fn has_plural_head(&self, subject: Range<usize>) -> bool {
        (subject.start + 1..subject.end)
            .find(|&index| self.is(index, WordClass::SourceModifier))
            .is_some_and(|modifier| self.is_plural_subject(modifier - 1))
            || subject.end > subject.start && self.is_plural_subject(subject.end - 1)
    }

    /// A comma-delimited aside: `, a China-born ethnic Kazakh who is now a Kazakh citizen,`.
    fn appositive_ends(&self, at: usize, limit: usize) -> Ends {
        // (`…, and widely circulated online, Shen …`: a coordinated phrase
        // is no aside, unless it names someone: `Clinton and Sanders, and
        // Gov. Jay Nixon, tweeted`.)
        let coordinated = at + 2 < limit
            && matches!(self.lower(at + 1), "and" | "or" | "but")
            && !self.is_capitalized(at + 2)
            && !self.is(at + 2, WordClass::Determiner)
            && !self.is_possessor(at + 2);
        // (`the arrival of any refugee, while Mike Huckabee, the former
        // governor, proposed`: a subordinate clause whose verb comes after
        // the comma is no aside; `Trump, when asked about it, said`, `Lee,
        // while he was in Iowa, said`, `Blunt, after a long pause, said` are.)
        let subordinate = at + 2 < limit
            && self.is(at + 1, WordClass::Subordinator)
            && self.is_capitalized(at + 2)
            && (at + 2..limit.min(at + MAX_APPOSITIVE))
                .take_while(|&index| self.doc.word(index) != ",")
                .all(|index| !self.is_verb_form(index) && !self.is_participle(index));
        if self.doc.word(at) != "," || coordinated || subordinate {
            return Ends::new();
        }
        let mut ends = Ends::new();
        let last = limit.min(at + MAX_APPOSITIVE);
        // (A closing mark after a full stop ends an earlier sentence.)
        let after_quote = (at.saturating_sub(MAX_SPEAKER)..at)
            .rev()
            .find(|&index| {
                let word = self.doc.word(index);
                is_quote_mark_token(word) || matches!(word, "." | "!" | "?" | ";")
            })
            .is_some_and(|index| {
                is_quote_mark_token(self.doc.word(index)) && !(index > 0 && self.doc.ends_sentence(index - 1))
            });
        let mut reached_limit = true;
        // `Kaken, who is now a citizen, told`: a finite verb belongs to a
        // clause of the aside's own; with no such clause open, it ends the
        // aside (`In line with his fellow Americans, Sen. Ted Cruz was
        // critical, telling …`: no aside of `Americans`).
        let mut clause_open = at + 1 < limit && self.opens_aside_clause(at + 1);
        let mut index = at + 1;
        while index + 1 < last {
            index += 1;
            let word = self.doc.word(index);
            if self.is(index, WordClass::Finite) && !clause_open {
                reached_limit = false;
                break;
            }
            clause_open |= self.opens_aside_clause(index);
            // `Bill Eastland, wearing "Cruz" pins, said`: a short quoted
            // phrase inside the aside.
            // (`Humphrey, who calls Trump a "sociopath," said`: one whose
            // comma inside the closing mark closes the aside.)
            if is_quote_mark_token(word)
                && let Some(close) = (index + 1..last.min(index + 2 + MAX_TERM_WORDS))
                    .find(|&close| is_quote_mark_token(self.doc.word(close)))
                && close > index + 1
            {
                let comma = self.doc.word(close - 1) == ",";
                let words = if comma { close - 1 } else { close };
                if words > index + 1 && (index + 1..words).all(|inner| self.doc.tokens[inner].class == TokenClass::Word)
                {
                    if comma {
                        ends.push(close + 1);
                    }
                    index = close;
                    continue;
                }
            }
            // (`PHILADELPHIA, July 25 (UPI) — The committee …`: a dateline's
            // dash ends the place, not an aside.)
            if is_quote_mark_token(word) || self.doc.ends_sentence(index) || self.is_spaced_dash(index) {
                reached_limit = false;
                break;
            }
            if word == "," {
                ends.push(index + 1);
            }
            // `"…," Sam Lau, the party's spokesman said`: after a quote, an
            // aside whose closing comma the writer left out ends before the
            // speech verb.
            let unclosed =
                after_quote && index > at + 2 && self.doc.word(index - 1) != "," && self.is_speech_verb(index);
            if unclosed {
                ends.push(index);
            }
        }
        // `…, said David Wasserman, an analyst at the Cook Report.`: an aside
        // may run to the end of the window.
        let sentence_ends =
            limit >= self.doc.tokens.len() || self.doc.ends_sentence(limit) || self.doc.ends_paragraph(limit);
        if reached_limit && last == limit && limit > at + 2 && sentence_ends {
            ends.push(limit);
        }
        ends.reverse();
        ends
    }

    /// A word that opens a clause inside an aside: a clause break (`who`,
    /// `where`, `as`, `because`), a complementizer (`that`, `what`) or
    /// `whose`.
    fn opens_aside_clause(&self, index: usize) -> bool {
        self.is(index, WordClass::ClauseBreak)
            || self.is(index, WordClass::Complementizer)
            || self.lower(index) == "whose"
    }

    /// The hearer after a verb that takes one: a pronoun, a name, or a noun phrase.
    pub(crate) fn recipient_ends(&self, at: usize, limit: usize) -> Ends {
        if at >= limit {
            return Ends::new();
        }
        if self.is(at, WordClass::Hearer) {
            return smallvec::smallvec![at + 1];
        }
        if self.verb(at).is_some() || self.lower(at) == "that" {
            return Ends::new();
        }
        // `told the Post he’s leaving`: a hearer ends before a pronoun with
        // a contracted verb, which opens what was told.
        let mut ends = self.noun_phrase_ends(at, limit, false);
        ends.retain(|end| !(at + 1..*end).any(|index| self.is_contracted_pronoun(index)));
        ends
    }

    /// A speaker: a subject pronoun or a noun phrase.
    pub(crate) fn speaker_ends(&self, at: usize, limit: usize) -> Ends {
        if at >= limit {
            return Ends::new();
        }
        // No speaker opens with a mark but one that joins words (`-`, the
        // `/` of `a CNN/ORC poll`; see [`Matcher::find_modifier`]): the
        // commas and other marks where searches for a subject start (see
        // [`Matcher::noun_phrase_reach`]) end here, not after every test
        // of a noun phrase.
        if self.doc.tokens[at].class == TokenClass::Punct && (!self.is_modifier(at) || self.doc.word(at) == ".") {
            return Ends::new();
        }
        // `groups, including labor unions and groups supporting …`: a
        // preposition opens no noun phrase.
        if self.is(at, WordClass::UnstrandedPreposition) {
            return Ends::new();
        }
        // `they will hold banners proclaiming`: a word right after a modal
        // that follows its subject is its verb (not in a question: `And
        // will their editors want …?`, `, will reporters still want …?`).
        if at > 1
            && self.tags.is_as_written(at - 1, WordClass::Modal)
            && self.doc.tokens[at - 2].class == TokenClass::Word
            && !self.is(at - 2, WordClass::Conjunction)
            && !matches!(self.lower(at - 2), "or" | "nor")
        {
            return Ends::new();
        }
        if let Some(pronoun) = self.lexeme(at).pronoun {
            if pronoun.subject {
                return smallvec::smallvec![at + 1];
            }
            // `his friend Tom Lee`, `her lawyer`: a possessive opens a noun phrase.
            if !self.is(at, WordClass::Determiner) {
                return Ends::new();
            }
        }
        if self.is(at, WordClass::Relative) {
            return smallvec::smallvec![at + 1];
        }
        // `bottles that said, "…"`, `a hat that says "…"`: `that` after a
        // noun, right before its speech verb, is a relative pronoun (not
        // `That said, …`, which opens a sentence, nor `that said will
        // should be`, where `said` is an adjective).
        // (A noun that is also a verb of speech after a determiner: `a
        // message that said`.)
        if self.lower(at) == "that"
            && at > 0
            && at + 2 < self.doc.tokens.len()
            && self.doc.tokens[at - 1].class == TokenClass::Word
            && (self.verb(at - 1).is_none() || at >= 2 && self.is(at - 2, WordClass::Determiner))
            && self.is_speech_verb(at + 1)
            && !self.is(at + 2, WordClass::Modal)
        {
            return smallvec::smallvec![at + 1];
        }
        // `Many say`, `Others said`, `"…," tweeted another.`: a quantifier
        // alone before a speech verb or at the end of the window. (`One`
        // only after its verb: `"…," read one.`, but not `one report says`,
        // `one favors workers`.)
        if at + 1 == limit && at > 0 && self.lower(at) == "one" && self.is_speech_verb(at - 1) {
            return smallvec::smallvec![at + 1];
        }
        // (`One says …, while another says …`, `and one said …`: `one` is
        // a subject before a verb of speech that quotes, where it opens its
        // clause; not in `no one said`.)
        if self.lower(at) == "one"
            && at + 1 < self.doc.tokens.len()
            && self
                .verb(at + 1)
                .is_some_and(|(verb, form)| verb.quotes && form != VerbForm::Base)
            && (self.doc.sentence_start(at) == at
                || self.doc.tokens[at - 1].class == TokenClass::Punct
                || self.is(at - 1, WordClass::Conjunction)
                || self.is(at - 1, WordClass::Subordinator))
        {
            return smallvec::smallvec![at + 1];
        }
        // (`In Iowa, half said`: so is a fraction.)
        if (self.is(at, WordClass::Quantifier) || self.is(at, WordClass::Fraction))
            && (at + 1 == limit
                || at + 1 < self.doc.tokens.len()
                    && self.verb(at + 1).is_some_and(|(verb, _)| verb.quotes || verb.reports))
        {
            return smallvec::smallvec![at + 1];
        }
        self.noun_phrase_ends(at, limit, true)
    }

    /// Noun phrases that name a speaker: `Zhang Xiao`, `the diplomat`,
    /// `China's ambassador in Kazakhstan Zhang Xiao`, `rights groups`,
    /// `a spokesman for the ministry`, `the Global Times`. Longest first.
    fn noun_phrase_ends(&self, at: usize, window_limit: usize, coordinate: bool) -> Ends {
        let limit = window_limit.min(at + MAX_SPEAKER);
        let mut ends = Ends::new();
        let mut index = at;
        // `Seventy-four percent`: a number spelled with a hyphen counts as
        // its last word does.
        if at + 2 < limit
            && self.is(at, WordClass::Quantifier)
            && self.is_joined_hyphen(at + 1)
            && self.is(at + 2, WordClass::Quantifier)
        {
            index += 2;
        }
        // `4 in 10`, `one in four`: a share of those asked is a phrase of
        // its own, and counts the noun after it (`Six in 10 Republicans`).
        if index + 2 < limit && self.joins_a_share(index + 1) {
            ends.push(index + 3);
            index += 2;
        }
        // `half of voters`, `about half of them`: a part of a whole counts
        // the noun phrase after its `of`.
        if index + 2 < limit && self.is_part_of(index) {
            index += 2;
        }
        let mut bare = false;
        let mut determined = self.is(index, WordClass::Determiner)
            || self.is_possessor(index)
            || self.doc.tokens[index].class == TokenClass::Number
            || self.is_demonstrative_that(index, limit);
        // `Sanders’ campaign`, `Bernie Sanders' aides`: a possessive whose
        // apostrophe stands alone after a final s.
        // (The possessor is a phrase of its own too: `in Forbes’ words`.)
        if let Some(after) = self.bare_possessive_end(index, limit) {
            if self.name_end(index, limit).is_some() {
                ends.push(after);
            }
            index = after;
            bare = true;
        } else if determined {
            index += 1;
            // `85% of Democrats`: a per cent sign after a number is the
            // phrase's noun, as `percent` is.
            if index < limit && self.doc.tokens[at].class == TokenClass::Number && self.doc.word(index) == "%" {
                ends.push(index + 1);
                self.role_tail(index + 1, limit, &mut ends);
            }
            // `one of those advisers`, `some of the protesters`
            if index + 1 < limit && self.lower(index) == "of" {
                index += 1;
                if self.is(index, WordClass::Determiner) || self.is_possessor(index) {
                    index += 1;
                }
            }
            // (`the Democrats’ leaders`.)
            if let Some(after) = self.bare_possessive_end(index, limit) {
                index = after;
                bare = true;
            }
        }
        determined |= bare;
        // A name right away (`Zhang Xiao`, `the Global Times`), or after a
        // few lower-case modifiers (`former South Carolina Gov. Jim Hodges`).
        let mut name_start = index;
        while name_start < limit && name_start < index + 4 {
            // `Texas-based Matt Lee`: a name joined to a lower-case word
            // by a hyphen is a modifier.
            let compound = name_start + 3 < limit
                && self.is_capitalized(name_start)
                && self.is_joined_hyphen(name_start + 1)
                && self.doc.word(name_start + 2).starts_with(char::is_lowercase);
            if compound {
                name_start += 3;
                continue;
            }
            if let Some(end) = self.name_end(name_start, limit) {
                ends.push(end);
                // `Jeffrey Lewis of the James Martin Center`
                self.role_tail(end, limit, &mut ends);
                if let Some(after_role) = self.role_end(end, limit) {
                    ends.push(after_role);
                    self.role_tail(after_role, limit, &mut ends);
                } else if let Some(second) = self.name_after_noun(end, limit) {
                    // `former Bush speechwriter Noam Neusner`
                    ends.push(second);
                }
                break;
            }
            let token = self.doc.tokens[name_start];
            if self.is_capitalized(name_start) || !self.is_modifier(name_start) || token.class != TokenClass::Word {
                break;
            }
            name_start += 1;
        }
        // `Speaker of the House Paul Ryan`: a title with its `of`, then the
        // name.
        if let Some(given) = self.of_title_end(index, limit)
            && let Some(end) = self.name_end(given, limit)
        {
            ends.push(end);
        }
        // Modifiers, then a role, group or institution head.
        let mut cursor = index;
        while cursor < limit && cursor <= index + MAX_HEAD_MODIFIERS {
            if let Some(head_end) = self.role_end(cursor, limit) {
                ends.push(head_end);
                self.role_tail(head_end, limit, &mut ends);
            }
            if !self.is_modifier(cursor) {
                break;
            }
            cursor += 1;
            // Any noun phrase ending in a noun: `a voice-over in the ad`,
            // `the email`, `multiple outlets`.
            let token = self.doc.tokens[cursor - 1];
            let word = self.doc.word(cursor - 1);
            let plural = !self.is_capitalized(cursor - 1) && word.len() > 3 && word.ends_with('s');
            // (Not in an adverb before a verb: `the editorial board
            // recently wrote`, but `according to a CNN tally,`, `an
            // anomaly for Kaine`.)
            let adverb = || {
                cursor < self.doc.tokens.len()
                    && (self.verb(cursor).is_some() || self.is(cursor, WordClass::Auxiliary))
                    && self.is_adverb(cursor - 1)
            };
            if token.class == TokenClass::Word && (determined || plural) && !adverb() {
                ends.push(cursor);
                self.role_tail(cursor, limit, &mut ends);
            }
        }
        // `a poll conducted by Edison Research`, `a copy of the letter
        // reviewed by The Post`: a participle's agent, a name or a person,
        // belongs to the phrase. (Not `voted by a wide margin`.)
        if let Some(&longest) = ends.iter().max()
            && longest > at
            && longest + 1 < window_limit
            && self.lower(longest) == "by"
            && self.is_participle(longest - 1)
        {
            let agent = self.noun_phrase_ends(longest + 1, window_limit, false);
            if let Some(&agent_end) = agent.first()
                && (longest + 1..agent_end)
                    .any(|index| self.is_capitalized(index) || self.lexeme(index).person.is_some())
            {
                ends.extend(agent);
            }
        }
        // `the Vermont senator and presidential candidate`, `state Senate
        // leader Phil Berger and House Speaker Tim Moore`: two noun phrases
        // joined by `and` (one level deep).
        if coordinate
            && let Some(&longest) = ends.iter().max()
            && longest + 1 < limit
            && self.lower(longest) == "and"
        {
            let second = self.noun_phrase_ends(longest + 1, window_limit, false);
            ends.extend(second);
        }
        // `Cruz himself`, `the president herself`
        if let Some(&longest) = ends.iter().max()
            && longest < limit
            && self.lexeme(longest).pronoun.is_some()
            && (self.lower(longest).ends_with("self") || self.lower(longest).ends_with("selves"))
        {
            ends.push(longest + 1);
        }
        // `Sen. Ted Cruz (Tex.)`: a parenthesis after a name, which may
        // reach past a long name's limit (`Senate Minority Leader Harry M.
        // Reid (D-Nev.)`).
        if let Some(&longest) = ends.iter().max()
            && longest < limit
            && self.doc.word(longest) == "("
            && let Some(close) = (longest + 1..window_limit.min(longest + 6)).find(|&index| self.doc.word(index) == ")")
        {
            ends.push(close + 1);
            // `Gov. John Kasich (R-OH), said`: a stray comma after the tag.
            if close + 2 < window_limit
                && self.doc.word(close + 1) == ","
                && self
                    .verb(close + 2)
                    .is_some_and(|(verb, form)| verb.quotes && form != VerbForm::Base)
            {
                ends.push(close + 2);
            }
        }
        ends.sort_unstable_by(|a, b| b.cmp(a));
        ends.dedup();
        ends
    }

    /// Where a search for a speaker ending at token `end`, from token
    /// `from` on, may begin: no noun phrase ([`Matcher::speaker_ends`])
    /// takes in punctuation other than `.`, `-`, `&`, `/`, `%` after a
    /// number and a parenthesis
    /// (`Sen. Ted Cruz (R-Tex.)`, which may hold anything), nor a word that
    /// [`Matcher::is_outside_noun_phrases`], so none that starts before the
    /// last such mark or word with no `)` after it ends at `end`. A
    /// speed-up only: keep it in step with `noun_phrase_ends` (the test
    /// `speakers_never_start_before_their_reach` checks it on the corpus).
    pub(crate) fn noun_phrase_reach(&self, from: usize, end: usize) -> usize {
        for index in (from..end).rev() {
            if self.doc.tokens[index].class != TokenClass::Punct {
                if index > from && self.is_outside_noun_phrases(index) && !self.joins_a_share(index) {
                    return index;
                }
                continue;
            }
            match self.doc.word(index) {
                "." | "-" | "(" | "&" | "/" => {}
                "’" | "'" if self.is_bare_apostrophe(index) || self.is_body_name_apostrophe(index) => {}
                "%" if index > from && self.doc.tokens[index - 1].class == TokenClass::Number => {}
                ")" => return from,
                "," if index > from && self.doc.word(index - 1) == ")" => return from,
                _ => return index,
            }
        }
        from
    }

    /// Whether the word at `word` is an approximator (`about`, `over`)
    /// before a share of those asked that starts at `share`.
    fn approximates_a_share(&self, word: usize, share: usize) -> bool {
        self.is(word, WordClass::Approximator) && self.opens_with_share(share)
    }

    /// Whether the word at `index` is the `in` of a share between two
    /// numbers (`4 in 10`, `one in four`).
    fn joins_a_share(&self, index: usize) -> bool {
        let number =
            |index: usize| self.doc.tokens[index].class == TokenClass::Number || self.is(index, WordClass::Quantifier);
        index > 0
            && index + 1 < self.doc.tokens.len()
            && self.lower(index) == "in"
            && number(index - 1)
            && number(index + 1)
    }

    /// `That person said`, `In that letter`, `Later, that person said`:
    /// `that` before a singular noun, opening a sentence or after a
    /// preposition or comma, is its determiner (`said that officials say`,
    /// `convinced that random women …`: it opens a clause).
    fn is_demonstrative_that(&self, index: usize, limit: usize) -> bool {
        self.lower(index) == "that"
            && (index == 0
                || self.doc.ends_sentence(index - 1)
                || self.is(index - 1, WordClass::Preposition)
                || self.doc.word(index - 1) == ",")
            && index + 1 < limit
            && self.doc.tokens[index + 1].class == TokenClass::Word
            && !self.is_capitalized(index + 1)
            && !self.doc.word(index + 1).ends_with('s')
            && !self.doc.word(index + 1).ends_with("ed")
            && !self.lexeme(index + 1).is(WordClass::Stopword)
            && self.verb(index + 1).is_none()
    }

    /// A lower-case function word that no part of a noun phrase can be
    /// (`is`, `has`, `to`, `that`): no determiner, preposition of a role
    /// (`of`, `for`), pronoun (`himself`), person word (`de`), start of a
    /// role phrase (`first lady`), `and` joining two phrases, nor modifier
    /// (`stand-in`). Only [`Matcher::noun_phrase_reach`] asks: a phrase may
    /// still start at such a word (`who`, a quantifier), never go through it.
    fn is_outside_noun_phrases(&self, index: usize) -> bool {
        let lexeme = self.lexeme(index);
        self.doc.tokens[index].class == TokenClass::Word
            && lexeme.is(WordClass::Stopword)
            && !self.is_capitalized(index)
            && ![
                WordClass::Determiner,
                WordClass::RolePreposition,
                WordClass::PhraseStart,
                WordClass::Quantifier,
            ]
            .into_iter()
            .any(|class| lexeme.is(class))
            && lexeme.person.is_none()
            && lexeme.pronoun.is_none()
            && !matches!(self.lower(index), "of" | "and")
            && !self.is_modifier(index)
            && !self.is_demonstrative_that(index, self.doc.tokens.len())
    }

    /// After a role head: a name (`ambassador Zhang Xiao`), or a
    /// prepositional phrase (`spokesman for the ministry`) and maybe a name.
    fn role_tail(&self, at: usize, limit: usize, ends: &mut Ends) {
        if let Some(end) = self.name_end(at, limit) {
            ends.push(end);
        }
        // `people familiar with the talks`: the preposition after the
        // source's adjective.
        let source = at + 1 < limit && self.is(at, WordClass::SourceModifier);
        let at = if source { at + 1 } else { at };
        // (`a source close to him`: the source's preposition may take a pronoun.)
        if source && at + 1 < limit && self.is(at, WordClass::RolePreposition) && is_object_pronoun(self.lower(at + 1))
        {
            ends.push(at + 2);
        }
        if at < limit && self.is(at, WordClass::RolePreposition) {
            // `a spokesman for Mr. Cruz`: a name with its title's dot, which
            // the word-by-word walk below stops at.
            // (`a spokesman for Mr. Lee's campaign`: the walk goes on after
            // such a name.)
            let name = self.name_end(at + 1, limit);
            if let Some(end) = name {
                ends.push(end);
            }
            let titled = name.filter(|&end| (at + 2..end).any(|index| self.doc.word(index) == "."));
            let mut cursor = titled.unwrap_or(at + 1);
            // (The name is one step.)
            let mut steps = usize::from(titled.is_some());
            while cursor < limit && steps < 6 {
                let capitalized = self.is_capitalized(cursor);
                // `of the Center for Nonproliferation Studies`: a preposition
                // inside a name of an institution.
                let determiner = self.is(cursor, WordClass::Determiner)
                    || (steps > 0
                        && self.is(cursor, WordClass::RolePreposition)
                        && self.lower(cursor) != "and"
                        && cursor + 1 < limit
                        && self.is_capitalized(cursor + 1));
                // `the pro-Trump group`: a hyphen joining two words goes
                // on to the second.
                if steps > 0 && cursor + 1 < limit && self.is_joined_hyphen(cursor) {
                    cursor += 1;
                    continue;
                }
                // (`Ruiz on Tuesday`: a date is no place of work.)
                // (`the talks`: after an article, a noun, even one spelled
                // like a verb.)
                let after_article = self.is(cursor - 1, WordClass::Determiner);
                let fits = self.doc.tokens[cursor].class == TokenClass::Word
                    && !self.is(cursor, WordClass::Calendar)
                    && (capitalized
                        || determiner
                        || self.is_modifier(cursor)
                        // (A particle only before a capital, inside a
                        // name: `Folha do Sul`, not `the tabloid to do a
                        // cover`.)
                        || self.lexeme(cursor).person.is_some_and(|entry| {
                            entry.kind != PersonWordKind::Particle
                                || cursor + 1 < limit && self.is_capitalized(cursor + 1)
                        })
                        || (after_article && !self.is(cursor, WordClass::Stopword)))
                    && (self
                        .verb(cursor)
                        .is_none_or(|(_, form)| form == VerbForm::Base && capitalized)
                        || after_article);
                if !fits {
                    break;
                }
                cursor += 1;
                steps += 1;
                if !determiner {
                    ends.push(cursor);
                    if let Some(end) = self.name_end(cursor, limit) {
                        ends.push(end);
                    }
                }
            }
        }
    }

    /// `speechwriter Noam Neusner` after `Bush`: one or two lower-case
    /// nouns the lexicon does not list, then a name. Returns the name's end.
    fn name_after_noun(&self, at: usize, limit: usize) -> Option<usize> {
        let mut index = at;
        while index < limit && index < at + 2 {
            let noun = self.doc.tokens[index].class == TokenClass::Word
                && !self.is_capitalized(index)
                && self.is_modifier(index)
                && self.lexeme(index).verb.is_none();
            if !noun {
                break;
            }
            index += 1;
            if let Some(end) = self.name_end(index, limit) {
                return Some(end);
            }
        }
        None
    }

    /// A lower-case word that never heads a noun phrase: one the grammar
    /// lists as an adjective (`incendiary`), one ending in -ous
    /// (`thunderous`), or the second half of a hyphenated word ending in
    /// -ing or -ed (`wide-ranging`, `racially-loaded`).
    pub(crate) fn is_adjective(&self, index: usize) -> bool {
        let word = self.doc.word(index);
        self.doc.tokens[index].class == TokenClass::Word
            && !self.is_capitalized(index)
            && (self.is(index, WordClass::Adjective)
                || (word.len() > 4 && word.ends_with("ous"))
                || (word.len() > 4
                    && (word.ends_with("ing") || word.ends_with("ed"))
                    && index > 0
                    && self.is_joined_hyphen(index - 1)))
    }

    /// A lower-case word that reads as a verb of its own, not as part of a
    /// noun phrase: `chose`, `disregarded`, `backing`, `leads`.
    pub(crate) fn is_verb_form(&self, index: usize) -> bool {
        let word = self.lower(index);
        !self.is_capitalized(index)
            && (self.is_past_form(index)
                || crate::tag::ing_shaped(word)
                || self
                    .verb(index)
                    .is_some_and(|(_, form)| matches!(form, VerbForm::Present3 | VerbForm::Gerund)))
    }

    /// `obtained`, `chose`: a past form, a lower-case one of
    /// [`Matcher::is_participle`] or an irregular one (`irregular_past`).
    pub(crate) fn is_past_form(&self, index: usize) -> bool {
        self.is_participle(index) || self.is(index, WordClass::IrregularPast)
    }

    /// `obtained`, `released`, `written`: a lower-case past form.
    pub(crate) fn is_participle(&self, index: usize) -> bool {
        let word = self.doc.word(index);
        self.doc.tokens[index].class == TokenClass::Word
            && !self.is_capitalized(index)
            && ((word.len() > 4 && word.ends_with("ed"))
                || self.verb(index).is_some_and(|(_, form)| form == VerbForm::Past))
    }

    /// `the printed card`, `a signed letter`: a past participle between an
    /// article and a noun describes the noun; it is no verb of its own.
    fn participle_after_article(&self, index: usize) -> bool {
        index > 0
            && index + 1 < self.doc.tokens.len()
            && self.is(index - 1, WordClass::Determiner)
            && !self.is(index - 1, WordClass::Quantifier)
            && self.lexeme(index - 1).pronoun.is_none()
            && self.is_participle(index)
            && self.doc.tokens[index + 1].class == TokenClass::Word
            && !self.is(index + 1, WordClass::Stopword)
            && self.verb(index + 1).is_none()
    }

    /// `the reports show`, `new fundraising documents show`: an -s form of
    /// a verb after an article or a lower-case modifier and right before a
    /// plural verb or a modal is a plural noun, the head of its subject
    /// (`the likelihood that unsanctioned protests will erupt`); so is one
    /// right after `that` and before a modal (`that protests will erupt`).
    /// So is one before a plural auxiliary (`the estimates are showing`),
    /// and any right after `the` (`The markets, where traders bet, show`).
    pub(crate) fn plural_noun_before_verb(&self, index: usize) -> bool {
        if index == 0 || index + 1 >= self.doc.tokens.len() || self.is_capitalized(index) {
            return false;
        }
        if !self.verb(index).is_some_and(|(_, form)| form == VerbForm::Present3) {
            return false;
        }
        let modal = self.is(index + 1, WordClass::Finite) && self.is(index + 1, WordClass::NotReporting);
        if (modal && self.lower(index - 1) == "that") || self.lower(index - 1) == "the" {
            return true;
        }
        let plural_auxiliary = matches!(self.lower(index + 1), "are" | "were" | "have");
        (modal
            || plural_auxiliary
            || self
                .verb(index + 1)
                .is_some_and(|(_, form)| matches!(form, VerbForm::Base | VerbForm::Past)))
            && (self.is(index - 1, WordClass::Determiner) && self.lexeme(index - 1).pronoun.is_none()
                || self.doc.tokens[index - 1].class == TokenClass::Word
                    && !self.is_capitalized(index - 1)
                    && !self.is(index - 1, WordClass::Stopword)
                    && self.verb(index - 1).is_none())
    }

    /// `several negative comments`, `three percentage points`: an -s form
    /// of a verb after a plural determiner or a number (not one, not a
    /// year, not an ordinal) and one or two lower-case words with no
    /// plural among them is the plural noun they modify, not a verb. (A plural between could
    /// head the subject instead, `the head of several agencies says`; and
    /// after `of` the determiner may stand for a noun, `the mother of three
    /// children says`.) Nothing before `lower` is read.
    pub(crate) fn plural_noun_after_quantifier(&self, index: usize, lower: usize) -> bool {
        if index < lower + 2
            || self.is_capitalized(index)
            || !self.verb(index).is_some_and(|(_, form)| form == VerbForm::Present3)
        {
            return false;
        }
        let mut at = index - 1;
        loop {
            let modifier = self.doc.tokens[at].class == TokenClass::Word
                && !self.is_capitalized(at)
                && !self.lower(at).ends_with('s')
                && !self.is(at, WordClass::Stopword)
                && self.verb(at).is_none();
            if !modifier || at == lower || index - at >= 3 {
                return false;
            }
            at -= 1;
            let quantifier = if self.doc.tokens[at].class == TokenClass::Number {
                // (Not an ordinal, `a 2nd website refuses`, whose letters
                // may be a token of their own.)
                let word = self.doc.word(at);
                let glued = self.doc.tokens[at + 1].span.start == self.doc.tokens[at].span.end;
                !matches!(word, "1" | "1.0")
                    && !self.is_year(at)
                    && !glued
                    && !word.ends_with(|last: char| last.is_alphabetic())
            } else {
                self.is(at, WordClass::PluralDeterminer)
            };
            if quantifier {
                return at == lower || self.lower(at - 1) != "of";
            }
        }
    }

    /// A lower-case word that may stand before a head noun: `senior`, `state-owned`, `US`.
    /// (Noun phrases ask it of the same words again and again: a known
    /// answer is read inline, and only a new one pays for a call.)
    #[inline]
    fn is_modifier(&self, index: usize) -> bool {
        match self.modifiers.get().and_then(|known| known[index].get()) {
            Some(modifier) => modifier,
            None => self.learn_modifier(index),
        }
    }

    /// [`Matcher::find_modifier`] of token `index`, kept for
    /// [`Matcher::is_modifier`].
    #[inline(never)]
    fn learn_modifier(&self, index: usize) -> bool {
        let known = self
            .modifiers
            .get_or_init(|| vec![Cell::new(None); self.doc.tokens.len()]);
        let modifier = self.find_modifier(index);
        known[index].set(Some(modifier));
        modifier
    }

    /// Whether token `index` is a time after a day (`evening` of `Thursday
    /// evening`): no modifier of a name, no part of a noun phrase.
    fn is_time_of_day(&self, index: usize) -> bool {
        index > 0 && self.is(index, WordClass::TimeUnit) && self.is(index - 1, WordClass::Calendar)
    }

    /// [`Matcher::is_modifier`], worked out.
    fn find_modifier(&self, index: usize) -> bool {
        let token = self.doc.tokens[index];
        match token.class {
            TokenClass::Word => {
                // `voice-over`, `stand-in`: the word after a joined hyphen.
                let joined = index > 0
                    && self.doc.word(index - 1) == "-"
                    && self.doc.tokens[index - 1].span.end == token.span.start;
                let lexeme = self.lexeme(index);
                // (`On Thursday evening Hillary Clinton said`.)
                if self.is_time_of_day(index) {
                    return false;
                }
                joined
                    || self.participle_after_article(index)
                    || self.plural_noun_before_verb(index)
                    || (!lexeme.is(WordClass::Stopword)
                        // `policy planning director`: the -ing form of a
                        // verb that reports but never quotes.
                        && lexeme.verb.is_none_or(|(verb, form)| {
                            form == VerbForm::Base || (form == VerbForm::Gerund && !self.grammar.verbs[verb].quotes)
                        })
                        && lexeme.pronoun.is_none())
            }
            TokenClass::Number => true,
            // `a CNN/ORC poll`, `the AT&T deal`: a slash or an ampersand
            // with no space on either side joins the words around it.
            // (`an old favorite - others say`, `WASHINGTON -- President`: a
            // hyphen with a space on either side is a dash.)
            // (`F.A.A. records`: the last dot of an initialism inside the
            // sentence.)
            TokenClass::Punct => {
                self.is_joined_hyphen(index)
                    || self.glued_joiner(index)
                    || index > 0
                        && self.abbreviation_dot(index)
                        && self.doc.tokens[index - 1].span.end == token.span.start
                        && crate::tag::is_initialism(self.doc.word(index - 1))
            }
        }
    }

    /// Whether the token at `index` is a slash or an ampersand with no
    /// space on either side, joining the words around it (`CNN/ORC`, `AT&T`).
    fn glued_joiner(&self, index: usize) -> bool {
        let tokens = &self.doc.tokens;
        matches!(self.doc.word(index), "/" | "&")
            && index > 0
            && index + 1 < tokens.len()
            && tokens[index - 1].span.end == tokens[index].span.start
            && tokens[index + 1].span.start == tokens[index].span.end
    }

    /// True for a pronoun with a contracted verb: `he’s`, `they're`, `I'd`.
    fn is_contracted_pronoun(&self, index: usize) -> bool {
        self.grammar.contracted_pronoun(self.lower(index)).is_some()
    }

    /// A role, group or institution word or phrase (up to three words) at `at`.
    /// (Asked of each word a noun phrase may open with and of each word
    /// after its modifiers, few of which the lexicon lists at all: that
    /// test is made inline, and only a listed word pays for a call.)
    #[inline]
    fn role_end(&self, at: usize, limit: usize) -> Option<usize> {
        let listed = |lexeme: &Lexeme| lexeme.person.is_some() || lexeme.is(WordClass::PhraseStart);
        if at >= limit || !listed(self.lexeme(at)) {
            return None;
        }
        self.listed_role_end(at, limit)
    }

    /// [`Matcher::role_end`] of a word the lexicon lists.
    #[inline(never)]
    fn listed_role_end(&self, at: usize, limit: usize) -> Option<usize> {
        let is_head = |kind: PersonWordKind| {
            matches!(
                kind,
                PersonWordKind::Role | PersonWordKind::Group | PersonWordKind::Institution
            )
        };
        if at >= limit || self.doc.tokens[at].class != TokenClass::Word {
            return None;
        }
        let single = self
            .lexeme(at)
            .person
            .filter(|entry| is_head(entry.kind))
            .map(|_| at + 1);
        self.phrase_end(at, limit, is_head).or(single)
    }

    /// Where a title of several words that `people.txt` lists as a role
    /// ends (`Secretary of State`, `Attorney General`), starting at `at`.
    pub(crate) fn title_phrase_end(&self, at: usize, limit: usize) -> Option<usize> {
        self.phrase_end(at, limit, |kind| kind == PersonWordKind::Role)
            .or_else(|| self.of_title_end(at, limit))
    }

    /// `Secretary of Defense Leon Panetta`, `Speaker of the House Paul
    /// Ryan`, `Minister of Foreign Affairs Sergei Lavrov`: a capitalized
    /// role, `of`, and a run of capitalized words is a title up to the
    /// run's last two words, the person's name (initials between them
    /// aside). Not where those two are a body's words (`Chairman of the
    /// Senate Foreign Relations Committee`) or joined by a connector
    /// (`Director of the Federal Bureau of Investigation`), nor where the
    /// run is too short to hold a title and a name of two words
    /// (`Secretary of Defense Panetta` stays as written).
    /// (Asked with [`Matcher::phrase_end`] of most capitalized words, few of
    /// which are a role before `of`: that test is made inline, and only
    /// such a role pays for a call.)
    #[inline]
    fn of_title_end(&self, at: usize, limit: usize) -> Option<usize> {
        if at + 4 >= limit
            || !self.is_capitalized(at)
            || !self
                .lexeme(at)
                .person
                .is_some_and(|entry| matches!(entry.kind, PersonWordKind::Role | PersonWordKind::Honorific))
            || self.doc.word(at + 1) != "of"
        {
            return None;
        }
        self.role_of_title_end(at, limit)
    }

    /// [`Matcher::of_title_end`] of a role written in lower case: where the
    /// name starts in `secretary of State Hillary Clinton`.
    pub(crate) fn lower_role_of_title_end(&self, at: usize, limit: usize) -> Option<usize> {
        if self.is_capitalized(at)
            || !self
                .lexeme(at)
                .person
                .is_some_and(|entry| entry.kind == PersonWordKind::Role)
        {
            return None;
        }
        self.role_of_title_end(at, limit)
    }

    /// [`Matcher::of_title_end`] from a capitalized role and its `of`.
    #[inline(never)]
    fn role_of_title_end(&self, at: usize, limit: usize) -> Option<usize> {
        let doc = self.doc;
        let mut index = at + 2;
        if self.lower(index) == "the" {
            index += 1;
        }
        // The capitalized words of the run but initials (`Harry M. Reid`),
        // and whether a connector comes right before each.
        let mut words: smallvec::SmallVec<[(usize, bool); 8]> = smallvec::SmallVec::new();
        let mut connector = false;
        while index < limit && words.len() < 12 {
            let word = doc.word(index);
            if doc.tokens[index].class == TokenClass::Word && self.is_capitalized(index) {
                if word.chars().count() > 1 {
                    words.push((index, connector));
                }
                connector = false;
            } else if word == "." && doc.tokens[index].span.start == doc.tokens[index - 1].span.end {
                // `Gen.`, `M.`: the dot of an abbreviation or initial.
            } else if matches!(word, "of" | "and" | "the") && !connector && !words.is_empty() {
                connector = true;
            } else {
                break;
            }
            index += 1;
        }
        let [.., _, (given, given_joined), (family, family_joined)] = words[..] else {
            return None;
        };
        let body_word = |index: usize| self.lexeme(index).person.is_some() || self.is(index, WordClass::Stopword);
        (!given_joined && !family_joined && !body_word(given) && !body_word(family)).then_some(given)
    }

    /// The end of the longest phrase of two or three words of `people.txt`
    /// of a kind `fits` accepts, starting at `at`.
    /// (Asked of every capitalized word of a name and of a noun phrase,
    /// most of which open no phrase: that test is made inline, where it is
    /// asked, and only a word that opens one pays for a call.)
    #[inline]
    fn phrase_end(&self, at: usize, limit: usize, fits: impl Fn(PersonWordKind) -> bool) -> Option<usize> {
        if at >= limit || !self.lexeme(at).is(WordClass::PhraseStart) {
            return None;
        }
        self.listed_phrase_end(at, limit, fits)
    }

    /// [`Matcher::phrase_end`] from a word that opens a phrase.
    #[inline(never)]
    fn listed_phrase_end(&self, at: usize, limit: usize, fits: impl Fn(PersonWordKind) -> bool) -> Option<usize> {
        let mut found = None;
        // The phrase in lower case, one space between its words, built on
        // the stack: a `String` was an allocation and a copy or two for
        // every capitalized word of a name that may open a phrase.
        let mut phrase: smallvec::SmallVec<[u8; 64]> = smallvec::SmallVec::from_slice(self.lower(at).as_bytes());
        for length in 2..=3 {
            let index = at + length - 1;
            if index >= limit || self.doc.tokens[index].class != TokenClass::Word {
                break;
            }
            phrase.push(b' ');
            phrase.extend_from_slice(self.lower(index).as_bytes());
            let text = std::str::from_utf8(&phrase).expect("words joined by spaces are UTF-8");
            if self.grammar.people.get(text).is_some_and(|entry| fits(entry.kind)) {
                found = Some(index + 1);
            }
        }
        found
    }

    /// `China's`, `the company's`: a possessive that acts as a determiner.
    fn is_possessor(&self, index: usize) -> bool {
        self.is_capitalized(index) && is_possessive(self.doc.word(index))
    }

    /// Whether token `index` is the apostrophe of a possessive after a
    /// final s, standing alone: glued to the word before, a space and a
    /// lower-case word after (`Sanders’ campaign`, `the Democrats' leaders`;
    /// not `told CBS' Face the Nation`, a title).
    fn is_bare_apostrophe(&self, index: usize) -> bool {
        let tokens = &self.doc.tokens;
        index > 0
            && index + 1 < tokens.len()
            && matches!(self.doc.word(index), "’" | "'")
            && tokens[index - 1].class == TokenClass::Word
            && self.doc.word(index - 1).ends_with(['s', 'S'])
            && tokens[index - 1].span.end == tokens[index].span.start
            && tokens[index].span.end < tokens[index + 1].span.start
            && tokens[index + 1].class == TokenClass::Word
            && !self.is_capitalized(index + 1)
    }

    /// Whether token `index` is the apostrophe of a plural possessive
    /// inside the name of a body: glued to a capitalized word in -s, a
    /// space after, and then a capitalized institution word of people.txt,
    /// in a name that `the` opens (`the Midwives' Guild`, `the Airline
    /// Pilots’ Union`; not `Bernie Sanders' Iowa director`, nor `Sanders'
    /// Senate votes`).
    fn is_body_name_apostrophe(&self, index: usize) -> bool {
        let tokens = &self.doc.tokens;
        let apostrophe = index > 0
            && index + 1 < tokens.len()
            && matches!(self.doc.word(index), "’" | "'")
            && tokens[index - 1].class == TokenClass::Word
            && self.is_capitalized(index - 1)
            && self.doc.word(index - 1).ends_with('s')
            && tokens[index - 1].span.end == tokens[index].span.start
            && tokens[index].span.end < tokens[index + 1].span.start
            && self.is_capitalized(index + 1)
            && self
                .lexeme(index + 1)
                .person
                .is_some_and(|entry| entry.is_institution());
        apostrophe && {
            let first = (index.saturating_sub(BODY_NAME_WORDS)..index)
                .rev()
                .take_while(|&at| tokens[at].class == TokenClass::Word && self.is_capitalized(at))
                .last()
                .unwrap_or(index);
            first > 0 && self.lower(first - 1) == "the" || self.lower(first) == "the"
        }
    }

    /// Where the noun phrase after a possessive with a bare apostrophe
    /// starts, for one that opens at `at`: one word (`Democrats’`) or a
    /// name of up to three capitalized words (`Bernie Sanders’`).
    /// (Asked at the start of every noun phrase, most of which open with a
    /// lower-case word and a space after it: that test is made inline, and
    /// only a capitalized word or one with a mark glued to it pays for the
    /// walk.)
    #[inline]
    fn bare_possessive_end(&self, at: usize, limit: usize) -> Option<usize> {
        let tokens = &self.doc.tokens;
        let may =
            at + 1 < tokens.len() && (tokens[at + 1].span.start == tokens[at].span.end || self.is_capitalized(at));
        if may {
            self.find_bare_possessive_end(at, limit)
        } else {
            None
        }
    }

    /// [`Matcher::bare_possessive_end`], walked.
    #[inline(never)]
    fn find_bare_possessive_end(&self, at: usize, limit: usize) -> Option<usize> {
        let tokens = &self.doc.tokens;
        for last in at..limit.min(at + 3) {
            if tokens[last].class != TokenClass::Word || last > at && !self.is_capitalized(last) {
                return None;
            }
            let glued = last + 1 < tokens.len() && tokens[last + 1].span.start == tokens[last].span.end;
            if glued {
                let possessive =
                    self.is_bare_apostrophe(last + 1) && (last == at || self.is_capitalized(at)) && last + 2 < limit;
                return possessive.then_some(last + 2);
            }
        }
        None
    }

    /// A proper name: capitalized words, with particles, hyphens, initials
    /// and an honorific in front. Returns its end.
    /// (Asked at every start of a noun phrase and after each of its heads,
    /// mostly of lower-case words: a name opens with a capital or a
    /// particle (`de Gaulle`), a test made inline, and only such a word
    /// pays for the search.)
    #[inline]
    pub(crate) fn name_end(&self, at: usize, limit: usize) -> Option<usize> {
        if at >= limit || !(self.is_capitalized(at) || self.is_particle(at)) {
            return None;
        }
        self.find_name_end(at, limit)
    }

    /// True for a particle of a name: `de`, `al`.
    fn is_particle(&self, index: usize) -> bool {
        self.lexeme(index).is_particle()
    }

    /// [`Matcher::name_end`] from a capital or a particle.
    #[inline(never)]
    fn find_name_end(&self, at: usize, limit: usize) -> Option<usize> {
        let doc = self.doc;
        let mut index = at;
        let mut end = None;
        // Honorific: Mr, Ms., Sen.
        if index < limit
            && self.is_capitalized(index)
            && self
                .lexeme(index)
                .person
                .is_some_and(|entry| entry.kind == PersonWordKind::Honorific)
        {
            index += 1;
            if index < limit && doc.word(index) == "." && doc.tokens[index].span.start == doc.tokens[index - 1].span.end
            {
                index += 1;
            }
        }
        while index < limit {
            let token = doc.tokens[index];
            let word = doc.word(index);
            let capitalized = self.is_capitalized(index);
            // A lower-case word goes on with a name only as a hyphen, an
            // ampersand or a particle (see below); any other ends it,
            // whatever the tests of a line break and a title would find.
            if !capitalized
                && word != "-"
                && word != "&"
                && word != "/"
                && !self.is_particle(index)
                && !(end.is_some() && self.is_body_name_apostrophe(index))
                && !(word == "and"
                    && end.is_some()
                    && at > 0
                    && doc.word(at - 1).eq_ignore_ascii_case("the")
                    && self.and_joins_institution(index + 1, limit))
                && !(word == "of" && end.is_some() && self.of_joins_institution(index, limit))
            {
                break;
            }
            // A name ends with its line: `… Like Donald Trump` then
            // `MANCHESTER, N.H. —` on the next.
            if end.is_some() && doc.line_break_before(index) {
                break;
            }
            // `White House Chief of Staff Denis McDonough`: a title with a
            // lower-case word inside ends the name before it (`Cleveland
            // Police Chief Calvin Williams` runs on, and drops its title
            // later).
            if end.is_some()
                && self
                    .title_phrase_end(index, limit)
                    .is_some_and(|title_end| (index..title_end).any(|word| !self.is_capitalized(word)))
            {
                break;
            }
            // `… And Marco Rubio …` in a headline: a conjunction opens no name.
            if capitalized
                && end.is_none()
                && (self.is(index, WordClass::Conjunction) || self.is(index, WordClass::Subordinator))
            {
                break;
            }
            if capitalized && is_possessive(word) && self.is_name_word(index, strip_possessive(word)) {
                // `Bikamal Kaken's husband`: the possessive ends the name.
                return Some(index + 1);
            }
            let lexeme = self.lexeme(index);
            // Inside a name a verb form is a name word: `United States`.
            // So is a month with no number after it: `Ai Jun`, `Anne March`,
            // and `Theresa May` though `may` is a function word, where no
            // capitalized word follows (`Trump May Win` in a headline).
            let inside = || {
                let next = index + 1;
                let month = lexeme.is(WordClass::Month)
                    && (next >= doc.tokens.len() || doc.tokens[next].class != TokenClass::Number);
                let function_word = lexeme.is(WordClass::Stopword);
                end.is_some()
                    && ((lexeme.verb.is_some() && !function_word)
                        || (month && !(function_word && next < limit && self.is_capitalized(next))))
            };
            let listed_name = || end.is_none() && self.is_listed_word_name(index);
            // `James A. Baker`: an initial that is also a word, inside a name.
            let initial = || {
                end.is_some()
                    && index + 2 < limit
                    && word.len() == 1
                    && doc.word(index + 1) == "."
                    && doc.tokens[index + 1].span.start == token.span.end
                    && self.is_capitalized(index + 2)
            };
            // `AT&T`: any word glued by an ampersand or slash to a capital.
            let joined = || index + 2 < limit && self.glued_joiner(index + 1) && self.is_capitalized(index + 2);
            // (The plain name word first, the usual case: the other tests
            // need only be made for the words it turns down.)
            if capitalized && (self.is_name_word(index, word) || inside() || listed_name() || initial() || joined()) {
                index += 1;
                end = Some(index);
                // An initial or abbreviation: `J.`, `U.S.`, `Jr.`
                if index < limit
                    && doc.word(index) == "."
                    && doc.tokens[index].span.start == token.span.end
                    && self.takes_a_dot(index - 1)
                {
                    index += 1;
                    end = Some(index);
                }
                // `D.E. Shaw & Co.`: a firm's suffix ends its name.
                if lexeme.is(WordClass::FirmSuffix) && index > at + 1 {
                    return end;
                }
                continue;
            }
            let joins = end.is_some() && index + 1 < limit;
            // `Ban Ki-moon`, `Kim Jong-un`: a short lower-case syllable glued
            // by a hyphen to the second capitalized word or a later one ends
            // the name (not a verb form, `Paul Ryan-led`, nor a longer word,
            // `Hillary Clinton-style`).
            // (The count of capitals last: a lower-case word after a hyphen
            // ends the name either way, or, as a particle, brings a capital
            // with it, so the count runs twice a name at most.)
            if joins
                && word == "-"
                && token.span.start == doc.tokens[index - 1].span.end
                && doc.tokens[index + 1].span.start == token.span.end
                && doc.tokens[index + 1].class == TokenClass::Word
                && !self.is_capitalized(index + 1)
                && doc.word(index + 1).len() <= 4
                && !self.is_verb_form(index + 1)
                && !self.is(index + 1, WordClass::Stopword)
                && (index + 2 >= limit || doc.word(index + 2) != "-")
                && (at..index).filter(|&before| self.is_capitalized(before)).count() >= 2
            {
                return Some(index + 2);
            }
            // `AT&T`, `P&G`: an ampersand between capitals, with no spaces;
            // so a slash (`the ABC News/Washington Post poll`). With spaces,
            // an ampersand joins a firm's name (`Brackley & Dunn`), not
            // before a title or a pronoun (`Giuliani & Sen. Jeff Sessions`,
            // `Ann & I`).
            let ampersand = joins
                && self.is_capitalized(index + 1)
                && (self.glued_joiner(index)
                    || word == "&" && {
                        let next = self.lexeme(index + 1);
                        next.person.is_none() && next.pronoun.is_none()
                    });
            if joins && (ampersand || word == "-" && doc.tokens[index + 1].span.start == token.span.end) {
                index += 1;
                continue;
            }
            // `the Midwives' Guild`: a plural possessive inside a body's name.
            if joins && self.is_body_name_apostrophe(index) {
                index += 1;
                continue;
            }
            let particle = self.is_particle(index);
            if joins && particle && self.is_capitalized(index + 1) {
                index += 1;
                continue;
            }
            // `the Food and Drug Administration`, `the Valdrenne Fire and
            // Rescue Service`: `and` between capitals inside an
            // institution's name after `the`, which the words after it end
            // (not `Clinton and Sanders`, `former Clinton and State
            // Department aides`, `Podesta Group Inc. and Mercury LLC`).
            if joins && word == "and" {
                index += 1;
                continue;
            }
            // `the National Gallery of Lanmark`, `the Ministry of Defence`,
            // `Bank of America`: `of` after an institution's word goes on
            // with the name.
            if joins && word == "of" {
                index += 1;
                continue;
            }
            if end.is_none()
                && particle
                && index + 1 < limit
                && (doc.word(index + 1) == "-" || self.is_capitalized(index + 1))
            {
                // al-Assad, de Gaulle at the start of a name.
                index += 1;
                continue;
            }
            break;
        }
        end
    }

    /// Whether the capitalized words from `at` (up to `limit`), after an
    /// `and` after a name word, are two or three name words ending in an
    /// institution's word (`Rescue Service`, `Drug Administration`): what
    /// the `and` joins into one name.
    fn and_joins_institution(&self, at: usize, limit: usize) -> bool {
        let run = (at..limit.min(at + MAX_AND_JOINED + 1))
            .take_while(|&index| self.is_capitalized(index) && self.lexeme(index).pronoun.is_none())
            .count();
        // (Not after a body's name or an acronym, nor before one word:
        // `the White House and Pentagon`, `the FBI and State Department`,
        // `Bush and Congress`.)
        let before = self.doc.word(at - 2);
        let acronym = before.len() > 1 && before.chars().all(|ch| !ch.is_lowercase());
        let body_before = self.lexeme(at - 2).person.is_some_and(|entry| entry.is_institution());
        (2..=MAX_AND_JOINED).contains(&run)
            && !acronym
            && !body_before
            && (at + run == limit || !self.is_capitalized(at + run))
            && self
                .lexeme(at + run - 1)
                .person
                .is_some_and(|entry| entry.is_institution())
    }

    /// Whether the `of` at `at` joins a name: after a capitalized word of
    /// the institution kind, before a capitalized word that is no pronoun
    /// and no person word (`the National Gallery of Lanmark`; not `Bernie
    /// Sanders of Vermont`, `the Board of Trustees Chairman Ana Ruiz`).
    fn of_joins_institution(&self, at: usize, limit: usize) -> bool {
        at + 1 < limit
            && at > 0
            && self.is_capitalized(at - 1)
            && self.lexeme(at - 1).person.is_some_and(|entry| entry.is_institution())
            && self.is_capitalized(at + 1)
            && self.lexeme(at + 1).pronoun.is_none()
            && self.lexeme(at + 1).person.is_none()
    }

    /// `"…," From said.`, `said Will Doyle`, `"…," Read said.`: a word the
    /// lexicon lists, capitalized in mid-sentence, is a name: a function
    /// word before a speech verb or another name word, a verb form before
    /// a speech verb.
    fn is_listed_word_name(&self, index: usize) -> bool {
        let doc = self.doc;
        let word = doc.word(index);
        let function_word = self.is(index, WordClass::Stopword) && self.lexeme(index).pronoun.is_none();
        // `"…," Read said.`: a capitalized verb form in mid-sentence right
        // before a speech verb is a name too.
        let verb_form = self.verb(index).is_some();
        // `"…," Jun wrote.`: a month's name, not after a preposition or a
        // number (`in May said`, `5 May`).
        let is_month = self.is(index, WordClass::Month);
        // (`In May Clinton said`: after a preposition or a number a month
        // is a date, whatever else the word may be.)
        let date = is_month
            && index > 0
            && (self.is(index - 1, WordClass::Preposition) || doc.tokens[index - 1].class == TokenClass::Number);
        let month = is_month && !date;
        if index == 0 || index + 1 >= doc.tokens.len() || date || !(function_word || verb_form || month) || word == "I"
        {
            return false;
        }
        let shouting = word.chars().all(|c| !c.is_lowercase());
        let previous = doc.word(index - 1);
        // An opening mark touches the word after it: `"From now on`.
        let opening_mark =
            is_quote_mark_token(previous) && doc.tokens[index - 1].span.end == doc.tokens[index].span.start;
        // `"…act." Of Carson, Lee said`: a closing mark after a full stop.
        let closing_mark = is_quote_mark_token(previous) && index >= 2 && doc.ends_sentence(index - 2);
        let opens = doc.ends_sentence(index - 1)
            || doc.ends_paragraph(index)
            || opening_mark
            || closing_mark
            || is_dash(previous)
            || matches!(previous, ":" | "(");
        let next = index + 1;
        let before_verb = self
            .verb(next)
            .is_some_and(|(verb, form)| verb.quotes && form != VerbForm::Base);
        let before_name = self.is_capitalized(next) && self.is_name_word(next, doc.word(next));
        // (`governor Jan Brewer`: a month's name before a name word is a
        // given name.)
        !shouting && !opens && (before_verb || (before_name && (function_word || month)))
    }

    /// Whether token `index`, written `word` (its possessive maybe cut
    /// off), can be a word of a name.
    fn is_name_word(&self, index: usize, word: &str) -> bool {
        let lexeme = self.lexeme(index);
        !lexeme.is(WordClass::Stopword)
            && lexeme.pronoun.is_none()
            && lexeme.verb.is_none_or(|(_, form)| {
                form == VerbForm::Base && word.len() > 3 && !matches!(self.lower(index), "says" | "said")
            })
            && (!lexeme.is(WordClass::Calendar) || self.shouted_pair(index))
            && !is_possessive(word)
    }

    /// `USA TODAY`: a word in capitals right after another, which names
    /// even where it is spelled like a day.
    fn shouted_pair(&self, index: usize) -> bool {
        let shouted = |at: usize| {
            let word = self.doc.word(at);
            word.len() > 1 && word.chars().all(|c| c.is_ascii_uppercase())
        };
        index > 0 && shouted(index) && shouted(index - 1)
    }

    /// The subject of the verb at `verb_index`: a speaker ending right before
    /// it (auxiliaries and adverbs between allowed), maybe with an aside
    /// (`Kaken, who sews clothes …, insists`). Starts no earlier than `lower`.
    pub(crate) fn subject_before(&self, verb_index: usize, lower: usize) -> Option<Range<usize>> {
        if let Some(known) = self.subjects.borrow().get(&(verb_index, lower)) {
            return known.clone();
        }
        let subject = self
            .find_subject_before(verb_index, lower)
            .map(|subject| self.list_start(subject.start, subject.end, lower)..subject.end);
        self.subjects.borrow_mut().insert((verb_index, lower), subject.clone());
        subject
    }

    /// Where a subject `Fiorina and Huckabee` at `start..end` starts with
    /// the names listed before it: `Carson, Fiorina and Huckabee say`,
    /// `Vietnam, the Philippines, Malaysia, Brunei and Taiwan claim`. Each
    /// item is a name (maybe after `the`) and a comma, at most
    /// [`MAX_LIST_ITEM`] tokens, none a date (`On Sunday, Rubio and Cruz
    /// urged`); the list opens its sentence or follows a subordinator,
    /// `that` or a conjunction (not a preposition: `served in Iran, Turkey
    /// and France`). Otherwise `start`.
    fn list_start(&self, start: usize, end: usize, lower: usize) -> usize {
        // (`Carson, Fiorina, and Huckabee`: a comma before the `and` too,
        // where the subject found is the last name alone.)
        let serial = start >= lower + 3 && self.lower(start - 1) == "and" && self.doc.word(start - 2) == ",";
        let mut first = if serial {
            if self.name_end(start, end) != Some(end) {
                return start;
            }
            start - 1
        } else {
            let Some(and) = (start + 1..end).find(|&at| self.lower(at) == "and") else {
                return start;
            };
            if self.name_end(start, and) != Some(and) || self.name_end(and + 1, end) != Some(end) {
                return start;
            }
            start
        };
        let mut items = 0;
        while first >= lower + 2 && self.doc.word(first - 1) == "," {
            let comma = first - 1;
            let Some(item) = (lower.max(comma.saturating_sub(MAX_LIST_ITEM))..comma)
                .find(|&at| self.name_end(at, comma) == Some(comma))
            else {
                break;
            };
            // (Nor an opening phrase: `Among Republicans, Donald Trump and
            // Ted Cruz`.)
            if (item..comma).any(|at| self.is(at, WordClass::Calendar))
                || self.is(item, WordClass::Stopword)
                || self.is(item, WordClass::Preposition)
            {
                break;
            }
            first = if item > lower && self.lower(item - 1) == "the" {
                item - 1
            } else {
                item
            };
            items += 1;
        }
        // (A serial list names at least three: `Meanwhile, and Cruz` none.)
        let enough = if serial { items >= 2 } else { items >= 1 };
        let opens = first == lower
            || self.doc.ends_sentence(first - 1)
            || self.is(first - 1, WordClass::Subordinator)
            || self.is(first - 1, WordClass::Conjunction)
            || self.lower(first - 1) == "that";
        if enough && opens { first } else { start }
    }

    fn find_subject_before(&self, verb_index: usize, lower: usize) -> Option<Range<usize>> {
        let Some(subject) = self
            .subject_with_aside(verb_index, lower)
            .map(|subject| self.after_headline(subject))
        else {
            // `The officials whose laws were struck down say`: no phrase ends
            // at the verb, but a relative clause does.
            let relative = self.restrictive_relative_before(verb_index, verb_index, lower)?;
            // (Not a verb coordinated inside the clause, `who helped … and
            // portrayed her as …`: its subject is the `who`, which reported
            // speech takes as the mention.)
            if (relative + 1..verb_index).any(|at| matches!(self.lower(at), "and" | "but" | "or")) {
                return None;
            }
            return self.antecedent(relative, lower);
        };
        // `A letter from the Legion obtained by The Associated Press warns`,
        // `Polls conducted in South Carolina found`: a past participle and
        // its agent, or (after a common noun) its place or time, belong to
        // the noun phrase before them, which is the subject. (A name's
        // article is not part of its span, `by the Post`; `South Carolina`:
        // the whole name is the place.)
        let mut start = subject.start;
        if start > lower && self.is(start - 1, WordClass::Determiner) {
            start -= 1;
        }
        let mut phrase = start;
        while phrase > lower && self.is_capitalized(phrase - 1) && !self.doc.ends_sentence(phrase - 1) {
            phrase -= 1;
        }
        if phrase >= lower + 2
            && self.participle_phrase_at(phrase - 1, lower)
            && let Some(outer) = self.subject_with_aside(phrase - 2, lower)
        {
            return Some(outer);
        }
        // `Voters leaving the polls say`: so does the object of a present
        // participle, right after the noun it describes.
        if let Some(outer) = self.subject_before_participle(start, lower) {
            return Some(outer);
        }
        // `a voter who lost her job said`: the object of a relative
        // clause's verb is no subject; the relative's antecedent is.
        let mut relative = start.saturating_sub(2);
        if relative > lower && self.is(relative, WordClass::Auxiliary) {
            relative -= 1;
        }
        if start >= lower + 2
            && relative >= lower
            && self.is(relative, WordClass::Relative)
            && self.doc.tokens[start - 1].class == TokenClass::Word
            && !self.is_capitalized(start - 1)
            && !self.is(start - 1, WordClass::Auxiliary)
            && self.verb(start - 1).is_none()
        {
            return self.antecedent(relative, lower);
        }
        // `A woman who works at the store said`, `executives who have
        // worked with Murdoch say`: a longer relative clause with no comma
        // ends right before the verb; its antecedent is the subject.
        if let Some(relative) = self.restrictive_relative_before(start, subject.end, lower) {
            return self.antecedent(relative, lower).or(Some(subject));
        }
        Some(subject)
    }

    /// Whether the preposition at `at` (after `lower + 1`) opens the agent
    /// (`obtained by Reuters`) or, after a common noun, the place or time
    /// (`disclosures filed in court`) of the past participle right before
    /// it: a phrase that describes the noun before the participle.
    fn participle_phrase_at(&self, at: usize, lower: usize) -> bool {
        self.is_participle(at - 1)
            && (self.lower(at) == "by" || self.is(at, WordClass::Preposition) && self.noun_before(at - 1, lower))
    }

    /// Whether the word right before `at` (and after `lower`) may end a
    /// common noun phrase: a word that is no stopword, no verb of speech
    /// and no name, lower case or the first of its clause (`disclosures` of
    /// `disclosures filed in court`, not `who`, `was` or `Bechdel said in`).
    pub(crate) fn noun_before(&self, at: usize, lower: usize) -> bool {
        at > lower
            && self.doc.tokens[at - 1].class == TokenClass::Word
            && (at - 1 == lower || !self.is_capitalized(at - 1))
            && !self.is(at - 1, WordClass::Stopword)
            && self.verb(at - 1).is_none()
    }

    /// The subject before a present participle whose object starts at
    /// `start`, if one stands there: `Voters` of `Voters leaving the polls
    /// say`, a person word or a name right before an -ing word; or of its
    /// preposition (`Residents living in the town said`).
    fn subject_before_participle(&self, start: usize, lower: usize) -> Option<Range<usize>> {
        let object = if start > lower + 1 && self.is(start - 1, WordClass::Determiner) {
            start - 1
        } else {
            start
        };
        let start = if object > lower + 2 && self.is(object - 1, WordClass::Preposition) {
            object - 1
        } else {
            start
        };
        // (Any -ing word: the lexicon lists verbs of speech only, and none
        // of their -ing forms is a stopword.)
        let object_of_gerund = start >= lower + 2
            && !self.is_capitalized(start - 1)
            && crate::tag::ing_shaped(self.lower(start - 1))
            && !self.is(start - 1, WordClass::Stopword)
            // (A person or a name: not `the circumstances surrounding …`.)
            && (self.is_capitalized(start - 2) || self.lexeme(start - 2).person.is_some())
            && self.verb(start - 2).is_none()
            && !self.is(start - 2, WordClass::Stopword);
        if object_of_gerund {
            self.subject_with_aside(start - 1, lower)
        } else {
            None
        }
    }

    /// `subject` without a headline in capitals that opens it: a live
    /// blog's item runs its headline into its first sentence (`10 KILLED IN
    /// DEADLY ISTANBUL EXPLOSION Turkish President Recep Tayyip Erdogan
    /// said`). At least [`MIN_HEADLINE_WORDS`] words in capitals (numbers
    /// among them), then a word that is not.
    fn after_headline(&self, subject: Range<usize>) -> Range<usize> {
        let shouted = |index: usize| {
            let word = self.doc.word(index);
            word.len() >= 2
                && word.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
                && word.chars().any(char::is_alphabetic)
        };
        let mut at = subject.start;
        let mut words = 0;
        while at < subject.end {
            if shouted(at) {
                words += 1;
            } else if self.doc.tokens[at].class != TokenClass::Number {
                break;
            }
            at += 1;
        }
        if words >= MIN_HEADLINE_WORDS && at < subject.end && self.is_capitalized(at) {
            at..subject.end
        } else {
            subject
        }
    }

    /// The `who` of a restrictive relative clause that runs, with no mark,
    /// from right after a noun through the subject found at `start..end`,
    /// and holds a verb (`who works at the store`); at most
    /// [`MAX_RELATIVE_CLAUSE`] tokens before `start`.
    fn restrictive_relative_before(&self, start: usize, end: usize, lower: usize) -> Option<usize> {
        // (`Mr.`: the dot of an abbreviation inside the sentence is no mark.)
        let relative = (lower.max(start.saturating_sub(MAX_RELATIVE_CLAUSE))..start)
            .rev()
            .take_while(|&at| self.doc.tokens[at].class != TokenClass::Punct || self.abbreviation_dot(at))
            .find(|&at| matches!(self.lower(at), "who" | "whose"))?;
        let antecedent_word = relative > lower
            && self.doc.tokens[relative - 1].class == TokenClass::Word
            && !self.is(relative - 1, WordClass::Stopword)
            && self.verb(relative - 1).is_none();
        // (`who works`: a word right after `who` that opens no noun phrase
        // is its verb.)
        let after_who = self.lower(relative) == "who"
            && self.doc.tokens[relative + 1].class == TokenClass::Word
            && !self.is_capitalized(relative + 1)
            && !self.is(relative + 1, WordClass::Determiner)
            && self.lexeme(relative + 1).pronoun.is_none();
        let has_verb = after_who
            || (relative + 1..end).any(|at| {
                self.is(at, WordClass::Finite)
                    || self.is(at, WordClass::Auxiliary)
                    || self.is_verb_form(at)
                    || self.verb(at).is_some()
            });
        (antecedent_word && has_verb && relative + 1 < end).then_some(relative)
    }

    /// Whether the word at `index` is written with a dot of its own after
    /// it: an initial (`J.`), a listed abbreviation (`Jr.`, `U.S.`) or an
    /// initialism (`F.B.I.`).
    fn takes_a_dot(&self, index: usize) -> bool {
        let word = self.doc.word(index);
        word.chars().count() == 1 || self.is(index, WordClass::Abbreviation) || crate::tag::is_initialism(word)
    }

    /// Whether the token at `at` is the dot of an abbreviation inside a
    /// sentence (`Mr.`, `Gov.`): a dot the segmenter did not end the
    /// sentence at.
    fn abbreviation_dot(&self, at: usize) -> bool {
        self.doc.word(at) == "." && !self.doc.ends_sentence(at)
    }

    /// The subject of the verb at `verb_index`, maybe past an aside.
    fn subject_with_aside(&self, verb_index: usize, lower: usize) -> Option<Range<usize>> {
        if let Some(subject) = self.subject_ending_at(verb_index, lower) {
            // `who in two earlier opinions had made clear`: the object of a
            // preposition is no subject; the phrase (its modifiers too) is
            // an aside after the relative pronoun.
            let object = (lower.max(subject.start.saturating_sub(MAX_ASIDE_MODIFIERS))..subject.start)
                .rev()
                .find(|&at| {
                    self.doc.tokens[at].class == TokenClass::Punct
                        || self.is(at, WordClass::Preposition)
                        || self.is(at, WordClass::Relative)
                        || self.verb(at).is_some()
                })
                .unwrap_or(subject.start);
            if object > lower && self.is(object, WordClass::Preposition) && self.is(object - 1, WordClass::Relative) {
                return Some(object - 1..object);
            }
            return Some(subject);
        }
        // `Gingrich — mentioned by Newsmax as a choice — told`, `Sen. Chris
        // Murphy (a Connecticut Democrat so boyish …) says`: an aside between
        // dashes or in parentheses stands between the subject and the verb.
        let mut close = verb_index;
        while close > lower && self.is_adverb(close - 1) {
            close -= 1;
        }
        if let Some(open) = self.aside_open(close, lower)
            && let Some(subject) = self.subject_ending_at(open, lower)
        {
            return Some(subject);
        }
        // `who has in the past described`, `Trump on Tuesday told`: skip a
        // short time or place phrase between the subject and the verb.
        let mut aside = verb_index;
        while aside > lower && aside + 5 > verb_index {
            aside -= 1;
            // `supported Obama over Clinton and said`: a coordinated verb is
            // no aside; its subject is the sentence's.
            if matches!(self.lower(aside), "and" | "but" | "or" | "," | ";") {
                break;
            }
            // `The memo seen by Reuters said`, `The memo obtained by Reuters
            // said`, `disclosures filed in court revealed`: a participle and
            // its agent, place or time belong to no subject.
            if aside > lower + 1
                && self.participle_phrase_at(aside, lower)
                && let Some(subject) = self.subject_ending_at(aside - 1, lower)
            {
                return Some(subject);
            }
            if (self.is(aside, WordClass::Preposition) || self.is(aside, WordClass::Calendar))
                && let Some(subject) = self.subject_ending_at(aside, lower)
            {
                return Some(subject);
            }
        }
        None
    }

    /// Where an aside that closes right before `close` opens: the dash
    /// (spaced, or long) before a closing one, or the `(` of a `)`, at most
    /// [`MAX_APPOSITIVE`] tokens back and no earlier than `lower`.
    fn aside_open(&self, close: usize, lower: usize) -> Option<usize> {
        if close <= lower + 1 {
            return None;
        }
        let mut before = (lower.max(close.saturating_sub(MAX_APPOSITIVE))..close - 1).rev();
        // (`Graham—who had endorsed Bush—said`: a long dash needs no spaces.)
        if self.is_aside_dash(close - 1) {
            before.find(|&index| self.is_aside_dash(index))
        } else if self.doc.word(close - 1) == ")" {
            before
                .take_while(|&index| self.doc.word(index) != ")")
                .find(|&index| self.doc.word(index) == "(")
        } else {
            None
        }
    }

    fn subject_ending_at(&self, verb_index: usize, lower: usize) -> Option<Range<usize>> {
        let mut subject_end = self.past_auxiliaries(verb_index, lower);
        // `Trump's wide-ranging comments`, `a thunderous chant`: a phrase
        // that ends in an adjective has its noun still to come, the word
        // read as its verb.
        if subject_end == verb_index && verb_index > lower && self.is_adjective(verb_index - 1) {
            return None;
        }
        // `Lee and Kim both said`, `they all agreed`: a quantifier floated
        // after the subject's last word (not `Of the voters, all said`,
        // `which all said`, where it is the subject).
        if subject_end > lower + 1 && self.is(subject_end - 1, WordClass::FloatingQuantifier) {
            let last = subject_end - 2;
            let ends_noun_phrase = self.doc.tokens[last].class == TokenClass::Word
                && (self
                    .grammar
                    .pronoun(self.lower(last))
                    .is_some_and(|pronoun| pronoun.subject)
                    || !self.is(last, WordClass::Stopword)
                        && !self.is(last, WordClass::Determiner)
                        && !self.is(last, WordClass::Quantifier)
                        && self.verb(last).is_none());
            if ends_noun_phrase {
                subject_end = self.past_auxiliaries(subject_end - 1, lower);
            }
        }
        // `A poll released Sunday shows`: a participle and its time belong
        // to the subject, which ends before them.
        if let Some(start) = self.dated_participle_start(subject_end, lower)
            && let Some(subject) = self.noun_phrase_ending_at(start, lower)
        {
            return Some(subject);
        }
        // `Lee last week said`, `The agency less than two weeks ago said`:
        // a span of time between the subject and its verb is no speaker.
        // (`Ruiz a month later announced`: `later` was skipped as an adverb.)
        let time = self.time_phrase_start(subject_end, lower).or_else(|| {
            (subject_end..verb_index)
                .find(|&at| self.is(at, WordClass::TimePast))
                .and_then(|at| self.time_phrase_start(at + 1, lower))
        });
        match time {
            Some(start) => self.noun_phrase_ending_at(self.past_auxiliaries(start, lower), lower),
            None => self.noun_phrase_ending_at(subject_end, lower),
        }
    }

    /// The speaker noun phrase, maybe with an aside, that ends right before
    /// `subject_end`.
    fn noun_phrase_ending_at(&self, subject_end: usize, lower: usize) -> Option<Range<usize>> {
        let speaker = Item {
            element: Element::Speaker,
            optional: false,
        };
        let appositive = Item {
            element: Element::Appositive,
            optional: false,
        };
        if subject_end <= lower {
            return None;
        }
        let mut capture = Capture::default();
        let near = lower.max(subject_end.saturating_sub(MAX_SPEAKER));
        let far = lower.max(subject_end.saturating_sub(MAX_SPEAKER + MAX_APPOSITIVE));
        // A noun phrase ends in a word, a number, a per cent sign or a
        // parenthesis; an aside ends in a comma. Anything else has no
        // subject: no need to search.
        let last = self.doc.tokens[subject_end - 1];
        let last_word = self.doc.word(subject_end - 1);
        let initial = last_word == "." && subject_end >= 2 && self.takes_a_dot(subject_end - 2);
        // Starts before `noun_phrase_reach` cannot end at `subject_end`: not tried.
        let mut reach = self.noun_phrase_reach(near, subject_end);
        // A word the reach stops at (past `near`) is one that no noun phrase
        // takes in: the only speaker that starts there is the word alone (a
        // relative: `who said`), so where more follows, the search starts
        // after it. (Not after a preposition, which keeps the next word
        // from starting a subject in `match_ending_at`.)
        if reach > near
            && reach + 1 < subject_end
            && self.doc.tokens[reach].class == TokenClass::Word
            && !self.is(reach, WordClass::Preposition)
        {
            reach += 1;
        }
        // (`85%`: a per cent sign after a number is the phrase's noun.)
        let per_cent =
            last_word == "%" && subject_end >= 2 && self.doc.tokens[subject_end - 2].class == TokenClass::Number;
        let found = (last.class != TokenClass::Punct || last_word == ")" || initial || per_cent)
            && self.match_ending_at(std::slice::from_ref(&speaker), reach..subject_end, &mut capture);
        if found {
            return capture.speaker;
        }
        // (An aside ends in a comma, or in a quotation with its comma
        // inside the closing mark.)
        let comma_end = last_word == ","
            || subject_end >= 2 && is_quote_mark_token(last_word) && self.doc.word(subject_end - 2) == ",";
        if comma_end && self.match_ending_at(&[speaker.clone(), appositive.clone()], far..subject_end, &mut capture) {
            // `Recently, Tom Emanuel, a voter, said`, `Overall, liberal
            // groups, including …, reported`: an adverb that opens the
            // sentence is no speaker; the name after its comma is.
            if let Some(opener) = capture.speaker.clone()
                && opener.len() == 1
                && opener.end < subject_end
                && self.doc.word(opener.end) == ","
                && (self.is_adverb_opener(opener.start) || self.lexeme(opener.start).is(WordClass::Adverb))
            {
                let mut after = Capture::default();
                if self.match_ending_at(&[speaker, appositive], opener.end + 1..subject_end, &mut after) {
                    capture = after;
                }
            }
            return match (capture.speaker, capture.appositive) {
                (Some(speaker), Some(aside)) => Some(self.name_in_aside(&speaker, aside).unwrap_or(speaker)),
                (speaker, _) => speaker,
            };
        }
        // `Sen. Jack Reed (D-R.I.), said`: a stray comma after a tag in
        // parentheses, where no comma before it opens an aside it would
        // close (`others, including Sen. Jeff Merkley (D-Ore.), are`).
        if last_word == ","
            && subject_end >= lower + 2
            && self.doc.word(subject_end - 2) == ")"
            && !(lower..subject_end - 1).any(|index| self.doc.word(index) == ",")
        {
            return self.noun_phrase_ending_at(subject_end - 1, lower);
        }
        None
    }

    /// `The second, Ana Ruiz, said`, `Her lawyer, Tom Lee, said`: a name
    /// that is the whole aside after a speaker with no name of its own, or
    /// opens it before a comma of its own (`The hacker, Marcel Lazar, 44,
    /// said`), is who speaks. (`Ana Ruiz, a lawyer, said` keeps its name.)
    fn name_in_aside(&self, speaker: &Range<usize>, aside: Range<usize>) -> Option<Range<usize>> {
        let (start, end) = (aside.start + 1, aside.end.checked_sub(1)?);
        let commas = self.doc.word(aside.start) == "," && self.doc.word(end) == ",";
        let unnamed = speaker.clone().all(|index| {
            !self.is_capitalized(index)
                || self.is(index, WordClass::Determiner)
                || is_possessive(self.doc.word(index))
                || self.lexeme(index).person.is_some()
        });
        if !commas || !unnamed || start >= end {
            return None;
        }
        // (`As a part of his plea, Marcel Lazar, 44, said`: a name that
        // opens an aside of two parts, up to its own comma.)
        let name = self.name_end(start, end)?;
        (name == end || self.doc.word(name) == ",").then_some(start..name)
    }

    /// The start of the auxiliaries and adverbs that end before `end`.
    fn past_auxiliaries(&self, end: usize, lower: usize) -> usize {
        let mut at = end;
        while at > lower && (self.is(at - 1, WordClass::Auxiliary) || self.is_adverb(at - 1)) {
            at -= 1;
        }
        at
    }

    /// `last week`, `two weeks ago`, `less than a year ago`, `a month
    /// later`, `this past week`: the start of a span of time that ends
    /// before `end`, if one does.
    fn time_phrase_start(&self, end: usize, lower: usize) -> Option<usize> {
        let mut at = end;
        let past = at > lower && self.is(at - 1, WordClass::TimePast);
        if past {
            at -= 1;
        }
        if at <= lower || !self.is(at - 1, WordClass::TimeUnit) {
            return None;
        }
        at -= 1;
        // (`this past week`, `the past year`.)
        if at > lower + 1 && self.lower(at - 1) == "past" {
            at -= 1;
        }
        let counted = at > lower
            && (self.is(at - 1, WordClass::RelativeTime)
                || self.is(at - 1, WordClass::Determiner)
                || self.doc.tokens[at - 1].class == TokenClass::Number);
        if !counted {
            return None;
        }
        at -= 1;
        if !past && !self.is(at, WordClass::RelativeTime) {
            return None;
        }
        while at > lower && self.is(at - 1, WordClass::Approximator) {
            at -= 1;
        }
        (at > lower).then_some(at)
    }

    /// `released Sunday`, `published on Monday`, `out Monday`: the start of
    /// a past participle (or the particle `out`) and the time after it,
    /// ending before `end`, if one does. Both ends are in the caller's
    /// clause: the participle describes the noun before it (`a poll
    /// released Sunday shows …`, `a poll out this week shows …`).
    pub(crate) fn dated_participle_start(&self, end: usize, lower: usize) -> Option<usize> {
        let time = if end > lower && self.is(end - 1, WordClass::Calendar) && self.is_capitalized(end - 1) {
            end - 1
        } else {
            self.time_phrase_start(end, lower)?
        };
        // (`released on Sunday`, `published in March`.)
        let time = if time > lower + 1 && matches!(self.lower(time - 1), "on" | "in" | "over" | "during") {
            time - 1
        } else {
            time
        };
        let participle = time
            .checked_sub(1)
            .filter(|&at| at > lower && (self.is_participle(at) || self.is(at, WordClass::Particle)))?;
        // (The noun is no name: lower case, or the sentence's first word
        // where the document never capitalizes it inside a sentence,
        // `Records released on Sunday show`.)
        let noun = participle - 1;
        (self.doc.tokens[noun].class == TokenClass::Word
            && (!self.is_capitalized(noun)
                || noun == lower && !self.is_written_capitalized_inside(self.doc.word(noun))))
        .then_some(participle)
    }

    /// Whether a colon right before the quote, or the `cue` and a comma,
    /// hand over to it, and the quote is a sentence of its own: it opens
    /// with a capital and ends with a final mark (`…: "Anyone can turn an
    /// inheritance into money."`).
    fn handed_over(&self, quote: &QuoteSpan, window: &Window, cue: Option<Span>) -> bool {
        let content = quote.content.of(self.doc.text).trim();
        let before = window.before.clone();
        let colon = before.end > before.start && self.doc.word(before.end - 1) == ":";
        let after_cue = before.end > before.start + 1
            && self.doc.word(before.end - 1) == ","
            && cue.is_some_and(|cue| cue.end == self.doc.tokens[before.end - 2].span.end);
        // (`asserted that France had lost its identity: "France is no
        // longer France," he claimed.`: a comma before a trailing cue ends
        // the sentence too.)
        let trailing_cue = cue.is_some_and(|cue| cue.start >= quote.close.end);
        (colon || after_cue)
            && content.chars().next().is_some_and(char::is_uppercase)
            && (content.ends_with(['.', '!', '?']) || trailing_cue && content.ends_with(','))
    }

    /// `Gu also informed Kunbolat that the embassy would "…"`: the nearest
    /// cue before the quote in its clause, with a subject right before it;
    /// after a gerund (`…, saying that "…"`) the sentence's first name or
    /// pronoun.
    fn cue_in_clause(&self, _quote: &QuoteSpan, window: &Window) -> Option<Attribution> {
        self.cue_in_clause_among(window.before.clone(), window)
    }

    /// [`Matcher::cue_in_clause`] with the cue's verb among `verbs`.
    fn cue_in_clause_among(&self, verbs: Range<usize>, window: &Window) -> Option<Attribution> {
        // A speech verb (`said`) wins over a nearer verb of belief (`thinks`):
        // `Lapp said she thinks Republicans "…"` is Lapp's.
        let mut belief = None;
        let mut verbs_seen = 0;
        for verb_index in verbs.rev() {
            // `After Brown criticized Clinton during a debate, Hillary shot
            // back, "…"`: a clause that opens the sentence does not say the
            // quote that follows it.
            // (`As Lee wrote, "…"`: `as` makes the clause the quote's source.)
            if self
                .opening_clause(verb_index, window.before.end, window.before.start)
                .is_some_and(|at| self.lower(at) != "as")
            {
                continue;
            }
            let Some((attribution, speech)) = self.cue_at(verb_index, window, false) else {
                continue;
            };
            // (`a "prosecutor" who reports to the president, and called for
            // "…"`: a relative clause's verb, past which a verb coordinated
            // with the main clause's says the quote.)
            if attribution
                .speaker
                .is_some_and(|speaker| self.is(self.doc.token_at_or_after(speaker.start), WordClass::Relative))
                && self.coordinated_verb_between(verb_index + 1, window.before.end)
            {
                break;
            }
            let mut attribution = attribution;
            while let Some(outer) = self.outer_cue(&attribution, window) {
                attribution = outer;
            }
            if speech {
                if let Some(outer) = self.outer_speech_cue(&attribution, window) {
                    attribution = outer;
                }
                return Some(attribution);
            }
            belief.get_or_insert(attribution);
            verbs_seen += 1;
            if verbs_seen > 3 {
                break;
            }
        }
        belief
    }

    /// Whether `, and` or `, but` and a verb form stand in `range`: a
    /// verb coordinated with an earlier clause.
    fn coordinated_verb_between(&self, start: usize, end: usize) -> bool {
        (start..end.saturating_sub(2)).any(|at| {
            self.doc.word(at) == ","
                && matches!(self.lower(at + 1), "and" | "but")
                && (self.is_verb_form(at + 2) || self.is_participle(at + 2))
        })
    }

    /// `Gorka warned that officers he has spoken with "…"`, `a woman told
    /// him she worries he is "…"`: a speech verb whose clause holds the
    /// quote's own cue and its subject, with no punctuation between (no
    /// aside, no opening phrase), is the quote's cue, as PolNeAR marks the
    /// outer source of words reported within reported words. Not past a
    /// relative clause's pronoun (`a column in which he called "…"`).
    fn outer_speech_cue(&self, inner: &Attribution, window: &Window) -> Option<Attribution> {
        let inner_speaker = inner.speaker?;
        let inner_start = self.doc.token_at_or_after(inner_speaker.start);
        let (mut outer, _) = (window.before.start..inner_start)
            .rev()
            .take_while(|&index| {
                let word = self.doc.word(index);
                !matches!(word, "," | ";" | ":" | "(" | ")") && !is_dash(word) && !is_quote_mark_token(word)
                    // (`a column in which he called`: the pronoun's own words.)
                    && (!self.is(index, WordClass::Relative) || self.lower(index) == "that")
            })
            .find_map(|index| {
                self.cue_at(index, window, false).filter(|(found, speech)| {
                    *speech && found.speaker.is_some_and(|speaker| speaker.end <= inner_speaker.start)
                })
            })?;
        outer.rule = "outer_speech_cue".to_string();
        Some(outer)
    }

    /// `"…," CBS This Morning co-anchor Tom Hale said.`: after a quote
    /// that ends in a comma, the words up to a speech verb name the speaker
    /// even where they fit no speaker pattern, when they open with a
    /// capital or an article and hold no punctuation, clause or verb.
    fn phrase_then_cue(&self, quote: &QuoteSpan, window: &Window) -> Option<Attribution> {
        let content = quote.content.of(self.doc.text);
        let ends_with_comma = content
            .trim_end_matches(|c: char| {
                c.is_whitespace() || self.grammar.quote_marks.iter().any(|pair| pair.close == c)
            })
            .ends_with(',');
        let after = window.after.clone();
        if !ends_with_comma || after.len() < 2 {
            return None;
        }
        let start = after.start;
        let opens = (self.is_capitalized(start) && self.lexeme(start).pronoun.is_none())
            || (self.is(start, WordClass::Determiner) && !self.is(start, WordClass::Quantifier));
        if !opens || self.is(start, WordClass::SentenceOpener) {
            return None;
        }
        let verb_index = (start + 1..after.end)
            .take(MAX_SPEAKER)
            .find(|&index| self.is_speech_verb(index) && !self.is_capitalized(index))?;
        let tokens = &self.doc.tokens;
        let plain = (start..verb_index).all(|index| {
            let word = self.doc.word(index);
            // (`co-anchor`: a hyphen inside a word.)
            let joined = index > start && tokens[index - 1].span.end == tokens[index].span.start;
            !matches!(word, "," | ";" | ":" | "." | "!" | "?" | "(" | ")")
                && !is_quote_mark_token(word)
                && (!is_dash(word) || joined)
                // (`a voice over says`: a bare form is a noun.)
                && self
                    .verb(index)
                    .is_none_or(|(verb, form)| form == VerbForm::Base || !(verb.quotes || verb.reports))
                && !self.is(index, WordClass::Relative)
                && !self.is(index, WordClass::Auxiliary)
                && self.lexeme(index).pronoun.is_none()
        });
        if !plain {
            return None;
        }
        Some(Attribution {
            kind: Kind::Direct,
            rule: "phrase_then_cue".to_string(),
            confidence: 0.6,
            speaker: Some(self.span(start..verb_index)),
            cue: Some(self.span(verb_index..verb_index + 1)),
            verb: self.tags.verb_index(verb_index),
            recipient: None,
            follows: None,
        })
    }

    /// `When Lee suggested it, Ruiz fired back: "…"`: a quote after a colon
    /// belongs to the clause that ends in the colon, when that clause (after
    /// the sentence's last comma) has a subject of its own, a name or
    /// pronoun followed by a word, and the cue found stands before it.
    fn colon_clause_subject(&self, found: &Attribution, window: &Window) -> Option<Attribution> {
        let before = window.before.clone();
        if before.len() < 4 || self.doc.word(before.end - 1) != ":" {
            return None;
        }
        let colon = before.end - 1;
        let comma = (before.start..colon).rev().find(|&index| self.doc.word(index) == ",")?;
        let cue = found.cue?;
        if cue.start >= self.doc.tokens[comma].span.start {
            return None;
        }
        let first = comma + 1;
        let subject_end = if self.lexeme(first).pronoun.is_some_and(|pronoun| pronoun.subject) {
            first + 1
        } else if self.is_capitalized(first) {
            self.name_end(first, colon)?
        } else {
            return None;
        };
        if subject_end >= colon
            || self.doc.tokens[subject_end].class != TokenClass::Word
            || self.is_capitalized(subject_end)
            || (self.is(subject_end, WordClass::Stopword) && !self.is(subject_end, WordClass::Auxiliary))
        {
            return None;
        }
        let mut own = Attribution::subject_only(Kind::Direct, "colon_clause_subject", self.span(first..subject_end));
        own.kind = found.kind;
        Some(own)
    }

    /// `Washington (AFP) – Hillary Clinton has …`, `PHILADELPHIA, July 25
    /// (UPI) — The committee …`: where the sentence from `from` starts
    /// after its dateline, if it has one before `limit`.
    pub(crate) fn after_dateline(&self, from: usize, limit: usize) -> usize {
        let Some(mut after) = self.name_end(from, limit) else {
            return from;
        };
        // (`LESK, Dravonia (AP) -`: the country after the city.)
        if after + 2 < limit
            && self.doc.word(after) == ","
            && !self.is(after + 1, WordClass::Calendar)
            && let Some(country) = self.name_end(after + 1, limit)
            && matches!(self.doc.word(country), "," | "(")
        {
            after = country;
        }
        // (`WASHINGTON, Dec. 8 (UPI) —`: the month may be abbreviated.)
        let month_end = after + 2 + usize::from(after + 2 < limit && self.doc.word(after + 2) == ".");
        if month_end < limit
            && self.doc.word(after) == ","
            && self.is(after + 1, WordClass::Calendar)
            && self.doc.tokens[month_end].class == TokenClass::Number
        {
            after = month_end + 1;
        }
        if after < limit
            && self.doc.word(after) == "("
            && let Some(close) = (after + 1..limit.min(after + 6)).find(|&index| self.doc.word(index) == ")")
        {
            after = close + 1;
        }
        if after + 1 < limit && self.is_spaced_dash(after) {
            after + 1
        } else {
            from
        }
    }

    /// A number that reads as a year: four digits from 1800 to 2099.
    fn is_year(&self, index: usize) -> bool {
        let word = self.doc.word(index);
        word.len() == 4 && word.parse::<u32>().is_ok_and(|year| (1800..2100).contains(&year))
    }

    /// `Lee railed against what he calls "…"`, `Lee attacked Ruiz, whom
    /// she called "…"`: a subject pronoun right after a relative (listed
    /// as `object_relative`) is the subject of the clause before it again,
    /// and the quote is that subject's, as PolNeAR marks it. A plural
    /// subject for a singular pronoun, or another pronoun, is someone else.
    fn subject_past_relative(&self, attribution: &mut Attribution, window: &Window) {
        let Some(speaker) = attribution.speaker else {
            return;
        };
        let index = self.doc.token_at_or_after(speaker.start);
        let Some(pronoun) = self.lexeme(index).pronoun.filter(|pronoun| pronoun.subject) else {
            return;
        };
        // (`in which he said`: the relative stands for a thing, unlike
        // `against what he calls`; and `it` stands for a body, which
        // PolNeAR leaves as the pronoun.)
        if self.doc.tokens[index].span.end != speaker.end
            || index < window.before.start + 2
            || !self.is(index - 1, WordClass::ObjectRelative)
            || (self.is(index - 2, WordClass::Preposition) && self.lower(index - 1) != "what")
            || self.is(index, WordClass::Expletive)
        {
            return;
        }
        let Some(outer) = self.clause_subject_before(index, window) else {
            return;
        };
        // (The same pronoun again is left as the nearer one.)
        let named = self.lexeme(outer.start).pronoun.is_none() && self.is_capitalized(outer.start);
        let agrees = pronoun.number == Number::Plural || !self.is_plural_subject(outer.end - 1);
        if named && agrees && outer.end < index {
            attribution.speaker = Some(self.span(outer));
        }
    }

    /// The name that ends as `mention` does (`Trump` for `Donald Trump`),
    /// the last one in the sentence that ends at token `open`, when it
    /// comes after `mention`: a nearer mention of the same speaker.
    fn nearer_name(&self, open: usize, mention: Span) -> Option<Span> {
        let doc = self.doc;
        let last = doc.token_ending_after(mention.end.saturating_sub(1));
        if last >= doc.tokens.len() || !self.is_capitalized(last) || self.lexeme(last).pronoun.is_some() {
            return None;
        }
        let surname = strip_possessive(self.lower(last));
        let mut start = open;
        while start > 0 && open - start < MAX_WINDOW && !(start < open && doc.ends_sentence(start - 1)) {
            start -= 1;
        }
        if start == 0 || doc.tokens[start].span.start < mention.end {
            return None;
        }
        let Some(found) = (start..open)
            .rev()
            .find(|&index| self.is_capitalized(index) && strip_possessive(self.lower(index)) == surname)
        else {
            // `Trump added. He then had a question for the crowd. "…"`: the
            // `he` or `she` that opens the sentence before, in a sentence
            // that names no one else.
            let pronoun = self.lexeme(start).pronoun.filter(|pronoun| {
                pronoun.subject
                    && pronoun.number == Number::Singular
                    && pronoun.gender != crate::grammar::Gender::Unknown
            });
            let other_name = (start + 1..open).any(|index| self.is_capitalized(index));
            return (pronoun.is_some() && !other_name).then(|| self.span(start..start + 1));
        };
        let mut first = found;
        while first > start && self.is_capitalized(first - 1) && self.lexeme(first - 1).person.is_none() {
            first -= 1;
        }
        Some(self.span(first..found + 1))
    }

    /// `"…," Lee said, according to the Post.` and `According to the Post,
    /// Lee said "…"`: the source that reports the speaker's words is the
    /// outermost source, and the quote's (as PolNeAR annotates it).
    /// (`Another child responded, "That's her husband." At another point,
    /// Democrats laughed, according to an aide.`: a quote said by a speaker
    /// before it that ends its sentence before a capital or a new line
    /// takes no source from the next sentence.)
    fn according_to_outer(&self, attribution: &mut Attribution, quote: &QuoteSpan, window: &Window) {
        // `…, because, according to Trump, the media would call him "…"`:
        // an `according to` phrase right before the speaker's clause.
        let before_speaker = || {
            let subject = self.doc.token_at_or_after(attribution.speaker?.start);
            let comma = subject.checked_sub(1).filter(|&comma| self.doc.word(comma) == ",")?;
            let according = (window.before.start..comma)
                .rev()
                .take(MAX_SPEAKER + 2)
                .find(|&at| self.lower(at) == "according" && at + 2 < comma && self.lower(at + 1) == "to")?;
            self.speaker_ends(according + 2, comma)
                .contains(&comma)
                .then_some(according + 2..comma)
        };
        // (`"… believe in?" O'Malley said, according to the Sun.`: the
        // speaker after the quote goes on with its sentence.)
        let content = quote.content.of(self.doc.text).trim_end();
        let closes_sentence = content.ends_with(['.', '!', '?'])
            && attribution
                .speaker
                .is_some_and(|speaker| speaker.end <= quote.open.start)
            && !window.after.is_empty()
            && (self.is_capitalized(window.after.start) || self.doc.line_break_before(window.after.start));
        let source = if closes_sentence {
            let before = Window {
                after: window.after.start..window.after.start,
                ..window.clone()
            };
            self.according_to_source(&before)
        } else {
            self.according_to_source(window)
        };
        if let Some(source) = source.or_else(before_speaker)
            && attribution
                .speaker
                .is_some_and(|speaker| speaker != self.span(source.clone()))
        {
            attribution.speaker = Some(self.span(source));
            attribution.rule = "according_to_outer".to_string();
            attribution.recipient = None;
        }
    }

    /// `In a Washington Post/ABC News poll released Sunday, 8 percent of
    /// Democrats said "…"`, `The Q poll also finds that, while 37 percent of
    /// Americans say "…"`: respondents counted by a poll speak through it,
    /// and the poll named earlier in the sentence is the quote's source (as
    /// PolNeAR marks it).
    fn poll_as_source(&self, attribution: &mut Attribution) {
        let Some(speaker) = attribution.speaker else {
            return;
        };
        let start = self.doc.token_at_or_after(speaker.start);
        if !self.counts_respondents(start) {
            return;
        }
        let sentence = self.doc.sentence_start(start);
        let Some(noun) = (sentence..start)
            .rev()
            .take(MAX_WINDOW)
            .find(|&at| self.is(at, WordClass::Evidence))
        else {
            return;
        };
        // Back to the phrase's determiner (`a national CNN/ORC poll`),
        // over words, numbers and the marks inside names.
        let Some(from) = (sentence..noun)
            .rev()
            .take(8)
            .find(|&at| self.is(at, WordClass::Determiner) || is_possessive(self.doc.word(at)))
        else {
            return;
        };
        let inside_phrase = (from + 1..noun)
            .all(|at| self.doc.tokens[at].class != TokenClass::Punct || matches!(self.doc.word(at), "/" | "-"));
        if !inside_phrase {
            return;
        }
        // On through `released Sunday`, up to the punctuation after it.
        let end = (noun + 1..start.min(noun + 6))
            .find(|&at| self.doc.tokens[at].class == TokenClass::Punct)
            .filter(|&punct| self.dated_participle_start(punct, noun) == Some(noun + 1))
            .unwrap_or(noun + 1);
        attribution.speaker = Some(self.span(from..end));
        attribution.rule = "poll_as_source".to_string();
        attribution.recipient = None;
    }

    /// `in an interview with Fox News`, anywhere in the quote's sentence:
    /// whom the speaker talked to, where no rule found a hearer.
    fn interviewer(&self, window: &Window) -> Option<Span> {
        let sentence_end = window.after.end.max(window.before.end);
        let with = window
            .before
            .clone()
            .chain(window.after.clone())
            .find(|&at| at > 0 && self.lower(at - 1) == "interview" && self.lower(at) == "with")?;
        let limit = (with + 1..sentence_end)
            .find(|&at| self.doc.tokens[at].class == TokenClass::Punct)
            .unwrap_or(sentence_end);
        // (Not on past a verb, `CNN's Gloria Borger aired Monday`, nor a
        // time, `the Associated Press last week`.)
        let end = self
            .recipient_ends(with + 1, limit)
            .into_iter()
            .find(|&end| !(with + 2..end).any(|at| self.is_participle(at) || self.is_verb_form(at)))?;
        let end = self
            .time_phrase_start(end, with + 1)
            .filter(|&start| !self.is_capitalized(start)) // (`USA Today`)
            .unwrap_or(end);
        Some(self.span(with + 1..end))
    }

    /// Whether the phrase at `start` counts respondents: `8 percent of
    /// Democrats`, `just 31% of Republicans`, `Six in 10 Republicans` (read
    /// from its number, which may stand right before the phrase).
    pub(crate) fn counts_respondents(&self, start: usize) -> bool {
        // (`Six in 10 Republican said`: the count before the phrase.)
        let counted_before =
            start >= 3 && self.doc.tokens[start - 1].class == TokenClass::Number && self.lower(start - 2) == "in";
        self.opens_with_share(start) || counted_before
    }

    /// Whether the phrase at `start` opens with a share of those asked:
    /// `8 percent`, `just 31%`, `Six in 10`, `one in four`.
    pub(crate) fn opens_with_share(&self, start: usize) -> bool {
        let mut at = start;
        while at + 1 < self.doc.tokens.len() && self.is(at, WordClass::Approximator) {
            at += 1; // `just`, `nearly`
        }
        let counted = self.doc.tokens[at].class == TokenClass::Number
            && at + 1 < self.doc.tokens.len()
            && (matches!(self.lower(at + 1), "percent" | "%" | "in") || self.doc.word(at).ends_with('%'));
        // `about half of voters`, `nearly a third of them`, `about
        // two-thirds of them`: a part of a whole.
        counted
            || at + 2 < self.doc.tokens.len() && self.joins_a_share(at + 1)
            || self.is_part_of(at)
            || self.lower(at) == "a" && self.is_part_of(at + 1)
            || self.is(at, WordClass::Quantifier)
                && self.is_joined_hyphen(at + 1)
                && self.is(at + 2, WordClass::Fraction)
    }

    /// Whether the word at `at` is a fraction before `of` (`half of`,
    /// `two-thirds of`'s `thirds of`, `a majority of`), a part of a whole.
    fn is_part_of(&self, at: usize) -> bool {
        at + 1 < self.doc.tokens.len() && self.is(at, WordClass::Fraction) && self.lower(at + 1) == "of"
    }

    /// The source named by `according to X` in the quote's sentence, after
    /// the quote or opening the sentence.
    fn according_to_source(&self, window: &Window) -> Option<Range<usize>> {
        let source_after = |at: usize, limit: usize| {
            let starts = at + 2 <= limit && self.lower(at) == "according" && self.lower(at + 1) == "to";
            starts
                .then(|| self.speaker_ends(at + 2, limit).first().copied())
                .flatten()
                .map(|end| at + 2..end)
        };
        let after = window.after.clone();
        let before = window.before.clone();
        after.clone().find_map(|at| source_after(at, after.end)).or_else(|| {
            let limit = (before.start..before.end).find(|&index| self.doc.word(index) == ",")?;
            source_after(before.start, limit)
        })
    }

    /// The subject of a gerund after `with`, `and` or a comma: `with Sen. Ana Ruiz
    /// (reportedly) calling`, `… and Trump calling it`.
    fn with_subject(&self, gerund: usize, lower: usize) -> Option<Range<usize>> {
        let mut end = gerund;
        while end > lower && self.is_adverb(end - 1) {
            end -= 1;
        }
        let with = (lower..end)
            .rev()
            .take(MAX_SPEAKER + 1)
            .find(|&index| matches!(self.lower(index), "with" | "and" | ","))?;
        self.speaker_ends(with + 1, end).contains(&end).then_some(with + 1..end)
    }

    /// `Lee said (that) Ruiz called the plan "…"`: the quoted words are in
    /// what Lee said, so they are Lee's. The cue of a clause whose subject
    /// stands right after another cue (or its `that`) gives way to it.
    fn outer_cue(&self, inner: &Attribution, window: &Window) -> Option<Attribution> {
        if let Some(outer) = self.parenthetical_cue(inner, window) {
            return Some(outer);
        }
        let subject = self.doc.token_at_or_after(inner.speaker?.start);
        let mut verb = subject.checked_sub(1)?;
        // `said that over the last five days he has begun …`: past a phrase
        // that opens the clause.
        if let Some(that) = self.that_before_opener(subject, window.before.start) {
            verb = that;
        }
        if self.lower(verb) == "that" {
            let that = verb;
            verb = that.checked_sub(1)?;
            // `said on Twitter that she was referring to …`: past a short
            // phrase of time or place after the outer cue.
            let finite = self
                .verb(verb)
                .is_some_and(|(_, form)| matches!(form, VerbForm::Past | VerbForm::Present3));
            if !finite && let Some(said) = self.cue_before_phrase(that, window.before.start) {
                verb = said;
            }
            // `he told ABC's "Good Morning America" that he agrees …`: past
            // the outer cue's recipient.
            if self.verb(verb).is_none()
                && let Some(told) = (window.before.start.max(that.saturating_sub(MAX_SPEAKER))..verb)
                    .rev()
                    .find(|&index| self.verb(index).is_some_and(|(verb, _)| verb.recipient))
                && self.recipient_ends(told + 1, that).contains(&that)
            {
                verb = told;
            }
        }
        if verb < window.before.start {
            return None;
        }
        let (outer, _) = self.cue_at(verb, window, true)?;
        Some(outer)
    }

    /// `CNN, Cruz said, called it "…"`: an attribution set off by commas
    /// between the inner speaker and its cue is the outer source's.
    fn parenthetical_cue(&self, inner: &Attribution, window: &Window) -> Option<Attribution> {
        let comma = self.doc.token_at_or_after(inner.speaker?.end);
        let cue = self.doc.token_at_or_after(inner.cue?.start);
        if comma < window.before.start || comma + 3 >= cue || self.doc.word(comma) != "," {
            return None;
        }
        let mut close = cue - 1;
        while close > comma && self.is_adverb(close) {
            close -= 1;
        }
        if self.doc.word(close) != "," || close < comma + 3 {
            return None;
        }
        let verb = close - 1;
        let speech = self.is_speech_verb(verb);
        if !speech || !self.speaker_ends(comma + 1, verb + 1).contains(&verb) {
            return None;
        }
        let (outer, _) = self.cue_at(verb, window, true)?;
        Some(outer)
    }

    /// The `that` before a phrase of time, place or condition that opens a
    /// clause whose subject starts at `subject` (`that over the last five
    /// days he`, `that, when asked, she`), no earlier than `lower`.
    fn that_before_opener(&self, subject: usize, lower: usize) -> Option<usize> {
        let that = (lower..subject)
            .rev()
            .take(MAX_OPENER)
            .find(|&index| self.lower(index) == "that")?;
        let mut first = that + 1;
        if first < subject && self.doc.word(first) == "," {
            first += 1;
        }
        let opens = first + 1 < subject
            && (self.is(first, WordClass::Preposition)
                || self.is(first, WordClass::SentenceOpener)
                || self.is(first, WordClass::RelativeTime));
        let plain = (first..subject).all(|index| {
            self.verb(index).is_none_or(|(verb, _)| !(verb.quotes || verb.reports))
                && !is_quote_mark_token(self.doc.word(index))
                && !self.is(index, WordClass::Relative)
        });
        (opens && plain).then_some(that)
    }

    /// The speech verb before the `that` at `that`, past a short phrase of
    /// time or place (`said on his official Twitter feed that`, `said
    /// Tuesday that`), no earlier than `lower`.
    fn cue_before_phrase(&self, that: usize, lower: usize) -> Option<usize> {
        let verb = (lower..that)
            .rev()
            .take(MAX_OPENER)
            .find(|&index| self.is_speech_verb(index))?;
        let phrase = verb + 1..that;
        let opens = !phrase.is_empty()
            && (self.is(phrase.start, WordClass::Preposition)
                || self.is(phrase.start, WordClass::Calendar)
                || self.is(phrase.start, WordClass::RelativeTime));
        let plain = phrase.clone().all(|index| {
            !matches!(self.doc.word(index), "," | ";" | ":")
                && !is_quote_mark_token(self.doc.word(index))
                && !self.is(index, WordClass::Relative)
        });
        (opens && plain).then_some(verb)
    }

    /// The attribution made by the verb at `verb_index`, if it is a cue with
    /// a subject, and whether it is a speech verb (not only belief).
    /// With `helped`, a base form after an auxiliary is a cue too (`he did
    /// say he found it "…"`): only for an outer cue, whose clause holds the
    /// quote's own cue.
    fn cue_at(&self, verb_index: usize, window: &Window, helped: bool) -> Option<(Attribution, bool)> {
        let before = window.before.clone();
        let (verb, form) = self.verb(verb_index)?;
        let helped = helped && verb_index > before.start && self.is(verb_index - 1, WordClass::Auxiliary);
        // `was quick to add that …`, `went on to say`: an infinitive that
        // introduces speech.
        let after_to = verb_index > before.start && self.lower(verb_index - 1) == "to";
        let infinitive = after_to
            && ((verb_index + 1 < self.doc.tokens.len()
                && matches!(self.doc.word(verb_index + 1), "that" | ":" | ","))
                || (verb_index > before.start + 1 && self.lower(verb_index - 2) == "on"));
        // `The two lawmakers, however, argue that …`: a present tense after a
        // plural subject, past an aside.
        // (Right after its subject or its aside: `letters of appeal` is a noun.)
        let plural_subject = (form == VerbForm::Base && !after_to)
            .then(|| self.subject_ending_at(verb_index, before.start))
            .flatten()
            .filter(|subject| self.has_plural_head(subject.clone()));
        // (`The email appears to contradict … that "…"`: a verb of
        // impression gives the writer's view, not its subject's words.)
        if (form == VerbForm::Base && !helped && !infinitive && plural_subject.is_none())
            || !(verb.quotes || verb.reports)
            || verb.impression
        {
            return None;
        }
        let previous_index = (verb_index > before.start).then(|| verb_index - 1);
        let previous = previous_index.map(|index| self.lower(index));
        // `is already claiming`: a gerund's auxiliary stands before its
        // adverbs.
        let mut lead_index = previous_index;
        while form == VerbForm::Gerund
            && let Some(at) = lead_index.filter(|&at| at > before.start && verb_index - at <= 2 && self.is_adverb(at))
        {
            lead_index = Some(at - 1);
        }
        // `Trump's comments`, `the reports`, `United States`: nouns, not verbs.
        // `22 emails`, `his failed ventures`, `over-the-top comments`: an -s
        // form after a number, a participle or a joined word is a plural noun.
        let plural = form == VerbForm::Present3
            && (self.plural_noun_after_quantifier(verb_index, before.start)
                || previous_index.is_some_and(|index| {
                    let word = self.doc.word(index);
                    let joined = index > 0 && self.doc.tokens[index - 1].span.end == self.doc.tokens[index].span.start;
                    self.doc.tokens[index].class == TokenClass::Number
                    // (`a series of issues`: after a preposition that no
                    // clause leaves at its end, as `the firm he works for
                    // says` does.)
                    || self.is(index, WordClass::UnstrandedPreposition)
                    || (word.len() > 4 && word.ends_with("ed") && !self.is_capitalized(index))
                    // (`the biggest challenges`: after a superlative.)
                    || (word.len() > 5
                        && word.ends_with("est")
                        && index > before.start
                        && self.is(index - 1, WordClass::Determiner))
                    // (Not after a double-barrelled name: `Lopez-Cantera
                    // promises`; `anti-Muslim remarks` is a noun still.)
                    || (joined
                        && self.doc.word(index - 1) == "-"
                        && !(self.is_capitalized(index) && index >= 2 && self.is_capitalized(index - 2)))
                    // (`22 Clinton emails`: a name's word between; not a
                    // year, `in 2016 Trump says`.)
                    || (self.is_capitalized(index)
                        && index > before.start
                        && self.doc.tokens[index - 1].class == TokenClass::Number
                        && !self.is_year(index - 1))
                }));
        // `most said`: a quantifier alone is a subject, not a determiner.
        let noun = plural
            || self.is_capitalized(verb_index)
            || (form == VerbForm::Present3 && self.after_possessive_modifier(verb_index, before.start))
            || previous_index.is_some_and(|index| {
                (self.is(index, WordClass::Determiner) && !self.is(index, WordClass::Quantifier))
                    || (is_possessive(self.lower(index)) && !self.is_contracted_pronoun(index))
            });
        let progressive = lead_index.is_some_and(|index| self.is(index, WordClass::Progressive));
        // `was said to be`: a passive has no speaker as its subject.
        let passive = form == VerbForm::Past && progressive;
        if noun || passive {
            return None;
        }
        // `…, adding "…"` and `punctuated his list by saying "…"`: a gerund
        // whose subject is the clause's.
        // (`the CNN "reporter," saying`: the comma inside the marks.)
        let comma_in_marks = previous.is_some_and(is_quote_mark_token)
            && verb_index >= before.start + 2
            && self.doc.word(verb_index - 2) == ",";
        // `…, holding signs and chanting "…"`: a gerund joined by `and` to
        // one that follows a comma.
        let joined_gerund = form == VerbForm::Gerund
            && previous == Some("and")
            && verb_index >= before.start + 3
            && self
                .clause_break_before(
                    before.start.max((verb_index - 1).saturating_sub(MAX_SPEAKER)),
                    verb_index - 1,
                )
                .is_some_and(|comma| {
                    self.doc.word(comma) == ","
                        && comma + 2 < verb_index
                        && !self.is_capitalized(comma + 1)
                        && self.lower(comma + 1).ends_with("ing")
                        && (comma + 2..verb_index - 1).all(|at| {
                            // (`holding signs and chanting`: an -s form right
                            // after the first gerund is its object.)
                            self.lower(at) != "and"
                                && self.verb(at).is_none_or(|(_, form)| {
                                    form != VerbForm::Past && (form != VerbForm::Present3 || at == comma + 2)
                                })
                        })
                });
        // (`…, at one point calling the mayor a "…"`: a short phrase of
        // time or place between the comma and the participle.)
        let after_phrase = form == VerbForm::Gerund
            && (verb_index.saturating_sub(5).max(before.start)..verb_index.saturating_sub(2)).any(|comma| {
                self.doc.word(comma) == ","
                    && (self.is(comma + 1, WordClass::Preposition) || self.is_adverb(comma + 1))
                    && (comma + 1..verb_index).all(|index| {
                        self.doc.tokens[index].class != TokenClass::Punct
                            && self.verb(index).is_none_or(|(_, form)| form == VerbForm::Base)
                            && !self.is_capitalized(index)
                    })
            });
        // (`sent an email saying, "…"`: a document its sender put out, as
        // reported speech has it.)
        let sending = form == VerbForm::Gerund
            && verb_index > before.start
            && self.is(verb_index - 1, WordClass::DocumentNoun)
            && (before.start.max(verb_index.saturating_sub(MAX_DOCUMENT_PHRASE + 1))..verb_index - 1)
                .any(|at| self.is(at, WordClass::Dispatch));
        let participle =
            matches!(previous, Some("," | "by")) || comma_in_marks || joined_gerund || after_phrase || sending;
        // `with Sen. Ana Ruiz calling it "…"`: a gerund with its own subject.
        let with_subject = (form == VerbForm::Gerund && !participle && !progressive)
            .then(|| self.with_subject(verb_index, before.start))
            .flatten();
        if form == VerbForm::Gerund && !participle && !progressive && with_subject.is_none() {
            return None;
        }
        let (subject, rule, confidence) = if let Some(subject) = with_subject {
            Some((subject, "with_gerund", 0.7))
        } else if form == VerbForm::Gerund && participle {
            // `…, Spicer said, adding, "…"`: the subject of the speech verb
            // the participle hangs on, else the sentence's.
            self.clause_subject_before(verb_index, window)
                .map(|subject| (subject, "gerund_clause", 0.6))
        } else if infinitive {
            self.sentence_subject(before.start, verb_index)
                .map(|subject| (subject, "cue_in_clause", 0.7))
        } else {
            // (The plural subject, when found, is what `subject_before` finds first.)
            plural_subject
                .or_else(|| self.subject_before(verb_index, before.start))
                .or_else(|| self.relative_antecedent(verb_index, before.start))
                .map(|subject| (subject, "cue_in_clause", 0.75))
                .or_else(|| {
                    // `…, and called him "…"`: a coordinated verb shares the
                    // subject, past an adverb or two (`and later said`).
                    let mut link = verb_index.saturating_sub(1);
                    while link > before.start && verb_index - link <= 2 && self.is_adverb(link) {
                        link -= 1;
                    }
                    let joined = verb_index > before.start
                        && link >= before.start
                        && matches!(self.lower(link), "and" | "but" | "," | "then");
                    joined
                        .then(|| self.clause_subject_before(verb_index, window))
                        .flatten()
                        .map(|subject| (subject, "coordinated_cue", 0.6))
                })
        }?;
        // `It seems …`: an empty subject speaks for no one.
        if subject.len() == 1 && self.is(subject.start, WordClass::Expletive) && !verb.quotes {
            return None;
        }
        // `Lee and Hale both denounced …`: a quantifier after its noun phrase.
        let subject = if subject.len() == 1 && matches!(self.lower(subject.start), "both" | "all" | "each") {
            self.subject_ending_at(subject.start, before.start).unwrap_or(subject)
        } else {
            subject
        };
        let mut recipient = None;
        if verb.recipient {
            recipient = self
                .recipient_ends(verb_index + 1, before.end)
                .first()
                .map(|&end| self.span(verb_index + 1..end));
        }
        // `began boasting that`: the gerund is the cue.
        let mut cue_index = verb_index;
        if verb_index + 1 < before.end
            && self
                .verb(verb_index + 1)
                .is_some_and(|(_, form)| form == VerbForm::Gerund)
        {
            cue_index = verb_index + 1;
        }
        let index = self.tags.verb_index(cue_index);
        let attribution = Attribution {
            kind: Kind::Partial,
            rule: rule.to_string(),
            confidence,
            speaker: Some(self.span(subject)),
            cue: Some(self.span(cue_index..cue_index + 1)),
            verb: index,
            recipient,
            follows: None,
        };
        Some((attribution, verb.quotes))
    }

    /// `The plan was called "…" by Lee`, `the deal, described as "…" by
    /// its critics`: a speech or naming verb's participle before the quote
    /// and its agent after it, the speaker.
    fn passive_agent(&self, window: &Window) -> Option<Attribution> {
        if let Some(found) = self.agent_before_as(window) {
            return Some(found);
        }
        let open = window.before.end;
        let participle = match open.checked_sub(1)? {
            before if before > window.before.start && self.lower(before) == "as" => before - 1,
            before => before,
        };
        let (verb, form) = self.verb(participle)?;
        let by = window.after.start;
        if participle < window.before.start
            || !(verb.quotes || verb.naming)
            || form != VerbForm::Past
            || by + 1 >= window.after.end
            || self.lower(by) != "by"
        {
            return None;
        }
        let end = *self.noun_phrase_ends(by + 1, window.after.end, true).first()?;
        if self.is_adverb(by + 1) {
            return None;
        }
        self.agent_speaks(participle, by + 1..end)
    }

    /// The participle's `agent` as the speaker, if the agent is someone: a
    /// name, a pronoun or a person word (`its critics`), not `by its
    /// dubious advice`.
    fn agent_speaks(&self, participle: usize, agent: Range<usize>) -> Option<Attribution> {
        let head = agent.end - 1;
        let someone =
            self.is_capitalized(head) || self.lexeme(head).pronoun.is_some() || self.lexeme(head).person.is_some();
        someone.then(|| Attribution {
            kind: Kind::Partial,
            rule: "passive_agent".to_string(),
            confidence: 0.75,
            speaker: Some(self.span(agent)),
            cue: Some(self.span(participle..participle + 1)),
            verb: self.tags.verb_index(participle),
            recipient: None,
            follows: None,
        })
    }

    /// `an option seen by organizers as a "lifeboat"`, `described by Ana
    /// Ruiz as "…"`: a participle, its agent (someone), then `as` (and an
    /// article) right before the quote; the agent is the speaker.
    fn agent_before_as(&self, window: &Window) -> Option<Attribution> {
        let mut at = window.before.end.checked_sub(1)?;
        if at > window.before.start && self.is(at, WordClass::Determiner) {
            at -= 1;
        }
        if at <= window.before.start + 2 || self.lower(at) != "as" {
            return None;
        }
        let by = (window.before.start + 1..at)
            .rev()
            .take(MAX_SPEAKER + 1)
            .find(|&index| self.lower(index) == "by")?;
        let participle = by - 1;
        if !self.verb(participle).is_some_and(|(_, form)| form == VerbForm::Past) || self.is_capitalized(participle) {
            return None;
        }
        if !self.noun_phrase_ends(by + 1, at, true).contains(&at) {
            return None;
        }
        self.agent_speaks(participle, by + 1..at)
    }

    /// `Christie refers to the candidate as "…"`: with no speech verb, the
    /// quote belongs to the subject of its sentence, where the sentence opens
    /// with a name or pronoun followed by a verb.
    fn clause_subject(&self, window: &Window) -> Option<Attribution> {
        let subject = self
            .colon_subject(window)
            .or_else(|| self.sentence_subject(window.before.start, window.before.end))?;
        if subject.len() == 1
            && self.is_capitalized(subject.start)
            && self.lexeme(subject.start).pronoun.is_none()
            && self.is_common_word(subject.start)
        {
            return None;
        }
        // `Mitch McConnell, R-Ky., delivered a message: "…"`: past an aside.
        let after_subject = self
            .appositive_ends(subject.end, window.before.end)
            .last()
            .copied()
            .unwrap_or(subject.end);
        if after_subject >= window.before.end {
            return None;
        }
        // `Michael McDonald: "…"`: the name introduces the quote.
        let introduces = self.doc.word(after_subject) == ":" && after_subject + 1 == window.before.end;
        if !introduces
            && (self.doc.tokens[after_subject].class != TokenClass::Word
                || self.is(after_subject, WordClass::Stopword) && !self.is(after_subject, WordClass::Auxiliary))
        {
            return None;
        }
        Some(Attribution::subject_only(
            Kind::Partial,
            "clause_subject",
            self.span(subject),
        ))
    }

    /// `Trump brought it up as "very fishy"`, `he postured himself as the
    /// "law and order candidate"`: `as` (and an article) right before the
    /// quote, after an active verb, gives the subject's description of
    /// something; not `such as`, `as well as` or a passive (`known as`,
    /// `is seen as`, `referred to as`).
    fn characterizes_as(&self, window: &Window) -> bool {
        let before = window.before.clone();
        let Some(mut at) = before.end.checked_sub(1).filter(|&at| at > before.start) else {
            return false;
        };
        if self.is(at, WordClass::Determiner) {
            at -= 1;
        }
        if at <= before.start + 1 || self.lower(at) != "as" {
            return false;
        }
        let previous = self.lower(at - 1);
        // (`vacations disguised as`, `targets supposedly marked as`: a
        // participle after its noun, not a verb with a subject.)
        let participle = self.is_participle(at - 1)
            && at >= before.start + 2
            && (self.is_adverb(at - 2) || self.lexeme(at - 2).pronoun.is_none() && !self.is_capitalized(at - 2));
        let passive = participle
            || (before.start..at).any(|index| self.is(index, WordClass::Progressive))
            || matches!(previous, "such" | "well" | "known" | "to" | "so");
        !passive && self.doc.tokens[at - 1].class == TokenClass::Word
    }

    /// `over her remark that "…"`, `Lee's recent comment during the debate
    /// that, "…"`: a quote right after a stance noun and `that` gives the
    /// noun's content in its possessor's words.
    fn possessor_of_noun(&self, window: &Window) -> Option<Attribution> {
        let before = window.before.clone();
        let mut that = before.end.checked_sub(1)?;
        if that > before.start && self.doc.word(that) == "," {
            that -= 1;
        }
        // `Trump's claim that Obama "…"`: the quote may stand inside the
        // clause, a few plain words after `that`.
        // (`Trump's pledge to be "…"`, `Sanders's call for a "…"`: `to` or
        // `for` right after the noun.)
        let links = |index: usize| {
            self.lower(index) == "that"
                || (matches!(self.lower(index), "to" | "for") && index > 0 && self.is(index - 1, WordClass::StanceNoun))
        };
        let lowest = that.saturating_sub(MAX_CLAUSE_LEAD).max(before.start + 1);
        while that > lowest && !links(that) && self.doc.tokens[that].class == TokenClass::Word {
            that -= 1;
        }
        if that <= before.start + 1 || !links(that) {
            return None;
        }
        // (`her assertion during the debate that`: a short phrase between.)
        let from = that.saturating_sub(6).max(before.start + 1);
        let noun = (from..that)
            .rev()
            .find(|&index| self.is(index, WordClass::StanceNoun))?;
        if (noun + 1..that).any(|index| {
            self.doc.tokens[index].class != TokenClass::Word
                || self
                    .verb(index)
                    .is_some_and(|(_, form)| matches!(form, VerbForm::Past | VerbForm::Present3))
        }) {
            return None;
        }
        // Up to three modifiers back to the possessor: `her March comment`.
        let mut end = noun;
        while end > before.start
            && noun - end < 3
            && !self.is_owner(end - 1)
            && self.doc.tokens[end - 1].class == TokenClass::Word
            && !self.is(end - 1, WordClass::Stopword)
            && self.verb(end - 1).is_none()
        {
            end -= 1;
        }
        let last = end
            .checked_sub(1)
            .filter(|&last| last >= before.start && self.is_owner(last))?;
        let start = if is_possessive(self.doc.word(last)) {
            self.possessive_name_start(last + 1, before.start)
        } else {
            last
        };
        Some(Attribution {
            kind: Kind::Partial,
            rule: "possessor_of_noun".to_string(),
            confidence: 0.6,
            speaker: Some(self.span(start..last + 1)),
            cue: Some(self.span(noun..noun + 1)),
            verb: None,
            recipient: None,
            follows: None,
        })
    }

    /// `her`, `their`, `Lee's`: a possessive pronoun of a person or a
    /// name's possessive.
    fn is_owner(&self, index: usize) -> bool {
        self.is_possessor(index) || (self.is_possessive_pronoun(index) && self.lower(index) != "its")
    }

    /// `himself`, `themselves`: a pronoun that refers back to the subject.
    pub(crate) fn is_reflexive(&self, index: usize) -> bool {
        self.lexeme(index).pronoun.is_some_and(|pronoun| pronoun.reflexive)
    }

    /// `his`, `their`, `my`: a pronoun that is a determiner.
    pub(crate) fn is_possessive_pronoun(&self, index: usize) -> bool {
        self.is(index, WordClass::Determiner) && self.grammar.pronoun(self.lower(index)).is_some()
    }

    /// `Donald Trump's` ending at `end`: where the capitalized words of the
    /// name before the possessive start (up to three words back, no
    /// earlier than `lower`).
    pub(crate) fn possessive_name_start(&self, end: usize, lower: usize) -> usize {
        let mut start = end - 1;
        while start > lower
            && end - start < 4
            && self.is_capitalized(start - 1)
            && self.doc.tokens[start - 1].class == TokenClass::Word
            // (`While Sanders's call`: a capital that opens a clause.)
            && !self.is(start - 1, WordClass::SentenceOpener)
            && !self.is(start - 1, WordClass::Subordinator)
            && !self.is(start - 1, WordClass::Conjunction)
        {
            start -= 1;
        }
        start
    }

    /// `A footnote in the report makes that clear: "…"`: a clause that
    /// introduces its quote with a colon speaks through its subject, a noun
    /// phrase with an article, even when its head names no person.
    fn colon_subject(&self, window: &Window) -> Option<Range<usize>> {
        let before = window.before.clone();
        if window.follows_quote || before.len() < 3 || self.doc.word(before.end - 1) != ":" {
            return None;
        }
        let mut from = before.start;
        if self.is(from, WordClass::Conjunction) {
            from += 1;
        }
        if !self.is(from, WordClass::Determiner) || self.is(from, WordClass::Quantifier) {
            return None;
        }
        let colon = before.end - 1;
        let ends = self.noun_phrase_ends(from, colon, false);
        // (`A footnote in the report makes`: with its prepositional phrase.)
        let end = self.before_verb(&ends, colon).or_else(|| {
            ends.iter().find_map(|&end| {
                let inner = (end + 1 < colon && self.is(end, WordClass::Preposition))
                    .then(|| self.noun_phrase_ends(end + 1, colon, false))?;
                self.before_verb(&inner, colon)
            })
        })?;
        (end > from + 1).then_some(from..end)
    }

    /// The subject that a participle or a coordinated verb at `verb_index`
    /// shares: that of the last speech verb before it in the window (`Lee
    /// said he welcomed it and added, "…"`), else the sentence's. When the
    /// window begins at an earlier quote of the sentence, the sentence's
    /// subject lies before that quote: none here, and the quote takes the
    /// earlier one's speaker.
    fn clause_subject_before(&self, verb_index: usize, window: &Window) -> Option<Range<usize>> {
        let before = window.before.clone();
        // (`the United States and added`: a capitalized `States` is a name's.)
        let finite = (before.start..verb_index.saturating_sub(1)).rev().find_map(|index| {
            self.verb(index)
                .filter(|(verb, form)| verb.quotes && matches!(form, VerbForm::Past | VerbForm::Present3))
                .filter(|_| !self.is_capitalized(index))
                // (`to discuss his recent remarks about`: a plural noun.)
                .filter(|_| !self.after_possessive_modifier(index, before.start))
                // (`a class called "Perception"`: a naming participle.)
                .filter(|(verb, _)| {
                    !(verb.naming && index + 1 < verb_index && is_quote_mark_token(self.doc.word(index + 1)))
                })
                // (`As the crowd began to chant, Lee … joked`: a verb of a
                // clause that opens the sentence is not the main clause's.)
                .filter(|_| self.opening_clause(index, verb_index, before.start).is_none())
                .and_then(|_| self.subject_before(index, before.start))
                // (`a "prosecutor" who reports to the president, and called
                // for`: the subject of a relative clause is not the main one.)
                .filter(|subject| !(subject.len() == 1 && self.is(subject.start, WordClass::Relative)))
        });
        if finite.is_some() || window.follows_quote {
            return finite;
        }
        // `…, though last week he used stronger language, saying`: the
        // subject pronoun of the clause the participle follows; `he looked
        // into the camera, furrowed his brow and said`: of the nearest
        // clause of its coordination that has one.
        let mut end = verb_index.saturating_sub(1);
        for segment in 0..3 {
            let clause_start = self
                .clause_break_before(before.start, end)
                .map_or(before.start, |index| index + 1);
            if clause_start <= before.start {
                break;
            }
            // (An earlier clause's subject opens it: not `said he would`.)
            let last = if segment == 0 { end } else { (clause_start + 1).min(end) };
            if let Some(pronoun) = (clause_start..last).find(|&index| {
                self.lexeme(index).pronoun.is_some_and(|pronoun| pronoun.subject)
                        && index + 1 < end
                        && self.doc.tokens[index + 1].class == TokenClass::Word
                        // (`she can still create a headache by pushing`.)
                        && (!self.is(index + 1, WordClass::Stopword) || self.is(index + 1, WordClass::Auxiliary))
            }) {
                return Some(pronoun..pronoun + 1);
            }
            end = clause_start - 1;
        }
        self.sentence_subject(before.start, verb_index)
    }

    /// `his recent remarks`, `their repeated claims`: an -s form after a
    /// possessive pronoun and one modifier is a plural noun, not a verb.
    fn after_possessive_modifier(&self, index: usize, lower: usize) -> bool {
        index >= lower + 2
            && self.is(index - 2, WordClass::Determiner)
            && self.lexeme(index - 2).pronoun.is_some()
            && self.doc.tokens[index - 1].class == TokenClass::Word
            && !self.is_capitalized(index - 1)
            && !self.is(index - 1, WordClass::Stopword)
            && !self.is_verb_form(index - 1)
            // (`her team calls`, `his supporters notes`: a noun, the subject.)
            && self.lexeme(index - 1).person.is_none()
            && !self.lower(index - 1).ends_with('s')
    }

    /// The last clause break (`,` `;` `:`) in `lower..index`.
    fn clause_break_before(&self, lower: usize, index: usize) -> Option<usize> {
        (lower..index)
            .rev()
            .find(|&at| matches!(self.doc.word(at), "," | ";" | ":"))
    }

    /// The subordinating word (`As`, `when`) that opens the sentence's
    /// first clause, when the verb at `index` is in that clause and a comma
    /// closes it before `limit`: `As the crowd began to chant,`, `Last
    /// month, when I asked him,`.
    fn opening_clause(&self, index: usize, limit: usize, lower: usize) -> Option<usize> {
        let sentence = self.doc.sentence_start(index).max(lower);
        let comma = self.clause_break_before(sentence, index);
        let clause_start = comma.map_or(sentence, |at| at + 1);
        // (After a short opening phrase, itself the sentence's first.)
        let opens =
            comma.is_none_or(|comma| comma < sentence + 5 && self.clause_break_before(sentence, comma).is_none());
        // (`When he returned he began by saying, "…"`: a comma right before
        // the quote closes no clause.)
        let closed = (index..limit)
            .find(|&at| self.doc.word(at) == ",")
            .is_some_and(|comma| comma + 1 < limit && !is_quote_mark_token(self.doc.word(comma + 1)));
        (opens && closed && clause_start < index && self.is(clause_start, WordClass::SentenceOpener))
            .then_some(clause_start)
    }

    /// `A White House official who spoke anonymously … said`: the subject of
    /// the finite verb at `verb_index` before a relative clause that ends
    /// right before it, the relative pronoun at most a dozen tokens back.
    fn relative_antecedent(&self, verb_index: usize, lower: usize) -> Option<Range<usize>> {
        if !self
            .verb(verb_index)
            .is_some_and(|(_, form)| matches!(form, VerbForm::Past | VerbForm::Present3))
        {
            return None;
        }
        let from = lower.max(verb_index.saturating_sub(MAX_SPEAKER));
        let relative = (from..verb_index)
            .rev()
            .find(|&index| self.is(index, WordClass::Relative) && self.lower(index) != "that")?;
        if (relative..verb_index).any(|index| self.doc.word(index) == "," || is_quote_mark_token(self.doc.word(index)))
        {
            return None;
        }
        self.antecedent(relative, lower)
    }

    /// What the relative pronoun at `relative` stands for: the noun phrase
    /// right before it, or before its comma (`Sen. Ted Cruz, who said`),
    /// starting no earlier than `lower`.
    pub(crate) fn antecedent(&self, relative: usize, lower: usize) -> Option<Range<usize>> {
        // `Cruz, who …, and who has been hoping …`: a second relative
        // clause has the first one's antecedent.
        if relative > lower + 1
            && self.lower(relative - 1) == "and"
            && let Some(first) = (lower..relative - 1)
                .rev()
                .find(|&at| self.lower(at) == self.lower(relative))
        {
            return self.antecedent(first, lower);
        }
        // `overruled that request`: `that` right after a past verb is a
        // determiner or a complementizer, with no antecedent.
        if relative > lower && self.lower(relative) == "that" && self.is_past_form(relative - 1) {
            return None;
        }
        // (`Graham—who …`, `Duke (who …`: a dash or a parenthesis opens the
        // clause as a comma does.)
        let opens_aside = |at: usize| matches!(self.doc.word(at), "," | "(") || self.is_aside_dash(at);
        let end = if relative > lower && opens_aside(relative - 1) {
            relative - 1
        } else {
            relative
        };
        // (`a letter from his doctor Friday afternoon that says`, `one in
        // September that said`: a time between the noun and its relative
        // is no part of the noun phrase.)
        let mut dated = end;
        if dated > lower + 1 && self.is_time_of_day(dated - 1) {
            dated -= 1;
        }
        if dated > lower + 1 && self.is(dated - 1, WordClass::Calendar) && self.is_capitalized(dated - 1) {
            dated -= 1;
            if dated > lower + 1 && matches!(self.lower(dated - 1), "in" | "on") {
                dated -= 1;
            }
        }
        if dated < end
            && let Some(subject) = self.subject_ending_at(dated, lower)
        {
            return Some(subject);
        }
        // (`a question from a young child, who …`: else the object of the
        // first preposition before, which no subject follows.)
        let antecedent = self.phrase_or_object_ending_at(end, lower)?;
        // `a lecture from the Mexican president, who …`: `who` speaks of a
        // person, the object of `from` or `by` when the head before it is
        // none (not `a developer in Virginia`, `two of the women`: a head
        // the lexicon may not know as a person, a partitive).
        if matches!(self.lower(relative), "who" | "whom")
            && let Some(preposition) =
                (antecedent.start + 1..antecedent.end).find(|&at| self.is(at, WordClass::Preposition))
            && matches!(self.lower(preposition), "from" | "by")
            && !(antecedent.start..preposition).any(|at| {
                self.is_capitalized(at)
                    || self.lexeme(at).person.is_some()
                    || self.doc.tokens[at].class == TokenClass::Number
            })
            && (preposition + 1..antecedent.end).any(|at| self.is_capitalized(at) || self.lexeme(at).person.is_some())
            && let Some(object) = self.subject_ending_at(end, preposition + 1)
        {
            return Some(object);
        }
        // `The plan angered voters who …`, `The move drew criticism from
        // residents who …`: a past form right after a lower-case noun is the
        // sentence's verb, and the antecedent is after it (not `newly
        // elected officials`).
        let verb = (antecedent.start.max(lower + 1)..antecedent.end).rev().find(|&at| {
            // (Or a subject pronoun: `It angered women who …`.)
            let pronoun_before = self
                .grammar
                .pronoun(self.lower(at - 1))
                .is_some_and(|pronoun| pronoun.subject);
            let noun_before = pronoun_before
                || self.doc.tokens[at - 1].class == TokenClass::Word
                    && !self.is_capitalized(at - 1)
                    && !self.is(at - 1, WordClass::Determiner)
                    && !self.is(at - 1, WordClass::Stopword)
                    && !self.is_adverb(at - 1)
                    && !self.is_adjective(at - 1)
                    && !self.is_past_form(at - 1);
            // (Nor after coordinated modifiers: `current and former elected
            // officials`.)
            let coordinated = at >= 2 && matches!(self.lower(at - 2), "and" | "or" | "," | "nor");
            noun_before && !coordinated && self.is_past_form(at) && !self.is_joined_hyphen(at - 1)
        });
        match verb {
            // (Its object, or the object of a preposition after it: `drew
            // criticism from residents`.)
            Some(verb) => self.phrase_or_object_ending_at(end, verb + 1),
            None => Some(antecedent),
        }
    }

    /// The noun phrase that ends at `end`, from `lower` on; else the
    /// object of the first preposition in reach before `end` whose object
    /// ends there (`a question from a young child`, `replaced at noon by a
    /// message`).
    fn phrase_or_object_ending_at(&self, end: usize, lower: usize) -> Option<Range<usize>> {
        self.subject_ending_at(end, lower).or_else(|| {
            (lower.max(end.saturating_sub(MAX_SPEAKER))..end)
                .filter(|&at| self.is(at, WordClass::Preposition))
                .find_map(|preposition| self.subject_ending_at(end, preposition + 1))
        })
    }

    /// The first name or subject pronoun of a sentence, before `limit`. An
    /// opening phrase (`In a Fox interview later that day, Trump …`) is
    /// skipped up to its comma; datelines in capitals and possessives
    /// (`Clark's comments`) are no subjects.
    pub(crate) fn sentence_subject(&self, start: usize, limit: usize) -> Option<Range<usize>> {
        let mut from = start;
        if from < limit && self.is(from, WordClass::Conjunction) {
            from += 1; // `But back on American soil, he returned …`, `Here in Columbia, Sanders …`
        }
        if from >= limit {
            return None;
        }
        from = self.after_dateline(from, limit);
        let opener = self.lower(from);
        let adverb = self.is_adverb_opener(from);
        // (`Standing alongside labor leader Hector Figueroa,`, `Rallying in
        // Ohio,`, `Adopting the recommendations …,`: an -ing word that is no
        // function word, never capitalized inside a sentence, before a
        // preposition or a determiner opens a participle's phrase; not
        // `According to`, nor a gerund subject, `Ignoring is …`.)
        let participle = || {
            crate::tag::ing_shaped(opener)
                && !self.is(from, WordClass::Stopword)
                && from + 1 < limit
                && (self.is(from + 1, WordClass::Preposition) || self.is(from + 1, WordClass::Determiner))
                && !self.is_capitalized(from + 1)
                && !self.is_written_capitalized_inside(self.doc.word(from))
        };
        if self.is(from, WordClass::Preposition)
            || self.is(from, WordClass::SentenceOpener)
            || adverb
            || matches!(opener, "back" | "here")
            || participle()
        {
            from = (from..limit.min(from + MAX_OPENING_PHRASE)).find(|&index| self.doc.word(index) == ",")? + 1;
            // `Despite being surrounded by …, led by Rudy Giuliani, Trump …`,
            // `Standing alongside Dolores Huerta, who co-founded …,
            // Mark-Viverito …`: the phrase's own asides (a participle and
            // its agent, a relative clause) run on to their commas.
            for _ in 0..MAX_OPENING_ASIDES {
                let aside = from + 1 < limit
                    && ((self.is_participle(from) || self.is(from, WordClass::IrregularPast))
                        && self.lower(from + 1) == "by"
                        || self.is(from, WordClass::Relative));
                let Some(comma) = aside
                    .then(|| (from..limit.min(from + MAX_OPENING_PHRASE)).find(|&index| self.doc.word(index) == ","))
                    .flatten()
                else {
                    break;
                };
                from = comma + 1;
            }
            // `In Salem, New Hampshire, Trump …`: the rest of a place name
            // (`in Aspen, Colo., the graduate …`: an abbreviation's point).
            if let Some(end) = self.name_end(from, limit)
                && let abbreviated = (end + 2 < limit && self.doc.word(end) == "." && self.doc.word(end + 1) == ",")
                && let end = end + usize::from(abbreviated)
                && end + 1 < limit
                && self.doc.word(end) == ","
                && (self.is_capitalized(end + 1)
                    || (abbreviated && self.is(end + 1, WordClass::Determiner))
                    || self.lexeme(end + 1).pronoun.is_some_and(|pronoun| pronoun.subject))
            {
                from = end + 1;
            }
        } else if let Some(comma) = (from + 1..limit.min(from + 5)).find(|&index| self.doc.word(index) == ",")
            && comma >= from + 2
            && self.is(comma - 1, WordClass::Adverb)
            && self.lower(comma - 2).ends_with('s')
            && (from..comma - 1)
                .all(|index| self.doc.tokens[index].class != TokenClass::Punct && !self.is_verb_form(index))
        {
            from = comma + 1; // `Minutes later, she sent …`, `Moments earlier, the mayor …`
        } else if (self.is(from, WordClass::Determiner) || self.doc.tokens[from].class == TokenClass::Number)
            && let Some(comma) = (from..limit.min(from + 6)).find(|&index| self.doc.word(index) == ",")
            // (`The mayor gathered outside, saying`: a clause, no opening phrase.)
            && (from..comma).all(|index| !self.is_verb_form(index))
        {
            from = comma + 1; // `Eight years ago, he …`, `Last week, the mayor …`
        }
        // `The mayor punctuated his list …`: a noun phrase with an article.
        if self.is(from, WordClass::Determiner) && !self.is(from, WordClass::Quantifier) {
            let ends = self.speaker_ends(from, limit);
            // (`the senator rallied supporters`: a past form after a person
            // ends the phrase; `the retired neurosurgeon` goes on.)
            // (`The Florida senator’s answer was …`: a person's possessive,
            // with no preposition before it: not `The rejection of the
            // party’s received wisdom`.)
            let person = |at: usize| {
                self.lexeme(at).person.is_some()
                    || is_possessive(self.doc.word(at))
                        && self.grammar.person_word(strip_possessive(self.doc.word(at))).is_some()
                        && !(from + 1..at).any(|between| self.is(between, WordClass::Preposition))
            };
            if let Some(&end) = ends.iter().find(|&&end| {
                person(end - 1)
                    && !(from + 1..end)
                        .any(|index| self.is_participle(index) && self.lexeme(index - 1).person.is_some())
            }) {
                // `The Washington Post columnist Ruth Marcus has …`: the name
                // that the role stands before.
                let end = if end < limit
                    && self.is_capitalized(end)
                    && let Some(name) = self.name_end(end, limit)
                {
                    name
                } else {
                    end
                };
                // `The Illinois Board of Elections was …`
                let with_phrase = (end < limit && self.is(end, WordClass::RolePreposition))
                    .then(|| self.before_verb(&ends, limit))
                    .flatten();
                return Some(from..with_phrase.unwrap_or(end).max(end));
            }
            // `The senators have been …`: the plural of a person word right
            // before the sentence's finite verb heads the phrase.
            if let Some(&end) = ends.iter().find(|&&end| {
                end < limit
                    && end > from + 1
                    && self.is(end, WordClass::Finite)
                    && self
                        .lower(end - 1)
                        .strip_suffix('s')
                        .is_some_and(|singular| self.grammar.person_word(singular).is_some())
            }) {
                return Some(from..end);
            }
            // `The move appeared to contradict comments from former
            // Secretary of Defense Leon Panetta`: a phrase of lower-case
            // words right before the sentence's verb is its subject, which
            // names no one; no name after the verb is. (`The carefully
            // choreographed speech`, `A legal opinion drafted for the
            // firm`: a participle after an adverb, or before a preposition,
            // belongs to the noun phrase.)
            let verb = |at: usize| {
                self.is(at, WordClass::Finite)
                    || self.is_verb_form(at)
                        && !self.is_adverb(at - 1)
                        && !(self.is_participle(at)
                            && at + 1 < limit
                            && self.is(at + 1, WordClass::Preposition)
                            && self.lower(at + 1) != "to")
            };
            let head = (from + 1..limit.min(from + 5))
                .find(|&at| self.doc.tokens[at].class != TokenClass::Word || self.is_capitalized(at) || verb(at));
            if head.is_some_and(|head| head > from + 1 && verb(head)) {
                return None;
            }
        }
        (from..limit).take(12).find_map(|index| {
            let word = self.doc.word(index);
            if self.lexeme(index).pronoun.is_some_and(|pronoun| pronoun.subject) {
                return Some(index..index + 1);
            }
            // Datelines and headlines in capitals, and adverbs, are no subjects.
            let shouting = word.chars().count() > 1 && word.chars().all(|c| !c.is_lowercase());
            let adverb = self.is_adverb_opener(index);
            // `Well, he put it …`, `Wait, it gets better`: a word set off
            // by a comma before a subject pronoun is no subject.
            let interjection = index == from
                && index + 2 < limit
                && self.doc.word(index + 1) == ","
                && self.lexeme(index + 2).pronoun.is_some_and(|pronoun| pronoun.subject);
            if interjection {
                return None;
            }
            if self.is_capitalized(index) && !shouting && !adverb {
                let end = self.name_end(index, limit)?;
                if is_possessive(self.doc.word(end - 1)) {
                    // `Ryan's campaign`: the possessor's noun phrase.
                    // (`Lee's page lists him`: not `lists`, a verb.)
                    let ends = self.noun_phrase_ends(index, limit, false);
                    let end = self.before_verb(&ends, limit).or_else(|| ends.first().copied())?;
                    return (end > index + 1).then_some(index..end);
                }
                // `The Illinois Board of Elections was …`: a name with its
                // prepositional phrase.
                if end < limit && self.is(end, WordClass::RolePreposition) {
                    let ends = self.noun_phrase_ends(index, limit, false);
                    return Some(index..self.before_verb(&ends, limit).unwrap_or(end).max(end));
                }
                // `Environment and Energy Minister Luka Brenner dismissed
                // …`: a word and `and` before a title whose role has a
                // modifier are the title's, up to the person's name before
                // the verb.
                if end + 1 < limit
                    && end == index + 1
                    && self.lower(end) == "and"
                    && self.is_capitalized(end + 1)
                    && !self
                        .lexeme(end + 1)
                        .person
                        .is_some_and(|entry| matches!(entry.kind, PersonWordKind::Role | PersonWordKind::Honorific))
                    && let Some(named) = self.name_end(end + 1, limit)
                    && named < limit
                    && self.is_verb_form(named)
                    && (end + 2..named.saturating_sub(1)).any(|between| {
                        self.lexeme(between)
                            .person
                            .is_some_and(|entry| matches!(entry.kind, PersonWordKind::Role))
                    })
                {
                    return Some(index..named);
                }
                // `Former Republican presidential candidate Jeb Bush was …`:
                // a name, a role, then the name of the person. (Not
                // `Belcher wouldn't share Obama's`, with no role between,
                // nor `Time chose German Chancellor Angela Merkel`, with a
                // verb.)
                if end < limit && !self.is_capitalized(end) && self.doc.tokens[end].class == TokenClass::Word {
                    let ends = self.noun_phrase_ends(index, limit, false);
                    if let Some(longer) = self.before_verb(&ends, limit)
                        && longer > end + 1
                        && self.is_capitalized(longer - 1)
                        && !is_possessive(self.doc.word(longer - 1))
                        && (end..longer).any(|between| {
                            self.lexeme(between).person.is_some_and(|entry| {
                                matches!(entry.kind, PersonWordKind::Role | PersonWordKind::Honorific)
                            })
                        })
                        && (end..longer).all(|between| !self.is_verb_form(between))
                    {
                        return Some(index..longer);
                    }
                }
                // `Local leaders had …`, `Trump supporters chanted …`: a
                // capitalized word before the group or role noun that heads
                // the subject.
                if end < limit && !self.is_capitalized(end) && self.doc.tokens[end].class == TokenClass::Word {
                    let ends = self.noun_phrase_ends(index, limit, false);
                    if let Some(longer) = ends.iter().copied().find(|&longer| {
                        longer > end
                            && self
                                .lexeme(longer - 1)
                                .person
                                .is_some_and(|entry| matches!(entry.kind, PersonWordKind::Role | PersonWordKind::Group))
                    }) && (end..longer - 1).all(|between| {
                        // (Not `Trump leads Clinton among men`, `Trump primes
                        // supporters`, `Standing alongside labor leader`: a
                        // noun's modifiers are no verbs, names, plurals or
                        // function words.)
                        let word = self.doc.word(between);
                        let plural = word.ends_with('s') && !word.ends_with("ss");
                        !self.is_verb_form(between)
                            && !self.is_capitalized(between)
                            && !self.is(between, WordClass::Stopword)
                            && !self.is(between, WordClass::Preposition)
                            && !plural
                    }) && !self.is_verb_form(index)
                        && (longer == limit
                            || self.doc.tokens[longer].class != TokenClass::Word
                            || self.is_verb_form(longer)
                            || self.is(longer, WordClass::Finite)
                            || self.is(longer, WordClass::Stopword))
                    {
                        return Some(index..longer);
                    }
                }
                // (`Democratic presidential front-runner Hillary Clinton`:
                // the name comes later.)
                if end == index + 1 && self.opens_as_common_word(index) {
                    return None;
                }
                return Some(index..end);
            }
            None
        })
    }

    /// The longest of the noun phrase `ends` that a verb may follow: a
    /// word that is no function word, or an auxiliary; and of those, first
    /// one right before a word that is plainly a verb.
    fn before_verb(&self, ends: &Ends, limit: usize) -> Option<usize> {
        let fits = |end: usize| {
            end < limit
                && self.doc.tokens[end].class == TokenClass::Word
                && (!self.is(end, WordClass::Stopword) || self.is(end, WordClass::Auxiliary))
                && self.lexeme(end).pronoun.is_none()
        };
        // `Clinton's aide rallied supporters`: an end right before a word
        // that is plainly a verb comes first, so that the verb is not read
        // as the phrase's last noun.
        ends.iter()
            .copied()
            .find(|&end| {
                fits(end)
                    && end > 0
                    && !self.is_verb_form(end - 1)
                    && !is_possessive(self.doc.word(end - 1))
                    && (self.is_verb_form(end) || self.is(end, WordClass::Finite))
            })
            .or_else(|| ends.iter().copied().find(|&end| fits(end)))
    }

    /// `a group called "…"`, `Lazar, 44, known online as "…"`, `the show was
    /// officially named "…"`: a naming verb's participle right before the
    /// quote (`as`, an article or a word or two between), after a noun, a
    /// comma and with `as`, or a form of `be`, gives a thing its name.
    fn quotes_a_name(&self, window: &Window) -> bool {
        let open = window.before.end;
        let Some(verb) = (window.before.start..open).rev().take(4).find(|&index| {
            self.verb(index)
                .is_some_and(|(verb, form)| verb.naming && form == VerbForm::Past)
        }) else {
            return false;
        };
        let between_fits = (verb + 1..open).all(|index| {
            let word = self.lower(index);
            word == "as" || self.is(index, WordClass::Determiner) || self.is_adverb(index)
        }) || (verb + 2 < open && self.lower(open - 1) == "as" && verb + 3 >= open);
        if !between_fits || verb == window.before.start {
            return false;
        }
        // `has been called "strategic ambiguity" by Joshua Hendrick`: a
        // passive whose agent is named calls it so in the agent's words.
        if self.passive_agent(window).is_some() {
            return false;
        }
        let mut before = verb - 1;
        while before > window.before.start && self.is_adverb(before) {
            before -= 1;
        }
        let lexeme = self.lexeme(before);
        let noun = self.doc.tokens[before].class == TokenClass::Word
            && !self.is_capitalized(before)
            && lexeme.pronoun.is_none()
            && !lexeme.is(WordClass::Stopword);
        // After a comma only with `as` (`Lazar, 44, known online as "…"`,
        // `the bill, known as the "…"`): `Ted Cruz, who …, named "…"` has a
        // subject.
        let after_comma = self.doc.word(before) == "," && (verb + 1..open).any(|index| self.lower(index) == "as");
        noun || after_comma || self.is(before, WordClass::Progressive)
    }

    /// A quote in title case that names a show, a book or a film: a few
    /// words before a noun of the `work` class (`named "Madam Secretary"
    /// as her favorite TV show`), or right after one (`the documentary
    /// "Weiner."`, `her memoir, "Tough Choices."`, `a show called
    /// "Brokers"`), right after an outlet's or a day's possessive (`MSNBC's
    /// "Morning Joe"`), as the hearer of a verb that takes one (`told "Fox
    /// and Friends"`), or after `on` or `with` that follow an occasion or a
    /// verb flagged `occasion` (`an interview with "The View"`, `said on
    /// "Meet the Press"`). A title is a name, said by no one.
    fn quotes_a_title(&self, quote: &QuoteSpan, window: &Window) -> bool {
        let open = window.before.end;
        if !self.is_title_case(quote) {
            return false;
        }
        // `named "Madam Secretary" as her favorite TV show`, `"The Walking
        // Dead" is an AMC drama`: a noun of a work a few words after the
        // title, in its sentence, no verb of speech between.
        let ends_sentence = quote.content.of(self.doc.text).ends_with(['.', '!', '?']);
        let work_after = !ends_sentence
            && window
                .after
                .clone()
                .take(6)
                .take_while(|&at| {
                    let word = self.doc.tokens[at].class == TokenClass::Word;
                    word && (self.verb(at).is_none() || self.is(at, WordClass::Work)) || self.doc.word(at) == "-"
                })
                .any(|at| self.is(at, WordClass::Work));
        if work_after {
            return true;
        }
        if open == window.before.start {
            return false;
        }
        let last = open - 1;
        let word = self.doc.word(last);
        // (An outlet's or a day's, not a person's: `Trump's "Make America
        // Great Again"` is his slogan.)
        if is_possessive(word) && self.is_capitalized(last) {
            let owner = strip_possessive(word);
            let acronym = owner.len() > 1 && owner.chars().all(|c| c.is_ascii_uppercase() || c == '&');
            let lexeme = self.grammar.lexeme(&owner.to_lowercase());
            return acronym || lexeme.is(WordClass::Media) || lexeme.is(WordClass::Calendar);
        }
        let naming = |index: usize| {
            self.verb(index)
                .is_some_and(|(verb, form)| verb.naming && form == VerbForm::Past)
        };
        let work = if word == "," || naming(last) {
            last.checked_sub(1)
        } else {
            Some(last)
        };
        if work.is_some_and(|work| work >= window.before.start && self.is(work, WordClass::Work)) {
            return true;
        }
        if self.verb(last).is_some_and(|(verb, _)| verb.recipient) {
            return true;
        }
        if !matches!(self.lower(last), "on" | "with") {
            return false;
        }
        (window.before.start.max(last.saturating_sub(3))..last)
            .any(|index| self.is(index, WordClass::Occasion) || self.verb(index).is_some_and(|(verb, _)| verb.occasion))
    }

    /// `"…," Ruiz told "Fox and Friends"`, `told ABC's "Good Morning
    /// America"`: a title right after a cue that takes a hearer (and maybe
    /// an outlet's possessive) is whom the quote was told, when its
    /// attribution names no one.
    fn title_as_recipient(&self, found: &mut Attribution, title: &QuoteSpan) {
        let (Some(cue), Some(verb), None) = (found.cue, found.verb, found.recipient) else {
            return;
        };
        if !self.grammar.verbs[verb].recipient {
            return;
        }
        let cue = self.doc.token_at_or_after(cue.start);
        let open = self.doc.token_ending_after(title.open.start);
        let next_to = open == cue + 1 || open == cue + 2 && is_possessive(self.doc.word(cue + 1));
        if !next_to {
            return;
        }
        let name = title.content.of(self.doc.text).trim_end_matches([',', '.']);
        found.recipient = Some(Span::new(title.content.start, title.content.start + name.len()));
    }

    /// Whether a quote's words are in title case: one to [`MAX_TITLE_WORDS`] words,
    /// the first and every other but short function words capitalized,
    /// and no sentence ending inside (`Fox and Friends`, `So, That
    /// Happened.`, `Perfect Enough: Carly Fiorina and the Reinvention of
    /// Hewlett-Packard`).
    fn is_title_case(&self, quote: &QuoteSpan) -> bool {
        const SMALL: [&str; 16] = [
            "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "vs", "with",
        ];
        let tokens = self.doc.token_at_or_after(quote.content.start)..self.doc.token_ending_after(quote.content.end);
        // (No title is that long: the work per quote stays bounded however
        // long or deeply nested the quotes.)
        if tokens.len() > 4 * MAX_TITLE_WORDS {
            return false;
        }
        let mut words = 0;
        for index in tokens.clone() {
            let token = self.doc.tokens[index];
            if token.class != TokenClass::Word {
                // (A stop may end the title, as a comma may: `"The View,"`.)
                let stop = matches!(self.doc.word(index), "." | "!" | "?");
                if stop && index + 1 < tokens.end && self.doc.tokens[index + 1].class == TokenClass::Word {
                    return false;
                }
                continue;
            }
            words += 1;
            let small = words > 1 && SMALL.contains(&self.lower(index));
            if !small && !self.is_capitalized(index) && !self.doc.word(index).starts_with(|c: char| c.is_ascii_digit())
            {
                return false;
            }
        }
        (1..=MAX_TITLE_WORDS).contains(&words)
    }

    /// Whether the sentence goes on after a short quote that ends with no
    /// stop or comma of its own: `"Containment" has been U.S. policy …`, `The
    /// "qualified" spat bubbled up …`: the quote is a word the sentence is
    /// about, not a follow-on utterance.
    fn runs_on_after(&self, quote: &QuoteSpan, window: &Window) -> bool {
        let content = quote.content.of(self.doc.text);
        if content.ends_with(['.', ',', '!', '?', '…', ':', ';', '-', '—'])
            || word_count(self.doc.text, quote.content) > MAX_TERM_WORDS
        {
            return false;
        }
        let after = window.after.start;
        let words_before = window.before.start < window.before.end;
        after < window.after.end
            && (self.doc.tokens[after].class == TokenClass::Word && !self.is_capitalized(after)
                || self.doc.word(after) == "("
                || words_before && self.doc.tokens[after].class == TokenClass::Word)
    }

    /// A quote inside a sentence's opening participle of a speech verb that
    /// takes a hearer, before its comma: `Asked whether Lee "…", voters
    /// said` (but `Said Lee: "…"` is Lee's).
    fn put_to_the_subject(&self, window: &Window) -> bool {
        let start = window.before.start;
        let put = |index: usize| {
            self.verb(index)
                .is_some_and(|(verb, form)| verb.quotes && verb.recipient && form == VerbForm::Past)
        };
        let opening = start < window.before.end
            && !window.follows_quote
            && self.is_capitalized(start)
            && put(start)
            && (start..window.before.end).all(|index| self.doc.word(index) != ",");
        // `Lee was asked, "…"`: a passive puts the words to its subject
        // (`According to the manual, staff were told "…"`: the manual's).
        let mut end = window.before.end;
        if end > start && matches!(self.doc.word(end - 1), "," | ":") {
            end -= 1;
        }
        let passive = end >= start + 2
            && put(end - 1)
            && self.is(end - 2, WordClass::Progressive)
            && self.according_to_source(window).is_none();
        opening || passive
    }

    /// `Rep. Jane Doe (D-Ore.): "…"`, `POLLS WERE RIGHT - Ann Lee: "…"`: a
    /// speaker between the sentence start (or a dash) and a colon right
    /// before the quote introduces it.
    fn name_colon(&self, window: &Window) -> Option<Attribution> {
        let before = window.before.clone();
        if before.len() < 2 || self.doc.word(before.end - 1) != ":" {
            return None;
        }
        let colon = before.end - 1;
        let first = before.start.max(colon.saturating_sub(MAX_SPEAKER));
        // `From the report: "…"`, `More from Lee and Cohen: "…"`: the source
        // after an opening `from`, or after `More from` behind a dash (`…
        // all along -More from Lee: "…"`).
        let from = (before.start..colon.min(before.start + 2))
            .find(|&index| self.lower(index) == "from")
            .or_else(|| {
                (before.start + 2..colon).find(|&index| {
                    self.lower(index) == "from" && self.lower(index - 1) == "more" && is_dash(self.doc.word(index - 2))
                })
            });
        // `The surge does not surprise Republican pollster Daron Shaw:
        // "…"`: a name its role introduces may end a sentence with no verb
        // of speech before it.
        let spoken = || (before.start..colon).any(|index| self.verb(index).is_some());
        let introduced = |start: usize| {
            start > before.start
                && self
                    .lexeme(start)
                    .person
                    .is_some_and(|entry| entry.kind == PersonWordKind::Role)
                && self.name_end(start + 1, colon) == Some(colon)
        };
        let start = (first..colon).find(|&start| {
            let after_from = start > 0 && from == Some(start - 1);
            let opens = start == before.start || self.is_spaced_dash(start - 1) || after_from;
            let named = self.is_capitalized(start) || after_from;
            opens && named && self.speaker_ends(start, colon).contains(&colon)
        });
        let start = match start {
            Some(start) => start,
            None => (first..colon).find(|&start| introduced(start)).filter(|_| !spoken())? + 1,
        };
        let mut attribution = Attribution::subject_only(Kind::Direct, "name_colon", self.span(start..colon));
        attribution.confidence = 0.75;
        Some(attribution)
    }

    /// A quote signed by a dash and a name after it, on the same line or
    /// the next: `"…" - Ann Lee.`, `"…"` then `—President Obama, tweeting`.
    fn signature(&self, quote: &QuoteSpan, window: &Window) -> Option<Attribution> {
        let doc = self.doc;
        // The quote opens its paragraph or its line (a list of signed quotes
        // may stand one to a line).
        let line_start = doc.text[..quote.open.start].trim_end_matches([' ', '\t']);
        if !window.before.is_empty() && !line_start.ends_with('\n') {
            return None;
        }
        let mut paragraph = doc.paragraph_tokens[quote.last_paragraph].clone();
        let mut dash = doc.token_at_or_after(quote.close.end).min(paragraph.end);
        if dash < paragraph.end && doc.word(dash) == "." {
            dash += 1;
        }
        if dash == paragraph.end {
            // The quote ends its paragraph: a short signature line follows.
            paragraph = doc.paragraph_tokens.get(quote.last_paragraph + 1)?.clone();
            dash = paragraph.start;
            if paragraph.len() > MAX_SIGNATURE {
                return None;
            }
        }
        if dash + 1 >= paragraph.end || !is_dash(doc.word(dash)) || !self.is_capitalized(dash + 1) {
            // `—President Obama`: the dash may touch the name.
            return None;
        }
        let at = dash + 1;
        let end = self.speaker_ends(at, paragraph.end).into_iter().find(|&end| {
            end == paragraph.end
                || matches!(doc.word(end), "," | "." | "(" | ";")
                || is_dash(doc.word(end))
                || doc.line_break_before(end)
        })?;
        // `– An immigrant himself –.`: a line between dashes is a heading.
        if end < paragraph.end && is_dash(doc.word(end)) && (end + 1..paragraph.end).all(|index| doc.word(index) == ".")
        {
            return None;
        }
        let mut attribution = Attribution::subject_only(Kind::Direct, "signature", self.span(at..end));
        attribution.confidence = 0.75;
        Some(attribution)
    }

    /// `Zoe Saldana Asked Men To "Redefine Masculinity."`: in a line written
    /// in title case, a name of two or three words at its start, before a
    /// capitalized verb or function word, is the subject of the quote.
    fn title_line_subject(&self, quote: &QuoteSpan) -> Option<Attribution> {
        let doc = self.doc;
        let line = doc.paragraphs[quote.paragraph].line_holding(quote.open.to(quote.close))?;
        let open = doc.token_ending_after(quote.open.start);
        let tokens = doc.token_at_or_after(line.start)..open;
        if !self.tags.is_title_case(tokens.clone()) {
            return None;
        }
        // (The name's words and one more, or fewer if the line has no more
        // words: however long the line, five tell.)
        let words: Vec<usize> = (tokens.start..open)
            .filter(|&index| doc.tokens[index].class == TokenClass::Word)
            .take(5)
            .collect();
        let is_name_part = |index: usize| {
            let word = doc.word(index);
            self.is_capitalized(index)
                && !self.is(index, WordClass::Stopword)
                && self.verb(index).is_none()
                && !word.ends_with("ed")
                && !word.chars().all(|c| !c.is_lowercase())
        };
        let name_length = words.iter().take(4).take_while(|&&index| is_name_part(index)).count();
        let contiguous = words
            .iter()
            .take(name_length + 1)
            .enumerate()
            .all(|(offset, &index)| index == tokens.start + offset);
        if !(2..=3).contains(&name_length) || !contiguous || words.len() <= name_length {
            return None;
        }
        let speaker = self.span(tokens.start..tokens.start + name_length);
        Some(Attribution::subject_only(Kind::Partial, "title_line_subject", speaker))
    }

    /// A dash with a space before it, as between clauses or before a name
    /// (`the plan - which failed -`, `POLLS - Ann Lee:`), not the hyphen of
    /// `R-S.C.` or `Jean-Luc`.
    ///
    /// A dash is a punctuation token (its first character is neither a
    /// letter nor a digit): the scans of a clause ask this of every token,
    /// and most are words, which the class turns away before any look at
    /// their text.
    #[inline]
    pub(crate) fn is_spaced_dash(&self, index: usize) -> bool {
        let token = self.doc.tokens[index];
        token.class == TokenClass::Punct && {
            let word = self.doc.word(index);
            (word == "-" || is_long_dash(word)) && self.doc.text[..token.span.start].ends_with(char::is_whitespace)
        }
    }

    /// A dash that may open or close an aside: a spaced hyphen, a long
    /// dash with or without spaces (`Graham—who had endorsed Bush—said`),
    /// or a double hyphen.
    pub(crate) fn is_aside_dash(&self, index: usize) -> bool {
        let word = self.doc.word(index);
        is_long_dash(word) || word == "--" || self.is_spaced_dash(index)
    }

    /// A hyphen inside a word (`AFL-CIO`, `Texas-based`), with no space on
    /// either side: the counterpart of [`Matcher::is_spaced_dash`].
    pub(crate) fn is_joined_hyphen(&self, index: usize) -> bool {
        let tokens = &self.doc.tokens;
        self.doc.word(index) == "-"
            && index > 0
            && index + 1 < tokens.len()
            && tokens[index - 1].span.end == tokens[index].span.start
            && tokens[index].span.end == tokens[index + 1].span.start
    }

    /// `She says people should choose. "It is their life."`: a quote that
    /// opens its sentence after a sentence with a speech verb and its
    /// subject, in the same paragraph.
    fn cue_in_previous_sentence(&self, quote: &QuoteSpan, window: &Window) -> Option<Attribution> {
        let doc = self.doc;
        if !window.before.is_empty() || window.follows_quote {
            return None;
        }
        let paragraph = doc.paragraph_tokens[quote.paragraph].clone();
        let open = window.before.start;
        if open <= paragraph.start || !doc.ends_sentence(open - 1) {
            return None;
        }
        self.cue_in_sentence_before(paragraph.start..open, "cue_in_previous_sentence")
    }

    /// The speech verb and subject of the last sentence of `tokens`, when
    /// it has no quote of its own.
    fn cue_in_sentence_before(&self, previous: Range<usize>, rule: &str) -> Option<Attribution> {
        let doc = self.doc;
        let mut start = previous.end - 1;
        while start > previous.start && !doc.ends_sentence(start - 1) {
            start -= 1;
        }
        // `…everywhere." Greene added that …`: the closing mark of an
        // earlier quote is no part of the sentence after it.
        while start + 1 < previous.end
            && start > previous.start
            && is_quote_mark_token(doc.word(start))
            && doc.tokens[start].span.start == doc.tokens[start - 1].span.end
        {
            start += 1;
        }
        let sentence = start..previous.end;
        if sentence.len() > MAX_WINDOW
            || sentence.clone().any(|index| is_quote_mark_token(doc.word(index)))
            // (A doubled apostrophe, `''`, is a quote mark of two tokens.)
            || self.span(sentence.clone()).of(doc.text).contains("''")
        {
            return None;
        }
        let window = Window {
            before: sentence.clone(),
            after: previous.end..previous.end,
            follows_quote: false,
        };
        // `… but plans to watch the case, Lee says.`: the first speech verb,
        // past verbs of intention or belief.
        let (mut attribution, _) = sentence
            .clone()
            .filter_map(|index| self.cue_at(index, &window, false))
            .find(|&(_, speech)| speech)?;
        attribution.kind = Kind::Direct;
        attribution.rule = rule.to_string();
        attribution.confidence = 0.6;
        attribution.recipient = None;
        Some(attribution)
    }

    /// `"…" and he pronounced Peña Nieto "…"`: between two quotes of a
    /// sentence, a conjunction and a `he` or `she` with a verb after it
    /// open a clause whose subject says the second quote. Not `he is a
    /// "…"`: there the pronoun is what the quote describes.
    fn new_clause_subject(&self, window: &Window) -> Option<Attribution> {
        let before = window.before.clone();
        let pronoun = (before.start + 1..before.end.saturating_sub(2)).rev().find(|&index| {
            let verb = index + 1;
            self.lexeme(index)
                .pronoun
                .is_some_and(|pronoun| pronoun.subject && pronoun.gender != Gender::Unknown)
                && self.is(index - 1, WordClass::Conjunction)
                && self.doc.tokens[verb].class == TokenClass::Word
                && !self.is_capitalized(verb)
                && (!self.is(verb, WordClass::Stopword) || self.is(verb, WordClass::Auxiliary))
                && !(self.is(verb, WordClass::Progressive) && self.is(verb + 1, WordClass::Determiner))
        })?;
        Some(Attribution::subject_only(
            Kind::Partial,
            "new_clause_subject",
            self.span(pronoun..pronoun + 1),
        ))
    }

    /// `As Joel Pollak reported after the raid:`: a sentence that opens
    /// with `as`, a speaker and a speech verb gives that speaker to the
    /// quote it introduces.
    fn as_source(&self, start: usize, limit: usize) -> Option<Attribution> {
        if start + 2 >= limit || self.lower(start) != "as" {
            return None;
        }
        let verb_index = (start + 2..limit.min(start + 2 + MAX_SPEAKER)).find(|&index| self.is_speech_verb(index))?;
        let subject = self.subject_ending_at(verb_index, start + 1)?;
        (subject.start == start + 1).then(|| Attribution {
            kind: Kind::Direct,
            rule: "as_source_before_paragraph".to_string(),
            confidence: 0.75,
            speaker: Some(self.span(subject)),
            cue: Some(self.span(verb_index..verb_index + 1)),
            verb: self.tags.verb_index(verb_index),
            recipient: None,
            follows: None,
        })
    }

    /// A quote that opens its paragraph after a paragraph ending `X said:`.
    fn speaker_before_paragraph(&self, quote: &QuoteSpan) -> Option<Attribution> {
        let doc = self.doc;
        let paragraph = &doc.paragraphs[quote.paragraph];
        if quote.paragraph == 0 || quote.open.start != paragraph.span.start {
            return None;
        }
        let previous = doc.paragraph_tokens[quote.paragraph - 1].clone();
        if previous.is_empty() {
            return None;
        }
        if doc.word(previous.end - 1) != ":" {
            // `Howard continued his remarks.` then a quote that is all of its
            // paragraph (one followed by words has its attribution there),
            // or of its line, the paragraph's other lines quotes too (`"…"⏎"…"`).
            let rest = doc.token_at_or_after(quote.close.end)..doc.paragraph_tokens[quote.last_paragraph].end;
            let line_end = rest
                .clone()
                .find(|&index| doc.line_break_before(index))
                .unwrap_or(rest.end);
            let bare = (rest.start..line_end).all(|index| doc.tokens[index].class == TokenClass::Punct)
                && (line_end == rest.end || is_quote_mark_token(doc.word(line_end)));
            return if bare {
                self.cue_in_sentence_before(previous, "cue_before_paragraph")
            } else {
                None
            };
        }
        let mut start = previous.end - 1;
        while start > previous.start && !doc.ends_sentence(start - 1) {
            start -= 1;
        }
        let pattern = self.grammar.patterns.iter().find(|pattern| {
            let quote_index = pattern.quote_index();
            quote_index > 0 && quote_index == pattern.items.len() - 1
        })?;
        let mut capture = Capture::default();
        let items = &pattern.items[..pattern.quote_index()];
        if !self.match_ending_at(items, start..previous.end, &mut capture) || capture.speaker.is_none() {
            // `A footnote in the report makes that clear:` with no speech
            // verb: the sentence's subject introduces the quote, or that of
            // its last clause after a dash (`… can be!— Cruz called them on
            // it:`).
            let colon = previous.end - 1;
            if let Some(source) = self.as_source(start, colon) {
                return Some(source);
            }
            let subject = self.sentence_subject(start, colon).or_else(|| {
                let dash = (start..colon).rev().find(|&index| is_dash(self.doc.word(index)))?;
                self.sentence_subject(dash + 1, colon)
            })?;
            return Some(Attribution::subject_only(
                Kind::Direct,
                "subject_before_paragraph",
                self.span(subject),
            ));
        }
        let mut attribution = self.attribution(pattern, Kind::Direct, capture, quote);
        attribution.rule = "speaker_before_paragraph".to_string();
        attribution.confidence = (pattern.confidence - 0.1).max(0.0);
        Some(attribution)
    }
}

/// A dash between words: `-`, `--`, `–` or `—`.
pub(crate) fn is_dash(word: &str) -> bool {
    matches!(word, "-" | "--") || is_long_dash(word)
}

/// Whether a lower-case word has the shape of a plural noun: longer than
/// three letters, ending in one `s` (`voters`, not `boss` or `bus`).
pub(crate) fn plural_shape(lower: &str) -> bool {
    lower.len() > 3 && lower.ends_with('s') && !lower.ends_with("ss")
}

/// The object pronouns that stand for a person or a thing: `him`, `her`,
/// `them`, `it`, `me`, `us`.
pub(crate) fn is_object_pronoun(word: &str) -> bool {
    matches!(word, "him" | "her" | "them" | "it" | "me" | "us")
}

/// `China's`, `Kaken’s`.
pub(crate) fn is_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// Whether two phrases end in the same word (`Trump`, `Donald Trump`).
fn same_last_word(a: Span, b: Span, text: &str) -> bool {
    let last = |span: Span| span.of(text).split_whitespace().next_back().map(strip_possessive);
    last(a).is_some_and(|word| Some(word) == last(b))
}

/// The word without its possessive ending.
pub(crate) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word)
}

pub(crate) fn is_quote_mark_token(word: &str) -> bool {
    matches!(word, "\"" | "“" | "”" | "«" | "»" | "„" | "「" | "」" | "『" | "』")
}

#[cfg(test)]
mod tests;
