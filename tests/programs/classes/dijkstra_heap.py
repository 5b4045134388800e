# Dijkstra's shortest paths over a hand-written binary heap of tuples, with __len__.
# a priority scheduler with heap implemented by hand, tuples in lists, while loops
class MinHeap:
    def __init__(self):
        self.items = []
    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break
    def pop(self):
        last = self.items.pop()
        if not self.items:
            return last
        top = self.items[0]
        self.items[0] = last
        i = 0
        n = len(self.items)
        while True:
            l, r = 2 * i + 1, 2 * i + 2
            smallest = i
            if l < n and self.items[l] < self.items[smallest]:
                smallest = l
            if r < n and self.items[r] < self.items[smallest]:
                smallest = r
            if smallest == i:
                break
            self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
            i = smallest
        return top
    def __len__(self):
        return len(self.items)

def dijkstra(graph, start):
    dist = {start: 0}
    heap = MinHeap()
    heap.push((0, start))
    while len(heap) > 0:
        d, node = heap.pop()
        if d > dist.get(node, 1 << 60):
            continue
        for nxt, w in graph.get(node, []):
            nd = d + w
            if nd < dist.get(nxt, 1 << 60):
                dist[nxt] = nd
                heap.push((nd, nxt))
    return dist

graph = {"a": [("b", 7), ("c", 9), ("f", 14)], "b": [("c", 10), ("d", 15)], "c": [("d", 11), ("f", 2)], "d": [("e", 6)], "f": [("e", 9)]}
print(sorted(dijkstra(graph, "a").items()))
h = MinHeap()
for x in [5, 3, 8, 1, 9, 2]:
    h.push((x, str(x)))
print([h.pop() for _ in range(len(h))])
