// The store as the app, web host, CLI and tests open it: migrated and filled with the embedded dataset.
import fs from 'node:fs';
import { checkAndBackUpBeforeMigrating } from './backup/migration.js';
import { quickCheck } from './backup/inspect.js';
import { openDatabase, type Db } from './db/connection.js';
import { StoreDamagedError } from './errors.js';
import { embeddedLoaded } from './seed/embedded-files.js';
import { loadEmbeddedReleases, loadReference } from './seed/embedded.js';
import { defaultStorePath } from './paths.js';

export interface Store {
  db: Db;
  path: string;
}

export function openStore(file: string = defaultStorePath()): Store {
  const existed = file !== ':memory:' && fs.existsSync(file);
  const db = openDatabase(file, { beforeMigrating: checkAndBackUpBeforeMigrating });
  try {
    // a store about to be written at open (the embedded dataset changed) is checked first
    if (existed && !embeddedLoaded(db)) assertSound(db);
    loadReference(db);
    loadEmbeddedReleases(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, path: file };
}

function assertSound(db: Db): void {
  const problems = quickCheck(db);
  if (problems.length > 0)
    throw new StoreDamagedError(`${db.name} failed its integrity check, so nothing was written to it: ${problems.slice(0, 3).join('; ')}`);
}
