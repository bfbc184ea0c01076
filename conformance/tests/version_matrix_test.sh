#!/usr/bin/env bash
# The version matrix end to end on the corpus: both recordings, the report, at least one changed case (NEP 50
# alone guarantees some), and every reproducer in the report reaching its last line under both NumPys.
# Usage: version_matrix_test.sh CONFORMANCE_BINARY REPOSITORY
set -euo pipefail
binary="$1"
repo="$2"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$binary" --numpy 1.24 --record-oracle "$work/old.json" >/dev/null
"$binary" --numpy 2 --record-oracle "$work/new.json" >/dev/null
summary="$("$binary" --version-matrix "$work/old.json" "$work/new.json" --report "$work/matrix.md")"
echo "$summary"
changed="$(sed -n 's/^[0-9]* cases compared, \([0-9]*\) changed.*/\1/p' <<<"$summary")"
[ -n "$changed" ] && ((changed > 0)) || { echo "FAIL: the matrix reports no changed case" >&2; exit 1; }
groups="$(grep -c '^## `CHANGED: ' "$work/matrix.md")"
((groups > 0)) || { echo "FAIL: no signature group in the report" >&2; exit 1; }

# Each ```python block: everything but its last line must run cleanly on both versions.
awk -v dir="$work" '/^```python$/ {n++; file = dir "/repro" n ".py"; inside = 1; next}
                   /^```$/ {inside = 0; next}
                   inside {print > file}' "$work/matrix.md"
count=0
for script in "$work"/repro*.py; do
  head -n -1 "$script" >"$script.prefix"
  for python in /usr/bin/python3 "$repo/.venv/bin/python"; do
    if ! "$python" -W ignore "$script.prefix" >/dev/null 2>"$work/stderr"; then
      echo "FAIL: $python stops before the last line of this reproducer:" >&2
      cat "$script" "$work/stderr" >&2
      exit 1
    fi
  done
  count=$((count + 1))
done
((count == groups)) || { echo "FAIL: $groups groups but $count reproducers" >&2; exit 1; }
echo "version matrix: $changed changed cases in $groups groups; all $count reproducers run on both NumPys"
