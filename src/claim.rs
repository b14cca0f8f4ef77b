//! Claims: reported speech without quote marks, as `indirect` quotes.
//!
//! `X said (that) …`, `X told Y (that) …`, `X insists …`, `X dismissed Y's
//! account`, `…, rights groups say.`, `according to X, …`. The span of a
//! claim is the reported content; its speaker is found as for quotes (the
//! subject of the cue) and resolved by [`crate::speaker`].

use std::ops::Range;

use crate::attribute::{Matcher, is_possessive};
use crate::grammar::{Framing, Grammar, Verb, VerbForm, WordClass};
use crate::quote::QuoteSpan;
use crate::segment::{Document, TokenClass};
use crate::span::Span;
use crate::tag::Tags;

/// Most tokens a reported clause may run.
const MAX_CONTENT: usize = 80;
/// How far back a claim's sentence may start.
const MAX_SENTENCE: usize = 60;

/// One piece of reported speech.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// The reported content.
    pub content: Span,
    /// The speaker as written.
    pub speaker: Span,
    /// The cue as written.
    pub cue: Span,
    /// Index of the cue's verb in `Grammar::verbs`, where the cue is a verb.
    pub verb: Option<usize>,
    /// The recipient as written.
    pub recipient: Option<Span>,
    /// The rule that found it.
    pub rule: &'static str,
    /// Confidence in [0, 1].
    pub confidence: f32,
}

/// Finds the claims of a document, in text order.
pub fn find_claims(doc: &Document, tags: &Tags, quotes: &[QuoteSpan]) -> Vec<Claim> {
    let finder = Finder {
        doc,
        grammar: tags.grammar(),
        matcher: Matcher::new(doc, tags),
        quotes,
    };
    let mut claims = Vec::new();
    let mut quote_cursor = 0;
    for range in &doc.paragraph_tokens {
        for index in range.clone() {
            let start = doc.tokens[index].span.start;
            while quote_cursor < quotes.len() && quotes[quote_cursor].close.end <= start {
                quote_cursor += 1;
            }
            if quotes.get(quote_cursor).is_some_and(|quote| quote.open.start <= start) {
                continue; // inside a quote: the quote's own words
            }
            if let Some(claim) = finder.claim_at(index, range.clone()) {
                claims.push(claim);
            }
        }
    }
    // A claim that is mostly a quotation is the quotation's: the quote
    // carries it (`Cruz said the people "have been suffering …"`).
    claims.retain(|claim| {
        quoted_share(claim.content, quotes) < MAX_QUOTED_SHARE && !holds_quotation(doc.text, claim.content, quotes)
    });
    claims.extend(finder.headline_claim());
    // A claim never holds its own cue or speaker, and claims do not overlap:
    // where two would, the earlier one stands.
    claims.retain(|claim| {
        !claim.content.overlaps(claim.cue)
            && !claim.content.overlaps(claim.speaker)
            && !crosses_quote(claim.content, quotes)
    });
    claims.sort_by_key(|claim| claim.content.start);
    let mut kept: Vec<Claim> = Vec::with_capacity(claims.len());
    for claim in claims {
        if kept.last().is_none_or(|last| !last.content.overlaps(claim.content)) {
            kept.push(claim);
        }
    }
    kept
}

/// Above this share of quoted words, reported content is left to its quote.
const MAX_QUOTED_SHARE: f32 = 0.6;

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
    inside(content.start) || (content.end > 0 && inside(content.end - 1))
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
    matcher: Matcher<'d, 't>,
    quotes: &'d [QuoteSpan],
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
        let mut start = index;
        while start > lowest && !self.doc.ends_sentence(start - 1) {
            start -= 1;
        }
        start
    }

    /// The token index one past the sentence holding `index` (its final
    /// punctuation excluded), stopping at [`MAX_CONTENT`] tokens.
    fn sentence_end(&self, index: usize, paragraph: &Range<usize>) -> usize {
        let highest = paragraph.end.min(index + MAX_CONTENT);
        let mut end = index;
        while end < highest {
            if self.doc.ends_sentence(end) && !self.inside_quote(end) {
                break;
            }
            end += 1;
        }
        end
    }

    /// True when a quote closes right before token `index`: `"…," said X`
    /// attributes the quote, not reported speech.
    fn quote_ends_at(&self, index: usize) -> bool {
        let start = self.doc.tokens[index].span.start;
        let before = self.doc.text[..start].trim_end();
        let position = self.quotes.partition_point(|quote| quote.close.end < before.len());
        self.quotes
            .get(position)
            .is_some_and(|quote| quote.close.end == before.len())
    }

    fn inside_quote(&self, index: usize) -> bool {
        let start = self.doc.tokens[index].span.start;
        let position = self.quotes.partition_point(|quote| quote.close.end <= start);
        self.quotes.get(position).is_some_and(|quote| quote.open.start <= start)
    }

    /// A claim whose cue is the token at `index`, if there is one.
    fn claim_at(&self, index: usize, paragraph: Range<usize>) -> Option<Claim> {
        let lower = self.lower(index);
        if lower == "according" && index + 1 < paragraph.end && self.lower(index + 1) == "to" {
            return self.according_to(index, &paragraph);
        }
        let (verb, form) = self.matcher.verb(index)?;
        if !verb.reports {
            return None;
        }
        let token = self.doc.tokens[index];
        let sentence_start = self.sentence_start(index, &paragraph);
        let previous = (index > sentence_start).then(|| self.lower(index - 1));
        // `rights groups say`: a plural subject takes the base form; after
        // `to`, a modal or a negation it reports nothing (`did not say`).
        if form == VerbForm::Base && (previous.is_none() || self.matcher.is(index - 1, WordClass::NotReporting)) {
            return None;
        }
        // Nouns are not cues: `Trump's comments`, `the reports`, `United States`.
        if self.matcher.is_capitalized(index)
            || previous.is_some_and(|word| self.matcher.is(index - 1, WordClass::Determiner) || is_possessive(word))
        {
            return None;
        }
        let verb_index = self.matcher.tags().verb_index(index);
        // `"…," said Mr. Lee`: the cue of a quotation reports nothing more.
        let after_quote = index > sentence_start
            && (self.quote_ends_at(index - 1)
                || (self.word(index - 1) == "," && index - 1 > sentence_start && self.quote_ends_at(index - 2)));
        if after_quote {
            return None;
        }
        // Inverted trailing attribution: `…, said Robert Egge, a director.`
        if previous == Some(",")
            && verb.quotes
            && matches!(form, VerbForm::Past | VerbForm::Present3)
            && index > sentence_start + 2
            && self.matcher.subject_before(index, sentence_start).is_none()
            && !self.quote_ends_at(index - 1)
        {
            let sentence_end = self.sentence_end(index, &paragraph);
            if let Some(&speaker_end) = self.matcher.speaker_ends(index + 1, sentence_end).first() {
                let content = self.content_span(sentence_start, index - 1)?;
                return Some(Claim {
                    content,
                    speaker: self.matcher.span(index + 1..speaker_end),
                    cue: token.span,
                    verb: verb_index,
                    recipient: None,
                    rule: "trailing_cue",
                    confidence: 0.7,
                });
            }
        }
        // `began boasting that`: the gerund is the cue, the subject is before `began`.
        let mut subject_verb = index;
        // `…, saying the camps were voluntary`: a participle after a comma
        // reports for the subject of the sentence.
        let participle = form == VerbForm::Gerund && previous == Some(",");
        if form == VerbForm::Gerund && !participle {
            let helper = previous?;
            let starts = matches!(
                helper,
                "began" | "begun" | "started" | "continued" | "kept" | "is" | "was" | "are" | "were"
            );
            if !starts {
                return None;
            }
            subject_verb = index - 1;
        }
        let sentence_end = self.sentence_end(index, &paragraph);
        // Trailing attribution: `…, rights groups say.`, `…, he said Wednesday.`
        let closes = index + 1 == sentence_end || {
            self.lower(index + 1) == ","
                || self.matcher.is(index + 1, WordClass::Preposition)
                || self.matcher.is(index + 1, WordClass::Calendar)
        };
        let may_trail = closes && verb.quotes && form != VerbForm::Gerund;
        // What the cue reports does not depend on its subject: with nothing
        // reported and no trailing attribution, no need to look for one.
        let reported = self.reported_after(index, sentence_end, verb);
        if reported.is_none() && !may_trail {
            return None;
        }
        let subject = if participle {
            self.matcher.sentence_subject(sentence_start, index)
        } else {
            None
        };
        let subject = subject
            .or_else(|| self.matcher.subject_before(subject_verb, sentence_start))
            .or_else(|| {
                // `…, and in the same interview dismissed …`: the subject of the
                // sentence carries over a coordinated verb.
                let joined = (sentence_start.max(subject_verb.saturating_sub(6))..subject_verb)
                    .any(|before| matches!(self.lower(before), "and" | "but"));
                if joined {
                    self.matcher.sentence_subject(sentence_start, subject_verb)
                } else {
                    None
                }
            })?;
        if self.inside_quote(subject.start) || self.inside_quote(subject.end - 1) {
            return None; // a subject inside quotation marks is the quote's word
        }
        if form == VerbForm::Base && !self.plural_subject(subject.clone()) {
            return None; // `a local radio station`: a noun, not a verb
        }
        if may_trail
            && subject.start > sentence_start
            && self.word(subject.start - 1) == ","
            && subject.end == index
            && !self.matcher.is(subject.start, WordClass::Relative)
        {
            let content = self.content_span(sentence_start, subject.start - 1)?;
            return Some(Claim {
                content,
                speaker: self.matcher.span(subject),
                cue: token.span,
                verb: verb_index,
                recipient: None,
                rule: "trailing_cue",
                confidence: 0.7,
            });
        }
        let (content, recipient) = reported?;
        Some(Claim {
            content,
            speaker: self.matcher.span(subject),
            cue: token.span,
            verb: verb_index,
            recipient,
            rule: if verb.framing == Framing::Denial {
                "denial_object"
            } else {
                "reporting_clause"
            },
            confidence: 0.75,
        })
    }

    /// What the cue at `index` reports, after a recipient, a time or place
    /// phrase and `that`: the content and the recipient.
    fn reported_after(&self, index: usize, sentence_end: usize, verb: &Verb) -> Option<(Span, Option<Span>)> {
        let mut at = index + 1;
        let mut recipient = None;
        if verb.recipient
            && at < sentence_end
            && let Some(&end) = self.matcher.recipient_ends(at, sentence_end).first()
        {
            recipient = Some(self.matcher.span(at..end));
            at = end;
        }
        at = self.skip_adverbials(at, sentence_end);
        let intention = verb.infinitive && at < sentence_end && self.lower(at) == "to";
        if at < sentence_end && self.matcher.is(at, WordClass::Complementizer) {
            at += 1;
        } else if at < sentence_end
            && !intention
            && (!self.opens_clause(at, verb.framing) || (verb.infinitive && !verb.quotes))
        {
            // `refused it registration`: verbs of intention report only `to …` or `that …`.
            return None;
        }
        if at >= sentence_end || self.is_quote_mark(at) {
            return None; // the cue of a direct quote, or nothing reported
        }
        let end = self.clause_end(at, sentence_end);
        let content = self.content_span(at, end)?;
        Some((content, recipient))
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
        let mut end = range.end;
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
        Some(Claim {
            content: self.matcher.span(start..end),
            speaker: self.matcher.span(range.start..colon),
            cue: self.doc.tokens[colon].span,
            verb: None,
            recipient: None,
            rule: "headline_colon",
            confidence: 0.7,
        })
    }

    /// `according to X, …` and `…, according to X.`
    fn according_to(&self, index: usize, paragraph: &Range<usize>) -> Option<Claim> {
        let sentence_start = self.sentence_start(index, paragraph);
        let sentence_end = self.sentence_end(index, paragraph);
        let speaker_end = *self.matcher.speaker_ends(index + 2, sentence_end).first()?;
        let speaker = self.matcher.span(index + 2..speaker_end);
        let cue = self.matcher.span(index..index + 2);
        let content = if index == sentence_start {
            // According to X, content.
            let mut at = speaker_end;
            if at < sentence_end && self.word(at) == "," {
                at += 1;
            }
            self.content_span(at, sentence_end)?
        } else if self.word(index - 1) == "," {
            self.content_span(sentence_start, index - 1)?
        } else {
            return None;
        };
        Some(Claim {
            content,
            speaker,
            cue,
            verb: None,
            recipient: None,
            rule: "according_to",
            confidence: 0.75,
        })
    }

    /// A subject that takes a base-form verb: `they`, `we`, `rights groups`,
    /// `Democrats`, `police`.
    fn plural_subject(&self, subject: Range<usize>) -> bool {
        let last = self.lower(subject.end - 1);
        let lexeme = self.matcher.tags().lexeme(subject.end - 1);
        if let Some(pronoun) = lexeme.pronoun {
            return pronoun.number == crate::grammar::Number::Plural || matches!(last, "i" | "you");
        }
        let group = lexeme
            .person
            .is_some_and(|entry| entry.kind == crate::grammar::PersonWordKind::Group);
        group || (last.len() > 3 && last.ends_with('s') && !last.ends_with("ss"))
    }

    /// Skips `on Tuesday`, `last week`, `in a statement` after a cue.
    fn skip_adverbials(&self, mut at: usize, end: usize) -> usize {
        loop {
            if at >= end {
                return at;
            }
            let word = self.lower(at);
            if self.matcher.is(at, WordClass::Calendar) || self.matcher.is_adverb(at) {
                at += 1;
                continue;
            }
            if matches!(word, "last" | "this" | "next")
                && at + 1 < end
                && matches!(self.lower(at + 1), "week" | "month" | "year" | "weekend")
            {
                at += 2;
                continue;
            }
            if matches!(word, "on" | "in")
                && at + 1 < end
                && (self.matcher.is(at + 1, WordClass::Calendar)
                    || (at + 3 < end && self.lower(at + 1) == "a" && self.lower(at + 2) == "statement"))
            {
                at += if self.lower(at + 1) == "a" { 3 } else { 2 };
                continue;
            }
            return at;
        }
    }

    /// Whether the words at `at` can open a reported clause with no `that`:
    /// a pronoun, a name, a determiner or a number (`insists her husband
    /// is innocent`); after a denial verb, any noun phrase (`dismissed
    /// Kaken's account`).
    fn opens_clause(&self, at: usize, framing: Framing) -> bool {
        let token = self.doc.tokens[at];
        let word = self.lower(at);
        if token.class == TokenClass::Number {
            return true;
        }
        if token.class != TokenClass::Word {
            return false;
        }
        if framing == Framing::Denial {
            return !self.matcher.verb(at).is_some_and(|(_, form)| form != VerbForm::Base);
        }
        // `it's`, `he’s`, `they're`: the pronoun before the contraction.
        let bare = word.split(['\'', '’']).next().unwrap_or(word);
        if self.grammar.pronoun(bare).is_some_and(|pronoun| pronoun.subject)
            || matches!(bare, "his" | "her" | "their" | "its" | "our" | "my" | "there" | "it")
            || self.grammar.words.determiner.contains(bare)
            || self.matcher.is_capitalized(at)
        {
            return true;
        }
        // Any other noun may open the clause (`said candidates are …`) when a
        // finite verb follows within a few words; never a preposition, an
        // adverb or another verb.
        let noun = !self.grammar.words.preposition.contains(bare)
            && !self.grammar.words.complementizer.contains(bare)
            && !self.matcher.is_adverb(at)
            && !self.grammar.is_stopword(bare)
            && self.grammar.verb(bare).is_none();
        let quantifier = matches!(
            bare,
            "much" | "many" | "most" | "some" | "all" | "both" | "several" | "none" | "more"
        );
        (noun || quantifier)
            && (at + 1..(at + 8).min(self.doc.tokens.len())).any(|index| self.matcher.is(index, WordClass::Finite))
    }

    fn is_quote_mark(&self, index: usize) -> bool {
        let word = self.word(index);
        word.chars().count() == 1
            && self
                .grammar
                .quote_marks
                .iter()
                .any(|pair| word.starts_with(pair.open) || word.starts_with(pair.close))
    }

    /// Where reported content starting at `at` ends: at a comma that opens a
    /// new clause (`, and …`, `, which …`), a semicolon or a dash pair, or
    /// the sentence end.
    fn clause_end(&self, at: usize, sentence_end: usize) -> usize {
        for index in at + 1..sentence_end {
            let word = self.word(index);
            if self.inside_quote(index) {
                continue;
            }
            if word == ";" {
                return index;
            }
            // `Brooks had begun making calls - there are two …`: a spaced dash.
            let spaced = self.doc.tokens[index].span.start > 0
                && self.doc.text[..self.doc.tokens[index].span.start].ends_with(char::is_whitespace);
            if matches!(word, "-" | "—" | "–") && spaced {
                return index;
            }
            if word == "," && index + 1 < sentence_end && self.matcher.is(index + 1, WordClass::ClauseBreak) {
                return index;
            }
        }
        sentence_end
    }

    /// The content from token `start` to token `end` (exclusive), if it has
    /// at least two words.
    fn content_span(&self, start: usize, end: usize) -> Option<Span> {
        if end <= start + 1 || self.is_quote_mark(start) {
            // Nothing reported, or a quotation: the quote is the claim.
            return None;
        }
        let words = (start..end)
            .filter(|&index| self.doc.tokens[index].class != TokenClass::Punct)
            .count();
        (words >= 2).then(|| self.matcher.span(start..end))
    }
}

#[cfg(test)]
mod tests;
