# sys.stdin: readline, iteration (with CRLF line endings and non-ASCII text), readlines, read at the end.
import sys
first = sys.stdin.readline()
print(repr(first))
count = 0
for line in sys.stdin:
    count += 1
    if count == 2:
        break
    print(count, repr(line.rstrip("\n")))
rest = sys.stdin.readlines()
print(rest)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
