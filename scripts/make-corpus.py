#!/usr/bin/env python3
"""Builds a JSON lines corpus ({"id", "text"} a line) for benchmarks and the
Spark check, at run time only: the output belongs in target/, never in the
repository.

Sources:
  polnear  the texts of ../shared/gold/polnear_*.jsonl (copyrighted: never
           commit them or anything made from them), repeated as needed;
  seed     variations of the seed article corpus/afp-2020-10-23-kazakhs-xinjiang.txt:
           other names, outlets, numbers and quote marks, paragraphs dropped;
  auto     polnear when present, else seed.

Examples:
  scripts/make-corpus.py --documents 300 --source seed --out target/spark/articles.jsonl
  scripts/make-corpus.py --megabytes 100 --out target/throughput/100mb.jsonl
"""

import argparse
import glob
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEED = os.path.join(ROOT, "corpus", "afp-2020-10-23-kazakhs-xinjiang.txt")
SHARED_GOLD = os.path.join(ROOT, "..", "shared", "gold")

# The people of the seed: (full name, short form). Variations replace them.
SEED_PEOPLE = [
    ("Bikamal Kaken", "Kaken"),
    ("Adilgazy Muqai", "Muqai"),
    ("Zhang Xiao", "Zhang"),
    ("Mehmet Kasikci", "Kasikci"),
    ("Baibolat Kunbolat", "Kunbolat"),
    ("Baimurat Nauryzbek", "Nauryzbek"),
    ("Gu Ming", "Gu"),
]
FIRST = ["Amina", "Daniyar", "Li", "Olga", "Marat", "Sofia", "Yerlan", "Chen", "Aigerim", "Pavel", "Nurlan", "Elena"]
LAST = ["Sadykova", "Bekov", "Wei", "Ivanova", "Tokayev", "Petrova", "Omarov", "Jun", "Serikova", "Orlov", "Abenov"]
OUTLETS = ["AFP", "Reuters", "the BBC", "reporters", "Al Jazeera", "The Guardian"]


def seed_body():
    with open(SEED, encoding="utf-8") as handle:
        paragraphs = handle.read().split("\n\n")
    start = next(i for i, p in enumerate(paragraphs) if p.startswith("When Bikamal Kaken"))
    end = next(i for i, p in enumerate(paragraphs) if p.startswith('"We waited almost'))
    return paragraphs[:start], paragraphs[start : end + 1], paragraphs[end + 1 :]


def seed_variation(rng, header, body, footer):
    """One article: the seed with other people, outlets, numbers and marks."""
    keep = [p for p in body if '"' in p or rng.random() > 0.2]
    text = "\n\n".join(keep)
    used = set()
    for full, short in SEED_PEOPLE:
        while True:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            if last not in used:
                used.add(last)
                break
        text = text.replace(full, f"{first} {last}")
        text = re.sub(rf"\b{re.escape(short)}\b", last, text)
    outlet = rng.choice(OUTLETS)
    text = text.replace("told AFP", f"told {outlet}").replace("to AFP", f"to {outlet}")
    text = re.sub(r"\b(19|20)\d\d\b", lambda m: str(rng.randint(2001, 2024)), text)
    text = re.sub(r"\b\d\d-year-old\b", lambda m: f"{rng.randint(20, 80)}-year-old", text)
    if rng.random() < 0.5:
        # Curly quotes: “…” around quotes, ’ for apostrophes.
        text = re.sub(r'"([^"\n]*)"', "“\\1”", text)
        text = text.replace("'", "’")
    parts = []
    if rng.random() < 0.3:
        parts.append("\n".join(header).strip())
    parts.append(text)
    if rng.random() < 0.3:
        parts.append("\n\n".join(footer).strip())
    return "\n\n".join(part for part in parts if part) + "\n"


def polnear_texts():
    texts = []
    for path in sorted(glob.glob(os.path.join(SHARED_GOLD, "polnear_*.jsonl"))):
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    texts.append((record["id"], record["text"]))
    return texts


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    size = parser.add_mutually_exclusive_group(required=True)
    size.add_argument("--documents", type=int, help="number of documents")
    size.add_argument("--megabytes", type=float, help="size of the output in MB (2^20 bytes)")
    parser.add_argument("--source", choices=["auto", "polnear", "seed"], default="auto")
    parser.add_argument("--broken", type=int, default=0, help="broken lines to mix in (bad JSON, missing text)")
    parser.add_argument("--seed", type=int, default=42, help="random seed")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    source = args.source
    texts = polnear_texts() if source in ("auto", "polnear") else []
    if source == "polnear" and not texts:
        sys.exit(f"no PolNeAR files in {SHARED_GOLD}")
    source = "polnear" if texts else "seed"
    header, body, footer = seed_body()

    limit_docs = args.documents if args.documents is not None else float("inf")
    limit_bytes = args.megabytes * (1 << 20) if args.megabytes is not None else float("inf")
    total = len(texts) if texts else 1
    broken_at = set(rng.sample(range(1, max(2, min(limit_docs, 10_000))), args.broken)) if args.broken else set()
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    written_bytes = 0
    count = 0
    with open(args.out, "w", encoding="utf-8") as out:
        while count < limit_docs and written_bytes < limit_bytes:
            if count in broken_at:
                line = rng.choice(['{"id": "broken-%d", "text": ' % count, '{"id": "no-text-%d"}' % count])
            elif source == "polnear":
                document_id, text = texts[count % total]
                line = json.dumps({"id": f"{document_id}#{count // total}", "text": text}, ensure_ascii=False)
            else:
                text = seed_variation(rng, header, body, footer)
                line = json.dumps({"id": f"seed-variation-{count}", "text": text}, ensure_ascii=False)
            out.write(line + "\n")
            written_bytes += len(line.encode("utf-8")) + 1
            count += 1
    print(f"{args.out}: {count} documents, {written_bytes / (1 << 20):.1f} MB, from {source}", file=sys.stderr)


if __name__ == "__main__":
    main()
