//! The grammar files embedded in the binary.
