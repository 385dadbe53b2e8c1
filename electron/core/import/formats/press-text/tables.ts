// Statistics tables laid out in plain text inside an article: a header line naming the periods of its
// columns ("Ngành | Tháng 7/2025 | 7 tháng 2025", "Sector   Jul 2025 (y/y)   7M 2025"), then rows of a
// name and one number per column, whatever separates them (tabs, pipes, runs of spaces). A column's
// basis is what its header (or the table's title) compares with; values around 100 in a table whose
// header or title says "= 100", or all of them between 40 and 250, are indices (the compared period = 100),
// else changes in per cent.
import type { Period } from '../../../../shared/period.js';
import { parseNumber } from '../../read/numbers.js';
import type { RawFigure } from '../../types.js';
import { basisOf, findPeriods, type PeriodPhrase } from './periods.js';
import type { Published } from './relative-periods.js';
import { MENTION, PRODUCT_CONTEXT } from './vocabulary.js';

/** What the article around a table tells it. */
export interface TableContext {
  vi: boolean;
  published: Published | null;
  /** The year of a header period that names none (the article's context, else its publication date). */
  yearFor: (p: PeriodPhrase) => number | null;
}

/** One column: its period, basis and header text. */
interface Column {
  period: Period;
  basis: 'yoy' | 'mom';
  header: string;
}

export interface TableRow {
  /** 0-based line of the row. */
  line: number;
  label: string;
  values: ({ value: number; decimals: number } | null)[];
}

export interface TextTable {
  headerLine: number;
  /** Lines the table covers (header, rule, rows): not read again as sentences. */
  lastLine: number;
  columns: Column[];
  rows: TableRow[];
  unit: 'pct' | 'index';
  measure: 'iip' | 'output';
}

/** A cell that holds a number, or a mark for none ("-", "..", "…", "x", "n/a"), at the end of a row. */
const LAST_CELL = /(?:^|[\s|]+)([+\-−]?\d+(?:[.,]\d+)?%?|\.\.|…|[-–—x]|n\/a)\s*\|?\s*$/iu;
/** A Markdown rule under a header: "|---|:--:|". */
const RULE = /^[\s|:+-]*-{3,}[\s|:+-]*$/u;
const INDEX_NOTE = /=\s*100\b/u;

/** The table whose header stands on line `at`, or null when that line heads no table. */
export function tableAt(lines: string[], at: number, ctx: TableContext): TextTable | null {
  const header = lines[at]!;
  MENTION.lastIndex = 0;
  if (MENTION.test(header) || header.length > 300) return null;
  const phrases = findPeriods(header, ctx.published).phrases.filter((p) => !p.unplaceable);
  const delimited = /\t|\||\S\s{2,}\S/u.test(header.trim());
  if (phrases.length < 2 && !(phrases.length === 1 && delimited)) return null;
  const title = previousNonEmpty(lines, at);
  const ofTitle = titleYear(title, ctx);
  const columns: Column[] = [];
  for (const [i, p] of phrases.entries()) {
    const year = p.year ?? ofTitle ?? ctx.yearFor(p);
    if (year === null) return null;
    const text = header.slice(p.start, phrases[i + 1]?.start ?? header.length).trim();
    const own = text.slice(p.end - p.start);
    const basis = /so với|compared|over|vs\.?|versus|[my][-/]o?[-/]?[my]|on[- ](?:month|year)|=\s*100/iu.test(own)
      ? basisOf(own, '', year)
      : basisOf(title, '', year);
    columns.push({ period: p.make(year), basis, header: text.replace(/[|\s]+$/u, '') });
  }
  const rows: TableRow[] = [];
  let line = at + 1;
  if (line < lines.length && RULE.test(lines[line]!)) line++;
  for (; line < lines.length; line++) {
    const row = rowOf(lines[line]!, columns.length, ctx.vi);
    if (!row) break;
    rows.push({ line, ...row });
  }
  if (rows.length === 0) return null;
  const values = rows.flatMap((r) => r.values.filter((v) => v !== null).map((v) => v.value));
  const indices = INDEX_NOTE.test(header) || INDEX_NOTE.test(title) || values.every((v) => v >= 40 && v <= 250);
  return {
    headerLine: at,
    lastLine: line - 1,
    columns,
    rows,
    unit: indices ? 'index' : 'pct',
    measure: PRODUCT_CONTEXT.test(title) || PRODUCT_CONTEXT.test(header) ? 'output' : 'iip',
  };
}

/** A row: a name, then exactly `count` cells of numbers or marks for none; null for any other line. */
function rowOf(text: string, count: number, vi: boolean): { label: string; values: TableRow['values'] } | null {
  let rest = text;
  const cells: string[] = [];
  for (let k = 0; k < count; k++) {
    const m = LAST_CELL.exec(rest);
    if (!m) return null;
    cells.unshift(m[1]!);
    rest = rest.slice(0, m.index);
  }
  const label = rest.replace(/^[\s|*•·+-]+|[\s|:]+$/gu, '');
  if (!/\p{L}/u.test(label) || /\d[.,]?\d*\s*$/u.test(label)) return null; // one more number than columns: not this table
  const values = cells.map((c) => cellValue(c, vi));
  if (values.every((v) => v === null)) return null;
  return { label, values };
}

function cellValue(cell: string, vi: boolean): { value: number; decimals: number } | null {
  const text = cell.replace(/%$/u, '').replace(/^−/u, '-');
  if (!/\d/u.test(text)) return null;
  const n = parseNumber(text.replace(/^\+/u, ''), vi ? ',' : '.');
  if (n.ok) return { value: n.value, decimals: n.decimals };
  const any = parseNumber(text.replace(/^\+/u, ''), 'auto');
  return any.ok ? { value: any.value, decimals: any.decimals } : null;
}

/** Lines just above the header: the table's title and its note on units ("(Cùng kỳ năm trước = 100)", "Đơn vị tính: %"). */
function previousNonEmpty(lines: string[], at: number): string {
  const above: string[] = [];
  for (let i = at - 1; i >= 0 && i >= at - 4 && above.length < 3; i--) {
    if (lines[i]!.trim() === '') {
      if (above.length > 0) break;
      continue;
    }
    above.unshift(lines[i]!);
  }
  return above.join(' ');
}

/** The year a table's title states ("Industrial production index by quarter, 2017 (% change over the same period of 2016)"). */
function titleYear(title: string, ctx: TableContext): number | null {
  const found = findPeriods(title, ctx.published);
  const own = found.phrases.find((p) => p.year !== null && !p.compared && !p.unplaceable);
  if (own) return own.year;
  if (found.impliedYear !== null) return found.impliedYear;
  const bare = /(?<![\d/.-])((?:19|20)\d{2})(?![\d/-])/u.exec(title);
  return bare ? Number(bare[1]) : null;
}

/** The table's figures: one per row and column with a number, quoting the row under its column's header. */
export function tableFigures(table: TextTable, place: (label: string) => { item: string; geo: string }): RawFigure[] {
  const figures: RawFigure[] = [];
  for (const row of table.rows) {
    const { item, geo } = place(row.label);
    row.values.forEach((v, i) => {
      if (!v) return;
      const column = table.columns[i]!;
      figures.push({
        geoLabel: geo,
        itemLabel: item,
        measure: table.measure,
        period: column.period.code,
        basis: column.basis,
        unit: table.unit,
        value: v.value,
        decimals: v.decimals,
        location: `line ${row.line + 1}, column "${column.header}"`,
        quote: `${row.label} | ${column.header}`,
      });
    });
  }
  return figures;
}
