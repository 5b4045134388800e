# args: 7 2.5 ^
# args: -1234567 0.125 >
# String formatting through the bundled formatter: f-string specs (constant and made at run
# time), `%` and str.format with constant templates and templates chosen at run time, and a
# formatting error caught.
import sys

n = int(sys.argv[1])
x = float(sys.argv[2])
align = sys.argv[3]
print(f"[{n:,}] [{n:+08d}] [{n:#x}] [{x:.2f}] [{x:e}] [{x:%}] [{'wyrm':{align}10}] [{x:{align}12.3f}]")
print("%5d|%-8.3f|%s|%r|%c" % (n, x, align, align, 0x263A))
print("{0:>6} {1:.1e} {0!r} {name:*^9}".format(n, x, name="naïve"))
templates = ["%d/%s", "{}|{:>4}"]
print(templates[0] % (n, x), templates[1].format(x, n % 100))
try:
    print(f"{x:{align}d}")
except ValueError as e:
    print("ValueError:", e, file=sys.stderr)
