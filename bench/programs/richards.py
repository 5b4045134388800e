# Richards: Martin Richards' operating-system scheduler simulation (the classic benchmark of
# object-oriented dispatch), with an idle task, a worker, two handlers and two devices passing
# packets. Tasks are subclasses of Task whose fn() is called through the base class.
# Exercises classes with fixed attributes, inheritance, virtual calls, linked lists with None.
# bench-size: 40
# bench-scale: linear
import sys

I_IDLE = 1
I_WORK = 2
I_HANDLER_A = 3
I_HANDLER_B = 4
I_DEVICE_A = 5
I_DEVICE_B = 6

K_DEVICE = 1000
K_WORK = 1001

BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        """Put this packet at the end of queue (None when empty); return the queue's head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.link = scheduler.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = queue is not None
        self.task_waiting = queue is not None
        self.task_holding = False
        scheduler.task_list = self
        scheduler.task_table[ident] = self

    def is_held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding

    def add_packet(self, packet, old_task):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > old_task.priority:
                return self
        else:
            self.input = packet.append_to(self.input)
        return old_task

    def run_task(self):
        if self.is_waiting_with_packet():
            packet = self.input
            assert packet is not None
            self.input = packet.link
            self.packet_pending = self.input is not None
            self.task_waiting = False
            self.task_holding = False
            return self.fn(packet)
        return self.fn(None)

    def fn(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        Task.__init__(self, scheduler, ident, priority, None)
        self.control = 1
        self.count = count

    def fn(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self()
        if self.control % 2 == 0:
            self.control = self.control // 2
            return self.scheduler.release(I_DEVICE_A)
        self.control = (self.control // 2) ^ 0xD008
        return self.scheduler.release(I_DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.destination = I_HANDLER_A
        self.count = 0

    def fn(self, packet):
        if packet is None:
            return self.scheduler.wait_task()
        if self.destination == I_HANDLER_A:
            self.destination = I_HANDLER_B
        else:
            self.destination = I_HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.scheduler.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def fn(self, packet):
        if packet is not None:
            if packet.kind == K_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is None:
            return self.scheduler.wait_task()
        count = work.datum
        if count >= BUFFER_SIZE:
            self.work_in = work.link
            return self.scheduler.queue_packet(work)
        device = self.device_in
        if device is None:
            return self.scheduler.wait_task()
        self.device_in = device.link
        device.datum = work.data[count]
        work.datum = count + 1
        return self.scheduler.queue_packet(device)


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority, None)
        self.pending = None

    def fn(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.scheduler.wait_task()
            self.pending = None
            return self.scheduler.queue_packet(pending)
        self.pending = packet
        return self.scheduler.hold_self()


class Scheduler:
    def __init__(self):
        self.task_list = None
        self.task_table = [None] * 10
        self.current = None
        self.current_id = 0
        self.hold_count = 0
        self.queue_count = 0

    def find(self, ident):
        task = self.task_table[ident]
        assert task is not None
        return task

    def hold_self(self):
        current = self.current
        assert current is not None
        self.hold_count += 1
        current.task_holding = True
        return current.link

    def wait_task(self):
        current = self.current
        assert current is not None
        current.task_waiting = True
        return current

    def release(self, ident):
        task = self.find(ident)
        current = self.current
        assert current is not None
        task.task_holding = False
        if task.priority > current.priority:
            return task
        return current

    def queue_packet(self, packet):
        task = self.find(packet.ident)
        current = self.current
        assert current is not None
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_id
        return task.add_packet(packet, current)

    def schedule(self):
        task = self.task_list
        while task is not None:
            if task.is_held_or_suspended():
                task = task.link
            else:
                self.current = task
                self.current_id = task.ident
                task = task.run_task()


def run_once(count):
    scheduler = Scheduler()
    IdleTask(scheduler, I_IDLE, 1, count)

    queue = Packet(None, 0, K_WORK)
    queue = Packet(queue, 0, K_WORK)
    WorkerTask(scheduler, I_WORK, 1000, queue)

    queue = Packet(None, I_DEVICE_A, K_DEVICE)
    queue = Packet(queue, I_DEVICE_A, K_DEVICE)
    queue = Packet(queue, I_DEVICE_A, K_DEVICE)
    HandlerTask(scheduler, I_HANDLER_A, 2000, queue)

    queue = Packet(None, I_DEVICE_B, K_DEVICE)
    queue = Packet(queue, I_DEVICE_B, K_DEVICE)
    queue = Packet(queue, I_DEVICE_B, K_DEVICE)
    HandlerTask(scheduler, I_HANDLER_B, 3000, queue)

    DeviceTask(scheduler, I_DEVICE_A, 4000)
    DeviceTask(scheduler, I_DEVICE_B, 5000)

    scheduler.schedule()
    return scheduler.queue_count * 100000 + scheduler.hold_count


def main(iterations):
    checksum = 0
    for i in range(iterations):
        checksum = (checksum + run_once(10000 + i)) % 1000000007
    # The classic check: 10000 idle counts give 23246 queued packets and 9297 holds.
    print("first", run_once(10000), "checksum", checksum)


main(int(sys.argv[1]))
