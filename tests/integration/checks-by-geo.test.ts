// The checks run one geography at a time (checks.ts). Every check compares figures of one
// geography, so the report must be the one a single run over the whole store gives: the same
// findings in the same order, the same counts. Checked against that whole-store run, kept here as
// the reference, on the embedded store and on a store of three geographies and four releases whose
// findings interleave (one release states every geography's figures, period by period).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseToCheck, runChecks, type ChecksQuery } from '../../electron/core/analysis/checks.js';
import { checkContributions } from '../../electron/core/analysis/contributions.js';
import { currentOf, FigureIndex, keyOf, type Statement } from '../../electron/core/analysis/figure-index.js';
import { checkMomAgainstYoy } from '../../electron/core/analysis/mom-yoy.js';
import { FIGURES_OF_GEO_SQL, namedGeos, namedItems, type StoredFigure } from '../../electron/core/analysis/repository.js';
import { checkSources } from '../../electron/core/analysis/sources.js';
import { checkYtd } from '../../electron/core/analysis/ytd.js';
import type { Db } from '../../electron/core/db/connection.js';
import { insertFigures } from '../../electron/core/figures/repository.js';
import { insertRelease, listReleases } from '../../electron/core/releases/repository.js';
import { openStore, type Store } from '../../electron/core/store.js';
import type { ChecksReport, CheckKind, KindSummary } from '../../electron/shared/contract/analysis.js';
import type { FigureInput } from '../../electron/shared/domain.js';
import { emptyStore } from '../helpers/store.js';
import { tempStorePath } from '../helpers/temp.js';

/** The reference: every figure of the store in one index, the checks run once over it. */
function wholeStoreChecks(db: Db, query: ChecksQuery): ChecksReport {
  const release = releaseToCheck(db, query);
  const sql = `SELECT f.id, f.seriesId, s.geoCode, s.itemCode, s.measure, f.period, f.periodKind, f.periodStart, f.periodEnd, f.basis, f.unit,
       f.baseYear, f.value, f.decimals, f.status, f.quote, f.location,
       r.id AS releaseId, r.name AS releaseName, r.publisher, r.publishedOn, r.sourceKind
  FROM figures f JOIN releases r ON r.id = f.releaseId JOIN series s ON s.id = f.seriesId
 WHERE (? IS NULL OR r.publishedOn <= ?) ORDER BY f.id`;
  const asOf = query.asOf ?? null;
  const index = new FigureIndex(db.prepare<unknown[], StoredFigure>(sql).all(asOf, asOf), namedGeos(db), namedItems(db));
  const claims: Statement[] = [];
  for (const list of index.groups.values()) {
    const claim = release ? list.find((s) => s.releaseId === release.id) : currentOf(list);
    if (claim) claims.push(claim);
  }
  const firstOf = (s: Statement): Statement => index.groups.get(keyOf(s))!.at(-1)!;
  const firsts = release ? claims : [...index.groups.values()].map((list) => list.at(-1)!);
  const ytd = checkYtd(index, firsts, (s) => firstOf(s) === s);
  const momYoy = checkMomAgainstYoy(index, claims);
  const contributions = checkContributions(index, release ? { id: release.id, publishedOn: release.publishedOn } : null);
  const { disagree, revisions } = checkSources(index, release?.id ?? null);
  const byKind = Object.fromEntries([ytd, momYoy, contributions, disagree, revisions].map((t) => [t.kind, t.summary()])) as Record<CheckKind, KindSummary>;
  return {
    releaseId: release?.id ?? null,
    asOf,
    inconsistencies: [ytd, momYoy, contributions, disagree].flatMap((t) => t.findings),
    revisions: [...revisions.findings].sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap)),
    summary: { byKind },
  };
}

/** The queries compared on a store: the whole store, as of each date given, and each release (or every `step`th). */
function queries(db: Db, dates: string[], step = 1): ChecksQuery[] {
  const releases = listReleases(db).filter((_, i) => i % step === 0);
  return [{}, ...dates.map((asOf) => ({ asOf })), ...releases.map((r) => ({ releaseId: r.id }))];
}

describe('checks one geography at a time', () => {
  describe('on the embedded store', () => {
    let store: Store;
    beforeAll(() => {
      store = openStore(tempStorePath());
    });
    afterAll(() => store.db.close());

    it('give the whole-store report, today, as of a date and for a few releases', () => {
      const step = Math.ceil(listReleases(store.db).length / 4);
      for (const query of queries(store.db, ['2024-06-30'], step)) {
        expect(runChecks(store.db, query), JSON.stringify(query)).toEqual(wholeStoreChecks(store.db, query));
      }
    }, 120_000);

    it('reads each geography through the series index and figuresBySeries', () => {
      const plan = store.db
        .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${FIGURES_OF_GEO_SQL}`)
        .all('VN', null, null)
        .map((p) => p.detail);
      expect(plan.join(' | ')).toMatch(
        /SEARCH s USING COVERING INDEX sqlite_autoindex_series_1 \(geoCode=\?\).*SEARCH f USING INDEX figuresBySeries \(seriesId=\?\)/,
      );
    });
  });

  describe('on a store of three geographies and four releases', () => {
    let store: Store;
    let geos: string[];
    beforeAll(() => {
      store = openStore(tempStorePath());
      emptyStore(store.db);
      geos = store.db
        .prepare<[], { code: string }>('SELECT code FROM geos ORDER BY sortOrder LIMIT 3')
        .all()
        .map((g) => g.code);
      fillStore(store.db, geos);
    });
    afterAll(() => store.db.close());

    it('give the whole-store report, today, as of dates and for each release', () => {
      for (const query of queries(store.db, ['2024-01-10', '2024-01-25'])) {
        expect(runChecks(store.db, query), JSON.stringify(query)).toEqual(wholeStoreChecks(store.db, query));
      }
    });

    it('find something of every kind in every geography, interleaved as the figures were stored', () => {
      const report = runChecks(store.db, {});
      for (const kind of ['ytd-vs-months', 'mom-vs-yoy', 'contributions-vs-total', 'sources-disagree'] as const) {
        expect(new Set(report.inconsistencies.filter((f) => f.kind === kind).map((f) => f.figure.geo.code)), kind).toEqual(new Set(geos));
      }
      expect(new Set(report.revisions.map((f) => f.figure.geo.code))).toEqual(new Set(geos));
      // Not one geography's findings after another's: the merge orders them as one run would.
      const momGeos = report.inconsistencies.filter((f) => f.kind === 'mom-vs-yoy').map((f) => f.figure.geo.code);
      const changes = momGeos.filter((g, i) => i > 0 && g !== momGeos[i - 1]).length;
      expect(changes).toBeGreaterThan(geos.length);
      // Revisions of the same size keep that order too (the synthetic values are to one decimal: many ties).
      const sizes = report.revisions.map((f) => Math.abs(f.gap));
      expect(new Set(sizes).size).toBeLessThan(sizes.length);
    });
  });
});

/** Values to one decimal from a seeded generator: the checks find gaps nearly everywhere. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return Math.round((a / 2147483648) * 200 - 50) / 10;
  };
}

/**
 * Months 2022-01..2023-06 of each geography (year-on-year and month-on-month changes of the whole
 * industry, coal's output), the first quarter of 2023 (cumulative change, coal, the sections'
 * contributions), period by period across the geographies; a newspaper restating some changes,
 * the office revising some, and a late release of one geography alone.
 */
function fillStore(db: Db, geos: string[]): void {
  const value = seeded(7);
  const at = (
    geo: string,
    item: string,
    measure: FigureInput['measure'],
    period: string,
    basis: FigureInput['basis'],
    unit: FigureInput['unit'],
  ): FigureInput => ({
    geo,
    item,
    measure,
    period,
    basis,
    unit,
    value: unit === 'qty' ? 100 + Math.abs(value()) * 10 : value(),
    decimals: 1,
    status: 'preliminary',
  });
  const months = Array.from({ length: 18 }, (_, i) => `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const first: FigureInput[] = [];
  for (const month of months)
    for (const geo of geos)
      first.push(
        at(geo, 'TOTAL', 'iip', month, 'yoy', 'pct'),
        at(geo, 'TOTAL', 'iip', month, 'mom', 'pct'),
        at(geo, 'P-COAL', 'output', month, 'level', 'qty'),
      );
  for (const geo of geos) {
    first.push(at(geo, 'TOTAL', 'iip', '2023-01..2023-03', 'yoy', 'pct'), at(geo, 'P-COAL', 'output', '2023-01..2023-03', 'level', 'qty'));
    for (const section of ['B', 'C', 'D', 'E']) first.push(at(geo, section, 'contribution', '2023-01..2023-03', 'yoy', 'pp'));
  }
  const restated = (publisher: string, every: number) =>
    first.filter((_, i) => i % every === 0 && first[i]!.measure === 'iip').map((f) => ({ ...f, value: Math.round((f.value + value()) * 10) / 10 }));
  const release = (name: string, publisher: string, publishedOn: string, figures: FigureInput[]): void =>
    db.transaction(() => {
      const id = insertRelease(db, { name, publisher, publishedOn, status: 'preliminary', sourceKind: 'csv', sourceFile: `${name}.csv` });
      insertFigures(db, id, figures);
    })();
  release('office', 'Office', '2024-01-05', first);
  release('newspaper', 'Daily', '2024-01-20', restated('Daily', 3));
  release('office revised', 'Office', '2024-02-05', restated('Office', 4));
  release(
    'one geography',
    'Office',
    '2024-03-05',
    restated('Office', 5).filter((f) => f.geo === geos[1]),
  );
}
