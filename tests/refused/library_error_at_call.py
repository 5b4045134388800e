# Found by the fuzzer (a mutant): an error inside Wyrm's runtime library, here sorted()'s loop
# over an int, is reported at the program's call that led there, not inside the library.
def order(values: int) -> list[int]:
    return sorted(values)


print(order(5))
