# Shared by scripts/mutate and scripts/planted-bugs: a copy of the tracked source files to change and build
# (never the working tree), and the usage text and argument errors every script prints the same way.
import argparse
import pathlib
import shutil
import subprocess
import sys

SOURCE = pathlib.Path(__file__).resolve().parent.parent.parent  # the working tree, never modified


def sync_tree(copy_root):
    """Copies every tracked (or untracked, not ignored) file of the working tree into copy_root where it
    differs, and links the NumPy 2 venv."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=SOURCE,
                            stdout=subprocess.PIPE, check=True).stdout
    for name in listed.decode().split("\0"):
        if not name:
            continue
        source, copy = SOURCE / name, copy_root / name
        if not source.is_file():
            continue
        if not copy.exists() or copy.read_bytes() != source.read_bytes():
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy)
    venv = copy_root / ".venv"
    if not venv.exists() and (SOURCE / ".venv").exists():
        venv.symlink_to(SOURCE / ".venv")


def usage_lines(script):
    """The script's leading comment block (after the #! line), without the '# ' prefixes."""
    text = []
    for line in pathlib.Path(script).read_text().splitlines()[1:]:
        if not line.startswith("#"):
            break
        text.append(line[2:])
    return "\n".join(text) + "\n"


def usage_error(script, message):
    name = "scripts/" + pathlib.Path(script).name
    sys.stderr.write(f"{name}: {message}\nUsage: " + usage_lines(script).split("Usage: ", 1)[1])
    sys.exit(2)


def argument_parser(script):
    """An ArgumentParser whose errors print the script's usage line and exit 2, and that leaves -h to the script."""
    class parser(argparse.ArgumentParser):
        def error(self, message):
            usage_error(script, message)
    return parser(add_help=False)


def run(command, timeout=None, **kwargs):
    return subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout, **kwargs)
