// Standard input for input(): a source of lines, read only when the program asks for one, as
// CPython's input() reads. Plain JavaScript with no Node imports (it is inlined into the loader);
// the Node side hands in a function that reads raw chunks from file descriptor 0.

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

/** The host functions of input(): the next line's code points, one call each. */
export function createInputImports(readLine) {
  let codes = [];
  return {
    // The number of code points of the next line, its line ending removed (input()) or kept
    // (sys.stdin, where a '\r\n' reads as '\n' as in CPython's text mode), or -1 at the end.
    input_line(keep) {
      const line = readLine ? readLine() : null;
      if (line === null) return -1;
      const body = line.endsWith('\r\n') ? line.slice(0, -2) : line.endsWith('\n') ? line.slice(0, -1) : line;
      const text = keep && body !== line ? `${body}\n` : body;
      codes = Array.from(text, (ch) => ch.codePointAt(0));
      return codes.length;
    },
    input_code(index) {
      return codes[index];
    },
  };
}
