# Dict keys of float and bool, equal numbers as one key, printing order and deletion.
d = {}
d[1.5] = "a"
d[-0.0] = "zero"
d[0.0] = "zero again"
d[2.0] = "two"
print(d, len(d))
flags = {True: "yes", False: "no"}
print(flags[True], flags[False], flags)
fd = {0.1 + 0.2: 1}
print(0.3 in fd, 0.1 + 0.2 in fd)
ages = {"ann": 3, "bo": 5}
ages["cy"] = 1
del ages["ann"]
ages["ann"] = 9
print(ages, list(ages))
print({k: v for k, v in sorted(ages.items(), key=lambda kv: kv[1])})
print(ages.setdefault("bo", 0), ages.setdefault("di", 0), ages)
print(ages.pop("cy"), ages.pop("zz", -1), ages)
x = ages.copy()
x.clear()
print(x, ages == {"bo": 5, "ann": 9, "di": 0})
