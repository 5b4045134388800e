# Refused: e.args (Wyrm keeps an exception's message, not its arguments).
try:
    raise ValueError("bad")
except ValueError as e:
    print(e.args)
