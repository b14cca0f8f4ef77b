//! Throughput of each stage of the pipeline (segment, quotes, attribute,
//! claims, speakers) and of the whole analysis, on the seed article and on a corpus
//! of seed variations, beside a naive baseline (counting words with
//! `split_whitespace`) measured in the same run.
//!
//! `cargo bench --bench pipeline`; end to end through the binary, with
//! `wc -w` as the baseline: `scripts/throughput.sh`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main, measurement::WallTime};
use whosaid::segment::Document;
use whosaid::tag::Tags;
use whosaid::{Analyzer, Grammar, Span};

const SEED: &str = include_str!("../corpus/afp-2020-10-23-kazakhs-xinjiang.txt");

/// About 1 MB of articles: the seed's body with other names, outlets and
/// quote marks, some paragraphs left out.
fn corpus() -> Vec<String> {
    let people = [
        ("Bikamal Kaken", "Kaken"),
        ("Baibolat Kunbolat", "Kunbolat"),
        ("Gu Ming", "Gu"),
    ];
    let first = ["Amina", "Daniyar", "Olga", "Marat", "Sofia", "Yerlan", "Chen"];
    let last = [
        "Sadykova", "Bekov", "Ivanova", "Tokayev", "Petrova", "Omarov", "Serikova",
    ];
    let outlets = ["AFP", "Reuters", "reporters", "the BBC"];
    let paragraphs: Vec<&str> = SEED.split("\n\n").collect();
    let start = paragraphs.iter().position(|p| p.starts_with("When Bikamal")).unwrap();
    let end = paragraphs.iter().position(|p| p.starts_with("\"We waited")).unwrap();
    let mut documents = Vec::new();
    let mut total = 0;
    let mut number = 0usize;
    while total < 1 << 20 {
        let kept: Vec<&str> = paragraphs[start..=end]
            .iter()
            .enumerate()
            .filter(|(index, paragraph)| paragraph.contains('"') || !(index + number).is_multiple_of(5))
            .map(|(_, paragraph)| *paragraph)
            .collect();
        let mut text = kept.join("\n\n");
        for (slot, (full, short)) in people.iter().enumerate() {
            let name_first = first[(number + slot) % first.len()];
            let name_last = last[(number * 3 + slot) % last.len()];
            text = text
                .replace(full, &format!("{name_first} {name_last}"))
                .replace(short, name_last);
        }
        text = text.replace("told AFP", &format!("told {}", outlets[number % outlets.len()]));
        if number % 2 == 1 {
            text = curly(&text);
        }
        total += text.len();
        documents.push(text);
        number += 1;
    }
    documents
}

/// Straight double quotes turned into curly ones, pair by pair.
fn curly(text: &str) -> String {
    let mut open = true;
    text.chars()
        .map(|c| match c {
            '"' => {
                open = !open;
                if open { '”' } else { '“' }
            }
            '\n' => {
                open = true;
                '\n'
            }
            other => other,
        })
        .collect()
}

fn stages(group: &mut BenchmarkGroup<'_, WallTime>, documents: &[&str]) {
    let grammar = Grammar::builtin();
    let analyzer = Analyzer::new();
    let bytes: usize = documents.iter().map(|document| document.len()).sum();
    group.throughput(Throughput::Bytes(bytes as u64));

    group.bench_function("baseline: split_whitespace count", |bench| {
        bench.iter(|| {
            documents
                .iter()
                .map(|document| black_box(document).split_whitespace().count())
                .sum::<usize>()
        })
    });
    group.bench_function("segment", |bench| {
        bench.iter(|| {
            for document in documents {
                black_box(Document::new(black_box(document), grammar));
            }
        })
    });
    let segmented: Vec<Document<'_>> = documents
        .iter()
        .map(|document| Document::new(document, grammar))
        .collect();
    group.bench_function("quotes", |bench| {
        bench.iter(|| {
            for doc in &segmented {
                black_box(whosaid::quote::find_quotes(doc.text, &doc.paragraphs, grammar));
            }
        })
    });
    let spans: Vec<_> = segmented
        .iter()
        .map(|doc| whosaid::quote::find_quotes(doc.text, &doc.paragraphs, grammar).0)
        .collect();
    let tagged: Vec<Tags<'_>> = segmented.iter().map(|doc| Tags::new(doc, grammar)).collect();
    group.bench_function("tag", |bench| {
        bench.iter(|| {
            for doc in &segmented {
                black_box(Tags::new(doc, grammar));
            }
        })
    });
    group.bench_function("attribute", |bench| {
        bench.iter(|| {
            for ((doc, tags), spans) in segmented.iter().zip(&tagged).zip(&spans) {
                black_box(whosaid::attribute::attribute(doc, tags, spans));
            }
        })
    });
    group.bench_function("claims", |bench| {
        bench.iter(|| {
            for ((doc, tags), spans) in segmented.iter().zip(&tagged).zip(&spans) {
                black_box(whosaid::claim::find_claims(doc, tags, spans));
            }
        })
    });
    let mentions: Vec<Vec<Span>> = segmented
        .iter()
        .zip(&tagged)
        .zip(&spans)
        .map(|((doc, tags), spans)| {
            whosaid::attribute::attribute(doc, tags, spans)
                .iter()
                .filter_map(|attribution| attribution.speaker)
                .chain(
                    whosaid::claim::find_claims(doc, tags, spans)
                        .iter()
                        .filter_map(|claim| claim.speaker),
                )
                .collect()
        })
        .collect();
    group.bench_function("speakers", |bench| {
        bench.iter(|| {
            for ((doc, tags), mentions) in segmented.iter().zip(&tagged).zip(&mentions) {
                black_box(whosaid::speaker::Resolver::new(doc, tags, mentions));
            }
        })
    });
    group.bench_function("end to end: analyze + JSON", |bench| {
        bench.iter(|| {
            for document in documents {
                let analysis = analyzer.analyze(document);
                black_box(serde_json::to_vec(&whosaid::output::wire_doc("bench", document, &analysis)).unwrap());
            }
        })
    });
}

fn seed(criterion: &mut Criterion) {
    let mut group = criterion.benchmark_group("seed");
    group.measurement_time(Duration::from_secs(3)).sample_size(20);
    stages(&mut group, &[SEED]);
    group.finish();
}

fn generated_corpus(criterion: &mut Criterion) {
    let documents = corpus();
    let documents: Vec<&str> = documents.iter().map(String::as_str).collect();
    let mut group = criterion.benchmark_group("corpus 1 MB");
    group.measurement_time(Duration::from_secs(5)).sample_size(10);
    stages(&mut group, &documents);
    group.finish();
}

criterion_group!(benches, seed, generated_corpus);
criterion_main!(benches);
