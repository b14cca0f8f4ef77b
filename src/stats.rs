//! Sourcing statistics for a journalism class: per document and in total,
//! who is quoted (named, anonymous, institutional), how (direct, partial,
//! reported), how much (words quoted per speaker), the gender of the people
//! quoted where the text states it, first-hand versus relayed quotes, and
//! how the cues frame what they report.
//!
//! Built on [`crate::sources`]; the numbers come out as JSON (serde), as a
//! CSV table in long form (one row per document, per speaker of a document,
//! and a total) or as a table for a terminal.

#[cfg(test)]
mod tests;

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;

use serde::Serialize;

use crate::grammar::{Gender, Grammar};
use crate::output::csv::guard;
use crate::output::wire::WireDoc;
use crate::sources::{self, Channel, FramingCounts, SourceKind};

/// How many sources of each kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SourceCounts {
    /// Distinct speakers.
    pub distinct: usize,
    /// People the text names.
    pub named: usize,
    /// People the text does not name.
    pub anonymous: usize,
    /// Groups, institutions and countries.
    pub institutional: usize,
}

/// How many claims of each kind, and their shares.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct ClaimCounts {
    /// All claims (direct + partial + reported).
    pub total: usize,
    /// Direct quotes.
    pub direct: usize,
    /// Partial quotes.
    pub partial: usize,
    /// Reported speech.
    pub reported: usize,
    /// Share of direct quotes among all claims, in [0, 1].
    pub direct_share: f64,
    /// Share of partial quotes.
    pub partial_share: f64,
    /// Share of reported speech.
    pub reported_share: f64,
}

impl ClaimCounts {
    fn with_shares(mut self) -> ClaimCounts {
        self.total = self.direct + self.partial + self.reported;
        self.direct_share = share(self.direct, self.total);
        self.partial_share = share(self.partial, self.total);
        self.reported_share = share(self.reported, self.total);
        self
    }
}

/// Gender of the people quoted (institutions are not counted).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct GenderCounts {
    /// The text calls them she, Ms …
    pub female: usize,
    /// The text calls them he, Mr …
    pub male: usize,
    /// The text does not say.
    pub unknown: usize,
}

/// To whom the claims were given.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ChannelCounts {
    /// To the article's own outlet.
    pub first_hand: usize,
    /// Relayed from another outlet.
    pub relayed: usize,
    /// To someone else (a person, an official).
    pub other: usize,
    /// The text does not say.
    pub unstated: usize,
    /// The other outlets claims were relayed from.
    pub relayed_from: Vec<String>,
    /// The outlets of `relayed_from`, to tell a new one without reading
    /// them all (a speaker may be relayed by thousands).
    #[serde(skip)]
    known_outlets: HashSet<String>,
}

impl ChannelCounts {
    fn add(&mut self, channel: Channel, recipient: Option<&str>) {
        match channel {
            Channel::FirstHand => self.first_hand += 1,
            Channel::Relayed => {
                self.relayed += 1;
                if let Some(recipient) = recipient {
                    self.relay(recipient);
                }
            }
            Channel::Other => self.other += 1,
            Channel::Unstated => self.unstated += 1,
        }
    }

    fn merge(&mut self, other: &ChannelCounts) {
        self.first_hand += other.first_hand;
        self.relayed += other.relayed;
        self.other += other.other;
        self.unstated += other.unstated;
        for outlet in &other.relayed_from {
            self.relay(outlet);
        }
    }

    /// Adds `outlet` to those claims were relayed from, once.
    fn relay(&mut self, outlet: &str) {
        if !self.known_outlets.contains(outlet) {
            self.known_outlets.insert(outlet.to_string());
            self.relayed_from.push(outlet.to_string());
        }
    }
}

/// One speaker's figures.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SpeakerStats {
    /// Canonical name.
    pub name: String,
    /// Named, anonymous or institutional.
    pub kind: SourceKind,
    /// Role or title as the text gives it.
    pub role: Option<String>,
    /// Gender where the text states it.
    pub gender: Gender,
    /// Direct, partial and reported claims.
    pub claims: ClaimCounts,
    /// Words inside quote marks.
    pub words: usize,
    /// Share of all words quoted, in [0, 1].
    pub word_share: f64,
    /// To whom the claims were given.
    pub channels: ChannelCounts,
    /// Framing of the cues.
    pub framing: FramingCounts,
}

/// The figures of one document, or of all of them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentStats {
    /// The document id; `*` for the total.
    pub document: String,
    /// The article's own outlet.
    pub outlet: Option<String>,
    /// Sources by kind.
    pub sources: SourceCounts,
    /// Claims whose speaker the text does not give.
    pub unattributed: usize,
    /// Claims by kind.
    pub claims: ClaimCounts,
    /// Words inside quote marks, all speakers.
    pub words_quoted: usize,
    /// Gender of the people quoted.
    pub gender: GenderCounts,
    /// To whom the claims were given.
    pub channels: ChannelCounts,
    /// Framing of the cues.
    pub framing: FramingCounts,
    /// One entry per speaker, most words first.
    pub speakers: Vec<SpeakerStats>,
}

/// Statistics over several documents.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stats {
    /// Per document, in input order.
    pub documents: Vec<DocumentStats>,
    /// All documents together; speakers of the same name are one source.
    pub total: DocumentStats,
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        (part as f64 / whole as f64 * 1000.0).round() / 1000.0
    }
}

/// The statistics of one document.
pub fn document_stats(doc: &WireDoc, text: &str, grammar: &Grammar) -> DocumentStats {
    let sourcing = sources::sourcing(doc, text, grammar);
    let mut speakers = Vec::with_capacity(sourcing.sources.len());
    for source in &sourcing.sources {
        let mut channels = ChannelCounts::default();
        for &index in &source.quotes {
            if let Some(channel) = sourcing.channels[index] {
                channels.add(channel, doc.quotes[index].recipient.as_deref());
            }
        }
        speakers.push(SpeakerStats {
            name: source.name.clone(),
            kind: source.kind,
            role: source.role.clone(),
            gender: source.gender,
            claims: ClaimCounts {
                direct: source.direct,
                partial: source.partial,
                reported: source.reported,
                ..ClaimCounts::default()
            }
            .with_shares(),
            words: source.words,
            word_share: share(source.words, sourcing.words_total),
            channels,
            framing: source.framing,
        });
    }
    let mut stats = summarise(doc.document.clone(), speakers);
    stats.outlet = sourcing.outlet.clone();
    // Unattributed claims count in the document's claims, channels and framing.
    for &index in &sourcing.unattributed {
        let quote = &doc.quotes[index];
        stats.unattributed += 1;
        match quote.kind.as_str() {
            "direct" => stats.claims.direct += 1,
            "partial" => stats.claims.partial += 1,
            _ => stats.claims.reported += 1,
        }
        if let Some(channel) = sourcing.channels[index] {
            stats.channels.add(channel, quote.recipient.as_deref());
        }
        stats.framing.add(sourcing.framings[index]);
    }
    stats.claims = stats.claims.with_shares();
    stats.words_quoted = sourcing.words_total;
    for speaker in &mut stats.speakers {
        speaker.word_share = share(speaker.words, stats.words_quoted);
    }
    stats
}

/// Document figures from its speakers' figures.
fn summarise(document: String, mut speakers: Vec<SpeakerStats>) -> DocumentStats {
    speakers.sort_by(|a, b| b.words.cmp(&a.words).then(b.claims.total.cmp(&a.claims.total)));
    let mut sources = SourceCounts {
        distinct: speakers.len(),
        ..SourceCounts::default()
    };
    let mut claims = ClaimCounts::default();
    let mut gender = GenderCounts::default();
    let mut channels = ChannelCounts::default();
    let mut framing = FramingCounts::default();
    let mut words_quoted = 0;
    for speaker in &speakers {
        match speaker.kind {
            SourceKind::Named => sources.named += 1,
            SourceKind::Anonymous => sources.anonymous += 1,
            SourceKind::Institutional => sources.institutional += 1,
        }
        if speaker.kind != SourceKind::Institutional {
            match speaker.gender {
                Gender::Female => gender.female += 1,
                Gender::Male => gender.male += 1,
                Gender::Unknown => gender.unknown += 1,
            }
        }
        claims.direct += speaker.claims.direct;
        claims.partial += speaker.claims.partial;
        claims.reported += speaker.claims.reported;
        channels.merge(&speaker.channels);
        framing.merge(&speaker.framing);
        words_quoted += speaker.words;
    }
    DocumentStats {
        document,
        outlet: None,
        sources,
        unattributed: 0,
        claims: claims.with_shares(),
        words_quoted,
        gender,
        channels,
        framing,
        speakers,
    }
}

impl Stats {
    /// The statistics of the documents and their total.
    pub fn new(documents: Vec<DocumentStats>) -> Stats {
        let mut merged: Vec<SpeakerStats> = Vec::new();
        // (Each name's place in `merged`: a corpus has millions of speakers.)
        let mut place: HashMap<&str, usize> = HashMap::new();
        for speaker in documents.iter().flat_map(|document| &document.speakers) {
            match place.get(speaker.name.as_str()).map(|&index| &mut merged[index]) {
                Some(known) => {
                    known.claims.direct += speaker.claims.direct;
                    known.claims.partial += speaker.claims.partial;
                    known.claims.reported += speaker.claims.reported;
                    known.claims = known.claims.with_shares();
                    known.words += speaker.words;
                    known.channels.merge(&speaker.channels);
                    known.framing.merge(&speaker.framing);
                    known.gender = match (known.gender, speaker.gender) {
                        (Gender::Unknown, gender) => gender,
                        (gender, Gender::Unknown) => gender,
                        (a, b) if a == b => a,
                        _ => Gender::Unknown,
                    };
                    if known.role.is_none() {
                        known.role = speaker.role.clone();
                    }
                }
                None => {
                    place.insert(&speaker.name, merged.len());
                    merged.push(speaker.clone());
                }
            }
        }
        let mut total = summarise("*".to_string(), merged);
        for document in &documents {
            total.unattributed += document.unattributed;
            let unattributed_direct = document.claims.direct
                - document
                    .speakers
                    .iter()
                    .map(|speaker| speaker.claims.direct)
                    .sum::<usize>();
            let unattributed_partial = document.claims.partial
                - document
                    .speakers
                    .iter()
                    .map(|speaker| speaker.claims.partial)
                    .sum::<usize>();
            let unattributed_reported = document.claims.reported
                - document
                    .speakers
                    .iter()
                    .map(|speaker| speaker.claims.reported)
                    .sum::<usize>();
            total.claims.direct += unattributed_direct;
            total.claims.partial += unattributed_partial;
            total.claims.reported += unattributed_reported;
        }
        total.claims = total.claims.with_shares();
        total.words_quoted = documents.iter().map(|document| document.words_quoted).sum();
        total.channels = ChannelCounts::default();
        total.framing = FramingCounts::default();
        for document in &documents {
            total.channels.merge(&document.channels);
            total.framing.merge(&document.framing);
        }
        let words_quoted = total.words_quoted;
        for speaker in &mut total.speakers {
            speaker.word_share = share(speaker.words, words_quoted);
        }
        Stats { documents, total }
    }

    /// The header of [`Stats::write_csv`].
    pub const CSV_HEADER: [&'static str; 33] = [
        "level",
        "document",
        "speaker",
        "kind",
        "gender",
        "role",
        "sources",
        "named",
        "anonymous",
        "institutional",
        "unattributed",
        "direct",
        "partial",
        "reported",
        "direct_share",
        "partial_share",
        "reported_share",
        "words_quoted",
        "word_share",
        "first_hand",
        "relayed",
        "other_recipient",
        "unstated_recipient",
        "neutral",
        "assertive",
        "distancing",
        "denial",
        "no_cue",
        "female",
        "male",
        "gender_unknown",
        "outlet",
        "relayed_from",
    ];

    /// Writes the figures as CSV in long form: for each document a
    /// `document` row and a `speaker` row per speaker, then a `total` row and
    /// its `total_speaker` rows. Cells a row kind does not fill are empty.
    pub fn write_csv<W: std::io::Write>(&self, out: W) -> csv::Result<()> {
        let mut writer = csv::Writer::from_writer(out);
        writer.write_record(Stats::CSV_HEADER)?;
        for (document, level) in self
            .documents
            .iter()
            .map(|document| (document, "document"))
            .chain(std::iter::once((&self.total, "total")))
        {
            writer.write_record(document_row(document, level))?;
            let speaker_level = if level == "total" { "total_speaker" } else { "speaker" };
            for speaker in &document.speakers {
                writer.write_record(speaker_row(&document.document, speaker, speaker_level))?;
            }
        }
        writer.flush()?;
        Ok(())
    }

    /// The figures as a table for a terminal.
    pub fn table(&self) -> String {
        let mut out = String::new();
        for document in &self.documents {
            document_table(&mut out, document);
            out.push('\n');
        }
        if self.documents.len() != 1 {
            document_table(&mut out, &self.total);
        }
        out
    }
}

fn cells(values: impl IntoIterator<Item = String>) -> Vec<String> {
    values.into_iter().map(|value| guard(&value).into_owned()).collect()
}

fn framing_cells(framing: &FramingCounts) -> [String; 5] {
    [
        framing.neutral.to_string(),
        framing.assertive.to_string(),
        framing.distancing.to_string(),
        framing.denial.to_string(),
        framing.none.to_string(),
    ]
}

fn claim_cells(claims: &ClaimCounts) -> [String; 6] {
    [
        claims.direct.to_string(),
        claims.partial.to_string(),
        claims.reported.to_string(),
        format!("{:.3}", claims.direct_share),
        format!("{:.3}", claims.partial_share),
        format!("{:.3}", claims.reported_share),
    ]
}

fn channel_cells(channels: &ChannelCounts) -> [String; 4] {
    [
        channels.first_hand.to_string(),
        channels.relayed.to_string(),
        channels.other.to_string(),
        channels.unstated.to_string(),
    ]
}

fn document_row(document: &DocumentStats, level: &str) -> Vec<String> {
    let mut row = vec![
        level.to_string(),
        document.document.clone(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        document.sources.distinct.to_string(),
        document.sources.named.to_string(),
        document.sources.anonymous.to_string(),
        document.sources.institutional.to_string(),
        document.unattributed.to_string(),
    ];
    row.extend(claim_cells(&document.claims));
    row.extend([document.words_quoted.to_string(), String::new()]);
    row.extend(channel_cells(&document.channels));
    row.extend(framing_cells(&document.framing));
    row.extend([
        document.gender.female.to_string(),
        document.gender.male.to_string(),
        document.gender.unknown.to_string(),
        document.outlet.clone().unwrap_or_default(),
        document.channels.relayed_from.join("; "),
    ]);
    cells(row)
}

fn speaker_row(document: &str, speaker: &SpeakerStats, level: &str) -> Vec<String> {
    let mut row = vec![
        level.to_string(),
        document.to_string(),
        speaker.name.clone(),
        speaker.kind.as_str().to_string(),
        gender_name(speaker.gender).to_string(),
        speaker.role.clone().unwrap_or_default(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        String::new(),
    ];
    row.extend(claim_cells(&speaker.claims));
    row.extend([speaker.words.to_string(), format!("{:.3}", speaker.word_share)]);
    row.extend(channel_cells(&speaker.channels));
    row.extend(framing_cells(&speaker.framing));
    row.extend([
        String::new(),
        String::new(),
        String::new(),
        String::new(),
        speaker.channels.relayed_from.join("; "),
    ]);
    cells(row)
}

fn gender_name(gender: Gender) -> &'static str {
    match gender {
        Gender::Male => "male",
        Gender::Female => "female",
        Gender::Unknown => "unknown",
    }
}

/// A cell for a terminal: control characters (escape sequences from the
/// text) become U+FFFD.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
        .collect()
}

fn percent(value: f64) -> String {
    format!("{:.1}%", value * 100.0)
}

fn document_table(out: &mut String, document: &DocumentStats) {
    let title = if document.document == "*" {
        "All documents".to_string()
    } else {
        printable(&document.document)
    };
    let _ = writeln!(out, "{title}");
    if let Some(outlet) = &document.outlet {
        let _ = writeln!(out, "  outlet          {}", printable(outlet));
    }
    let sources = &document.sources;
    let _ = writeln!(
        out,
        "  sources         {} ({} named, {} anonymous, {} institutional); {} unattributed claims",
        sources.distinct, sources.named, sources.anonymous, sources.institutional, document.unattributed
    );
    let claims = &document.claims;
    let _ = writeln!(
        out,
        "  claims          {} ({} direct {}, {} partial {}, {} reported {})",
        claims.total,
        claims.direct,
        percent(claims.direct_share),
        claims.partial,
        percent(claims.partial_share),
        claims.reported,
        percent(claims.reported_share)
    );
    let _ = writeln!(out, "  words quoted    {}", document.words_quoted);
    let channels = &document.channels;
    let relayed_from = if channels.relayed_from.is_empty() {
        String::new()
    } else {
        format!(" (from {})", printable(&channels.relayed_from.join(", ")))
    };
    let _ = writeln!(
        out,
        "  given           {} first-hand, {} relayed{}, {} to others, {} unstated",
        channels.first_hand, channels.relayed, relayed_from, channels.other, channels.unstated
    );
    let framing = &document.framing;
    let _ = writeln!(
        out,
        "  cue framing     {} neutral, {} assertive, {} distancing, {} denial, {} without cue",
        framing.neutral, framing.assertive, framing.distancing, framing.denial, framing.none
    );
    let gender = &document.gender;
    let _ = writeln!(
        out,
        "  people quoted   {} female, {} male, {} unknown (as the text states it)",
        gender.female, gender.male, gender.unknown
    );
    if document.speakers.is_empty() {
        return;
    }
    let header = [
        "speaker",
        "kind",
        "gender",
        "direct",
        "partial",
        "reported",
        "words",
        "share",
        "first-hand",
        "relayed",
    ];
    let rows: Vec<[String; 10]> = document
        .speakers
        .iter()
        .map(|speaker| {
            [
                printable(&speaker.name),
                speaker.kind.as_str().to_string(),
                if speaker.kind == SourceKind::Institutional {
                    "-".to_string()
                } else {
                    gender_name(speaker.gender).to_string()
                },
                speaker.claims.direct.to_string(),
                speaker.claims.partial.to_string(),
                speaker.claims.reported.to_string(),
                speaker.words.to_string(),
                percent(speaker.word_share),
                speaker.channels.first_hand.to_string(),
                speaker.channels.relayed.to_string(),
            ]
        })
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|cell| cell.chars().count()).collect();
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    out.push('\n');
    let mut line = |cells: &[String]| {
        out.push_str("  ");
        for (column, (cell, width)) in cells.iter().zip(&widths).enumerate() {
            let pad = width - cell.chars().count();
            // Names and words left, numbers right.
            if column < 3 {
                out.push_str(cell);
                out.push_str(&" ".repeat(pad));
            } else {
                out.push_str(&" ".repeat(pad));
                out.push_str(cell);
            }
            out.push_str("  ");
        }
        let trimmed = out.trim_end_matches(' ').len();
        out.truncate(trimmed);
        out.push('\n');
    };
    line(&header.map(str::to_string));
    for row in &rows {
        line(row);
    }
}
