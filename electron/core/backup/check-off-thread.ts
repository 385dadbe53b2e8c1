// The store's full check off the thread that answers calls: in check-worker.js beside this module
// once built; from the sources (tests), where no built worker sits beside it, on this thread.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StoreCheck } from '../../shared/contract/backup.js';
import type { Db } from '../db/connection.js';
import { checkStore } from './check.js';

const WORKER = new URL('./check-worker.js', import.meta.url);

export function checkStoreOffThread(db: Db): Promise<StoreCheck> {
  if (db.memory || !fs.existsSync(fileURLToPath(WORKER))) return Promise.resolve(checkStore(db));
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { file: db.name } });
    worker.once('message', (answer: { check?: StoreCheck; error?: string }) => (answer.check ? resolve(answer.check) : reject(new Error(answer.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the store check stopped (exit ${code})`)));
  });
}
