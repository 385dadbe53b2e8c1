#!/usr/bin/env node
// The `iip` command (npx iip …): runs the compiled CLI. `npm install` builds it (prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('iip: the CLI is not built yet; run `npm run build` in the IIP Explorer folder.');
  process.exit(2);
}
process.env.IIP_CLI_ENTRY = '1';
await import(cli.href);
