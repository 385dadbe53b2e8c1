import { copyFile, mkdtemp, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotAGsoWorkbookError, readGsoWorkbook, type GsoWorkbookResult } from '../../electron/core/import/formats/gso-workbook/index.js';
import { readHeader } from '../../electron/core/import/formats/gso-workbook/header.js';
import { fold } from '../../electron/core/import/formats/gso-workbook/text.js';
import { formatDecimals } from '../../electron/core/import/read/xlsx/number-format.js';
import { ImportError, type RawFigure } from '../../electron/core/import/types.js';
import { TCVN3_TEXTS, writeAnnual2019, writeModern, writeQuarter2018 } from '../fixtures/xlsx/make-gso-fixtures.js';
import { warningTexts } from '../helpers/warnings.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const REAL_DIR = path.resolve(here, '../../../shared/gso-releases');
const hasReal = existsSync(REAL_DIR);

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'gso-workbook-'));
});
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** One line per figure, easy to compare whole. */
const brief = (f: RawFigure) =>
  `${f.itemLabel} | ${f.period} ${f.basis} ${f.unit} ${f.status} = ${f.value} (${f.decimals}) @${f.location}${f.quantityUnit !== undefined ? ` [${f.quantityUnit}]` : ''}`;

const find = (r: GsoWorkbookResult, item: string, period: string, basis: string, measure = 'iip') =>
  r.figures.filter((f) => f.itemLabel === item && f.period === period && f.basis === basis && f.measure === measure);

describe('column headers', () => {
  it.each([
    ['Tháng 10 năm 2024 so với cùng kỳ năm trước', 'month', 'yoy'],
    ['Tháng 11 năm 2024 so với tháng trước', 'month', 'mom'],
    ['11 tháng năm 2024 so với cùng kỳ năm trước', 'cumulative', 'yoy'],
    ['Tháng 1/2018 so với tháng 12/2017', 'month', 'mom'],
    ['Quí I năm 2018 so với cùng kỳ năm 2017', 'quarter', 'yoy'],
    ['Năm 2019 so với năm 2018', 'year', 'yoy'],
    ['So với cùng kỳ năm trước (%) Tháng 9 năm 2018', 'month', 'yoy'],
    ['Cộng dồn 11 tháng năm 2024', 'cumulative', null],
    ['Compared to the same period last year 9 months 2020', 'cumulative', 'yoy'],
    ['September 2020 versus last month', 'month', 'mom'],
  ])('%s', (text, kind, basis) => {
    const r = readHeader(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.reading.subject.kind).toBe(kind);
      expect(r.reading.basis).toBe(basis);
    }
  });

  it('takes the status the header states', () => {
    const s = (t: string) => {
      const r = readHeader(t);
      return r.ok ? r.reading.status : 'unreadable';
    };
    expect(s('Ước tính tháng 11 năm 2024')).toBe('estimate');
    expect(s('Thực hiện tháng 10 năm 2024')).toBe('preliminary');
    expect(s('Năm 2023 chính thức so với năm 2022')).toBe('official');
    expect(s('Tháng 11 năm 2024 so với tháng trước')).toBeNull();
  });

  it('refuses headers it cannot place', () => {
    expect(readHeader('Chỉ tiêu').ok).toBe(false);
    expect(readHeader('Tháng 11 năm 2024 so với tháng 5 năm 2024').ok).toBe(false);
    expect(readHeader('Tháng 11 năm 2024 so với cùng kỳ năm 2020').ok).toBe(false);
    expect(readHeader('Lao động thời điểm 1/11/2024 so với cùng thời điểm năm trước').ok).toBe(false);
  });

  it('counts the decimals a number format shows', () => {
    expect(formatDecimals('0.0')).toBe(1);
    expect(formatDecimals('#,##0.00')).toBe(2);
    expect(formatDecimals('_(* #,##0.0_);_(* \\(#,##0.0\\);_(* "-"??_);_(@_)')).toBe(1);
    expect(formatDecimals('0')).toBe(0);
    expect(formatDecimals('General')).toBeNull();
  });
});

describe('generated workbook, 2019–2024 layout (November 2024)', () => {
  let r: GsoWorkbookResult;
  beforeAll(async () => {
    const file = path.join(tmp, '2024-11-29-02.-Bieu-T11.2024.xlsx');
    await writeModern(file);
    r = await readGsoWorkbook(file);
  });

  it('finds the two tables by content and the reference month from the headers', () => {
    expect(r.sheets).toEqual({ iip: '2.IIPthang', products: '3.SPCNthang' });
    expect(r.referenceMonth).toBe('2024-11');
    expect(r.release).toEqual({
      name: 'GSO monthly statistics, November 2024 (Biểu số liệu)',
      publisher: 'General Statistics Office of Viet Nam (GSO)',
      publishedOn: '2024-11-29',
      status: 'estimate',
      sourceKind: 'workbook',
      sourceFile: '2024-11-29-02.-Bieu-T11.2024.xlsx',
    });
  });

  it('reads every IIP figure with period, basis, status, decimals and cell', () => {
    const iip = r.figures.filter((f) => f.measure === 'iip').map(brief);
    const row = (label: string, n: number, v: [number, number, number, number]) => [
      `${label} | 2024-10 yoy index preliminary = ${v[0]} (2) @2.IIPthang!B${n}`,
      `${label} | 2024-11 mom index estimate = ${v[1]} (2) @2.IIPthang!C${n}`,
      `${label} | 2024-11 yoy index estimate = ${v[2]} (2) @2.IIPthang!D${n}`,
      `${label} | 2024-01..2024-11 yoy index estimate = ${v[3]} (2) @2.IIPthang!E${n}`,
    ];
    expect(iip).toEqual([
      ...row('Toàn ngành công nghiệp', 10, [107.05, 102.29, 108.94, 108.36]),
      ...row('Khai khoáng', 11, [91.33, 101.72, 90.15, 92.69]),
      ...row('Sản xuất sản phẩm điện tử, máy vi tính và sản phẩm quang học', 12, [100.15, 106.33, 111.95, 108.72]),
      ...row('Chế biến gỗ và sản xuất sản phẩm từ gỗ, tre, nứa (trừ giường, tủ, bàn, ghế); sản xuất sản phẩm từ rơm, rạ', 14, [117.13, 101.81, 113.28, 109.7]),
      ...row('Sản xuất xe có động cơ', 15, [143.98, 102.5, 136.17, 118.33]),
      ...row('Thoát nước và xử lý nước thải', 16, [98.69, 99.99, 115.66, 107.28]),
    ]);
  });

  it('gives whole figures: country, measure, unit, and a quote of row and header', () => {
    const [total] = find(r, 'Toàn ngành công nghiệp', '2024-11', 'yoy');
    expect(total).toEqual({
      geoLabel: '',
      itemLabel: 'Toàn ngành công nghiệp',
      measure: 'iip',
      period: '2024-11',
      basis: 'yoy',
      unit: 'index',
      value: 108.94,
      decimals: 2,
      status: 'estimate',
      location: '2.IIPthang!D10',
      quote: 'Toàn ngành công nghiệp | Tháng 11 năm 2024 so với cùng kỳ năm trước',
    });
  });

  it('reads the products table: quantities with units ("" = as above), indices vs same period', () => {
    expect(r.figures.filter((f) => f.measure === 'output').map(brief)).toEqual([
      'Than đá (than sạch) | 2024-10 level qty preliminary = 3662.46887127473 (1) @3.SPCNthang!C8 [Nghìn tấn]',
      'Than đá (than sạch) | 2024-11 level qty estimate = 3918.95513767669 (1) @3.SPCNthang!D8 [Nghìn tấn]',
      'Than đá (than sạch) | 2024-01..2024-11 level qty estimate = 40666.63856141636 (1) @3.SPCNthang!E8 [Nghìn tấn]',
      'Than đá (than sạch) | 2024-11 yoy index estimate = 95.06850713104097 (1) @3.SPCNthang!F8',
      'Than đá (than sạch) | 2024-01..2024-11 yoy index estimate = 94.65707672065368 (1) @3.SPCNthang!G8',
      'Dầu mỏ thô khai thác | 2024-10 level qty preliminary = 674.8199999999999 (2) @3.SPCNthang!C9 [Nghìn tấn]',
      'Dầu mỏ thô khai thác | 2024-11 level qty estimate = 645.3529411764711 (2) @3.SPCNthang!D9 [Nghìn tấn]',
      'Dầu mỏ thô khai thác | 2024-01..2024-11 level qty estimate = 7422.771941176472 (2) @3.SPCNthang!E9 [Nghìn tấn]',
      'Dầu mỏ thô khai thác | 2024-11 yoy index estimate = 92.38332300396117 (2) @3.SPCNthang!F9',
      'Dầu mỏ thô khai thác | 2024-01..2024-11 yoy index estimate = 93.96031597328209 (2) @3.SPCNthang!G9',
      'Ô tô | 2024-10 level qty preliminary = 45.956640293138946 (1) @3.SPCNthang!C10 [Nghìn chiếc]',
      'Ô tô | 2024-11 level qty estimate = 47.33628171859793 (1) @3.SPCNthang!D10 [Nghìn chiếc]',
      'Ô tô | 2024-01..2024-11 level qty estimate = 336.45637932549175 (1) @3.SPCNthang!E10 [Nghìn chiếc]',
      'Ô tô | 2024-11 yoy index estimate = 147.76887593993234 (1) @3.SPCNthang!F10',
      'Ô tô | 2024-01..2024-11 yoy index estimate = 122.35646739741574 (1) @3.SPCNthang!G10',
    ]);
    const [coalPct] = find(r, 'Than đá (than sạch)', '2024-11', 'yoy', 'output');
    expect(coalPct?.quote).toBe('Than đá (than sạch) | So với cùng kỳ năm trước (%) Tháng 11 năm 2024');
  });

  it('has no warnings for a clean workbook', () => {
    expect(r.warnings).toEqual([]);
  });
});

describe('generated workbook, March 2018 layout (quarter columns)', () => {
  let r: GsoWorkbookResult;
  beforeAll(async () => {
    const file = path.join(tmp, '2018-03-29-02-Bieu-3-2018-1.xlsx');
    await writeQuarter2018(file);
    r = await readGsoWorkbook(file);
  });

  it('reads previous cumulative (preliminary), month and quarter columns', () => {
    expect(r.sheets).toEqual({ iip: 'IIP', products: 'SP' });
    expect(r.referenceMonth).toBe('2018-03');
    expect(r.figures.filter((f) => f.measure === 'iip').map(brief)).toEqual([
      'Toàn ngành công nghiệp | 2018-01..2018-02 yoy index preliminary = 113.21 (2) @IIP!B9',
      'Toàn ngành công nghiệp | 2018-03 mom index estimate = 122.77 (2) @IIP!C9',
      'Toàn ngành công nghiệp | 2018-03 yoy index estimate = 108.71 (2) @IIP!D9',
      'Toàn ngành công nghiệp | 2018-Q1 yoy index estimate = 111.59 (2) @IIP!E9',
      'Khai khoáng | 2018-01..2018-02 yoy index preliminary = 102.7 (2) @IIP!B10',
      'Khai khoáng | 2018-03 mom index estimate = 122.12 (2) @IIP!C10',
      'Khai khoáng | 2018-03 yoy index estimate = 96.39 (2) @IIP!D10',
      'Khai khoáng | 2018-Q1 yoy index estimate = 100.38 (2) @IIP!E10',
      // General format: what is stored shows, up to 2 decimals (the column holds 2).
      'Sản xuất và phân phối điện | 2018-01..2018-02 yoy index preliminary = 111.2 (2) @IIP!B11',
      'Sản xuất và phân phối điện | 2018-03 mom index estimate = 115.3 (2) @IIP!C11',
      'Sản xuất và phân phối điện | 2018-03 yoy index estimate = 108.1 (2) @IIP!D11',
      'Sản xuất và phân phối điện | 2018-Q1 yoy index estimate = 109.9 (2) @IIP!E11',
    ]);
  });

  it('reads products with cumulative, quarter and month-vs-same-month columns', () => {
    expect(r.figures.filter((f) => f.itemLabel === 'Ô tô').map(brief)).toEqual([
      'Ô tô | 2018-01..2018-02 level qty preliminary = 36 (1) @SP!C10 [Nghìn chiếc]',
      'Ô tô | 2018-03 level qty estimate = 22.6 (1) @SP!D10 [Nghìn chiếc]',
      'Ô tô | 2018-Q1 level qty estimate = 58.6 (1) @SP!E10 [Nghìn chiếc]',
      'Ô tô | 2018-03 yoy index estimate = 110.46270400721558 (1) @SP!F10',
      'Ô tô | 2018-Q1 yoy index estimate = 109.1761881707431 (1) @SP!G10',
    ]);
    expect(find(r, 'Than đá (than sạch)', '2018-Q1', 'yoy', 'output')[0]?.quote).toBe('Than đá (than sạch) | Quí I năm 2018 so với cùng kỳ năm 2017 (%)');
  });
});

describe('generated workbook, December layout (year column, quarterly sheet first)', () => {
  it('takes the monthly IIP sheet and reads the year column', async () => {
    const file = path.join(tmp, '2019-12-27-03-Bieu-2019.xlsx');
    await writeAnnual2019(file);
    const r = await readGsoWorkbook(file);
    expect(r.sheets).toEqual({ iip: '11.IIPthang', products: null });
    expect(r.referenceMonth).toBe('2019-12');
    expect(find(r, 'Toàn ngành công nghiệp', '2019', 'yoy')[0]).toMatchObject({
      value: 109.10815599105223,
      decimals: 2,
      status: 'estimate',
      location: '11.IIPthang!E9',
      quote: 'Toàn ngành công nghiệp | Năm 2019 so với năm 2018',
    });
    expect(find(r, 'Toàn ngành công nghiệp', '2019-11', 'yoy')[0]?.status).toBe('preliminary');
    expect(warningTexts(r).some((w) => /no key-products sheet/.test(w))).toBe(true);
  });
});

describe('generated workbook in the legacy TCVN3 encoding', () => {
  it('converts names and headers to Unicode and reads the same figures', async () => {
    const uni = path.join(tmp, 'uni.xlsx');
    const old = path.join(tmp, '2024-11-29-tcvn3.xlsx');
    await writeModern(uni);
    await writeModern(old, { texts: TCVN3_TEXTS, font: '.VnTime', titleFont: '.VnTimeH' });
    const a = await readGsoWorkbook(uni);
    const b = await readGsoWorkbook(old);
    expect(b.sheets).toEqual({ iip: '2.IIPthang', products: '3.SPCNthang' });
    expect(b.referenceMonth).toBe('2024-11');
    const strip = (f: RawFigure) => ({ ...f, quote: null });
    expect(b.figures.map(strip)).toEqual(a.figures.map(strip));
    expect(find(b, 'Toàn ngành công nghiệp', '2024-11', 'yoy')[0]?.quote).toBe('Toàn ngành công nghiệp | Tháng 11 năm 2024 so với cùng kỳ năm trước');
    expect(warningTexts(b).some((w) => /2\.IIPthang: \d+ text cell\(s\) in the legacy TCVN3/.test(w))).toBe(true);
  });
});

describe('errors', () => {
  const rejects = async (file: string, place: string | null, detail: RegExp, errorClass: new (...args: never[]) => ImportError = ImportError) => {
    const err = await readGsoWorkbook(file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(errorClass);
    expect(err).toMatchObject({ name: errorClass.name, file: path.basename(file), place });
    expect((err as Error & { detail: string }).detail).toMatch(detail);
  };

  it('a text file renamed .xlsx', async () => {
    const file = path.join(tmp, 'notes.xlsx');
    await writeFile(file, 'Chỉ số sản xuất công nghiệp tháng 11 năm 2024 tăng 8,9%\n');
    await rejects(file, null, /not an \.xlsx workbook \(no zip signature\)/);
  });

  it('a truncated copy of a workbook', async () => {
    const src = hasReal ? path.join(REAL_DIR, '2024-11-29-02.-Bieu-T11.2024.xlsx') : path.join(tmp, 'src.xlsx');
    if (!hasReal) await writeModern(src);
    const file = path.join(tmp, 'cut-short.xlsx');
    await copyFile(src, file);
    const size = (await readFile(file)).length;
    await truncate(file, Math.floor(size / 2));
    await rejects(file, null, /truncated or damaged: no end-of-central-directory record/);
  });

  it('a workbook without an IIP sheet', async () => {
    const file = path.join(tmp, 'products-only.xlsx');
    await writeModern(file, { withoutIip: true });
    // Its own class: the pipeline then tries a layout template (pipeline/read-source.ts).
    await rejects(
      file,
      null,
      /no sheet with IIP by industry: looked for a row 'Toàn ngành công nghiệp'.*1\.Nong nghiep, 3\.SPCNthang, 4\.LĐCN/,
      NotAGsoWorkbookError,
    );
  });

  it('a header it cannot read, with the header cell', async () => {
    const file = path.join(tmp, 'bad-header.xlsx');
    await writeModern(file, { badHeaderD: 'Chỉ tiêu ghi chú' });
    await rejects(file, '2.IIPthang!D4', /cannot tell the period of this column: 'Chỉ tiêu ghi chú'/);
  });

  it('text where a number belongs, with the cell', async () => {
    const file = path.join(tmp, 'bad-value.xlsx');
    await writeModern(file, { badValueE12: '108,7 (sơ bộ)' });
    await rejects(file, '2.IIPthang!E12', /expected a number, found '108,7 \(sơ bộ\)'/);
  });

  it('a file that does not exist', async () => {
    await rejects(path.join(tmp, 'missing.xlsx'), null, /cannot read the file: ENOENT/);
  });
});

const realTitle = hasReal
  ? `real GSO releases in ${REAL_DIR}`
  : 'real GSO releases: SKIPPED, folder ../shared/gso-releases (next to the repository) is not present';
describe.skipIf(!hasReal)(realTitle, () => {
  const results = new Map<string, GsoWorkbookResult>();
  let files: string[] = [];
  let elapsedMs = 0;

  beforeAll(async () => {
    files = (await readdir(REAL_DIR)).filter((f) => f.endsWith('.xlsx')).sort();
    const t0 = performance.now();
    for (const f of files) results.set(f, await readGsoWorkbook(path.join(REAL_DIR, f)));
    elapsedMs = performance.now() - t0;
  }, 300_000);

  const byDate = (prefix: string): GsoWorkbookResult => {
    const f = files.find((x) => x.startsWith(prefix));
    if (!f) throw new Error(`no release ${prefix}`);
    return results.get(f)!;
  };
  const value = (r: GsoWorkbookResult, item: string, period: string, basis: string, measure = 'iip') => {
    const hits = find(r, item, period, basis, measure);
    expect(hits).toHaveLength(1);
    return hits[0]!;
  };

  it('reads all 83 workbooks, each with a whole-industry figure for its reference month', () => {
    expect(files).toHaveLength(83);
    expect(results.size).toBe(83);
    for (const [f, r] of results) {
      expect(r.referenceMonth, f).toBe(f.slice(0, 7));
      const total = r.figures.filter((x) => /^(toan nganh cong nghiep|whole industry)$/.test(fold(x.itemLabel)));
      expect(
        total.some((x) => x.period === r.referenceMonth && x.basis === 'yoy' && x.status === 'estimate'),
        f,
      ).toBe(true);
      expect(r.sheets.products, f).not.toBeNull();
      expect(r.figures.filter((x) => x.measure === 'output').length, f).toBeGreaterThan(100);
      // No real release uses a legacy font encoding for its text.
      expect(
        warningTexts(r).filter((w) => /legacy/.test(w)),
        f,
      ).toEqual([]);
    }
  });

  it('reads them in reasonable time', () => {
    // About 40 s on a 2-core machine (exceljs loads each workbook whole, ~0.4 s); generous bound for slow CI.
    expect(elapsedMs).toBeLessThan(150_000);
  });

  // Values read by hand from the sheets' XML (`unzip -p FILE xl/worksheets/sheetN.xml`, the sheet
  // found through xl/workbook.xml and its .rels), independent of exceljs and of this reader:
  //   2024-11-29-02.-Bieu-T11.2024.xlsx  2.IIPthang D10 108.94, E10 108.36, C10 102.29, E37 118.33 (xe có động cơ)
  //                                      3.SPCNthang E38 336.456… Nghìn chiếc (Ô tô, 11 tháng), F38 147.77
  //   2022-12-29-03-Bieu-2022.xlsx       13.SPCNthang E38 439.647… (Ô tô, năm 2022), G38 114.85
  //   2021-01-29-02-Bieu-01-2021.xlsx    IIP B7 96.75 (tháng 1 vs tháng trước), C7 122.16 (vs cùng kỳ)
  //   2020-09-29-03-Bieu-9.2020-EN.xlsx  7 D9 103.8 (WHOLE INDUSTRY, September vs same period)
  //   2019-12-27-03-Bieu-2019.xlsx       11.IIPthang E9 109.108… (Năm 2019 so với năm 2018)
  //   2019-06-28-03-Bieu-6.2019.xlsx     9.IIPthang B25 118.33 (wood, name over rows 23–25)
  //   2018-03-29-02-Bieu-3-2018-1.xlsx   IIP E9 111.59 (Quí I), B9 113.21 (2 tháng, sơ bộ)
  //   2018-01-29-Bieu-01-2018-1.xlsx     SP C8 3341.28… (Than đá, tháng 12/2017), E8 103.04 (vs tháng 12/2017)
  it('gives the values read by hand, 2024', () => {
    const r = byDate('2024-11-29');
    expect(r.sheets).toEqual({ iip: '2.IIPthang', products: '3.SPCNthang' });
    expect(value(r, 'Toàn ngành công nghiệp', '2024-11', 'yoy')).toMatchObject({ value: 108.94, status: 'estimate', location: '2.IIPthang!D10', decimals: 2 });
    expect(value(r, 'Toàn ngành công nghiệp', '2024-01..2024-11', 'yoy')).toMatchObject({ value: 108.36, location: '2.IIPthang!E10' });
    expect(value(r, 'Toàn ngành công nghiệp', '2024-11', 'mom').value).toBe(102.29);
    expect(value(r, 'Toàn ngành công nghiệp', '2024-10', 'yoy')).toMatchObject({ value: 107.05, status: 'preliminary' });
    expect(value(r, 'Sản xuất xe có động cơ', '2024-01..2024-11', 'yoy')).toMatchObject({ value: 118.33, location: '2.IIPthang!E37' });
    const cars = value(r, 'Ô tô', '2024-01..2024-11', 'level', 'output');
    expect(cars).toMatchObject({ unit: 'qty', quantityUnit: 'Nghìn chiếc', location: '3.SPCNthang!E38', status: 'estimate', decimals: 1 });
    expect(cars.value).toBeCloseTo(336.456, 3);
    expect(value(r, 'Ô tô', '2024-11', 'yoy', 'output').value).toBeCloseTo(147.77, 2);
  });

  it('gives the values read by hand, 2022 and 2021', () => {
    const dec = byDate('2022-12-29');
    const cars = value(dec, 'Ô tô', '2022', 'level', 'output');
    expect(cars).toMatchObject({ location: '13.SPCNthang!E38', quantityUnit: 'Nghìn chiếc' });
    expect(cars.value).toBeCloseTo(439.648, 3);
    expect(value(dec, 'Ô tô', '2022', 'yoy', 'output').value).toBeCloseTo(114.85, 2);
    const jan = byDate('2021-01-29');
    expect(value(jan, 'Toàn ngành công nghiệp', '2021-01', 'mom')).toMatchObject({ value: 96.75, location: 'IIP!B7' });
    expect(value(jan, 'Toàn ngành công nghiệp', '2021-01', 'yoy')).toMatchObject({ value: 122.16, location: 'IIP!C7' });
  });

  it('gives the values read by hand, 2020 (English edition) and 2019', () => {
    const en = byDate('2020-09-29');
    expect(en.sheets).toEqual({ iip: '7', products: '9' });
    expect(value(en, 'WHOLE INDUSTRY', '2020-09', 'yoy')).toMatchObject({ value: 103.8, location: '7!D9' });
    const dec = byDate('2019-12-27');
    expect(dec.sheets.iip).toBe('11.IIPthang');
    expect(value(dec, 'Toàn ngành công nghiệp', '2019', 'yoy').value).toBeCloseTo(109.108, 3);
    const jun = byDate('2019-06-28');
    const wood = 'Chế biến gỗ và sản xuất sản phẩm từ gỗ, tre, nứa (trừ giường, tủ, bàn ghế); sản xuất sản phẩm từ rơm, rạ và vật liệu tết bện';
    expect(value(jun, wood, '2019-05', 'yoy')).toMatchObject({ value: 118.33, location: '9.IIPthang!B25', status: 'preliminary' });
  });

  it('gives the values read by hand, 2018', () => {
    const mar = byDate('2018-03-29');
    expect(value(mar, 'Toàn ngành công nghiệp', '2018-Q1', 'yoy')).toMatchObject({ value: 111.59, location: 'IIP!E9', status: 'estimate' });
    expect(value(mar, 'Toàn ngành công nghiệp', '2018-01..2018-02', 'yoy')).toMatchObject({ value: 113.21, status: 'preliminary' });
    const jan = byDate('2018-01-29');
    const coal = value(jan, 'Than đá (than sạch)', '2017-12', 'level', 'output');
    expect(coal).toMatchObject({ status: 'preliminary', quantityUnit: 'Nghìn tấn', location: 'SP!C8' });
    expect(coal.value).toBeCloseTo(3341.28, 2);
    expect(value(jan, 'Than đá (than sạch)', '2018-01', 'mom', 'output').value).toBeCloseTo(103.04, 2);
  });
});
