# A report in three formatting styles: a table with aligned columns, thousands separators, percentages and totals, built with f-strings, `%` and str.format in loops.
names = ["Widgets", "Gadgets", "Sprockets", "Gizmos", "Thingamajigs"]
units = [1200, 87, 15230, 4, 999999]
prices = [2.5, 19.99, 0.075, 1250.0, 0.01]

total = 0.0
for i in range(len(names)):
    total += units[i] * prices[i]

width = max(len(n) for n in names)
print(f"{'Item':<{width}} | {'Units':>9} | {'Price':>9} | {'Revenue':>12} | {'Share':>6}")
print("-" * (width + 49))
for i in range(len(names)):
    revenue = units[i] * prices[i]
    print(f"{names[i]:<{width}} | {units[i]:>9,} | {prices[i]:>9.3f} | {revenue:>12,.2f} | {revenue / total:>6.1%}")
print("=" * (width + 49))
print(f"{'Total':<{width}} | {sum(units):>9,} | {'':>9} | {total:>12,.2f} | {1:>6.1%}")
print()
for i in range(len(names)):
    print("%-*s %8d %#10x %10.2e" % (width, names[i], units[i], units[i], units[i] * prices[i]))
print()
row = "{0:<{w}} {1:>8} {2:>10.4f}"
for i in range(len(names)):
    print(row.format(names[i], units[i], prices[i], w=width))
