#!/usr/bin/env bash
# Window test of dropping a file: runs the app under Xvfb and, beside it, a drag source that
# drops tests/fixtures/app/assignment-once.xml on the window (XDND). Checks that the drop
# finished, that the module map then shows the assignment and that the file was kept.
# Usage: drop-test.sh YADDAS XDND_SOURCE OUTDIR
set -euo pipefail
yaddas=$1
source_program=$2
out=$3
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$(cd "$here/../fixtures/app" && pwd)

source "$here/under-xvfb.sh"
under_xvfb always 1366x768 "$0" "$@"

shots="$out/drop"
rm -rf "$shots"
mkdir -p "$shots/data"
data="$shots/data"
yaddas=$(bash "$here/preload-wrapper.sh" "$yaddas" "$shots") # sanitizer builds
export XDG_DATA_HOME="$shots/xdg"
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
expect() {
    if ! grep -q -F -- "$2" <(cut -d' ' -f6- "$shots/$1.txt" 2>/dev/null); then
        fail "$1: no visible text contains '$2'"
    fi
}
expect_not() {
    if grep -q -F -- "$2" <(cut -d' ' -f6- "$shots/$1.txt" 2>/dev/null); then
        fail "$1: unexpected text '$2'"
    fi
}

"$yaddas" --data-dir "$data" --script "$here/scripts/drop.script" --screenshot-dir "$shots" \
    --size 1366x768 --verbose >"$shots/yaddas.log" 2>&1 &
yaddas_pid=$!
# Drag only once the module map has been dumped without the assignment.
for _ in $(seq 600); do
    [[ -f "$shots/70-before.txt" ]] && break
    kill -0 "$yaddas_pid" 2>/dev/null || break
    sleep 0.1
done
if ! "$source_program" "$fixtures/assignment-once.xml" 30 >"$shots/source.log" 2>&1; then
    fail "the drag source failed: $(cat "$shots/source.log")"
fi
cat "$shots/source.log"
if ! wait "$yaddas_pid"; then
    fail "yaddas exited with an error: $(tail -n 20 "$shots/yaddas.log")"
fi
grep -F "file dropped on the window" "$shots/yaddas.log" || fail "yaddas logged no drop"

[[ "$(head -n1 "$shots/70-before.txt" 2>/dev/null)" == "screen ModuleMap" ]] ||
    fail "70-before: not the module map"
expect_not 70-before "Three questions on the Great Terror"

[[ "$(head -n1 "$shots/71-dropped.txt" 2>/dev/null)" == "screen ModuleMap" ]] ||
    fail "71-dropped: not the module map"
expect 71-dropped "Three questions on the Great Terror (due 1 December 2026)"
expect 71-dropped "Take assignment"
cmp -s "$fixtures/assignment-once.xml" "$data/assignments/assignment-once.xml" ||
    fail "the dropped assignment was not kept in the data folder"

if [[ $failures -ne 0 ]]; then
    echo "drop: $failures check(s) failed; dumps in $shots" >&2
    exit 1
fi
echo "drop: all checks passed; dumps in $shots"
