# str methods and conversions over strings of both storage kinds (one byte per code point below
# U+0100, four otherwise), mixed in one call: searching a wide needle in a narrow text and the
# reverse, replacing that widens or narrows, padding, formatting, hashing through set order.
narrow = "café au lait, s'il vous plaît"
wide = "ünïcode → ✓ 🙂 done"
both = [narrow, wide, "plain", "€", "ÿ", "", "Ω"]

print(narrow.find("→"), wide.find("→"), wide.find("done"), narrow.count("a"), wide.count("o"))
print("→" in narrow, "é" in narrow, "é" in wide, "✓" in wide, wide.startswith("ün"), wide.endswith("done"))
print(narrow.replace("a", "→"), wide.replace("→", "->"), wide.replace("🙂", "").replace("✓", ""))
print(wide.replace("→ ✓ 🙂 ", "") == "ünïcode done", narrow.replace("é", "e").upper())
print(narrow.split(), wide.split(" "), wide.rsplit(" ", 2), "a→b→c".split("→"), "x y".split("→"))
print(wide.strip("ünoe"), narrow.strip("cé"), "→→ab→".strip("→"), " \u2003spaced\u3000 ".strip())
print(narrow.title(), wide.title(), wide.capitalize(), "ǅemal".swapcase(), "ß→".upper())
print(wide.center(24, "·"), narrow.ljust(31, "→"), "ÿ".rjust(3, "€"), "🙂".zfill(3))
print(wide[::-1], wide[2:9:2], wide[-4:], narrow[-5::-3], wide[100:], wide[3:3] == "")
print("%s|%5s|%-4s|" % (wide[:3], "€", "ÿ"), "{:→^9}".format("ab"), f"{wide!r} {narrow[:4]!r}")
print(repr(wide), str(["é", "→"]), ("€", 1), {"ÿ": "Ω"})
print(chr(200), chr(255) + chr(256), ord("🙂"), len(chr(0x1F600) * 3), "é" * 0 == "")
print(sorted(both), sorted(both, key=len), max(both), min(both))
print(sorted(set(both)) == sorted(both), len(set(both + [w[:] for w in both])), hash("é" + "€"[:0]) == hash("é"))
seen = {}
for w in (narrow + " " + wide).split():
    seen[w.lower()] = seen.get(w.lower(), 0) + len(w)
print(seen, [w for w in seen if len(w) < 3])
print(int("١٢٣"), int(" 7 "), float("1e3"), "٣".isdigit(), "Ω".isupper(), "ω".islower(), "\u3000".isspace())
text = "→".join(["a", "b"]) + "|" + "".join(["é", "e"]) + "|" + "é".join(["x"]) + "|" + "".join([])
print(text, len(text), text.index("|"), text.rfind("é"), text.isascii(), "abc".isascii())
