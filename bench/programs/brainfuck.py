# A Brainfuck interpreter (the PyPy tutorial's use case): compile the source to a list of
# run-length-encoded opcodes with precomputed jump targets, then run a loop-heavy program on a
# byte tape, several rounds with inputs from a small LCG. The checksum folds every output byte.
# Exercises str scanning, int lists as bytecode and a dispatch loop (Wyrm's core subset).
# bench-size: 30
# bench-scale: linear
import sys

OP_ADD = 0
OP_MOVE = 1
OP_OUT = 2
OP_IN = 3
OP_JUMP_IF_ZERO = 4
OP_JUMP_IF_NONZERO = 5

# Cells: c0 outer counter, c1 middle counter, c2 inner counter, c3..c5 accumulators.
PROGRAM = (
    ",["  # c0 = input; while c0:
    ">,["  # c1 = input; while c1:
    ">++++++++++++["  # c2 = 12; while c2:
    ">+>+++>+++++<<<-"  # c3 += 1, c4 += 3, c5 += 5, c2 -= 1
    "]"
    ">>[-<+>]"  # c3 += c4, c4 = 0
    ">[-<<+>>]"  # c3 += c5, c5 = 0
    "<<<<-"  # c1 -= 1
    "]"
    ">>."  # output c3
    "<<<-"  # c0 -= 1
    "]"
    ">>>."  # output c3 once more
)


def compile_program(source, ops, args):
    """Append the opcodes of source to ops (and their arguments to args)."""
    stack = []
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == "+" or ch == "-":
            delta = 0
            while i < n and (source[i] == "+" or source[i] == "-"):
                if source[i] == "+":
                    delta += 1
                else:
                    delta -= 1
                i += 1
            ops.append(OP_ADD)
            args.append(delta)
            continue
        if ch == ">" or ch == "<":
            offset = 0
            while i < n and (source[i] == ">" or source[i] == "<"):
                if source[i] == ">":
                    offset += 1
                else:
                    offset -= 1
                i += 1
            ops.append(OP_MOVE)
            args.append(offset)
            continue
        if ch == ".":
            ops.append(OP_OUT)
            args.append(0)
        elif ch == ",":
            ops.append(OP_IN)
            args.append(0)
        elif ch == "[":
            stack.append(len(ops))
            ops.append(OP_JUMP_IF_ZERO)
            args.append(0)
        elif ch == "]":
            start = stack.pop()
            args[start] = len(ops)
            ops.append(OP_JUMP_IF_NONZERO)
            args.append(start)
        i += 1


def run(ops, args, tape, inputs, outputs):
    """Run the program from a zeroed tape; return the number of opcodes executed."""
    for k in range(len(tape)):
        tape[k] = 0
    pc = 0
    ptr = 0
    next_input = 0
    steps = 0
    n = len(ops)
    while pc < n:
        op = ops[pc]
        steps += 1
        if op == OP_ADD:
            tape[ptr] = (tape[ptr] + args[pc]) % 256
        elif op == OP_MOVE:
            ptr += args[pc]
        elif op == OP_JUMP_IF_ZERO:
            if tape[ptr] == 0:
                pc = args[pc]
        elif op == OP_JUMP_IF_NONZERO:
            if tape[ptr] != 0:
                pc = args[pc]
        elif op == OP_OUT:
            outputs.append(tape[ptr])
        elif op == OP_IN:
            tape[ptr] = inputs[next_input]
            next_input += 1
        pc += 1
    return steps


def main(rounds):
    ops = []
    args = []
    compile_program(PROGRAM, ops, args)
    tape = [0] * 64
    seed = 12345
    checksum = 0
    total_steps = 0
    outputs = []
    for r in range(rounds):
        inputs = []
        for k in range(64):
            seed = (seed * 1103515245 + 12345) % 2147483648
            inputs.append(seed // 65536 % 32 + 16)
        outputs.clear()
        total_steps += run(ops, args, tape, inputs, outputs)
        for v in outputs:
            checksum = (checksum * 31 + v) % 1000000007
    print("steps", total_steps, "outputs", len(outputs), "checksum", checksum)


main(int(sys.argv[1]))
