# One character of a str held as its code point (backend/emit/charvars.ts): comparisons, `in`
# a constant, ord() and truth read it in place; every other use reads it as a str again.


def classify(text):
    kinds = []
    for ch in text:
        if ch == " ":
            kinds.append("space")
        elif ch in "0123456789":
            kinds.append("digit")
        elif "a" <= ch <= "z":
            kinds.append("lower")
        elif ch > "z":
            kinds.append("beyond:" + ch)
        else:
            kinds.append(ch)
    return kinds


def scan(text):
    # Index by index, with the character flowing through several blocks.
    i = 0
    words = 0
    total = 0
    while i < len(text):
        ch = text[i]
        if ch != " " and (i == 0 or text[i - 1] == " "):
            words += 1
        if ch not in " \t":
            total += ord(ch)
        i += 1
    return words, total


def last_two(text):
    a = text[-1]
    b = text[-2]
    return a < b, a <= b, a > b, a >= b, a == b, a != b, ord(a) - ord(b)


def pick(text, first):
    # A char from one of two places, then used as a str too.
    if first:
        ch = text[0]
    else:
        ch = text[len(text) - 1]
    seen = {}
    seen[ch] = 1
    return ch + "!", len(ch), ch in seen, ch == "é", str(ch), repr(ch)


def not_always_char(text, n):
    # Here the variable is a longer str on one path: it stays a str.
    ch = text[0]
    if n > 1:
        ch = text[0:n]
    return ch == "a", ch in "abc", len(ch)


def identity(text):
    a = text[0]
    b = text[0]
    return a is b, a == b


print(classify("ab 12 é€😀 Z!"))
print(scan("  the quick  brown fox\tjumps "))
print(last_two("xyz"), last_two("€a"), last_two("😀😀"))
print(pick("élan", True), pick("élan", False), pick("naïve€", False))
print(not_always_char("abc", 1), not_always_char("abc", 2))
print(identity("ab"), identity("é"), identity("€a"))
for word in ["", "a", "ok"]:
    flags = []
    for ch in word:
        flags.append(str(bool(ch)))
        if ch:
            flags.append(ch * 2)
    print(word, flags)
try:
    print("abc"[3] == "c")
except IndexError as error:
    print("IndexError:", error)
try:
    print(ord("abc"[-4]))
except IndexError as error:
    print("IndexError:", error)
print("x" in "xyz"[1], "y" in "xyz"[1], "xyz"[0] in "", "xyz"[2] in "abcxyz")
