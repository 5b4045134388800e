// Calls from the annotator's rules to the runtime library (runtime/lib/*.py): a builtin method
// implemented in Python is annotated as a call of its library function, specialized for the
// argument types like any call; the call is recorded on the operation for the lowering.

import { Diag } from '../../diagnostics/catalog.ts';
import { CallShape } from '../../frontend/callshape.ts';
import { libraryFunction } from '../../runtime/library.ts';
import { CallBindingError } from '../description.ts';
import type { SomeValue } from '../model.ts';
import type { OpRequest } from './registry.ts';

/**
 * Annotates a call of library function `name` with these positional arguments and keyword
 * arguments; `displayName` is how the error messages name the builtin (`str.split`).
 */
export function callLibrary(
  req: OpRequest,
  name: string,
  positional: readonly SomeValue[],
  keywords: ReadonlyMap<string, SomeValue> = new Map(),
  displayName = name,
): SomeValue {
  const desc = req.annotator.bookkeeper.getDesc(libraryFunction(name));
  const shape = keywords.size > 0 ? new CallShape(positional.length, [...keywords.keys()]) : null;
  let cells: SomeValue[];
  try {
    cells = desc.bindArguments(shape, [...positional, ...keywords.values()]);
  } catch (error) {
    if (error instanceof CallBindingError) throw req.error(Diag.BadCall, error.message.replaceAll(`${desc.func.name}()`, `${displayName}()`));
    throw error;
  }
  const graph = desc.graphFor(cells);
  req.annotator.recordCallTarget(req.op, desc, graph);
  return req.annotator.recursiveCall(graph, req.position, cells);
}
