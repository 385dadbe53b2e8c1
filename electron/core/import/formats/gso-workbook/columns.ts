// What the two tables share: the header block above the data, a reading of each column's header,
// the period each column is about, and reading a number out of a data cell.
import { said } from '../../../../shared/messages/import.js';
import type { Place } from '../../../../shared/messages/place.js';
import { excerpt } from '../../read/limits.js';
import type { Status } from '../../../../shared/domain.js';
import { cumulativePeriod, monthPeriod, quarterPeriod, yearPeriod, type Period } from '../../../../shared/period.js';
import { ImportError, type Warning } from '../../types.js';
import type { Grid } from './grid.js';
import { readHeader, type HeaderReading, type PeriodExpr } from './header.js';
import { fold } from './text.js';

export interface Column {
  col: number;
  /** Header text as shown, pieces joined top to bottom. */
  header: string;
  /** Where the header starts, "2.IIPthang!D4". */
  headerCell: string;
  /** The same cell as a message's place. */
  headerPlace: Place;
  reading: HeaderReading;
  /** Filled in once every column is read and the years are known. */
  period?: Period;
}

/** Context for completing periods whose header gives no year. */
export interface YearContext {
  /** Publication date from the file name, when there is one. */
  published: { year: number; month: number } | null;
}

/**
 * The rows above `firstDataRow` that hold the column headers: walks upwards over a few blank rows,
 * then takes rows while some data column has header text. A title merged across the table from the
 * label column, or text only in the label column, ends the block.
 */
export function headerRows(grid: Grid, firstDataRow: number, labelCol: number, dataCols: number[]): number[] {
  const rows: number[] = [];
  let r = firstDataRow - 1;
  let blanks = 0;
  while (r >= 1 && rows.length < 12) {
    let has = false;
    for (const c of dataCols) {
      const m = grid.mergedText(r, c);
      if (m.text && (m.mergeStartCol === null || m.mergeStartCol > labelCol)) has = true;
    }
    if (!has) {
      if (rows.length === 0 && blanks < 3) {
        blanks++;
        r--;
        continue;
      }
      break;
    }
    rows.unshift(r);
    r--;
  }
  return rows;
}

const UNIT_NOTE = /^(?:\(?%\)?|(?:don vi tinh|dvt|unit)\s*:?\s*%?)$/;

/** The header text of a column: merged cells counted once, unit notes ("%", "Đơn vị tính: %") left out. */
export function columnHeader(grid: Grid, rows: number[], col: number, labelCol: number): { text: string; firstCell: { row: number; col: number } | null } {
  const pieces: string[] = [];
  let firstCell: { row: number; col: number } | null = null;
  let lastOrigin = '';
  for (const r of rows) {
    const m = grid.mergedText(r, col);
    if (!m.text || (m.mergeStartCol !== null && m.mergeStartCol <= labelCol)) continue;
    const origin = `${m.row},${m.col}`;
    if (origin === lastOrigin) continue;
    lastOrigin = origin;
    if (UNIT_NOTE.test(fold(m.text))) continue;
    pieces.push(m.text);
    firstCell ??= { row: r, col };
  }
  return { text: pieces.join(' ').replace(/\s+/g, ' ').trim(), firstCell };
}

/** Reads the headers of the data columns; a header that cannot be read is an error at its cell. */
export function readColumns(grid: Grid, file: string, rows: number[], labelCol: number, dataCols: number[]): Column[] {
  const out: Column[] = [];
  for (const col of dataCols) {
    const { text, firstCell } = columnHeader(grid, rows, col, labelCol);
    const at = firstCell ?? { row: rows[0] ?? 1, col };
    const place = grid.place(at.row, at.col);
    if (!text) throw new ImportError(file, place, said('gso.column-no-header'));
    const r = readHeader(text);
    if (!r.ok) throw new ImportError(file, place, said('gso.column-period', { header: excerpt(text), problem: r.problem }));
    out.push({ col, header: text, headerCell: grid.address(at.row, at.col), headerPlace: place, reading: r.reading });
  }
  return out;
}

/**
 * Gives every column a canonical period. Headers that leave out the year take it from the other
 * columns (the latest year they name), else from the publication date in the file name.
 */
export function assignPeriods(columns: Column[], ctx: YearContext, file: string): void {
  // The latest month any dated column reaches, else the publication month.
  let ref: { year: number; month: number } | null = null;
  for (const c of columns) {
    const s = c.reading.subject;
    if (s.year === null) continue;
    const month = lastMonth(s);
    if (!ref || s.year * 12 + month > ref.year * 12 + ref.month) ref = { year: s.year, month };
  }
  ref ??= ctx.published;
  for (const c of columns) {
    let s = c.reading.subject;
    if (s.year === null) {
      if (!ref) throw new ImportError(file, c.headerPlace, said('gso.column-year', { header: excerpt(c.header) }));
      // A month after the reference month belongs to the year before ("tháng 12" in a January release).
      s = { ...s, year: lastMonth(s) > ref.month ? ref.year - 1 : ref.year } as PeriodExpr;
    }
    c.period = toPeriod(s);
  }
}

const lastMonth = (s: PeriodExpr): number => (s.kind === 'month' ? s.month : s.kind === 'cumulative' ? s.months : s.kind === 'quarter' ? s.quarter * 3 : 12);

export function toPeriod(s: PeriodExpr): Period {
  const y = s.year as number;
  switch (s.kind) {
    case 'month':
      return monthPeriod(y, s.month);
    case 'cumulative':
      return cumulativePeriod(y, s.months);
    case 'quarter':
      return quarterPeriod(y, s.quarter);
    case 'year':
      return yearPeriod(y);
  }
}

/** The header's own status word, else: about the reference month → estimate, earlier → preliminary. */
export function statusFor(column: Column, referenceMonth: string): Status {
  if (column.reading.status) return column.reading.status;
  return (column.period as Period).end >= referenceMonth ? 'estimate' : 'preliminary';
}

/** Markers GSO and others use for "no figure". */
const MISSING = /^(?:-+|–|—|\.{2,3}|…|x|n\/a|na|k\.?c\.?|\*)$/i;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

export type CellNumber = { kind: 'number'; value: number; fromText: boolean } | { kind: 'missing'; marker: string };

/** A data cell as a number; "-", "..", empty → missing; anything else that is not a number is an error. */
export function numberAt(grid: Grid, file: string, row: number, col: number): CellNumber {
  const c = grid.cell(row, col);
  if (!c || c.value === null) {
    if (c?.error) throw new ImportError(file, grid.place(row, col), said('gso.cell-error', { value: excerpt(c.error, 20) }));
    return { kind: 'missing', marker: '' };
  }
  if (typeof c.value === 'number') return { kind: 'number', value: c.value, fromText: false };
  if (typeof c.value === 'boolean') throw new ImportError(file, grid.place(row, col), said('gso.cell-logical', { value: c.value ? 'TRUE' : 'FALSE' }));
  const t = grid.text(row, col).replace(/\s/g, '');
  if (t === '' || MISSING.test(t)) return { kind: 'missing', marker: t };
  if (PLAIN_NUMBER.test(t)) return { kind: 'number', value: Number(t), fromText: true };
  throw new ImportError(file, grid.place(row, col), said('gso.cell-text', { text: excerpt(grid.text(row, col)) }));
}

/** The warning for a data cell without a figure (empty, or a "no figure" marker such as "-" or ".."). */
export function noFigureWarning(grid: Grid, row: number, col: number, label: string, missing: { marker: string }): Warning {
  return said('warning.gso.no-figure', {
    at: { place: grid.place(row, col) },
    label,
    why: missing.marker ? said('warning.gso.marker', { marker: missing.marker }) : said('warning.gso.empty-cell'),
  });
}

/** True when a cell holds a number or text that reads as one (used to find data columns). */
export function looksNumeric(grid: Grid, row: number, col: number): boolean {
  const c = grid.cell(row, col);
  if (!c) return false;
  if (typeof c.value === 'number') return true;
  return typeof c.value === 'string' && PLAIN_NUMBER.test(c.value.trim());
}

/** Row labels that are notes, not table rows. */
export const NOTE_LABEL = /^(?:\(\*+\)|\*|ghi chu|chu thich|nguon|note|source)/;

/** A row label that continues the label above it: starts in lower case or with an opening bracket. */
export function isContinuation(label: string): boolean {
  const first = label.charAt(0);
  return first === '(' || (first.toLowerCase() === first && first.toUpperCase() !== first);
}

export interface DataRow {
  row: number;
  /** Row label as shown; a name broken over several rows is joined. */
  label: string;
}

/**
 * The table's rows from `startRow` down: a row with a label and values is a data row; rows with a
 * label and no values are the first lines of a long name when the next lines continue it
 * ("Sản xuất sản phẩm từ kim loại đúc sẵn" / "(trừ máy móc, thiết bị)"), otherwise headings or notes.
 */
export function walkRows(grid: Grid, startRow: number, labelCol: number, dataCols: number[], warnings: Warning[]): DataRow[] {
  const out: DataRow[] = [];
  let pending: { row: number; label: string }[] = [];
  const dropPending = () => {
    for (const p of pending) warnings.push(said('warning.gso.row-without-figures', { at: { place: grid.place(p.row, labelCol) }, label: p.label }));
    pending = [];
  };
  for (let r = startRow; r <= grid.maxRow; r++) {
    const label = grid.text(r, labelCol);
    const hasValue = dataCols.some((c) => {
      const cell = grid.cell(r, c);
      return cell !== undefined && (cell.error !== undefined || (cell.value !== null && cell.value !== ''));
    });
    if (!label) {
      if (hasValue) warnings.push(said('warning.gso.figures-without-label', { at: { place: grid.place(r, labelCol) } }));
      continue;
    }
    if (grid.sheet.hiddenRows.has(r) && hasValue) warnings.push(said('warning.gso.row-hidden', { at: { place: grid.place(r, labelCol) }, label }));
    if (!hasValue) {
      if (NOTE_LABEL.test(fold(label))) {
        pending = [];
        continue;
      }
      if (!isContinuation(label)) dropPending();
      pending.push({ row: r, label });
      continue;
    }
    let full = label;
    if (pending.length) {
      if (isContinuation(label)) full = [...pending.map((p) => p.label), label].join(' ');
      else dropPending();
      pending = [];
    }
    out.push({ row: r, label: full });
  }
  dropPending();
  return out;
}

/** Data columns: right of `fromCol`, numbers in at least a third of the labelled rows. */
export function findDataColumns(grid: Grid, rows: number[], fromCol: number): number[] {
  const cols: number[] = [];
  const need = Math.max(1, Math.ceil(rows.length / 3));
  for (let c = fromCol + 1; c <= grid.maxCol; c++) {
    let n = 0;
    for (const r of rows) if (looksNumeric(grid, r, c)) n++;
    if (n >= need) cols.push(c);
  }
  return cols;
}
