# A JSON-like tokenizer and parser: generate documents of nested objects, arrays, strings with
# escapes, integers and literals with a small LCG, scan them into tokens, parse the tokens into
# a tree of value objects and fold the tree into a checksum through a virtual method.
# Exercises string scanning and slicing, str building, classes with inheritance, recursion.
# bench-size: 5000
# bench-scale: linear
import sys

T_LBRACE = 0
T_RBRACE = 1
T_LBRACKET = 2
T_RBRACKET = 3
T_COLON = 4
T_COMMA = 5
T_STRING = 6
T_NUMBER = 7
T_TRUE = 8
T_FALSE = 9
T_NULL = 10
T_END = 11

KEYS = ["id", "name", "tags", "value", "children", "enabled", "note", "x", "y", "weight"]
WORDS = ["alpha", "beta", "gamma", "delta", "quote\"d", "back\\slash", "new\nline", "tab\tbed"]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state // 65536 % bound


def quote(text, out):
    out.append('"')
    for ch in text:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        else:
            out.append(ch)
    out.append('"')


def generate(rng, depth, out):
    kind = rng.next(10) if depth > 0 else 5 + rng.next(5)
    if kind <= 2:
        out.append("{")
        fields = 1 + rng.next(5)
        for i in range(fields):
            if i > 0:
                out.append(", ")
            quote(KEYS[rng.next(len(KEYS))], out)
            out.append(": ")
            generate(rng, depth - 1, out)
        out.append("}")
    elif kind <= 4:
        out.append("[")
        items = rng.next(6)
        for i in range(items):
            if i > 0:
                out.append(",")
            generate(rng, depth - 1, out)
        out.append("]")
    elif kind <= 6:
        out.append(str(rng.next(200000) - 100000))
    elif kind == 7:
        quote(WORDS[rng.next(len(WORDS))], out)
    elif kind == 8:
        out.append("true" if rng.next(2) == 0 else "false")
    else:
        out.append("null")


class Token:
    def __init__(self, kind, text, number):
        self.kind = kind
        self.text = text
        self.number = number


class Lexer:
    def __init__(self, source):
        self.source = source
        self.pos = 0

    def skip_space(self):
        while self.pos < len(self.source) and self.source[self.pos] in " \n\t\r":
            self.pos += 1

    def next_token(self):
        self.skip_space()
        if self.pos >= len(self.source):
            return Token(T_END, "", 0)
        ch = self.source[self.pos]
        if ch == "{":
            self.pos += 1
            return Token(T_LBRACE, ch, 0)
        if ch == "}":
            self.pos += 1
            return Token(T_RBRACE, ch, 0)
        if ch == "[":
            self.pos += 1
            return Token(T_LBRACKET, ch, 0)
        if ch == "]":
            self.pos += 1
            return Token(T_RBRACKET, ch, 0)
        if ch == ":":
            self.pos += 1
            return Token(T_COLON, ch, 0)
        if ch == ",":
            self.pos += 1
            return Token(T_COMMA, ch, 0)
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        return self.keyword()

    def string(self):
        self.pos += 1
        parts = []
        start = self.pos
        while self.source[self.pos] != '"':
            if self.source[self.pos] == "\\":
                parts.append(self.source[start:self.pos])
                escaped = self.source[self.pos + 1]
                if escaped == "n":
                    parts.append("\n")
                elif escaped == "t":
                    parts.append("\t")
                else:
                    parts.append(escaped)
                self.pos += 2
                start = self.pos
            else:
                self.pos += 1
        parts.append(self.source[start:self.pos])
        self.pos += 1
        return Token(T_STRING, "".join(parts), 0)

    def number(self):
        sign = 1
        if self.source[self.pos] == "-":
            sign = -1
            self.pos += 1
        value = 0
        while self.pos < len(self.source) and self.source[self.pos].isdigit():
            value = value * 10 + (ord(self.source[self.pos]) - 48)
            self.pos += 1
        return Token(T_NUMBER, "", sign * value)

    def keyword(self):
        start = self.pos
        while self.pos < len(self.source) and self.source[self.pos].isalpha():
            self.pos += 1
        word = self.source[start:self.pos]
        if word == "true":
            return Token(T_TRUE, word, 0)
        if word == "false":
            return Token(T_FALSE, word, 0)
        if word == "null":
            return Token(T_NULL, word, 0)
        raise ValueError("unexpected text: " + word)


class Value:
    def checksum(self):
        raise NotImplementedError


class NullValue(Value):
    def checksum(self):
        return 7


class BoolValue(Value):
    def __init__(self, value):
        self.value = value

    def checksum(self):
        return 11 if self.value else 13


class NumberValue(Value):
    def __init__(self, value):
        self.value = value

    def checksum(self):
        return self.value % 1000003


class StringValue(Value):
    def __init__(self, value):
        self.value = value

    def checksum(self):
        h = len(self.value)
        for ch in self.value:
            h = (h * 31 + ord(ch)) % 1000003
        return h


class ArrayValue(Value):
    def __init__(self, items):
        self.items = items

    def checksum(self):
        h = 17
        for item in self.items:
            h = (h * 37 + item.checksum()) % 1000003
        return h


class ObjectValue(Value):
    def __init__(self, fields):
        self.fields = fields

    def checksum(self):
        # A sum over the fields, so that it does not depend on the dict's iteration order.
        h = 19
        for key in self.fields:
            h = (h + StringValue(key).checksum() * 41 + self.fields[key].checksum()) % 1000003
        return h


class Parser:
    def __init__(self, source):
        self.lexer = Lexer(source)
        self.token = self.lexer.next_token()

    def advance(self):
        self.token = self.lexer.next_token()

    def expect(self, kind):
        if self.token.kind != kind:
            raise ValueError("unexpected token " + self.token.text)
        self.advance()

    def parse_value(self):
        token = self.token
        if token.kind == T_LBRACE:
            self.advance()
            fields = {}
            if self.token.kind != T_RBRACE:
                while True:
                    key = self.token.text
                    self.expect(T_STRING)
                    self.expect(T_COLON)
                    fields[key] = self.parse_value()
                    if self.token.kind != T_COMMA:
                        break
                    self.advance()
            self.expect(T_RBRACE)
            return ObjectValue(fields)
        if token.kind == T_LBRACKET:
            self.advance()
            items = []
            if self.token.kind != T_RBRACKET:
                while True:
                    items.append(self.parse_value())
                    if self.token.kind != T_COMMA:
                        break
                    self.advance()
            self.expect(T_RBRACKET)
            return ArrayValue(items)
        self.advance()
        if token.kind == T_STRING:
            return StringValue(token.text)
        if token.kind == T_NUMBER:
            return NumberValue(token.number)
        if token.kind == T_TRUE:
            return BoolValue(True)
        if token.kind == T_FALSE:
            return BoolValue(False)
        if token.kind == T_NULL:
            return NullValue()
        raise ValueError("unexpected token " + token.text)


def main(documents):
    rng = Lcg(2024)
    checksum = 0
    chars = 0
    for d in range(documents):
        out = []
        generate(rng, 9, out)
        source = "\n".join(["", "".join(out), ""])
        chars += len(source)
        value = Parser(source).parse_value()
        checksum = (checksum * 7 + value.checksum()) % 1000000007
    print("documents", documents, "chars", chars, "checksum", checksum)


main(int(sys.argv[1]))
