//! Turns of an exchange: whom a claim answers. A news story sets its
//! sources one after another, and marks the one that answers: a short
//! sentence of dissent right before its words ("Some scientists
//! disagree.", "Tsinlo was unmoved.", "Not everyone is convinced."), a
//! short claim that ends in such a word ("Rausch remembers election night
//! differently."), an adversative right before a new source ("But the
//! opposition said …"),
//! or the denial that cues a direct quote (`Hale disagreed: "…"`). Such a
//! claim opens a turn that answers the turn before it; the other sources
//! in its paragraph, and its speaker's next claims for a few paragraphs,
//! are in its turn. (A paragraph is a line here: many texts end one with a
//! single line break.) A new source in a new paragraph with no mark opens
//! a turn that answers none, unless it backs someone (`backed her`,
//! `backed the decision`) or speaks for a body as its role (`the agency's
//! director`, `its chief`), which puts it in their turn.
//!
//! A dissent answers the turn of the speakers its sentence names, else
//! that of the last claim of another speaker; when that turn is itself a
//! dissent and the new mark is no adversative, the new one is one more
//! reply to the same account ("Climate scientists were scathing." after
//! the opposition's reply to the minister answers the minister). An
//! adversative says less than a word of dissent ("But" often sets facts
//! apart, not sources), so its turn answers only claims it shares a term
//! with; no dissent answers an unnamed crowd ("Many believe …").
//!
//! Each claim of an answering turn is set against one claim of each
//! speaker of the turn it answers: of each two speakers, the pair of
//! claims that share the most terms (the nearest on a tie), so that a
//! reply makes one row per speaker it answers, not one per claim.

use super::*;
use crate::analysis::Kind;
use crate::grammar::WordClass;
use crate::topic::Claim;

/// Words of a mark of dissent written as evidence, at most.
const MARK_WORDS: usize = 8;

/// Lines after the one a turn starts in that its speaker's claims still
/// belong to it.
const TURN_REACH: usize = 2;
/// Lines before a dissent in which the claims it answers lie.
const ANSWER_REACH: usize = 3;
/// Claims of the answered turn, the last before it, that a dissent's claim
/// is weighed against, at most.
const ANSWERED_CLAIMS: usize = 64;

/// A turn: the claims of one side, one after another.
struct Turn {
    /// The turn it answers, and the words that mark it.
    answers: Option<(usize, String)>,
    /// The line it starts in.
    line: usize,
    /// The line from which the claims it answers are reached back for
    /// ([`ANSWER_REACH`]): its own, or for one more reply to an account,
    /// the first reply's.
    reach_from: usize,
    /// Whether an adversative marks it ("But …"), which sets it against
    /// only the claims that share a term with it.
    adversative: bool,
}

/// Sets each claim's `answers` (claims of the same document, in order).
pub(super) fn answer(
    claims: &mut [Claim],
    keys: &[(KeyKind, String, String)],
    facts: &DocumentFacts,
    document: &DocumentAnalysis<'_>,
    lexicon: &Lexicon<'_>,
) {
    if claims.len() < 2 {
        return;
    }
    let quotes = &document.analysis.quotes;
    let line_starts = &facts.line_starts;
    let lines: Vec<usize> = claims
        .iter()
        .map(|claim| line_of(line_starts, claim.span.start))
        .collect();
    let mut turns: Vec<Turn> = Vec::new();
    let mut turn_of: Vec<usize> = Vec::with_capacity(claims.len());
    for index in 0..claims.len() {
        let claim = &claims[index];
        let quote = &quotes[claim.at.quote];
        let previous = index
            .checked_sub(1)
            .map(|previous| (&claims[previous], turn_of[previous]));
        let turn = match previous {
            None => None,
            // The same speaker goes on, a few paragraphs.
            Some((previous, turn))
                if previous.speaker == claim.speaker && lines[index] <= turns[turn].line + TURN_REACH =>
            {
                Some(turn)
            }
            Some((previous, _)) if previous.speaker == claim.speaker => None,
            Some((_, previous_turn)) => {
                let answered = mark(claim, quote, facts, document, lexicon).and_then(|(evidence, adversative)| {
                    answered_turn(claims, &turn_of, &turns, index, adversative)
                        .map(|(turn, reach_from)| (turn, reach_from, evidence, adversative))
                });
                match answered {
                    Some((answered, reach_from, evidence, adversative)) => {
                        turns.push(Turn {
                            answers: Some((answered, evidence)),
                            line: lines[index],
                            reach_from: reach_from.unwrap_or(lines[index]),
                            adversative,
                        });
                        Some(turns.len() - 1)
                    }
                    // Another source in the paragraph the turn starts in.
                    None if turns[previous_turn].line == lines[index] => Some(previous_turn),
                    None => backed_turn(claims, &turn_of, index, quote, document.text, lexicon)
                        .or_else(|| affiliated_turn(claims, &turn_of, index, quotes, document.text)),
                }
            }
        };
        let turn = turn.unwrap_or_else(|| {
            turns.push(Turn {
                answers: None,
                line: lines[index],
                reach_from: lines[index],
                adversative: false,
            });
            turns.len() - 1
        });
        turn_of.push(turn);
    }
    // (Most documents have no dissent: nothing more to work out.)
    if turns.iter().all(|turn| turn.answers.is_none()) {
        return;
    }
    // An unnamed crowd ("Many in Kazakhstan believe …") or no one is no
    // side a dissent answers.
    let crowd: Vec<bool> = claims
        .iter()
        .map(|claim| {
            quotes[claim.at.quote]
                .speaker
                .as_deref()
                .is_some_and(|speaker| topic::is_crowd(speaker, lexicon))
        })
        .collect();
    // One pair of claims for each two speakers of a turn and the turn it
    // answers: (turn, answering claim, answered claim, terms shared).
    let mut best: Vec<(usize, usize, usize, usize)> = Vec::new();
    // (Where in `best` each turn and two speakers are.)
    let mut slots: HashMap<(usize, u32, u32), usize> = HashMap::default();
    // The claims of each turn, in order.
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); turns.len()];
    for (index, &turn) in turn_of.iter().enumerate() {
        members[turn].push(index);
    }
    for (index, claim) in claims.iter().enumerate() {
        let turn = turn_of[index];
        let Some((answered, _)) = &turns[turn].answers else {
            continue;
        };
        // (The answered turn's last claims before this one: a turn of a
        // thousand claims is no reason to read them all for each answer.)
        let answered = &members[*answered];
        let before = answered.partition_point(|&other_index| other_index < index);
        for &other_index in &answered[before.saturating_sub(ANSWERED_CLAIMS)..before] {
            let other = &claims[other_index];
            if other.speaker == claim.speaker
                || crowd[other_index]
                || lines[other_index] + ANSWER_REACH < turns[turn].reach_from
            {
                continue;
            }
            let shared = claim
                .keys
                .iter()
                .filter(|&&key| keys[key as usize].0 == KeyKind::Term && other.keys.contains(&key))
                .count();
            if shared == 0 && turns[turn].adversative {
                continue;
            }
            let slot = *slots.entry((turn, claim.speaker, other.speaker)).or_insert_with(|| {
                best.push((turn, index, other_index, shared));
                best.len() - 1
            });
            // More terms shared; on a tie the first answer, and of what it
            // answers the later claim (the nearer).
            let have = &mut best[slot];
            if shared > have.3 || (shared == have.3 && have.1 == index) {
                *have = (turn, index, other_index, shared);
            }
        }
    }
    for (turn, index, other, _) in best {
        if let Some((_, evidence)) = &turns[turn].answers {
            claims[index].answers.push((other, evidence.clone()));
        }
    }
}

/// The turn a dissent of claim `index` answers: that of the speakers its
/// denial names, else that of the last claim of another speaker, or what
/// that turn answered when it is a dissent itself and this mark is no
/// adversative (one more reply to the same account, reached back for
/// from the first reply's line, which comes second).
fn answered_turn(
    claims: &[Claim],
    turn_of: &[usize],
    turns: &[Turn],
    index: usize,
    adversative: bool,
) -> Option<(usize, Option<usize>)> {
    let claim = &claims[index];
    let named = claim
        .referents
        .iter()
        .map(|&(_, speaker)| speaker)
        .filter(|&speaker| speaker != claim.speaker)
        .collect::<Vec<u32>>();
    if let Some(turn) = (0..index)
        .rev()
        .find(|&other| named.contains(&claims[other].speaker))
        .map(|other| turn_of[other])
    {
        return Some((turn, None));
    }
    let before = (0..index).rev().find(|&other| claims[other].speaker != claim.speaker)?;
    let turn = turn_of[before];
    match &turns[turn].answers {
        Some((answered, _))
            if !adversative
                && !(0..index).any(|other| turn_of[other] == *answered && claims[other].speaker == claim.speaker) =>
        {
            Some((*answered, Some(turns[turn].reach_from)))
        }
        _ => Some((turn, None)),
    }
}

/// The turn of the speaker a claim's cue backs: named in its sentence, or
/// the other speaker last before it for what was just reported (`backed
/// her`, `backed the decision`).
fn backed_turn(
    claims: &[Claim],
    turn_of: &[usize],
    index: usize,
    quote: &crate::analysis::Quote,
    text: &str,
    lexicon: &Lexicon<'_>,
) -> Option<usize> {
    let cue = quote.cue?;
    if !lexicon.grammar.lexeme(&lower_case(cue.of(text))).is(WordClass::Backing) {
        return None;
    }
    let claim = &claims[index];
    let backed: Vec<u32> = claim.referents.iter().map(|&(_, speaker)| speaker).collect();
    // What was just reported (a pronoun whose gender the document does
    // not state, `the decision`) backs the other speaker last before it.
    let words: Vec<Cow<str>> = claim.span.of(text).split_whitespace().map(lower_case).collect();
    let just_reported = match words.as_slice() {
        [word] => lexicon.grammar.lexeme(word).pronoun.is_some(),
        [determiner, _] => matches!(&**determiner, "the" | "this" | "that"),
        _ => false,
    };
    (0..index)
        .rev()
        .find(|&other| {
            claims[other].speaker != claim.speaker && (just_reported || backed.contains(&claims[other].speaker))
        })
        .map(|other| turn_of[other])
}

/// The turn of the body a new source speaks for, as its mention says in
/// its first words: `the agency's director` (a speaker before whose name
/// ends in `agency`), `its chief` (the other speaker last before it).
fn affiliated_turn(
    claims: &[Claim],
    turn_of: &[usize],
    index: usize,
    quotes: &[crate::analysis::Quote],
    text: &str,
) -> Option<usize> {
    let claim = &claims[index];
    let mention = quotes[claim.at.quote].mention?.of(text);
    let owner = mention.split_whitespace().take(3).find_map(|word| {
        let lower = lower_case(word);
        if matches!(&*lower, "its" | "their") {
            return Some(None);
        }
        let owner = strip_possessive(&lower);
        (owner.len() < lower.len()).then(|| Some(owner.to_string()))
    })?;
    (0..index)
        .rev()
        .find(|&other| {
            claims[other].speaker != claim.speaker
                && owner.as_deref().is_none_or(|owner| {
                    quotes[claims[other].at.quote]
                        .speaker
                        .as_deref()
                        .is_some_and(|speaker| {
                            // (Names compared as the index compares them.)
                            let speaker = topic::name_key(speaker);
                            speaker == owner || speaker.ends_with(&format!(" {owner}"))
                        })
                })
        })
        .map(|other| turn_of[other])
}

/// The mark of dissent of a claim whose speaker differs from the last
/// claim's, with its words as evidence and whether it is an adversative:
/// the cue of a direct quote framed as a denial (`Hale disagreed: "…"`,
/// `"…," Lee countered`), an adversative opening the claim's sentence
/// right before its speaker ("But the opposition said …"), or a short
/// sentence right before the claim's, in its paragraph, that ends in a word
/// of dissent, a verb of denial or a negated word of being won over ("Some
/// scientists disagree.", "Not everyone is convinced.").
fn mark(
    claim: &Claim,
    quote: &crate::analysis::Quote,
    facts: &DocumentFacts,
    document: &DocumentAnalysis<'_>,
    lexicon: &Lexicon<'_>,
) -> Option<(String, bool)> {
    let text = document.text;
    let grammar = lexicon.grammar;
    // (Not a refusal: "declined to comment" answers no one.)
    let denial = |word: &str| denies(word, lexicon);
    if let Some(cue) = quote
        .cue
        .filter(|cue| quote.kind == Kind::Direct && denial(cue.of(text)))
    {
        return Some((format!("'{}'", clean(cue.of(text), lexicon)), false));
    }
    let start = claim
        .span
        .start
        .min(quote.mention.map_or(usize::MAX, |mention| mention.start));
    let tokens = &facts.tokens;
    let sentence = facts
        .sentence_starts
        .partition_point(|&token| tokens[token].span.start <= start)
        .checked_sub(1)?;
    let first = facts.sentence_starts[sentence];
    // The words of a range of tokens in lower case, unless more than `most`
    // (counted before any is copied, and no further than one past `most`:
    // the ranges may be long sentences).
    let words = |range: std::ops::Range<usize>, most: usize| {
        let tokens = &tokens[range];
        let counted = tokens
            .iter()
            .filter(|token| token.class == TokenClass::Word)
            .take(most + 1);
        (counted.count() <= most).then(|| {
            tokens
                .iter()
                .filter(|token| token.class == TokenClass::Word)
                .map(|token| (token.span, lower_case(token.span.of(text))))
                .collect::<Vec<(Span, Cow<str>)>>()
        })
    };
    let evidence = |from: Span, to: Span| format!("'{}'", clean(Span::new(from.start, to.end).of(text), lexicon));
    // `Rausch remembers election night differently.`: a short claim that
    // ends in a word of dissent is the mark itself.
    if quote.kind == Kind::Indirect
        && let Some(cue) = quote.cue.filter(|cue| cue.end <= claim.span.start)
        && let Some(content) = words(
            tokens.partition_point(|token| token.span.start < claim.span.start)
                ..tokens.partition_point(|token| token.span.end <= claim.span.end),
            MARK_WORDS,
        )
        && content
            .last()
            .is_some_and(|(_, lower)| grammar.lexeme(lower).is(WordClass::Dissent))
    {
        return Some((evidence(cue, claim.span), false));
    }
    // "But the opposition said …": the speaker right after the adversative,
    // with a verb of speech (not "But the poll shows …").
    let speech = quote
        .cue
        .and_then(|cue| grammar.verb(&lower_case(cue.of(text))))
        .is_some_and(|(verb, _)| verb.quotes);
    // (Not a document that says: `But the missive said …`.)
    let someone = |mention: Span| {
        let first = tokens.partition_point(|token| token.span.start < mention.start);
        let end = tokens.partition_point(|token| token.span.end <= mention.end);
        !tokens[first..end.max(first)].iter().any(|token| {
            grammar
                .lexeme(&lower_case(token.span.of(text)))
                .is(WordClass::DocumentNoun)
        })
    };
    if let Some(mention) = quote.mention.filter(|&mention| speech && someone(mention)) {
        let before = words(
            first
                ..tokens
                    .partition_point(|token| token.span.end <= mention.start)
                    .max(first),
            2,
        )
        .unwrap_or_default();
        if let [(opening, lower), between @ ..] = before.as_slice()
            && grammar.lexeme(lower).is(WordClass::Adversative)
            && between
                .iter()
                .all(|(_, word)| grammar.lexeme(word).is(WordClass::Determiner))
        {
            return Some((evidence(*opening, mention), true));
        }
    }
    // `…, the fire chief said, as the utility's chief executive insisted
    // there was no evidence …`: joined to another source's claim in the
    // sentence, a denial or a word of rebuttal answers it.
    if let Some(joined) = joined_rebuttal(claim, quote, first, facts, document, lexicon) {
        return Some((joined, false));
    }
    // A sentence of dissent right before, in the paragraph, with no claim.
    let before = sentence.checked_sub(1)?;
    let from = tokens[facts.sentence_starts[before]].span.start;
    if line_of(&facts.line_starts, from) != line_of(&facts.line_starts, start)
        || facts.claim_across(&document.analysis.quotes, tokens[first].span.start, from)
    {
        return None;
    }
    let words = words(facts.sentence_starts[before]..first, MARK_WORDS)?;
    let (last, lower) = words.last()?;
    let lexeme = grammar.lexeme(lower);
    let lowers: Vec<&str> = words.iter().map(|(_, lower)| &**lower).collect();
    let dissent = lexeme.is(WordClass::Dissent)
        || denial(lower)
        || (lexeme.is(WordClass::Persuaded)
            && (0..lowers.len()).any(|at| lexicon.negations.match_at(&lowers[at..]).is_some()));
    dissent.then(|| (evidence(words[0].0, *last), false))
}

/// The words from a conjunction that joins a claim to another source's
/// claim before it in its sentence (`, as`, `, while`) to the denial that
/// cues it or the word of rebuttal in it, as evidence: `'as the utility's
/// chief executive insisted there was no evidence'`. `first` is the
/// sentence's first token.
fn joined_rebuttal(
    claim: &Claim,
    quote: &crate::analysis::Quote,
    first: usize,
    facts: &DocumentFacts,
    document: &DocumentAnalysis<'_>,
    lexicon: &Lexicon<'_>,
) -> Option<String> {
    let text = document.text;
    let tokens = &facts.tokens;
    let grammar = lexicon.grammar;
    let mention = quote.mention?;
    let at = tokens.partition_point(|token| token.span.end <= mention.start);
    let conjunction = at.checked_sub(1).filter(|&at| at > first)?;
    if tokens[conjunction].class != TokenClass::Word
        || !grammar
            .lexeme(&lower_case(tokens[conjunction].span.of(text)))
            .is(WordClass::Concurrent)
        || tokens[conjunction - 1].span.of(text) != ","
    {
        return None;
    }
    // (Quotes are in text order: those of the sentence, found by a binary
    // search, not all the document's for each claim.)
    let joined_to = tokens[first].span.start..tokens[conjunction].span.start;
    let quotes = &document.analysis.quotes;
    let from = quotes.partition_point(|other| other.span.start < joined_to.start);
    if !quotes[from..]
        .iter()
        .take_while(|other| other.span.start < joined_to.end)
        .any(|other| {
            other.kind.is_claim()
                && other.span.end <= joined_to.end
                && other.speaker.is_some()
                && other.speaker != quote.speaker
        })
    {
        return None;
    }
    let denial = quote.cue.filter(|cue| denies(cue.of(text), lexicon));
    let end = match denial {
        Some(cue) => cue.end,
        None => {
            let content = tokens.partition_point(|token| token.span.start < claim.span.start)
                ..tokens.partition_point(|token| token.span.end <= claim.span.end);
            let words: Vec<&crate::segment::Token> = tokens[content]
                .iter()
                .filter(|token| token.class == TokenClass::Word)
                .collect();
            let lowers: Vec<Cow<str>> = words.iter().map(|token| lower_case(token.span.of(text))).collect();
            let lowers: Vec<&str> = lowers.iter().map(|lower| &**lower).collect();
            (0..lowers.len()).find_map(|at| {
                let length = lexicon.rebuttals.match_at(&lowers[at..])?;
                Some(words[at + length - 1].span.end)
            })?
        }
    };
    Some(format!(
        "'{}'",
        clean(Span::new(tokens[conjunction].span.start, end).of(text), lexicon)
    ))
}

/// Whether `word` is a verb of denial, not one of refusal (`declined to
/// comment` answers no one).
fn denies(word: &str, lexicon: &Lexicon<'_>) -> bool {
    lexicon
        .grammar
        .verb(&lower_case(word))
        .is_some_and(|(verb, _)| verb.framing == Framing::Denial && !verb.infinitive)
}

/// The line (of those [`DocumentFacts::line_starts`] lists) an offset is in.
fn line_of(line_starts: &[usize], offset: usize) -> usize {
    line_starts.partition_point(|&at| at <= offset).saturating_sub(1)
}
