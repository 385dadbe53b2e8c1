// The quarterly tables of the statistics office's workbooks (IIP by industry and key products, every
// quarter of the year so far), found by their columns, not by the sheet's name; read on real workbooks.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readGsoWorkbook, type GsoWorkbookResult } from '../../electron/core/import/formats/gso-workbook/index.js';
import { fold } from '../../electron/core/import/formats/gso-workbook/text.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const REAL_DIR = path.resolve(here, '../../../shared/gso-releases');
const JUNE = '2024-06-29-02.Bieu-T6.2024.xlsx';
const SEPTEMBER = '2024-09-29-2.Bieu-T9.2024.xlsx';
const DECEMBER = '2024-12-29-02.Bieu-T12.2024.xlsx';
const ENGLISH = '2020-09-29-03-Bieu-9.2020-EN.xlsx';
const MONTHLY_ONLY = '2024-11-29-02.-Bieu-T11.2024.xlsx';

const quarters = (r: GsoWorkbookResult, measure: string) => r.figures.filter((f) => f.measure === measure && /-Q\d$/.test(f.period));
const whole = (r: GsoWorkbookResult, period: string) =>
  r.figures.find((f) => f.measure === 'iip' && f.period === period && f.basis === 'yoy' && /^(toan nganh cong nghiep|whole industry)$/.test(fold(f.itemLabel)));

describe.skipIf(!existsSync(REAL_DIR))('GSO workbooks: quarterly tables', () => {
  const read = new Map<string, GsoWorkbookResult>();
  beforeAll(async () => {
    for (const f of [JUNE, SEPTEMBER, DECEMBER, ENGLISH, MONTHLY_ONLY]) read.set(f, await readGsoWorkbook(path.join(REAL_DIR, f)));
  }, 60_000);

  it('reads every quarter of the year so far from the December workbook, for industries and products', () => {
    const dec = read.get(DECEMBER)!;
    expect(dec.quarterlySheets).toEqual(['11.IIPquy', '13.SPCNquy']);
    expect([...new Set(quarters(dec, 'iip').map((f) => f.period))].sort()).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4']);
    expect(whole(dec, '2024-Q2')).toMatchObject({ value: 109.94, decimals: 2, status: 'preliminary', location: '11.IIPquy!C8' });
    expect(whole(dec, '2024-Q3')).toMatchObject({ value: 109.25, status: 'preliminary', location: '11.IIPquy!D8' });
    expect(whole(dec, '2024-Q4')).toMatchObject({ value: 107.94, status: 'estimate', location: '11.IIPquy!E8' });
    // 37 industries × 4 quarters; products: quantity and index for Q3 and Q4.
    expect(quarters(dec, 'iip')).toHaveLength(148);
    const products = quarters(dec, 'output');
    expect(products).toHaveLength(132);
    expect([...new Set(products.map((f) => `${f.period} ${f.basis}`))].sort()).toEqual(['2024-Q3 level', '2024-Q3 yoy', '2024-Q4 level', '2024-Q4 yoy']);
    expect(products.find((f) => f.location === '13.SPCNquy!C9')).toMatchObject({ period: '2024-Q3', basis: 'level', unit: 'qty' });
  });

  it('reads the quarters of June and September, where later workbooks restate them', () => {
    expect(whole(read.get(JUNE)!, '2024-Q2')).toMatchObject({ value: 109.46, status: 'estimate', location: '10.IIPquy!C9' });
    expect(whole(read.get(SEPTEMBER)!, '2024-Q2')).toMatchObject({ value: 109.94, status: 'preliminary' });
    expect(whole(read.get(SEPTEMBER)!, '2024-Q3')).toMatchObject({ value: 110.04, status: 'estimate' });
  });

  it('finds the table by its columns whatever the sheet is called (the English edition names its sheets by number)', () => {
    const en = read.get(ENGLISH)!;
    expect(en.quarterlySheets).toEqual(['8', '10']);
    expect([...new Set(quarters(en, 'iip').map((f) => f.period))].sort()).toEqual(['2020-Q1', '2020-Q2', '2020-Q3']);
    expect(whole(en, '2020-Q3')).toBeDefined();
  });

  it('reads no quarter from a workbook without quarterly tables', () => {
    const nov = read.get(MONTHLY_ONLY)!;
    expect(nov.quarterlySheets).toEqual([]);
    expect(quarters(nov, 'iip')).toEqual([]);
  });
});
