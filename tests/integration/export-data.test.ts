// The data exports read back: the CSV (parsed as RFC 4180) and the XLSX (opened with exceljs) hold
// the chart's header lines and the same numbers as its spec, Vietnamese intact, formulas defused.
import ExcelJS from 'exceljs';
import { EXPORT_FILE_FORMATS } from '../../electron/shared/contract/export.js';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../electron/core/export/formats/csv.js';
import { hasWriter, writeExport } from '../../electron/core/export/formats/index.js';
import { sheetNames } from '../../electron/core/export/formats/sheet-names.js';
import { writeXlsx } from '../../electron/core/export/formats/xlsx.js';
import { rankBars } from '../../electron/shared/charts/ranking.js';
import { rankingChartSpec, seriesChartSpec, type ChartSpec } from '../../electron/shared/export/chart-spec.js';
import { EXPORT_WORDS } from '../../electron/shared/export/words.js';
import { formatDate } from '../../electron/shared/format.js';
import { chartNotes } from '../../electron/shared/notes/on-chart.js';
import { figure, geo, noteView, row, source, TOTAL } from '../helpers/contract-fixtures.js';

/** RFC 4180 fields, quotes and line breaks inside quotes included; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const next = text[i + 1];
    i += 1;
    if (quoted) {
      if (c === '"' && next === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && next === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 1;
    } else field += c;
  }
  if (field !== '' || record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

const decode = (bytes: Uint8Array): string => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** A series chart of Bắc Ninh in Vietnamese: 34 (no decimals), 9.30 (two), −1.5, with a note and an as-of date. */
function vietnameseSpec(): ChartSpec {
  const figures = [
    figure('2025-09', 34, { geo: 'P27', decimals: 0, status: 'official', sources: [source({ publishedOn: '2025-10-06', releaseName: 'Báo cáo tháng 9' })] }),
    figure('2025-10', 9.3, { geo: 'P27', decimals: 2, sources: [source({ publishedOn: '2025-11-06', releaseName: 'Báo cáo tháng 10' })] }),
    figure('2025-11', -1.5, {
      geo: 'P27',
      decimals: 1,
      sources: [source({ publishedOn: '2025-12-06', publisher: 'Cục Thống kê', releaseName: 'Báo cáo tháng 11' })],
    }),
  ];
  const note = noteView(
    { scope: 'figure', geo: 'P27', item: 'TOTAL', measure: 'iip', basis: 'yoy', period: '2025-10' },
    { text: 'Nhà máy điện thoại tạm dừng, "đột xuất"', author: 'Hằng' },
  );
  const notes = chartNotes([note], { geo: 'P27', item: 'TOTAL', measure: 'iip', basis: 'yoy' }, ['2025-09', '2025-10', '2025-11']);
  return seriesChartSpec(figures, 'Bắc Ninh', { lang: 'vi', title: 'Chỉ số sản xuất công nghiệp Bắc Ninh', notes, asOf: '2025-12-10' });
}

/** A ranking whose names, title, notes and release are hostile: each starts like a formula. */
function hostileSpec(): ChartSpec {
  const rows = [
    row(geo('P01', '=HYPERLINK("http://evil.example","click")', 'x'), TOTAL, 4.2, { geo: 'P01', sources: [source({ releaseName: '-2+3' })] }),
    row(geo('P02', '+1', 'x'), TOTAL, -1.5, { geo: 'P02', sources: [source({ releaseName: '\tcmd' })] }),
    row(geo('P04', '@SUM(A1:A9)', 'x'), TOTAL, 0.5, { geo: 'P04', sources: [source({ releaseName: '\rcmd' })] }),
  ];
  const bars = rankBars(rows, 'vi');
  const note = noteView({ scope: 'figure', geo: 'P02', item: 'TOTAL', measure: 'iip', basis: 'yoy', period: '2025-01..2025-11' }, { text: '=1+1' });
  const notes = { markers: [], bands: [], footnotes: [{ n: 1, note }] };
  return rankingChartSpec(bars, { lang: 'en', title: '=cmd|"/c calc"!A1', group: '-localities', notes });
}

const HOSTILE_TEXTS = ['=HYPERLINK("http://evil.example","click")', '+1', '@SUM(A1:A9)', '-2+3', '\tcmd', '\rcmd', '=cmd|"/c calc"!A1'];

/** XML keeps no bare carriage return: a workbook read back has a line feed where one was written. */
const asXmlReads = (text: string): string => text.replace(/\r\n?/g, '\n');

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, ends every line with CRLF and keeps Vietnamese intact', async () => {
    const bytes = await writeCsv([vietnameseSpec()], {});
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decode(bytes);
    expect(
      text
        .replace(/"[^"]*"/g, '')
        .match(/\r?\n/g)!
        .every((eol) => eol === '\r\n'),
    ).toBe(true);
    expect(text).toContain('Chỉ số sản xuất công nghiệp Bắc Ninh');
    expect(text).toContain('Hằng');
    expect(text.normalize('NFC')).toBe(text);
  });

  it('round-trips to the header lines and the same numbers, with the published decimals', async () => {
    const spec = vietnameseSpec();
    const records = parseCsv(decode(await writeCsv([spec], {})).slice(1));
    const w = EXPORT_WORDS.vi;
    expect(records.slice(0, 6).map((r) => r[0])).toEqual([
      spec.title,
      spec.subtitle,
      spec.source,
      w.asOf(formatDate('2025-12-10', 'vi')),
      w.notes,
      '[1] Nhà máy điện thoại tạm dừng, "đột xuất" — Hằng',
    ]);
    expect(records[6]).toEqual(['']);
    expect(records[7]).toEqual(Object.values(w.headers));
    const table = records.slice(8);
    expect(table).toHaveLength(spec.rows.length);
    expect(table.map((r) => Number(r[6]))).toEqual(spec.rows.map((r) => r.value));
    expect(table.map((r) => r[6])).toEqual(['34', '9.30', '-1.5']);
    expect(table.map((r) => [r[0], r[4], r[7], r[8], r[9]])).toEqual([
      ['Bắc Ninh', '2025-09', 'chính thức', 'Báo cáo tháng 9', '2025-10-06'],
      ['Bắc Ninh', '2025-10', 'ước tính', 'Báo cáo tháng 10', '2025-11-06'],
      ['Bắc Ninh', '2025-11', 'ước tính', 'Báo cáo tháng 11', '2025-12-06'],
    ]);
  });

  it('neutralises text that starts like a formula and leaves negative numbers as numbers', async () => {
    const spec = hostileSpec();
    const records = parseCsv(decode(await writeCsv([spec], {})).slice(1));
    const cells = records.flat();
    for (const hostile of [...HOSTILE_TEXTS, spec.subtitle]) {
      expect(cells, hostile).toContain(`'${hostile}`);
      expect(cells, hostile).not.toContain(hostile);
    }
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-?\d+(\.\d+)?$/.test(c))).toEqual([]);
    expect(cells).toContain('[1] =1+1 — Lan');
    const valueOf = (name: string) => records.find((r) => r[0] === `'${name}`)![6];
    expect(valueOf('+1')).toBe('-1.5');
    expect(Number(valueOf('+1'))).toBe(-1.5);
  });

  it('writes several charts as blocks separated by an empty line', async () => {
    const records = parseCsv(decode(await writeCsv([vietnameseSpec(), hostileSpec()], {})).slice(1));
    const headerRows = records.flatMap((r, i) => (r[0] === EXPORT_WORDS.vi.headers.subject || r[0] === EXPORT_WORDS.en.headers.subject ? [i] : []));
    expect(headerRows).toHaveLength(2);
    expect(records[headerRows[0]! + 1 + 3]).toEqual(['']);
  });
});

async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe('XLSX export', () => {
  it('round-trips to bold header lines, a frozen bold table header and numeric values with the published decimals', async () => {
    const spec = vietnameseSpec();
    const workbook = await openWorkbook(await writeXlsx([spec], {}));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Chỉ số sản xuất công nghiệp Bắc']);
    const sheet = workbook.worksheets[0]!;
    const column = (r: number) => sheet.getRow(r).getCell(1);
    expect([1, 2, 3, 4, 5, 6].map((r) => column(r).value)).toEqual([
      spec.title,
      spec.subtitle,
      spec.source,
      EXPORT_WORDS.vi.asOf(formatDate('2025-12-10', 'vi')),
      EXPORT_WORDS.vi.notes,
      '[1] Nhà máy điện thoại tạm dừng, "đột xuất" — Hằng',
    ]);
    expect([1, 2, 3, 4, 5, 6].every((r) => column(r).font?.bold === true)).toBe(true);
    const header = sheet.getRow(8);
    expect((header.values as unknown[]).slice(1)).toEqual(Object.values(EXPORT_WORDS.vi.headers));
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 8 });
    const values = [9, 10, 11].map((r) => sheet.getRow(r).getCell(7));
    expect(values.map((c) => c.type)).toEqual([ExcelJS.ValueType.Number, ExcelJS.ValueType.Number, ExcelJS.ValueType.Number]);
    expect(values.map((c) => c.value)).toEqual(spec.rows.map((r) => r.value));
    expect(values.map((c) => c.numFmt)).toEqual(['0', '0.00', '0.0']);
    expect([9, 10, 11].map((r) => sheet.getRow(r).getCell(10).value)).toEqual(['2025-10-06', '2025-11-06', '2025-12-06']);
    expect(sheet.getRow(9).getCell(1).value).toBe('Bắc Ninh');
    // exceljs leaves out a column of its default width (9) and reads it back as undefined.
    const widths = [...Array(11).keys()].map((c) => sheet.getColumn(c + 1).width ?? 9);
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(8);
    expect(Math.max(...widths)).toBeLessThanOrEqual(60);
    expect(widths[0]).toBeGreaterThanOrEqual('Bắc Ninh'.length);
  });

  it('keeps hostile text as neutralised string cells, never formulas, and −1.5 a number', async () => {
    const spec = hostileSpec();
    const workbook = await openWorkbook(await writeXlsx([spec], {}));
    const sheet = workbook.worksheets[0]!;
    const texts: string[] = [];
    sheet.eachRow((r) =>
      r.eachCell((cell) => {
        expect(cell.type, String(cell.address)).not.toBe(ExcelJS.ValueType.Formula);
        if (cell.type === ExcelJS.ValueType.String) texts.push(cell.value as string);
      }),
    );
    for (const hostile of [...HOSTILE_TEXTS, spec.subtitle].map(asXmlReads)) {
      expect(texts, hostile).toContain(`'${hostile}`);
      expect(texts, hostile).not.toContain(hostile);
    }
    expect(texts).toContain('[1] =1+1 — Lan');
    const plusOne = [...Array(sheet.rowCount).keys()].map((i) => sheet.getRow(i + 1)).find((r) => r.getCell(1).value === "'+1")!;
    expect(plusOne.getCell(7).type).toBe(ExcelJS.ValueType.Number);
    expect(plusOne.getCell(7).value).toBe(-1.5);
  });

  it('gives each chart its own sheet, named as Excel allows', async () => {
    const workbook = await openWorkbook(await writeXlsx([vietnameseSpec(), hostileSpec(), vietnameseSpec()], {}));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Chỉ số sản xuất công nghiệp Bắc', '=cmd|" c calc"!A1', 'Chỉ số sản xuất công nghiệp (2)']);
  });
});

describe('sheet names', () => {
  it('are at most 31 characters, without []:*?/\\ or edge apostrophes, unique regardless of case', () => {
    const names = sheetNames(['a/b[c]:d*e?f\\g', "'quoted'", '', 'History', 'Sections', 'SECTIONS', 'x'.repeat(40), 'x'.repeat(40)]);
    expect(names).toEqual(['a b c d e f g', 'quoted', 'Chart 3', 'Chart 4', 'Sections', 'SECTIONS (2)', 'x'.repeat(31), `${'x'.repeat(27)} (2)`]);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe('the writer registry', () => {
  it('writes by format', async () => {
    const bytes = await writeExport('csv', [vietnameseSpec()]);
    expect(decode(bytes)).toContain('Bắc Ninh');
  });

  it('has a writer for every format of the contract, a deck for pptx', async () => {
    for (const format of EXPORT_FILE_FORMATS) expect(hasWriter(format)).toBe(true);
    const deck = await writeExport('pptx', [vietnameseSpec()]);
    expect(Buffer.from(deck.subarray(0, 2)).toString('latin1')).toBe('PK');
  });
});
