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
  status?: 'estimate' | 'preliminary' | 'official';
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
  /** The title and notes above the header: where a table of one locality names it. */
  title: string;
}

/** A cell that holds a number, or a mark for none ("-", "..", "…", "x", "n/a"), at the end of a row. */
const LAST_CELL = /(?:^|[\s|]+)([+\-−]?\d+(?:[.,]\d+)?%?|\.\.|…|[-–—x]|n\/a)\s*\|?\s*$/iu;
/** A Markdown rule under a header: "|---|:--:|". */
const RULE = /^[\s|:+-]*-{3,}[\s|:+-]*$/u;
const INDEX_NOTE = /=\s*100\b/u;

/** The table whose header stands on line `at`, or null when that line heads no table. */
export function tableAt(lines: string[], at: number, ctx: TableContext): TextTable | null {
  const header = lines[at]!;
  // a header stands in columns (pipes, tabs or runs of spaces); a title naming periods in a sentence does not
  if (!headerLike(header) || cellsOf(header).length < 2) return null;
  const phrases = ownPhrases(header, ctx);
  const delimited = DELIMITED.test(header.trim());
  if (phrases.length < 2 && !(phrases.length === 1 && delimited)) return null;
  // A header on two lines: words above the periods ("Chính thức   Ước tính   9 tháng" over "tháng 8   tháng 9   năm 2025")
  // or years below them ("Tháng 6   6 tháng" over "năm 2015   năm 2015").
  const upper = at > 0 && headerLike(lines[at - 1]!) && cellsOf(lines[at - 1]!).length >= 2 ? at - 1 : null;
  let first = at + 1;
  const below = lines[first];
  const lower = below !== undefined && headerLike(below) && ownPhrases(below, ctx).length > 0 && cellsOf(below).length >= 2 ? first : null;
  if (lower !== null) first++;
  if (first < lines.length && RULE.test(lines[first]!)) first++;
  const title = previousNonEmpty(lines, upper ?? at);
  const stacked = upper !== null || lower !== null;
  const texts = stacked
    ? stackedHeaders(
        [upper, at, lower].flatMap((i) => (i === null ? [] : [lines[i]!])),
        lines[first] ?? '',
      )
    : phraseHeaders(header, phrases);
  if (!texts) return null;
  const columns = columnsOf(texts, title, ctx);
  if (!columns) return null;
  const rows: TableRow[] = [];
  let line = first;
  for (; line < lines.length; line++) {
    const row = rowOf(lines[line]!, columns.length, ctx);
    if (!row) break;
    rows.push({ line, ...row });
  }
  if (rows.length === 0) return null;
  const values = rows.flatMap((r) => r.values.filter((v) => v !== null).map((v) => v.value));
  const headerText = texts.join(' ');
  const indices = INDEX_NOTE.test(headerText) || INDEX_NOTE.test(title) || values.every((v) => v >= 40 && v <= 250);
  return {
    headerLine: upper ?? at,
    lastLine: line - 1,
    columns,
    rows,
    unit: indices ? 'index' : 'pct',
    measure: PRODUCT_CONTEXT.test(title) || PRODUCT_CONTEXT.test(headerText) ? 'output' : 'iip',
    title,
  };
}

const DELIMITED = /\t|\||\S\s{2,}\S/u;

/** A line that may be (part of) a table's header: short, no figure in it, not a sentence. */
function headerLike(line: string): boolean {
  MENTION.lastIndex = 0;
  return line.trim() !== '' && line.length <= 300 && !MENTION.test(line) && !/[.!?]\s*$/u.test(line.trim());
}

/** The period phrases a header names as its own (not the ones it compares with). */
function ownPhrases(text: string, ctx: TableContext): PeriodPhrase[] {
  return findPeriods(text, ctx.published).phrases.filter((p) => !p.unplaceable && !p.compared);
}

/** A one-line header's columns: from each period phrase to the next. */
function phraseHeaders(header: string, phrases: PeriodPhrase[]): string[] {
  return phrases.map((p, i) =>
    header
      .slice(p.start, phrases[i + 1]?.start ?? header.length)
      .replace(/[|\s]+$/u, '')
      .trim(),
  );
}

/** A line's cells with where they stand: split at pipes or tabs, else at runs of two or more spaces. */
function cellsOf(line: string): { text: string; start: number; end: number }[] {
  const split = /[|\t]/u.test(line) ? /[^|\t]+/gu : /\S+(?: \S+)*/gu;
  return [...line.matchAll(split)].filter((m) => m[0].trim() !== '').map((m) => ({ text: m[0].trim(), start: m.index, end: m.index + m[0].length }));
}

/**
 * A header on several lines, read column by column: each cell goes to the value column of the first row
 * nearest to it (pipes and tabs: by position from the right), the name column's header left out.
 */
function stackedHeaders(headerLines: string[], firstRow: string): string[] | null {
  const rowCells = cellsOf(firstRow);
  const values: { text: string; start: number; end: number }[] = [];
  for (let i = rowCells.length - 1; i >= 1 && NUMBER_CELL.test(rowCells[i]!.text); i--) values.unshift(rowCells[i]!);
  if (values.length === 0) return null;
  const texts: string[] = values.map(() => '');
  const byDelimiter = /[|\t]/u.test(firstRow);
  for (const line of headerLines) {
    const cells = cellsOf(line);
    if (byDelimiter) {
      cells.slice(-values.length).forEach((c, k, own) => (texts[values.length - own.length + k] += ` ${c.text}`));
      continue;
    }
    for (const cell of cells) {
      if (cell.end <= values[0]!.start - 1 && cell.start < values[0]!.start - 4) continue; // over the names
      const centre = (cell.start + cell.end) / 2;
      let best = 0;
      values.forEach((v, k) => {
        if (Math.abs((v.start + v.end) / 2 - centre) < Math.abs((values[best]!.start + values[best]!.end) / 2 - centre)) best = k;
      });
      texts[best] += ` ${cell.text}`;
    }
  }
  return texts.map((t) => t.trim());
}

const NUMBER_CELL = /^[+\-−]?\d+(?:[.,]\d+)?%?$|^(?:\.\.|…|[-–—x]|n\/a)$/iu;
/** The status a column's header states: "Ước tính tháng 9", "Chính thức tháng 8", "(preliminary)". */
const COLUMN_STATUS: [RegExp, 'estimate' | 'preliminary' | 'official'][] = [
  [/(?<![\p{L}])(?:ước tính|ước|dự tính)(?![\p{L}])|\bestimated?\b/iu, 'estimate'],
  [/(?<![\p{L}])sơ bộ(?![\p{L}])|\bpreliminary\b/iu, 'preliminary'],
  [/(?<![\p{L}])chính thức(?![\p{L}])|\bofficial\b/iu, 'official'],
];

/** Each column's period (its own, else the year the title or the other columns give), basis and status. */
function columnsOf(texts: string[], title: string, ctx: TableContext): Column[] | null {
  const found = texts.map((t) => ownPhrases(t, ctx)[0]);
  if (found.some((p) => p === undefined)) return null;
  const ofTitle = titleYear(title, ctx);
  const named = found.map((p) => p!.year).filter((y): y is number => y !== null);
  const ofTable = named.length > 0 ? Math.max(...named) : null;
  const columns: Column[] = [];
  for (const [i, p] of found.entries()) {
    const year = p!.year ?? ofTitle ?? ofTable ?? ctx.yearFor(p!);
    if (year === null) return null;
    const text = texts[i]!;
    const own = text.slice(p!.end);
    const basis = /so với|compared|over|vs\.?|versus|[my][-/]o?[-/]?[my]|on[- ](?:month|year)|=\s*100/iu.test(own)
      ? basisOf(own, '', year)
      : basisOf(title, '', year);
    const status = COLUMN_STATUS.find(([re]) => re.test(text))?.[1];
    columns.push({ period: p!.make(year), basis, header: text, ...(status ? { status } : {}) });
  }
  return columns;
}

/** A row: a name, then exactly `count` cells of numbers or marks for none; null for any other line. */
function rowOf(text: string, count: number, ctx: TableContext): { label: string; values: TableRow['values'] } | null {
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
  if (ownPhrases(label, ctx).length > 0) return null; // a row names an industry, product or place, never a period
  const values = cells.map((c) => cellValue(c, ctx.vi));
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
        ...(column.status ? { status: column.status } : {}),
      });
    });
  }
  return figures;
}
