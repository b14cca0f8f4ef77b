//! The compact JSON of [`WireDocRef`] (one line of `--format jsonl`),
//! written by hand: the bytes serde_json writes for it, without its
//! byte-at-a-time string escaping, which was most of the writing time.
//! A test holds the two to the same output.

use super::wire::{WireDocRef, WireMentionRef, WireQuoteRef, WireWarningRef};

/// Appends the compact JSON of `doc` to `out`: the same bytes as
/// `serde_json::to_writer(out, doc)`.
pub fn write_doc(out: &mut Vec<u8>, doc: &WireDocRef<'_>) -> serde_json::Result<()> {
    out.extend_from_slice(b"{\"document\":");
    write_str(out, doc.document);
    if let Some(text) = doc.text {
        out.extend_from_slice(b",\"text\":");
        write_str(out, text);
    }
    out.extend_from_slice(b",\"quotes\":[");
    for (position, quote) in doc.quotes.iter().enumerate() {
        if position > 0 {
            out.push(b',');
        }
        write_quote(out, quote)?;
    }
    out.extend_from_slice(b"],\"topics\":");
    serde_json::to_writer(&mut *out, doc.topics)?;
    out.extend_from_slice(b",\"pairs\":");
    serde_json::to_writer(&mut *out, doc.pairs)?;
    out.extend_from_slice(b",\"warnings\":[");
    for (position, warning) in doc.warnings.iter().enumerate() {
        if position > 0 {
            out.push(b',');
        }
        write_warning(out, warning);
    }
    out.extend_from_slice(b"]}");
    Ok(())
}

fn write_quote(out: &mut Vec<u8>, quote: &WireQuoteRef<'_>) -> serde_json::Result<()> {
    out.extend_from_slice(b"{\"id\":\"q");
    write_usize(out, quote.id.0 + 1);
    out.extend_from_slice(b"\",\"kind\":");
    write_str(out, quote.kind);
    out.extend_from_slice(b",\"start\":");
    write_usize(out, quote.start);
    out.extend_from_slice(b",\"end\":");
    write_usize(out, quote.end);
    out.extend_from_slice(b",\"byte_start\":");
    write_usize(out, quote.byte_start);
    out.extend_from_slice(b",\"byte_end\":");
    write_usize(out, quote.byte_end);
    out.extend_from_slice(b",\"text\":");
    write_str(out, quote.text);
    out.extend_from_slice(b",\"speaker\":");
    write_optional_str(out, quote.speaker);
    out.extend_from_slice(b",\"mention\":");
    match &quote.mention {
        Some(mention) => write_mention(out, mention),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"cue\":");
    write_optional_str(out, quote.cue);
    if let Some(framing) = quote.framing {
        out.extend_from_slice(b",\"framing\":");
        write_str(out, framing);
    }
    out.extend_from_slice(b",\"recipient\":");
    write_optional_str(out, quote.recipient);
    out.extend_from_slice(b",\"confidence\":");
    // Floats as serde_json writes them: its own formatter.
    serde_json::to_writer(&mut *out, &quote.confidence)?;
    if let Some(rule) = quote.rule {
        out.extend_from_slice(b",\"rule\":");
        write_str(out, rule);
    }
    out.extend_from_slice(b",\"paragraph\":");
    write_usize(out, quote.paragraph);
    out.push(b'}');
    Ok(())
}

fn write_mention(out: &mut Vec<u8>, mention: &WireMentionRef<'_>) {
    out.extend_from_slice(b"{\"text\":");
    write_str(out, mention.text);
    out.extend_from_slice(b",\"start\":");
    write_usize(out, mention.start);
    out.extend_from_slice(b",\"end\":");
    write_usize(out, mention.end);
    out.push(b'}');
}

fn write_warning(out: &mut Vec<u8>, warning: &WireWarningRef<'_>) {
    out.extend_from_slice(b"{\"kind\":");
    write_str(out, warning.kind);
    out.extend_from_slice(b",\"start\":");
    write_usize(out, warning.start);
    out.extend_from_slice(b",\"paragraph\":");
    write_usize(out, warning.paragraph);
    out.extend_from_slice(b",\"message\":");
    write_str(out, warning.message);
    out.push(b'}');
}

fn write_usize(out: &mut Vec<u8>, value: usize) {
    let mut digits = [0u8; 20];
    let mut position = digits.len();
    let mut rest = value;
    loop {
        position -= 1;
        digits[position] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[position..]);
}

fn write_optional_str(out: &mut Vec<u8>, value: Option<&str>) {
    match value {
        Some(value) => write_str(out, value),
        None => out.extend_from_slice(b"null"),
    }
}

/// A JSON string, escaped as serde_json escapes it: `"` and `\` with a
/// backslash, the control characters as `\b \t \n \f \r` or `\u00xx`, all
/// else as it is.
pub fn write_str(out: &mut Vec<u8>, value: &str) {
    out.push(b'"');
    let bytes = value.as_bytes();
    let mut run_start = 0;
    let mut index = 0;
    while index < bytes.len() {
        // Eight bytes at a time while none needs escaping.
        if let Some(chunk) = bytes.get(index..index + 8) {
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if !needs_escape(word) {
                index += 8;
                continue;
            }
        }
        let byte = bytes[index];
        let escape: &[u8] = match byte {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            b'\t' => b"\\t",
            b'\n' => b"\\n",
            0x0C => b"\\f",
            b'\r' => b"\\r",
            0x00..=0x1F => &[],
            _ => {
                index += 1;
                continue;
            }
        };
        out.extend_from_slice(&bytes[run_start..index]);
        if escape.is_empty() {
            const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX_DIGITS[usize::from(byte >> 4)],
                HEX_DIGITS[usize::from(byte & 0xF)],
            ]);
        } else {
            out.extend_from_slice(escape);
        }
        index += 1;
        run_start = index;
    }
    out.extend_from_slice(&bytes[run_start..]);
    out.push(b'"');
}

/// True when one of the eight bytes of `word` is a control character, `"`
/// or `\` (it may say true of a word with none, never false of one with one).
fn needs_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // A byte below 0x20: subtracting 0x20 borrows into its high bit.
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    let has_zero = |value: u64| value.wrapping_sub(ONES) & !value & HIGH;
    let quote = has_zero(word ^ (ONES * u64::from(b'"')));
    let backslash = has_zero(word ^ (ONES * u64::from(b'\\')));
    below_space | quote | backslash != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serde_str(value: &str) -> Vec<u8> {
        serde_json::to_vec(value).unwrap()
    }

    #[test]
    fn strings_escape_as_serde_json_escapes_them() {
        let mut every_control = String::new();
        for code in 0u8..0x20 {
            every_control.push(char::from(code));
            every_control.push_str("ab");
        }
        for value in [
            "",
            "plain",
            "eight ch",
            "\"quoted\" and \\ back\\slash",
            "“curly” «guillemets» — é ü 😀 \u{7f} \u{a0}",
            "line\nbreak\ttab\r\u{8}\u{c}\u{1}\u{1f}",
            "long text with no escapes at all, long enough for several words\"",
            every_control.as_str(),
        ] {
            let mut out = Vec::new();
            write_str(&mut out, value);
            assert_eq!(
                String::from_utf8(out).unwrap(),
                String::from_utf8(serde_str(value)).unwrap()
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn any_string_escapes_as_serde_json_escapes_it(value in "(?s).{0,40}") {
            let mut out = Vec::new();
            write_str(&mut out, &value);
            proptest::prop_assert_eq!(out, serde_str(&value));
        }

        #[test]
        fn numbers_print_as_serde_json_prints_them(value in proptest::num::usize::ANY) {
            let mut out = Vec::new();
            write_usize(&mut out, value);
            proptest::prop_assert_eq!(out, serde_json::to_vec(&value).unwrap());
        }
    }

    #[test]
    fn documents_write_as_serde_json_writes_them() {
        let analyzer = crate::Analyzer::new();
        let seed = include_str!("../../corpus/afp-2020-10-23-kazakhs-xinjiang.txt");
        let texts = [
            seed,
            "\"We deeply regret this now,\" Baibolat Kunbolat told AFP.\n\n\"Unclosed",
            "Plain text.\u{1}\n\nHe said: \"a \\ b\" and \"c\ttab\".",
        ];
        for text in texts {
            let analysis = analyzer.analyze(text);
            let mut doc = super::super::wire_doc_ref("id \"1\"", text, &analysis);
            for html in [false, true] {
                doc.text = html.then_some(text);
                let mut out = Vec::new();
                write_doc(&mut out, &doc).unwrap();
                assert_eq!(String::from_utf8(out).unwrap(), serde_json::to_string(&doc).unwrap());
            }
        }
    }
}
