import { once } from 'node:events';
import { isEntryPoint } from '../core/entry.js';
import { runCli } from './iip.js';

/** The status a shell gives a command its pipe's reader left (128 + SIGPIPE), as `head` leaves `iip check`. */
export const READER_GONE = 141;

if (isEntryPoint(import.meta.url) || process.env.IIP_CLI_ENTRY === '1') {
  // The reader went away (`iip check | head`): stop quietly, as a command the pipe ended does.
  // A write under way is all-or-nothing: its transaction is rolled back, or was committed.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(READER_GONE);
  });
  // a pipe whose reader is slower than the command would otherwise queue all it prints in memory
  const drained = (): Promise<void> => (process.stdout.writableNeedDrain ? once(process.stdout, 'drain').then(() => undefined) : Promise.resolve());
  const code = await runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l), env: process.env, drained });
  process.exitCode = code;
}
