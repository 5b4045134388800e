# Builtin functions over iterables, written in the translatable subset and translated with
# each program that uses them (Wyrm's runtime library): sum, min, max, any, all and list().
# Each is specialized by the annotator for the iterable's item type.


def builtin_sum(items, start=0):
    total = start
    for item in items:
        total = total + item
    return total


def builtin_sum_floats(items):
    # sum() of floats with no start: CPython starts from the int 0, so an empty iterable gives
    # the int 0, a value of another type than the float Wyrm must return.
    total = 0.0
    count = 0
    for item in items:
        total = total + item
        count += 1
    if count == 0:
        raise TypeError("sum() of no floats is the int 0 in Python; give a float start (sum(xs, 0.0)) to translate it")
    return total


def builtin_min(items):
    # `best` is bound by the first item (no initial value: it would need a common type).
    first = True
    for item in items:
        if first:
            best = item
            first = False
        elif item < best:
            best = item
    if first:
        raise ValueError("min() arg is an empty sequence")
    return best


def builtin_max(items):
    first = True
    for item in items:
        if first:
            best = item
            first = False
        elif item > best:
            best = item
    if first:
        raise ValueError("max() arg is an empty sequence")
    return best


def builtin_min_default(items, default):
    first = True
    best = default
    for item in items:
        if first or item < best:
            best = item
            first = False
    return best


def builtin_max_default(items, default):
    first = True
    best = default
    for item in items:
        if first or item > best:
            best = item
            first = False
    return best


def builtin_min_key(items, key):
    first = True
    for item in items:
        k = key(item)
        if first or k < best_key:
            best = item
            best_key = k
            first = False
    if first:
        raise ValueError("min() arg is an empty sequence")
    return best


def builtin_max_key(items, key):
    first = True
    for item in items:
        k = key(item)
        if first or k > best_key:
            best = item
            best_key = k
            first = False
    if first:
        raise ValueError("max() arg is an empty sequence")
    return best


def builtin_any(items):
    for item in items:
        if item:
            return True
    return False


def builtin_all(items):
    for item in items:
        if not item:
            return False
    return True


def builtin_list(items):
    result = []
    for item in items:
        result.append(item)
    return result


def builtin_next_default(iterator, default):
    try:
        return next(iterator)
    except StopIteration:
        return default


# The lazy builtins are generators, as lazy as CPython's iterators.


def builtin_enumerate(items, start=0):
    index = start
    for item in items:
        yield index, item
        index += 1


def builtin_zip2(first, second):
    rest = iter(second)
    for a in first:
        try:
            b = next(rest)
        except StopIteration:
            return
        yield a, b


def builtin_zip3(first, second, third):
    rest2 = iter(second)
    rest3 = iter(third)
    for a in first:
        try:
            b = next(rest2)
            c = next(rest3)
        except StopIteration:
            return
        yield a, b, c


def builtin_reversed(items):
    index = len(items) - 1
    while index >= 0:
        if index < len(items):
            yield items[index]
        index -= 1


def builtin_map(function, items):
    for item in items:
        yield function(item)


def builtin_map2(function, first, second):
    for a, b in builtin_zip2(first, second):
        yield function(a, b)


def builtin_filter(function, items):
    for item in items:
        if function(item):
            yield item


def builtin_filter_none(items):
    for item in items:
        if item:
            yield item


def builtin_unpack(items, n):
    # `a, b = obj` of an iterable object: its items, exactly n of them, as CPython takes them
    # (it stops at the first item too many).
    result = []
    for item in items:
        if len(result) == n:
            raise ValueError("too many values to unpack (expected " + str(n) + ")")
        result.append(item)
    if len(result) < n:
        raise ValueError("not enough values to unpack (expected " + str(n) + ", got " + str(len(result)) + ")")
    return result
