#!/usr/bin/env bash
# Window tests: runs the real app under Xvfb with a script of input events, then checks the text
# dumps (the screen's name and every visible text with its box), the learner's saved file and
# that each screenshot is not blank. Screenshots and dumps stay in OUTDIR as test artefacts.
# Usage: window-test.sh CASE YADDAS PNGCHECK OUTDIR
set -euo pipefail
case_name=$1
yaddas=$2
pngcheck=$3
out=$4
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$(cd "$here/../fixtures/app" && pwd)

if [[ -z "${YADDAS_UNDER_XVFB:-}" ]]; then
    if ! command -v xvfb-run >/dev/null; then
        echo "xvfb-run is not installed: run 'bash .ci/deps --tests'" >&2
        exit 1
    fi
    # A screen as large as the largest window the tests use (3840×2160).
    exec env YADDAS_UNDER_XVFB=1 xvfb-run -a -n $((100 + RANDOM % 800)) \
        -s "-screen 0 3840x2160x24 -nolisten tcp" "$0" "$@"
fi

rm -rf "$out/$case_name"
mkdir -p "$out/$case_name"
shots="$out/$case_name"
data="$shots/data"
mkdir -p "$data"
export XDG_DATA_HOME="$shots/xdg" # never the real home, whatever the options say
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# run SCRIPT [options...]: replays tests/app/scripts/SCRIPT.
run() {
    local script=$1
    shift
    echo "== $script $*"
    if ! "$yaddas" --data-dir "$data" --script "$here/scripts/$script" --screenshot-dir "$shots" \
        "$@"; then
        fail "$script: yaddas exited with an error"
    fi
}

# expect_screen DUMP NAME
expect_screen() {
    local file="$shots/$1.txt"
    if [[ ! -f "$file" ]]; then
        fail "$1: no dump written"
        return
    fi
    if [[ "$(head -n1 "$file")" != "screen $2" ]]; then
        fail "$1: expected screen $2, found '$(head -n1 "$file")'"
    fi
}

# expect DUMP TEXT: some visible text contains TEXT.
expect() {
    if ! grep -q -F -- "$2" <(cut -d' ' -f6- "$shots/$1.txt" 2>/dev/null); then
        fail "$1: no visible text contains '$2'"
    fi
}

# expect_not DUMP TEXT
expect_not() {
    if grep -q -F -- "$2" <(cut -d' ' -f6- "$shots/$1.txt" 2>/dev/null); then
        fail "$1: unexpected text '$2'"
    fi
}

# inside DUMP: every text's box lies inside the window.
inside() {
    local file="$shots/$1.txt"
    local bad
    bad=$(awk 'NR == 2 { w = $2; h = $3 }
               $1 == "text" && ($2 < -0.5 || $3 < -0.5 || $2 + $4 > w + 0.5 || $3 + $5 > h + 0.5) {
                   print }' "$file")
    if [[ -n "$bad" ]]; then
        fail "$1: text outside the window: $bad"
    fi
    if [[ $(grep -c '^text ' "$file") -lt 3 ]]; then
        fail "$1: almost nothing drawn"
    fi
}

# saved PATTERN: the learner's progress file matches an extended regular expression.
saved() {
    local file
    file=$(ls "$data"/learners/*.xml 2>/dev/null | head -n1)
    if [[ -z "$file" ]] || ! grep -q -E -- "$1" "$file"; then
        fail "learner file: no match for '$1'"
    fi
}

case "$case_name" in
walk)
    run walk-first.script --size 1366x768
    expect_screen 01-welcome Welcome
    expect 01-welcome "Nobody has learned here yet."
    expect_screen 02-module-map ModuleMap
    expect 02-module-map "Hello, Ada."
    expect 02-module-map "1. The beginning"
    expect_screen 03-reader Reader
    expect 03-reader "Page 1 of"
    expect_screen 04-reader-end Reader
    expect 04-reader-end "What you should now know"
    expect 04-reader-end "Take the quiz"
    saved '<module id="beginning"[^>]*fraction="1"'
    expect_screen 05-quiz-question Quiz
    expect 05-quiz-question "Question 1 of"
    expect 06-quiz-right "✓ Right"
    expect 06-quiz-right "The right answer:"
    expect 07-quiz-keys "Question 2 of"
    expect 07-quiz-keys "The right answer:"
    expect 08-quiz-wrong "✕ Not right"
    expect 08-quiz-wrong "The right answer:"
    expect_screen 09-results Results
    expect 09-results "Your score:"
    expect 09-results "Dates"
    expect 09-results "Victims"
    expect 09-results "Mistakes, with the right answers"
    expect 09-results "Retake my mistakes"
    expect_screen 10-progress Progress
    expect 10-progress "Per module"
    expect 10-progress "Per category"
    expect_screen 10-progress-time Progress
    expect 10-progress-time "Accuracy over time"
    expect 10-progress-time "due now"
    saved '<a [^>]*f="[^"]+"[^>]*o="right"'
    saved '<a [^>]*f="[^"]+"[^>]*o="wrong"'
    saved '<quiz [^>]*module="beginning"'
    run walk-again.script --size 1366x768
    expect_screen 11-welcome-again Welcome
    expect 11-welcome-again "Ada"
    expect_screen 12-module-map-again ModuleMap
    expect 12-module-map-again "✓ Read"
    expect 12-module-map-again "last quiz"
    expect_screen 13-progress-again Progress
    expect 13-progress-again "10 answers"
    expect_screen 14-in-memory Memory
    expect 14-in-memory "Abbas Mirzə Şərifzadə"
    run learner-argument.script --size 1366x768 --learner Ada
    expect_screen 15-learner-argument ModuleMap
    expect 15-learner-argument "Hello, Ada."
    expect 15-learner-argument "✓ Read"
    run learner-unknown.script --size 1366x768 --learner Nobody
    expect_screen 16-learner-unknown Welcome
    expect 16-learner-unknown "There is no learner called Nobody"
    ;;
resize)
    run resize.script --size 1280x800
    for d in 20-map-1024 21-reader-1024 22-memory-1024 23-settings-1024 24-map-4k 25-reader-4k \
             26-memory-4k 27-settings-4k; do
        inside "$d"
    done
    expect 21-reader-1024 "Page 1 of"
    expect 25-reader-4k "Page 1 of"
    expect_screen 22-memory-1024 Memory
    expect 22-memory-1024 "In memory"
    ;;
broken)
    run broken.script --size 1280x800 --lessons "$fixtures/broken"
    expect_screen 30-broken Welcome
    expect 30-broken "could not be opened"
    expect 30-broken "broken.xml"
    ;;
assignment)
    mkdir -p "$data/assignments"
    cp "$fixtures"/assignments/*.xml "$data/assignments/"
    run assignment.script --size 1366x768
    expect_screen 50-assignment ModuleMap
    expect 50-assignment "Assignment: The Great Terror: dates and people (due 1 December 2026)"
    expect 50-assignment "could not be read"
    ;;
assignment-take)
    # The assignment as the window's argument; the results go to a folder typed in the browser.
    results="$shots/chosen-results"
    mkdir -p "$results"
    sed "s|@RESULTS@|$results|" "$here/scripts/assignment-take.script" >"$shots/take.script"
    echo "== assignment-take.script"
    if ! "$yaddas" --data-dir "$data" --script "$shots/take.script" --screenshot-dir "$shots" \
        --size 1366x768 "$fixtures/assignment-once.xml"; then
        fail "assignment-take.script: yaddas exited with an error"
    fi
    [[ -f "$data/assignments/assignment-once.xml" ]] || fail "assignment not kept in the data folder"
    expect_screen 60-map ModuleMap
    expect 60-map "Three questions on the Great Terror (due 1 December 2026)"
    expect 60-map "Take assignment"
    expect_screen 61-assignment Assignment
    expect 61-assignment "pass mark 70 %"
    expect 61-assignment "1 attempt left of 1"
    expect_screen 62-picker FilePicker
    expect 62-picker-results "In $results"
    expect_screen 63-quiz Quiz
    expect 63-quiz "Question 1 of 3"
    expect 63-quiz "30 minutes left"
    expect_screen 64-results Results
    expect 64-results "Pass mark 70 %"
    expect 64-results "Your results were written to"
    expect_not 64-results "Retake my mistakes"
    file="$results/three-dates--ada.results.xml"
    if [[ ! -f "$file" ]]; then
        fail "no results file $file"
    else
        grep -q '<learner id="ada" name="Ada"' "$file" || fail "results: not Ada's"
        grep -q '<assignment id="three-dates"' "$file" || fail "results: wrong assignment"
        [[ $(grep -c '<answer ' "$file") -eq 3 ]] || fail "results: not 3 answers"
        [[ $(grep -c 'outcome="right"' "$file") -eq 2 ]] || fail "results: not 2 right answers"
        [[ $(grep -c 'outcome="wrong"' "$file") -eq 1 ]] || fail "results: not 1 wrong answer"
        [[ $(grep -c '<attempt ' "$file") -eq 1 ]] || fail "results: not 1 attempt"
    fi
    expect_screen 65-assignment-again Assignment
    expect 65-assignment-again "no attempt left"
    expect_screen 66-refused Assignment
    expect 66-refused "You have used the one attempt"
    ;;
assignment-broken)
    sed "s|@FIXTURES@|$fixtures|" "$here/scripts/assignment-broken.script" >"$shots/open.script"
    echo "== assignment-broken.script"
    if ! "$yaddas" --data-dir "$data" --script "$shots/open.script" --screenshot-dir "$shots" \
        --size 1280x800 "$fixtures/assignment-broken.xml"; then
        fail "assignment-broken.script: yaddas exited with an error"
    fi
    expect_screen 67-broken-argument Welcome
    expect 67-broken-argument "could not be opened"
    expect 67-broken-argument "assignment-broken.xml:4:"
    [[ ! -e "$data/assignments/assignment-broken.xml" ]] || fail "a broken assignment was kept"
    expect_screen 68-picker-file FilePicker
    expect 68-picker-file "Open an assignment"
    expect 68-picker-file "assignments/"
    expect 68-picker-file "assignment-once.xml"
    expect_screen 69-opened Assignment
    expect 69-opened "Three questions on the Great Terror"
    expect 69-opened "1 attempt left of 1"
    [[ -f "$data/assignments/assignment-once.xml" ]] || fail "opened assignment not kept"
    ;;
settings)
    run settings-first.script --size 1280x800
    expect_screen 40-settings Settings
    expect 40-settings "✓ 150 %"
    expect 40-settings "✓ Dark"
    saved 'textSize="150"'
    saved 'theme="dark"'
    run settings-again.script --size 1280x800
    expect_screen 41-settings-again Settings
    expect 41-settings-again "✓ 150 %"
    expect 41-settings-again "✓ Dark"
    ;;
*)
    echo "unknown case $case_name" >&2
    exit 2
    ;;
esac

shopt -s nullglob
pngs=("$shots"/*.png)
if [[ ${#pngs[@]} -eq 0 ]]; then
    fail "no screenshot written"
elif ! "$pngcheck" 16 "${pngs[@]}"; then
    fail "a screenshot is blank"
fi

if [[ $failures -ne 0 ]]; then
    echo "$case_name: $failures check(s) failed; screenshots and dumps in $shots" >&2
    exit 1
fi
echo "$case_name: all checks passed; screenshots and dumps in $shots"
