#!/usr/bin/env python3
"""Checks the runtime library's dicts and sets (runtime/lib/dict.py, set.py, hash.py) against
CPython's own, by running the library under CPython with the `__wyrm__` intrinsics written in
Python: random sequences of operations are applied to both, and the iteration order (a set's
order is the layout of its hash table), the table size, len() and every result must agree.
Wyrm's dicts and sets are meant to behave exactly as CPython 3.11's, so this is a quick way
to test a change to the algorithms without translating anything.

Usage: PYTHONHASHSEED=0 python3 tools/dictset-check.py [TRIALS]
"""

import os
import random
import struct
import sys
import types

LIB = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'runtime', 'lib')
MASK64 = (1 << 64) - 1


def signed(x):
    x &= MASK64
    return x - (1 << 64) if x >= 1 << 63 else x


class Table:
    """The parts of a dict or set, as backend/repr/dict.ts holds them."""

    def __init__(self):
        self.indices = [-1] * 8
        self.hashes = []
        self.keys = []
        self.values = []
        self.used = 0
        self.fill = 0
        self.finger = 0
        self.cached_key = None
        self.cached_slot = -1

    def __len__(self):
        return self.used


def intrinsics():
    m = types.ModuleType('__wyrm__')
    m.dict_indices = lambda d: d.indices
    m.dict_set_indices = lambda d, xs: (setattr(d, 'indices', xs), setattr(d, 'cached_slot', -1))
    m.dict_hashes = lambda d: d.hashes
    m.dict_keys = lambda d: d.keys
    m.dict_values = lambda d: d.values
    m.dict_used = lambda d: d.used
    m.dict_set_used = lambda d, n: setattr(d, 'used', n)
    m.dict_fill = lambda d: d.fill
    m.dict_set_fill = lambda d, n: setattr(d, 'fill', n)
    m.dict_finger = lambda d: d.finger
    m.dict_set_finger = lambda d, n: setattr(d, 'finger', n)
    m.dict_new_like = lambda d: type(d)()
    # The lookup cache is kept for str keys only (backend/repr/dict.ts: cachesLookup).
    m.dict_cached_slot = lambda d, key: d.cached_slot if type(key) is str and d.cached_key is key else -1
    m.dict_cache = lambda d, key, slot: (setattr(d, 'cached_key', key), setattr(d, 'cached_slot', slot)) if type(key) is str else None
    m.dict_uncache = lambda d: setattr(d, 'cached_slot', -1)
    m.float_bits = lambda x: struct.unpack('<q', struct.pack('<d', x))[0]
    m.int_add_wrap = lambda a, b: signed(a + b)
    m.int_mul_wrap = lambda a, b: signed(a * b)
    m.int_rotl = lambda a, n: signed(((a & MASK64) << n) | ((a & MASK64) >> (64 - n)))
    m.int_shl_wrap = lambda a, n: signed(a << n)
    m.code_at = lambda s, i: ord(s[i])
    m.is_latin1 = lambda s: all(ord(c) < 256 for c in s)
    # Wyrm hashes one-byte strs in wasm (support/strhash.ts, tested by the programs): here
    # CPython's own hash stands for it.
    m.latin1_siphash = lambda s: hash(s)
    m.str_hash_cache = lambda s: 0
    m.str_set_hash_cache = lambda s, h: None
    m.identical = lambda a, b: a is b
    m.identity_hash = lambda x: id(x) >> 4
    return m


sys.modules['__wyrm__'] = intrinsics()
lib = {}


class WSet(Table):
    def __iter__(self):
        i = 0
        while True:
            i = lib['set_next_slot'](self, i, self.used)
            if i < 0:
                return
            yield self.keys[self.indices[i]]
            i += 1

    def __contains__(self, key):
        return lib['set_contains'](self, key)


class WDict(Table):
    def __iter__(self):
        i = 0
        remaining = self.used
        while True:
            i = lib['dict_next_entry'](self, i, self.used, remaining)
            if i < 0:
                return
            yield self.keys[i]
            i += 1
            remaining -= 1

    def __contains__(self, key):
        return lib['dict_contains'](self, key)


for name in ['hash.py', 'dict.py', 'set.py']:
    with open(os.path.join(LIB, name), encoding='utf-8') as f:
        code = compile(f.read(), name, 'exec')
    namespace = {'__name__': name}
    exec(code, namespace)
    lib.update(namespace)


def table_size(s):
    # sys.getsizeof(set) is the object with its 8-slot small table, plus a larger table.
    size = sys.getsizeof(s)
    base = sys.getsizeof(set())
    return 8 if size == base else (size - base) // 16


def new_set(items):
    s = WSet()
    lib['set_fill_iter'](s, list(items))
    return s


def check_hashes(rnd):
    for s in ['', 'abc', 'é', '€x', '😀', 'hello world, a longer string', 'x' * 17]:
        assert lib['hash_str'](s) == hash(s), s
    for i in list(range(-2000, 2000)) + [2**63 - 1, -2**63, 2**61 - 1, 2**61, -2**61]:
        assert lib['hash_int'](i) == hash(i), i
    for _ in range(20000):
        x = struct.unpack('<d', struct.pack('<q', rnd.randrange(-2**63, 2**63)))[0]
        if x == x:
            assert lib['hash_float'](x) == hash(x), x
    for t in [(), (1,), (1, 2), (1.5, 'a', -1), ((1, 2), 3)]:
        assert lib[f'hash_tuple{len(t)}'](t) == hash(t), t


def check_sets(rnd):
    lo, hi = rnd.choice([(-20, 60), (-300, 300), (0, 5000), (-10**15, 10**15)])
    key = lambda: rnd.randrange(lo, hi)
    pairs = [(set(), WSet()) for _ in range(3)]
    for _ in range(400):
        a, b = rnd.randrange(3), rnd.randrange(3)
        (ra, wa), (rb, wb) = pairs[a], pairs[b]
        items = [key() for _ in range(rnd.randrange(0, 30))]
        op = rnd.randrange(24)
        if op < 6:
            k = key()
            ra.add(k)
            lib['set_add'](wa, k)
        elif op < 9:
            k = key() if rnd.random() < 0.5 or not ra else rnd.choice(list(ra))
            ra.discard(k)
            lib['set_discard'](wa, k)
        elif op == 9 and ra:
            assert ra.pop() == lib['set_pop'](wa)
        elif op == 10 and rnd.random() < 0.2:
            ra.clear()
            lib['set_clear'](wa)
        elif op == 11:
            ra.update(rb)
            lib['set_update_set'](wa, wb)
        elif op == 12:
            ra.update(items)
            lib['set_update_iter'](wa, items)
        elif op == 13:
            wd = WDict()
            for k in items:
                lib['dict_setitem'](wd, k, 1)
            ra.update(dict.fromkeys(items, 1))
            lib['set_update_dict'](wa, wd)
        elif op == 14:
            pairs[a] = (ra | rb, lib['set_union_set'](wa, wb))
        elif op == 15:
            pairs[a] = (ra & rb, lib['set_intersection_set'](wa, wb))
        elif op == 16:
            pairs[a] = (ra - rb, lib['set_difference_set'](wa, wb))
        elif op == 17:
            pairs[a] = (ra ^ rb, lib['set_symmetric_difference_set'](wa, wb))
        elif op == 18:
            ra &= rb
            lib['set_intersection_update_set'](wa, wb)
        elif op == 19:
            ra -= rb
            lib['set_difference_update'](wa, wb)
        elif op == 20:
            ra ^= rb
            lib['set_symmetric_difference_update_set'](wa, wb)
        elif op == 21:
            pairs[a] = (set(items), new_set(items))
        elif op == 22:
            pairs[a] = (ra.copy(), lib['set_from_set'](wa))
        elif op == 23:
            which = rnd.randrange(4)
            if which == 0:
                pairs[a] = (ra.difference(items), lib['set_difference_iter'](wa, items))
            elif which == 1:
                pairs[a] = (ra.intersection(items), lib['set_intersection_iter'](wa, items))
            elif which == 2:
                pairs[a] = (ra.symmetric_difference(items), lib['set_symmetric_difference_iter'](wa, items))
            else:
                ra.difference_update(items)
                lib['set_difference_update'](wa, items)
        for r, w in pairs:
            assert list(r) == list(w), (op, list(r), list(w))
            assert table_size(r) == len(w.indices), (op, table_size(r), len(w.indices))
            assert len(r) == w.used
        assert (ra == rb) == lib['set_eq'](wa, wb)
        assert (ra <= rb) == lib['set_issubset'](wa, wb)
        assert (ra < rb) == lib['set_compare'](wa, wb, 0)
        assert ra.isdisjoint(rb) == lib['set_isdisjoint'](wa, wb)


def check_set_displays(rnd):
    # {c1, c2, ...} of constants: a frozenset constant, rebuilt, copied into a new set.
    elements = [rnd.randrange(-50, 100) for _ in range(rnd.randrange(3, 40))]
    real = eval('{' + ', '.join(map(str, elements)) + '}')
    built = lib['set_from_set'](lib['set_reinsert'](new_set(elements)))
    assert list(real) == list(built), elements


def check_dicts(rnd):
    r = {}
    w = WDict()
    lo, hi = rnd.choice([(-20, 60), (0, 3000), (-10**15, 10**15)])
    # str keys: a dict of str remembers the key `in` found last (its lookup cache), by identity,
    # so the same str objects come back from a pool after they were deleted.
    if rnd.random() < 0.5:
        pool = ['k%d' % rnd.randrange(lo, hi) for _ in range(30)]
        fresh = lambda: rnd.choice(pool) if rnd.random() < 0.5 else 'k%d' % rnd.randrange(lo, hi)
    else:
        fresh = lambda: rnd.randrange(lo, hi)
    for _ in range(600):
        op = rnd.randrange(11)
        k = fresh() if not r or rnd.random() < 0.6 else rnd.choice(list(r))
        if op == 10:
            # The word count's pattern: `in`, then read and replace the same key.
            found = k in r
            assert lib['dict_contains'](w, k) == found
            if found:
                r[k] += 1
                lib['dict_setitem'](w, k, lib['dict_getitem'](w, k) + 1)
        elif op < 5:
            v = rnd.randrange(100)
            r[k] = v
            lib['dict_setitem'](w, k, v)
        elif op < 7:
            if k in r:
                del r[k]
                lib['dict_delitem'](w, k)
        elif op == 7:
            assert r.pop(k, -1) == lib['dict_pop_default'](w, k, -1)
        elif op == 8:
            if r and rnd.random() < 0.3:
                assert r.popitem() == lib['dict_popitem'](w)
        else:
            assert r.get(k, -5) == lib['dict_get'](w, k, -5)
            assert r.setdefault(k, 7) == lib['dict_setdefault'](w, k, 7)
        live = [(w.keys[i], w.values[i]) for i in range(len(w.hashes)) if w.hashes[i] != -1]
        assert list(r.items()) == live and len(r) == w.used
    copy = lib['dict_copy'](w)
    assert lib['dict_eq'](copy, w)


def main():
    if os.environ.get('PYTHONHASHSEED') != '0':
        sys.exit('run with PYTHONHASHSEED=0 (Wyrm computes the str hashes of that seed)')
    trials = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    rnd = random.Random(1)
    check_hashes(rnd)
    for seed in range(trials):
        rnd = random.Random(seed)
        check_sets(rnd)
        check_set_displays(rnd)
        check_dicts(rnd)
    print(f'dicts and sets agree with CPython over {trials} random trials')


main()
