#!/usr/bin/env bash
# Start-up, memory and frame-time figures of the window, measured from outside the process as a
# person sees them, each compared with a bare SFML window (one line of text) measured in the same
# run. A benchmark, not a test: it prints figures and never fails on timing.
# Usage: tests/app/bench-startup.sh [BUILD_DIR]        (default: build/ beside tests/)
#   ROUNDS=8          rounds; each starts the bare window, then every case, one after another
#   FRAME_ROUNDS=3    runs of `yaddas --benchmark` per case for the frame times
#   BENCH_DIR=DIR     where the large libraries and the learners are written (kept for later
#                     runs; default BUILD_DIR/bench-startup)
#   YADDAS_BEFORE=EXE another build of yaddas (before a change), run right after each case in
#                     every round, so that both meet the same load on a shared machine
# For each case, the medians over the rounds:
#  - first paint: from exec to the first pixels of more than one colour in the window, seen by
#    tests/app/XFirstPaint.cpp on the X server (Xvfb's framebuffer file when this script starts
#    its own Xvfb: reading it costs the server nothing);
#  - resident memory (Rss) and private dirty memory, from /proc/PID/smaps_rollup 3 s after the
#    window mapped;
#  - frame time p50 and p99 of the module map, from `yaddas --benchmark` (and its own clock's
#    "first frame", which starts at exec's shell and not at exec: shown only beside the other);
# then the ratio of each to the bare window, the time to save one answer (yaddas_bench_progress,
# when built) and the load average, since on a shared machine a quiet run matters.
# Cases: the shipped library without a learner (the welcome screen), with a learner of 10,000
# answers, libraries 10× and 100× the shipped one (tests/bench/make-library.py, each with a
# learner of 10,000 answers over it) and a learner of 100,000 answers.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-$here/../../build}" && pwd)
yaddas=$build/yaddas
watcher=$build/tests/yaddas_x_first_paint
bare=$build/tests/yaddas_bare_window
rounds=${ROUNDS:-8}
frame_rounds=${FRAME_ROUNDS:-3}
size=1920x1080
for program in "$yaddas" "$watcher" "$bare"; do
    [[ -x "$program" ]] || {
        echo "$program is missing: cmake --build $build --target yaddas yaddas_x_first_paint yaddas_bare_window" >&2
        exit 1
    }
done

# A screen larger than the window, so that all of the window lies on it, and a framebuffer file.
if [[ -z "${YADDAS_UNDER_XVFB:-}" && -z "${DISPLAY:-}" ]]; then
    fbdir=$(mktemp -d)
    export YADDAS_FBDIR=$fbdir YADDAS_XVFB_ARGS="-fbdir $fbdir"
fi
source "$here/under-xvfb.sh"
under_xvfb if-no-display 3840x2160 "$0" "$@"
framebuffer=()
if [[ -n "${YADDAS_FBDIR:-}" ]]; then
    framebuffer=(--framebuffer "$YADDAS_FBDIR/Xvfb_screen0")
fi

bench=${BENCH_DIR:-$build/bench-startup}
mkdir -p "$bench"
export XDG_DATA_HOME="$bench/xdg" # never the real home
for copies in 10 100; do
    if [[ ! -d "$bench/lib$copies" ]]; then
        echo "writing a library $copies× the shipped one"
        python3 "$here/../bench/make-library.py" "$bench/lib$copies.tmp" "$copies"
        mv "$bench/lib$copies.tmp" "$bench/lib$copies"
    fi
done
# learner DATA ANSWERS [yaddas options]: a learner "Benchmark" with ANSWERS answers in DATA,
# written by the app's first --benchmark run (not timed).
learner() {
    local data=$1 answers=$2
    shift 2
    if [[ ! -f "$data/learners/benchmark.xml" ]]; then
        echo "writing a learner with $answers answers in $data"
        mkdir -p "$data"
        YADDAS_BENCH_T0=0 YADDAS_BENCH_ANSWERS=$answers "$yaddas" --data-dir "$data" \
            --size "$size" --learner Benchmark --benchmark "$@" >/dev/null 2>"$data.log"
    fi
}
mkdir -p "$bench/none"
learner "$bench/l10k" 10000
learner "$bench/l100k" 100000
learner "$bench/lib10-l10k" 10000 --lessons "$bench/lib10"
learner "$bench/lib100-l10k" 10000 --lessons "$bench/lib100"

cases=(shipped l10k lib10 lib100 l100k)
names=(bare)
for name in "${cases[@]}"; do
    names+=("$name")
    [[ -z "${YADDAS_BEFORE:-}" ]] || names+=("$name@before")
done
declare -A title=(
    [bare]="bare SFML window + font + text"
    [shipped]="Yaddaş, no learner (welcome)"
    [l10k]="Yaddaş, learner with 10,000 answers"
    [lib10]="Yaddaş, library 10×, learner 10,000"
    [lib100]="Yaddaş, library 100×, learner 10,000"
    [l100k]="Yaddaş, learner with 100,000 answers"
)
for name in "${cases[@]}"; do
    title[$name@before]="${title[$name]}, before"
done
# args NAME: the command line of a case.
args() {
    local yaddas=$yaddas
    if [[ $1 == *@before ]]; then
        yaddas=$YADDAS_BEFORE
    fi
    case ${1%@before} in
    bare) echo "$bare $size" ;;
    shipped) echo "$yaddas --data-dir $bench/none --size $size" ;;
    l10k) echo "$yaddas --data-dir $bench/l10k --size $size --learner Benchmark" ;;
    lib10) echo "$yaddas --data-dir $bench/lib10-l10k --size $size --learner Benchmark --lessons $bench/lib10" ;;
    lib100) echo "$yaddas --data-dir $bench/lib100-l10k --size $size --learner Benchmark --lessons $bench/lib100" ;;
    l100k) echo "$yaddas --data-dir $bench/l100k --size $size --learner Benchmark" ;;
    esac
}

out=$(mktemp -d)
trap 'rm -rf "$out" "${YADDAS_FBDIR:-/nonexistent}"' EXIT
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load average before: $load_before"
for round in $(seq 1 "$rounds"); do
    for name in "${names[@]}"; do
        # shellcheck disable=SC2046 # the paths hold no spaces
        if "$watcher" "${framebuffer[@]}" -- $(args "$name") >"$out/$name.r$round.out" \
            2>"$out/$name.r$round.err"; then
            echo "round $round $name: $(tr '\n' ' ' <"$out/$name.r$round.out")"
        else
            echo "round $round $name: not measured: $(grep -v 'vertical sync' "$out/$name.r$round.err" | tail -n 3)"
        fi
    done
done
for round in $(seq 1 "$frame_rounds"); do
    for name in "${names[@]}"; do
        [[ $name != bare && $name != shipped* ]] || continue
        # shellcheck disable=SC2046
        YADDAS_BENCH_T0=$(date +%s%N) $(args "$name") --benchmark >"$out/$name.frames.$round" \
            2>/dev/null || echo "frames $round $name: yaddas --benchmark failed"
    done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# median FILES PATTERN FIELD: the median of the FIELD-th word of the lines matching PATTERN.
median() {
    local pattern=$1 field=$2
    shift 2
    cat "$@" 2>/dev/null | grep -E "$pattern" | awk -v f="$field" '{ print $f }' | sort -g |
        awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else print v[int((NR + 1) / 2)] }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f×", a / b }'; }
mb() { awk -v k="$1" 'BEGIN { if (k == "-") print "-"; else printf "%.1f", k / 1024 }'; }

declare -A paint rss dirty
for name in "${names[@]}"; do
    files=("$out/$name".r*.out)
    paint[$name]=$(median '^first-paint-ms' 2 "${files[@]}")
    rss[$name]=$(median '^rss-kb' 2 "${files[@]}")
    dirty[$name]=$(median '^private-dirty-kb' 2 "${files[@]}")
done
echo
echo "== medians of $rounds rounds at $size; frames: $frame_rounds runs of --benchmark"
echo "load average (1, 5, 15 min): before $load_before, after $load_after"
echo
echo "| case | first paint | RSS | private dirty | frame p50 / p99 | app's own clock |"
echo "| --- | --- | --- | --- | --- | --- |"
for name in "${names[@]}"; do
    frames="-"
    own="-"
    if [[ $name != bare && $name != shipped* ]]; then
        f=("$out/$name".frames.*)
        frames="$(median '^module map' 6 "${f[@]}") / $(median '^module map' 9 "${f[@]}") ms"
        own="$(median '^first frame' 7 "${f[@]}") ms"
    fi
    if [[ $name == bare ]]; then
        echo "| ${title[$name]} | ${paint[$name]} ms | $(mb "${rss[$name]}") MB | $(mb "${dirty[$name]}") MB | $frames | $own |"
    else
        echo "| ${title[$name]} | ${paint[$name]} ms ($(ratio "${paint[$name]}" "${paint[bare]}")) |" \
            "$(mb "${rss[$name]}") MB ($(ratio "${rss[$name]}" "${rss[bare]}")) |" \
            "$(mb "${dirty[$name]}") MB ($(ratio "${dirty[$name]}" "${dirty[bare]}")) | $frames | $own |"
    fi
done
echo
echo "Goals, as ratios to the bare window: first paint at most 1.2× in every case; private dirty"
echo "at most 1.5× with 10,000 answers and at most 2× with 100,000."

progress=$build/tests/yaddas_bench_progress
if [[ -x "$progress" ]]; then
    echo
    echo "== saving one answer (yaddas_bench_progress: every answer is saved as it is given)"
    "$progress" 2>&1 | grep -i -E 'answers|save' || echo "yaddas_bench_progress printed no figure"
fi
