#!/usr/bin/env bash
# test-owner-cases.sh: runs tests/data/owner-cases.txt against the command line
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-owner-cases.sh SOS-DOCTOR-BINARY
set -u

binary=$1
cases="$(dirname "$0")/data/owner-cases.txt"
failed=0
count=0

while IFS=$'\t' read -r id top next args; do
  [[ -z "$id" || "$id" == \#* ]] && continue
  count=$((count + 1))
  # shellcheck disable=SC2086
  output=$(LC_ALL=C.UTF-8 LANGUAGE=en "$binary" --diagnose $args 2>&1)
  got_top=$(awk '/^Likely causes:/ { getline; print $3; exit }' <<<"$output")
  got_next=$(awk -F'\t' '/^Recommended next step:/ { getline; sub(/^  /, ""); print $1 " " $2; exit }' <<<"$output")
  if [[ "$got_top" != "$top" ]]; then
    echo "FAIL: $id: top cause is $got_top, expected $top"
    failed=1
  fi
  if [[ "$got_next " != "$next "* ]]; then
    echo "FAIL: $id: next step is “$got_next”, expected “$next”"
    failed=1
  fi
done <"$cases"

if [[ $count -lt 17 ]]; then
  echo "FAIL: only $count owner cases were read"
  failed=1
fi
echo "$count owner cases"
exit $failed
