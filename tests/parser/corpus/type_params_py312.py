# Type parameters (PEP 695) and the type statement, new in Python 3.12.
type Alias = int
type ListOrSet[T] = list[T] | set[T]
type Nested[T: (int, str), *Ts, **P] = Callable[P, tuple[T, *Ts]]
def first[T](items: list[T]) -> T:
    return items[0]
def bounded[T: int](x: T) -> T: return x
def many[T, U: str, *Ts, **P](): pass
async def coro[T](x: T) -> T: return x
class Box[T]:
    def get(self) -> T: ...
class Pair[K, V](Base, metaclass=M):
    pass
class Variadic[*Ts]: pass
class Params[**P]: pass
def trailing[T,](): pass
type = 5
type(x)
