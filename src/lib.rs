//! whosaid: who said what, to whom, and where do the sources contradict each other?
//!
//! The pipeline: input → segmentation → quote spans → attribution → speaker
//! resolution → claims → topics and contrasts → output.

#![deny(missing_docs)]

pub mod eval;
pub mod grammar;
pub mod output;
