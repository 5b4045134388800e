// Regression programs found by the fuzzer (npm run fuzz): each tests/programs/fuzz/NAME.py was
// shrunk from a generated program on which Wyrm and CPython disagreed (or Wyrm failed), and is
// compared with CPython's stored output like the other differential tests.
import { differentialTests } from './differential.ts';

differentialTests('fuzz');
