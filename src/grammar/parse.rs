//! nom parsers for the grammar files.
//!
//! The module has three layers, bottom-up:
//!
//! 1. **Token parsers** recognize one piece of a line (`word`, `field_sep`,
//!    `quote_mark`, `element`, ...). They are generic over the nom error type,
//!    so a test can run them with the cheap `nom::error::Error`.
//! 2. **Entry parsers** recognize one whole entry (`verb_entry`,
//!    `person_entry`, ...), one per file.
//! 3. **File functions** (`speech_verbs`, `people`, ...) run an entry parser
//!    on every line under `all_consuming` (in `parse_lines`), so stray text
//!    after an entry is an error, then check what a single line cannot see
//!    (duplicates, one `QUOTE` per pattern) and build the tables of
//!    [`Grammar`].
//!
//! Lines are `Span`s (`nom_locate::LocatedSpan`) cut from the whole file,
//! so every error knows its line and its column in characters.

use nom::branch::alt;
use nom::bytes::complete::{take_till, take_while1};
use nom::character::complete::{char, multispace0, space0, space1};
use nom::combinator::{all_consuming, consumed, cut, opt, recognize, rest};
use nom::error::{ContextError, ErrorKind, FromExternalError, ParseError, context};
use nom::multi::{separated_list0, separated_list1};
use nom::sequence::{delimited, preceded, terminated};
use nom::{Finish, IResult, Input, Parser};
use nom_locate::LocatedSpan;

use super::builtin::FILE_NAMES;
use super::{
    Antonyms, Bound, Element, Figures, Framing, FunctionWords, Gender, Grammar, Item, Number, Pattern, PersonWord,
    PersonWordKind, Pronoun, QuoteMarks, Verb, VerbForm, WordMap,
};

/// A piece of a grammar file that knows its line and column.
pub(crate) type Span<'a> = LocatedSpan<&'a str>;

/// A malformed grammar file: file, line and column.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct GrammarError {
    /// File name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl GrammarError {
    /// An error at the start of `span` in `file`.
    fn at(file: &str, span: Span<'_>, message: impl Into<String>) -> Self {
        GrammarError {
            file: file.to_string(),
            line: span.location_line() as usize,
            column: span.get_utf8_column(),
            message: message.into(),
        }
    }

    /// An error about a whole file (line 0, column 0).
    fn whole_file(file: &str, message: impl Into<String>) -> Self {
        GrammarError {
            file: file.to_string(),
            line: 0,
            column: 0,
            message: message.into(),
        }
    }
}

// ---------------------------------------------------------------------------
// Errors of one line
// ---------------------------------------------------------------------------

/// What the token parsers need from an error type: nom's own traits, plus
/// `FromExternalError<_, String>` to carry a message such as "unknown framing
/// class 'neutrl'".
pub(crate) trait LineParseError<'a>:
    ParseError<Span<'a>> + ContextError<Span<'a>> + FromExternalError<Span<'a>, String>
{
}

impl<'a, E> LineParseError<'a> for E where
    E: ParseError<Span<'a>> + ContextError<Span<'a>> + FromExternalError<Span<'a>, String>
{
}

/// The error type of the grammar loader: where a line went wrong and why.
///
/// A check that knows what is wrong sets `message`; otherwise the innermost
/// `context` names what was expected and the message is built as "expected
/// …, found …".
#[derive(Clone, Debug)]
pub(crate) struct LineError<'a> {
    /// Where the offending token starts.
    span: Span<'a>,
    /// The innermost `context` label.
    expected: Option<&'static str>,
    /// A complete message from a failed check.
    message: Option<String>,
}

impl<'a> LineError<'a> {
    /// The message shown to the user.
    pub(crate) fn message(&self) -> String {
        if let Some(message) = &self.message {
            return message.clone();
        }
        let found = found(self.span.fragment());
        match self.expected {
            Some(expected) => format!("expected {expected}, found {found}"),
            None => format!("unexpected {found}"),
        }
    }

    /// The error as a [`GrammarError`] of `file`.
    fn into_grammar_error(self, file: &str) -> GrammarError {
        GrammarError::at(file, self.span, self.message())
    }
}

/// Names the token at which a line went wrong: `'neutrl'`, `'|'` or "the end
/// of the line".
fn found(rest: &str) -> String {
    match rest.split_whitespace().next() {
        None => "the end of the line".to_string(),
        Some(token) if token.starts_with('#') => "the end of the line".to_string(),
        Some(token) if token.starts_with('|') => "'|'".to_string(),
        Some(token) => {
            let token: String = token.chars().take(30).collect();
            format!("'{token}'")
        }
    }
}

impl<'a> ParseError<Span<'a>> for LineError<'a> {
    fn from_error_kind(input: Span<'a>, _kind: ErrorKind) -> Self {
        LineError {
            span: input,
            expected: None,
            message: None,
        }
    }

    fn append(_input: Span<'a>, _kind: ErrorKind, other: Self) -> Self {
        other
    }

    /// Of two failed alternatives, keep the one that got further.
    fn or(self, other: Self) -> Self {
        if self.span.location_offset() > other.span.location_offset() {
            self
        } else {
            other
        }
    }
}

impl<'a> ContextError<Span<'a>> for LineError<'a> {
    /// Keeps the innermost label: it names the token that was expected.
    fn add_context(_input: Span<'a>, context: &'static str, mut other: Self) -> Self {
        other.expected.get_or_insert(context);
        other
    }
}

impl<'a> FromExternalError<Span<'a>, String> for LineError<'a> {
    fn from_external_error(input: Span<'a>, _kind: ErrorKind, message: String) -> Self {
        LineError {
            span: input,
            expected: None,
            message: Some(message),
        }
    }
}

/// Runs `parser`, then `check` on its output. A failed check is a committed
/// error (`Err::Failure`, as under `cut`) at the start of the token, carrying
/// the check's message: once a token is read, its meaning must be valid.
fn map_valid<'a, O1, O2, E, P, F>(mut parser: P, mut check: F) -> impl FnMut(Span<'a>) -> IResult<Span<'a>, O2, E>
where
    P: Parser<Span<'a>, Output = O1, Error = E>,
    F: FnMut(O1) -> Result<O2, String>,
    E: LineParseError<'a>,
{
    move |input: Span<'a>| {
        let (rest, output) = parser.parse(input)?;
        match check(output) {
            Ok(value) => Ok((rest, value)),
            Err(message) => Err(nom::Err::Failure(E::from_external_error(
                input,
                ErrorKind::Verify,
                message,
            ))),
        }
    }
}

// ---------------------------------------------------------------------------
// Token parsers
// ---------------------------------------------------------------------------

/// One line without its newline (`say | neutral | says said saying`), and
/// the input after the newline. The newline is found by a byte search:
/// a parser's walk over the characters of every line was a tenth of the
/// time of loading the grammar.
fn raw_line(input: Span<'_>) -> (Span<'_>, Span<'_>) {
    let (line_len, taken) = match input.fragment().find('\n') {
        Some(newline) => (newline, newline + 1),
        None => (input.fragment().len(), input.fragment().len()),
    };
    let (rest, line_and_newline) = input.take_split(taken);
    (rest, line_and_newline.take(line_len))
}

/// Whether a line holds no entry: blank, or only a comment (what
/// `all_consuming(end_of_entry)` accepts, told without running a parser
/// on every line).
fn is_blank_line(line: &str) -> bool {
    line.trim_start_matches([' ', '\t', '\r', '\n'])
        .chars()
        .next()
        .is_none_or(|first| first == '#')
}

/// A comment: `# anything up to the end of the line`
pub(crate) fn comment<'a, E: ParseError<Span<'a>>>(input: Span<'a>) -> IResult<Span<'a>, Span<'a>, E> {
    preceded(char('#'), rest).parse(input)
}

/// What may follow an entry: `   # a comment` (and a `\r` before the newline)
pub(crate) fn end_of_entry<'a, E: ParseError<Span<'a>>>(input: Span<'a>) -> IResult<Span<'a>, (), E> {
    (multispace0, opt(comment)).map(|_| ()).parse(input)
}

/// A word: `says`, `U.S.`, `al-`, `n't`, `“`: anything up to a space, `|` or `#`
pub(crate) fn word<'a, E: ParseError<Span<'a>>>(input: Span<'a>) -> IResult<Span<'a>, Span<'a>, E> {
    take_while1(|c: char| !c.is_whitespace() && c != '|' && c != '#').parse(input)
}

/// Words separated by spaces: `human rights groups`
pub(crate) fn words<'a, E: ParseError<Span<'a>>>(input: Span<'a>) -> IResult<Span<'a>, Vec<Span<'a>>, E> {
    separated_list1(space1, word).parse(input)
}

/// A phrase, as one span: `on the other hand`
pub(crate) fn phrase<'a, E: ParseError<Span<'a>>>(input: Span<'a>) -> IResult<Span<'a>, Span<'a>, E> {
    recognize(words).parse(input)
}

/// The field separator, with optional spaces around it: ` | `
pub(crate) fn field_sep<'a, E: ParseError<Span<'a>>>(input: Span<'a>) -> IResult<Span<'a>, (), E> {
    (space0, char('|'), space0).map(|_| ()).parse(input)
}

/// A word of letters, hyphens and apostrophes: `said`, `e-mail`, `n't`
pub(crate) fn letter_word<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, Span<'a>, E> {
    map_valid(word, |w: Span<'a>| {
        if w.chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        {
            Ok(w)
        } else {
            Err(format!(
                "'{}' is not a word: use only letters, hyphens and apostrophes",
                w.fragment()
            ))
        }
    })(input)
}

/// One name of a closed class, looked up in `table`: `neutral` in the
/// framing classes. `what` names the class in the error message.
fn one_of<'a, T: Copy, E: LineParseError<'a>>(
    what: &'static str,
    table: &'static [(&'static str, T)],
) -> impl FnMut(Span<'a>) -> IResult<Span<'a>, T, E> {
    map_valid(word, move |w: Span<'a>| {
        table
            .iter()
            .find(|(name, _)| name == w.fragment())
            .map(|&(_, value)| value)
            .ok_or_else(|| format!("unknown {what} '{}' (expected {})", w.fragment(), alternatives(table)))
    })
}

/// `a, b, c or d`
fn alternatives<T>(table: &[(&str, T)]) -> String {
    let names: Vec<&str> = table.iter().map(|(name, _)| *name).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, init)) => format!("{} or {last}", init.join(", ")),
    }
}

/// The framing classes of `speech_verbs.txt`.
const FRAMINGS: &[(&str, Framing)] = &[
    ("neutral", Framing::Neutral),
    ("assertive", Framing::Assertive),
    ("distancing", Framing::Distancing),
    ("denial", Framing::Denial),
];

/// A flag of `speech_verbs.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum VerbFlag {
    /// `quote`
    Quote,
    /// `report`
    Report,
    /// `recipient`
    Recipient,
    /// `infinitive`
    Infinitive,
    /// `clause`
    Clause,
    /// `object`
    Object,
    /// `naming`
    Naming,
    /// `impression`
    Impression,
    /// `to`
    To,
    /// `directive`
    Directive,
    /// `noun`
    Noun,
    /// `issue`
    Issue,
    /// `reflexive`
    Reflexive,
    /// `occasion`
    Occasion,
    /// `appeal`
    Appeal,
    /// `complement`
    Complement,
    /// `rebuts`
    Rebuts,
}

/// The flags of `speech_verbs.txt`.
const VERB_FLAGS: &[(&str, VerbFlag)] = &[
    ("quote", VerbFlag::Quote),
    ("report", VerbFlag::Report),
    ("recipient", VerbFlag::Recipient),
    ("infinitive", VerbFlag::Infinitive),
    ("object", VerbFlag::Object),
    ("clause", VerbFlag::Clause),
    ("naming", VerbFlag::Naming),
    ("impression", VerbFlag::Impression),
    ("to", VerbFlag::To),
    ("directive", VerbFlag::Directive),
    ("noun", VerbFlag::Noun),
    ("issue", VerbFlag::Issue),
    ("reflexive", VerbFlag::Reflexive),
    ("occasion", VerbFlag::Occasion),
    ("appeal", VerbFlag::Appeal),
    ("complement", VerbFlag::Complement),
    ("rebuts", VerbFlag::Rebuts),
];

/// The kinds of `people.txt`.
const PERSON_KINDS: &[(&str, PersonWordKind)] = &[
    ("honorific", PersonWordKind::Honorific),
    ("role", PersonWordKind::Role),
    ("group", PersonWordKind::Group),
    ("institution", PersonWordKind::Institution),
    ("particle", PersonWordKind::Particle),
];

/// The genders of `people.txt` and `pronouns.txt`.
const GENDERS: &[(&str, Gender)] = &[
    ("male", Gender::Male),
    ("female", Gender::Female),
    ("unknown", Gender::Unknown),
];

/// The genders of `given_names.txt`: a name that tells none is left out.
const GIVEN_NAME_GENDERS: &[(&str, Gender)] = &[("male", Gender::Male), ("female", Gender::Female)];

/// The numbers of `pronouns.txt`.
const NUMBERS: &[(&str, Number)] = &[("singular", Number::Singular), ("plural", Number::Plural)];

/// A flag of `pronouns.txt`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum PronounFlag {
    Subject,
    First,
    Thing,
    Reflexive,
}

/// The flags of `pronouns.txt`.
const PRONOUN_FLAGS: &[(&str, PronounFlag)] = &[
    ("subject", PronounFlag::Subject),
    ("first", PronounFlag::First),
    ("thing", PronounFlag::Thing),
    ("reflexive", PronounFlag::Reflexive),
];

/// The sizes of `quote_marks.txt` (`true`: single).
const MARK_SIZES: &[(&str, bool)] = &[("single", true), ("double", false)];

/// The forms of a verb: `says said saying` or `writes wrote writing written`
pub(crate) fn verb_forms<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, Vec<Span<'a>>, E> {
    map_valid(separated_list1(space1, letter_word), |forms: Vec<Span<'a>>| {
        if forms.len() >= 3 {
            Ok(forms)
        } else {
            Err(format!(
                "a verb needs at least 3 forms (3rd person present, past, gerund), found {}",
                forms.len()
            ))
        }
    })(input)
}

/// A word or phrase of `people.txt`, without dots: `mr`, `prime minister`, `al-`
pub(crate) fn person_phrase<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, Span<'a>, E> {
    map_valid(phrase, |p: Span<'a>| {
        if p.contains('.') {
            Err(format!(
                "'{}' has a dot: write people words without dots (mr, not mr.)",
                p.fragment()
            ))
        } else {
            Ok(p)
        }
    })(input)
}

/// A role a title stands for, as one span: `senator`, `prime minister`
/// (words of letters, hyphens and apostrophes; a comma ends it).
fn role_phrase<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, Span<'a>, E> {
    let role_word = take_while1(|c: char| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
    recognize(separated_list1(space1, role_word)).parse(input)
}

/// An abbreviation with its dots: `U.S.`, `Mr.`
pub(crate) fn abbreviation<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, Span<'a>, E> {
    map_valid(word, |w: Span<'a>| {
        if w.ends_with('.') {
            Ok(w)
        } else {
            Err(format!(
                "abbreviation '{}' does not end with a dot (write it as in a text: Mr.)",
                w.fragment()
            ))
        }
    })(input)
}

/// One quote mark: `“`
pub(crate) fn quote_mark<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, char, E> {
    map_valid(word, |w: Span<'a>| {
        let mut chars = w.chars();
        match (chars.next(), chars.next()) {
            (Some(mark), None) => Ok(mark),
            _ => Err(format!(
                "quote mark '{}' is not a single character (write the opening and the closing mark with a space between them)",
                w.fragment()
            )),
        }
    })(input)
}

/// A pattern name: `quote_speaker_cue`
pub(crate) fn pattern_name<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, Span<'a>, E> {
    map_valid(word, |w: Span<'a>| {
        if w.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            Ok(w)
        } else {
            Err(format!(
                "pattern name '{}' may only contain a-z, 0-9 and _",
                w.fragment()
            ))
        }
    })(input)
}

/// A confidence between 0 and 1: `0.95`
pub(crate) fn confidence<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, f32, E> {
    map_valid(
        take_while1(|c: char| c.is_ascii_digit() || c == '.'),
        |number: Span<'a>| match number.parse::<f32>() {
            Ok(value) if (0.0..=1.0).contains(&value) => Ok(value),
            Ok(_) => Err(format!("confidence {} is not between 0 and 1", number.fragment())),
            Err(_) => Err(format!("confidence '{}' is not a number", number.fragment())),
        },
    )(input)
}

/// A literal in double quotes: `"according to"`, `","`
pub(crate) fn literal<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, Element, E> {
    map_valid(
        preceded(
            char('"'),
            cut(terminated(
                take_till(|c| c == '"'),
                context("a closing '\"' for the literal", char('"')),
            )),
        ),
        |text: Span<'a>| {
            let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
            if words.is_empty() {
                Err("empty literal: write at least one word between the quotes".to_string())
            } else {
                Ok(Element::Literal(words))
            }
        },
    )(input)
}

/// A keyword: `QUOTE`, `SPEAKER`, `CUE`, `RECIPIENT`, `APPOSITIVE`, `ADVERB`, `GAP` or `END`
pub(crate) fn keyword<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, Element, E> {
    map_valid(
        take_while1(|c: char| !c.is_whitespace() && c != '?' && c != '#'),
        |w: Span<'a>| match *w.fragment() {
            "QUOTE" => Ok(Element::Quote),
            "SPEAKER" => Ok(Element::Speaker),
            "CUE" => Ok(Element::Cue),
            "RECIPIENT" => Ok(Element::Recipient),
            "APPOSITIVE" => Ok(Element::Appositive),
            "ADVERB" => Ok(Element::Adverb),
            "GAP" => Ok(Element::Gap),
            "END" => Ok(Element::End),
            other => Err(format!(
                "unknown element '{other}' (expected QUOTE, SPEAKER, CUE, RECIPIENT, APPOSITIVE, ADVERB, GAP, END or a \"quoted literal\")"
            )),
        },
    )(input)
}

/// A `?` standing alone: `SPEAKER ?` (always an error)
fn detached_question_mark<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, Element, E> {
    map_valid(char('?'), |_| {
        Err("'?' must follow its element without a space (SPEAKER?)".to_string())
    })(input)
}

/// An element: a literal (`"according to"`) or a keyword (`SPEAKER`)
pub(crate) fn element<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, Element, E> {
    alt((literal, keyword, detached_question_mark)).parse(input)
}

/// One item, with the span of its element: `SPEAKER`, `APPOSITIVE?`, `","?`
pub(crate) fn item<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, (Span<'a>, Item), E> {
    (consumed(element), opt(char('?')))
        .map(|((span, element), mark)| {
            (
                span,
                Item {
                    element,
                    optional: mark.is_some(),
                },
            )
        })
        .parse(input)
}

// ---------------------------------------------------------------------------
// Entry parsers: one whole line of each file
// ---------------------------------------------------------------------------

/// A line of `speech_verbs.txt`, with the spans needed to point at its parts.
pub(crate) struct VerbEntry<'a> {
    /// `say`
    lemma: Span<'a>,
    /// `neutral`
    framing: Framing,
    /// `says said saying`
    forms: Vec<Span<'a>>,
    /// `quote report`
    flags: Vec<(Span<'a>, VerbFlag)>,
}

/// `say | neutral | says said saying | quote report`
pub(crate) fn verb_entry<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, VerbEntry<'a>, E> {
    (
        context("a verb lemma (say)", letter_word),
        context("'|' after the lemma", field_sep),
        context(
            "a framing class (neutral, assertive, distancing or denial)",
            one_of("framing class", FRAMINGS),
        ),
        context("'|' after the framing class", field_sep),
        context("the verb forms (says said saying)", verb_forms),
        opt(preceded(
            field_sep,
            separated_list0(space1, consumed(one_of("flag", VERB_FLAGS))),
        )),
    )
        .map(|(lemma, _, framing, _, forms, flags)| VerbEntry {
            lemma,
            framing,
            forms,
            flags: flags.unwrap_or_default(),
        })
        .parse(input)
}

/// One entry of `people.txt`: the word, its kind, its gender and, for a
/// title, the roles it abbreviates.
pub(crate) type PersonEntry<'a> = (Span<'a>, PersonWordKind, Gender, Vec<Span<'a>>);

/// `spokeswoman | role | female`, `prime minister | role` or
/// `rep | honorific | unknown | representative, congressman`
pub(crate) fn person_entry<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, PersonEntry<'a>, E> {
    (
        context("a word or phrase (spokesman)", person_phrase),
        context("'|' after the word", field_sep),
        context(
            "a kind (honorific, role, group, institution or particle)",
            one_of("kind", PERSON_KINDS),
        ),
        opt((
            preceded(field_sep, opt(one_of("gender", GENDERS))),
            opt(preceded(
                field_sep,
                context(
                    "the roles the title stands for (senator)",
                    separated_list1(delimited(space0, char(','), space0), role_phrase),
                ),
            )),
        )),
    )
        .map(|(phrase, _, kind, rest)| {
            let (gender, roles) = rest.unwrap_or_default();
            (
                phrase,
                kind,
                gender.unwrap_or(Gender::Unknown),
                roles.unwrap_or_default(),
            )
        })
        .parse(input)
}

/// `he | male | singular | subject`, `him | male | singular` or
/// `i | unknown | singular | subject first`
pub(crate) fn pronoun_entry<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, (Span<'a>, Pronoun), E> {
    (
        context("a pronoun (he)", letter_word),
        context("'|' after the pronoun", field_sep),
        context("a gender (male, female or unknown)", one_of("gender", GENDERS)),
        context("'|' after the gender", field_sep),
        context("a number (singular or plural)", one_of("number", NUMBERS)),
        opt(preceded(
            field_sep,
            separated_list0(space1, one_of("flag", PRONOUN_FLAGS)),
        )),
    )
        .map(|(pronoun, _, gender, _, number, flags)| {
            let flags = flags.unwrap_or_default();
            (
                pronoun,
                Pronoun {
                    gender,
                    number,
                    subject: flags.contains(&PronounFlag::Subject),
                    first: flags.contains(&PronounFlag::First),
                    thing: flags.contains(&PronounFlag::Thing),
                    reflexive: flags.contains(&PronounFlag::Reflexive),
                },
            )
        })
        .parse(input)
}

/// `james | male`
pub(crate) fn given_name_entry<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, (Span<'a>, Gender), E> {
    (
        context("a given name (james)", letter_word),
        context("'|' after the name", field_sep),
        context("a gender (male or female)", one_of("gender", GIVEN_NAME_GENDERS)),
    )
        .map(|(name, _, gender)| (name, gender))
        .parse(input)
}

/// `Mr.`
pub(crate) fn abbreviation_entry<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, Span<'a>, E> {
    context("an abbreviation (Mr.)", abbreviation).parse(input)
}

/// `“ ” | double`
pub(crate) fn quote_marks_entry<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, QuoteMarks, E> {
    (
        context("an opening quote mark", quote_mark),
        context("a space and a closing quote mark", preceded(space1, quote_mark)),
        context("'|' after the closing mark", field_sep),
        context("single or double", one_of("mark size", MARK_SIZES)),
    )
        .map(|(open, close, _, single)| QuoteMarks { open, close, single })
        .parse(input)
}

/// A line of `patterns.txt`, with the spans needed to point at its parts.
pub(crate) struct PatternEntry<'a> {
    /// `quote_speaker_cue`
    name: Span<'a>,
    /// `0.95`
    confidence: f32,
    /// `QUOTE ","? SPEAKER CUE`
    items: Vec<(Span<'a>, Item)>,
}

/// `quote_cue_speaker 0.95 : QUOTE ","? CUE SPEAKER APPOSITIVE?`
pub(crate) fn pattern_entry<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, PatternEntry<'a>, E> {
    (
        context("a pattern name (quote_speaker_cue)", pattern_name),
        context(
            "a space and a confidence between 0 and 1 (0.9)",
            preceded(space1, confidence),
        ),
        context("':' after the confidence", (space0, char(':'), space0)),
        context(
            "the items of the pattern (QUOTE \",\" SPEAKER CUE)",
            separated_list1(space1, item),
        ),
    )
        .map(|(name, confidence, _, items)| PatternEntry {
            name,
            confidence,
            items,
        })
        .parse(input)
}

/// The flags of `antonyms.txt` (`true`: verdict).
const ANTONYM_FLAGS: &[(&str, bool)] = &[("verdict", true)];

/// `win won | lose lost` or `innocent | guilty | verdict`
pub(crate) fn antonym_entry<'a, E: LineParseError<'a>>(
    input: Span<'a>,
) -> IResult<Span<'a>, (Vec<Span<'a>>, Vec<Span<'a>>, bool), E> {
    (
        context("the words of the left side (win won)", words),
        context("'|' between the two sides", field_sep),
        context("the words of the right side (lose lost)", words),
        opt(preceded(
            field_sep,
            context("a flag (verdict)", one_of("flag", ANTONYM_FLAGS)),
        )),
    )
        .map(|(left, _, right, verdict)| (left, right, verdict.unwrap_or(false)))
        .parse(input)
}

// ---------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------

/// Runs `entry` on every line of `text` that is not blank or a comment.
///
/// Each line must be one whole entry, optionally indented and followed by a
/// comment (`all_consuming`); `format` names the line format in the error for stray
/// text after an entry.
fn parse_lines<'a, O, P>(file: &str, text: &'a str, format: &'static str, entry: P) -> Result<Vec<O>, GrammarError>
where
    P: Parser<Span<'a>, Output = O, Error = LineError<'a>>,
{
    let mut entry_line = context(format, all_consuming(delimited(space0, entry, end_of_entry)));
    let mut input = Span::new(text);
    if let Ok((rest, _)) = char::<_, LineError<'a>>('\u{feff}').parse(input) {
        input = rest;
    }
    let mut entries = Vec::new();
    while !input.fragment().is_empty() {
        let (rest, line) = raw_line(input);
        input = rest;
        if is_blank_line(line.fragment()) {
            continue;
        }
        let (_, value) = entry_line
            .parse(line)
            .finish()
            .map_err(|e| e.into_grammar_error(file))?;
        entries.push(value);
    }
    Ok(entries)
}

/// The lower-case key of a word or phrase, its words joined by single spaces.
fn key(span: &Span<'_>) -> String {
    // Built in place: the grammar has thousands of keys, and a vector of
    // lower-cased words joined after was most of the time of loading it.
    // Most keys are one ASCII word, their own key in lower case.
    let text = span.fragment();
    if text.is_ascii() && !text.bytes().any(|byte| char::from(byte).is_whitespace()) {
        return text.to_ascii_lowercase();
    }
    let mut key = String::with_capacity(span.len());
    for word in span.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        if word.is_ascii() {
            key.extend(word.bytes().map(|byte| char::from(byte.to_ascii_lowercase())));
        } else {
            key.push_str(&word.to_lowercase());
        }
    }
    key
}

/// An empty [`WordMap`] with room for `capacity` words.
fn word_map<T>(capacity: usize) -> WordMap<T> {
    WordMap::with_capacity_and_hasher(capacity, Default::default())
}

/// Remembers the line of each key, to report duplicates.
struct Seen {
    /// The file, for errors.
    file: &'static str,
    /// What a key is, for errors: "verb", "word".
    what: &'static str,
    /// Key → line of its first entry.
    lines: rustc_hash::FxHashMap<String, u32>,
}

impl Seen {
    /// Room for `capacity` keys at once: the large files (5,000 given
    /// names) grew their maps again and again.
    fn new(file: &'static str, what: &'static str, capacity: usize) -> Self {
        Seen {
            file,
            what,
            lines: rustc_hash::FxHashMap::with_capacity_and_hasher(capacity, Default::default()),
        }
    }

    /// Records `key`, found at `span`; an error if it was seen before.
    fn insert(&mut self, key: &str, span: Span<'_>) -> Result<(), GrammarError> {
        match self.lines.get(key) {
            Some(&line) => Err(duplicate(self.file, self.what, key, span, line)),
            None => {
                self.lines.insert(key.to_string(), span.location_line());
                Ok(())
            }
        }
    }
}

/// The error for `key`, a `what` met again at `span`, first met on line
/// `first_line`.
fn duplicate(file: &str, what: &str, key: &str, span: Span<'_>, first_line: u32) -> GrammarError {
    GrammarError::at(
        file,
        span,
        format!("duplicate {what} '{key}' (first on line {first_line})"),
    )
}

/// The verbs of `speech_verbs.txt` and the index of their forms.
pub(crate) type VerbTables = (Vec<Verb>, WordMap<(usize, VerbForm)>);

/// Parses `speech_verbs.txt`.
///
/// The lemma is the base form, then the forms are the 3rd person present,
/// the past, the gerund and any extra past forms. When the past is spelled
/// like the lemma (read, broadcast), the form index keeps it as the past.
pub(crate) fn speech_verbs(text: &str) -> Result<VerbTables, GrammarError> {
    const FILE: &str = "speech_verbs.txt";
    let entries = parse_lines(
        FILE,
        text,
        "the end of the entry (lemma | framing | forms | flags)",
        verb_entry,
    )?;
    let mut verbs: Vec<Verb> = Vec::new();
    let mut lines: Vec<u32> = Vec::new();
    // (Four forms a verb or more: the lemma, -s, past and -ing.)
    let mut forms: WordMap<(usize, VerbForm)> = word_map(entries.len() * 4);
    let mut lemmas = Seen::new(FILE, "verb", entries.len());
    for entry in entries {
        let lemma = key(&entry.lemma);
        lemmas.insert(&lemma, entry.lemma)?;
        let index = verbs.len();
        let mut verb = Verb {
            lemma: lemma.clone(),
            framing: entry.framing,
            quotes: false,
            reports: false,
            recipient: false,
            infinitive: false,
            object: false,
            clause: false,
            naming: false,
            impression: false,
            to: false,
            directive: false,
            noun: false,
            issue: false,
            reflexive: false,
            occasion: false,
            appeal: false,
            complement: false,
            rebuts: false,
        };
        for (i, &(span, flag)) in entry.flags.iter().enumerate() {
            if entry.flags[..i].iter().any(|&(_, earlier)| earlier == flag) {
                return Err(GrammarError::at(
                    FILE,
                    span,
                    format!("flag '{}' is given twice", span.fragment()),
                ));
            }
            match flag {
                VerbFlag::Quote => verb.quotes = true,
                VerbFlag::Report => verb.reports = true,
                VerbFlag::Recipient => verb.recipient = true,
                VerbFlag::Infinitive => verb.infinitive = true,
                VerbFlag::Object => verb.object = true,
                VerbFlag::Clause => verb.clause = true,
                VerbFlag::Naming => verb.naming = true,
                VerbFlag::Impression => verb.impression = true,
                VerbFlag::To => verb.to = true,
                VerbFlag::Directive => verb.directive = true,
                VerbFlag::Noun => verb.noun = true,
                VerbFlag::Issue => verb.issue = true,
                VerbFlag::Reflexive => verb.reflexive = true,
                VerbFlag::Occasion => verb.occasion = true,
                VerbFlag::Appeal => verb.appeal = true,
                VerbFlag::Complement => verb.complement = true,
                VerbFlag::Rebuts => verb.rebuts = true,
            }
        }
        if verb.directive
            && !verb.recipient
            && let Some(&(span, _)) = entry.flags.iter().find(|&&(_, flag)| flag == VerbFlag::Directive)
        {
            return Err(GrammarError::at(
                FILE,
                span,
                "flag 'directive' needs 'recipient': the hearer is what it joins to the infinitive",
            ));
        }
        let mut all = vec![(entry.lemma, VerbForm::Base)];
        let kinds = [VerbForm::Present3, VerbForm::Past, VerbForm::Gerund];
        for (i, &span) in entry.forms.iter().enumerate() {
            all.push((span, kinds.get(i).copied().unwrap_or(VerbForm::Past)));
        }
        for (span, form) in all {
            let word = key(&span);
            match forms.get(&word) {
                None => {}
                Some(&(i, VerbForm::Base)) if i == index && form == VerbForm::Past => {}
                Some(&(i, _)) if i == index => {
                    return Err(GrammarError::at(
                        FILE,
                        span,
                        format!("form '{word}' is listed twice for '{lemma}'"),
                    ));
                }
                Some(&(i, _)) => {
                    return Err(GrammarError::at(
                        FILE,
                        span,
                        format!(
                            "form '{word}' is already a form of '{}' (line {})",
                            verbs[i].lemma, lines[i]
                        ),
                    ));
                }
            }
            forms.insert(word, (index, form));
        }
        verbs.push(verb);
        lines.push(entry.lemma.location_line());
    }
    Ok((verbs, forms))
}

/// The words of `people.txt`, and the roles each title that abbreviates
/// one stands for (`sen` → `senator`).
pub(crate) type PeopleTables = (WordMap<PersonWord>, WordMap<Vec<String>>);

/// Parses `people.txt`.
pub(crate) fn people(text: &str) -> Result<PeopleTables, GrammarError> {
    const FILE: &str = "people.txt";
    let entries = parse_lines(
        FILE,
        text,
        "the end of the entry (word | kind | gender | roles)",
        person_entry,
    )?;
    let mut seen = Seen::new(FILE, "word", entries.len());
    let mut people = word_map(entries.len());
    for &(span, kind, gender, _) in &entries {
        let word = key(&span);
        seen.insert(&word, span)?;
        people.insert(word, PersonWord { kind, gender });
    }
    // (Checked once every word is known: a title may come before its role.)
    let mut title_roles = word_map(0);
    for (span, kind, _, roles) in entries {
        if roles.is_empty() {
            continue;
        }
        if kind != PersonWordKind::Honorific {
            return Err(GrammarError::at(
                FILE,
                roles[0],
                format!("only a title stands for a role: '{}' is no honorific", span.fragment()),
            ));
        }
        let mut keys = Vec::with_capacity(roles.len());
        for role in roles {
            let role_key = key(&role);
            if people
                .get(&role_key)
                .is_none_or(|entry: &PersonWord| entry.kind != PersonWordKind::Role)
            {
                return Err(GrammarError::at(
                    FILE,
                    role,
                    format!("'{}' is no role of people.txt", role.fragment()),
                ));
            }
            keys.push(role_key);
        }
        title_roles.insert(key(&span), keys);
    }
    Ok((people, title_roles))
}

/// One line of `function_words.txt`: `auxiliary | has have had`
fn function_word_entry<'a, E: LineParseError<'a>>(input: Span<'a>) -> IResult<Span<'a>, (Span<'a>, Vec<Span<'a>>), E> {
    (word, field_sep, context("the words of the class", words))
        .map(|(class, _, words)| (class, words))
        .parse(input)
}

/// Parses `function_words.txt`: one class a line, each class once, each
/// word once in its class.
pub(crate) fn function_words(text: &str) -> Result<FunctionWords, GrammarError> {
    const FILE: &str = "function_words.txt";
    let entries = parse_lines(FILE, text, "the end of the entry (class | words)", function_word_entry)?;
    let mut classes = FunctionWords::default();
    let mut seen_classes = Seen::new(FILE, "class", entries.len());
    for (class, words) in entries {
        let name = key(&class);
        seen_classes.insert(&name, class)?;
        let Some(set) = classes.class_mut(&name) else {
            return Err(GrammarError::at(
                FILE,
                class,
                format!(
                    "unknown class '{name}' (expected one of {})",
                    FunctionWords::CLASSES.join(", ")
                ),
            ));
        };
        let mut seen_words = Seen::new(FILE, "word", words.len());
        for word in words {
            let lower = key(&word);
            seen_words.insert(&lower, word)?;
            set.insert(lower);
        }
    }
    Ok(classes)
}

/// Parses `pronouns.txt`.
pub(crate) fn pronouns(text: &str) -> Result<WordMap<Pronoun>, GrammarError> {
    const FILE: &str = "pronouns.txt";
    let entries = parse_lines(
        FILE,
        text,
        "the end of the entry (pronoun | gender | number | flags)",
        pronoun_entry,
    )?;
    let mut seen = Seen::new(FILE, "pronoun", entries.len());
    let mut pronouns = word_map(entries.len());
    for (span, pronoun) in entries {
        let word = key(&span);
        seen.insert(&word, span)?;
        pronouns.insert(word, pronoun);
    }
    Ok(pronouns)
}

/// Parses `given_names.txt`: each name once.
pub(crate) fn given_names(text: &str) -> Result<WordMap<Gender>, GrammarError> {
    const FILE: &str = "given_names.txt";
    let entries = parse_lines(FILE, text, "the end of the entry (name | gender)", given_name_entry)?;
    // The table itself tells a name met twice; the line of its first
    // entry is looked for only then (a [`Seen`] copied 5,000 names).
    let mut names = word_map(entries.len());
    for (index, &(span, gender)) in entries.iter().enumerate() {
        match names.entry(key(&span)) {
            std::collections::hash_map::Entry::Vacant(entry) => {
                entry.insert(gender);
            }
            std::collections::hash_map::Entry::Occupied(entry) => {
                let word = entry.key();
                let first_line = entries[..index]
                    .iter()
                    .find(|(earlier, _)| key(earlier) == *word)
                    .map_or(0, |(earlier, _)| earlier.location_line());
                return Err(duplicate(FILE, "name", word, span, first_line));
            }
        }
    }
    Ok(names)
}

/// Parses `abbreviations.txt`. Abbreviations keep their case; two that differ
/// only in case are duplicates.
pub(crate) fn abbreviations(text: &str) -> Result<Vec<String>, GrammarError> {
    const FILE: &str = "abbreviations.txt";
    let entries = parse_lines(
        FILE,
        text,
        "the end of the line (one abbreviation per line)",
        abbreviation_entry,
    )?;
    let mut seen = Seen::new(FILE, "abbreviation", entries.len());
    let mut abbreviations = Vec::new();
    for span in entries {
        seen.insert(&key(&span), span)?;
        abbreviations.push(span.fragment().to_string());
    }
    Ok(abbreviations)
}

/// Parses `quote_marks.txt`.
pub(crate) fn quote_marks(text: &str) -> Result<Vec<QuoteMarks>, GrammarError> {
    const FILE: &str = "quote_marks.txt";
    let entries = parse_lines(
        FILE,
        text,
        "the end of the entry (open close | single or double)",
        consumed(quote_marks_entry),
    )?;
    let mut seen = Seen::new(FILE, "quote mark pair", entries.len());
    let mut marks = Vec::new();
    for (span, pair) in entries {
        seen.insert(&format!("{} {}", pair.open, pair.close), span)?;
        marks.push(pair);
    }
    Ok(marks)
}

/// Parses `patterns.txt`.
pub(crate) fn patterns(text: &str) -> Result<Vec<Pattern>, GrammarError> {
    const FILE: &str = "patterns.txt";
    let entries = parse_lines(
        FILE,
        text,
        "the end of the pattern (name confidence : items)",
        pattern_entry,
    )?;
    let mut seen = Seen::new(FILE, "pattern", entries.len());
    let mut patterns = Vec::new();
    for entry in entries {
        let name = entry.name.fragment().to_string();
        seen.insert(&name, entry.name)?;
        let mut quotes = entry.items.iter().filter(|(_, item)| item.element == Element::Quote);
        match (quotes.next(), quotes.next()) {
            (None, _) => {
                return Err(GrammarError::at(
                    FILE,
                    entry.name,
                    format!("pattern '{name}' has no QUOTE"),
                ));
            }
            (Some(_), Some((span, _))) => {
                return Err(GrammarError::at(
                    FILE,
                    *span,
                    format!("pattern '{name}' has more than one QUOTE"),
                ));
            }
            (Some((span, item)), None) if item.optional => {
                return Err(GrammarError::at(FILE, *span, "QUOTE cannot be optional"));
            }
            (Some(_), None) => {}
        }
        patterns.push(Pattern {
            name,
            confidence: entry.confidence,
            items: entry.items.into_iter().map(|(_, item)| item).collect(),
        });
    }
    Ok(patterns)
}

/// Parses a list file of words or phrases (`contrast_cues.txt`,
/// `negations.txt`, `rebuttals.txt`), lower-cased.
fn phrase_list(file: &'static str, text: &str) -> Result<Vec<String>, GrammarError> {
    let entries = parse_lines(
        file,
        text,
        "the end of the line (one word or phrase per line)",
        context("a word or phrase", phrase),
    )?;
    let mut seen = Seen::new(file, "entry", entries.len());
    let mut list = Vec::new();
    for span in entries {
        let phrase = key(&span);
        seen.insert(&phrase, span)?;
        list.push(phrase);
    }
    Ok(list)
}

/// Parses `stopwords.txt`: one word per line, lower-cased.
pub(crate) fn stopwords(text: &str) -> Result<Vec<String>, GrammarError> {
    const FILE: &str = "stopwords.txt";
    let entries = parse_lines(
        FILE,
        text,
        "the end of the line (one word per line)",
        context("a word", word),
    )?;
    let mut seen = Seen::new(FILE, "stopword", entries.len());
    let mut list = Vec::new();
    for span in entries {
        let word = key(&span);
        seen.insert(&word, span)?;
        list.push(word);
    }
    Ok(list)
}

/// Parses `antonyms.txt`. A word may not be on both sides of a line, nor twice
/// on one side; the same pair of sides (in either order) may not appear twice.
pub(crate) fn antonyms(text: &str) -> Result<Vec<Antonyms>, GrammarError> {
    const FILE: &str = "antonyms.txt";
    let entries = parse_lines(
        FILE,
        text,
        "the end of the entry (left words | right words | flag)",
        consumed(antonym_entry),
    )?;
    let mut seen = Seen::new(FILE, "antonym pair", entries.len());
    let mut pairs = Vec::new();
    for (span, (left, right, verdict)) in entries {
        let mut line_words = Seen::new(FILE, "word", left.len() + right.len());
        for word in left.iter().chain(&right) {
            line_words.insert(&key(word), *word)?;
        }
        let left: Vec<String> = left.iter().map(key).collect();
        let right: Vec<String> = right.iter().map(key).collect();
        let mut sides = [sorted_side(&left), sorted_side(&right)];
        sides.sort();
        seen.insert(&sides.join(" | "), span)?;
        pairs.push(Antonyms { left, right, verdict });
    }
    Ok(pairs)
}

/// `number | two | 2`, `at_least | more over`, `time | hour hours | 3600`:
/// a kind, its words and (but for a bound) a value.
fn figure_entry<'a, E: LineParseError<'a>>(
    input: Span<'a>,
) -> IResult<Span<'a>, (Span<'a>, Vec<Span<'a>>, Option<Span<'a>>), E> {
    (
        context("a kind (number, scale, at_least, at_most or a measure)", word),
        context("'|' after the kind", field_sep),
        context("the words", words),
        opt(preceded(field_sep, context("a value (2, 1000000, 0.5)", word))),
    )
        .map(|(kind, _, words, value)| (kind, words, value))
        .parse(input)
}

/// Parses `figures.txt`. A word has one meaning as a number, one as a
/// scale, one as a bound and one as a unit; a value is a positive number,
/// given for every kind but a bound.
pub(crate) fn figures(text: &str) -> Result<Figures, GrammarError> {
    const FILE: &str = "figures.txt";
    let entries = parse_lines(FILE, text, "the end of the entry (kind | words | value)", figure_entry)?;
    let mut figures = Figures::default();
    let mut seen = [
        Seen::new(FILE, "number", entries.len()),
        Seen::new(FILE, "scale", entries.len()),
        Seen::new(FILE, "bound", entries.len()),
        Seen::new(FILE, "unit", entries.len()),
        Seen::new(FILE, "share", entries.len()),
    ];
    for (kind, words, value) in entries {
        let bound = match *kind.fragment() {
            "at_least" => Some(Bound::AtLeast),
            "at_most" => Some(Bound::AtMost),
            _ => None,
        };
        if *kind.fragment() == "share" {
            if let Some(value) = value {
                return Err(GrammarError::at(FILE, value, "a share takes no value"));
            }
            for word in words {
                let lower = key(&word);
                seen[4].insert(&lower, word)?;
                figures.shares.insert(lower);
            }
            continue;
        }
        let value = match (bound, value) {
            (Some(_), None) => 0.0,
            (Some(_), Some(value)) => {
                return Err(GrammarError::at(FILE, value, "a bound takes no value"));
            }
            (None, None) => {
                return Err(GrammarError::at(FILE, kind, "this kind needs a value after its words"));
            }
            (None, Some(value)) => match value.fragment().parse::<f64>() {
                Ok(number) if number.is_finite() && number > 0.0 => number,
                _ => {
                    return Err(GrammarError::at(
                        FILE,
                        value,
                        format!("'{}' is not a positive number", value.fragment()),
                    ));
                }
            },
        };
        for word in words {
            let lower = key(&word);
            let table = match (*kind.fragment(), bound) {
                ("number", _) => 0,
                ("scale", _) => 1,
                (_, Some(_)) => 2,
                _ => 3,
            };
            seen[table].insert(&lower, word)?;
            match table {
                0 => _ = figures.numbers.insert(lower, value),
                1 => _ = figures.scales.insert(lower, value),
                2 => _ = figures.bounds.insert(lower, bound.unwrap_or(Bound::AtLeast)),
                _ => _ = figures.units.insert(lower, (key(&kind), value)),
            }
        }
    }
    Ok(figures)
}

/// One side of an antonym pair in canonical order, for duplicate checks.
fn sorted_side(words: &[String]) -> String {
    let mut words = words.to_vec();
    words.sort();
    words.join(" ")
}

/// Parses one file into its part of `grammar`. `name` is one of
/// [`FILE_NAMES`].
pub(crate) fn parse_file(grammar: &mut Grammar, name: &str, text: &str) -> Result<(), GrammarError> {
    match name {
        "speech_verbs.txt" => (grammar.verbs, grammar.verb_forms) = speech_verbs(text)?,
        "people.txt" => (grammar.people, grammar.title_roles) = people(text)?,
        "pronouns.txt" => grammar.pronouns = pronouns(text)?,
        "given_names.txt" => grammar.given_names = given_names(text)?,
        "abbreviations.txt" => grammar.abbreviations = abbreviations(text)?,
        "quote_marks.txt" => grammar.quote_marks = quote_marks(text)?,
        "patterns.txt" => grammar.patterns = patterns(text)?,
        "contrast_cues.txt" => grammar.contrast_cues = phrase_list("contrast_cues.txt", text)?,
        "negations.txt" => grammar.negations = phrase_list("negations.txt", text)?,
        "rebuttals.txt" => grammar.rebuttals = phrase_list("rebuttals.txt", text)?,
        "antonyms.txt" => grammar.antonyms = antonyms(text)?,
        "stopwords.txt" => grammar.stopwords = stopwords(text)?,
        "furniture.txt" => grammar.furniture = phrase_list("furniture.txt", text)?,
        "function_words.txt" => grammar.words = function_words(text)?,
        "figures.txt" => grammar.figures = figures(text)?,
        _ => return Err(unknown_file(name)),
    }
    Ok(())
}

/// The error for a file name that is not one of [`FILE_NAMES`].
pub(crate) fn unknown_file(name: &str) -> GrammarError {
    GrammarError::whole_file(
        name,
        format!("unknown grammar file '{name}' (known files: {})", FILE_NAMES.join(", ")),
    )
}

/// Parses a complete set of files (`(file name, text)` pairs) into a grammar.
pub(crate) fn parse_grammar(files: &[(&str, &str)]) -> Result<Grammar, GrammarError> {
    let mut grammar = Grammar::default();
    for &(name, text) in files {
        parse_file(&mut grammar, name, text)?;
    }
    grammar.index();
    Ok(grammar)
}
