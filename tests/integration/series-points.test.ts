// figures:points (points-read.ts): what a chart draws of a series. Checked by hand on releases
// written for it (a revision, a more precise restatement, an index and a % change of one comparison,
// two base years, a flagged source), then against what figures:series shows for every series and
// basis of the embedded dataset, today and as of several dates, of each period kind and unit.
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/handlers.js';
import { allSeries, findSeries } from '../../electron/core/catalog/repository.js';
import { openStore, type Store } from '../../electron/core/store.js';
import type { SeriesFigures, SeriesPoints } from '../../electron/shared/contract/figures.js';
import { BASES } from '../../electron/shared/domain.js';
import { PERIOD_KINDS } from '../../electron/shared/period.js';
import { pointFlags } from '../../electron/shared/points-flags.js';
import { call } from '../helpers/staging.js';
import { tempStorePath } from '../helpers/temp.js';
import { manufacturingFigure, writeRelease } from '../helpers/written-release.js';

let store: Store;
let core: Core;

const seriesId = (): number => findSeries(store.db, 'VN', 'C', 'iip')!.id;

/** The points as readable rows: period, value, decimals, unit, status, base year, revised. */
const rows = (p: SeriesPoints): unknown[][] =>
  p.periods.map((period, i) => {
    const f = pointFlags(p.flags[i]!);
    return [period, p.values[i], p.decimals[i], f.unit, f.status, f.baseYear, f.revised];
  });

/** What figures:series shows, in the same terms (it does not say a point's base year). */
const shownRows = (s: SeriesFigures): unknown[][] => s.points.map((p) => [p.period, p.value, p.decimals, p.unit, p.status, p.revisions.length > 0]);
const withoutBaseYear = (r: unknown[][]): unknown[][] =>
  r.map(([period, value, decimals, unit, status, , revised]) => [period, value, decimals, unit, status, revised]);

beforeAll(() => {
  store = openStore(tempStorePath());
  core = createCore({ db: store.db, storePath: store.path });
  writeRelease(store.db, { name: 'first 2031-03', publishedOn: '2031-04-05', status: 'preliminary' }, [
    manufacturingFigure('2031-03', 'yoy', 'pct', 7.5, 1),
    manufacturingFigure('2031-02', 'yoy', 'index', 106.2, 1),
    manufacturingFigure('2031-01..2031-03', 'yoy', 'pct', 6.9, 1),
    manufacturingFigure('2031-01', 'yoy', 'pct', 5.12, 2, { flags: ['rounded'] }),
    manufacturingFigure('2031-03', 'base', 'index', 120.4, 1, { baseYear: 2020 }),
    manufacturingFigure('2031-03', 'base', 'index', 98.1, 1, { baseYear: 2030 }),
  ]);
  writeRelease(store.db, { name: 'second 2031-03', publishedOn: '2031-05-06', status: 'preliminary' }, [
    // March revised; February restated more precisely; Q1 stated again alike; January alike, unflagged.
    manufacturingFigure('2031-03', 'yoy', 'pct', 8.1, 1, { status: 'official' }),
    manufacturingFigure('2031-02', 'yoy', 'pct', 6.23, 2, { status: 'official' }),
    manufacturingFigure('2031-01..2031-03', 'yoy', 'pct', 6.9, 1),
    manufacturingFigure('2031-01', 'yoy', 'pct', 5.12, 2, { status: 'official' }),
  ]);
});

describe('figures:points', () => {
  it('by hand: the newest value, the most precise agreeing statement, revised where an older one differs; March before Jan–Mar', async () => {
    const points = await call(core.handlers, 'figures:points', { seriesId: seriesId(), basis: 'yoy' });
    expect(rows(points).filter(([period]) => String(period).startsWith('2031'))).toEqual([
      ['2031-01', 5.12, 2, 'pct', 'official', 0, false],
      ['2031-02', 6.23, 2, 'pct', 'official', 0, false],
      ['2031-03', 8.1, 1, 'pct', 'official', 0, true],
      ['2031-01..2031-03', 6.9, 1, 'pct', 'preliminary', 0, false],
    ]);
  });

  it('by hand, as of a day between the releases: the first statements alone, the index shown as a % change', async () => {
    const points = await call(core.handlers, 'figures:points', { seriesId: seriesId(), basis: 'yoy', asOf: '2031-04-20', kind: 'month' });
    expect(rows(points).filter(([period]) => String(period).startsWith('2031'))).toEqual([
      ['2031-01', 5.12, 2, 'pct', 'preliminary', 0, false],
      ['2031-02', 6.2, 1, 'pct', 'preliminary', 0, false],
      ['2031-03', 7.5, 1, 'pct', 'preliminary', 0, false],
    ]);
  });

  it('by hand: two base years are two points, each with its base year', async () => {
    const points = await call(core.handlers, 'figures:points', { seriesId: seriesId(), basis: 'base' });
    expect(rows(points).filter(([period]) => period === '2031-03')).toEqual([
      ['2031-03', 120.4, 1, 'index', 'preliminary', 2020, false],
      ['2031-03', 98.1, 1, 'index', 'preliminary', 2030, false],
    ]);
  });

  it('an unknown series is not found', async () => {
    await expect(call(core.handlers, 'figures:points', { seriesId: 999_999, basis: 'yoy' })).rejects.toThrow(/not-found/);
  });

  it('shows what figures:series shows for every series and basis of the store, today and as of several dates, of each kind and unit', async () => {
    let compared = 0;
    for (const s of allSeries(store.db).values()) {
      for (const basis of BASES) {
        for (const asOf of [undefined, '2019-06-30', '2031-04-20']) {
          const q = { seriesId: s.id, basis, ...(asOf ? { asOf } : {}) };
          const series = await call(core.handlers, 'figures:series', q);
          const points = await call(core.handlers, 'figures:points', q);
          expect(withoutBaseYear(rows(points))).toEqual(shownRows(series));
          compared += points.periods.length;
          if (series.points.length === 0) continue;
          const kind = PERIOD_KINDS[s.id % PERIOD_KINDS.length]!;
          const ofKind = await call(core.handlers, 'figures:points', { ...q, kind });
          expect(withoutBaseYear(rows(ofKind))).toEqual(shownRows({ ...series, points: series.points.filter((p) => p.periodKind === kind) }));
          const unit = series.points[0]!.unit;
          const ofUnit = await call(core.handlers, 'figures:points', { ...q, unit });
          expect(withoutBaseYear(rows(ofUnit))).toEqual(shownRows(await call(core.handlers, 'figures:series', { ...q, unit })));
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
