import sys


def pick(flag):
    if flag:
        d = {'a': 1}
    else:
        d = {1: 'a'}
    return d


print(pick(len(sys.argv) > 1))
