# Found by the fuzzer (a mutant of an RPython-style target): an entry_point that returns None
# was called as if it returned the int exit status (Binaryen rejected the module). None is
# exit status 0, as sys.exit(None) makes it.
def entry_point(argv):
    print("entry", len(argv))


def target(driver, args):
    return entry_point, None


if __name__ == '__main__':
    import sys
    sys.exit(entry_point(sys.argv))
