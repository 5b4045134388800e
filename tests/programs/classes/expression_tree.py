# An expression-tree evaluator: nodes of a small arithmetic language (numbers, variables,
# binary and unary operators, let-bindings and function calls), evaluated against an
# environment, printed back as text, simplified, and differentiated.


class EvalError(Exception):
    pass


class Expr:
    def evaluate(self, env):
        raise NotImplementedError("evaluate")

    def show(self):
        raise NotImplementedError("show")

    def simplify(self):
        return self

    def derive(self, var):
        raise NotImplementedError("derive")


class Num(Expr):
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value

    def show(self):
        return str(self.value)

    def derive(self, var):
        return Num(0)


class Var(Expr):
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        if self.name not in env:
            raise EvalError("unbound variable " + self.name)
        return env[self.name]

    def show(self):
        return self.name

    def derive(self, var):
        return Num(1 if self.name == var else 0)


class BinOp(Expr):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def evaluate(self, env):
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if self.op == "/":
            if b == 0:
                raise EvalError("division by zero in " + self.show())
            return a // b
        raise EvalError("unknown operator " + self.op)

    def show(self):
        return "(" + self.left.show() + " " + self.op + " " + self.right.show() + ")"

    def simplify(self):
        left = self.left.simplify()
        right = self.right.simplify()
        if isinstance(left, Num) and isinstance(right, Num) and self.op != "/":
            return Num(BinOp(self.op, left, right).evaluate({}))
        if self.op == "*":
            if isinstance(left, Num) and left.value == 0 or isinstance(right, Num) and right.value == 0:
                return Num(0)
            if isinstance(left, Num) and left.value == 1:
                return right
            if isinstance(right, Num) and right.value == 1:
                return left
        if self.op == "+":
            if isinstance(left, Num) and left.value == 0:
                return right
            if isinstance(right, Num) and right.value == 0:
                return left
        return BinOp(self.op, left, right)

    def derive(self, var):
        dl = self.left.derive(var)
        dr = self.right.derive(var)
        if self.op == "+" or self.op == "-":
            return BinOp(self.op, dl, dr)
        if self.op == "*":
            return BinOp("+", BinOp("*", dl, self.right), BinOp("*", self.left, dr))
        raise EvalError("cannot derive " + self.op)


class Neg(Expr):
    def __init__(self, inner):
        self.inner = inner

    def evaluate(self, env):
        return -self.inner.evaluate(env)

    def show(self):
        return "-" + self.inner.show()

    def simplify(self):
        inner = self.inner.simplify()
        if isinstance(inner, Num):
            return Num(-inner.value)
        if isinstance(inner, Neg):
            return inner.inner
        return Neg(inner)

    def derive(self, var):
        return Neg(self.inner.derive(var))


class Let(Expr):
    def __init__(self, name, bound, body):
        self.name = name
        self.bound = bound
        self.body = body

    def evaluate(self, env):
        inner = dict(env)
        inner[self.name] = self.bound.evaluate(env)
        return self.body.evaluate(inner)

    def show(self):
        return "let " + self.name + " = " + self.bound.show() + " in " + self.body.show()

    def derive(self, var):
        raise EvalError("cannot derive a let")


def parse(tokens, pos):
    # prefix notation: + a b, * a b, neg a, let x e body, numbers and names
    tok = tokens[pos]
    if tok in ("+", "-", "*", "/"):
        left, pos = parse(tokens, pos + 1)
        right, pos = parse(tokens, pos)
        return BinOp(tok, left, right), pos
    if tok == "neg":
        inner, pos = parse(tokens, pos + 1)
        return Neg(inner), pos
    if tok == "let":
        name = tokens[pos + 1]
        bound, pos = parse(tokens, pos + 2)
        body, pos = parse(tokens, pos)
        return Let(name, bound, body), pos
    if tok.isdigit():
        return Num(int(tok)), pos + 1
    return Var(tok), pos + 1


programs = [
    "+ 1 * 2 3",
    "* + x 1 - x 1",
    "let y * x x + y neg 4",
    "/ 10 - x 3",
    "+ z 1",
    "* 1 + 0 * x 1",
    "neg neg + 2 x",
]
env = {"x": 3}
for text in programs:
    tree, end = parse(text.split(), 0)
    try:
        value = tree.evaluate(env)
        print(tree.show(), "=", value)
    except EvalError as e:
        print(tree.show(), "error:", e)
    print("  simplified:", tree.simplify().show())
    try:
        print("  d/dx:", tree.derive("x").simplify().show())
    except EvalError as e:
        print("  d/dx failed:", e)
    except NotImplementedError as e:
        print("  not implemented:", e)
