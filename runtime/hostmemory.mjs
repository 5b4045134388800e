// Whether an allocation will fit in the JavaScript heap, asked by translated programs before a
// large allocation (list repetition, [0] * n), so that running out of memory raises MemoryError
// at the Python line instead of ending the host with V8's fatal out-of-memory error, which
// nothing can catch. Plain JavaScript with no Node imports: Node's v8 and vm modules are handed
// in by the Node side (the loader run as a script, `wyrm run`, the tests).

/** Room kept free for everything else the program allocates after the checked allocation. */
const MARGIN = 64 * 1024 * 1024;
/** The part of V8's heap_size_limit a program may fill (see room()). */
const USABLE_FRACTION = 0.7;

/**
 * memoryFits(bytes) for Node: the heap's available size, after a full collection when the
 * garbage not yet collected might be what stands in the way (garbage counts as used).
 */
export function nodeMemoryCheck(v8, vm) {
  let collect = null;
  // V8 does not give its old generation's limit, where large objects live and where it fails
  // (its total_available_size overstates the room left); heap_size_limit also counts the young
  // generation's reserve. Under Node 24 the old generation's limit is 95% of heap_size_limit by
  // default (4096 of 4288 MB), 84% with --max-old-space-size=1000 and 72% with 600; 70% keeps
  // clear of them (a smaller heap than that is not covered).
  const room = () => {
    const stats = v8.getHeapStatistics();
    return stats.heap_size_limit * USABLE_FRACTION - stats.used_heap_size;
  };
  return (bytes) => {
    const need = bytes + MARGIN;
    if (room() >= need) return true;
    if (collect === null) {
      v8.setFlagsFromString('--expose-gc');
      collect = vm.runInNewContext('gc');
    }
    collect();
    return room() >= need;
  };
}

/**
 * The factory of the import memory_fits (see hostinstance.mjs): 1 if `bytes` (a float: it may
 * exceed 2**53 in principle) fit, else 0. io.memoryFits says; without it, V8's heap when the
 * program is the process (io.node), else they always fit.
 */
export function memory_fits(host) {
  const { io } = host;
  let memoryFits = io.memoryFits;
  if (memoryFits === undefined && io.node) {
    // The loader gives Node's v8 and vm modules when first read: at the first large allocation.
    let check = null;
    memoryFits = (bytes) => (check ??= nodeMemoryCheck(io.node.v8, io.node.vm))(bytes);
  }
  return (bytes) => (memoryFits === undefined || memoryFits(bytes) ? 1 : 0);
}
