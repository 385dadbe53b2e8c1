// Before a migration rewrites a store that holds data: its quick check (a damaged store is never
// migrated) and a backup of it as it was. Opening is synchronous, so this backup is SQLite's
// VACUUM INTO (a consistent copy in one statement) rather than the stepped backup API.
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/connection.js';
import { StoreDamagedError } from '../errors.js';
import { backupsKept, pruneBackups, settle } from './backup.js';
import { backupFileName, backupsDir } from './files.js';
import { quickCheck } from './inspect.js';

export function checkAndBackUpBeforeMigrating(db: Db, fromVersion: number): void {
  const problems = quickCheck(db);
  if (problems.length > 0) throw new StoreDamagedError(`${db.name} failed its integrity check, so it was not upgraded: ${problems.slice(0, 3).join('; ')}`);
  if (db.memory || backupsKept(db) === 0) return;
  const file = path.join(backupsDir(db.name), backupFileName('migration', fromVersion));
  const partial = `${file}.partial`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    settle(partial);
    fs.renameSync(partial, file);
  } finally {
    fs.rmSync(partial, { force: true });
  }
  pruneBackups(db.name, Math.max(1, backupsKept(db)));
}
