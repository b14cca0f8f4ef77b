//! Unicode scalar offsets back to byte offsets, for reading the JSON form of
//! an analysis (whose offsets count Unicode scalar values, FORMATS.md)
//! against its text.

/// Maps Unicode scalar offsets of one text to byte offsets.
#[derive(Clone, Debug)]
pub struct CharOffsets {
    /// Byte offset of each character, and the text's length at the end.
    bytes: Vec<usize>,
}

impl CharOffsets {
    /// Builds the table for `text`.
    pub fn new(text: &str) -> CharOffsets {
        let mut bytes: Vec<usize> = text.char_indices().map(|(offset, _)| offset).collect();
        bytes.push(text.len());
        CharOffsets { bytes }
    }

    /// The number of characters of the text.
    pub fn len(&self) -> usize {
        self.bytes.len() - 1
    }

    /// True for the empty text.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The byte offset of a character offset, or `None` past the end.
    pub fn byte(&self, char_offset: usize) -> Option<usize> {
        self.bytes.get(char_offset).copied()
    }

    /// The byte range of a character range, or `None` when it is reversed or
    /// runs past the end of the text.
    pub fn byte_range(&self, start: usize, end: usize) -> Option<std::ops::Range<usize>> {
        if start > end {
            return None;
        }
        Some(self.byte(start)?..self.byte(end)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_go_back_to_bytes() {
        let text = "a “b” «c» e";
        let offsets = CharOffsets::new(text);
        for (chars, (bytes, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.byte(chars), Some(bytes));
        }
        assert_eq!(offsets.len(), text.chars().count());
        assert_eq!(offsets.byte(offsets.len()), Some(text.len()));
        assert_eq!(offsets.byte(offsets.len() + 1), None);
        assert_eq!(offsets.byte_range(2, 5).map(|range| &text[range]), Some("“b”"));
        assert_eq!(offsets.byte_range(5, 2), None);
        assert!(CharOffsets::new("").is_empty());
    }
}
