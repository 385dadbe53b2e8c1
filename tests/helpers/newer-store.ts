// Stores as a newer version of the app leaves them (a schema version above this app's), made from
// a current store, and the bytes of a store's files, to show that opening one wrote nothing.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SCHEMA_VERSION } from '../../electron/core/db/migrations/index.js';
import { tempStorePath } from './temp.js';

/** The schema version the newer app wrote. */
export const NEWER_SCHEMA = SCHEMA_VERSION + 10;

const copyOf = (current: string): string => {
  const file = tempStorePath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.copyFileSync(current, file);
  return file;
};

/** A copy of a current store with its schema version bumped, as a newer app leaves it when it closes (no log). */
export function newerStore(current: string): string {
  const file = copyOf(current);
  const raw = new Database(file);
  raw.pragma(`user_version = ${NEWER_SCHEMA}`);
  raw.close();
  return file;
}

/**
 * A newer app's store as it leaves it when it stops mid-session (killed, or still running): the
 * version bump and one row only in the write-ahead log, the file's own header still at this app's version.
 */
export function newerStoreInLog(current: string): string {
  const source = copyOf(current);
  const raw = new Database(source);
  raw.pragma('wal_autocheckpoint = 0');
  raw.pragma(`user_version = ${NEWER_SCHEMA}`);
  raw.prepare("INSERT INTO meta (key, value) VALUES ('writtenByNewer', 'yes')").run();
  const file = tempStorePath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.copyFileSync(source, file);
  fs.copyFileSync(`${source}-wal`, `${file}-wal`);
  raw.close();
  if (fs.readFileSync(file).readUInt32BE(60) !== SCHEMA_VERSION || fs.statSync(`${file}-wal`).size === 0)
    throw new Error('the newer schema version is not only in the log');
  return file;
}

const sha256 = (file: string): string | null => (fs.existsSync(file) ? crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex') : null);

/**
 * SHA-256 of the store's file and of its write-ahead log (null when it has none: SQLite leaves an
 * empty log, and the log's index, beside a store it only read).
 */
export function storeFileBytes(file: string): { store: string | null; wal: string | null } {
  const wal = fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0 ? sha256(`${file}-wal`) : null;
  return { store: sha256(file), wal };
}
