# Binary trees: allocate many perfect binary trees of nodes, walk them and let them die, plus a
# long-lived tree (the Computer Language Benchmarks Game's program, without tuples as nodes).
# Exercises object allocation, the garbage collector, recursion and None-or-object fields.
# bench-size: 15
# bench-scale: exponential 2
import sys


class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_tree(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make_tree(depth - 1), make_tree(depth - 1))


def check_tree(node):
    left = node.left
    right = node.right
    if left is None or right is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def main(max_depth):
    min_depth = 4
    if max_depth < min_depth + 2:
        max_depth = min_depth + 2
    stretch = max_depth + 1
    print("stretch tree of depth", stretch, "check:", check_tree(make_tree(stretch)))
    long_lived = make_tree(max_depth)
    depth = min_depth
    while depth <= max_depth:
        iterations = 1 << (max_depth - depth + min_depth)
        check = 0
        for i in range(iterations):
            check += check_tree(make_tree(depth))
        print(iterations, "trees of depth", depth, "check:", check)
        depth += 2
    print("long lived tree of depth", max_depth, "check:", check_tree(long_lived))


main(int(sys.argv[1]))
