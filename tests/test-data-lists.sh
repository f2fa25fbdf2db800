#!/bin/bash
# test-data-lists.sh: every data file is compiled in and offered for translation.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
cd "${SOS_DOCTOR_SOURCE_DIR:?}"
failures=0

for file in data/procedures/*.xml data/knowledge/*.xml; do
  relative=${file#data/}
  if ! grep -q "'$relative'" data/meson.build; then
    echo "FAIL: $relative is not listed in data/meson.build, so it is not compiled in"
    failures=$((failures + 1))
  fi
  if ! grep -qx "$file" po/POTFILES.in; then
    echo "FAIL: $file is not listed in po/POTFILES.in, so its texts are not translated"
    failures=$((failures + 1))
  fi
done

# Every source file that marks a string for translation is in POTFILES.in.
for file in $(grep -lE '\b(_|N_|C_|ngettext) ?\("' app/*/*.c) $(grep -l 'translatable="yes"' ui/*.ui); do
  if ! grep -qx "$file" po/POTFILES.in; then
    echo "FAIL: $file has translatable strings but is not in po/POTFILES.in"
    failures=$((failures + 1))
  fi
done

# And nothing listed there is missing.
while read -r file; do
  case "$file" in ''|'#'*) continue ;; esac
  if [ ! -f "$file" ]; then
    echo "FAIL: po/POTFILES.in lists $file, which does not exist"
    failures=$((failures + 1))
  fi
done <po/POTFILES.in

[ "$failures" -eq 0 ] && echo "all data files are compiled in and listed for translation"
exit $((failures > 0))
