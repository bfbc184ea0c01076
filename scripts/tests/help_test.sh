#!/usr/bin/env bash
# Checks every script in scripts/ (the executables with a #! line) answers -h and --help with its usage
# (`Usage: scripts/NAME ...` on stdout, exit 0) and a wrong option or argument with a usage line on stderr
# and exit 2, all before any side effect. Each runs from an empty folder, with an empty environment whose
# PATH holds only bash, sed and stubs of cmake, apt-get, git, mkdir and the like that record any call; the
# git tree, the repository's top level and build/ must stay as they were. Builds and installs nothing.
# Usage: scripts/tests/help_test.sh   (the ctest test scripts_help)
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
sandbox="$(mktemp -d "${TMPDIR:-/tmp}/strided-help-test.XXXXXX")"
trap 'rm -rf "$sandbox"' EXIT
mkdir "$sandbox/bin" "$sandbox/cwd" "$sandbox/home"
for tool in bash sed; do ln -s "$(command -v "$tool")" "$sandbox/bin/$tool"; done
for tool in cmake ctest ninja make apt-get apt sudo dpkg-query python python3 pip pip3 git clang clang++ gcc g++ \
            zip dirname mkdir mktemp rm cp mv ln touch tee ls cat grep awk find chmod id; do
  printf '#!/bin/sh\necho "%s $*" >>"%s/calls"\nexit 97\n' "$tool" "$sandbox" >"$sandbox/bin/$tool"
  chmod +x "$sandbox/bin/$tool"
done

# What a side effect would change: the paths git reports as changed or untracked (names only, so that
# staging by someone working in the tree meanwhile does not count; git's index lock is not taken), the
# top level of the repository (build/, .venv/, findings/ are ignored by git), build/, and the sandbox.
state() {
  if git -C "$repo" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    { git --no-optional-locks -C "$repo" status --porcelain --untracked-files=all || echo "(git status failed)"; } |
      cut -c4- | sort
  fi
  echo "-- top level"; ls -A "$repo"
  if [ -d "$repo/build" ]; then echo "-- build/"; ls -A "$repo/build"; fi
  echo "-- sandbox"; ls -A "$sandbox/cwd" "$sandbox/home"
}

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# check EXPECTED_STATUS SCRIPT ARGS...: runs scripts/SCRIPT ARGS in the sandbox and checks the status, where
# the usage went (stdout for 0, stderr for 2; the other stream stays empty) and that nothing changed.
check() {
  local expected="$1" name="$2"; shift 2
  local shown="scripts/$name${*:+ $*}" status=0 before after usage_stream other_stream
  before="$(state)"
  rm -f "$sandbox/calls"
  (cd "$sandbox/cwd" && env -i PATH="$sandbox/bin" HOME="$sandbox/home" LC_ALL=C "$repo/scripts/$name" "$@") \
    >"$sandbox/stdout" 2>"$sandbox/stderr" || status=$?
  after="$(state)"
  if [ "$expected" = 0 ]; then usage_stream=stdout other_stream=stderr; else usage_stream=stderr other_stream=stdout; fi
  local ok=1
  if [ "$status" != "$expected" ]; then fail "$shown: exit status $status, not $expected"; ok=0; fi
  if ! grep -q "^Usage: scripts/$name\b" "$sandbox/$usage_stream"; then
    fail "$shown: no 'Usage: scripts/$name' line on $usage_stream"; ok=0
  fi
  if [ -s "$sandbox/$other_stream" ]; then fail "$shown: wrote to $other_stream"; ok=0; fi
  if [ -s "$sandbox/calls" ]; then fail "$shown: ran $(tr '\n' ';' <"$sandbox/calls")"; ok=0; fi
  if [ "$before" != "$after" ]; then
    fail "$shown: changed the tree:"; diff <(echo "$before") <(echo "$after") | sed 's/^/    /' || true; ok=0
  fi
  if ((!ok)); then sed 's/^/    stdout: /' "$sandbox/stdout"; sed 's/^/    stderr: /' "$sandbox/stderr"; fi
  if ((ok)); then echo "ok   $shown (exit $status)"; fi
}

scripts=()
for file in "$repo"/scripts/*; do
  if [ -f "$file" ] && [ -x "$file" ] && [ "$(head -c 2 "$file")" = "#!" ]; then scripts+=("${file##*/}"); fi
done
((${#scripts[@]})) || { echo "FAIL: no scripts found in $repo/scripts"; exit 1; }

for name in "${scripts[@]}"; do
  check 0 "$name" --help
  check 0 "$name" -h
  # scripts/conformance hands its flags to the binary, which rejects unknown ones (conformance_gate test).
  [ "$name" = conformance ] || check 2 "$name" --no-such-option
done

# Help wins wherever it stands; wrong values and arguments fail before the build.
check 0 conformance --cases my_cases --help
check 0 bench-conformance 3 --self-check -h
check 0 replay --numpy 1.24 --help
check 2 test dev asan
check 2 setup dev --no-such-option
check 2 preset-build dev
check 2 fuzz-seeds corpus
check 2 replay --numpy 3
check 2 replay dev asan
check 2 property --numpy 1.25
check 2 property --runs
check 2 property --runs many
check 2 property --seed=abc
check 2 fuzz --numpy=1
check 2 fuzz --jobs 0
check 2 bench-fuzz --seconds
check 2 bench --sizes 9
check 2 bench --repeats
check 0 bench --sizes 3 --help
check 2 bench-conformance 0
check 2 bench-conformance --bench 3
check 2 bench-conformance --gtest_filter=x
check 2 mutate --jobs 0
check 2 mutate --only 'not an id'
check 2 mutate --only-file no-such-file
check 0 mutate --only 'engine/src/x.cpp:1:1: literal 0 -> 1' --help

if ((failures)); then echo "$failures check(s) failed"; exit 1; fi
echo "all ${#scripts[@]} scripts answer --help and -h and reject wrong options before doing anything"
