# One-character strings: indexing, slicing and iterating give CPython's shared strings for the
# first 256 code points (so `is` agrees with CPython), new ones beyond; comparisons with a
# one-character constant (compared inline) against strings of every length, and None.


def scan(text):
    depth = 0
    quotes = 0
    for i in range(len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
        elif text[i] != '"':
            continue
        else:
            quotes += 1
    return depth, quotes


def maybe(flag):
    if flag:
        return "x"
    return None


def main():
    s = "abcab\u00e9\u00e9\u0101\u0101"
    print(s[0] is s[3], s[1] is s[4], s[5] is s[6], s[7] is s[8])
    print(s[0:1] is s[3:4], s[5:6] is s[6:7], s[0:1] is s[0])
    chars = [c for c in s]
    print(chars[0] is chars[3], chars[7] is chars[8], chars[7] == chars[8])
    print(scan('(a "b" (c)) ("d")'), scan(""), scan("((("))
    for t in ["", "x", "xy", "y", "\u00e9", "xx"]:
        print(repr(t), t == "x", "x" == t, t != "x", t == "\u00e9", t == "")
    for flag in [True, False]:
        v = maybe(flag)
        print(v == "x", v != "x", "x" == v)
    word = "Hello"
    print(word[0] == "H", word[-1] == "o", word[1:2] == "e", word[0].lower() == "h")
    counts = {}
    for c in "mississippi":
        counts[c] = counts.get(c, 0) + 1
    print(sorted(counts.items()))


main()
