// Differential tests of classes and instances (issue 5): hierarchies, special methods,
// instances as dict keys and set members, exceptions and their args, bound methods as values,
// prebuilt instances; compared with CPython's stored output.
import { differentialTests } from './differential.ts';

differentialTests('classes');
