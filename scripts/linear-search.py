#!/usr/bin/env python3
"""Search for inputs on which whosaid's work grows faster than its input.

Each shape is a random run of news fragments (names that change from one
repetition to the next, pronouns, verbs of speech, quote marks, parentheses,
line breaks), repeated to 16, 32 and 64 KB as one document. cachegrind counts
the instructions of each run, which do not depend on the machine's load;
linear work adds twice as much from 32 to 64 KB as from 16 to 32 (a growth of
2), quadratic work four times as much. A shape that grows by more than 2.6 is
measured again at 64, 128 and 256 KB, where the bounds that keep work linear
have taken hold, and reported with both growths. The tests of
`tests/it/linear.rs` came from such shapes; a shape reported here that still
grows past 2.6 at the larger sizes is a bug: make it a test there.

    scripts/linear-search.py --command contrast --shapes 40 --seed 7

Needs valgrind and a release build (`cargo build --release`). A shape takes a
few seconds; the exit status is 1 when a shape grows past 2.6 at the larger
sizes.
"""

import argparse
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

# Fragments a shape is drawn from. `{A}` and `{B}` become names that change
# with each repetition (`Aova`, `Bova`, …), so that a document holds
# thousands of distinct names.
FRAGMENTS = [
    "Ana {A}ova", "Ben {B}son", "Ruiz", "he", "she", "they", "it", "He", "She", "They", "It",
    "his", "her", "their", "him", "said", "told", "says", "denied", "insisted", "called",
    "added", "according to", "that", "who", "which", "and", "but", "But", "the minister",
    "the spokeswoman", "The company", "officials", "critics", "the {A}ian Ministry", "Mr.",
    "Ms", "Sen.", "Dr.", "AFP", "the Global Times", "Reuters", "on Monday", "in {A}ville",
    "the plan", "is safe", "is not safe", "a lie", "false", ",", ".", ":", ";", "—", "-",
    "(", ")", '"', "“", "”", "‘", "’", "'", "«", "»", "?", "!", "\n", "\n\n", "5%",
    "$3 million", "two hours", "not", "never", "However,", "Some scientists disagree.",
    "asked", "whether", "if", "U.S.", "New York", "Post", "reported", "wrote", "tweeted",
    "in a statement", "in an interview with", "spokesman for", "of", "Ana {A}ova Ruiz",
    "{A}ville", "{A} Corp.", "Mr. {A}", "the {A} Times", "percent", "42", "million",
    "dismissed", "account", "claims", "rejected", "group", "rights groups", "say", "Kaken",
    "her husband", "is innocent", "was", "would", "could", "the",
]

# Past this growth per doubling, work is not linear.
MAX_GROWTH = 2.6


def name(number: int) -> str:
    """`Aa`, `Ab`, … for 26, 27, …: a name made of letters only."""
    letters = ""
    number += 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(97 + rest) + letters
    return letters.capitalize()


def document(pieces: list[str], kilobytes: int) -> str:
    out, size, number = [], 0, 0
    while size < kilobytes * 1024:
        piece = " ".join(pieces).replace("{A}", name(number)).replace("{B}", name(number + 7)) + " "
        out.append(piece)
        size += len(piece.encode())
        number += 1
    return "".join(out)


def instructions(binary: str, command: str, path: Path) -> int:
    options = {"stats": ["--format", "json"], "report": ["-o", "/dev/null"]}.get(
        command, ["--format", "jsonl", "--threads", "1"]
    )
    run = subprocess.run(
        ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
         binary, command, *options, str(path)],
        capture_output=True, text=True, check=False,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", run.stderr)
    if not found:
        sys.exit(f"no instruction count from valgrind:\n{run.stderr}")
    return int(found.group(1).replace(",", ""))


def growth(binary: str, command: str, pieces: list[str], sizes: tuple[int, int, int], folder: Path) -> float:
    counts = []
    for kilobytes in sizes:
        path = folder / f"shape-{kilobytes}.txt"
        path.write_text(document(pieces, kilobytes))
        counts.append(instructions(binary, command, path))
    return (counts[2] - counts[1]) / max(1, counts[1] - counts[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--command", default="quotes", choices=["quotes", "contrast", "stats", "report"])
    parser.add_argument("--shapes", type=int, default=40, help="how many random shapes to try")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--binary", default="target/release/whosaid")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.shapes):
            pieces = [rng.choice(FRAGMENTS) for _ in range(rng.randint(2, 12))]
            small = growth(args.binary, args.command, pieces, (16, 32, 64), Path(folder))
            if small <= MAX_GROWTH:
                continue
            large = growth(args.binary, args.command, pieces, (64, 128, 256), Path(folder))
            verdict = "NOT LINEAR" if large > MAX_GROWTH else "linear once its bounds hold"
            print(f"{args.command}: growth {small:.2f} at 16-64 KB, {large:.2f} at 64-256 KB ({verdict}): {pieces!r}",
                  flush=True)
            failed |= large > MAX_GROWTH
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
