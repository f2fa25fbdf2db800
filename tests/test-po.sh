#!/bin/bash
# test-po.sh: the translations are well-formed, complete, and cover every string
# the sources have today, including the texts inside the data files.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
src=${SOS_DOCTOR_SOURCE_DIR:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0

# Extract the catalog as the pot target does (same keywords, same ITS rules).
cd "$src"
GETTEXTDATADIRS="$src/data" xgettext --package-name=sos-doctor --from-code=UTF-8 \
  --add-comments=Translators --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format \
  --files-from=po/POTFILES.in -o "$tmp/sos-doctor.pot" 2>"$tmp/xgettext.err"
if [ ! -s "$tmp/sos-doctor.pot" ]; then
  echo "FAIL: xgettext produced no catalog:"; cat "$tmp/xgettext.err"; exit 1
fi

# The data texts are extracted with their id-based context.
for file in data/procedures/*.xml; do
  id=$(basename "$file" .xml)
  if ! grep -qx "msgctxt \"$id:$id:title\"" "$tmp/sos-doctor.pot"; then
    echo "FAIL: the title of $file was not extracted with msgctxt \"$id:$id:title\""
    failures=$((failures + 1))
  fi
done

while read -r lang; do
  case "$lang" in ''|'#'*) continue ;; esac
  po="po/$lang.po"
  if ! msgfmt --check --check-format -o /dev/null "$po" 2>"$tmp/msgfmt.err"; then
    echo "FAIL: $po:"; cat "$tmp/msgfmt.err"; failures=$((failures + 1)); continue
  fi
  msgmerge --quiet --no-fuzzy-matching "$po" "$tmp/sos-doctor.pot" -o "$tmp/$lang.po"
  untranslated=$(msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep -c '^msgid ' || true)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete "$po" | grep -c '^msgid ' || true)
  # msgattrib prints the header entry too when there is anything else.
  [ "$untranslated" -gt 0 ] && untranslated=$((untranslated - 1))
  [ "$fuzzy" -gt 0 ] && fuzzy=$((fuzzy - 1))
  if [ "$untranslated" -ne 0 ] || [ "$fuzzy" -ne 0 ]; then
    echo "FAIL: $po: $untranslated untranslated and $fuzzy fuzzy messages against today's sources"
    msgattrib --untranslated --no-obsolete "$tmp/$lang.po" | grep -A1 '^msgctxt\|^msgid' | head -20
    failures=$((failures + 1))
  else
    echo "ok: $po is complete ($(grep -c '^msgid ' "$tmp/sos-doctor.pot") messages)"
  fi
done <po/LINGUAS

exit $((failures > 0))
