#!/bin/bash
# test-merged-translations.sh: the desktop file and the AppStream metainfo carry
# the translations of every language of po/LINGUAS (i18n.merge_file).
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

desktop=$1
metainfo=$2
src=${SOS_DOCTOR_SOURCE_DIR:?}
failures=0

for lang in $(grep -v '^#' "$src/po/LINGUAS"); do
  for key in GenericName Comment Keywords; do
    if ! grep -q "^$key\[$lang\]=" "$desktop"; then
      echo "FAIL: the desktop file has no $key[$lang]"
      failures=$((failures + 1))
    fi
  done
  for element in summary p; do
    if ! grep -q "<$element xml:lang=\"$lang\">" "$metainfo"; then
      echo "FAIL: the metainfo has no <$element xml:lang=\"$lang\">"
      failures=$((failures + 1))
    fi
  done
  echo "ok: $lang"
done

exit $((failures > 0))
