//! Integration tests: the real `whosaid` binary on real articles, run as a user runs it.

mod contrast;
mod report;
mod seed;
mod synthetic;
