// The periods each release states (releaseYoyPeriods, kept at write time for the latest-release
// view, issue 14): after seeding, imports through both write paths (a tidy CSV streamed, figures
// written by insertFigures), undos, and a migration of an older store, the table holds exactly what
// the figures give, computed here from scratch, and latest:summary offers the periods it did when
// it read the figures.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/connection.js';
import { SCHEMA_VERSION } from '../../electron/core/db/migrations/index.js';
import { latestPeriods } from '../../electron/core/figures/queries.js';
import { rebuildReleasePeriods } from '../../electron/core/figures/release-periods.js';
import { undoRelease } from '../../electron/core/releases/repository.js';
import { openStore } from '../../electron/core/store.js';
import { comparePeriods, parsePeriod } from '../../electron/shared/period.js';
import { takeBackToVersion } from '../helpers/older-store.js';
import { emptyStore } from '../helpers/store.js';
import { tempStorePath } from '../helpers/temp.js';
import { importTidyLines } from '../helpers/tidy-import.js';
import { writeRelease, yoyEstimate } from '../helpers/written-release.js';

interface PeriodRow {
  releaseId: number;
  period: string;
  headline: number;
  rankable: number;
}

const kept = (db: Db): PeriodRow[] =>
  db.prepare('SELECT releaseId, period, headline, rankable FROM releaseYoyPeriods ORDER BY releaseId, period').all() as PeriodRow[];

/**
 * From every year-on-year figure, in JS: the headline is the country's whole industry (iip); a
 * ranking lists every series but the country's whole industry and sections (its catalog groups 0 and 1).
 */
function fromScratch(db: Db): PeriodRow[] {
  const figures = db
    .prepare(
      `SELECT f.releaseId, f.period, s.geoCode, s.itemCode, s.measure, g.kind AS geoKind, i.kind AS itemKind
         FROM figures f JOIN series s ON s.id = f.seriesId JOIN geos g ON g.code = s.geoCode JOIN items i ON i.code = s.itemCode
        WHERE f.basis = 'yoy'`,
    )
    .all() as { releaseId: number; period: string; geoCode: string; itemCode: string; measure: string; geoKind: string; itemKind: string }[];
  const rows = new Map<string, PeriodRow>();
  for (const f of figures) {
    const key = `${f.releaseId}|${f.period}`;
    const row = rows.get(key) ?? { releaseId: f.releaseId, period: f.period, headline: 0, rankable: 0 };
    if (f.geoCode === 'VN' && f.itemCode === 'TOTAL' && f.measure === 'iip') row.headline = 1;
    if (!(f.geoKind === 'country' && (f.itemKind === 'total' || f.itemKind === 'section'))) row.rankable = 1;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => a.releaseId - b.releaseId || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/** The periods the latest-release view offers, as it found them from the figures before they were kept. */
function offeredFromScratch(db: Db): { period: string; kind: string; rankable: boolean }[] {
  const byPeriod = new Map<string, { headline: boolean; rankable: boolean }>();
  for (const r of fromScratch(db)) {
    const p = byPeriod.get(r.period) ?? { headline: false, rankable: false };
    byPeriod.set(r.period, { headline: p.headline || r.headline === 1, rankable: p.rankable || r.rankable === 1 });
  }
  return [...byPeriod]
    .filter(([, p]) => p.headline || p.rankable)
    .map(([period, p]) => ({ parsed: parsePeriod(period)!, rankable: p.rankable }))
    .sort((a, b) => comparePeriods(b.parsed, a.parsed))
    .map(({ parsed, rankable }) => ({ period: parsed.code, kind: parsed.kind, rankable }));
}

function expectKeptAsComputed(db: Db): void {
  expect(kept(db)).toEqual(fromScratch(db));
  expect(latestPeriods(db)).toEqual(offeredFromScratch(db));
}

describe('the periods kept per release', () => {
  it('are there for every embedded release once the store is seeded', () => {
    const { db } = openStore(tempStorePath());
    expect(kept(db).length).toBeGreaterThan(50);
    expectKeptAsComputed(db);
    // Restated whole (after the catalog's groups change, or figures written past insertFigures): the same.
    db.prepare('DELETE FROM releaseYoyPeriods').run();
    rebuildReleasePeriods(db);
    expectKeptAsComputed(db);
    db.close();
  });

  it('follow imports through both write paths and their undos', async () => {
    const { db } = openStore(tempStorePath());
    emptyStore(db);
    expect(kept(db)).toEqual([]);
    expect(latestPeriods(db)).toEqual([]);

    // The headline for January; mining (a section) alone for February: not offered; a month-on-month figure is no year-on-year one.
    const first = await importTidyLines(
      db,
      ['VN,TOTAL,iip,2030-01,yoy,pct,5.1,estimate', 'VN,B,iip,2030-02,yoy,pct,1.5,estimate', 'VN,TOTAL,iip,2030-03,mom,pct,0.5,estimate'],
      'first.csv',
      '2030-03-06',
    );
    expect(kept(db)).toEqual([
      { releaseId: first, period: '2030-01', headline: 1, rankable: 0 },
      { releaseId: first, period: '2030-02', headline: 0, rankable: 0 },
    ]);
    expect(latestPeriods(db)).toEqual([{ period: '2030-01', kind: 'month', rankable: false }]);
    expectKeptAsComputed(db);

    // From a file on disk (stored by SQL, streamed.ts): a division (ranked) for February as an index, and Phú Thọ's whole industry for Q1.
    const second = await importTidyLines(
      db,
      ['VN,05,iip,2030-02,yoy,index,103.0,estimate', 'P25,TOTAL,iip,2030-01..2030-03,yoy,pct,7.0,estimate'],
      'second.csv',
      '2030-04-06',
      true,
    );
    expect(latestPeriods(db)).toEqual([
      { period: '2030-01..2030-03', kind: 'cumulative', rankable: true },
      { period: '2030-02', kind: 'month', rankable: true },
      { period: '2030-01', kind: 'month', rankable: false },
    ]);
    expectKeptAsComputed(db);

    // Written by insertFigures (press text, workbooks): the headline and a product for March.
    const third = writeRelease(db, { name: 'third', publishedOn: '2030-04-20' }, [
      yoyEstimate('VN', 'TOTAL', '2030-03', 6.0),
      { ...yoyEstimate('VN', 'P-COAL', '2030-03', 2.0), measure: 'output' },
    ]);
    expect(kept(db).filter((r) => r.releaseId === third)).toEqual([{ releaseId: third, period: '2030-03', headline: 1, rankable: 1 }]);
    expectKeptAsComputed(db);

    // As of a date: only the releases published by then.
    expect(latestPeriods(db, '2030-03-31')).toEqual([{ period: '2030-01', kind: 'month', rankable: false }]);

    undoRelease(db, second);
    expect(latestPeriods(db).map((p) => p.period)).toEqual(['2030-03', '2030-01']);
    expectKeptAsComputed(db);
    undoRelease(db, third);
    undoRelease(db, first);
    expect(kept(db)).toEqual([]);
    db.close();
  });

  it('are filled by the migration in a store made before it', () => {
    const file = tempStorePath();
    const { db } = openStore(file);
    writeRelease(db, { name: 'later', publishedOn: '2031-02-06' }, [yoyEstimate('P25', '10', '2031-01', 4.0), yoyEstimate('VN', 'TOTAL', '2031-01', 3.0)]);
    const expected = kept(db);
    const offered = latestPeriods(db);
    db.close();
    takeBackToVersion(file, 100, ['releaseYoyPeriods', 'releaseDigests']);

    const migrated = openStore(file).db;
    expect(migrated.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(kept(migrated)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(50);
    expect(latestPeriods(migrated)).toEqual(offered);
    expect(offered[0]).toEqual({ period: '2031-01', kind: 'month', rankable: true });
    migrated.close();
  });
});
