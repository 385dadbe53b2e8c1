// The store as known on a date, through every read channel a view uses: on an emptied store, a
// release is imported, then a later one that revises it. As of a day between the two, every channel
// answers the first release's values and knows nothing of the second; as of a day before both, nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore, type Core } from '../../electron/core/handlers.js';
import { commitImport } from '../../electron/core/import/pipeline/commit.js';
import { previewImport } from '../../electron/core/import/pipeline/preview.js';
import { openStore, type Store } from '../../electron/core/store.js';
import type { Channel, In, Out } from '../../electron/shared/contract/index.js';
import { runIip } from '../helpers/cli.js';
import { emptyStore } from '../helpers/store.js';
import { tempStorePath } from '../helpers/temp.js';

const HEADER = 'geo,item,measure,period,basis,unit,value,status';
const MARCH = [
  HEADER,
  'VN,TOTAL,iip,2030-01,yoy,pct,6.0,official',
  'VN,TOTAL,iip,2030-02,yoy,pct,7.0,official',
  'VN,TOTAL,iip,2030-03,yoy,pct,7.5,estimate',
  'VN,TOTAL,iip,2030-03,mom,pct,1.2,estimate',
  'VN,C,iip,2030-03,yoy,pct,8.0,estimate',
  'VN,D,iip,2030-03,yoy,pct,5.0,estimate',
].join('\n');
/** Revises March (7.5 → 8.1, C 8.0 → 8.6) and adds April. */
const APRIL = [
  HEADER,
  'VN,TOTAL,iip,2030-03,yoy,pct,8.1,preliminary',
  'VN,C,iip,2030-03,yoy,pct,8.6,preliminary',
  'VN,TOTAL,iip,2030-04,yoy,pct,9.0,estimate',
  'VN,C,iip,2030-04,yoy,pct,9.5,estimate',
].join('\n');

const MARCH_PUBLISHED = '2030-04-05';
const APRIL_PUBLISHED = '2030-05-06';
const BETWEEN = '2030-04-20';
const BEFORE = '2030-04-04';

let store: Store;
let core: Core;

async function importRelease(text: string, name: string, publishedOn: string): Promise<void> {
  const preview = await previewImport(store.db, [{ fileName: `${name}.csv`, bytes: Buffer.from(text, 'utf8') }], { release: { name, publishedOn } });
  expect(preview.errors).toEqual([]);
  commitImport(store.db, preview);
}

async function ask<C extends Channel>(channel: C, input: In<C>): Promise<Out<C>> {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as Out<C>;
}

beforeAll(async () => {
  store = openStore(tempStorePath());
  emptyStore(store.db);
  core = createCore({ db: store.db, storePath: store.path });
  await importRelease(MARCH, 'March 2030', MARCH_PUBLISHED);
  await importRelease(APRIL, 'April 2030', APRIL_PUBLISHED);
});

afterAll(() => {
  core.close();
  store.db.close();
});

const total = { geo: 'VN', item: 'TOTAL' };

async function totalSeriesId(): Promise<number> {
  const { groups } = await ask('catalog:list', {});
  return groups.find((g) => g.key === 'total')!.series.find((s) => s.measure === 'iip')!.id;
}

describe('the store as of a date', () => {
  it('without a date, shows the revision and the later month (the baseline the dated answers differ from)', async () => {
    const series = await ask('figures:series', { seriesId: await totalSeriesId(), basis: 'yoy' });
    expect(series.points.map((p) => [p.period, p.value])).toEqual([
      ['2030-01', 6],
      ['2030-02', 7],
      ['2030-03', 8.1],
      ['2030-04', 9],
    ]);
    expect((await ask('latest:summary', {})).period).toBe('2030-04');
    expect((await ask('releases:list', {})).map((r) => r.name)).toEqual(['April 2030', 'March 2030']);
  });

  it('catalog:list lists the series known then, counted over the figures published by then', async () => {
    const { groups } = await ask('catalog:list', { asOf: BETWEEN });
    const vn = groups.find((g) => g.key === 'total')!.series[0]!;
    expect(vn).toMatchObject({ figureCount: 4, firstPeriod: '2030-01', lastPeriod: '2030-03' });
    expect(groups.find((g) => g.key === 'section')!.series.map((s) => [s.item.code, s.figureCount, s.lastPeriod])).toEqual([
      ['C', 1, '2030-03'],
      ['D', 1, '2030-03'],
    ]);
    expect(await ask('catalog:list', { asOf: BEFORE })).toEqual({ total: 0, counts: [], offset: 0, groups: [] });
    expect((await ask('catalog:list', { search: 'TOTAL', asOf: BEFORE })).groups).toEqual([]);
  });

  it('figures:series gives the first estimate, without the later month or the revision, and describes the series as then', async () => {
    const seriesId = await totalSeriesId();
    const between = await ask('figures:series', { seriesId, basis: 'yoy', asOf: BETWEEN });
    expect(between.points.map((p) => [p.period, p.value, p.status])).toEqual([
      ['2030-01', 6, 'official'],
      ['2030-02', 7, 'official'],
      ['2030-03', 7.5, 'estimate'],
    ]);
    expect(between.points[2]!.revisions).toEqual([]);
    const cited = new Map(between.releases.map((r) => [r.id, r.name]));
    expect(between.points[2]!.sources.map((s) => cited.get(s.releaseId))).toEqual(['March 2030']);
    expect(between.releases.map((r) => r.name)).toEqual(['March 2030']);
    expect(between.series.lastPeriod).toBe('2030-03');
    expect((await ask('figures:series', { seriesId, basis: 'yoy', asOf: BEFORE })).points).toEqual([]);
  });

  it('figures:get and figures:transformed start from the figures known then', async () => {
    expect((await ask('figures:get', { ...total, period: '2030-03', basis: 'yoy', asOf: BETWEEN }))!.value).toBe(7.5);
    expect(await ask('figures:get', { ...total, period: '2030-04', basis: 'yoy', asOf: BETWEEN })).toBeNull();
    expect(await ask('figures:get', { ...total, period: '2030-03', basis: 'yoy', asOf: BEFORE })).toBeNull();

    const seriesId = await totalSeriesId();
    const ma3 = (answer: Out<'figures:transformed'>) => answer.points.find((p) => p.period === '2030-03');
    // (6.0 + 7.0 + 7.5) / 3 = 6.83…, against (6.0 + 7.0 + 8.1) / 3 = 7.03… with the revision
    const between = ma3(await ask('figures:transformed', { seriesId, spec: 'ma3', basis: 'yoy', asOf: BETWEEN }))!;
    expect(between.value).toBeCloseTo(6.83, 1);
    expect(ma3(await ask('figures:transformed', { seriesId, spec: 'ma3', basis: 'yoy' }))!.value).toBeCloseTo(7.03, 1);
    const before = await ask('figures:transformed', { seriesId, spec: 'ma3', basis: 'yoy', asOf: BEFORE });
    expect(before.points.filter((p) => p.value !== null)).toEqual([]);
  });

  it('figures:history and figures:revisions stop at the date: one vintage, no revision yet', async () => {
    const [history] = await ask('figures:history', { ...total, period: '2030-03', basis: 'yoy', asOf: BETWEEN });
    expect(history!.shown).toEqual({ value: 7.5, decimals: 1 });
    expect(history!.vintages.map((v) => [v.releaseName, v.value, v.kind])).toEqual([['March 2030', 7.5, 'first']]);
    const [now] = await ask('figures:history', { ...total, period: '2030-03', basis: 'yoy' });
    expect(now!.vintages.map((v) => [v.releaseName, v.value, v.kind])).toEqual([
      ['March 2030', 7.5, 'first'],
      ['April 2030', 8.1, 'revision'],
    ]);
    expect(await ask('figures:history', { ...total, period: '2030-03', basis: 'yoy', asOf: BEFORE })).toEqual([]);

    const revisions = await ask('figures:revisions', { ...total, basis: 'yoy', asOf: BETWEEN });
    expect(revisions!.periods.map((p) => [p.period, p.first.value, p.latest.value, p.vintages])).toEqual([
      ['2030-01', 6, 6, 1],
      ['2030-02', 7, 7, 1],
      ['2030-03', 7.5, 7.5, 1],
    ]);
    expect(revisions!.meanAbsoluteRevision).toEqual([]);
    expect(await ask('figures:revisions', { ...total, basis: 'yoy', asOf: BEFORE })).toBeNull();
  });

  it('figures:ranking and latest:summary rank and headline what was known then', async () => {
    const ranking = await ask('figures:ranking', { period: '2030-03', basis: 'yoy', group: 'section', asOf: BETWEEN });
    expect(ranking.rows.map((r) => [r.item.code, r.figure.value])).toEqual([
      ['C', 8],
      ['D', 5],
    ]);
    expect((await ask('figures:ranking', { period: '2030-04', basis: 'yoy', group: 'section', asOf: BETWEEN })).rows).toEqual([]);
    expect((await ask('figures:ranking', { period: '2030-03', basis: 'yoy', group: 'section', asOf: BEFORE })).rows).toEqual([]);

    const summary = await ask('latest:summary', { asOf: BETWEEN });
    expect(summary.period).toBe('2030-03');
    expect(summary.periods.map((p) => p.period)).toEqual(['2030-03', '2030-02', '2030-01']);
    expect(summary.headline!.value).toBe(7.5);
    expect(summary.headlineMom!.value).toBe(1.2);
    expect(summary.sections.map((r) => [r.item.code, r.figure.value])).toEqual([
      ['C', 8],
      ['D', 5],
    ]);
    const before = await ask('latest:summary', { asOf: BEFORE });
    expect(before).toMatchObject({ period: '', periods: [], headline: null, sections: [] });
  });

  it('releases:list and releases:changes know only the releases published by then', async () => {
    expect((await ask('releases:list', { asOf: BETWEEN })).map((r) => r.name)).toEqual(['March 2030']);
    expect((await ask('releases:list', { asOf: APRIL_PUBLISHED })).map((r) => r.name)).toEqual(['April 2030', 'March 2030']);
    expect(await ask('releases:list', { asOf: BEFORE })).toEqual([]);
    const changes = await ask('releases:changes', { asOf: BETWEEN });
    expect(changes!.release.name).toBe('March 2030');
    expect(changes!.revised).toEqual([]);
    expect(await ask('releases:changes', { asOf: BEFORE })).toBeNull();
  });

  it('analysis:checks checks the figures known then', async () => {
    const between = await ask('analysis:checks', { asOf: BETWEEN });
    expect(between.asOf).toBe(BETWEEN);
    expect(between.revisions).toEqual([]);
    const now = await ask('analysis:checks', {});
    expect(now.revisions.map((f) => f.figure.period)).toContain('2030-03');
  });

  it('refuses a date that is not a day as bad input', async () => {
    for (const channel of ['catalog:list', 'releases:list', 'latest:summary'] as const) {
      const result = await dispatch(core.handlers, channel, { asOf: '20/04/2030' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('bad-input');
    }
  });

  it('iip series, get and releases take --as-of the same way', async () => {
    const cli = (...args: string[]) => runIip([...args, '--db', store.path]);
    expect(await cli('get', '--geo', 'VN', '--item', 'TOTAL', '--period', '2030-03', '--basis', 'yoy', '--as-of', BETWEEN)).toEqual({
      code: 0,
      out: '7.5',
      err: '',
    });
    expect((await cli('get', '--geo', 'VN', '--item', 'TOTAL', '--period', '2030-03', '--basis', 'yoy')).out).toBe('8.1');
    const series = JSON.parse((await cli('series', '--as-of', BETWEEN, '--json')).out) as { item: { code: string }; lastPeriod: string }[];
    expect(series.map((s) => [s.item.code, s.lastPeriod])).toEqual([
      ['TOTAL', '2030-03'],
      ['C', '2030-03'],
      ['D', '2030-03'],
    ]);
    expect(JSON.parse((await cli('series', '--as-of', BEFORE, '--json')).out)).toEqual([]);
    const releases = JSON.parse((await cli('releases', '--as-of', BETWEEN, '--json')).out) as { name: string }[];
    expect(releases.map((r) => r.name)).toEqual(['March 2030']);
    const bad = await cli('releases', '--as-of', '20/04/2030');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/asOf/);
  });
});
