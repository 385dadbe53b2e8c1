// Series statistics kept at write time (seriesStats, issue 14): after seeding, an import, a revision and
// an undo, and when an older store is migrated, the table holds exactly what the figures give.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/connection.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { catalogPage } from '../../electron/core/catalog/page.js';
import { findSeries } from '../../electron/core/catalog/repository.js';
import { SCHEMA_VERSION } from '../../electron/core/db/migrations/index.js';
import { rebuildSeriesStats } from '../../electron/core/catalog/series-stats.js';
import { undoRelease } from '../../electron/core/releases/repository.js';
import { openStore } from '../../electron/core/store.js';
import { emptyStore } from '../helpers/store.js';
import { tempStorePath } from '../helpers/temp.js';

interface Stats {
  seriesId: number;
  figureCount: number;
  firstPeriodEnd: string;
  lastPeriodEnd: string;
  views: string;
}

/** Every series' statistics computed from its figures, as the catalog did before they were kept. */
const computed = (db: Db): Stats[] =>
  db
    .prepare(
      `SELECT s.id AS seriesId, COUNT(*) AS figureCount, MIN(f.periodEnd) AS firstPeriodEnd, MAX(f.periodEnd) AS lastPeriodEnd,
              GROUP_CONCAT(DISTINCT f.basis || ':' || f.unit) AS views
         FROM series s JOIN figures f ON f.seriesId = s.id GROUP BY s.id ORDER BY s.id`,
    )
    .all() as Stats[];

const kept = (db: Db): Stats[] =>
  db.prepare('SELECT seriesId, figureCount, firstPeriodEnd, lastPeriodEnd, views FROM seriesStats ORDER BY seriesId').all() as Stats[];

const keptOf = (db: Db, geo: string, item: string): Stats | undefined => kept(db).find((s) => s.seriesId === findSeries(db, geo, item, 'iip')?.id);

const source = (lines: string[], fileName: string) => ({ fileName, bytes: Buffer.from(lines.join('\n'), 'utf8') });
const HEADER = 'geo,item,measure,period,basis,unit,value,status';

async function importCsv(db: Db, lines: string[], fileName: string, publishedOn: string): Promise<number> {
  const preview = await previewImport(db, [source([HEADER, ...lines], fileName)], { release: { name: fileName, publishedOn } });
  expect(preview.errors).toEqual([]);
  return commitImport(db, preview).releases[0]!.id;
}

describe('series statistics kept at write time', () => {
  it('are there for every series once the embedded dataset is seeded', () => {
    const { db } = openStore(tempStorePath());
    expect(kept(db).length).toBeGreaterThan(50);
    expect(kept(db)).toEqual(computed(db));
    db.close();
  });

  it('follow an import, a revision and the undo of each, series by series', async () => {
    const { db } = openStore(tempStorePath());
    emptyStore(db);
    expect(kept(db)).toEqual([]);

    const first = await importCsv(
      db,
      ['VN,TOTAL,iip,2030-01,yoy,pct,5.1,estimate', 'VN,TOTAL,iip,2030-02,yoy,pct,6.2,estimate', 'VN,B,iip,2030-02,yoy,pct,1.5,estimate'],
      'first.csv',
      '2030-03-06',
    );
    expect(keptOf(db, 'VN', 'TOTAL')).toMatchObject({ figureCount: 2, firstPeriodEnd: '2030-01', lastPeriodEnd: '2030-02', views: 'yoy:pct' });
    expect(keptOf(db, 'VN', 'B')).toMatchObject({ figureCount: 1, firstPeriodEnd: '2030-02', lastPeriodEnd: '2030-02' });
    expect(kept(db)).toEqual(computed(db));

    // A revision of February as an index, and March: the total's statistics grow, the mining's stay.
    const revision = await importCsv(
      db,
      ['VN,TOTAL,iip,2030-02,yoy,index,106.4,preliminary', 'VN,TOTAL,iip,2030-03,yoy,pct,7.0,estimate'],
      'revision.csv',
      '2030-04-06',
    );
    expect(keptOf(db, 'VN', 'TOTAL')).toMatchObject({ figureCount: 4, firstPeriodEnd: '2030-01', lastPeriodEnd: '2030-03' });
    expect(keptOf(db, 'VN', 'TOTAL')!.views.split(',').sort()).toEqual(['yoy:index', 'yoy:pct']);
    expect(kept(db)).toEqual(computed(db));

    // Added to what is kept (one pair, one more month) and recomputed where the order of views changes:
    // an index for December, before the first % change, lists the index first.
    const more = await importCsv(db, ['VN,B,iip,2030-04,yoy,pct,2.5,estimate', 'VN,TOTAL,iip,2029-12,yoy,index,104.0,official'], 'more.csv', '2030-05-06');
    expect(keptOf(db, 'VN', 'B')).toMatchObject({ figureCount: 2, firstPeriodEnd: '2030-02', lastPeriodEnd: '2030-04', views: 'yoy:pct' });
    expect(keptOf(db, 'VN', 'TOTAL')).toMatchObject({ figureCount: 5, firstPeriodEnd: '2029-12', lastPeriodEnd: '2030-03', views: 'yoy:index,yoy:pct' });
    expect(kept(db)).toEqual(computed(db));
    undoRelease(db, more);
    expect(keptOf(db, 'VN', 'TOTAL')).toMatchObject({ figureCount: 4, firstPeriodEnd: '2030-01', views: 'yoy:pct,yoy:index' });
    expect(kept(db)).toEqual(computed(db));

    undoRelease(db, revision);
    expect(keptOf(db, 'VN', 'TOTAL')).toMatchObject({ figureCount: 2, firstPeriodEnd: '2030-01', lastPeriodEnd: '2030-02', views: 'yoy:pct' });
    expect(kept(db)).toEqual(computed(db));

    // Undone without recomputing (one unit per basis): the month-on-month pair goes, the last period goes back.
    const monthly = await importCsv(db, ['VN,B,iip,2030-05,mom,pct,0.4,estimate', 'VN,B,iip,2030-05,yoy,pct,2.9,estimate'], 'may.csv', '2030-06-06');
    expect(keptOf(db, 'VN', 'B')).toMatchObject({ figureCount: 3, firstPeriodEnd: '2030-02', lastPeriodEnd: '2030-05', views: 'mom:pct,yoy:pct' });
    undoRelease(db, monthly);
    expect(keptOf(db, 'VN', 'B')).toMatchObject({ figureCount: 1, firstPeriodEnd: '2030-02', lastPeriodEnd: '2030-02', views: 'yoy:pct' });
    expect(kept(db)).toEqual(computed(db));

    // Series left without figures keep no row: the catalog lists only series with figures.
    undoRelease(db, first);
    expect(kept(db)).toEqual([]);
    db.close();
  });

  it('come back as they were when a revision of the seeded store is undone', async () => {
    const { db } = openStore(tempStorePath());
    const before = kept(db);
    const id = await importCsv(
      db,
      ['VN,TOTAL,iip,2025-11,yoy,pct,10.9,official', 'Phú Thọ,TOTAL,iip,2031-01,yoy,pct,3.3,estimate'],
      'revision.csv',
      '2031-02-06',
    );
    expect(kept(db)).toEqual(computed(db));
    expect(kept(db)).not.toEqual(before);
    undoRelease(db, id);
    expect(kept(db)).toEqual(before);
    db.close();
  });

  it('are rebuilt from the figures after a write that bypassed them', () => {
    const { db } = openStore(tempStorePath());
    const expected = computed(db);
    db.exec('DELETE FROM seriesStats WHERE seriesId IN (SELECT seriesId FROM seriesStats LIMIT 5); UPDATE seriesStats SET figureCount = 0');
    rebuildSeriesStats(db);
    expect(kept(db)).toEqual(expected);
    db.close();
  });

  it('are filled by the migration in a store made before it, with where the catalog lists each series', () => {
    const file = tempStorePath();
    const { db } = openStore(file);
    const expected = computed(db);
    const listed = catalogPage(db, {});
    db.close();
    // The store as schema version 50 left it: the same figures, no kept statistics nor folded names.
    const older = new Database(file);
    older.exec('DROP TABLE seriesStats; DROP TABLE catalogSearchText; DROP TABLE releaseYoyPeriods; DROP TABLE releaseDigests');
    older.pragma('user_version = 50');
    older.close();

    const migrated = openStore(file).db;
    expect(migrated.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(kept(migrated)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(50);
    expect(catalogPage(migrated, {})).toEqual(listed);
    // The names folded again on opening (the migration forgot the reference lists' checksum).
    expect(migrated.prepare("SELECT text FROM catalogSearchText WHERE kind = 'geo' AND code = 'P25'").pluck().get()).toContain('phu tho');
    migrated.close();
  });
});
