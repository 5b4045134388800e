// Differential tests of the data model (issues 4 and 5): strings, lists, tuples, dicts, sets,
// classes and exceptions, compared with CPython's stored output.
import { differentialTests } from './differential.ts';

differentialTests('data');
