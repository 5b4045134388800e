# Benchmark-style: the spectral norm of an infinite matrix (Computer Language Benchmarks Game),
# by the power method over lists of floats.
import math


def a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def multiply_av(n, v, out):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(i, j) * v[j]
        out[i] = s


def multiply_atv(n, v, out):
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += a(j, i) * v[j]
        out[i] = s


def multiply_atav(n, v, out):
    tmp = [0.0] * n
    multiply_av(n, v, tmp)
    multiply_atv(n, tmp, out)


def spectral_norm(n):
    u = [1.0] * n
    v = [0.0] * n
    for i in range(10):
        multiply_atav(n, u, v)
        multiply_atav(n, v, u)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return math.sqrt(vbv / vv)


for n in [1, 2, 10, 100]:
    print(n, spectral_norm(n))
