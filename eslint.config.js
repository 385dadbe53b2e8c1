// ESLint (flat config). `npm run lint` runs it with Prettier's check; `npm run format` fixes what both can.
//
// The layers, as import rules (tests/unit/import-graph.test.ts checks the same graph without ESLint):
//   electron/shared   pure: imports nothing of core, main, preload, host, cli or the renderer; no Node built-ins, no Electron
//   renderer/src      imports only electron/shared (relative or through the @shared/* alias); no Node built-ins, no Electron
//   electron/core     plain Node: no Electron, nothing of main, preload, host, cli or the renderer
//   electron/host, electron/cli   no Electron
// and no import cycles anywhere.
//
// Type information comes from the TypeScript 6 JS API (the `typescript` package); `tsc` itself is TypeScript 7
// (the `typescript7` package), which has no JS API typescript-eslint could use.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const root = import.meta.dirname;

const TS = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const JS = ['**/*.js', '**/*.mjs', '**/*.cjs'];

/** Every Node built-in by its bare name (fs, fs/promises, path, …); the node: prefix is caught by a pattern. */
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('node:') && !name.startsWith('_'));

/** no-restricted-imports options for a layer: no Node built-ins (bare or node:) when `node` is false, never Electron. */
const restrictImports = (where, { node }) => {
  const builtin = `${where} runs without Node: no Node built-ins.`;
  return {
    paths: node ? [] : nodeBuiltins.map((name) => ({ name, message: builtin })),
    patterns: [
      ...(node ? [] : [{ regex: '^node:', message: builtin }]),
      { regex: '^electron(/.*)?$', message: `${where}: no Electron here (only electron/main and electron/preload import it).` },
    ],
  };
};

/** Zones for import-x/no-restricted-paths: files under `target` may not import files under `from`. Paths from the project root. */
const layerZones = [
  {
    target: './electron/shared',
    from: ['./electron/core', './electron/main', './electron/preload', './electron/host', './electron/cli', './renderer'],
    message: 'electron/shared is pure: it imports nothing of core, main, preload, host, cli or the renderer.',
  },
  {
    target: './renderer',
    from: './electron',
    except: ['./shared'],
    message: 'The renderer imports only electron/shared (through @shared/*).',
  },
  {
    target: './electron/core',
    from: ['./electron/main', './electron/preload', './electron/host', './electron/cli'],
    message: 'electron/core is plain Node: it imports nothing of main, preload, host or cli.',
  },
  {
    target: './electron',
    from: './renderer',
    message: 'Nothing under electron/ imports the renderer.',
  },
];

export default defineConfig(
  {
    name: 'iip/ignores',
    ignores: ['**/node_modules/', 'dist/', 'data/', 'release/', 'coverage/', 'test-output/', 'scratch/', 'tests/fixtures/', '**/*.d.ts'],
  },
  {
    name: 'iip/lint-options',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },

  // Everything: ESLint's and typescript-eslint's recommended rules.
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    name: 'iip/unused',
    rules: {
      // A leading underscore marks what is unused on purpose, as in `const { checksum: _c, ...release } = p.release`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true, caughtErrors: 'none' },
      ],
    },
  },

  // TypeScript: type-aware where it is cheap and catches real bugs (promises), import rules with the TypeScript resolver.
  {
    name: 'iip/typescript',
    files: TS,
    languageOptions: {
      parserOptions: {
        // The first project that holds a file gives its types: the renderer's (with its @shared/* alias and DOM),
        // the Node build's, then the root config for tests and the tool configs.
        project: ['./tsconfig.renderer.json', './tsconfig.node.json', './tsconfig.json'],
        tsconfigRootDir: root,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        // `./x.js` finds x.ts; `@shared/*` follows the renderer's paths. Each file resolves with the tsconfig that includes it.
        createTypeScriptImportResolver({
          alwaysTryTypes: true,
          noWarnOnMultipleProjects: true,
          project: ['./tsconfig.renderer.json', './tsconfig.node.json', './tsconfig.json'],
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],

      'import-x/no-unresolved': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: layerZones }],
    },
  },

  // Layers that Node built-ins and Electron may not reach.
  {
    name: 'iip/layer/shared',
    files: ['electron/shared/**'],
    rules: {
      'no-restricted-imports': ['error', restrictImports('electron/shared', { node: false })],
    },
  },
  {
    name: 'iip/layer/renderer',
    files: ['renderer/**'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': ['error', restrictImports('The renderer', { node: false })],
    },
  },
  {
    name: 'iip/layer/no-electron',
    files: ['electron/core/**', 'electron/host/**', 'electron/cli/**'],
    rules: {
      'no-restricted-imports': ['error', restrictImports('electron/core, electron/host and electron/cli', { node: true })],
    },
  },

  // Transactions begin in one place (core/db/transactions.ts): writes take the store's lock up front.
  {
    name: 'iip/store/transactions',
    files: ['electron/**'],
    ignores: ['electron/core/db/transactions.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='transaction']",
          message:
            'Use writeTransaction (or readTransaction, tempTransaction) from electron/core/db/transactions.ts: a deferred write fails at once when another process writes.',
        },
        {
          selector: 'CallExpression[callee.property.name=/^(exec|prepare)$/] > Literal[value=/^\\s*BEGIN\\b/i]',
          message: 'Begin transactions with writeTransaction from electron/core/db/transactions.ts.',
        },
      ],
    },
  },

  // React: the rules of hooks (and the React Compiler's checks) for the renderer.
  {
    ...reactHooks.configs.flat.recommended,
    name: 'iip/react-hooks',
    files: ['renderer/src/**/*.tsx', 'renderer/src/**/*.ts'],
  },

  // Plain JavaScript (scripts, bin, configs): Node globals, no type information.
  {
    name: 'iip/javascript',
    files: JS,
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: { ...globals.node } },
  },
);
