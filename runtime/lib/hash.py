# hash() of the values Wyrm can use as dict keys and set elements, written in the translatable
# subset and translated with each program that uses them (Wyrm's runtime library). They give
# CPython 3.11's values on 64-bit platforms, so that sets iterate in CPython's order:
#
# - int: the value modulo the Mersenne prime 2**61 - 1, keeping the sign (hash(-1) is -2);
# - float: the same modular value of the exact binary fraction, so hash(2.0) == hash(2);
# - str: SipHash-1-3 of the string's PEP 393 storage (1, 2 or 4 bytes per code point) with a
#   zero key, which is CPython's hash when PYTHONHASHSEED=0 (with randomized hashing CPython
#   itself iterates a set of strs in a different order on every run); cached in the str;
# - tuple: CPython's xxHash-based combination of the items' hashes;
# - None: a constant (CPython 3.11 hashes None by address, which varies between runs);
# - instances: their class's __hash__, or a number given to the object when first hashed
#   (CPython uses its address, which varies between runs).
#
# The annotator calls hash_TYPE for the argument's type (see annotator/ops/dicts.ts). The
# intrinsics do the 64-bit wrapping arithmetic that Python's unbounded ints do not have.

from __wyrm__ import code_at, float_bits, identity_hash, is_latin1, latin1_siphash, int_add_wrap, int_mul_wrap, int_rotl, int_shl_wrap, str_hash_cache, str_set_hash_cache

_MODULUS = 2305843009213693951
_INF = 314159
_NONE = 8731543041531
_XXPRIME_1 = -7046029288634856825
_XXPRIME_2 = -4417276706812531889
_XXPRIME_5 = 2870177450012600261
_MASK52 = 4503599627370495


def hash_int(x):
    if x >= 0:
        h = x % _MODULUS
    elif x == -9223372036854775807 - 1:
        # -2**63: 2**63 is 4 * (2**61 - 1) + 4.
        h = -4
    else:
        h = -((-x) % _MODULUS)
    if h == -1:
        return -2
    return h


def hash_bool(b):
    if b:
        return 1
    return 0


def hash_none(x):
    return _NONE


def hash_instance(x):
    # A class's __hash__, as CPython's slot_tp_hash takes a result that fits in 64 bits: as
    # it is, except that -1 (the error marker of C's hash functions) becomes -2.
    h = x.__hash__()
    if h == -1:
        return -2
    return h


def hash_identity(x):
    # An instance of a class without __eq__ and __hash__ (annotator/ops/instancehash.ts).
    return identity_hash(x)


def hash_nullable(x):
    if x is None:
        return _NONE
    return hash(x)


def hash_float(x):
    if x != x:
        return 0
    if x == 1e309:
        return _INF
    if x == -1e309:
        return -_INF
    bits = float_bits(x)
    exponent = (bits >> 52) & 2047
    mantissa = bits & _MASK52
    if exponent == 0:
        e = -1074
    else:
        mantissa = mantissa | (_MASK52 + 1)
        e = exponent - 1075
    # x = mantissa * 2**e, and 2**61 is 1 modulo 2**61 - 1: multiplying by 2**e rotates the
    # 61-bit residue left by e modulo 61.
    e = e % 61
    h = (int_shl_wrap(mantissa, e) & _MODULUS) | (mantissa >> (61 - e))
    if h >= _MODULUS:
        h -= _MODULUS
    if bits < 0:
        h = -h
    if h == -1:
        return -2
    return h


def _str_siphash(s):
    # SipHash-1-3 with the zero key over the string's code points as CPython stores them (1, 2
    # or 4 bytes each, the widest character deciding), as CPython computes str hashes when
    # PYTHONHASHSEED=0. The round is written out, not called: a function returning the four
    # words would allocate a tuple per round.
    if is_latin1(s):
        # One byte per code point: the backend's loop over 64-bit words (support/strhash.ts).
        return latin1_siphash(s)
    # Stored wide, so some code point is U+0100 or above: 2 or 4 bytes each.
    n = len(s)
    width = 2
    i = 0
    while i < n:
        if code_at(s, i) >= 65536:
            width = 4
            break
        i += 1
    v0 = 8317987319222330741
    v1 = 7237128888997146477
    v2 = 7816392313619706465
    v3 = 8387220255154660723
    # The bytes of the string, little-endian, packed into 64-bit words of `per_word` code points;
    # the last word also holds the length in bytes in its top byte. After it come the three
    # finalization rounds, run by the same loop with a zero word (the xors then change nothing).
    per_word = 8 // width
    bits = 8 * width
    last = int_shl_wrap(n * width, 56)
    word = 0
    filled = 0
    i = 0
    final = 0
    while final < 4:
        if final == 0:
            if i < n:
                word = word | int_shl_wrap(code_at(s, i), filled * bits)
                filled += 1
                i += 1
                if filled < per_word:
                    continue
            else:
                word = last | word
                final = 1
        else:
            if final == 1:
                v2 = v2 ^ 255
            final += 1
        v3 = v3 ^ word
        v0 = int_add_wrap(v0, v1)
        v2 = int_add_wrap(v2, v3)
        v1 = int_rotl(v1, 13) ^ v0
        v3 = int_rotl(v3, 16) ^ v2
        v0 = int_rotl(v0, 32)
        v2 = int_add_wrap(v2, v1)
        v0 = int_add_wrap(v0, v3)
        v1 = int_rotl(v1, 17) ^ v2
        v3 = int_rotl(v3, 21) ^ v0
        v2 = int_rotl(v2, 32)
        v0 = v0 ^ word
        word = 0
        filled = 0
    return (v0 ^ v1) ^ (v2 ^ v3)


def hash_str(s):
    # The cache holds 0 until the hash is computed (the empty string's hash is 0 anyway).
    h = str_hash_cache(s)
    if h != 0:
        return h
    if len(s) == 0:
        return 0
    h = _str_siphash(s)
    if h == -1:
        h = -2
    str_set_hash_cache(s, h)
    return h


def _tuple_lane(acc, lane):
    acc = int_add_wrap(acc, int_mul_wrap(lane, _XXPRIME_2))
    acc = int_rotl(acc, 31)
    return int_mul_wrap(acc, _XXPRIME_1)


def _tuple_finish(acc, n):
    acc = int_add_wrap(acc, n ^ (_XXPRIME_5 ^ 3527539))
    if acc == -1:
        return 1546275796
    return acc


# One function per tuple length: a tuple's items may differ in type, so they are read at constant
# indices (Wyrm's tuples are fixed-shape records), not in a loop.
def hash_tuple0(t):
    return _tuple_finish(_XXPRIME_5, 0)


def hash_tuple1(t):
    acc = _tuple_lane(_XXPRIME_5, hash(t[0]))
    return _tuple_finish(acc, 1)


def hash_tuple2(t):
    acc = _tuple_lane(_XXPRIME_5, hash(t[0]))
    acc = _tuple_lane(acc, hash(t[1]))
    return _tuple_finish(acc, 2)


def hash_tuple3(t):
    acc = _tuple_lane(_XXPRIME_5, hash(t[0]))
    acc = _tuple_lane(acc, hash(t[1]))
    acc = _tuple_lane(acc, hash(t[2]))
    return _tuple_finish(acc, 3)


def hash_tuple4(t):
    acc = _tuple_lane(_XXPRIME_5, hash(t[0]))
    acc = _tuple_lane(acc, hash(t[1]))
    acc = _tuple_lane(acc, hash(t[2]))
    acc = _tuple_lane(acc, hash(t[3]))
    return _tuple_finish(acc, 4)


def hash_tuple5(t):
    acc = _tuple_lane(_XXPRIME_5, hash(t[0]))
    acc = _tuple_lane(acc, hash(t[1]))
    acc = _tuple_lane(acc, hash(t[2]))
    acc = _tuple_lane(acc, hash(t[3]))
    acc = _tuple_lane(acc, hash(t[4]))
    return _tuple_finish(acc, 5)


def hash_tuple6(t):
    acc = _tuple_lane(_XXPRIME_5, hash(t[0]))
    acc = _tuple_lane(acc, hash(t[1]))
    acc = _tuple_lane(acc, hash(t[2]))
    acc = _tuple_lane(acc, hash(t[3]))
    acc = _tuple_lane(acc, hash(t[4]))
    acc = _tuple_lane(acc, hash(t[5]))
    return _tuple_finish(acc, 6)


def hash_tuple7(t):
    acc = _tuple_lane(_XXPRIME_5, hash(t[0]))
    acc = _tuple_lane(acc, hash(t[1]))
    acc = _tuple_lane(acc, hash(t[2]))
    acc = _tuple_lane(acc, hash(t[3]))
    acc = _tuple_lane(acc, hash(t[4]))
    acc = _tuple_lane(acc, hash(t[5]))
    acc = _tuple_lane(acc, hash(t[6]))
    return _tuple_finish(acc, 7)


def hash_tuple8(t):
    acc = _tuple_lane(_XXPRIME_5, hash(t[0]))
    acc = _tuple_lane(acc, hash(t[1]))
    acc = _tuple_lane(acc, hash(t[2]))
    acc = _tuple_lane(acc, hash(t[3]))
    acc = _tuple_lane(acc, hash(t[4]))
    acc = _tuple_lane(acc, hash(t[5]))
    acc = _tuple_lane(acc, hash(t[6]))
    acc = _tuple_lane(acc, hash(t[7]))
    return _tuple_finish(acc, 8)
