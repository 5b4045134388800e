# Word frequency counting.
text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick as a fox can run over the hill"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(len(counts), counts['the'], counts['fox'])
pairs = []
for word, n in counts.items():
    pairs.append((-n, word))
pairs.sort()
for i in range(5):
    negative, word = pairs[i]
    print(word, -negative)
letters = {}
for ch in text:
    if ch.isalpha():
        letters[ch] = letters.setdefault(ch, 0) + 1
print(sorted(letters.items()))
first_seen = {}
index = 0
for word in text.split():
    if word not in first_seen:
        first_seen[word] = index
    index += 1
print(first_seen)
