// Inlines an ES module and every module it imports into one module with no imports, so that a
// translated program's loader (PROG.mjs) carries the host runtime as a single file that Node and
// browsers load as it is. The entry module stays at the top level, its exports kept; each
// imported module becomes a function scope evaluated once, in dependency order, whose exports
// are the properties of a constant: modules may reuse each other's top-level names.
//
// Only the forms Wyrm's runtime uses are understood, at the start of a line: `import { a, b as
// c } from './x.mjs'`, `import * as ns from './x.mjs'`, `export { a, b as c } from './x.mjs'`,
// `export { a, b as c }` and `export` before function, class, const, let and var declarations.
// Specifiers must be relative; anything else (a bare or node: import, `export default`,
// `export *`) is an error, so that a Node-only import cannot slip into the loader.

import { readFileSync } from 'node:fs';

interface ImportedName {
  imported: string;
  local: string;
}

interface ModuleInfo {
  url: URL;
  /** The source with its import and export syntax rewritten or removed. */
  body: string;
  /** The modules this one imports, with how (a namespace, or names). */
  imports: { from: string; names: ImportedName[] | null; namespace: string | null }[];
  /** Exported name -> the local name, or [module, name] for a re-export. */
  exports: Map<string, string | [string, string]>;
}

const IMPORT = /^import\s+(\{[^}]*\}|\*\s+as\s+[\w$]+)\s+from\s+'([^']+)';?[ \t]*\n?/gm;
const EXPORT_FROM = /^export\s+\{([^}]*)\}\s+from\s+'([^']+)';?[ \t]*\n?/gm;
const EXPORT_LIST = /^export\s+\{([^}]*)\};?[ \t]*\n?/gm;
const EXPORT_DECLARATION = /^export\s+((?:async\s+)?function\*?\s*([\w$]+)|class\s+([\w$]+)|(?:const|let|var)\s+([\w$]+))/gm;
const LEFTOVER = /^(?:import|export)\b/m;

/**
 * The source without its whole-line comments (`// ...` lines and `/* ... *\/` blocks that start
 * a line): the inlined modules are read in their own files, the loader need not carry their
 * documentation.
 */
function withoutComments(source: string): string {
  return source.replace(/^[ \t]*\/\*[\s\S]*?\*\/[ \t]*\n/gm, '').replace(/^[ \t]*\/\/.*\n/gm, '').replace(/\n{3,}/g, '\n\n');
}

/** `a, b as c` as {imported, local} pairs. */
function nameList(text: string): ImportedName[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const match = /^([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(part);
      if (!match) throw new Error(`cannot bundle the import or export list item '${part}'`);
      return { imported: match[1]!, local: match[2] ?? match[1]! };
    });
}

function resolveSpecifier(specifier: string, from: URL): string {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) {
    throw new Error(`${from.pathname} imports '${specifier}': only relative imports can be bundled into the loader`);
  }
  return new URL(specifier, from).href;
}

/** Sources to use instead of some modules' files (by URL), such as a stub of a part left out. */
export type Replacements = ReadonlyMap<string, string>;

function readModule(url: URL, replacements: Replacements): ModuleInfo {
  const source = withoutComments(replacements.get(url.href) ?? readFileSync(url, 'utf8'));
  const imports: ModuleInfo['imports'] = [];
  const exports: ModuleInfo['exports'] = new Map();
  let body = source.replace(IMPORT, (_all, what: string, specifier: string) => {
    const from = resolveSpecifier(specifier, url);
    if (what.startsWith('*')) imports.push({ from, names: null, namespace: what.replace(/^\*\s+as\s+/, '') });
    else imports.push({ from, names: nameList(what.slice(1, -1)), namespace: null });
    return '';
  });
  body = body.replace(EXPORT_FROM, (_all, list: string, specifier: string) => {
    const from = resolveSpecifier(specifier, url);
    imports.push({ from, names: [], namespace: null });
    for (const { imported, local } of nameList(list)) exports.set(local, [from, imported]);
    return '';
  });
  body = body.replace(EXPORT_LIST, (_all, list: string) => {
    for (const { imported, local } of nameList(list)) exports.set(local, imported);
    return '';
  });
  body = body.replace(EXPORT_DECLARATION, (_all, declaration: string, fn?: string, cls?: string, variable?: string) => {
    const name = (fn ?? cls ?? variable)!;
    exports.set(name, name);
    return declaration;
  });
  const leftover = LEFTOVER.exec(body);
  if (leftover) {
    const line = body.slice(leftover.index).split('\n', 1)[0];
    throw new Error(`${url.pathname}: cannot bundle '${line}'`);
  }
  return { url, body, imports, exports };
}

/** The modules `entry` imports, transitively, each after the modules it imports. */
function dependencyOrder(entry: ModuleInfo, replacements: Replacements): ModuleInfo[] {
  const order: ModuleInfo[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();
  const visit = (href: string, path: string[]): void => {
    if (done.has(href)) return;
    if (visiting.has(href)) throw new Error(`cannot bundle an import cycle: ${[...path, href].join(' -> ')}`);
    visiting.add(href);
    const info = readModule(new URL(href), replacements);
    for (const dependency of info.imports) visit(dependency.from, [...path, href]);
    visiting.delete(href);
    done.add(href);
    order.push(info);
  };
  for (const dependency of entry.imports) visit(dependency.from, [entry.url.href]);
  return order;
}

/** The statements binding a module's imports to the constants of the modules they come from. */
function importBindings(info: ModuleInfo, constants: Map<string, string>): string {
  return info.imports
    .map(({ from, names, namespace }) => {
      const constant = constants.get(from)!;
      if (namespace !== null) return `const ${namespace} = ${constant};\n`;
      if (names!.length === 0) return '';
      const pattern = names!.map(({ imported, local }) => (imported === local ? local : `${imported}: ${local}`)).join(', ');
      return `const { ${pattern} } = ${constant};\n`;
    })
    .join('');
}

/** The source of `entry` with the modules it imports inlined before it. */
export function bundleModule(entry: URL, replacements: Replacements = new Map()): string {
  const main = readModule(entry, replacements);
  const modules = dependencyOrder(main, replacements);
  const constants = new Map(modules.map((info, i) => [info.url.href, `__wyrm_module_${i}`]));
  const parts = modules.map((info) => {
    const name = constants.get(info.url.href)!;
    const exported = [...info.exports].map(([exportedName, target]) =>
      typeof target === 'string' ? `${exportedName}: ${target}` : `${exportedName}: ${constants.get(target[0])}.${target[1]}`,
    );
    const relative = info.url.pathname.slice(new URL('.', entry).pathname.length);
    return [
      `// ${relative}, inlined`,
      `const ${name} = (() => {`,
      importBindings(info, constants) + info.body.trimEnd(),
      `return { ${exported.join(', ')} };`,
      '})();',
    ].join('\n');
  });
  // The entry keeps its own exports: put `export` back before its declarations.
  const entrySource = readFileSync(entry, 'utf8').replace(IMPORT, '');
  if (LEFTOVER.test(entrySource.replace(/^export\s+(?:(?:async\s+)?function|class|const|let|var)\b/gm, ''))) {
    throw new Error(`${entry.pathname}: only declarations can be exported by the bundle's entry module`);
  }
  return [...parts, importBindings(main, constants) + entrySource].join('\n');
}
