# A set of strs. CPython's str hash is randomized unless PYTHONHASHSEED is set; Wyrm computes
# CPython's hash for PYTHONHASHSEED=0 (the expected output is generated with it), so this set
# prints in that order.
fruits = {'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape'}
print(fruits)
fruits.add('kiwi')
fruits.discard('banana')
print(fruits)
print({'é', 'ü', 'ß', 'x'}, {'€', '😀', ''})
words = set('the quick brown fox jumps over the lazy dog'.split())
print(words, len(words))
print(set('abracadabra'))
