# Wyrm's ints are 64-bit: an augmented assignment (`*=`) overflows like the operator it
# stands for; the product of 1..n fits up to n = 20.


def product_upto(n):
    total = 1
    k = 1
    while k <= n:
        total *= k
        k += 1
    return total


for n in [5, 10, 15, 20]:
    print(n, product_upto(n))
growth = 1
for step in range(70):
    growth *= 2
    if step % 10 == 0:
        print("step", step, growth)
print("not reached")
