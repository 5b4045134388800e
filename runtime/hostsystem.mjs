// The host functions through which a translated program meets its surroundings: write (its
// output), site_text and class_name (the lines of a traceback, recursion collapsed as CPython
// collapses it) and time. Each export is the factory of the import of that name (see
// hostinstance.mjs). Plain JavaScript with no Node imports.

/** Repeats of one traceback line that are printed before they are summed up. */
const RECURSIVE_CUTOFF = 3;

export function write(host) {
  return (fd, ptr, len) => {
    host.io.write(fd, new Uint8Array(host.memory().buffer, ptr, len).slice());
  };
}

/** The traceback being printed: the last frame's site and how many times it came in a row. */
function tracebackState() {
  return { lastKey: null, repeats: 0 };
}

function repeatedNote(state) {
  if (state.repeats <= RECURSIVE_CUTOFF) return '';
  const count = state.repeats - RECURSIVE_CUTOFF;
  return `  [Previous line repeated ${count} more time${count > 1 ? 's' : ''}]\n`;
}

/**
 * What CPython prints for site `index` of the table (backend/emit/sites.ts: eight numbers per
 * site, into the tables of paths, function names and source lines).
 */
export function siteFrame(sites, index) {
  const [path, line, name, source, spaces, before, carets, after] = sites.frames.slice(index * 8, index * 8 + 8);
  let text = `  File "${sites.paths[path]}", line ${line}, in ${sites.names[name]}\n`;
  if (source >= 0) text += `    ${sites.lines[source]}\n`;
  if (spaces >= 0) text += `    ${' '.repeat(spaces)}${'~'.repeat(before)}${'^'.repeat(carets)}${'~'.repeat(after)}\n`;
  return { key: `${path}:${line}:${name}`, text };
}

/** The text of a traceback's frame: site `index`, unless it repeats a recursion. */
export function site_text(host) {
  const state = host.shared(tracebackState);
  return (index) => {
    const site = siteFrame(host.program.sites, index);
    let text = '';
    if (site.key !== state.lastKey) {
      text += repeatedNote(state);
      state.lastKey = site.key;
      state.repeats = 0;
    }
    state.repeats += 1;
    if (state.repeats <= RECURSIVE_CUTOFF) text += site.text;
    return host.putText(text);
  };
}

/** The name of an exception's class, which ends a traceback. */
export function class_name(host) {
  const state = host.shared(tracebackState);
  return (id) => {
    const text = repeatedNote(state) + host.program.classNames[id];
    state.lastKey = null;
    state.repeats = 0;
    return host.putText(text);
  };
}

/** time.time() (which = 0) and time.perf_counter(), in seconds. */
export function time() {
  return (which) => (which === 0 ? Date.now() / 1000 : performance.now() / 1000);
}
