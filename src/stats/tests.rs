use super::*;
use crate::Analyzer;

const SEED: &str = include_str!("../../corpus/afp-2020-10-23-kazakhs-xinjiang.txt");

/// The statistics of some texts.
fn check(texts: &[(&str, &str)]) -> Stats {
    let analyzer = Analyzer::new();
    Stats::new(
        texts
            .iter()
            .map(|(id, text)| {
                let doc = crate::output::wire_doc(id, text, &analyzer.analyze(text));
                document_stats(&doc, text, analyzer.grammar())
            })
            .collect(),
    )
}

fn speaker<'s>(document: &'s DocumentStats, name: &str) -> &'s SpeakerStats {
    document
        .speakers
        .iter()
        .find(|speaker| speaker.name == name)
        .unwrap_or_else(|| panic!("{name} missing"))
}

#[test]
fn seed_statistics() {
    let stats = check(&[("seed", SEED)]);
    let seed = &stats.documents[0];
    assert_eq!(seed.outlet.as_deref(), Some("AFP"));
    assert_eq!(seed.sources.named, 5);
    // "Many in Kazakhstan believe …", a crowd, and "his former employers"
    // (the `They` of "They said the company pension …"): the two anonymous
    // sources.
    assert_eq!(seed.sources.anonymous, 2);
    assert_eq!(
        seed.sources.distinct,
        seed.sources.named + seed.sources.anonymous + seed.sources.institutional
    );
    assert_eq!(speaker(seed, "Bikamal Kaken").claims.direct, 2);
    assert_eq!(speaker(seed, "Baibolat Kunbolat").claims.direct, 2);
    assert_eq!(speaker(seed, "Bikamal Kaken").channels.first_hand, 2);
    assert!(seed.channels.relayed_from.iter().any(|outlet| outlet == "Global Times"));
    assert!(speaker(seed, "Zhang Xiao").channels.relayed >= 1);
    // Four first-hand quotes to AFP at least: Kaken twice, Kasikci, Kunbolat
    // (more once reported speech "told AFP that …" is found).
    assert!(seed.channels.first_hand >= 4);
    for name in ["Bikamal Kaken", "Mehmet Kasikci", "Baibolat Kunbolat"] {
        assert!(speaker(seed, name).channels.first_hand >= 1, "{name}");
    }
    // (Unknown: Gu Ming, "many" and "his former employers".)
    assert_eq!(
        seed.gender,
        GenderCounts {
            female: 1,
            male: 3,
            unknown: 3
        }
    );
    let claims = &seed.claims;
    assert_eq!(claims.total, claims.direct + claims.partial + claims.reported);
    assert!((claims.direct_share + claims.partial_share + claims.reported_share - 1.0).abs() < 0.01);
    assert_eq!(
        seed.words_quoted,
        seed.speakers.iter().map(|speaker| speaker.words).sum::<usize>()
    );
    let framing = &seed.framing;
    assert_eq!(
        framing.neutral + framing.assertive + framing.distancing + framing.denial + framing.none,
        claims.total
    );
    // Most words first.
    assert_eq!(seed.speakers[0].name, "Baibolat Kunbolat");
}

#[test]
fn totals_merge_speakers_across_documents() {
    let other = "\"We will appeal,\" Bikamal Kaken told Reuters.";
    let stats = check(&[("seed", SEED), ("other", other)]);
    assert_eq!(stats.documents.len(), 2);
    let total = &stats.total;
    assert_eq!(total.document, "*");
    assert_eq!(speaker(total, "Bikamal Kaken").claims.direct, 3);
    assert_eq!(total.sources.named, 5);
    assert_eq!(
        total.claims.total,
        stats
            .documents
            .iter()
            .map(|document| document.claims.total)
            .sum::<usize>()
    );
    assert_eq!(total.words_quoted, stats.documents[0].words_quoted + 3);
    // The second document has no dateline: Reuters, the only outlet named, is its outlet.
    assert_eq!(stats.documents[1].outlet.as_deref(), Some("Reuters"));
    assert_eq!(total.channels.first_hand, stats.documents[0].channels.first_hand + 1);
}

#[test]
fn csv_is_long_form_and_guarded() {
    let text = "\"It is done,\" =HYPERLINK(\"x\") Smith said.\n\"Yes,\" Ann Lee said.";
    let stats = check(&[("a.txt", text)]);
    let mut out = Vec::new();
    stats.write_csv(&mut out).unwrap();
    let csv_text = String::from_utf8(out).unwrap();
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(reader.headers().unwrap().len(), Stats::CSV_HEADER.len());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(&rows[0][0], "document");
    assert!(rows.iter().any(|row| &row[0] == "speaker" && &row[2] == "Ann Lee"));
    assert_eq!(&rows.iter().find(|row| &row[0] == "total").unwrap()[1], "*");
    for row in &rows {
        assert_eq!(row.len(), Stats::CSV_HEADER.len());
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '@']), "{cell}");
        }
    }
}

#[test]
fn table_lists_speakers_and_hides_control_characters() {
    let stats = check(&[("seed\u{1b}[31m", SEED)]);
    let table = stats.table();
    assert!(table.contains("5 named"), "{table}");
    assert!(table.contains("Bikamal Kaken"), "{table}");
    assert!(table.contains("Global Times)"), "{table}");
    assert!(!table.contains('\u{1b}'));
    // One document: no total block.
    assert!(!table.contains("All documents"));
    let header = table
        .lines()
        .find(|line| line.trim_start().starts_with("speaker"))
        .unwrap();
    assert!(header.contains("first-hand"));
}

#[test]
fn json_has_the_figures() {
    let stats = check(&[("seed", SEED)]);
    let json = serde_json::to_value(&stats).unwrap();
    let seed = &json["documents"][0];
    assert_eq!(seed["sources"]["named"], 5);
    assert_eq!(seed["outlet"], "AFP");
    assert!(
        seed["channels"]["relayed_from"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!("Global Times"))
    );
    assert!(seed["speakers"][0]["gender"].is_string());
    assert!(seed["claims"]["direct_share"].is_number());
    assert_eq!(json["total"]["document"], "*");
}
