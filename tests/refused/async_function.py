# Refused: async functions (coroutines) are outside the translatable subset.


async def fetch(n):
    return n * 2


print(fetch(3))
