# Slicing of lists and strings (x[a:b:c], its assignment and deletion), written in the
# translatable subset and translated with each program that uses it. A part of the slice left
# out arrives as 0 with its has_ flag false, so every part is an int. The bounds are clamped as
# CPython's PySlice_AdjustIndices clamps them.

from __wyrm__ import chars_new, chars_set, chars_str, code_at, is_latin1, latin1_new, str_slice


def _first_and_count(n, start, stop, step, has_start, has_stop):
    # The index of the slice's first item and how many items it has.
    if step == 0:
        raise ValueError("slice step cannot be zero")
    if step > 0:
        lower = 0
        upper = n
    else:
        lower = -1
        upper = n - 1
    if not has_start:
        start = upper if step < 0 else 0
    elif start < 0:
        start += n
        if start < lower:
            start = lower
    elif start > upper:
        start = upper
    if not has_stop:
        stop = upper if step > 0 else lower
    elif stop < 0:
        stop += n
        if stop < lower:
            stop = lower
    elif stop > upper:
        stop = upper
    if step > 0:
        if stop <= start:
            return start, 0
        return start, (stop - start - 1) // step + 1
    if stop >= start:
        return start, 0
    return start, (start - stop - 1) // (-step) + 1


def list_getslice(items, start, stop, step, has_start, has_stop):
    first, count = _first_and_count(len(items), start, stop, step, has_start, has_stop)
    result = []
    i = first
    k = 0
    while k < count:
        result.append(items[i])
        i += step
        k += 1
    return result


def str_getslice(s, start, stop, step, has_start, has_stop):
    first, count = _first_and_count(len(s), start, stop, step, has_start, has_stop)
    if step == 1:
        return str_slice(s, first, first + count)
    if is_latin1(s):
        return _step_slice_into(latin1_new(count), s, first, count, step)
    return _step_slice_into(chars_new(count), s, first, count, step)


def _step_slice_into(buf, s, first, count, step):
    i = first
    k = 0
    while k < count:
        chars_set(buf, k, code_at(s, i))
        i += step
        k += 1
    return chars_str(buf, count)


def list_setslice(items, start, stop, step, has_start, has_stop, values):
    first, count = _first_and_count(len(items), start, stop, step, has_start, has_stop)
    new_items = []
    for value in values:
        new_items.append(value)
    if step == 1:
        # Replace items[first:first + count] by the new items; the list may grow or shrink.
        tail = []
        k = first + count
        while k < len(items):
            tail.append(items[k])
            k += 1
        while len(items) > first:
            items.pop()
        for value in new_items:
            items.append(value)
        for value in tail:
            items.append(value)
        return
    if len(new_items) != count:
        raise ValueError("attempt to assign sequence of size " + str(len(new_items)) + " to extended slice of size " + str(count))
    i = first
    for value in new_items:
        items[i] = value
        i += step


def list_delslice(items, start, stop, step, has_start, has_stop):
    first, count = _first_and_count(len(items), start, stop, step, has_start, has_stop)
    if count == 0:
        return
    if step < 0:
        # The same items, walked upwards.
        first = first + (count - 1) * step
        step = -step
    kept = []
    k = 0
    i = 0
    n = len(items)
    while i < n:
        if i >= first and k < count and i == first + k * step:
            k += 1
        else:
            kept.append(items[i])
        i += 1
    while len(items) > 0:
        items.pop()
    for value in kept:
        items.append(value)
