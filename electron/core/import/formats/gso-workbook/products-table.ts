// The key-products table: product, unit, previous month (actual), this month (estimate), months so far,
// and changes against the same period of last year as indices (101.5 = +1.5 %).
import { said } from '../../../../shared/messages/import.js';
import { excerpt } from '../../read/limits.js';
import type { RawFigure, Warning } from '../../types.js';
import { ImportError } from '../../types.js';
import {
  assignPeriods,
  findDataColumns,
  headerRows,
  looksNumeric,
  noFigureWarning,
  numberAt,
  readColumns,
  walkRows,
  type Column,
  type YearContext,
} from './columns.js';
import type { Grid } from './grid.js';
import { lastMonthOf, warnDuplicateColumns, type TableRead } from './iip-table.js';
import { cleanText, fold } from './text.js';

export interface ProductsCandidate {
  grid: Grid;
  unitRow: number;
  unitCol: number;
  labelCol: number;
  firstRow: number;
  /** 0: titled as the monthly key-products table; 1: the quarterly one; 2: no title, recognised by its header. */
  rank: number;
}

const UNIT_HEADER = /^(?:don vi(?: tinh)?|dvt|units?)$/;
const PRODUCTS_TITLE = /san pham|industrial products|key products/;
const NOT_PRODUCTS = /chan nuoi|nhap khau|xuat khau|hang hoa|chi so gia|livestock|import|export|price/;
const QUANTITY_WORDS = /thuc hien|uoc tinh|cong don|performance|estimate|accrued/;
const QUARTERLY = /cac quy|every quarter|\bquarterly\b/;
const DITTO = /^(?:["“”„″〃'‘’`]{1,2}|-?\s*nt\s*-?|nhu tren)$/;

export function productsCandidate(grid: Grid): ProductsCandidate | null {
  for (let r = 1; r <= Math.min(grid.maxRow, 20); r++) {
    for (let c = 2; c <= Math.min(grid.maxCol, 6); c++) {
      if (!UNIT_HEADER.test(grid.folded(r, c))) continue;
      const title: string[] = [];
      for (let rr = 1; rr < r; rr++) for (let cc = 1; cc <= Math.min(grid.maxCol, 12); cc++) title.push(grid.folded(rr, cc));
      const header: string[] = [];
      for (let rr = r; rr <= Math.min(grid.maxRow, r + 5); rr++) for (let cc = c + 1; cc <= Math.min(grid.maxCol, 20); cc++) header.push(grid.folded(rr, cc));
      const t = title.join(' ');
      const h = header.join(' ');
      if (NOT_PRODUCTS.test(t) || NOT_PRODUCTS.test(h)) return null;
      const titled = PRODUCTS_TITLE.test(t);
      if (!titled && !QUANTITY_WORDS.test(h)) return null;
      const labelCol = c - 1;
      let firstRow = 0;
      for (let rr = r + 1; rr <= grid.maxRow && !firstRow; rr++) {
        if (!grid.text(rr, labelCol)) continue;
        let n = 0;
        for (let cc = c + 1; cc <= grid.maxCol; cc++) if (looksNumeric(grid, rr, cc)) n++;
        if (n >= 2) firstRow = rr;
      }
      if (!firstRow) return null;
      const rank = titled ? (QUARTERLY.test(t) ? 1 : 0) : 2;
      return { grid, unitRow: r, unitCol: c, labelCol, firstRow, rank };
    }
  }
  return null;
}

export function readProductsTable(cand: ProductsCandidate, file: string, ctx: YearContext): TableRead {
  const { grid, unitCol, labelCol, firstRow } = cand;
  const warnings: Warning[] = [];
  const labelled: number[] = [];
  for (let r = firstRow; r <= grid.maxRow; r++) if (grid.text(r, labelCol)) labelled.push(r);
  const dataCols = findDataColumns(grid, labelled, unitCol);
  if (dataCols.length === 0) throw new ImportError(file, grid.place(firstRow, unitCol + 1), said('gso.no-figures-right-of-unit'));
  const hdr = headerRows(grid, firstRow, labelCol, dataCols);
  if (hdr.length === 0) throw new ImportError(file, grid.place(Math.max(1, firstRow - 1), dataCols[0] as number), said('gso.no-products-headers'));
  const columns = readColumns(grid, file, hdr, labelCol, dataCols);
  for (const c of columns) {
    if (!c.reading.basis && c.reading.percent) {
      throw new ImportError(file, c.headerPlace, said('gso.percent-basis', { header: excerpt(c.header) }));
    }
  }
  assignPeriods(columns, ctx, file);
  warnDuplicateColumns(columns, warnings);

  const entries: { figure: RawFigure; column: Column }[] = [];
  let unit: string | null = null;
  let missing = 0;
  for (const { row, label } of walkRows(grid, firstRow, labelCol, dataCols, warnings)) {
    const rawUnit = grid.text(row, unitCol);
    if (DITTO.test(fold(rawUnit))) {
      if (unit === null) warnings.push(said('warning.gso.unit-as-above-alone', { at: { place: grid.place(row, unitCol) }, unit: rawUnit }));
    } else if (rawUnit) unit = cleanText(rawUnit);
    else {
      unit = null;
      warnings.push(said('warning.gso.no-unit', { at: { place: grid.place(row, unitCol) }, label }));
    }
    for (const col of columns) {
      const n = numberAt(grid, file, row, col.col);
      if (n.kind === 'missing') {
        missing++;
        if (missing <= 5) warnings.push(noFigureWarning(grid, row, col.col, label, n));
        continue;
      }
      if (n.fromText) warnings.push(said('warning.gso.number-as-text', { at: { place: grid.place(row, col.col) }, text: grid.text(row, col.col) }));
      const level = col.reading.basis === null;
      const figure: RawFigure = {
        geoLabel: '',
        itemLabel: label,
        measure: 'output',
        period: col.period!.code,
        basis: col.reading.basis ?? 'level',
        unit: level ? 'qty' : 'index',
        value: n.value,
        decimals: grid.decimals(row, col.col) ?? 1,
        location: grid.address(row, col.col),
        quote: `${label} | ${col.header}`,
        ...(level ? { quantityUnit: unit } : {}),
      };
      entries.push({ figure, column: col });
    }
  }
  if (missing > 5) warnings.push(said('warning.gso.cells-without-figure', { sheet: grid.name, count: missing }));
  if (entries.length === 0) throw new ImportError(file, grid.place(firstRow, labelCol), said('gso.products-empty'));
  return { entries, columns, warnings, lastMonth: lastMonthOf(columns) };
}
