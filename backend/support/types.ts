// The heap types of the runtime itself: strings, exceptions and the traceback buffer. Reprs and
// support functions share these definitions.

import { ANY_ARRAY, ArrayType, Char, Ref, Signed, StructType, field } from '../lltypes.ts';

/**
 * Code points four bytes each (UTF-32): the code points of a str that holds one from U+0100 up,
 * and the buffers strings are built in. O(1) indexing by code point, as Python's str.
 */
export const CHARS = new ArrayType('chars', Char, true);
export const CHARS_REF = new Ref(CHARS, false);

/**
 * Code points one byte each: the code points of a str whose code points are all below U+0100
 * (CPython's PEP 393 "1-byte kind"), a quarter of the memory for the text programs mostly hold.
 */
export const LATIN1 = new ArrayType('latin1', Char, true, 'i8');
export const LATIN1_REF = new Ref(LATIN1, false);

/** A str's code points: a LATIN1 or a CHARS array. */
export const STR_CHARS_REF = new Ref(ANY_ARRAY, false);

/**
 * A Python str: a cached hash (0: not computed yet) and its code points, a LATIN1 array when
 * every code point is below U+0100 and a CHARS array otherwise (always so: strkinds.ts), so
 * that equal strings have the same kind.
 */
export const STR = new StructType('str', [field('hash', Signed, true), field('chars', STR_CHARS_REF)]);

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
