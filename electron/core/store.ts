// The store as the app, web host, CLI and tests open it: migrated and filled with the embedded dataset.
import { openDatabase, type Db } from './db/connection.js';
import { loadEmbeddedReleases, loadReference } from './seed/embedded.js';
import { defaultStorePath } from './paths.js';

export interface Store {
  db: Db;
  path: string;
}

export function openStore(file: string = defaultStorePath()): Store {
  const db = openDatabase(file);
  try {
    loadReference(db);
    loadEmbeddedReleases(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, path: file };
}
