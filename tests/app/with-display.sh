#!/usr/bin/env bash
# Runs a program that needs a display (SFML fonts need an OpenGL context): under Xvfb when there
# is no display, directly when there is one.
set -euo pipefail
if [[ -n "${DISPLAY:-}" ]] || ! command -v xvfb-run >/dev/null; then
    exec "$@"
fi
exec xvfb-run -a -n $((100 + RANDOM % 800)) -s "-screen 0 1280x800x24 -nolisten tcp" "$@"
