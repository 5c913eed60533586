#!/bin/sh
# Usage: check-translations.sh SOURCE_DIR WORK_DIR
# 1. The template holds every message the code marks (xgettext again, messages compared).
# 2. Each catalog translates every message of the template, none fuzzy (msgfmt --statistics).
set -eu
src=$1
work=$2
rm -rf "$work"
mkdir -p "$work"
cp -r "$src/game" "$src/assets" "$work/"
(cd "$work" && sh assets/locale/extract.sh >/dev/null)
ids() { msgcat --no-location --no-wrap --sort-output "$1" | grep -E '^msgid(_plural)? ' || true; }
ids "$src/assets/locale/yaddas.pot" >"$work/committed.ids"
ids "$work/assets/locale/yaddas.pot" >"$work/extracted.ids"
if ! diff -u "$work/committed.ids" "$work/extracted.ids"; then
    echo "assets/locale/yaddas.pot is out of date: run 'sh assets/locale/extract.sh' and translate the new messages" >&2
    exit 1
fi
status=0
for po in "$src"/assets/locale/*.po; do
    stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po" 2>&1) || { echo "$stats" >&2; status=1; continue; }
    echo "$(basename "$po"): $stats"
    case "$stats" in
    *fuzzy* | *untranslated*) echo "$(basename "$po") is not fully translated" >&2; status=1 ;;
    esac
    # Every message of the template is in the catalog (msgcmp fails on a missing one).
    msgcmp "$po" "$src/assets/locale/yaddas.pot" || status=1
done
exit $status
