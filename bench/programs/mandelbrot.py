# Mandelbrot set: iterate z = z*z + c over a size x size grid of the complex plane with
# separate real and imaginary floats, and count the points that stay bounded.
# Exercises float arithmetic and nested loops with early exits (Wyrm's core subset).
# bench-size: 800
# bench-scale: power 2
import sys


def escape_time(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    for k in range(limit):
        tr = zr * zr - zi * zi + cr
        ti = 2.0 * zr * zi + ci
        zr = tr
        zi = ti
        if zr * zr + zi * zi > 4.0:
            return k
    return limit


def main(size):
    limit = 50
    inside = 0
    checksum = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            cr = 2.0 * x / size - 1.5
            k = escape_time(cr, ci, limit)
            if k == limit:
                inside += 1
            checksum = (checksum * 31 + k) % 1000000007
    print("inside", inside, "checksum", checksum)


main(int(sys.argv[1]))
