# The case mappings and character-class predicates of str (lower, upper, swapcase,
# capitalize, title, isalpha, isdigit... istitle), split from str.py, the rest of the str methods
# of Wyrm's runtime library. Character classes come from char_class(), the Unicode tables the
# host holds; ASCII is answered here without a call.

from __wyrm__ import ascii_case, char_case_full, char_class, char_lower, char_upper, code_at, is_latin1, str_from_code, str_slice

ALPHA = 1
DIGIT = 2
DECIMAL = 4
NUMERIC = 8
SPACE = 16
UPPER = 32
LOWER = 64
TITLE = 128
CASED = 256
CASE_IGNORABLE = 512


def _classes(c):
    if c < 128:
        if 97 <= c <= 122:
            return ALPHA | LOWER | CASED
        if 65 <= c <= 90:
            return ALPHA | UPPER | CASED
        if 48 <= c <= 57:
            return DIGIT | DECIMAL | NUMERIC
        if c == 32 or 9 <= c <= 13 or 28 <= c <= 31:
            return SPACE
        return 0
    return char_class(c)


def _case_ignorable(c):
    if c < 128:
        return c == 39 or c == 46 or c == 58 or c == 94 or c == 96
    return (char_class(c) & CASE_IGNORABLE) != 0


def _final_sigma(s, i):
    # Greek capital sigma lowercases to the final form at the end of a word: after a cased
    # letter and not before one (case-ignorable characters in between do not count).
    k = i - 1
    while k >= 0 and _case_ignorable(code_at(s, k)):
        k -= 1
    if k < 0 or (_classes(code_at(s, k)) & CASED) == 0:
        return False
    k = i + 1
    n = len(s)
    while k < n and _case_ignorable(code_at(s, k)):
        k += 1
    return k == n or (_classes(code_at(s, k)) & CASED) == 0


def _convert_case(s, to_lower):
    # The case conversion of every code point; a character whose mapping has several code
    # points (German sharp s to SS) takes the host's full mapping.
    converted = ascii_case(s, 0 if to_lower else 1)
    if converted is not None:
        return converted
    n = len(s)
    pieces = []
    i = 0
    while i < n:
        c = code_at(s, i)
        if to_lower and c == 931 and _final_sigma(s, i):
            pieces.append(str_from_code(962))
        else:
            mapped = char_lower(c) if to_lower else char_upper(c)
            if mapped < 0:
                pieces.append(char_case_full(c, 0 if to_lower else 1))
            else:
                pieces.append(str_from_code(mapped))
        i += 1
    return "".join(pieces)


def str_lower(s):
    return _convert_case(s, True)


def str_upper(s):
    return _convert_case(s, False)


def str_swapcase(s):
    pieces = []
    n = len(s)
    i = 0
    while i < n:
        c = code_at(s, i)
        k = _classes(c)
        if (k & UPPER) != 0:
            pieces.append(str_lower(str_from_code(c)))
        elif (k & LOWER) != 0:
            pieces.append(str_upper(str_from_code(c)))
        else:
            pieces.append(str_from_code(c))
        i += 1
    return "".join(pieces)


def str_capitalize(s):
    n = len(s)
    if n == 0:
        return s
    first = str_upper(str_slice(s, 0, 1))
    return first + str_lower(str_slice(s, 1, n))


def str_title(s):
    pieces = []
    n = len(s)
    previous_cased = False
    i = 0
    while i < n:
        c = code_at(s, i)
        one = str_from_code(c)
        if previous_cased:
            pieces.append(str_lower(one))
        else:
            pieces.append(str_upper(one))
        previous_cased = (_classes(c) & CASED) != 0
        i += 1
    return "".join(pieces)


def _all_have(s, bits):
    n = len(s)
    if n == 0:
        return False
    i = 0
    while i < n:
        if (_classes(code_at(s, i)) & bits) == 0:
            return False
        i += 1
    return True


def str_isalpha(s):
    return _all_have(s, ALPHA)


def str_isdigit(s):
    return _all_have(s, DIGIT)


def str_isdecimal(s):
    return _all_have(s, DECIMAL)


def str_isnumeric(s):
    return _all_have(s, NUMERIC)


def str_isspace(s):
    return _all_have(s, SPACE)


def str_isascii(s):
    # A str stored four bytes per code point holds one from U+0100 up.
    if not is_latin1(s):
        return False
    n = len(s)
    i = 0
    while i < n:
        if code_at(s, i) >= 128:
            return False
        i += 1
    return True


def str_isalnum(s):
    return _all_have(s, ALPHA | DIGIT | DECIMAL | NUMERIC)


def _cased_only(s, wanted, forbidden):
    # Whether s has a cased character of the `wanted` class and none of the `forbidden` ones.
    cased = False
    n = len(s)
    i = 0
    while i < n:
        k = _classes(code_at(s, i))
        if (k & forbidden) != 0:
            return False
        if (k & wanted) != 0:
            cased = True
        i += 1
    return cased


def str_isupper(s):
    return _cased_only(s, UPPER, LOWER | TITLE)


def str_islower(s):
    return _cased_only(s, LOWER, UPPER | TITLE)


def str_istitle(s):
    cased = False
    previous_cased = False
    n = len(s)
    i = 0
    while i < n:
        k = _classes(code_at(s, i))
        if (k & UPPER) != 0 or (k & TITLE) != 0:
            if previous_cased:
                return False
            previous_cased = True
            cased = True
        elif (k & LOWER) != 0:
            if not previous_cased:
                return False
            previous_cased = True
            cased = True
        else:
            previous_cased = False
        i += 1
    return cased
