# The CPython side of tools/parser-bench.ts: reads and decodes every file named in argv[1]
# first, then times ast.parse() over all of them in this one process, best of argv[2] rounds.
# Prints JSON: {"files": N, "seconds": best, "rounds": [...]}.
import ast
import importlib.util
import json
import sys
import time
import warnings

warnings.simplefilter("ignore")
with open(sys.argv[1], encoding="utf-8") as listing:
    paths = listing.read().splitlines()
sources = []
for path in paths:
    with open(path, "rb") as f:
        sources.append(importlib.util.decode_source(f.read()))
rounds = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    for source in sources:
        ast.parse(source)
    rounds.append(time.perf_counter() - start)
print(json.dumps({"files": len(sources), "seconds": min(rounds), "rounds": rounds}))
