// The layout the user maps for a spreadsheet no reader knows: which sheet, header row, names column
// and what each data column holds. Turned into the template import:preview takes. Pure.
import type { Basis, Unit } from '@shared/domain.js';
import { columnLetter, type SheetDescription, type TemplateColumn, type XlsxTemplate } from '@shared/xlsx-template.js';

export const COLUMN_PERIODS = ['', 'month', 'previous-month', 'cumulative', 'previous-cumulative', 'quarter', 'year'] as const;
export type ColumnPeriod = (typeof COLUMN_PERIODS)[number];
export const COLUMN_BASES: readonly Basis[] = ['yoy', 'mom', 'base', 'level'];
export const COLUMN_UNITS: readonly Unit[] = ['index', 'pct', 'pp', 'qty'];

export interface ColumnDraft {
  period: ColumnPeriod;
  basis: Basis;
  unit: Unit;
}

export interface LayoutDraft {
  fileName: string;
  sheets: SheetDescription[];
  sheet: string;
  headerRow: number;
  labelColumn: number;
  labelKind: 'item' | 'geo';
  monthFrom: 'sheet' | 'file-name';
  /** Keyed by 1-based column number. */
  columns: Record<number, ColumnDraft>;
  saveName: string;
}

/** A header's likely meaning: "so với cùng kỳ" → yoy, "tháng trước" → mom, "cộng dồn"/"N tháng" → cumulative. */
export function guessColumn(header: string): ColumnDraft {
  const h = header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
  const basis: Basis = /thang truoc|previous month|last month/.test(h) ? 'mom' : 'yoy';
  const cumulative = /\d+\s*thang\s*(dau\s*)?nam|cong don|luy ke|thang\s*\d+\s*-\s*\d+/.test(h);
  const period: ColumnPeriod = /\d|thang|month/.test(h) ? (cumulative ? 'cumulative' : 'month') : '';
  // Tables "(%)" mostly print indices (109.4 = +9.4%); the user switches to % change where they do not.
  return { period, basis, unit: 'index' };
}

function sheetNamed(draft: Pick<LayoutDraft, 'sheets' | 'sheet'>): SheetDescription | undefined {
  return draft.sheets.find((s) => s.name === draft.sheet);
}

/** A fresh draft on a sheet, with the guessed header row and names column and guessed columns. */
export function draftForSheet(
  fileName: string,
  sheets: SheetDescription[],
  sheetName: string,
  keep?: Pick<LayoutDraft, 'labelKind' | 'monthFrom' | 'saveName'>,
): LayoutDraft {
  const sheet = sheets.find((s) => s.name === sheetName) ?? sheets[0];
  const draft: LayoutDraft = {
    fileName,
    sheets,
    sheet: sheet?.name ?? '',
    headerRow: sheet?.guessedHeaderRow ?? 1,
    labelColumn: sheet?.guessedLabelColumn ?? 1,
    labelKind: keep?.labelKind ?? 'geo',
    monthFrom: keep?.monthFrom ?? 'sheet',
    columns: {},
    saveName: keep?.saveName ?? '',
  };
  return withGuessedColumns(draft);
}

/** The first draft for a file: the sheet with the most filled cells. */
export function firstDraft(fileName: string, sheets: SheetDescription[]): LayoutDraft {
  const filled = (s: SheetDescription): number => s.rows.reduce((n, r) => n + r.filter((c) => c !== '').length, 0);
  const best = [...sheets].sort((a, b) => filled(b) - filled(a))[0];
  return draftForSheet(fileName, sheets, best?.name ?? '');
}

export function withGuessedColumns(draft: LayoutDraft): LayoutDraft {
  const sheet = sheetNamed(draft);
  const columns: Record<number, ColumnDraft> = {};
  const header = sheet?.rows[draft.headerRow - 1] ?? [];
  for (let c = 1; c <= (sheet?.columnCount ?? 0); c++) {
    if (c === draft.labelColumn) continue;
    columns[c] = guessColumn(header[c - 1] ?? '');
  }
  return { ...draft, columns };
}

/** The data columns the user can map: every column but the names column. */
export function dataColumns(draft: LayoutDraft): { column: number; letter: string; header: string }[] {
  const sheet = sheetNamed(draft);
  const header = sheet?.rows[draft.headerRow - 1] ?? [];
  const out: { column: number; letter: string; header: string }[] = [];
  for (let c = 1; c <= (sheet?.columnCount ?? 0); c++)
    if (c !== draft.labelColumn) out.push({ column: c, letter: columnLetter(c), header: header[c - 1] ?? '' });
  return out;
}

/** The template for import:preview, or null while no column is mapped. */
export function templateOf(draft: LayoutDraft): XlsxTemplate | null {
  const columns: TemplateColumn[] = Object.entries(draft.columns)
    .filter(([column, c]) => c.period !== '' && Number(column) !== draft.labelColumn)
    .map(([column, c]) => ({ column: Number(column), period: c.period, basis: c.basis, unit: c.unit }));
  if (columns.length === 0 || draft.sheet === '') return null;
  const name = draft.saveName.trim().slice(0, 100) || `${draft.fileName} layout`.slice(0, 100);
  return {
    name,
    sheet: draft.sheet,
    headerRow: draft.headerRow,
    labelColumn: draft.labelColumn,
    labelKind: draft.labelKind,
    measure: 'iip',
    columns,
    referenceMonthFrom: { kind: draft.monthFrom },
  };
}
