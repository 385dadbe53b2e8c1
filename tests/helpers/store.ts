// Stores that start without figures: the embedded history undone, so a test's own releases are all
// there is.
import type { Db } from '../../electron/core/db/connection.js';
import { listReleases, undoRelease } from '../../electron/core/releases/repository.js';
import { openStore } from '../../electron/core/store.js';
import { tempStorePath } from './temp.js';

/** Undoes every release in the store, the embedded ones too. */
export function emptyStore(db: Db): void {
  for (const r of listReleases(db)) undoRelease(db, r.id);
}

/** A migrated store file in a temp folder, holding no release; its path. */
export function emptyStorePath(): string {
  const file = tempStorePath();
  const store = openStore(file);
  emptyStore(store.db);
  store.db.close();
  return file;
}
