# Instances of classes without __eq__ and __hash__ as dict keys and set members: they hash and
# compare by identity, as in CPython. A graph's nodes are keys of its adjacency dict and members
# of the visited set of a breadth-first search; equal-looking nodes stay distinct.


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Node(" + self.name + ")"


class Graph:
    def __init__(self):
        self.edges = {}

    def add(self, a, b):
        if a not in self.edges:
            self.edges[a] = []
        if b not in self.edges:
            self.edges[b] = []
        self.edges[a].append(b)

    def reachable(self, start):
        seen = {start}
        order = [start]
        queue = [start]
        while queue:
            node = queue.pop(0)
            for nxt in self.edges[node]:
                if nxt not in seen:
                    seen.add(nxt)
                    order.append(nxt)
                    queue.append(nxt)
        return order


a, b, c, d = Node("a"), Node("b"), Node("c"), Node("d")
twin = Node("a")
g = Graph()
g.add(a, b)
g.add(b, c)
g.add(c, a)
g.add(d, a)
g.add(twin, d)
print(g.reachable(a))
print(g.reachable(d))
print(g.reachable(twin))
print(len(g.edges), a in g.edges, twin in g.edges, Node("a") in g.edges)
print(list(g.edges.keys()))

counts = {}
for node in [a, b, a, twin, a, b]:
    counts[node] = counts.get(node, 0) + 1
print(counts)

group = set()
group.add(a)
group.add(a)
group.add(twin)
print(len(group), a in group, b in group)
group.discard(a)
print(len(group), a in group, twin in group)
others = {b, c} | {c, d}
print(len(others), sorted([n.name for n in others]))
print(sorted([n.name for n in others & {c, twin}]))
lookup = {node: node.name.upper() for node in [a, b, c]}
print(lookup[b], lookup.get(d, "?"), lookup.get(twin, "?"))
del lookup[a]
print(list(lookup.values()))
nodes = [a, b, c, twin]
print(nodes.index(twin), nodes.count(a), twin in nodes, d in nodes)
