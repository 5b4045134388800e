# f-string format specs on ints: every presentation type (d n b o x X c, and e f g % through float), sign, '#', width, fill and alignment, '0' padding, ',' and '_' grouping, the extremes of 64 bits.
def show(n: int) -> None:
    print(f"[{n}] [{n:d}] [{n:5}] [{n:<6}|] [{n:^7}] [{n:>8}] [{n:=+8}] [{n:*^9}] [{n:08}] [{n:+}] [{n: }] [{n:-}]")
    print(f"[{n:x}] [{n:X}] [{n:#x}] [{n:#X}] [{n:o}] [{n:#o}] [{n:b}] [{n:#b}] [{n:#010x}] [{n:_x}] [{n:#_b}]")
    print(f"[{n:,}] [{n:_}] [{n:015,}] [{n:>15,}] [{n:n}] [{n:,d}] [{n:010_}] [{n:=^+12,}]")
    print(f"[{n:e}] [{n:.2f}] [{n:g}] [{n:%}] [{n:.0%}] [{n:,.1f}] [{n:E}] [{n:G}]")


for n in [0, 1, -1, 7, 42, -42, 255, 1000, -1234, 65535, 1234567, -9876543210, 9007199254740993, 9223372036854775807, -9223372036854775807 - 1]:
    show(n)

chars = [65, 97, 0x263A, 0x1F600, 0]
for c in chars:
    print(f"[{c:c}] [{c:>3c}] [{c:*<4c}] [{c:^5c}]", len(f"{c:c}"))
