// Reads a class statement's body into a PyClass: its methods (plain, @staticmethod,
// @classmethod, @property getters and setters) and the class attributes bound to literals.
// Any other statement in a class body is refused: Wyrm's classes have a fixed shape.

import type * as ast from '../ast.ts';
import { BUILTIN_EXCEPTIONS } from '../builtins.ts';
import { PyClass, type PyFunction, type PyModule } from '../program.ts';
import { compileError } from '../../diagnostics/diagnostic.ts';
import { Diag } from '../../diagnostics/catalog.ts';
import { literalValue } from './literals.ts';

function spanOf(node: ast.Located): { start: number; length: number } {
  return { start: node.start, length: node.length };
}

function unsupported(module: PyModule, node: ast.Located, what: string) {
  return compileError(Diag.Unsupported, `${what} is not supported by Wyrm in a class body`, module.source, spanOf(node));
}

/** Fills `cls` from its body; `functionOf` gives the PyFunction made for each def. */
export function scanClassBody(cls: PyClass, functionOf: (node: ast.FunctionDef) => PyFunction): void {
  const module = cls.module;
  for (const stmt of cls.node.body) {
    switch (stmt.nodeType) {
      case 'Pass':
        break;
      case 'Expr':
        if (stmt.value.nodeType !== 'Constant') throw unsupported(module, stmt, 'an expression statement');
        break;
      case 'FunctionDef':
        addMethod(cls, stmt, functionOf(stmt));
        break;
      case 'Assign': {
        const target = stmt.targets.length === 1 ? stmt.targets[0]! : null;
        if (target?.nodeType === 'Name' && target.id === '__slots__') {
          cls.slots = slotNames(module, stmt);
          break;
        }
        const literal = literalValue(stmt.value);
        if (target?.nodeType !== 'Name' || !literal.ok) {
          throw unsupported(module, stmt, 'an assignment other than `name = literal`');
        }
        cls.classAttributes.set(target.id, { value: literal.value, span: spanOf(stmt) });
        break;
      }
      case 'AnnAssign': {
        if (stmt.target.nodeType !== 'Name') throw unsupported(module, stmt, 'this annotated assignment');
        if (stmt.value) {
          const literal = literalValue(stmt.value);
          if (!literal.ok) throw unsupported(module, stmt, 'an assignment other than `name: type = literal`');
          cls.classAttributes.set(stmt.target.id, { value: literal.value, span: spanOf(stmt) });
        }
        break;
      }
      default:
        throw unsupported(module, stmt, `a ${stmt.nodeType} statement`);
    }
  }
}

/** The names of `__slots__ = ('x', 'y')` (a tuple or list of str literals, or one str). */
function slotNames(module: PyClass['module'], stmt: ast.Assign): Set<string> {
  const value = stmt.value;
  const items = value.nodeType === 'Tuple' || value.nodeType === 'List' ? value.elts : [value];
  const names = new Set<string>();
  for (const item of items) {
    if (item.nodeType !== 'Constant' || typeof item.value !== 'string') throw unsupported(module, stmt, '`__slots__` other than a tuple or list of str literals');
    names.add(item.value);
  }
  return names;
}

function addMethod(cls: PyClass, node: ast.FunctionDef, func: PyFunction): void {
  func.owner = cls;
  const decorators = node.decorator_list;
  if (decorators.length === 0) {
    func.kind = 'method';
    cls.methods.set(node.name, func);
    return;
  }
  if (decorators.length > 1) throw unsupported(cls.module, decorators[1]!, 'more than one decorator');
  const decorator = decorators[0]!;
  if (decorator.nodeType === 'Name' && decorator.id === 'staticmethod') {
    func.kind = 'staticmethod';
    cls.staticMethods.set(node.name, func);
  } else if (decorator.nodeType === 'Name' && decorator.id === 'classmethod') {
    func.kind = 'classmethod';
    cls.classMethods.set(node.name, func);
  } else if (decorator.nodeType === 'Name' && decorator.id === 'property') {
    func.kind = 'getter';
    const existing = cls.properties.get(node.name);
    cls.properties.set(node.name, { getter: func, setter: existing?.setter ?? null });
  } else if (
    decorator.nodeType === 'Attribute' &&
    decorator.attr === 'setter' &&
    decorator.value.nodeType === 'Name' &&
    cls.properties.has(decorator.value.id)
  ) {
    func.kind = 'setter';
    cls.properties.get(decorator.value.id)!.setter = func;
  } else {
    throw unsupported(cls.module, decorator, 'this decorator');
  }
}

/** Resolves each class's base expressions to classes of the module or builtin exceptions. */
export function resolveBases(module: PyModule): void {
  for (const cls of module.classes.values()) {
    cls.bases = cls.node.bases.map((base) => {
      if (base.nodeType !== 'Name') throw compileError(Diag.Unsupported, 'a base class must be a class name', module.source, spanOf(base));
      const binding = module.bindings.get(base.id);
      if (binding?.kind === 'class') {
        // CPython evaluates the bases before it binds the class: a base named by this very
        // statement or by a later one is not defined yet (NameError).
        if (binding.cls === cls || binding.cls.node.start > cls.node.start) {
          const which = binding.cls === cls ? 'this class statement' : 'a later class statement';
          throw compileError(Diag.UndefinedName, `name '${base.id}' is not defined (it is bound by ${which}, after its bases are evaluated)`, module.source, spanOf(base));
        }
        return binding.cls;
      }
      const builtin = BUILTIN_EXCEPTIONS.get(base.id);
      if (builtin) return builtin;
      if (base.id === 'object') return null;
      throw compileError(Diag.UndefinedName, `base class '${base.id}' is not a class of this module or a builtin exception`, module.source, spanOf(base));
    }).filter((b): b is PyClass | NonNullable<typeof b> => b !== null);
    if (cls.node.keywords.length > 0) {
      throw compileError(Diag.Unsupported, 'class keywords (metaclass=...) are not supported', module.source, spanOf(cls.node.keywords[0]!));
    }
  }
}

export { PyClass };
