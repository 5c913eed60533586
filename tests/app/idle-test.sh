#!/usr/bin/env bash
# Idle means asleep: with the first screen open and nobody at the keyboard, the app must not
# wake up to look for events (SFML 2.5's own waitEvent looks 100 times a second). Counts the
# voluntary context switches of all its threads (each a sleep ended) over a few idle seconds,
# then checks that it still wakes at once: for the window manager closing the window (real input
# on SFML's X connection, which scripted runs never wait on) and for a quit signal.
# Usage: idle-test.sh YADDAS X_CLOSE OUTDIR
set -euo pipefail
yaddas=$1
x_close=$2
out=$3
here=$(cd "$(dirname "$0")" && pwd)

source "$here/under-xvfb.sh"
under_xvfb always 1366x768 "$0" "$@"

shots="$out/idle"
rm -rf "$shots"
mkdir -p "$shots/data"
yaddas=$(bash "$here/preload-wrapper.sh" "$yaddas" "$shots") # sanitizer builds
export XDG_DATA_HOME="$shots/xdg"
seconds=5
max_per_second=10
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# switches PID: voluntary context switches, summed over the process's threads.
switches() {
    { cat /proc/"$1"/task/*/status 2>/dev/null || true; } | # threads may come and go
        awk '$1 == "voluntary_ctxt_switches:" { n += $2 } END { print n + 0 }'
}

# start NAME: starts the app on its first screen and waits until its window is up and drawn.
start() {
    "$yaddas" --data-dir "$shots/data" --size 1366x768 --verbose >"$shots/$1.log" 2>&1 &
    pid=$!
    for _ in $(seq 300); do
        xwininfo -root -tree 2>/dev/null | grep -q 'Yadda' && break
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    sleep 2
    kill -0 "$pid" 2>/dev/null || fail "$1: yaddas ended early: $(tail -n 20 "$shots/$1.log")"
}

# ended NAME HOW: the app ended with exit code 0 within 2 s of being asked at $asked. After
# 20 s it is killed, so a deaf app fails the test instead of hanging it.
ended() {
    local code=0 took
    for _ in $(seq 200); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" || code=$?
    took=$((($(date +%s%N) - asked) / 1000000))
    echo "$2 while idle: exit code $code after $took ms"
    [[ $code -eq 0 ]] || fail "$1: exit code $code after $2, not 0"
    ((took < 2000)) || fail "$1: $2 took $took ms to end the app"
}

start idle
if kill -0 "$pid" 2>/dev/null; then
    before=$(switches "$pid")
    sleep "$seconds"
    after=$(switches "$pid")
    woken=$((after - before))
    echo "idle for $seconds s on the welcome screen: $woken wake-ups" \
        "($((woken / seconds)) a second; at most $max_per_second allowed)"
    ((woken <= seconds * max_per_second)) || fail "$woken wake-ups in $seconds idle seconds"
    grep -F 'X connection' "$shots/idle.log" || true # which way it waited
    asked=$(date +%s%N)
    "$x_close" || fail "could not ask the window to close"
    ended idle "closing the window"
fi

start signal
if kill -0 "$pid" 2>/dev/null; then
    asked=$(date +%s%N)
    kill -TERM "$pid"
    ended signal SIGTERM
    grep -q 'signal 15: closing the window' "$shots/signal.log" ||
        fail "the log does not say the signal closed the window"
fi
if [[ $failures -ne 0 ]]; then
    echo "idle: $failures check(s) failed; the logs are in $shots" >&2
    exit 1
fi
echo "idle: all checks passed"
