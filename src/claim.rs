//! Claims: reported speech without quote marks, as `indirect` quotes.
//!
//! `X said (that) …`, `X told Y (that) …`, `X insists …`, `X dismissed Y's
//! account`, `…, rights groups say.`, `according to X, …`. The span of a
//! claim is the reported content; its speaker is found as for quotes (the
//! subject of the cue) and resolved by [`crate::speaker`].

use std::cell::{Cell, OnceCell};
use std::ops::Range;

use crate::attribute::{
    Ends, MAX_DOCUMENT_PHRASE, MAX_SPEAKER, MAX_TERM_WORDS, Matcher, is_object_pronoun, is_possessive, plural_shape,
    strip_possessive,
};
use crate::grammar::{Framing, Gender, Grammar, PersonWordKind, Verb, VerbForm, WordClass};
use crate::quote::QuoteSpan;
use crate::segment::{self, Document, TokenClass, is_long_dash};
use crate::span::Span;
use crate::tag::Tags;

/// Most tokens a reported clause may run.
const MAX_CONTENT: usize = 80;
/// How many words the phrases of where and when a document went out may
/// take between it and its gerund (`a video on Facebook on Monday saying`).
const MAX_PLACE_PHRASE: usize = 6;
/// Most tokens of a relative clause that describes the source after
/// `according to X,` before what the source says.
const MAX_RELATIVE_ASIDE: usize = 24;
/// Most words of a source after `according to` that is no noun phrase the
/// speaker matcher knows (`according to exit polling data`).
const MAX_SOURCE_WORDS: usize = 8;
/// Most tokens of a past participle's phrase between a trailing subject
/// and its verb (`…, disclosures filed on Sunday night revealed`).
const MAX_PARTICIPLE_PHRASE: usize = 6;

/// Most words between a stance holder's noun and the start of its noun
/// phrase: `the most outspoken supporter`.
const MAX_AGENT_MODIFIERS: usize = 4;

/// How many words may stand between the determiner and the person word
/// of a speaker named after an inverted cue (`said a senior American
/// official`), counting the person word.
const MAX_PERSON_MODIFIERS: usize = 4;
/// Most tokens of a poll or study after `in` (`an ABC News/Washington
/// Post poll released Sunday`).
const MAX_EVIDENCE_TOKENS: usize = 12;
/// How far back a claim's sentence may start.
const MAX_SENTENCE: usize = 60;
/// Most tokens of a subject the speaker matcher does not know
/// (`Democrats trying to regain control of the Senate say`).
const MAX_LOOSE_SUBJECT: usize = 12;
/// Most words between `to` and the subject of the verb or adjective that
/// governs it (`has yet to`, `is trying to`, `also managed to`).
const MAX_GOVERNOR: usize = 3;
/// Fewest words of a clause after a stance noun and `that`: fewer are
/// mostly a relative clause (`the claim that he made`).
const MIN_NOUN_CLAUSE_WORDS: usize = 4;

/// How far back from a coordinated verb the search for the comma and
/// conjunction that open its clause goes.
const MAX_CLAUSE_REACH: usize = 20;

/// The most tokens of a relative clause with no pronoun between the noun it
/// describes and the verb of speech after it (`people I've spoken with
/// over the last couple of weeks said`).
const MAX_CONTACT_CLAUSE: usize = 14;

/// The most tokens an opening subordinate clause runs to its comma (`When
/// his family moved back to rural Tennessee,`).
const MAX_OPENING_CLAUSE: usize = 25;

/// The most words of an object that a coordinated verb phrase may follow
/// and end (`claim momentum but would …`): a longer one may be a clause
/// whose verb the lexicon does not know.
const MAX_SHORT_OBJECT: usize = 3;
/// Tokens of a headline whose capitalized verbs are verbs: `Rubio Says He Will Stay`.
const MAX_HEADLINE: usize = 30;

/// How many words an item of a list may have (`Ben Carson`, `a new Syria
/// where Assad is allowed to remain in power` is none).
const MAX_LIST_ITEM: usize = 5;
/// How far (in tokens) the verb of a reported clause's subject may stand
/// after a comma that opens an aside (`the talks, which started in a
/// smaller form a decade ago, remained …`).
const MAX_SUBJECT_ASIDE: usize = 30;

/// One piece of reported speech.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// The reported content.
    pub content: Span,
    /// The speaker as written; `None` where the text names no one (`she was
    /// asked whether …`, `Asked about the plan, …`).
    pub speaker: Option<Span>,
    /// The cue as written.
    pub cue: Span,
    /// Index of the cue's verb in `Grammar::verbs`, where the cue is a verb.
    pub verb: Option<usize>,
    /// The recipient as written.
    pub recipient: Option<Span>,
    /// The rule that found it.
    pub rule: &'static str,
    /// What the content may hold besides the reported words.
    pub extent: Extent,
    /// Confidence in [0, 1].
    pub confidence: f32,
}

/// Which verbs [`Finder::reporting_clause_opens`] takes as a new
/// reporting clause's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Speech {
    /// Verbs of speech that may quote (`say`, `argue`): after a comma or a
    /// conjunction, where a weaker verb is often the reported clause's own.
    Quoting,
    /// Any verb that reports (`show`, `find` too): after a colon.
    Any,
}

/// What a claim's content may hold besides the reported words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Extent {
    /// Only what was said: never its cue, its speaker or a quotation's edge.
    Reported,
    /// The clause around its cue (`the race seemed close`, `the group
    /// reportedly spent`).
    AroundCue,
    /// The sentence around its attribution (`The goal, he said, is …`).
    AroundAttribution,
    /// A headline's words after its colon, quote marks and all.
    Headline,
}

impl Claim {
    /// A claim whose cue is no verb (a colon, `according to`, a noun or an
    /// adjective of stance), told to no one.
    fn without_verb(content: Span, speaker: Span, cue: Span, rule: &'static str, confidence: f32) -> Claim {
        Claim {
            content,
            speaker: Some(speaker),
            cue,
            verb: None,
            recipient: None,
            rule,
            extent: Extent::Reported,
            confidence,
        }
    }

    /// A claim before its attribution (`…, he said.`), or around it where
    /// the sentence goes on after it (`The goal, he said, is …`).
    fn trailing(
        content: Span,
        around: bool,
        speaker: Span,
        cue: Span,
        verb: Option<usize>,
        recipient: Option<Span>,
    ) -> Claim {
        let (rule, extent) = if around {
            ("parenthetical", Extent::AroundAttribution)
        } else {
            ("trailing_cue", Extent::Reported)
        };
        Claim {
            content,
            speaker: Some(speaker),
            cue,
            verb,
            recipient,
            rule,
            extent,
            confidence: 0.7,
        }
    }

    /// True when the claim keeps to its extent: its content holds its cue
    /// or its speaker, or runs across a quotation's edge, only where its
    /// extent lets it. Outside the headline (`in_headline` false), content
    /// that ends with a quotation is the quotation's too: the quote carries
    /// it (`Adelson called his standing “unheard of.”`). A headline's
    /// quotes are headings, which carry nothing.
    fn keeps_extent(&self, quotes: &[QuoteSpan], in_headline: bool) -> bool {
        let holds_cue = self.content.overlaps(self.cue);
        let holds_speaker = self.speaker.is_some_and(|speaker| self.content.overlaps(speaker));
        let edge = || crosses_quote(self.content, quotes) || !in_headline && ends_with_quote(self.content, quotes);
        match self.extent {
            Extent::Reported => !holds_cue && !holds_speaker && !edge(),
            Extent::AroundCue => !holds_speaker && !edge(),
            Extent::AroundAttribution => !edge(),
            Extent::Headline => !holds_cue && !holds_speaker,
        }
    }
}

/// Finds the claims of a document, in text order.
pub fn find_claims(doc: &Document, tags: &Tags, quotes: &[QuoteSpan]) -> Vec<Claim> {
    find_claims_with(&Matcher::new(doc, tags), quotes, false).shown
}

/// The claims of a document: those shown, and those that a quotation they
/// hold carries (`Ryan said he was "not ready" to …` is the partial
/// quote's), which are not shown but still tell whose the quotation is.
pub(crate) struct Found {
    /// The claims shown, in text order, none overlapping another.
    pub shown: Vec<Claim>,
    /// The claims left to their quotations, in text order.
    pub carried: Vec<Claim>,
}

/// [`find_claims`] with the matcher of the document, which keeps what it
/// worked out (the subjects of verbs, above all) for the next stage.
/// Claims never run into quotations between doubled apostrophes: where
/// `quotes` holds them already (`doubled_in_quotes`, the analyzer's
/// `doubled_quotes`), they are not looked for again.
pub(crate) fn find_claims_with(matcher: &Matcher, quotes: &[QuoteSpan], doubled_in_quotes: bool) -> Found {
    let doc = matcher.doc();
    let doubled = if doubled_in_quotes {
        Vec::new()
    } else {
        crate::quote::doubled_quotes(doc.text, &doc.paragraphs, quotes)
    };
    let merged;
    let quotes = if doubled.is_empty() {
        quotes
    } else {
        merged = {
            let mut all = quotes.to_vec();
            all.extend(doubled);
            all.sort_by_key(|quote| quote.open.start);
            all
        };
        &merged
    };
    let finder = Finder {
        doc,
        grammar: matcher.tags().grammar(),
        matcher,
        quotes,
        inside: inside_quotes(doc, quotes),
        finite: vec![Cell::new(None); doc.tokens.len()],
    };
    let mut claims = Vec::new();
    for range in &doc.paragraph_tokens {
        claims.extend(finder.transcript_line(range.clone()));
        for index in range.clone() {
            if finder.inside_quote(index) {
                continue; // inside a quote: the quote's own words
            }
            if !finder.may_cue(index) {
                continue; // no cue of any kind: most tokens
            }
            if let Some(claim) = finder.claim_at(index, range.clone())
                && !finder.attributes_quote(&claim)
                && !finder.self_description_runs_on(index, &claim)
                && !finder.subject_ends_in_adjective(index, &claim)
            {
                claims.push(finder.unsay_passive(index, range, claim));
            }
        }
    }
    // A claim that is mostly a quotation is the quotation's: the quote
    // carries it (`Cruz said the people "have been suffering …"`). Not in
    // the headline, whose quotes are headings that no one carries
    // (`Ana Ruiz Says Tom Lee ‘Makes You Want To Leave’`).
    let headline = doc.title().map(|title| doc.paragraphs[title].span);
    let in_headline = |content: Span| headline.is_some_and(|headline| headline.contains(content));
    if let Some(headline) = headline {
        // (Its content ends at the last quote's closing mark, which the
        // content's trimmed end left out.)
        // (Or right after a colon that ends it: `Praises Matthew Boyle:
        // ‘Very Good Reporter.’`.)
        for claim in claims.iter_mut().filter(|claim| headline.contains(claim.content)) {
            let colon = |quote: &QuoteSpan| {
                doc.text
                    .get(claim.content.end..quote.open.start)
                    .is_some_and(|gap| gap.trim() == ":")
            };
            let last = quotes.partition_point(|quote| quote.open.start < claim.content.end || colon(quote));
            if let Some(quote) = last.checked_sub(1).map(|index| &quotes[index])
                && quote.open.start >= claim.content.start
                && quote.close.end > claim.content.end
                && headline.contains(quote.close)
            {
                claim.content.end = quote.close.end;
            }
        }
    }
    // (`…, when Mr. Buchanan called for a ''cultural war.''`: a quote in
    // a trailing subordinate clause is that clause's, not the claim's.)
    for claim in claims.iter_mut() {
        if claim.extent == Extent::Reported
            && !in_headline(claim.content)
            && ends_with_quote(claim.content, quotes)
            && let Some(content) = finder.before_quoted_subordinate(claim.content)
        {
            claim.content = content;
        }
    }
    let carried: Vec<Claim> = claims
        .extract_if(.., |claim| {
            !in_headline(claim.content)
                && (quoted_share(claim.content, quotes) >= MAX_QUOTED_SHARE
                    || holds_quotation(doc.text, claim.content, quotes))
        })
        .collect();
    // (`said the sample had not been opened and that the suspension was
    // "premature and unfair"`: a clause beside the quoted one is a claim
    // of its own.)
    claims.extend(carried.iter().flat_map(|claim| finder.unquoted_clauses(claim)));
    claims.extend(finder.headline_claim());
    // A claim never holds its own cue or speaker, and claims do not overlap:
    // where two would, the earlier one stands.
    claims.retain(|claim| claim.keeps_extent(quotes, in_headline(claim.content)));
    // Nor is a claim another's attribution, that claim's speaker and cue
    // after its content: `… than its operator has admitted, the head of
    // the regulator said on Tuesday` has `admitted` report nothing.
    let mut attributions: Vec<(Span, usize)> = claims
        .iter()
        .filter_map(|claim| {
            let speaker = claim.speaker?;
            (speaker.start >= claim.content.end && claim.cue.start >= claim.content.end).then(|| {
                let attribution = Span::new(speaker.start.min(claim.cue.start), speaker.end.max(claim.cue.end));
                (attribution, claim.content.end)
            })
        })
        .collect();
    if !attributions.is_empty() {
        attributions.sort_unstable_by_key(|(span, _)| span.start);
        claims.retain(|claim| {
            let first = attributions.partition_point(|(span, _)| span.start < claim.content.start);
            !attributions[first..]
                .iter()
                .take_while(|(span, _)| span.start < claim.content.end)
                .any(|&(span, content_end)| span.end <= claim.content.end && content_end <= claim.content.start)
        });
    }
    // Of two claims from one place, the one more surely found stands
    // (`… leads in national polls by 3 points, according to the average`).
    claims.sort_by(|a, b| {
        a.content
            .start
            .cmp(&b.content.start)
            .then(b.confidence.total_cmp(&a.confidence))
    });
    let mut kept: Vec<Claim> = Vec::with_capacity(claims.len());
    for claim in claims {
        if kept.last().is_none_or(|last| !last.content.overlaps(claim.content)) {
            kept.push(claim);
        }
    }
    Found { shown: kept, carried }
}

/// For each token, whether it starts inside a quote (its marks included):
/// the tokens of each quote marked, the quotes in text order; empty where
/// they are not in order, and [`Finder::inside_quote`] searches instead.
fn inside_quotes(doc: &Document, quotes: &[QuoteSpan]) -> Vec<bool> {
    if !quotes.windows(2).all(|pair| pair[0].close.end <= pair[1].open.start) {
        return Vec::new();
    }
    let mut inside = vec![false; doc.tokens.len()];
    for quote in quotes {
        let end = doc.token_at_or_after(quote.close.end);
        let start = doc.token_at_or_after(quote.open.start).min(end);
        inside[start..end].fill(true);
    }
    inside
}

/// `word.rsplit_once(['\'', '’'])`: a word and its contracted ending. Most
/// words hold neither apostrophe, which a look at their bytes tells (`’`
/// starts with 0xE2) without searching for the characters.
fn rsplit_apostrophe(word: &str) -> Option<(&str, &str)> {
    if !word.bytes().any(|byte| byte == b'\'' || byte == 0xE2) {
        return None;
    }
    word.rsplit_once(['\'', '’'])
}

/// The word before a contracted `'s`, `'re` or `'m` (`he` of `he’s`).
fn contracted(word: &str) -> Option<&str> {
    rsplit_apostrophe(word)
        .filter(|(_, ending)| matches!(*ending, "s" | "re" | "m"))
        .map(|(bare, _)| bare)
}

/// The most tokens of a time between a trailing cue and the comma before
/// a participle (`said on Tuesday, blaming …`).
const MAX_TRAILING_TIME: usize = 3;

/// The most tokens of an aside between dashes or commas after a cue and
/// before what was said (`said — on Twitter, as it happens — that …`,
/// `says, win or lose in Tuesday's primary, he's staying`).
const MAX_ASIDE: usize = 12;

/// The most words of an aside between commas after a cue and before its
/// `that` (`say, with the benefit of hindsight, that …`).
const MAX_COMMA_ASIDE: usize = 8;

/// The most tokens from a verb of spending to the gerund that its time or
/// money comes before (`spent much of his 30-minute speech defending …`).
const MAX_SPENT: usize = 12;

/// The most tokens after the first of a phrase of place or occasion between
/// a verb and its `that` (`said Thursday during an interview with a
/// reporter from a local station that …`).
const MAX_OCCASION: usize = 15;

/// Above this share of quoted words, reported content is left to its quote:
/// `he was "very close" to the inquiry` is the partial quote's, while a
/// term in a longer clause (`centres are vocational "training" facilities
/// used to …`) leaves the claim standing.
const MAX_QUOTED_SHARE: f32 = 0.3;

/// The most words between a relative pronoun that opens an aside and its
/// verb (`who last year had threatened`).
const MAX_RELATIVE_GAP: usize = 5;

/// The most auxiliaries and adverbs between a relative pronoun and the verb
/// of report it is the subject of (`who have long been saying`).
const MAX_RELATIVE_AUXILIARIES: usize = 3;

/// Words after which a past form is a participle in its clause's own verb
/// group (`had been treated`, `were counted`, `is not qualified`), not the
/// next clause's verb.
const VERB_GROUP_BEFORE_PARTICIPLE: [&str; 12] = [
    "be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "not", "never",
];

/// Quotes of at least this many words inside reported content are a
/// quotation of the speaker's words, not a term.
const MIN_QUOTATION_WORDS: usize = 3;

/// True when reported content holds a quotation of several words: the quote
/// then reports the statement, and the claim would say it twice.
fn holds_quotation(text: &str, content: Span, quotes: &[QuoteSpan]) -> bool {
    let first = quotes.partition_point(|quote| quote.close.end <= content.start);
    quotes[first..]
        .iter()
        .take_while(|quote| quote.open.start < content.end)
        .any(|quote| crate::segment::word_count(text, quote.content) >= MIN_QUOTATION_WORDS)
}

/// True when reported content starts or ends inside quote marks without
/// holding the whole quote: the marks are mismatched, and the words are
/// the quote's, not a claim's.
fn crosses_quote(content: Span, quotes: &[QuoteSpan]) -> bool {
    let inside = |position: usize| {
        let index = quotes.partition_point(|quote| quote.close.end <= position);
        quotes
            .get(index)
            .is_some_and(|quote| quote.open.start < position && position < quote.close.end)
    };
    // (Content that ends with a closing mark holds it whole: its end is
    // where the quote's is, not inside.)
    inside(content.start) || inside(content.end)
}

/// True when `content` ends with a quote's closing mark.
fn ends_with_quote(content: Span, quotes: &[QuoteSpan]) -> bool {
    let index = quotes.partition_point(|quote| quote.close.end < content.end);
    quotes.get(index).is_some_and(|quote| quote.close.end == content.end)
}

/// The share of `content`'s bytes that lie inside quote marks.
fn quoted_share(content: Span, quotes: &[QuoteSpan]) -> f32 {
    let first = quotes.partition_point(|quote| quote.close.end <= content.start);
    let quoted: usize = quotes[first..]
        .iter()
        .take_while(|quote| quote.open.start < content.end)
        .map(|quote| {
            let start = quote.open.start.max(content.start);
            let end = quote.close.end.min(content.end);
            end.saturating_sub(start)
        })
        .sum();
    quoted as f32 / content.len().max(1) as f32
}

struct Finder<'d, 't> {
    doc: &'d Document<'t>,
    grammar: &'d Grammar,
    matcher: &'d Matcher<'d, 't>,
    quotes: &'d [QuoteSpan],
    /// [`inside_quotes`] of the document.
    inside: Vec<bool>,
    /// [`Finder::is_finite`] of each token, once asked: the clause scans
    /// ask it of the same few tokens after a cue many times over.
    finite: Vec<Cell<Option<bool>>>,
}

impl Finder<'_, '_> {
    fn word(&self, index: usize) -> &str {
        self.doc.word(index)
    }

    fn lower(&self, index: usize) -> &str {
        self.matcher.lower(index)
    }

    /// The token index where the sentence holding `index` starts.
    fn sentence_start(&self, index: usize, paragraph: &Range<usize>) -> usize {
        let lowest = paragraph.start.max(index.saturating_sub(MAX_SENTENCE));
        // A walk back from `index` to a sentence end, no further than `lowest`.
        let mut start = lowest.max(self.doc.sentence_start(index));
        // `… our politics.'' It was, he said, …`: quote marks right after
        // the stop close the sentence before.
        if start > lowest {
            // (Touching first: it is the cheaper test, and most words fail it.)
            while start < index
                && self.doc.tokens[start].span.start == self.doc.tokens[start - 1].span.end
                && self.is_quote_mark(start)
            {
                start += 1;
            }
        }
        start
    }

    /// The token index one past the sentence holding `index` (its final
    /// punctuation excluded), stopping at [`MAX_CONTENT`] tokens.
    fn sentence_end(&self, index: usize, paragraph: &Range<usize>) -> usize {
        let highest = paragraph.end.min(index + MAX_CONTENT);
        let mut end = index;
        while end < highest {
            if self.doc.ends_sentence(end) {
                if !self.inside_quote(end) {
                    // (`(… warm up.)`: a sentence in parentheses ends at
                    // its closing one; what it says, at its final mark.)
                    if self.word(end) == ")" {
                        end -= 1;
                    }
                    break;
                }
                // `said Trump is "unelectable now." Sen. Ted Cruz …`: a
                // quote whose last words end a sentence ends it, where a
                // capital opens the words after it.
                if end + 2 < highest
                    && self.is_quote_mark(end + 1)
                    && !self.inside_quote(end + 2)
                    && self.matcher.is_capitalized(end + 2)
                {
                    return end + 2;
                }
            }
            end += 1;
        }
        end
    }

    /// True when a quote closes right before token `index`: `"…," said X`
    /// attributes the quote, not reported speech. A quote whose words end
    /// with a period (`"… campaign." She said …`) ends its sentence, and the
    /// words after it begin a new one.
    fn quote_ends_at(&self, index: usize) -> bool {
        // A quote closing the previous paragraph is not before this one.
        self.quote_closing_before(index)
            .is_some_and(|quote| self.leads_into(quote, self.doc.tokens[index].span.start))
    }

    /// Whether `claim`'s speaker and cue are the attribution of the quote
    /// that closes, with a comma or a question or exclamation mark, right
    /// before them (`"…," the former president told a crowd that …`,
    /// `"…," said Lee`): what follows the cue then is no speech of its own.
    fn attributes_quote(&self, claim: &Claim) -> bool {
        let Some(speaker) = claim.speaker else {
            return false;
        };
        let cue = claim.cue;
        let between = |from: usize, to: usize| from <= to && self.doc.text[from..to].trim().is_empty();
        let first = speaker.start.min(cue.start);
        if claim.content.start < cue.end || !(between(speaker.end, cue.start) || between(cue.end, speaker.start)) {
            return false;
        }
        // (A quote that opens its sentence, in the same paragraph: not a
        // title, `In an interview on CBS's "Face the Nation," Ryan said …`.)
        let token = self.doc.token_at_or_after(first);
        token < self.doc.tokens.len()
            && self.quote_closing_before(token).is_some_and(|quote| {
                let open = self.doc.token_at_or_after(quote.open.start);
                self.leads_into(quote, self.doc.tokens[token].span.start)
                    && self.doc.sentence_start(open) == open
                    && self.doc.text[..quote.close.start].trim_end().ends_with([',', '?', '!'])
            })
    }

    /// The quote whose closing mark stands right before token `index`, with
    /// nothing but white space between.
    fn quote_closing_before(&self, index: usize) -> Option<&QuoteSpan> {
        let before = self.doc.text[..self.doc.tokens[index].span.start].trim_end();
        let position = self.quotes.partition_point(|quote| quote.close.end < before.len());
        self.quotes
            .get(position)
            .filter(|quote| quote.close.end == before.len())
    }

    /// `Several people I've spoken with over the last weeks said`: the
    /// noun phrase before a relative clause with no relative pronoun (a
    /// subject pronoun, then its verb) that runs up to the verb at
    /// `verb_at`, in the sentence from `sentence_start`.
    fn contact_clause_subject(&self, verb_at: usize, sentence_start: usize) -> Option<Range<usize>> {
        let pronoun = (sentence_start.max(verb_at.saturating_sub(MAX_CONTACT_CLAUSE)) + 1..verb_at)
            .rev()
            .take_while(|&at| self.doc.tokens[at].class == TokenClass::Word && !self.inside_quote(at))
            .find(|&at| self.is_subject_pronoun(at))?;
        let noun = pronoun - 1;
        let contracted_pronoun = contracted(self.lower(pronoun));
        // (People, not `in your book it's clear`; the cheap questions first.)
        let people = || self.matcher.tags().lexeme(noun).person.is_some() || self.matcher.is_plural_subject(noun);
        let verb_in_clause = || {
            contracted_pronoun.is_some()
                || (pronoun + 1..verb_at).any(|at| self.matcher.verb(at).is_some() || self.is_finite(at))
        };
        (contracted_pronoun.unwrap_or(self.lower(pronoun)) != "it"
            && self.doc.tokens[noun].class == TokenClass::Word
            && !self.matcher.is_capitalized(noun)
            && !self.matcher.is(noun, WordClass::Stopword)
            && self.matcher.verb(noun).is_none()
            && people()
            && verb_in_clause())
        .then(|| self.matcher.subject_before(pronoun, sentence_start))
        .flatten()
        .filter(|subject| subject.end == pronoun)
    }

    /// Where the comma stands that opens an aside of a participle whose
    /// object is the quote closing right before the verb at `index`, in the
    /// sentence from `sentence_start`: `Mr. Manafort, citing "…," said …`.
    /// The verb is then the sentence's own, not the quote's cue.
    fn participle_aside_before(&self, index: usize, sentence_start: usize) -> Option<usize> {
        let quote = self.quote_closing_before(index)?;
        let opening = self.doc.token_at_or_after(quote.open.start);
        // (The comma's index is worked out only once it is known to exist.)
        let comma = opening.checked_sub(2).filter(|&comma| comma > sentence_start)?;
        (self.word(comma) == ","
            && self
                .matcher
                .verb(opening - 1)
                .is_some_and(|(_, form)| form == VerbForm::Gerund))
        .then_some(comma)
    }

    /// Whether the quote that closes right before token `index` is a short
    /// name or term: a few words with no punctuation mark inside its
    /// closing mark (`the 'Harbour Rocket'`, not `"We will win,"`).
    fn term_ends_before(&self, index: usize) -> bool {
        let start = self.doc.tokens[index].span.start;
        let position = self.quotes.partition_point(|quote| quote.close.end < start);
        self.quotes.get(position).is_some_and(|quote| {
            quote.close.end == start
                && !quote
                    .content
                    .of(self.doc.text)
                    .trim_end()
                    .ends_with([',', '.', '!', '?', ';', ':'])
                && segment::word_count(self.doc.text, quote.content) <= MAX_TERM_WORDS
        })
    }

    /// Whether `quote`, which closes before byte `start`, runs on into the
    /// words there: no paragraph break between, and no full stop ending its
    /// words (`"… campaign." She said …` ends a sentence).
    fn leads_into(&self, quote: &QuoteSpan, start: usize) -> bool {
        !self.doc.text[quote.close.end..start].contains('\n')
            && !self.doc.text[..quote.close.start].trim_end().ends_with('.')
    }

    /// A subject pronoun, alone or contracted (`he`, `he's`, `they'd`).
    fn is_subject_pronoun(&self, index: usize) -> bool {
        let lower = self.lower(index);
        self.grammar
            .pronoun(lower)
            .or_else(|| self.grammar.contracted_pronoun(lower))
            .is_some_and(|pronoun| pronoun.subject)
    }

    /// Whether a quotation that ends in a comma closes right before `index`
    /// (`… "the best thing," claiming …`), after `start`.
    fn comma_quote_before(&self, index: usize, start: usize) -> bool {
        index >= start + 2 && self.word(index - 2) == "," && self.is_quote_mark(index - 1) && self.quote_ends_at(index)
    }

    /// True when a quote closes between tokens `start` and `end`, or right
    /// before `start`: a quote may open before the sentence that holds its
    /// cue (`"He's funny. And …," Levine said of Trump`) or end a sentence
    /// of its own (`"Perpetual motion!" Thompson said of …`).
    fn quote_before(&self, start: usize, end: usize) -> bool {
        let opens = self.doc.tokens[start].span.start;
        let from = self.doc.text[..opens].trim_end().len();
        let to = self.doc.tokens[end].span.start;
        let position = self.quotes.partition_point(|quote| quote.close.end < from);
        // (Not a quote that closed the paragraph or the sentence before:
        // `"… a day off." He pointed to …`.)
        self.quotes[position..]
            .iter()
            .take_while(|quote| quote.close.end <= to)
            .any(|quote| quote.close.end > opens || self.leads_into(quote, opens))
    }

    fn inside_quote(&self, index: usize) -> bool {
        if let Some(&inside) = self.inside.get(index) {
            return inside;
        }
        let start = self.doc.tokens[index].span.start;
        let position = self.quotes.partition_point(|quote| quote.close.end <= start);
        self.quotes.get(position).is_some_and(|quote| quote.open.start <= start)
    }

    /// False where [`Finder::claim_at`] finds nothing for certain: a word
    /// that is no speech verb, in none of the classes it starts from, and
    /// neither `according` nor `in`. Most tokens are such words; one look
    /// at the lexeme spares them the whole of `claim_at`. Keep it in step
    /// with the tests that open `claim_at`.
    fn may_cue(&self, index: usize) -> bool {
        let lexeme = self.matcher.tags().lexeme(index);
        lexeme.verb.is_some()
            || [
                WordClass::Hearsay,
                WordClass::StanceAgent,
                WordClass::StanceNoun,
                WordClass::IntentionNoun,
                WordClass::StanceAdjective,
            ]
            .into_iter()
            .any(|class| lexeme.is(class))
            || matches!(self.lower(index), "according" | "in")
    }

    /// Whether the cue at `index` is the participle of `self-described`
    /// and `claim` runs on past the noun phrase it describes: `Sanders, a
    /// self-described democratic socialist,` reports what Sanders calls
    /// himself, but in `The self-described democratic socialist said he
    /// would win` the phrase is the subject of a verb of its own.
    fn self_description_runs_on(&self, index: usize, claim: &Claim) -> bool {
        if index < 2 || self.lower(index - 2) != "self" || !crate::tag::after_joined_word(self.doc, index) {
            return false;
        }
        let end = self.doc.token_at_or_after(claim.content.end);
        (index + 1..end).any(|at| {
            self.matcher.is(at, WordClass::Relative)
                || self.matcher.is(at, WordClass::Auxiliary)
                || self.matcher.is(at, WordClass::Finite)
                || self.matcher.verb(at).is_some_and(|(_, form)| form != VerbForm::Base)
        })
    }

    /// Whether the cue at `index` stands right after an adjective with no
    /// verb between it and `claim`'s speaker: the cue is then the noun of
    /// the speaker's phrase, not a verb (`Trump's wide-ranging comments
    /// pre-empted …`, `The surge of incendiary comments online has …`),
    /// while a noun after an adjective that a verb of the speaker's takes
    /// still reports (`Rubio also had strong views on …`).
    fn subject_ends_in_adjective(&self, index: usize, claim: &Claim) -> bool {
        // (A noun of stance that its possessor holds is no verb to begin
        // with: `Trump's controversial proposal to ban …`.)
        if index == 0 || claim.verb.is_none() || !self.matcher.is_adjective(index - 1) {
            return false;
        }
        claim.speaker.is_some_and(|speaker| {
            let after = self.doc.token_at_or_after(speaker.end);
            after < index
                && !(after..index - 1).any(|at| {
                    self.matcher.is(at, WordClass::Auxiliary)
                        || self.matcher.is(at, WordClass::Finite)
                        || self.matcher.verb(at).is_some()
                        || self.matcher.is_verb_form(at)
                })
        })
    }

    /// A claim whose cue is the token at `index`, if there is one.
    fn claim_at(&self, index: usize, paragraph: Range<usize>) -> Option<Claim> {
        let lower = self.lower(index);
        if lower == "according" && index + 1 < paragraph.end && self.lower(index + 1) == "to" {
            return self.according_to(index, &paragraph);
        }
        if lower == "in" {
            return self.in_evidence(index, &paragraph);
        }
        if self.matcher.is(index, WordClass::Hearsay) {
            return self.hearsay(index, &paragraph);
        }
        if self.matcher.is(index, WordClass::StanceAgent) && index > paragraph.start {
            return self.stance_agent(index, &paragraph);
        }
        if (self.matcher.is(index, WordClass::StanceNoun) || self.matcher.is(index, WordClass::IntentionNoun))
            && index > paragraph.start
            && let Some(claim) = self.stance_noun(index, &paragraph)
        {
            return Some(claim);
        }
        if self.matcher.is(index, WordClass::StanceAdjective)
            && index > paragraph.start
            && let Some(claim) = self.stance_adjective(index, &paragraph)
        {
            return Some(claim);
        }
        let (verb, form) = self.matcher.verb(index)?;
        // `cast himself as an outsider`: a verb that reports only a
        // reflexive object (not `cast a ballot`).
        // (The verb may end the paragraph and the text.)
        let no_reflexive = || {
            let after = self.skip_adverbials(index + 1, paragraph.end);
            after >= paragraph.end || !self.matcher.is_reflexive(after)
        };
        if !verb.reports && (!verb.reflexive || no_reflexive()) || index > 0 && self.writers_comparison(index - 1) {
            return None;
        }
        let token = self.doc.tokens[index];
        let sentence_start = self.sentence_start(index, &paragraph);
        if verb.rebuts
            && let Some(claim) = self.rejected_summary_claim(index, sentence_start, &paragraph)
        {
            return Some(claim);
        }
        if verb.impression && form != VerbForm::Gerund {
            // `to make him appear hostile`: a base form after an object
            // pronoun is a bare infinitive, no clause of its own.
            let bare = form == VerbForm::Base
                && index > sentence_start
                && self
                    .grammar
                    .pronoun(self.lower(index - 1))
                    .is_some_and(|pronoun| !pronoun.subject);
            if bare {
                return None;
            }
            if let Some(impression) = self.impression(index, sentence_start, &paragraph) {
                return Some(impression);
            }
            // `appeared on local radio`: a place, not a stance; but `seemed
            // to acknowledge it` reports its subject's stance.
            if index + 1 >= paragraph.end || self.lower(index + 1) != "to" {
                return None;
            }
        }
        // `A poll released Sunday shows …`: the participle describes the
        // poll; the verb after its time is the cue.
        if form == VerbForm::Past
            && (index + 2..paragraph.end.min(index + 6)).any(|verb_at| {
                self.matcher.verb(verb_at).is_some_and(|(verb, form)| {
                    verb.reports && matches!(form, VerbForm::Past | VerbForm::Present3 | VerbForm::Base)
                }) && self.matcher.dated_participle_start(verb_at, sentence_start) == Some(index)
                    && self.matcher.subject_before(verb_at, sentence_start).is_some()
            })
        {
            return None;
        }
        if form == VerbForm::Past
            && verb.quotes
            && let Some(claim) = self.as_reported_by(index, sentence_start, &paragraph)
        {
            return Some(claim);
        }
        if form == VerbForm::Past
            && let Some(passive) = self.passive(index, sentence_start, &paragraph)
        {
            return Some(passive);
        }
        // `to publicly criticize`: one adverb may split an infinitive; `to`
        // stands at `to_at` then.
        let split = index >= sentence_start + 2 && self.lower(index - 2) == "to" && self.matcher.is_adverb(index - 1);
        let to_at = if split { index - 2 } else { index.saturating_sub(1) };
        let previous = (index > sentence_start).then(|| self.lower(to_at));
        // `rights groups say`: a plural subject takes the base form; after
        // `to`, a modal or a negation it reports nothing (`did not say`).
        // `does not want`, `will discuss`: a modal or negation still
        // attributes its subject's stance (negated or to come), but not `to`.
        let helped = form == VerbForm::Base
            && previous.is_some_and(|word| word != "to")
            && self.matcher.is(index - 1, WordClass::NotReporting);
        // `Trump continued to question …`, `led the chairwoman to announce
        // …`: after `to`, a base form reports for whoever is to speak.
        let infinitive = form == VerbForm::Base && previous == Some("to") && to_at > sentence_start;
        // `223 votes`, `11 states`: an -s form after a number is a plural
        // noun; so is one after a preposition (`contests in states with`),
        // one before the verb of its phrase (`new reports show`) and one
        // after a plural determiner and its modifiers (`several negative
        // comments`).
        if form == VerbForm::Present3
            && index > sentence_start
            && (self.doc.tokens[index - 1].class == TokenClass::Number
                || self.matcher.is(index - 1, WordClass::Preposition)
                || self.matcher.plural_noun_before_verb(index)
                || self.matcher.plural_noun_after_quantifier(index, sentence_start))
        {
            return None;
        }
        // `the jobs report cheered Democrats`: an -s or base form right
        // before a past tense is a noun, the past its phrase's verb (not a
        // verb of speech after a name or a pronoun, in a relative clause
        // with no `that`: `a policy Republicans say allowed terrorism to
        // spread`).
        if matches!(form, VerbForm::Present3 | VerbForm::Base)
            && !infinitive
            && !helped
            && index + 1 < paragraph.end
            && self.matcher.is_past_form(index + 1)
            // (Not an adjective before its noun or a clause: `recommends
            // unspecified adjustments`, `feel vindicated they …`.)
            && (index + 2 >= paragraph.end || {
                let next = index + 2;
                self.doc.tokens[next].class != TokenClass::Word
                    || self.matcher.is_capitalized(next)
                    || self.matcher.is(next, WordClass::Determiner)
                    || self.matcher.is(next, WordClass::Preposition)
            })
            && !(verb.quotes
                && verb.clause
                && index > sentence_start
                && (self.matcher.is_capitalized(index - 1) || self.matcher.tags().lexeme(index - 1).pronoun.is_some()))
        {
            return None;
        }
        // `the Paris attacks test`, `coastal states that have moved`, `his
        // home state`: an -s or base form that is mostly a noun reports only
        // as plainly a verb (a base form after `to` or a modal is one).
        let noun_form = form == VerbForm::Present3 || form == VerbForm::Base && !infinitive && !helped;
        if noun_form && verb.noun && !self.plainly_a_verb(index, sentence_start, paragraph.end) {
            return None;
        }
        // `a lead in pledged delegates`: a past form after a preposition is
        // an adjective (not `as noted`, a cue of its own; nor after a
        // preposition that ends a relative clause: `people I've spoken with
        // said`).
        if form == VerbForm::Past
            && previous.is_some_and(|word| word != "as")
            && self.matcher.is(index - 1, WordClass::Preposition)
            && self.contact_clause_subject(index, sentence_start).is_none()
        {
            return None;
        }
        // `letters of appeal`: a base form after a preposition is a noun.
        if form == VerbForm::Base
            && !infinitive
            && (previous.is_none()
                || self.matcher.is(index - 1, WordClass::NotReporting) && !helped
                || self.matcher.is(index - 1, WordClass::Preposition))
        {
            return None;
        }
        // Nouns are not cues: `Trump's comments`, `the reports`, `United
        // States`; but a headline capitalizes its verbs (`Rubio Says He Will Stay`).
        let headline = paragraph.len() <= MAX_HEADLINE
            && self.matcher.is_capitalized(index)
            && index > paragraph.start
            && self.matcher.tags().is_title_case(paragraph.clone());
        // `Many said`, `some say`: a quantifier alone is a subject.
        // `But few believe …`: so is it after a conjunction, for a verb of
        // thought too.
        // (`…, another says`: the -s form after a comma, where the
        // quantifier counts one; not `Two emails sent …`.)
        // (`One says …, while another says …`: `one` counts one too,
        // before a verb that quotes.)
        let one = previous == Some("one") && verb.quotes && form != VerbForm::Base;
        let crowd = (verb.quotes || verb.clause)
            && (matches!(form, VerbForm::Base | VerbForm::Past)
                || form == VerbForm::Present3 && index >= sentence_start + 2 && self.word(index - 2) == ","
                || form == VerbForm::Present3
                    && index > sentence_start
                    && (self.matcher.is(index - 1, WordClass::SingularQuantifier) || one))
            && previous.is_some()
            && (self.matcher.is(index - 1, WordClass::Quantifier) || one)
            && (index - 1 == sentence_start
                || matches!(self.lower(index - 2), "," | "and" | "but" | "yet")
                // (`… – many believe Clinton has …`: after a dash.)
                || is_long_dash(self.word(index - 2))
                // `, while another says`: after a subordinator.
                || self.matcher.is(index - 2, WordClass::Subordinator)
                // `one in four said`: a share.
                || self.matcher.is(index - 2, WordClass::Preposition) && !one);
        // (`Noting that …, Tester added`: a participle opening the
        // sentence, taken only where its subject follows the comma that
        // ends it.)
        let sentence_opening = form == VerbForm::Gerund && index == sentence_start;
        // `Lee and Kim both said`: a quantifier floated after the subject.
        // (Asked only where a word stands before the verb.)
        let floated = || {
            self.matcher.is(index - 1, WordClass::FloatingQuantifier)
                && self
                    .matcher
                    .subject_before(index, sentence_start)
                    .is_some_and(|subject| subject.end + 1 == index)
        };
        if self.matcher.is_capitalized(index) && !headline && !sentence_opening
            || !crowd
                && previous.is_some_and(|word| {
                    self.matcher.is(index - 1, WordClass::Determiner)
                        || is_possessive(word) && !self.is_contracted_subject(word)
                })
                && !floated()
        {
            return None;
        }
        let verb_index = self.matcher.tags().verb_index(index);
        // `"…," said Mr. Lee`: the cue of a quotation reports nothing more.
        // `"…," but said …`: a conjunction starts a verb of its own.
        // (The quote closes right before the cue, or before the word
        // before it; a participle right after one reports anew: `Lee told
        // "Fox and Friends," reminding them that …`.)
        // (Not a name or a term in quote marks, its comma outside the
        // closing mark: `known as the 'Harbour Rocket', denied any
        // wrongdoing`.)
        let after_quote = index > sentence_start
            && !(self.word(index - 1) == "," && self.term_ends_before(index - 1))
            && (form != VerbForm::Gerund && self.quote_ends_at(index)
                || self.quote_ends_at(index - 1) && !matches!(self.lower(index - 1), "but" | "and" | "yet")
                || (self.word(index - 1) == "," && index - 1 > sentence_start && self.quote_ends_at(index - 2)));
        // `Lee called it "the best," claiming that …`: after a quotation
        // inside the sentence, a participle reports anew for the sentence's
        // subject, and so does a verb with a clause of its own (`Though he
        // told the paper they had "been friends," he claimed they had never
        // met`).
        let reports_anew = || {
            let clause_of_its_own = || {
                let end = self.sentence_end(index, &paragraph);
                verb.reports
                    && index + 2 < end
                    && (self.matcher.is(index + 1, WordClass::Complementizer)
                        || self.opens_clause(index + 1, verb.framing, false) && self.clause_follows(index + 1, end))
            };
            !self.inside_quote(sentence_start) && (form == VerbForm::Gerund || clause_of_its_own())
        };
        // `Mr. Manafort, citing "…," said …`: the comma that opens the aside.
        let aside_comma = self.participle_aside_before(index, sentence_start);
        if after_quote && !reports_anew() && aside_comma.is_none() {
            return None;
        }
        // Inverted trailing attribution: `…, said Robert Egge, a director.`
        // (`…, say some Democrats`: the base form, before a plural speaker.)
        let plural_after = || {
            index + 2 < paragraph.end
                && self.grammar.pronoun(self.lower(index + 1)).is_none()
                && self
                    .matcher
                    .speaker_ends(index + 1, paragraph.end)
                    .first()
                    .is_some_and(|&end| self.matcher.is_plural_subject(end - 1))
        };
        // (A subject found before the comma, across an aside, gives way to a
        // name after the verb that ends the sentence or opens a verbless
        // appositive: `…, whom he has alienated, said Larry Sabato,
        // director of the center.` is Sabato's; not after a verb whose
        // object is a person, `…, told The Huffington Post`.)
        // (So does a person named by a common noun, `…, Xi Jinping, …, said
        // an American official.`, alone or with a relative clause that ends
        // the sentence: `…, said an official who was briefed on the talks`;
        // not a clause's subject and verb, `said the Khan family deserved
        // better`.)
        let named_after = || {
            let sentence_end = self.sentence_end(index, &paragraph);
            // (The cue may end the text: `Ann Lee, Yet, denied`.)
            if index + 1 >= sentence_end {
                return false;
            }
            let capitalized = self.matcher.is_capitalized(index + 1);
            let person = || {
                self.matcher.is(index + 1, WordClass::Determiner)
                    && (index + 2..sentence_end.min(index + 2 + MAX_PERSON_MODIFIERS))
                        .any(|at| self.matcher.tags().lexeme(at).person.is_some())
            };
            !verb.recipient
                && !verb.object
                && (capitalized || person())
                && self.grammar.pronoun(self.lower(index + 1)).is_none()
                && self.matcher.speaker_ends(index + 1, sentence_end).iter().any(|&end| {
                    (capitalized || self.verbless(index + 1, end))
                        && (end == sentence_end
                            || self.word(end) == "," && self.verbless(end + 1, sentence_end)
                            || !capitalized && self.relative_clause_ends_sentence(end, sentence_end))
                })
        };
        if previous == Some(",")
            && verb.quotes
            && (matches!(form, VerbForm::Past | VerbForm::Present3) || form == VerbForm::Base && plural_after())
            && index > sentence_start + 2
            && (self.matcher.subject_before(index, sentence_start).is_none() || named_after())
            && !self.quote_ends_at(index - 1)
        {
            let sentence_end = self.sentence_end(index, &paragraph);
            // The speaker ends the sentence or an aside follows it, or a
            // clause that says who they are (`…, said an aide who attended
            // the meeting`); `…, Ari Fleischer, said Trump's nomination will
            // …` goes on with a clause, which the cue reports.
            // (One that can say things: not `…, praised Obama's presidency.`,
            // which is what was praised.)
            // (Its head the word before any preposition, `one GOP source in
            // the room`, or its last, `a handful of Democrats`.)
            let head = |end: usize| {
                (index + 2..end)
                    .find(|&at| self.matcher.is(at, WordClass::Preposition))
                    .map_or(end - 1, |preposition| preposition - 1)
            };
            if let Some(&speaker_end) = self.matcher.speaker_ends(index + 1, sentence_end).iter().find(|&&end| {
                (self.can_say(head(end)) || self.can_say(end - 1))
                    && (end == sentence_end
                        || matches!(self.word(end), "," | "(" | ";")
                        || is_long_dash(self.word(end))
                        || self.lower(end) == "who")
            }) {
                let content = self.content_span(sentence_start, index - 1)?;
                // `The contrast, said Doyle, would be clear`: the sentence
                // around the aside, as after `he said`.
                // `…, said Ann Lee, a professor`: a noun phrase after the
                // speaker is an appositive, not the rest of the sentence.
                let appositive = |at: usize| {
                    self.matcher.is(at, WordClass::Determiner)
                        || self.matcher.is_capitalized(at)
                        || self.word(at).starts_with(|c: char| c.is_ascii_digit())
                };
                // (`…, said Larry Sabato, executive director of the center.`:
                // nor is one with no determiner, a person word in its first
                // words and no verb.)
                let rest = (speaker_end + 1 < sentence_end && !appositive(speaker_end + 1))
                    .then(|| self.parenthetical_rest(speaker_end - 1, sentence_end))
                    .flatten()
                    .filter(|rest| {
                        let Range { start: first, end } = self.tokens_of(*rest);
                        let person_word =
                            (first..end.min(first + 3)).any(|at| self.matcher.tags().lexeme(at).person.is_some());
                        !(person_word && self.verbless(first, end))
                    });
                return Some(Claim::trailing(
                    rest.map_or(content, |rest| content.to(rest)),
                    rest.is_some(),
                    self.matcher.span(index + 1..speaker_end),
                    token.span,
                    verb_index,
                    None,
                ));
            }
        }
        // `began boasting that`: the gerund is the cue, the subject is before `began`.
        // `The documents raised new questions about …`: an -s form after a
        // verb and one modifier is that verb's object, and reports for its
        // subject.
        let object_of_verb = form == VerbForm::Present3
            && index >= sentence_start + 2
            && self.doc.tokens[index - 1].class == TokenClass::Word
            && !self.matcher.is_capitalized(index - 1)
            && !self.matcher.is(index - 1, WordClass::Stopword)
            && !self.matcher.is_adverb(index - 1)
            && self.matcher.verb(index - 1).is_none()
            && (self.is_finite(index - 2) || self.matcher.is_participle(index - 2));
        let mut subject_verb = if object_of_verb { index - 2 } else { index };
        let mut reduced = false;
        let mut reduced_clause = false;
        let mut absolute = None;
        let mut contracted = None;
        // `…, saying the camps were voluntary` and `aggressive in denouncing
        // the media`: a participle after a comma or a preposition reports for
        // the subject of the sentence.
        // `…, eventually saying …`: adverbs may stand after the comma.
        let mut before_adverbs = index;
        while before_adverbs > sentence_start + 1 && self.matcher.is_adverb(before_adverbs - 1) {
            before_adverbs -= 1;
        }
        // `while pleading with voters …`, `after calling on …`: so does one
        // after a subordinating word; and `…, casting him as a fraud and
        // questioning his temperament`: one coordinated with a participle
        // (`saying …, but suggesting …`).
        let coordinated = || {
            matches!(previous, Some("and" | "or" | "but"))
                && (sentence_start + 1..index - 1).any(|at| {
                    let word = self.lower(at);
                    (self.matcher.verb(at).is_some_and(|(_, form)| form == VerbForm::Gerund)
                        || word.len() > 5 && word.ends_with("ing") && !self.matcher.is_capitalized(at))
                        && (self.word(at - 1) == "," || self.matcher.is(at - 1, WordClass::Preposition))
                })
        };
        // `…, saying` and `… – saying`: a comma or a spaced dash.
        let participle = form == VerbForm::Gerund
            && (previous == Some(",")
                || sentence_opening
                || self.comma_quote_before(index, sentence_start)
                || index > sentence_start + 1 && self.matcher.is_spaced_dash(index - 1)
                || previous.is_some()
                    && (self.matcher.is(index - 1, WordClass::Preposition)
                        || self.matcher.is(index - 1, WordClass::Subordinator)
                        || self.matcher.is(index - 1, WordClass::SentenceOpener)
                            && !self.matcher.is_capitalized(index - 1))
                // (`…, while also suggesting …`: after a subordinator too.)
                || before_adverbs < index
                    && (self.word(before_adverbs - 1) == ","
                        || self.matcher.is(before_adverbs - 1, WordClass::Subordinator))
                || coordinated());
        if form == VerbForm::Gerund && !participle {
            previous?;
            // `is not saying`, `has been underscoring`, `he's mostly
            // proposing`: adverbs and a negation stand between.
            let mut helper_at = index - 1;
            while helper_at > sentence_start
                && (self.matcher.is_adverb(helper_at) || matches!(self.lower(helper_at), "not" | "n't" | "never"))
            {
                helper_at -= 1;
            }
            let helper = self.lower(helper_at);
            // `he's saying`, `they're pressing`: the subject is in the contraction.
            contracted = self.is_contracted_subject(helper).then(|| helper_at..helper_at + 1);
            // `spent much of the run-up to the caucuses portraying …`,
            // `spent Thursday discussing …`: a verb of spending before its
            // time or money (not a passive's: `was spent on ads attacking`).
            let spending = (sentence_start.max(index.saturating_sub(MAX_SPENT))..helper_at)
                .rev()
                .take_while(|&at| !self.is_phrase_mark(at) && !self.is_quote_mark(at))
                .find(|&at| self.matcher.is(at, WordClass::Spend))
                .filter(|&at| at == sentence_start || !self.matcher.is(at - 1, WordClass::Progressive));
            // `released a statement saying …`, `sent an email Tuesday
            // saying …`: a document that its sender put out, which holds
            // what the sender said (not `cited a report saying …`, nor `says
            // the tweets accusing …`, where a verb that takes a clause with
            // no `that` has the document for the clause's subject).
            let document = if self.matcher.is(helper_at, WordClass::Calendar) && helper_at > sentence_start {
                helper_at - 1
            } else {
                helper_at
            };
            // (`posted a video on Facebook on Monday saying …`: where and
            // when it went out, in phrases after the document.)
            let document = if self.matcher.is(document, WordClass::DocumentNoun) {
                document
            } else {
                (sentence_start.max(document.saturating_sub(MAX_PLACE_PHRASE))..document)
                    .rev()
                    .take_while(|&at| {
                        !self.is_phrase_mark(at) && !self.is_quote_mark(at) && self.matcher.verb(at).is_none()
                    })
                    .find(|&at| {
                        self.matcher.is(at, WordClass::DocumentNoun) && self.place_phrases(at + 1..helper_at + 1)
                    })
                    .unwrap_or(document)
            };
            let sending = self
                .matcher
                .is(document, WordClass::DocumentNoun)
                .then(|| {
                    (sentence_start.max(document.saturating_sub(MAX_DOCUMENT_PHRASE))..document)
                        .rev()
                        .take_while(|&at| !self.is_phrase_mark(at) && !self.is_quote_mark(at))
                        .find(|&at| {
                            self.matcher.is(at, WordClass::Dispatch)
                                || self.matcher.verb(at).is_some_and(|(verb, form)| {
                                    (verb.issue || verb.quotes && !verb.clause)
                                        && matches!(form, VerbForm::Past | VerbForm::Present3)
                                })
                        })
                })
                .flatten();
            let starts = self.matcher.is(helper_at, WordClass::Aspect)
                || self.matcher.is(helper_at, WordClass::Progressive)
                || contracted.is_some()
                || spending.is_some()
                || sending.is_some();
            // `a super PAC backing Jeb Bush`, `groups supporting the ban`: a
            // participle right after a noun phrase reports that phrase's stance.
            // So does a speech verb before a clause: `with 30 percent of
            // voters saying they approve`.
            let before_clause = (verb.quotes || verb.clause)
                && index + 1 < paragraph.end
                && (self
                    .grammar
                    .pronoun(self.lower(index + 1))
                    .is_some_and(|pronoun| pronoun.subject)
                    // (`911 calls saying shots have been fired`: or before
                    // any clause, after a lower-case participle and a word
                    // that can name a sayer: not `It's worth noting`, `his
                    // lucrative speaking tour`.)
                    || !self.matcher.is_capitalized(index)
                        && self.can_say(index - 1)
                        && self.opens_clause(index + 1, verb.framing, false));
            reduced_clause = before_clause;
            // (The word before the participle ends a noun phrase: a document
            // too where a verb is spelled so, `a report saying …`.)
            let after_noun = self.doc.tokens[index - 1].class == TokenClass::Word
                && !self.matcher.is(index - 1, WordClass::Stopword)
                && (self.matcher.verb(index - 1).is_none() || self.matcher.is(index - 1, WordClass::DocumentNoun));
            let takes_object = verb.object || before_clause;
            reduced = !starts
                && takes_object
                && after_noun
                && self
                    .matcher
                    .subject_before(index, sentence_start)
                    .is_some_and(|subject| subject.end == index);
            let after_count = self.doc.tokens[index - 1].class == TokenClass::Number || self.word(index - 1) == "%";
            if !starts && !reduced && takes_object && (after_noun || after_count) {
                absolute = self.absolute_subject(index, sentence_start, before_clause);
                reduced = absolute.is_some();
            }
            if !starts && !reduced {
                return None;
            }
            if starts {
                subject_verb = spending.or(sending).unwrap_or(helper_at);
            }
        }
        let sentence_end = self.sentence_end(index, &paragraph);
        // `Graham—who had endorsed Bush—said …`: a relative clause set off
        // as an aside reports nothing past it.
        let sentence_end = self
            .relative_aside_end(index, sentence_start, sentence_end)
            .unwrap_or(sentence_end);
        // Trailing attribution: `…, rights groups say.`, `…, he said Wednesday.`
        // `…, Smith told Reuters.`: a hearer may end the sentence too.
        let after_hearer = if verb.recipient && index + 1 < sentence_end {
            self.matcher
                .recipient_ends(index + 1, sentence_end)
                .first()
                .copied()
                .unwrap_or(index + 1)
        } else {
            index + 1
        };
        // `…, he said in an interview.`; but not `Appearing …, she said on
        // Saturday that "…"`, where the cue goes on to what was said.
        let goes_on = || {
            (after_hearer..sentence_end)
                .take_while(|&at| self.word(at) != ",")
                .any(|at| self.lower(at) == "that" || self.is_quote_mark(at))
        };
        // (`…, Smith told POLITICO earlier this week.`: a time to the end.)
        let closes = after_hearer == sentence_end || {
            matches!(self.lower(after_hearer), "," | ";")
                || self.matcher.is(after_hearer, WordClass::Preposition) && !goes_on()
                || self.matcher.is(after_hearer, WordClass::Calendar)
                || self.skip_adverbials(after_hearer, sentence_end) == sentence_end
                // (`…, Obama told his advisers as he labored …`: a clause of
                // its own after the cue.)
                || (self.matcher.is(after_hearer, WordClass::Subordinator) || self.lower(after_hearer) == "as")
                    && after_hearer + 1 < sentence_end
                    && self
                        .grammar
                        .pronoun(self.lower(after_hearer + 1))
                        .is_some_and(|pronoun| pronoun.subject)
        };
        // `In a statement Thursday, the spokesman said, "…"`: a cue that
        // opens a quote reports the quote, not the words before it.
        let quote_follows = index + 1 < sentence_end && {
            let next = if self.word(index + 1) == "," {
                index + 2
            } else {
                index + 1
            };
            next < sentence_end && (self.is_quote_mark(next) || self.word(next) == ":")
        };
        // `…, the footage showed.`, `…, polls find.`: a verb of finding or
        // thought trails too, where no verb of speech in the sentence before
        // it reports the words already.
        // (Not a verb that names: `A company called Harmony gave $5,000,
        // records show`.)
        // (`…, a poll released Sunday showed.`: the subject's own
        // participle reports nothing.)
        let speech_before = || {
            let subject_start = self
                .matcher
                .subject_before(index, sentence_start)
                .map_or(index, |subject| subject.start);
            (sentence_start..subject_start).any(|at| {
                self.matcher.verb(at).is_some_and(|(verb, form)| {
                    verb.quotes && !verb.naming && matches!(form, VerbForm::Past | VerbForm::Present3)
                }) && !self.matcher.plural_noun_before_verb(at)
            })
        };
        let may_trail = closes
            && (verb.quotes || verb.clause && !speech_before())
            && form != VerbForm::Gerund
            && !quote_follows
            && !infinitive;
        // What the cue reports does not depend on its subject: with nothing
        // reported and no trailing attribution, no need to look for one.
        let reported = self.reported_after(index, sentence_start..sentence_end, verb);
        // `groups backing Bush have spent …`: the object ends before the
        // sentence's own verb.
        let reported = if reduced && !reduced_clause {
            reported.and_then(|(content, recipient)| {
                let Range { start: at, end } = self.tokens_of(content);
                let end = (at + 1..end)
                    .find(|&index| self.is_finite(index) && !self.inside_quote(index))
                    .unwrap_or(end);
                Some((
                    self.content_span(at, end).or_else(|| self.single_object(at, end))?,
                    recipient,
                ))
            })
        } else {
            reported
        };
        // `the policies, which he said had harmed the economy`: in a
        // relative clause, the cue of its subject reports the clause's verb
        // phrase that follows.
        let reported = reported.or_else(|| {
            // `which critics say could …`: a plural subject's present too;
            // `which she hoped would …`: a verb of thought too.
            let relative = matches!(form, VerbForm::Past | VerbForm::Present3 | VerbForm::Base)
                && index + 2 < sentence_end
                && (self.is_finite(index + 1) || self.matcher.is(index + 1, WordClass::Auxiliary))
                && self
                    .matcher
                    .subject_before(index, sentence_start)
                    .is_some_and(|subject| {
                        subject.start > sentence_start
                            && subject.end == index
                            && (matches!(self.lower(subject.start - 1), "which" | "that" | "whom")
                                || self.matcher.is(subject.start - 1, WordClass::Relative)
                                // (With no pronoun, only a verb that reports
                                // a clause, or an intention: not `the
                                // diversity the state offers is …`.)
                                || (verb.clause || verb.infinitive && !verb.object)
                                    && self.ends_noun(subject.start - 1))
                    });
            if !relative {
                return None;
            }
            // `the policies, which he said had harmed the economy, were
            // dropped`: the relative clause ends before the main verb.
            let end = self.clause_end(index + 1, sentence_end);
            let end = (index + 2..end)
                .find(|&at| self.word(at) == "," && at + 1 < end && self.is_finite(at + 1) && !self.inside_quote(at))
                .unwrap_or(end);
            self.content_span(index + 1, end).map(|content| (content, None))
        });
        if reported.is_none() && !may_trail {
            return None;
        }
        // `After suggesting that he regretted it, Mr. Rubio …`, `While
        // saying that he respects her, Sanders …`: a participle that opens
        // the sentence after a subordinating word reports for the subject
        // after the comma that ends what it reports.
        // (`One month after announcing …`, `Days before saying …`: behind
        // a span of time.)
        let opens_sentence = |opener: usize| {
            (sentence_start..opener).all(|at| {
                self.matcher.is(at, WordClass::TimeUnit)
                    || self.matcher.is(at, WordClass::Determiner)
                    || self.doc.tokens[at].class == TokenClass::Number
            }) && (opener == sentence_start || self.matcher.is(opener - 1, WordClass::TimeUnit))
        };
        let opening = reported
            .filter(|_| {
                participle
                    && (sentence_opening
                        || index.checked_sub(1).is_some_and(|opener| {
                            opener >= sentence_start
                                && (self.matcher.is(opener, WordClass::Subordinator)
                                    || self.matcher.is(opener, WordClass::Preposition))
                                && opens_sentence(opener)
                        }))
            })
            .and_then(|(content, _)| self.opening_participle_split(content, sentence_end));
        // (Nor one of manner or place: `Speaking in his real voice, he …`,
        // `Appearing more subdued than usual, Trump …`.)
        if sentence_opening
            && (opening.is_none()
                || verb.impression
                || index + 1 < sentence_end
                    && (self.matcher.is_adverb(index + 1)
                        || self.matcher.is(index + 1, WordClass::Preposition)
                            && !(verb.to && self.lower(index + 1) == "to")))
        {
            return None;
        }
        let (reported, opening_subject) = match opening {
            Some((content, subject)) => (reported.map(|(_, recipient)| (content, recipient)), Some(subject)),
            None => (reported, None),
        };
        let subject = if contracted.is_some() {
            contracted.clone()
        } else if absolute.is_some() {
            absolute.clone()
        } else if opening_subject.is_some() {
            opening_subject.clone()
        } else if infinitive {
            Some(self.infinitive_subject(to_at, sentence_start)?)
        } else if participle {
            // (Not a word of a quote that opens the sentence.)
            self.contracted_opening(sentence_start, index, || {
                self.joined_clause_pronoun(sentence_start, index)
                    .or_else(|| self.trailing_subject(sentence_start, index))
                    .or_else(|| self.rejecting_subject(sentence_start, index))
                    .or_else(|| self.main_subject(sentence_start, index))
                    .or_else(|| self.inverted_subject(sentence_start, index))
                    .or_else(|| {
                        self.matcher
                            .sentence_subject(sentence_start, index)
                            .filter(|subject| !self.inside_quote(subject.start))
                    })
            })
        } else {
            None
        };
        // A subject of a shape the speaker matcher does not know is taken
        // only for a verb of speech reporting a clause. Worked out when
        // first asked, and then kept: most cues find their subject before
        // a loose one is looked for.
        let loose_known = OnceCell::new();
        let loose = || {
            *loose_known.get_or_init(|| {
                form != VerbForm::Gerund
                    && reported.is_some_and(|(content, _)| {
                        let at = self.doc.token_at_or_after(content.start);
                        at > 0 && self.lower(at - 1) == "that"
                            || (verb.quotes || verb.clause)
                                && at > 0
                                && self.matcher.is(at - 1, WordClass::Complementizer)
                            || (verb.quotes || verb.clause)
                                && self
                                    .grammar
                                    .pronoun(self.lower(at).split(['\'', '’']).next().unwrap_or_default())
                                    .is_some_and(|pronoun| pronoun.subject)
                            || (verb.quotes || verb.clause)
                                && self.clause_follows(at, self.doc.token_at_or_after(content.end))
                    })
            })
        };
        let subject = subject
            .or_else(|| self.matcher.subject_before(subject_verb, sentence_start))
            .or_else(|| aside_comma.and_then(|comma| self.matcher.subject_before(comma, sentence_start)))
            .or_else(|| {
                // `the polls that show Johnson at 10 percent`: `that` as a
                // relative pronoun speaks for the noun phrase before it, and
                // is the mention, as `who` is.
                let mut that = subject_verb;
                while that > sentence_start
                    && (self.matcher.is(that - 1, WordClass::Auxiliary) || self.matcher.is_adverb(that - 1))
                {
                    that -= 1;
                }
                let that = that.checked_sub(1).filter(|&that| that > sentence_start)?;
                (self.lower(that) == "that"
                    && !self.inside_quote(that)
                    && self.matcher.antecedent(that, sentence_start).is_some())
                .then_some(that..that + 1)
            })
            .or_else(|| {
                // `One of the authors, Ari Fleischer, said …`: a name between
                // commas right before the cue.
                let comma = subject_verb
                    .checked_sub(1)
                    .filter(|&comma| comma > sentence_start + 1)?;
                if self.word(comma) != "," || self.quote_ends_at(comma) {
                    return None;
                }
                let name = self.matcher.subject_before(comma, sentence_start)?;
                (name.start > sentence_start
                    && self.word(name.start - 1) == ","
                    && self.matcher.is_capitalized(name.start)
                    && !self.inside_quote(name.start))
                .then_some(name)
            })
            .or_else(|| {
                // `Weaver, who came out and endorsed Clinton`: a verb joined
                // to the verb of a relative clause shares its pronoun.
                let and = (sentence_start.max(subject_verb.saturating_sub(6))..subject_verb)
                    .rev()
                    .find(|&at| matches!(self.lower(at), "and" | "but"))?;
                let relative = (sentence_start.max(and.saturating_sub(12))..and)
                    .rev()
                    .take_while(|&at| self.word(at) != "," && !self.inside_quote(at))
                    .find(|&at| self.matcher.is(at, WordClass::Relative))?;
                (relative + 1 < and
                    && (self.is_finite(relative + 1)
                        || self.matcher.is(relative + 1, WordClass::Auxiliary)
                        || self.matcher.is_adverb(relative + 1)))
                .then_some(relative..relative + 1)
            })
            .or_else(|| {
                // `…, and in the same interview dismissed …`: the subject of the
                // sentence carries over a coordinated verb; and over one after
                // a comma and `then` (`Lee laughed, then said …`).
                let joined = (sentence_start.max(subject_verb.saturating_sub(6))..subject_verb)
                    .any(|before| matches!(self.lower(before), "and" | "but"))
                    || subject_verb >= sentence_start + 2
                        && self.lower(subject_verb - 1) == "then"
                        && self.word(subject_verb - 2) == ",";
                if joined {
                    // (`Cruz rejected it, but Mike Huckabee proposed a wall
                    // and said …`: the subject of the verb's own clause,
                    // after a comma and a conjunction.)
                    let clause = (sentence_start + 2..subject_verb.saturating_sub(2))
                        .rev()
                        .take(MAX_CLAUSE_REACH)
                        .find(|&at| {
                            self.word(at - 2) == ","
                                && matches!(self.lower(at - 1), "and" | "but" | "while" | "whereas")
                                && !self.inside_quote(at)
                        });
                    // (`The crowd cheered when Trump spotted a sign and asked
                    // …`: the subject of a subordinate clause after the main
                    // verb, with no mark between it and the verb.)
                    let subordinate = || {
                        let at = (sentence_start + 2..subject_verb)
                            .rev()
                            .take(MAX_CLAUSE_REACH)
                            .take_while(|&at| !self.is_phrase_mark(at) && !matches!(self.word(at), "(" | ")"))
                            .find(|&at| {
                                // (`in which he laid out … but then
                                // announced …`: so with a preposition's
                                // relative.)
                                let relative = at >= 2
                                    && matches!(self.lower(at - 1), "which" | "whom")
                                    && self.matcher.is(at - 2, WordClass::Preposition);
                                (self.matcher.is(at - 1, WordClass::Subordinator) || relative)
                                    && !self.matcher.is_capitalized(at - 1)
                                    && !self.inside_quote(at)
                            })?;
                        let verb = (at + 1..subject_verb).find(|&verb| {
                            self.is_finite(verb)
                                || self
                                    .matcher
                                    .verb(verb)
                                    .is_some_and(|(_, form)| matches!(form, VerbForm::Past | VerbForm::Present3))
                        })?;
                        self.matcher
                            .subject_before(verb, at)
                            .filter(|subject| subject.start == at)
                    };
                    subordinate()
                        .or_else(|| clause.and_then(|clause| self.sentence_subject(clause, subject_verb)))
                        .or_else(|| self.sentence_subject(sentence_start, subject_verb))
                        .or_else(|| self.main_subject(sentence_start, subject_verb))
                } else {
                    None
                }
            })
            .or_else(|| {
                loose()
                    .then(|| self.loose_subject(subject_verb, sentence_start, form))
                    .flatten()
            })
            .or_else(|| self.contact_clause_subject(subject_verb, sentence_start))?;
        if self.inside_quote(subject.start) || self.inside_quote(subject.end - 1) {
            return None; // a subject inside quotation marks is the quote's word
        }
        // `a local radio station`: a noun, not a verb; but `aides to the
        // mayor say`: the plural head stands before the nearest noun.
        // `protest organizers in Cleveland say that …`: a plural head before
        // a preposition, where a clause shows the base form is a verb.
        let subject = if form == VerbForm::Base && !helped && !infinitive && !self.plural_subject(subject.clone()) {
            // (The subject opens the sentence or follows a comma: not
            // `his wins in Idaho and Utah with a victory in Washington state`.)
            let opens = subject.start == sentence_start
                || self.word(subject.start - 1) == ","
                || (sentence_start..subject.start).all(|at| {
                    self.matcher.is(at, WordClass::Conjunction) || self.matcher.is(at, WordClass::SentenceOpener)
                });
            // (`Critics of the law want to repeal it`, `Supporters of the law
            // hope this is …`: after a verb of intention, an infinitive or a
            // clause shows the verb as well.)
            let intended = verb.infinitive
                && reported.is_some_and(|(content, _)| {
                    let at = self.doc.token_at_or_after(content.start);
                    at < self.doc.tokens.len()
                        && (self.lower(at) == "to" || self.clause_follows(at, self.doc.token_at_or_after(content.end)))
                });
            if opens && (loose() || intended) && self.plural_head_before_preposition(subject.clone()) {
                subject
            } else {
                loose()
                    .then(|| self.loose_subject(subject_verb, sentence_start, form))
                    .flatten()?
            }
        } else {
            subject
        };
        // `As the Times noted, the mayor raised …` and `…, as the Times
        // noted.`: the clause that `as` attaches the cue to is reported;
        // so with a verb of finding (`As polls show, …`).
        if subject.start > sentence_start
            && self.lower(subject.start - 1) == "as"
            && closes
            && (verb.quotes || verb.clause)
        {
            let as_index = subject.start - 1;
            let after = self.skip_adverbials(index + 1, sentence_end);
            // `The act, as the bill is called, would …`: a name, not a report.
            let passive = self.matcher.is(index - 1, WordClass::Progressive);
            let content = if passive {
                None
            } else {
                self.as_aside_content(as_index, after, sentence_start, sentence_end)
            };
            if let Some((content, extent)) = content {
                return Some(Claim {
                    content,
                    speaker: Some(self.matcher.span(subject)),
                    cue: token.span,
                    verb: verb_index,
                    recipient: None,
                    rule: "as_cue",
                    extent,
                    confidence: 0.7,
                });
            }
        }
        // `On Tuesday, Trump said Sunday that …`: a short opener before the
        // subject is no reported content when a clause follows the cue.
        // `In the wake of the remarks, Trump called for …`: an opening
        // phrase with no verb of its own is not reported either. (A scan of
        // the opener, asked only after the cheaper tests beside it: at most
        // once, as a short opener settles both.)
        let verbless = || {
            !(sentence_start..subject.start).any(|at| {
                self.is_finite(at)
                    || self
                        .matcher
                        .verb(at)
                        .is_some_and(|(_, form)| matches!(form, VerbForm::Past | VerbForm::Present3))
            })
        };
        let opener_only = reported.is_some() && (self.words_in(sentence_start..subject.start) <= 4 || verbless());
        // `…, a group of rabbis called for a boycott`: the object of a topic
        // preposition right after the cue is what was said.
        let topic_object = reported.is_some_and(|(content, _)| {
            after_hearer + 1 < sentence_end
                && self.matcher.is(after_hearer, WordClass::TopicPreposition)
                && content.start == self.doc.tokens[after_hearer + 1].span.start
        });
        // `…, a spokeswoman, Anna White, said`: the name in apposition to
        // the speaker's head is the subject found; the trailing speaker's
        // words run from the head to the aside's closing comma.
        let in_apposition = subject.end + 1 == index
            && self.word(subject.end) == ","
            && subject.start > sentence_start + 2
            && self.word(subject.start - 1) == ",";
        let trailing = in_apposition
            .then(|| self.matcher.subject_before(subject.start - 1, sentence_start))
            .flatten()
            .filter(|head| head.end + 1 == subject.start)
            .map_or(subject.clone(), |head| head.start..index);
        if may_trail
            && !opener_only
            && !topic_object
            && trailing.start > sentence_start
            && self.word(trailing.start - 1) == ","
            // (`…, The Post has learned.`, `…, Lee also said.`: auxiliaries
            // and adverbs of the verb between; `…, the state insurer, the
            // National Health Fund, said`: a name in apposition.)
            && ((trailing.end..index).all(|at| self.matcher.is(at, WordClass::Auxiliary))
                || self.participle_phrase(trailing.end, index)
                || trailing.end < index
                    && self.word(trailing.end) == ","
                    && self.apposed_name(trailing.end - 1, trailing.end + 1, index) == Some(index))
            && !self.matcher.is(trailing.start, WordClass::Relative)
        {
            // `At the rally, Lee wrote to the mayor …`, `On Saturday, …`: a
            // short phrase of time or place with no verb is no trailing claim.
            let first = self.skip_adverbials(sentence_start, trailing.start);
            let adverbial = self.words_in(sentence_start..trailing.start) <= 4
                && verbless()
                && (first > sentence_start
                    // `Then, last week, …`, `Recently, …`: capitalized.
                    || self.matcher.is(sentence_start, WordClass::Adverb)
                    || self.lower(sentence_start).ends_with("ly")
                    || self.matcher.is(sentence_start, WordClass::Preposition)
                    || self.matcher.is(sentence_start, WordClass::SentenceOpener));
            // `In a scathing opinion piece, the Journal called on …`, `Though
            // he has not spoken on it, Lee promised …`, `To secure a deal, …`:
            // one opening phrase or subordinate clause is no claim of its own.
            let opening = sentence_start + usize::from(self.matcher.is(sentence_start, WordClass::Conjunction));
            // Not `About 270 people have …`: an amount. Nor `In 2011 he made
            // changes, records show`, `After Trump took the plane he made
            // changes, …`: a clause of its own after the phrase, opened by a
            // subject pronoun and its verb right after a noun or a number
            // (not the phrase's own `Though he has not spoken`, `When it
            // came and they were announced`).
            let clause_after = || {
                (opening + 2..trailing.start.saturating_sub(2)).any(|at| {
                    self.is_subject_pronoun(at)
                        && !self.inside_quote(at)
                        && !self.grammar.is_stopword(self.lower(at - 1))
                        && self.doc.tokens[at - 1].class != TokenClass::Punct
                        && (self.is_finite(at + 1)
                            || self
                                .matcher
                                .verb(at + 1)
                                .is_some_and(|(_, form)| matches!(form, VerbForm::Past | VerbForm::Present3)))
                })
            };
            let phrase_only = (self.matcher.is(opening, WordClass::Preposition)
                || self.matcher.is(opening, WordClass::SentenceOpener)
                || self.matcher.is(opening, WordClass::Subordinator))
                && !self.matcher.is(opening, WordClass::Approximator)
                && !(opening..trailing.start - 1).any(|at| self.word(at) == ",")
                && !clause_after();
            let adverbial = adverbial || phrase_only;
            // `The goal, he said, is to forge a truce`: the sentence around
            // a parenthetical attribution is what was said, the aside with it.
            let rest = self.parenthetical_rest(after_hearer - 1, sentence_end);
            let content = match rest {
                Some(rest) if !self.is_quote_mark(sentence_start) => {
                    // `But the goal, …`: the conjunction joins the sentence to the one before.
                    let first = sentence_start + usize::from(self.matcher.is(sentence_start, WordClass::Conjunction));
                    Some(self.matcher.span(first..trailing.start).to(rest))
                }
                Some(rest) => Some(rest),
                // (`While they complained, critics said Monday that …`: the
                // cue still reports what follows it.)
                None if adverbial => None,
                // (`BERLIN, May 3 (Reuters) - …, police said`: not the dateline.)
                None => Some(self.content_span(
                    self.matcher.after_dateline(sentence_start, trailing.start),
                    trailing.start - 1,
                )?),
            };
            if let Some(content) = content {
                return Some(Claim::trailing(
                    content,
                    rest.is_some(),
                    self.matcher.span(subject),
                    token.span,
                    verb_index,
                    (after_hearer > index + 1).then(|| self.matcher.span(index + 1..after_hearer)),
                ));
            }
        }
        let (mut content, recipient) = reported?;
        if self.asks_anonymity(content) {
            return None;
        }
        // `When Rubio said it was great to be home, a man yelled`, `Three
        // years after the party vowed to win them, it failed`: a cue in an
        // opening subordinate clause reports up to the clause's comma.
        // So does a cue in an aside: `Barkley, who said he votes Democratic,
        // likes Kasich`.
        let aside = self.matcher.is(subject.start, WordClass::Relative)
            && subject.start > sentence_start
            && self.word(subject.start - 1) == ",";
        let opener = (sentence_start..subject.start)
            .rev()
            .find(|&at| self.matcher.is(at, WordClass::SentenceOpener));
        let subordinate = aside
            || opener.is_some_and(|opener| {
                (opener == sentence_start || opener + 1 == subject.start)
                    && !(opener..index).any(|at| self.word(at) == ",")
            });
        if subordinate {
            let first = self.doc.token_at_or_after(content.start);
            if let Some(comma) = (first + 1..sentence_end)
                .take_while(|&at| self.doc.tokens[at].span.start < content.end)
                .find(|&at| self.word(at) == "," && !self.inside_quote(at))
            {
                content = self.content_span(first, comma)?;
            }
        }
        // `a firm called Cambridge Analytica`, `a worker named Ana Ruiz`: a
        // naming verb right after a common noun, with a name for all its
        // object, names the thing and reports nothing. (A participle:
        // `everyone knows Ana Ruiz caused this` reports.)
        if verb.naming && form == VerbForm::Past && subject.end == index && self.names_a_thing(subject.clone(), content)
        {
            return None;
        }
        // `issued a statement`, `delivered a keynote address`: the document
        // holds what was said, and is not it.
        if verb.issue && self.is_document(content) {
            return None;
        }
        // `he's`: the pronoun without its verb.
        let contraction = if contracted.is_some() {
            Some(subject_verb)
        } else {
            (subject.len() == 1 && self.is_contracted_subject(self.lower(subject.start))).then_some(subject.start)
        };
        let mut speaker = self.matcher.span(subject);
        if let Some(at) = contraction {
            let word = self.doc.word(at);
            speaker.end = speaker.start + word.rfind(['\'', '’']).unwrap_or(word.len());
        }
        Some(Claim {
            content,
            speaker: Some(speaker),
            cue: token.span,
            verb: verb_index,
            recipient,
            rule: if infinitive {
                "infinitive_cue"
            } else if verb.framing == Framing::Denial {
                "denial_object"
            } else {
                "reporting_clause"
            },
            extent: Extent::Reported,
            confidence: 0.75,
        })
    }

    /// What the cue at `index` reports, after a recipient, a time or place
    /// phrase and `that`: the content and the recipient.
    fn reported_after(&self, index: usize, sentence: Range<usize>, verb: &Verb) -> Option<(Span, Option<Span>)> {
        let sentence_end = sentence.end;
        let mut at = index + 1;
        // Where what was said starts, when a phrase of its own opens it
        // before its subject (`at` is then the subject).
        let mut opening = None;
        let mut recipient = None;
        // The hearer's tokens, when there is one.
        let mut hearer: Option<Range<usize>> = None;
        // Whether a hearer's words name someone: a name, a pronoun or a
        // person word.
        let names_someone = |tokens: Range<usize>| {
            tokens.into_iter().any(|index| {
                let lexeme = self.matcher.tags().lexeme(index);
                self.matcher.is_capitalized(index) || lexeme.pronoun.is_some() || lexeme.person.is_some()
            })
        };
        // `urged voters to act`: a hearer does not run on into an infinitive.
        // `called on Congress to act`: the hearer after `on`, who with the
        // infinitive after it is what was urged.
        // (Not `called on Tuesday for calm`: an infinitive follows the hearer.)
        let appeal = verb.appeal
            && at + 2 < sentence_end
            && self.lower(at) == "on"
            && self
                .urged_ends(at + 1, sentence_end)
                .iter()
                .any(|&end| end + 1 < sentence_end && self.opens_infinitive(end));
        if appeal {
            at += 1;
        }
        // `made clear that …`, `made it clear that …`: only with its word.
        if verb.complement {
            let word = self
                .matcher
                .tags()
                .complement_at(index)
                .filter(|&word| word + 1 < sentence_end)?;
            at = word + 1;
        }
        let infinitive_inside = |end: usize| (at + 1..end).any(|index| index + 1 < end && self.opens_infinitive(index));
        let then_that = |end: usize| {
            let next = self.skip_adverbials(end, sentence_end);
            next < sentence_end && self.lower(next) == "that"
        };
        let hearer_ends = if verb.recipient || appeal {
            self.urged_ends(at, sentence_end)
        } else {
            Default::default()
        };
        if at < sentence_end
            && let Some(&longest) = hearer_ends.iter().find(|&&end| !infinitive_inside(end))
        {
            // `reminded voters of the six years …`: where no `that` follows
            // the longest phrase, an `of` after a hearer who is someone opens
            // what was said, a noun phrase of its own (not `told residents
            // of the county that …`, `told the story of …`, `asked the
            // secretary of state`).
            let end = if then_that(longest) {
                longest
            } else {
                hearer_ends
                    .iter()
                    .copied()
                    .find(|&end| {
                        end < longest
                            && end + 1 < sentence_end
                            && self.lower(end) == "of"
                            && names_someone(at..end)
                            && (self.matcher.is(end + 1, WordClass::Determiner)
                                || self.doc.tokens[end + 1].class == TokenClass::Number)
                    })
                    .unwrap_or(longest)
            };
            // (`told members of the AFL-CIO executive council that …`: the
            // hearer's noun phrase runs on past a name to `that`.)
            let end = (end..sentence_end.min(end + 6))
                .take_while(|&index| {
                    let after_hyphen = index > 0 && self.matcher.is_joined_hyphen(index - 1);
                    self.matcher.is_joined_hyphen(index)
                        || self.doc.tokens[index].class == TokenClass::Word
                            && (after_hyphen || !self.matcher.is_capitalized(index))
                            && !self.is_finite(index)
                            && self.matcher.verb(index).is_none()
                })
                .find(|&index| index > end && self.lower(index) == "that")
                .unwrap_or(end);
            // `told The Post and Courier on Saturday that …`, `telling voters
            // and Twitter followers that …`: a coordinated hearer that names
            // someone, where `that` follows it (not `tell stories and share
            // ideas in a manner that …`).
            let end = if names_someone(at..end) && end + 1 < sentence_end && self.lower(end) == "and" && !then_that(end)
            {
                self.matcher
                    .recipient_ends(end + 1, sentence_end)
                    .iter()
                    .copied()
                    .filter(|&end| then_that(end))
                    .max()
                    .unwrap_or(end)
            } else {
                end
            };
            recipient = Some(self.matcher.span(at..end));
            hearer = Some(at..end);
            at = end;
        }
        at = self.skip_adverbials(at, sentence_end);
        if let Some(after_aside) = self.comma_aside_before_that(at, sentence_end) {
            at = after_aside;
        }
        // `said — on Twitter, as it happens — that …`: an aside between
        // dashes, of any shape, before `that`.
        if at + 3 < sentence_end
            && is_long_dash(self.word(at))
            && let Some(closing) =
                (at + 2..sentence_end.min(at + MAX_ASIDE + 2)).find(|&index| is_long_dash(self.word(index)))
            && closing + 1 < sentence_end
            && self.lower(closing + 1) == "that"
            && !(at + 1..closing).any(|index| self.is_quote_mark(index))
        {
            at = closing + 1;
        }
        // `Lee noted, the plan has failed`, `As Clinton told the Daily
        // News, tax relief is …`: a clause after a comma; not after a
        // hearer that names no one (`to ask a question, the man ended up …`).
        // (Not at the end of a fronted subordinate clause: `While critics
        // complained, many said …` opens the main clause.)
        let fronted = || {
            self.matcher.is(sentence.start, WordClass::Subordinator)
                && !(sentence.start + 1..index).any(|before| self.word(before) == ",")
        };
        if at + 2 < sentence_end
            && self.word(at) == ","
            && verb.quotes
            && !fronted()
            && hearer.as_ref().is_none_or(|hearer| names_someone(hearer.clone()))
            && self.opens_clause(at + 1, Framing::Neutral, false)
            && self.clause_follows(at + 1, sentence_end)
        {
            at += 1;
        } else if at + 4 < sentence_end
            && self.word(at) == ","
            && verb.quotes
            && hearer.is_none()
            && !fronted()
            && let Some(closing) = self.comma_before_pronoun(at, sentence_end)
            && (at + 1..closing).all(|index| !self.is_finite(index))
        {
            // `Rubio says, win or lose in Tuesday's primary, he's staying in
            // the race`: an aside between commas, then the clause, which a
            // subject pronoun opens.
            at = closing + 1;
        } else if at + 4 < sentence_end
            && verb.quotes
            && hearer.is_none()
            && (self.matcher.is(at, WordClass::Subordinator)
                || self.matcher.is(at, WordClass::Preposition) && !self.matcher.is(at, WordClass::TopicPreposition))
            && let Some(comma) = self.comma_before_pronoun(at, sentence_end)
            // (The pronoun's verb: a finite form, or one in -s, `she plans`.)
            && (self.lower(comma + 2).ends_with('s')
                || (comma + 2..sentence_end.min(comma + 5)).any(|index| self.is_finite(index)))
        {
            // `says despite being an alumna, she plans to …`, `said after
            // the vote, he would …`, `said when he was young, he …`: a
            // phrase or a clause that opens the reported clause before its
            // subject pronoun is part of what was said.
            opening = Some(at);
            at = comma + 1;
        }
        // `said in a telephone interview that …`, `said during his speech
        // Tuesday that …`, `said after a lunch that …`: a phrase of place or
        // occasion before `that`; and `told cheering supporters that …`: a
        // hearer of any shape.
        let hearer = verb.recipient && recipient.is_none();
        if at < sentence_end
            && (self.matcher.is(at, WordClass::Preposition)
                || self.matcher.is(at, WordClass::Subordinator)
                || hearer && !self.matcher.is(at, WordClass::Complementizer))
            && let Some(that) = (at + 1..sentence_end.min(at + 1 + MAX_OCCASION))
                .take_while(|&index| {
                    // (`members of the AFL-CIO council that …`: a joined
                    // hyphen; `wrote to Sanders’ office that …`, `said in
                    // ‘08 that …`: an apostrophe outside any quote.)
                    (self.doc.tokens[index].class != TokenClass::Punct
                        || self.matcher.is_joined_hyphen(index)
                        || matches!(self.word(index), "'" | "’" | "‘") && !self.inside_quote(index))
                        && !self.is_finite(index)
                        && self.matcher.verb(index).is_none_or(|(_, form)| form == VerbForm::Base)
                        // `appeal to the government after hearing that …`
                        // (but `said after the meeting that …`: a noun)
                        && (self.matcher.is_capitalized(index)
                            || !self.lower(index).ends_with("ing")
                            || self.matcher.is(index - 1, WordClass::Determiner)
                            || self.matcher.is_possessive_pronoun(index - 1))
                })
                .find(|&index| self.lower(index) == "that")
            // `said in a documentary that showed …`: `that` before a verb is
            // the documentary's relative pronoun.
            && !(that + 1 < sentence_end
                && !self.is_subject_pronoun(that + 1)
                && (self.is_finite(that + 1)
                    || self
                        .matcher
                        .verb(that + 1)
                        .is_some_and(|(_, form)| matches!(form, VerbForm::Past | VerbForm::Present3))))
        {
            if hearer && !self.matcher.is(at, WordClass::Preposition) && !self.matcher.is(at, WordClass::Subordinator) {
                recipient = Some(self.matcher.span(at..that));
            }
            at = that;
        } else if at < sentence_end
            && verb.clause
            && self.matcher.is(at, WordClass::Preposition)
            && !self.matcher.is(at, WordClass::TopicPreposition)
            && self.lower(at) != "to"
            && let Some(subject) = (at + 2..sentence_end.min(at + 5))
                .take_while(|&index| self.doc.tokens[index].class == TokenClass::Word)
                .find(|&index| {
                    index + 1 < sentence_end
                        && (self
                            .grammar
                            .pronoun(self.lower(index))
                            .is_some_and(|pronoun| pronoun.subject)
                            || self.matcher.is(index, WordClass::Expletive))
                        && (self.is_finite(index + 1)
                            || self.lower(index + 1).ends_with('s')
                                && self.doc.tokens[index + 1].class == TokenClass::Word)
                })
        {
            // `said in politics it takes time`: a phrase of place or topic
            // before a clause that opens with a subject pronoun.
            at = subject;
        }
        let mut object = false;
        let mut wh_object = false;
        // The object is a noun phrase and opens no clause.
        let mut phrase = false;
        // `called for a ban`, `spoke about the economy`: what was said is the
        // preposition's object.
        // `pointed to the polls`: for some verbs `to` opens what it is about.
        let about_to = verb.to && at < sentence_end && self.lower(at) == "to";
        // `saying about 41,000 people …`, `said about half of …`: a number
        // and what bounds it, no preposition; it opens what was said.
        let bounded = self.bounds_number(at, sentence_end)
            || at + 1 < sentence_end && self.matcher.is(at, WordClass::Approximator) && self.lower(at + 1) == "half";
        if bounded {
            opening = opening.or(Some(at));
            at += 1;
        } else if at + 1 < sentence_end && (self.matcher.is(at, WordClass::TopicPreposition) || about_to) {
            // `has said for years (that …)`, `for two weeks`: a duration, not
            // what was said.
            let counted = usize::from(
                at + 2 < sentence_end
                    && (self.matcher.is(at + 1, WordClass::Determiner)
                        || self.doc.tokens[at + 1].class == TokenClass::Number),
            );
            let duration = self.lower(at) == "for" && self.matcher.is(at + 1 + counted, WordClass::TimeUnit);
            // `said about most of …`: an amount, no preposition (a number
            // or `half` after it opened the content above).
            let amount = self.matcher.is(at, WordClass::Approximator) && self.matcher.is(at + 1, WordClass::Quantifier);
            if duration {
                at = self.skip_adverbials(at + 2 + counted, sentence_end);
            } else if let Some(end) = self.speaking_terms_end(at, sentence_end) {
                // `spoke on condition of anonymity`, `on background`: the
                // terms of speaking, not what was said.
                at = self.skip_adverbials(end, sentence_end);
            } else if matches!(self.lower(at), "on" | "with") && self.matcher.is_capitalized(at + 1) {
                // `said on CNN that …`, `spoke with Reuters`: a medium or a hearer.
                at = self.matcher.name_end(at + 1, sentence_end).unwrap_or(at + 2);
                at = self.skip_adverbials(at, sentence_end);
                // (`said on Glenn Beck's radio program on Monday`: after a
                // verb of occasion, only a clause is what was said.)
                if verb.occasion && at < sentence_end && !self.clause_follows(at, sentence_end) {
                    return None;
                }
            } else if verb.occasion && !amount && self.matcher.is(at, WordClass::OccasionPreposition) {
                // `said on stage to justify …`, `said of Trump`, `things he
                // said about Latinos`: an occasion or whom the words are
                // about.
                return None;
            } else if self.quote_before(sentence.start, index)
                && !(self.word(index - 1) == ","
                    && self
                        .matcher
                        .verb(index)
                        .is_some_and(|(_, form)| form == VerbForm::Gerund))
            {
                // `"…," he said, referring to the council`: a participle
                // after the quote's cue reports anew.
                // `"…," the mayor said of the council`: the quote is what was said.
                return None;
            } else if self.opens_clause(at + 1, verb.framing, true) {
                at += 1;
                object = true;
            } else if matches!(self.lower(at + 1), "how" | "what" | "whether" | "why") {
                // `talked about how the city changed`: a question clause.
                at += 1;
                object = true;
                wh_object = true;
            }
        }
        // `wants to run`, and after a hearer `urged voters to reject …`.
        // `…, pressing her daughters to her`: a participle whose verb takes no
        // object reports a possessive's phrase only as a clause.
        if !verb.object
            && !verb.clause
            && !object
            && at < sentence_end
            && index > sentence.start
            && self.word(index - 1) == ","
            && self.matcher.is_possessive_pronoun(at)
            && self
                .matcher
                .verb(index)
                .is_some_and(|(_, form)| form == VerbForm::Gerund)
            && !self.clause_follows(at, sentence_end)
        {
            return None;
        }
        // `called him divisive`, `calling Trump a fascist`: a naming verb's
        // object with the name it is given (not `called the police`).
        if verb.naming && !verb.object && !object && self.named_object(at, sentence_end) {
            object = true;
        }
        // `described himself as a Catholic`, `cast herself as an outsider`:
        // a reflexive object with what the subject is called; no clause
        // opens with it (`voters who identify themselves as independents
        // backed him`).
        // A reflexive object of a verb that takes no stance as its object
        // reports nothing (`found itself at the center`); one that does
        // reports it (`defended himself against …`), and so may the object
        // of a preposition (`referring to herself and her aides`).
        if at < sentence_end && self.matcher.is_reflexive(at) {
            // (`cast himself more as …`: adverbs may come before `as`.)
            let next = self.skip_adverbials(at + 1, sentence_end);
            let named = (verb.object || verb.naming || verb.reflexive)
                && (self.named_object(at, sentence_end) || next + 1 < sentence_end && self.lower(next) == "as");
            if !named
                && verb.reflexive
                && next + 1 < sentence_end
                && matches!(self.lower(next), "from" | "with")
                && self.opens_clause(next + 1, verb.framing, true)
            {
                // `distanced himself from the bill`, `aligned herself with
                // the president`: the stance is toward the object of `from`
                // or `with` (not `positioned himself in third place`).
                at = next + 1;
                phrase = true;
            } else if !named && !verb.object && at == self.skip_adverbials(index + 1, sentence_end) {
                return None;
            }
            phrase |= named;
        }
        object |= phrase;
        // (`urged him not to back down`: so is a negated infinitive.)
        let negated = at + 1 < sentence_end && self.lower(at) == "not" && self.lower(at + 1) == "to";
        let intention =
            (verb.infinitive || recipient.is_some()) && at < sentence_end && (self.lower(at) == "to" || negated);
        // `asked voters who their favorite was`: a question verb's clause
        // may open with any question word.
        let question = matches!(verb.lemma.as_str(), "ask" | "wonder" | "inquire")
            && at + 1 < sentence_end
            && matches!(self.lower(at), "who" | "whom" | "which");
        // (`suggesting that might not be enough`: `that` before a modal is
        // the clause's subject, not its opening word; `Becker denied that.`:
        // one that ends the sentence is the object, and so is one before a
        // comma and a verb of speech's participle, `Okoye denied that,
        // saying …`, not `said that, if elected, …`, `that, according to
        // …`, nor `that, and not his candidacy, was …`.)
        // (So is `that` after a denial, before a noun of what was said that
        // ends the object in the same way: `rejected that explanation,
        // saying …`.)
        // (`rejected that, too.`, `that as well.`: an adverb of addition
        // that ends the sentence ends the object too.)
        let ends_here = |at: usize| at >= sentence_end || matches!(self.word(at), "." | "!" | ";");
        let also = |end: usize| {
            let end = if end < sentence_end && self.word(end) == "," {
                end + 1
            } else {
                end
            };
            end < sentence_end
                && (matches!(self.lower(end), "too" | "either") && ends_here(end + 1)
                    || self.lower(end) == "as"
                        && end + 1 < sentence_end
                        && self.lower(end + 1) == "well"
                        && ends_here(end + 2))
        };
        let object_ends = |end: usize| {
            end == sentence_end
                || matches!(self.word(end), "." | "!" | ";")
                || also(end)
                || self.word(end) == ","
                    && end + 1 < sentence_end
                    && self
                        .matcher
                        .verb(end + 1)
                        .is_some_and(|(_, form)| form == VerbForm::Gerund)
        };
        let demonstrative = || {
            at < sentence_end
                && self.lower(at) == "that"
                && (at + 1 < sentence_end && self.matcher.is(at + 1, WordClass::Modal)
                    || object_ends(at + 1)
                    || verb.framing == Framing::Denial
                        && at + 1 < sentence_end
                        && self.matcher.is(at + 1, WordClass::Charge)
                        && !self.matcher.is_capitalized(at + 1)
                        && object_ends(at + 2))
        };
        let complementizer =
            at < sentence_end && (self.matcher.is(at, WordClass::Complementizer) && !demonstrative() || question);
        // `says officers patrol the park`: after a verb of speech with no
        // hearer, a noun opens what was said even where no listed finite
        // verb shows the clause.
        // A verb of thought or finding (`find`, `believe`: no `quote`) in
        // its plain form needs the clause's verb to show: `can't find jobs
        // that pay`, `began to find her voice` have none (but `studies found
        // little evidence`, `Gallup finds states shifting`).
        let speech = verb.clause
            && (verb.quotes
                || verb.object
                || self.matcher.verb(index).is_some_and(|(_, form)| form != VerbForm::Base)
                || self.clause_follows(at, sentence_end));
        let answer = at < sentence_end
            && verb.quotes
            && self.matcher.is(at, WordClass::Answer)
            && self.answer_ends(at, sentence_end.min(self.clause_end(at, sentence_end)));
        if complementizer {
            // `asked whether the plan would pass`, `talked about what the
            // city needs`: a question word stays with its clause, which
            // without it would read as asserted; `that` does not.
            if self.lower(at) != "that" {
                opening = opening.or(Some(at));
            }
            at += 1;
            // (`said that, if elected, …`: the clause opens after the comma.)
            if at < sentence_end && self.word(at) == "," && opening.is_none() {
                at += 1;
            }
        } else if at < sentence_end
            && !intention
            && !answer
            && !wh_object
            && !demonstrative()
            && (!self.opens_clause(at, verb.framing, verb.object || object || speech)
                || (verb.infinitive
                    && !verb.quotes
                    && !verb.object
                    && !object
                    && !self.clause_follows(at, sentence_end)))
        {
            // `refused it registration`: verbs of intention report only `to
            // …`, `that …` or a clause (`hope the plan will pass`).
            return None;
        }
        if at >= sentence_end || self.is_quote_mark(at) {
            return None; // the cue of a direct quote, or nothing reported
        }
        // `Several people I've spoken with said …`: what would be reported
        // opens with the sentence's own verb of speech.
        // (A past only, `requests` and `calls` are nouns too; and the
        // cue's clause has no relative pronoun: `dismissed reported plans`.)
        if self
            .matcher
            .verb(at)
            .is_some_and(|(verb, form)| verb.quotes && form == VerbForm::Past)
            && !self.inside_quote(at)
            && self.contact_clause_subject(at, sentence.start).is_some()
        {
            return None;
        }
        let mut end = self.clause_end(at, sentence_end);
        if self.lower(at) == "that" && also(at + 1) {
            end = at + 1; // `rejected that as well.`
        }
        // `A pastor who supports Mr. Cruz said …`: in a relative clause, a
        // verb of speech whose subject stands before the cue is the
        // sentence's own, and ends what the clause reports. (Behind its
        // auxiliaries too: `Friends who have seen him … say that …`.)
        let relative = (sentence.start..index)
            .rev()
            .take(MAX_RELATIVE_AUXILIARIES + 1)
            .find(|&before| !(self.matcher.is(before, WordClass::Auxiliary) || self.matcher.is_adverb(before)))
            .filter(|&before| self.matcher.is(before, WordClass::Relative));
        if let Some(relative) = relative
            && let Some(main) = (at + 1..end).find(|&verb_at| {
                // (A plural's present as well, before `that`: `say that`.)
                let plural_says = || {
                    verb_at + 1 < end
                        && self.lower(verb_at + 1) == "that"
                        && self
                            .matcher
                            .verb(verb_at)
                            .is_some_and(|(verb, form)| verb.quotes && form == VerbForm::Base)
                };
                // (Any finite verb right after the clause of a `who` that
                // follows the sentence's subject: `Voters who said the plan
                // was unfair are now organizing …`.)
                // (After the reported clause's own verb: not `was` of `the
                // plan was unfair`.)
                let main_verb = || {
                    relative + 1 == index
                        && self.is_finite(verb_at)
                        && !self.matcher.is(verb_at, WordClass::Modal)
                        && (at..verb_at).any(|inside| self.is_finite(inside))
                        // (Nor a verb of a clause opened inside it, `if the
                        // procedure is ever outlawed`, `to cast …`.)
                        && !(at..verb_at).any(|inside| {
                            self.matcher.is(inside, WordClass::Subordinator)
                                || self.matcher.is(inside, WordClass::Complementizer)
                        })
                        && self.lower(verb_at - 1) != "to"
                        // (Nor a participle of that verb's group: `they were
                        // never consulted`.)
                        && (at..verb_at)
                            .rev()
                            .find(|&before| !self.matcher.is_adverb(before))
                            .is_some_and(|before| {
                                !(self.matcher.is(before, WordClass::Auxiliary)
                                    || self.matcher.is(before, WordClass::Progressive)
                                    || self.matcher.is(before, WordClass::Modal))
                            })
                };
                !self.inside_quote(verb_at)
                    && (self.matcher.is_speech_verb(verb_at) || plural_says() || main_verb())
                    // (Not a passive: `who said it would be appealed`.)
                    && !self.matcher.is(verb_at - 1, WordClass::Progressive)
                    && self
                        .matcher
                        .subject_before(verb_at, sentence.start)
                        .is_some_and(|subject| subject.start < index && subject.end <= relative)
                    // (Behind an auxiliary, not the verb of a clause inside
                    // what it reports: `who had hoped that the issue would
                    // fade as the primaries began`.)
                    && (relative + 1 == index
                        || !(at..verb_at)
                            .any(|inside| self.is_finite(inside) || self.matcher.is(inside, WordClass::Modal)))
            })
        {
            end = main;
        }
        let takes_object = object || verb.object || verb.framing == Framing::Denial;
        // `backed the plan on Monday, citing …`, but `admitted the plan was
        // late`: a noun phrase object ends before a time, a comma or a new
        // clause.
        if takes_object && !complementizer && (phrase || !self.clause_follows(at, self.subordinate_end(at, end))) {
            end = self.object_end(at, end);
        }
        // `said of the senator, "She takes …"`: the quote after the object
        // is what was said.
        // `delivered a blunt message to Trump: "…"`, `tweeted this: "…"`:
        // so is the quote after a colon and a phrase with no verb of its own
        // (but a headline's claim carries its quote: `Praises Tom Lee: ‘…’`).
        let in_title = || {
            self.doc
                .title()
                .is_some_and(|title| self.doc.paragraph_tokens[title].contains(&at))
        };
        if end + 1 < sentence_end
            && self.is_quote_mark(end + 1)
            && (object && matches!(self.word(end), "," | ":")
                || self.word(end) == ":" && self.verbless(at, end) && !in_title())
        {
            return None;
        }
        // `46 percent said yes`, `half said so in the earlier poll`: the
        // answer word is all that was said (but `said no to the war`).
        let content = (answer && (at + 1 == sentence_end || self.lower(at + 1) != "to"))
            .then(|| self.doc.tokens[at].span)
            .or_else(|| self.content_span(opening.unwrap_or(at), end))
            // (`opposes abortion`: a denial's object may be any noun.)
            .or_else(|| {
                takes_object
                    .then(|| {
                        self.single_object(at, end)
                            .or_else(|| (verb.framing == Framing::Denial).then(|| self.single_noun(at, end))?)
                    })
                    .flatten()
            })
            // `referred to jihadism`, `calls for action`: the object of a
            // topic preposition may be any noun.
            .or_else(|| object.then(|| self.single_noun(at, end))?)?;
        // `urged voters to stay home`: the hearer is part of what was urged.
        let content = match recipient {
            Some(hearer) if (verb.directive || appeal) && intention => hearer.to(content),
            _ if appeal => return None,
            _ => content,
        };
        Some((content, recipient))
    }

    /// A comma, semicolon, colon or dash at `at`: a mark that no phrase
    /// runs across.
    fn is_phrase_mark(&self, at: usize) -> bool {
        matches!(self.word(at), "," | ";" | ":") || is_long_dash(self.word(at)) || self.matcher.is_spaced_dash(at)
    }

    /// The comma that ends a phrase of at most [`MAX_ASIDE`] tokens from
    /// `at`, with no quote mark in it, where a subject pronoun and more
    /// words follow: `, win or lose in Tuesday's primary, he's …`,
    /// `despite being an alumna, she plans …`.
    fn comma_before_pronoun(&self, at: usize, sentence_end: usize) -> Option<usize> {
        let comma = (at + 2..sentence_end.min(at + MAX_ASIDE + 2)).find(|&index| self.word(index) == ",")?;
        (comma + 2 < sentence_end
            && self.is_subject_pronoun(comma + 1)
            && !(at + 1..comma).any(|index| self.is_quote_mark(index)))
        .then_some(comma)
    }

    /// True when the answer word at `at` is all that was said: the clause
    /// ends after it, or a comma, a time or place phrase follows.
    fn answer_ends(&self, at: usize, end: usize) -> bool {
        at + 1 == end
            || self.word(at + 1) == ","
            || self.matcher.is(at + 1, WordClass::Preposition)
            || self.matcher.is(at + 1, WordClass::Calendar)
    }

    /// `…, Cruz explained, recalling …`: the speaker of a trailing
    /// attribution set off by commas, right before the participle at
    /// `participle` or with only its time between (`…, the auditor said on
    /// Tuesday, blaming …`), not the subject the sentence opened with.
    fn trailing_subject(&self, sentence_start: usize, participle: usize) -> Option<Range<usize>> {
        let comma = participle.checked_sub(1).filter(|&comma| self.word(comma) == ",")?;
        // (Its time after it: `…, the auditor said on Tuesday, blaming …`.)
        let verb = (comma.saturating_sub(MAX_TRAILING_TIME + 1).max(sentence_start + 2)..comma)
            .rev()
            .find(|&verb| self.matcher.is_speech_verb(verb))
            .filter(|&verb| !self.inside_quote(verb) && self.skip_adverbials(verb + 1, comma) == comma)?;
        self.matcher.subject_before(verb, sentence_start).filter(|subject| {
            subject.end == verb && subject.start > sentence_start && self.word(subject.start - 1) == ","
        })
    }

    /// `"…," added Murphy, referring to …`: the speaker after the cue of a
    /// quote, which the participle at `participle` follows after a comma.
    fn inverted_subject(&self, sentence_start: usize, participle: usize) -> Option<Range<usize>> {
        let comma = participle.checked_sub(1).filter(|&comma| self.word(comma) == ",")?;
        let cue = (sentence_start + 1..comma)
            .find(|&at| !self.inside_quote(at) && self.quote_ends_at(at) && self.matcher.is_speech_verb(at))?;
        self.matcher
            .speaker_ends(cue + 1, comma)
            .contains(&comma)
            .then_some(cue + 1..comma)
    }

    /// `… — but he offered the high point of the night, delivering …`:
    /// the subject pronoun of the last clause before a participle at
    /// `limit` that a comma or a dash and `and` or `but` join to the
    /// sentence, right before its verb; the participle is that clause's.
    fn joined_clause_pronoun(&self, sentence_start: usize, limit: usize) -> Option<Range<usize>> {
        let at = (sentence_start + 2..limit.saturating_sub(2)).rev().find(|&at| {
            matches!(self.lower(at - 1), "and" | "but")
                && (self.word(at - 2) == "," || is_long_dash(self.word(at - 2)) || self.matcher.is_spaced_dash(at - 2))
                && !self.inside_quote(at)
        })?;
        (self.is_subject_pronoun(at)
            && (self.is_finite(at + 1)
                || self
                    .matcher
                    .verb(at + 1)
                    .is_some_and(|(_, form)| matches!(form, VerbForm::Past | VerbForm::Present3))))
        .then_some(at..at + 1)
    }

    /// The subject of the first verb of the sentence before `limit`: `The
    /// union endorsed Garcia, citing …` is the union's, not Garcia's. The
    /// verbs of a quotation are the quote's (`"…," Ramos said, referring to …`),
    /// and those of an opening subordinate clause or phrase that a
    /// subordinator or a sentence opener leads its own (`When the team
    /// moved back, his mother refused …, insisting …`, `As they met in
    /// Ottawa, Trump was …, promising …`).
    fn main_subject(&self, sentence_start: usize, limit: usize) -> Option<Range<usize>> {
        // (A comma that ends the text, `Saying the debate was over,`: no
        // clause after it.)
        if sentence_start >= limit {
            return None;
        }
        let sentence_start = if self.matcher.is(sentence_start, WordClass::Subordinator)
            || self.matcher.is(sentence_start, WordClass::SentenceOpener)
        {
            (sentence_start + 1..limit.min(sentence_start + MAX_OPENING_CLAUSE))
                .find(|&at| self.word(at) == "," && !self.inside_quote(at))
                .unwrap_or(sentence_start)
        } else {
            sentence_start
        };
        (sentence_start + 1..limit)
            .filter(|&index| {
                !self.matcher.is_capitalized(index)
                    && !self.inside_quote(index)
                    && (self.is_finite(index)
                        || self
                            .matcher
                            .verb(index)
                            .is_some_and(|(_, form)| matches!(form, VerbForm::Past | VerbForm::Present3)))
            })
            .map(|verb| self.matcher.subject_before(verb, sentence_start))
            // `Kaken, who is now a citizen, told AFP …, pressing …`: the verb
            // of an aside is not the sentence's.
            .find(|subject| {
                subject
                    .as_ref()
                    .is_none_or(|subject| !(subject.len() == 1 && self.matcher.is(subject.start, WordClass::Relative)))
            })?
    }

    /// Where a subordinate clause opens after `at` (`supports him because
    /// he is …`), or `end`: its verb is no verb of the words before it.
    fn subordinate_end(&self, at: usize, end: usize) -> usize {
        (at + 1..end)
            .find(|&index| self.matcher.is(index, WordClass::Subordinator) && !self.inside_quote(index))
            .unwrap_or(end)
    }

    /// True when the words from `at` read as a clause (`said the plan was
    /// late`): a finite verb comes before any comma.
    fn clause_follows(&self, at: usize, end: usize) -> bool {
        (at + 1..end.min(at + 10))
            .take_while(|&index| !matches!(self.lower(index), "," | "and" | "but" | "or"))
            .any(|index| self.is_finite(index))
    }

    /// Where a noun-phrase object starting at `at` ends (`endorsed Clinton
    /// on Thursday, citing …`, `backed her and campaigned …`): before a
    /// comma or dash, a time, a new clause or a verb of its own.
    fn object_end(&self, at: usize, end: usize) -> usize {
        // `backed her by a wide margin`, `endorsed Clinton during a call`:
        // a pronoun or a name is the whole object before a phrase of
        // manner, place or time (but `criticized him for …`, `Ted Cruz of
        // Texas`).
        let head_end = if is_object_pronoun(self.lower(at)) {
            Some(at + 1)
        } else {
            self.matcher.name_end(at, end)
        };
        if let Some(head_end) = head_end
            && head_end < end
            && (matches!(self.lower(head_end), "by" | "in" | "at" | "during" | "amid" | "across")
                || self.matcher.is(head_end, WordClass::Subordinator))
        {
            return head_end;
        }
        for index in at + 1..end {
            if self.inside_quote(index) {
                continue;
            }
            let word = self.lower(index);
            // Asked only after `and`, `but` or `or`.
            let next_is_verb = || {
                index + 1 < end
                    && (self.matcher.verb(index + 1).is_some()
                        || self.matcher.is(index + 1, WordClass::Auxiliary)
                        || self.is_finite(index + 1)
                        || self
                            .grammar
                            .pronoun(self.lower(index + 1))
                            .is_some_and(|pronoun| pronoun.subject))
            };
            // `on Tuesday`, `by March`: the preposition goes with the time.
            if self.matcher.is(index, WordClass::Calendar)
                && index > at + 1
                && self.matcher.is(index - 1, WordClass::Preposition)
            {
                return index - 1;
            }
            // `several factors, including …`, `Cruz, Rubio and Bush`: a list
            // or an aside goes on after a comma; a new clause does not.
            // A noun phrase opens at `at`: a name, a determiner or a plain noun.
            let item = |at: usize| {
                at < end
                    && self.doc.tokens[at].class == TokenClass::Word
                    && self.matcher.verb(at).is_none()
                    && !self.matcher.is(at, WordClass::Calendar)
                    && !self.matcher.is(at, WordClass::ClauseBreak)
                    && !self.matcher.is(at, WordClass::Preposition)
                    && !self.matcher.is_adverb(at)
                    // (`his judgment`: a possessive pronoun is a determiner.)
                    && (self.grammar.pronoun(self.lower(at)).is_none()
                        || self.matcher.is(at, WordClass::Determiner)
                            && at + 1 < end
                            && self.doc.tokens[at + 1].class == TokenClass::Word
                            && self.grammar.pronoun(self.lower(at + 1)).is_none())
                    && !self.clause_follows(at, end)
            };
            // `record, economic policies and finances`: a list goes on to
            // its last item after `and` or `or`.
            let list_goes_on = |at: usize| {
                item(at)
                    && (at + 1..end.min(at + 6))
                        .take_while(|&next| !matches!(self.word(next), "," | ";" | ":"))
                        .any(|next| matches!(self.lower(next), "and" | "or"))
            };
            let comma_goes_on = word == ","
                && index + 1 < end
                && (matches!(
                    self.lower(index + 1),
                    "including" | "such" | "especially" | "particularly"
                ) || ((self.matcher.is_capitalized(index + 1)
                    || self.matcher.is(index + 1, WordClass::Determiner))
                    && item(index + 1))
                    || list_goes_on(index + 1)
                    // `Trump, Carson, and Fiorina`, `his temper, his language,
                    // and recent violence`: the last item of a list.
                    || index > at + 1
                        && matches!(self.lower(index + 1), "and" | "or")
                        && item(index + 2)
                        && (at..index).any(|before| self.word(before) == ","));
            // `the party's July convention`: a day or month between a
            // possessive and a noun modifies the noun.
            let dated_noun = || {
                is_possessive(self.word(index - 1))
                    && index + 1 < end
                    && self.doc.tokens[index + 1].class == TokenClass::Word
                    && !self.matcher.is(index + 1, WordClass::Calendar)
                    && !self.matcher.is(index + 1, WordClass::Stopword)
            };
            let stops = ((matches!(word, "," | ";" | ":" | "(") || is_long_dash(word)) && !comma_goes_on)
                || self.matcher.is_spaced_dash(index)
                || self.matcher.is(index, WordClass::Calendar) && !dated_noun()
                || self.matcher.is(index, WordClass::ObjectStop)
                || self.relative_time(index, end)
                || (matches!(word, "and" | "but" | "or") && next_is_verb())
                || self.lower(at) != "to" && self.opens_occasion(index, end)
                || (matches!(word, "and" | "but") && self.clause_follows(index + 1, end))
                // (`the proposed cuts`: a past form after a determiner
                // modifies the noun.)
                || self.is_finite(index) && !self.matcher.is(index - 1, WordClass::Determiner)
                // `… the movement by saying …`: the means, a verb of its own.
                || word == "by"
                    && index + 1 < end
                    && self
                        .matcher
                        .verb(index + 1)
                        .is_some_and(|(_, form)| form == VerbForm::Gerund);
            if stops {
                return index;
            }
        }
        end
    }

    /// Whether `at`, `in` or `during` at `at` opens the phrase of an
    /// occasion (`at a news conference`, `in an interview with CNN`, `during
    /// Tuesday's debate`): a noun of the `occasion` class within a few
    /// words after it, with no mark between.
    fn opens_occasion(&self, at: usize, end: usize) -> bool {
        if !matches!(self.lower(at), "at" | "in" | "during")
            || at + 2 < end && self.lower(at + 1) == "the" && self.lower(at + 2) == "event"
        {
            return false; // (`in the event of`: a condition.)
        }
        // (The words up to the next mark hold no verb: not `during the
        // convention showing that …`, `in some cases obtaining meetings`,
        // where the object goes on.)
        let phrase = (at + 1..end)
            .take_while(|&index| self.doc.tokens[index].class == TokenClass::Word && !self.inside_quote(index));
        let mut verbless = phrase.clone().all(|index| {
            !self.matcher.is_verb_form(index) && !crate::tag::ing_shaped(self.lower(index)) && !self.is_finite(index)
        });
        verbless &= phrase.take(4).any(|index| self.matcher.is(index, WordClass::Occasion));
        verbless
    }

    /// True when a pronoun or a name at `at` is followed by what it is
    /// named: a determiner or a content word (`him divisive`, `Trump a
    /// fascist`, `himself a socialist`).
    fn named_object(&self, at: usize, end: usize) -> bool {
        // (A naming verb may end the text: `They called`.)
        if at >= end {
            return false;
        }
        let word = self.lower(at);
        let pronoun = is_object_pronoun(word) || self.matcher.is_reflexive(at);
        let head_end = if pronoun {
            Some(at + 1)
        } else if self.matcher.is_capitalized(at) {
            self.matcher.name_end(at, end)
        } else {
            None
        };
        // `called him a "moderate"`: a quoted name is the quote's.
        head_end.is_some_and(|next| {
            next < end
                && !is_possessive(self.word(next - 1))
                && !(next..end.min(next + 4)).any(|index| self.is_quote_mark(index))
                && self.doc.tokens[next].class == TokenClass::Word
                && !self.matcher.is_capitalized(next)
                && (self.matcher.is(next, WordClass::Determiner)
                    || !self.grammar.is_stopword(self.lower(next))
                        && !self.matcher.is(next, WordClass::Preposition)
                        && !self.matcher.is(next, WordClass::Calendar)
                        && !self.matcher.is(next, WordClass::ObjectStop)
                        && !self.matcher.is_adverb(next)
                        && self.matcher.verb(next).is_none()
                        && !self.is_finite(next))
        })
    }

    /// A one-word object where a verb takes its object as the stance
    /// (`endorsed Clinton`, `criticized them`): a name or an object pronoun.
    fn single_object(&self, at: usize, end: usize) -> Option<Span> {
        if self.words_in(at..end) != 1 || self.doc.tokens[at].class != TokenClass::Word {
            return None;
        }
        let word = self.lower(at);
        let fits = self.matcher.is_capitalized(at)
            || is_object_pronoun(word)
            || matches!(word, "this" | "that" | "these" | "those");
        (fits && !self.matcher.is(at, WordClass::Calendar)).then(|| self.doc.tokens[at].span)
    }

    /// A one-word object that is a noun: no function word, adverb, verb,
    /// time or gerund.
    fn single_noun(&self, at: usize, end: usize) -> Option<Span> {
        let word = self.lower(at);
        let noun = self.words_in(at..end) == 1
            && self.doc.tokens[at].class == TokenClass::Word
            && !self.grammar.is_stopword(word)
            && !self.matcher.is_adverb(at)
            && self.matcher.verb(at).is_none()
            && !self.matcher.is(at, WordClass::Calendar)
            && !word.ends_with("ing");
        noun.then(|| self.doc.tokens[at].span)
    }

    /// The headline convention `Speaker: what they said` (`Clinton: I support
    /// D.C. statehood`), where the words before the colon name a speaker.
    fn headline_claim(&self) -> Option<Claim> {
        let paragraph = self.doc.title()?;
        let range = self.doc.paragraph_tokens[paragraph].clone();
        let colon = range.clone().take(10).find(|&index| self.word(index) == ":")?;
        if colon == range.start {
            return None;
        }
        let speaker_end = *self.matcher.speaker_ends(range.start, colon).first()?;
        let speaker_is_name = (range.start..colon)
            .all(|index| self.matcher.is_capitalized(index) || self.doc.tokens[index].class != TokenClass::Word);
        if speaker_end != colon && !speaker_is_name {
            return None;
        }
        // `Breaking: …`, `BYLINE: …`: a page's label names no speaker.
        if colon == range.start + 1 && self.matcher.is(range.start, WordClass::Label) {
            return None;
        }
        if !self.names_someone_of_the_body(range.start..colon, range.end) {
            return None;
        }
        // (To the end of the colon's line: a second line of the headline
        // says something of its own.)
        let colon_end = self.doc.tokens[colon].span.end;
        let mut end = self.doc.paragraphs[paragraph]
            .line_ending_from(colon_end)
            .map_or(range.end, |line| self.doc.token_at_or_after(line.end).min(range.end));
        while end > colon + 1 && self.doc.tokens[end - 1].class == TokenClass::Punct {
            end -= 1;
        }
        let mut start = colon + 1;
        while start < end && self.is_quote_mark(start) {
            start += 1;
        }
        if end <= start + 1 {
            return None;
        }
        // `Kasich: ‘We Are Going To Cleveland.’`: the quotation, marks
        // included, is what the speaker said; so is a quotation that ends
        // the content (`Trump's view of the world is 'dangerously wrong'`).
        let mut content = self.matcher.span(start..end);
        if end < range.end
            && let Some(quote) = self
                .quotes
                .iter()
                .find(|quote| quote.close.start == self.doc.tokens[end].span.start && quote.open.start >= content.start)
        {
            content.end = quote.close.end;
        }
        let open = self.doc.tokens[colon + 1].span.start;
        if let Some(quote) = self.quotes.iter().find(|quote| quote.open.start == open)
            && quote.close.end <= self.doc.tokens[range.end - 1].span.end
        {
            content = Span {
                start: quote.open.start,
                end: content.end.max(quote.close.end),
            };
        }
        Some(Claim {
            extent: Extent::Headline,
            ..Claim::without_verb(
                content,
                self.matcher.span(range.start..colon),
                self.doc.tokens[colon].span,
                "headline_colon",
                0.7,
            )
        })
    }

    /// Whether the words before a headline's colon (`words`) can name who
    /// speaks: a given name (`Ana Diaz:`), a person, group, news or
    /// evidence word (`Newspaper:`, `Poll:`), a report (`Report:`), or a
    /// word the body after `body_start` writes again as a name (`Issa:` of
    /// `Darrell Issa`, not `Health:` of `her health`), unlike a
    /// column's or a feature's title (`The Latest:`, `2016 Nerdcast:`,
    /// `Wow:`).
    fn names_someone_of_the_body(&self, words: Range<usize>, body_start: usize) -> bool {
        let tokens = &self.doc.tokens;
        let named = words
            .clone()
            .filter(|&index| tokens[index].class == TokenClass::Word && !self.grammar.is_stopword(self.lower(index)));
        if named.clone().any(|index| {
            self.matcher.tags().lexeme(index).person.is_some()
                || self.matcher.is(index, WordClass::Media)
                || self.matcher.is(index, WordClass::Evidence)
                || self.matcher.is(index, WordClass::HeadlineSource)
                || self.grammar.given_name_gender(self.lower(index)) != Gender::Unknown
        }) {
            return true;
        }
        // Written again as a name: capitalized where no sentence or line
        // opens (`Issa` in `Darrell Issa spoke`, not `health` for `Health`),
        // nor right after a `The` that opens one or follows a dateline's
        // dash (the feature's title again: `(AP) — The Latest on …`).
        let wanted: Vec<&str> = named.map(|index| strip_possessive(self.lower(index))).collect();
        let opens = |index: usize| self.doc.opens_sentence_or_line(index);
        (body_start + 1..tokens.len()).any(|index| {
            self.matcher.is_capitalized(index)
                && !opens(index)
                && !(self.word(index - 1) == "The"
                    && (opens(index - 1) || index >= 2 && crate::attribute::is_dash(self.word(index - 2))))
                && wanted.contains(&strip_possessive(self.lower(index)))
        })
    }

    /// `HOLT: Do you accept the result?`: a transcript line gives its
    /// speaker's words after a name of one to three capitalized words and a
    /// colon.
    fn transcript_line(&self, range: Range<usize>) -> Option<Claim> {
        // (Three words, and the hyphens inside them: `Alex Seitz-Wald:`.)
        let colon = range.clone().take(6).find(|&index| self.word(index) == ":")?;
        let name_words = range.start..colon;
        let words = name_words
            .clone()
            .filter(|&index| !self.matcher.is_joined_hyphen(index))
            .count();
        let is_name = !name_words.is_empty()
            && words <= 3
            && name_words.clone().all(|index| {
                self.matcher.is_joined_hyphen(index)
                    || self.doc.tokens[index].class == TokenClass::Word
                        && self.matcher.is_capitalized(index)
                        && !self.matcher.is(index, WordClass::Stopword)
                        && !self.matcher.is(index, WordClass::Calendar)
                        && !self.matcher.is(index, WordClass::Label)
                        && self.matcher.verb(index).is_none()
            });
        let title = self
            .doc
            .title()
            .is_some_and(|title| self.doc.paragraph_tokens[title] == range);
        if !is_name || title {
            return None;
        }
        let mut end = range.end.min(colon + 1 + MAX_CONTENT);
        while end > colon + 1 && self.doc.tokens[end - 1].class == TokenClass::Punct {
            end -= 1;
        }
        if self.words_in(colon + 1..end) < 4 || (colon + 1..end).any(|index| self.is_quote_mark(index)) {
            return None;
        }
        Some(Claim::without_verb(
            self.matcher.span(colon + 1..end),
            self.matcher.span(name_words),
            self.doc.tokens[colon].span,
            "transcript_line",
            0.6,
        ))
    }

    /// After a source whose head noun is `head` and its comma at `at - 1`,
    /// the token after the comma that closes a name in apposition to it:
    /// a person's name after a role (`a spokeswoman, Anna White,`), or
    /// `the` and a body's name ending in an institution word after a role
    /// or a body's noun (`the state insurer, the National Health Fund,`).
    fn apposed_name(&self, head: usize, at: usize, limit: usize) -> Option<usize> {
        let kind = |index: usize| self.matcher.tags().lexeme(index).person.map(|entry| entry.kind);
        let head_kind = kind(head)?;
        if !matches!(head_kind, PersonWordKind::Role | PersonWordKind::Institution) || self.matcher.is_capitalized(head)
        {
            return None;
        }
        let body = at + 1 < limit && self.lower(at) == "the";
        let start = if body { at + 1 } else { at };
        if head_kind != PersonWordKind::Role && !body {
            return None;
        }
        let end = self.matcher.name_end(start, limit)?;
        let closed = end < limit && self.word(end) == ",";
        let fits = if body {
            kind(end - 1) == Some(PersonWordKind::Institution)
        } else {
            end > start + 1
        };
        (closed && fits).then_some(end + 1)
    }

    /// `according to X, …` and `…, according to X.`
    fn according_to(&self, index: usize, paragraph: &Range<usize>) -> Option<Claim> {
        let sentence_start = self.sentence_start(index, paragraph);
        let sentence_end = self.sentence_end(index, paragraph);
        // The source: a speaker's noun phrase, or any words up to the next
        // comma (`according to exit polling data`).
        let speaker_end = match self.matcher.speaker_ends(index + 2, sentence_end).first() {
            Some(&end) => end,
            None => {
                // `ouest-france.fr`, `the U.S. Department of Education`, a
                // quoted title: marks inside the source do not end it.
                let mut words = 0;
                let limit = (index + 2..sentence_end)
                    .find(|&at| {
                        words += usize::from(self.doc.tokens[at].class != TokenClass::Punct);
                        words > MAX_SOURCE_WORDS
                    })
                    .unwrap_or(sentence_end);
                let end = (index + 2..limit)
                    .find(|&at| matches!(self.word(at), "," | ";" | ":" | "(" | ")") || is_long_dash(self.word(at)))
                    .unwrap_or(limit);
                // A source has a word: not a quote mark alone.
                if self.words_in(index + 2..end) == 0 || (end < sentence_end && self.word(end) != ",") {
                    return None;
                }
                end
            }
        };
        // `according to an analysis by the Pew Research Center`: the
        // author of the document is the source, where the name ends the
        // source (not `by the Pew Research Center based on census data`).
        let mut source_start = index + 2;
        let mut speaker_end = speaker_end;
        if speaker_end + 1 < sentence_end
            && self.lower(speaker_end) == "by"
            && let Some(&end) = self
                .matcher
                .speaker_ends(speaker_end + 1, sentence_end)
                .iter()
                .find(|&&end| end == sentence_end || self.is_phrase_mark(end))
        {
            source_start = speaker_end + 1;
            speaker_end = end;
        }
        let speaker = self.matcher.span(source_start..speaker_end);
        let cue = self.matcher.span(index..index + 2);
        let mut rest = speaker_end;
        // (`according to court documents seen by Reuters, …`: a participle
        // phrase after the source is the source's, up to its comma.)
        if rest < sentence_end
            && self.matcher.is_participle(rest)
            && let Some(comma) =
                (rest + 1..sentence_end.min(rest + 1 + MAX_SOURCE_WORDS)).find(|&at| self.is_phrase_mark(at))
            && self.word(comma) == ","
        {
            rest = comma;
        } else if rest < sentence_end
            && !self.is_phrase_mark(rest)
            && let Some(comma) =
                (rest + 1..sentence_end.min(rest + 1 + MAX_SOURCE_WORDS)).find(|&at| self.is_phrase_mark(at))
            && self.word(comma) == ","
            && self.verbless(rest, comma)
            && !(rest..comma).any(|at| self.is_quote_mark(at))
        {
            // (`according to a poll out Thursday, …`: so are words with no
            // verb up to the comma.)
            rest = comma;
        }
        if rest < sentence_end && self.word(rest) == "," {
            rest += 1;
            // `According to a spokeswoman, Anna White, …`: a name in
            // apposition to the source is the source's.
            if let Some(after) = self.apposed_name(speaker_end - 1, rest, sentence_end) {
                rest = after;
            }
            // `According to a federation official, who spoke on condition of
            // anonymity, Castell had …`: a relative clause describes the
            // source, up to its comma or the sentence's end, and says nothing.
            if rest < sentence_end && self.matcher.is(rest, WordClass::Relative) {
                rest = (rest + 1..sentence_end.min(rest + 1 + MAX_RELATIVE_ASIDE))
                    .find(|&at| self.word(at) == ",")
                    .map_or(sentence_end, |comma| comma + 1);
            }
        }
        let after = (rest < sentence_end).then(|| rest..self.clause_end(rest, sentence_end));
        // `But according to X, …`, `(According to X, …)`: a conjunction or
        // a bracket before the cue opens nothing it reports.
        // `It has not gone unnoticed: according to polls, …`: nor a colon.
        let opens = index == sentence_start
            || index == sentence_start + 1
                && (matches!(self.lower(sentence_start), "but" | "and" | "yet" | "so" | "now" | "(")
                    || self.is_quote_mark(sentence_start))
            || self.word(index - 1) == ":";
        let content = if opens {
            // According to X, content.
            let start = after?.start;
            let mut end = sentence_end;
            // `(According to X, ….)`: not the closing bracket and its stop.
            while end > start + 1 && matches!(self.word(end - 1), ")" | "." | "]") {
                end -= 1;
            }
            self.content_span(start, end)?
        } else {
            // `Content, according to X.` and `The implication, according to
            // the aide, is that …`: the longer side.
            let before_end = if self.word(index - 1) == "," { index - 1 } else { index };
            // `Since last November, according to Human Rights Watch, state
            // forces have killed …`, `One of the decisions, according to a
            // person close to it, is to …`: words with no verb before the
            // aside wait for the rest of their sentence, and the claim is
            // the sentence around its attribution.
            // (Stray commas or semicolons that open a scraped text start
            // nothing.)
            let mut first = sentence_start + usize::from(self.matcher.is(sentence_start, WordClass::Conjunction));
            while first < before_end && matches!(self.word(first), "," | ";") {
                first += 1;
            }
            // `The AP reported that, according to an analysis, 85 of …`:
            // the verb before the aside reports what follows it.
            // (`, according to Lee, …` may open a text: no word before.)
            let last_before = before_end.checked_sub(1).filter(|&last| last >= sentence_start);
            if last_before.is_some_and(|last| self.matcher.is(last, WordClass::Complementizer)) {
                return None;
            }
            // `He left after, according to him, the network censured …`:
            // words that wait for a clause go on past the aside.
            let waits = last_before.is_some_and(|last| {
                self.matcher.is(last, WordClass::Preposition) || self.matcher.is(last, WordClass::Subordinator)
            });
            if let Some(after) = after.clone()
                && self.word(index - 1) == ","
                && self.word(speaker_end) == ","
                && first < before_end
                && !self.matcher.is(after.start, WordClass::ClauseBreak)
                && !self.is_quote_mark(sentence_start)
                && (waits || self.verbless(first, before_end) && !self.verbless(after.start, after.end))
            {
                let content = self.content_span(first, after.end)?;
                return Some(Claim {
                    extent: Extent::AroundAttribution,
                    ..Claim::without_verb(content, speaker, cue, "according_to", 0.75)
                });
            }
            match after {
                // (`Iowa (93 percent were white, according to exit polls),
                // Ohio …`: a source that closes a bracket reports inside it,
                // which `according_content_start` finds, nothing after.)
                Some(after)
                    if self.word(index - 1) == ","
                        && self.word(speaker_end) != ")"
                        && !self.matcher.is(after.start, WordClass::ClauseBreak)
                        && self.words_in(after.clone()) > self.words_in(sentence_start..before_end) =>
                {
                    self.content_span(after.start, after.end)?
                }
                _ => self.content_span(self.according_content_start(first, before_end), before_end)?,
            }
        };
        Some(Claim::without_verb(content, speaker, cue, "according_to", 0.75))
    }

    /// Where the words that `according to` reports after them begin, reading
    /// back from `end`: after an open bracket (`(the actual number is
    /// closer to 15 percent, according to Factcheck.org)`), at a relative
    /// pronoun after a comma (`…, which stood at 263, according to the
    /// AP`), after `, with` (`…, with $1.6 billion in profit, according to
    /// an analyst`); else at the sentence start.
    fn according_content_start(&self, sentence_start: usize, end: usize) -> usize {
        let mut depth = 0usize;
        for at in (sentence_start..end).rev() {
            match self.word(at) {
                ")" => depth += 1,
                "(" if depth == 0 => return at + 1,
                "(" => depth -= 1,
                "," if depth == 0 && at + 2 < end && !self.inside_quote(at) => {
                    let next = self.lower(at + 1);
                    // (Not an aside between a subject and its verb:
                    // `Clinton, who collected …, had a bigger …`.)
                    if matches!(next, "which" | "who") && !self.aside_before_verb(at + 2, end) {
                        return at + 1;
                    }
                    if next == "with" {
                        return at + 2;
                    }
                }
                _ => {}
            }
        }
        sentence_start
    }

    /// Whether `start..end` is a past participle and a short phrase after
    /// it with no mark, describing the noun before it: `filed on Sunday
    /// night` of `…, disclosures filed on Sunday night revealed`, a
    /// preposition or a day right after the participle (not `he started
    /// raising`).
    fn participle_phrase(&self, start: usize, end: usize) -> bool {
        start + 1 < end
            && end - start <= MAX_PARTICIPLE_PHRASE
            && self.matcher.noun_before(start, 0)
            && self.matcher.is_participle(start)
            && (self.matcher.is(start + 1, WordClass::Preposition) || self.matcher.is(start + 1, WordClass::Calendar))
            && (start + 1..end).all(|at| {
                self.doc.tokens[at].class != TokenClass::Punct && !self.is_finite(at) && self.matcher.verb(at).is_none()
            })
    }

    /// Whether the relative clause from `from` to `end` is an aside: a comma
    /// in it (outside brackets and quotes) is followed by a finite verb,
    /// the verb of the clause the relative interrupts (`LeVell, who owns a
    /// company, has amassed …`), not by a list's next item (`which sells
    /// goods, crystal, and pottery`).
    fn aside_before_verb(&self, from: usize, end: usize) -> bool {
        let mut depth = 0usize;
        (from..end.saturating_sub(1)).any(|at| {
            match self.word(at) {
                "(" => depth += 1,
                ")" => depth = depth.saturating_sub(1),
                _ => {}
            }
            depth == 0 && self.word(at) == "," && !self.inside_quote(at) && self.is_finite(at + 1)
        })
    }

    /// `In a new poll released Sunday, …` and `…, in the latest survey.`: a
    /// poll, survey or study as the source of what the sentence reports.
    fn in_evidence(&self, index: usize, paragraph: &Range<usize>) -> Option<Claim> {
        let sentence_start = self.sentence_start(index, paragraph);
        let sentence_end = self.sentence_end(index, paragraph);
        // `an ABC News/Washington Post poll released Sunday`: the source
        // runs to a comma, a semicolon or the sentence end.
        let limit = sentence_end.min(index + 1 + MAX_EVIDENCE_TOKENS);
        let source_end = (index + 1..limit)
            .find(|&at| {
                self.doc.tokens[at].class == TokenClass::Punct && !matches!(self.word(at), "/" | "-" | "." | "'" | "’")
            })
            .unwrap_or(sentence_end);
        if source_end > limit || self.evidence_phrase_end(index + 1, source_end) != Some(source_end) {
            return None;
        }
        let ends_clause = source_end == sentence_end || matches!(self.word(source_end), "," | ";");
        // `doing better than in other polls`, `as in earlier surveys`: a
        // comparison with the polls, which are not the finding's source.
        if index > sentence_start && matches!(self.lower(index - 1), "than" | "as") {
            return None;
        }
        // `The AP said it left them out in its tally`: a verb of speech
        // before `in` reports the clause itself.
        let speech_before = (sentence_start..index).any(|at| {
            self.matcher.verb(at).is_some_and(|(verb, form)| {
                verb.quotes && verb.clause && matches!(form, VerbForm::Past | VerbForm::Present3)
            })
        });
        if speech_before {
            return None;
        }
        let (first, end) = if index == sentence_start {
            if source_end >= sentence_end || self.word(source_end) != "," {
                return None;
            }
            (source_end + 1, sentence_end)
        } else if ends_clause {
            (
                sentence_start,
                if self.word(index - 1) == "," { index - 1 } else { index },
            )
        } else {
            return None;
        };
        // A finding is a clause, with a verb (`Ms. Ruiz leads by nine
        // points`), not a noun phrase (`Ana Ruiz, the leader in national
        // polls`).
        let verb = (first..end).any(|at| {
            let word = self.lower(at);
            self.is_finite(at)
                || self.matcher.verb(at).is_some()
                || self.doc.tokens[at].class == TokenClass::Word
                    && !self.matcher.is_capitalized(at)
                    && (word.ends_with('s') || word.ends_with("ed"))
        });
        if !verb {
            return None;
        }
        let content = self.content_span(first, end)?;
        Some(Claim::without_verb(
            content,
            self.matcher.span(index + 1..source_end),
            self.matcher.span(index..index + 1),
            "in_evidence",
            0.6,
        ))
    }

    /// Where the phrase at `from` that names a poll or a count ends, if it
    /// is one: modifiers, the evidence noun (`the latest CNN/ORC poll`,
    /// `national polling averages`), and a tail that only says which
    /// (`released Sunday`, `published by NBC News`, `of recent national
    /// surveys`, `from Quinnipiac and Fox News`, `this month`). Not `in
    /// Florida to take advantage of … poll numbers`, `in polls over
    /// Clinton`, `in the polls nationally`: the poll must be what the phrase
    /// is, so the caller asks that it end where the clause does.
    fn evidence_phrase_end(&self, from: usize, limit: usize) -> Option<usize> {
        let joined = |at: usize| matches!(self.word(at), "/" | "-" | "." | "'" | "’");
        let modifier = |at: usize| {
            let token = self.doc.tokens[at];
            token.class == TokenClass::Number
                || token.class == TokenClass::Punct && joined(at)
                || token.class == TokenClass::Word
                    && (self.matcher.is_capitalized(at)
                        || self.matcher.is(at, WordClass::Determiner)
                        || !self.matcher.is(at, WordClass::Preposition)
                            && !self.matcher.is(at, WordClass::Subordinator)
                            && !self.matcher.is(at, WordClass::Relative)
                            && !self.matcher.is(at, WordClass::Complementizer)
                            && !self.matcher.is(at, WordClass::NotReporting)
                            && self.matcher.verb(at).is_none()
                            && !self.is_finite(at))
        };
        // Up to the evidence noun, modifiers only (`national and
        // battleground-state polls`, `the average of New Hampshire surveys`).
        let head = (from..limit).find(|&at| self.matcher.is(at, WordClass::Evidence))?;
        if !(from..head).all(|at| modifier(at) || matches!(self.lower(at), "and" | "of")) {
            return None;
        }
        // The noun and the nouns it modifies (`polling averages`).
        let mut end = head + 1;
        while end < limit
            && (self.matcher.is(end, WordClass::Evidence)
                || self.doc.tokens[end].class == TokenClass::Word
                    && !self.matcher.is_capitalized(end)
                    && modifier(end)
                    && !self.matcher.is_adverb(end)
                    && !self.matcher.is(end, WordClass::Calendar)
                    && self.lower(end).ends_with('s'))
        {
            end += 1;
        }
        loop {
            if end >= limit {
                return Some(end);
            }
            let word = self.lower(end);
            if self.matcher.is_participle(end) {
                // `released Sunday`, `conducted on Thursday`, `published by NBC News`
                let mut at = self.skip_adverbials(end + 1, limit);
                // (`released by the university`: any plain noun phrase.)
                if at + 1 < limit && self.lower(at) == "by" {
                    if let Some(name) = self.matcher.name_end(at + 1, limit) {
                        at = self.skip_adverbials(name, limit);
                    } else if (at + 1..limit).all(modifier) {
                        at = limit;
                    }
                }
                end = at;
            } else if self.relative_time(end, limit) || self.matcher.is(end, WordClass::Calendar) {
                end = self.skip_adverbials(end, limit);
            } else if word == "of"
                && let Some(next) = (end + 1..limit.min(end + 6)).find(|&at| self.matcher.is(at, WordClass::Evidence))
                && (end + 1..next).all(modifier)
            {
                // `the average of recent national surveys`
                end = next + 1;
            } else if word == "of"
                && end + 1 < limit
                && self.doc.tokens[end + 1].class == TokenClass::Number
                && (end + 2..limit).all(modifier)
            {
                end = limit; // `a poll of 800 likely voters`
            } else if matches!(word, "from" | "by" | "in")
                && let Some(mut name) = self.matcher.name_end(end + 1, limit)
            {
                // `from Quinnipiac and Fox News`, `in New Hampshire`
                while name + 1 < limit
                    && self.lower(name) == "and"
                    && let Some(next) = self.matcher.name_end(name + 1, limit)
                {
                    name = next;
                }
                end = name;
            } else {
                return Some(end);
            }
        }
    }

    /// `The race seemed close`, `he appeared to lose his temper`, `it seems
    /// like a comparable moment`: a verb of impression gives the writer's
    /// view of its whole clause, subject included, and names no speaker.
    /// Not `appeared on CNN`: what follows must be an infinitive, `like`,
    /// `as if`, `that` or a word describing the subject.
    fn impression(&self, index: usize, sentence_start: usize, paragraph: &Range<usize>) -> Option<Claim> {
        let sentence_end = self.sentence_end(index, paragraph);
        let mut at = index + 1;
        while at < sentence_end && self.matcher.is_adverb(at) {
            at += 1;
        }
        // `It appears, though, that …`
        if let Some(after_aside) = self.comma_aside_before_that(at, sentence_end) {
            at = after_aside;
        }
        if at + 1 >= sentence_end {
            return None;
        }
        let word = self.lower(at);
        let next = self.lower(at + 1);
        // `Obama seemed to recognize the significance …`: a verb of stance
        // after `to` reports its subject's stance, which that verb's own
        // claim gives.
        if word == "to"
            && self
                .matcher
                .verb(at + 1)
                .is_some_and(|(verb, form)| verb.reports && !verb.impression && form == VerbForm::Base)
        {
            return None;
        }
        let describes = match word {
            "to" => self.opens_infinitive(at) && self.doc.tokens[at + 1].class == TokenClass::Word,
            "like" | "that" => true,
            "as" => matches!(next, "if" | "though"),
            _ => {
                self.doc.tokens[at].class == TokenClass::Word
                    && !self.matcher.is_capitalized(at)
                    && !self.grammar.is_stopword(word)
                    && !self.matcher.is(at, WordClass::Preposition)
                    && !self.matcher.is(at, WordClass::Calendar)
                    && !self.matcher.is(at, WordClass::Locative)
            }
        };
        if !describes {
            return None;
        }
        let content = self.clause_around(index, sentence_start, sentence_end)?;
        Some(Claim {
            content,
            speaker: None,
            cue: self.doc.tokens[index].span,
            verb: self.matcher.tags().verb_index(index),
            recipient: None,
            rule: "impression",
            extent: Extent::AroundCue,
            confidence: 0.6,
        })
    }

    /// `told Reuters, however, that …`, `believes, for example, that …`,
    /// `say, with the benefit of hindsight, that …`: where an aside of a
    /// few words with no verb, between commas from `at`, is followed by
    /// `that` (or another complementizer), the complementizer's index.
    fn comma_aside_before_that(&self, at: usize, sentence_end: usize) -> Option<usize> {
        if at + 3 >= sentence_end || self.word(at) != "," {
            return None;
        }
        let closing = (at + 2..sentence_end.min(at + MAX_COMMA_ASIDE + 2)).find(|&index| self.word(index) == ",")?;
        (closing + 1 < sentence_end
            && self.matcher.is(closing + 1, WordClass::Complementizer)
            && (at + 1..closing).all(|index| {
                self.doc.tokens[index].class == TokenClass::Word
                    && !self.is_finite(index)
                    && (self.matcher.verb(index).is_none() || self.matcher.is_adverb(index))
            }))
        .then_some(closing + 1)
    }

    /// The clause around the word at `index`, its subject included, for a
    /// cue that names no speaker (`the race seemed close`, `the group is
    /// reportedly spending …`).
    fn clause_around(&self, index: usize, sentence_start: usize, sentence_end: usize) -> Option<Span> {
        // The subject: back to a comma or the sentence start, or further
        // where an aside stands between (`Oliver, who hosts a show, appeared`).
        let mut verb_start = index;
        while verb_start > sentence_start
            && (self.matcher.is(verb_start - 1, WordClass::Auxiliary) || self.matcher.is_adverb(verb_start - 1))
        {
            verb_start -= 1;
        }
        // (`They say that the plan seems doomed`: nor past `that` or a verb
        // of speech before the subject; the report is the outer claim.)
        // (`That lesson appears …`, `the powers that be`: `that` after no
        // verb is no complementizer.)
        let reports = |at: usize| {
            self.lower(at) == "that" && at > sentence_start && self.matcher.verb(at - 1).is_some()
                || self.matcher.verb(at).is_some_and(|(verb, form)| {
                    verb.quotes
                        && (matches!(form, VerbForm::Past | VerbForm::Present3)
                            || form == VerbForm::Base && self.matcher.is_plural_subject(at.saturating_sub(1)))
                })
        };
        let mut start = verb_start;
        let boundary =
            |at: usize| self.is_phrase_mark(at) || self.word(at) == "(" || at + 1 < verb_start && reports(at);
        while start > sentence_start && !boundary(start - 1) {
            start -= 1;
        }
        let reported = start > sentence_start && reports(start - 1);
        if let Some(subject) = self.matcher.subject_before(index, sentence_start)
            && !(reported && subject.start < start)
        {
            start = start.min(subject.start);
        }
        while start < verb_start
            && (matches!(self.lower(start), "and" | "but" | "or" | "so" | "yet" | "now")
                || self.matcher.is(start, WordClass::SentenceOpener))
        {
            start += 1;
        }
        if start >= verb_start || self.is_quote_mark(start) || self.inside_quote(start) {
            return None;
        }
        let end = self.clause_end(index + 1, sentence_end);
        self.content_span(start, end)
    }

    /// `The group is reportedly spending $1 million`: the writer relays a
    /// report and names no one; the whole clause is the claim.
    fn hearsay(&self, index: usize, paragraph: &Range<usize>) -> Option<Claim> {
        let sentence_start = self.sentence_start(index, paragraph);
        let sentence_end = self.sentence_end(index, paragraph);
        let content = self.clause_around(index, sentence_start, sentence_end)?;
        Some(Claim {
            content,
            speaker: None,
            cue: self.doc.tokens[index].span,
            verb: None,
            recipient: None,
            rule: "hearsay",
            extent: Extent::AroundCue,
            confidence: 0.6,
        })
    }

    /// A passive cue names no speaker: `she was asked whether …`, `Asked
    /// about the plan, he said …`, `when asked if …`, `it was revealed that
    /// …`, `he is expected to win`. What follows the cue (a clause after a
    /// complementizer, the object of `about`, an infinitive) is reported by
    /// someone the text does not name, or by the agent after `by`.
    /// What an aside opened by `as` at `as_index` and ending before
    /// `after` reports: the clause after it where it opens the sentence
    /// (`As the Times noted, the mayor …`, `However, as POLITICO has
    /// reported, …`), the sentence before it where it ends the sentence
    /// (`…, as the Times noted.`), or the sentence around it where words
    /// with no verb come before it (`The officials, as Lee reported, had
    /// …`).
    fn as_aside_content(
        &self,
        as_index: usize,
        after: usize,
        sentence_start: usize,
        sentence_end: usize,
    ) -> Option<(Span, Extent)> {
        let comma_after = after < sentence_end && self.word(after) == ",";
        let comma_before = as_index > sentence_start && self.word(as_index - 1) == ",";
        // (Only connectives before the aside, which opens the sentence as
        // it were.)
        let opens = as_index == sentence_start
            || comma_before
                && (sentence_start..as_index - 1).all(|at| {
                    self.word(at) == ","
                        || self.matcher.is_adverb(at)
                        || self.matcher.is(at, WordClass::Adverb)
                        || self.matcher.is_adverb_opener(at)
                        || self.matcher.is(at, WordClass::Conjunction)
                        || self.matcher.is(at, WordClass::SentenceOpener)
                });
        if opens && comma_after {
            self.content_span(after + 1, self.clause_end(after + 1, sentence_end))
                .map(|content| (content, Extent::Reported))
        } else if comma_before && after == sentence_end {
            self.content_span(sentence_start, as_index - 1)
                .map(|content| (content, Extent::Reported))
        } else if comma_before && comma_after && after + 1 < sentence_end && self.verbless(sentence_start, as_index - 1)
        {
            self.content_span(sentence_start, self.clause_end(after + 1, sentence_end))
                .map(|content| (content, Extent::AroundAttribution))
        } else {
            None
        }
    }

    /// `…, an account the captain's union rejected.`: after the comma at
    /// `comma`, `a` or `an` and a lower-case noun that sums up the claim
    /// before the comma, then a relative clause (`that` or `which` may open
    /// it) whose verb rebuts and has no object of its own: it ends the
    /// clause. The summing noun phrase's tokens, the relative clause's
    /// subject and its verb's index.
    fn rejected_summary(&self, comma: usize, sentence_end: usize) -> Option<(Range<usize>, Range<usize>, usize)> {
        let (determiner, noun) = (comma + 1, comma + 2);
        if noun >= sentence_end
            || self.word(comma) != ","
            || self.inside_quote(comma)
            || !matches!(self.word(determiner), "a" | "an")
            || self.doc.tokens[noun].class != TokenClass::Word
            || self.word(noun) != self.lower(noun)
        {
            return None;
        }
        let relative = noun + 1 < sentence_end && matches!(self.word(noun + 1), "that" | "which");
        let subject_start = noun + 1 + usize::from(relative);
        // The first verb after the subject's first word is the clause's.
        let limit = sentence_end.min(subject_start + MAX_SOURCE_WORDS + MAX_GOVERNOR + 1);
        let verb_at = (subject_start + 1..limit)
            .take_while(|&at| self.word(at) != "," && !self.inside_quote(at))
            .find(|&at| self.matcher.verb(at).is_some() || self.matcher.is(at, WordClass::Auxiliary))?;
        // (Adverbs and an auxiliary before it: `strongly denied`, `has
        // always denied`.)
        let verb_at =
            (verb_at..limit).find(|&at| !self.matcher.is_adverb(at) && !self.matcher.is(at, WordClass::Auxiliary))?;
        let (verb, form) = self.matcher.verb(verb_at)?;
        // (Or with what it calls it: `a finding the owners rejected as
        // ‘careless and wrong’`.)
        let ends = verb_at + 1 >= sentence_end || matches!(self.word(verb_at + 1), "," | ";" | "as");
        // (`a move that survived court challenges`: an -s form of a verb
        // that is more often a noun is the noun.)
        let noun_form = verb.noun && form == VerbForm::Present3;
        if !verb.rebuts || !matches!(form, VerbForm::Past | VerbForm::Present3) || noun_form || !ends {
            return None;
        }
        let mut subject_end = verb_at;
        while subject_end > subject_start
            && (self.matcher.is_adverb(subject_end - 1) || self.matcher.is(subject_end - 1, WordClass::Auxiliary))
        {
            subject_end -= 1;
        }
        (subject_end > subject_start && self.can_say(subject_end - 1)).then_some((
            determiner..noun + 1,
            subject_start..subject_end,
            verb_at,
        ))
    }

    /// [`Finder::rejected_summary`] whose verb is at `verb`, searched back
    /// from it for its comma within the sentence.
    fn rejected_summary_at(
        &self,
        verb: usize,
        sentence_start: usize,
        sentence_end: usize,
    ) -> Option<(Range<usize>, Range<usize>, usize)> {
        let earliest = sentence_start.max(verb.saturating_sub(MAX_SOURCE_WORDS + MAX_GOVERNOR + 4));
        let comma = (earliest..verb).rev().find(|&at| self.word(at) == ",")?;
        self.rejected_summary(comma, sentence_end)
            .filter(|&(_, _, verb_at)| verb_at == verb)
    }

    /// The claim of [`Finder::rejected_summary`] whose verb is at `index`:
    /// the summing noun phrase is what the relative clause's subject rebuts.
    fn rejected_summary_claim(&self, index: usize, sentence_start: usize, paragraph: &Range<usize>) -> Option<Claim> {
        let sentence_end = self.sentence_end(index, paragraph);
        let (summary, subject, _) = self.rejected_summary_at(index, sentence_start, sentence_end)?;
        Some(Claim {
            content: self.matcher.span(summary),
            speaker: Some(self.matcher.span(subject)),
            cue: self.doc.tokens[index].span,
            verb: self.matcher.tags().verb_index(index),
            recipient: None,
            rule: "rejected_summary",
            extent: Extent::Reported,
            confidence: 0.7,
        })
    }

    /// `…, a charge that Colorado Republican leaders strongly denied,
    /// noting …`: the participle at `participle` right after the verb of
    /// a [`Finder::rejected_summary`] and its comma is that clause's
    /// subject's.
    fn rejecting_subject(&self, sentence_start: usize, participle: usize) -> Option<Range<usize>> {
        let verb = participle
            .checked_sub(2)
            .filter(|&verb| verb > sentence_start && self.word(verb + 1) == ",")?;
        self.rejected_summary_at(verb, sentence_start, participle)
            .map(|(_, subject, _)| subject)
    }

    /// `As reported by Western Journalism, the mayor …`, `…, as first
    /// reported by the Post.`: a passive verb of speech after `as` (and
    /// adverbs) with its agent after `by` reports the clause that the aside
    /// attaches to, as `As the Post reported` does. (`first` is an adverb
    /// there: `as first reported by Politico`.)
    fn as_reported_by(&self, index: usize, sentence_start: usize, paragraph: &Range<usize>) -> Option<Claim> {
        let mut before = index;
        while before > sentence_start && (self.matcher.is_adverb(before - 1) || self.lower(before - 1) == "first") {
            before -= 1;
        }
        let sentence_end = self.sentence_end(index, paragraph);
        if before == sentence_start
            || self.lower(before - 1) != "as"
            || index + 2 >= sentence_end
            || self.lower(index + 1) != "by"
        {
            return None;
        }
        // (`as first reported by the Times on Tuesday`: a time may follow.)
        let agent_end = self
            .matcher
            .speaker_ends(index + 2, sentence_end)
            .into_iter()
            .find(|&end| {
                let after = self.skip_adverbials(end, sentence_end);
                after == sentence_end || self.word(after) == ","
            })?;
        let after = self.skip_adverbials(agent_end, sentence_end);
        let (content, extent) = self.as_aside_content(before - 1, after, sentence_start, sentence_end)?;
        Some(Claim {
            content,
            speaker: Some(self.matcher.span(index + 2..agent_end)),
            cue: self.doc.tokens[index].span,
            verb: self.matcher.tags().verb_index(index),
            recipient: None,
            rule: "as_cue",
            extent,
            confidence: 0.7,
        })
    }

    /// `Hale was challenged over …`, `Lee was declared the winner`, `is
    /// widely known for`: the subject of a verb in the passive (a past form
    /// right after a form of `be`, maybe with adverbs between) is acted on
    /// and says nothing, so a claim read at such a cue names no speaker,
    /// as [`Finder::passive`]'s do.
    fn unsay_passive(&self, index: usize, paragraph: &Range<usize>, mut claim: Claim) -> Claim {
        let cue = self.doc.tokens[index].span;
        if claim.cue != cue || claim.speaker.is_none() || claim.rule == "passive_cue" {
            return claim;
        }
        if !self.matcher.verb(index).is_some_and(|(_, form)| form == VerbForm::Past) {
            return claim;
        }
        if self.after_be(index, paragraph.start) {
            claim.speaker = None;
            claim.recipient = None;
            claim.rule = "passive_cue";
        }
        claim
    }

    /// Where the adverbs right before token `index` start (`was widely
    /// known`), no earlier than `lower`.
    fn adverbs_before(&self, index: usize, lower: usize) -> usize {
        let mut before = index;
        while before > lower && self.matcher.is_adverb(before - 1) {
            before -= 1;
        }
        before
    }

    /// Whether a form of `be` stands right before token `index`, past any
    /// adverbs, no earlier than `lower`: `was asked`, `is widely known`.
    fn after_be(&self, index: usize, lower: usize) -> bool {
        let before = self.adverbs_before(index, lower);
        before > lower && self.matcher.is(before - 1, WordClass::Progressive)
    }

    fn passive(&self, index: usize, sentence_start: usize, paragraph: &Range<usize>) -> Option<Claim> {
        let before = self.adverbs_before(index, sentence_start);
        // `was asked`, `has been asked`; or a participle opening a clause:
        // `Asked whether …,`, `when asked about …`, `…, asked about …`.
        let helped = self.after_be(index, sentence_start);
        let opens = before == sentence_start
            || matches!(
                self.lower(before - 1),
                "when" | "if" | "after" | "before" | "once" | "while"
            )
            || (self.word(before - 1) == "," && self.matcher.subject_before(index, sentence_start).is_none());
        if !helped && !opens {
            return None;
        }
        let sentence_end = self.sentence_end(index, paragraph);
        let mut at = index + 1;
        // `asked by reporters about …`: the agent is the speaker.
        let mut speaker = None;
        if at + 1 < sentence_end
            && self.lower(at) == "by"
            && let Some(&end) = self.matcher.speaker_ends(at + 1, sentence_end).first()
        {
            speaker = Some(self.matcher.span(at + 1..end));
            at = end;
        }
        at = self.skip_adverbials(at, sentence_end);
        if at + 1 >= sentence_end {
            return None;
        }
        let (verb, _) = self.matcher.verb(index)?;
        // `Asked on Fox News who leads the party`, `asked at the conference
        // about the merger`: a place or medium before the question.
        if self.matcher.is(at, WordClass::Preposition)
            && self.lower(at) != "about"
            && let Some(question) = (at + 1..sentence_end.min(at + 8))
                .take_while(|&index| self.doc.tokens[index].class != TokenClass::Punct)
                .find(|&index| {
                    self.matcher.is(index, WordClass::Complementizer)
                        || self.matcher.is(index, WordClass::Relative)
                        || self.lower(index) == "about"
                })
        {
            at = question;
        }
        let word = self.lower(at);
        let start = if self.matcher.is(at, WordClass::Complementizer) || self.matcher.is(at, WordClass::Relative) {
            // `that` opens the clause; `whether` and `why` are part of what was asked.
            if word == "that" { at + 1 } else { at }
        } else if word == "about" {
            at + 1
        } else if word == "to" && verb.infinitive {
            // `when asked to leave the stage`
            at
        } else {
            return None;
        };
        let end = self.clause_end(start, sentence_end);
        // A participle opening the sentence ends at its comma: `Asked about
        // the plan, he said …`.
        let end = if helped {
            end
        } else {
            (start..end).find(|&at| self.word(at) == ",").unwrap_or(end)
        };
        let content = self
            .content_span(start, end)
            .or_else(|| (word == "about").then(|| self.single_object(start, end))?)?;
        Some(Claim {
            content,
            speaker,
            cue: self.doc.tokens[index].span,
            verb: self.matcher.tags().verb_index(index),
            recipient: None,
            rule: "passive_cue",
            extent: Extent::Reported,
            confidence: 0.6,
        })
    }

    /// `Trump's criticism of the judge`, `her support for the bill`: a stance
    /// noun after a possessor reports the possessor's stance on the object of
    /// the preposition that follows.
    fn stance_noun(&self, index: usize, paragraph: &Range<usize>) -> Option<Claim> {
        if index + 1 < paragraph.end && self.lower(index + 1) == "that" {
            if self.matcher.is(index, WordClass::IntentionNoun) {
                return None;
            }
            return self.noun_clause(index, paragraph);
        }
        // `her long support for`, `its pointed attacks on`: up to two
        // modifiers may stand between the possessor and the noun.
        let mut possessor_end = index;
        while possessor_end > paragraph.start + 1
            && index - possessor_end < 2
            && self.doc.tokens[possessor_end - 1].class == TokenClass::Word
            && !self.matcher.is_capitalized(possessor_end - 1)
            && !self.grammar.is_stopword(self.lower(possessor_end - 1))
            && self.matcher.verb(possessor_end - 1).is_none()
            && !is_possessive(self.lower(possessor_end - 1))
        {
            possessor_end -= 1;
        }
        if possessor_end < index
            && !(is_possessive(self.lower(possessor_end - 1)) || self.matcher.is_possessive_pronoun(possessor_end - 1))
        {
            possessor_end = index;
        }
        let previous = self.lower(possessor_end - 1);
        let possessor_start = if is_possessive(previous) {
            let start = self.matcher.possessive_name_start(possessor_end, paragraph.start);
            if !self.matcher.is_capitalized(start) {
                return None;
            }
            start
        } else if self.matcher.is_possessive_pronoun(possessor_end - 1) {
            possessor_end - 1
        } else {
            return None;
        };
        let possessor = self
            .possessor_subject(possessor_start, possessor_end, paragraph)
            .unwrap_or(possessor_start..possessor_end);
        let sentence_end = self.sentence_end(index, paragraph);
        let at = index + 1;
        // `his remarks on Tuesday`: a time is no object of the stance.
        if at + 1 >= sentence_end
            || !(self.matcher.is(at, WordClass::TopicPreposition) || self.lower(at) == "to")
            || self.matcher.is(at + 1, WordClass::Calendar)
        {
            return None;
        }
        // The object ends where the sentence's own verb begins (`criticism of
        // the judge was unfair`).
        let clause_end = self.clause_end(at + 1, sentence_end);
        let end = (at + 2..clause_end)
            .find(|&index| self.is_finite(index))
            .unwrap_or(clause_end);
        if self.words_in(at + 1..end) == 0 || self.is_quote_mark(at + 1) {
            return None;
        }
        // `her decision to close the harbor`: an infinitive keeps its `to`;
        // `opposition to the plan` reports the plan.
        let infinitive = self.opens_infinitive(at) && self.doc.tokens[at + 1].class == TokenClass::Word;
        let first = if infinitive { at } else { at + 1 };
        Some(Claim::without_verb(
            self.matcher.span(first..end),
            self.matcher.span(possessor),
            self.doc.tokens[index].span,
            "stance_noun",
            0.6,
        ))
    }

    /// `He also laid out his plan for …`, `Sanders was pressing his attack
    /// that …`: a possessive pronoun (`start..end`) right after a verb (and
    /// its particle) stands for the verb's subject where that subject is a
    /// subject pronoun of the same gender and number, or, for `his` or
    /// `her` after a verb of speech, a name with no other name between. The
    /// subject is then the source's mention, as PolNeAR marks it.
    fn possessor_subject(&self, start: usize, end: usize, paragraph: &Range<usize>) -> Option<Range<usize>> {
        if end != start + 1 {
            return None;
        }
        let possessive = self.grammar.pronoun(self.lower(start))?;
        if possessive.first || possessive.thing {
            return None;
        }
        let sentence_start = self.sentence_start(start, paragraph);
        let mut verb = start.checked_sub(1).filter(|&verb| verb > sentence_start)?;
        if self.matcher.is(verb, WordClass::Particle) || self.matcher.is(verb, WordClass::TrailingParticle) {
            verb -= 1;
        }
        // (Not an infinitive's or a gerund's, whose subject may be anyone:
        // `Trump's unwillingness to affirm his support`, `told Tapper about
        // extending his support`.)
        if verb <= sentence_start
            || !(self.matcher.verb(verb).is_some() || self.matcher.is_verb_form(verb))
            || self.lower(verb - 1) == "to"
            || self.matcher.is(verb - 1, WordClass::Preposition)
        {
            return None;
        }
        let subject = self.matcher.subject_before(verb, sentence_start)?;
        if subject.len() == 1
            && let Some(pronoun) = self.grammar.pronoun(self.lower(subject.start))
        {
            return (pronoun.subject
                && !pronoun.first
                && pronoun.gender == possessive.gender
                && pronoun.number == possessive.number)
                .then_some(subject);
        }
        // (A name's gender is not known here: only a verb of speech, whose
        // object is the speaker's own stance, not `Sanders had ignored her
        // call`.)
        let named = possessive.number == crate::grammar::Number::Singular
            && self.matcher.verb(verb).is_some()
            && self.matcher.is_capitalized(subject.start)
            && !(subject.clone()).any(|at| matches!(self.lower(at), "and" | "or"))
            && !(subject.end..start).any(|at| self.matcher.is_capitalized(at));
        named.then_some(subject)
    }

    /// `his argument that the plan fails`, `the claim that the vote was
    /// rigged`: a stance noun before `that` and a clause reports the clause,
    /// for the possessor where there is one. `the claim that he made` is a
    /// relative clause, too short and missing a verb's object: no claim.
    fn noun_clause(&self, index: usize, paragraph: &Range<usize>) -> Option<Claim> {
        let previous = self.lower(index - 1);
        let possessor = if is_possessive(previous) && self.matcher.is_capitalized(index - 1) {
            Some(self.matcher.possessive_name_start(index, paragraph.start)..index)
        } else if self.matcher.is_possessive_pronoun(index - 1) {
            Some(
                self.possessor_subject(index - 1, index, paragraph)
                    .unwrap_or(index - 1..index),
            )
        } else if self.matcher.is(index - 1, WordClass::Determiner) {
            // `Ruiz made the suggestion that …`: after the verb flagged
            // `complement` (make), the stance is its subject's.
            let made = index >= paragraph.start + 2
                && self
                    .matcher
                    .tags()
                    .lexeme(index - 2)
                    .verb
                    .is_some_and(|(verb, _)| self.grammar.verbs[verb].complement);
            made.then(|| {
                self.matcher
                    .subject_before(index - 2, self.sentence_start(index, paragraph))
            })
            .flatten()
        } else if self.matcher.verb(index).is_none() && !self.matcher.is(index - 1, WordClass::Linking) {
            // `Despite complaints that …`, `numerous complaints that …`,
            // `Republican criticism that …`: no determiner, nobody's. (A
            // word that may be a verb, `warning that`, `fears that`, is
            // read as one.)
            None
        } else {
            return None;
        };
        let sentence_end = self.sentence_end(index, paragraph);
        let start = index + 2;
        let mut end = self.clause_end(start, sentence_end);
        // `Despite complaints that he is a crusader, Mr. Sanders has …`, `In
        // a statement that …, the firm apologised`: in a phrase that opens
        // the sentence, the clause ends at its comma.
        let sentence_start = self.sentence_start(index, paragraph);
        if sentence_start < index
            && (self.matcher.is(sentence_start, WordClass::SentenceOpener)
                || self.matcher.is(sentence_start, WordClass::Preposition))
            && (sentence_start + 1..index).all(|at| self.matcher.is(at, WordClass::Determiner))
            && let Some(comma) = (start..end).find(|&at| self.word(at) == "," && !self.inside_quote(at))
        {
            end = comma;
        }
        // `his argument that the plan would fail was rejected`: the clause
        // ends before a second verb, the sentence's own. (A participle
        // after an auxiliary, `had been treated`, is the clause's own.)
        let finite: Vec<usize> = (start..end)
            .filter(|&at| {
                self.is_finite(at)
                    && !self.inside_quote(at)
                    && !VERB_GROUP_BEFORE_PARTICIPLE.contains(&self.lower(at - 1))
            })
            .take(2)
            .collect();
        if let [first, second] = finite[..]
            && !(first + 1..second)
                .any(|at| matches!(self.lower(at), "and" | "or" | "but" | "," | "that" | "who" | "which"))
            && second > first + 1
        {
            end = second;
        }
        if self.words_in(start..end) < MIN_NOUN_CLAUSE_WORDS
            || !self.clause_follows(start, end)
            || self.is_quote_mark(start)
            || !self.opens_clause(start, Framing::Neutral, false)
        {
            return None;
        }
        Some(Claim {
            content: self.content_span(start, end)?,
            speaker: possessor.map(|possessor| self.matcher.span(possessor)),
            cue: self.doc.tokens[index].span,
            verb: None,
            recipient: None,
            rule: "stance_noun",
            extent: Extent::Reported,
            confidence: 0.6,
        })
    }

    /// `Lee is a fierce supporter of the plan`, `Lee, an early backer of
    /// Ruiz, …`, `Democratic supporters of Ruiz`: a noun of a stance's
    /// holder reports the object of its `of` for the subject of `be`, the
    /// name the noun stands beside, or the plural noun phrase itself.
    fn stance_agent(&self, index: usize, paragraph: &Range<usize>) -> Option<Claim> {
        let sentence_start = self.sentence_start(index, paragraph);
        let sentence_end = self.sentence_end(index, paragraph);
        let at = index + 2;
        if at >= sentence_end || self.lower(index + 1) != "of" || self.is_quote_mark(at) {
            return None;
        }
        // Back over the noun phrase's own words: `a fierce`, `the most
        // outspoken`, `Democratic`.
        let mut start = index;
        while start > sentence_start
            && index - start < MAX_AGENT_MODIFIERS
            && self.doc.tokens[start - 1].class == TokenClass::Word
            && self.matcher.verb(start - 1).is_none()
            && !self.matcher.is(start - 1, WordClass::Linking)
            && !self.matcher.is(start - 1, WordClass::Preposition)
            && self
                .grammar
                .pronoun(self.lower(start - 1))
                .is_none_or(|_| self.matcher.is(start - 1, WordClass::Determiner))
        {
            start -= 1;
        }
        let speaker = if start > sentence_start && self.word(start - 1) == "," {
            // `Lee, a supporter of Ruiz,`: the name before the comma.
            self.matcher.subject_before(start - 1, sentence_start)?
        } else if start > sentence_start && self.matcher.is(start - 1, WordClass::Linking) {
            self.matcher.subject_before(start - 1, sentence_start)?
        } else {
            return None;
        };
        let end = self.object_end(at, self.clause_end(at, sentence_end));
        let content = self.content_span(at, end).or_else(|| self.single_object(at, end))?;
        Some(Claim::without_verb(
            content,
            self.matcher.span(speaker),
            self.doc.tokens[index].span,
            "stance_agent",
            0.6,
        ))
    }

    /// `The mayor is critical of the plan`, `they were confident that it
    /// would pass`, `he was eager to run`: after a form of `be` (adverbs
    /// between allowed), a stance adjective reports what follows it for
    /// the subject of `be`.
    fn stance_adjective(&self, index: usize, paragraph: &Range<usize>) -> Option<Claim> {
        let sentence_start = self.sentence_start(index, paragraph);
        let mut be = index;
        while be > sentence_start
            && (self.matcher.is_adverb(be - 1)
                || matches!(
                    self.lower(be - 1),
                    "not" | "so" | "very" | "more" | "less" | "too" | "quite"
                ))
        {
            be -= 1;
        }
        if be == sentence_start || !self.matcher.is(be - 1, WordClass::Linking) {
            return None;
        }
        let sentence_end = self.sentence_end(index, paragraph);
        let mut at = index + 1;
        if at + 1 >= sentence_end {
            return None;
        }
        // `eager to run`, but not `critical to the town`.
        if self.lower(at) == "to" && !self.opens_infinitive(at) {
            return None;
        }
        let clause = self.matcher.is(at, WordClass::Complementizer);
        if clause
            || self.matcher.is(at, WordClass::TopicPreposition)
            || matches!(self.lower(at), "to" | "in" | "at" | "toward" | "towards" | "by")
        {
            if self.lower(at) != "to" {
                at += 1;
            }
        } else {
            return None;
        }
        let mut end = self.clause_end(at, sentence_end);
        if !clause && self.lower(at) != "to" {
            end = self.object_end(at, end);
        }
        let content = self.content_span(at, end).or_else(|| self.single_object(at, end))?;
        let subject = self.matcher.subject_before(be - 1, sentence_start)?;
        Some(Claim::without_verb(
            content,
            self.matcher.span(subject),
            self.matcher.span(be - 1..index + 1),
            "stance_adjective",
            0.6,
        ))
    }

    /// `Democrats trying to win the Senate say …`, `Almost half of
    /// respondents said …`, `Aides to the mayor say …`: the subject of a
    /// reporting clause where the speaker matcher knows no noun phrase of
    /// its shape. The words before the verb back to the sentence start or a
    /// comma, holding no verb of their own outside a relative clause; the
    /// mention ends where a relative clause or a participle begins.
    fn loose_subject(&self, verb: usize, sentence_start: usize, form: VerbForm) -> Option<Range<usize>> {
        let mut end = verb;
        while end > sentence_start
            && (self.matcher.is(end - 1, WordClass::Auxiliary) || self.matcher.is_adverb(end - 1))
        {
            end -= 1;
        }
        let mut start = end;
        while start > sentence_start && end - start <= MAX_LOOSE_SUBJECT {
            let previous = start - 1;
            // (`an old favorite - others say`: a hyphen with a space beside
            // it is a dash.)
            if self.doc.tokens[previous].class == TokenClass::Punct
                && !matches!(self.word(previous), "." | "%")
                && !self.matcher.is_joined_hyphen(previous)
            {
                break;
            }
            start = previous;
        }
        // `But many voters say`, `while old hands say`: a conjunction opens no subject.
        let opened = start;
        while start < end
            && (matches!(self.lower(start), "and" | "but" | "or" | "so" | "yet")
                || self.matcher.is(start, WordClass::SentenceOpener))
        {
            start += 1;
        }
        // (`hours before reports that …`: no subject ends in a word that
        // takes an object, nor in an adjective, `Mr. Trump's wide-ranging
        // comments …`, whose noun is the word read as the verb.)
        if start >= end
            || end - start > MAX_LOOSE_SUBJECT
            || self.matcher.is(end - 1, WordClass::Preposition)
            || self.matcher.is(end - 1, WordClass::Subordinator)
            || self.matcher.is_adjective(end - 1)
        {
            return None;
        }
        // The subject opens its sentence, or follows an opening phrase
        // with no verb of its own (`Despite the feuding, many experts say`).
        let opening = sentence_start..start.saturating_sub(1);
        // (`But organizers in Cleveland say`: a sentence opening with a
        // conjunction.)
        let after_conjunction = opened == sentence_start
            && start > opened
            && (opened..start).all(|index| self.matcher.is(index, WordClass::Conjunction));
        // (`Since June, when he asked them to run, 21,000 said`: an opening
        // phrase or clause that a preposition or a subordinator opens may
        // hold verbs of its own.)
        let fronted = self.matcher.is(sentence_start, WordClass::Subordinator)
            || self.matcher.is(sentence_start, WordClass::Preposition);
        if start > sentence_start
            && !after_conjunction
            && (self.word(start - 1) != ","
                || !fronted
                    && opening.clone().any(|index| {
                        // `On economic issues, …`: a plural noun after a
                        // preposition or an adjective, spelled like a verb.
                        let noun = index > sentence_start
                            && !self.matcher.is_capitalized(index - 1)
                            && self.grammar.pronoun(self.lower(index - 1)).is_none()
                            && self.doc.tokens[index - 1].class == TokenClass::Word;
                        // (`Of those polled, …`: a participle after a
                        // determiner is the head of its noun phrase.)
                        let head = index > sentence_start && self.matcher.is(index - 1, WordClass::Determiner);
                        !head && self.is_finite(index)
                            || self.matcher.verb(index).is_some_and(|(_, form)| {
                                form == VerbForm::Gerund
                                    || form == VerbForm::Past && !head
                                    || form == VerbForm::Present3 && !noun
                            })
                    }))
        {
            return None;
        }
        let first = self.lower(start);
        // `Sure, official data suggest`, `But early ratings data suggests`:
        // lower-case content words alone, a noun and its modifiers (the
        // first may read as an adverb).
        let content_word = |index: usize| {
            self.doc.tokens[index].class == TokenClass::Word
                && !self.matcher.is_capitalized(index)
                && !self.grammar.is_stopword(self.lower(index))
                && self.matcher.verb(index).is_none()
                && (index == start && end - start > 2 || !self.matcher.is_adverb(index))
                && !self.matcher.is(index, WordClass::Preposition)
        };
        // (`But organizers in Cleveland say`: a plural noun after the conjunction.)
        let opens_noun_phrase = self.matcher.is_capitalized(start)
            || self.matcher.is_plural_subject(start)
            || self.matcher.is(start, WordClass::Determiner)
            || self.matcher.is(start, WordClass::Quantifier)
            || self.doc.tokens[start].class == TokenClass::Number
            // (`On Monday, nearly 500 said`, `at least 21,000 said`: a
            // rough count.)
            || self.rough_count(start, end)
            || end - start >= 2 && (start..end).all(content_word);
        // `About two-thirds of attendees said`: a rough amount, no preposition.
        if !opens_noun_phrase
            || self.matcher.is(start, WordClass::Preposition)
                && !self.matcher.is(start, WordClass::Approximator)
                // `At least 21,000 said`
                && !(start + 1 < end && self.matcher.is(start + 1, WordClass::Approximator))
            || self.matcher.is(start, WordClass::Complementizer)
            || self.grammar.pronoun(first).is_some_and(|pronoun| !pronoun.subject)
                && !self.matcher.is(start, WordClass::Determiner)
        {
            return None;
        }
        // A verb of the subject's own, outside a relative clause, shows the
        // words are a clause, not a noun phrase.
        let mut mention_end = end;
        let mut relative = false;
        for index in start..end {
            let word = self.lower(index);
            if self.is_quote_mark(index) {
                return None;
            }
            if index > start && (self.matcher.is(index, WordClass::Relative) || word == "that") {
                relative = true;
                mention_end = mention_end.min(index);
                continue;
            }
            // (`Voters leaving the polls say`, but `national polling shows`:
            // the gerund right before the verb is the phrase's head.)
            let gerund =
                index > start && index + 1 < end && !self.matcher.is_capitalized(index) && crate::tag::ing_shaped(word);
            if gerund {
                mention_end = mention_end.min(index);
            }
            // `Trump made similarly bigoted charges that …`: a past form
            // right after a name is that name's verb, so the -s word after
            // it is a noun, and the name its holder.
            let after_name = index > start
                && self.matcher.is_capitalized(index - 1)
                && !self.matcher.is(index - 1, WordClass::Determiner)
                && !self.matcher.is(index - 1, WordClass::Quantifier)
                && !self.matcher.is_capitalized(index)
                && self.matcher.is_past_form(index);
            if after_name && !relative && form == VerbForm::Present3 {
                return Some(start..index);
            }
            let own_verb = self.matcher.is(index, WordClass::Finite)
                || self
                    .matcher
                    .verb(index)
                    .is_some_and(|(_, form)| matches!(form, VerbForm::Past | VerbForm::Present3))
                    && !self.matcher.is_capitalized(index);
            // `Those surveyed say`, `those polled`: a participle right after
            // a determiner is the head of its noun phrase.
            let head = index > start
                && self.matcher.is(index - 1, WordClass::Determiner)
                && !self.matcher.is(index, WordClass::Finite);
            if own_verb && !relative && !head {
                return None;
            }
        }
        let counted = (start..end).any(|index| self.doc.tokens[index].class == TokenClass::Number);
        if form == VerbForm::Base && !counted && !(start + 1..=end).any(|at| self.plural_subject(start..at)) {
            return None;
        }
        // The mention is the head: `Aides` of `Aides to the mayor`; but a
        // share keeps its whole (`half of respondents` of `Almost half of
        // respondents`, `nine out of 10`).
        let mut mention_start = start;
        while mention_start + 1 < mention_end && self.matcher.is(mention_start, WordClass::Approximator) {
            mention_start += 1;
        }
        let share = mention_start > start || counted;
        if !share
            && let Some(preposition) =
                (mention_start + 1..mention_end).find(|&index| self.matcher.is(index, WordClass::Preposition))
        {
            mention_end = preposition;
        }
        Some(mention_start..mention_end)
    }

    /// Whether the words from `start` to `end` open with a rough count:
    /// an approximator (`nearly`, `at least`) before a number, a
    /// quantifier or a fraction.
    fn rough_count(&self, start: usize, end: usize) -> bool {
        let count = if self.lower(start) == "at" && start + 1 < end {
            start + 1
        } else {
            start
        };
        self.matcher.is(count, WordClass::Approximator)
            && count + 1 < end
            && (self.doc.tokens[count + 1].class == TokenClass::Number
                || self.matcher.is(count + 1, WordClass::Quantifier)
                || self.matcher.is(count + 1, WordClass::Fraction))
    }

    /// Who is to speak in `… to VERB`, where `to` is at `to`: the object
    /// of a verb of control right before `to` (`led the chairwoman to
    /// announce`, `leaving many to wonder`), or the subject of the verb or
    /// adjective that governs `to` (`Trump is likely to argue`, `Trump
    /// continued to question`, `Clinton is trying to show`, `we don't want
    /// to see`). Only a phrase that names someone speaks: not `a conference
    /// call to defend`, `it's important to remember`.
    fn infinitive_subject(&self, to: usize, sentence_start: usize) -> Option<Range<usize>> {
        let names_someone = |subject: &Range<usize>| {
            let head = subject.end - 1;
            let word = self.lower(head);
            word != "it"
                && (self.matcher.is_capitalized(head)
                    || self.grammar.pronoun(word).is_some()
                    || self.matcher.tags().lexeme(head).person.is_some()
                    || self.matcher.is(head, WordClass::Quantifier)
                    || self.matcher.is(head, WordClass::Relative)
                    || self.matcher.is_plural_subject(head))
        };
        if let Some(mut subject) = self.matcher.subject_before(to, sentence_start) {
            // `prompted debate organizers to allow`: the verb is no part of its object.
            if subject.len() > 1 && self.matcher.is(subject.start, WordClass::Control) {
                subject.start += 1;
            }
            let object = subject.end == to;
            let controlled = subject.start > sentence_start && self.matcher.is(subject.start - 1, WordClass::Control);
            // `Trump is likely to`: only helpers between the subject and `to`;
            // not `went on Fox News Sunday to`.
            let helped =
                (subject.end..to).all(|at| self.matcher.is(at, WordClass::Auxiliary) || self.matcher.is_adverb(at));
            if !object && helped || controlled {
                return names_someone(&subject).then_some(subject);
            }
        }
        let mut governor = to;
        // `in order to`, `so as to`
        if governor >= sentence_start + 2 && matches!(self.lower(governor - 1), "order" | "as") {
            governor -= 2;
        }
        for _ in 0..MAX_GOVERNOR {
            if governor <= sentence_start + 1 {
                break;
            }
            governor -= 1;
            let verb = self.matcher.is(governor, WordClass::Control)
                || self.matcher.verb(governor).is_some()
                || self.matcher.is(governor, WordClass::IrregularPast);
            // `went on to endorse`: a particle of a phrasal verb.
            let between = self.matcher.is(governor, WordClass::Auxiliary)
                || self.matcher.is_adverb(governor)
                || self.matcher.is(governor, WordClass::TrailingParticle);
            if self.inside_quote(governor) || self.matcher.is_capitalized(governor) || !(verb || between) {
                break;
            }
            // `are more likely to say`: a degree word before the governor.
            let mut head = governor;
            while head > sentence_start + 1 && self.matcher.is(head - 1, WordClass::Approximator) {
                head -= 1;
            }
            if verb && let Some(subject) = self.matcher.subject_before(head, sentence_start) {
                return names_someone(&subject).then_some(subject);
            }
        }
        // `Carson went on ABC's This Week to defend …`, `appeared on Sunday
        // shows to tout …`: an infinitive of purpose after a whole clause
        // reports for the clause's subject. Not after a singular noun, which
        // it may complement (`a request to confirm`, `reason to believe`).
        let before = to - 1;
        // (`stood up to say`, `was here to say`, `went out of his way to
        // say`: a particle, a place adverb or the idiom's `way`.)
        // (Not `counted on to deliver`, `depended on to counter`.)
        let phrasal = self.matcher.is(before, WordClass::Particle)
            || matches!(self.lower(before), "up" | "here" | "there")
            || self.lower(before) == "way" && before > sentence_start && self.matcher.is_possessive_pronoun(before - 1);
        let purpose = self.matcher.is_capitalized(before)
            || self.matcher.is(before, WordClass::Calendar)
            || self.matcher.is(before, WordClass::TimeUnit)
            || self.matcher.is_plural_subject(before)
            || phrasal;
        if !purpose || self.inside_quote(before) {
            return None;
        }
        self.main_subject(sentence_start, to)
            .filter(|subject| names_someone(subject) && !self.matcher.is(subject.start, WordClass::Relative))
    }

    /// A subject that takes a base-form verb: `they`, `we`, `rights groups`,
    /// `Democrats`, `police`.
    fn plural_subject(&self, subject: Range<usize>) -> bool {
        // `others who want to ban it`, `groups that oppose it`: a relative
        // pronoun takes either number.
        let relative = subject.len() == 1
            && (self.matcher.is(subject.start, WordClass::Relative) || self.lower(subject.start) == "that");
        // `those surveyed say`: a plural determiner before a participle.
        let plural_determiner = matches!(self.lower(subject.start), "those" | "these");
        // `Ana Ruiz and Tom Lee say`: a coordination of names. (Not `his
        // home state`, `general counsel`: a noun after a lower-case word.)
        let coordinated = self.matcher.is_capitalized(subject.end - 1)
            && (subject.start + 1..subject.end.saturating_sub(1))
                .any(|index| self.lower(index) == "and" && self.matcher.is_capitalized(index + 1));
        // `64 percent call him competent`, `4 in 10 want …`: a share of
        // those asked takes the plural.
        let share = self.matcher.counts_respondents(subject.start);
        relative || plural_determiner || coordinated || share || self.matcher.has_plural_head(subject)
    }

    /// `protest organizers in Cleveland say`: a plural head before the
    /// subject's first preposition (after its first word).
    fn plural_head_before_preposition(&self, subject: Range<usize>) -> bool {
        (subject.start + 1..subject.end)
            .find(|&index| self.matcher.is(index, WordClass::Preposition))
            .is_some_and(|preposition| self.matcher.is_plural_subject(preposition - 1))
    }

    /// The words after a parenthetical attribution (`The goal, he said, is to
    /// forge a truce`). `None` when the sentence ends at the cue or goes on
    /// with a new clause (`…, he said, and …`, `…, he said, adding …`).
    fn parenthetical_rest(&self, cue: usize, sentence_end: usize) -> Option<Span> {
        let comma = self.skip_adverbials(cue + 1, sentence_end);
        if comma + 1 >= sentence_end || self.word(comma) != "," {
            return None;
        }
        let mut start = comma + 1;
        // `…, he said, because …`: a subordinate clause goes on with the
        // sentence; `and` or `which` open a clause of their own; so does a
        // summing up that someone rebuts (`…, the gallery said on
        // Thursday, a finding the owners rejected`).
        if self.matcher.is(start, WordClass::ClauseBreak) && !self.matcher.is(start, WordClass::Subordinator)
            || self.rejected_summary(comma, sentence_end).is_some()
            || self
                .matcher
                .verb(start)
                .is_some_and(|(_, form)| form == VerbForm::Gerund)
            || self.inside_quote(start)
        {
            return None;
        }
        if self.matcher.is(start, WordClass::Complementizer) {
            start += 1;
        }
        let end = self.clause_end(start, sentence_end);
        self.content_span(start, end)
    }

    /// The clauses a claim coordinates with `and that` in which no quote
    /// opens (`the sample had not been opened` of `the sample had not been
    /// opened and that the suspension was "unfair"`; `crews would be
    /// trained` of `the drive took "50 minutes" and that crews would be
    /// trained`), each a claim of its own; none when it coordinates none.
    fn unquoted_clauses(&self, claim: &Claim) -> Vec<Claim> {
        let Range { start, end } = self.tokens_of(claim.content);
        // (Each `and that` outside quotes, and where the clause before it ends.)
        let joints: Vec<(usize, usize)> = (start + 1..end.saturating_sub(1))
            .filter(|&at| {
                !self.is_quoted(at)
                    && self.lower(at) == "and"
                    && self.lower(at + 1) == "that"
                    && self.matcher.is(at + 1, WordClass::Complementizer)
            })
            .map(|and| (and, if self.word(and - 1) == "," { and - 1 } else { and }))
            .collect();
        if joints.is_empty() {
            return Vec::new();
        }
        let opens = std::iter::once(start).chain(joints.iter().map(|&(and, _)| and + 2));
        let closes = joints.iter().map(|&(_, before)| before).chain(std::iter::once(end));
        opens
            .zip(closes)
            .filter(|&(open, close)| !(open..close).any(|at| self.is_quoted(at)))
            .filter_map(|(open, close)| {
                Some(Claim {
                    content: self.content_span(open, close)?,
                    ..claim.clone()
                })
            })
            .collect()
    }

    /// Whether token `at` is a quote mark or inside quote marks.
    fn is_quoted(&self, at: usize) -> bool {
        self.is_quote_mark(at) || self.inside_quote(at)
    }

    /// The words of `content` before a comma that opens a subordinate or
    /// relative clause (`…, when …`, `…, who …`), when no quote opens
    /// before that comma and one opens after it, and the words before it
    /// hold a finite verb.
    fn before_quoted_subordinate(&self, content: Span) -> Option<Span> {
        let Range { start, end } = self.tokens_of(content);
        let comma = (start + 1..end.saturating_sub(1))
            .take_while(|&at| !self.is_quoted(at))
            .find(|&at| {
                self.word(at) == ","
                    && (self.matcher.is(at + 1, WordClass::Subordinator)
                        || self.matcher.is(at + 1, WordClass::Relative))
            })?;
        // (Not the subject of the clause a relative clause interrupts: `the
        // annual talks, which started …, remained ''…''`.)
        ((comma + 1..end).any(|at| self.is_quoted(at)) && !self.verbless(start, comma))
            .then(|| self.content_span(start, comma))
            .flatten()
    }

    /// The tokens of `span` (which starts and ends on token edges).
    fn tokens_of(&self, span: Span) -> Range<usize> {
        self.doc.token_at_or_after(span.start)..self.doc.token_at_or_after(span.end)
    }

    /// `with 30 percent of voters saying they …`: the noun phrase between
    /// `with` and the participle at `index` is the participle's subject.
    /// So is a poll's, or a share's, after another preposition: `in the
    /// wake of a new poll showing his standing down`. (`before_clause`: a
    /// subject pronoun follows the participle.)
    fn absolute_subject(&self, index: usize, sentence_start: usize, before_clause: bool) -> Option<Range<usize>> {
        let window = (sentence_start.max(index.saturating_sub(MAX_SPEAKER))..index)
            .rev()
            .take_while(|&at| self.doc.tokens[at].class != TokenClass::Punct || matches!(self.word(at), "%" | "-"));
        // (`about` in `with about three in 10` is the share's approximator.)
        let approximates =
            |at: usize| self.matcher.is(at, WordClass::Approximator) && self.matcher.counts_respondents(at + 1);
        for preposition in window.filter(|&at| self.matcher.is(at, WordClass::Preposition) && !approximates(at)) {
            let with = self.lower(preposition) == "with";
            if with && !before_clause {
                return None;
            }
            // (`with about three in 10 saying`: an approximator before a share.)
            let start = preposition + 1 + usize::from(self.matcher.is(preposition + 1, WordClass::Approximator));
            let subject = preposition + 1..index;
            if start < index
                && (with || self.matcher.is(index - 1, WordClass::Evidence) || self.matcher.counts_respondents(start))
                && self.matcher.speaker_ends(start, index).contains(&index)
            {
                return Some(subject);
            }
        }
        None
    }

    /// Whether `tokens` are phrases of where, when or to whom a document
    /// went out (`on Facebook on Monday`, `to Senate leaders`): opened by a
    /// preposition, of prepositions, articles, names, days, numbers and
    /// person words only, [`MAX_PLACE_PHRASE`] tokens at most.
    fn place_phrases(&self, tokens: Range<usize>) -> bool {
        tokens.len() <= MAX_PLACE_PHRASE
            && !tokens.is_empty()
            && self.matcher.is(tokens.start, WordClass::Preposition)
            && tokens.clone().all(|at| {
                self.matcher.is(at, WordClass::Preposition)
                    || self.matcher.is(at, WordClass::Determiner)
                    || self.matcher.is(at, WordClass::Calendar)
                    || self.matcher.is_capitalized(at)
                    || self.doc.tokens[at].class == TokenClass::Number
                    || self.matcher.tags().lexeme(at).person.is_some()
                    || self.word(at) == "."
            })
    }

    /// Whether `content` is a short noun phrase (six words at most) that a
    /// word of the `document` class ends: `a formal statement`; or opens,
    /// before a day or a place and a gerund that reports on its own (`a
    /// statement Tuesday saying …`, `a video on Facebook saying …`).
    fn is_document(&self, content: Span) -> bool {
        let mut tokens = self.tokens_of(content);
        if let Some(gerund) = tokens.clone().skip(1).find(|&at| {
            self.matcher
                .verb(at)
                .is_some_and(|(verb, form)| form == VerbForm::Gerund && verb.reports)
        }) {
            tokens.end = gerund;
            // (`a statement Tuesday saying …`.)
            while tokens.end > tokens.start + 1 && self.matcher.is(tokens.end - 1, WordClass::Calendar) {
                tokens.end -= 1;
            }
            // (`a video on Facebook on Monday saying …`: where and when it
            // was put out, after the document.)
            if let Some(preposition) = (tokens.start + 1..tokens.end)
                .find(|&at| self.matcher.is(at, WordClass::Preposition))
                .filter(|&preposition| self.place_phrases(preposition..tokens.end))
            {
                tokens.end = preposition;
            }
        }
        self.words_in(tokens.clone()) <= 6
            && tokens
                .rev()
                .find(|&at| self.doc.tokens[at].class == TokenClass::Word)
                .is_some_and(|last| self.matcher.is(last, WordClass::DocumentNoun))
    }

    /// Whether `content` opens with `not to be named` (`not to be
    /// identified`, of the `anonymity` class; `… because the talks had been
    /// private`): a source's request for anonymity and its reason.
    fn asks_anonymity(&self, content: Span) -> bool {
        let Range { start, end } = self.tokens_of(content);
        end >= start + 4
            && self.lower(start) == "not"
            && self.lower(start + 1) == "to"
            && self.lower(start + 2) == "be"
            && self.matcher.is(start + 3, WordClass::Anonymity)
    }

    /// Where `on condition of anonymity`, `on the record` or `on
    /// background` at `on` ends, if one stands there (before `end`).
    fn speaking_terms_end(&self, on: usize, end: usize) -> Option<usize> {
        if self.lower(on) != "on" {
            return None;
        }
        let noun = on + 1 + usize::from(on + 2 < end && self.lower(on + 1) == "the");
        if noun >= end || !self.matcher.is(noun, WordClass::SpeakingTerms) {
            return None;
        }
        // (`of anonymity`: what the condition is.)
        let of = noun + 2 < end && self.lower(noun + 1) == "of" && self.doc.tokens[noun + 2].class == TokenClass::Word;
        Some(if of { noun + 3 } else { noun + 1 })
    }

    /// Whether `subject`, right before a naming verb whose object is
    /// `content`, is a common noun phrase (`a firm`, `Salem resident`) and
    /// `content` a name (`Cambridge Analytica`). (Its article may be out of
    /// the subject: `a 52-year-old Salem, N.H., resident named Caroline`.)
    fn names_a_thing(&self, subject: Range<usize>, content: Span) -> bool {
        let head = subject.end - 1;
        let Range { start: first, end } = self.tokens_of(content);
        if self.doc.tokens[head].class != TokenClass::Word
            || self.grammar.pronoun(self.lower(head)).is_some()
            || first >= end
        {
            return false;
        }
        // `danced at a club called the boneless`: a noun inside a phrase of
        // a preposition is no verb's subject, whatever the name.
        let sentence_start = self.doc.sentence_start(head);
        let mut start = subject.start;
        if start > sentence_start && self.matcher.is(start - 1, WordClass::Determiner) {
            start -= 1;
        }
        if !self.matcher.is_capitalized(head)
            && start > sentence_start
            && self.matcher.is(start - 1, WordClass::Preposition)
        {
            return true;
        }
        // `Veterans for Peace`, `Friends of the Earth`: a name goes on past
        // `for` or `of` (and `the`) before another capitalized word.
        let Some(mut name_end) = self.matcher.name_end(first, end) else {
            return false;
        };
        while name_end + 1 < end && matches!(self.lower(name_end), "for" | "of") {
            let next = name_end + 1 + usize::from(self.lower(name_end + 1) == "the");
            match (next < end).then(|| self.matcher.name_end(next, end)).flatten() {
                Some(after) => name_end = after,
                None => break,
            }
        }
        // (`a worker named Ana Ruiz has …`, `a group called Our Principles,
        // led by …`: the name, then the sentence goes on.)
        let goes_on = self.is_finite(name_end) || self.matcher.is(name_end, WordClass::Auxiliary);
        if self.matcher.is_capitalized(head) {
            // `An anti-Trump super PAC called Our Principles is …`: a
            // capitalized noun after a determiner, only where the
            // sentence's own verb follows the name.
            return goes_on && (sentence_start..head).any(|at| self.matcher.is(at, WordClass::Determiner));
        }
        name_end == end
            || self.word(name_end) == ","
            || goes_on
            || self.matcher.is(name_end, WordClass::Locative) && self.lower(name_end) != "to"
    }

    /// Where a hearer that starts at `at` may end
    /// ([`Matcher::recipient_ends`]), longest first, and where two hearers
    /// joined by `and` end before an infinitive: `urged Sanders and Trump
    /// to release …`, `called on the mayor and the council to act`.
    fn urged_ends(&self, at: usize, sentence_end: usize) -> Ends {
        let mut ends = self.matcher.recipient_ends(at, sentence_end);
        if let Some(&longest) = ends.first()
            && longest + 2 < sentence_end
            && self.lower(longest) == "and"
            && let Some(&joined) = self
                .matcher
                .recipient_ends(longest + 1, sentence_end)
                .iter()
                .find(|&&end| end + 1 < sentence_end && self.opens_infinitive(end))
        {
            ends.insert(0, joined);
        }
        ends
    }

    /// `to` at `to` opening an infinitive (`to close the harbor`): the word
    /// after it is no name, determiner or pronoun (`to the town`, `to
    /// Ruiz`, `to them`). The caller knows a word follows.
    fn opens_infinitive(&self, to: usize) -> bool {
        self.lower(to) == "to"
            && !self.matcher.is_capitalized(to + 1)
            && !self.matcher.is(to + 1, WordClass::Determiner)
            && self.grammar.pronoun(self.lower(to + 1)).is_none()
    }

    /// `last week`, `this year`, `next month`, `last Thursday`: a time
    /// relative to now, starting at `at` (before `end`).
    fn relative_time(&self, at: usize, end: usize) -> bool {
        at + 1 < end
            && self.matcher.is(at, WordClass::RelativeTime)
            && (self.matcher.is(at + 1, WordClass::TimeUnit) || self.matcher.is(at + 1, WordClass::Calendar))
    }

    /// Whether the word at `at` bounds the number right after it (`about
    /// 41,000`, `roughly two`): the start of what was said.
    fn bounds_number(&self, at: usize, end: usize) -> bool {
        at + 1 < end
            && self.matcher.is(at, WordClass::Approximator)
            && (self.doc.tokens[at + 1].class == TokenClass::Number
                || self.grammar.figures.numbers.contains_key(self.lower(at + 1)))
    }

    /// Skips `on Tuesday`, `Saturday night`, `last week`, `in a statement`
    /// after a cue.
    fn skip_adverbials(&self, mut at: usize, end: usize) -> usize {
        loop {
            if at >= end || self.bounds_number(at, end) {
                return at;
            }
            let word = self.lower(at);
            // `Saturday night`, `Tuesday morning`: a day and its part.
            if self.matcher.is(at, WordClass::Calendar) && at + 1 < end && self.matcher.is(at + 1, WordClass::TimeUnit)
            {
                at += 2;
                continue;
            }
            if self.matcher.is(at, WordClass::Calendar)
                || self.matcher.is(at, WordClass::Particle)
                || self.matcher.is_adverb(at)
            {
                at += 1;
                continue;
            }
            if self.relative_time(at, end) {
                at += 2;
                continue;
            }
            if matches!(word, "on" | "in")
                && at + 1 < end
                && (self.matcher.is(at + 1, WordClass::Calendar)
                    || (at + 3 < end && self.lower(at + 1) == "a" && self.lower(at + 2) == "statement"))
            {
                let statement = self.lower(at + 1) == "a";
                at += if statement { 3 } else { 2 };
                // `in a statement released Tuesday`, `… provided to
                // POLITICO`: a participle that describes the statement, with
                // its hearer or agent (its time is skipped next).
                if statement
                    && at < end
                    && self.doc.tokens[at].class == TokenClass::Word
                    && !self.matcher.is_capitalized(at)
                    && (self.lower(at).ends_with("ed") || self.matcher.is(at, WordClass::IrregularPast))
                {
                    at += 1;
                    if at + 1 < end && matches!(self.lower(at), "to" | "by") {
                        // (`by the Trump campaign`: a name after its article.)
                        let name = at + 1 + usize::from(at + 2 < end && self.lower(at + 1) == "the");
                        if self.matcher.is_capitalized(name) {
                            at = self.matcher.name_end(name, end).unwrap_or(name + 1);
                            // (`the Trump campaign`: the name's noun.)
                            if at < end
                                && self.matcher.tags().lexeme(at).person.is_some()
                                && !self.matcher.is_capitalized(at)
                            {
                                at += 1;
                            }
                        }
                    }
                }
                continue;
            }
            // `in a telephone interview`, `during a news conference`, `in
            // an email`: the occasion or the document the words came in,
            // after up to two modifiers.
            if matches!(word, "in" | "during" | "at") && at + 2 < end && matches!(self.lower(at + 1), "a" | "an") {
                let noun = (at + 2..end.min(at + 5)).find(|&noun| {
                    self.doc.tokens[noun].class != TokenClass::Word
                        || self.matcher.is_capitalized(noun)
                        || self.grammar.is_stopword(self.lower(noun))
                        || self.matcher.is(noun, WordClass::Occasion)
                        || self.matcher.is(noun, WordClass::DocumentNoun)
                });
                // (Where the phrase ends there: not `at a rally ahead of …`,
                // `in an editorial piece for …`.)
                if let Some(noun) = noun
                    && (self.matcher.is(noun, WordClass::Occasion) || self.matcher.is(noun, WordClass::DocumentNoun))
                    && (noun + 1 == end
                        || matches!(self.word(noun + 1), "," | ";")
                        || self.matcher.is(noun + 1, WordClass::Complementizer)
                        || self.matcher.is(noun + 1, WordClass::Calendar)
                        || self.matcher.is_adverb(noun + 1))
                {
                    at = noun + 1;
                    continue;
                }
            }
            return at;
        }
    }

    /// Whether the word at `at` is a lower-case noun that a relative clause
    /// with no relative pronoun may follow (`a probe the agency said was
    /// ongoing`): no function word, verb, name or mark.
    fn ends_noun(&self, at: usize) -> bool {
        self.doc.tokens[at].class == TokenClass::Word
            && !self.matcher.is_capitalized(at)
            && !self.matcher.is(at, WordClass::Stopword)
            && !self.is_finite(at)
            && self.matcher.verb(at).is_none()
            && !self.matcher.is_adverb(at)
            && !self.inside_quote(at)
    }

    /// Whether the token at `at` is a currency sign written right before a
    /// number (`$1 trillion`, `€40 million`).
    fn is_currency_amount(&self, at: usize) -> bool {
        matches!(self.word(at), "$" | "€" | "£" | "¥")
            && at + 1 < self.doc.tokens.len()
            && self.doc.tokens[at + 1].class == TokenClass::Number
            && self.doc.tokens[at].span.end == self.doc.tokens[at + 1].span.start
    }

    /// Whether the words at `at` can open a reported clause with no `that`:
    /// a pronoun, a name, a determiner or a number, maybe of money
    /// (`insists her husband is innocent`, `asked for $1.9 billion`); after
    /// a denial verb, any noun phrase (`dismissed Kaken's account`); where
    /// the verb takes its `object` as the stance (`endorsed higher taxes`,
    /// `called for a ban`), any noun.
    fn opens_clause(&self, at: usize, framing: Framing, object: bool) -> bool {
        let token = self.doc.tokens[at];
        let word = self.lower(at);
        if token.class == TokenClass::Number {
            return true;
        }
        if token.class != TokenClass::Word {
            // `proposed $1 trillion in new spending`: an amount of money.
            return self.is_currency_amount(at);
        }
        if framing == Framing::Denial {
            return !self.matcher.verb(at).is_some_and(|(_, form)| form != VerbForm::Base);
        }
        // `boasts about them`, `endorsed her`: an object pronoun.
        if object
            && (is_object_pronoun(word)
                || self.matcher.is_reflexive(at)
                || matches!(word, "you" | "this" | "these" | "those"))
        {
            return true;
        }
        // `it's`, `he’s`, `they're`: the pronoun before the contraction.
        let bare = word.split(['\'', '’']).next().unwrap_or(word);
        // What the grammar lists of `bare`, in one look-up: the token's tag
        // where `bare` is the whole word, as it mostly is. The tag differs
        // from the look-up only for a capital abbreviation (`US`, `IT`,
        // tagged as no pronoun), which is capitalized: the test below is
        // true for it either way, and the rest is not asked.
        let lexeme = if bare.len() == word.len() {
            self.matcher.tags().lexeme(at)
        } else {
            self.grammar.lexeme(bare)
        };
        if lexeme.pronoun.is_some_and(|pronoun| pronoun.subject)
            || matches!(bare, "his" | "her" | "their" | "its" | "our" | "my" | "there" | "it")
            || lexeme.is(WordClass::Determiner)
            || bare == "no"
            // (`says that's what new media is`: a contracted `that is`.)
            || (bare.len() < word.len() && matches!(bare, "that" | "this" | "what" | "here" | "who"))
            || self.matcher.is_capitalized(at)
        {
            return true;
        }
        // `shows only a small gap`, `backed such a plan`: a focus adverb or
        // `such` before a noun phrase.
        if matches!(bare, "only" | "just" | "even" | "such") && at + 1 < self.doc.tokens.len() {
            return self.opens_clause(at + 1, framing, object);
        }
        // `reported at least six planes filled …`: `at least` and `at most`
        // count the noun phrase after them.
        if bare == "at" && at + 2 < self.doc.tokens.len() && matches!(self.lower(at + 1), "least" | "most") {
            return self.opens_clause(at + 2, framing, object);
        }
        // Any other noun may be the object (`endorsed higher taxes`) or open
        // the clause when a finite verb follows within a few words (`said
        // candidates are …`); never a preposition, an adverb or another verb.
        // A plural noun may be spelled like a verb (`said details … will be`),
        // and so may an object (`expressed support`, `proposed accepting`).
        let verb_form = lexeme.verb.map(|(_, form)| form);
        let noun = !lexeme.is(WordClass::Preposition)
            && !lexeme.is(WordClass::Complementizer)
            && !self.matcher.is_adverb(at)
            // (`said having Trump at the top puts …`: a gerund clause may
            // open with an auxiliary.)
            && (!lexeme.is(WordClass::Stopword) || self.modifier_opens(at) || matches!(bare, "having" | "being"))
            && (verb_form.is_none() || object || verb_form == Some(VerbForm::Present3));
        let quantifier = matches!(
            bare,
            "much" | "many" | "most" | "some" | "all" | "both" | "several" | "none" | "more"
        );
        (noun || quantifier)
            && (object || (at + 1..(at + 8).min(self.doc.tokens.len())).any(|index| self.is_finite(index)))
    }

    /// True when a function word that is no phrase boundary opens a clause
    /// whose finite verb follows within a few words and no punctuation:
    /// `said such techniques are inhumane`, `said down-ballot races can
    /// help`; but not `said when asked`, `said as he left`.
    fn modifier_opens(&self, at: usize) -> bool {
        let boundary = [
            WordClass::PhraseBoundary,
            WordClass::SentenceOpener,
            WordClass::ClauseBreak,
            WordClass::Finite,
            WordClass::Relative,
            WordClass::Complementizer,
            WordClass::Answer,
        ];
        if boundary.iter().any(|&class| self.matcher.is(at, class)) {
            return false;
        }
        // A gerund's phrase runs further than a modifier's: `said having
        // friends in his corner is …`. The dot of an abbreviation (`Mr.`)
        // neither ends the phrase nor counts as a word.
        let word = self.lower(at);
        let mut words = if crate::tag::ing_shaped(word) { 7 } else { 4 };
        for index in at + 1..self.doc.tokens.len() {
            if self.doc.tokens[index].class == TokenClass::Punct {
                let dot = self.word(index) == "." && self.grammar.is_abbreviation(self.word(index - 1));
                if dot || self.word(index) == "-" {
                    continue;
                }
                return false;
            }
            if self.is_finite(index) {
                return true;
            }
            words -= 1;
            if words == 0 {
                return false;
            }
        }
        false
    }

    /// True when the word at `index` shows a clause has begun: a listed
    /// finite verb (`is`, `will`), a contraction of one (`he's`, `they're`),
    /// or a past form (`reflected`, `said`).
    fn is_finite(&self, index: usize) -> bool {
        if let Some(known) = self.finite[index].get() {
            return known;
        }
        let finite = self.find_finite(index);
        self.finite[index].set(Some(finite));
        finite
    }

    /// [`Finder::is_finite`], worked out.
    fn find_finite(&self, index: usize) -> bool {
        // (`Charlie Rose`: inside a sentence, a capitalized past is a name.)
        if self.matcher.is(index, WordClass::Finite)
            || self.matcher.is(index, WordClass::IrregularPast)
                && (!self.matcher.is_capitalized(index) || self.doc.sentence_start(index) == index)
        {
            return true;
        }
        let word = self.lower(index);
        if let Some((bare, ending)) = rsplit_apostrophe(word) {
            // `the governor's record`: after a noun, `'s` is a possessive.
            return matches!(ending, "re" | "ve" | "ll" | "d" | "t")
                || ending == "s"
                    && (self.grammar.pronoun(bare).is_some()
                        || matches!(bare, "that" | "there" | "what" | "who" | "here" | "where" | "it"));
        }
        // (`Republican-backed laws`, `well-heeled donors`: an adjective.)
        self.doc.tokens[index].class == TokenClass::Word
            && !self.matcher.is_capitalized(index)
            && !crate::tag::after_joined_word(self.doc, index)
            && (self.matcher.verb(index).is_some_and(|(_, form)| form == VerbForm::Past)
                || (word.len() > 4
                    && word.ends_with("ed")
                    && (index + 1 >= self.doc.tokens.len() || self.lower(index + 1) != "by")))
    }

    /// True for a subject pronoun with a contracted form of `be`: `he's`,
    /// `they’re`, `I'm`.
    /// [`Matcher::sentence_subject`], as [`Finder::contracted_opening`]
    /// has it where the sentence opens with a contraction.
    fn sentence_subject(&self, start: usize, limit: usize) -> Option<Range<usize>> {
        self.contracted_opening(start, limit, || self.matcher.sentence_subject(start, limit))
    }

    /// The subject that `found` works out, unless the sentence from
    /// `start` opens with a pronoun whose verb is contracted: the pronoun
    /// is the subject alone (`He’s comparing the gun actions to … and says
    /// …` was `He’s comparing`), and `it`, `that` or `there` so contracted
    /// is no subject (`That's certainly not stopping him from blocking …`
    /// was `That's certainly`; `It’s a big if, but Sanders was in San
    /// Diego, emphasizing …` still finds Sanders).
    fn contracted_opening(
        &self,
        start: usize,
        limit: usize,
        found: impl FnOnce() -> Option<Range<usize>>,
    ) -> Option<Range<usize>> {
        let first = start + usize::from(start < limit && self.matcher.is(start, WordClass::Conjunction));
        // (Not a word of a quote that opens the sentence: `"It's a long
        // race," Rubio said, adding …`.)
        let word = self.lower(first);
        let bare = (first < limit && !self.inside_quote(first))
            .then(|| contracted(word))
            .flatten();
        match bare {
            Some(bare) if bare != "it" && self.is_contracted_subject(word) => Some(first..first + 1),
            Some("it" | "that" | "this" | "there" | "here" | "what" | "who") => {
                found().filter(|subject| subject.start != first)
            }
            _ => found(),
        }
    }

    fn is_contracted_subject(&self, word: &str) -> bool {
        contracted(word).is_some_and(|bare| self.grammar.pronoun(bare).is_some_and(|pronoun| pronoun.subject))
    }

    fn is_quote_mark(&self, index: usize) -> bool {
        // A word of one character, read without counting a long word's.
        let mut chars = self.word(index).chars();
        let (Some(mark), None) = (chars.next(), chars.next()) else {
            return false;
        };
        self.grammar
            .quote_marks
            .iter()
            .any(|pair| mark == pair.open || mark == pair.close)
    }

    /// Where reported content starting at `at` ends: at a comma that opens a
    /// new clause (`, and …`, `, which …`), a semicolon or a dash pair, or
    /// the sentence end.
    fn clause_end(&self, at: usize, sentence_end: usize) -> usize {
        // (Nothing left: `… reportedly` ending the text.)
        if at >= sentence_end {
            return at;
        }
        let opening_phrase =
            self.matcher.is(at, WordClass::Preposition) || self.matcher.is(at, WordClass::Subordinator);
        let mut index = at;
        while index + 1 < sentence_end {
            index += 1;
            let word = self.word(index);
            if self.inside_quote(index) {
                continue;
            }
            // (`said he was too busy: "I have a lot going on," …`: a colon
            // hands over to a quotation.)
            // (`shows why it matters: A recent poll showed that …`: so does
            // one before a new subject and its verb that reports, unless a
            // verb right before it announces what follows, `I'd write: …`.)
            if word == ";"
                || word == ":"
                    && index + 1 < sentence_end
                    && (self.is_quote_mark(index + 1) && self.inside_quote(index + 1)
                        || self.matcher.verb(index - 1).is_none()
                            && self.reporting_clause_opens(index + 1, sentence_end, Speech::Any))
            {
                return index;
            }
            // `Brooks had begun making calls - there are two …`: a spaced
            // dash, unless a second one closes an aside (`the efforts - which
            // include radio ads - will pay off`).
            // (Not an aside that opens with a quotation, which has a
            // speaker of its own: `was unserious - "Again, …," she said -`.)
            if self.matcher.is_spaced_dash(index) {
                if index + 1 < sentence_end && self.is_quote_mark(index + 1) && self.inside_quote(index + 1) {
                    return index;
                }
                match (index + 1..sentence_end).find(|&next| self.matcher.is_spaced_dash(next)) {
                    // (`if he ate a cheeseburger - an old favorite - others
                    // say …`: the aside closes before a new subject and its
                    // verb of speech, as a comma does below.)
                    Some(closing)
                        if !opening_phrase
                            && self.reporting_clause_opens(closing + 1, sentence_end, Speech::Quoting) =>
                    {
                        return closing;
                    }
                    Some(closing) => {
                        index = closing;
                        continue;
                    }
                    None => return index,
                }
            }
            // `believes there are no good options, but that …`: a second
            // complement clause goes on with the first.
            let second_complement = word == ","
                && index + 2 < sentence_end
                && self.matcher.is(index + 1, WordClass::Conjunction)
                && self.matcher.is(index + 2, WordClass::Complementizer);
            if second_complement {
                index += 2;
                continue;
            }
            // (`…, to which Lee replied …`: so does a preposition before
            // `which`.)
            let relative_after_preposition = || {
                index + 2 < sentence_end
                    && self.matcher.is(index + 1, WordClass::Preposition)
                    && matches!(self.lower(index + 2), "which" | "whom")
            };
            // `criticized Trump, Carson, and Fiorina`: the last item of a
            // list goes on with it.
            if word == "," && self.ends_list_item(at.max(index.saturating_sub(MAX_LIST_ITEM + 1)), index, sentence_end)
            {
                index += 1;
                continue;
            }
            // `said she hoped to get it back, and then would continue to
            // …`: a verb phrase with no subject of its own, joined by
            // `and`, goes on with the reported clause.
            let shared_subject = || {
                let next = self.past_adverbs(index + 2, sentence_end);
                self.lower(index + 1) == "and" && next < sentence_end && self.matcher.is(next, WordClass::Modal)
            };
            if word == ","
                && index + 1 < sentence_end
                && (self.matcher.is(index + 1, WordClass::ClauseBreak) || relative_after_preposition())
                && !shared_subject()
            {
                // `said the plan, despite its cost, is sound`: an aside
                // closed by a comma before the clause's own verb.
                let verb_after = |closing: usize| {
                    let next = self.past_adverbs(closing + 1, sentence_end);
                    next < sentence_end && self.is_finite(next)
                };
                let closing = if self.matcher.is(index + 1, WordClass::Relative) && self.verbless(at, index) {
                    // `said the annual talks, which started in a smaller
                    // form a decade ago, remained …`: a subject still waiting
                    // for its verb goes on past a longer relative clause.
                    // (Not past a pronoun's verb of speech of its own: `the
                    // delegate system, which he said runs the risk …`.)
                    (index + 2..sentence_end.min(index + MAX_SUBJECT_ASIDE))
                        .take_while(|&next| !(self.is_subject_pronoun(next - 1) && self.matcher.is_speech_verb(next)))
                        .find(|&next| self.word(next) == "," && !self.inside_quote(next) && verb_after(next))
                } else {
                    (index + 2..sentence_end.min(index + 10))
                        .find(|&next| self.word(next) == ",")
                        .filter(|&closing| closing + 1 < sentence_end && self.is_finite(closing + 1))
                };
                match closing {
                    Some(closing) => {
                        index = closing;
                        continue;
                    }
                    None => return index,
                }
            }
            // `might claim momentum but would be able to amass …`: a verb
            // phrase coordinated after a short object with no verb of its
            // own is the subject's, not what was said (a clause may hold a
            // verb the lexicon does not know: `that Mrs. Clinton remains
            // popular and would carry …`).
            if matches!(word, "and" | "but")
                && index + 1 < sentence_end
                // (An auxiliary or a modal: not `the heat and unsettled
                // weather could last`.)
                && self.matcher.is(index + 1, WordClass::Auxiliary)
                && self.is_finite(index + 1)
                && self.words_in(at..index) <= MAX_SHORT_OBJECT
                && !(at > 0 && self.matcher.is(at - 1, WordClass::Complementizer))
                && !(at..index).any(|inner| self.inside_quote(inner))
                && self.verbless(at, index)
            {
                return index;
            }
            // `He said the base was ready and said the rescue was a
            // priority`: a coordinated speech verb reports anew.
            if matches!(word, "and" | "but") && index + 1 < sentence_end {
                let next = self.past_adverbs(index + 1, sentence_end);
                if self.matcher.verb(next).is_some_and(|(verb, form)| {
                    verb.quotes && matches!(form, VerbForm::Past | VerbForm::Present3)
                        || verb.reports && form == VerbForm::Gerund
                }) {
                    return index;
                }
            }
            // `…, telling reporters that …`, `…, noting her comments`,
            // `…, referring to the council`: a participle of a reporting
            // verb after a comma (or a quotation that ends in one) reports
            // anew.
            let reporting_participle = |at: usize| {
                self.matcher
                    .verb(at)
                    .is_some_and(|(verb, form)| form == VerbForm::Gerund && verb.reports)
            };
            if word == "," && index + 1 < sentence_end && reporting_participle(index + 1) {
                return index;
            }
            if self.comma_quote_before(index, at) && reporting_participle(index) {
                return index;
            }
            // `said the plan would cut costs, drawing criticism`: any other
            // participle after a comma says what followed, in the writer's
            // words.
            if word == "," && index + 2 < sentence_end && self.is_participle_clause(index + 1) {
                return index;
            }
            // `said the captain had strayed, an account the union rejected`:
            // the summing up and the clause that rebuts it are the
            // rebutting side's claim.
            if word == "," && self.rejected_summary(index, sentence_end).is_some() {
                return index;
            }
            // `say they back Clinton, compared with 64 percent who …`: the
            // writer's comparison.
            if self.writers_comparison(index) {
                return index;
            }
            // `One says there are 2,400, another says there are 1,800`: a
            // new subject and its verb of speech, with what it reports. (Not
            // after an opening phrase of the content: `disclosed after the
            // rape, Clinton called her …`, `while …, he argued …`.)
            if word == "," && !opening_phrase && self.reporting_clause_opens(index + 1, sentence_end, Speech::Quoting) {
                return index;
            }
            // (Or after a quotation that ends in a comma: `told the paper
            // they had "been friends," he claimed they …`.)
            if !opening_phrase
                && self.comma_quote_before(index, at)
                && self.reporting_clause_opens(index, sentence_end, Speech::Quoting)
            {
                return index;
            }
            // `claimed responsibility but U.S. officials have said they …`:
            // so after a conjunction.
            // (Not `said both she and Lee promised …`, two subjects of one
            // verb: the content has none yet.)
            if matches!(word, "and" | "but" | "while" | "whereas")
                && !opening_phrase
                && self.reporting_clause_opens(index + 1, sentence_end, Speech::Quoting)
                && !(word == "and" && self.verbless(at, index))
            {
                return index;
            }
        }
        sentence_end
    }

    /// Whether the word at `index` can end the name of something that says
    /// things: a name, a person word, a document, a number or share, a
    /// plural (not of time: `years`).
    fn can_say(&self, index: usize) -> bool {
        let word = self.lower(index);
        self.matcher.is_capitalized(index)
            || self.matcher.tags().lexeme(index).person.is_some()
            || self.matcher.is(index, WordClass::DocumentNoun)
            || self.doc.tokens[index].class == TokenClass::Number
            || word == "%"
            || plural_shape(word) && !self.matcher.is(index, WordClass::TimeUnit)
    }

    /// Where a relative clause set off as an aside ends, for the verb at
    /// `verb` in it: at the closing dash or parenthesis (`Graham—who had
    /// endorsed Bush—said …`, `Duke (who endorses Trump) said …`), or, after
    /// a comma, at the comma before the main clause's own verb (`Cruz, who
    /// …, and who has been hoping to win Iowa, said …`). `None` where the
    /// verb is in no such aside, or the aside runs to the sentence's end.
    fn relative_aside_end(&self, verb: usize, sentence_start: usize, sentence_end: usize) -> Option<usize> {
        // The relative pronoun, with only words between it and the verb.
        let relative = (sentence_start.max(verb.saturating_sub(MAX_RELATIVE_GAP + 1))..verb)
            .rev()
            .take_while(|&at| self.doc.tokens[at].class == TokenClass::Word)
            .find(|&at| self.matcher.is(at, WordClass::Relative))?;
        let mut opener = relative.checked_sub(1).filter(|&at| at > sentence_start)?;
        if self.lower(opener) == "and" {
            opener = opener.checked_sub(1).filter(|&at| at > sentence_start)?;
        }
        let mut after = verb + 1..sentence_end;
        let opening = self.word(opener);
        if opening == "(" {
            after.find(|&at| self.word(at) == ")")
        } else if self.matcher.is_aside_dash(opener) {
            after.find(|&at| self.matcher.is_aside_dash(at))
        } else if opening == "," {
            // Only an aside after the sentence's subject waits for a verb
            // (not `blasted the system, which he said runs the risk of
            // leaving voters, especially his supporters, disenfranchised`);
            // and not before a modal or an auxiliary, which may go on with
            // what was said (`said the plan, if passed, would fail`).
            let closing = after.find(|&at| {
                // (The comma first: the cheapest test, and mostly false.)
                self.word(at) == "," && !self.inside_quote(at) && {
                    let next = self.past_adverbs(at + 1, sentence_end);
                    next < sentence_end
                        && self.is_finite(next)
                        && !self.matcher.is(next, WordClass::Modal)
                        && !self.matcher.is(next, WordClass::Auxiliary)
                }
            })?;
            let antecedent = self.matcher.antecedent(relative, sentence_start)?;
            (!(sentence_start..antecedent.start).any(|at| self.is_finite(at))).then_some(closing)
        } else {
            None
        }
    }

    /// The first token from `at` that is no adverb (`also`, `then`), or
    /// the last token before `end`.
    fn past_adverbs(&self, mut at: usize, end: usize) -> usize {
        while at + 1 < end && self.matcher.is_adverb(at) {
            at += 1;
        }
        at
    }

    /// Whether `who` at `at` opens a relative clause that runs to
    /// `sentence_end`: its verb after any auxiliaries and adverbs, and no
    /// finite verb after that but one coordinated with it or in a verb
    /// group (`who was briefed on the talks and declined to be named`; not
    /// `who elected him are angry`).
    fn relative_clause_ends_sentence(&self, at: usize, sentence_end: usize) -> bool {
        if at + 1 >= sentence_end || self.lower(at) != "who" {
            return false;
        }
        let mut verb = at + 1;
        while verb + 1 < sentence_end && (self.matcher.is(verb, WordClass::Auxiliary) || self.matcher.is_adverb(verb)) {
            verb += 1;
        }
        (verb + 1..sentence_end).all(|index| {
            !self.is_finite(index) || {
                let before = self.adverbs_before(index, verb + 1) - 1;
                // (`declined to be named`: a participle in a verb group.)
                matches!(
                    self.lower(before),
                    "and" | "or" | "but" | "to" | "be" | "been" | "being"
                ) || self.matcher.is(before, WordClass::Auxiliary)
            }
        })
    }

    /// Whether the content's words `at..end` have no finite verb: a
    /// subject still waiting for its verb (`the annual talks`).
    fn verbless(&self, at: usize, end: usize) -> bool {
        // (`the reported suicide bomber`: a past form after a determiner is
        // an adjective.)
        let adjective = |index: usize| {
            index > at
                && self.matcher.is(index - 1, WordClass::Determiner)
                && !self.matcher.is(index, WordClass::Finite)
        };
        (at..end).all(|index| self.inside_quote(index) || !self.is_finite(index) || adjective(index))
    }

    /// Whether the comma at `comma` ends an item of a list whose last item
    /// follows (`Trump, Carson, and Fiorina`): the words since the comma
    /// before it (after `from`), and those after `and` or `or` up to the
    /// next mark, are a few words, none a finite verb.
    fn ends_list_item(&self, from: usize, comma: usize, sentence_end: usize) -> bool {
        if comma + 2 >= sentence_end || !matches!(self.lower(comma + 1), "and" | "or") {
            return false;
        }
        let plain = |index: usize| {
            matches!(self.doc.tokens[index].class, TokenClass::Word | TokenClass::Number)
                && !self.inside_quote(index)
                && !self.is_finite(index)
                && self.matcher.verb(index).is_none_or(|(verb, _)| !verb.reports)
        };
        let Some(previous) = (from..comma).rev().find(|&index| self.word(index) == ",") else {
            return false;
        };
        let item = previous + 1..comma;
        let last_start = comma + 2;
        let last_end = (last_start..sentence_end.min(last_start + MAX_LIST_ITEM + 1))
            .find(|&index| self.doc.tokens[index].class == TokenClass::Punct)
            .unwrap_or(sentence_end);
        !item.is_empty()
            && item.clone().all(plain)
            && last_end > last_start
            && last_end - last_start <= MAX_LIST_ITEM
            && (last_start..last_end).all(plain)
    }

    /// Whether the -s or base form at `index` of a verb that is mostly a
    /// noun (`attacks`, `states`, `state`) is a verb: after a subject or relative pronoun
    /// (`she attacks`, `an ad that attacks`), or after a common noun not
    /// governed by a preposition and before a clause or the end of an
    /// attribution (`the document states that courts …`, `…," the ad
    /// states.`). After a name it is taken for a noun (`the Paris attacks`).
    fn plainly_a_verb(&self, index: usize, sentence_start: usize, end: usize) -> bool {
        if index == sentence_start {
            return false;
        }
        let before = index - 1;
        let lexeme = self.matcher.tags().lexeme(before);
        if lexeme.pronoun.is_some_and(|pronoun| pronoun.subject)
            || self.matcher.is(before, WordClass::Relative)
            || self.lower(before) == "that"
        {
            return true;
        }
        if self.doc.tokens[before].class != TokenClass::Word
            || self.matcher.is_capitalized(before)
            || before > sentence_start && self.matcher.is(before - 1, WordClass::Preposition)
        {
            return false;
        }
        let next = index + 1;
        next >= end
            || matches!(self.word(next), "," | "." | ";")
            || self.is_quote_mark(next)
            || self.lower(next) == "that"
                && next + 1 < end
                && !self.is_finite(next + 1)
                && !self.matcher.is(next + 1, WordClass::Auxiliary)
    }

    /// Whether a reporting clause opens at `at`: a subject of a few words,
    /// a finite verb of speech that reports (not `he continued to …`; of
    /// the kind `speech` says) and
    /// a word of what it reports (not `the
    /// plan, officials say, is dead`, an aside).
    fn reporting_clause_opens(&self, at: usize, sentence_end: usize, speech: Speech) -> bool {
        (at + 1..sentence_end.min(at + 5)).any(|verb| {
            let Some((cue, form)) = self.matcher.verb(verb) else {
                return false;
            };
            // (`another says`: a quantifier alone.)
            let quantifier = verb == at + 1 && self.matcher.is(at, WordClass::Quantifier);
            verb + 1 < sentence_end
                && self.doc.tokens[verb + 1].class != TokenClass::Punct
                && (cue.quotes || speech == Speech::Any)
                && cue.reports
                // (`the first two states to vote`: a plural noun.)
                && !(verb - 1 > at && self.matcher.is(verb - 1, WordClass::Quantifier))
                && self.doc.tokens[verb - 1].class != TokenClass::Number
                // (`the obliteration — a word … — Johnson spoke of was
                // changing …`: a relative clause's stranded preposition.)
                && !(self.matcher.is(verb + 1, WordClass::Preposition)
                    && verb + 2 < sentence_end
                    && self.is_finite(verb + 2))
                && match form {
                    VerbForm::Past | VerbForm::Present3 => {
                        quantifier
                            || self.matcher.subject_before(verb, at).is_some_and(|subject| {
                                // (`officials have said`: past its auxiliaries.)
                                subject.start == at
                                    && (subject.end..verb).all(|between| {
                                        self.matcher.is(between, WordClass::Auxiliary)
                                            || self.matcher.is_adverb(between)
                                    })
                            })
                    }
                    // (`experts say`, `others say`: a plural's plain form,
                    // right after its subject, not `a reference point for`;
                    // not after an auxiliary, `he
                    // would advise`, which may be the reported clause's own,
                    // nor before a finite verb.)
                    VerbForm::Base => {
                        !self.matcher.is(verb - 1, WordClass::Modal)
                            && !self.matcher.is(verb - 1, WordClass::Auxiliary)
                            // (`his rubble comment was …`: a noun before its verb.)
                            && !self.is_finite(verb + 1)
                            && (quantifier
                                || self
                                    .matcher
                                    .subject_before(verb, at)
                                    .is_some_and(|subject| {
                                        subject.start == at
                                            && subject.end == verb
                                            && self.matcher.has_plural_head(subject)
                                    }))
                    }
                    VerbForm::Gerund => false,
                }
        })
    }

    /// What a sentence-opening participle reports (`content`, running on
    /// into the main clause), cut at the comma after which the main
    /// clause's subject stands, and that subject.
    fn opening_participle_split(&self, content: Span, sentence_end: usize) -> Option<(Span, Range<usize>)> {
        let Range { start: from, end: to } = self.tokens_of(content);
        // (`after announcing his support for Trump, Rubio …`: an object that
        // ends at the comma.)
        let (comma, subject) = (from..(to + 1).min(sentence_end))
            .filter(|&at| self.word(at) == "," && !self.inside_quote(at))
            .find_map(|comma| {
                let subject = self.main_subject(comma + 1, sentence_end)?;
                (subject.start == comma + 1).then_some((comma, subject))
            })?;
        Some((self.content_span(from, comma)?, subject))
    }

    /// `…, compared with 64 percent who …` at the comma `at`: the writer's
    /// comparison, which reports nothing and ends what came before it.
    fn writers_comparison(&self, at: usize) -> bool {
        at + 2 < self.doc.tokens.len()
            && self.word(at) == ","
            && self.lower(at + 1) == "compared"
            && matches!(self.lower(at + 2), "with" | "to")
    }

    /// A lower-case `-ing` word at `at` that opens a participle clause
    /// (`drawing criticism`, `surpassing the record`): not a preposition
    /// (`including`, `during`), a function word (`nothing`) or an adjective
    /// in a list (`kind, loving, and generous`). The caller knows a word
    /// follows.
    fn is_participle_clause(&self, at: usize) -> bool {
        let word = self.lower(at);
        word.len() > 5
            && word.ends_with("ing")
            && !self.matcher.is_capitalized(at)
            && !self.matcher.is(at, WordClass::Preposition)
            && !self.grammar.is_stopword(word)
            && self.doc.tokens[at + 1].class == TokenClass::Word
            && !self.matcher.is(at + 1, WordClass::Conjunction)
    }

    /// The content from token `start` to token `end` (exclusive), if it has
    /// at least two words.
    fn content_span(&self, start: usize, end: usize) -> Option<Span> {
        if end <= start + 1 || self.is_quote_mark(start) {
            // Nothing reported, or a quotation: the quote is the claim.
            return None;
        }
        // (`… away from the U.S.` ending its sentence: the initialism keeps
        // its dot.)
        let end = if end < self.doc.tokens.len()
            && self.word(end) == "."
            && self.doc.tokens[end - 1].span.end == self.doc.tokens[end].span.start
            && self.doc.tokens[end - 1].class == TokenClass::Word
            && self.word(end - 1).contains('.')
        {
            end + 1
        } else {
            end
        };
        (self.words_in(start..end) >= 2).then(|| self.matcher.span(start..end))
    }

    /// The number of tokens in `range` that are not punctuation.
    fn words_in(&self, range: Range<usize>) -> usize {
        range
            .filter(|&index| self.doc.tokens[index].class != TokenClass::Punct)
            .count()
    }
}

#[cfg(test)]
mod tests;
