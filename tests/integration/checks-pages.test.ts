// The Checks view's pages: the report kept in the checks worker (a temporary table of its own
// connection) served as counts per kind and one page at a time. On the embedded store the pages
// cover every finding of the whole report exactly once, in its order (revisions largest first), and
// the counts match it; so for one series and one release. The worker runs the built code: `npm run build` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksWorkerBuilt, checksWorkerPath } from '../../electron/core/analysis/checks-in-worker.js';
import { runChecks } from '../../electron/core/analysis/checks.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore } from '../../electron/core/handlers.js';
import { openStore } from '../../electron/core/store.js';
import { revisionSize } from '../../electron/shared/analysis/finding-order.js';
import {
  CHECK_KINDS,
  type ChecksOverview,
  type ChecksReport,
  type CheckKind,
  type Finding,
  type SeriesOnBasis,
} from '../../electron/shared/contract/analysis.js';
import { contract, type Channel } from '../../electron/shared/contract/index.js';
import { tempStorePath } from '../helpers/temp.js';

const store = openStore(tempStorePath());
const core = createCore({ db: store.db, storePath: store.path });
afterAll(() => {
  core.close();
  store.db.close();
});

async function call<T>(channel: Channel, input: unknown): Promise<T> {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(`${String(channel)}: ${result.error.message}`);
  contract[channel].output.parse(result.value);
  return result.value as T;
}

const LIMIT = 97;

/** The whole store's report checked on this thread (seconds: once for the file). */
let wholeHere: ChecksReport | null = null;
const checkedHere = (): ChecksReport => (wholeHere ??= runChecks(store.db, {}));

/** Every page of one kind, asked until a short one. */
async function allPages(kind: CheckKind, scope: { releaseId?: number; series?: SeriesOnBasis }): Promise<Finding[]> {
  const found: Finding[] = [];
  for (let offset = 0; ; offset += LIMIT) {
    const { findings } = await call<{ findings: Finding[] }>('analysis:checks-page', { ...scope, kind, offset, limit: LIMIT });
    found.push(...findings);
    if (findings.length < LIMIT) return found;
  }
}

const text = (findings: readonly Finding[]): string[] => findings.map((f) => JSON.stringify(f));
const ofSeries = (s: SeriesOnBasis) => (f: Finding) => f.figure.seriesId === s.seriesId && f.figure.basis === s.basis;

/** The pages of every kind against the whole report: each finding once, inconsistencies in its order, revisions largest first. */
async function expectPagesCover(report: ChecksReport, scope: { releaseId?: number; series?: SeriesOnBasis }): Promise<void> {
  const keep = scope.series ? ofSeries(scope.series) : () => true;
  const overview = await call<ChecksOverview>('analysis:checks-overview', { ...scope, first: LIMIT + 1 });
  expect(overview.summary).toEqual(report.summary);
  for (const kind of CHECK_KINDS) {
    const paged = await allPages(kind, scope);
    expect(text(overview.first[kind])).toEqual(text(paged.slice(0, LIMIT + 1)));
    if (kind === 'revision-vs-first-estimate') {
      const whole = report.revisions.filter(keep);
      expect(text(paged).sort()).toEqual(text(whole).sort());
      const sizes = paged.map(revisionSize);
      expect(sizes.every((size, i) => i === 0 || size <= sizes[i - 1]!)).toBe(true);
    } else expect(text(paged)).toEqual(text(report.inconsistencies.filter((f) => f.kind === kind && keep(f))));
    expect(overview.found[kind]).toBe(paged.length);
  }
}

beforeAll(() => {
  expect(checksWorkerBuilt(), `${checksWorkerPath} is missing: run npm run build`).toBe(true);
});

describe('the checks a page at a time', () => {
  it('on the embedded store: the pages hold every finding of the whole report once, the counts match it', async () => {
    const whole = await call<ChecksReport>('analysis:checks', {});
    const here = checkedHere();
    expect(JSON.stringify(whole) === JSON.stringify(here)).toBe(true);
    expect(here.inconsistencies.length).toBeGreaterThan(LIMIT);
    expect(here.revisions.length).toBeGreaterThan(LIMIT);
    await expectPagesCover(here, {});
    // the counts without a series are the summary's
    const overview = await call<ChecksOverview>('analysis:checks-overview', {});
    for (const kind of CHECK_KINDS) expect(overview.found[kind]).toBe(here.summary.byKind[kind].found);
  }, 120_000);

  it("one series' pages: its findings on that basis and no other", async () => {
    const here = checkedHere();
    const some = here.inconsistencies[0]!.figure;
    const series = { seriesId: some.seriesId, basis: some.basis };
    expect(here.inconsistencies.filter(ofSeries(series)).length).toBeGreaterThan(0);
    await expectPagesCover(here, { series });
  }, 120_000);

  it("one release's pages", async () => {
    const release = store.db.prepare<[], { id: number }>('SELECT releaseId AS id FROM figures GROUP BY releaseId ORDER BY count(*) DESC LIMIT 1').get()!;
    await expectPagesCover(runChecks(store.db, { releaseId: release.id }), { releaseId: release.id });
  }, 120_000);

  it('soFar: answers as the run begins, then with the counts so far, until the checks are done', async () => {
    const scope = { asOf: '2024-06-30' }; // asked of no other test: its run begins with the first question
    const geosTotal = store.db.prepare<[], { n: number }>('SELECT count(DISTINCT geoCode) AS n FROM series').get()!.n;
    const answers: ChecksOverview[] = [];
    for (let last: ChecksOverview | undefined; !last?.complete;) {
      if (last) await new Promise((resolve) => setTimeout(resolve, 20));
      answers.push((last = await call<ChecksOverview>('analysis:checks-overview', { ...scope, first: 5, soFar: true })));
    }
    expect(answers[0]).toMatchObject({ complete: false, progress: { geosDone: 0, geosTotal } });
    const partial = answers.slice(0, -1);
    for (const [i, o] of partial.entries()) {
      expect(o.progress!.geosTotal).toBe(geosTotal);
      expect(o.progress!.geosDone).toBeLessThanOrEqual(geosTotal);
      for (const kind of CHECK_KINDS) {
        expect(o.first[kind]).toEqual([]);
        expect(o.found[kind]).toBe(o.summary.byKind[kind].found);
        if (i > 0) expect(o.found[kind]).toBeGreaterThanOrEqual(partial[i - 1]!.found[kind]);
      }
    }
    const done = answers.at(-1)!;
    expect(done.progress).toBeUndefined();
    expect(done.summary).toEqual(runChecks(store.db, scope).summary);
    expect(await call<ChecksOverview>('analysis:checks-overview', { ...scope, first: 5 })).toEqual(done);
  }, 120_000);

  it('refuses a page past the limit and a release that is not there', async () => {
    expect(await dispatch(core.handlers, 'analysis:checks-page', { kind: 'mom-vs-yoy', offset: 0, limit: 1001 })).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
    expect(await dispatch(core.handlers, 'analysis:checks-page', { kind: 'mom-vs-yoy', offset: -1, limit: 10 })).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
    expect(await dispatch(core.handlers, 'analysis:checks-overview', { releaseId: 999_999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
