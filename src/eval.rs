//! Scoring against gold annotations (FORMATS.md, `score.py`).
