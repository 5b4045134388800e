// The functions a wasm module imports, read from its import section, so that the loader can
// leave out the parts of the host runtime a program does not call.

/** The names of the functions `binary` imports from `module`, or null if it cannot tell. */
export function importedFunctions(binary: Uint8Array, module: string): Set<string> | null {
  let pos = 8;
  const u32 = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = binary[pos++];
      if (byte === undefined) throw new RangeError('truncated wasm module');
      result += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) return result;
      shift += 7;
    }
  };
  const name = (): string => {
    const length = u32();
    const text = new TextDecoder().decode(binary.subarray(pos, pos + length));
    pos += length;
    return text;
  };
  try {
    while (pos < binary.length) {
      const id = binary[pos++];
      const size = u32();
      const end = pos + size;
      if (id !== 2) {
        pos = end;
        continue;
      }
      const names = new Set<string>();
      for (let count = u32(); count > 0; count--) {
        const from = name();
        const field = name();
        if (binary[pos++] !== 0) return null; // not a function: its description is not read here
        u32();
        if (from === module) names.add(field);
      }
      return names;
    }
    return new Set();
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}
