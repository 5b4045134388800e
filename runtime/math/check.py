"""The large random check of runtime/crmath.mjs against CPython (not part of the test suite).

Usage: python3 runtime/math/check.py [COUNT [FUNCTION ...]]   (COUNT defaults to 1,000,000)

For each function it draws COUNT random inputs (inputs.py, a seed of its own), evaluates them
with crmath (check-run.mjs under node) and with CPython's math module, and compares bit for bit.
Each mismatch is then settled with the correctly rounded reference (reference.py, mpmath): it
is glibc's misrounding when crmath gives the reference value, and a crmath bug otherwise.
Inputs where CPython raises are compared with C's value instead.
"""

import math
import struct
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from inputs import random_binary, random_unary, RANGES  # noqa: E402
from reference import reference  # noqa: E402
import random  # noqa: E402

HERE = Path(__file__).parent
FUNCTIONS = ['exp', 'expm1', 'log', 'log2', 'log10', 'log1p', 'sin', 'cos', 'tan', 'asin', 'acos',
             'atan', 'sinh', 'cosh', 'tanh', 'pow', 'atan2', 'hypot', 'fmod']


def same(a, b):
    return struct.pack('<d', a) == struct.pack('<d', b) or (math.isnan(a) and math.isnan(b))


def check(name, count):
    rng = random.Random(f'check-{name}')
    unary = name in RANGES
    args = [random_unary(name, rng) if unary else random_binary(name, rng) for _ in range(count)]
    flat = [v for a in args for v in a]
    run = subprocess.run(['node', str(HERE / 'check-run.mjs'), name],
                         input=struct.pack(f'<{len(flat)}d', *flat), capture_output=True, check=True)
    ours = struct.unpack(f'<{count}d', run.stdout)
    fn = getattr(math, name)
    glibc = bugs = raised = 0
    for a, got in zip(args, ours):
        try:
            want = fn(*a)
        except (ValueError, OverflowError):
            raised += 1
            want = None
        if want is not None and same(got, want):
            continue
        ref = reference(name, a)
        if same(got, ref):
            if want is not None:
                glibc += 1
        else:
            bugs += 1
            if bugs <= 10:
                print(f'  BUG {name}{a}: crmath {got!r}, reference {ref!r}, CPython {want!r}')
    return glibc, bugs, raised


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    names = sys.argv[2:] or FUNCTIONS
    print(f'{"function":8} {"inputs":>9} {"= CPython":>10} {"glibc off":>10} {"crmath bugs":>11} {"raised":>7}')
    for name in names:
        start = time.time()
        glibc, bugs, raised = check(name, count)
        print(f'{name:8} {count:9} {count - glibc - bugs - raised:10} {glibc:10} {bugs:11} {raised:7}'
              f'   ({time.time() - start:.0f} s)', flush=True)


if __name__ == '__main__':
    main()
