// A temp store (embedded history) with fixture files imported through the CLI as invented releases,
// its handler table, and its catalog: for integration tests that read what an import stored.
import { expect } from 'vitest';
import { createCore, type Core } from '../../electron/core/handlers.js';
import { openStore, type Store } from '../../electron/core/store.js';
import type { SeriesSummary } from '../../electron/shared/contract/catalog.js';
import { runIip } from './cli.js';
import { call } from './staging.js';
import { tempStorePath } from './temp.js';

export interface ImportedStore {
  store: Store;
  core: Core;
  catalog: SeriesSummary[];
  /** The IIP series of a place and item. */
  seriesOf: (geo: string, item: string) => SeriesSummary;
  close: () => void;
}

/** Each file imported as its own release (named as given), published 2025-11-29 by "Invented". */
export async function importedStore(files: readonly { file: string; name: string }[]): Promise<ImportedStore> {
  const db = tempStorePath();
  openStore(db).db.close();
  for (const { file, name } of files) {
    const imported = await runIip(['import', file, '--name', name, '--publisher', 'Invented', '--published', '2025-11-29', '--json', '--db', db]);
    expect(imported.code, imported.err).toBe(0);
  }
  const store = openStore(db);
  const core = createCore({ db: store.db, storePath: store.path });
  const catalog = (await call(core.handlers, 'catalog:list', {})).groups.flatMap((g) => g.series);
  return {
    store,
    core,
    catalog,
    seriesOf: (geo, item) => catalog.find((s) => s.geo.code === geo && s.item.code === item && s.measure === 'iip')!,
    close: () => {
      core.close();
      store.db.close();
    },
  };
}
