"""Writes runtime/math/cases.json, the fixture of runtime/math/crmath.test.ts.

Run it with CPython 3.11 from the repository root (`python3 runtime/math/cases.py`); it needs
mpmath (Debian's python3-mpmath or `pip install mpmath`). For each input (inputs.py) it records
CPython's math result (or the exception it raises) and the correctly rounded value with C's
special values (reference.py). The test requires crmath to give the correctly rounded value;
the two disagree where glibc's libm misrounds, and the test counts those cases.

Every float is written as its repr, which JavaScript's Number() reads back exactly ('nan',
'inf' and '-inf' by name).
"""

import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from inputs import inputs  # noqa: E402
from reference import reference  # noqa: E402

OUTPUT = Path(__file__).with_name('cases.json')
FUNCTIONS = ['exp', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos',
             'atan', 'sinh', 'cosh', 'tanh', 'pow', 'atan2', 'hypot', 'fmod']
PER_FUNCTION = 1150


def cpython(name, args):
    try:
        return repr(getattr(math, name)(*args))
    except (ValueError, OverflowError) as error:
        return type(error).__name__


def main():
    cases = {}
    for name in FUNCTIONS:
        rows = []
        for args in inputs(name, PER_FUNCTION, seed=1):
            rows.append([repr(a) for a in args] + [cpython(name, args), repr(reference(name, args))])
        cases[name] = rows
        print(name, len(rows), file=sys.stderr)
    lines = [f'  {json.dumps(name)}: [\n' + ',\n'.join(json.dumps(row, separators=(',', ':')) for row in rows) + ']'
             for name, rows in cases.items()]
    text = f'{{"python": {json.dumps(sys.version.split()[0])}, "cases": {{\n' + ',\n'.join(lines) + '}}\n'
    OUTPUT.write_text(text)


if __name__ == '__main__':
    main()
