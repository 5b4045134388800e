// Differential tests of the language core (issue 2): ints, floats, bools, control flow,
// functions, lists of scalars, math, print; compared with CPython's stored output.
import { differentialTests } from './differential.ts';

differentialTests('core');
