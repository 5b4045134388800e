# Found by the fuzzer (a mutant of tests/programs/functions/error_bound_method_raise.py): calling
# through a list of bound methods where one method only raises and another returns an int:
# the dispatch's branches had different wasm types (Binaryen rejected the module).
class Tank:
    def __init__(self, level):
        self.level = level
    def fill(self, amount):
        selflevel += amount
    def drain(self, amount):
        return self.level
t = Tank(0)
actions = [t.fill, t.drain]
for action in actions:
    action(1)
