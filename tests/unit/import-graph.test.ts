// The layers and "no import cycles", checked on the import graph itself, so they hold even where ESLint does not run.
// Type-only imports count: a cycle through types is still a cycle between rooms.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGraph, findCycles, importsOf, layerViolations, readSources } from '../helpers/import-graph.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

describe('the import graph of electron/ and renderer/src', () => {
  const files = readSources(repoRoot, ['electron', 'renderer/src', 'tests/helpers']);
  const graph = buildGraph(files);

  it('reads the whole tree (a walk that finds nothing would pass every rule)', () => {
    expect(files.size).toBeGreaterThan(100);
    const edgeCount = [...graph.edges.values()].reduce((sum, targets) => sum + targets.length, 0);
    expect(edgeCount).toBeGreaterThan(files.size);
    expect([...graph.edges.keys()].some((file) => file.startsWith('renderer/src/'))).toBe(true);
    expect([...graph.edges.keys()].some((file) => file.startsWith('electron/shared/'))).toBe(true);
  });

  it('resolves every relative and aliased import to a project file', () => {
    expect(graph.unresolved).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(findCycles(graph.edges)).toEqual([]);
  });

  it('keeps the layers: shared imports no other layer, the renderer only shared, core no Electron, main, host or cli', () => {
    expect(layerViolations(graph)).toEqual([]);
  });
});

describe('the checker itself', () => {
  const tree = (sources: Record<string, string>) => buildGraph(new Map(Object.entries(sources)));

  it('reads imports in every form and ignores commented-out ones', () => {
    const text = [
      "import a from './a.js';",
      "import type { B } from './b.js';",
      'import {',
      '  c,',
      "} from '@shared/c.js';",
      "export * from './d.js';",
      "import './e.css';",
      "const f = await import('./f.js');",
      "// import g from './g.js';",
      " * import h from './h.js';",
      "const text = 'from here';",
    ].join('\n');
    expect(importsOf(text)).toEqual(['./a.js', './b.js', '@shared/c.js', './d.js', './e.css', './f.js']);
  });

  it('finds a cycle, also through a type-only import', () => {
    const graph = tree({
      'electron/core/a.ts': "import { b } from './b.js';",
      'electron/core/b.ts': "import type { C } from './c.js';",
      'electron/core/c.ts': "import { a } from './a.js';",
      'electron/core/d.ts': "import { a } from './a.js';",
    });
    expect(findCycles(graph.edges)).toEqual([['electron/core/a.ts', 'electron/core/b.ts', 'electron/core/c.ts']]);
  });

  it('finds imports across the layers the wrong way, through the @shared alias too', () => {
    const graph = tree({
      'renderer/src/view.tsx': "import { openStore } from '../../electron/core/store.js';\nimport { x } from '@shared/x.js';",
      'electron/shared/x.ts': "import { readFileSync } from 'node:fs';\nimport { y } from '@shared/../core/y.js';",
      'electron/core/store.ts': "import { app } from 'electron';\nexport const openStore = 1;",
      'electron/core/y.ts': "import { view } from '../../renderer/src/view.js';",
    });
    expect(layerViolations(graph).sort()).toEqual(
      [
        'renderer/src/view.tsx → electron/core/store.ts (renderer may import only renderer, shared)',
        'electron/shared/x.ts → electron/core/y.ts (shared may import only shared)',
        'electron/core/y.ts → renderer/src/view.tsx (core may import only core, shared)',
        'electron/shared/x.ts → node:fs (shared runs without Node)',
        'electron/core/store.ts → electron (core does not import Electron)',
      ].sort(),
    );
  });

  it('reports an import that names no file', () => {
    expect(tree({ 'electron/core/a.ts': "import { b } from './missing.js';" }).unresolved).toEqual([{ from: 'electron/core/a.ts', specifier: './missing.js' }]);
  });
});
