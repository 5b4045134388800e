# Benchmark-style: the Mandelbrot set on a small grid, drawn with characters, with escape-time
# counts summed as a checksum; complex arithmetic done on pairs of floats.


def escape_time(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    for k in range(limit):
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            return k
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return limit


WIDTH = 60
HEIGHT = 24
LIMIT = 200
total = 0
for row in range(HEIGHT):
    ci = -1.2 + 2.4 * row / (HEIGHT - 1)
    for col in range(WIDTH):
        cr = -2.1 + 2.7 * col / (WIDTH - 1)
        k = escape_time(cr, ci, LIMIT)
        total += k
        if k == LIMIT:
            print("#", end="")
        elif k > 10:
            print("+", end="")
        elif k > 4:
            print(".", end="")
        else:
            print(" ", end="")
    print()
print("checksum", total)
