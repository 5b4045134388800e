// Class attributes that the program assigns (`Counter.made += 1`, `Config.debug = True`): such an
// attribute is not a constant of its class any more but one value shared by the class and its
// instances, kept in a hidden module global that the class statement sets to the literal of the
// class body. Found here by reading the whole module, so that no read of the attribute is
// folded to the class body's literal before an assignment is seen.
//
// Supported as CPython behaves when the attribute is assigned through the class that defines it
// and no subclass defines it again; assignments through another class are refused (CPython would
// give that class an attribute of its own).

import type * as ast from '../ast.ts';
import { forEachChild } from '../ast.ts';
import { Diag } from '../../diagnostics/catalog.ts';
import { compileError } from '../../diagnostics/diagnostic.ts';
import { GlobalVariable, PyClass, type PyModule } from '../program.ts';
import { spanOf } from './context.ts';

/** The target `C.name` of an assignment when `C` is one of the module's classes. */
function classAttributeTarget(module: PyModule, target: ast.Expr): { cls: PyClass; name: string; node: ast.Attribute } | null {
  if (target.nodeType !== 'Attribute' || target.value.nodeType !== 'Name') return null;
  const binding = module.bindings.get(target.value.id);
  return binding?.kind === 'class' ? { cls: binding.cls, name: target.attr, node: target } : null;
}

/** Gives each class the hidden globals of its assigned attributes (PyClass.assignedAttributes). */
export function findAssignedClassAttributes(module: PyModule): void {
  const visit = (node: ast.Node): void => {
    const targets = node.nodeType === 'Assign' ? node.targets : node.nodeType === 'AugAssign' || node.nodeType === 'AnnAssign' ? [node.target] : [];
    for (const target of targets) {
      const found = classAttributeTarget(module, target);
      if (found) markAssigned(module, found.cls, found.name, found.node);
    }
    forEachChild(node, visit);
  };
  visit(module.ast);
}

function markAssigned(module: PyModule, cls: PyClass, name: string, node: ast.Attribute): void {
  if (cls.assignedAttributes.has(name)) return;
  const refuse = (why: string) => compileError(Diag.Unsupported, `assigning the class attribute '${name}' through ${cls.name}: ${why}`, module.source, spanOf(node));
  if (!cls.classAttributes.has(name)) throw refuse(`the class body of ${cls.name} does not define it (set it in the class body first)`);
  for (const other of module.classes.values()) {
    if (other !== cls && inherits(other, cls) && other.classAttributes.has(name)) throw refuse(`its subclass ${other.name} defines it again`);
  }
  const initial = cls.classAttributes.get(name)!;
  cls.assignedAttributes.set(name, new GlobalVariable(module, `${cls.qualname}.${name}`, initial.span, false));
}

function inherits(cls: PyClass, base: PyClass): boolean {
  return cls.bases.some((b) => b === base || (b instanceof PyClass && inherits(b, base)));
}
