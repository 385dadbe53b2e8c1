// What `iip get` loads before it answers: the modules reached from the CLI's entry by static imports
// (type-only imports are erased; a command's own code and the handler table are imported when
// that command runs). None of them may load a package but better-sqlite3: zod alone costs about as
// much as node starting, and `iip get` should take little more than node, better-sqlite3 and its query.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The specifiers of a source's static imports and re-exports that stay in the emitted JavaScript. */
function staticValueImports(source: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*'([^']+)'|^\s*import\s+'([^']+)'/gms;
  for (const m of source.matchAll(statement)) {
    if (m[5]) found.push(m[5]);
    else if (!m[2] && !(m[1] === 'export' && !/[{*]/.test(m[3] ?? ''))) found.push(m[4]!);
  }
  return found;
}

/** Every file reached from `entry` by static value imports, and the packages they import. */
function reached(entry: string): { files: string[]; packages: Map<string, string> } {
  const files = new Set<string>();
  const packages = new Map<string, string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of staticValueImports(readFileSync(path.join(repoRoot, file), 'utf8'))) {
      if (specifier.startsWith('.')) visit(path.posix.join(path.posix.dirname(file), specifier).replace(/\.js$/, '.ts'));
      else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) packages.set(specifier, file);
    }
  };
  visit(entry);
  return { files: [...files], packages };
}

describe('the modules iip get loads', () => {
  const { files, packages } = reached('electron/cli/main.ts');

  it('are the CLI router, the store opener and one figure read (the walk found them)', () => {
    for (const file of [
      'electron/cli/iip.ts',
      'electron/cli/get-command.ts',
      'electron/core/store-ready.ts',
      'electron/core/figures/figure.ts',
      'electron/core/db/connection.ts',
    ])
      expect(files).toContain(file);
  });

  it('load no package but better-sqlite3 (no schema library, no exporter, no handler table)', () => {
    expect(Object.fromEntries(packages)).toEqual({ 'better-sqlite3': 'electron/core/db/connection.ts' });
    expect(files.filter((f) => /contract|handlers\.ts$|dispatch\.ts$|seed\/embedded\.ts$/.test(f))).toEqual([]);
  });

  it('the reader sees value imports and skips type-only ones', () => {
    const source = [
      "import { z } from 'zod';",
      "import type { A } from './a.js';",
      "import {\n  b,\n  type C,\n} from './b.js';",
      "export { d } from './d.js';",
      "export type { E } from './e.js';",
      "export * from './f.js';",
      "import './g.css';",
      "const h = await import('./h.js');",
    ].join('\n');
    expect(staticValueImports(source)).toEqual(['zod', './b.js', './d.js', './f.js', './g.css']);
  });
});
