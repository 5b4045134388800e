# Hashing through a class hierarchy: a subclass overrides __hash__ (and inherits __eq__),
# __hash__ may return any int (-1 becomes -2, as in CPython), and values that may be None are
# hashed too.


class Key:
    def __init__(self, code):
        self.code = code

    def __hash__(self):
        return self.code

    def __eq__(self, other):
        return self.code == other.code

    def __repr__(self):
        return "Key(" + str(self.code) + ")"


class FoldedKey(Key):
    def __hash__(self):
        return self.code % 10


print(hash(Key(5)), hash(Key(-1)), hash(Key(-2)), hash(FoldedKey(123)), hash(FoldedKey(-1)))
table = {}
for k in [Key(1), FoldedKey(11), Key(21), FoldedKey(1)]:
    table[k] = table.get(k, 0) + 1
print(table)
print(table[Key(21)], Key(1) in table, FoldedKey(21) in table, Key(31) in table, FoldedKey(11) in table)

maybe = None
if len(table) > 2:
    maybe = Key(3)
print(hash(maybe) == hash(Key(3)))
members = {Key(4), FoldedKey(14), Key(4), FoldedKey(4)}
print(sorted([m.code for m in members]))
