// The store's health as it opened: checked at every start with SQLite's quick check, in a worker
// thread (on a national store it reads every page: seconds, which the window must not wait for).
// Until the check has passed the connection is query-only, so a damaged store is never written
// to; imports, undos and notes imports wait for the answer (their backup does), other writes are
// refused meanwhile. A store that fails stays read-only for the session, as does one a newer app
// wrote (start.ts: never checked, never written).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from '../db/connection.js';
import { SCHEMA_VERSION } from '../db/migrations/index.js';
import { NewerStoreError, StoreDamagedError } from '../errors.js';
import { quickCheck } from './inspect.js';

export interface StoreHealth {
  state: 'checking' | 'ok' | 'damaged' | 'newer';
  problems: string[];
  /** An empty, truncated or unreadable store file renamed aside at start. */
  keptAside: string | null;
}

const healthByDb = new WeakMap<Db, StoreHealth>();
const settled = new WeakMap<Db, Promise<StoreHealth>>();

/** The health recorded for this connection (a store opened without a check, as tests do, counts as sound). */
export const healthOf = (db: Db): StoreHealth => healthByDb.get(db) ?? { state: 'ok', problems: [], keptAside: null };

export function recordHealth(db: Db, health: StoreHealth): void {
  healthByDb.set(db, health);
}

/** The health once the start check has answered. */
export const healthSettled = (db: Db): Promise<StoreHealth> => settled.get(db) ?? Promise.resolve(healthOf(db));

/** Resolves once the start check has answered; throws when it found damage (a write must not go on). */
export async function assertWritable(db: Db): Promise<void> {
  const health = await healthSettled(db);
  if (health.state === 'newer') throw newerStoreError(db);
  if (health.state === 'damaged')
    throw new StoreDamagedError(
      `the store failed its integrity check when the app started, so it is open read-only and nothing was changed: ${health.problems.slice(0, 2).join('; ')}. Restore a backup (Your data, or iip restore)`,
    );
}

/** The refusal of a write to a store a newer app wrote, naming both schema versions. */
export const newerStoreError = (db: Db): NewerStoreError => new NewerStoreError(db.pragma('user_version', { simple: true }) as number, SCHEMA_VERSION);

/** The quick check as worker code (CommonJS, evaluated): better-sqlite3 found by the path given. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.sqlite);
let db;
try {
  db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  const rows = db.pragma('quick_check');
  parentPort.postMessage({ problems: rows.map((r) => r.quick_check).filter((line) => line !== 'ok') });
} catch (error) {
  parentPort.postMessage({ problems: [String(error && error.message || error)] });
} finally {
  if (db) db.close();
}`;

function quickCheckInWorker(file: string): Promise<string[]> {
  const sqlite = createRequire(import.meta.url).resolve('better-sqlite3');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, sqlite } });
    worker.unref();
    worker.once('message', (answer: { problems: string[] }) => resolve(answer.problems));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the store check stopped (exit ${code})`)));
  });
}

/**
 * Below this size the start check runs at once on this thread (the embedded dataset's store: about
 * 0.2 s), so there is no moment when writes are refused; above it, in the worker.
 */
export const CHECK_AT_ONCE_BYTES = 64 * 2 ** 20;

const storeBytes = (db: Db): number => (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);

/** The start check of an open, writable store (at once, or in a worker above atOnceBytes); no writes until it passes. */
export function checkAtStart(db: Db, keptAside: string | null = null, atOnceBytes = CHECK_AT_ONCE_BYTES): Promise<StoreHealth> {
  if (db.memory) return Promise.resolve(healthOf(db));
  if (storeBytes(db) < atOnceBytes) {
    const problems = quickCheck(db);
    const health: StoreHealth = { state: problems.length === 0 ? 'ok' : 'damaged', problems: problems.slice(0, 20), keptAside };
    if (health.state === 'damaged') db.pragma('query_only = ON');
    recordHealth(db, health);
    settled.set(db, Promise.resolve(health));
    return Promise.resolve(health);
  }
  db.pragma('query_only = ON');
  recordHealth(db, { state: 'checking', problems: [], keptAside });
  const done = quickCheckInWorker(db.name)
    // a worker that cannot start (no threads) leaves the check to this thread
    .catch(() => quickCheck(db))
    .then((problems) => {
      const health: StoreHealth = { state: problems.length === 0 ? 'ok' : 'damaged', problems: problems.slice(0, 20), keptAside };
      if (health.state === 'ok' && db.open) db.pragma('query_only = OFF');
      recordHealth(db, health);
      return health;
    });
  settled.set(db, done);
  return done;
}
