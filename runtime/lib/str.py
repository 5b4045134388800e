# The methods of str (those of case and character classes are in strcase.py), written in the
# translatable subset and translated with each program that uses them (Wyrm's runtime
# library). Each function str_NAME implements str.NAME with CPython
# 3.11's results and error messages; the annotator specializes it for the argument types.
# Code points are read with code_at() and strings built in character buffers, so nothing here
# allocates a one-character string per character. The longest scans (find(), split() on white
# space) read the str's own array through latin1_chars()/wide_chars() and chars_get(): each such
# function is specialized for the kind, so no code point pays for the test of the str's kind.

from __wyrm__ import char_class, chars_get, chars_new, chars_put, chars_set, chars_str, code_at, is_latin1, latin1_chars, latin1_new, str_from_code, str_slice, wide_chars

MAXSIZE = 9223372036854775807

# The character class bit of white space (strcase.py has the others).
SPACE = 16


def _is_space(c):
    if c < 128:
        return c == 32 or 9 <= c <= 13 or 28 <= c <= 31
    return (char_class(c) & SPACE) != 0


def _adjust(start, end, n):
    # The clamped [start, end) of a slice, as find() and count() interpret their arguments.
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


def _matches_at(s, sub, i):
    m = len(sub)
    k = 0
    while k < m:
        if code_at(s, i + k) != code_at(sub, k):
            return False
        k += 1
    return True


def str_find(s, sub, start=0, end=MAXSIZE):
    n = len(s)
    m = len(sub)
    start, end = _adjust(start, end, n)
    if start > n:
        return -1
    if m == 0:
        return start if start <= end else -1
    # Only where the first code point matches is the rest compared.
    if is_latin1(s):
        return _find_from(s, latin1_chars(s), sub, start, end - m)
    return _find_from(s, wide_chars(s), sub, start, end - m)


def _find_from(s, chars, sub, i, last):
    first = code_at(sub, 0)
    while i <= last:
        if chars_get(chars, i) == first and _matches_at(s, sub, i):
            return i
        i += 1
    return -1


def str_rfind(s, sub, start=0, end=MAXSIZE):
    n = len(s)
    m = len(sub)
    start, end = _adjust(start, end, n)
    if start > n:
        return -1
    i = end - m
    while i >= start:
        if _matches_at(s, sub, i):
            return i
        i -= 1
    return -1


def str_contains(s, sub):
    return str_find(s, sub, 0, MAXSIZE) >= 0


def str_index(s, sub, start=0, end=MAXSIZE):
    i = str_find(s, sub, start, end)
    if i < 0:
        raise ValueError("substring not found")
    return i


def str_rindex(s, sub, start=0, end=MAXSIZE):
    i = str_rfind(s, sub, start, end)
    if i < 0:
        raise ValueError("substring not found")
    return i


def str_count(s, sub, start=0, end=MAXSIZE):
    n = len(s)
    m = len(sub)
    start, end = _adjust(start, end, n)
    if start > n or end - start < m:
        return 0
    if m == 0:
        return end - start + 1
    count = 0
    i = start
    while i <= end - m:
        if _matches_at(s, sub, i):
            count += 1
            i += m
        else:
            i += 1
    return count


def str_startswith(s, prefix, start=0, end=MAXSIZE):
    n = len(s)
    start, end = _adjust(start, end, n)
    if start > n:
        return False
    if end - start < len(prefix):
        return False
    return _matches_at(s, prefix, start)


def str_endswith(s, suffix, start=0, end=MAXSIZE):
    n = len(s)
    start, end = _adjust(start, end, n)
    if start > n:
        return False
    if end - start < len(suffix):
        return False
    return _matches_at(s, suffix, end - len(suffix))


def str_split(s, sep=None, maxsplit=-1):
    if sep is None:
        # Read from the str's own array, of its kind, without a kind test per code point.
        if is_latin1(s):
            return _split_space(s, latin1_chars(s), maxsplit)
        return _split_space(s, wide_chars(s), maxsplit)
    result = []
    n = len(s)
    m = len(sep)
    if m == 0:
        raise ValueError("empty separator")
    i = 0
    while maxsplit != 0:
        j = str_find(s, sep, i, n)
        if j < 0:
            break
        result.append(str_slice(s, i, j))
        i = j + m
        maxsplit -= 1
    result.append(str_slice(s, i, n))
    return result


def _split_space(s, chars, maxsplit):
    result = []
    n = len(s)
    i = 0
    while True:
        while i < n and _is_space(chars_get(chars, i)):
            i += 1
        if i == n:
            break
        if maxsplit == 0:
            result.append(str_slice(s, i, n))
            break
        j = i
        while j < n:
            # Code points 33-127 are never spaces: only the others need the full test.
            c = chars_get(chars, j)
            if (c <= 32 or c >= 128) and _is_space(c):
                break
            j += 1
        result.append(str_slice(s, i, j))
        maxsplit -= 1
        i = j
    return result


# A split on a separator that a `for` loop only iterates (annotator/ops/strsplit.ts): the loop's
# iterator finds each piece with str_find when asked; no list holds the pieces.


def split_check(sep):
    # Where str.split() raises for this separator: at the call, before the loop.
    if len(sep) == 0:
        raise ValueError("empty separator")


def str_rsplit(s, sep=None, maxsplit=-1):
    pieces = []
    n = len(s)
    if sep is None:
        j = n
        while True:
            while j > 0 and _is_space(code_at(s, j - 1)):
                j -= 1
            if j == 0:
                break
            if maxsplit == 0:
                pieces.append(str_slice(s, 0, j))
                break
            i = j
            while i > 0 and not _is_space(code_at(s, i - 1)):
                i -= 1
            pieces.append(str_slice(s, i, j))
            maxsplit -= 1
            j = i
    else:
        m = len(sep)
        if m == 0:
            raise ValueError("empty separator")
        j = n
        while maxsplit != 0:
            i = str_rfind(s, sep, 0, j)
            if i < 0:
                break
            pieces.append(str_slice(s, i + m, j))
            j = i
            maxsplit -= 1
        pieces.append(str_slice(s, 0, j))
    pieces.reverse()
    return pieces


def str_join(sep, items):
    count = len(items)
    if count == 0:
        return ""
    if count == 1:
        # The only item (by iteration: `items` may be a dict or a set).
        for item in items:
            return item
    total = len(sep) * (count - 1)
    narrow = is_latin1(sep)
    for item in items:
        total += len(item)
        if not is_latin1(item):
            narrow = False
    # One byte per code point when every piece is (so the result is).
    if narrow:
        return _join_into(latin1_new(total), total, sep, items)
    return _join_into(chars_new(total), total, sep, items)


def _join_into(buf, total, sep, items):
    at = 0
    k = 0
    for item in items:
        if k > 0:
            chars_put(buf, at, sep)
            at += len(sep)
        chars_put(buf, at, item)
        at += len(item)
        k += 1
    return chars_str(buf, total)


def _in_chars(c, chars):
    if chars is None:
        return _is_space(c)
    k = 0
    n = len(chars)
    while k < n:
        if code_at(chars, k) == c:
            return True
        k += 1
    return False


def str_strip(s, chars=None):
    i = 0
    j = len(s)
    while i < j and _in_chars(code_at(s, i), chars):
        i += 1
    while j > i and _in_chars(code_at(s, j - 1), chars):
        j -= 1
    return str_slice(s, i, j)


def str_lstrip(s, chars=None):
    i = 0
    n = len(s)
    while i < n and _in_chars(code_at(s, i), chars):
        i += 1
    return str_slice(s, i, n)


def str_rstrip(s, chars=None):
    j = len(s)
    while j > 0 and _in_chars(code_at(s, j - 1), chars):
        j -= 1
    return str_slice(s, 0, j)


def str_repeat(s, times):
    n = len(s)
    if times <= 0 or n == 0:
        return ""
    if is_latin1(s):
        return _repeat_into(latin1_new(n * times), s, times)
    return _repeat_into(chars_new(n * times), s, times)


def _repeat_into(buf, s, times):
    n = len(s)
    k = 0
    while k < times:
        chars_put(buf, k * n, s)
        k += 1
    return chars_str(buf, n * times)


def _fill(width, fillchar):
    if len(fillchar) != 1:
        raise TypeError("The fill character must be exactly one character long")
    return str_repeat(fillchar, width)


def str_ljust(s, width, fillchar=" "):
    n = len(s)
    if width <= n:
        _fill(0, fillchar)
        return s
    return s + _fill(width - n, fillchar)


def str_rjust(s, width, fillchar=" "):
    n = len(s)
    if width <= n:
        _fill(0, fillchar)
        return s
    return _fill(width - n, fillchar) + s


def str_center(s, width, fillchar=" "):
    n = len(s)
    if width <= n:
        _fill(0, fillchar)
        return s
    pad = width - n
    left = pad // 2 + (pad & width & 1)
    return _fill(left, fillchar) + s + _fill(pad - left, fillchar)


def str_zfill(s, width):
    n = len(s)
    if width <= n:
        return s
    fill = width - n
    if n > 0:
        c = code_at(s, 0)
        if c == 43 or c == 45:
            return str_from_code(c) + str_repeat("0", fill) + str_slice(s, 1, n)
    return str_repeat("0", fill) + s


def _is_line_break(c):
    return c == 10 or c == 13 or c == 11 or c == 12 or c == 28 or c == 29 or c == 30 or c == 133 or c == 8232 or c == 8233


def str_splitlines(s, keepends=False):
    lines = []
    n = len(s)
    i = 0
    while i < n:
        j = i
        while j < n and not _is_line_break(code_at(s, j)):
            j += 1
        eol = j
        if j < n:
            if code_at(s, j) == 13 and j + 1 < n and code_at(s, j + 1) == 10:
                j += 2
            else:
                j += 1
            if keepends:
                eol = j
        lines.append(str_slice(s, i, eol))
        i = j
    return lines


def str_replace(s, old, new, count=-1):
    n = len(s)
    m = len(old)
    if m == 0:
        pieces = []
        i = 0
        while i <= n and count != 0:
            pieces.append(new)
            if i < n:
                pieces.append(str_slice(s, i, i + 1))
            i += 1
            count -= 1
        if i <= n:
            pieces.append(str_slice(s, i, n))
        return str_join("", pieces)
    pieces = []
    i = 0
    while count != 0:
        j = str_find(s, old, i, n)
        if j < 0:
            break
        pieces.append(str_slice(s, i, j))
        pieces.append(new)
        i = j + m
        count -= 1
    if i == 0:
        return s
    pieces.append(str_slice(s, i, n))
    return str_join("", pieces)


def str_partition(s, sep):
    if len(sep) == 0:
        raise ValueError("empty separator")
    i = str_find(s, sep, 0, len(s))
    if i < 0:
        return (s, "", "")
    return (str_slice(s, 0, i), sep, str_slice(s, i + len(sep), len(s)))


def str_rpartition(s, sep):
    if len(sep) == 0:
        raise ValueError("empty separator")
    i = str_rfind(s, sep, 0, len(s))
    if i < 0:
        return ("", "", s)
    return (str_slice(s, 0, i), sep, str_slice(s, i + len(sep), len(s)))


def str_expandtabs(s, tabsize=8):
    pieces = []
    column = 0
    n = len(s)
    i = 0
    while i < n:
        c = code_at(s, i)
        if c == 9:
            if tabsize > 0:
                spaces = tabsize - column % tabsize
                pieces.append(str_repeat(" ", spaces))
                column += spaces
        else:
            pieces.append(str_from_code(c))
            if c == 10 or c == 13:
                column = 0
            else:
                column += 1
        i += 1
    return str_join("", pieces)


def str_removeprefix(s, prefix):
    if str_startswith(s, prefix, 0, MAXSIZE):
        return str_slice(s, len(prefix), len(s))
    return s


def str_removesuffix(s, suffix):
    if len(suffix) > 0 and str_endswith(s, suffix, 0, MAXSIZE):
        return str_slice(s, 0, len(s) - len(suffix))
    return s


def str_join_iterable(sep, items):
    parts = []
    for item in items:
        parts.append(item)
    return str_join(sep, parts)
