# More than the 64 KiB output buffer of non-ASCII text: a flush splits the UTF-8 bytes of a
# character (65536 bytes = 1074 lines of 61 bytes + 22), which the loader decodes across writes.
line = ""
for i in range(20):
    line = line + "✓"
for i in range(1200):
    print(line)
print("done", len(line))
