// Layout templates: a table mapped once (month N) is found again by its shape the month after,
// although its sheet was renamed and a row was added above the header; other tables are not.
import { said } from '../../electron/shared/messages/import.js';
import { LOCALITY_MAPPING } from '../fixtures/xlsx/locality-mapping.js';
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  applyTemplate,
  describeWorkbook,
  findTemplate,
  loadTemplateWorkbook,
  periodFor,
  readWithTemplates,
  LayoutNeededError,
  type TemplateWorkbook,
} from '../../electron/core/import/formats/xlsx-template/index.js';
import { foldHeader } from '../../electron/core/import/formats/xlsx-template/signature.js';
import { latestMonth, monthsMentioned } from '../../electron/core/import/formats/xlsx-template/reference-month.js';
import { xlsxTemplateSchema, type XlsxTemplate } from '../../electron/shared/xlsx-template.js';
import { tempDir } from '../helpers/temp.js';
import { DECEMBER, NOVEMBER, writeDecember, writeNovember, writeUnrelated } from '../fixtures/xlsx/make-layout-fixtures.js';
import { warningTexts } from '../helpers/warnings.js';

const MAPPING = LOCALITY_MAPPING;

const open = async (file: string): Promise<TemplateWorkbook> => loadTemplateWorkbook(fs.readFileSync(file), file);

describe('xlsx layout templates', () => {
  let november: TemplateWorkbook;
  let december: TemplateWorkbook;
  let unrelated: TemplateWorkbook;
  let saved: XlsxTemplate;
  const files: Record<string, string> = {};

  beforeAll(async () => {
    const dir = tempDir();
    files.november = await writeNovember(dir);
    files.december = await writeDecember(dir);
    files.unrelated = await writeUnrelated(dir);
    november = await open(files.november);
    december = await open(files.december);
    unrelated = await open(files.unrelated);
    // Map month N, then "save": the definition goes through JSON and the schema as the store keeps it.
    const mapped = applyTemplate(november, MAPPING, 'iip-dia-phuong-t11.xlsx');
    saved = xlsxTemplateSchema.parse(JSON.parse(JSON.stringify(mapped.template))) as XlsxTemplate;
  });

  it('describes each sheet for the preview, merged cells filled', () => {
    const [notes, table] = describeWorkbook(november);
    expect(notes!.name).toBe('Ghi chú');
    expect(table).toMatchObject({ name: 'Biểu 05', columnCount: 4, guessedHeaderRow: 4, guessedLabelColumn: 1 });
    expect(table!.rows[0]).toEqual(Array(4).fill('Biểu 05. CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP PHÂN THEO ĐỊA PHƯƠNG'));
    expect(table!.rows[2]).toEqual([
      'Tỉnh, thành phố',
      'Chỉ số sản xuất công nghiệp (%)',
      'Chỉ số sản xuất công nghiệp (%)',
      'Chỉ số sản xuất công nghiệp (%)',
    ]);
    expect(table!.rows[3]![0]).toBe('Tỉnh, thành phố');
    expect(table!.rows[4]).toEqual(['Cả nước', '102.1', '109.4', '109.3']);
  });

  it('reads month N with the mapping: periods from the header, values and sheet!cell', () => {
    const result = applyTemplate(november, MAPPING, 'iip-dia-phuong-t11.xlsx');
    expect(result.referenceMonth).toBe('2025-11');
    expect(result.figures).toHaveLength(NOVEMBER.length * 3);
    expect(result.figures.find((f) => f.location === 'Biểu 05!C8')).toMatchObject({
      geoLabel: 'Phú Thọ',
      itemLabel: 'TOTAL',
      period: '2025-11',
      basis: 'yoy',
      unit: 'index',
      value: 125.1,
      decimals: 1,
      measure: 'iip',
    });
    expect(result.figures.find((f) => f.location === 'Biểu 05!D5')).toMatchObject({
      geoLabel: 'Cả nước',
      period: '2025-01..2025-11',
      basis: 'yoy',
      value: 109.3,
    });
    expect(result.figures.find((f) => f.location === 'Biểu 05!B6')).toMatchObject({ geoLabel: 'Hà Nội', period: '2025-11', basis: 'mom', value: 101.5 });
    // the footnote row has no figures and gives none
    expect(result.figures.some((f) => f.geoLabel.startsWith('Ghi chú'))).toBe(false);
    expect(saved.sheetMatch).toMatchObject({
      columnCount: 4,
      labels: ['ca nuoc', 'ha noi', 'bac ninh', 'phu tho', 'quang ninh', 'hai phong', 'da nang', 'tp. ho chi minh'],
    });
  });

  it('finds the saved template in month N+1 by shape (sheet renamed, header a row lower) and reads the new month', () => {
    const found = findTemplate(december, [saved]);
    expect(found).not.toBeNull();
    expect(found!.location.sheet.name).toBe('Biểu 5 - IIP địa phương');
    expect(found!.location.headerRow).toBe(5);
    const result = applyTemplate(december, found!.template, 'iip-dia-phuong-t12.xlsx', found!.location);
    expect(result.referenceMonth).toBe('2025-12');
    expect(result.figures).toHaveLength(DECEMBER.length * 3);
    const byPlace = new Map(result.figures.map((f) => [f.location, f]));
    expect(byPlace.get('Biểu 5 - IIP địa phương!C9')).toMatchObject({ geoLabel: 'Phú Thọ', period: '2025-12', basis: 'yoy', value: 126.3 });
    expect(byPlace.get('Biểu 5 - IIP địa phương!D6')).toMatchObject({ geoLabel: 'Cả nước', period: '2025-01..2025-12', basis: 'yoy', value: 109.4 });
    expect(byPlace.get('Biểu 5 - IIP địa phương!B14')).toMatchObject({ geoLabel: 'Cần Thơ', period: '2025-12', basis: 'mom', value: 100.2 });
    expect(warningTexts(result).join('\n')).toMatch(/read sheet 'Biểu 5 - IIP địa phương'.*\n.*header row is row 5/);
  });

  it('does not match a table of another layout, and says what to do with it', async () => {
    expect(findTemplate(unrelated, [saved])).toBeNull();
    const error = await readWithTemplates(fs.readFileSync(files.unrelated!), 'cpi.xlsx', { saved: [saved] }, said('template.why-not-gso')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LayoutNeededError);
    expect((error as LayoutNeededError).detail).toMatch(/none of the 1 saved layout template\(s\) \(IIP theo địa phương\) matches/);
    expect((error as LayoutNeededError).sheets.map((s) => s.name)).toEqual(['CPI']);
  });

  it('does not match a table with the same headers but other names in the label column', () => {
    const foreign: XlsxTemplate = {
      ...saved,
      sheetMatch: { ...saved.sheetMatch!, labels: ['khai khoang', 'che bien, che tao', 'san xuat va phan phoi dien', 'cung cap nuoc'] },
    };
    // headers agree (0.5) and the width (0.1), the names do not: below the threshold (0.75)
    expect(findTemplate(december, [foreign])).toBeNull();
  });

  it('folds headers without digits and reads months from texts and file names', () => {
    expect(foldHeader('Tháng 11 năm 2025 so với cùng kỳ năm trước (%)')).toBe(foldHeader('Tháng 12 năm 2025 so với cùng kỳ năm trước (%)'));
    expect(latestMonth(monthsMentioned('Tháng 12 năm 2025 so với tháng 11 năm 2025'))).toBe('2025-12');
    expect(latestMonth(monthsMentioned('Tháng 1-11/2025'))).toBe('2025-11');
    expect(latestMonth(monthsMentioned('Bieu-T11.2025', true))).toBe('2025-11');
    expect(latestMonth(monthsMentioned('iip_2026-01', true))).toBe('2026-01');
    expect(periodFor('previous-month', '2026-01')).toBe('2025-12');
    expect(periodFor('quarter', '2025-11')).toBeNull();
    expect(periodFor('2025-Q3', '2025-11')).toBe('2025-Q3');
  });
});

describe('xlsx layout templates on text in legacy fonts', () => {
  // Names typed in old 8-bit fonts, as Latin-1 characters: TCVN3 (ABC) in .VnTime, VNI in VNI-Times.
  const TCVN3_ROWS: [string, string, number][] = [
    ['C¶ n\u00adíc', 'Cả nước', 109.4],
    ['Qu¶ng Ninh', 'Quảng Ninh', 104.5],
    ['H¶i Phßng', 'Hải Phòng', 122.9],
    ['CÇn Th¬', 'Cần Thơ', 108.8],
    // No tell-tale letter of its own: read as TCVN3 because of its font, in a TCVN3 sheet.
    ['BÕn Tre', 'Bến Tre', 103.3],
  ];
  const VNI_ROWS: [string, string, number][] = [
    ['Phuù Thoï', 'Phú Thọ', 125.1],
    ['Haø Noäi', 'Hà Nội', 107.2],
    ['Ñaø Naüng', 'Đà Nẵng', 103.1],
  ];

  async function legacyWorkbook(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bieu 05');
    const put = (address: string, value: string | number, font?: string) => {
      const cell = ws.getCell(address);
      cell.value = value;
      if (font) cell.font = { name: font, size: 12 };
    };
    put('A1', 'chØ sè s¶n xuÊt c«ng nghiÖp ph©n theo ®Þa ph\u00ad¬ng', '.VnTimeH');
    put('A3', 'TØnh, thµnh phè', '.VnTime');
    put('B3', 'Th¸ng 11 n¨m 2025 so víi cïng kú n¨m tr\u00adíc (%)', '.VnTime');
    [...TCVN3_ROWS.map((r) => [...r, '.VnTime'] as const), ...VNI_ROWS.map((r) => [...r, 'VNI-Times'] as const)].forEach(([legacy, , value, font], i) => {
      put(`A${4 + i}`, legacy, font);
      put(`B${4 + i}`, value);
    });
    return Buffer.from(await wb.xlsx.writeBuffer());
  }

  const MAPPED: XlsxTemplate = {
    name: 'IIP địa phương (TCVN3)',
    sheet: 'Bieu 05',
    headerRow: 3,
    labelColumn: 1,
    labelKind: 'geo',
    fixedItem: 'TOTAL',
    measure: 'iip',
    columns: [{ column: 2, period: 'month', basis: 'yoy', unit: 'index' }],
    referenceMonthFrom: { kind: 'sheet' },
  };

  it('reads TCVN3 and VNI names and headers as Unicode Vietnamese', async () => {
    const workbook = await loadTemplateWorkbook(await legacyWorkbook(), 'bieu-05-tcvn3.xlsx');
    const [sheet] = describeWorkbook(workbook);
    expect(sheet!.rows[0]![0]).toBe('CHỈ SỐ SẢN XUẤT CÔNG NGHIỆP PHÂN THEO ĐỊA PHƯƠNG');
    expect(sheet!.rows[2]).toEqual(['Tỉnh, thành phố', 'Tháng 11 năm 2025 so với cùng kỳ năm trước (%)']);

    const result = applyTemplate(workbook, MAPPED, 'bieu-05-tcvn3.xlsx');
    expect(result.referenceMonth).toBe('2025-11');
    expect(result.figures.map((f) => [f.geoLabel, f.value])).toEqual([...TCVN3_ROWS, ...VNI_ROWS].map(([, unicode, value]) => [unicode, value]));
    expect(result.figures[0]).toMatchObject({
      period: '2025-11',
      basis: 'yoy',
      location: 'Bieu 05!B4',
      quote: 'Cả nước | Tháng 11 năm 2025 so với cùng kỳ năm trước (%)',
    });
  });
});
