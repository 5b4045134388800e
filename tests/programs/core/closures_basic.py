# Nested functions and lambdas reading variables of the functions around them, at one, two and
# three levels, called directly, returned, and passed to other functions.


def outer(n):
    def inner(x):
        return x + n
    return inner(1) + inner(2)


def make_adder(k):
    return lambda x: x + k


def three_levels(a):
    def middle(b):
        def inner(c):
            return a * 100 + b * 10 + c
        return inner(3)
    return middle(2)


def compose(f, g):
    return lambda x: f(g(x))


def apply_twice(f, x):
    return f(f(x))


def scaled_sort(xs, factor):
    return sorted(xs, key=lambda v: (v * factor) % 7)


def fact_of(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)


def greeter(greeting):
    def greet(name, punctuation="!"):
        return greeting + ", " + name + punctuation
    return greet


print(outer(10))
add5 = make_adder(5)
sub1 = make_adder(-1)
print(add5(10), sub1(1), make_adder(100)(1))
print(three_levels(1), three_levels(7))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(add5, add5)(0))
print(apply_twice(add5, 1), apply_twice(dbl, 3))
print(scaled_sort([1, 2, 3, 4, 5, 6], 3))
print(fact_of(10))
hello = greeter("Hello")
print(hello("Ada"), hello("Bob", punctuation="?"), hello(punctuation=".", name="Cy"))
words = ["kiwi", "fig", "banana", "apple"]
print(sorted(words, key=lambda w: len(w)), max(words, key=lambda w: w[-1]))
print([f(3) for f in [inc, dbl, add5]])
