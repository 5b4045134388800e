#!/usr/bin/env python3
"""Regenerates the expected outputs of the differential tests by running each program under
CPython: tests/programs/**/NAME.py gets NAME.out (stdout), NAME.err (stderr, when not empty)
and NAME.status (the exit status, when not 0). A program's arguments come from a first-line
comment `# args: ...`. Tracebacks print the script's absolute path; it is replaced by the
file's base name, as the test runner does with Wyrm's output.

Usage: python3 tests/regen-expected.py [PATH...]   (default: every program under tests/programs)
"""

import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def program_args(path):
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    if first.startswith("# args:"):
        return shlex.split(first[len("# args:"):])
    return []


def regenerate(path):
    path = os.path.abspath(path)
    base = path[:-3]
    # NAME.stdin, if present, is the program's standard input (empty otherwise).
    stdin = b""
    if os.path.exists(base + ".stdin"):
        with open(base + ".stdin", "rb") as f:
            stdin = f.read()
    result = subprocess.run(
        [sys.executable, path, *program_args(path)],
        input=stdin,
        capture_output=True,
        timeout=120,
        cwd=os.path.dirname(path),
        env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"},
    )
    stdout = result.stdout.decode("utf-8")
    stderr = result.stderr.decode("utf-8").replace(path, os.path.basename(path))
    with open(base + ".out", "w", encoding="utf-8", newline="") as f:
        f.write(stdout)
    for suffix, content in ((".err", stderr), (".status", f"{result.returncode}\n" if result.returncode else "")):
        if content:
            with open(base + suffix, "w", encoding="utf-8", newline="") as f:
                f.write(content)
        elif os.path.exists(base + suffix):
            os.remove(base + suffix)


def main():
    paths = sys.argv[1:]
    if not paths:
        for root, _, files in os.walk(os.path.join(HERE, "programs")):
            paths.extend(os.path.join(root, f) for f in sorted(files) if f.endswith(".py"))
    for path in sorted(paths):
        regenerate(path)
        print("regenerated", os.path.relpath(path, HERE))


if __name__ == "__main__":
    main()
