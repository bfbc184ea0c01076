#!/usr/bin/env bash
# Every reproducer the corpus produces runs under plain Python with the oracle's NumPy and reaches its last
# line (statements that raised on NumPy are wrapped in try/except). Usage: reproducers_test.sh BINARY REPO NUMPY
set -euo pipefail
binary="$1"
repo="$2"
numpy="$3"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python=/usr/bin/python3
[ "$numpy" = 1.24 ] || python="$repo/.venv/bin/python"
"$binary" --numpy "$numpy" --reproducers "$work" >/dev/null
wrapped="$(grep -rl '^try:' "$work" | wc -l)"
echo "$wrapped reproducers wrap a statement that raised"
exec "$python" "$repo/conformance/tests/run_reproducers.py" "$work"
