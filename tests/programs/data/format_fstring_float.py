# f-string format specs on floats: f e g % and no type, precision, rounding ties (0.125 with .2f rounds to even), nan, inf, -0.0, the 'z' and '#' options, grouping, zero padding, tiny and huge magnitudes.
def show(x: float) -> None:
    print(f"[{x}] [{x:.2f}] [{x:.0f}] [{x:10.3f}] [{x:<10.1f}|] [{x:^+12.2f}] [{x:010.2f}] [{x:,.2f}] [{x:_.1f}]")
    print(f"[{x:e}] [{x:.3e}] [{x:E}] [{x:g}] [{x:.3g}] [{x:G}] [{x:%}] [{x:.1%}] [{x:n}]")
    print(f"[{x:12}] [{x:<12}|] [{x:.3}] [{x:#.0f}] [{x:#g}] [{x:z.1f}] [{x:+z.0f}] [{x:=+10.2f}] [{x:*^+14.3e}]")


for x in [0.0, -0.0, 1.0, -1.5, 0.125, 0.375, 2.5, 3.5, 0.1, 1 / 3, -2 / 3, 123456.789, 1e16, 1.5e-7, 1e300, -1e-300, 5e-324, float("nan"), float("inf"), -float("inf"), -0.04]:
    show(x)
