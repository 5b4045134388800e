# %x of a str: CPython raises TypeError whatever the str.
words = ["a", "b"]
for w in words:
    print("%x" % w)
