// Every host function a translated module may import, by its import name: each export is the
// factory that makes the function for one instance (see hostinstance.mjs), and nothing else is
// exported, so that the whole module can serve as the table of factories (runtime/host.mjs).
// A program's loader imports from here only the names its module imports, and the bundler
// leaves the rest out (runtime/loader.ts). The list of imports is backend/support/support.ts's
// HOST.

export { class_name, site_text, time, write } from './hostsystem.mjs';
export { case_full, char_class, char_info, is_printable } from './hostchars.mjs';
export { float_format, float_repr, int_true_divide, parse_float, round_float } from './hostnumbers.mjs';
export { math1, math2 } from './hostmath.mjs';
export { fmt_apply, fmt_float, fmt_push, fmt_put, fmt_spec, fmt_text } from './hostformat.mjs';
export { input_code, input_line } from './hoststdin.mjs';
export { memory_fits } from './hostmemory.mjs';
