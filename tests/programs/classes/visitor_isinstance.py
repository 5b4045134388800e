# A document tree walked with isinstance tests (narrowing to each node class) and with
# overridden methods; nodes hold lists of children and optional parents.


class Node:
    def __init__(self):
        self.parent = None
        self.children = []

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child

    def depth(self):
        d = 0
        p = self.parent
        while p is not None:
            d += 1
            p = p.parent
        return d


class Section(Node):
    def __init__(self, title):
        super().__init__()
        self.title = title


class Paragraph(Node):
    def __init__(self, text):
        super().__init__()
        self.text = text


class Image(Node):
    def __init__(self, src, width):
        super().__init__()
        self.src = src
        self.width = width


def render(node, out):
    pad = "  " * node.depth()
    if isinstance(node, Section):
        out.append(pad + "# " + node.title)
    elif isinstance(node, Paragraph):
        out.append(pad + node.text[:20] + ("..." if len(node.text) > 20 else ""))
    elif isinstance(node, Image):
        out.append(pad + f"[{node.src} {node.width}px]")
    else:
        out.append(pad + "<root>")
    for child in node.children:
        render(child, out)


def count(node, counts):
    key = "other"
    if isinstance(node, (Section, Image)):
        key = "block"
    elif isinstance(node, Paragraph):
        key = "text"
    counts[key] = counts.get(key, 0) + 1
    for child in node.children:
        count(child, counts)


root = Node()
intro = root.add(Section("Introduction"))
intro.add(Paragraph("Wyrm translates Python to WebAssembly."))
intro.add(Image("logo.png", 64))
body = root.add(Section("Body"))
sub = body.add(Section("Details"))
sub.add(Paragraph("Short."))
sub.add(Paragraph("Another paragraph that is rather long indeed."))
lines = []
render(root, lines)
for line in lines:
    print(line)
counts = {}
count(root, counts)
print(counts)
leaf = sub.children[1]
print(leaf.depth(), leaf.parent is sub, root.parent is None)
