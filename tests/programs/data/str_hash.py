# hash() of strs: CPython's SipHash-1-3 values with PYTHONHASHSEED=0 (the expected output is made
# so), for every length around the 8-byte words of one-byte strs (computed in wasm) and for strs
# stored 2 and 4 bytes per code point (computed by the library), and the set order they give.
text = "abcdefghijklmnopq"
for n in range(len(text) + 1):
    print(n, hash(text[:n]))
for s in ["é", "café au lait", "\xff" * 9, "\x80\x81", "ÿes", "€", "€uro", "ĀāĂ", "🙂", "x🙂", "日本語のテキスト"]:
    print(repr(s), hash(s), hash(s) == hash(s + ""), s in {s[:]: 1})
print({"pear", "fig", "apple", "kiwi", "été", "naïve", "€", "日本"})
words = {}
for w in "the quick brown fox jumps over the lazy dog and the café".split():
    words[w] = words.get(w, 0) + 1
print(set(words), list(words))
