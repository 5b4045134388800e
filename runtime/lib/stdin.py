# sys.stdin's methods and iteration, over the host's lines of standard input (read_line_raw():
# the next line with its '\n', or '' at the end, as readline() gives it).

from __wyrm__ import read_line_raw


def stdin_readline():
    return read_line_raw()


def stdin_read():
    parts = []
    line = read_line_raw()
    while line != "":
        parts.append(line)
        line = read_line_raw()
    return "".join(parts)


def stdin_readlines():
    lines = []
    line = read_line_raw()
    while line != "":
        lines.append(line)
        line = read_line_raw()
    return lines


def stdin_lines():
    line = read_line_raw()
    while line != "":
        yield line
        line = read_line_raw()
