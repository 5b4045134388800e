seen = set()
seen.add(1.5)
other = {1, 2}
seen.add('x')
