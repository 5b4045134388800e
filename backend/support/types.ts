// The heap types of the runtime itself: strings, exceptions and the traceback buffer. Reprs and
// support functions share these definitions.

import { ArrayType, Char, Ref, Signed, StructType, field } from '../lltypes.ts';

/** A string's code points (UTF-32): O(1) indexing by code point, as Python's str. */
export const CHARS = new ArrayType('chars', Char, true);
export const CHARS_REF = new Ref(CHARS, false);

/** A Python str: its code points and a cached hash (0: not computed yet). */
export const STR = new StructType('str', [field('hash', Signed, true), field('chars', new Ref(CHARS, false))]);

export const STR_REF = new Ref(STR, false);
export const STR_OR_NONE = new Ref(STR, true);

/**
 * Every instance of a class: its class id (preorder number in the class tree, so that
 * isinstance is a range test). Classes extend this struct with their attributes.
 */
export const OBJECT = new StructType('object', [field('class', Char)], null, true);

/**
 * Every exception: the text str() gives it (its message), or null when it has none, and the
 * repr of its arguments when they are not one str (`(5)`, `('a', 1)`), which repr() shows after
 * the class name (lower/exceptionargs.ts); null: `(repr(message))`, or `()` without a message.
 */
export const EXCEPTION = new StructType('BaseException', [field('.message', STR_OR_NONE, true), field('.args', STR_OR_NONE, true)], OBJECT, true);
export const EXCEPTION_OR_NONE = new Ref(EXCEPTION, true);

/** Traceback entries: indexes of source sites, innermost first. */
export const SITES = new ArrayType('sites', Char, true);
