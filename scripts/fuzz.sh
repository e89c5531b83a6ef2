#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The TokenDesk authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Long libFuzzer runs of every fuzz target (the fuzz preset), one after the other, each from the
# committed seed corpus plus a scratch corpus in the build tree; prints executions per target.
#   scripts/fuzz.sh [runs per target, default 10000000] [targets...]
# A crash leaves its input as build/fuzz/crash-<target>-* and fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10000000}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(jsoncodec stublistsplit csvwriter baseurl)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
status=0
for t in "${targets[@]}"; do
    scratch="build/fuzz/scratch-$t"
    mkdir -p "$scratch"
    log="build/fuzz/fuzz-$t.log"
    started=$SECONDS
    if build/fuzz/fuzz/fuzz_"$t" -runs="$runs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="build/fuzz/crash-$t-" "$scratch" "fuzz/testdata/corpus/$t" >"$log" 2>&1; then
        result=clean
    else
        result=FAILED
        status=1
    fi
    execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | tail -1 | awk '{print $2}')
    echo "fuzz_$t: ${execs:-?} executions in $((SECONDS - started)) s, $result (log: $log)"
done
exit $status
