// ast.dump(): the one-line text CPython's `ast.dump(ast.parse(source))` prints, rebuilt from
// Wyrm's AST through the field table in ast.ts. Optional fields that are None are left out,
// empty lists shown, constants printed with Python's repr. Python 3.11's layout by default;
// 3.12's (which adds `type_params`) for files that use 3.12 syntax.

import { nodeFields } from './ast.ts';
import type { JoinedStr, Module, Node, PyConstant } from './ast.ts';
import { reprConstant, reprStr } from './pyrepr.ts';

export type DumpVersion = '3.11' | '3.12';

export function dumpModule(module: Module, version: DumpVersion = '3.11'): string {
  const parts: string[] = [];
  dumpNode(module, version === '3.12', parts);
  return parts.join('');
}

function endsWithField(spec: JoinedStr): boolean {
  return spec.values.length > 0 && spec.values[spec.values.length - 1]!.nodeType === 'FormattedValue';
}

function dumpNode(node: Node, with312: boolean, out: string[]): void {
  const record = node as unknown as Record<string, unknown>;
  out.push(node.nodeType, '(');
  let first = true;
  for (const field of nodeFields[node.nodeType]) {
    if (field.since312 && !with312) continue;
    const value = record[field.name];
    if (field.optional && value === null) continue;
    if (!first) out.push(', ');
    first = false;
    out.push(field.name, '=');
    switch (field.shape) {
      case 'node':
        dumpNode(value as Node, with312, out);
        if (with312 && field.name === 'format_spec' && endsWithField(value as JoinedStr)) {
          // CPython 3.12 keeps an empty literal after a format spec's last nested field.
          out.splice(out.length - 2, 0, ", Constant(value='')");
        }
        break;
      case 'nodes': {
        const list = value as (Node | null)[];
        out.push('[');
        for (let i = 0; i < list.length; i++) {
          if (i > 0) out.push(', ');
          const item = list[i]!;
          if (item === null) out.push('None');
          else dumpNode(item, with312, out);
        }
        out.push(']');
        break;
      }
      case 'op':
        out.push(value as string, '()');
        break;
      case 'ops':
        out.push('[', (value as string[]).map((op) => op + '()').join(', '), ']');
        break;
      case 'identifier':
      case 'string':
        out.push(reprStr(value as string));
        break;
      case 'identifiers':
        out.push('[', (value as string[]).map(reprStr).join(', '), ']');
        break;
      case 'int':
        out.push(String(value));
        break;
      case 'constant':
        out.push(reprConstant(value as PyConstant));
        break;
    }
  }
  out.push(')');
}
