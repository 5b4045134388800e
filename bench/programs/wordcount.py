# Word count: generate a text of words made of syllables with a small LCG (no random module),
# then split it into lines and words, normalize case and punctuation, count each word in a
# dict and report the totals, the most frequent words and an order-independent checksum.
# Exercises str building and methods (join, split, lower, strip), dicts from str to int.
# bench-size: 1000000
# bench-scale: linear
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "wen", "dor", "el", "an", "qua", "ith"]
PUNCTUATION = [".", ",", ";", "!", "?"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state // 65536 % bound


def generate_text(rng, words):
    lines = []
    line = []
    for i in range(words):
        # Zipf-like: small syllable indices are much more frequent than large ones.
        syllables = 1 + rng.next(3)
        parts = []
        for k in range(syllables):
            parts.append(SYLLABLES[rng.next(1 + rng.next(len(SYLLABLES)))])
        word = "".join(parts)
        if rng.next(8) == 0:
            word = word.upper()
        elif rng.next(5) == 0:
            word = word[0].upper() + word[1:]
        if rng.next(10) == 0:
            word = word + PUNCTUATION[rng.next(len(PUNCTUATION))]
        line.append(word)
        if len(line) == 12:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    return "\n".join(lines)


def word_hash(word):
    h = 0
    for ch in word:
        h = (h * 131 + ord(ch)) % 1000000007
    return h


def count_words(text):
    counts = {}
    for line in text.split("\n"):
        for raw in line.split():
            word = raw.lower().strip(".,;!?")
            if word in counts:
                counts[word] += 1
            else:
                counts[word] = 1
    return counts


def more_frequent(word, count, best_word, best_count):
    return count > best_count or (count == best_count and word < best_word)


def main(words):
    rng = Lcg(42)
    text = generate_text(rng, words)
    counts = count_words(text)
    total = 0
    checksum = 0
    for word in counts:
        count = counts[word]
        total += count
        checksum = (checksum + word_hash(word) * count) % 1000000007
    print("words", total, "distinct", len(counts), "chars", len(text), "checksum", checksum)
    # The five most frequent words, ties broken alphabetically (dict order is not relied on).
    taken = {}
    for rank in range(5):
        best_word = ""
        best_count = 0
        for word in counts:
            if word not in taken and more_frequent(word, counts[word], best_word, best_count):
                best_word = word
                best_count = counts[word]
        taken[best_word] = True
        print(rank + 1, best_word, best_count)


main(int(sys.argv[1]))
