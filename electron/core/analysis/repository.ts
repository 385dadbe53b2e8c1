// What the checks read: one geography's stored figures with their releases and series, in one pass
// (the checks look most of them up several times, so they are read once), and which geographies
// to read. Every check compares figures of one geography, so a national store is checked one
// geography at a time: memory bounded by the largest geography, not the store (checks.ts).
import type { Measure } from '../../shared/domain.js';
import type { FigureCandidate } from '../figures/repository.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';

/** A stored figure as the figures repository reads it, with its series' codes and its release's source kind. */
export type StoredFigure = Pick<
  FigureCandidate,
  | 'id'
  | 'seriesId'
  | 'period'
  | 'periodKind'
  | 'periodStart'
  | 'periodEnd'
  | 'basis'
  | 'unit'
  | 'baseYear'
  | 'value'
  | 'decimals'
  | 'status'
  | 'quote'
  | 'location'
  | 'releaseId'
  | 'releaseName'
  | 'publisher'
  | 'publishedOn'
> & { geoCode: string; itemCode: string; measure: Measure; sourceKind: string };

export const FIGURES_OF_GEO_SQL = `SELECT f.id, f.seriesId, s.geoCode, s.itemCode, s.measure, f.period, f.periodKind, f.periodStart, f.periodEnd, f.basis, f.unit,
       f.baseYear, f.value, f.decimals, f.status, f.quote, f.location,
       r.id AS releaseId, r.name AS releaseName, r.publisher, r.publishedOn, r.sourceKind
  FROM series s JOIN figures f ON f.seriesId = s.id JOIN releases r ON r.id = f.releaseId
 WHERE s.geoCode = ? AND (? IS NULL OR r.publishedOn <= ?)`;

/**
 * The figures of one geography known on `asOf` (by publication date), or all of them: its series by
 * the series' (geo, item, measure) index, their figures by figuresBySeries. Read a row at a time,
 * not with all(): the checks' worker must be able to stop between rows (a thread stopped while one
 * native call reads many rows would hold up the app's exit until the call returned).
 */
export function storedFiguresOfGeo(db: Db, geoCode: string, asOf: string | null): StoredFigure[] {
  const figures: StoredFigure[] = [];
  for (const figure of statement<StoredFigure>(db, FIGURES_OF_GEO_SQL).iterate(geoCode, asOf, asOf)) figures.push(figure);
  return figures;
}

/** The geographies to check: every one with series, or those the release states figures of (no other has a claim to check). */
export function geosToCheck(db: Db, releaseId: number | null): string[] {
  const rows =
    releaseId === null
      ? statement<{ geoCode: string }>(db, 'SELECT DISTINCT geoCode FROM series ORDER BY geoCode').all()
      : statement<{ geoCode: string }>(
          db,
          'SELECT DISTINCT s.geoCode FROM figures f JOIN series s ON s.id = f.seriesId WHERE f.releaseId = ? ORDER BY s.geoCode',
        ).all(releaseId);
  return rows.map((r) => r.geoCode);
}

/** Code and names of every geo and item, for naming figures in findings. */
export interface Named {
  code: string;
  nameVi: string;
  nameEn: string;
}

export function namedGeos(db: Db): Map<string, Named> {
  return new Map(
    statement<Named>(db, 'SELECT code, nameVi, nameEn FROM geos')
      .all()
      .map((g) => [g.code, g]),
  );
}

export function namedItems(db: Db): Map<string, Named & { kind: string }> {
  return new Map(
    statement<Named & { kind: string }>(db, 'SELECT code, kind, nameVi, nameEn FROM items')
      .all()
      .map((i) => [i.code, i]),
  );
}
