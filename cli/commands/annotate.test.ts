// `wyrm annotate` end to end, as a user runs it: the flow graphs with their types, and the
// exceptions each call and each function can raise (`raises:`, from annotator/raises.ts).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const wyrm = join(import.meta.dirname, '..', 'wyrm.js');
const scratch = mkdtempSync(join(tmpdir(), 'wyrm-annotate-'));

function annotate(text: string, ...options: string[]): { status: number | null; stdout: string; stderr: string } {
  const path = join(scratch, 'prog.py');
  writeFileSync(path, text);
  const result = spawnSync(process.execPath, [wyrm, 'annotate', path, ...options], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const PROGRAM = [
  'import sys',
  '',
  'def parse(text: str) -> int:',
  '    if text == "":',
  '        raise ValueError("empty")',
  '    return int(text)',
  '',
  'def first(args: list[str]) -> int:',
  '    try:',
  '        return parse(args[1])',
  '    except IndexError:',
  '        return 0',
  '',
  'print(first(sys.argv))',
  '',
].join('\n');

describe('wyrm annotate', () => {
  it('shows what each function and each call can raise', () => {
    const result = annotate(PROGRAM);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('def parse(text: str) -> int:  raises: OverflowError, ValueError\n');
    expect(result.stdout).toMatch(/ = simple_call\(int, text_?\d*\)  # line 6  raises: OverflowError, ValueError\n/);
    // first() catches the IndexError of args[1], not what parse() raises.
    expect(result.stdout).toContain('def first(args: list[str]) -> int:  raises: OverflowError, ValueError\n');
    expect(result.stdout).toMatch(/ = simple_call\(parse, v\d+\)  # line 10  raises: OverflowError, ValueError\n/);
    // A call that raises nothing has no note.
    expect(result.stdout).toMatch(/ = simple_call\(print, v\d+\)  # line 14\n/);
  });

  it('keeps the format of --function', () => {
    const result = annotate(PROGRAM, '--function', 'parse');
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('def parse(text: str) -> int:  raises: OverflowError, ValueError\n  block0(text: str):\n')).toBe(true);
  });

  it('lists the classes with the type of each attribute, on the class that owns it', () => {
    const program = [
      'class Shape:',
      '    def __init__(self, name):',
      '        self.name = name',
      '        self.next = None',
      'class Circle(Shape):',
      '    def __init__(self, r):',
      '        Shape.__init__(self, "circle")',
      '        self.r = r',
      'c = Circle(2.0)',
      'c.next = Shape("square")',
      'print(c.name, c.r)',
      '',
    ].join('\n');
    const result = annotate(program);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('classes:\n  class Shape:\n    name: str\n    next: Shape or None\n  class Circle(Shape):\n    r: float\n\n');
  });
});
