# A small Lisp interpreter: a class per value kind, environments chained through None-able parents, isinstance dispatch, recursion through lambdas.
class Value:
    def show(self):
        raise NotImplementedError

class Num(Value):
    def __init__(self, n):
        self.n = n
    def show(self):
        return str(self.n)

class Sym(Value):
    def __init__(self, name):
        self.name = name
    def show(self):
        return self.name

class Lst(Value):
    def __init__(self, items):
        self.items = items
    def show(self):
        return "(" + " ".join([v.show() for v in self.items]) + ")"

class Lambda(Value):
    def __init__(self, params, body, env):
        self.params = params
        self.body = body
        self.env = env
    def show(self):
        return "<lambda>"

class Env:
    def __init__(self, parent):
        self.vars = {}
        self.parent = parent
    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise NameError("unbound symbol: " + name)

def tokenize(src):
    return src.replace("(", " ( ").replace(")", " ) ").split()

def parse(tokens, pos):
    tok = tokens[pos]
    if tok == "(":
        items = []
        pos += 1
        while tokens[pos] != ")":
            item, pos = parse(tokens, pos)
            items.append(item)
        return Lst(items), pos + 1
    if tok.lstrip("-").isdigit():
        return Num(int(tok)), pos + 1
    return Sym(tok), pos + 1

def num(v):
    if isinstance(v, Num):
        return v.n
    raise TypeError("not a number: " + v.show())

def evaluate(x, env):
    if isinstance(x, Num):
        return x
    if isinstance(x, Sym):
        return env.lookup(x.name)
    if isinstance(x, Lst):
        head = x.items[0]
        if isinstance(head, Sym):
            if head.name == "if":
                c = num(evaluate(x.items[1], env))
                return evaluate(x.items[2] if c != 0 else x.items[3], env)
            if head.name == "define":
                name = x.items[1]
                if isinstance(name, Sym):
                    env.vars[name.name] = evaluate(x.items[2], env)
                return Num(0)
            if head.name == "lambda":
                params = x.items[1]
                names = []
                if isinstance(params, Lst):
                    for p in params.items:
                        if isinstance(p, Sym):
                            names.append(p.name)
                return Lambda(names, x.items[2], env)
            if head.name in ("+", "-", "*", "<"):
                a = num(evaluate(x.items[1], env))
                b = num(evaluate(x.items[2], env))
                if head.name == "+":
                    return Num(a + b)
                if head.name == "-":
                    return Num(a - b)
                if head.name == "*":
                    return Num(a * b)
                return Num(1 if a < b else 0)
        f = evaluate(head, env)
        if isinstance(f, Lambda):
            local = Env(f.env)
            for name, arg in zip(f.params, x.items[1:]):
                local.vars[name] = evaluate(arg, env)
            return evaluate(f.body, local)
        raise TypeError("not callable: " + f.show())
    raise TypeError("cannot evaluate")

glob = Env(None)
for src in ["(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
            "(fact 20)", "(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
            "(fib 20)", "(undefined 1)", "(1 2)", "(fact 15)"]:
    try:
        result, _ = parse(tokenize(src), 0)
        print(src[:30], "=>", evaluate(result, glob).show())
    except NameError as e:
        print("NameError:", e)
    except TypeError as e:
        print("TypeError:", e)
    except OverflowError as e:
        print("OverflowError:", e)
