# ZeroDivisionError from integer modulo by zero inside a loop computing remainders.


def remainders(n, divisors):
    out = []
    for d in divisors:
        out.append(n % d)
    return out


print(remainders(17, [2, 3, 5]))
print(remainders(-17, [2, 3, 5]))
divisors = [4, 3, 2, 1, 0]
print(remainders(100, divisors))
print("not reached")
