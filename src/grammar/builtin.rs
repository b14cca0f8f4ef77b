//! The grammar files embedded in the binary.
//!
//! Each file of `grammars/en/` is pulled in with `include_str!` and parsed
//! once, on first use, behind a [`LazyLock`]. A test checks that every
//! embedded file parses, so the `panic!` below cannot fire in a released
//! binary.

use std::sync::LazyLock;

use super::Grammar;
use super::parse::{self, GrammarError};

/// The names of the grammar files, as they appear in `grammars/en/` and in an
/// override directory.
pub const FILE_NAMES: &[&str] = &[
    "speech_verbs.txt",
    "people.txt",
    "pronouns.txt",
    "given_names.txt",
    "abbreviations.txt",
    "quote_marks.txt",
    "patterns.txt",
    "contrast_cues.txt",
    "negations.txt",
    "rebuttals.txt",
    "antonyms.txt",
    "stopwords.txt",
    "furniture.txt",
    "function_words.txt",
    "figures.txt",
];

/// The embedded texts, in the order of [`FILE_NAMES`].
pub(crate) const SOURCES: &[(&str, &str)] = &[
    ("speech_verbs.txt", include_str!("../../grammars/en/speech_verbs.txt")),
    ("people.txt", include_str!("../../grammars/en/people.txt")),
    ("pronouns.txt", include_str!("../../grammars/en/pronouns.txt")),
    ("given_names.txt", include_str!("../../grammars/en/given_names.txt")),
    ("abbreviations.txt", include_str!("../../grammars/en/abbreviations.txt")),
    ("quote_marks.txt", include_str!("../../grammars/en/quote_marks.txt")),
    ("patterns.txt", include_str!("../../grammars/en/patterns.txt")),
    ("contrast_cues.txt", include_str!("../../grammars/en/contrast_cues.txt")),
    ("negations.txt", include_str!("../../grammars/en/negations.txt")),
    ("rebuttals.txt", include_str!("../../grammars/en/rebuttals.txt")),
    ("antonyms.txt", include_str!("../../grammars/en/antonyms.txt")),
    ("stopwords.txt", include_str!("../../grammars/en/stopwords.txt")),
    ("furniture.txt", include_str!("../../grammars/en/furniture.txt")),
    (
        "function_words.txt",
        include_str!("../../grammars/en/function_words.txt"),
    ),
    ("figures.txt", include_str!("../../grammars/en/figures.txt")),
];

/// The builtin English grammar, parsed on first use.
static BUILTIN: LazyLock<Grammar> =
    LazyLock::new(|| parse::parse_grammar(SOURCES).unwrap_or_else(|error| panic!("builtin grammar: {error}")));

impl Grammar {
    /// The builtin English grammar (`grammars/en/`), parsed once.
    pub fn builtin() -> &'static Grammar {
        &BUILTIN
    }

    /// A grammar made of the builtin files with some replaced.
    ///
    /// `overrides` holds `(file name, text)` pairs, such as
    /// `("speech_verbs.txt", "say | neutral | says said saying | quote report")`.
    /// A file given here replaces the builtin file of that name; the files not
    /// given keep the builtin text. A name that is not one of [`FILE_NAMES`],
    /// a name given twice, or a malformed line is an error.
    pub fn from_sources(overrides: &[(&str, &str)]) -> Result<Grammar, GrammarError> {
        for (i, &(name, _)) in overrides.iter().enumerate() {
            if !FILE_NAMES.contains(&name) {
                return Err(parse::unknown_file(name));
            }
            if overrides[..i].iter().any(|&(earlier, _)| earlier == name) {
                return Err(GrammarError {
                    file: name.to_string(),
                    line: 0,
                    column: 0,
                    message: format!("grammar file '{name}' is given twice"),
                });
            }
        }
        let files: Vec<(&str, &str)> = SOURCES
            .iter()
            .map(|&(name, builtin)| {
                let text = overrides
                    .iter()
                    .find(|&&(given, _)| given == name)
                    .map_or(builtin, |&(_, text)| text);
                (name, text)
            })
            .collect();
        parse::parse_grammar(&files)
    }
}
