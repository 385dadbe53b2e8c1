// The hot queries on a store of more than a million figures (the bench's synthetic archive at 13 %,
// cached in the temp folder): every statement the handlers run against figures reaches them through
// an index (SEARCH), never by reading them all (SCAN, even of an index). The statements are the
// ones the repositories really run, recorded with their arguments as the handlers answer.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/handlers.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { openStore, type Store } from '../../electron/core/store.js';
import { drainPendingPoints, notePendingPoints } from '../../electron/core/figures/pending-points.js';

interface Ran {
  sql: string;
  args: unknown[];
}

const generator = new URL('../../scripts/bench/archive.js', import.meta.url);
const built = new URL('../../dist/electron/core/store.js', import.meta.url);

let store: Store;
let core: ReturnType<typeof createCore>;
let ran: Ran[] = [];
let figureCount = 0;
const prepare = Database.prototype.prepare;

beforeAll(async () => {
  if (!fs.existsSync(built)) throw new Error('query-plans: the archive generator runs on the built core; run `npm run build` first');
  // A plain module of the bench (JavaScript over dist/): imported by URL, untyped.
  const { syntheticArchive } = (await import(generator.href)) as {
    syntheticArchive: (o: { scale: number; seed: number }) => Promise<{ file: string; figures: number }>;
  };
  const archive = await syntheticArchive({ scale: 0.13, seed: 1 });
  figureCount = archive.figures;
  // Every statement prepared from here on records what it runs.
  Database.prototype.prepare = function (this: Database.Database, sql: string) {
    const statement = prepare.call(this, sql);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        ran.push({ sql, args });
        return original(...args);
      };
    }
    return statement;
  } as typeof prepare;
  store = openStore(archive.file);
  core = createCore({ db: store.db, storePath: store.path });
}, 300_000);

afterAll(() => {
  Database.prototype.prepare = prepare;
  core?.close();
  store?.db.close();
});

/** The plan lines of every statement on `table` (figures unless said) run by one handler call. */
async function plansOf(channel: string, input: unknown, table = 'figures'): Promise<{ sql: string; plan: string[] }[]> {
  ran = [];
  const result = await dispatch(core.handlers, channel, input);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  const seen = new Map<string, Ran>();
  for (const r of ran) if (new RegExp(`\\b${table}\\b`).test(r.sql) && !/^\s*EXPLAIN/i.test(r.sql)) seen.set(r.sql, r);
  expect(seen.size).toBeGreaterThan(0);
  return [...seen.values()].map(({ sql, args }) => ({
    sql: sql.replace(/\s+/g, ' ').trim(),
    plan: store.db
      .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
      .all(...args)
      .map((p) => p.detail),
  }));
}

/** The statements whose plan reads the whole figures table or one of its indexes end to end. */
const scansOfFigures = (plans: { sql: string; plan: string[] }[]) =>
  plans.filter((p) => p.plan.some((line) => /^SCAN (f|figures)\b/.test(line))).map((p) => `${p.sql}\n  ${p.plan.join('\n  ')}`);

/** The statements whose plan reads a whole table (not through a search of an index). */
const scansOf = (plans: { sql: string; plan: string[] }[], table: string) =>
  plans.filter((p) => p.plan.some((line) => new RegExp(`^SCAN (k|${table})\\b`).test(line))).map((p) => `${p.sql}\n  ${p.plan.join('\n  ')}`);

/** A series of the archive: the whole industry's index. */
const totalSeries = (): number =>
  store.db.prepare<[], { id: number }>("SELECT id FROM series WHERE geoCode = 'VN' AND itemCode = 'TOTAL' AND measure = 'iip'").get()!.id;

// latest:summary keeps its periods until the store changes: its statements are recorded on the first call only.
let latest: ReturnType<typeof plansOf> | undefined;
const latestPlans = (): ReturnType<typeof plansOf> => (latest ??= plansOf('latest:summary', {}));

describe('hot queries on a store of over a million figures use their indexes', () => {
  it('the store holds over a million figures', () => {
    expect(figureCount).toBeGreaterThan(1_000_000);
  });

  it('figures:series: the series by id, its figures by basis and its description', async () => {
    const plans = await plansOf('figures:series', { seriesId: totalSeries(), basis: 'yoy' });
    expect(plans.some((p) => p.plan.some((line) => line.includes('figuresBySeries')))).toBe(true);
    expect(scansOfFigures(plans)).toEqual([]);
  });

  it('figures:series: its figures come in the index order, not sorted afterwards (no temp B-tree), today and as of a date', async () => {
    for (const input of [{}, { asOf: '2015-06-30' }]) {
      const plans = await plansOf('figures:series', { seriesId: totalSeries(), basis: 'yoy', ...input });
      // The series' figures by period (the series' statistics as of a date are one more read of the index, grouped).
      const read = plans.filter((p) => /ORDER BY/.test(p.sql) && p.plan.some((line) => line.includes('figuresBySeries')));
      expect(read.length).toBe(1);
      expect(read[0]!.plan.filter((line) => line.includes('TEMP B-TREE'))).toEqual([]);
    }
  });

  it('figures:points today: the kept points of the series by their key (shownPoints), never the figures', async () => {
    for (const input of [{}, { kind: 'month' }, { kind: 'month', unit: 'pct' }]) {
      const plans = await plansOf('figures:points', { seriesId: totalSeries(), basis: 'yoy', ...input }, 'shownPoints');
      expect(plans.length).toBe(1);
      expect(plans[0]!.plan.some((line) => /^SEARCH shownPoints USING PRIMARY KEY \(seriesId=\? AND basis=\?/.test(line))).toBe(true);
      expect(ran.filter((r) => /\bfigures\b/.test(r.sql))).toEqual([]);
      // whether a point of the series waits to be restated: one seek
      const pending = ran.filter((r) => /\bpendingPoints\b/.test(r.sql));
      expect(pending.length).toBe(1);
      const plan = store.db
        .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${pending[0]!.sql}`)
        .all(...pending[0]!.args)
        .map((p) => p.detail);
      expect(plan).toEqual([expect.stringMatching(/^SEARCH pendingPoints USING PRIMARY KEY \(seriesId=\? AND basis=\?\)/)]);
    }
  });

  it('figures:points as of a date: its figures through figuresBySeries in the index order (no temp B-tree), of every kind or months', async () => {
    for (const input of [{}, { kind: 'month' }, { kind: 'quarter' }]) {
      const plans = await plansOf('figures:points', { seriesId: totalSeries(), basis: 'yoy', asOf: '2015-06-30', ...input });
      expect(plans.length).toBe(1);
      expect(plans[0]!.plan.some((line) => /^SEARCH figures USING INDEX figuresBySeries \(seriesId=\? AND basis=\?\)/.test(line))).toBe(true);
      expect(plans[0]!.plan.filter((line) => line.includes('TEMP B-TREE'))).toEqual([]);
      expect(scansOfFigures(plans)).toEqual([]);
    }
  });

  it("the shown points of a release stored, noted and drained: only its points' figures read and written, through the indexes", () => {
    const newest = store.db.prepare('SELECT MAX(id) FROM releases').pluck().get() as number;
    const plans: { sql: string; plan: string[] }[] = [];
    ran = [];
    try {
      // chosen again inside a transaction rolled back: the cached archive is left as it was
      store.db.transaction(() => {
        notePendingPoints(store.db, newest);
        expect(drainPendingPoints(store.db, 1_000_000)).toBe(0);
        for (const { sql, args } of new Map(ran.filter((r) => /\b(figures|shownPoints|pendingPoints)\b/.test(r.sql)).map((r) => [r.sql, r])).values())
          plans.push({
            sql,
            plan: store.db
              .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
              .all(...args)
              .map((p) => p.detail),
          });
        throw new Error('roll back');
      })();
    } catch (error) {
      if ((error as Error).message !== 'roll back') throw error;
    }
    expect(plans.length).toBeGreaterThanOrEqual(3);
    const scans = plans.filter((p) => p.plan.some((line) => /^SCAN (f|figures|shownPoints)\b/.test(line)));
    expect(scans).toEqual([]);
    expect(plans.some((p) => p.plan.some((line) => line.includes('figuresByRelease')))).toBe(true);
  });

  it('figures:ranking: the figures of one period and basis', async () => {
    const plans = await plansOf('figures:ranking', { period: '2024-12', basis: 'yoy', group: 'division' });
    expect(plans.some((p) => p.plan.some((line) => line.includes('figuresByPeriod')))).toBe(true);
    expect(scansOfFigures(plans)).toEqual([]);
  });

  it('latest:summary: its periods (one seek each), the latest period and its figures', async () => {
    const plans = await latestPlans();
    expect(plans.some((p) => p.plan.some((line) => line.includes('figuresByPeriod')))).toBe(true);
    expect(scansOfFigures(plans)).toEqual([]);
  });

  it("catalog:list: a page, a search, a group's and some places' series read the catalog index, never the figures", async () => {
    for (const input of [{ limit: 100 }, { search: 'phu tho', offset: 100, limit: 100 }, { group: 'division' }, { geos: ['P01', 'P25'] }]) {
      const plans = await plansOf('catalog:list', input, 'seriesStats');
      expect(
        plans.every((p) => p.plan.some((line) => line.includes('seriesStatsByCatalog'))),
        JSON.stringify(plans),
      ).toBe(true);
      expect(ran.filter((r) => /\bfigures\b/.test(r.sql))).toEqual([]);
    }
  });

  it("catalog:list: some series by id (a finding's) read by their ids, never the figures", async () => {
    const plans = await plansOf('catalog:list', { ids: [totalSeries()] }, 'seriesStats');
    expect(scansOf(plans, 'seriesStats')).toEqual([]);
    expect(ran.filter((r) => /\bfigures\b/.test(r.sql))).toEqual([]);
  });

  it('releases:list: each release with its kept figure count, never the figures', async () => {
    for (const input of [{}, { asOf: '2015-06-30' }]) {
      const plans = await plansOf('releases:list', input, 'releaseFigureCounts');
      expect(plans.length).toBe(1);
      expect(ran.filter((r) => /\bfigures\b/.test(r.sql))).toEqual([]);
    }
  });

  it('latest:summary as of a date: the same, through the releases', async () => {
    const plans = await plansOf('latest:summary', { asOf: '2024-06-30' });
    expect(scansOfFigures(plans)).toEqual([]);
  });
});
