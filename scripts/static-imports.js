// The modules a TypeScript entry loads before it runs: those reached by static value imports
// (type-only imports are erased; dynamic import() loads later). vite.cli.config.ts puts them in one
// chunk; tests/unit/cli-start-imports.test.ts checks which packages they load.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';

/** The specifiers of a source's static imports and re-exports that stay in the emitted JavaScript. */
export function staticValueImports(source) {
  const found = [];
  const statement = /^\s*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*'([^']+)'|^\s*import\s+'([^']+)'/gms;
  for (const m of source.matchAll(statement)) {
    if (m[5]) found.push(m[5]);
    else if (!m[2] && !(m[1] === 'export' && !/[{*]/.test(m[3] ?? ''))) found.push(m[4]);
  }
  return found;
}

/**
 * Every source file (repository-relative, .ts) reached from `entry` by static value imports, and
 * each package they import with the first file that imports it.
 */
export function staticallyReached(root, entry) {
  const files = new Set();
  const packages = new Map();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const specifier of staticValueImports(readFileSync(path.join(root, file), 'utf8'))) {
      if (specifier.startsWith('.')) visit(path.posix.join(path.posix.dirname(file), specifier).replace(/\.js$/, '.ts'));
      else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier) && !packages.has(specifier)) packages.set(specifier, file);
    }
  };
  visit(entry);
  return { files: [...files], packages };
}
