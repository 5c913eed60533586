#!/bin/sh
# Extracts the interface's messages into assets/locale/yaddas.pot and merges them into each
# language's catalog. Usage (from the source folder): sh assets/locale/extract.sh [XGETTEXT [MSGMERGE]]
# Messages are the string literals given to core::I18n::tr, I18n::trn and Plural::count.
set -eu
xgettext=${1:-xgettext}
msgmerge=${2:-msgmerge}
cd "$(dirname "$0")/../.."
find game -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort >assets/locale/files.txt
"$xgettext" --from-code=UTF-8 --language=C++ --keyword= --keyword=tr --keyword=trn:1,2 \
    --keyword=count:2,3 --flag=tr:1:no-c-format --flag=trn:1:no-c-format \
    --flag=trn:2:no-c-format --flag=count:2:no-c-format --flag=count:3:no-c-format \
    --add-comments=TRANSLATORS: --add-location=file --sort-by-file --package-name=yaddas \
    --msgid-bugs-address=https://example.org/yaddas/issues --copyright-holder="Yaddaş contributors" \
    --files-from=assets/locale/files.txt -o assets/locale/yaddas.pot
rm -f assets/locale/files.txt
sed -i -e "1s/.*/# Yaddaş: the messages of the interface and the command line./" -e "s/charset=CHARSET/charset=UTF-8/" \
    -e "s/nplurals=INTEGER; plural=EXPRESSION;/nplurals=2; plural=(n != 1);/" assets/locale/yaddas.pot
for po in assets/locale/*.po; do
    [ -e "$po" ] || continue
    "$msgmerge" --quiet --update --backup=none --no-fuzzy-matching "$po" assets/locale/yaddas.pot
done
