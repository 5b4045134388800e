import { describe, expect, it } from 'vitest';
import { forEachChild, nodeFields } from './ast.ts';
import type { Node } from './ast.ts';
import { parseModule } from './parser/parse.ts';
import { SourceFile } from './source.ts';

describe('the AST field table', () => {
  it('lists fields in CPython order, 3.12 additions marked', () => {
    expect(nodeFields.FunctionDef.map((f) => f.name)).toEqual([
      'name', 'args', 'body', 'decorator_list', 'returns', 'type_comment', 'type_params',
    ]);
    expect(nodeFields.FunctionDef.filter((f) => f.since312).map((f) => f.name)).toEqual(['type_params']);
    expect(nodeFields.arguments.filter((f) => f.optional).map((f) => f.name)).toEqual(['vararg', 'kwarg']);
    expect(nodeFields.Compare.map((f) => f.shape)).toEqual(['node', 'ops', 'nodes']);
  });

  it('visits children in field order, skipping None', () => {
    const module = parseModule(new SourceFile('t.py', 'x = {**a, b: f(c)}\n'));
    const seen: string[] = [];
    const walk = (node: Node): void => {
      seen.push(node.nodeType === 'Name' ? `Name:${node.id}` : node.nodeType);
      forEachChild(node, walk);
    };
    walk(module);
    expect(seen).toEqual(['Module', 'Assign', 'Name:x', 'Dict', 'Name:b', 'Name:a', 'Call', 'Name:f', 'Name:c']);
  });
});
