# Found by the fuzzer (a mutant of tests/programs/core/special_methods.py): a __len__ that
# returns None (CPython raises TypeError at the call of len()); Wyrm failed with an internal error.
class Box:
    def __len__(self):
        return


print(len(Box()))
