#!/usr/bin/env bash
# Prints the program a window test should run as the app. In a sanitizer build (YADDAS_PRELOAD
# set by tests/window.cmake) that is a wrapper, written into DIR, which preloads the OpenGL
# driver into the app only (not into Xvfb or the shell tools); otherwise the app itself.
# Usage: yaddas=$(bash preload-wrapper.sh YADDAS DIR)
set -euo pipefail
yaddas=$1
dir=$2
if [[ -z "${YADDAS_PRELOAD:-}" ]]; then
    printf '%s\n' "$yaddas"
    exit 0
fi
printf '#!/usr/bin/env bash\nLD_PRELOAD=%q exec %q "$@"\n' "$YADDAS_PRELOAD" "$yaddas" >"$dir/yaddas"
chmod +x "$dir/yaddas"
printf '%s\n' "$dir/yaddas"
