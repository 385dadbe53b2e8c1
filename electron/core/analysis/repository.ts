// What the checks read: every stored figure with its release and series, in one pass (the store
// holds tens of thousands; the checks look most of them up several times, so they are read once).
import type { Measure } from '../../shared/domain.js';
import type { FigureCandidate } from '../figures/repository.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';

/** A stored figure as the figures repository reads it, with its series' codes and its release's source kind. */
export type StoredFigure = Pick<
  FigureCandidate,
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

const ALL = `SELECT f.seriesId, s.geoCode, s.itemCode, s.measure, f.period, f.periodKind, f.periodStart, f.periodEnd, f.basis, f.unit,
       f.baseYear, f.value, f.decimals, f.status, f.quote, f.location,
       r.id AS releaseId, r.name AS releaseName, r.publisher, r.publishedOn, r.sourceKind
  FROM figures f JOIN releases r ON r.id = f.releaseId JOIN series s ON s.id = f.seriesId
 WHERE (? IS NULL OR r.publishedOn <= ?)`;

/**
 * Every figure known on `asOf` (by publication date), or every figure. Read a row at a time, not with
 * all(): the checks' worker must be able to stop between rows (a thread stopped while one native
 * call reads millions of rows would hold up the app's exit until the call returned).
 */
export function storedFigures(db: Db, asOf: string | null): StoredFigure[] {
  const figures: StoredFigure[] = [];
  for (const figure of statement<StoredFigure>(db, ALL).iterate(asOf, asOf)) figures.push(figure);
  return figures;
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
