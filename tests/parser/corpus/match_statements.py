# match statements (PEP 634) with every pattern kind.
match command:
    case 'quit':
        pass
    case 1:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case b'bytes':
        pass
    case 'a' 'b':
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case x:
        pass
    case _:
        pass
match value:
    case Color.RED:
        pass
    case a.b.c:
        pass
    case (x):
        pass
    case (1 | 2):
        pass
    case 1 | 2 | 3:
        pass
    case [1, 2] | (3, 4):
        pass
    case x as y:
        pass
    case (1 | 2) as z:
        pass
match seq:
    case []:
        pass
    case ():
        pass
    case [x]:
        pass
    case [x,]:
        pass
    case (x,):
        pass
    case [x, y, *rest]:
        pass
    case [*_]:
        pass
    case (*start, last):
        pass
    case x, y:
        pass
    case x, *y:
        pass
    case *x, y:
        pass
    case [[1, 2], [3, *_]]:
        pass
match mapping:
    case {}:
        pass
    case {'key': value}:
        pass
    case {'a': 1, 'b': [x, y], **rest}:
        pass
    case {1: _, None: _, True: _, -1: _, 1+1j: _}:
        pass
    case {Color.RED: x, a.b: y}:
        pass
    case {**rest}:
        pass
    case {'k': v,}:
        pass
match obj:
    case Point():
        pass
    case Point(x, y):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case a.b.Point(x=[1, 2], y={'k': _}):
        pass
    case Point(x=Point(y=1) as inner,):
        pass
    case int() | str():
        pass
match x, y:
    case a, b if a > b:
        pass
    case _ if (n := compute()):
        pass
match *a, b:
    case _:
        pass
match (x):
    case _: pass
match -x:
    case _: pass
match [x, y]:
    case [a, b]: pass
match {x: y}:
    case {}: pass
match f(x):
    case _: pass
match x:
    case 'a' | 'b' as c: pass
