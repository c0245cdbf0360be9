#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs every libFuzzer target for RUNS inputs (default 1,000,000) starting from the committed
# seed corpora (copied, so the committed ones stay as they are).
#   cmake --preset fuzz && cmake --build --preset fuzz && tests/fuzz/run.sh [RUNS]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-1000000}
bin=${FUZZ_BUILD_DIR:-$root/build/fuzz}/tests/fuzz
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp}
for target in payload topic rotctld n1mm pstrotator topojson cty spot; do
    mkdir -p "$work/$target"
    cp "$root/tests/fuzz/corpus/$target/"* "$work/$target/"
    start=$(date +%s)
    "$bin/fuzz-$target" -runs="$runs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 "$work/$target" >"$work/$target.log" 2>&1 || {
        tail -40 "$work/$target.log"
        echo "fuzz: $target FAILED"
        exit 1
    }
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$target.log" | grep -o '[0-9]*$')
    echo "fuzz: $target ok, ${execs} inputs in $(( $(date +%s) - start )) s"
done
