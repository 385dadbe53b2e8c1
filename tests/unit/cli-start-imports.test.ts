// What `iip get` loads before it answers: the modules reached from the CLI's entry by static imports
// (type-only imports are erased; a command's own code and the handler table are imported when
// that command runs). None of them may load a package but better-sqlite3: zod alone costs about as
// much as node starting, and `iip get` should take little more than node, better-sqlite3 and its query.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain module of the scripts (JavaScript), untyped
import { staticallyReached, staticValueImports } from '../../scripts/static-imports.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('the modules iip get loads', () => {
  const { files, packages } = staticallyReached(repoRoot, 'electron/cli/main.ts') as { files: string[]; packages: Map<string, string> };

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
    expect((staticValueImports as (text: string) => string[])(source)).toEqual(['zod', './b.js', './d.js', './f.js', './g.css']);
  });
});
