// Standard input for input(): a source of lines, read only when the program asks for one, as
// CPython's input() reads. Plain JavaScript with no Node imports (it is inlined into the loader);
// under Node, node:fs's readSync is handed in to read raw chunks from file descriptor 0.

/**
 * Lines from a text given whole (a string, or a function returning it when first needed).
 * Returns a function giving the next line with its line ending, or null at the end.
 */
export function linesOfText(getText) {
  let text = null;
  let at = 0;
  return () => {
    text ??= String(getText());
    if (at >= text.length) return null;
    const end = text.indexOf('\n', at);
    const line = end < 0 ? text.slice(at) : text.slice(at, end + 1);
    at += line.length;
    return line;
  };
}

/**
 * Lines from chunks of UTF-8 bytes: `readChunk()` returns the next chunk (a Uint8Array) or null
 * at the end. A terminal gives a chunk per line typed, so a prompt is answered as it is typed.
 */
export function linesOfChunks(readChunk) {
  const decoder = new TextDecoder();
  let pending = '';
  let ended = false;
  return () => {
    for (;;) {
      const end = pending.indexOf('\n');
      if (end >= 0) {
        const line = pending.slice(0, end + 1);
        pending = pending.slice(end + 1);
        return line;
      }
      if (ended) {
        const rest = pending;
        pending = '';
        return rest === '' ? null : rest;
      }
      const chunk = readChunk();
      if (chunk === null) {
        ended = true;
        pending += decoder.decode();
      } else {
        pending += decoder.decode(chunk, { stream: true });
      }
    }
  };
}

/**
 * Chunks of the process's standard input under Node, read when asked for (null at its end);
 * `readSync` is node:fs's, passed in so that this file imports nothing from Node.
 */
export function stdinChunks(readSync) {
  const buffer = new Uint8Array(65536);
  return () => {
    for (;;) {
      try {
        const n = readSync(0, buffer, 0, buffer.length, null);
        return n === 0 ? null : buffer.slice(0, n);
      } catch (error) {
        if (error.code === 'EAGAIN') continue;
        if (error.code === 'EOF') return null;
        throw error;
      }
    }
  };
}

// The host functions of input() and sys.stdin: the next line's code points, one call each. Each
// is the factory of the import of that name (see hostinstance.mjs).

/**
 * Where input() reads its lines: io.readLine, else the text of io.stdin (a string, or a function
 * returning it), else the process's standard input when the program is the process (io.node:
 * Node's modules), else nothing (input() finds the end of the input).
 */
function lineSource(io) {
  if (io.readLine !== undefined) return io.readLine;
  const { stdin } = io;
  if (stdin !== undefined) return linesOfText(typeof stdin === 'function' ? stdin : () => stdin);
  if (io.node !== undefined) return linesOfChunks(stdinChunks(io.node.fs.readSync));
  return () => null;
}

/** The code points of the line being read. */
function lineState() {
  return { codes: [] };
}

/**
 * The number of code points of the next line, its line ending removed (input()) or kept
 * (sys.stdin, where a '\r\n' reads as '\n' as in CPython's text mode), or -1 at the end.
 */
export function input_line(host) {
  const state = host.shared(lineState);
  const readLine = lineSource(host.io);
  return (keep) => {
    const line = readLine();
    if (line === null) return -1;
    const body = line.endsWith('\r\n') ? line.slice(0, -2) : line.endsWith('\n') ? line.slice(0, -1) : line;
    const text = keep && body !== line ? `${body}\n` : body;
    state.codes = Array.from(text, (ch) => ch.codePointAt(0));
    return state.codes.length;
  };
}

export function input_code(host) {
  const state = host.shared(lineState);
  return (index) => state.codes[index];
}
