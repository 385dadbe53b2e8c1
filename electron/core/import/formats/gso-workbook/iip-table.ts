// The IIP-by-industry table: found by its "Toàn ngành công nghiệp" row, read into index figures.
import { said } from '../../../../shared/messages/import.js';
import { locationParam } from '../../../../shared/messages/said.js';
import { excerpt } from '../../read/limits.js';
import type { RawFigure, Warning } from '../../types.js';
import { ImportError } from '../../types.js';
import { assignPeriods, findDataColumns, headerRows, noFigureWarning, numberAt, readColumns, walkRows, type Column, type YearContext } from './columns.js';
import type { Grid } from './grid.js';
import { fold, storedDecimals } from './text.js';

export interface IipCandidate {
  grid: Grid;
  totalRow: number;
  labelCol: number;
  /** 0: titled as an IIP table; 1: titled as the quarterly IIP table; 2: no IIP title. */
  rank: number;
}

const TOTAL = /^(?:[0-9ivx]+[.)]\s*)?(?:toan nganh cong nghiep|toan nganh|toan bo nganh cong nghiep|whole industry|all industries|total industry)\b/;
/** Tables with the same rows that are not production indices. */
const NOT_IIP = /lao dong|ton kho|tieu thu|labou?r|\blei\b|employ|inventor|consumption|doanh thu|doanh nghiep/;
const IIP_TITLE = /chi so san xuat|index of industrial production|\biip\b/;
const QUARTERLY = /cac quy|every quarter|\bquarterly\b/;

/** A sheet is a candidate when one of its first columns has a whole-industry row and its title is not about labour or stocks. */
export function iipCandidate(grid: Grid): IipCandidate | null {
  const maxRow = Math.min(grid.maxRow, 100);
  const maxCol = Math.min(grid.maxCol, 4);
  for (let r = 1; r <= maxRow; r++) {
    for (let c = 1; c <= maxCol; c++) {
      const f = grid.folded(r, c);
      if (!f || f.length > 60 || !TOTAL.test(f)) continue;
      const above: string[] = [];
      for (let rr = 1; rr < r; rr++) for (let cc = 1; cc <= Math.min(grid.maxCol, 30); cc++) above.push(grid.folded(rr, cc));
      const context = above.join(' ');
      if (NOT_IIP.test(context)) return null;
      const rank = IIP_TITLE.test(context) ? (QUARTERLY.test(context) ? 1 : 0) : 2;
      return { grid, totalRow: r, labelCol: c, rank };
    }
  }
  return null;
}

export interface TableRead {
  /** Figures with the column each came from (statuses are set once the reference month is known). */
  entries: { figure: RawFigure; column: Column }[];
  columns: Column[];
  warnings: Warning[];
  /** Latest month any column is about, YYYY-MM. */
  lastMonth: string;
}

/** Reads the IIP table. Statuses are left for the caller, who knows the reference month. */
export function readIipTable(cand: IipCandidate, file: string, ctx: YearContext): TableRead {
  const { grid, totalRow, labelCol } = cand;
  const warnings: Warning[] = [];
  const labelled: number[] = [];
  for (let r = totalRow; r <= grid.maxRow; r++) if (grid.text(r, labelCol)) labelled.push(r);
  const dataCols = findDataColumns(grid, labelled, labelCol);
  if (dataCols.length === 0)
    throw new ImportError(file, grid.place(totalRow, labelCol + 1), said('gso.no-figures-right-of', { label: excerpt(grid.text(totalRow, labelCol)) }));
  const hdr = headerRows(grid, totalRow, labelCol, dataCols);
  if (hdr.length === 0) throw new ImportError(file, grid.place(Math.max(1, totalRow - 1), dataCols[0] as number), said('gso.no-iip-headers'));
  const columns = readColumns(grid, file, hdr, labelCol, dataCols);
  for (const c of columns) {
    if (!c.reading.basis) throw new ImportError(file, c.headerPlace, said('gso.iip-basis', { header: excerpt(c.header) }));
  }
  assignPeriods(columns, ctx, file);
  warnDuplicateColumns(columns, warnings);

  const entries: { figure: RawFigure; column: Column }[] = [];
  const rows = walkRows(grid, totalRow, labelCol, dataCols, warnings);
  // GSO stores indices to 2 decimals and Excel drops trailing zeros (126.40 → 126.4): judge the
  // precision of a column by its most precise cell.
  const columnPrecision = new Map<number, number>();
  for (const col of columns) {
    let p = 0;
    for (const { row } of rows) {
      const v = grid.cell(row, col.col)?.value;
      if (typeof v === 'number') p = Math.max(p, storedDecimals(v));
    }
    columnPrecision.set(col.col, p);
  }
  let missing = 0;
  for (const { row, label } of rows) {
    for (const col of columns) {
      const n = numberAt(grid, file, row, col.col);
      if (n.kind === 'missing') {
        missing++;
        if (missing <= 5) warnings.push(noFigureWarning(grid, row, col.col, label, n));
        continue;
      }
      if (n.fromText) warnings.push(said('warning.gso.number-as-text', { at: { place: grid.place(row, col.col) }, text: grid.text(row, col.col) }));
      const figure: RawFigure = {
        geoLabel: '',
        itemLabel: label,
        measure: 'iip',
        period: col.period!.code,
        basis: col.reading.basis!,
        unit: 'index',
        value: n.value,
        decimals: iipDecimals(Math.max(storedDecimals(n.value), columnPrecision.get(col.col) ?? 0), grid.decimals(row, col.col)),
        location: grid.address(row, col.col),
        quote: `${label} | ${col.header}`,
      };
      entries.push({ figure, column: col });
    }
  }
  if (missing > 5) warnings.push(said('warning.gso.cells-without-figure', { sheet: grid.name, count: missing }));
  const total = fold(grid.text(totalRow, labelCol));
  if (!entries.some((e) => fold(e.figure.itemLabel) === total)) {
    throw new ImportError(file, grid.place(totalRow, labelCol), said('gso.iip-total-empty'));
  }
  return { entries, columns, warnings, lastMonth: lastMonthOf(columns) };
}

/**
 * IIP indices: the decimals the cell's number format shows, but 2 when the stored values are more
 * precise than that (GSO computes indices to 2 decimals; most cells hold them under a 0.0 format).
 * Under the General format the stored value is what shows, up to 2 decimals.
 * `stored` is the precision of the stored value (or of its column).
 */
export function iipDecimals(stored: number, formatDecimals: number | null): number {
  if (formatDecimals === null) return Math.min(stored, 2);
  return stored > formatDecimals ? Math.max(formatDecimals, 2) : formatDecimals;
}

export function lastMonthOf(columns: Column[]): string {
  return columns.reduce((m, c) => (c.period!.end > m ? c.period!.end : m), '0000-00');
}

export function warnDuplicateColumns(columns: Column[], warnings: Warning[]): void {
  const seen = new Map<string, Column>();
  for (const c of columns) {
    const key = `${c.period!.code}|${c.reading.basis ?? 'level'}`;
    const prev = seen.get(key);
    if (prev) warnings.push(said('warning.gso.same-column', { at: locationParam(c.headerCell), before: locationParam(prev.headerCell), header: c.header }));
    else seen.set(key, c);
  }
}
