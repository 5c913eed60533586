#!/usr/bin/env bash
# Start-up, memory and frame-time figures of the window (a benchmark, not a test: it prints
# figures and never fails on timing). Runs under Xvfb when there is no display.
# Usage: tests/app/bench-startup.sh [path/to/yaddas]   (RUNS=5 by default)
#  - time from exec to the first frame of the module map, with every shipped module and a
#    learner with 10,000 answers (written once, into a temporary data folder, before timing);
#  - peak resident memory; frame time p50/p99 at 1920×1080 (module map and reader);
#  - at the end, the median of each figure over the runs and the machine's load average, since
#    on a shared machine a single run says little.
# The graphics driver's share of the memory (Mesa's software renderer maps libLLVM) is printed
# apart from the rest.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
yaddas=${1:-$here/../../build/yaddas}
runs=${RUNS:-5}
source "$here/under-xvfb.sh"
under_xvfb if-no-display 1920x1080 "$0" "$@"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
# First run: writes the learner with 10,000 answers (not timed).
YADDAS_BENCH_T0=0 "$yaddas" --data-dir "$data" --size 1920x1080 --learner Benchmark --benchmark >/dev/null
all="$data/figures.txt"
: >"$all"
for run in $(seq 1 "$runs"); do
    echo "== run $run"
    YADDAS_BENCH_T0=$(date +%s%N) "$yaddas" --data-dir "$data" --size 1920x1080 --learner Benchmark \
        --benchmark | tee -a "$all"
done

# median PATTERN FIELD: the median of the FIELD-th word of the lines that match PATTERN.
median() {
    grep -E "$1" "$all" | awk -v f="$2" '{ print $f }' | sort -g |
        awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print v[int((NR + 1) / 2)] }'
}
echo "== median of $runs runs (load average: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "first frame of the module map: $(median '^first frame' 7) ms after exec"
echo "module map frame: p50 $(median '^module map' 6) ms, p99 $(median '^module map' 9) ms"
echo "reader frame: p50 $(median '^reader' 5) ms, p99 $(median '^reader' 8) ms"
echo "empty frame: p50 $(median '^empty frame' 8) ms, p99 $(median '^empty frame' 11) ms"
echo "resident memory at the end: $(median '^resident memory now' 4) MB, of which the graphics driver $(median '^resident memory now' 11) MB and the rest $(median '^resident memory now' 16) MB"
echo "peak resident memory: $(median '^peak resident' 4) MB"
