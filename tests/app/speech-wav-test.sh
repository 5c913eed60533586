#!/usr/bin/env bash
# Renders one sentence with the app's speech into a WAV file and checks with sox that it is
# speech-sized and not silent: at least 1 s long, RMS amplitude at least 0.01.
# Usage: speech-wav-test.sh SPEAK_WAV LANG OUTDIR TEXT
set -euo pipefail
speak=$1
lang=$2
out=$3
text=$4
mkdir -p "$out"
wav="$out/speech-$lang.wav"
rm -f "$wav" "$wav.log"
"$speak" "$lang" "$wav" "$text"
[[ -s "$wav" ]] || { echo "FAIL: no $wav" >&2; exit 1; }
stat=$(sox "$wav" -n stat 2>&1)
length=$(awk -F: '/^Length \(seconds\)/ { gsub(/ /, "", $2); print $2 }' <<<"$stat")
rms=$(awk -F: '/^RMS +amplitude/ { gsub(/ /, "", $2); print $2 }' <<<"$stat")
echo "$lang: length $length s, RMS amplitude $rms"
awk -v l="$length" -v r="$rms" 'BEGIN { exit !(l >= 1.0 && r >= 0.01) }' || {
    echo "FAIL: $wav is too short or silent" >&2
    echo "$stat" >&2
    exit 1
}
grep -q "^$lang: " "$wav.log" || { echo "FAIL: the speech log has no '$lang: ' line" >&2; exit 1; }
