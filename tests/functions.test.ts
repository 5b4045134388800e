// Differential tests of functions as values and calls (issue 5): *args in calls (tuples and
// lists), keyword-only parameters, closures, generators, lambdas, round() and dict() of
// pairs; compared with CPython's stored output.
import { differentialTests } from './differential.ts';

differentialTests('functions');
