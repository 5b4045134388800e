# A tiny stack VM: the PyPy use case in miniature.
PUSH, ADD, SUB, MUL, JMPNZ, DUP, PRINT, HALT, SWAP, POP = range(10)

class Frame:
    def __init__(self, code):
        self.code = code
        self.stack = []
        self.pc = 0

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        return self.stack.pop()

def run(code):
    f = Frame(code)
    out = []
    steps = 0
    while True:
        op, arg = f.code[f.pc]
        f.pc += 1
        steps += 1
        if op == PUSH:
            f.push(arg)
        elif op == ADD:
            b = f.pop(); a = f.pop(); f.push(a + b)
        elif op == SUB:
            b = f.pop(); a = f.pop(); f.push(a - b)
        elif op == MUL:
            b = f.pop(); a = f.pop(); f.push(a * b)
        elif op == DUP:
            v = f.pop(); f.push(v); f.push(v)
        elif op == SWAP:
            b = f.pop(); a = f.pop(); f.push(b); f.push(a)
        elif op == POP:
            f.pop()
        elif op == JMPNZ:
            if f.pop() != 0:
                f.pc = arg
        elif op == PRINT:
            out.append(str(f.stack[-1]))
        elif op == HALT:
            break
        else:
            raise ValueError("bad opcode %d" % op)
    return out, steps

# factorial of 10 by a loop: acc n
prog = [(PUSH, 1), (PUSH, 10),
        (DUP, 0), (JMPNZ, 5), (HALT, 0),
        (SWAP, 0), (PUSH, 0), (ADD, 0), (SWAP, 0), (DUP, 0), (PUSH, 0), (SWAP, 0), (POP, 0),
        (SWAP, 0), (MUL, 0), (PRINT, 0), (SWAP, 0), (PUSH, 1), (SUB, 0), (DUP, 0), (JMPNZ, 5), (HALT, 0)]
out, steps = run(prog)
print(" ".join(out), steps)
try:
    run([(42, 0)])
except ValueError as e:
    print("error:", e)
