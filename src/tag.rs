//! Tagging: what the grammar says about each token of a document, looked
//! up once.
//!
//! Attribution, reported speech and speaker resolution ask about the same
//! words many times over (is it a determiner, a speech verb, a role noun?).
//! Each token's [`Lexeme`] is found with one hash look-up of its lower-case
//! form here; the rules then read it by token index.

use crate::grammar::{Grammar, Lexeme, Verb, VerbForm, WordClass};
use crate::segment::{Document, TokenClass};

/// A word of two letters or more in capitals amid words that are not
/// (`US Senator`, `the IT department`): an abbreviation, not the pronoun
/// its letters spell. In a headline in capitals (`WE WILL WIN`) it stays one.
fn is_capital_abbreviation(doc: &Document, index: usize) -> bool {
    let neighbours = [
        index.checked_sub(1),
        Some(index + 1).filter(|&next| next < doc.tokens.len()),
    ];
    doc.is_in_capitals(index) && !neighbours.into_iter().flatten().any(|next| doc.is_in_capitals(next))
}

/// The grammar's reading of every token of a document.
#[derive(Clone, Debug)]
pub struct Tags<'g> {
    grammar: &'g Grammar,
    /// The document tagged, for what is asked too seldom to be worked out
    /// for every token ([`Tags::is_as_written`]).
    doc: &'g Document<'g>,
    tags: Vec<Tag<'g>>,
    /// Words and capitalized words before each token, and in all
    /// ([`Tags::is_title_case`]), counted when first asked.
    word_counts: std::sync::OnceLock<Vec<(u32, u32)>>,
}

/// One token's tag.
#[derive(Clone, Copy, Debug)]
struct Tag<'g> {
    /// The grammar's entry for the lower-case word.
    lexeme: &'g Lexeme,
    /// A word that starts with an upper-case letter.
    capitalized: bool,
    /// A word whose speech-verb reading the context rules out: the second
    /// half of a word joined by a hyphen (`hoarse-voiced`), an adjective,
    /// or the first half (`back-and-forth`, `follow-up`), a noun; or a verb
    /// flagged `complement` without its word (`made a speech`, not `made
    /// clear`).
    no_verb: bool,
}

/// Whether a hyphen joins token `index` to the word after it, with no
/// space on either side: `back-and-forth`, `follow-up`.
fn joined_to_next(doc: &Document, index: usize) -> bool {
    let tokens = &doc.tokens;
    index + 2 < tokens.len()
        && doc.word(index + 1) == "-"
        && tokens[index].span.end == tokens[index + 1].span.start
        && tokens[index + 1].span.end == tokens[index + 2].span.start
        && tokens[index + 2].class == TokenClass::Word
}

/// Whether a lower-case `word` has the shape of an -ing form: longer than
/// four letters and ending in `ing` (`saying`, `leaving`; not `sing`).
pub(crate) fn ing_shaped(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing")
}

/// Whether `word` is an initialism written with dots between its letters,
/// its last dot a token of its own: `F.B.I`, `F.A.A`, `U.N`.
pub(crate) fn is_initialism(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            let mut letters = part.chars();
            letters.next().is_some_and(char::is_alphabetic) && letters.next().is_none()
        })
}

/// Whether token `index` opens the clause of a `that` which can only be a
/// complementizer, after `and` or a verb's inflected form (`said … and
/// that reports of a protest were false`): an -s form there is a plural
/// noun, the clause's subject, not a verb whose subject is `that` (`a paper
/// that reports`, `a message that characterizes`: a plain form may be a
/// noun).
fn opens_that_clause(doc: &Document, grammar: &Grammar, index: usize) -> bool {
    index >= 2
        && doc.lower(index - 1) == "that"
        && (doc.lower(index - 2) == "and"
            || grammar
                .lexeme(doc.lower(index - 2))
                .verb
                .is_some_and(|(_, form)| form != VerbForm::Base))
}

/// Whether token `index` is the second half of a word joined by a hyphen
/// (`Republican-backed`, `well-heeled`), the first half no prefix after
/// which it is still a verb (`re-iterated`, `co-wrote`, `pre-ordered`).
pub(crate) fn after_joined_word(doc: &Document, index: usize) -> bool {
    index >= 2 && joined_to_next(doc, index - 2) && !matches!(doc.lower(index - 2), "re" | "co" | "pre")
}

/// The word of the `speech_complement` class after token `index`, right
/// after it or after `it` (`made clear`, `made it clear`), if there is one.
fn complement_at(doc: &Document, grammar: &Grammar, index: usize) -> Option<usize> {
    let word = if doc.tokens.len() > index + 2 && doc.lower(index + 1) == "it" {
        index + 2
    } else {
        index + 1
    };
    (word < doc.tokens.len() && grammar.lexeme(doc.lower(word)).is(WordClass::SpeechComplement)).then_some(word)
}

impl<'g> Tags<'g> {
    /// Tags the tokens of `doc`.
    pub fn new(doc: &'g Document<'g>, grammar: &'g Grammar) -> Tags<'g> {
        let tags = doc
            .tokens
            .iter()
            .zip(doc.words())
            .zip(doc.lowers())
            .enumerate()
            .map(|(index, ((token, word), &lower))| {
                let mut lexeme = grammar.lexeme(lower);
                if lexeme.pronoun.is_some() && is_capital_abbreviation(doc, index) {
                    lexeme = &Lexeme::NONE; // `US Senator Ana Ruiz`, `IT staff`
                }
                // `Token::is_capitalized`, its ASCII case read in place.
                let capitalized = token.class == TokenClass::Word
                    && match word.as_bytes().first() {
                        Some(byte) if byte.is_ascii() => byte.is_ascii_uppercase(),
                        _ => token.is_capitalized(doc.text),
                    };
                // (`self-described`: after `self`, a verb still. `There
                // were reports saying …`: after a form of `be`, an `-s`
                // form is a plural noun.)
                let no_verb = lexeme.verb.is_some_and(|(verb, form)| {
                    after_joined_word(doc, index) && doc.lower(index - 2) != "self"
                        || joined_to_next(doc, index)
                        || grammar.verbs[verb].complement && complement_at(doc, grammar, index).is_none()
                        || form == VerbForm::Present3
                            && index > 0
                            && grammar.lexeme(doc.lower(index - 1)).is(WordClass::Progressive)
                        || form == VerbForm::Present3 && opens_that_clause(doc, grammar, index)
                });
                Tag {
                    lexeme,
                    capitalized,
                    no_verb,
                }
            })
            .collect();
        Tags {
            grammar,
            doc,
            tags,
            word_counts: std::sync::OnceLock::new(),
        }
    }

    /// The grammar the tags come from.
    pub fn grammar(&self) -> &'g Grammar {
        self.grammar
    }

    /// What the grammar says about token `index`.
    pub fn lexeme(&self, index: usize) -> &'g Lexeme {
        self.tags[index].lexeme
    }

    /// True when token `index` is a word of `class`, in any case.
    pub fn is(&self, index: usize, class: WordClass) -> bool {
        self.tags[index].lexeme.is(class)
    }

    /// True when token `index` is a word of `class` written in lower case:
    /// what a look-up of the word as written finds, the word lists being
    /// in lower case.
    pub fn is_as_written(&self, index: usize, class: WordClass) -> bool {
        // Asked of few tokens, and the class settles most: the word is not
        // compared with its lower-case form for every token up front.
        self.is(index, class) && self.doc.word(index) == self.doc.lower(index)
    }

    /// The speech verb of token `index`, with its form.
    pub fn verb(&self, index: usize) -> Option<(&'g Verb, VerbForm)> {
        let tag = &self.tags[index];
        if tag.no_verb {
            return None;
        }
        let (verb, form) = tag.lexeme.verb?;
        Some((&self.grammar.verbs[verb], form))
    }

    /// The word that makes the verb at `index`, flagged `complement`,
    /// report: `clear` in `made clear`, `made it clear`.
    pub fn complement_at(&self, index: usize) -> Option<usize> {
        complement_at(self.doc, self.grammar, index)
    }

    /// Index into [`Grammar::verbs`] of the speech verb of token `index`.
    pub fn verb_index(&self, index: usize) -> Option<usize> {
        let tag = &self.tags[index];
        tag.lexeme.verb.filter(|_| !tag.no_verb).map(|(verb, _)| verb)
    }

    /// True for a word that starts with an upper-case letter
    /// ([`crate::segment::Token::is_capitalized`]).
    pub fn is_capitalized(&self, index: usize) -> bool {
        self.tags[index].capitalized
    }

    /// True for tokens of four words or more, three in four of them
    /// capitalized: a headline's title case (`Rubio Says He Will Stay`).
    /// A long range is counted from running totals, so that asking of each
    /// quote's line or paragraph costs the same however long it is.
    pub(crate) fn is_title_case(&self, range: std::ops::Range<usize>) -> bool {
        if range.is_empty() {
            return false;
        }
        if range.len() <= TITLE_CASE_SCAN {
            return self.scan_title_case(range);
        }
        let counts = self.word_counts.get_or_init(|| {
            let mut totals = (0, 0);
            let mut counts = Vec::with_capacity(self.tags.len() + 1);
            counts.push(totals);
            for (token, tag) in self.doc.tokens.iter().zip(&self.tags) {
                if token.class == TokenClass::Word {
                    totals = (totals.0 + 1, totals.1 + u32::from(tag.capitalized));
                }
                counts.push(totals);
            }
            counts
        });
        let (count, capitalized) = (
            counts[range.end].0 - counts[range.start].0,
            counts[range.end].1 - counts[range.start].1,
        );
        count >= 4 && capitalized * 4 >= count * 3
    }

    /// [`Tags::is_title_case`] read token by token: with `lower` words not
    /// capitalized, at most `len - lower` are, so once `lower` is over a
    /// quarter of the tokens three in four cannot be, and the rest need
    /// not be read.
    fn scan_title_case(&self, range: std::ops::Range<usize>) -> bool {
        let len = range.len();
        let (mut count, mut capitalized) = (0, 0);
        for (token, tag) in self.doc.tokens[range.clone()].iter().zip(&self.tags[range]) {
            if token.class != TokenClass::Word {
                continue;
            }
            count += 1;
            if tag.capitalized {
                capitalized += 1;
            } else if (count - capitalized) * 4 > len {
                return false;
            }
        }
        count >= 4 && capitalized * 4 >= count * 3
    }
}

/// Tokens up to which [`Tags::is_title_case`] reads a range word by word
/// (a paragraph of news is shorter): no running totals to count first.
const TITLE_CASE_SCAN: usize = 256;
