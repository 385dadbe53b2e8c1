import { isEntryPoint } from '../core/entry.js';
import { runCli } from './iip.js';

if (isEntryPoint(import.meta.url) || process.env.IIP_CLI_ENTRY === '1') {
  const code = await runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l), env: process.env });
  process.exitCode = code;
}
