// Figures as stored: one row per value per release. Choosing what to show is select.ts.
import type { Basis, FigureInput, PeriodKind, Status, Unit } from '../../shared/domain.js';
import { parsePeriod } from '../../shared/period.js';
import { seriesIdCache } from '../catalog/repository.js';
import { addToSeriesStats, refreshSeriesStats, type AddedFigures } from '../catalog/series-stats.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';

/** A stored figure joined with its release: one candidate for a shown value. */
export interface FigureCandidate {
  id: number;
  seriesId: number;
  period: string;
  periodKind: PeriodKind;
  periodStart: string;
  periodEnd: string;
  basis: Basis;
  unit: Unit;
  baseYear: number;
  value: number;
  decimals: number;
  status: Status;
  quantityUnit: string | null;
  quote: string | null;
  location: string | null;
  statedPeriod: string | null;
  flags: string[];
  note: string | null;
  releaseId: number;
  releaseName: string;
  publisher: string;
  publishedOn: string;
  publishedOnNote: string | null;
  sourceFile: string;
}

/** As SQLite returns it: flags are a JSON array in a TEXT column. */
type CandidateRow = Omit<FigureCandidate, 'flags'> & { flags: string };

const toCandidate = (row: CandidateRow): FigureCandidate => ({ ...row, flags: row.flags === '[]' ? [] : (JSON.parse(row.flags) as string[]) });

const INSERT = `INSERT INTO figures (seriesId, releaseId, period, periodKind, periodStart, periodEnd, basis, unit, baseYear, value, decimals,
                     status, quantityUnit, quote, location, statedPeriod, flags, note)
VALUES (@seriesId, @releaseId, @period, @periodKind, @periodStart, @periodEnd, @basis, @unit, @baseYear, @value, @decimals,
        @status, @quantityUnit, @quote, @location, @statedPeriod, @flags, @note)`;

/** Stores a release's figures and its series' statistics (call inside the release's transaction); returns how many. */
export function insertFigures(db: Db, releaseId: number, figures: FigureInput[]): number {
  addToSeriesStats(db, storeFigures(db, releaseId, figures));
  return figures.length;
}

/**
 * Stores several releases' figures at once (first-start seeding, in its transaction): each series'
 * statistics are recomputed once at the end rather than added to release by release.
 */
export function insertFiguresOfReleases(db: Db, releases: { releaseId: number; figures: FigureInput[] }[]): void {
  const touched = new Set<number>();
  for (const { releaseId, figures } of releases) for (const id of storeFigures(db, releaseId, figures).keys()) touched.add(id);
  refreshSeriesStats(db, touched);
}

/** Writes the rows only; the caller updates the statistics of the series returned. */
function storeFigures(db: Db, releaseId: number, figures: FigureInput[]): Map<number, AddedFigures> {
  const put = statement(db, INSERT);
  const seriesId = seriesIdCache(db);
  const added = new Map<number, AddedFigures>();
  for (const f of figures) {
    const period = parsePeriod(f.period);
    if (!period) throw new Error(`invalid period '${f.period}'`);
    const id = seriesId(f.geo, f.item, f.measure);
    tally(added, id, period.end, `${f.basis}:${f.unit}`);
    put.run({
      seriesId: id,
      releaseId,
      period: period.code,
      periodKind: period.kind,
      periodStart: period.start,
      periodEnd: period.end,
      basis: f.basis,
      unit: f.unit,
      baseYear: f.baseYear ?? 0,
      value: f.value,
      decimals: f.decimals,
      status: f.status,
      quantityUnit: f.quantityUnit ?? null,
      quote: f.quote ?? null,
      location: f.location ?? null,
      statedPeriod: f.statedPeriod ?? null,
      flags: JSON.stringify(f.flags ?? []),
      note: f.note ?? null,
    });
  }
  return added;
}

function tally(added: Map<number, AddedFigures>, seriesId: number, periodEnd: string, view: string): void {
  const a = added.get(seriesId);
  if (!a) {
    added.set(seriesId, { count: 1, firstPeriodEnd: periodEnd, lastPeriodEnd: periodEnd, views: new Set([view]) });
    return;
  }
  a.count++;
  if (periodEnd < a.firstPeriodEnd) a.firstPeriodEnd = periodEnd;
  if (periodEnd > a.lastPeriodEnd) a.lastPeriodEnd = periodEnd;
  a.views.add(view);
}

const CANDIDATES = `SELECT f.id, f.seriesId, f.period, f.periodKind, f.periodStart, f.periodEnd, f.basis, f.unit, f.baseYear, f.value,
       f.decimals, f.status, f.quantityUnit, f.quote, f.location, f.statedPeriod, f.flags, f.note,
       r.id AS releaseId, r.name AS releaseName, r.publisher, r.publishedOn, r.publishedOnNote, r.sourceFile
  FROM figures f JOIN releases r ON r.id = f.releaseId`;

/** All candidates of one series for one basis, known on `asOf` (publication date) if given. */
export function candidatesForSeries(db: Db, seriesId: number, basis: Basis, asOf?: string): FigureCandidate[] {
  const sql = `${CANDIDATES} WHERE f.seriesId = ? AND f.basis = ? AND (? IS NULL OR r.publishedOn <= ?) ORDER BY f.periodEnd, f.periodStart DESC`;
  return statement<CandidateRow>(db, sql)
    .all(seriesId, basis, asOf ?? null, asOf ?? null)
    .map(toCandidate);
}

/** The candidates of one figure: one series, period and basis. */
export function candidatesForFigure(db: Db, seriesId: number, period: string, basis: Basis, asOf?: string): FigureCandidate[] {
  const sql = `${CANDIDATES} WHERE f.seriesId = ? AND f.basis = ? AND f.period = ? AND (? IS NULL OR r.publishedOn <= ?)`;
  return statement<CandidateRow>(db, sql)
    .all(seriesId, basis, period, asOf ?? null, asOf ?? null)
    .map(toCandidate);
}

/** The candidates of one period and basis for the given series only: one seek of the period index per series. */
export function candidatesForPeriodSeries(db: Db, period: string, basis: Basis, seriesIds: readonly number[], asOf?: string): FigureCandidate[] {
  const sql = `${CANDIDATES} WHERE f.period = ? AND f.basis = ? AND f.seriesId IN (SELECT value FROM json_each(?)) AND (? IS NULL OR r.publishedOn <= ?)`;
  return statement<CandidateRow>(db, sql)
    .all(period, basis, JSON.stringify(seriesIds), asOf ?? null, asOf ?? null)
    .map(toCandidate);
}

/** Whether a series has any figure (of the basis, if given). */
export function seriesHasFigures(db: Db, seriesId: number, basis: Basis | null): boolean {
  return statement(db, 'SELECT 1 FROM figures WHERE seriesId = ? AND (? IS NULL OR basis = ?) LIMIT 1').get(seriesId, basis, basis) !== undefined;
}

/** From the series' statistics kept at write time (a count of the figures themselves reads all of them: 40–120 ms on 8 million). */
export function countFigures(db: Db): number {
  return statement<{ n: number }>(db, 'SELECT COALESCE(SUM(figureCount), 0) AS n FROM seriesStats').get()!.n;
}
