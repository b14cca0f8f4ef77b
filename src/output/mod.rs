//! Output formats: JSON (FORMATS.md) and CSV.

pub mod wire;
