#!/usr/bin/env bash
# Fails when a visible string has no translation in some translations/*.ts:
# runs lupdate over the sources into copies of the .ts files and looks for
# entries lupdate marks unfinished (new or changed strings).
set -euo pipefail
lupdate=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for ts in "$src"/translations/*.ts; do
    cp "$ts" "$tmp/"
    "$lupdate" -silent -locations none -extensions cpp,h "$src/core" "$src/ui" "$src/app" -ts "$tmp/$(basename "$ts")"
    if grep -q 'type="unfinished"' "$tmp/$(basename "$ts")"; then
        echo "$(basename "$ts"): untranslated strings:"
        grep -B1 'type="unfinished"' "$tmp/$(basename "$ts")" | grep '<source>' | sed 's/^ */  /'
        status=1
    fi
done
[ $status -eq 0 ] && echo "translations complete"
exit $status
