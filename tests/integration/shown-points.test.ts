// The shown points kept at write time (figures/shown-points.ts, migration 0160): after every way
// figures are written or removed — the embedded dataset's seeding, a release stored figure by figure,
// a tidy CSV committed a figure at a time, a release undone — the kept table holds exactly what
// choosing again from every stored figure gives once the points the write left pending are drained
// (pending-points.ts, migration 0180), and figures:points answers what the choice from the stored
// figures answers for every series and basis, before the drain as after it.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../electron/core/db/connection.js';
import { findSeries } from '../../electron/core/catalog/repository.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore } from '../../electron/core/handlers.js';
import { chosenPoints, keptPoints } from '../../electron/core/figures/points-read.js';
import { drainPendingPoints } from '../../electron/core/figures/pending-points.js';
import { pointsDrain } from '../../electron/core/figures/points-drain.js';
import { keepShownPoints, noteReleasePoints, rebuildShownPoints, restateNotedPoints } from '../../electron/core/figures/shown-points.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { undoRelease } from '../../electron/core/releases/repository.js';
import { openStore, type Store } from '../../electron/core/store.js';
import { BASES, UNITS, type FigureInput } from '../../electron/shared/domain.js';
import { PERIOD_KINDS } from '../../electron/shared/period.js';
import { pointFlags } from '../../electron/shared/points-flags.js';
import { runIip } from '../helpers/cli.js';
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

const POINT = 'seriesId, basis, periodEnd, period, periodKind, periodStart';
const pendingTable = (db: Db): unknown[] => db.prepare(`SELECT ${POINT} FROM pendingPoints ORDER BY seriesId, basis, periodEnd, period`).raw().all();
/** The points a release's figures state, as pendingPoints holds them. */
const releasePoints = (db: Db, releaseId: number): unknown[] =>
  db.prepare(`SELECT DISTINCT ${POINT} FROM figures WHERE releaseId = ? ORDER BY seriesId, basis, periodEnd, period`).raw().all(releaseId);

/** Drains the pending points a series at a time (the smallest transactions); returns the transactions it took. */
function drain(db: Db): number {
  let steps = 1;
  while (drainPendingPoints(db, 1) > 0) steps++;
  expect(pendingTable(db)).toEqual([]);
  return steps;
}

/**
 * A write just done, its points pending: they are exactly `points`, figures:points answers the
 * choice from the figures for every series and basis; drained, the kept table is the rebuilt one.
 */
function expectPendingThenDrained(db: Db, points: unknown[]): void {
  expect(points.length).toBeGreaterThan(0);
  expect(pendingTable(db)).toEqual(points);
  expectKeptAsChosen(db);
  drain(db);
  expect(keptTable(db)).toEqual(rebuiltTable(db));
  expectKeptAsChosen(db);
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
    const first = storeRelease('first', '2031-04-05', [vnC('2031-03', 7.5), vnC('2031-02', 6.2)]);
    expect(march()).toEqual([7.5, false]);
    expectPendingThenDrained(store.db, releasePoints(store.db, first));
    const second = storeRelease('second', '2031-05-06', [vnC('2031-03', 8.1), vnC('2031-02', 6.23, { decimals: 2 })]);
    // pending, the read chooses from the figures: the revision shows at once
    expect(march()).toEqual([8.1, true]);
    expectPendingThenDrained(store.db, releasePoints(store.db, second));
    expect(march()).toEqual([8.1, true]);
    // the same release's points restated the way a large release's are (those stated once by SQL): the same table
    const kept = keptTable(store.db);
    store.db.transaction(() => keepShownPoints(store.db, second, 0))();
    expect(keptTable(store.db)).toEqual(kept);
    store.db.transaction(() => {
      noteReleasePoints(store.db, second);
      restateNotedPoints(store.db, true, 0);
    })();
    expect(keptTable(store.db)).toEqual(kept);

    const secondPoints = releasePoints(store.db, second);
    expect(undoRelease(store.db, second)).toBe(true);
    expect(march()).toEqual([7.5, false]);
    expectPendingThenDrained(store.db, secondPoints);
    const firstPoints = releasePoints(store.db, first);
    expect(undoRelease(store.db, first)).toBe(true);
    expect(march()).toBeUndefined();
    expectPendingThenDrained(store.db, firstPoints);
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
    const committed = releasePoints(store.db, releases[0]!.id);
    expect(committed).toHaveLength(3);
    expectPendingThenDrained(store.db, committed);
    const points = keptPoints(store.db, findSeries(store.db, 'VN', 'C', 'iip')!.id, 'yoy', undefined, 'month');
    expect(points.values[points.periods.indexOf('2031-06')]).toBe(4.25);
    const total = keptPoints(store.db, findSeries(store.db, 'VN', 'TOTAL', 'iip')!.id, 'yoy', 'pct', 'month');
    const december = total.periods.indexOf('2024-12');
    expect([total.values[december], pointFlags(total.flags[december]!).revised]).toEqual([99.9, true]);
    expectKeptAsChosen(store.db);

    expect(undoRelease(store.db, releases[0]!.id)).toBe(true);
    expectPendingThenDrained(store.db, committed);
  });

  it('the core restates the points after a write channel answers, a transaction a turn', async () => {
    const core = createCore({ db: store.db, storePath: store.path });
    try {
      const id = storeRelease('through the core', '2034-01-02', [vnC('2033-12', 2.5)]);
      drain(store.db);
      const points = releasePoints(store.db, id);
      expect(await dispatch(core.handlers, 'releases:undo', { releaseId: id })).toMatchObject({ ok: true });
      for (let turns = 0; pendingTable(store.db).length > 0 && turns < 100; turns++) await new Promise((resolve) => setImmediate(resolve));
      expect(pendingTable(store.db)).toEqual([]);
      expect(points).toHaveLength(1);
      expect(keptTable(store.db)).toEqual(rebuiltTable(store.db));
    } finally {
      core.close();
    }
  });

  it('the iip command restates the points of a release it imported or undid before it exits', async () => {
    const file = tempStorePath();
    const csv = path.join(tempDir(), 'cli.csv');
    fs.writeFileSync(
      csv,
      'geo,item,measure,period,basis,unit,value,status\nVN,C,iip,2033-01,yoy,pct,4.4,official\nVN,TOTAL,iip,2024-12,yoy,pct,98.7,official\n',
    );
    const afterwards = (): void => {
      const { db } = openStore(file);
      try {
        expect(pendingTable(db)).toEqual([]);
        expect(keptTable(db)).toEqual(rebuiltTable(db));
      } finally {
        db.close();
      }
    };
    const imported = await runIip(['import', csv, '--name', 'By the CLI', '--publisher', 'Test', '--published', '2033-02-03', '--json', '--db', file]);
    expect(imported.code, imported.err).toBe(0);
    afterwards();
    const { db } = openStore(file);
    const id = db.prepare("SELECT id FROM releases WHERE name = 'By the CLI'").pluck().get() as number;
    db.close();
    const undone = await runIip(['undo', String(id), '--db', file]);
    expect(undone.code, undone.err).toBe(0);
    afterwards();
  });

  it('a drain cut short leaves a sound store: a transaction failing midway changes nothing, one stopped between transactions goes on at the next open', async () => {
    const file = tempStorePath();
    let db = openStore(file).db;
    const releases = ['a', 'b'].map((name, i) =>
      writeRelease(db, { name, publishedOn: `2032-0${i + 2}-05`, status: 'official' }, [
        vnC('2031-03', 5 + i),
        manufacturingFigure('2031-03', 'yoy', 'index', 104 + i, 1, { geo: 'P01', status: 'official' }),
        manufacturingFigure('2031-04', 'mom', 'pct', 1.5 + i, 1, { status: 'official' }),
      ]),
    );
    // both releases state the same three points of two series: each noted once
    const pending = pendingTable(db);
    expect(pending).toHaveLength(3);
    expect(pending).toEqual(releasePoints(db, releases[0]!));
    expect(pending).toEqual(releasePoints(db, releases[1]!));
    const keptBefore = keptTable(db);
    expect(keptBefore).not.toEqual(rebuiltTable(db));

    // killed inside a drain's transaction (its first put refused): rolled back whole
    db.exec("CREATE TEMP TRIGGER killed AFTER INSERT ON main.shownPoints BEGIN SELECT RAISE(ABORT, 'killed'); END");
    expect(() => drainPendingPoints(db, 1)).toThrow('killed');
    db.exec('DROP TRIGGER temp.killed');
    expect(pendingTable(db)).toEqual(pending);
    expect(keptTable(db)).toEqual(keptBefore);
    expectKeptAsChosen(db);

    // stopped between two transactions: the first series restated, the rest still pending, across a reopening
    expect(drainPendingPoints(db, 1)).toBeGreaterThan(0);
    const left = pendingTable(db);
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThan(pending.length);
    db.close();
    db = openStore(file).db;
    expect(pendingTable(db)).toEqual(left);
    expectKeptAsChosen(db);
    // the store process drains what it finds pending when it opens the store, a transaction a turn
    const drainer = pointsDrain(db);
    for (let turns = 0; pendingTable(db).length > 0 && turns < 100; turns++) await new Promise((resolve) => setImmediate(resolve));
    drainer.close();
    expect(pendingTable(db)).toEqual([]);
    expect(keptTable(db)).toEqual(rebuiltTable(db));
    db.close();
  });
});
