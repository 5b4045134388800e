# args: 7 2.5
# Annotated functions: parameters and return values in every spelling (builtin generics, the
# typing module's names, PEP 604 unions, strings), checked against what Wyrm infers. An int
# passed where a float is declared stays an int (CPython does not convert it either).
import sys
import typing
from typing import Any, Callable, Dict, List, Optional, Tuple, Union


def scale(x: float, factor: float = 2.0) -> float:
    return x * factor


def halve(n: int) -> float:
    return n / 2


def describe(count: int, label: str = "item", plural: bool = True) -> str:
    suffix = "s" if plural and count != 1 else ""
    return f"{count} {label}{suffix}"


def total(values: List[int]) -> int:
    acc: int = 0
    for v in values:
        acc += v
    return acc


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


def first_positive(values: "list[int]") -> Optional[str]:
    for v in values:
        if v > 0:
            return str(v)
    return None


def lookup(table: Dict[str, int], key: str) -> int:
    return table[key]


def min_max(values: list[int]) -> Tuple[int, int]:
    return min(values), max(values)


def pick(flag: bool, a: str, b: str) -> Union[str, None]:
    if flag:
        return a
    return None


def apply(f: Callable[[int], int], x: Any) -> object:
    return f(x)


def bump(x: int) -> int:
    return x + 1


def log(message: typing.Optional[str] = None) -> None:
    if message is None:
        print("(nothing)")
    else:
        print("log:", message)


n = int(sys.argv[1])
x = float(sys.argv[2])
print(scale(x), scale(n), scale(x, factor=3.0))
print(halve(n))
print(describe(n), describe(1, "box"), describe(n, plural=False))
print(total([n, 2, 3]), mean([x, 1.5]))
print(first_positive([-n, 0, n]), first_positive([-1]) is None)
print(lookup({"a": n, "b": 2}, "a"))
print(min_max([n, 3, -4, 10]))
print(pick(n > 3, "big", "small"), pick(n > 30, "big", "small"))
print(apply(bump, n))
log()
log("hello")
