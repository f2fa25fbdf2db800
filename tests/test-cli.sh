#!/bin/bash
# test-cli.sh: the headless verbs of sos-doctor, run as a user or a script would.
# SPDX-License-Identifier: GPL-3.0-or-later
set -u

binary=$1
src=${SOS_DOCTOR_SOURCE_DIR:?}
failures=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# None of these may need a display.
unset DISPLAY WAYLAND_DISPLAY

check() {
  local what=$1 expected_status=$2
  shift 2
  "$@" >"$tmp/out" 2>"$tmp/err"
  local status=$?
  if [ "$status" -ne "$expected_status" ]; then
    echo "FAIL: $what: exit status $status, expected $expected_status"
    sed 's/^/  stdout: /' "$tmp/out" | head -5
    sed 's/^/  stderr: /' "$tmp/err" | head -5
    failures=$((failures + 1))
    return 1
  fi
  echo "ok: $what"
}

expect_in() {
  local what=$1 file=$2 pattern=$3
  if ! grep -qE -- "$pattern" "$file"; then
    echo "FAIL: $what: no line matches /$pattern/ in:"
    head -5 "$file" | sed 's/^/  /'
    failures=$((failures + 1))
  fi
}

check "--version" 0 "$binary" --version
expect_in "--version prints the version" "$tmp/out" '^SOS Doctor [0-9]+\.[0-9]+\.[0-9]+$'

check "--help" 0 "$binary" --help
for option in --list-procedures --list-components --list-symptoms --validate --diagnose --absent \
              --tried --skill --json --data-dir --version --report --output --ring-plan; do
  expect_in "--help lists $option" "$tmp/out" "$option"
done

n_files=$(ls "$src"/data/procedures/*.xml | wc -l)
check "--list-procedures" 0 "$binary" --list-procedures
if [ "$(wc -l <"$tmp/out")" -ne "$n_files" ]; then
  echo "FAIL: --list-procedures printed $(wc -l <"$tmp/out") lines for $n_files files"
  failures=$((failures + 1))
fi
expect_in "procedure records have six fields" "$tmp/out" $'^idrive-reboot\t[^\t]+\t[0-9]+\t(easy|moderate|hard|workshop)\t[0-9]+\t[^\t]+$'
if [ -s "$tmp/err" ]; then
  echo "FAIL: --list-procedures wrote to stderr:"; cat "$tmp/err"; failures=$((failures + 1))
fi

check "--list-components" 0 "$binary" --list-components
expect_in "component records" "$tmp/out" $'^head-unit\t[^\t]+\t[0-9-]+\t[^\t]+$'

check "--list-symptoms" 0 "$binary" --list-symptoms
expect_in "symptom records" "$tmp/out" $'^[a-z0-9-]+\t[a-z0-9-]+\t[^\t]+\\?$'

check "--list-cars" 0 "$binary" --list-cars
expect_in "car records, id first" "$tmp/out" $'^e90\te9x\tE90 Saloon\t2005-2011\tyes$'
check "--list-codes" 0 "$binary" --list-codes
expect_in "code records, code first" "$tmp/out" $'^B7F341\ttelematics\temergency-battery-worn\t'
check "--diagnose with a car and codes as JSON" 0 "$binary" --diagnose "" --car e90 --codes B7F341,C0FFEE --json
expect_in "the car in JSON" "$tmp/out" '"model" : "e90"'
expect_in "a known code in JSON" "$tmp/out" '"code" : "B7F341"'
expect_in "a code as a reason" "$tmp/out" '"text" : "Fault code B7F341 '
expect_in "an unknown code kept" "$tmp/out" '"code" : "C0FFEE"'
check "--car without --diagnose" 2 "$binary" --car e90
check "--ring-plan for a US E92 with a tuner" 0 "$binary" --ring-plan --car e92 --market na --options sdars,amplifier
expect_in "--ring-plan names the ring" "$tmp/out" $'^ring\thead-unit,amplifier,tcu,sdars$'
expect_in "--ring-plan plans a check" "$tmp/out" $'^check\t[a-z-]+\t[a-z-]+\t[0-9.]+\t.*red light'
check "--ring-plan with the answers so far" 0 "$binary" --ring-plan --car e92 --market na --options sdars,amplifier --ring-answers tcu=light,sdars=light
expect_in "--ring-plan names the stretch back to the head unit" "$tmp/out" $'^break\tsdars\thead-unit\tsdars-bypass\t'
check "--ring-plan with a node position of 0" 0 "$binary" --ring-plan --node-position 0 --json
expect_in "--ring-plan --json locates it" "$tmp/out" '"state" : "located"'
check "--ring-plan with a member the ring has not" 2 "$binary" --ring-plan --ring-answers kombi=light
check "--ring-answers without --ring-plan" 2 "$binary" --ring-answers tcu=light

check "--validate on every shipped file" 0 "$binary" --validate "$src"/data/procedures/*.xml "$src"/data/knowledge/*.xml

check "--validate on a bad file" 1 "$binary" --validate "$src/tests/data/bad/semantic-goto-missing.xml"
expect_in "the problem names file and line" "$tmp/err" "^$src/tests/data/bad/semantic-goto-missing.xml:10: "

check "--validate with no file" 2 "$binary" --validate
check "a file without --validate" 2 "$binary" "$src/data/procedures/idrive-reboot.xml"
expect_in "the mistake is explained" "$tmp/err" "use --validate"

# --data-dir adds procedures and replaces one with the same id, saying so.
mkdir -p "$tmp/extra/procedures"
sed 's|<title>Restart the iDrive</title>|<title>Workshop version of the restart</title>|' \
  "$src/data/procedures/idrive-reboot.xml" >"$tmp/extra/procedures/idrive-reboot.xml"
check "--data-dir" 0 "$binary" --data-dir "$tmp/extra" --list-procedures
expect_in "--data-dir replaces the built-in procedure" "$tmp/out" $'^idrive-reboot\tWorkshop version of the restart\t'
if [ "$(wc -l <"$tmp/out")" -ne "$n_files" ]; then
  echo "FAIL: a replaced procedure was listed twice"; failures=$((failures + 1))
fi

# A broken file in a data directory is reported and does not stop the others.
printf '<procedure>\n<broken>\n' >"$tmp/extra/procedures/broken.xml"
check "--data-dir with a broken file" 0 "$binary" --data-dir "$tmp/extra" --list-procedures
expect_in "the broken file is named" "$tmp/err" "^skipped: $tmp/extra/procedures/broken.xml:[0-9]+: "

# --diagnose: ranked causes, their reasons and the next step, as text and JSON.
check "--diagnose" 0 "$binary" --diagnose speaker-crackling,radio-no-sound --absent recent-boot-work
expect_in "the top cause for the satellite symptoms" "$tmp/out" $'^ *[0-9.]+ %\tsdars-faulty\tsdars\t'
expect_in "a reason in words" "$tmp/out" 'You answered yes to “Do you hear crackling'
expect_in "the recommended next step" "$tmp/out" '^Recommended next step:'

check "--diagnose --tried" 0 "$binary" --diagnose speaker-crackling --tried idrive-reboot=unresolved \
  --tried sdars-bypass=resolved
expect_in "a resolved procedure closes the case" "$tmp/out" $'^  done$'

check "--diagnose --json" 0 "$binary" --diagnose amp-no-output,amp-burning-smell --json
if ! python3 - "$tmp/out" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
causes = data["causes"]
assert causes[0]["fault"] == "amplifier-defective", causes[0]
assert abs(sum(c["probability"] for c in causes) - 1) < 1e-6
assert causes[0]["reasons"] and causes[0]["reasons"][0]["ratio"] > 1
assert data["advice"]["kind"] in ("ask", "do", "workshop", "done")
assert data["procedures"] and data["questions"]
PY
then
  echo "FAIL: --json output is not the expected JSON"; failures=$((failures + 1))
fi

check "--diagnose with an unknown symptom" 2 "$binary" --diagnose no-such-symptom
expect_in "the unknown symptom is named" "$tmp/err" 'no-such-symptom'
check "--tried without an outcome" 2 "$binary" --diagnose speaker-crackling --tried idrive-reboot
check "--json without --diagnose" 2 "$binary" --json

# --report: a saved case as PDF, headless, from a state folder of its own.
state=$tmp/state
mkdir -p "$state/sos-doctor"
export XDG_STATE_HOME=$state
symptom=$("$binary" --list-symptoms | head -1 | cut -f1)
question=$("$binary" --list-symptoms | head -1 | cut -f3)
# The case of an earlier version, one case.ini, becomes the current case.
{
  printf '[case]\nversion=1\ncreated=2026-11-20T09:30:00Z\nskill=diy\n'
  printf 'notes=Light went red after a battery change\n'
  printf 'car-label=BMW E90\nmileage=148 200 km\ncodes=B7F3A1;\n'
  printf '[car]\nvin=WBAVA31070NL12345\n'
  printf '[answers]\n%s=yes\n' "$symptom"
} >"$state/sos-doctor/case.ini"
check "--report current" 0 "$binary" --report current --output "$tmp/current.pdf"
if ! command -v pdftotext >/dev/null; then
  echo "FAIL: pdftotext is missing (poppler-utils, build-aux/sos-doctor-deps.sh)"
  failures=$((failures + 1))
else
  pdftotext "$tmp/current.pdf" "$tmp/current.txt"
  tr -s ' \n' ' ' <"$tmp/current.txt" >"$tmp/current.flat"
  for field in "BMW E90" WBAVA31070NL12345 "148 200 km" B7F3A1 "Light went red after a battery change" \
               "${question:0:30}" "Most likely causes" "What the probabilities mean" "Page 1 of"; do
    expect_in "the report holds $field" "$tmp/current.flat" "$(printf '%s' "$field" | sed 's/[][\.*^$?]/\\&/g')"
  done
fi
id=$(cat "$state/sos-doctor/current-case")
check "--report ID" 0 "$binary" --report "$id" --output "$tmp/by-id.pdf"
check "--report of a case that does not exist" 1 "$binary" --report no-such-case --output "$tmp/x.pdf"
expect_in "--report names the missing case" "$tmp/err" 'no-such-case'
check "--report of an id outside the folder" 1 "$binary" --report ../case --output "$tmp/x.pdf"
check "--report to an unwritable file" 1 "$binary" --report current --output "$tmp/missing/dir/r.pdf"
expect_in "--report says which file it cannot write" "$tmp/err" 'r\.pdf'
check "--report without --output" 1 "$binary" --report current
expect_in "--report asks for --output" "$tmp/err" '--output'
check "--output without --report" 1 "$binary" --output "$tmp/x.pdf"
# A case without a car: its fields read "not given".
rm -rf "$state/sos-doctor"
check "--report of a new case" 0 "$binary" --report current --output "$tmp/new.pdf"
if command -v pdftotext >/dev/null; then
  pdftotext "$tmp/new.pdf" "$tmp/new.txt"
  expect_in "a field the case lacks reads not given" "$tmp/new.txt" 'not given'
fi
unset XDG_STATE_HOME

# `meson devenv` runs the uninstalled app with the translations and the settings
# schema of the build tree; without it, they are looked for where the app would
# be installed. The variables the tests set are removed to see the difference.
build=${SOS_DOCTOR_BUILD_DIR:?}
plain=(env -u SOS_DOCTOR_LOCALEDIR -u GSETTINGS_SCHEMA_DIR LANGUAGE=fr)
if ! command -v meson >/dev/null; then
  echo "FAIL: meson is not on the PATH for meson devenv"; failures=$((failures + 1))
else
  check "meson devenv: --version" 0 "${plain[@]}" meson devenv -C "$build" sos-doctor --version
  expect_in "meson devenv runs the built app" "$tmp/out" '^SOS Doctor [0-9]+\.[0-9]+\.[0-9]+$'
  check "meson devenv: --list-procedures in French" 0 \
    "${plain[@]}" meson devenv -C "$build" sos-doctor --list-procedures
  expect_in "meson devenv finds the built translations" "$tmp/out" $'^idrive-reboot\tRedémarrer'
  check "meson devenv: the settings schema" 0 \
    "${plain[@]}" meson devenv -C "$build" gsettings list-keys io.github.sosdoctor.SosDoctor
  expect_in "meson devenv finds the built settings schema" "$tmp/out" '^window-width$'
  # Unless the app is installed, the same without devenv is English.
  localedir=$(sed -n 's/^#define LOCALEDIR "\(.*\)"$/\1/p' "$build/config.h")
  if [ ! -e "$localedir/fr/LC_MESSAGES/sos-doctor.mo" ]; then
    check "--list-procedures in French, without devenv" 0 "${plain[@]}" "$binary" --list-procedures
    expect_in "without devenv, the built translations are not used" "$tmp/out" \
      $'^idrive-reboot\tRestart the iDrive\t'
  fi
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all command-line checks passed"
