//! The result of analysing one document: quotes with their kinds,
//! attributions and canonical speakers, and warnings. All offsets are bytes
//! into the analysed text.

use serde::{Deserialize, Serialize};

use crate::grammar::Framing;
use crate::span::Span;

/// The kinds of [`Warning`].
pub const WARNING_KINDS: [&str; 1] = ["unclosed_quote"];

/// What a quote is (FORMATS.md, "Quote kinds").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Kind {
    /// A quoted utterance.
    Direct,
    /// Quoted words inside a reported clause.
    Partial,
    /// Reported speech without quote marks.
    Indirect,
    /// A quoted word or phrase used as a term or scare quote.
    Term,
    /// A quoted fragment forming a heading or crosshead.
    Heading,
    /// Quote marks in page furniture.
    Boilerplate,
}

impl Kind {
    /// The name used in output and gold files.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Partial => "partial",
            Kind::Indirect => "indirect",
            Kind::Term => "term",
            Kind::Heading => "heading",
            Kind::Boilerplate => "boilerplate",
        }
    }

    /// Direct, partial and indirect quotes are claims of a speaker; the
    /// default CSV shows only these.
    pub fn is_claim(self) -> bool {
        matches!(self, Kind::Direct | Kind::Partial | Kind::Indirect)
    }

    /// Direct and partial quotes: speech in quote marks.
    pub fn is_speech(self) -> bool {
        matches!(self, Kind::Direct | Kind::Partial)
    }
}

/// One quote, or one reported claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// What it is.
    pub kind: Kind,
    /// The quoted words without quote marks, or the reported content.
    pub span: Span,
    /// 1-based number of the paragraph it starts in.
    pub paragraph: usize,
    /// Canonical name of the speaker, if known.
    pub speaker: Option<String>,
    /// The speaker as written next to the quote.
    pub mention: Option<Span>,
    /// The speech verb or phrase.
    pub cue: Option<Span>,
    /// How the cue frames the content.
    pub framing: Option<Framing>,
    /// To whom it was said, as a name.
    pub recipient: Option<String>,
    /// Confidence of the attribution, in [0, 1].
    pub confidence: f32,
    /// The rule that attributed it (a pattern name of `patterns.txt` or a
    /// rule of [`crate::attribute`]), or why it is of its kind.
    pub rule: String,
}

/// Something in the text that the reader should know about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// One of [`WARNING_KINDS`]: "unclosed_quote".
    pub kind: &'static str,
    /// Where.
    pub span: Span,
    /// 1-based paragraph.
    pub paragraph: usize,
    /// For a person.
    pub message: String,
}

/// Everything found in one document.
///
/// It serializes (serde), so that a caller may set it aside, on disk say,
/// and read it back.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// Quotes and claims in text order.
    pub quotes: Vec<Quote>,
    /// Problems met.
    pub warnings: Vec<Warning>,
}

/// A [`Warning`] as read back, its kind not yet one of [`WARNING_KINDS`].
#[derive(Deserialize)]
struct StoredWarning {
    kind: String,
    span: Span,
    paragraph: usize,
    message: String,
}

impl<'de> Deserialize<'de> for Warning {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Warning, D::Error> {
        Warning::try_from(StoredWarning::deserialize(deserializer)?).map_err(serde::de::Error::custom)
    }
}

impl TryFrom<StoredWarning> for Warning {
    type Error = String;

    fn try_from(stored: StoredWarning) -> Result<Warning, String> {
        let kind = WARNING_KINDS
            .iter()
            .copied()
            .find(|kind| *kind == stored.kind)
            .ok_or_else(|| format!("unknown warning kind {:?}", stored.kind))?;
        Ok(Warning {
            kind,
            span: stored.span,
            paragraph: stored.paragraph,
            message: stored.message,
        })
    }
}
