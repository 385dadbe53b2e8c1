// Choosing the point a chart draws for each figure of one period, from the period's stored rows as
// columns (the rule of choosePoint in select.ts, without an object a row): the newest statement's
// value; of the statements agreeing with it up to rounding, the most precise, then the one with the
// fewest flags, then the newest; revised when any statement disagrees. Shared by the kept points
// (shown-points.ts, at write time) and the read as of a date (points-read.ts).
import { STATUSES, UNITS, type Basis, type Unit } from '../../shared/domain-terms.js';
import { agreeUpToRounding, roundTo, shownUnit } from './shown-value.js';

/** SQL for a text column's place in `values` (its index), as the kept points store a basis, kind, status or unit. */
export const placeSql = (column: string, values: readonly string[]): string =>
  `(CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN ${i}`).join(' ')} END)`;

/** A stored row's `kind` in SQL: (baseYear × 16 + status × 4 + unit) × 64 + its flags' count (at most 63). */
export const STORED_KIND_SQL = `((baseYear * 16 + ${placeSql('status', STATUSES)} * 4 + ${placeSql('unit', UNITS)}) * 64
  + CASE flags WHEN '[]' THEN 0 ELSE min(json_array_length(flags), 63) END)`;

/** Stored rows as columns, a period's rows next to each other. */
export interface StoredColumns {
  periods: string[];
  values: number[];
  decimals: number[];
  releases: number[];
  kinds: number[];
}

/** An index of a change (106.2) shown as the % change it states (6.2): normalisedValue's rule. */
export const indexAsChange = (value: number, decimals: number): number => roundTo(value - 100, decimals);

export const storedUnitOf = (kind: number): Unit => UNITS[Math.floor(kind / 64) % 4]!;
const statusIndexOf = (kind: number): number => Math.floor(kind / 256) % 4;
const baseYearOf = (kind: number): number => Math.floor(kind / 1024);
const flagCountOf = (kind: number): number => kind % 64;

/** A figure of a period is its shown unit and base year: `figure` orders a period's figures. */
export const figureOf = (basis: Basis, kind: number): number => baseYearOf(kind) * 4 + UNITS.indexOf(shownUnit(basis, storedUnitOf(kind)));

export interface ChosenPoint {
  /** The row whose statement is shown. */
  row: number;
  figure: number;
  value: number;
  decimals: number;
  /** As figures:points packs them: ((baseYear × 16 + status × 4 + shown unit) × 2 + revised). */
  flags: number;
}

/** What a choice needs besides the rows: the basis, each release's publication date, and which rows count. */
export interface ChoiceContext {
  basis: Basis;
  publishedOn: (releaseId: number) => string;
  /** A row left out (published after an as-of date, another shown unit); every row counts if absent. */
  counts?: (row: number) => boolean;
}

/** The points of rows [from, to) of `stored` (one period's), a figure at a time in `figure` order. */
export function choosePeriod(stored: StoredColumns, from: number, to: number, ctx: ChoiceContext): ChosenPoint[] {
  const changes = ctx.basis === 'yoy' || ctx.basis === 'mom';
  const value = (row: number): number =>
    changes && storedUnitOf(stored.kinds[row]!) === 'index' ? indexAsChange(stored.values[row]!, stored.decimals[row]!) : stored.values[row]!;
  const newer = (a: number, b: number): boolean => {
    const [ra, rb] = [stored.releases[a]!, stored.releases[b]!];
    const [pa, pb] = [ctx.publishedOn(ra), ctx.publishedOn(rb)];
    return pa !== pb ? pa > pb : ra > rb;
  };
  const ranksBefore = (a: number, b: number): boolean => {
    const [da, db] = [stored.decimals[a]!, stored.decimals[b]!];
    if (da !== db) return da > db;
    const [fa, fb] = [flagCountOf(stored.kinds[a]!), flagCountOf(stored.kinds[b]!)];
    if (fa !== fb) return fa < fb;
    return newer(a, b);
  };

  const byFigure = new Map<number, number[]>();
  for (let row = from; row < to; row++) {
    if (ctx.counts && !ctx.counts(row)) continue;
    const figure = figureOf(ctx.basis, stored.kinds[row]!);
    const rows = byFigure.get(figure);
    if (rows) rows.push(row);
    else byFigure.set(figure, [row]);
  }

  const chosen: ChosenPoint[] = [];
  for (const [figure, rows] of byFigure) {
    let shown = rows[0]!;
    let revised = false;
    if (rows.length > 1) {
      let newest = shown;
      for (const row of rows) if (newer(row, newest)) newest = row;
      const newestValue = value(newest);
      const agrees = (row: number): boolean => agreeUpToRounding(value(row), stored.decimals[row]!, newestValue, stored.decimals[newest]!);
      shown = newest;
      for (const row of rows) {
        if (!agrees(row)) revised = true;
        else if (ranksBefore(row, shown)) shown = row;
      }
    }
    const k = stored.kinds[shown]!;
    const unit = UNITS.indexOf(shownUnit(ctx.basis, storedUnitOf(k)));
    chosen.push({
      row: shown,
      figure,
      value: value(shown),
      decimals: stored.decimals[shown]!,
      flags: (baseYearOf(k) * 16 + statusIndexOf(k) * 4 + unit) * 2 + (revised ? 1 : 0),
    });
  }
  return byFigure.size > 1 ? chosen.sort((a, b) => a.figure - b.figure) : chosen;
}
