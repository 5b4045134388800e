// Finding the Python files the parser tools run over: every `.py` file of the local CPython
// standard library (site-packages left out unless asked for), in a stable order.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const defaultStdlibRoot = '/root/.pyenv/versions/3.11.7/lib/python3.11';

export function listPythonFiles(root: string, includeSitePackages = false): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!includeSitePackages && entry.name === 'site-packages') continue;
        walk(path);
      } else if (entry.isFile() && entry.name.endsWith('.py')) {
        files.push(path);
      }
    }
  };
  walk(root);
  return files;
}
