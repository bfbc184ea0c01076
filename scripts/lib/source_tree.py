# Shared by scripts/mutate and scripts/planted-bugs: a copy of the tracked source files to change and build
# (never the working tree), and the usage text and argument errors every script prints the same way.
import argparse
import os
import pathlib
import shutil
import subprocess
import sys

SOURCE = pathlib.Path(__file__).resolve().parent.parent.parent  # the working tree, never modified


def sync_tree(copy_root):
    """Copies every tracked (or untracked, not ignored) file of the working tree into copy_root where it
    differs, removes the copy's files the working tree no longer has, and links the NumPy 2 venv. A copied file
    gets the time of the copy, not the source's: the copy's build may hold an object made later than the source
    was last edited (from a mutant, since restored), which a source's older time would leave in place."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=SOURCE,
                            stdout=subprocess.PIPE, check=True).stdout
    names = {name for name in listed.decode().split("\0") if name and (SOURCE / name).is_file()}
    for name in names:
        source, copy = SOURCE / name, copy_root / name
        if not copy.exists() or copy.read_bytes() != source.read_bytes():
            copy.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, copy)
            shutil.copymode(source, copy)
    venv = copy_root / ".venv"
    for folder, subfolders, files in os.walk(copy_root):
        if pathlib.Path(folder) == copy_root and ".venv" in subfolders:
            subfolders.remove(".venv")
        for file in files:
            copy = pathlib.Path(folder) / file
            if copy.relative_to(copy_root).as_posix() not in names and not copy.is_symlink():
                copy.unlink()
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
