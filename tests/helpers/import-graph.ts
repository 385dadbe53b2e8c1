// The project's import graph, read from the sources without ESLint or TypeScript: which file imports which,
// the cycles in it, and the imports that cross a layer the wrong way. tests/unit/import-graph.test.ts runs it on
// electron/ and renderer/src; eslint.config.js states the same rules for editors and `npm run lint`.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

export type Layer = 'shared' | 'core' | 'main' | 'preload' | 'host' | 'cli' | 'renderer';

/** Where each layer lives (repository-relative, forward slashes). */
const LAYER_ROOTS: ReadonlyArray<readonly [string, Layer]> = [
  ['electron/shared/', 'shared'],
  ['electron/core/', 'core'],
  ['electron/main/', 'main'],
  ['electron/preload/', 'preload'],
  ['electron/host/', 'host'],
  ['electron/cli/', 'cli'],
  ['renderer/', 'renderer'],
];

const ELECTRON_SIDE: Layer[] = ['shared', 'core', 'main', 'preload', 'host', 'cli'];

/** Which layers a layer's files may import. */
export const MAY_IMPORT: Readonly<Record<Layer, readonly Layer[]>> = {
  shared: ['shared'],
  renderer: ['renderer', 'shared'],
  core: ['core', 'shared'],
  main: ELECTRON_SIDE,
  preload: ELECTRON_SIDE,
  host: ELECTRON_SIDE,
  cli: ELECTRON_SIDE,
};

/** Layers that run without Node (no built-ins) and layers that never load Electron. */
const WITHOUT_NODE: readonly Layer[] = ['shared', 'renderer'];
const WITHOUT_ELECTRON: readonly Layer[] = ['shared', 'renderer', 'core', 'host', 'cli'];

/** Path aliases the renderer may use (tsconfig.renderer.json `paths`), alias prefix → repository folder. */
export const ALIASES: Readonly<Record<string, string>> = { '@shared/': 'electron/shared/' };

const SOURCE_EXTENSIONS = ['.ts', '.tsx'];
const NODE_BUILTINS = new Set(builtinModules.filter((name) => !name.startsWith('_')));

export function layerOf(file: string): Layer | undefined {
  return LAYER_ROOTS.find(([root]) => file.startsWith(root))?.[1];
}

/** Every .ts/.tsx file (not .d.ts) under the given folders, by repository-relative path, with its text. */
export function readSources(repoRoot: string, folders: string[]): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(path.join(repoRoot, folder), { withFileTypes: true })) {
      const relative = `${folder}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(relative);
      } else if (SOURCE_EXTENSIONS.some((ext) => entry.name.endsWith(ext)) && !entry.name.endsWith('.d.ts')) {
        files.set(relative, readFileSync(path.join(repoRoot, relative), 'utf8'));
      }
    }
  };
  for (const folder of folders) walk(folder);
  return files;
}

/**
 * The module specifiers a file imports: static imports and re-exports (type-only ones too, on one line or
 * closing a multi-line brace list), side-effect imports and dynamic import() with a literal.
 * Statements start a line, so text in comments (which start with // or *) is not taken for an import.
 */
export function importsOf(text: string): string[] {
  const found: string[] = [];
  const statement = /^\s*(?:(?:import|export)\b[^'"`]*?\bfrom|\}\s*from|import)\s*(['"])([^'"]+)\1/;
  const dynamic = /\bimport\(\s*(['"])([^'"]+)\1\s*\)/g;
  for (const line of text.split('\n')) {
    const trimmed = line.trimStart();
    if (trimmed.startsWith('//') || trimmed.startsWith('*') || trimmed.startsWith('/*')) continue;
    const match = statement.exec(line);
    if (match) found.push(match[2]!);
    for (const call of line.matchAll(dynamic)) found.push(call[2]!);
  }
  return found;
}

export interface ImportGraph {
  /** file → project files it imports */
  edges: Map<string, string[]>;
  /** file → packages and built-ins it imports */
  external: Map<string, string[]>;
  /** relative or aliased imports that name no project file */
  unresolved: { from: string; specifier: string }[];
}

/** The file a relative or aliased specifier names (`./x.js` is x.ts or x.tsx, as TypeScript resolves it). */
function resolveLocal(from: string, specifier: string, files: ReadonlyMap<string, string>): string | undefined {
  const bare = specifier.replace(/[?#].*$/, '');
  const alias = Object.keys(ALIASES).find((prefix) => bare.startsWith(prefix));
  const target = alias
    ? path.posix.normalize(ALIASES[alias]! + bare.slice(alias.length))
    : path.posix.normalize(path.posix.join(path.posix.dirname(from), bare));
  const stem = target.replace(/\.(?:js|jsx|mjs|cjs)$/, '');
  const candidates = [target, ...SOURCE_EXTENSIONS.map((ext) => stem + ext), ...SOURCE_EXTENSIONS.map((ext) => `${target}/index${ext}`)];
  return candidates.find((candidate) => files.has(candidate));
}

const isLocal = (specifier: string): boolean => specifier.startsWith('.') || Object.keys(ALIASES).some((prefix) => specifier.startsWith(prefix));

/** Assets the bundler loads (styles, fonts, images, the README as text) are not modules of the graph. */
const isAsset = (specifier: string): boolean => /\.(?:css|svg|png|jpe?g|gif|woff2?|ttf|html|md)(?:[?#].*)?$/.test(specifier);

export function buildGraph(files: ReadonlyMap<string, string>): ImportGraph {
  const graph: ImportGraph = { edges: new Map(), external: new Map(), unresolved: [] };
  for (const [file, text] of files) {
    const local: string[] = [];
    const external: string[] = [];
    for (const specifier of importsOf(text)) {
      if (!isLocal(specifier)) external.push(specifier);
      else if (isAsset(specifier)) continue;
      else {
        const target = resolveLocal(file, specifier, files);
        if (target) local.push(target);
        else graph.unresolved.push({ from: file, specifier });
      }
    }
    graph.edges.set(file, [...new Set(local)]);
    graph.external.set(file, [...new Set(external)]);
  }
  return graph;
}

/** The import cycles: each strongly connected component of more than one file, or a file importing itself (Tarjan). */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;

  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of edges.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1 || (edges.get(file) ?? []).includes(file)) cycles.push(component.sort());
    }
  };

  for (const file of [...edges.keys()].sort()) if (!index.has(file)) visit(file);
  return cycles;
}

/** Every import that breaks a layer rule, as "file → import (why)". */
export function layerViolations(graph: ImportGraph): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph.edges) {
    const layer = layerOf(file);
    if (!layer) continue;
    for (const target of targets) {
      const targetLayer = layerOf(target);
      if (targetLayer && !MAY_IMPORT[layer].includes(targetLayer)) found.push(`${file} → ${target} (${layer} may import only ${MAY_IMPORT[layer].join(', ')})`);
    }
  }
  for (const [file, specifiers] of graph.external) {
    const layer = layerOf(file);
    if (!layer) continue;
    for (const specifier of specifiers) {
      if (WITHOUT_NODE.includes(layer) && (specifier.startsWith('node:') || NODE_BUILTINS.has(specifier))) {
        found.push(`${file} → ${specifier} (${layer} runs without Node)`);
      }
      if (WITHOUT_ELECTRON.includes(layer) && /^electron(?:\/|$)/.test(specifier)) found.push(`${file} → ${specifier} (${layer} does not import Electron)`);
    }
  }
  return found;
}
