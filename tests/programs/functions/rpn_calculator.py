# Shunting-yard to RPN and its evaluation, with a dict of functions as the operator table.
import sys
# A tiny tokenizer + RPN evaluator with a dispatch dict of functions
def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def div(a, b): return a / b
OPS = {"+": add, "-": sub, "*": mul, "/": div}
PREC = {"+": 1, "-": 1, "*": 2, "/": 2}

def to_rpn(tokens):
    out, stack = [], []
    for t in tokens:
        if t in OPS:
            while stack and stack[-1] in OPS and PREC[stack[-1]] >= PREC[t]:
                out.append(stack.pop())
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack[-1] != "(":
                out.append(stack.pop())
            stack.pop()
        else:
            out.append(t)
    while stack:
        out.append(stack.pop())
    return out

def evaluate(rpn):
    st = []
    for t in rpn:
        if t in OPS:
            b = st.pop()
            a = st.pop()
            st.append(OPS[t](a, b))
        else:
            st.append(float(t))
    return st[0]

for expr in ["3 + 4 * 2", "( 1 + 2 ) * ( 3 + 4 )", "10 / 4 - 1", "2 * ( 3 + 4 ) / 7"]:
    rpn = to_rpn(expr.split())
    print(expr, "=>", " ".join(rpn), "=", evaluate(rpn))
print(sorted(OPS), len(sys.argv))
try:
    evaluate(to_rpn("1 / 0".split()))
except ZeroDivisionError as e:
    print("error:", e)
