// The full check (check.ts) in a worker thread with its own read-only connection: on a national
// store it reads every page and every figure (minutes), which the window's calls must not wait for.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { checkStore } from './check.js';

const { file } = workerData as { file: string };
let db: Database.Database | undefined;
try {
  db = new Database(file, { readonly: true, fileMustExist: true });
  parentPort!.postMessage({ check: checkStore(db) });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
} finally {
  db?.close();
}
