//! The command line's plumbing: reading inputs, batch runs, output framing.

pub mod batch;
pub mod contrast;
pub mod sink;
pub mod source;
pub mod spill;
