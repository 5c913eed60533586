#!/usr/bin/env bash
# Runs a program that needs a display (SFML fonts need an OpenGL context): under Xvfb when there
# is no display, directly when there is one.
set -euo pipefail
# Usage: with-display.sh [--preload DRIVER SUPPRESSIONS] PROGRAM ARGS...
if [[ "${1:-}" == --preload ]]; then
    # Sanitizer builds (tests/window.cmake): the OpenGL driver preloaded into PROGRAM only.
    export LSAN_OPTIONS="suppressions=$3${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
    export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"
    driver=$2
    shift 3
    set -- env LD_PRELOAD="$driver" "$@"
fi
if [[ -n "${DISPLAY:-}" ]] || ! command -v xvfb-run >/dev/null; then
    exec "$@"
fi
exec xvfb-run -a -n $((100 + RANDOM % 800)) -s "-screen 0 1280x800x24 -nolisten tcp" "$@"
