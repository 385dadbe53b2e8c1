import { once } from 'node:events';
import { isEntryPoint } from '../core/entry.js';
import { runCli } from './iip.js';

if (isEntryPoint(import.meta.url) || process.env.IIP_CLI_ENTRY === '1') {
  // a pipe whose reader is slower than the command would otherwise queue all it prints in memory
  const drained = (): Promise<void> => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve());
  const code = await runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l), env: process.env, drained });
  process.exitCode = code;
}
