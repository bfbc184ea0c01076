"""Runs every reproducer under a folder the way `python3 reproducer.py` would, in one interpreter: all lines
but the last must run without an exception (earlier raising statements sit in try/except); the last line, the
divergent statement, may raise. Usage: run_reproducers.py FOLDER (exit 1 on any failure or no reproducer)."""
import contextlib
import io
import pathlib
import sys
import traceback
import warnings

warnings.simplefilter("ignore")
scripts = sorted(pathlib.Path(sys.argv[1]).rglob("*.py"))
failures = 0
for script in scripts:
    lines = script.read_text().splitlines(keepends=True)
    scope = {"__name__": "__main__"}
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile("".join(lines[:-1]), str(script), "exec"), scope)
    except BaseException:
        failures += 1
        print(f"FAIL {script}: stops before its last line", file=sys.stderr)
        traceback.print_exc()
        continue
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            exec(compile(lines[-1], str(script), "exec"), scope)
    except Exception:
        pass
if not scripts:
    sys.exit(f"no reproducer under {sys.argv[1]}")
print(f"{len(scripts) - failures} of {len(scripts)} reproducers reach their last line")
sys.exit(1 if failures else 0)
