// The one place Wyrm imports binaryen.js: type aliases, the feature set Wyrm targets, and
// small constructors that every emitter needs. Other backend files import binaryen from here.

import binaryen from 'binaryen';

export { binaryen };
export type Expr = binaryen.ExpressionRef;
export type WasmType = binaryen.Type;
export type WasmHeapType = binaryen.HeapType;

/** WasmGC with the proposals Node 24 and current browsers ship. */
export const WYRM_FEATURES =
  binaryen.Features.MVP |
  binaryen.Features.MutableGlobals |
  binaryen.Features.NontrappingFPToInt |
  binaryen.Features.BulkMemory |
  binaryen.Features.BulkMemoryOpt |
  binaryen.Features.SignExt |
  binaryen.Features.ReferenceTypes |
  binaryen.Features.Multivalue |
  binaryen.Features.GC |
  binaryen.Features.ExtendedConst |
  binaryen.Features.TailCall;

export function newModule(): binaryen.Module {
  const module = new binaryen.Module();
  module.setFeatures(WYRM_FEATURES);
  return module;
}
