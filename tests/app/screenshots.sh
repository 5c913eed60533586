#!/usr/bin/env bash
# Takes the README's screenshots with the scripted mode and puts them in packaging/screenshots/,
# and every screen at 1366×768 and 1920×1080 in docs/screenshots/.
# Usage: tests/app/screenshots.sh [path/to/yaddas]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
yaddas=${1:-$root/build/yaddas}
source "$here/under-xvfb.sh"
under_xvfb if-no-display 1920x1080 "$0" "$@"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$yaddas" --data-dir "$work/data" --script "$here/scripts/readme.script" \
    --screenshot-dir "$work/shots" --size 1280x800
mkdir -p "$root/packaging/screenshots"
cp "$work"/shots/*.png "$root/packaging/screenshots/"
ls -l "$root/packaging/screenshots/"
# The same in Azerbaijani and Russian, for the README's side-by-side table.
localedir=$(cd "$(dirname "$yaddas")" && pwd)/locale
for lang in az ru; do
    rm -rf "$work/data" "$work/shots"
    bash "$here/translate-script.sh" "$localedir" "$lang" <"$here/scripts/readme.script" \
        >"$work/readme-$lang.script"
    LANGUAGE=$lang "$yaddas" --data-dir "$work/data" --script "$work/readme-$lang.script" \
        --screenshot-dir "$work/shots" --size 1280x800
    mkdir -p "$root/packaging/screenshots/$lang"
    cp "$work"/shots/*.png "$root/packaging/screenshots/$lang/"
done
# Every screen at a laptop's and a classroom PC's size, for docs/screenshots/.
for size in 1366x768 1920x1080; do
    rm -rf "$work/data" "$work/shots"
    # The script clicks a paragraph's marker by its number: a larger page shows more paragraphs,
    # so the note's marker has another number there.
    marker=5
    [[ $size == 1920x1080 ]] && marker=6
    sed "s/\"\[5\]\"/\"[$marker]\"/" "$here/scripts/readme.script" >"$work/readme.script"
    "$yaddas" --data-dir "$work/data" --script "$work/readme.script" \
        --screenshot-dir "$work/shots" --size "$size" || echo "readme.script stopped early at $size"
    mkdir -p "$root/docs/screenshots/$size"
    cp "$work"/shots/*.png "$root/docs/screenshots/$size/"
done
