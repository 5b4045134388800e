# ord, chr, divmod, pow (with a modulus), round, hex/oct/bin, == on instances (identity), and a
# dict changed during a loop inside try (caught).

print(ord("a"), ord("é"), chr(65), chr(0x1F600), divmod(17, 5), divmod(-17, 5), divmod(7.5, 2.0))
print(pow(2, 10), pow(3, 200, 1000000007), pow(2.0, 0.5), pow(-3, 5, 7))
print(round(2.5), round(3.5), round(-0.5), round(7), round(2.675))
print(hex(255), hex(-255), oct(8), bin(10), bin(-(2 ** 62) * 2), hex(2 ** 62 - 1 + 2 ** 62))
class A:
    pass
a = A()
b = A()
print(a == a, a == b, a != b)
d = {"x": 1}
try:
    for k in d:
        d["y"] = 2
except RuntimeError as e:
    print("caught:", e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
