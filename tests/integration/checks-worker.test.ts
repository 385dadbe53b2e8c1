// The whole-store consistency checks run in a worker thread on its own read-only connection: while
// they compute, other calls are answered; their reports equal the checks run on this thread, and
// are kept until the store changes. The worker runs the built code (dist/): `npm run build` first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChecksWorker, checksWorkerBuilt, checksWorkerPath } from '../../electron/core/analysis/checks-in-worker.js';
import { runChecks } from '../../electron/core/analysis/checks.js';
import { seriesFindings } from '../../electron/core/analysis/series-findings.js';
import { storeState } from '../../electron/core/db/until-change.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore } from '../../electron/core/handlers.js';
import { listReleases, undoRelease } from '../../electron/core/releases/repository.js';
import { openStore } from '../../electron/core/store.js';
import type { ChecksReport, Finding } from '../../electron/shared/contract/analysis.js';
import { tempStorePath } from '../helpers/temp.js';

// The embedded dataset: some 30,000 figures, seconds of checks, thousands of findings.
const store = openStore(tempStorePath());
const core = createCore({ db: store.db, storePath: store.path });
afterAll(() => {
  core.close();
  store.db.close();
});

const totalSeries = (): number =>
  store.db.prepare<[], { id: number }>("SELECT id FROM series WHERE geoCode = 'VN' AND itemCode = 'TOTAL' AND measure = 'iip'").get()!.id;

async function call<T>(channel: Parameters<typeof dispatch>[1], input: unknown): Promise<T> {
  const result = await dispatch(core.handlers, channel, input);
  if (!result.ok) throw new Error(`${String(channel)}: ${result.error.message}`);
  return result.value as T;
}

/** Reports are large (tens of MB as JSON): compared as text, after a readable look at their sizes. */
function expectSameReport(actual: ChecksReport, expected: ChecksReport): void {
  expect([actual.inconsistencies.length, actual.revisions.length, actual.summary]).toEqual([
    expected.inconsistencies.length,
    expected.revisions.length,
    expected.summary,
  ]);
  expect(JSON.stringify(actual) === JSON.stringify(expected)).toBe(true);
}

beforeAll(() => {
  expect(checksWorkerBuilt(), `${checksWorkerPath} is missing: run npm run build`).toBe(true);
});

describe('the consistency checks in a worker', () => {
  it('leave the main thread free: figures:series answers while they compute, and they equal the checks run here', async () => {
    let checksDone = false;
    const checks = call<ChecksReport>('analysis:checks', {}).then((report) => ((checksDone = true), report));
    const series = await call<{ points: unknown[] }>('figures:series', { seriesId: totalSeries(), basis: 'yoy' });
    expect(series.points.length).toBeGreaterThan(50);
    expect(checksDone).toBe(false);

    const inWorker = await checks;
    const here = runChecks(store.db, {});
    expect(here.inconsistencies.length).toBeGreaterThan(100);
    expectSameReport(inWorker, here);

    const { findings } = await call<{ findings: Finding[] }>('analysis:series-findings', { seriesId: totalSeries(), basis: 'yoy' });
    expect(findings.length).toBeGreaterThan(0);
    expect(findings).toEqual(seriesFindings(here, totalSeries(), 'yoy'));
  }, 120_000);

  it('keep a report until the store changes, then compute it again from the changed store', async () => {
    const worker = new ChecksWorker(store.path);
    try {
      const state = storeState(store.db);
      const before = await worker.report(state, {});
      const newest = listReleases(store.db).find((r) => r.sourceKind !== 'seed') ?? listReleases(store.db)[0]!;
      expect(undoRelease(store.db, newest.id)).toBe(true);
      // Asked under the old state, the worker answers the report it kept: it did not compute again.
      expectSameReport(await worker.report(state, {}), before);

      const after = await worker.report(storeState(store.db), {});
      const here = runChecks(store.db, {});
      expectSameReport(after, here);
      expect(JSON.stringify(after) === JSON.stringify(before)).toBe(false);
    } finally {
      worker.close();
    }
  }, 120_000);

  it('closed while they compute (the store closing): the caller is told, not left waiting', async () => {
    const worker = new ChecksWorker(store.path);
    const asked = worker.report(storeState(store.db), {});
    worker.close();
    await expect(asked).rejects.toThrow('the store is closed: the checks were not run');
    await expect(worker.report(storeState(store.db), {})).rejects.toThrow('the store is closed');
  });

  it('a release that is not there: not-found, answered without the worker', async () => {
    const result = await dispatch(core.handlers, 'analysis:checks', { releaseId: 999_999 });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', message: 'no release 999999 (see iip releases)' } });
  });

  it("past the worker's memory: a clear error, and the next question gets a new worker", async () => {
    const tiny = new ChecksWorker(store.path, 16);
    try {
      await expect(tiny.report(storeState(store.db), {})).rejects.toThrow(/need more than the 16 MB of memory allowed them/);
    } finally {
      tiny.close();
    }
    const roomy = new ChecksWorker(store.path);
    try {
      const some = await roomy.findings(storeState(store.db), {}, { seriesId: totalSeries(), basis: 'yoy' });
      expect(some).toEqual(seriesFindings(runChecks(store.db, {}), totalSeries(), 'yoy'));
    } finally {
      roomy.close();
    }
  }, 120_000);
});
