// Lowering of x[a:b:c], its assignment and deletion: the runtime library's slice functions the
// annotator chose (annotator/ops/slices.ts), or for a tuple a new tuple of the selected items.

import type { Expr } from '../wasm/binaryen.ts';
import type { Hlvalue } from '../../frontend/flowmodel.ts';
import { SomeNone, SomeTuple } from '../../annotator/model.ts';
import { constantParts, pythonSlice, sliceValues } from '../../annotator/ops/slices.ts';
import { TupleRepr } from '../repr/tuple.ts';
import { convertValue } from '../repr/convert.ts';
import { lowerRecordedLibraryCall } from './library.ts';
import type { LowerOp } from './lowerop.ts';

function libraryArguments(hop: LowerOp): Hlvalue[] {
  const [container, a, b, c, ...rest] = hop.args;
  const isNone = (value: Hlvalue): boolean => hop.fn.annotation(value) instanceof SomeNone;
  return [container!, ...sliceValues([a!, b!, c!], isNone), ...rest];
}

export function lowerGetSlice(hop: LowerOp): Expr {
  const source = hop.repr(0);
  if (source instanceof TupleRepr) return tupleSlice(hop, source);
  return lowerRecordedLibraryCall(hop, libraryArguments(hop), new Map());
}

export function lowerSetOrDelSlice(hop: LowerOp): Expr {
  return lowerRecordedLibraryCall(hop, libraryArguments(hop), new Map());
}

/** The items of a tuple a constant slice selects. */
function tupleSlice(hop: LowerOp, source: TupleRepr): Expr {
  const result = hop.resultRepr;
  if (!(result instanceof TupleRepr)) return hop.m.nop();
  const picked = pythonSlice(source.items.length, ...constantParts([hop.annotation(1), hop.annotation(2), hop.annotation(3)]));
  const tuple = hop.temp(hop.wasmType(source));
  const values = result.items.flatMap((itemRepr, k) => {
    if (itemRepr.isVoid) return [];
    const i = picked[k]!;
    const from = source.items[i]!;
    if (from.isVoid) return [itemRepr.constant((hop.resultAnnotation as SomeTuple).items[k]!.constValue, hop.ctx)];
    return [convertValue(hop.ctx, from, itemRepr, hop.model.structGet(source.struct, tuple.get(), `${i}`))];
  });
  return hop.m.block(null, [tuple.set(hop.arg(0)), hop.model.structNew(result.struct, values)], hop.wasmType(result));
}
