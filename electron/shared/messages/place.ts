// Where in a file a message points: a list of parts, from the largest to the smallest ("sheet
// 2.IIPthang, cell C12"; "row 3, column value"; "keyword DATA"), said in either language.
import type { Lang } from '../lang.js';

/**
 * sheet/cell/range of a workbook, part of its zip, row/column of a CSV (a column by name or number),
 * line/column of a text, byte of a file, field of a JSON document (its path), keyword of a PC-Axis
 * file, the n-th value of PC-Axis DATA or of a JSON-stat "value", an observation or element of SDMX,
 * a JSON-stat dimension or category, the note a field of a notes file belongs to, a sector, the header, the directory and the workbook stream of an
 * .xls container.
 */
export const PLACE_KINDS = [
  'sheet',
  'cell',
  'range',
  'part',
  'row',
  'rows',
  'column',
  'line',
  'byte',
  'bytes',
  'field',
  'keyword',
  'data-value',
  'value',
  'observation',
  'element',
  'dimension',
  'category',
  'sector',
  'stream',
  'note',
  'header',
  'directory',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type PlacePart = readonly [kind: PlaceKind, at: string | number];
export type Place = readonly PlacePart[];

/** How each part is said; `{at}` is the sheet's name, the row's number… (English keeps the words messages have always used). */
export const PLACE_WORDS: Readonly<Record<PlaceKind, Readonly<Record<Lang, string>>>> = {
  sheet: { en: 'sheet {at}', vi: 'trang tính {at}' },
  cell: { en: 'cell {at}', vi: 'ô {at}' },
  range: { en: 'cells {at}', vi: 'vùng ô {at}' },
  part: { en: 'part {at}', vi: 'phần {at}' },
  row: { en: 'row {at}', vi: 'dòng {at}' },
  rows: { en: 'rows {at}', vi: 'các dòng {at}' },
  column: { en: 'column {at}', vi: 'cột {at}' },
  line: { en: 'line {at}', vi: 'dòng {at}' },
  byte: { en: 'byte {at}', vi: 'byte {at}' },
  bytes: { en: 'bytes {at}', vi: 'các byte {at}' },
  field: { en: '{at}', vi: 'trường {at}' },
  keyword: { en: 'keyword {at}', vi: 'từ khoá {at}' },
  'data-value': { en: 'DATA value {at}', vi: 'giá trị thứ {at} của DATA' },
  value: { en: 'value {at}', vi: 'giá trị {at}' },
  observation: { en: 'observation {at}', vi: 'quan sát {at}' },
  element: { en: 'element {at}', vi: 'phần tử {at}' },
  dimension: { en: 'dimension {at}', vi: 'chiều {at}' },
  category: { en: 'category {at}', vi: 'mục {at}' },
  sector: { en: 'sector {at}', vi: 'sector {at}' },
  stream: { en: 'workbook stream', vi: 'luồng dữ liệu bảng tính' },
  note: { en: 'of note {at}', vi: 'của ghi chú {at}' },
  header: { en: 'header', vi: 'phần đầu tệp' },
  directory: { en: 'directory', vi: 'danh mục của tệp' },
};

/**
 * The place in words. A workbook's sheet and cell read in English as the spreadsheet writes them
 * ("2.IIPthang!C12", "Sheet1!A1:F3"); in Vietnamese with their words ("trang tính 2.IIPthang, ô C12").
 */
export function sayPlace(place: Place, lang: Lang): string {
  const out: string[] = [];
  for (let i = 0; i < place.length; i++) {
    const [kind, at] = place[i]!;
    const next = place[i + 1];
    if (lang === 'en' && kind === 'sheet' && (next?.[0] === 'cell' || next?.[0] === 'range')) {
      out.push(`${at}!${next[1]}`);
      i++;
      continue;
    }
    // a kind this version does not know (an answer from a newer core) is shown as it came
    const words = Object.hasOwn(PLACE_WORDS, kind) ? PLACE_WORDS[kind][lang].replace('{at}', String(at)) : `${kind} ${at}`;
    // "notes[0].text of note 7f3c…": the note a field belongs to, without a comma
    if (kind === 'note' && out.length > 0) out[out.length - 1] += ` ${words}`;
    else out.push(words);
  }
  return out.join(', ');
}

/** A sheet's cell: "2.IIPthang!C12" in English. */
export const cellPlace = (sheet: string, cell: string): Place => [
  ['sheet', sheet],
  ['cell', cell],
];

/** The words of a location a reader records with each figure ("row 12", "observation 3, line 40", "DATA value 7, line 9"). */
const LOCATION_WORDS: readonly (readonly [string, PlaceKind])[] = [
  ['DATA value ', 'data-value'],
  ['observation ', 'observation'],
  ['value ', 'value'],
  ['row ', 'row'],
  ['line ', 'line'],
  ['column ', 'column'],
];

const CELL = /^[A-Z]{1,3}\d{1,7}$/;

/**
 * A figure's location text as a place, or null when it is not one the readers write: "row 12",
 * "line 5, column \"Tháng 11\"", "observation 3, line 40", "value 17", "2.IIPthang!C12".
 */
export function placeOfLocation(text: string): Place | null {
  const bang = text.lastIndexOf('!');
  if (bang > 0 && CELL.test(text.slice(bang + 1))) return cellPlace(text.slice(0, bang), text.slice(bang + 1));
  const parts: PlacePart[] = [];
  for (const piece of text.split(', ')) {
    const word = LOCATION_WORDS.find(([w]) => piece.startsWith(w) && piece.length > w.length);
    if (!word) return null;
    const at = piece.slice(word[0].length);
    parts.push([word[1], /^\d+$/.test(at) ? Number(at) : at]);
  }
  return parts.length > 0 ? parts : null;
}

/** A figure's location in `lang` when it reads as a place, else as the reader wrote it. */
export function sayLocation(location: string, lang: Lang): string {
  const place = placeOfLocation(location);
  return place ? sayPlace(place, lang) : location;
}
