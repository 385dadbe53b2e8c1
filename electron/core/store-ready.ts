// The store for a command line (the CLI): the store openStore gives, opened without loading the
// embedded dataset's loader and the schemas it validates files with when there is nothing to load —
// migrated as always (by openStore, which checks and backs up a store first), then the reference lists and release files checked against what the store has.
import { openDatabase, type Db } from './db/connection.js';
import { embeddedLoaded } from './seed/embedded-files.js';
import type { Store } from './store.js';

/** Thrown to leave the quick path: a store to migrate is checked and backed up first, by openStore. */
class MigrationPending extends Error {}

export async function openReadyStore(file: string): Promise<Store> {
  let db: Db | undefined;
  try {
    db = openDatabase(file, {
      beforeMigrating: () => {
        throw new MigrationPending();
      },
    });
  } catch (error) {
    if (!(error instanceof MigrationPending)) throw error;
  }
  let ready = false;
  try {
    ready = db !== undefined && embeddedLoaded(db);
  } finally {
    if (!ready) db?.close();
  }
  if (ready && db) return { db, path: file };
  const { openStore } = await import('./store.js');
  return openStore(file);
}
