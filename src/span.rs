//! Byte spans into the original text, and their conversion to the Unicode
//! scalar offsets that the output uses (FORMATS.md).

/// A half-open range of byte offsets into the original text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// Its length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when it covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text it covers.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies inside this span.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The span from this one's start to `other`'s end.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start, other.end.max(self.start))
    }

    /// The span without leading and trailing white space.
    pub fn trim(self, text: &str) -> Span {
        let slice = self.of(text);
        let start = self.start + (slice.len() - slice.trim_start().len());
        let end = self.end - (slice.len() - slice.trim_end().len());
        if start >= end {
            Span::new(start, start)
        } else {
            Span::new(start, end)
        }
    }
}

/// Converts byte offsets into Unicode scalar offsets with one precomputed
/// table of the non-ASCII characters, so pure ASCII text costs nothing.
#[derive(Clone, Debug, Default)]
pub struct CharIndex {
    /// Byte offset just past each multi-byte character, and the number of
    /// extra bytes seen up to there.
    checkpoints: Vec<(usize, usize)>,
}

impl CharIndex {
    /// Builds the table for `text`.
    pub fn new(text: &str) -> CharIndex {
        // Room for a multi-byte character in 64 bytes without growing.
        let mut checkpoints = Vec::with_capacity(text.len() / 64);
        let bytes = text.as_bytes();
        let mut extra = 0;
        let mut offset = 0;
        // Jump from one multi-byte character's leading byte to the next.
        while let Some(found) = find_leading_byte(&bytes[offset..]) {
            let start = offset + found;
            let width = match bytes[start] {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            extra += width - 1;
            checkpoints.push((start + width, extra));
            offset = start + width;
        }
        CharIndex { checkpoints }
    }

    /// The Unicode scalar offset of a byte offset that lies on a character boundary.
    pub fn char_offset(&self, byte: usize) -> usize {
        let seen = self.checkpoints.partition_point(|&(end, _)| end <= byte);
        let extra = if seen == 0 { 0 } else { self.checkpoints[seen - 1].1 };
        byte - extra
    }
}

/// The position of the first leading byte of a multi-byte character
/// (`0xC0` and above) in `bytes`, eight bytes at a time.
fn find_leading_byte(bytes: &[u8]) -> Option<usize> {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let word = u64::from_le_bytes(chunk.try_into().expect("chunks of eight"));
        // A byte of 0xC0 or above has its two high bits set: shifting
        // left by one puts each byte's bit 6 under its bit 7 (bit 7 moves
        // into the next byte's bit 0, which the mask drops).
        let leading = word & (word << 1) & HIGH_BITS;
        if leading != 0 {
            return Some(offset + leading.trailing_zeros() as usize / 8);
        }
        offset += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&byte| byte >= 0xC0)
        .map(|found| offset + found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_scalars() {
        let text = "a “b” «c» 「d」 e 😀 é";
        let index = CharIndex::new(text);
        for (chars, (bytes, _)) in text.char_indices().enumerate() {
            assert_eq!(index.char_offset(bytes), chars);
        }
        assert_eq!(index.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn leading_bytes_are_found_as_by_a_plain_search() {
        let text = "abcdefgh ijklmnop “quoted” and é, ü, 😀; qrstuvwxyz€";
        let bytes = text.as_bytes();
        for start in 0..bytes.len() {
            let plain = bytes[start..].iter().position(|&byte| byte >= 0xC0);
            assert_eq!(find_leading_byte(&bytes[start..]), plain, "from {start}");
        }
    }

    #[test]
    fn trim_drops_white_space() {
        let text = "  ab \n";
        assert_eq!(Span::new(0, text.len()).trim(text), Span::new(2, 4));
        assert_eq!(Span::new(0, 2).trim(text), Span::new(2, 2));
    }
}
