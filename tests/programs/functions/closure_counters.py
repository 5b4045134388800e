# Closures that keep state: counters and accumulators written with nonlocal, several
# closures sharing one variable, closures made in a loop (late binding of the loop variable
# is avoided by a factory), and closures passed to and returned from functions.


def counter(start, step):
    count = start

    def next_value():
        nonlocal count
        count += step
        return count

    return next_value


def bank(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(amount)
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"cannot withdraw {amount} from {balance}")
        balance -= amount
        history.append(-amount)
        return balance

    def report():
        return f"balance {balance} after {len(history)} operations {history}"

    return deposit, withdraw, report


def make_multiplier(k):
    def multiply(x):
        return x * k
    return multiply


def compose(f, g):
    def both(x):
        return f(g(x))
    return both


c1 = counter(0, 1)
c2 = counter(100, -10)
print(c1(), c1(), c2(), c1(), c2())
deposit, withdraw, report = bank(50)
print(deposit(25), withdraw(60))
try:
    withdraw(100)
except ValueError as e:
    print("error:", e)
print(deposit(5), report())
multipliers = []
for k in range(1, 4):
    multipliers.append(make_multiplier(k))
print([m(10) for m in multipliers])
triple_then_double = compose(make_multiplier(2), make_multiplier(3))
print(triple_then_double(7), compose(make_multiplier(5), make_multiplier(0))(9))
