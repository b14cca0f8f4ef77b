#!/usr/bin/env bash
# Measures whosaid end to end, in one run: MB/s and documents/s of
# `whosaid quotes --jsonl FILE --format jsonl` (and `contrast`, when the
# binary has it) on 1 and 2 threads over a 10 MB and a 100 MB JSON lines
# corpus, `wc -w` on the same files as the baseline, time at 1x, 4x and 16x
# input for linearity, and peak RSS (/usr/bin/time). Each figure is the best
# of 3 runs (REPEAT=N to change; one run when it takes over 10 s).
#
# The corpora are built at run time into target/throughput/ from the texts
# of ../shared/gold/polnear_*.jsonl when present (never commit them), else
# from variations of the seed article.
#
# Usage: scripts/throughput.sh [--quick]   (--quick: 2 MB and 10 MB, for a smoke test)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time; }
target=$(cargo metadata --format-version 1 --no-deps | python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')
dir=$target/throughput
mkdir -p "$dir"
small=10 large=100 unit=2
if [ "${1:-}" = "--quick" ]; then small=2 large=10 unit=1; fi

cargo build --release --locked --quiet
load=$(cut -d' ' -f1 /proc/loadavg)
binary=$target/release/whosaid
commands=(quotes)
if "$binary" contrast --help >/dev/null 2>&1; then commands+=(contrast); fi

corpus() { # corpus MEGABYTES -> path
    local path="$dir/${1}mb.jsonl"
    [ -s "$path" ] || python3 scripts/make-corpus.py --megabytes "$1" --out "$path" >&2
    echo "$path"
}

# once OUTFILE COMMAND... : runs once, prints "seconds peak_kb cpu_seconds"
# (wall time to the millisecond; peak RSS and user+system CPU time from
# /usr/bin/time)
once() {
    local out=$1 start end
    shift
    start=$(date +%s%N)
    /usr/bin/time -f "%M %U %S" -o "$dir/time.txt" "$@" > "$out" 2> "$dir/stderr.txt" \
        || { echo "failed: $* ($(tail -n 3 "$dir/stderr.txt"))" >&2; exit 2; }
    end=$(date +%s%N)
    read -r kb user system < "$dir/time.txt"
    python3 -c "print(f'{($end - $start) / 1e9:.3f} $kb {$user + $system:.2f}')"
}

# measure OUTFILE COMMAND... : the best of up to $REPEAT runs (fewer when a
# run takes more than 10 s), as "seconds peak_kb cpu_seconds"
measure() {
    local best="" result seconds
    for _ in $(seq 1 "${REPEAT:-3}"); do
        result=$(once "$@")
        seconds=${result%% *}
        if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $seconds < ${best%% *} else 1)"; then
            best=$result
        fi
        python3 -c "import sys; sys.exit(0 if $seconds > 10 else 1)" && break
    done
    echo "$best"
}

rate() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print(f'{a / b:.1f}' if b > 0 else 'inf')" "$@"; }

echo "| input | command | threads | seconds | CPU seconds | MB/s | documents/s | x wc -w time | peak RSS (MB) |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for megabytes in "$small" "$large"; do
    file=$(corpus "$megabytes")
    bytes=$(stat -c %s "$file")
    mb=$(python3 -c "print($bytes / 1048576)")
    documents=$(wc -l < "$file")
    read -r wc_seconds wc_kb wc_cpu < <(measure /dev/null wc -w "$file")
    echo "| ${megabytes} MB, $documents docs | wc -w (baseline) | 1 | $wc_seconds | $wc_cpu | $(rate "$mb" "$wc_seconds") | | 1.0 | $((wc_kb / 1024)) |"
    for command in "${commands[@]}"; do
        for threads in 1 2; do
            read -r seconds kb cpu < <(measure "$dir/out.jsonl" "$binary" "$command" --jsonl "$file" --format jsonl --quiet --threads "$threads")
            echo "| ${megabytes} MB | $command | $threads | $seconds | $cpu | $(rate "$mb" "$seconds") | $(rate "$documents" "$seconds") | $(rate "$seconds" "$wc_seconds") | $((kb / 1024)) |"
        done
    done
done

echo
echo "Linearity (quotes, 1 thread):"
echo
echo "| input | seconds | seconds per MB |"
echo "| --- | ---: | ---: |"
for factor in 1 4 16; do
    megabytes=$((unit * factor))
    file=$(corpus "$megabytes")
    mb=$(python3 -c "print($(stat -c %s "$file") / 1048576)")
    read -r seconds kb cpu < <(measure "$dir/out.jsonl" "$binary" quotes --jsonl "$file" --format jsonl --quiet --threads 1)
    echo "| ${factor}x (${megabytes} MB) | $seconds | $(python3 -c "print(f'{$seconds / $mb:.3f}')") |"
done
rm -f "$dir/out.jsonl"
echo
echo "Machine: $(nproc) cores, load average before the run ${load}, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); corpus from $(ls ../shared/gold/polnear_*.jsonl >/dev/null 2>&1 && echo 'PolNeAR texts' || echo 'seed variations')."
