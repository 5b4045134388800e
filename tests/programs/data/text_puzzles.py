# Text puzzles: a Caesar cipher, palindromes, anagram groups, character counts, str.format and % alignment.
# text processing: caesar cipher, palindromes, anagram groups
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)

def is_pal(s):
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = {}
for w in words:
    key = "".join(sorted(w))
    groups.setdefault(key, []).append(w)
for key in sorted(groups):
    if len(groups[key]) > 1:
        print(key, groups[key])
msg = caesar("Hello, World!", 3)
print(msg, caesar(msg, -3))
print([s for s in ["A man, a plan, a canal: Panama", "hello", "Was it a car or a cat I saw?"] if is_pal(s)])
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print("{:>10}|{:<10}|{:^10}|".format("right", "left", "mid"))
print("%5.1f%% done, %-6s|%04d" % (42.567, "ok", 7))
