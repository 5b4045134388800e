#!/usr/bin/env python3
"""The fuzzer's CPython side: runs many programs in one process, each as a fresh __main__.

Reads one JSON request per line on stdin, {"id", "source", "path", "check64", "timeout"}, and
writes one JSON reply per line on stdout, {"id", "stdout", "stderr", "status", "overflow",
"timeout"}. stderr is the traceback CPython prints for an uncaught exception (the fuzzer
compares its last line).

With check64, the program runs as if CPython's ints were 64-bit, as Wyrm's are: every int result
of + - * // ** << and unary minus, and every int made by int(), abs(), math.floor(), math.ceil()
or math.trunc(), is checked, and one outside [-2**63, 2**63) raises OverflowError("integer result
does not fit in 64 bits"), Wyrm's error (tests/regen-overflow.py does the same for the overflow
tests). "overflow" says whether such a check failed, caught or not.
"""

import ast
import io
import json
import linecache
import operator
import signal
import sys
import traceback

MESSAGE = "integer result does not fit in 64 bits"
CHECKED = (ast.Add, ast.Sub, ast.Mult, ast.FloorDiv, ast.Pow, ast.LShift)
INPLACE = {
    ast.Add: operator.iadd, ast.Sub: operator.isub, ast.Mult: operator.imul, ast.Div: operator.itruediv,
    ast.FloorDiv: operator.ifloordiv, ast.Mod: operator.imod, ast.Pow: operator.ipow, ast.LShift: operator.ilshift,
    ast.RShift: operator.irshift, ast.BitAnd: operator.iand, ast.BitOr: operator.ior, ast.BitXor: operator.ixor,
}


class Timeout(BaseException):
    pass


class State:
    overflowed = False


def check64(value):
    if type(value) is int and not -(2**63) <= value < 2**63:
        State.overflowed = True
        raise OverflowError(MESSAGE)
    return value


def aug_name(old, op, value):
    return check64(INPLACE[op](old, value))


def aug_attr(obj, name, op, value):
    setattr(obj, name, check64(INPLACE[op](getattr(obj, name), value)))


def aug_item(obj, index, op, value):
    obj[index] = check64(INPLACE[op](obj[index], value))


def name(id_):
    return ast.Name(id_, ast.Load())


class CheckInts(ast.NodeTransformer):
    """Wraps each int operation that can leave 64 bits in a call to _fz_check64."""

    def wrap(self, node):
        return ast.copy_location(ast.Call(name("_fz_check64"), [node], []), node)

    def visit_BinOp(self, node):
        self.generic_visit(node)
        return self.wrap(node) if isinstance(node.op, CHECKED) else node

    def visit_UnaryOp(self, node):
        self.generic_visit(node)
        return self.wrap(node) if isinstance(node.op, ast.USub) else node

    def visit_Call(self, node):
        self.generic_visit(node)
        f = node.func
        converts = (isinstance(f, ast.Name) and f.id in ("int", "abs")) or (
            isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "math"
            and f.attr in ("floor", "ceil", "trunc")
        )
        return self.wrap(node) if converts else node

    def visit_AugAssign(self, node):
        self.generic_visit(node)
        op = ast.Constant(type(node.op).__name__)
        target = node.target
        if isinstance(target, ast.Name):
            call = ast.Call(name("_fz_aug_name"), [name(target.id), op, node.value], [])
            return ast.copy_location(ast.Assign([target], call), node)
        if isinstance(target, ast.Attribute):
            call = ast.Call(name("_fz_aug_attr"), [target.value, ast.Constant(target.attr), op, node.value], [])
        else:
            call = ast.Call(name("_fz_aug_item"), [target.value, target.slice, op, node.value], [])
        return ast.copy_location(ast.Expr(call), node)


def run(request):
    source = request["source"]
    path = request.get("path", "prog.py")
    State.overflowed = False
    tree = ast.parse(source, path)
    if request.get("check64", True):
        tree = ast.fix_missing_locations(CheckInts().visit(tree))
    code = compile(tree, path, "exec")
    linecache.cache[path] = (len(source), None, source.splitlines(True), path)
    namespace = {
        "__name__": "__main__", "__builtins__": __builtins__, "__file__": path,
        "_fz_check64": check64,
        "_fz_aug_name": lambda old, op, value: aug_name(old, OPS_BY_NAME_AST[op], value),
        "_fz_aug_attr": lambda obj, attr, op, value: aug_attr(obj, attr, OPS_BY_NAME_AST[op], value),
        "_fz_aug_item": lambda obj, index, op, value: aug_item(obj, index, OPS_BY_NAME_AST[op], value),
    }
    # Like the real streams with PYTHONIOENCODING=utf-8: printing a lone surrogate fails.
    out_bytes, err_bytes = io.BytesIO(), io.BytesIO()
    out = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict", newline="\n")
    err = io.TextIOWrapper(err_bytes, encoding="utf-8", errors="backslashreplace", newline="\n")
    real = sys.stdout, sys.stderr, sys.argv
    sys.stdout, sys.stderr, sys.argv = out, err, [path, *request.get("args", [])]
    status = 0
    timed_out = False
    signal.setitimer(signal.ITIMER_REAL, request.get("timeout", 10))
    try:
        exec(code, namespace)
    except Timeout:
        timed_out = True
    except SystemExit as e:
        if e.code is None:
            status = 0
        elif isinstance(e.code, int):
            status = e.code
        else:
            print(e.code, file=err)
            status = 1
    except BaseException as e:  # noqa: BLE001 - the program's own uncaught exception
        frames = traceback.extract_tb(e.__traceback__)[1:]
        frames = [f for f in frames if not f.name.startswith(("check64", "aug_", "<lambda>"))]
        err.write("Traceback (most recent call last):\n")
        err.write("".join(traceback.format_list(frames)))
        err.write("".join(traceback.format_exception_only(e)))
        status = 1
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        sys.stdout, sys.stderr, sys.argv = real
    for stream in (out, err):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001 - text the program could not encode was never written
            pass
    text = lambda b: b.getvalue().decode("utf-8", errors="replace")  # noqa: E731
    return {"stdout": text(out_bytes), "stderr": text(err_bytes), "status": status, "overflow": State.overflowed, "timeout": timed_out}


OPS_BY_NAME_AST = {op.__name__: op for op in INPLACE}


def on_alarm(signum, frame):
    raise Timeout()


def main():
    signal.signal(signal.SIGALRM, on_alarm)
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8")
    stdout = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
    for line in stdin:
        if not line.strip():
            continue
        request = json.loads(line)
        try:
            reply = run(request)
        except SyntaxError as e:
            reply = {"stdout": "", "stderr": f"SyntaxError: {e}\n", "status": 1, "overflow": False, "timeout": False, "syntax": True}
        except RecursionError:
            reply = {"stdout": "", "stderr": "RecursionError in the runner\n", "status": 1, "overflow": False, "timeout": False, "syntax": True}
        reply["id"] = request["id"]
        stdout.write(json.dumps(reply) + "\n")
        stdout.flush()


if __name__ == "__main__":
    main()
