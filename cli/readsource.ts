// Reading a Python source file for any command: a missing file, a directory, an unreadable file
// or undecodable text is a one-line reason (the command prints it and exits with status 2).

import { readFileSync, statSync } from 'node:fs';
import { SourceFile } from '../frontend/source.ts';
import { SourceDecodeError, decodeSource } from '../frontend/sourcedecode.ts';

export function readSource(path: string): SourceFile | string {
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) return `${path}: is a directory`;
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return `${path}: no such file`;
    if (code === 'EACCES') return `${path}: permission denied`;
    return `${path}: cannot read (${code ?? String(error)})`;
  }
  try {
    return new SourceFile(path, decodeSource(bytes));
  } catch (error) {
    if (error instanceof SourceDecodeError) return `${path}: ${error.message}`;
    throw error;
  }
}
