# Overflow of + - * with one constant operand (tested against the bounds the other operand may
# reach, backend/lower/arithmetic.ts), at and around each bound; operands from a list so the
# translator cannot fold them.
MAX = 9223372036854775807
MIN = -MAX - 1
edges = [MIN, MIN + 1, MIN + 2, -3037000500, -3037000499, -2, -1, 0, 1, 2, 3037000499, 3037000500, MAX - 2, MAX - 1, MAX]
# Each multiplier's bounds and the values just outside them.
edges += [-4611686018427387905, -4611686018427387904, -3074457345618258603, -3074457345618258602, -3037000501, -3037000500, -3037000499, 3037000499, 3037000500, 3037000501, 3074457345618258602, 3074457345618258603, 4611686018427387903, 4611686018427387904]
def attempt(name, f, x):
    try:
        print(name, x, f(x))
    except OverflowError:
        print(name, x, "OverflowError")
for x in edges:
    attempt("+1", lambda v: v + 1, x)
    attempt("+-1", lambda v: v + -1, x)
    attempt("1+", lambda v: 1 + v, x)
    attempt("-1", lambda v: v - 1, x)
    attempt("--1", lambda v: v - -1, x)
    attempt("+MAX", lambda v: v + 9223372036854775807, x)
    attempt("-MAX", lambda v: v - 9223372036854775807, x)
    attempt("*2", lambda v: v * 2, x)
    attempt("3*", lambda v: 3 * v, x)
    attempt("*-1", lambda v: v * -1, x)
    attempt("*-3", lambda v: v * -3, x)
    attempt("*3037000499", lambda v: v * 3037000499, x)
    attempt("*-3037000500", lambda v: v * -3037000500, x)
    attempt("*0", lambda v: v * 0, x)
    attempt("*1", lambda v: v * 1, x)
    attempt("+0", lambda v: v + 0, x)
