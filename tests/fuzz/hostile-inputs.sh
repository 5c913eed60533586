#!/usr/bin/env bash
# Feeds hostile files to the command line and checks the answer: each one may be refused, but
# the program must not crash, hang or accept it as a good module. Prints one table row per case
# (packaging/README.md keeps the table).
# Usage: bash tests/fuzz/hostile-inputs.sh path/to/yaddas
set -uo pipefail
yaddas=${1:?usage: hostile-inputs.sh path/to/yaddas}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"
mkdir -p "$HOME"
failures=0
cases=0

# run NAME EXPECT ARGS...: EXPECT is "refused" (exit 1 and a message naming the input),
# "usage" (exit 2) or "any" (exit 0 or 1). A signal, a time-out or another code fails.
run() {
    local name=$1 expect=$2
    shift 2
    local out rc
    out=$(timeout 30 "$yaddas" "$@" 2>&1)
    rc=$?
    local first
    first=$(printf '%s\n' "$out" | grep -v '^\s*$' | head -1 | sed "s|$work/||g" | cut -c1-110)
    local verdict=ok
    case "$expect:$rc" in
        refused:1) [[ -n "$out" ]] || verdict="FAIL (no message)" ;;
        usage:2 | any:0 | any:1) ;;
        *:124) verdict="FAIL (hung, killed after 30 s)" ;;
        *) verdict="FAIL (exit $rc, expected $expect)" ;;
    esac
    ((rc > 128 && rc != 124)) && verdict="FAIL (killed by signal $((rc - 128)))"
    ((cases += 1))
    [[ $verdict == ok ]] || ((failures += 1))
    printf '| %s | %s | %s | %s |\n' "$name" "$rc" "$verdict" "${first:-(no output)}"
}

printf '| input | exit | verdict | first line of output |\n|---|---|---|---|\n'

# The module reader's seed corpus and regressions, one file at a time.
while IFS= read -r f; do
    run "validate ${f#"$here"/}" any validate "$f"
done < <(find "$here/module_reader" -type f ! -name '.*' | sort)

mkdir -p "$work/m"
: > "$work/m/empty.xml"
run "validate: an empty file" refused validate "$work/m/empty.xml"
run "validate: a file that does not exist" refused validate "$work/m/missing.xml"
awk 'BEGIN { srand(7); for (i = 0; i < 8192; i++) printf "%c", int(rand() * 256) }' > "$work/m/noise.xml"
run "validate: 8 KiB of random bytes" refused validate "$work/m/noise.xml"
printf '\xff\xfe<\0m\0o\0d\0u\0l\0e\0/\0>\0' > "$work/m/utf16.xml"
run "validate: UTF-16 with a byte-order mark" refused validate "$work/m/utf16.xml"
printf '<?xml version="1.0"?>\n<module id="x" order="1" format="1"><title>\xc3\x28\xed\xa0\x80</title></module>\n' > "$work/m/bad-utf8.xml"
run "validate: invalid UTF-8 inside a title" refused validate "$work/m/bad-utf8.xml"
truncate -s 64M "$work/m/zeros.xml"
run "validate: 64 MiB of NUL bytes" refused validate "$work/m/zeros.xml"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "<p>"; print "" }' > "$work/m/deep.xml"
run "validate: 100 000 nested elements" refused validate "$work/m/deep.xml"
mkdir -p "$work/m/folder.xml"
run "validate: a folder named *.xml" any validate "$work/m/folder.xml"
ln -s loop-b.xml "$work/m/loop-a.xml"
ln -s loop-a.xml "$work/m/loop-b.xml"
run "validate: a symbolic-link loop" refused validate "$work/m/loop-a.xml"
mkfifo "$work/m/fifo.xml"
run "validate: a named pipe (FIFO) named *.xml" refused validate "$work/m/fifo.xml"
run "validate: /dev/zero" refused validate /dev/zero
mkdir -p "$work/dir"
cp "$here/module_reader/bad-values.xml" "$work/dir/a.xml"
printf '<module' > "$work/dir/b.xml"
run "validate: a folder of broken modules" refused validate "$work/dir"
run "--lessons: a folder that does not exist" usage --lessons "$work/nowhere" validate
run "--data-dir: under a file (cannot be created)" any --data-dir /dev/null/yaddas validate "$work/dir"
run "unknown verb" usage frobnicate

printf '\n%d passed, %d failed\n' $((cases - failures)) "$failures"
((failures == 0))
