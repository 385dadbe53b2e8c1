// Opening the store: WAL, foreign keys, migrations in one transaction, refusing a future schema.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index.js';

export type Db = Database.Database;

export class StoreError extends Error {
  override name = 'StoreError';
}

export function openDatabase(file: string): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    refuseNewerSchema(db, file); // before the first write: a newer app's store is left as it was
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    migrate(db, file);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

function refuseNewerSchema(db: Db, label: string): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new StoreError(`${label} has schema version ${current}, newer than this app understands (${SCHEMA_VERSION}); update IIP Explorer`);
  }
  return current;
}

export function migrate(db: Db, label = 'store'): void {
  const current = refuseNewerSchema(db, label);
  const pending = MIGRATIONS.filter((m) => m.version > current);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) db.exec(m.sql);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}
