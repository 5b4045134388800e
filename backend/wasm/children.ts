// The children of a Binaryen expression, read through binaryen.js's expression classes: what a
// pass written in TypeScript needs to walk a function body. binaryen.js has no generic child
// iterator, so this table lists, per expression kind Wyrm's code can contain, the getters of
// its child expressions in evaluation order. A kind missing from the table is reported as
// unknown (`null`), and a pass that meets one leaves the function alone.

import { binaryen, type Expr } from './binaryen.ts';

type Getter = (expr: Expr) => Expr | Expr[];

/** binaryen.js's expression classes (Block, Loop, Break...), which its type declarations leave out. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const ir = binaryen as unknown as Record<string, Record<string, (...args: any[]) => any>>;

/** For each expression id: the getters of its children, in the order they run. */
const CHILDREN = new Map<number, Getter[]>();

function kind(id: number, ...getters: Getter[]): void {
  CHILDREN.set(id, getters);
}

kind(binaryen.BlockId, (e) => ir.Block.getChildren(e));
kind(binaryen.IfId, (e) => ir.If.getCondition(e), (e) => ir.If.getIfTrue(e), (e) => ir.If.getIfFalse(e));
kind(binaryen.LoopId, (e) => ir.Loop.getBody(e));
kind(binaryen.BreakId, (e) => ir.Break.getValue(e), (e) => ir.Break.getCondition(e));
kind(binaryen.SwitchId, (e) => ir.Switch.getValue(e), (e) => ir.Switch.getCondition(e));
kind(binaryen.CallId, (e) => ir.Call.getOperands(e));
kind(binaryen.CallIndirectId, (e) => ir.CallIndirect.getOperands(e), (e) => ir.CallIndirect.getTarget(e));
kind(binaryen.CallRefId, (e) => operandsOf(e), (e) => ir.CallRef.getTarget(e));
kind(binaryen.LocalGetId);
kind(binaryen.LocalSetId, (e) => ir.LocalSet.getValue(e));
kind(binaryen.GlobalGetId);
kind(binaryen.GlobalSetId, (e) => ir.GlobalSet.getValue(e));
kind(binaryen.LoadId, (e) => ir.Load.getPtr(e));
kind(binaryen.StoreId, (e) => ir.Store.getPtr(e), (e) => ir.Store.getValue(e));
kind(binaryen.ConstId);
kind(binaryen.UnaryId, (e) => ir.Unary.getValue(e));
kind(binaryen.BinaryId, (e) => ir.Binary.getLeft(e), (e) => ir.Binary.getRight(e));
kind(binaryen.SelectId, (e) => ir.Select.getIfTrue(e), (e) => ir.Select.getIfFalse(e), (e) => ir.Select.getCondition(e));
kind(binaryen.DropId, (e) => ir.Drop.getValue(e));
kind(binaryen.ReturnId, (e) => ir.Return.getValue(e));
kind(binaryen.NopId);
kind(binaryen.UnreachableId);
kind(binaryen.MemorySizeId);
kind(binaryen.MemoryGrowId, (e) => ir.MemoryGrow.getDelta(e));
kind(binaryen.MemoryCopyId, (e) => ir.MemoryCopy.getDest(e), (e) => ir.MemoryCopy.getSource(e), (e) => ir.MemoryCopy.getSize(e));
kind(binaryen.MemoryFillId, (e) => ir.MemoryFill.getDest(e), (e) => ir.MemoryFill.getValue(e), (e) => ir.MemoryFill.getSize(e));
kind(binaryen.RefNullId);
kind(binaryen.RefIsNullId, (e) => ir.RefIsNull.getValue(e));
kind(binaryen.RefAsId, (e) => ir.RefAs.getValue(e));
kind(binaryen.RefFuncId);
kind(binaryen.RefEqId, (e) => ir.RefEq.getLeft(e), (e) => ir.RefEq.getRight(e));
kind(binaryen.RefTestId, (e) => ir.RefTest.getRef(e));
kind(binaryen.RefCastId, (e) => ir.RefCast.getRef(e));
kind(binaryen.BrOnId, (e) => ir.BrOn.getRef(e));
kind(binaryen.StructNewId, (e) => ir.StructNew.getOperands(e));
kind(binaryen.StructGetId, (e) => ir.StructGet.getRef(e));
kind(binaryen.StructSetId, (e) => ir.StructSet.getRef(e), (e) => ir.StructSet.getValue(e));
kind(binaryen.ArrayNewId, (e) => ir.ArrayNew.getInit(e), (e) => ir.ArrayNew.getSize(e));
kind(binaryen.ArrayNewFixedId, (e) => ir.ArrayNewFixed.getValues(e));
kind(binaryen.ArrayNewDataId, (e) => ir.ArrayNewData.getOffset(e), (e) => ir.ArrayNewData.getSize(e));
kind(binaryen.ArrayNewElemId, (e) => ir.ArrayNewElem.getOffset(e), (e) => ir.ArrayNewElem.getSize(e));
kind(binaryen.ArrayGetId, (e) => ir.ArrayGet.getRef(e), (e) => ir.ArrayGet.getIndex(e));
kind(binaryen.ArraySetId, (e) => ir.ArraySet.getRef(e), (e) => ir.ArraySet.getIndex(e), (e) => ir.ArraySet.getValue(e));
kind(binaryen.ArrayLenId, (e) => ir.ArrayLen.getRef(e));
kind(binaryen.ArrayFillId, (e) => ir.ArrayFill.getRef(e), (e) => ir.ArrayFill.getIndex(e), (e) => ir.ArrayFill.getValue(e), (e) => ir.ArrayFill.getSize(e));
kind(
  binaryen.ArrayCopyId,
  (e) => ir.ArrayCopy.getDestRef(e),
  (e) => ir.ArrayCopy.getDestIndex(e),
  (e) => ir.ArrayCopy.getSrcRef(e),
  (e) => ir.ArrayCopy.getSrcIndex(e),
  (e) => ir.ArrayCopy.getLength(e),
);
kind(binaryen.TupleMakeId, (e) => ir.TupleMake.getOperands(e));
kind(binaryen.TupleExtractId, (e) => ir.TupleExtract.getTuple(e));
kind(binaryen.RefI31Id, (e) => ir.RefI31.getValue(e));
kind(binaryen.I31GetId, (e) => ir.I31Get.getI31(e));

/** The operands of a call_ref (binaryen.js has no getOperands for it). */
function operandsOf(e: Expr): Expr[] {
  return Array.from({ length: ir.CallRef.getNumOperands(e) }, (_, i) => ir.CallRef.getOperandAt(e, i));
}

/** The child expressions of `expr` in evaluation order (absent optional ones left out), or null for a kind the table does not know. */
export function childrenOf(expr: Expr): Expr[] | null {
  const getters = CHILDREN.get(binaryen.getExpressionId(expr));
  if (!getters) return null;
  const children: Expr[] = [];
  for (const get of getters) {
    const child = get(expr);
    if (Array.isArray(child)) children.push(...child.filter((c) => c !== 0));
    else if (child) children.push(child);
  }
  return children;
}

/**
 * Visits `root` and its descendants, parents before children; `visit` returns false to skip an
 * expression's children. Returns false when some expression is of a kind the table does not know.
 */
export function walk(root: Expr, visit: (expr: Expr, parents: readonly Expr[]) => boolean | void): boolean {
  const parents: Expr[] = [];
  const go = (expr: Expr): boolean => {
    if (visit(expr, parents) === false) return true;
    const children = childrenOf(expr);
    if (children === null) return false;
    parents.push(expr);
    for (const child of children) if (!go(child)) return false;
    parents.pop();
    return true;
  };
  return go(root);
}
