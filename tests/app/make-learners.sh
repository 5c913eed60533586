#!/usr/bin/env bash
# Writes COUNT learners' progress files (schema 2, no answers yet) into DATA/learners/, as a
# school lab's computer has them: Azerbaijani names, one of them long, each last used a minute
# before the next (the file's modification time is when a learner last used the app), so that
# the first name written is the least recent and "Leyla Hüseynova" (written last) the most recent.
# Usage: make-learners.sh DATA COUNT
set -euo pipefail
data=$1
count=$2
mkdir -p "$data/learners"
first=(Aysel Gülşən Elvin Nigar Tural Ləman Rəşad Günay Orxan Səbinə Kamran Aynur Fərid Şəbnəm
       İlham Zaur Nərmin Cavid Ülviyyə Rüstəm)
last=(Məmmədov Əliyev Hüseynov Quliyev Həsənov Abbasov Çobanlı Ağayev İsmayılov Şərifov)
# A surname for a woman: -ova, -eva (Əliyeva); Çobanlı has one form.
female=" Aysel Gülşən Nigar Ləman Günay Səbinə Aynur Şəbnəm Nərmin Ülviyyə Leyla "
names=()
for ((i = 0; i < count - 2; i++)); do
    f=${first[i % ${#first[@]}]}
    l=${last[(i / ${#first[@]}) % ${#last[@]}]}
    [[ $female == *" $f "* && $l == *v ]] && l="${l}a"
    n=$((i / (${#first[@]} * ${#last[@]})))
    names+=("$f $l${n/#0/}")
done
names+=("Gülşən Məmmədova-Əlizadə Şahbazova") # long: cut where a column is narrow
names+=("Leyla Hüseynova")
now=$(date +%s)
for ((i = 0; i < ${#names[@]}; i++)); do
    name=${names[i]}
    id=$(printf 'learner-%03d' "$i")
    file="$data/learners/$id.xml"
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<learner schema="2" id="%s" name="%s" created="%s">\n</learner>\n' \
        "$id" "$name" $((now - 90 * 86400)) >"$file"
    touch -d "@$((now - 86400 - (${#names[@]} - i) * 60))" "$file"
done
