# Refused: CPython runs the finally clause when an unfinished generator is discarded (at the
# break below, it prints "cleanup"), which Wyrm cannot do.
def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


for n in numbers():
    print(n)
    break
