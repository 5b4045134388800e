# The set, written in the translatable subset and translated with each program that uses it
# (Wyrm's runtime library); the annotator specializes each function for the element type.
#
# CPython iterates a set in the order of the slots of its open-addressing table, which depends
# on the elements' hashes, the table size and the history of insertions and deletions. To print
# what CPython prints, this is Objects/setobject.c of CPython 3.11 step by step: the same probe
# sequence (9 linear probes, then i = 5*i + 1 + perturb), the same reuse of deleted slots, the
# same growth rule (fill*5 >= mask*3) and sizes, the same clean reinsertion in slot order when
# the table is rebuilt, and the same algorithms for copies, unions, intersections and
# differences, since each decides the layout of its result.
#
# A set has the parts of a dict (runtime/lib/dict.py): the index table's slots are EMPTY, DUMMY
# or the index of an entry in the dense lists of hashes and keys. Entries are in no particular
# order; a deleted one is marked DELETED until the entries are compacted. `fill` counts the
# slots that are not EMPTY (CPython's so->fill), `finger` is where pop() looks next.
#
# New sets are made by dict_new_like(s) (an empty set of the same type as s), or by the
# operation that calls the library (set_fill_*), so that every set the library handles has a
# known element type.

from __wyrm__ import dict_fill, dict_finger, dict_hashes, dict_indices, dict_keys, dict_new_like, dict_set_fill, dict_set_finger, dict_set_indices, dict_set_used, dict_used, identical

EMPTY = -1
DUMMY = -2
DELETED = -1
MINSIZE = 8
LINEAR_PROBES = 9
_PERTURB_MASK = 576460752303423487


def _lookkey(s, key, h):
    # The slot holding `key`, or -1 (set_lookkey).
    indices = dict_indices(s)
    hashes = dict_hashes(s)
    keys = dict_keys(s)
    mask = len(indices) - 1
    i = h & mask
    perturb = h
    while True:
        probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
        j = i
        while True:
            ix = indices[j]
            if ix == EMPTY:
                return -1
            if ix >= 0 and hashes[ix] == h and (identical(keys[ix], key) or keys[ix] == key):
                return j
            if probes == 0:
                break
            probes -= 1
            j += 1
        perturb = (perturb >> 5) & _PERTURB_MASK
        i = (i * 5 + 1 + perturb) & mask


def _insert_clean(indices, h):
    # The first EMPTY slot of h's probe sequence, in a table without DUMMY slots.
    mask = len(indices) - 1
    i = h & mask
    perturb = h
    while True:
        if indices[i] == EMPTY:
            return i
        if i + LINEAR_PROBES <= mask:
            j = i + 1
            while j <= i + LINEAR_PROBES:
                if indices[j] == EMPTY:
                    return j
                j += 1
        perturb = (perturb >> 5) & _PERTURB_MASK
        i = (i * 5 + 1 + perturb) & mask


def _append_entry(s, key, h):
    hashes = dict_hashes(s)
    ix = len(hashes)
    hashes.append(h)
    dict_keys(s).append(key)
    return ix


def _compact(s):
    # Drops the deleted entries and renumbers the slots (the layout of the table is unchanged).
    hashes = dict_hashes(s)
    keys = dict_keys(s)
    n = len(hashes)
    remap = [0] * n
    live = 0
    for i in range(n):
        if hashes[i] != DELETED:
            remap[i] = live
            if i != live:
                hashes[live] = hashes[i]
                keys[live] = keys[i]
            live += 1
    while len(hashes) > live:
        hashes.pop()
        keys.pop()
    indices = dict_indices(s)
    for slot in range(len(indices)):
        ix = indices[slot]
        if ix >= 0:
            indices[slot] = remap[ix]


def _resize(s, minused):
    # set_table_resize: the smallest table of more than minused slots, the active entries
    # reinserted in the order of the old slots.
    size = MINSIZE
    while size <= minused:
        size = size << 1
    if len(dict_hashes(s)) != dict_used(s):
        _compact(s)
    old = dict_indices(s)
    hashes = dict_hashes(s)
    table = [EMPTY] * size
    for slot in range(len(old)):
        ix = old[slot]
        if ix >= 0:
            table[_insert_clean(table, hashes[ix])] = ix
    dict_set_indices(s, table)
    dict_set_fill(s, dict_used(s))


def _add_entry(s, key, h):
    # set_add_entry: adds key unless present; a new key goes to the last DUMMY slot seen on its
    # probe sequence, else to the EMPTY slot that ends it.
    indices = dict_indices(s)
    hashes = dict_hashes(s)
    keys = dict_keys(s)
    mask = len(indices) - 1
    i = h & mask
    perturb = h
    freeslot = -1
    while True:
        probes = LINEAR_PROBES if i + LINEAR_PROBES <= mask else 0
        j = i
        while True:
            ix = indices[j]
            if ix == EMPTY:
                if freeslot >= 0:
                    if len(hashes) >= 2 * len(indices):
                        _compact(s)
                    indices[freeslot] = _append_entry(s, key, h)
                    dict_set_used(s, dict_used(s) + 1)
                    return
                indices[j] = _append_entry(s, key, h)
                fill = dict_fill(s) + 1
                used = dict_used(s) + 1
                dict_set_fill(s, fill)
                dict_set_used(s, used)
                if fill * 5 >= mask * 3:
                    _resize(s, used * 2 if used > 50000 else used * 4)
                return
            if ix >= 0:
                if hashes[ix] == h and (identical(keys[ix], key) or keys[ix] == key):
                    return
            else:
                freeslot = j
            if probes == 0:
                break
            probes -= 1
            j += 1
        perturb = (perturb >> 5) & _PERTURB_MASK
        i = (i * 5 + 1 + perturb) & mask


def _discard_entry(s, key, h):
    slot = _lookkey(s, key, h)
    if slot < 0:
        return False
    indices = dict_indices(s)
    dict_hashes(s)[indices[slot]] = DELETED
    indices[slot] = DUMMY
    dict_set_used(s, dict_used(s) - 1)
    return True


def _merge(s, other):
    # set_merge: adds the elements of the set `other`, in the order of its slots.
    if s is other or dict_used(other) == 0:
        return
    if (dict_fill(s) + dict_used(other)) * 5 >= (len(dict_indices(s)) - 1) * 3:
        _resize(s, (dict_used(s) + dict_used(other)) * 2)
    oindices = dict_indices(other)
    ohashes = dict_hashes(other)
    okeys = dict_keys(other)
    if dict_fill(s) == 0:
        indices = dict_indices(s)
        # An empty table of the same size as a table without dummies: copy the slots.
        same = len(indices) == len(oindices) and dict_fill(other) == dict_used(other)
        for slot in range(len(oindices)):
            ix = oindices[slot]
            if ix >= 0:
                h = ohashes[ix]
                target = slot if same else _insert_clean(indices, h)
                indices[target] = _append_entry(s, okeys[ix], h)
        dict_set_fill(s, dict_used(other))
        dict_set_used(s, dict_used(other))
        return
    for slot in range(len(oindices)):
        ix = oindices[slot]
        if ix >= 0:
            _add_entry(s, okeys[ix], ohashes[ix])


def set_add(s, key):
    _add_entry(s, key, hash(key))


def set_contains(s, key):
    return _lookkey(s, key, hash(key)) >= 0


def set_remove(s, key):
    if not _discard_entry(s, key, hash(key)):
        raise KeyError(key)


def set_discard(s, key):
    _discard_entry(s, key, hash(key))


def set_pop(s):
    if dict_used(s) == 0:
        raise KeyError("pop from an empty set")
    indices = dict_indices(s)
    mask = len(indices) - 1
    i = dict_finger(s) & mask
    while indices[i] < 0:
        i += 1
        if i > mask:
            i = 0
    ix = indices[i]
    key = dict_keys(s)[ix]
    dict_hashes(s)[ix] = DELETED
    indices[i] = DUMMY
    dict_set_used(s, dict_used(s) - 1)
    dict_set_finger(s, i + 1)
    return key


def set_clear(s):
    dict_hashes(s).clear()
    dict_keys(s).clear()
    dict_set_indices(s, [EMPTY] * MINSIZE)
    dict_set_used(s, 0)
    dict_set_fill(s, 0)


def set_update_set(s, other):
    _merge(s, other)


def set_update_dict(s, d):
    # The keys of a dict in its order, with its stored hashes, after one resize for all of them.
    n = len(d)
    if (dict_fill(s) + n) * 5 >= (len(dict_indices(s)) - 1) * 3:
        _resize(s, (dict_used(s) + n) * 2)
    hashes = dict_hashes(d)
    keys = dict_keys(d)
    for i in range(len(hashes)):
        h = hashes[i]
        if h != DELETED:
            _add_entry(s, keys[i], h)


def set_update_iter(s, items):
    for key in items:
        _add_entry(s, key, hash(key))


def set_from_set(other):
    result = dict_new_like(other)
    _merge(result, other)
    return result


def set_fill_dict(result, d):
    set_update_dict(result, d)


def set_fill_iter(result, items):
    set_update_iter(result, items)


def set_reinsert(s):
    # A set display of constants: CPython makes a frozenset at compile time, and rebuilds it
    # from its own iteration order when it merges the code's constants.
    result = dict_new_like(s)
    set_update_iter(result, s)
    return result


def set_union_set(s, other):
    result = set_from_set(s)
    if not (s is other):
        _merge(result, other)
    return result


def set_union_dict(s, d):
    result = set_from_set(s)
    set_update_dict(result, d)
    return result


def set_union_iter(s, items):
    result = set_from_set(s)
    set_update_iter(result, items)
    return result


def _intersect_into(result, small, large):
    indices = dict_indices(small)
    hashes = dict_hashes(small)
    keys = dict_keys(small)
    for slot in range(len(indices)):
        ix = indices[slot]
        if ix >= 0:
            key = keys[ix]
            h = hashes[ix]
            if _lookkey(large, key, h) >= 0:
                _add_entry(result, key, h)


def set_intersection_set(s, other):
    # set_intersection: the smaller set's elements (the right one's on a tie) that the other has.
    if s is other:
        return set_from_set(s)
    result = dict_new_like(s)
    if dict_used(other) > dict_used(s):
        _intersect_into(result, s, other)
    else:
        _intersect_into(result, other, s)
    return result


def set_intersection_iter(s, items):
    result = dict_new_like(s)
    for key in items:
        h = hash(key)
        if _lookkey(s, key, h) >= 0:
            _add_entry(result, key, h)
    return result


def _take_table(s, other):
    # s gets other's elements and table (set_swap_bodies, other is dropped).
    hashes = dict_hashes(s)
    keys = dict_keys(s)
    hashes.clear()
    keys.clear()
    ohashes = dict_hashes(other)
    okeys = dict_keys(other)
    for i in range(len(ohashes)):
        hashes.append(ohashes[i])
        keys.append(okeys[i])
    dict_set_indices(s, dict_indices(other))
    dict_set_used(s, dict_used(other))
    dict_set_fill(s, dict_fill(other))


def set_intersection_update_set(s, other):
    _take_table(s, set_intersection_set(s, other))


def set_intersection_update_iter(s, items):
    _take_table(s, set_intersection_iter(s, items))


def set_difference_update(s, items):
    # set_difference_update_internal: discards every element of `items`, then rebuilds the
    # table if more than a quarter of it is dummies.
    if s is items:
        set_clear(s)
        return
    for key in items:
        _discard_entry(s, key, hash(key))
    if dict_fill(s) - dict_used(s) > (len(dict_indices(s)) - 1) // 4:
        used = dict_used(s)
        _resize(s, used * 2 if used > 50000 else used * 4)


def set_difference_iter(s, items):
    result = set_from_set(s)
    set_difference_update(result, items)
    return result


def set_difference_set(s, other):
    # set_difference with a set or dict: copy and discard when s is much larger, else add the
    # elements of s that `other` lacks to a new set.
    if (dict_used(s) >> 2) > len(other):
        return set_difference_iter(s, other)
    result = dict_new_like(s)
    indices = dict_indices(s)
    hashes = dict_hashes(s)
    keys = dict_keys(s)
    for slot in range(len(indices)):
        ix = indices[slot]
        if ix >= 0:
            key = keys[ix]
            if not (key in other):
                _add_entry(result, key, hashes[ix])
    return result


def set_symmetric_difference_update_set(s, other):
    if s is other:
        set_clear(s)
        return
    indices = dict_indices(other)
    hashes = dict_hashes(other)
    keys = dict_keys(other)
    for slot in range(len(indices)):
        ix = indices[slot]
        if ix >= 0:
            key = keys[ix]
            h = hashes[ix]
            if not _discard_entry(s, key, h):
                _add_entry(s, key, h)


def set_symmetric_difference_update_dict(s, d):
    hashes = dict_hashes(d)
    keys = dict_keys(d)
    for i in range(len(hashes)):
        h = hashes[i]
        if h != DELETED:
            key = keys[i]
            if not _discard_entry(s, key, h):
                _add_entry(s, key, h)


def set_symmetric_difference_update_iter(s, items):
    other = dict_new_like(s)
    set_update_iter(other, items)
    set_symmetric_difference_update_set(s, other)


def set_symmetric_difference_set(s, other):
    result = set_from_set(other)
    set_symmetric_difference_update_set(result, s)
    return result


def set_symmetric_difference_dict(s, d):
    result = dict_new_like(s)
    set_update_dict(result, d)
    set_symmetric_difference_update_set(result, s)
    return result


def set_symmetric_difference_iter(s, items):
    result = dict_new_like(s)
    set_update_iter(result, items)
    set_symmetric_difference_update_set(result, s)
    return result


def set_issubset(s, other):
    if dict_used(s) > dict_used(other):
        return False
    indices = dict_indices(s)
    hashes = dict_hashes(s)
    keys = dict_keys(s)
    for slot in range(len(indices)):
        ix = indices[slot]
        if ix >= 0 and _lookkey(other, keys[ix], hashes[ix]) < 0:
            return False
    return True


def set_isdisjoint(s, other):
    if dict_used(s) > dict_used(other):
        return set_isdisjoint(other, s)
    for key in s:
        if key in other:
            return False
    return True


def set_eq(s, other):
    return dict_used(s) == dict_used(other) and set_issubset(s, other)


def set_compare(s, other, op):
    # <, <=, >, >= of sets: subset and superset tests (op 0, 1, 2, 3).
    if op == 0:
        return dict_used(s) < dict_used(other) and set_issubset(s, other)
    if op == 1:
        return set_issubset(s, other)
    if op == 2:
        return dict_used(s) > dict_used(other) and set_issubset(other, s)
    return set_issubset(other, s)


def set_next_slot(s, i, used):
    # The slot a set iterator at position i gives next, or -1 at the end.
    if dict_used(s) != used:
        raise RuntimeError("Set changed size during iteration")
    indices = dict_indices(s)
    n = len(indices)
    while i < n and indices[i] < 0:
        i += 1
    if i >= n:
        return -1
    return i
