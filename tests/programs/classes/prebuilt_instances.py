# Prebuilt instances: objects built by module-level code (alone, in lists and in dicts) and
# used by functions, which read them, mutate them and add to the containers holding them.


class Settings:
    def __init__(self, name, level):
        self.name = name
        self.level = level
        self.history = []

    def bump(self):
        self.level += 1
        self.history.append(self.level)
        return self.level


class Registry:
    def __init__(self):
        self.entries = {}
        self.added = 0

    def register(self, key, settings):
        self.entries[key] = settings
        self.added += 1


CONFIG = Settings("main", 1)
REGISTRY = Registry()
PRESETS = [Settings("low", 10), Settings("high", 90)]
BY_NAME = {"fast": Settings("fast", 5), "safe": Settings("safe", 2)}
LIMIT = 3


def level():
    return CONFIG.level


def tune():
    if CONFIG.bump() > LIMIT:
        CONFIG.level = LIMIT
    PRESETS[0].level += 100
    BY_NAME["safe"].bump()
    REGISTRY.register(CONFIG.name + str(REGISTRY.added), CONFIG)


def report():
    print(CONFIG.name, CONFIG.level, CONFIG.history)
    print([p.name + "=" + str(p.level) for p in PRESETS])
    print({name: s.level for name, s in BY_NAME.items()})
    print(REGISTRY.added, list(REGISTRY.entries), all(s is CONFIG for s in REGISTRY.entries.values()))


print(level())
for _ in range(4):
    tune()
report()
PRESETS.append(Settings("extra", 0))
BY_NAME["new"] = PRESETS[-1]
PRESETS[-1].bump()
report()
print(BY_NAME["new"] is PRESETS[2], level())
