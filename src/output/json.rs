//! The compact JSON of a [`WireDocRef`] (one line of `quotes --format
//! jsonl`), written by hand: the same bytes as `serde_json::to_writer`
//! (the tests compare them), at a fraction of the cost.
//!
//! Most of a line is quoted text, and serde_json looks up every byte of a
//! string in its escape table, one at a time. Here sixteen bytes are tested
//! at once, and a run with nothing to escape, nearly all of them, is copied
//! whole. Numbers, and the topics and pairs (empty for `quotes`), still go
//! through serde_json.

use serde::Serialize;

use super::wire::{WireDocRef, WireQuoteRef, WireWarningRef};

/// Appends the compact JSON of `doc` to `out`, as `serde_json::to_writer` writes it.
pub fn write_doc(out: &mut Vec<u8>, doc: &WireDocRef) {
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
        write_quote(out, quote);
    }
    out.extend_from_slice(b"],\"topics\":");
    write_serde(out, doc.topics);
    out.extend_from_slice(b",\"pairs\":");
    write_serde(out, doc.pairs);
    out.extend_from_slice(b",\"warnings\":[");
    for (position, warning) in doc.warnings.iter().enumerate() {
        if position > 0 {
            out.push(b',');
        }
        write_warning(out, warning);
    }
    out.extend_from_slice(b"]}");
}

/// One quote, its fields in the order of [`WireQuoteRef`]'s declaration.
fn write_quote(out: &mut Vec<u8>, quote: &WireQuoteRef) {
    out.extend_from_slice(b"{\"id\":\"q");
    write_serde(out, quote.id.0 + 1);
    out.extend_from_slice(b"\",\"kind\":");
    write_str(out, quote.kind);
    out.extend_from_slice(b",\"start\":");
    write_serde(out, quote.start);
    out.extend_from_slice(b",\"end\":");
    write_serde(out, quote.end);
    out.extend_from_slice(b",\"byte_start\":");
    write_serde(out, quote.byte_start);
    out.extend_from_slice(b",\"byte_end\":");
    write_serde(out, quote.byte_end);
    out.extend_from_slice(b",\"text\":");
    write_str(out, quote.text);
    out.extend_from_slice(b",\"speaker\":");
    write_optional_str(out, quote.speaker);
    out.extend_from_slice(b",\"mention\":");
    match &quote.mention {
        Some(mention) => {
            out.extend_from_slice(b"{\"text\":");
            write_str(out, mention.text);
            out.extend_from_slice(b",\"start\":");
            write_serde(out, mention.start);
            out.extend_from_slice(b",\"end\":");
            write_serde(out, mention.end);
            out.push(b'}');
        }
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
    write_serde(out, quote.confidence);
    if let Some(rule) = quote.rule {
        out.extend_from_slice(b",\"rule\":");
        write_str(out, rule);
    }
    out.extend_from_slice(b",\"paragraph\":");
    write_serde(out, quote.paragraph);
    out.push(b'}');
}

/// One warning, its fields in the order of [`WireWarningRef`]'s declaration.
fn write_warning(out: &mut Vec<u8>, warning: &WireWarningRef) {
    out.extend_from_slice(b"{\"kind\":");
    write_str(out, warning.kind);
    out.extend_from_slice(b",\"start\":");
    write_serde(out, warning.start);
    out.extend_from_slice(b",\"paragraph\":");
    write_serde(out, warning.paragraph);
    out.extend_from_slice(b",\"message\":");
    write_str(out, warning.message);
    out.push(b'}');
}

/// A value as serde_json writes it: numbers (a float's shortest form),
/// and what is rarely there.
fn write_serde(out: &mut Vec<u8>, value: impl Serialize) {
    serde_json::to_writer(&mut *out, &value).expect("serializing to memory never fails");
}

fn write_optional_str(out: &mut Vec<u8>, text: Option<&str>) {
    match text {
        Some(text) => write_str(out, text),
        None => out.extend_from_slice(b"null"),
    }
}

/// A byte JSON escapes: a control character, `"` or `\`.
fn needs_escape(byte: u8) -> bool {
    (byte < 0x20) | (byte == b'"') | (byte == b'\\')
}

/// A JSON string, escaped as serde_json escapes it.
fn write_str(out: &mut Vec<u8>, text: &str) {
    const RUN: usize = 16;
    let bytes = text.as_bytes();
    out.push(b'"');
    // `bytes[..written]` are in `out`.
    let mut written = 0;
    let mut index = 0;
    while index < bytes.len() {
        // Sixteen bytes tested at once (the compiler turns the fold into a
        // few vector instructions); most runs have nothing to escape.
        if let Some(run) = bytes[index..].first_chunk::<RUN>()
            && !run.iter().fold(false, |found, &byte| found | needs_escape(byte))
        {
            index += RUN;
            continue;
        }
        let byte = bytes[index];
        if needs_escape(byte) {
            out.extend_from_slice(&bytes[written..index]);
            write_escape(out, byte);
            written = index + 1;
        }
        index += 1;
    }
    out.extend_from_slice(&bytes[written..]);
    out.push(b'"');
}

/// The escape of one byte, as serde_json writes it: the short forms where
/// JSON has one, `\u00XX` in lower-case hexadecimal for other controls.
fn write_escape(out: &mut Vec<u8>, byte: u8) {
    const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";
    let short = match byte {
        b'"' => b'"',
        b'\\' => b'\\',
        0x08 => b'b',
        0x0C => b'f',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        _ => {
            out.extend_from_slice(&[
                b'\\',
                b'u',
                b'0',
                b'0',
                HEX_DIGITS[usize::from(byte >> 4)],
                HEX_DIGITS[usize::from(byte & 0xF)],
            ]);
            return;
        }
    };
    out.extend_from_slice(&[b'\\', short]);
}

#[cfg(test)]
mod tests;
