#!/usr/bin/env bash
# The blind learner's walk (tests/app/scripts/blind-walk-LANG.script): with speech on from the
# start, she picks her name, hears module 1 read to its end, takes its quiz and a teacher's
# assignment with a timeline and a matching question, and reaches her results. The script
# presses only keys and waits only on the speech log (`listen`, `key-until-heard`): a step
# whose words are not heard fails. The audio goes into a WAV file (no sound card needed).
# Usage: blind-walk-test.sh LANG YADDAS OUTDIR
set -euo pipefail
lang=$1
yaddas=$2
out=$3
here=$(cd "$(dirname "$0")" && pwd)

source "$here/under-xvfb.sh"
under_xvfb always 1366x768 "$0" "$@"

dir="$out/blind-walk-$lang"
rm -rf "$dir"
mkdir -p "$dir/data/assignments"
yaddas=$(bash "$here/preload-wrapper.sh" "$yaddas" "$dir")
export XDG_DATA_HOME="$dir/xdg" # never the real home

# A school lab's learners, the most recent "Leyla Hüseynova"; the teacher's assignment over
# every module (it asks a timeline, and a matching question last).
bash "$here/make-learners.sh" "$dir/data" 5
"$yaddas" assign --title "Order and match" --id order-and-match --count 10 --seed 28 \
    -o "$dir/data/assignments/order-and-match.assignment.xml" >/dev/null

status=0
LANGUAGE=$lang "$yaddas" --data-dir "$dir/data" --size 1366x768 --speech \
    --speech-log "$dir/speech.log" --speech-wav "$dir/speech.wav" \
    --script "$here/scripts/blind-walk-$lang.script" --screenshot-dir "$dir" || status=$?
if [[ $status -ne 0 ]]; then
    echo "FAIL: the walk stopped (exit $status); what was said is in $dir/speech.log" >&2
    exit 1
fi
lines=$(wc -l <"$dir/speech.log")
if [[ $lines -lt 150 ]]; then
    echo "FAIL: only $lines lines were said" >&2
    exit 1
fi
if [[ ! -s "$dir/speech.wav" ]]; then
    echo "FAIL: no speech was written to $dir/speech.wav" >&2
    exit 1
fi
# Every line in the learner's language: the voice follows her (names excepted).
if grep -v "^$lang: " "$dir/speech.log" | grep -q .; then
    echo "FAIL: lines in another voice:" >&2
    grep -v "^$lang: " "$dir/speech.log" | head -3 >&2
    exit 1
fi
echo "the walk in $lang: $lines lines said, $(stat -c %s "$dir/speech.wav") bytes of audio"
rm -f "$dir/speech.wav" # some 80 MB; the log stays (docs/speech/ keeps a copy)
