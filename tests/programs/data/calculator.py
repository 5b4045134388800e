# An arithmetic expression calculator: a tokenizer and a recursive-descent parser as classes, SyntaxError and ZeroDivisionError caught by type.
class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text
    def __repr__(self):
        return f"Token({self.kind!r}, {self.text!r})"

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            tokens.append(Token("num", src[i:j]))
            i = j
        elif c in "+-*/()":
            tokens.append(Token("op", c))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {c!r} at {i}")
    return tokens

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos].text if self.pos < len(self.tokens) else ""
    def next(self):
        t = self.tokens[self.pos]
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in ("+", "-"):
            if self.next().text == "+":
                v += self.term()
            else:
                v -= self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in ("*", "/"):
            if self.next().text == "*":
                v *= self.factor()
            else:
                v /= self.factor()
        return v
    def factor(self):
        t = self.next()
        if t.text == "(":
            v = self.expr()
            self.next()
            return v
        if t.text == "-":
            return -self.factor()
        return float(t.text)

for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - -2", "2 * (3 + 4) * 5 / 7", "1 / 0", "3 $ 4"]:
    try:
        print(src, "=", Parser(tokenize(src)).expr())
    except ZeroDivisionError as e:
        print(src, "->", type(e).__name__, e)
    except SyntaxError as e:
        print(src, "->", e)
print(tokenize("1+2"))
