// Figures as stored: one row per value per release. Choosing what to show is select.ts.
import type { Basis, FigureInput, PeriodKind, Status, Unit } from '../../shared/domain.js';
import { parsePeriod, type Period } from '../../shared/period.js';
import { seriesIdCache } from '../catalog/repository.js';
import { addToSeriesStats, refreshSeriesStats, type AddedFigures } from '../catalog/series-stats.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { keepReleaseFigureCount } from '../releases/figure-counts.js';
import { keepReleasePeriods } from './release-periods.js';
import { notePendingPoints } from './pending-points.js';
import { keepShownPoints } from './shown-points.js';

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

/** Positional values (faster to bind than named ones); a figure the release already holds is left alone (see FigureWriter.add). */
const INSERT = `INSERT INTO figures (seriesId, releaseId, period, periodKind, periodStart, periodEnd, basis, unit, baseYear, value, decimals,
                     status, quantityUnit, quote, location, statedPeriod, flags, note)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT DO NOTHING`;

/** Stores a release's figures, its series' statistics and its periods, and notes the points they show (call inside the release's transaction); returns how many. */
export function insertFigures(db: Db, releaseId: number, figures: FigureInput[]): number {
  addToSeriesStats(db, storeFigures(db, releaseId, figures));
  keepReleasePeriods(db, releaseId);
  keepReleaseFigureCount(db, releaseId);
  notePendingPoints(db, releaseId);
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
  for (const { releaseId } of releases) {
    keepReleasePeriods(db, releaseId);
    keepReleaseFigureCount(db, releaseId);
    keepShownPoints(db, releaseId);
  }
}

/** Writes the rows only; the caller updates the statistics of the series returned. */
function storeFigures(db: Db, releaseId: number, figures: FigureInput[]): Map<number, AddedFigures> {
  const writer = figureWriter(db, releaseId);
  for (const f of figures) {
    if (!writer.add(f)) throw new Error(`${f.geo}/${f.item} ${f.period} ${f.basis} ${f.unit} is stated twice in release ${releaseId}`);
  }
  return writer.added;
}

/** Writes one release's figures a figure at a time (call inside the release's transaction), then its series' statistics. */
export interface FigureWriter {
  /** Stores a figure; false when the release already holds a figure with its identity (nothing is written). */
  add(f: FigureInput): boolean;
  /** What was added per series, for the statistics. */
  readonly added: Map<number, AddedFigures>;
  /** Adds the stored figures to their series' statistics, once per series; returns how many figures were stored. */
  finish(): number;
}

export function figureWriter(db: Db, releaseId: number): FigureWriter {
  const put = statement(db, INSERT);
  const seriesId = seriesIdCache(db);
  const periods = new Map<string, Period>();
  const added = new Map<number, AddedFigures>();
  let stored = 0;
  return {
    added,
    add(f) {
      let period = periods.get(f.period);
      if (!period) {
        const parsed = parsePeriod(f.period);
        if (!parsed) throw new Error(`invalid period '${f.period}'`);
        periods.set(f.period, (period = parsed));
      }
      const id = seriesId(f.geo, f.item, f.measure);
      const flags = f.flags && f.flags.length > 0 ? JSON.stringify(f.flags) : '[]';
      const { changes } = put.run(
        id,
        releaseId,
        period.code,
        period.kind,
        period.start,
        period.end,
        f.basis,
        f.unit,
        f.baseYear ?? 0,
        f.value,
        f.decimals,
        f.status,
        f.quantityUnit ?? null,
        f.quote ?? null,
        f.location ?? null,
        f.statedPeriod ?? null,
        flags,
        f.note ?? null,
      );
      if (changes === 0) return false;
      stored++;
      tally(added, id, period.end, `${f.basis}:${f.unit}`);
      return true;
    },
    finish() {
      addToSeriesStats(db, added);
      keepReleasePeriods(db, releaseId);
      keepReleaseFigureCount(db, releaseId);
      notePendingPoints(db, releaseId);
      return stored;
    },
  };
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
