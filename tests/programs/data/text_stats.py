# Word statistics over a paragraph: strip/lower/split, frequency dict, sorts by key, % and f-string formats.
import sys
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity."""
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
for word, count in top:
    print(f"{word:>10} {count:3d} {'#' * count}")
lengths = [len(w) for w in words]
print("avg %.3f max %d min %d" % (sum(lengths) / len(lengths), max(lengths), min(lengths)))
print(max(freq, key=lambda w: freq[w]), len(set(words)), words.count("it"))
lines = text.splitlines()
print(len(lines), [len(l) for l in lines], lines[1].title()[:20])
print("-".join(sorted(set("".join(words)) - set("aeiou"))))
