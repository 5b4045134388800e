// Iteration over instances: a generator is its own iterator and `next` resumes it; an instance
// of a class defining `__iter__` is iterated through the object `__iter__` returns, whose
// `__next__` gives the items until it raises StopIteration.

import type { PyClass } from '../../frontend/program.ts';
import type { FunctionDesc } from '../description.ts';
import { s_ImpossibleValue, type SomeInstance, type SomeValue } from '../model.ts';
import { union } from '../union.ts';
import { callSpecial, implementationsOf } from './instances.ts';
import type { OpRequest } from './registry.ts';

/** Whether the instances are generators (made by calling a generator function). */
export function isGenerator(instance: SomeInstance): boolean {
  return (instance.classdef.desc.pyobj as PyClass).generatorOf != null;
}

/**
 * What a generator yields: the return annotation of its __next__, read (not called) from the
 * asking operation, which is flowed again whenever it widens.
 */
export function generatorItems(req: OpRequest, instance: SomeInstance): SomeValue {
  let items: SomeValue = s_ImpossibleValue;
  const self = instance.withNone(false);
  for (const implementation of implementationsOf(req, instance.classdef, '__next__')) {
    const desc = req.annotator.bookkeeper.getDesc(implementation.func) as FunctionDesc;
    items = union(items, req.annotator.recursiveCall(desc.graphFor([self]), req.position, [self]));
  }
  return items;
}

/** iter(instance): the instance itself for a generator, else what `__iter__` returns. */
export function instanceIter(req: OpRequest, instance: SomeInstance): SomeValue | null {
  if (instance.canBeNone) throw req.unsupported(`iterating over a value that may be None (${instance})`);
  if (isGenerator(instance)) return instance;
  return callSpecial(req, instance, '__iter__', []);
}

/** next(instance): what its `__next__` returns. */
export function instanceNext(req: OpRequest, instance: SomeInstance): SomeValue | null {
  if (instance.canBeNone) throw req.unsupported(`calling next() on a value that may be None (${instance})`);
  return callSpecial(req, instance, '__next__', []);
}
