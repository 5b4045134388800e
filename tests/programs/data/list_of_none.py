# Lists whose items are all None: printing, indexing, iteration.
xs = [None, None]
xs.append(None)
print(xs, len(xs), xs[0])
for x in xs:
    print(x)
