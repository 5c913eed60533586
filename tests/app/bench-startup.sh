#!/usr/bin/env bash
# Start-up, memory and frame-time figures of the window (a benchmark, not a test: it prints
# figures and never fails on timing). Runs under Xvfb when there is no display.
# Usage: tests/app/bench-startup.sh [path/to/yaddas]
#  - time from exec to the first frame of the module map, with every shipped module and a
#    learner with 10,000 answers (written once, into a temporary data folder, before timing);
#  - peak resident memory; frame time p50/p99 at 1920×1080 (module map and reader).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
yaddas=${1:-$here/../../build/yaddas}
if [[ -z "${DISPLAY:-}" && -z "${YADDAS_UNDER_XVFB:-}" ]]; then
    exec env YADDAS_UNDER_XVFB=1 xvfb-run -a -n $((100 + RANDOM % 800)) \
        -s "-screen 0 1920x1080x24 -nolisten tcp" "$0" "$@"
fi
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
# First run: writes the learner with 10,000 answers (not timed).
YADDAS_BENCH_T0=0 "$yaddas" --data-dir "$data" --size 1920x1080 --benchmark >/dev/null
for run in 1 2 3; do
    echo "== run $run"
    YADDAS_BENCH_T0=$(date +%s%N) "$yaddas" --data-dir "$data" --size 1920x1080 \
        --benchmark
done
