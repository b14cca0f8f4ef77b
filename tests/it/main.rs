//! Integration tests: the real `whosaid` binary on real articles.

mod contrast;
mod seed;
mod synthetic;
