//! Integration tests: the real `whosaid` binary on real articles, run as a
//! user runs it (many through [`harness`]), and properties of the library.

mod batch;
mod contrast;
mod csv_output;
mod doubled;
mod grammars;
mod harness;
mod hostile;
mod html;
mod linear;
mod properties;
mod report;
mod seed;
mod streaming;
mod synthetic;
mod wire;
