# The dict, written in the translatable subset and translated with each program that uses it
# (Wyrm's runtime library); the annotator specializes each function for the key and value types
# of the dicts it receives, so one implementation serves every dict type.
#
# A dict is CPython's compact hash table (Objects/dictobject.c): a sparse index table of
# 2**k slots, each EMPTY, DUMMY (a deleted key was there) or the index of an entry in the dense
# entry lists of hashes, keys and values, which keep the insertion order. A deleted entry keeps
# its place (its hash becomes DELETED) until the table is resized, which compacts the entries.
# Lookups probe the slots in CPython's order (i = 5*i + 1 + perturb). The intrinsics read and
# replace the parts of a dict (backend/repr/dict.ts holds them in one struct). A dict of str
# keys remembers the key `in` found last and that key's slot (dict_cached_slot), which every
# lookup tries first; a new table (dict_set_indices) forgets it, and so must every removal.

from __wyrm__ import dict_cache, dict_cached_slot, dict_hashes, dict_indices, dict_uncache, identical, dict_keys, dict_new_like, dict_set_indices, dict_set_used, dict_used, dict_values

EMPTY = -1
DUMMY = -2
DELETED = -1
MINSIZE = 8
_PERTURB_MASK = 576460752303423487


def _usable(size):
    return (size << 1) // 3


def _lookup(d, key, h):
    # The slot holding `key`, or -1.
    cached = dict_cached_slot(d, key)
    if cached >= 0:
        return cached
    indices = dict_indices(d)
    hashes = dict_hashes(d)
    keys = dict_keys(d)
    mask = len(indices) - 1
    i = h & mask
    perturb = h
    while True:
        ix = indices[i]
        if ix == EMPTY:
            return -1
        if ix >= 0 and hashes[ix] == h and (identical(keys[ix], key) or keys[ix] == key):
            return i
        # perturb is unsigned in CPython: the first shift is logical.
        perturb = (perturb >> 5) & _PERTURB_MASK
        i = (i * 5 + perturb + 1) & mask


def _find_empty(indices, h):
    # The first slot of h's probe sequence that holds no entry (EMPTY or DUMMY).
    mask = len(indices) - 1
    i = h & mask
    perturb = h
    while indices[i] >= 0:
        perturb = (perturb >> 5) & _PERTURB_MASK
        i = (i * 5 + perturb + 1) & mask
    return i


def _resize(d, minsize):
    # A table of the smallest power of two >= minsize (at least 8), with the entries compacted.
    size = MINSIZE
    while size < minsize:
        size = size << 1
    hashes = dict_hashes(d)
    keys = dict_keys(d)
    values = dict_values(d)
    n = len(hashes)
    live = 0
    for i in range(n):
        if hashes[i] != DELETED:
            if i != live:
                hashes[live] = hashes[i]
                keys[live] = keys[i]
                values[live] = values[i]
            live += 1
    while len(hashes) > live:
        hashes.pop()
        keys.pop()
        values.pop()
    indices = [EMPTY] * size
    for i in range(live):
        indices[_find_empty(indices, hashes[i])] = i
    dict_set_indices(d, indices)


def _insert_new(d, key, h, value):
    # Appends an entry for a key known to be absent.
    hashes = dict_hashes(d)
    if len(hashes) >= _usable(len(dict_indices(d))):
        _resize(d, dict_used(d) * 3)
    indices = dict_indices(d)
    indices[_find_empty(indices, h)] = len(hashes)
    hashes.append(h)
    dict_keys(d).append(key)
    dict_values(d).append(value)
    dict_set_used(d, dict_used(d) + 1)


def _delete_slot(d, slot):
    indices = dict_indices(d)
    ix = indices[slot]
    indices[slot] = DUMMY
    dict_uncache(d)
    dict_hashes(d)[ix] = DELETED
    dict_set_used(d, dict_used(d) - 1)
    return ix


def dict_setitem(d, key, value):
    h = hash(key)
    slot = _lookup(d, key, h)
    if slot >= 0:
        dict_values(d)[dict_indices(d)[slot]] = value
    else:
        _insert_new(d, key, h, value)


def dict_getitem(d, key):
    slot = _lookup(d, key, hash(key))
    if slot < 0:
        raise KeyError(key)
    return dict_values(d)[dict_indices(d)[slot]]


def dict_delitem(d, key):
    slot = _lookup(d, key, hash(key))
    if slot < 0:
        raise KeyError(key)
    _delete_slot(d, slot)


def dict_contains(d, key):
    # A key found by `in` is usually read or replaced next (`if w in d: d[w] += 1`): the dict
    # remembers it. Only here: remembering costs a store (and V8's write barrier) per lookup,
    # which a loop of plain reads of new keys would pay for nothing.
    slot = _lookup(d, key, hash(key))
    if slot < 0:
        return False
    dict_cache(d, key, slot)
    return True


def dict_get(d, key, default=None):
    slot = _lookup(d, key, hash(key))
    if slot < 0:
        return default
    return dict_values(d)[dict_indices(d)[slot]]


def dict_setdefault(d, key, default=None):
    h = hash(key)
    slot = _lookup(d, key, h)
    if slot >= 0:
        return dict_values(d)[dict_indices(d)[slot]]
    _insert_new(d, key, h, default)
    return default


def dict_pop(d, key):
    slot = _lookup(d, key, hash(key))
    if slot < 0:
        raise KeyError(key)
    return dict_values(d)[_delete_slot(d, slot)]


def dict_pop_default(d, key, default):
    slot = _lookup(d, key, hash(key))
    if slot < 0:
        return default
    return dict_values(d)[_delete_slot(d, slot)]


def dict_popitem(d):
    # The last entry, as CPython pops it; the entries after it are dropped.
    if dict_used(d) == 0:
        raise KeyError("popitem(): dictionary is empty")
    hashes = dict_hashes(d)
    keys = dict_keys(d)
    values = dict_values(d)
    i = len(hashes) - 1
    while hashes[i] == DELETED:
        i -= 1
    key = keys[i]
    value = values[i]
    indices = dict_indices(d)
    mask = len(indices) - 1
    h = hashes[i]
    slot = h & mask
    perturb = h
    while indices[slot] != i:
        perturb = (perturb >> 5) & _PERTURB_MASK
        slot = (slot * 5 + perturb + 1) & mask
    indices[slot] = DUMMY
    dict_uncache(d)
    dict_set_used(d, dict_used(d) - 1)
    while len(hashes) > i:
        hashes.pop()
        keys.pop()
        values.pop()
    return (key, value)


def dict_clear(d):
    dict_hashes(d).clear()
    dict_keys(d).clear()
    dict_values(d).clear()
    dict_set_indices(d, [EMPTY] * MINSIZE)
    dict_set_used(d, 0)


def dict_update(d, other):
    # The entries of `other` in order, with their stored hashes (as CPython's dict_merge).
    if d is other:
        return
    hashes = dict_hashes(other)
    keys = dict_keys(other)
    values = dict_values(other)
    for i in range(len(hashes)):
        h = hashes[i]
        if h != DELETED:
            key = keys[i]
            slot = _lookup(d, key, h)
            if slot >= 0:
                dict_values(d)[dict_indices(d)[slot]] = values[i]
            else:
                _insert_new(d, key, h, values[i])


def dict_copy(d):
    result = dict_new_like(d)
    dict_update(result, d)
    return result


def dict_or(d, other):
    result = dict_copy(d)
    dict_update(result, other)
    return result


def dict_eq(d, other):
    if dict_used(d) != dict_used(other):
        return False
    hashes = dict_hashes(d)
    keys = dict_keys(d)
    values = dict_values(d)
    for i in range(len(hashes)):
        h = hashes[i]
        if h != DELETED:
            slot = _lookup(other, keys[i], h)
            if slot < 0:
                return False
            if not (values[i] == dict_values(other)[dict_indices(other)[slot]]):
                return False
    return True


def dict_values_contains(d, value):
    hashes = dict_hashes(d)
    values = dict_values(d)
    for i in range(len(hashes)):
        if hashes[i] != DELETED and values[i] == value:
            return True
    return False


def dict_next_entry(d, i, used, remaining):
    # The entry a dict iterator at position i gives next, or -1 at the end; CPython's errors
    # when the dict changed during the iteration.
    if dict_used(d) != used:
        raise RuntimeError("dictionary changed size during iteration")
    hashes = dict_hashes(d)
    n = len(hashes)
    while i < n and hashes[i] == DELETED:
        i += 1
    if i >= n:
        return -1
    if remaining == 0:
        raise RuntimeError("dictionary keys changed during iteration")
    return i


def dict_fill_pairs(result, items):
    # dict(pairs): `result` is the new dict, made (with its types) by the operation.
    for pair in items:
        dict_setitem(result, pair[0], pair[1])
