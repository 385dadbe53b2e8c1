// The periods each release states a year-on-year figure for (table releaseYoyPeriods, migration
// 0130), kept as figures are written so the latest-release view reads a few rows per release, not
// the figures: written from the release's own figures once they and their series' statistics are
// stored (insertFigures, a figure writer's finish, a streamed commit), gone with the release (ON
// DELETE CASCADE), and restated whole when the catalog places series anew (reorderCatalog).
import { CATALOG_KEYS } from '../../shared/catalog-keys.js';
import { COUNTRY_CODE, TOTAL_ITEM } from '../../shared/domain-terms.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';

/** Per release and period (grouped so): does it state the headline (the whole country's industry), a ranked series? */
const FLAGS = `MAX(k.geoCode = @country AND k.itemCode = @total AND s.measure = 'iip'), MAX(k.catalogGroup NOT IN (@totalGroup, @sectionGroup))`;
/** One release's figures through figuresByRelease. */
const OF_RELEASE = `SELECT f.releaseId, f.period, ${FLAGS}
  FROM figures f JOIN seriesStats k ON k.seriesId = f.seriesId JOIN series s ON s.id = f.seriesId
 WHERE f.releaseId = @releaseId AND f.basis = 'yoy' GROUP BY f.period`;
/** Every figure series by series, through the covering figuresBySeries rather than each figure's row (about 3× faster). */
const OF_ALL = `SELECT f.releaseId, f.period, ${FLAGS}
  FROM seriesStats k CROSS JOIN series s ON s.id = k.seriesId CROSS JOIN figures f ON f.seriesId = k.seriesId AND f.basis = 'yoy'
 GROUP BY f.releaseId, f.period`;

const names = { country: COUNTRY_CODE, total: TOTAL_ITEM, totalGroup: CATALOG_KEYS.indexOf('total'), sectionGroup: CATALOG_KEYS.indexOf('section') };

/** States a release's periods again from its figures (call in its transaction, after its series' statistics). */
export function keepReleasePeriods(db: Db, releaseId: number): void {
  statement(db, 'DELETE FROM releaseYoyPeriods WHERE releaseId = ?').run(releaseId);
  statement(db, `INSERT INTO releaseYoyPeriods ${OF_RELEASE}`).run({ ...names, releaseId });
}

/** States every release's periods again (one read of every figure): after the catalog's groups changed, or figures written past insertFigures. */
export function rebuildReleasePeriods(db: Db): void {
  db.prepare('DELETE FROM releaseYoyPeriods').run();
  db.prepare(`INSERT INTO releaseYoyPeriods ${OF_ALL}`).run(names);
}

/** The series no ranking lists, as the catalog places them now: when reorderCatalog changes them, the kept periods are restated. */
export function unrankedSeries(db: Db): string {
  const sql = 'SELECT seriesId FROM seriesStats WHERE catalogGroup IN (?, ?) ORDER BY seriesId';
  return statement(db, sql).pluck().all(names.totalGroup, names.sectionGroup).join(',');
}

export interface KeptPeriod {
  period: string;
  /** Some release states the headline's year-on-year figure for it. */
  headline: boolean;
  /** Some release states a year-on-year figure a ranking lists. */
  rankable: boolean;
}

/** Every period with a year-on-year figure, from releases published on or before `asOf` if given (unordered). */
export function keptPeriods(db: Db, asOf?: string): KeptPeriod[] {
  // Today's read touches this table alone; as of a date, the releases' dates too.
  const sql =
    asOf === undefined
      ? 'SELECT period, MAX(headline) AS headline, MAX(rankable) AS rankable FROM releaseYoyPeriods GROUP BY period'
      : `SELECT p.period, MAX(p.headline) AS headline, MAX(p.rankable) AS rankable
           FROM releaseYoyPeriods p JOIN releases r ON r.id = p.releaseId WHERE r.publishedOn <= ? GROUP BY p.period`;
  return statement<{ period: string; headline: number; rankable: number }>(db, sql)
    .all(...(asOf === undefined ? [] : [asOf]))
    .map((r) => ({ period: r.period, headline: r.headline === 1, rankable: r.rankable === 1 }));
}
