#!/usr/bin/env python3
"""Regenerates the expected outputs of the 64-bit overflow programs in tests/overflow/.

Wyrm's ints are 64-bit and an overflowing + - * // ** << (or unary minus, or a conversion
to int by int(), abs(), math.floor() or math.ceil()) raises OverflowError("integer result does
not fit in 64 bits"), where CPython would go on with a big int. These programs end with such an
overflow, so CPython cannot produce their expected output as it is: this script runs each one
under CPython with every such operation checked, as if CPython's ints were 64-bit, and writes
NAME.out, NAME.err (the traceback CPython 3.11 would print, with carets under the failing
operation) and NAME.status, like tests/regen-expected.py. The checks add frames of their own,
so programs here should not depend on the recursion limit.

Usage: python3 tests/regen-overflow.py [PATH...]   (default: every program in tests/overflow/)
"""

import ast
import io
import os
import sys
import traceback

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "overflow")
MESSAGE = "integer result does not fit in 64 bits"
CHECKED = (ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.Pow, ast.LShift)


def check64(value, position):
    if type(value) is int and not -(2**63) <= value < 2**63:
        error = OverflowError(MESSAGE)
        error.position = position
        raise error
    return value


class CheckInts(ast.NodeTransformer):
    """Wraps each int operation that can overflow in a call to check64(value, position)."""

    def wrap(self, node):
        position = (node.lineno, node.end_lineno, node.col_offset, node.end_col_offset)
        call = ast.Call(ast.Name("__check64", ast.Load()), [node, ast.Constant(position)], [])
        return ast.copy_location(call, node)

    def visit_BinOp(self, node):
        self.generic_visit(node)
        return self.wrap(node) if isinstance(node.op, CHECKED) else node

    def visit_Call(self, node):
        # Conversions to int: int(), abs(), math.floor() and math.ceil() of values past 64 bits.
        self.generic_visit(node)
        f = node.func
        converts = (isinstance(f, ast.Name) and f.id in ("int", "abs")) or (
            isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "math" and f.attr in ("floor", "ceil")
        )
        return self.wrap(node) if converts else node

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        return self.wrap(node) if isinstance(node.op, ast.USub) else node

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        if not isinstance(node.op, CHECKED):
            return node
        if not isinstance(node.target, ast.Name):
            raise SystemExit(f"regen-overflow.py: line {node.lineno}: only `name op= value` is checked; write x[i] = x[i] op y")
        # `x op= v` becomes `x = check64(x op v)`; CPython reports the whole statement's position.
        value = ast.BinOp(ast.Name(node.target.id, ast.Load()), node.op, node.value)
        checked = self.wrap(ast.copy_location(value, node))
        return ast.copy_location(ast.Assign([node.target], checked), node)


def traceback_text(error, path):
    frames = traceback.extract_tb(error.__traceback__)[1:]  # drop run()'s own frame
    frames = [f for f in frames if f.name != "check64"]
    if isinstance(error, OverflowError) and hasattr(error, "position"):
        last = frames[-1]
        lineno, end_lineno, colno, end_colno = error.position
        frames[-1] = traceback.FrameSummary(
            last.filename, lineno, last.name, end_lineno=end_lineno, colno=colno, end_colno=end_colno
        )
    text = "Traceback (most recent call last):\n" + "".join(traceback.StackSummary.from_list(frames).format())
    text += "".join(traceback.format_exception_only(type(error), error))
    return text.replace(path, os.path.basename(path))


def run(path, args):
    with open(path, encoding="utf-8") as f:
        source = f.read()
    tree = ast.fix_missing_locations(CheckInts().visit(ast.parse(source, path)))
    code = compile(tree, path, "exec")
    stdout, stderr = io.StringIO(), io.StringIO()
    saved = sys.argv, sys.stdout, sys.stderr
    sys.argv, sys.stdout, sys.stderr = [path, *args], stdout, stderr
    status = 0
    try:
        exec(code, {"__name__": "__main__", "__file__": path, "__check64": check64})
    except SystemExit as exit:
        status = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
    except BaseException as error:  # an uncaught exception ends the program with status 1
        stderr.write(traceback_text(error, path))
        status = 1
    finally:
        sys.argv, sys.stdout, sys.stderr = saved
    return stdout.getvalue(), stderr.getvalue(), status


def regenerate(path):
    path = os.path.abspath(path)
    with open(path, encoding="utf-8") as f:
        first = f.readline()
    args = first[len("# args:"):].split() if first.startswith("# args:") else []
    stdout, stderr, status = run(path, args)
    base = path[:-3]
    for suffix, content in ((".out", stdout), (".err", stderr), (".status", f"{status}\n" if status else "")):
        if content or suffix == ".out":
            with open(base + suffix, "w", encoding="utf-8", newline="") as f:
                f.write(content)
        elif os.path.exists(base + suffix):
            os.remove(base + suffix)


def main():
    sys.setrecursionlimit(1000)
    paths = sys.argv[1:] or sorted(os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".py"))
    for path in paths:
        regenerate(path)
        print("regenerated", os.path.relpath(path, os.path.dirname(HERE)))


if __name__ == "__main__":
    main()
