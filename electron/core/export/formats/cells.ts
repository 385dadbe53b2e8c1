// What the data files (CSV, XLSX) hold for one chart spec, cell by cell: the header lines (title,
// subtitle, source, as-of date, numbered notes), the table's header and one row per figure. Text
// that a spreadsheet could take for a formula is neutralised here, once, for both formats.
import type { ChartSpec, DataRow } from '../../../shared/export/chart-spec.js';
import { EXPORT_WORDS } from '../../../shared/export/words.js';
import { formatDate } from '../../../shared/format.js';
import { neutralise } from '../../../shared/export/neutralise.js';

export { neutralise };

/** A cell of the table: text, or a number with the decimals it was published with. */
export type Cell = string | { value: number; decimals: number };

/** Title, subtitle, source line, the as-of date when set, then the notes as "[1] text — author". */
export function headerLines(spec: ChartSpec): string[] {
  const w = EXPORT_WORDS[spec.lang];
  const lines = [spec.title, spec.subtitle, spec.source];
  if (spec.asOf) lines.push(w.asOf(formatDate(spec.asOf, spec.lang)));
  if (spec.footnotes.length > 0) {
    lines.push(w.notes);
    for (const note of spec.footnotes) lines.push(`[${note.n}] ${note.text}${note.author ? ` — ${note.author}` : ''}`);
  }
  return lines.map(neutralise);
}

const COLUMNS = ['subject', 'measure', 'basis', 'unit', 'period', 'periodLabel', 'value', 'statusLabel', 'release', 'publishedOn', 'obtained'] as const;

/** The table's header row, in the spec's language. */
export function tableHeader(spec: ChartSpec): string[] {
  const h = EXPORT_WORDS[spec.lang].headers;
  return COLUMNS.map((c) => neutralise(c === 'statusLabel' ? h.status : h[c]));
}

/** One figure's row: every text neutralised, the value a number. */
export function tableRow(row: DataRow): Cell[] {
  return COLUMNS.map((c) => (c === 'value' ? { value: row.value, decimals: row.decimals } : neutralise(row[c])));
}

/** Index of the value column (numbers), for formats that style it. */
export const VALUE_COLUMN = COLUMNS.indexOf('value');
