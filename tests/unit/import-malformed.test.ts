import { said } from '../../electron/shared/messages/import.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_WORKBOOK_BYTES, parseSource } from '../../electron/core/import/pipeline/read-source.js';
import { readGsoWorkbookBytes } from '../../electron/core/import/formats/gso-workbook/index.js';
import { parseJsonStat } from '../../electron/core/import/formats/jsonstat/index.js';
import { parsePcAxis } from '../../electron/core/import/formats/pcaxis/index.js';
import { parsePressText } from '../../electron/core/import/formats/press-text/index.js';
import { parseSdmxCsv } from '../../electron/core/import/formats/sdmx-csv/index.js';
import { parseSdmxMl } from '../../electron/core/import/formats/sdmx-ml/index.js';
import { parseTidyCsv } from '../../electron/core/import/formats/tidy-csv/index.js';
import { ImportError, type ParseResult } from '../../electron/core/import/types.js';
import { readWithTemplates } from '../../electron/core/import/formats/xlsx-template/index.js';
import { loadWorkbook } from '../../electron/core/import/read/xlsx/workbook.js';

type Parser = (input: Buffer, fileName: string) => ParseResult;
const fx = (name: string): Buffer => readFileSync(join(__dirname, '../fixtures/malformed', name));

function failure(parse: Parser, file: string): ImportError {
  try {
    parse(fx(file), file);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    return e as ImportError;
  }
  throw new Error(`${file} was accepted`);
}

const cases: { file: string; parse: Parser; place: string | null; detail: RegExp }[] = [
  {
    file: 'truncated.px',
    parse: parsePcAxis,
    place: 'keyword DATA',
    detail: /ends before the ";" that closes DATA \(line 5\): the file is truncated after 2 value\(s\)/,
  },
  { file: 'too-few-values.px', parse: parsePcAxis, place: 'keyword DATA', detail: /^expected 6 values \(2 Ngành × 3 Tháng\), found 5$/ },
  { file: 'unknown-codepage.px', parse: parsePcAxis, place: 'keyword CODEPAGE', detail: /^unknown CODEPAGE "x-viet-tcvn3"/ },
  { file: 'jsonstat-wrong-count.json', parse: parseJsonStat, place: 'value', detail: /^expected 6 values \(2 nganh × 3 thang\), found 5$/ },
  { file: 'invalid.json', parse: parseJsonStat, place: 'line 6, column 26', detail: /^invalid JSON: unexpected "\]"$/ },
  {
    file: 'sdmx-truncated.xml',
    parse: parseSdmxMl,
    place: 'line 7, column 1',
    detail: /the file ends inside markup: "<Obs TIME_PERIOD=\\"2025-11\\" OBS_VAL" \(begun at line 6\).*truncated/,
  },
  { file: 'sdmx-csv-no-obs-value.csv', parse: parseSdmxCsv, place: 'row 1', detail: /^no OBS_VALUE column/ },
  {
    file: 'decimal-comma-in-point-file.csv',
    parse: parseTidyCsv,
    place: 'row 7, column value',
    detail: /^'1\.234,5' looks like a decimal-comma number but this file uses a decimal point$/,
  },
  { file: 'unknown-basis.csv', parse: parseTidyCsv, place: 'row 3, column basis', detail: /^unknown basis "annual" \(expected yoy, mom, base, level\)$/ },
  { file: 'utf16-no-bom.csv', parse: parseTidyCsv, place: null, detail: /UTF-16 text without a byte-order mark/ },
  { file: 'binary-garbage.csv', parse: parseTidyCsv, place: null, detail: /NUL byte\(s\).*binary, not text/ },
];

describe('malformed files', () => {
  for (const c of cases) {
    it(`${c.file}: ${c.place ?? 'whole file'}`, () => {
      const e = failure(c.parse, c.file);
      expect(e.file).toBe(c.file);
      expect(e.place).toBe(c.place);
      expect(e.detail).toMatch(c.detail);
      expect(e.message.startsWith(c.file)).toBe(true);
    });
  }

  it('empty.csv: every parser says the file is empty', () => {
    const parsers: Parser[] = [parsePcAxis, parseJsonStat, parseSdmxMl, parseSdmxCsv, parseTidyCsv, (b, f) => parsePressText(b, f)];
    for (const p of parsers) expect(failure(p, 'empty.csv')).toMatchObject({ place: null, detail: 'the file is empty' });
  });

  it('binary garbage is refused by the other text parsers too', () => {
    for (const p of [parsePcAxis, parseJsonStat, parseSdmxMl, parseSdmxCsv] as Parser[]) expect(failure(p, 'binary-garbage.csv').detail).toMatch(/binary/);
  });
});

describe('malformed workbooks (.xlsx)', () => {
  let xlsx: Buffer;
  let noSheets: Buffer;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('IIP');
    for (let r = 1; r <= 200; r++) ws.getRow(r).values = [`Ngành ${r}`, 100 + r / 10, 101 + r / 10];
    xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    noSheets = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
  });

  const rejection = async (read: Promise<unknown>, file: string): Promise<ImportError> => {
    const e = await read.then(
      () => new Error(`${file} was accepted`),
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(ImportError);
    expect(e).toMatchObject({ file, place: null });
    return e as ImportError;
  };
  const detailOf = async (bytes: Buffer, file = 'bieu.xlsx'): Promise<string> => (await rejection(loadWorkbook(bytes, file), file)).detail;

  it('an empty file', async () => {
    expect(await detailOf(Buffer.alloc(0))).toBe('the file is empty');
  });

  it('an old binary .xls (OLE2) workbook', async () => {
    const ole2 = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await detailOf(ole2, 'bieu.xls')).toMatch(
      /^the file is an old binary Excel workbook \(\.xls, OLE2\), not an \.xlsx workbook \(no zip signature\); open it in Excel and save it as \.xlsx$/,
    );
  });

  it('text that is not a zip', async () => {
    expect(await detailOf(Buffer.from('Chỉ số sản xuất công nghiệp tháng 11 năm 2024 tăng 8,9%\n'))).toBe(
      'the file is not an .xlsx workbook (no zip signature)',
    );
  });

  it('a workbook cut short', async () => {
    const half = xlsx.subarray(0, Math.floor(xlsx.length / 2));
    expect(await detailOf(half)).toBe(`the zip is truncated or damaged: no end-of-central-directory record in ${half.length} bytes (file cut short?)`);
  });

  it('a zip without worksheets', async () => {
    expect(await detailOf(noSheets)).toBe('the zip archive holds no worksheets: not an .xlsx workbook');
  });

  it("damaged contents: the part named, not the zip reader's words", async () => {
    const damaged = Buffer.from(xlsx);
    damaged.fill(0x55, 100, xlsx.length - 2000); // entry data overwritten, the central directory intact
    expect(await detailOf(damaged)).toMatch(/^the part "[^"]+" (is damaged: its compressed bytes do not unzip|is not where the zip says)$/);
  });

  it('the statistics-office reader and the layout-template reader say the same', async () => {
    const half = xlsx.subarray(0, Math.floor(xlsx.length / 2));
    const gso = await rejection(readGsoWorkbookBytes(half, 'bieu.xlsx'), 'bieu.xlsx');
    const template = await rejection(readWithTemplates(half, 'bieu.xlsx', { saved: [] }, said('template.why-not-gso')), 'bieu.xlsx');
    expect(gso.detail).toMatch(/^the zip is truncated or damaged/);
    expect(template.detail).toBe(gso.detail);
  });

  it('a workbook too large to read whole is refused before it is loaded', async () => {
    const huge = Buffer.concat([xlsx, Buffer.alloc(MAX_WORKBOOK_BYTES)]);
    const e = await rejection(parseSource({ fileName: 'bieu-lon.xlsx', bytes: huge }), 'bieu-lon.xlsx');
    expect(e.detail).toMatch(/^the workbook is 16\.0 MB; workbooks are read whole and are refused above 16 MB/);
  });
});
