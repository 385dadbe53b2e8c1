// How many figures each release holds (releaseFigureCounts, kept at write time so the releases list
// counts no figure, issue 14): after seeding, imports through both write paths (a tidy CSV streamed,
// figures written by insertFigures), a release's figures removed and written again, undos, and a
// migration of an older store, the table holds exactly what counting the figures gives, and
// releases:list answers those counts.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/connection.js';
import { SCHEMA_VERSION } from '../../electron/core/db/migrations/index.js';
import { insertFigures } from '../../electron/core/figures/repository.js';
import { rebuildReleaseFigureCounts } from '../../electron/core/releases/figure-counts.js';
import { deleteFiguresOf, insertRelease, listReleases, undoRelease } from '../../electron/core/releases/repository.js';
import { openStore } from '../../electron/core/store.js';
import { takeBackToVersion } from '../helpers/older-store.js';
import { emptyStore } from '../helpers/store.js';
import { tempStorePath } from '../helpers/temp.js';
import { importTidyLines } from '../helpers/tidy-import.js';
import { yoyEstimate } from '../helpers/written-release.js';

interface CountRow {
  releaseId: number;
  figureCount: number;
}

const kept = (db: Db): CountRow[] => db.prepare('SELECT releaseId, figureCount FROM releaseFigureCounts ORDER BY releaseId').all() as CountRow[];

/** Each release's figures counted one by one, in JS (releases without figures left out). */
function fromScratch(db: Db): CountRow[] {
  const counts = new Map<number, number>();
  for (const releaseId of db.prepare('SELECT releaseId FROM figures').pluck().all() as number[]) counts.set(releaseId, (counts.get(releaseId) ?? 0) + 1);
  return [...counts].map(([releaseId, figureCount]) => ({ releaseId, figureCount })).sort((a, b) => a.releaseId - b.releaseId);
}

/** The table as counted, and releases:list's counts the same (0 for a release without figures). */
function expectKeptAsCounted(db: Db): void {
  const counted = fromScratch(db);
  expect(kept(db)).toEqual(counted);
  const byId = new Map(counted.map((c) => [c.releaseId, c.figureCount]));
  for (const r of listReleases(db)) expect(r.figureCount, r.name).toBe(byId.get(r.id) ?? 0);
}

describe('the figure counts kept per release', () => {
  it('are there for every embedded release once the store is seeded, and restated whole the same', () => {
    const { db } = openStore(tempStorePath());
    expect(kept(db).length).toBeGreaterThan(50);
    expectKeptAsCounted(db);
    db.prepare('DELETE FROM releaseFigureCounts').run();
    rebuildReleaseFigureCounts(db);
    expectKeptAsCounted(db);
    db.close();
  });

  it('follow imports through both write paths, figures removed and written again, and undos', async () => {
    const { db } = openStore(tempStorePath());
    emptyStore(db);
    expect(kept(db)).toEqual([]);

    const first = await importTidyLines(
      db,
      ['VN,TOTAL,iip,2030-01,yoy,pct,5.1,estimate', 'VN,B,iip,2030-02,yoy,pct,1.5,estimate', 'VN,TOTAL,iip,2030-03,mom,pct,0.5,estimate'],
      'first.csv',
      '2030-03-06',
    );
    expect(kept(db)).toEqual([{ releaseId: first, figureCount: 3 }]);

    // From a file on disk (stored by SQL, streamed.ts).
    const second = await importTidyLines(
      db,
      ['VN,05,iip,2030-02,yoy,index,103.0,estimate', 'P25,TOTAL,iip,2030-01..2030-03,yoy,pct,7.0,estimate'],
      'second.csv',
      '2030-04-06',
      true,
    );
    expect(kept(db)).toEqual([
      { releaseId: first, figureCount: 3 },
      { releaseId: second, figureCount: 2 },
    ]);

    // Written by insertFigures (press text, workbooks), then more figures added to the same release.
    const third = db.transaction(() => {
      const id = insertRelease(db, {
        name: 'third',
        publisher: 'Test',
        publishedOn: '2030-04-20',
        status: 'estimate',
        sourceKind: 'csv',
        sourceFile: 'third.csv',
      });
      insertFigures(db, id, [yoyEstimate('VN', 'TOTAL', '2030-03', 6.0)]);
      insertFigures(db, id, [yoyEstimate('VN', '05', '2030-03', 2.0), yoyEstimate('P25', 'TOTAL', '2030-03', 1.0)]);
      return id;
    })();
    expect(kept(db).find((r) => r.releaseId === third)).toEqual({ releaseId: third, figureCount: 3 });
    expectKeptAsCounted(db);

    // A release's figures removed (the release kept, as when an embedded release is restated): no row, listed with 0.
    db.transaction(() => deleteFiguresOf(db, third))();
    expect(kept(db).map((r) => r.releaseId)).toEqual([first, second]);
    expect(listReleases(db).find((r) => r.id === third)?.figureCount).toBe(0);
    db.transaction(() => insertFigures(db, third, [yoyEstimate('VN', 'TOTAL', '2030-03', 6.1)]))();
    expect(kept(db).find((r) => r.releaseId === third)).toEqual({ releaseId: third, figureCount: 1 });
    expectKeptAsCounted(db);

    undoRelease(db, second);
    expectKeptAsCounted(db);
    undoRelease(db, third);
    undoRelease(db, first);
    expect(kept(db)).toEqual([]);
    db.close();
  });

  it('are filled by the migration in a store made before it', () => {
    const file = tempStorePath();
    const { db } = openStore(file);
    const expected = kept(db);
    db.close();
    takeBackToVersion(file, 130, ['releaseFigureCounts']);

    const migrated = openStore(file).db;
    expect(migrated.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(expected.length).toBeGreaterThan(50);
    expect(kept(migrated)).toEqual(expected);
    expectKeptAsCounted(migrated);
    migrated.close();
  });
});
