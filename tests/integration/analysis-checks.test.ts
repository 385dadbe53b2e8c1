// Consistency checks on real stores: tidy CSVs imported through `iip import` into a store emptied of
// the embedded history (its releases removed, as a user would), with one inconsistency of each kind
// planted, or none; then `iip check --consistency` and the analysis:checks channel.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore } from '../../electron/core/handlers.js';
import { listReleases, undoRelease } from '../../electron/core/releases/repository.js';
import { openStore } from '../../electron/core/store.js';
import { checksReportSchema, type ChecksReport } from '../../electron/shared/contract/analysis.js';
import { contract } from '../../electron/shared/contract/index.js';
import { runIip } from '../helpers/cli.js';
import { emptyStorePath } from '../helpers/store.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

const HEADER = 'geo,item,measure,period,basis,unit,value,status';

/** Last year's month-on-month changes: levels 1, 0.9, 1.08 (February −10 %, March +20 %). */
const LAST_YEAR = [HEADER, 'VN,TOTAL,iip,2023-02,mom,pct,-10.0,official', 'VN,TOTAL,iip,2023-03,mom,pct,20.0,official'];

interface Planted {
  /** January–March on a year earlier; from its months: (110 + 99 + 129.6) / 2.98 → +13.62 %. */
  ytd: string;
  /** March on February; from the year-on-year changes: 120 × 120 / 110 → +30.9 %. */
  mom: string;
  /** Manufacturing's contribution; the sections add up to 13.6 with 12.0. */
  contribution: string;
  /** Coal, January–March; its months add up to 600.0. */
  coal: string;
  /** A newspaper's March year-on-year change; the statistics office's is 20.0. */
  newspaper: string;
}

const CONSISTENT: Planted = { ytd: '13.6', mom: '30.9', contribution: '12.0', coal: '600.0', newspaper: '20' };
const INCONSISTENT: Planted = { ytd: '14.2', mom: '28.0', contribution: '11.0', coal: '610.0', newspaper: '21.5' };

const march = (p: Planted): string[] => [
  HEADER,
  'VN,TOTAL,iip,2024-01,yoy,pct,10.0,estimate',
  'VN,TOTAL,iip,2024-02,yoy,pct,10.0,estimate',
  'VN,TOTAL,iip,2024-03,yoy,pct,20.0,estimate',
  'VN,TOTAL,iip,2024-02,mom,pct,-10.0,estimate',
  `VN,TOTAL,iip,2024-03,mom,pct,${p.mom},estimate`,
  `VN,TOTAL,iip,2024-01..2024-03,yoy,pct,${p.ytd},estimate`,
  'VN,B,contribution,2024-01..2024-03,yoy,pp,0.5,estimate',
  `VN,C,contribution,2024-01..2024-03,yoy,pp,${p.contribution},estimate`,
  'VN,D,contribution,2024-01..2024-03,yoy,pp,1.0,estimate',
  'VN,E,contribution,2024-01..2024-03,yoy,pp,0.1,estimate',
  'VN,P-COAL,output,2024-01,level,qty,100.0,estimate',
  'VN,P-COAL,output,2024-02,level,qty,200.0,estimate',
  'VN,P-COAL,output,2024-03,level,qty,300.0,estimate',
  `VN,P-COAL,output,2024-01..2024-03,level,qty,${p.coal},estimate`,
];

/** The statistics office's next release revises February: information, never a failure. */
const APRIL = [HEADER, 'VN,TOTAL,iip,2024-02,yoy,pct,10.4,official'];
const newspaper = (p: Planted): string[] => [HEADER, `VN,TOTAL,iip,2024-03,yoy,pct,${p.newspaper},estimate`];

const GSO = 'General Statistics Office';

/** A store holding only the fixture's releases; their ids by name. */
async function fixtureStore(p: Planted): Promise<{ db: string; ids: Record<'lastYear' | 'march' | 'april' | 'newspaper', number> }> {
  const db = emptyStorePath();
  const dir = tempDir();
  const files: [keyof Awaited<ReturnType<typeof fixtureStore>>['ids'], string[], string, string][] = [
    ['lastYear', LAST_YEAR, GSO, '2023-12-29'],
    ['march', march(p), GSO, '2024-03-29'],
    ['april', APRIL, GSO, '2024-04-29'],
    ['newspaper', newspaper(p), 'Example Daily, citing the Ministry of Industry and Trade', '2024-04-02'],
  ];
  const ids = {} as Record<(typeof files)[number][0], number>;
  for (const [name, lines, publisher, published] of files) {
    const file = path.join(dir, `${name}.csv`);
    fs.writeFileSync(file, lines.join('\n') + '\n');
    const run = await runIip(['import', file, '--name', name, '--publisher', publisher, '--published', published, '--json', '--db', db]);
    expect(run.code, run.err).toBe(0);
  }
  const again = openStore(db);
  for (const r of listReleases(again.db)) ids[r.name as keyof typeof ids] = r.id;
  again.db.close();
  return { db, ids };
}

async function checkJson(args: string[]): Promise<{ code: number; report: ChecksReport }> {
  const run = await runIip(['check', '--consistency', '--json', ...args]);
  expect(run.err).toBe('');
  return { code: run.code, report: checksReportSchema.parse(JSON.parse(run.out)) };
}

describe('iip check --consistency', () => {
  it('finds nothing in a consistent store and exits 0, listing the revision as information', async () => {
    const { db } = await fixtureStore(CONSISTENT);
    const { code, report } = await checkJson(['--db', db]);
    expect(report.inconsistencies).toEqual([]);
    expect(code).toBe(0);
    expect(report.revisions).toHaveLength(1);
    expect(report.revisions[0]).toMatchObject({ kind: 'revision-vs-first-estimate', figure: { period: '2024-02', basis: 'yoy' }, stated: { value: 10.4 } });
    expect(report.revisions[0]!.gap).toBeCloseTo(0.4, 9);
    const s = report.summary.byKind;
    expect(s['ytd-vs-months']).toMatchObject({ checked: 2, found: 0 });
    expect(s['mom-vs-yoy']).toMatchObject({ checked: 2, found: 0, notCheckable: 2, notCheckableBy: { 'missing-change': 2 } });
    expect(s['contributions-vs-total']).toMatchObject({ checked: 1, found: 0 });
    expect(s['sources-disagree']).toMatchObject({ checked: 1, found: 0 });

    const text = await runIip(['check', '--consistency', '--db', db]);
    expect(text.code).toBe(0);
    expect(text.out).toContain('No inconsistencies beyond rounding.');
    expect(text.out).toMatch(/1 revisions of first estimates \(information, not failures\)/);
  });

  it('finds one planted inconsistency of each kind, with both values, sources, gap and tolerance, and exits 1', async () => {
    const { db, ids } = await fixtureStore(INCONSISTENT);
    const { code, report } = await checkJson(['--db', db]);
    expect(code).toBe(1);
    const byKind = Object.fromEntries(report.inconsistencies.map((f) => [f.kind === 'ytd-vs-months' ? `${f.kind}:${f.figure.measure}` : f.kind, f]));
    expect(Object.keys(byKind).sort()).toEqual(['contributions-vs-total', 'mom-vs-yoy', 'sources-disagree', 'ytd-vs-months:iip', 'ytd-vs-months:output']);
    expect(report.inconsistencies).toHaveLength(5);

    const ytd = byKind['ytd-vs-months:iip']!;
    expect(ytd.figure).toMatchObject({ geo: { code: 'VN' }, item: { code: 'TOTAL' }, measure: 'iip', period: '2024-01..2024-03', basis: 'yoy', unit: 'pct' });
    expect(ytd.stated).toMatchObject({ origin: 'stated', value: 14.2, sources: [{ releaseId: ids.march, publisher: GSO, publishedOn: '2024-03-29' }] });
    expect(ytd.against).toMatchObject({ origin: 'computed', method: 'weighted-months' });
    expect(ytd.against.sources).toHaveLength(5);
    expect(ytd.gap).toBeCloseTo(14.2 - (338.6 / 2.98 - 100), 6);
    expect(ytd.tolerance).toBeCloseTo(0.05 + 0.05 + 0.05 * (0.013513 + 0.019256), 5);

    const coal = byKind['ytd-vs-months:output']!;
    expect(coal).toMatchObject({ figure: { item: { code: 'P-COAL' }, unit: 'qty' }, stated: { value: 610 }, against: { value: 600, method: 'sum-of-months' } });
    expect(coal.gap).toBeCloseTo(10, 9);
    expect(coal.tolerance).toBeCloseTo(0.2, 9);

    const mom = byKind['mom-vs-yoy']!;
    expect(mom).toMatchObject({ figure: { period: '2024-03', basis: 'mom' }, stated: { value: 28 }, against: { value: 30.9, method: 'chained-yoy' } });
    expect(mom.gap).toBeCloseTo(128 - 14400 / 110, 6);

    const contributions = byKind['contributions-vs-total']!;
    expect(contributions).toMatchObject({ figure: { item: { code: 'TOTAL' } }, stated: { value: 14.2 }, against: { value: 12.6 } });
    expect(contributions.against.sources.map((s) => s.figure.item.code)).toEqual(['B', 'C', 'D', 'E']);
    expect(contributions.gap).toBeCloseTo(1.6, 9);
    expect(contributions.tolerance).toBeCloseTo(0.25, 9);

    const sources = byKind['sources-disagree']!;
    expect(sources.stated.sources[0]).toMatchObject({ releaseId: ids.newspaper, publisher: 'Example Daily, citing the Ministry of Industry and Trade' });
    expect(sources.against.sources[0]).toMatchObject({ releaseId: ids.march, publisher: GSO, value: 20 });
    expect(sources.gap).toBeCloseTo(1.5, 9);
    expect(sources.tolerance).toBeCloseTo(0.1, 9);
    expect(sources.message.en).toContain('Example Daily');
    expect(sources.message.vi).toContain('công bố');

    // The revision by the same publisher is no disagreement.
    expect(report.revisions.map((r) => r.figure.period)).toEqual(['2024-02']);

    const text = await runIip(['check', '--consistency', '--db', db]);
    expect(text.code).toBe(1);
    expect(text.out).toContain('5 inconsistencies beyond rounding:');
    expect(text.out).toMatch(
      /^ytd-vs-months {2}VN P-COAL output 2024-01..2024-03 level: 610\.0 \(release \d+ 'march', 2024-03-29, row 15\) vs 600\.0 \(sum-of-months of 3 figures from release \d+\); gap \+10\.0/m,
    );
    expect(text.out).toMatch(/^sources-disagree {2}VN TOTAL iip 2024-03 yoy pct: 21\.5 .* vs 20\.0 .*; gap \+1\.5/m);
  });

  it('--release limits the checks to the figures that release states', async () => {
    const { db, ids } = await fixtureStore(INCONSISTENT);
    const news = await checkJson(['--db', db, '--release', String(ids.newspaper)]);
    expect(news.code).toBe(1);
    expect(news.report.releaseId).toBe(ids.newspaper);
    expect(news.report.inconsistencies.map((f) => f.kind)).toEqual(['sources-disagree']);
    expect(news.report.revisions).toEqual([]);

    const gso = await checkJson(['--db', db, '--release', String(ids.march)]);
    expect(gso.report.inconsistencies.map((f) => f.kind).sort()).toEqual([
      'contributions-vs-total',
      'mom-vs-yoy',
      'sources-disagree',
      'ytd-vs-months',
      'ytd-vs-months',
    ]);
    expect(gso.report.inconsistencies.every((f) => f.stated.sources.some((s) => s.releaseId === ids.march) || f.kind === 'sources-disagree')).toBe(true);

    const april = await checkJson(['--db', db, '--release', String(ids.april)]);
    expect(april.code).toBe(0);
    expect(april.report.revisions).toHaveLength(1);
  });

  it('--as-of takes the store as it was: before the newspaper and the revision, only what was then inconsistent', async () => {
    const { db } = await fixtureStore(INCONSISTENT);
    const { report } = await checkJson(['--db', db, '--as-of', '2024-03-31']);
    expect(report.asOf).toBe('2024-03-31');
    expect(report.inconsistencies.map((f) => f.kind).sort()).toEqual(['contributions-vs-total', 'mom-vs-yoy', 'ytd-vs-months', 'ytd-vs-months']);
    expect(report.revisions).toEqual([]);
  });

  it('exits 2 on bad arguments', async () => {
    const { db } = await fixtureStore(CONSISTENT);
    expect((await runIip(['check', '--db', db])).code).toBe(0); // iip check alone: the store's integrity (sound)
    expect((await runIip(['check', '--consistency', '--release', 'abc', '--db', db])).code).toBe(2);
    expect((await runIip(['check', '--consistency', '--release', '999', '--db', db])).code).toBe(2);
    expect((await runIip(['check', '--consistency', '--as-of', '31/12/2024', '--db', db])).code).toBe(2);
    expect((await runIip(['check', '--consistency', '--bogus', '--db', db])).code).toBe(2);
  });
});

describe('analysis:checks on the embedded history', () => {
  it('answers within its output schema, with findings of the kinds the history holds', async () => {
    const store = openStore(tempStorePath());
    const core = createCore({ db: store.db, storePath: store.path });
    try {
      const result = await dispatch(core.handlers, 'analysis:checks', {});
      if (!result.ok) throw new Error(result.error.message);
      const report = contract['analysis:checks'].output.parse(result.value);
      const s = report.summary.byKind;
      expect(s['ytd-vs-months'].checked).toBeGreaterThan(1000);
      expect(s['mom-vs-yoy'].checked).toBeGreaterThan(1000);
      expect(s['sources-disagree'].found).toBeGreaterThan(0);
      expect(s['revision-vs-first-estimate'].found).toBe(report.revisions.length);
      // The newspaper's Jan–May 2024 figure against the statistics office's own.
      expect(report.inconsistencies).toContainEqual(
        expect.objectContaining({
          kind: 'sources-disagree',
          figure: expect.objectContaining({ item: expect.objectContaining({ code: 'TOTAL' }), period: '2024-01..2024-05' }),
        }),
      );
      // kept until the store changes (in the checks' worker: checks-worker.test.ts); after a release is undone, a fresh one
      const again = await dispatch(core.handlers, 'analysis:checks', {});
      expect(again.ok && again.value).toEqual(result.value);
      undoRelease(
        store.db,
        listReleases(store.db).find((r) => /Việt Nam News|Viet Nam News|Vietnam News/i.test(r.publisher))?.id ?? listReleases(store.db)[0]!.id,
      );
      const after = await dispatch(core.handlers, 'analysis:checks', {});
      expect(after.ok && after.value).not.toEqual(result.value);
      expect(await dispatch(core.handlers, 'analysis:checks', { releaseId: 'x' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
      expect(await dispatch(core.handlers, 'analysis:checks', { releaseId: 99999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    } finally {
      core.close();
      store.db.close();
    }
  }, 60_000);
});
