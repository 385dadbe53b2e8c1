// The import's message catalogue: every code said in both languages with exactly its parameters,
// Vietnamese that is Vietnamese, places in both languages, and the readers throwing nothing but
// catalogue messages.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../electron/core/import/types.js';
import { IMPORT_MESSAGES, said, sayImport, sayImportOrNull, sayImportProblem } from '../../electron/shared/messages/import.js';
import { placeOfLocation, PLACE_KINDS, PLACE_WORDS, sayPlace } from '../../electron/shared/messages/place.js';
import { fixedParam, listParam, locationParam, namesIn } from '../../electron/shared/messages/said.js';
import { WARNING_MESSAGES } from '../../electron/shared/messages/import/warnings.js';
import type { ParseResult } from '../../electron/core/import/types.js';

const entries = Object.entries(IMPORT_MESSAGES) as [string, { en: string; vi: string }][];
/** Letters only Vietnamese writes (tone marks, ă â ê ô ơ ư đ): a text without one is not Vietnamese. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
/** Place words the same in both languages: "byte" and "sector" are what a Vietnamese analyst says too. */
const SAME_PLACE_WORDS = new Set(['byte', 'sector']);

describe('the import catalogue', () => {
  it('has a text in each language for every code, each naming exactly the same parameters', () => {
    expect(entries.length).toBeGreaterThan(200);
    for (const [code, text] of entries) {
      expect(text.en.trim(), code).not.toBe('');
      expect(text.vi.trim(), code).not.toBe('');
      expect(namesIn(text.vi), code).toEqual(namesIn(text.en));
    }
  });

  it('says every message in Vietnamese words, never a copy of the English', () => {
    for (const [code, text] of entries) {
      expect(text.vi, code).not.toBe(text.en);
      expect(text.vi.replace(/\{\w+\}/g, ''), code).toMatch(VIETNAMESE);
    }
  });

  it('says every kind of place in both languages', () => {
    for (const kind of PLACE_KINDS) {
      const words = PLACE_WORDS[kind];
      if (!SAME_PLACE_WORDS.has(kind)) expect(words.vi, kind).not.toBe(words.en);
      expect(namesIn(words.vi), kind).toEqual(namesIn(words.en));
    }
    expect(
      sayPlace(
        [
          ['sheet', '2.IIPthang'],
          ['cell', 'C12'],
        ],
        'en',
      ),
    ).toBe('2.IIPthang!C12');
    expect(
      sayPlace(
        [
          ['sheet', '2.IIPthang'],
          ['cell', 'C12'],
        ],
        'vi',
      ),
    ).toBe('trang tính 2.IIPthang, ô C12');
    expect(
      sayPlace(
        [
          ['row', 3],
          ['column', 'value'],
        ],
        'vi',
      ),
    ).toBe('dòng 3, cột value');
    expect(
      sayPlace(
        [
          ['data-value', 2],
          ['line', 7],
        ],
        'en',
      ),
    ).toBe('DATA value 2, line 7');
    // a figure's location, as the readers write it
    expect(placeOfLocation('2.IIPthang!C12')).toEqual([
      ['sheet', '2.IIPthang'],
      ['cell', 'C12'],
    ]);
    expect(placeOfLocation('DATA value 7, line 9')).toEqual([
      ['data-value', 7],
      ['line', 9],
    ]);
    expect(sayPlace(placeOfLocation('line 5, column "Tháng 11"')!, 'vi')).toBe('dòng 5, cột "Tháng 11"');
    expect(sayPlace(placeOfLocation('observation 3, line 40')!, 'vi')).toBe('quan sát 3, dòng 40');
    expect(placeOfLocation('somewhere else')).toBeNull();
  });

  it('says nested messages in the same language, numbers with a decimal comma in Vietnamese', () => {
    const message = said('file.unexpected', { format: said('format.pc-axis') });
    expect(sayImport(message, 'en')).toMatch(/^could not be read as a PC-Axis file:/);
    expect(sayImport(message, 'vi')).toMatch(/^không đọc được dưới dạng tệp PC-Axis:/);
    const sum = said('weights.sum', { year: 2020, geo: 'VN', sum: 100.7, allowance: 0.25 });
    expect(sayImport(sum, 'en')).toBe('the weights of base year 2020 (VN) add up to 100.7, not 100 within rounding (±0.25)');
    expect(sayImport(sum, 'vi')).toBe('tổng quyền số của năm gốc 2020 (VN) là 100,7, không bằng 100 trong phạm vi làm tròn (±0,25)');
  });

  it("says a figure's location given as a parameter in the message's language", () => {
    const twice = said('import.figure-twice', { value: 5.3, figure: 'VN/TOTAL 1990-01 yoy', earlier: locationParam('2.IIPthang!C12'), earlierValue: 5.1 });
    expect(sayImport(twice, 'en')).toBe('gives 5.3 for VN/TOTAL 1990-01 yoy, but 2.IIPthang!C12 gives 5.1 for the same figure');
    expect(sayImport(twice, 'vi')).toBe('ghi 5,3 cho VN/TOTAL 1990-01 yoy, nhưng trang tính 2.IIPthang, ô C12 ghi 5,1 cho cùng số liệu đó');
  });

  it('says a warning in Vietnamese with its place, numbers and lists in Vietnamese', () => {
    const hidden = said('warning.gso.row-hidden', {
      at: {
        place: [
          ['sheet', '2.IIPthang'],
          ['cell', 'B14'],
        ],
      },
      label: 'Khai khoáng',
    });
    expect(sayImport(hidden, 'en')).toBe("2.IIPthang!B14: row 'Khai khoáng' is hidden in the workbook; read anyway");
    expect(sayImport(hidden, 'vi')).toBe("trang tính 2.IIPthang, ô B14: dòng 'Khai khoáng' bị ẩn trong bảng tính; vẫn được đọc");
    const unread = said('warning.text.no-year', { at: locationParam('line 3'), value: 9.3 });
    expect(sayImport(unread, 'vi')).toBe('dòng 3: không đọc số liệu 9,3%: kỳ của nó không có năm (hãy nhập ngày công bố)');
    const combined = said('warning.cube.item-labels-combined', { dimensions: listParam(['"a"', '"b"'], 'and') });
    expect(sayImport(combined, 'en')).toBe('item labels combine dimensions "a" and "b" with " | "');
    expect(sayImport(combined, 'vi')).toBe('tên mục ghép các chiều "a" và "b" bằng " | "');
  });

  it('says sizes with a decimal comma and lists with Vietnamese words in Vietnamese', () => {
    const big = said('workbook.too-large', { size: fixedParam(16, 1), limit: 16 });
    expect(sayImport(big, 'en')).toMatch(/^the workbook is 16\.0 MB; /);
    expect(sayImport(big, 'vi')).toMatch(/^bảng tính có dung lượng 16,0 MB; /);
    const values = said('expected.values', { values: listParam(['"a"', '"b"'], 'or') });
    expect(sayImport(values, 'en')).toBe('"a" or "b"');
    expect(sayImport(values, 'vi')).toBe('một trong các giá trị "a" hoặc "b"');
    const none = said('sdmx.no-figures', {
      reasons: listParam([said('warning.sdmx.missing-values', { count: 2 }), said('warning.sdmx-csv.deleted-rows', { count: 1 })], 'semicolon'),
    });
    expect(sayImport(none, 'en')).toBe(
      'no figures: 2 observation(s) without a value (empty or NaN) were skipped; 1 row(s) with ACTION "D" (delete) were skipped',
    );
    expect(sayImport(none, 'vi')).toBe('không có số liệu nào: bỏ qua 2 quan sát không có giá trị (trống hoặc NaN); bỏ qua 1 dòng có ACTION "D" (xoá)');
  });

  it('falls back to the English words for a code it does not know or parameters that are missing', () => {
    expect(sayImportOrNull({ code: 'no.such-code', params: {} }, 'vi')).toBeNull();
    expect(sayImportOrNull({ code: 'csv.not-a-number', params: {} }, 'vi')).toBeNull();
    expect(sayImportProblem({ place: 'row 4', message: 'as the core said', code: 'no.such-code' }, 'vi')).toEqual({
      place: 'row 4',
      message: 'as the core said',
    });
    expect(sayImportProblem({ place: 'row 4', message: 'x', code: 'csv.empty', where: [['row', 4]] }, 'vi')).toEqual({ place: 'dòng 4', message: 'ô trống' });
  });

  it('makes an ImportError of a code only: its English message from the catalogue, its place as data', () => {
    const error = new ImportError(
      't.csv',
      [
        ['row', 3],
        ['column', 'value'],
      ],
      said('csv.not-a-number', { value: '"x"' }),
    );
    expect(error.message).toBe('t.csv (row 3, column value): "x" is not a number');
    expect(error.where).toEqual([
      ['row', 3],
      ['column', 'value'],
    ]);
    // checked by the compiler (npm run typecheck), never run
    const freeText = (): ImportError =>
      // @ts-expect-error a reader's error takes a catalogue code, never free text
      new ImportError('t.csv', null, 'free text');
    expect(freeText).toBeTypeOf('function');
  });
});

describe('the readers', () => {
  const roots = ['electron/core/import/formats', 'electron/core/import/read'];
  const files = roots.flatMap((root) =>
    (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => path.join(root, f)),
  );
  /** The worker's own protocol errors: never the user's (the boundary in formats/guard.ts answers them in plain words). */
  const INTERNAL = new Set(['electron/core/import/read/xlsx/workbook-worker.ts']);
  const CODED = /throw new (ImportError|XlsDamage|ZipDamage|NotAGsoWorkbookError|LayoutNeededError)\(/;

  const source = (f: string): string => fs.readFileSync(f, 'utf8');

  it('warn only with catalogue messages, and every warning of the catalogue is given somewhere', () => {
    const pushes = [...files, ...fs.readdirSync('electron/core/import/pipeline').map((f) => path.join('electron/core/import/pipeline', f))]
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => [...source(f).matchAll(/warnings\.push\(\s*(.{0,40})/g)].map((m) => ({ f, arg: m[1]! })));
    expect(pushes.length).toBeGreaterThan(40);
    // a warning is said(...), a maker of one (noFigureWarning(...): typed Warning, a said(...) inside), or the warnings another reader said (...table.warnings, ...w)
    expect(pushes.filter(({ arg }) => !/^(said\(|\w+Warning\(|\.\.\.)/.test(arg)).map(({ f, arg }) => `${f}: ${arg}`)).toEqual([]);
    const all = files.map(source).join('\n');
    const unused = Object.keys(WARNING_MESSAGES).filter((code) => !all.includes(`'${code}'`));
    expect(unused).toEqual([]);
    // checked by the compiler (npm run typecheck), never run
    const freeText = (): ParseResult => ({
      figures: [],
      release: {},
      // @ts-expect-error a reader's warning is a catalogue message, never free text
      warnings: ['free text'],
    });
    expect(freeText).toBeTypeOf('function');
  });

  it('throw only errors said with a catalogue code', () => {
    expect(files.length).toBeGreaterThan(40);
    const uncoded = files
      .filter((f) => !INTERNAL.has(f))
      .flatMap((f) =>
        fs
          .readFileSync(f, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${f}:${i + 1}` }))
          .filter(({ line }) => /throw new \w+\(/.test(line) && !CODED.test(line)),
      )
      .map(({ at, line }) => `${at}: ${line.trim()}`);
    expect(uncoded).toEqual([]);
  });
});
