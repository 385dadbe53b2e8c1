// The command line as node loads it: one chunk with every module the CLI loads before running a
// command (all that `iip get` needs), and the rest in chunks imported when a command runs. Node
// loads each module of tsc's unbundled build separately (about half a millisecond each, more on a
// busy machine), which was most of `iip get`'s start. Packages stay in node_modules; tsc's build
// of the same sources (dist/electron) is unchanged and is what the app, the host and tests run.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
// @ts-expect-error a plain module of the scripts (JavaScript), untyped
import { staticallyReached } from './scripts/static-imports.js';

const root = fileURLToPath(new URL('.', import.meta.url));
const ENTRY = 'electron/cli/main.ts';
// The entry itself stays apart: it awaits the command at its top level, and a command's chunk that
// imported a chunk still evaluating would wait for it forever.
const atStart = new Set((staticallyReached(root, ENTRY) as { files: string[] }).files.filter((file) => file !== ENTRY).map((file) => path.join(root, file)));

export default defineConfig({
  build: {
    outDir: 'dist/cli',
    emptyOutDir: true,
    minify: false,
    target: 'node20',
    ssr: ENTRY,
    rollupOptions: {
      external: (id) => !id.startsWith('.') && !path.isAbsolute(id),
      output: {
        format: 'es',
        entryFileNames: 'main.js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: { groups: [{ name: 'start', test: (id: string) => atStart.has(id) }] },
      },
    },
  },
});
