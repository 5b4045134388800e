# Regenerates the expected dumps of the parser corpus: for each tests/parser/corpus/x.py,
# writes x.dump holding CPython's ast.dump(ast.parse(source)) and a newline.
# Files whose names contain "_py312" use Python 3.12 syntax and are dumped by CPython 3.12
# (found as $PYTHON312, python3.12 on the PATH, or the pyenv install); the rest by the python3
# running this script, which should be CPython 3.11.
#
# Usage: python3 tests/parser/regen.py [NAME.py ...]
import ast
import os
import shutil
import subprocess
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
DUMP_SCRIPT = (
    "import ast, sys, warnings\n"
    "warnings.simplefilter('ignore')\n"
    "sys.stdout.write(ast.dump(ast.parse(open(sys.argv[1], 'rb').read())))\n"
)


def python312():
    for candidate in (os.environ.get("PYTHON312"), "/root/.pyenv/versions/3.12.1/bin/python3", shutil.which("python3.12")):
        if not candidate or not os.path.exists(candidate):
            continue
        check = subprocess.run([candidate, "-c", "import sys; print(sys.version_info[:2] == (3, 12))"], capture_output=True, text=True)
        if check.stdout.strip() == "True":
            return candidate
    sys.exit("regen.py: no CPython 3.12 found (set PYTHON312)")


def dump(path):
    if "_py312" in os.path.basename(path):
        run = subprocess.run([python312(), "-c", DUMP_SCRIPT, path], capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"regen.py: CPython 3.12 cannot parse {path}:\n{run.stderr}")
        return run.stdout
    if sys.version_info[:2] != (3, 11):
        sys.exit(f"regen.py: run with CPython 3.11 (this is {sys.version.split()[0]})")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with open(path, "rb") as f:
            return ast.dump(ast.parse(f.read()))


def main():
    names = sys.argv[1:] or sorted(n for n in os.listdir(CORPUS) if n.endswith(".py"))
    for name in names:
        path = os.path.join(CORPUS, os.path.basename(name))
        text = dump(path)
        with open(path[:-3] + ".dump", "w", encoding="utf-8") as f:
            f.write(text + "\n")
        print(f"{name}: {len(text)} characters")


main()
