# Dumps CPython's ast.dump(ast.parse(source)) of many files in one process, for
# tools/parser-conformance.ts. Reads file paths (one per line) from the file named by argv[1]
# and writes one JSON object per line to argv[2]: {"path", "dump"} or {"path", "error", "line"}.
# Sources are passed to ast.parse as bytes, so CPython applies PEP 263 decoding itself.
import ast
import json
import sys
import warnings

warnings.simplefilter("ignore")

with open(sys.argv[1], encoding="utf-8") as listing, open(sys.argv[2], "w", encoding="utf-8") as out:
    for path in listing.read().splitlines():
        try:
            with open(path, "rb") as f:
                source = f.read()
            record = {"path": path, "dump": ast.dump(ast.parse(source))}
        except SyntaxError as e:
            record = {"path": path, "error": f"{type(e).__name__}: {e.msg}", "line": e.lineno}
        except (ValueError, UnicodeDecodeError, MemoryError, RecursionError) as e:
            record = {"path": path, "error": f"{type(e).__name__}: {e}", "line": None}
        out.write(json.dumps(record) + "\n")
