//! Integration tests: the `whosaid` binary, run as a user runs it.

mod report;
