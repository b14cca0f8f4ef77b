//! Integration tests: one test binary, one module per concern. Each runs the
//! real `whosaid` binary through [`harness`], or the library directly.

mod batch;
mod csv_output;
mod harness;
mod hostile;
mod html;
mod linear;
mod properties;
