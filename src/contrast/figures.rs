//! Figures a claim gives: a number with its unit (`around 50 minutes`,
//! `€100m`, `more than 1.4 million records`), so that two sources whose
//! figures of one thing disagree can be set side by side with both figures
//! as the evidence.
//!
//! The numbers, scales, bounds and units are the grammar's
//! (`figures.txt`); a unit it does not list is the content word after the
//! number (`600 jobs`), and the word after that too where one follows
//! (`4,000 cubic metres`).

use std::borrow::Cow;

use rustc_hash::FxHashMap as HashMap;
use smallvec::SmallVec;

use crate::grammar::{Bound, Grammar, WordClass};
use crate::segment::{Token, TokenClass};
use crate::topic::Lexicon;

/// Two figures disagree when one is at least this many times the other.
const DISAGREE_RATIO: f64 = 1.5;
/// And at most this many times: two accounts of one thing stay within an
/// order of magnitude or so (`4,000` against `60,000 cubic metres`); `two
/// hours` and `two years`, `$5.5 million` and `$500 million` are of two
/// things.
const UNRELATED_RATIO: f64 = 20.0;

/// A number with its unit.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Figure<S> {
    /// The measure of a listed unit, else the unit word's key; and the
    /// next word's key where a second word follows (`cubic metres`).
    pub(super) units: [Option<S>; 2],
    /// The least and greatest value it allows, in the measure's smallest
    /// unit: equal for `50 minutes`, open above for `more than 50`.
    pub(super) low: f64,
    pub(super) high: f64,
    /// The words as written, for evidence: `around 50 minutes`.
    pub(super) text: S,
}

impl<S: PartialEq> Figure<S> {
    /// Whether the two figures count the same unit and their values differ
    /// by half again or more (`50 minutes` against `two hours`; not `more
    /// than 50 minutes` against `two hours`).
    pub(super) fn disagrees(&self, other: &Figure<S>) -> bool {
        let apart = |low: f64, high: f64| low >= high * DISAGREE_RATIO && low <= high * UNRELATED_RATIO;
        self.same_unit(other) && (apart(self.low, other.high) || apart(other.low, self.high))
    }

    /// Whether the two figures count the same unit and their values are
    /// alike: within half again of each other (`72 hours` and `72 hours`).
    pub(super) fn agrees(&self, other: &Figure<S>) -> bool {
        let close = |low: f64, high: f64| low < high * DISAGREE_RATIO;
        self.same_unit(other) && close(self.low, other.high) && close(other.low, self.high)
    }

    /// Whether a unit of one figure is a unit of the other.
    fn same_unit(&self, other: &Figure<S>) -> bool {
        self.units
            .iter()
            .flatten()
            .any(|unit| other.units.iter().flatten().any(|theirs| theirs == unit))
    }

    /// The figure's size: its least value, or its greatest when it has no
    /// least (`under 90 minutes`).
    fn size(&self) -> f64 {
        if self.low > 0.0 { self.low } else { self.high }
    }

    /// A unit of two words as one key, its words joined by a space
    /// (`postal ballot`).
    fn two_word_unit(&self) -> Option<String>
    where
        S: std::fmt::Display,
    {
        match &self.units {
            [Some(first), Some(second)] => Some(format!("{first} {second}")),
            _ => None,
        }
    }

    /// Whether both figures count a unit of two words, the same two
    /// (`3,000 postal ballots` and `1,140 postal ballots`): one thing
    /// counted twice, however far apart the two are told.
    pub(super) fn same_two_word_unit(&self, other: &Figure<S>) -> bool {
        self.units.iter().all(Option::is_some) && self.units == other.units
    }
}

/// The value of a number token: `4,000`, `2.4bn` (a glued scale), `10km`
/// (a glued unit, returned beside it); `None` for a year (`2014`), an
/// ordinal (`3rd`), a decade (`1990s`) or anything else.
fn digits(written: &str, grammar: &Grammar) -> Option<(f64, Option<(String, f64)>)> {
    let number_end = written
        .find(|ch: char| !(ch.is_ascii_digit() || ch == ',' || ch == '.'))
        .unwrap_or(written.len());
    let (number, suffix) = written.split_at(number_end);
    let plain: String = number.chars().filter(|&ch| ch != ',').collect();
    // (Commas only between groups of three digits: `4,000`, not `1,2`.)
    let groups_ok = number
        .split('.')
        .next()
        .is_some_and(|whole| whole.split(',').skip(1).all(|group| group.len() == 3));
    let value: f64 = plain.parse().ok().filter(|_| groups_ok)?;
    if suffix.is_empty() {
        let year = !number.contains([',', '.']) && number.len() == 4 && (1800.0..=2100.0).contains(&value);
        return (!year).then_some((value, None));
    }
    let suffix = suffix.to_lowercase();
    if let Some(&scale) = grammar.figures.scales.get(&suffix) {
        return Some((value * scale, None));
    }
    grammar
        .figures
        .units
        .get(&suffix)
        .map(|(measure, size)| (value, Some((measure.clone(), *size))))
}

/// Whether token `at` of `region` is a word that can name what a number
/// counts: a content word, no number or scale (`jobs`, `patients`).
fn unit_word(region: &[Token], lowers: &[Cow<'_, str>], at: usize, lexicon: &Lexicon<'_>) -> bool {
    region.get(at).is_some_and(|token| token.class == TokenClass::Word) && {
        let lower = &*lowers[at];
        let figures = &lexicon.grammar.figures;
        !lexicon.is_function_lexeme(lower, || lexicon.grammar.lexeme(lower))
            && !figures.numbers.contains_key(lower)
            && !figures.scales.contains_key(lower)
    }
}

/// A bound before the number whose first token is `first` (`more than`,
/// `at least`, `over`), and where the figure then starts: there, or at an
/// approximator (`about`), or at `first`.
fn bound_before(region: &[Token], lowers: &[Cow<'_, str>], first: usize, grammar: &Grammar) -> (Option<Bound>, usize) {
    let Some(before) = first
        .checked_sub(1)
        .filter(|&before| region[before].class == TokenClass::Word)
    else {
        return (None, first);
    };
    let (word, opens) = if lowers[before] == "than" && before > 0 {
        (&*lowers[before - 1], before - 1)
    } else {
        (&*lowers[before], before)
    };
    if let Some(&found) = grammar.figures.bounds.get(word) {
        (Some(found), opens)
    } else if grammar.lexeme(word).is(WordClass::Approximator) {
        (None, opens)
    } else {
        (None, first)
    }
}

/// The value of the number at `at` of `region`: digits (`6`, `6%`, with the
/// share sign glued on) or a number word (`one`).
fn number_at(region: &[Token], lowers: &[Cow<'_, str>], at: usize, text: &str, grammar: &Grammar) -> Option<f64> {
    let token = region.get(at)?;
    match token.class {
        TokenClass::Number => {
            let written = token.span.of(text);
            let written = written.strip_suffix('%').unwrap_or(written);
            let digits_end = written
                .find(|ch: char| !(ch.is_ascii_digit() || ch == ',' || ch == '.'))
                .unwrap_or(written.len());
            (digits_end == written.len())
                .then(|| digits(written, grammar).map(|(value, _)| value))
                .flatten()
        }
        TokenClass::Word => grammar.figures.numbers.get(&*lowers[at]).copied(),
        _ => None,
    }
}

/// A share of a group that opens at `start` of `region`, with the index
/// just past it: `6% of patients`, `42 percent of the schools` (`of` and
/// up to two function words before the group), `one school in ten`, `one
/// in three patients`. Its unit is the group's stem after `%`; its value a
/// fraction, bounded by `fewer than` and the like before it.
fn share_of(
    region: &[Token],
    lowers: &[Cow<'_, str>],
    start: usize,
    text: &str,
    lexicon: &Lexicon<'_>,
) -> Option<(Figure<String>, usize)> {
    let grammar = lexicon.grammar;
    let figures = &grammar.figures;
    let number = number_at(region, lowers, start, text, grammar)?;
    let word = |at: usize| {
        region
            .get(at)
            .filter(|token| token.class == TokenClass::Word)
            .map(|_| &*lowers[at])
    };
    let noun = |at: usize| unit_word(region, lowers, at, lexicon) && !figures.shares.contains(&*lowers[at]);
    let glued = region[start].span.of(text).ends_with('%');
    let (value, group, end) = if glued
        || lowers
            .get(start + 1)
            .is_some_and(|lower| matches!(&**lower, "percent" | "%"))
    {
        // `6% of patients`, `42 percent of the schools`.
        let mut at = if glued { start + 1 } else { start + 2 };
        if word(at) != Some("of") {
            return None;
        }
        at += 1;
        let mut skipped = 0;
        while skipped < 2
            && word(at).is_some_and(|lower| !noun(at) && lexicon.is_function_lexeme(lower, || grammar.lexeme(lower)))
        {
            at += 1;
            skipped += 1;
        }
        if !noun(at) {
            return None;
        }
        (number / 100.0, at, at + 1)
    } else if noun(start + 1) && word(start + 2) == Some("in") {
        // `one school in ten`.
        let whole = number_at(region, lowers, start + 3, text, grammar)?;
        (number / whole, start + 1, start + 4)
    } else if word(start + 1) == Some("in") && noun(start + 3) {
        // `one in three patients`.
        let whole = number_at(region, lowers, start + 2, text, grammar)?;
        (number / whole, start + 3, start + 4)
    } else {
        return None;
    };
    if !(value > 0.0 && value <= 1.0) {
        return None;
    }
    let (bound, first) = bound_before(region, lowers, start, grammar);
    let (low, high) = match bound {
        Some(Bound::AtLeast) => (value, 1.0),
        Some(Bound::AtMost) => (0.0, value),
        None => (value, value),
    };
    let figure = Figure {
        units: [Some(format!("%{}", crate::topic::stem(&lowers[group]))), None],
        low,
        high,
        text: super::clean(&text[region[first].span.start..region[end - 1].span.end], lexicon),
    };
    Some((figure, end))
}

/// The figures of the tokens `region` (with their lower-case forms), read
/// from `text`.
pub(super) fn read(
    region: &[Token],
    lowers: &[Cow<'_, str>],
    text: &str,
    lexicon: &Lexicon<'_>,
) -> Vec<Figure<String>> {
    let grammar = lexicon.grammar;
    let figures = &grammar.figures;
    let mut found = Vec::new();
    let word_at = |at: usize| region.get(at).filter(|token| token.class == TokenClass::Word);
    let mut index = 0;
    while index < region.len() {
        let token = region[index];
        let lower = &*lowers[index];
        // A share of a group: `6% of patients`, `one school in ten`.
        if let Some((share, end)) = share_of(region, lowers, index, text, lexicon) {
            found.push(share);
            index = end;
            continue;
        }
        // The number: digits, a number word, or `a` before a scale.
        let (mut value, mut unit) = match token.class {
            TokenClass::Number => match digits(token.span.of(text), grammar) {
                Some(read) => read,
                None => {
                    index += 1;
                    continue;
                }
            },
            TokenClass::Word if figures.numbers.contains_key(lower) => (figures.numbers[lower], None),
            // (`a million`; not `an hour`, most often a rate: `300 births a
            // year`, `$15 an hour`.)
            TokenClass::Word
                if matches!(lower, "a" | "an")
                    && word_at(index + 1).is_some_and(|_| figures.scales.contains_key(&*lowers[index + 1])) =>
            {
                (1.0, None)
            }
            _ => {
                index += 1;
                continue;
            }
        };
        // (`May 3`, `No. 10`: a date or a number's name, no figure.)
        let dated = index > 0 && grammar.lexeme(&lowers[index - 1]).is(WordClass::Month);
        let start = index;
        let mut end = index + 1;
        // (`52 percent`, `5 percentage points`: a share, no figure.)
        let share = |at: usize| region.get(at).is_some_and(|_| figures.shares.contains(&*lowers[at]));
        while unit.is_none() && word_at(end).is_some_and(|_| figures.scales.contains_key(&*lowers[end])) {
            value *= figures.scales[&*lowers[end]];
            end += 1;
        }
        let content = |at: usize| unit_word(region, lowers, at, lexicon);
        // The content word at `at` and the next one, if content too, as a
        // unit's keys, with where they end (`600 jobs`, `cubic metres`).
        let content_units = |at: usize| -> Option<([Option<String>; 2], usize)> {
            if !content(at) {
                return None;
            }
            let second = content(at + 1).then(|| crate::topic::stem(&lowers[at + 1]));
            let end = at + 1 + usize::from(second.is_some());
            Some(([Some(crate::topic::stem(&lowers[at])), second], end))
        };
        // A unit: a currency sign before it, a listed unit or `%` after it,
        // else the content words after it.
        let mut first = start;
        let sign = start
            .checked_sub(1)
            .filter(|&before| region[before].class == TokenClass::Punct)
            .and_then(|before| figures.units.get(&*lowers[before]).map(|unit| (before, unit)));
        let mut units: [Option<String>; 2] = [None, None];
        if let Some((measure, size)) = unit.take() {
            value *= size;
            units[0] = Some(measure);
        } else if let Some((before, (measure, size))) = sign {
            value *= size;
            units[0] = Some(measure.clone());
            first = before;
        } else if let Some((measure, size)) = region.get(end).and_then(|_| figures.units.get(&*lowers[end])) {
            value *= size;
            units[0] = Some(measure.clone());
            end += 1;
        } else {
            // (Glued to the words before: `a 26-year-old`, no figure.)
            let glued = region
                .get(end)
                .is_some_and(|next| next.span.start == region[end - 1].span.end);
            if let Some((found, found_end)) = content_units(end).filter(|_| !glued) {
                units = found;
                end = found_end;
            }
        }
        // `fewer than 600 of its 1,450 crew members`: a part of a whole
        // counts the whole's unit, and the whole is no figure of its own.
        if units[0].is_none() && word_at(end).is_some_and(|_| lowers[end] == "of") {
            let mut whole = end + 1;
            if word_at(whole).is_some_and(|_| {
                let lower = &*lowers[whole];
                grammar.lexeme(lower).is(WordClass::Determiner)
                    || grammar.pronoun(lower).is_some_and(|pronoun| !pronoun.subject)
            }) {
                whole += 1;
            }
            if region.get(whole).is_some_and(|token| token.class == TokenClass::Number)
                && digits(region[whole].span.of(text), grammar).is_some_and(|(_, unit)| unit.is_none())
            {
                let mut unit_at = whole + 1;
                while word_at(unit_at).is_some_and(|_| figures.scales.contains_key(&*lowers[unit_at])) {
                    unit_at += 1;
                }
                if let Some((found, found_end)) = content_units(unit_at) {
                    units = found;
                    end = found_end;
                }
            }
        }
        // (`two years ago`: a time, not a length of it.)
        let dated = dated || word_at(end).is_some_and(|_| grammar.lexeme(&lowers[end]).is(WordClass::TimePast));
        // (`$41,000 a year`, `$15 an hour`, `10 dollars a ton`: a rate, of
        // as many things as there are earners or tons; `one to two years`,
        // `between 5 and 10 days`: a range.)
        let rate = word_at(end).is_some_and(|_| matches!(&*lowers[end], "a" | "an" | "per"))
            && region
                .get(end + 1)
                .is_some_and(|_| figures.units.contains_key(&*lowers[end + 1]) || content(end + 1));
        // (A rate of a unit of two words is specific enough to be of one
        // thing: `40 cubic metres per second` against `12 cubic metres a
        // second`.)
        let rate = if rate && units[1].is_some() && !dated {
            let per = crate::topic::stem(&lowers[end + 1]);
            for unit in units.iter_mut().flatten() {
                *unit = format!("{unit}/{per}");
            }
            end += 2;
            false
        } else {
            rate
        };
        let range = first >= 2
            && matches!(&*lowers[first - 1], "to" | "and" | "-" | "–")
            && (region[first - 2].class == TokenClass::Number || figures.numbers.contains_key(&*lowers[first - 2]));
        if units[0].is_none() || dated || rate || range || share(end) || share(start + 1) {
            index = end.max(index + 1);
            continue;
        }
        let (bound, first) = bound_before(region, lowers, first, grammar);
        let (low, high) = match bound {
            Some(Bound::AtLeast) => (value, f64::INFINITY),
            Some(Bound::AtMost) => (0.0, value),
            None => (value, value),
        };
        found.push(Figure {
            units,
            low,
            high,
            // (As evidence: quote marks dropped, white space collapsed.)
            text: super::clean(&text[region[first].span.start..region[end - 1].span.end], lexicon),
        });
        index = end;
    }
    found
}

/// Keeps of a document's figures (each claim's, with its speaker) only
/// those of a unit that exactly two speakers give at a like size: two
/// sources' competing figures (`around 50 minutes` against `two hours`),
/// not the many figures of one unit a story lists (poll shares, sums of
/// money), which measure different things. A figure of the unit far apart
/// in size (`26 years at sea` beside `within 90 minutes`, the `11 million
/// cubic metres` a dam holds beside two accounts of a leak) is of
/// something else and does not count.
pub(super) fn keep_contested(claims: &mut [(u32, &mut Vec<Figure<String>>)]) {
    // Each unit's speakers, each with the least and greatest size it gives,
    // up to `MAX_SPEAKERS`: past that the unit is a list, never contested,
    // and each figure asks a handful of speakers, so the work stays linear.
    // (A unit of two words counts apart from its words, joined by a space:
    // `postal ballots` is contested though three sources count `ballots`.)
    const MAX_SPEAKERS: usize = 8;
    type Sizes = SmallVec<[(u32, f64, f64); 4]>;
    let mut speakers: HashMap<String, Sizes> = HashMap::default();
    let mut count = |unit: String, speaker: u32, size: f64| {
        let of_unit = speakers.entry(unit).or_default();
        if let Some((_, least, greatest)) = of_unit.iter_mut().find(|(known, _, _)| *known == speaker) {
            *least = least.min(size);
            *greatest = greatest.max(size);
        } else if of_unit.len() <= MAX_SPEAKERS {
            of_unit.push((speaker, size, size));
        }
    };
    for (speaker, figures) in claims.iter() {
        for figure in figures.iter() {
            for unit in figure.units.iter().flatten() {
                count(unit.clone(), *speaker, figure.size());
            }
            if let Some(pair) = figure.two_word_unit() {
                count(pair, *speaker, figure.size());
            }
        }
    }
    // How many speakers give a figure of `unit` of a size like `size`.
    let alike = |unit: &str, size: f64| {
        speakers.get(unit).map_or(0, |of_unit| {
            if of_unit.len() > MAX_SPEAKERS {
                return usize::MAX;
            }
            of_unit
                .iter()
                .filter(|&&(_, least, greatest)| {
                    comparable(size, least) || comparable(size, greatest) || (least..=greatest).contains(&size)
                })
                .count()
        })
    };
    for (_, figures) in claims.iter_mut() {
        for figure in figures.iter_mut() {
            let size = figure.size();
            if figure.two_word_unit().is_some_and(|pair| alike(&pair, size) == 2) {
                continue;
            }
            for unit in &mut figure.units {
                if unit.as_ref().is_some_and(|unit| alike(unit, size) != 2) {
                    *unit = None;
                }
            }
        }
        figures.retain(|figure| figure.units.iter().any(Option::is_some));
    }
}

/// Whether two sizes are within [`UNRELATED_RATIO`] of each other.
fn comparable(one: f64, other: f64) -> bool {
    let (small, large) = if one <= other { (one, other) } else { (other, one) };
    large <= small * UNRELATED_RATIO
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::Grammar;
    use crate::span::Span;
    use crate::topic::{lower_case, strip_possessive};

    /// The figures of `text` as (text, units, low, high).
    fn figures_of(text: &str) -> Vec<(String, Vec<String>, f64, f64)> {
        let grammar = Grammar::builtin();
        let lexicon = Lexicon::new(grammar);
        let mut tokens = Vec::new();
        crate::segment::tokens(text, Span::new(0, text.len()), &mut tokens);
        let lowers: Vec<Cow<str>> = tokens
            .iter()
            .map(|token| lower_case(strip_possessive(token.span.of(text))))
            .collect();
        read(&tokens, &lowers, text, &lexicon)
            .into_iter()
            .map(|figure| {
                (
                    figure.text,
                    figure.units.into_iter().flatten().collect(),
                    figure.low,
                    figure.high,
                )
            })
            .collect()
    }

    #[test]
    fn a_figure_is_a_number_with_its_unit() {
        let figures = figures_of(
            "the drive took around 50 minutes, more than 1.4 million records, €100m, 2.4bn crowns and 4,000 cubic metres",
        );
        let texts: Vec<&str> = figures.iter().map(|figure| figure.0.as_str()).collect();
        assert_eq!(
            texts,
            [
                "around 50 minutes",
                "more than 1.4 million records",
                "€100m",
                "2.4bn crowns",
                "4,000 cubic metres"
            ]
        );
        assert_eq!(figures[0].1, ["time"]);
        assert_eq!((figures[0].2, figures[0].3), (3000.0, 3000.0));
        assert_eq!((figures[1].2, figures[1].3), (1_400_000.0, f64::INFINITY));
        assert_eq!(
            (figures[2].1.as_slice(), figures[2].2),
            (["euro".to_string()].as_slice(), 100_000_000.0)
        );
        assert_eq!(figures[4].1.len(), 2, "{:?}", figures[4]);
    }

    /// A rate of a unit of two words is a figure of that unit per the word
    /// after `a`, `an` or `per` (`40 cubic metres per second`), set only
    /// against rates of the same; a rate of one word or a sign's stays none
    /// (`$15 an hour`, `nine minutes a day`: of as many things as there are
    /// earners or readers).
    #[test]
    fn a_rate_of_a_two_word_unit_is_a_figure_of_its_own() {
        assert_eq!(
            figures_of("the flow had never dropped beneath 40 cubic metres per second, the minimum"),
            [(
                "40 cubic metres per second".to_string(),
                vec!["cubic/second".to_string(), "metr/second".to_string()],
                40.0,
                40.0
            )]
        );
        let gauge = &figures_of("as little as 12 cubic metres a second")[0];
        assert_eq!(gauge.1, ["cubic/second", "metr/second"]);
        assert_eq!(
            figures_of("10 Canadian dollars a ton")[0].1,
            ["canadian/ton", "dollar/ton"]
        );
        for text in ["$15 an hour", "nine minutes a day", "2.4 billion crowns a year"] {
            assert_eq!(figures_of(text), [], "{text}");
        }
    }

    /// A part of a whole counts the whole's unit: `fewer than 600 of its
    /// 1,450 crew members` is at most 600 crew members, and the whole is
    /// no figure of its own.
    #[test]
    fn a_part_of_a_whole_counts_its_unit() {
        assert_eq!(
            figures_of("said fewer than 600 of its 1,450 crew members had stayed away"),
            [(
                "fewer than 600 of its 1,450 crew members".to_string(),
                vec!["crew".to_string(), "member".to_string()],
                0.0,
                600.0
            )]
        );
        assert_eq!(
            figures_of("31 of the 40 teachers"),
            [(
                "31 of the 40 teachers".to_string(),
                vec!["teacher".to_string()],
                31.0,
                31.0
            )]
        );
        assert_eq!(figures_of("one of the men"), []);
    }

    /// A year, a date, a time ago, a share, a number with no unit, an
    /// ordinal or a number glued into a modifier is no figure.
    #[test]
    fn years_dates_shares_and_bare_numbers_are_no_figures() {
        for text in [
            "in 2014 the plan",
            "on May 3 the council",
            "two years ago the council",
            "52 percent",
            "5 percentage points",
            "nine per cent of it",
            "85% of the 140,000",
            "he had 1,061",
            "the 3rd time",
            "a 26-year-old man",
            "one of the men",
        ] {
            assert_eq!(figures_of(text), [], "{text}");
        }
        // (`a year` after a figure of a one-word unit makes it a rate:
        // neither a figure of births nor of time; the end of a range is
        // none either.)
        for text in [
            "about 300 births a year",
            "$15 an hour",
            "$3 per gallon of fuel",
            "one to two years",
            "between 5 and 10 days",
        ] {
            assert_eq!(figures_of(text), [], "{text}");
        }
    }

    /// A share of a group, as a fraction: `6% of patients`, `one school in
    /// ten`, with a bound before it.
    #[test]
    fn shares_of_a_group_are_fractions_of_it() {
        let share = |text: &str| {
            let figures = figures_of(text);
            assert_eq!(figures.len(), 1, "{text}: {figures:?}");
            let (written, units, low, high) = figures.into_iter().next().unwrap();
            (
                written,
                units,
                (low * 1000.0).round() / 1000.0,
                (high * 1000.0).round() / 1000.0,
            )
        };
        // (text, the figure as written, its least and greatest value)
        let cases = [
            (
                "said fewer than 6% of patients paid",
                "fewer than 6% of patients",
                0.0,
                0.06,
            ),
            (
                "roughly one patient in three had paid",
                "roughly one patient in three",
                0.333,
                0.333,
            ),
            ("one in three patients had paid", "one in three patients", 0.333, 0.333),
            ("42 percent of the patients", "42 percent of the patients", 0.42, 0.42),
        ];
        for (text, written, low, high) in cases {
            assert_eq!(
                share(text),
                (written.to_string(), vec!["%patient".to_string()], low, high)
            );
        }
    }

    #[test]
    fn figures_of_one_unit_disagree_by_half_again_within_an_order_of_magnitude() {
        let figure = |text: &str| {
            let (text, units, low, high) = figures_of(text).remove(0);
            Figure {
                units: [units.first().cloned(), units.get(1).cloned()],
                low,
                high,
                text,
            }
        };
        let minutes = figure("around 50 minutes");
        assert!(minutes.disagrees(&figure("two hours")));
        assert!(!minutes.disagrees(&figure("60 minutes")), "60 against 50 minutes");
        assert!(!minutes.disagrees(&figure("one hour")), "an hour against 50 minutes");
        assert!(!minutes.disagrees(&figure("more than 40 minutes")), "a bound it meets");
        assert!(!minutes.disagrees(&figure("two years")), "two things");
        assert!(!minutes.disagrees(&figure("two miles")), "another measure");
        assert!(figure("4,000 cubic metres").disagrees(&figure("about 60,000 cubic metres")));
    }
}
