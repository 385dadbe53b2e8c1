// Opening the store: WAL, foreign keys, migrations in one transaction, refusing a future schema.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index.js';
import { sealUnsealedReleases } from './release-digests.js';

export type Db = Database.Database;

export class StoreError extends Error {
  override name = 'StoreError';
}

/** Schema version from which each release's figures carry a digest (migration 0120). */
const DIGESTS_VERSION = 120;

export interface OpenOptions {
  /** Called before migrating a store that holds data (the store checked and backed up: backup/migration.ts). */
  beforeMigrating?: (db: Db, fromVersion: number) => void;
}

export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file, opts.beforeMigrating);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export function migrate(db: Db, label = 'store', beforeMigrating?: OpenOptions['beforeMigrating']): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new StoreError(`${label} has schema version ${current}, newer than this app understands (${SCHEMA_VERSION}); update IIP Explorer`);
  }
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length === 0) return;
  if (current > 0) beforeMigrating?.(db, current);
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
  // releases stored before their figures had digests: digested now, as they stand
  if (current < DIGESTS_VERSION) sealUnsealedReleases(db);
}
