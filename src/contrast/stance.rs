//! What a claim says for or against: opposed terms, negations, a rebuttal,
//! whom it points to. Read once per claim while its document's text is at
//! hand ([`StanceDraft`]), then kept without the text ([`Stance`]): spans
//! for the checks between two claims and interned strings for the evidence.

use crate::Kind;
use std::mem::size_of;

use crate::grammar::{Grammar, VerbForm, WordClass};
use crate::segment::Token;

use super::figures::{self, Figure};
use super::*;
use crate::topic::{Claim, ClaimRecord, DocumentFacts, grow};

/// A speaker a claim rebuts, and the words that show it.
#[derive(Clone, Debug)]
pub(super) struct Target {
    pub(super) speaker: u32,
    pub(super) strength: f32,
    pub(super) evidence: u32,
}

/// How many words on either side of a word may say what it is said of.
const ANCHOR_REACH: usize = 3;

/// The keys of the words near a word (within [`ANCHOR_REACH`], in its
/// sentence): what it is said of, "the primary" of "win the primary".
/// Document keys in a draft, then raw ids, then key ids, those after an
/// opposed word marked [`AFTER`]; [`NONE`] pads. (Room for a key on both
/// sides of each word before: see [`Anchors::of`].)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Anchors([u32; ANCHOR_SLOTS]);

/// The most keys [`Anchors`] holds.
const ANCHOR_SLOTS: usize = 3 * ANCHOR_REACH;

impl Anchors {
    const NONE: Anchors = Anchors([NONE; ANCHOR_SLOTS]);

    /// Of the word at `index` among the claim's words. Where the word is
    /// ordered (an opposed word: `grammar` given), the keys after it are
    /// marked [`AFTER`]: they are what it is done to, those before it its
    /// holder. A key before it across a linking verb stands on both sides:
    /// `the budget is balanced` says of the budget what `a balanced budget`
    /// and `overspent its budget` do, `abortion were made illegal` what
    /// `keep abortion legal` does.
    fn of(claim: &Claim, index: usize, text: &str, ordered: Option<&Grammar>) -> Anchors {
        let words = &claim.words;
        let key = |word: &crate::topic::Word| {
            word.key.or_else(|| {
                claim
                    .entities
                    .iter()
                    .find(|(_, span)| span.contains(word.span))
                    .map(|&(key, _)| key)
            })
        };
        // (No reach across a sentence's end between two words.)
        let joined = |left: usize, right: usize| {
            !text[words[left].span.end..words[right].span.start].contains(['.', '!', '?', ';'])
        };
        let own = key(&words[index]);
        let mut anchors = [NONE; ANCHOR_SLOTS];
        let mut count = 0;
        let mut add = |near_key: u32| {
            if !anchors[..count].contains(&near_key) {
                anchors[count] = near_key;
                count += 1;
            }
        };
        // (An unordered word's anchors stand on no side.)
        let mut add_on = |near: usize, before: bool, after: bool| {
            if let Some(near_key) = key(&words[near]).filter(|&near_key| Some(near_key) != own) {
                debug_assert!(near_key < AFTER, "a key id reaches the AFTER mark");
                if before || ordered.is_none() {
                    add(near_key);
                }
                if after && ordered.is_some() {
                    add(near_key | AFTER);
                }
            }
        };
        let mut linked = false;
        for before in (index.saturating_sub(ANCHOR_REACH)..index).rev() {
            if !joined(before, before + 1) {
                break;
            }
            add_on(before, true, linked);
            linked |= ordered.is_some_and(|grammar| grammar.lexeme(words[before].lower(text)).is(WordClass::Linking));
        }
        for after in index + 1..words.len().min(index + 1 + ANCHOR_REACH) {
            if !joined(after - 1, after) {
                break;
            }
            add_on(after, false, true);
        }
        Anchors(anchors)
    }

    fn keys(&self) -> impl Iterator<Item = u32> + '_ {
        self.0.iter().copied().filter(|&key| key != NONE)
    }
}

/// Where a kept side's or negated term's anchors start in the arena, which
/// ends each list with [`NONE`] ([`Stance::anchors`]); [`NONE`] for none.
#[derive(Clone, Copy, Debug)]
pub(super) struct Held(u32);

/// One opposed-term group a claim takes a side in.
#[derive(Clone, Debug)]
pub(super) struct Side<S, A = Anchors> {
    pub(super) group: u32,
    pub(super) side: u8,
    /// The group's words judge ([`crate::grammar::Antonyms::verdict`]).
    pub(super) verdict: bool,
    /// The word's term key, [`NONE`] for none.
    pub(super) key: u32,
    /// Where its negation word starts in the text, [`NONE`] for none.
    pub(super) negation: u32,
    /// What the word is said of.
    pub(super) anchors: A,
    /// The word, with its negation ("not free"), as evidence.
    pub(super) text: S,
}

/// A term negated in a claim.
#[derive(Clone, Debug)]
pub(super) struct Negated<S, A = Anchors> {
    pub(super) key: u32,
    /// Where its negation word starts in the text ([`NONE`] in doubt).
    pub(super) negation: u32,
    /// The negated words ("never inspected") as evidence.
    pub(super) text: S,
    /// The same term also stands un-negated in the claim.
    pub(super) affirmed_too: bool,
    /// What the negated word is said of.
    pub(super) anchors: A,
    /// Under a negation further back ([`crate::topic::Word::doubt`]): it
    /// takes no side, but stands negated for the other claim.
    pub(super) doubtful: bool,
}

/// Whom a claim may point to: an entity key (a speaker once the keys are
/// interned, if it names one) or a speaker resolved already.
#[derive(Clone, Copy, Debug)]
pub(super) enum Pointer {
    Entity(u32),
    Speaker(u32),
}

/// How a claim points to someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Pointing {
    /// Named or referred to.
    Named,
    /// As the owner of a charge it rebuts: `Rubio's claim that …`.
    Owner,
    /// As the possessor of the people it speaks of, `Mr. Trump's rivals`:
    /// never the one rebutted.
    Possessor,
    /// Past the head of what a verb of denial answers ([`object_head`]),
    /// `dismissed attempts to unhorse Trump`: never the one rebutted, but
    /// the denial is aimed at something of theirs, not at a topic.
    Beyond,
}

/// Someone a claim with a denial cue or a rebuttal word points to, with the
/// evidence either would write.
#[derive(Clone, Debug)]
pub(super) struct Pointed<S, P = Span> {
    pub(super) who: Pointer,
    pub(super) how: Pointing,
    pub(super) span: P,
    /// For a denial-framed cue whose content holds the mention.
    pub(super) denial: Option<S>,
    /// For the rebuttal word.
    pub(super) rebuttal: Option<S>,
}

/// The parts of a stance that most claims lack.
#[derive(Clone, Debug)]
pub(super) struct Rare<S> {
    pub(super) sides: Vec<Side<S>>,
    pub(super) negated: Vec<Negated<S>>,
    /// The rebuttal word and its text.
    pub(super) rebuttal: Option<(Span, S)>,
    /// A contrast cue opening the claim itself ("But ...").
    pub(super) opening_cue: Option<S>,
    /// Whom it points to, until resolved into targets.
    pub(super) pointed: Vec<Pointed<S>>,
    /// Claims it answers as a dissent (of its document, then of the
    /// corpus), with the words that mark it.
    pub(super) answers: Vec<(usize, S)>,
    /// The figures it gives ([`super::figures`]).
    pub(super) figures: Vec<Figure<S>>,
}

impl<S> Rare<S> {
    const EMPTY: Rare<S> = Rare {
        sides: Vec::new(),
        negated: Vec::new(),
        rebuttal: None,
        opening_cue: None,
        pointed: Vec::new(),
        answers: Vec::new(),
        figures: Vec::new(),
    };
}

/// A claim's stance as read with its text: keys are the document's, texts
/// are strings.
#[derive(Clone, Debug)]
pub(super) struct StanceDraft {
    framing: Option<Framing>,
    /// The cue as evidence, where its framing can count (denial, assertive).
    cue: Option<String>,
    rare: Rare<String>,
    /// The speakers the claim's speaker speaks for.
    principals: Vec<u32>,
}

/// Offsets into a claim's text, as the index keeps them (half the size of
/// a [`Span`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Short {
    start: u32,
    end: u32,
}

impl Short {
    fn new(span: Span) -> Short {
        Short {
            start: span.start as u32,
            end: span.end as u32,
        }
    }

    pub(super) fn span(self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

/// A claim whose targets wait for the keys to be interned: its rebuttal
/// word, and where its candidates start in [`Stances::pointed`].
#[derive(Clone, Debug)]
struct Pending {
    claim: u32,
    rebuttal: Option<Short>,
    pointed_start: u32,
}

/// The stances of all claims as the index keeps them, claim after claim in
/// arenas: key ids, interned texts, no text.
#[derive(Clone, Debug, Default)]
pub(super) struct Stances {
    framing: Vec<Option<Framing>>,
    /// Interned texts, [`NONE`] where there is none.
    cue: Vec<u32>,
    rebuttal: Vec<u32>,
    opening_cue: Vec<u32>,
    /// Where each claim's sides, negated terms and targets start; one more
    /// at the end.
    side_starts: Vec<u32>,
    sides: Vec<Side<u32, Held>>,
    negated_starts: Vec<u32>,
    negated: Vec<Negated<u32, Held>>,
    /// The anchors of the sides and negated terms, one after another.
    anchors: Vec<u32>,
    target_starts: Vec<u32>,
    targets: Vec<Target>,
    /// Whether each claim is aimed at someone ([`Stance::aimed`]).
    aimed: Vec<bool>,
    /// Claims each claim answers as a dissent, with the evidence.
    answer_starts: Vec<u32>,
    answers: Vec<(u32, u32)>,
    /// The figures each claim gives, units and text interned.
    figure_starts: Vec<u32>,
    figures: Vec<Figure<u32>>,
    /// Claims with a denial cue or a rebuttal word, until resolved, and
    /// whom they point to.
    pending: Vec<Pending>,
    pointed: Vec<Pointed<u32, Short>>,
    /// The speakers each claim's speaker speaks for, of the few claims whose
    /// speaker does (`topic::Claim::principals`).
    principals: HashMap<u32, Vec<u32>>,
}

/// No interned text.
pub(super) const NONE: u32 = u32::MAX;

/// Marks an anchor that stands after an opposed word ([`Anchors::of`]), so
/// that it matches only an anchor after the other word: `Cruz will lose to
/// Trump` holds `Trump` after `lose`, `Trump will win` before `win`, and
/// they agree. (Key ids stay far below it.)
const AFTER: u32 = 1 << 31;

/// One claim's stance, read from [`Stances`].
#[derive(Clone, Copy, Debug)]
pub(super) struct Stance<'s> {
    pub(super) framing: Option<Framing>,
    /// The cue as evidence, where its framing can count (denial, assertive).
    pub(super) cue: Option<u32>,
    /// The rebuttal word as evidence.
    pub(super) rebuttal: Option<u32>,
    /// A contrast cue opening the claim itself ("But ..."), as evidence.
    pub(super) opening_cue: Option<u32>,
    pub(super) sides: &'s [Side<u32, Held>],
    pub(super) negated: &'s [Negated<u32, Held>],
    pub(super) targets: &'s [Target],
    /// Whether it is aimed at someone: it has targets, or names someone
    /// past the head of what it denies ([`Pointing::Beyond`]). A denial
    /// aimed at no one answers claims on its topic instead.
    pub(super) aimed: bool,
    /// All claims' anchors ([`Stance::anchors`]).
    anchors: &'s [u32],
}

impl<'s> Stance<'s> {
    /// What a side or negated term of this claim is said of.
    pub(super) fn anchors(&self, held: Held) -> &'s [u32] {
        let Some(from) = self.anchors.get(held.0 as usize..) else {
            return &[];
        };
        &from[..from.iter().position(|&key| key == NONE).unwrap_or(from.len())]
    }

    /// Whether this claim's `side` opposes the `other` claim's side
    /// `theirs`: the other side of the group, said of the same thing (a
    /// word near both, on the same side of both) unless the group's words
    /// judge.
    pub(super) fn opposes(&self, side: &Side<u32, Held>, other: &Stance<'_>, theirs: &Side<u32, Held>) -> bool {
        side.group == theirs.group
            && side.side != theirs.side
            && (side.verdict || {
                let near_theirs = other.anchors(theirs.anchors);
                self.anchors(side.anchors).iter().any(|key| near_theirs.contains(key))
            })
    }
}

fn text(id: u32) -> Option<u32> {
    (id != NONE).then_some(id)
}

impl Stances {
    /// Room for `claims` more claims.
    pub(super) fn reserve(&mut self, claims: usize) {
        self.framing.reserve_exact(claims);
        self.cue.reserve_exact(claims);
        self.rebuttal.reserve_exact(claims);
        self.opening_cue.reserve_exact(claims);
        self.side_starts.reserve_exact(claims + 1);
        self.negated_starts.reserve_exact(claims + 1);
        self.answer_starts.reserve_exact(claims + 1);
        self.figure_starts.reserve_exact(claims + 1);
    }

    /// Claim `claim`'s stance, once resolved ([`Stances::resolve`]).
    pub(super) fn get(&self, claim: usize) -> Stance<'_> {
        // (Resolved, each list of starts has one more at the end.)
        let range = |starts: &[u32]| starts[claim] as usize..starts[claim + 1] as usize;
        Stance {
            framing: self.framing[claim],
            cue: text(self.cue[claim]),
            rebuttal: text(self.rebuttal[claim]),
            opening_cue: text(self.opening_cue[claim]),
            sides: &self.sides[range(&self.side_starts)],
            negated: &self.negated[range(&self.negated_starts)],
            targets: &self.targets[range(&self.target_starts)],
            aimed: self.aimed[claim],
            anchors: &self.anchors,
        }
    }

    /// The evidence of claim `claim`'s dissent answering claim `other`
    /// ([`super::turns`]), if it answers it. (Asked apart from
    /// [`Stances::get`]: few claims answer any.)
    pub(super) fn answer(&self, claim: usize, other: usize) -> Option<u32> {
        let (start, end) = (
            self.answer_starts[claim] as usize,
            self.answer_starts[claim + 1] as usize,
        );
        if start == end {
            return None;
        }
        self.answers[start..end]
            .iter()
            .find(|&&(answered, _)| answered as usize == other)
            .map(|&(_, evidence)| evidence)
    }

    /// The figures claim `claim` gives. (Asked apart from
    /// [`Stances::get`]: few claims give any.)
    pub(super) fn figures(&self, claim: usize) -> &[Figure<u32>] {
        &self.figures[self.figure_starts[claim] as usize..self.figure_starts[claim + 1] as usize]
    }

    /// The speakers claim `claim`'s speaker speaks for.
    fn principals(&self, claim: usize) -> &[u32] {
        self.principals.get(&(claim as u32)).map_or(&[], Vec::as_slice)
    }

    /// Whether claim `claim`'s speaker speaks for `speaker` (`Clinton
    /// spokesman Jesse Ferguson` for Hillary Clinton): the two never oppose.
    pub(super) fn speaks_for(&self, claim: usize, speaker: u32) -> bool {
        self.principals(claim).contains(&speaker)
    }

    /// Whether claim `claim` (resolved) can give a pair no opposing signal
    /// of its own: no target, no side of opposed terms, no negated term, no
    /// denial cue, no rebuttal word. Most claims; and a pair of two such,
    /// unless close in terms, is no pair, with no need to read either
    /// stance whole.
    pub(super) fn is_quiet(&self, claim: usize) -> bool {
        let empty = |starts: &[u32]| starts[claim] == starts[claim + 1];
        empty(&self.side_starts)
            && empty(&self.negated_starts)
            && empty(&self.target_starts)
            && self.framing[claim] != Some(Framing::Denial)
            && self.rebuttal[claim] == NONE
            && self.answer_starts[claim] == self.answer_starts[claim + 1]
            && empty(&self.figure_starts)
    }

    /// Bytes held.
    pub(super) fn retained_bytes(&self) -> usize {
        let pending =
            self.pending.capacity() * size_of::<Pending>() + self.pointed.capacity() * size_of::<Pointed<u32, Short>>();
        self.framing.capacity()
            + (self.cue.capacity() + self.rebuttal.capacity() + self.opening_cue.capacity()) * 4
            + (self.side_starts.capacity() + self.negated_starts.capacity() + self.target_starts.capacity()) * 4
            + self.sides.capacity() * size_of::<Side<u32, Held>>()
            + self.negated.capacity() * size_of::<Negated<u32, Held>>()
            + self.anchors.capacity() * 4
            + self.targets.capacity() * size_of::<Target>()
            + self.aimed.capacity()
            + self.answer_starts.capacity() * 4
            + self.answers.capacity() * size_of::<(u32, u32)>()
            + self.figure_starts.capacity() * 4
            + self.figures.capacity() * size_of::<Figure<u32>>()
            + self
                .principals
                .values()
                .map(|principals| 16 + principals.capacity() * 4)
                .sum::<usize>()
            + pending
    }

    /// Adds the next claim's stance, with the document's keys turned into
    /// raw ids of the corpus (`raw_ids`) and its texts interned.
    pub(super) fn push(&mut self, draft: StanceDraft, raw_ids: &[u32], first_claim: usize, strings: &mut Strings) {
        let claim = self.framing.len() as u32;
        let raw = |key: u32| raw_ids[key as usize];
        let anchors = &mut self.anchors;
        let mut hold = |near: Anchors| {
            if near.keys().next().is_none() {
                return Held(NONE);
            }
            let start = anchors.len() as u32;
            grow(anchors, ANCHOR_SLOTS + 1);
            anchors.extend(near.keys().map(|key| {
                let id = raw(key & !AFTER);
                debug_assert!(id < AFTER, "a raw key id reaches the AFTER mark");
                id | (key & AFTER)
            }));
            anchors.push(NONE);
            Held(start)
        };
        let rare = draft.rare;
        if !draft.principals.is_empty() {
            self.principals.insert(claim, draft.principals);
        }
        self.framing.push(draft.framing);
        self.cue.push(draft.cue.map_or(NONE, |cue| strings.id(&cue)));
        self.rebuttal
            .push(rare.rebuttal.as_ref().map_or(NONE, |(_, text)| strings.id(text)));
        self.opening_cue
            .push(rare.opening_cue.map_or(NONE, |text| strings.id(&text)));
        self.answer_starts.push(self.answers.len() as u32);
        for (answered, evidence) in rare.answers {
            grow(&mut self.answers, 1);
            self.answers
                .push(((first_claim + answered) as u32, strings.id(&evidence)));
        }
        self.figure_starts.push(self.figures.len() as u32);
        grow(&mut self.figures, rare.figures.len());
        for figure in rare.figures {
            self.figures.push(Figure {
                units: figure.units.map(|unit| unit.map(|unit| strings.id(&unit))),
                low: figure.low,
                high: figure.high,
                text: strings.id(&figure.text),
            });
        }
        self.side_starts.push(self.sides.len() as u32);
        grow(&mut self.sides, rare.sides.len());
        for side in rare.sides {
            self.sides.push(Side {
                group: side.group,
                side: side.side,
                verdict: side.verdict,
                key: if side.key == NONE { NONE } else { raw(side.key) },
                negation: side.negation,
                anchors: hold(side.anchors),
                text: strings.id(&side.text),
            });
        }
        self.negated_starts.push(self.negated.len() as u32);
        grow(&mut self.negated, rare.negated.len());
        for negated in rare.negated {
            self.negated.push(Negated {
                key: raw(negated.key),
                negation: negated.negation,
                text: strings.id(&negated.text),
                affirmed_too: negated.affirmed_too,
                anchors: hold(negated.anchors),
                doubtful: negated.doubtful,
            });
        }
        if !rare.pointed.is_empty() {
            grow(&mut self.pending, 1);
            self.pending.push(Pending {
                claim,
                rebuttal: rare.rebuttal.map(|(span, _)| Short::new(span)),
                pointed_start: self.pointed.len() as u32,
            });
            grow(&mut self.pointed, rare.pointed.len());
            for pointed in rare.pointed {
                self.pointed.push(Pointed {
                    who: match pointed.who {
                        Pointer::Entity(key) => Pointer::Entity(raw(key)),
                        speaker => speaker,
                    },
                    how: pointed.how,
                    span: Short::new(pointed.span),
                    denial: pointed.denial.map(|text| strings.id(&text)),
                    rebuttal: pointed.rebuttal.map(|text| strings.id(&text)),
                });
            }
        }
    }

    /// Once the keys are interned (`key_of_raw`): key ids instead of raw
    /// ids, and the speakers each claim rebuts, of those it points to.
    pub(super) fn resolve(&mut self, claims: &[ClaimRecord], key_of_raw: &[u32], key_speaker: &[Option<u32>]) {
        for side in &mut self.sides {
            if side.key != NONE {
                side.key = key_of_raw[side.key as usize];
            }
        }
        for negated in &mut self.negated {
            negated.key = key_of_raw[negated.key as usize];
        }
        for key in self.anchors.iter_mut().filter(|key| **key != NONE) {
            *key = key_of_raw[(*key & !AFTER) as usize] | (*key & AFTER);
        }
        self.side_starts.push(self.sides.len() as u32);
        self.negated_starts.push(self.negated.len() as u32);
        self.answer_starts.push(self.answers.len() as u32);
        self.figure_starts.push(self.figures.len() as u32);
        let pending = std::mem::take(&mut self.pending);
        let pointed = std::mem::take(&mut self.pointed);
        let mut waiting = pending.iter().enumerate().peekable();
        self.target_starts = Vec::with_capacity(claims.len() + 1);
        self.aimed = Vec::with_capacity(claims.len());
        for (claim_index, claim) in claims.iter().enumerate() {
            self.target_starts.push(self.targets.len() as u32);
            let mut aimed = false;
            if let Some((index, pending_claim)) = waiting.next_if(|(_, waiting)| waiting.claim as usize == claim_index)
            {
                let end = pending
                    .get(index + 1)
                    .map_or(pointed.len(), |next| next.pointed_start as usize);
                let candidates = &pointed[pending_claim.pointed_start as usize..end];
                let (targets, aimed_beyond) = targets(
                    pending_claim.rebuttal,
                    candidates,
                    (claim.speaker, self.principals(claim_index)),
                    key_of_raw,
                    key_speaker,
                );
                aimed = aimed_beyond || !targets.is_empty();
                self.targets.extend(targets);
            }
            self.aimed.push(aimed);
        }
        self.target_starts.push(self.targets.len() as u32);
    }
}

/// The speakers a claim of `speaker` with a denial cue or a `rebuttal`
/// word rebuts, of the `candidates` it points to (never one of the
/// `principals` the speaker speaks for); and whether it names another
/// speaker past the head of what it denies ([`Pointing::Beyond`]).
fn targets(
    rebuttal: Option<Short>,
    candidates: &[Pointed<u32, Short>],
    (speaker, principals): (u32, &[u32]),
    key_of_raw: &[u32],
    key_speaker: &[Option<u32>],
) -> (Vec<Target>, bool) {
    // Entities once each (the first mention), those that are speakers, but
    // not whom the speaker speaks for.
    let mut seen: Vec<u32> = Vec::new();
    let mut pointed: Vec<(u32, &Pointed<u32, Short>)> = Vec::new();
    for candidate in candidates {
        let target = match candidate.who {
            Pointer::Entity(raw) => {
                let key = key_of_raw[raw as usize];
                if seen.contains(&key) {
                    continue;
                }
                seen.push(key);
                match key_speaker[key as usize] {
                    Some(target) => target,
                    None => continue,
                }
            }
            Pointer::Speaker(target) => target,
        };
        if !principals.contains(&target) && candidate.how != Pointing::Possessor {
            pointed.push((target, candidate));
        }
    }
    let aimed_beyond = pointed
        .iter()
        .any(|&(target, candidate)| candidate.how == Pointing::Beyond && target != speaker);
    pointed.retain(|&(_, candidate)| candidate.how != Pointing::Beyond);
    // The owner of the charge rebutted (`Rubio's claim that Cruz …`) is
    // the one rebutted, whoever else the charge names.
    if pointed
        .iter()
        .any(|&(target, candidate)| candidate.how == Pointing::Owner && target != speaker)
    {
        pointed.retain(|&(_, candidate)| candidate.how == Pointing::Owner);
    }
    let mut targets: Vec<Target> = Vec::new();
    let mut add_target = |target: u32, strength: f32, evidence: u32| {
        if target == speaker {
            return;
        }
        match targets.iter_mut().find(|have| have.speaker == target) {
            Some(have) if have.strength >= strength => {}
            Some(have) => {
                have.strength = strength;
                have.evidence = evidence;
            }
            None => targets.push(Target {
                speaker: target,
                strength,
                evidence,
            }),
        }
    };
    // A denial-framed cue whose content points to someone.
    for &(target, candidate) in &pointed {
        if let Some(evidence) = candidate.denial {
            add_target(target, REBUTTAL_BY_DENIAL, evidence);
        }
    }
    // A rebuttal word in what the speaker said, aimed at the person pointed
    // to nearest it (before it, on a tie).
    if let Some(rebuttal) = rebuttal.map(Short::span) {
        let distance = |span: Span| {
            if span.end <= rebuttal.start {
                (rebuttal.start - span.end, 0)
            } else {
                (span.start.saturating_sub(rebuttal.end), 1)
            }
        };
        let nearest = pointed
            .iter()
            .filter(|&&(target, _)| target != speaker)
            .min_by_key(|&&(_, candidate)| distance(candidate.span.span()));
        if let Some(&(target, candidate)) = nearest
            && let Some(evidence) = candidate.rebuttal
        {
            add_target(target, REBUTTAL_BY_WORD, evidence);
        }
    }
    (targets, aimed_beyond)
}

/// Whether the name at `span` owns a charge (a noun of the `charge` class):
/// `Rubio's claim`, `Sanders' account`. `region` is the tokens around it,
/// with their lower-case forms, possessives dropped.
fn owns_charge(text: &str, span: Span, (region, lowers): (&[Token], &[Cow<str>]), lexicon: &Lexicon<'_>) -> bool {
    after_possessive(text, span, region).is_some_and(|next| {
        lowers
            .get(next)
            .is_some_and(|lower| lexicon.grammar.lexeme(lower).is(WordClass::Charge))
    })
}

/// Whether the name at `span` is the possessor of people (a group noun of
/// `people.txt` within [`PEOPLE_REACH`] words, `Mr. Trump's remaining
/// rivals`, `Clinton's aides`): what is said is of them, not of it. (Not a
/// role: `Obama's executive actions`, `Obama's nominee` are his.)
fn possesses_people(text: &str, span: Span, (region, lowers): (&[Token], &[Cow<str>]), lexicon: &Lexicon<'_>) -> bool {
    after_possessive(text, span, region).is_some_and(|next| {
        (next..region.len().min(next + PEOPLE_REACH))
            .take_while(|&at| region[at].class == TokenClass::Word)
            .any(|at| {
                lexicon
                    .grammar
                    .lexeme(&lowers[at])
                    .person
                    .as_ref()
                    .is_some_and(|entry| entry.kind == crate::grammar::PersonWordKind::Group)
            })
    })
}

/// How many words after a possessive name its people may be.
const PEOPLE_REACH: usize = 3;

/// The index in `region` of the token after the name at `span` when the
/// name is possessive (`Rubio's`, `Sanders’ `).
fn after_possessive(text: &str, span: Span, region: &[Token]) -> Option<usize> {
    let written = span.of(text);
    let next = region.partition_point(|token| token.span.start < span.end);
    if strip_possessive(written).len() != written.len() {
        return Some(next);
    }
    // (`Sanders’ account`: the apostrophe alone, after the name.)
    region
        .get(next)
        .is_some_and(|token| token.span.start == span.end && matches!(token.span.of(text), "'" | "’" | "'s" | "’s"))
        .then_some(next + 1)
}

/// The head of the object a claim's content is, where a verb before it
/// acts on it: from its start to the first preposition, clause word or
/// punctuation mark (`Trump's retweet` of `Trump's retweet of an image`),
/// past a leading infinitive (`to endorse Trump`) or the word that opens
/// a question (`whether Trump …`), and on through `by` or
/// `from` after a charge and the names it lists (`the charges by Trump`,
/// `criticism from Giles, Millis and Doley`). `region` is the
/// tokens around the claim, with their lower-case forms, possessives
/// dropped.
fn object_head(content: Span, (region, lowers): (&[Token], &[Cow<str>]), text: &str, lexicon: &Lexicon<'_>) -> Span {
    let grammar = lexicon.grammar;
    let mut at = region.partition_point(|token| token.span.start < content.start);
    let end = region.partition_point(|token| token.span.end <= content.end);
    if at + 1 < end && lowers[at] == "to" && region[at + 1].class == TokenClass::Word {
        at += 2;
    }
    // (What a question asks of is its clause's subject: `questioned
    // whether Cruz's birth …`, `questioned why Khan's wife …`, `disputed
    // what Trump said`. A `that` clause is a charge, not its subject's.)
    if at < end && grammar.lexeme(&lowers[at]).is(WordClass::Complementizer) && lowers[at] != "that" {
        at += 1;
    }
    let mut head_end = content.start;
    let mut words = 0;
    // (Past `by` or `from` after a charge, its authors are listed:
    // `criticism from Giles, Millis and Doley`.)
    let mut authors = false;
    while at < end && words < OBJECT_HEAD_WORDS {
        let token = region[at];
        let lexeme = grammar.lexeme(&lowers[at]);
        let listed = authors && (token.span.of(text) == "," || lowers[at] == "and");
        let stops = !listed
            && match token.class {
                TokenClass::Punct => !matches!(token.span.of(text), "'" | "’" | "." | "-"),
                TokenClass::Number => false,
                TokenClass::Word => {
                    let after_charge = at > 0 && grammar.lexeme(&lowers[at - 1]).is(WordClass::Charge);
                    let by_whom = after_charge && matches!(lowers[at].as_ref(), "by" | "from");
                    authors |= by_whom;
                    // (`denied that.`, `dismissed that as nonsense`,
                    // `rejected that explanation`: a demonstrative, what was
                    // said before, opens no clause.)
                    let opens_clause = !demonstrative_that(at, (&region[..end], lowers), grammar);
                    !by_whom
                        && (lexeme.is(WordClass::Preposition)
                            || (lexeme.is(WordClass::Complementizer) && opens_clause)
                            || lexeme.is(WordClass::Relative)
                            || lexeme.is(WordClass::Conjunction)
                            || lexeme.is(WordClass::Subordinator))
                }
            };
        if stops {
            break;
        }
        words += usize::from(token.class != TokenClass::Punct);
        head_end = token.span.end;
        at += 1;
    }
    Span::new(content.start, head_end)
}

/// The clause a rebuttal word refutes, if one follows it, to the end of
/// its sentence: from a `that` opening a clause within [`REFUTED_REACH`]
/// tokens after the word (`no evidence that Mills intervened`, `the
/// suggestion - unfounded, I think - that the city sat on …`). A relative
/// clause, whose preposition is stranded at its end (`the lie that Ted's
/// campaign is built on`), says whose the falsehood is, and is no such
/// clause.
fn refuted_clause(
    rebuttal: Span,
    (region, lowers): (&[Token], &[Cow<str>]),
    text: &str,
    lexicon: &Lexicon<'_>,
) -> Option<Span> {
    let grammar = lexicon.grammar;
    let ends_sentence = |at: usize| matches!(region[at].span.of(text), "." | "!" | "?" | ";");
    let from = region.partition_point(|token| token.span.start < rebuttal.end);
    let that = (from..region.len().min(from + REFUTED_REACH))
        .take_while(|&at| !ends_sentence(at))
        .find(|&at| lowers[at] == "that")?;
    if demonstrative_that(that, (region, lowers), grammar) {
        return None;
    }
    let clause_end = (that + 1..region.len())
        .find(|&at| region[at].class == TokenClass::Punct && !matches!(region[at].span.of(text), "'" | "’" | "-"))
        .unwrap_or(region.len());
    let stranded = clause_end > that + 1 && grammar.lexeme(&lowers[clause_end - 1]).is(WordClass::Preposition);
    let sentence_end = (clause_end..region.len())
        .find(|&at| ends_sentence(at))
        .map_or(region[region.len() - 1].span.end, |at| region[at].span.start);
    (!stranded).then(|| Span::new(region[that].span.start, sentence_end))
}

/// Whether the `that` at `at` points to what was said before rather than
/// opening a clause: nothing of a phrase follows it (`denied that.`,
/// `dismissed that as nonsense`), or a noun of what was said does, alone
/// (`rejected that explanation, saying …`; not `denied that reports of
/// abuse were true`).
fn demonstrative_that(at: usize, (region, lowers): (&[Token], &[Cow<str>]), grammar: &Grammar) -> bool {
    let phrase_ends = |at: usize| {
        at >= region.len()
            || region[at].class != TokenClass::Word
            || grammar.lexeme(&lowers[at]).is(WordClass::Preposition)
    };
    phrase_ends(at + 1) || grammar.lexeme(&lowers[at + 1]).is(WordClass::Charge) && phrase_ends(at + 2)
}

/// How many tokens after a rebuttal word a clause it refutes may open.
const REFUTED_REACH: usize = 8;

/// How many words the head of an object ([`object_head`]) may have.
const OBJECT_HEAD_WORDS: usize = 8;

/// Whether a claim is a refusal to speak or to deny: `declined to comment
/// on …`, `refused to say whether …`, `declined to criticize …`, `refused
/// to disavow …`. Its cue ends in a verb of denial flagged `infinitive` (a
/// refusal) and the claim opens with `to` and a verb of the `withheld`
/// class, a verb of speech (flagged `quote`) or one of denial. (A refusal
/// to accept or to endorse, which quote nothing, still denies.)
fn refuses_to_speak(quote: &crate::analysis::Quote, claim: &Claim, text: &str, lexicon: &Lexicon<'_>) -> bool {
    let grammar = lexicon.grammar;
    let refusal = quote
        .cue
        .and_then(|cue| cue.of(text).split_whitespace().next_back())
        .is_some_and(|word| {
            grammar
                .verb(&lower_case(word))
                .is_some_and(|(verb, _)| verb.framing == Framing::Denial && verb.infinitive)
        });
    let mut words = claim.words.iter().map(|word| word.lower(text));
    // (One adverb may split the infinitive: `to directly respond`, not
    // `to reply`.)
    let verb = words.next().filter(|&word| word == "to").and_then(|_| {
        let word = words.next()?;
        if word.ends_with("ly") && grammar.verb(word).is_none() {
            words.next()
        } else {
            Some(word)
        }
    });
    refusal
        && verb.is_some_and(|word| {
            grammar.lexeme(word).is(WordClass::Withheld)
                || grammar
                    .verb(word)
                    .is_some_and(|(verb, _)| verb.quotes || verb.framing == Framing::Denial)
        })
}

/// Whether a claim cued by a verb of denial names whom the verb acts on and
/// then `to`: `challenged Trump to a debate`, `dared him to run`, an
/// invitation, not a rebuttal of an account; or, after a verb of the
/// `contest` class, `for` and an `office` within four words: `challenging
/// Ayotte for her Senate seat`, a contest. (Not `for` otherwise: `mocked
/// Romney for not releasing his returns` rebuts.) Or, after a verb of the
/// `inquiry` class, a preposition of what it is about: `questioned Earnest
/// about the shooting` asks him (`questioned Earnest's account` doubts it).
fn acts_on_someone(claim: &Claim, cue: &str, text: &str, lexicon: &Lexicon<'_>) -> bool {
    let words = &claim.words;
    let object = words.iter().take_while(|word| word.in_name).count().max(
        words
            .first()
            .filter(|word| {
                // (A person: `dismissed it for lacking evidence` rebuts.)
                lexicon
                    .grammar
                    .lexeme(word.lower(text))
                    .pronoun
                    .as_ref()
                    .is_some_and(|pronoun| !pronoun.thing)
            })
            .map_or(0, |_| 1),
    );
    if object == 0 {
        return false;
    }
    // (`challenged Trump and Cruz to`: names joined by `and`.)
    let is = |at: usize, lower: &str| words.get(at).is_some_and(|word| word.lower(text) == lower);
    let in_name = |at: usize| words.get(at).is_some_and(|word| word.in_name);
    let mut after = object;
    while is(after, "and") && in_name(after + 1) {
        after += 1;
        while in_name(after) {
            after += 1;
        }
    }
    let grammar = lexicon.grammar;
    // (`challenging Clinton and former Maryland Gov. Martin O'Malley for`:
    // the `for` after the last name of the object.)
    let contest = || {
        grammar.lexeme(&lower_case(cue)).is(WordClass::Contest)
            && (after..words.len().min(object + 10)).any(|at| {
                is(at, "for")
                    && in_name(at - 1)
                    && words
                        .iter()
                        .skip(at + 1)
                        .take(4)
                        .any(|word| grammar.lexeme(word.lower(text)).is(WordClass::Office))
            })
    };
    // (`questioned Earnest about the shooting`: asked him.)
    let inquiry = || {
        grammar.lexeme(&lower_case(cue)).is(WordClass::Inquiry)
            && words
                .get(after)
                .is_some_and(|word| grammar.lexeme(word.lower(text)).is(WordClass::TopicPreposition))
    };
    is(after, "to") || contest() || inquiry()
}

impl StanceDraft {
    /// The figures the claim gives, where it gives any.
    pub(super) fn figures_mut(&mut self) -> Option<&mut Vec<Figure<String>>> {
        (!self.rare.figures.is_empty()).then_some(&mut self.rare.figures)
    }

    /// Reads the stance of a claim of `document`, taking the claims it
    /// answers ([`super::turns`]) from it.
    pub(super) fn new(
        claim: &mut Claim,
        facts: &DocumentFacts,
        document: &DocumentAnalysis<'_>,
        antonyms: &AntonymIndex,
        lexicon: &Lexicon<'_>,
    ) -> StanceDraft {
        let text = document.text;
        let quote = &document.analysis.quotes[claim.at.quote];
        let mut rare = Rare::EMPTY;
        // (The index keeps them in the stance only.)
        rare.answers = std::mem::take(&mut claim.answers);
        // Opposed terms, a negation flipping the side; a claim on both sides
        // of a group, or on a side in doubt, takes neither.
        let mut sides: Vec<Side<String>> = Vec::new();
        let mut both: Vec<u32> = Vec::new();
        let mut affirmed: Vec<u32> = Vec::new();
        for (index, word) in claim.words.iter().enumerate().filter(|(_, word)| !word.in_name) {
            for (group, side) in antonyms.lookup(word.lower(text)) {
                let (group, side) = (group as u32, side as u8);
                if word.doubt {
                    both.push(group);
                    continue;
                }
                let side = if word.negation.is_some() { 1 - side } else { side };
                let span = word
                    .negation
                    .map_or(word.span, |negation| Span::new(negation.start, word.span.end));
                match sides.iter().find(|have| have.group == group) {
                    Some(have) if have.side != side => both.push(group),
                    Some(_) => {}
                    None => sides.push(Side {
                        group,
                        side,
                        verdict: antonyms.verdict[group as usize],
                        key: word.key.unwrap_or(NONE),
                        negation: word.negation.map_or(NONE, |negation| negation.start as u32),
                        // (What a verdict is said of does not count.)
                        anchors: if antonyms.verdict[group as usize] {
                            Anchors::NONE
                        } else {
                            Anchors::of(claim, index, text, Some(lexicon.grammar))
                        },
                        text: clean(span.of(text), lexicon),
                    }),
                }
            }
        }
        for (index, word) in claim.words.iter().enumerate() {
            if let Some(key) = word.key {
                let span = match word.negation {
                    Some(negation) => Span::new(negation.start, word.span.end),
                    None if word.doubt => word.span,
                    None => {
                        affirmed.push(key);
                        continue;
                    }
                };
                // (A word in doubt only stands negated: no evidence, no anchors.)
                let (text, anchors) = if word.doubt {
                    (String::new(), Anchors::NONE)
                } else {
                    (clean(span.of(text), lexicon), Anchors::of(claim, index, text, None))
                };
                rare.negated.push(Negated {
                    key,
                    negation: word.negation.map_or(NONE, |negation| negation.start as u32),
                    text,
                    affirmed_too: false,
                    anchors,
                    doubtful: word.doubt,
                });
            }
        }
        for negated in &mut rare.negated {
            negated.affirmed_too = affirmed.contains(&negated.key);
        }
        sides.retain(|side| !both.contains(&side.group));
        rare.sides = sides;
        let lowers: Vec<&str> = claim.words.iter().map(|word| word.lower(text)).collect();
        if !lowers.is_empty() && lexicon.contrast_cues.match_at(&lowers).is_some() {
            rare.opening_cue = Some(clean(claim.words[0].span.of(text), lexicon));
        }
        // What the speaker said: the content and, outside it, only the object
        // side of the cue: from the cue to a claim it opens ("dismissed her
        // account as"), or the sentence before a claim whose cue follows
        // ("Her story was '…', he told"). Narration around it is the writer's.
        let sentence_start = facts
            .sentence_start(claim.span.start)
            .unwrap_or(claim.span.start)
            .min(claim.span.start);
        let outside = match quote.cue {
            Some(cue) if cue.end <= claim.span.start => Span::new(cue.start, claim.span.start),
            _ => Span::new(sentence_start, claim.span.start),
        };
        let said = Span::new(outside.start, claim.span.end);
        let first = facts.tokens.partition_point(|token| token.span.start < said.start);
        let last = facts.tokens.partition_point(|token| token.span.end <= said.end);
        // The figures of the content only: the cue's side is the writer's.
        // A partial quote's are those of the clause it sits in, to the end
        // of the sentence or the next quote (`brought ashore "in an orderly
        // way" within 90 minutes`).
        let figures_end = if quote.kind == Kind::Partial {
            let next_quote = document.analysis.quotes[claim.at.quote + 1..]
                .iter()
                .map(|next| next.span.start)
                .find(|&start| start >= claim.span.end);
            facts
                .sentence_end(claim.span.end)
                .min(next_quote.unwrap_or(usize::MAX))
                .max(claim.span.end)
        } else {
            claim.span.end
        };
        let figures_last = facts.tokens.partition_point(|token| token.span.end <= figures_end);
        let with_figures = &facts.tokens[first..figures_last.max(last).max(first)];
        let lowers: Vec<Cow<str>> = with_figures
            .iter()
            .map(|token| lower_case(strip_possessive(token.span.of(text))))
            .collect();
        let region = &with_figures[..last.max(first) - first];
        let region_lowers = &lowers[..region.len()];
        let content_from = region.partition_point(|token| token.span.start < claim.span.start);
        rare.figures = figures::read(&with_figures[content_from..], &lowers[content_from..], text, lexicon);
        let rebuttal = (0..region.len()).find_map(|at| {
            let length = lexicon.rebuttals.match_at(&region_lowers[at..])?;
            let negated = (at.saturating_sub(REBUTTAL_NEGATION_REACH)..at)
                .rev()
                .take_while(|&before| region[before].class == TokenClass::Word)
                .any(|before| lexicon.negations.match_at(&region_lowers[before..]).is_some());
            // "were denied", "is being denied the chance": a denial verb in
            // the passive tells what was refused, not whose account is wrong.
            // (The form of a verb of denial, read once for both tests.)
            let denial_form = lexicon
                .grammar
                .verb(&region_lowers[at])
                .filter(|(verb, _)| verb.framing == Framing::Denial)
                .map(|(_, form)| form);
            let passive = at > 0
                && (lexicon
                    .grammar
                    .lexeme(&region_lowers[at - 1])
                    .is(WordClass::Progressive)
                    || region_lowers[at - 1] == "being")
                && denial_form == Some(VerbForm::Past);
            // "the company had considered deeper cuts but rejected them": a
            // verb of denial with a subject of its own inside what was
            // reported is what that subject did, not the speaker's rebuttal
            // (but `he rejected it`, a pronoun, is most often the speaker).
            let reported_act = region[at].span.start > claim.span.start
                && claim.span.contains(region[at].span)
                && matches!(denial_form, Some(VerbForm::Past | VerbForm::Present3))
                && !lexicon
                    .grammar
                    .pronoun(&region_lowers[at - 1])
                    .is_some_and(|pronoun| pronoun.subject);
            (!negated && !passive && !reported_act)
                .then(|| Span::new(region[at].span.start, region[at + length - 1].span.end))
        });
        // (A label that condemns what was just reported rebuts as such a
        // word does: `called the cuts "a betrayal"`.)
        let rebuttal = rebuttal.or(claim.condemnation);
        rare.rebuttal = rebuttal.map(|span| (span, clean(span.of(text), lexicon)));
        // Who the claim points to: entities named in it (speakers once the
        // keys are interned), and pronouns and names on the object side,
        // resolved as speakers are; with the evidence a denial-framed cue
        // or the rebuttal word would write for each.
        let framing = match quote.framing {
            Some(Framing::Denial)
                if refuses_to_speak(quote, claim, text, lexicon)
                    || acts_on_someone(claim, quote.cue.map_or("", |cue| cue.of(text)), text, lexicon) =>
            {
                Some(Framing::Neutral)
            }
            framing => framing,
        };
        // (An accusation points at whom it accuses as a denial does.)
        let accusation = |cue: Span| {
            lexicon
                .grammar
                .lexeme(&lower_case(cue.of(text)))
                .is(WordClass::Accusation)
        };
        let denial_cue = match (framing, quote.cue) {
            (Some(Framing::Denial), Some(cue)) => Some(cue),
            (_, Some(cue)) if accusation(cue) => Some(cue),
            _ => None,
        };
        // A denial answers the head of what follows it, and so does a
        // rebuttal word that is the cue (`rejected`): `dismissed attempts to
        // unhorse Trump` answers the attempts, not Trump.
        let acting_cue = quote.cue.filter(|cue| {
            cue.end <= claim.span.start
                && (denial_cue.is_some() || rebuttal.is_some_and(|rebuttal| cue.contains(rebuttal)))
        });
        let answered = acting_cue.map(|_| object_head(claim.span, (region, region_lowers), text, lexicon));
        // A person in the clause a rebuttal word refutes is whom it is
        // refuted of: `no evidence that Mills intervened`.
        let refuted = rebuttal.and_then(|rebuttal| refuted_clause(rebuttal, (region, region_lowers), text, lexicon));
        if denial_cue.is_some() || rebuttal.is_some() {
            let pointers = claim
                .entities
                .iter()
                .map(|&(key, span)| (Pointer::Entity(key), span))
                .chain(
                    claim
                        .referents
                        .iter()
                        .filter(|&&(span, _)| said.contains(span))
                        .map(|&(span, speaker)| (Pointer::Speaker(speaker), span)),
                );
            for (who, span) in pointers {
                let how = if owns_charge(text, span, (region, region_lowers), lexicon) {
                    Pointing::Owner
                } else if possesses_people(text, span, (region, region_lowers), lexicon) {
                    Pointing::Possessor
                } else {
                    Pointing::Named
                };
                // (Not `such concerns`, which speaks of what was just
                // reported: `denied that staff had raised any such concerns`.)
                let such = crate::topic::such_phrase(text, span) == Some(span);
                let beyond = !such
                    && (answered.is_some_and(|head| span.start >= head.end && claim.span.contains(span))
                        || refuted.is_some_and(|clause| clause.contains(span)));
                if beyond && how != Pointing::Possessor {
                    rare.pointed.push(Pointed {
                        who,
                        how: Pointing::Beyond,
                        span,
                        denial: None,
                        rebuttal: None,
                    });
                    continue;
                }
                rare.pointed.push(Pointed {
                    who,
                    how,
                    span,
                    // (In the claim, or an accusation's object before it:
                    // `accused Saltmere of "…"`.)
                    denial: denial_cue
                        .filter(|&cue| {
                            claim.span.contains(span)
                                || accusation(cue) && cue.end <= span.start && span.end <= claim.span.start
                        })
                        .map(|cue| {
                            // (From the cue where it stands before the claim.)
                            let limit = Span::new(cue.end.min(claim.span.start), claim.span.end);
                            phrase_evidence(text, cue, extend_by_word(text, span, limit), lexicon)
                        }),
                    rebuttal: rebuttal.map(|rebuttal| phrase_evidence(text, span, rebuttal, lexicon)),
                });
            }
        }
        let cue = match framing {
            Some(Framing::Denial | Framing::Assertive) => quote.cue.map(|cue| clean(cue.of(text), lexicon)),
            _ => None,
        };
        StanceDraft {
            framing,
            cue,
            rare,
            principals: std::mem::take(&mut claim.principals),
        }
    }
}
