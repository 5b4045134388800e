# print() with sep and end: custom separators (including empty), custom line endings,
# print() with no arguments, and values of every scalar type mixed in one call.

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print(1, 2.5, True, None, "text", sep=" | ")
print("no newline", end="")
print(" -- continued")
print("two", "endings", end="!\n")
print()
print("after blank line", end="\n\n")
print(sep="-")
print(end="")
print("end only", end=" ")
print("sep and end", 3, sep="+", end=".\n")

for i in range(5):
    print(i, end=", " if i < 4 else "\n")
for i in range(3):
    print(i, i * i, i * i * i, sep="\t")
print(-0.0, 1e16, 0.1, sep="", end="#\n")
print(False, sep="ignored")
print("x", "y", sep="\n")
print("tab\there", "quote'here", 'double"here', "back\\slash")
print("unicode: héllo wörld ✓ 😀")
