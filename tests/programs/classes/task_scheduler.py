# A method-call-heavy scheduler in the style of the Richards benchmark: tasks of several
# classes with a common base, a run queue of tasks that may be None-able links, packets
# passed between tasks, and counters checked at the end.


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0


class Task:
    def __init__(self, scheduler, ident, priority):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = None
        self.runs = 0

    def enqueue(self, packet):
        packet.link = None
        last = self.queue
        if last is None:
            self.queue = packet
            return
        following = last.link
        while following is not None:
            last = following
            following = last.link
        last.link = packet

    def take(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
        return packet

    def run(self):
        self.runs += 1
        packet = self.take()
        if packet is None:
            return self.idle()
        return self.handle(packet)

    def idle(self):
        return 0

    def handle(self, packet):
        return 0


class Worker(Task):
    def handle(self, packet):
        packet.datum = packet.datum * 3 + self.ident
        target = self.scheduler.tasks[(self.ident + 1) % len(self.scheduler.tasks)]
        self.scheduler.send(target, packet)
        return 1


class Sink(Task):
    def __init__(self, scheduler, ident, priority):
        super().__init__(scheduler, ident, priority)
        self.total = 0

    def handle(self, packet):
        self.total += packet.datum % 1000
        if packet.kind > 0:
            packet.kind -= 1
            self.scheduler.send(self.scheduler.tasks[0], packet)
        return 2


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.sends = 0

    def send(self, task, packet):
        self.sends += 1
        task.enqueue(packet)

    def run(self, rounds):
        score = 0
        for _ in range(rounds):
            for task in sorted(self.tasks, key=lambda t: -t.priority):
                score += task.run()
        return score


s = Scheduler()
s.tasks.append(Worker(s, 0, 5))
s.tasks.append(Worker(s, 1, 3))
sink = Sink(s, 2, 1)
s.tasks.append(sink)
for i in range(6):
    s.send(s.tasks[i % 2], Packet(None, i, i % 3))
print(s.run(50), s.sends, sink.total, [t.runs for t in s.tasks])
pending = 0
for t in s.tasks:
    p = t.queue
    while p is not None:
        pending += 1
        p = p.link
print("pending", pending)
