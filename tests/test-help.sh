#!/bin/bash
# test-help.sh: the user guide is valid Mallard, every page is reachable from the
# index and listed in help/meson.build, and the translated pages build and are valid.
# SPDX-License-Identifier: GPL-3.0-or-later
#
# test-help.sh SOURCE_HELP_DIR BUILD_HELP_DIR
set -eu

src=$1
build=$2
status=0

if ! command -v yelp-check >/dev/null 2>&1; then
  echo "yelp-check is missing: install yelp-tools (build-aux/sos-doctor-deps.sh)" >&2
  exit 1
fi

cd "$src/C"
pages=(*.page)
[ ${#pages[@]} -ge 8 ] || { echo "only ${#pages[@]} pages in help/C" >&2; exit 1; }

# Valid Mallard, checked against its schema.
if ! yelp-check validate "${pages[@]}"; then
  status=1
fi

# Every page is linked from the index, and every link leads somewhere.
orphans=$(yelp-check orphans "${pages[@]}")
if [ -n "$orphans" ]; then
  echo "pages no other page links to: $orphans" >&2
  status=1
fi
links=$(yelp-check links "${pages[@]}")
if [ -n "$links" ]; then
  echo "broken links: $links" >&2
  status=1
fi

# Every page is built and installed.
for page in "${pages[@]}"; do
  if ! grep -q "'$page'" "$src/meson.build"; then
    echo "$page is not listed in help/meson.build" >&2
    status=1
  fi
done

# Each language of help/LINGUAS has its catalog and its pages, built by itstool.
while read -r lang; do
  case $lang in ''|'#'*) continue ;; esac
  if [ ! -f "$src/$lang/$lang.po" ]; then
    echo "help/$lang/$lang.po is missing" >&2
    status=1
    continue
  fi
  for page in "${pages[@]}"; do
    if [ ! -f "$build/$lang/$page" ]; then
      echo "$lang/$page was not built" >&2
      status=1
    elif ! (cd "$build/$lang" && yelp-check validate "$page"); then
      status=1
    fi
  done
done < "$src/LINGUAS"

exit $status
