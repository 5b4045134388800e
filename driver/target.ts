// RPython-style programs: a module defining `target(driver, args)` that returns the entry
// function (`return entry_point` or `return entry_point, None`). Wyrm has no host Python to
// call target() in, so it reads the function the return statement names.

import type * as ast from '../frontend/ast.ts';
import type { PyFunction, PyModule } from '../frontend/program.ts';
import { compileError } from '../diagnostics/diagnostic.ts';
import { Diag } from '../diagnostics/catalog.ts';

function returnedNames(body: readonly ast.Stmt[], into: ast.Expr[]): void {
  for (const stmt of body) {
    if (stmt.nodeType === 'Return' && stmt.value) into.push(stmt.value);
    if (stmt.nodeType === 'If') {
      returnedNames(stmt.body, into);
      returnedNames(stmt.orelse, into);
    }
  }
}

export function findTargetEntry(module: PyModule): PyFunction {
  const binding = module.bindings.get('target');
  if (binding?.kind !== 'function') throw new Error('findTargetEntry on a module without target()');
  const target = binding.func;
  const values: ast.Expr[] = [];
  returnedNames(target.node.nodeType === 'FunctionDef' ? target.node.body : [], values);
  const names = new Set<string>();
  for (const value of values) {
    const first = value.nodeType === 'Tuple' ? value.elts[0] : value;
    if (first?.nodeType === 'Name') names.add(first.id);
  }
  if (names.size !== 1) {
    throw compileError(
      Diag.NoEntryPoint,
      'target() must return the entry function by name (`return entry_point` or `return entry_point, None`)',
      module.source,
      target.span,
    );
  }
  const name = [...names][0]!;
  const entry = module.bindings.get(name);
  if (entry?.kind !== 'function') {
    throw compileError(Diag.NoEntryPoint, `target() returns '${name}', which is not a module-level function`, module.source, target.span);
  }
  return entry.func;
}
