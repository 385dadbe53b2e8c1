// Reading a weights file (docs/weights.md): CSV, UTF-8, a header naming the columns base_year,
// item, weight_percent and optionally geo (default VN) and source; one row per base year × geo ×
// section. Every problem is reported with its file, row, column and field; nothing is returned
// from a file with a problem, so an import is all or nothing.
import { said } from '../../shared/messages/import.js';
import type { Place } from '../../shared/messages/place.js';
import { ImportError } from '../import/types.js';
import { CsvReader } from '../import/read/csv-reader.js';
import { parsePlainDecimal } from '../import/read/numbers.js';
import { COUNTRY_CODE } from '../../shared/domain.js';
import { excerpt } from '../../shared/excerpt.js';

export interface WeightRow {
  geo: string;
  baseYear: number;
  item: string;
  weight: number;
  decimals: number;
  source: string | null;
  /** Row in the file (header = 1), for messages. */
  row: number;
}

export interface WeightsVocabulary {
  geos: Set<string>;
  /** Section codes (B, C, D, E): the only items a weight is accepted for. */
  sections: string[];
}

const REQUIRED = ['base_year', 'item', 'weight_percent'] as const;
const OPTIONAL = ['geo', 'source'] as const;
const COLUMNS: readonly string[] = [...REQUIRED, ...OPTIONAL];

const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

export function parseWeightsFile(fileName: string, content: string, vocabulary: WeightsVocabulary): WeightRow[] {
  const text = content.replace(/^\uFEFF/, '');
  const records: { fields: string[]; row: number }[] = [];
  const reader = new CsvReader({ delimiter: ',', fileName, onRecord: (fields, row) => records.push({ fields, row }) });
  reader.write(text);
  reader.end();
  const nonEmpty = records.filter((r) => r.fields.some((f) => f.trim() !== ''));
  const header = nonEmpty.shift();
  if (!header) throw new ImportError(fileName, null, said('weights.empty', { columns: COLUMNS.join(',') }));
  const names = header.fields.map((f) => f.trim().toLowerCase());
  names.forEach((name, i) => {
    if (!COLUMNS.includes(name))
      throw new ImportError(
        fileName,
        [
          ['row', header.row],
          ['column', i + 1],
        ],
        said('weights.column-unknown', { column: excerpt(header.fields[i] ?? ''), columns: COLUMNS.join(', ') }),
      );
    if (names.indexOf(name) !== i)
      throw new ImportError(
        fileName,
        [
          ['row', header.row],
          ['column', i + 1],
        ],
        said('weights.column-twice', { column: excerpt(name) }),
      );
  });
  for (const name of REQUIRED)
    if (!names.includes(name)) throw new ImportError(fileName, [['row', header.row]], said('weights.column-missing', { column: name }));
  if (nonEmpty.length === 0) throw new ImportError(fileName, null, said('weights.no-rows'));

  const seen = new Map<string, number>();
  const rows = nonEmpty.map(({ fields, row }) => {
    if (fields.length > names.length)
      throw new ImportError(fileName, [['row', row]], said('weights.field-count', { fields: fields.length, columns: names.length }));
    const cell = (name: string): { text: string; place: Place } => {
      const i = names.indexOf(name);
      const place: Place = [
        ['row', row],
        ['column', `${i + 1} (${name})`],
      ];
      return { text: i < 0 ? '' : (fields[i] ?? '').trim(), place };
    };
    const weightRow = readRow(fileName, row, cell, vocabulary);
    const key = `${weightRow.geo}|${weightRow.baseYear}|${weightRow.item}`;
    const earlier = seen.get(key);
    if (earlier !== undefined)
      throw new ImportError(fileName, [['row', row]], said('weights.twice', { item: weightRow.item, year: weightRow.baseYear, geo: weightRow.geo, earlier }));
    seen.set(key, row);
    return weightRow;
  });
  checkSums(fileName, rows, vocabulary.sections);
  return rows;
}

function readRow(fileName: string, row: number, cell: (name: string) => { text: string; place: Place }, vocabulary: WeightsVocabulary): WeightRow {
  const year = cell('base_year');
  const baseYear = Number(year.text);
  if (!/^\d{4}$/.test(year.text) || baseYear < FIRST_YEAR || baseYear > LAST_YEAR)
    throw new ImportError(fileName, year.place, said('weights.base-year', { value: excerpt(year.text), first: FIRST_YEAR, last: LAST_YEAR }));
  const item = cell('item');
  const itemCode = item.text.toUpperCase();
  if (!vocabulary.sections.includes(itemCode))
    throw new ImportError(fileName, item.place, said('weights.section', { value: excerpt(item.text), sections: vocabulary.sections.join(', ') }));
  const geo = cell('geo');
  const geoCode = geo.text === '' ? COUNTRY_CODE : geo.text.toUpperCase();
  if (!vocabulary.geos.has(geoCode)) throw new ImportError(fileName, geo.place, said('weights.geo', { value: excerpt(geo.text) }));
  const weight = cell('weight_percent');
  const parsed = parsePlainDecimal(weight.text);
  if (!parsed) throw new ImportError(fileName, weight.place, said('weights.not-a-number', { value: excerpt(weight.text) }));
  if (parsed.value <= 0 || parsed.value > 100) throw new ImportError(fileName, weight.place, said('weights.not-a-share', { value: excerpt(weight.text) }));
  const source = cell('source').text;
  return { geo: geoCode, baseYear, item: itemCode, weight: parsed.value, decimals: parsed.decimals, source: source === '' ? null : source, row };
}

/** Where a file gives every section of a base year, their weights must add up to 100 within rounding. */
function checkSums(fileName: string, rows: WeightRow[], sections: string[]): void {
  const groups = new Map<string, WeightRow[]>();
  for (const r of rows) {
    const key = `${r.geo}|${r.baseYear}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const group of groups.values()) {
    if (group.length !== sections.length) continue;
    const sum = group.reduce((s, r) => s + r.weight, 0);
    const allowance = group.reduce((s, r) => s + 0.5 * 10 ** -r.decimals, 0);
    if (Math.abs(sum - 100) > allowance + 1e-9) {
      const { geo, baseYear } = group[0]!;
      throw new ImportError(
        fileName,
        [['rows', group.map((r) => r.row).join(', ')]],
        said('weights.sum', { year: baseYear, geo, sum: Number(sum.toFixed(6)), allowance: Number(allowance.toFixed(6)) }),
      );
    }
  }
}
