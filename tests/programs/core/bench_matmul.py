# Benchmark-style: matrix multiplication over flat row-major lists of floats and of ints,
# an identity check, and repeated squaring of a 2x2 Fibonacci matrix.


def matmul(a, b, n):
    c = [0.0] * (n * n)
    for i in range(n):
        for k in range(n):
            aik = a[i * n + k]
            for j in range(n):
                c[i * n + j] += aik * b[k * n + j]
    return c


def matmul_int(a, b, n):
    c = [0] * (n * n)
    for i in range(n):
        for j in range(n):
            s = 0
            for k in range(n):
                s += a[i * n + k] * b[k * n + j]
            c[i * n + j] = s
    return c


def same(xs, ys):
    if len(xs) != len(ys):
        return False
    for i in range(len(xs)):
        if xs[i] != ys[i]:
            return False
    return True


def identity(n):
    m = [0.0] * (n * n)
    for i in range(n):
        m[i * n + i] = 1.0
    return m


N = 30
a = [0.0] * (N * N)
for i in range(N * N):
    a[i] = (i % 7) * 0.5 - 1.25
product = matmul(a, identity(N), N)
print("identity", same(product, a))
square = matmul(a, a, N)
trace = 0.0
for i in range(N):
    trace += square[i * N + i]
print("trace", trace, square[0], square[-1])

fib = [1, 1, 1, 0]
result = [1, 0, 0, 1]
power = 90
while power > 0:
    if power % 2 == 1:
        result = matmul_int(result, fib, 2)
    power //= 2
    if power > 0:
        # Square only when needed: one more squaring would pass 64 bits.
        fib = matmul_int(fib, fib, 2)
print("fib", result[1], result)
