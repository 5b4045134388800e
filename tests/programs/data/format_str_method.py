# str.format with constant templates: automatic, numbered and named fields, repeated fields, specs on each, {{ and }} escapes, !r and !s conversions.
def show(name: str, qty: int, price: float) -> None:
    print("{} x{} @ {}".format(name, qty, price))
    print("{0}{1}{0}".format(name, qty), "{1:>5}|{0:<8}|".format(name, qty), "{2:.2f} {2:e}".format(name, qty, price))
    print("{name:*^12} {qty:+05d} {price:,.3f}".format(name=name, qty=qty, price=price))
    print("{{literal}} {{{}}} }}{{".format(qty), "{!r:>10} {!s:.3}".format(name, name), "{0!r}".format(price))
    print("Total: {total:>10,.2f} for {0} ({1}%)".format(name, qty, total=qty * price))


show("tea", 3, 1.5)
show("日本", -1, 1234.5678)
show("", 1000000, 0.0)
print("{}".format(None), "{:d}{:x}".format(True, False), "{0}{0}{0}".format("ab"), "{}".format("{}"), "".format(1, 2))
