#!/usr/bin/env python3
"""Regenerates the expected outputs of the browser tests by running each program under CPython:
tests/browser/programs/NAME.py gets NAME.expected.json, a list with one run per `# args: ...`
comment at the top of the program (one run without arguments when there is none), each with
the arguments, stdout, stderr and exit status. Tracebacks print the script's absolute path; it
is replaced by the file's base name, as the tests do with Wyrm's output.

Usage: python3 tests/browser/regen-expected.py
"""

import json
import os
import shlex
import subprocess
import sys

PROGRAMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "programs")


def argument_lists(path):
    lists = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            if line.startswith("# args:"):
                lists.append(shlex.split(line[len("# args:"):]))
    return lists or [[]]


def run(path, args):
    result = subprocess.run(
        [sys.executable, path, *args],
        capture_output=True,
        timeout=120,
        cwd=os.path.dirname(path),
        env={**os.environ, "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"},
    )
    return {
        "args": args,
        "stdout": result.stdout.decode("utf-8"),
        "stderr": result.stderr.decode("utf-8").replace(path, os.path.basename(path)),
        "status": result.returncode,
    }


def main():
    for name in sorted(os.listdir(PROGRAMS)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(PROGRAMS, name)
        runs = [run(path, args) for args in argument_lists(path)]
        with open(path[:-3] + ".expected.json", "w", encoding="utf-8", newline="") as f:
            json.dump(runs, f, indent=2, ensure_ascii=False)
            f.write("\n")
        print("regenerated", name)


if __name__ == "__main__":
    main()
