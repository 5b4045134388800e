# Regenerates tests/parser/errors/expected.json: for every broken input in errors/, what
# CPython 3.11 reports. Run with python3 (CPython 3.11). Each entry has
#   kind: "syntax"   a SyntaxError (or IndentationError/TabError) at `line`;
#         "decode"   the bytes are not text in the declared encoding (Wyrm: `wyrm: error:`);
#         "nesting"  CPython gives up with MemoryError/RecursionError; Wyrm must report a
#                    located "nested too deeply" error instead, on `line`;
#   line: the 1-based line CPython reports (null: any line; CPython gives none);
#   cpython: CPython's message, for reference.
# ast.parse() is tried first; if it accepts the file, compile() must reject it (Wyrm reports
# the few compile-time errors that concern syntax, such as repeated keyword arguments).
import ast
import json
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ERRORS = os.path.join(HERE, "errors")


def decode_problem(message):
    return ("codec can't decode" in message and "unicodeescape" not in message) or "encoding" in message


def expectation(path):
    with open(path, "rb") as f:
        source = f.read()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(source)
            compile(source, path, "exec")
        except SyntaxError as e:
            if e.lineno is None and b"\0" in source:
                # CPython rejects null bytes before tokenizing and gives no line; Wyrm points
                # at the first one.
                before = source[: source.index(b"\0")].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
                line = before.count(b"\n") + 1
                return {"kind": "syntax", "line": line, "cpython": f"{type(e).__name__}: {e.msg}"}
            kind = "decode" if decode_problem(e.msg) else "syntax"
            return {"kind": kind, "line": e.lineno if kind == "syntax" else None, "cpython": f"{type(e).__name__}: {e.msg}"}
        except (MemoryError, RecursionError) as e:
            # CPython gives no line; in a one-line file Wyrm's must be line 1, elsewhere any.
            line = 1 if source.count(b"\n") <= 1 else None
            return {"kind": "nesting", "line": line, "cpython": f"{type(e).__name__}: {e}"}
    sys.exit(f"regen_errors.py: CPython accepts {path}; it does not belong in errors/")


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen_errors.py: run with CPython 3.11")
    table = {}
    for name in sorted(os.listdir(ERRORS)):
        if name.endswith(".py"):
            table[name] = expectation(os.path.join(ERRORS, name))
    with open(os.path.join(ERRORS, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(table, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(table)} expectations written")


main()
