#!/bin/bash
# test-workshop-translation.sh: a workshop translates its own procedure file,
# step by step as the README tells it to, and the app shows the translation.
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

binary=$1
src=${SOS_DOCTOR_SOURCE_DIR:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unset DISPLAY WAYLAND_DISPLAY
export LC_ALL=C.UTF-8

fail() {
  echo "FAIL: $*"
  exit 1
}

# The workshop's data directory: its procedures, and its own translations.
mkdir -p "$tmp/acme/procedures"
cp "$src/tests/data/workshop/procedures/acme-fuse-photo.xml" "$tmp/acme/procedures/"

# 1. Extract the texts with the app's ITS rules.
GETTEXTDATADIRS="$src/data" xgettext --from-code=UTF-8 -o "$tmp/acme-garage.pot" \
  "$tmp/acme/procedures/acme-fuse-photo.xml"
grep -q '^msgctxt "acme-fuse-photo:photo:text"$' "$tmp/acme-garage.pot" \
  || fail "xgettext did not extract the step texts with their contexts"
echo "ok: the texts are extracted"

# 2. The translation covers every text of the template.
msgcmp "$src/tests/data/workshop/po/fr.po" "$tmp/acme-garage.pot" \
  || fail "the French translation does not match the extracted texts"
echo "ok: the translation matches the template"

# 3. Compile it into the locale folder beside the procedures.
mkdir -p "$tmp/acme/locale/fr/LC_MESSAGES"
msgfmt -c -o "$tmp/acme/locale/fr/LC_MESSAGES/acme-garage.mo" "$src/tests/data/workshop/po/fr.po"

# 4. The file is valid, and the app shows it in French, and in English where
#    the workshop has no translation.
"$binary" --validate "$tmp/acme/procedures/acme-fuse-photo.xml" >/dev/null \
  || fail "the workshop's file does not validate"
LANGUAGE=fr "$binary" --data-dir "$tmp/acme" --list-procedures >"$tmp/fr.txt"
grep -q $'^acme-fuse-photo\tEnvoyez-nous une photo de la boîte à fusibles\t' "$tmp/fr.txt" \
  || fail "the title is not in French: $(grep acme "$tmp/fr.txt")"
grep -q $'^idrive-reboot\tRedémarrer' "$tmp/fr.txt" \
  || fail "the app's own texts are no longer in French: $(grep idrive-reboot "$tmp/fr.txt")"
echo "ok: shown in French"
LANGUAGE=it "$binary" --data-dir "$tmp/acme" --list-procedures >"$tmp/it.txt"
grep -q $'^acme-fuse-photo\tSend us a photo of the fuse box\t' "$tmp/it.txt" \
  || fail "without an Italian catalog, the title is not the English one"
echo "ok: English where the workshop has no translation"

# 5. A data directory cannot take over the app's own catalog.
sed 's/translation-domain="acme-garage"/translation-domain="sos-doctor"/' \
  "$src/tests/data/workshop/procedures/acme-fuse-photo.xml" >"$tmp/acme/procedures/acme-fuse-photo.xml"
cp "$tmp/acme/locale/fr/LC_MESSAGES/acme-garage.mo" "$tmp/acme/locale/fr/LC_MESSAGES/sos-doctor.mo"
LANGUAGE=fr "$binary" --data-dir "$tmp/acme" --list-procedures >"$tmp/fr2.txt"
grep -q $'^idrive-reboot\tRedémarrer' "$tmp/fr2.txt" \
  || fail "a data directory replaced the app's own French catalog"
echo "ok: the app's own catalog stays its own"
echo "all workshop translation checks passed"
