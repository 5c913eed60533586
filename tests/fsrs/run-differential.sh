#!/usr/bin/env bash
# Runs the FSRS differential test: installs the pinned ts-fsrs into WORK_DIR (once), then lets
# differential.mjs compare it with our trace program. Exits 77 (skipped) without node or npm.
# Usage: run-differential.sh TRACE_PROGRAM SOURCE_DIR WORK_DIR
set -euo pipefail
trace=$1 source=$2 work=$3
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "SKIPPED: the FSRS differential test needs node and npm, which are not installed." >&2
    exit 77
fi
mkdir -p "$work"
cp "$source/package.json" "$source/package-lock.json" "$source/differential.mjs" "$work/"
if [[ ! -d "$work/node_modules/ts-fsrs" ]]; then
    if ! (cd "$work" && npm ci --no-audit --no-fund --loglevel=error); then
        echo "SKIPPED: could not install ts-fsrs from the npm registry (offline?)." >&2
        exit 77
    fi
fi
cd "$work"
exec node differential.mjs "$trace" 500 20
