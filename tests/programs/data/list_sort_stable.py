# sort/sorted: stability with key and reverse, sorting strings, tuples, floats, large inputs.
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: r[0], reverse=True))
words = "the quick brown fox jumps over the lazy dog".split()
words.sort(key=len)
print(words)
words.sort()
print(words)
words.sort(key=lambda w: (-len(w), w))
print(words)
nums = [(i * 7919) % 1000 for i in range(2000)]
nums.sort()
ok = True
for i in range(1, len(nums)):
    if nums[i - 1] > nums[i]:
        ok = False
print(ok, nums[:5], nums[-5:])
pairs = [(i % 10, i) for i in range(50)]
pairs.sort(key=lambda p: p[0])
print(pairs[:12])
print(sorted([2.5, -1.0, 3.25, 0.0]), sorted("hello"), sorted([3, 1, 2], reverse=True))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=lambda s: s.lower()))
