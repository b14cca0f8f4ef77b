//! Integration tests: the real `whosaid` binary on real articles, run as a user runs it.

mod report;
mod seed;
