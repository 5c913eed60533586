#!/usr/bin/env bash
# Takes the README's screenshots with the scripted mode and puts them in packaging/screenshots/.
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
