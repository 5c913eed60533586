#!/usr/bin/env bash
# Without a graphical display the window cannot open: yaddas says so and exits with 1 (SFML
# alone would abort the process).
# Usage: no-display.sh YADDAS OUTDIR
set -uo pipefail
yaddas=$1
out=$2/no-display
rm -rf "$out"
mkdir -p "$out"
env -u DISPLAY -u WAYLAND_DISPLAY XDG_DATA_HOME="$out/xdg" timeout 60 "$yaddas" \
    --data-dir "$out/data" >"$out/stdout" 2>"$out/stderr"
code=$?
cat "$out/stderr"
failures=0
if [[ $code -ne 1 ]]; then
    echo "FAIL: exit code $code, not 1" >&2
    failures=1
fi
if ! grep -q "cannot open the window: no graphical display was found" "$out/stderr"; then
    echo "FAIL: no clear message on standard error" >&2
    failures=1
fi
exit $failures
