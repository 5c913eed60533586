#!/usr/bin/env bash
# Writes a script of input events with the words of its click-text lines in another language,
# looked up in the catalogs the app reads, so one script walks the app in every language.
# The pseudo-language's padding ("ẋẋẋ") is left out: a label may wrap or give way there.
# Usage: translate-script.sh LOCALEDIR LANGUAGE <SCRIPT >TRANSLATED
set -euo pipefail
localedir=$1
language=$2
while IFS= read -r line; do
    if [[ $line =~ ^click-text\ \"(.*)\"$ ]]; then
        words=$(TEXTDOMAINDIR=$localedir LANGUAGE=$language LC_ALL=C.UTF-8 \
            gettext -d yaddas -- "${BASH_REMATCH[1]}")
        printf 'click-text "%s"\n' "${words%% ẋ*}"
    else
        printf '%s\n' "$line"
    fi
done
