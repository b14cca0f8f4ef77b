//! What a claim says for or against: opposed terms, negations, a rebuttal,
//! whom it points to. Read once per claim while its document's text is at
//! hand ([`StanceDraft`]), then kept without the text ([`Stance`]): spans
//! for the checks between two claims and interned strings for the evidence.

use super::*;
use crate::topic::{Claim, DocumentFacts};

/// A speaker a claim rebuts, and the words that show it.
#[derive(Clone, Debug)]
pub(super) struct Target {
    pub(super) speaker: u32,
    pub(super) strength: f32,
    pub(super) evidence: u32,
}

/// One opposed-term group a claim takes a side in.
#[derive(Clone, Debug)]
pub(super) struct Side<S> {
    pub(super) group: usize,
    pub(super) side: usize,
    /// The word's term key.
    pub(super) key: Option<u32>,
    /// The word, with its negation ("not free").
    pub(super) span: Span,
    /// The word as evidence.
    pub(super) text: S,
}

/// A term negated in a claim.
#[derive(Clone, Debug)]
pub(super) struct Negated<S> {
    pub(super) key: u32,
    /// The negated words ("never inspected").
    pub(super) span: Span,
    /// They as evidence.
    pub(super) text: S,
    /// The same term also stands un-negated in the claim.
    pub(super) affirmed_too: bool,
}

/// Whom a claim may point to: an entity key (a speaker once the keys are
/// interned, if it names one) or a speaker resolved already.
#[derive(Clone, Copy, Debug)]
pub(super) enum Pointer {
    Entity(u32),
    Speaker(u32),
}

/// Someone a claim with a denial cue or a rebuttal word points to, with the
/// evidence either would write.
#[derive(Clone, Debug)]
pub(super) struct Pointed<S> {
    pub(super) who: Pointer,
    pub(super) span: Span,
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
    /// Whom it points to, until resolved into `targets`.
    pub(super) pointed: Vec<Pointed<S>>,
    pub(super) targets: Vec<Target>,
}

impl<S> Rare<S> {
    const EMPTY: Rare<S> = Rare {
        sides: Vec::new(),
        negated: Vec::new(),
        rebuttal: None,
        opening_cue: None,
        pointed: Vec::new(),
        targets: Vec::new(),
    };

    fn is_empty(&self) -> bool {
        self.sides.is_empty()
            && self.negated.is_empty()
            && self.rebuttal.is_none()
            && self.opening_cue.is_none()
            && self.pointed.is_empty()
            && self.targets.is_empty()
    }
}

static NOTHING_RARE: Rare<u32> = Rare::EMPTY;

/// A claim's stance as read with its text: keys are the document's, texts
/// are strings.
#[derive(Clone, Debug)]
pub(super) struct StanceDraft {
    framing: Option<Framing>,
    /// The cue as evidence, where its framing can count (denial, assertive).
    cue: Option<String>,
    rare: Rare<String>,
}

/// A claim's stance as the index keeps it: key ids, interned texts.
#[derive(Clone, Debug)]
pub(super) struct Stance {
    pub(super) framing: Option<Framing>,
    pub(super) cue: Option<u32>,
    rare: Option<Box<Rare<u32>>>,
}

impl StanceDraft {
    /// Reads the stance of a claim of `document`.
    pub(super) fn new(
        claim: &Claim,
        facts: &DocumentFacts,
        document: &DocumentAnalysis<'_>,
        antonyms: &AntonymIndex,
        lexicon: &Lexicon<'_>,
    ) -> StanceDraft {
        let text = document.text;
        let quote = &document.analysis.quotes[claim.at.quote];
        let mut rare = Rare::EMPTY;
        // Opposed terms, a negation flipping the side; a claim on both sides
        // of a group takes neither.
        let mut sides: Vec<Side<String>> = Vec::new();
        let mut both: Vec<usize> = Vec::new();
        let mut affirmed: Vec<u32> = Vec::new();
        for word in claim.words.iter().filter(|word| !word.in_name) {
            for (group, side) in antonyms.lookup(&word.lower) {
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
                        key: word.key,
                        span,
                        text: clean(span.of(text), lexicon),
                    }),
                }
            }
        }
        for word in &claim.words {
            if let Some(key) = word.key {
                match word.negation {
                    Some(negation) => {
                        let span = Span::new(negation.start, word.span.end);
                        rare.negated.push(Negated {
                            key,
                            span,
                            text: clean(span.of(text), lexicon),
                            affirmed_too: false,
                        });
                    }
                    None => affirmed.push(key),
                }
            }
        }
        for negated in &mut rare.negated {
            negated.affirmed_too = affirmed.contains(&negated.key);
        }
        sides.retain(|side| !both.contains(&side.group));
        rare.sides = sides;
        let lowers: Vec<&str> = claim.words.iter().map(|word| word.lower.as_str()).collect();
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
        let region = &facts.tokens[first..last.max(first)];
        let region_lowers: Vec<String> = region
            .iter()
            .map(|token| strip_possessive(token.span.of(text)).to_lowercase())
            .collect();
        let rebuttal = (0..region.len()).find_map(|at| {
            let length = lexicon.rebuttals.match_at(&region_lowers[at..])?;
            let negated = (at.saturating_sub(REBUTTAL_NEGATION_REACH)..at)
                .rev()
                .take_while(|&before| region[before].class == TokenClass::Word)
                .any(|before| lexicon.negations.match_at(&region_lowers[before..]).is_some());
            (!negated).then(|| Span::new(region[at].span.start, region[at + length - 1].span.end))
        });
        rare.rebuttal = rebuttal.map(|span| (span, clean(span.of(text), lexicon)));
        // Who the claim points to: entities named in it (speakers once the
        // keys are interned), and pronouns and names on the object side,
        // resolved as speakers are; with the evidence a denial-framed cue
        // or the rebuttal word would write for each.
        let denial_cue = match (quote.framing, quote.cue) {
            (Some(Framing::Denial), Some(cue)) => Some(cue),
            _ => None,
        };
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
                rare.pointed.push(Pointed {
                    who,
                    span,
                    denial: denial_cue
                        .filter(|_| claim.span.contains(span))
                        .map(|cue| phrase_evidence(text, cue, extend_by_word(text, span, claim.span), lexicon)),
                    rebuttal: rebuttal.map(|rebuttal| phrase_evidence(text, span, rebuttal, lexicon)),
                });
            }
        }
        let cue = match quote.framing {
            Some(Framing::Denial | Framing::Assertive) => quote.cue.map(|cue| clean(cue.of(text), lexicon)),
            _ => None,
        };
        StanceDraft {
            framing: quote.framing,
            cue,
            rare,
        }
    }

    /// The stance with the document's keys turned into raw ids of the
    /// corpus (`raw_ids`) and its texts interned.
    pub(super) fn into_stance(self, raw_ids: &[u32], strings: &mut Strings) -> Stance {
        let raw = |key: u32| raw_ids[key as usize];
        let rare = self.rare;
        let rare = Rare {
            sides: rare
                .sides
                .into_iter()
                .map(|side| Side {
                    group: side.group,
                    side: side.side,
                    key: side.key.map(raw),
                    span: side.span,
                    text: strings.id(&side.text),
                })
                .collect(),
            negated: rare
                .negated
                .into_iter()
                .map(|negated| Negated {
                    key: raw(negated.key),
                    span: negated.span,
                    text: strings.id(&negated.text),
                    affirmed_too: negated.affirmed_too,
                })
                .collect(),
            rebuttal: rare.rebuttal.map(|(span, text)| (span, strings.id(&text))),
            opening_cue: rare.opening_cue.map(|text| strings.id(&text)),
            pointed: rare
                .pointed
                .into_iter()
                .map(|pointed| Pointed {
                    who: match pointed.who {
                        Pointer::Entity(key) => Pointer::Entity(raw(key)),
                        speaker => speaker,
                    },
                    span: pointed.span,
                    denial: pointed.denial.map(|text| strings.id(&text)),
                    rebuttal: pointed.rebuttal.map(|text| strings.id(&text)),
                })
                .collect(),
            targets: Vec::new(),
        };
        Stance {
            framing: self.framing,
            cue: self.cue.map(|text| strings.id(&text)),
            rare: (!rare.is_empty()).then(|| Box::new(rare)),
        }
    }
}

impl Stance {
    /// The parts most claims lack (empty for those).
    pub(super) fn rare(&self) -> &Rare<u32> {
        self.rare.as_deref().unwrap_or(&NOTHING_RARE)
    }

    /// Heap bytes held.
    pub(super) fn heap_bytes(&self) -> usize {
        self.rare.as_deref().map_or(0, |rare| {
            std::mem::size_of::<Rare<u32>>()
                + rare.sides.capacity() * std::mem::size_of::<Side<u32>>()
                + rare.negated.capacity() * std::mem::size_of::<Negated<u32>>()
                + rare.pointed.capacity() * std::mem::size_of::<Pointed<u32>>()
                + rare.targets.capacity() * std::mem::size_of::<Target>()
        })
    }

    /// Once the keys are interned (`key_of_raw`): key ids instead of raw
    /// ids, and the speakers the claim rebuts, of those it points to.
    pub(super) fn resolve(&mut self, speaker: u32, content: Span, key_of_raw: &[u32], key_speaker: &[Option<u32>]) {
        let Some(rare) = self.rare.as_deref_mut() else { return };
        for side in &mut rare.sides {
            side.key = side.key.map(|key| key_of_raw[key as usize]);
        }
        for negated in &mut rare.negated {
            negated.key = key_of_raw[negated.key as usize];
        }
        // Entities once each (the first mention), those that are speakers.
        let mut seen: Vec<u32> = Vec::new();
        let mut pointed: Vec<(u32, &Pointed<u32>)> = Vec::new();
        for candidate in &rare.pointed {
            let speaker = match candidate.who {
                Pointer::Entity(raw) => {
                    let key = key_of_raw[raw as usize];
                    if seen.contains(&key) {
                        continue;
                    }
                    seen.push(key);
                    match key_speaker[key as usize] {
                        Some(speaker) => speaker,
                        None => continue,
                    }
                }
                Pointer::Speaker(speaker) => speaker,
            };
            pointed.push((speaker, candidate));
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
                debug_assert!(content.contains(candidate.span));
                add_target(target, REBUTTAL_BY_DENIAL, evidence);
            }
        }
        // A rebuttal word in what the speaker said, aimed at the person
        // pointed to nearest it (before it, on a tie).
        if let Some((rebuttal, _)) = rare.rebuttal {
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
                .min_by_key(|&&(_, candidate)| distance(candidate.span));
            if let Some(&(target, candidate)) = nearest
                && let Some(evidence) = candidate.rebuttal
            {
                add_target(target, REBUTTAL_BY_WORD, evidence);
            }
        }
        rare.pointed = Vec::new();
        rare.targets = targets;
    }
}
