#!/bin/sh
# Runs every fuzz target for a bounded time, two at a time, seeded from the real feeds in
# ../shared/feeds and the project's own fixtures. Quiet when nothing is found; on a finding it
# prints the target's log and the path of the input that broke it, and exits 1.
#
#   sh tests/fuzz/run-all.sh [-v] BUILD_DIR [SECONDS_PER_TARGET]
#
# BUILD_DIR was configured with -DLANYARD_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++ and its `fuzzers`
# target built. -v prints each target's executions, executions per second and coverage.
# Environment: LANYARD_FUZZ_JOBS (default: the number of processors), LANYARD_FEEDS_DIR.
set -eu

verbose=0
if [ "${1:-}" = -v ]; then
    verbose=1
    shift
fi
if [ $# -lt 1 ]; then
    echo "usage: sh tests/fuzz/run-all.sh [-v] BUILD_DIR [SECONDS_PER_TARGET]" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
seconds=${2:-30}
source=$(cd "$(dirname "$0")/../.." && pwd)
fuzz="$source/tests/fuzz"
feeds=${LANYARD_FEEDS_DIR:-$source/../shared/feeds}
jobs=${LANYARD_FUZZ_JOBS:-$(nproc 2>/dev/null || echo 2)}
work="$build/fuzz-run"

# A crash or undefined behaviour stops the target; Qt's own leaks at exit are not findings.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:allocator_may_return_null=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$source/tests/sanitizers/lsan.supp:print_suppressions=0"

# seeds TARGET PATTERN...: copies the matching seed files into the target's seed folder.
seeds() {
    target=$1
    shift
    dir="$work/seeds/$target"
    rm -rf "$dir"
    mkdir -p "$dir"
    for pattern in "$@"; do
        for file in $pattern; do
            [ -f "$file" ] && cp "$file" "$dir/"
        done
    done
    # Regression inputs: every finding is kept in tests/data/fuzz/TARGET/ and must stay fixed.
    if [ -d "$source/tests/data/fuzz/$target" ]; then
        cp "$source/tests/data/fuzz/$target"/* "$dir/" 2>/dev/null || true
    fi
}

data="$source/tests/data"
mkdir -p "$work"
cat "$fuzz/schedule_xml.dict" "$fuzz/schedule_json.dict" "$fuzz/icalendar.dict" "$fuzz/sessionize.dict" >"$work/feeds.dict"

# target dictionary max_len seed-patterns...
targets="fuzz_schedule_xml|schedule_xml.dict|16384|$feeds/*.xml $data/feeds/*.xml
fuzz_schedule_json|schedule_json.dict|16384|$feeds/*.json $data/feeds/*.json
fuzz_schedule_v2_json|schedule_json.dict|16384|$data/feeds/*.json $feeds/*.json
fuzz_icalendar|icalendar.dict|16384|$feeds/*.ics $data/feeds/*.ics
fuzz_feed_importer|$work/feeds.dict|16384|$feeds/*.* $data/feeds/*.*
fuzz_feed_streamed|schedule_xml.dict|16384|$feeds/*.xml $data/feeds/*.xml
fuzz_sessionize|sessionize.dict|16384|$feeds/*sessionize*.json $data/feeds/sessionize-*.json
fuzz_feed_discovery|html.dict|65536|$data/feeds/*.html $data/sync/*.html
fuzz_index_words|index_words.dict|4096|$feeds/*.ics $feeds/*.xml $data/feeds/*.ics
fuzz_backup_restore|backup.dict|16384|$data/backups/*.json"

run_target() {
    target=$1
    dict=$2
    max_len=$3
    case "$dict" in /*) ;; *) dict="$fuzz/$dict" ;; esac
    corpus="$work/corpus/$target"
    mkdir -p "$corpus" "$work/findings"
    log="$work/$target.log"
    if "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len="$max_len" -dict="$dict" -print_final_stats=1 \
        -artifact_prefix="$work/findings/$target-" "$corpus" "$work/seeds/$target" >"$log" 2>&1; then
        if [ "$verbose" = 1 ]; then
            runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
            speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
            cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
            echo "$target: $runs runs in ${seconds}s, $speed/s, $cov"
        fi
        return 0
    fi
    echo "fuzz: $target found a problem (log: $log)" >&2
    tail -n 60 "$log" >&2
    ls "$work/findings/$target-"* >&2 2>/dev/null || true
    return 1
}

pids=""
failed=0
running=0
while IFS='|' read -r target dict max_len patterns; do
    if [ ! -x "$build/tests/fuzz/$target" ]; then
        [ "$verbose" = 1 ] && echo "$target: not built, skipped"
        continue
    fi
    # shellcheck disable=SC2086
    seeds "$target" $patterns
    run_target "$target" "$dict" "$max_len" &
    pids="$pids $!"
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        for pid in $pids; do
            wait "$pid" || failed=1
        done
        pids=""
        running=0
    fi
done <<EOF
$targets
EOF
for pid in $pids; do
    wait "$pid" || failed=1
done
exit "$failed"
