# The methods of list and the comparisons of lists, written in the translatable subset and
# translated with each program that uses them (Wyrm's runtime library). Each function is
# specialized by the annotator for the item type of the lists it receives, so one generic
# implementation serves list[int], list[str] and lists of instances alike. Items are equal when
# they are the same object or when == says so, as CPython's PyObject_RichCompareBool decides.

from __wyrm__ import identical

MAXSIZE = 9223372036854775807


def list_reverse(xs):
    i = 0
    j = len(xs) - 1
    while i < j:
        item = xs[i]
        xs[i] = xs[j]
        xs[j] = item
        i += 1
        j -= 1


def list_extend(xs, items):
    for item in items:
        xs.append(item)


def list_copy(xs):
    result = []
    for item in xs:
        result.append(item)
    return result


def _adjust(start, end, n):
    if end > n:
        end = n
    elif end < 0:
        end += n
        if end < 0:
            end = 0
    if start < 0:
        start += n
        if start < 0:
            start = 0
    return start, end


def list_index(xs, value, start=0, end=MAXSIZE):
    start, end = _adjust(start, end, len(xs))
    i = start
    while i < end:
        if identical(xs[i], value) or xs[i] == value:
            return i
        i += 1
    raise ValueError(repr(value) + " is not in list")


def list_count(xs, value):
    count = 0
    for item in xs:
        if identical(item, value) or item == value:
            count += 1
    return count


def list_remove(xs, value):
    n = len(xs)
    i = 0
    while i < n:
        if identical(xs[i], value) or xs[i] == value:
            xs.pop(i)
            return
        i += 1
    raise ValueError("list.remove(x): x not in list")


def list_contains(xs, value):
    for item in xs:
        if identical(item, value) or item == value:
            return True
    return False


def list_eq(xs, ys):
    n = len(xs)
    if n != len(ys):
        return False
    i = 0
    while i < n:
        if not (identical(xs[i], ys[i]) or xs[i] == ys[i]):
            return False
        i += 1
    return True


def list_compare(xs, ys):
    # -1, 0 or 1: the first differing items decide, then the lengths.
    n = len(xs)
    m = len(ys)
    i = 0
    while i < n and i < m:
        if not (identical(xs[i], ys[i]) or xs[i] == ys[i]):
            if xs[i] < ys[i]:
                return -1
            return 1
        i += 1
    if n < m:
        return -1
    if n > m:
        return 1
    return 0


def _merge(keys, items, tmp_keys, tmp_items, lo, mid, hi):
    # Merges the sorted runs [lo, mid) and [mid, hi), taking from the left run on ties so the
    # sort is stable.
    k = lo
    while k < mid:
        tmp_keys[k] = keys[k]
        tmp_items[k] = items[k]
        k += 1
    i = lo
    j = mid
    k = lo
    while i < mid and j < hi:
        if keys[j] < tmp_keys[i]:
            keys[k] = keys[j]
            items[k] = items[j]
            j += 1
        else:
            keys[k] = tmp_keys[i]
            items[k] = tmp_items[i]
            i += 1
        k += 1
    while i < mid:
        keys[k] = tmp_keys[i]
        items[k] = tmp_items[i]
        i += 1
        k += 1


def _insertion_sort(keys, items, lo, hi):
    i = lo + 1
    while i < hi:
        key = keys[i]
        item = items[i]
        j = i
        while j > lo and key < keys[j - 1]:
            keys[j] = keys[j - 1]
            items[j] = items[j - 1]
            j -= 1
        keys[j] = key
        items[j] = item
        i += 1


def _sort_by(keys, items):
    # A stable merge sort of `items` by `keys` (sorted together): runs of 32 sorted by
    # insertion, then merged bottom-up, as Timsort does with its minimum run length.
    n = len(keys)
    run = 32
    lo = 0
    while lo < n:
        hi = lo + run
        if hi > n:
            hi = n
        _insertion_sort(keys, items, lo, hi)
        lo = hi
    if n <= run:
        return
    tmp_keys = list_copy(keys)
    tmp_items = list_copy(items)
    width = run
    while width < n:
        lo = 0
        while lo + width < n:
            mid = lo + width
            hi = mid + width
            if hi > n:
                hi = n
            if keys[mid] < keys[mid - 1]:
                _merge(keys, items, tmp_keys, tmp_items, lo, mid, hi)
            lo = hi
        width *= 2


def _insertion_run(xs, lo, hi):
    i = lo + 1
    while i < hi:
        item = xs[i]
        j = i
        while j > lo and item < xs[j - 1]:
            xs[j] = xs[j - 1]
            j -= 1
        xs[j] = item
        i += 1


def _merge_plain(xs, tmp, lo, mid, hi):
    # Merges the sorted runs [lo, mid) and [mid, hi), taking from the left run on ties.
    k = lo
    while k < mid:
        tmp[k] = xs[k]
        k += 1
    i = lo
    j = mid
    k = lo
    while i < mid and j < hi:
        if xs[j] < tmp[i]:
            xs[k] = xs[j]
            j += 1
        else:
            xs[k] = tmp[i]
            i += 1
        k += 1
    while i < mid:
        xs[k] = tmp[i]
        i += 1
        k += 1


def _sort_plain(xs):
    # The same merge sort as _sort_by, of the items themselves. Its inner loops are functions of
    # their own, called many times: V8 optimizes a wasm function for its next call, never the
    # call running, so loops inside this function, called once, would run unoptimized to the end.
    n = len(xs)
    run = 32
    lo = 0
    while lo < n:
        hi = lo + run
        if hi > n:
            hi = n
        _insertion_run(xs, lo, hi)
        lo = hi
    if n <= run:
        return
    tmp = list_copy(xs)
    width = run
    while width < n:
        lo = 0
        while lo + width < n:
            mid = lo + width
            hi = mid + width
            if hi > n:
                hi = n
            if xs[mid] < xs[mid - 1]:
                _merge_plain(xs, tmp, lo, mid, hi)
            lo = hi
        width *= 2


def list_sort(xs, reverse=False):
    # Stability with reverse=True: reverse, sort, reverse again keeps equal items in order.
    if reverse:
        list_reverse(xs)
    _sort_plain(xs)
    if reverse:
        list_reverse(xs)


def list_sort_key(xs, key, reverse=False):
    if reverse:
        list_reverse(xs)
    keys = []
    for item in xs:
        keys.append(key(item))
    _sort_by(keys, xs)
    if reverse:
        list_reverse(xs)


def list_sorted(items, reverse=False):
    result = []
    for item in items:
        result.append(item)
    list_sort(result, reverse)
    return result


def list_sorted_key(items, key, reverse=False):
    result = []
    for item in items:
        result.append(item)
    list_sort_key(result, key, reverse)
    return result
