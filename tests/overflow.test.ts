// Differential tests of Wyrm's one deliberate difference from CPython: 64-bit ints whose
// overflowing + - * // ** << and unary minus raise OverflowError. CPython cannot print these
// programs' expected output, so tests/regen-overflow.py writes it by running them under CPython
// with every such int operation checked against the 64-bit range.
import { resolve } from 'node:path';
import { differentialTestsIn } from './differential.ts';

differentialTestsIn(resolve(import.meta.dirname, 'overflow'));
