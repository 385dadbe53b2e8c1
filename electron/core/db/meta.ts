// Small facts about the store itself (the reference lists' checksum, the preferences), as key and value.
import type { Db } from './connection.js';
import { statement } from './statements.js';

export function getMeta(db: Db, key: string): string | undefined {
  return statement<{ value: string }>(db, 'SELECT value FROM meta WHERE key = ?').get(key)?.value;
}

export function setMeta(db: Db, key: string, value: string): void {
  statement(db, 'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

export function deleteMeta(db: Db, key: string): void {
  statement(db, 'DELETE FROM meta WHERE key = ?').run(key);
}
