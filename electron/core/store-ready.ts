// The store for a command line (the CLI): the store openStore gives, opened without loading the
// embedded dataset's loader and the schemas it validates files with when there is nothing to load —
// migrated as always, then the reference lists and release files checked against what the store has.
import { openDatabase } from './db/connection.js';
import { embeddedLoaded } from './seed/embedded-files.js';
import type { Store } from './store.js';

export async function openReadyStore(file: string): Promise<Store> {
  const db = openDatabase(file);
  let ready = false;
  try {
    ready = embeddedLoaded(db);
  } finally {
    if (!ready) db.close();
  }
  if (ready) return { db, path: file };
  const { openStore } = await import('./store.js');
  return openStore(file);
}
