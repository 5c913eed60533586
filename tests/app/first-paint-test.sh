#!/usr/bin/env bash
# The start-up benchmark's watcher works: under Xvfb it finds the bare window, sees it drawn and
# reads its memory, printing a number for each. Timing is never checked here.
# Usage: first-paint-test.sh X_FIRST_PAINT BARE_WINDOW
set -euo pipefail
watcher=$1
bare=$2
here=$(cd "$(dirname "$0")" && pwd)
source "$here/under-xvfb.sh"
under_xvfb always 1024x768 "$0" "$@"

# The bare window is a benchmark's yardstick, not the app: the graphics driver's own leaks are
# not ours to report under the leak sanitizer.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"
out=$("$watcher" --settle 500 -- "$bare" 800x600)
echo "$out"
failures=0
for figure in mapped-ms first-paint-ms rss-kb private-dirty-kb; do
    if ! grep -q -E "^$figure [0-9]+(\.[0-9]+)?$" <<<"$out"; then
        echo "FAIL: no figure '$figure'" >&2
        failures=$((failures + 1))
    fi
done
grep -q -x 'exit-code 0' <<<"$out" || {
    echo "FAIL: the bare window did not end by itself when closed" >&2
    failures=$((failures + 1))
}
exit $((failures != 0))
