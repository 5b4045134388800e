# Class definitions: bases, keywords, star arguments, decorators, nesting, bodies.
class A: pass
class A(): pass
class A(B): pass
class A(B, C): pass
class A(B, metaclass=M): pass
class A(*bases, **kwds): pass
class A(B, C, metaclass=M, extra=1):
    """Docstring."""
    x = 1
    y: int = 2
    z: str
    def method(self):
        return self.x
    @staticmethod
    def static():
        pass
    @classmethod
    def cls(cls):
        pass
    @property
    def prop(self):
        return 1
    @prop.setter
    def prop(self, value):
        pass
    class Inner:
        pass
@dataclass
class D:
    a: int
    b: str = 'b'
@a
@b.c(d)
class E(F): ...
class G(object,): pass
