//! whosaid: who said what, to whom, and where do the sources contradict each other?
//!
//! The pipeline, one module a stage: [`input`] (bytes to text) →
//! [`segment`] (paragraphs, tokens, page furniture) → [`quote`] (quote
//! spans) → [`attribute`] (cue, speaker mention, recipient, kind) →
//! [`speaker`] (canonical names) → [`output`]. [`Analyzer`] wires them
//! together; [`eval`] scores the result against gold annotations.
//!
//! ```
//! let analyzer = whosaid::Analyzer::new();
//! let text = "\"We deeply regret this now,\" Baibolat Kunbolat told AFP.";
//! let analysis = analyzer.analyze(text);
//! let quote = &analysis.quotes[0];
//! assert_eq!(quote.span.of(text), "We deeply regret this now,");
//! assert_eq!(quote.speaker.as_deref(), Some("Baibolat Kunbolat"));
//! assert_eq!(quote.recipient.as_deref(), Some("AFP"));
//! ```

#![deny(missing_docs)]

pub mod analysis;
pub mod attribute;
pub mod chars;
pub mod claim;
pub mod contrast;
pub mod eval;
pub mod grammar;
pub mod html;
pub mod input;
pub mod output;
pub mod quote;
pub mod report;
pub mod segment;
pub mod sources;
pub mod span;
pub mod speaker;
pub mod stats;
pub mod tag;
pub mod topic;

pub use analysis::{Analysis, Kind, Quote, Warning};
pub use grammar::Grammar;
pub use span::Span;

use segment::Document;

/// Builds an [`Analyzer`].
#[derive(Clone, Debug, Default)]
pub struct AnalyzerBuilder {
    grammar: Option<Grammar>,
    doubled_quotes: bool,
}

impl AnalyzerBuilder {
    /// Uses this grammar instead of the built-in one.
    pub fn grammar(mut self, grammar: Grammar) -> AnalyzerBuilder {
        self.grammar = Some(grammar);
        self
    }

    /// Reads quotations between doubled apostrophes (`''We will win,'' he
    /// said.`), the style of some newspaper archives, as quotes. Off by
    /// default: such marks then only keep reported speech out of the words
    /// between them (PolNeAR's gold, whose New York Times texts are written
    /// so, annotates almost none of these quotations).
    pub fn doubled_quotes(mut self, read: bool) -> AnalyzerBuilder {
        self.doubled_quotes = read;
        self
    }

    /// The analyzer.
    pub fn build(self) -> Analyzer {
        Analyzer {
            doubled_quotes: self.doubled_quotes,
            grammar: self
                .grammar
                .map_or(GrammarRef::Builtin, |grammar| GrammarRef::Owned(Box::new(grammar))),
        }
    }
}

#[derive(Clone, Debug)]
enum GrammarRef {
    Builtin,
    Owned(Box<Grammar>),
}

/// Finds and attributes the quotes of a text. Cheap to share across threads.
#[derive(Clone, Debug)]
pub struct Analyzer {
    grammar: GrammarRef,
    doubled_quotes: bool,
}

impl Default for Analyzer {
    fn default() -> Analyzer {
        Analyzer::new()
    }
}

impl Analyzer {
    /// An analyzer with the built-in English grammar.
    pub fn new() -> Analyzer {
        AnalyzerBuilder::default().build()
    }

    /// A builder to configure one.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// The grammar in use.
    pub fn grammar(&self) -> &Grammar {
        match &self.grammar {
            GrammarRef::Builtin => Grammar::builtin(),
            GrammarRef::Owned(grammar) => grammar,
        }
    }

    /// Analyses one text. Never fails: what it cannot decide it leaves
    /// unattributed, and what is wrong with the text becomes a warning.
    pub fn analyze(&self, text: &str) -> Analysis {
        let grammar = self.grammar();
        let doc = Document::new(text, grammar);
        let (mut spans, unclosed) = quote::find_quotes(text, &doc.paragraphs, grammar);
        if self.doubled_quotes {
            let doubled = quote::doubled_quotes(text, &doc.paragraphs, &spans);
            if !doubled.is_empty() {
                spans.extend(doubled);
                spans.sort_by_key(|span| span.open.start);
            }
        }
        let tags = tag::Tags::new(&doc, grammar);
        // One matcher for both stages: reported speech asks again for
        // subjects that attribution already found.
        let matcher = attribute::Matcher::new(&doc, &tags);
        let attributions = attribute::attribute_with(&matcher, &spans);
        let claim::Found { shown: claims, carried } = claim::find_claims_with(&matcher, &spans, self.doubled_quotes);
        drop(matcher);
        let mentions: Vec<Span> = attributions
            .iter()
            .filter_map(|attribution| attribution.speaker)
            .chain(claims.iter().filter_map(|claim| claim.speaker))
            .collect();
        let quoted: Vec<Span> = spans.iter().map(|span| span.content).collect();
        let resolver = speaker::Resolver::new(&doc, &tags, &mentions).with_quotes(&quoted);
        let mut quotes: Vec<Quote> = Vec::with_capacity(spans.len());
        for (span, attribution) in spans.iter().zip(attributions) {
            let speaker = match attribution.follows {
                Some(previous) => quotes.get(previous).and_then(|quote| quote.speaker.clone()),
                None => attribution.speaker.and_then(|mention| resolver.resolve(mention)),
            };
            // A `he` whose name stands earlier in the sentence: the name.
            let mention = match (attribution.speaker, &speaker) {
                (Some(mention), Some(name)) if attribution.follows.is_none() => {
                    Some(resolver.name_in_sentence(mention, name).unwrap_or(mention))
                }
                _ => attribution.speaker,
            };
            let recipient = attribution
                .recipient
                .map(|recipient| resolver.recipient(recipient, speaker.as_deref()));
            quotes.push(Quote {
                kind: attribution.kind,
                span: span.content,
                paragraph: doc.paragraphs[span.paragraph].number,
                speaker,
                mention,
                cue: attribution.cue,
                framing: attribution.verb.map(|verb| grammar.verbs[verb].framing),
                recipient,
                confidence: attribution.confidence,
                rule: attribution.rule,
            });
        }
        let as_quote = |claim: &claim::Claim| {
            let speaker = claim.speaker.and_then(|mention| resolver.resolve(mention));
            let recipient = claim
                .recipient
                .map(|recipient| resolver.recipient(recipient, speaker.as_deref()));
            Quote {
                kind: Kind::Indirect,
                span: claim.content,
                paragraph: {
                    // Paragraphs are in text order: a binary search finds the claim's.
                    let position = doc
                        .paragraphs
                        .partition_point(|paragraph| paragraph.span.end < claim.content.start);
                    doc.paragraphs.get(position).map_or(0, |paragraph| paragraph.number)
                },
                speaker,
                mention: claim.speaker,
                cue: Some(claim.cue),
                framing: claim.verb.map(|verb| grammar.verbs[verb].framing),
                recipient,
                confidence: claim.confidence,
                rule: claim.rule.to_string(),
            }
        };
        let claims: Vec<Quote> = claims.iter().map(as_quote).collect();
        attribute_inside_claims(&mut quotes, &claims, false);
        // (A claim of a verb of speech that its quotation carries still
        // tells whose the quotation is, where nothing else does: not one of
        // a verb that names, `known online as "Guccifer,"`, or of an
        // impression, `the email appears to say …`. Only a claim that holds
        // such a quote is resolved.)
        let unattributed: Vec<Span> = quotes
            .iter()
            .filter(|quote| quote.speaker.is_none() && quote.mention.is_none())
            .map(|quote| quote.span)
            .collect();
        let spoken: Vec<Quote> = carried
            .iter()
            .filter(|claim| {
                unattributed.iter().any(|&span| claim.content.contains(span))
                    && claim.verb.is_some_and(|verb| {
                        let verb = &grammar.verbs[verb];
                        verb.quotes && !verb.naming && !verb.impression
                    })
            })
            .map(as_quote)
            .collect();
        if !spoken.is_empty() {
            attribute_inside_claims(&mut quotes, &spoken, true);
        }
        quotes.extend(claims);
        quotes.sort_by_key(|quote| (quote.span.start, quote.kind == Kind::Indirect));
        speaker::one_spelling(quotes.iter_mut().map(|quote| &mut quote.speaker));
        let warnings = unclosed
            .iter()
            .map(|mark| Warning {
                kind: analysis::WARNING_KINDS[0],
                span: mark.mark,
                paragraph: doc.paragraphs[mark.paragraph].number,
                message: format!(
                    "quote mark {} opens a quote that is not closed in its paragraph",
                    mark.mark.of(text)
                ),
            })
            .collect();
        Analysis { quotes, warnings }
    }
}

/// A quote inside a reported clause takes the clause's speaker where nothing
/// else attributed it: `China claims the centres are vocational "training"
/// facilities` makes China the source of the term. Claims that their
/// quotations carry (not shown) lend it only to a quote with no mention at
/// all: a `she` that names no one is still the quote's.
fn attribute_inside_claims(quotes: &mut [Quote], claims: &[Quote], carried: bool) {
    // Claims come in text order and never overlap: the one that holds a
    // quote is then the last to start at or before it, found by binary
    // search (a linear search per quote made a long paragraph quadratic).
    let ordered = claims
        .windows(2)
        .all(|pair| pair[0].span.end <= pair[1].span.start && !pair[0].span.is_empty());
    let holding = |span: Span| {
        if ordered && !span.is_empty() {
            let after = claims.partition_point(|claim| claim.span.start <= span.start);
            after
                .checked_sub(1)
                .map(|index| &claims[index])
                .filter(|claim| claim.span.contains(span))
        } else {
            claims.iter().find(|claim| claim.span.contains(span))
        }
    };
    for quote in quotes.iter_mut() {
        if quote.speaker.is_some()
            || carried && quote.mention.is_some()
            || !matches!(quote.kind, Kind::Term | Kind::Partial | Kind::Direct)
            // (`told ABC's "Good Morning America" that …`: a title is no one's.)
            || quote.rule == attribute::QUOTED_TITLE
        {
            continue;
        }
        // A claim that names no speaker gives its quotes none.
        let Some(claim) = holding(quote.span).filter(|claim| claim.mention.is_some()) else {
            continue;
        };
        quote.speaker = claim.speaker.clone();
        quote.mention = claim.mention;
        quote.cue = claim.cue;
        quote.framing = claim.framing;
        quote.recipient = claim.recipient.clone();
        quote.confidence = (claim.confidence - 0.1).max(0.0);
        quote.rule = "inside_claim".to_string();
        if quote.kind == Kind::Direct {
            quote.kind = Kind::Partial;
        }
    }
}
