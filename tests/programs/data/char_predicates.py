# str's class predicates on one character of a str (backend/lower/chars.ts answers them from
# the code point: ASCII inline, the rest from the host's Unicode tables), against CPython's.

def classes(text):
    out = []
    for ch in text:
        flags = ""
        if ch.isalpha():
            flags += "a"
        if ch.isdigit():
            flags += "d"
        if ch.isdecimal():
            flags += "D"
        if ch.isnumeric():
            flags += "n"
        if ch.isspace():
            flags += "s"
        if ch.isalnum():
            flags += "N"
        out.append(ch + ":" + flags)
    return out


def tokens(src):
    i = 0
    words = []
    while i < len(src):
        if src[i].isspace():
            i += 1
        elif src[i].isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            words.append("num " + src[i:j])
            i = j
        elif src[i].isalpha() or src[i] == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            words.append("name " + src[i:j])
            i = j
        else:
            words.append("op " + src[i])
            i += 1
    return words


print(classes("aZ09 \t\n\x1c\x1f\x20\x7f_é€²½٣\u2003\u00a0ǅ😀"))
print(tokens("x1 = foo_bar(42) + ½ * ٣٤ - été\u2003 9"))
