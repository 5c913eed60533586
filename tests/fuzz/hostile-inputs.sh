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
# "usage" (exit 2), "accepted" (exit 0) or "any" (exit 0 or 1). A signal, a time-out or another
# code fails, and so does a control character printed raw (a file's text could drive the
# terminal).
run() {
    local name=$1 expect=$2
    shift 2
    local out err rc
    err=$(mktemp)
    out=$(timeout 30 "$yaddas" "$@" 2>"$err")
    rc=$?
    # For the table: the first error (not a warning) on stderr, else its first line, else stdout's.
    local first
    first=$(grep -v -m1 -e warning -e '^\s*$' "$err" || grep -v -m1 '^\s*$' "$err" ||
        printf '%s\n' "$out" | grep -v -m1 '^\s*$')
    first=$(printf '%s' "$first" | sed "s|$work/||g; s|$here/||g; s|^ *||" | cut -c1-110)
    out+=$(cat "$err")
    rm -f "$err"
    local verdict=ok
    case "$expect:$rc" in
        refused:1) [[ -n "$out" ]] || verdict="FAIL (no message)" ;;
        usage:2 | accepted:0 | any:0 | any:1) ;;
        *:124) verdict="FAIL (hung, killed after 30 s)" ;;
        *) verdict="FAIL (exit $rc, expected $expect)" ;;
    esac
    if [[ $verdict == ok ]] && printf '%s' "$out" | LC_ALL=C grep -q $'[\x01-\x08\x0b-\x1f\x7f]'; then
        verdict="FAIL (a raw control character in the output)"
    fi
    ((rc > 128 && rc != 124)) && verdict="FAIL (killed by signal $((rc - 128)))"
    ((cases += 1))
    [[ $verdict == ok ]] || ((failures += 1))
    printf '| %s | %s | %s | %s |\n' "$name" "$rc" "$verdict" "$(printf '%s' "${first:-(no output)}" | sed 's/|/\\|/g')"
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
# progress: every progress reader input as a learner's file in a data folder of its own. A
# broken file is set aside and reported; the learner's other files are never lost.
while IFS= read -r f; do
    d="$work/p/$(basename "$f" .xml)"
    mkdir -p "$d/learners"
    cp "$f" "$d/learners/ada.xml"
    run "progress: ${f#"$here"/} as a learner's file" any --data-dir "$d" progress
done < <(find "$here/progress_reader" -type f ! -name '.*' | sort)
mkdir -p "$work/p/noise/learners" "$work/p/huge/learners" "$work/p/folder/learners/ada.xml"
cp "$work/m/noise.xml" "$work/p/noise/learners/ada.xml"
run "progress: 8 KiB of random bytes as a learner's file" any --data-dir "$work/p/noise" progress
truncate -s 300M "$work/p/huge/learners/ada.xml"
run "progress: a 300 MiB learner's file" any --data-dir "$work/p/huge" progress
run "progress: a folder where a learner's file should be" any --data-dir "$work/p/folder" progress
run "progress: a learner nobody has" refused --data-dir "$work/p/noise" progress --learner Nobody

# report: folders of hostile results files.
mkdir -p "$work/r/results" "$work/r/out"
cp "$here"/results_reader/* "$work/r/results/" 2>/dev/null
cp "$work/m/noise.xml" "$work/r/results/noise.results.xml"
run "report: a folder of broken and foreign results files" any report "$work/r/results" -o "$work/r/out"
run "report: a folder that does not exist" usage report "$work/r/nowhere"
mkdir -p "$work/r/empty"
run "report: an empty folder" refused report "$work/r/empty" -o "$work/r/out"
run "report: a roster that is random bytes" any report "$work/r/results" --roster "$work/m/noise.xml" -o "$work/r/out"
run "report: output under a file (cannot be written)" refused report "$work/r/results" -o /dev/null/out
mkdir -p "$work/r/escape"
printf '<results format="1">\n<learner id="a" name="A&#7;"/>\n<assignment id="t" title="&#27;[2J&#27;]0;pwned&#7;" checksum="0123456789abcdef" questions="1" pass-mark="60" keep="best"/>\n</results>\n' > "$work/r/escape/a.results.xml"
run "report: an assignment title holding ESC [2J and BEL (printed escaped)" accepted report "$work/r/escape" -o "$work/r/out"
printf '<results format="1">\n<learner id="b" name="B\xef\xbf\xbe"/>\n</results>\n' > "$work/r/escape/b.results.xml"
run "report: a results file holding U+FFFE (named in the message)" accepted report "$work/r/escape" -o "$work/r/out"

# report into a folder others can write to: links planted under every temporary name a process
# id could give, and an output that is a link. The decoy must never change.
# untouched NAME FILE TEXT: a table row saying whether FILE still holds exactly TEXT.
untouched() {
    local verdict=ok
    [[ $(cat "$2") == "$3" ]] || { verdict="FAIL (overwritten)"; ((failures += 1)); }
    ((cases += 1))
    printf '| %s | - | %s | %s |\n' "$1" "$verdict" "$(head -c 60 "$2" | tr '\n|' '  ')"
}
teacher="$here/../fixtures/teacher/results"
mkdir -p "$work/s/out" "$work/s/out2"
printf 'precious' > "$work/s/decoy.txt"
(cd "$work/s/out" && perl -e 'for (1 .. 32768) { for my $n (".great-terror-test-report.csv", ".great-terror-test-report.html") { symlink($ARGV[0], "$n.tmp-$_") or die "$!" } }' "$work/s/decoy.txt")
run "report: 2 x 32768 links planted under the temporary names in the output folder" any report "$teacher" -o "$work/s/out"
untouched "report: the decoy those links point to, afterwards" "$work/s/decoy.txt" precious
ln -s "$work/s/decoy.txt" "$work/s/out2/great-terror-test-report.csv"
run "report: an output file that is a symbolic link" refused report "$teacher" -o "$work/s/out2"
untouched "report: the decoy the output link points to, afterwards" "$work/s/decoy.txt" precious
mkdir -p "$work/s/results"
cp "$teacher"/*.xml "$work/s/results/"
mkfifo "$work/s/results/zaur.results.xml"
run "report: a named pipe (FIFO) among the results" any report "$work/s/results" -o "$work/s/out3"

# FIFOs where the app scans for files: named and skipped, never waited on.
mkdir -p "$work/p/fifo/learners" "$work/l"
cp "$here/../fixtures/modules/library/"*.xml "$work/l/"
mkfifo "$work/p/fifo/learners/zaur.xml" "$work/l/c-fifo.xml"
run "progress: a named pipe (FIFO) in the learners folder" any --data-dir "$work/p/fifo" progress
run "validate: a named pipe (FIFO) in a lessons folder" any validate "$work/l"

# import moodle: the Moodle reader's inputs, and files that are not Moodle XML.
while IFS= read -r f; do
    run "import moodle ${f#"$here"/}" any import moodle "$f" -o "$work/imported.xml"
done < <(find "$here/moodle_reader" -type f ! -name '.*' | sort)
run "import moodle: 8 KiB of random bytes" refused import moodle "$work/m/noise.xml" -o "$work/imported.xml"
run "import moodle: 64 MiB of NUL bytes" refused import moodle "$work/m/zeros.xml" -o "$work/imported.xml"
run "import moodle: 100 000 nested elements" refused import moodle "$work/m/deep.xml" -o "$work/imported.xml"
cat > "$work/m/controls.moodle.xml" <<'XML'
<quiz><question type="multichoice"><name><text>Q&#27;[2J&#7;</text></name>
<questiontext><text>When&#xFFFE; was it&#x110000;?</text></questiontext>
<answer fraction="100"><text>&amp;#27;]0;pwned&amp;#7;1937</text></answer>
<answer fraction="0"><text>19&#xFFFF;38</text></answer></question></quiz>
XML
run "import moodle: control characters, U+FFFE, U+FFFF and U+110000 in the texts" accepted import moodle "$work/m/controls.moodle.xml" -o "$work/controls.xml"
run "validate: the module imported from that bank" accepted validate --alone "$work/controls.xml"

# assign and export: hostile arguments and places that cannot be written.
run "assign: 1 000 000 questions" usage assign --title T --count 1000000 -o "$work/a.xml"
run "assign: a module nobody has" refused assign --title T --module nowhere -o "$work/a.xml"
run "assign: due on 31 February" usage assign --title T --due 2026-02-31 -o "$work/a.xml"
run "assign: a title of 100 000 letters" usage assign --title "$(head -c 100000 /dev/zero | tr '\0' x)" -o "$work/a.xml"
run "assign: output under a file (cannot be written)" refused assign --title T -o /dev/null/a.xml
run "assign: a title holding ESC [2J and BEL" usage assign --title $'\e[2J\a' -o "$work/a.xml"
while IFS= read -r f; do
    run "export moodle --assignment ${f#"$here"/}" any export moodle --assignment "$f" -o "$work/e.xml"
done < <(find "$here/assignment_reader" -type f ! -name '.*' | sort)
run "export moodle: output under a file (cannot be written)" refused export moodle -o /dev/null/e.xml

run "--lessons: a folder that does not exist" usage --lessons "$work/nowhere" validate
run "--data-dir: under a file (cannot be created)" any --data-dir /dev/null/yaddas validate "$work/dir"
run "unknown verb" usage frobnicate

printf '\n%d passed, %d failed\n' $((cases - failures)) "$failures"
((failures == 0))
