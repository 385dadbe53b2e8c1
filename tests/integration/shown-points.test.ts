// The shown points kept at write time (figures/shown-points.ts, migration 0160): after every way
// figures are written or removed — the embedded dataset's seeding, a release stored figure by figure,
// a tidy CSV committed a figure at a time, a release undone — the kept table holds exactly what
// choosing again from every stored figure gives, and figures:points (the kept table) answers what
// the choice from the stored figures answers for every series and basis.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/connection.js';
import { findSeries } from '../../electron/core/catalog/repository.js';
import { chosenPoints, keptPoints } from '../../electron/core/figures/points-read.js';
import { keepShownPoints, noteReleasePoints, rebuildShownPoints, restateNotedPoints } from '../../electron/core/figures/shown-points.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { undoRelease } from '../../electron/core/releases/repository.js';
import { openStore, type Store } from '../../electron/core/store.js';
import { BASES, UNITS, type FigureInput } from '../../electron/shared/domain.js';
import { PERIOD_KINDS } from '../../electron/shared/period.js';
import { pointFlags } from '../../electron/shared/points-flags.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';
import { manufacturingFigure, writeRelease } from '../helpers/written-release.js';

let store: Store;

const keptTable = (db: Db): unknown[] => db.prepare('SELECT * FROM shownPoints ORDER BY seriesId, basis, endMonth, span, periodKind, figure').raw().all();

/** The table as choosing again from every stored figure makes it (rolled back: the store is left as it was). */
function rebuiltTable(db: Db): unknown[] {
  let rows: unknown[] = [];
  try {
    db.transaction(() => {
      rebuildShownPoints(db);
      rows = keptTable(db);
      throw new Error('roll back');
    })();
  } catch (error) {
    if ((error as Error).message !== 'roll back') throw error;
  }
  return rows;
}

const seriesIds = (db: Db): number[] => db.prepare('SELECT DISTINCT seriesId FROM figures ORDER BY seriesId').pluck().all() as number[];

/** Every series and basis (and, for some, each period kind and unit): the kept points against the points chosen from the figures. */
function expectKeptAsChosen(db: Db): number {
  let compared = 0;
  for (const seriesId of seriesIds(db))
    for (const basis of BASES) {
      const kept = keptPoints(db, seriesId, basis);
      expect(kept, `series ${seriesId} ${basis}`).toEqual(chosenPoints(db, seriesId, basis, undefined));
      compared += kept.periods.length;
      if (seriesId % 7 !== 0) continue;
      for (const kind of PERIOD_KINDS)
        expect(keptPoints(db, seriesId, basis, undefined, kind)).toEqual(chosenPoints(db, seriesId, basis, undefined, undefined, kind));
      for (const unit of UNITS) expect(keptPoints(db, seriesId, basis, unit)).toEqual(chosenPoints(db, seriesId, basis, undefined, unit));
    }
  return compared;
}

/** An official year-on-year % change of the country's manufacturing. */
const vnC = (period: string, value: number, more: Partial<FigureInput> = {}): FigureInput =>
  manufacturingFigure(period, 'yoy', 'pct', value, more.decimals ?? 1, { status: 'official', ...more });

const storeRelease = (name: string, publishedOn: string, figures: FigureInput[]): number =>
  writeRelease(store.db, { name, publishedOn, status: 'official' }, figures);

/** The kept March 2031 point of VN/C year on year, as [value, revised]. */
function march(): [number, boolean] | undefined {
  const points = keptPoints(store.db, findSeries(store.db, 'VN', 'C', 'iip')!.id, 'yoy', undefined, 'month');
  const at = points.periods.indexOf('2031-03');
  return at < 0 ? undefined : [points.values[at]!, pointFlags(points.flags[at]!).revised];
}

beforeAll(() => {
  store = openStore(tempStorePath());
});

describe('the shown points kept at write time', () => {
  it('seeded: the embedded dataset’s points are kept, as choosing from every figure gives them', () => {
    const kept = keptTable(store.db);
    expect(kept.length).toBeGreaterThan(1000);
    expect(kept).toEqual(rebuiltTable(store.db));
    expect(expectKeptAsChosen(store.db)).toBe(kept.length);
  });

  it('a release stored, revising one, then a newer one undone: the revised point shows, then the earlier one again', () => {
    const before = keptTable(store.db);
    storeRelease('first', '2031-04-05', [vnC('2031-03', 7.5), vnC('2031-02', 6.2)]);
    expect(march()).toEqual([7.5, false]);
    const second = storeRelease('second', '2031-05-06', [vnC('2031-03', 8.1), vnC('2031-02', 6.23, { decimals: 2 })]);
    expect(march()).toEqual([8.1, true]);
    expect(keptTable(store.db)).toEqual(rebuiltTable(store.db));
    // the same release's points restated the way a large release's are (those stated once by SQL): the same table
    const kept = keptTable(store.db);
    store.db.transaction(() => keepShownPoints(store.db, second, 0))();
    expect(keptTable(store.db)).toEqual(kept);
    store.db.transaction(() => {
      noteReleasePoints(store.db, second);
      restateNotedPoints(store.db, true, 0);
    })();
    expect(keptTable(store.db)).toEqual(kept);

    expect(undoRelease(store.db, second)).toBe(true);
    expect(march()).toEqual([7.5, false]);
    expect(keptTable(store.db)).toEqual(rebuiltTable(store.db));
    const first = store.db.prepare("SELECT id FROM releases WHERE name = 'first'").pluck().get() as number;
    expect(undoRelease(store.db, first)).toBe(true);
    expect(march()).toBeUndefined();
    expect(keptTable(store.db)).toEqual(before);
  });

  it('a tidy CSV committed a figure at a time: its new points and the ones it restates are kept', async () => {
    const file = path.join(tempDir(), 'restating.csv');
    fs.writeFileSync(
      file,
      [
        'geo,item,measure,period,basis,unit,value,status',
        // an index of a change is shown as a % change; a point of the embedded dataset restated
        'VN,C,iip,2031-06,yoy,index,104.25,official',
        'VN,C,iip,2031-07,yoy,pct,3.9,preliminary',
        'VN,TOTAL,iip,2024-12,yoy,pct,99.9,official',
      ].join('\n') + '\n',
    );
    const preview = await previewImport(store.db, [{ fileName: 'restating.csv', path: file }]);
    expect(preview.errors).toEqual([]);
    const { releases } = commitImport(store.db, preview);
    expect(releases).toHaveLength(1);
    expect(keptTable(store.db)).toEqual(rebuiltTable(store.db));
    const points = keptPoints(store.db, findSeries(store.db, 'VN', 'C', 'iip')!.id, 'yoy', undefined, 'month');
    expect(points.values[points.periods.indexOf('2031-06')]).toBe(4.25);
    const total = keptPoints(store.db, findSeries(store.db, 'VN', 'TOTAL', 'iip')!.id, 'yoy', 'pct', 'month');
    const december = total.periods.indexOf('2024-12');
    expect([total.values[december], pointFlags(total.flags[december]!).revised]).toEqual([99.9, true]);
    expectKeptAsChosen(store.db);

    expect(undoRelease(store.db, releases[0]!.id)).toBe(true);
    expect(keptTable(store.db)).toEqual(rebuiltTable(store.db));
  });
});
