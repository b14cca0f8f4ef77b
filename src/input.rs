//! Input: bytes to text, with clear errors for what is not text, and JSONL
//! batch records.

use serde::Deserialize;

/// Why some bytes could not be read as a text.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InputError {
    /// The bytes are not UTF-8.
    #[error("invalid UTF-8 at byte {offset} (use --lossy to replace invalid bytes)")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The bytes look like a binary file.
    #[error("looks like a binary file (NUL byte at byte {offset}), not text")]
    Binary {
        /// Byte offset of the first NUL byte.
        offset: usize,
    },
}

/// How to read bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Decoding {
    /// Replace invalid UTF-8 with U+FFFD instead of failing.
    pub lossy: bool,
}

/// Decodes a document's bytes. A NUL byte marks a binary file; invalid UTF-8
/// is an error naming its byte offset unless `lossy`.
pub fn decode(bytes: &[u8], decoding: Decoding) -> Result<std::borrow::Cow<'_, str>, InputError> {
    if let Some(offset) = memchr::memchr(0, bytes) {
        return Err(InputError::Binary { offset });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(std::borrow::Cow::Borrowed(text)),
        Err(error) if !decoding.lossy => Err(InputError::InvalidUtf8 {
            offset: error.valid_up_to(),
        }),
        Err(_) => Ok(String::from_utf8_lossy(bytes)),
    }
}

/// One line of `--jsonl` input: `{"id": …, "text": …}`; other fields ignored.
#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
pub struct Record {
    /// The document id.
    #[serde(default)]
    pub id: Option<serde_json::Value>,
    /// The text.
    pub text: String,
}

/// Parses one JSONL line. The id may be a string or a number; a missing id
/// becomes `line-N`.
pub fn parse_record(line: &str, line_number: usize) -> Result<(String, String), String> {
    let record: Record = serde_json::from_str(line).map_err(|error| format!("line {line_number}: {error}"))?;
    let id = match record.id {
        Some(serde_json::Value::String(id)) => id,
        Some(serde_json::Value::Null) | None => format!("line-{line_number}"),
        Some(other) => other.to_string(),
    };
    Ok((id, record.text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_its_offset() {
        let bytes = b"abc\xffdef";
        assert_eq!(
            decode(bytes, Decoding::default()),
            Err(InputError::InvalidUtf8 { offset: 3 })
        );
        assert_eq!(decode(bytes, Decoding { lossy: true }).unwrap(), "abc\u{FFFD}def");
    }

    #[test]
    fn nul_bytes_mean_binary() {
        assert_eq!(
            decode(b"ab\0c", Decoding::default()),
            Err(InputError::Binary { offset: 2 })
        );
    }

    #[test]
    fn records_need_text() {
        assert_eq!(
            parse_record(r#"{"id": "a", "text": "t"}"#, 1),
            Ok(("a".into(), "t".into()))
        );
        assert_eq!(
            parse_record(r#"{"id": 7, "text": "t"}"#, 1),
            Ok(("7".into(), "t".into()))
        );
        assert!(parse_record(r#"{"id": "a"}"#, 3).unwrap_err().starts_with("line 3:"));
        assert!(parse_record("{not json", 4).is_err());
    }
}
