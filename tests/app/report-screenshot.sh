#!/usr/bin/env bash
# Makes the documentation's class report sample (docs/report/): the sample class's report as
# HTML, CSV (both formats) and XLSX, and a screenshot of the HTML in headless Chromium.
# Not a test (Chromium is no CI dependency). Needs a build with tests:
#   bash tests/app/report-screenshot.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$here/build}
out=${2:-$here/docs/report}
sample=$build/tests/yaddas_report_sample
if [[ ! -x $sample ]]; then
    echo "no $sample: build with -DYADDAS_BUILD_TESTS=ON first" >&2
    exit 1
fi
if ! command -v chromium >/dev/null; then
    echo "chromium is not installed (apt-get install --no-install-recommends chromium)" >&2
    exit 1
fi
mkdir -p "$out"
out=$(cd "$out" && pwd) # Chromium needs an absolute file:// address
"$sample" "$out" comma
"$sample" "$out" semicolon
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profile" \
    --hide-scrollbars --window-size=1280,3700 --screenshot="$out/class-report.png" \
    "file://$out/class-report.html" 2>/dev/null
test -s "$out/class-report.png"
echo "wrote $out/class-report.png"
