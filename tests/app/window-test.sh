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

# A screen as large as the largest window the tests use (3840×2160).
source "$here/under-xvfb.sh"
under_xvfb always 3840x2160 "$0" "$@"

rm -rf "$out/$case_name"
mkdir -p "$out/$case_name"
# The catalogs the build compiled, beside the executable (as io::Language looks for them).
localedir=$(cd "$(dirname "$yaddas")" && pwd)/locale
yaddas=$(bash "$here/preload-wrapper.sh" "$yaddas" "$out/$case_name") # sanitizer builds
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

# expect_wrapped DUMP TEXT: TEXT may be wrapped over several lines (a long path), so the
# visible lines are joined before looking; TEXT must hold no space.
expect_wrapped() {
    if ! grep -q -F -- "$2" <(grep '^text ' "$shots/$1.txt" 2>/dev/null | cut -d' ' -f6- | tr -d '\n'); then
        fail "$1: no visible text contains '$2', even joined over lines"
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

# verdict DUMP: an answered question's verdict in words.
verdict() {
    if ! grep -q -E '^text .* (✓ Right|◐ Partly right|✕ Not right)' "$shots/$1.txt"; then
        fail "$1: no verdict"
    fi
}

# rows DUMP SIDE: the answer rows of the unanswered quiz question in DUMP, top to bottom, one a
# line: TOP, X and Y (the centre of the row's first line), the first line and all its lines joined
# by spaces, separated by tabs. SIDE: left (timeline events, matching items) or right (matching
# targets). The rows lie between the hint (which ends "Space to drop.") and the Check button; a
# row's lines are closer together than two line heights, rows are further apart.
rows() {
    awk -v side="$2" '
        $1 != "text" { next }
        {
            words = $0
            sub(/^text [^ ]+ [^ ]+ [^ ]+ [^ ]+ /, "", words)
        }
        words ~ /Space to drop\.$/ { start = $3 + $5; next }
        words == "Check" { stop = $3; next }
        words != "earliest" && words != "latest" && index(words, "≡") != 1 {
            n++; L[n] = $2 + 0; T[n] = $3 + 0; W[n] = $4 + 0; H[n] = $5 + 0; X[n] = words
        }
        END {
            m = 0; left = 1e9; tall = 0
            for (i = 1; i <= n; i++) {
                if (T[i] > start && T[i] < stop) {
                    ids[++m] = i
                    if (L[i] < left) left = L[i]
                    if (H[i] > tall) tall = H[i]
                }
            }
            k = 0
            for (j = 1; j <= m; j++) {
                i = ids[j]
                if ((side == "left") == (L[i] < left + 100)) {
                    sel[++k] = i
                }
            }
            for (a = 2; a <= k; a++) {
                for (b = a; b > 1 && T[sel[b]] < T[sel[b - 1]]; b--) {
                    t = sel[b]; sel[b] = sel[b - 1]; sel[b - 1] = t
                }
            }
            for (j = 1; j <= k; j++) {
                i = sel[j]
                if (j > 1 && T[i] - T[sel[j - 1]] <= 2 * tall) {
                    all = all " " X[i]
                    continue
                }
                if (j > 1) print row "\t" all
                row = sprintf("%d\t%d\t%d\t%s", T[i], L[i] + W[i] / 2, T[i] + H[i] / 2, X[i])
                all = X[i]
            }
            if (k > 0) print row "\t" all
        }' "$shots/$1.txt"
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
assignment-az)
    # The learner picker, the module map's line about assignments and the assignments screen in
    # Azerbaijani, at 1024×640: every text inside the window.
    mkdir -p "$data/assignments"
    cp "$fixtures"/assignment-once.xml "$data/assignments/"
    LANGUAGE=az LANG=C.UTF-8 run assignment-az.script --size 1024x640
    expect_screen 170-welcome-az Welcome
    expect 170-welcome-az "Burada hələ heç kim öyrənməyib."
    expect 170-welcome-az "Şagird əlavə et"
    expect 171-welcome-typed-az "Ada” əlavə et"
    expect_screen 172-map-az ModuleMap
    expect 172-map-az "Tapşırıq: "
    expect_screen 173-assignment-az Assignment
    expect 173-assignment-az "Müəlliminizin tapşırıqları"
    expect 173-assignment-az "keçid balı"
    expect 173-assignment-az "Başla"
    expect 173-assignment-az "Tapşırıq faylını aç"
    expect_not 173-assignment-az "pass mark"
    for d in 170-welcome-az 172-map-az 173-assignment-az; do
        inside "$d"
    done
    ;;
feedback)
    # The feedback of an answer: "More" opens what sources say; on a small window the wheel
    # scrolls what does not fit, and back.
    run feedback.script --size 900x560
    expect_screen 140-feedback Quiz
    expect 140-feedback "The right answer:"
    expect_not 140-feedback "1344923 persons sentenced"
    expect 141-feedback-more "More: scroll"
    expect 141-feedback-more "Your answer:"
    expect_not 141-feedback-more "1344923 persons sentenced"
    expect_not 142-feedback-wheel "Your answer:"
    expect 142-feedback-wheel "1344923 persons sentenced"
    expect 143-feedback-back "Your answer:"
    ;;
assignment-leave)
    # Leaving an assignment asks first, uses no attempt, and is resumed where it was left.
    results="$shots/chosen-results"
    mkdir -p "$results"
    sed "s|@RESULTS@|$results|" "$here/scripts/assignment-leave.script" >"$shots/leave.script"
    echo "== assignment-leave.script"
    if ! "$yaddas" --data-dir "$data" --script "$shots/leave.script" --screenshot-dir "$shots" \
        --size 1366x768 "$fixtures/assignment-once.xml"; then
        fail "assignment-leave.script: yaddas exited with an error"
    fi
    expect_screen 67-leave-ask Quiz
    expect 67-leave-ask "Leave this assignment?"
    expect 67-leave-ask "Save and leave"
    expect 67-leave-ask "Hand in now"
    expect_screen 68-left Assignment
    expect 68-left "Your answers are kept"
    expect 68-left "left unfinished: Start goes on"
    expect_not 68-left "no attempt left"
    expect_screen 70-resumed Quiz
    expect 70-resumed "Question 2 of 3"
    expect_screen 71-handed-in Results
    expect 71-handed-in "Answered: 1 of 3."
    expect 71-handed-in "Your score: 1 of 3"
    expect 71-handed-in "2 of 3 questions were not answered"
    expect_not 71-handed-in "No mistakes"
    file=$(ls "$results"/three-dates--ada--*.results.xml 2>/dev/null | head -n1)
    if [[ ! -f "$file" ]]; then
        fail "no results file $file"
    else
        [[ $(grep -c '<attempt ' "$file") -eq 1 ]] || fail "results: not 1 attempt"
        [[ $(grep -c '<answer ' "$file") -eq 1 ]] || fail "results: not 1 answer"
        grep -q 'open="true"' "$file" && fail "results: the attempt handed in is still open"
    fi
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
    file=$(ls "$results"/three-dates--ada--*.results.xml 2>/dev/null | head -n1)
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
assignment-class)
    # An assignment with a class list: the learner picks her name, the results file keeps its id
    # and her uid (its name ends in the uid's first six digits); the next attempt offers her pick.
    results="$shots/chosen-results"
    mkdir -p "$results"
    sed "s|@RESULTS@|$results|" "$here/scripts/assignment-class.script" >"$shots/class.script"
    echo "== assignment-class.script"
    if ! "$yaddas" --data-dir "$data" --script "$shots/class.script" --screenshot-dir "$shots" \
        --size 1366x768 "$fixtures/assignment-class.xml"; then
        fail "assignment-class.script: yaddas exited with an error"
    fi
    expect_screen 80-assignment Assignment
    expect 80-assignment "Your code: "
    expect_screen 81-class-list Assignment
    expect 81-class-list "Find your name on the class list"
    expect 81-class-list "Babək Əliyev"
    expect 81-class-list "My name is not on the list"
    inside 81-class-list
    expect_screen 83-quiz Quiz
    expect_screen 84-results Results
    # Continue is enabled only with a name picked: her pick of the first attempt was offered.
    expect_screen 86-class-list-again Assignment
    expect_screen 87-quiz-again Quiz
    uid=$(grep -o ' uid="[0-9a-f]*"' "$data"/learners/ada.xml | head -n1 | cut -d'"' -f2)
    [[ ${#uid} -eq 16 ]] || fail "learner file: no uid"
    expect 80-assignment "Your code: ${uid:0:4}-${uid:4:2}"
    file="$results/three-dates-class--ada--${uid:0:6}.results.xml"
    if [[ ! -f "$file" ]]; then
        fail "no results file $file"
    else
        grep -q "<learner id=\"ada\" name=\"Ada\" uid=\"$uid\" roster-id=\"07\"" "$file" ||
            fail "results: not Ada's pick from the class list"
        [[ $(grep -c '<attempt ' "$file") -eq 2 ]] || fail "results: not 2 attempts"
        [[ $(grep -c '<right>' "$file") -eq 3 ]] || fail "results: right answers missing"
        grep -q 'category="dates"' "$file" || fail "results: no category"
    fi
    if ls "$results" | grep -q '\.bak$'; then
        fail "results: a .bak left in the class folder"
    fi
    ;;
hostile-progress)
    # A learner's progress file damaged between two starts (a full disk, another program).
    learners="$data/learners"
    run learner-create.script --size 1280x800
    grep -q '<learner ' "$learners/ada.xml" || fail "no progress file for the new learner"
    cp "$learners/ada.xml" "$learners/ada.xml.bak" # the backup an earlier save leaves
    noise() { awk -v seed="$1" 'BEGIN { srand(seed); for (i = 0; i < 8192; i++) printf "%c", int(rand() * 256) }'; }
    noise 7 >"$learners/ada.xml"
    run hostile-progress.script --size 1280x800 --learner Ada
    expect_screen 70-recovered ModuleMap
    expect 70-recovered "Hello, Ada."
    expect 70-recovered "was damaged, so it was set aside"
    expect_screen 70-closed ModuleMap
    expect_not 70-closed "was damaged"
    expect 70-closed "Hello, Ada."
    grep -q '<learner ' "$learners/ada.xml" || fail "the progress file was not restored"
    [[ $(find "$learners" -name 'ada*' ! -name 'ada.xml' ! -name 'ada.xml.bak' ! -name 'ada.lock' |
        wc -l) -ge 1 ]] || fail "the damaged file was not kept aside"
    noise 8 >"$learners/ada.xml"
    rm -f "$learners/ada.xml.bak"
    run hostile-progress-again.script --size 1280x800 --learner Ada
    expect_screen 71-afresh ModuleMap
    expect 71-afresh "no backup could be read"
    expect_not 71-closed "no backup could be read"
    grep -q '<learner ' "$learners/ada.xml" || fail "no fresh progress file after the damage"
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
sources)
    # A shipped module's sources: the marker after a paragraph, the Sources page, and the line of
    # citations after an answer; at 1024×640, where all of it must still fit.
    run sources.script --size 1024x640
    expect_screen 90-reader-marker Reader
    expect 90-reader-marker "Sources of this paragraph"
    expect 90-reader-marker "The source text, paragraph 11"
    expect 90-reader-marker "“Great Purge”, Wikipedia"
    inside 90-reader-marker
    expect_screen 91-reader-closed Reader
    expect_not 91-reader-closed "Sources of this paragraph"
    expect_screen 92-sources Sources
    expect 92-sources "Sources — The Great Terror, 1937–1938"
    expect 92-sources "Source text"
    expect 92-sources "The source text of this course"
    expect 92-sources "Decrees and orders"
    expect 92-sources "Kyle Orton (English text after Getty and Naumov). NKVD Order No."
    inside 92-sources
    expect_screen 93-sources-end Sources
    expect 93-sources-end "Encyclopedia entries"
    expect 93-sources-end "Wikipedia contributors. Musavat. Wikipedia."
    expect 93-sources-end "https://en.wikipedia.org/wiki/Musavat"
    expect 93-sources-end "(scroll or use the arrow keys)"
    inside 93-sources-end
    expect_screen 94-reader-again Reader
    for d in 95-quiz-answer 96-quiz-wrong; do
        expect_screen "$d" Quiz
        verdict "$d"
        inside "$d"
        # The citations of the fact asked about, on their own line.
        grep -q -E '^text ([^ ]+ ){4}Sources?: (“|[A-Z])' "$shots/$d.txt" ||
            fail "$d: no line of sources after the answer"
    done
    ;;
memory)
    # "In memory" lists victims only, each once: a teacher's module defines a second Huseyn Javid
    # (another id, the same name) and shows the shipped one's card; the officials of module 3
    # (Stalin, Beria, Yezhov) are not victims.
    run memory.script --size 1920x1080 --lessons "$fixtures/memory"
    expect 100-map "A teacher's page on Huseyn Javid"
    expect_screen 101-reader Reader
    expect 101-reader "Hüseyn Cavid" # the shipped person's card, defined in another module
    expect 102-term "mother of the Gulag" # a term of module 1, explained in this module
    expect 103-marker "Sources of this paragraph"
    expect 103-marker "“Huseyn Javid”, Wikipedia"
    # The pages of "In memory", each once (the last one may be dumped again).
    declare -A pages=()
    javid=0
    for d in 110-memory 111-memory 112-memory 113-memory 114-memory 115-memory 116-memory; do
        expect_screen "$d" Memory
        page=$(grep -o -E 'Page [0-9]+ of [0-9]+' "$shots/$d.txt" | head -n1)
        page=${page:-Page 1 of 1}
        [[ -n "${pages[$page]:-}" ]] && continue
        pages[$page]=1
        expect_not "$d" "Nikolai Yezhov"
        expect_not "$d" "Lavrentiy Beria"
        expect_not "$d" "Joseph Stalin"
        javid=$((javid + $(cut -d' ' -f6- "$shots/$d.txt" | grep -c -F "Huseyn Javid" || true)))
    done
    last=$(grep -o -E 'Page [0-9]+ of [0-9]+' "$shots/116-memory.txt" | head -n1)
    [[ -z "$last" || "${last#Page }" == "${last##* of } of ${last##* of }" ]] ||
        fail "116-memory: not the last page of In memory ($last): more presses of Right needed"
    [[ $javid -eq 1 ]] || fail "In memory: Huseyn Javid shown $javid times, not once"
    expect 110-memory "In memory"
    ;;
module-choice)
    # Read and Quiz act on the card chosen with the keyboard, and name it.
    run module-choice.script --size 1366x768
    expect_screen 120-quiz-focused ModuleMap
    expect 120-quiz-focused "Quiz #3"
    expect 120-quiz-focused "Read #3"
    expect_screen 121-quiz Quiz
    expect 121-quiz "The Great Terror, 1937–1938"
    expect 121-quiz "Question 1 of"
    # The notice banner's Close, reached with the keyboard (a damaged assignment file).
    mkdir -p "$data/assignments"
    cp "$fixtures/assignments/broken.assignment.xml" "$data/assignments/"
    run notice-close.script --size 1024x640 --learner Ada
    expect 125-notice "could not be read"
    expect 126-close-focused "could not be read"
    expect_screen 127-closed ModuleMap
    expect_not 127-closed "could not be read"
    inside 127-closed
    ;;
settings)
    run settings-first.script --size 1280x800
    expect_screen 40-settings Settings
    expect 40-settings "✓ 150 %"
    expect 40-settings "✓ Dark"
    saved 'textSize="150"'
    saved 'theme="dark"'
    # Reading aloud: scrolled into view, switched on, two steps faster, a woman's voice.
    expect 40-settings "More settings below"
    expect 40-settings-speech "✓ Read aloud: on"
    expect 40-settings-speech "120 %"
    expect 40-settings-speech "✓ Woman's voice"
    expect 40-settings-speech "More settings above"
    inside 40-settings-speech
    saved '<settings [^>]*speech="true"'
    saved '<settings [^>]*speechRate="120"'
    saved '<settings [^>]*voice="f2"'
    run settings-again.script --size 1280x800
    expect_screen 41-settings-again Settings
    expect 41-settings-again "✓ 150 %"
    expect 41-settings-again "✓ Dark"
    # Tab went on past the groups in view to "Read slower", and Enter took a step off.
    expect 42-settings-keys "✓ Read aloud: on"
    expect 42-settings-keys "110 %"
    inside 42-settings-keys
    saved '<settings [^>]*speechRate="110"'
    saved '<settings [^>]*voice="f2"'
    ;;
quiz-order)
    # Timeline and matching questions moved by the mouse and by the keyboard. Only an assignment
    # over every module asks both; this one (made with the shipped lessons and their authored
    # questions) asks a timeline, and a matching question last. The mouse drags to coordinates known only once the
    # window has drawn the rows: a first run dumps the questions, a second run from an identical
    # data folder replays the same steps, then drags where the first run's dump says.
    "$yaddas" assign --title "Order and match" --id order-and-match --count 10 --seed 28 \
        -o "$shots/order-and-match.assignment.xml" >/dev/null ||
        fail "yaddas assign: could not write the assignment"
    for d in look move; do
        mkdir -p "$shots/$d/data/assignments" "$shots/$d/results"
        cp "$shots/order-and-match.assignment.xml" "$shots/$d/data/assignments/"
    done
    # play RUN SCRIPT...: the start, then SCRIPT, from RUN's data folder into its results folder.
    play() {
        local d=$1
        shift
        sed "s|@RESULTS@|$shots/$d/results|" "$here/scripts/quiz-order-start.script" \
            >"$shots/$d.script"
        cat "$@" >>"$shots/$d.script"
        echo "== quiz-order $d"
        if ! "$yaddas" --data-dir "$shots/$d/data" --script "$shots/$d.script" \
            --screenshot-dir "$shots" --size 1366x768; then
            fail "quiz-order $d: yaddas exited with an error"
        fi
    }
    play look "$here/scripts/quiz-order-look.script"
    expect 70-timeline-look "Put these events in order"
    expect 71-matching-look "Match each"
    mapfile -t events < <(rows 70-timeline-look left)
    mapfile -t items < <(rows 71-matching-look left)
    mapfile -t targets < <(rows 71-matching-look right)
    if [[ ${#events[@]} -lt 4 || ${#items[@]} -lt 3 || ${#targets[@]} -ne ${#items[@]} ]]; then
        fail "rows not found: ${#events[@]} events, ${#items[@]} items, ${#targets[@]} targets"
    else
        centre() { cut -f2,3 <<<"$1" | tr '\t' ' '; }
        all() { cut -f5 <<<"$1"; }
        first() { cut -f4 <<<"$1"; }
        sed -e "s|@TIMELINE_DRAG@|$(centre "${events[0]}") $(centre "${events[-1]}")|" \
            -e "s|@MATCHING_DRAG@|$(centre "${items[0]}") $(centre "${targets[-1]}")|" \
            "$here/scripts/quiz-order-move.script" >"$shots/move-rest.script"
        play move "$shots/move-rest.script"

        # The mouse: the first event is drawn last, below all others; the others moved up one.
        mapfile -t dragged < <(rows 72-timeline-dragged left)
        n=${#events[@]}
        [[ ${#dragged[@]} -eq $n ]] || fail "72-timeline-dragged: ${#dragged[@]} events, not $n"
        [[ "$(all "${dragged[-1]}")" == "$(all "${events[0]}")" ]] ||
            fail "72-timeline-dragged: '$(all "${events[0]}")' is not drawn last"
        top_of() { printf '%s\n' "${dragged[@]}" | awk -F'\t' -v t="$1" '$5 == t { print $1 }'; }
        moved_top=$(top_of "$(all "${events[0]}")")
        for ((i = 1; i < n; i++)); do
            label=$(all "${events[i]}")
            before=$(cut -f1 <<<"${events[i]}")
            after=$(top_of "$label")
            if [[ -z "$after" ]]; then
                fail "72-timeline-dragged: '$label' is gone"
            elif ((after >= before || after >= moved_top)); then
                fail "72-timeline-dragged: '$label' at $after (was $before;" \
                    "the dragged one at $moved_top)"
            fi
            [[ "$(all "${dragged[i - 1]}")" == "$label" ]] ||
                fail "72-timeline-dragged: '$label' did not move up one place"
        done

        # The keyboard: the first event picked up with Space and moved down one.
        mapfile -t keyed < <(rows 73-timeline-keys left)
        [[ ${#keyed[@]} -eq $n ]] || fail "73-timeline-keys: ${#keyed[@]} events, not $n"
        if [[ "$(all "${keyed[0]}")" != "$(all "${dragged[1]}")" ||
            "$(all "${keyed[1]}")" != "$(all "${dragged[0]}")" ]]; then
            fail "73-timeline-keys: the first two events did not change places"
        fi
        for ((i = 2; i < n; i++)); do
            [[ "$(all "${keyed[i]}")" == "$(all "${dragged[i]}")" ]] ||
                fail "73-timeline-keys: event $((i + 1)) moved"
        done

        # Checked: the verdict, the right order and its explanation; the order given is saved.
        expect_screen 74-timeline-checked Quiz
        expect 74-timeline-checked "The right answer:"
        expect 74-timeline-checked "These events span"
        verdict 74-timeline-checked
        given=""
        for row in "${keyed[@]}"; do
            given+="${given:+ → }$(all "$row")"
        done
        learner=$(ls "$shots/move/data/learners/"*.xml 2>/dev/null | head -n1)
        if [[ -z "$learner" ]] ||
            ! grep -F -- 'q="timeline"' "$learner" | grep -q -F -- "v=\"$given\""; then
            fail "learner file: no timeline answer v=\"$given\""
        fi
        grep -q -E '<a [^>]*q="timeline"[^>]*o="(right|partial|wrong)"' "$learner" ||
            fail "learner file: the timeline answer has no outcome"

        # Matching: the first item dragged onto the last target, the second paired by keyboard
        # with the second target; the others stay unpaired ("→ …").
        mapfile -t paired < <(rows 76-matching-paired left)
        mapfile -t dragged_items < <(rows 75-matching-dragged left)
        pair=$(all "${dragged_items[0]}")
        [[ "$pair" == "$(first "${items[0]}") → $(all "${targets[-1]}")" ]] ||
            fail "75-matching-dragged: the first item shows '$pair'"
        [[ ${#paired[@]} -eq ${#items[@]} ]] || fail "76-matching-paired: ${#paired[@]} items"
        [[ "$(all "${paired[0]}")" == "$(first "${items[0]}") → $(all "${targets[-1]}")" ]] ||
            fail "76-matching-paired: the first item shows '$(all "${paired[0]}")'"
        [[ "$(all "${paired[1]}")" == "$(first "${items[1]}") → $(all "${targets[1]}")" ]] ||
            fail "76-matching-paired: the second item shows '$(all "${paired[1]}")'"
        for ((i = 2; i < ${#paired[@]}; i++)); do
            [[ "$(all "${paired[i]}")" == "$(first "${items[i]}") → …" ]] ||
                fail "76-matching-paired: item $((i + 1)) shows '$(all "${paired[i]}")'"
        done
        expect_screen 77-matching-checked Quiz
        expect 77-matching-checked "The right answer:"
        expect 77-matching-checked "See results"
        verdict 77-matching-checked
        # The explanation repeats the right answer: each item's number or name appears in the
        # answer given, the right answer and the explanation.
        feedback=$(cut -d' ' -f6- "$shots/77-matching-checked.txt" | tr '\n' ' ')
        label=$(first "${items[0]}")
        count=$(grep -o -F -- "$label" <<<"$feedback" | wc -l)
        ((count >= 3)) ||
            fail "77-matching-checked: '$label' appears $count times, not 3 (no explanation?)"
        grep -q -E '<a [^>]*q="matching"[^>]*o="(right|partial|wrong)"' "$learner" ||
            fail "learner file: no matching answer"
    fi
    ;;
unsaved-leave | unsaved-quit)
    # Saving fails for a while: the learners folder becomes a file (ENOTDIR, as a full or
    # read-only disk, even for root), between steps the script waits for (wait-file).
    learners="$data/learners"
    export HOME="$shots/home" # where copies elsewhere go
    mkdir -p "$HOME"
    # await NAME: the script reached the dump NAME.txt (or the app ended).
    await() {
        local i
        for ((i = 0; i < 1200; i++)); do
            [[ -f "$shots/$1" ]] && return 0
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        fail "the script never reached $1"
        return 1
    }
    break_saving() {
        mv "$learners" "$learners.away"
        echo "not a folder" >"$learners"
    }
    repair_saving() {
        rm -f "$learners"
        mv "$learners.away" "$learners"
    }
    answers() { { grep -o '<a ' "$1" 2>/dev/null || true; } | wc -l; }
    echo "== $case_name.script"
    "$yaddas" --data-dir "$data" --script "$here/scripts/$case_name.script" \
        --screenshot-dir "$shots" --size 1024x640 2>"$shots/stderr.txt" &
    pid=$!
    if [[ $case_name == unsaved-leave ]]; then
        await 80-ready.txt && break_saving && touch "$shots/go-fail"
        await 81-unsaved.txt && repair_saving && touch "$shots/go-repaired"
        wait "$pid" || fail "yaddas exited with an error"
        cat "$shots/stderr.txt" >&2
        expect 81-unsaved "could not be saved"
        expect_screen 82-left Welcome
        expect_not 82-left "could not be saved"
        n=$(answers "$learners/ada.xml")
        [[ $n -eq 3 ]] || fail "after leaving: $n answers on disk, not 3"
    else
        await 85-ready.txt && break_saving && touch "$shots/go-fail"
        await 89-waiting.txt && kill -TERM "$pid"
        code=0
        wait "$pid" || code=$?
        cat "$shots/stderr.txt" >&2
        [[ -f "$learners.away/ada.xml" ]] && repair_saving
        [[ $code -eq 1 ]] || fail "after SIGTERM with answers unsaved: exit code $code, not 1"
        expect_screen 86-dialog Unsaved
        expect 86-dialog "Your latest answers are not saved yet"
        expect 86-dialog "Try again"
        expect 86-dialog "Save a copy elsewhere"
        expect 86-dialog "Quit anyway"
        inside 86-dialog
        expect_screen 87-confirm Unsaved
        expect 87-confirm "Yes, quit"
        expect 87-confirm "Are you sure?"
        expect 88-copied "A copy of your progress was saved as:"
        expect_wrapped 88-copied "$HOME/yaddas-ada-"
        inside 88-copied
        expect_screen 89-waiting Welcome
        mapfile -t copies < <(ls "$HOME"/yaddas-ada-*.xml 2>/dev/null)
        [[ ${#copies[@]} -eq 2 ]] ||
            fail "${#copies[@]} copies in $HOME, not 2 (the dialog's and the signal's)"
        for copy in "${copies[@]}"; do
            n=$(answers "$copy")
            [[ $n -eq 3 ]] || fail "$copy: $n answers, not 3"
        done
        # The signal's copy: named on standard error and in the log.
        copy=$(grep -o 'signal 15.*so a copy was saved as [^ ]*\.xml' "$shots/stderr.txt" |
            sed 's/.* //')
        if [[ -z "$copy" || ! -f "$copy" ]]; then
            fail "after SIGTERM: no copy named on standard error"
        else
            grep -q -F "so a copy was saved as $copy" "$data/yaddas.log" ||
                fail "the signal's copy $copy is not in the log"
        fi
        n=$(answers "$learners/ada.xml")
        [[ $n -eq 0 ]] || fail "$n answers in the learner's own file, where none could be saved"
    fi
    ;;
picker)
    # A school lab: 200 learners. Their names are read back from the files written, so that a
    # name drawn in full (never a cut one, "…") counts as visible.
    bash "$here/make-learners.sh" "$data" 200
    grep -h -o 'name="[^"]*"' "$data"/learners/*.xml | sed 's/^name="//; s/"$//' >"$shots/names.txt"
    # names DUMP: the learners' names in the list of DUMP (under its heading), in reading order (top to bottom, left to
    # right), one a line.
    names() {
        # A line's texts have different tops (Ü is taller than a): a text starts a new line when
        # its top is below the middle of the line's first one.
        awk 'NR == FNR { known[$0] = 1; next }
             $1 == "text" {
                 words = $0
                 sub(/^text [^ ]+ [^ ]+ [^ ]+ [^ ]+ /, "", words)
                 if (index(words, "Who is learning?") == 1) below = $3 + $5 # under it: not the top bar
                 if (words in known && below && $3 > below)
                     printf "%09.1f %09.1f %09.1f %s\n", $3, $2, $5, words
             }' "$shots/names.txt" "$shots/$1.txt" | sort |
            awk '{ if (n == 0 || $1 > top + mid) { n++; top = $1; mid = $3 / 2 }
                   printf "%05d %09.1f %s\n", n, $2, substr($0, 31) }' | sort | cut -d' ' -f3-
    }
    # at_least DUMP N: at least N names drawn in full.
    at_least() {
        local n
        n=$(names "$1" | wc -l)
        ((n >= $2)) || fail "$1: $n names visible, not at least $2"
        echo "$1: $n names visible"
    }
    # first DUMP NAME: the first name in reading order.
    first() {
        local got
        got=$(names "$1" | head -n1)
        [[ "$got" == "$2" ]] || fail "$1: the first name is '$got', not '$2'"
    }
    # apart DUMP: no two texts overlap (their boxes share more than a pixel each way).
    apart() {
        local bad
        bad=$(awk 'function min(a, b) { return a < b ? a : b }
                   function max(a, b) { return a > b ? a : b }
                   $1 == "text" { n++; X[n] = $2; Y[n] = $3; W[n] = $4; H[n] = $5; L[n] = $0 }
                   END {
                       for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) {
                           dx = min(X[i] + W[i], X[j] + W[j]) - max(X[i], X[j])
                           dy = min(Y[i] + H[i], Y[j] + H[j]) - max(Y[i], Y[j])
                           if (dx > 1 && dy > 1) print L[i] " / " L[j]
                       }
                   }' "$shots/$1.txt")
        [[ -z "$bad" ]] || fail "$1: texts overlap: $bad"
    }
    run picker.script --size 1366x768
    for d in 120-picker-1366 121-picker-1080 122-picker-1024 123-picker-4k; do
        expect_screen "$d" Welcome
        expect "$d" "Who is learning?"
        apart "$d"
        inside "$d"
        first "$d" "Leyla Hüseynova" # the most recently used
    done
    at_least 120-picker-1366 12
    # Cut in its row ("…"), the long name is given in full while its row has the focus.
    grep -q -E '^text ([^ ]+ ){4}Gülşən Məmmədova.*…$' "$shots/120-long-name.txt" ||
        fail "120-long-name: the long name is not cut in its row (the check needs it cut)"
    expect 120-long-name "Enter opens Gülşən Məmmədova-Əlizadə Şahbazova."
    at_least 121-picker-1080 30
    at_least 122-picker-1024 9
    at_least 123-picker-4k 30
    # Typing part of a name, with its own letters, keeps the matches only; so does typing it in
    # capitals without them.
    [[ "$(names 124-search | sort | tr '\n' '|')" == "Gülşən Məmmədova|Gülşən Məmmədova-Əlizadə Şahbazova|" ]] ||
        fail "124-search: not the two Gülşən Məmmədova: $(names 124-search | tr '\n' '|')"
    apart 124-search
    [[ "$(names 125-search-plain | tr '\n' '|')" == "Ülviyyə Quliyeva|" ]] ||
        fail "125-search-plain: not Ülviyyə Quliyeva alone: $(names 125-search-plain | tr '\n' '|')"
    expect 125-search-plain "Enter opens Ülviyyə Quliyeva."
    expect_screen 126-opened ModuleMap
    expect 126-opened "Hello, Ülviyyə Quliyeva."
    # Back on the picker, the learner just opened comes first; the rest as before.
    expect_screen 127-back Welcome
    first 127-back "Ülviyyə Quliyeva"
    [[ "$(names 127-back | sed -n 2p)" == "Leyla Hüseynova" ]] ||
        fail "127-back: Leyla Hüseynova is not second"
    at_least 127-back 12
    # The keyboard: Down into the list, Right to the second name, Enter.
    expect 128-keys "Enter opens Leyla Hüseynova."
    expect_screen 129-opened-keys ModuleMap
    expect 129-opened-keys "Hello, Leyla Hüseynova."
    # Tab twice (Add, then the list), End: the least recent learner, in view.
    expect 130-end "Enter opens Aysel Məmmədova."
    names 130-end | grep -q -x -F "Aysel Məmmədova" || fail "130-end: the last name is not in view"
    apart 130-end
    expect_screen 131-opened-end ModuleMap
    expect 131-opened-end "Hello, Aysel Məmmədova."
    # The wheel scrolls the list down, and back up to where it was.
    top_name=$(names 132-before-wheel | head -n1)
    [[ -n "$top_name" && "$(names 133-wheel-down | head -n1)" != "$top_name" ]] ||
        fail "133-wheel-down: the list did not scroll ('$top_name' still first)"
    first 134-wheel-up "$top_name"
    expect_screen 135-long-greeting ModuleMap
    expect 135-long-greeting "Hello, Gülşən."
    grep -q 'Hello, Gülşən Məm.*…' "$shots/135-long-greeting.txt" && fail "135-long-greeting: cut mid-name"
    # Two learners: names in full, nothing overlaps, at three sizes.
    few="$shots/few"
    bash "$here/make-learners.sh" "$few" 2
    echo "== picker-few.script"
    "$yaddas" --data-dir "$few" --script "$here/scripts/picker-few.script" \
        --screenshot-dir "$shots" --size 1366x768 || fail "picker-few.script: yaddas exited with an error"
    for d in 140-few-1366 141-few-1080 142-few-1024; do
        expect_screen "$d" Welcome
        expect "$d" "Gülşən Məmmədova-Əlizadə Şahbazova"
        expect "$d" "Leyla Hüseynova"
        apart "$d"
        inside "$d"
    done
    ;;
settings-language)
    run settings-language.script --size 1024x640
    expect_screen 50-settings-az Settings
    expect 50-settings-az "Parametrlər"
    expect 50-settings-az "Русский"
    expect_screen 51-map-az ModuleMap
    expect 51-map-az "Salam, Ada."
    saved '<settings [^>]*language="az"'
    LANGUAGE=ru run settings-language-again.script --size 1024x640
    expect 52-map-again "Salam, Ada."
    ;;
walk-i18n)
    # The walk in Azerbaijani, Russian and the pseudo-language (accented letters, words 40 %
    # longer) at the smallest window: every screen is reached, no label is cut short with "…",
    # and no text leaves the window.
    for lang in az ru qps; do
        mkdir -p "$shots/$lang/data"
        bash "$here/translate-script.sh" "$localedir" "$lang" \
            <"$here/scripts/walk-i18n.script" >"$shots/$lang/walk.script"
        echo "== walk-i18n.script in $lang"
        if ! LANGUAGE=$lang "$yaddas" --data-dir "$shots/$lang/data" --size 1024x640 \
            --script "$shots/$lang/walk.script" --screenshot-dir "$shots/$lang"; then
            fail "$lang: yaddas exited with an error"
        fi
        for pair in 01-welcome:Welcome 02-module-map:ModuleMap 03-reader:Reader \
            04-sources:Sources 05-reader-end:Reader 06-quiz-question:Quiz 08-quiz-wrong:Quiz \
            09-results:Results 10-progress:Progress 11-memory:Memory 12-settings:Settings; do
            expect_screen "$lang/${pair%%:*}" "${pair#*:}"
        done
        for dump in "$shots/$lang"/*.txt; do
            name=$lang/$(basename "$dump" .txt)
            while IFS= read -r cut; do
                fail "$name: cut short: ${cut#cut }"
            done < <(grep '^cut ' "$dump" || true)
            while IFS= read -r text; do
                fail "$name: outside the window: $text"
            done < <(awk 'NR == 2 { w = $2; h = $3 }
                $1 == "text" && ($2 < -1 || $3 < -1 || $2 + $4 > w + 1 || $3 + $5 > h + 1) {
                    print }' "$dump")
            while IFS= read -r pair; do
                fail "$name: texts overlap: $pair"
            done < <(awk '$1 == "text" {
                    n++; x[n] = $2 + 1; y[n] = $3 + 1; r[n] = $2 + $4 - 1; b[n] = $3 + $5 - 1
                    t[n] = $0; sub(/^text [^ ]+ [^ ]+ [^ ]+ [^ ]+ /, "", t[n]) }
                END { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++)
                    if (x[i] < r[j] && x[j] < r[i] && y[i] < b[j] && y[j] < b[i])
                        print "\"" t[i] "\" and \"" t[j] "\"" }' "$dump")
        done
    done
    # The language reached the screens: words of each catalog, not English.
    expect az/02-module-map "Salam, Ada."
    expect ru/02-module-map "Здравствуйте, Ada."
    expect qps/12-settings "Šéttíñgš"
    ;;
*)
    echo "unknown case $case_name" >&2
    exit 2
    ;;
esac

shopt -s nullglob
pngs=("$shots"/*.png "$shots"/*/*.png)
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
