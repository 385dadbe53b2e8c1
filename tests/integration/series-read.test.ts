// The series read of figures:series (series-read.ts) shows what chooseShown shows for every figure:
// checked by hand on releases written for it (a revision, a more precise restatement, an index and
// a % change of one comparison, flags and notes, two base years), then against the general path
// (every candidate joined with its release, grouped, chosen) for every series of the embedded
// dataset, today and as of several dates.
import { beforeAll, describe, expect, it } from 'vitest';
import type { FigureValue } from '../../electron/shared/contract/figures.js';
import { BASES, type Basis } from '../../electron/shared/domain.js';
import { comparePeriods, parsePeriod } from '../../electron/shared/period.js';
import { allSeries, findSeries, type SeriesRow } from '../../electron/core/catalog/repository.js';
import { candidatesForSeries } from '../../electron/core/figures/repository.js';
import { chooseShown, groupCandidates } from '../../electron/core/figures/select.js';
import { seriesFigures } from '../../electron/core/figures/queries.js';
import { shownSeries } from '../../electron/core/figures/series-read.js';
import { figuresOfSeries } from '../../electron/shared/series-points.js';
import { openStore, type Store } from '../../electron/core/store.js';
import { tempStorePath } from '../helpers/temp.js';
import { manufacturingFigure, writeRelease } from '../helpers/written-release.js';

let store: Store;

/** The general path: every candidate with its release, grouped and chosen, by period. */
function generalPath(series: SeriesRow, basis: Basis, asOf?: string): FigureValue[] {
  const codes = { geo: series.geoCode, item: series.itemCode, measure: series.measure };
  return groupCandidates(candidatesForSeries(store.db, series.id, basis, asOf))
    .map((group) => chooseShown(group, codes))
    .sort((a, b) => comparePeriods(parsePeriod(a.period)!, parsePeriod(b.period)!));
}

const series = (): SeriesRow => findSeries(store.db, 'VN', 'C', 'iip')!;
const at = (points: FigureValue[], period: string, unit?: string): FigureValue[] => points.filter((p) => p.period === period && (!unit || p.unit === unit));

beforeAll(() => {
  store = openStore(tempStorePath());
  writeRelease(store.db, { name: 'first 2031-03', publishedOn: '2031-04-05', status: 'preliminary' }, [
    manufacturingFigure('2031-03', 'yoy', 'pct', 7.5, 1, { quote: 'tăng 7,5%', location: 'p. 2', flags: ['rounded', 'rounded'] }),
    manufacturingFigure('2031-02', 'yoy', 'index', 106.2, 1, { note: 'ước tính' }),
    manufacturingFigure('2031-01..2031-03', 'yoy', 'pct', 6.9, 1, { statedPeriod: 'Quý I' }),
    manufacturingFigure('2031-03', 'base', 'index', 120.4, 1, { baseYear: 2020 }),
    manufacturingFigure('2031-03', 'base', 'index', 98.1, 1, { baseYear: 2030 }),
  ]);
  writeRelease(store.db, { name: 'second 2031-03', publishedOn: '2031-05-06', status: 'preliminary' }, [
    // March revised; February restated more precisely; Q1 cumulative stated again alike.
    manufacturingFigure('2031-03', 'yoy', 'pct', 8.1, 1, { status: 'official' }),
    manufacturingFigure('2031-02', 'yoy', 'pct', 6.23, 2),
    manufacturingFigure('2031-01..2031-03', 'yoy', 'pct', 6.9, 1),
  ]);
});

describe('the series read of figures:series', () => {
  it('a revised figure: the newest value shown, the first kept as its revision, both as sources', () => {
    const [march] = at(shownSeries(store.db, series(), 'yoy'), '2031-03');
    expect(march).toMatchObject({
      value: 8.1,
      status: 'official',
      flags: ['rounded'],
      revisions: [{ value: 7.5, decimals: 1, publishedOn: '2031-04-05', releaseName: 'first 2031-03' }],
    });
    expect(march!.sources.map((s) => [s.releaseName, s.value, s.quote])).toEqual([
      ['second 2031-03', 8.1, null],
      ['first 2031-03', 7.5, 'tăng 7,5%'],
    ]);
  });

  it('as of a day between the releases: the first value alone, with its quote, location, flags once and no revision', () => {
    const [march] = at(shownSeries(store.db, series(), 'yoy', '2031-04-20'), '2031-03');
    expect(march).toMatchObject({ value: 7.5, decimals: 1, flags: ['rounded'], revisions: [], status: 'preliminary' });
    expect(march!.sources).toEqual([
      {
        releaseId: expect.any(Number),
        releaseName: 'first 2031-03',
        publisher: 'Test',
        publishedOn: '2031-04-05',
        publishedOnNote: null,
        status: 'preliminary',
        sourceFile: 'first 2031-03.csv',
        quote: 'tăng 7,5%',
        location: 'p. 2',
        value: 7.5,
        decimals: 1,
        unit: 'pct',
        statedPeriod: null,
        flags: ['rounded', 'rounded'],
        note: null,
      },
    ]);
  });

  it('an index and a more precise % change of one comparison are one figure: 106.2 is 6.2 %, 6.23 is shown', () => {
    const february = at(shownSeries(store.db, series(), 'yoy'), '2031-02');
    expect(february.map((f) => [f.value, f.decimals, f.unit, f.derived, f.note, f.revisions.length])).toEqual([[6.23, 2, 'pct', false, 'ước tính', 0]]);
    const before = at(shownSeries(store.db, series(), 'yoy', '2031-04-30'), '2031-02');
    expect(before.map((f) => [f.value, f.decimals, f.unit, f.derived])).toEqual([[6.2, 1, 'pct', true]]);
  });

  it('two base years are two figures; periods in order, March before Jan–Mar', () => {
    expect(shownSeries(store.db, series(), 'base').map((f) => f.value)).toEqual([120.4, 98.1]);
    const yoy = shownSeries(store.db, series(), 'yoy').filter((f) => f.period.startsWith('2031'));
    expect(yoy.map((f) => f.period)).toEqual(['2031-02', '2031-03', '2031-01..2031-03']);
    expect(at(yoy, '2031-01..2031-03')[0]).toMatchObject({ statedPeriod: 'Quý I', periodKind: 'cumulative', periodStart: '2031-01', periodEnd: '2031-03' });
  });

  it('answers as the general path does for every series and basis of the store, today and as of several dates', () => {
    let compared = 0;
    for (const s of allSeries(store.db).values()) {
      for (const basis of BASES) {
        for (const asOf of [undefined, '2019-06-30', '2024-12-31', '2031-04-20']) {
          const expected = generalPath(s, basis, asOf);
          expect(shownSeries(store.db, s, basis, asOf)).toEqual(expected);
          compared += expected.length;
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });

  it('answers figures:series lean: each cited release once, by id, and no other; expanded, the same figures as the general path', () => {
    const answer = seriesFigures(store.db, series().id, 'yoy');
    const cited = new Set(answer.points.flatMap((p) => [...p.sources.map((s) => s.releaseId), ...p.revisions.map((r) => r.releaseId)]));
    // The embedded releases, then the two written here (by id).
    expect(answer.releases.map((r) => r.name).slice(-2)).toEqual(['first 2031-03', 'second 2031-03']);
    expect(answer.releases.map((r) => r.id)).toEqual([...cited].sort((a, b) => a - b));
    // The revised March: the newest shown, the first estimate its revision, both releases its sources (by id).
    const [march] = answer.points.filter((p) => p.period === '2031-03');
    const [first, second] = answer.releases.slice(-2);
    expect(march!.sources.map((s) => [s.releaseId, s.value])).toEqual([
      [second!.id, 8.1],
      [first!.id, 7.5],
    ]);
    expect(march!.revisions).toEqual([{ value: 7.5, decimals: 1, releaseId: first!.id }]);
    expect(Object.keys(march!)).not.toContain('seriesId');
    expect(Object.keys(march!.sources[0]!)).not.toContain('releaseName');
    expect(figuresOfSeries(answer)).toEqual(generalPath(series(), 'yoy'));
    // Of one unit: only the releases its points cite.
    const indexOnly = seriesFigures(store.db, series().id, 'yoy', undefined, 'pct');
    expect(figuresOfSeries(indexOnly)).toEqual(generalPath(series(), 'yoy').filter((f) => f.unit === 'pct'));
    const asOfFirst = seriesFigures(store.db, series().id, 'yoy', '2031-04-30');
    expect(asOfFirst.releases.map((r) => r.name).filter((name) => name.includes('2031'))).toEqual(['first 2031-03']);
  });
});
