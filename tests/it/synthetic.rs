//! Synthetic news articles for scale tests and benchmarks: deterministic,
//! made of invented words, with speakers and stories that recur across
//! documents the way they do in a news corpus (one story a few documents, a
//! few common words in many).

/// A small deterministic generator (SplitMix64).
pub struct Random(u64);

impl Random {
    pub fn new(seed: u64) -> Random {
        Random(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..bound`.
    pub fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound as u64) as usize
    }

    /// A number in `0..bound`, small ones far more often (about Zipf).
    pub fn skewed(&mut self, bound: usize) -> usize {
        let unit = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((bound as f64).powf(unit) - 1.0) as usize
    }
}

const SYLLABLES: [&str; 24] = [
    "ka", "lo", "mi", "ren", "tu", "sa", "vor", "pel", "di", "nak", "zu", "fen", "gor", "hal", "ib", "jun", "kel",
    "mor", "nu", "pax", "quo", "rid", "sul", "tam",
];

/// An invented word: the syllables of `index` written in base 24, then one
/// more so that short indices make words too. Distinct indices give
/// distinct words.
fn word(index: usize) -> String {
    let mut word = String::new();
    let mut rest = index + 1;
    while rest > 0 {
        word.push_str(SYLLABLES[rest % SYLLABLES.len()]);
        rest /= SYLLABLES.len();
    }
    word.push_str(SYLLABLES[(index * 7 + 3) % SYLLABLES.len()]);
    word
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Opposed words from the grammar's antonyms, to give claims sides.
const OPPOSED: [&str; 12] = [
    "innocent",
    "guilty",
    "voluntary",
    "forced",
    "free",
    "prison",
    "safe",
    "dangerous",
    "legal",
    "illegal",
    "rising",
    "falling",
];

/// `documents` articles; stories and speakers grow with the corpus (one
/// story about every five documents, one speaker about every two).
pub fn articles(documents: usize, seed: u64) -> Vec<String> {
    let mut random = Random::new(seed);
    let stories = (documents / 5).max(1);
    let people = (documents / 2).max(4);
    let vocabulary = 20_000;
    (0..documents)
        .map(|_| {
            let story = random.below(stories);
            let story_words: Vec<String> = (0..6).map(|at| word(vocabulary + story * 6 + at)).collect();
            let mut text = format!("{} and the {}\n\n", capitalized(&story_words[0]), story_words[1]);
            for _ in 0..3 + random.below(6) {
                let mut words: Vec<String> = Vec::new();
                for _ in 0..8 + random.below(12) {
                    let pick = random.below(10);
                    words.push(if pick < 3 {
                        story_words[random.below(story_words.len())].clone()
                    } else if pick == 3 {
                        OPPOSED[random.below(OPPOSED.len())].to_string()
                    } else {
                        word(random.skewed(vocabulary))
                    });
                }
                let person = random.below(people);
                let name = format!(
                    "{} {}",
                    capitalized(&word(person * 2 + 1)),
                    capitalized(&word(person * 2 + 2))
                );
                let claim = words.join(" ");
                if random.below(3) == 0 {
                    text.push_str(&format!("{name} said that the {claim}.\n\n"));
                } else {
                    text.push_str(&format!("\"The {claim},\" {name} said.\n\n"));
                }
            }
            text
        })
        .collect()
}
