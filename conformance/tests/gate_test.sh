#!/usr/bin/env bash
# The conformance binary as a CI gate fails closed: no selected case, a missing expectations file, a stale
# entry, an unexpected pass and a divergence with another signature than the pinned one all exit non-zero
# with a one-line reason; a clean run prints the summary and writes the reports (and the GitHub job summary).
# Usage: gate_test.sh CONFORMANCE_BINARY REPOSITORY
set -uo pipefail
binary="$1"
repo="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
# expect_run NAME WANTED_STATUS(zero|nonzero) PATTERN ARGS...: runs the binary (on NumPy 1.24, whose corpus
# still has a known divergence), checks status and output.
expect_run() {
  local name="$1" wanted="$2" pattern="$3"; shift 3
  "$binary" --numpy 1.24 "$@" >"$work/out" 2>&1
  local status=$?
  if { [ "$wanted" = zero ] && ((status != 0)); } || { [ "$wanted" = nonzero ] && ((status == 0)); }; then
    echo "FAIL $name: exit status $status, wanted $wanted"; tail -5 "$work/out"; failures=$((failures + 1)); return
  fi
  if ! grep -qE -- "$pattern" "$work/out"; then
    echo "FAIL $name: output lacks /$pattern/"; tail -5 "$work/out"; failures=$((failures + 1)); return
  fi
  echo "ok   $name"
}

mkdir -p "$work/empty" "$work/cases/fam"
printf 'import numpy as np\na = np.arange(6)\nb = a.reshape(2, 3)\n' >"$work/cases/fam/plain.py"
# A case that diverges on the engine: a known divergence of the corpus that holds on every machine (the engine has
# no object arrays).
known="$repo/corpus/cases/creation/python_int_beyond_64_bits_makes_an_object_array_known.py"
cp "$known" "$work/cases/fam/known.py"
expectations() { printf '%s\n' "$@" >"$work/expected.txt"; }

expectations "cases/fam/known.py: DIVERGENCE: error after array: known"
expect_run "clean run: summary" zero '^2 passed, 0 failed$' --cases "$work/cases" --expected-divergences "$work/expected.txt" \
  --report "$work/report.md"
grep -q '^| fam | 2 | 1 | 1 |' "$work/report.md" && echo "ok   markdown report" || { echo "FAIL markdown report"; failures=$((failures + 1)); }
GITHUB_STEP_SUMMARY="$work/summary.md" expect_run "html report" zero 'expected: 1' --cases "$work/cases" \
  --expected-divergences "$work/expected.txt" --report "$work/report.html"
grep -q '<table>' "$work/report.html" && grep -q 'known.py' "$work/summary.md" && echo "ok   html report and job summary" \
  || { echo "FAIL html report or job summary"; failures=$((failures + 1)); }

expect_run "unknown flag" nonzero "unknown argument .--no-such-flag." --no-such-flag
expect_run "empty folder" nonzero 'no case selected' --cases "$work/empty"
expect_run "filter matching nothing" nonzero 'no case selected' --cases "$work/cases" --expected-divergences "$work/expected.txt" \
  --gtest_filter=nothing.at_all
expect_run "missing expectations file" nonzero 'no such expectations file' --cases "$work/cases" --expected-divergences "$work/nope.txt"
expectations "cases/fam/gone.py: reason"
expect_run "entry naming no file" nonzero 'expected.txt:1: no case file cases/fam/gone.py' --cases "$work/cases" \
  --expected-divergences "$work/expected.txt"
expectations "cases/fam/known.py: DIVERGENCE: strides after array: pinned wrongly"
expect_run "another signature" nonzero 'pins `DIVERGENCE: strides after array`' --cases "$work/cases" \
  --expected-divergences "$work/expected.txt"
expectations "cases/fam/plain.py: does not diverge" "cases/fam/known.py: known"
expect_run "unexpected pass" nonzero 'unexpected pass: remove its line' --cases "$work/cases" --expected-divergences "$work/expected.txt"
expect_run "unexpected pass: summary" nonzero 'unexpected pass: 1' --cases "$work/cases" --expected-divergences "$work/expected.txt"
expectations "# nothing known"
expect_run "divergence not listed" nonzero 'diverged: 1' --cases "$work/cases" --expected-divergences "$work/expected.txt"
printf 'import numpy as np\na = np.arange(3)\nb = sorted(a)\n' >"$work/cases/fam/outside.py"
expect_run "junit: typed failures" nonzero 'diverged: 1, unsupported: 1' --cases "$work/cases" \
  --expected-divergences "$work/expected.txt" --junit "$work/junit.xml"
if grep -q '<failure type="diverged" message="DIVERGENCE: error after array"' "$work/junit.xml" &&
   grep -q 'name="outside" file="[^"]*outside.py" line="3">' "$work/junit.xml" &&
   grep -q '<failure type="unsupported" message="[^"]*outside.py:3:5: unsupported construct' "$work/junit.xml"; then
  echo "ok   junit failure types and lines"
else
  echo "FAIL junit failure types and lines"; cat "$work/junit.xml"; failures=$((failures + 1))
fi
rm "$work/cases/fam/outside.py"
expectations "$work/cases/fam/plain.py: a case outside the corpus"
expect_run "whole corpus, stale entry" nonzero 'expected.txt:1: .*plain.py is not a case of the corpus' \
  --expected-divergences "$work/expected.txt"
((failures == 0)) || { echo "$failures gate checks failed"; exit 1; }
echo "all gate checks passed"
