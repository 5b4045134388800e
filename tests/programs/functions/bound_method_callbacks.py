# An event system whose handlers are bound methods of different names and of different
# objects, registered in a dict of lists, called with the event's arguments; a handler that
# raises stops the dispatch of that event only.


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def info(self, text):
        self.lines.append(self.prefix + " info: " + text)
        return len(self.lines)

    def warn(self, text):
        self.lines.append(self.prefix + " WARN: " + text.upper())
        return len(self.lines)


class Stats:
    def __init__(self):
        self.seen = {}

    def record(self, text):
        self.seen[text] = self.seen.get(text, 0) + 1
        return self.seen[text]

    def strict(self, text):
        if not text:
            raise ValueError("empty event text")
        return 0


class Bus:
    def __init__(self):
        self.handlers = {}

    def on(self, event, handler):
        if event not in self.handlers:
            self.handlers[event] = []
        self.handlers[event].append(handler)

    def emit(self, event, text):
        results = []
        try:
            for handler in self.handlers.get(event, []):
                results.append(handler(text))
        except ValueError as e:
            results.append(-1)
            print("handler failed:", e)
        return results


log = Logger("app")
audit = Logger("audit")
stats = Stats()
bus = Bus()
bus.on("start", log.info)
bus.on("start", stats.record)
bus.on("error", log.warn)
bus.on("error", audit.warn)
bus.on("error", stats.strict)
bus.on("error", stats.record)
print(bus.emit("start", "boot"))
print(bus.emit("error", "disk full"))
print(bus.emit("error", ""))
print(bus.emit("start", "boot"))
print(bus.emit("other", "ignored"))
for line in log.lines + audit.lines:
    print(line)
print(stats.seen)
