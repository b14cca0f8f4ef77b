#!/usr/bin/env bash
# Runs the Spark example (examples/spark/whosaid_spark.py) for real: installs
# pyspark from PyPI into target/spark-venv (Java 17 must be installed), makes a
# few hundred articles from the seed (with two broken lines), runs the example
# in local[2] mode, and checks that its output equals a plain single-process
# `whosaid quotes --jsonl FILE --format jsonl` run, line for line.
#
# Usage: scripts/spark-check.sh [COMMAND]   (COMMAND: quotes, the default, or contrast)
#        scripts/spark-check.sh --install-only   (install pyspark when missing,
#        and stop; CI runs it in the background, so that the download
#        overlaps the build)
#
# quotes runs over 4 partitions. contrast relates the documents that one
# whosaid process sees, which under Spark are those of one partition; to be
# comparable with a single run of the whole file it runs over 1 partition.
set -euo pipefail
cd "$(dirname "$0")/.."
command=${1:-quotes}
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
work=$target/spark-check
venv=$target/spark-venv
documents=${SPARK_CHECK_DOCUMENTS:-300}
partitions=4
[ "$command" = contrast ] && partitions=1

command -v java >/dev/null || { echo "spark-check: Java (17 or later) is required" >&2; exit 2; }
if ! "$venv/bin/python" -c 'import pyspark' 2>/dev/null; then
    python3 -m venv "$venv"
    start=$(date +%s)
    "$venv/bin/pip" install --quiet --disable-pip-version-check 'pyspark>=4.0,<5'
    echo "spark-check: pip install pyspark took $(($(date +%s) - start)) s" >&2
fi
[ "$command" = --install-only ] && exit 0
export PYSPARK_PYTHON="$(cd "$venv" && pwd)/bin/python"

cargo build --release --locked --quiet
binary="$target/release/whosaid"
work=$work/$command
rm -rf "$work"
mkdir -p "$work"
python3 scripts/make-corpus.py --source seed --documents "$documents" --broken 2 --out "$work/articles.jsonl"

start=$(date +%s)
"$venv/bin/python" examples/spark/whosaid_spark.py --master 'local[2]' --partitions "$partitions" \
    --whosaid "$binary" --command "$command" "$work/articles.jsonl" "$work/spark-out" 2> "$work/spark.log" \
    || { tail -n 40 "$work/spark.log" >&2; exit 2; }
echo "spark-check: Spark run took $(($(date +%s) - start)) s" >&2

status=0
"$binary" "$command" --jsonl "$work/articles.jsonl" --format jsonl --quiet > "$work/single.jsonl" 2> /dev/null || status=$?
[ "$status" -eq 2 ] || { echo "spark-check: expected exit status 2 (two broken lines), got $status" >&2; exit 2; }

cat "$work"/spark-out/part-* > "$work/spark.jsonl"
python3 - "$work/single.jsonl" "$work/spark.jsonl" "$documents" "$command" "$partitions" <<'PY'
import json, re, sys

single_path, spark_path, documents, command, partitions = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5]

def records(path):
    out = []
    for line in open(path, encoding="utf-8"):
        record = json.loads(line)
        if "error" in record:
            # Error records name the input and line, which differ between a
            # file and a partition piped on standard input; the error itself
            # must be the same.
            record = {"error": re.sub(r"^line \d+: ", "", record["error"])}
        out.append(record)
    return out

single, spark = records(single_path), records(spark_path)
if len(single) != documents or len(spark) != documents:
    sys.exit(f"spark-check: {len(single)} single-process and {len(spark)} Spark lines for {documents} documents")
errors = sum("error" in record for record in single)
if errors != 2:
    sys.exit(f"spark-check: expected 2 error records, found {errors}")
for number, (a, b) in enumerate(zip(single, spark), 1):
    if a != b:
        sys.exit(f"spark-check: line {number} differs:\n  single: {json.dumps(a)[:300]}\n  spark:  {json.dumps(b)[:300]}")
quotes = sum(len(record.get("quotes", [])) for record in single)
pairs = sum(len(record.get("pairs", [])) for record in single)
print(f"spark-check: OK, whosaid {command} over {partitions} partitions: {documents} documents ({errors} broken), "
      f"{quotes} quotes, {pairs} pairs; the Spark output equals the single-process run")
PY
