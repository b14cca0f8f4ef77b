#!/usr/bin/env python3
"""Runs whosaid over a JSON lines dataset with Spark.

Each partition of the input ({"id": ..., "text": ...} a line) is piped
through `whosaid <command> --jsonl - --format jsonl`, which reads standard
input and writes standard output line by line, one output line per input
line: a result, or an error record {"document": "-", "line": N, "error": ...}
for a line that is not valid JSON or has no text (N counts lines within the
partition). The results are written as text files, in input order
(part-00000, part-00001, ...).

whosaid exits with status 2 when some document was bad; its error records
are in the output, so the exit status is not checked (pipe's default).
Instead the job checks that every input line got its output line: a missing
binary or a crash shows up as missing lines and fails the run.

Example (local, two cores):
  examples/spark/whosaid_spark.py --master 'local[2]' \
      --whosaid target/release/whosaid articles.jsonl out/
"""

import argparse
import shlex

from pyspark.sql import SparkSession


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("input", help="JSON lines dataset (any path Spark reads: file://, hdfs://, s3a://)")
    parser.add_argument("output", help="directory for the results (must not exist)")
    parser.add_argument("--command", default="quotes", help="whosaid subcommand: quotes (default) or contrast")
    parser.add_argument("--whosaid", default="whosaid", help="path of the whosaid binary on every executor")
    parser.add_argument("--args", default="", help="more whosaid flags, e.g. '--all' or '--grammars /opt/grammars'")
    parser.add_argument("--threads", type=int, default=1, help="threads per whosaid process (default 1: one per task)")
    parser.add_argument("--partitions", type=int, default=None, help="minimum number of input partitions")
    parser.add_argument("--master", default=None, help="Spark master, e.g. local[2]; default from spark-submit")
    args = parser.parse_args()

    builder = SparkSession.builder.appName(f"whosaid {args.command}")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    context = spark.sparkContext

    command = [args.whosaid, args.command, "--jsonl", "-", "--format", "jsonl", "--quiet"]
    command += ["--threads", str(args.threads)] + shlex.split(args.args)
    lines = context.textFile(args.input, minPartitions=args.partitions)
    documents = lines.filter(lambda line: line.strip() != "")
    results = documents.pipe(shlex.join(command))
    results.saveAsTextFile(args.output)

    expected = documents.count()
    written = context.textFile(args.output).count()
    spark.stop()
    if written != expected:
        raise SystemExit(f"whosaid wrote {written} lines for {expected} documents: see the executors' logs")
    print(f"{written} documents through `{shlex.join(command)}` into {args.output}")


if __name__ == "__main__":
    main()
