// `iip export` on a store seeded with the embedded dataset: the file holds the figures `iip get`
// answers, bars are ranked, exit codes tell bad arguments (2) from rejected input (1), and a
// failure leaves nothing behind — not even a temporary file beside --out.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { runIip } from '../helpers/cli.js';
import { hasWriter } from '../../electron/core/export/formats/index.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

const cli = (args: string[]) => runIip(args);

/** The table of an exported CSV (after its header lines and the empty line), as records of fields. */
function csvRecords(file: string): string[][] {
  const text = fs.readFileSync(file, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  // The exports these tests make quote no line breaks, so lines are records.
  return text
    .slice(1)
    .split('\r\n')
    .slice(0, -1)
    .map((line) => [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)].map((m) => m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"')).slice(0, -1));
}

const tableOf = (records: string[][]): string[][] => records.slice(records.findIndex((r) => r.length === 11) + 1);

describe('iip export', () => {
  const db = tempStorePath();
  const base = ['--db', db];

  it('writes a line of months to CSV: the November 2025 month is there, as `iip get` has it', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'total.csv');
    const r = await cli(['export', '--geo', 'VN', '--item', 'TOTAL', '--from', '2025-01', '--to', '2025-11', '--basis', 'yoy', '--out', out, ...base]);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toMatch(/^Wrote .*total\.csv \(csv, \d+ figures\)\.$/);
    const records = csvRecords(out);
    expect(records[0]).toEqual(['Toàn ngành công nghiệp']);
    expect(records[2]![0]).toMatch(/^Nguồn: .*công bố ngày 06\/12\/2025, ước tính$/);
    const table = tableOf(records);
    expect(table.every((row) => /^2025-(0[1-9]|1[01])$/.test(row[4]!))).toBe(true);
    const november = table.find((row) => row[4] === '2025-11')!;
    const get = await cli(['get', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-11', '--basis', 'yoy', ...base]);
    expect(november[6]).toBe(get.out);
    expect(november[6]).toBe('10.8');
    expect(fs.readdirSync(dir)).toEqual(['total.csv']);
  });

  it('writes a transformed line with the values `iip get --transform` answers, naming the transformation and what it could not compute', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'ma3.csv');
    const args = ['--geo', 'VN', '--item', 'TOTAL', '--basis', 'yoy', ...base];
    const r = await cli(['export', ...args, '--lang', 'en', '--from', '2024-01', '--to', '2024-12', '--transform', 'ma3', '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const records = csvRecords(out);
    expect(records[1]![0]).toMatch(/^3-month moving average/);
    const table = tableOf(records);
    const march = table.find((row) => row[4] === '2024-03')!;
    const get = await cli(['get', ...args, '--period', '2024-03', '--transform', 'ma3']);
    expect(get.code).toBe(0);
    expect(march[6]).toBe(get.out);
    expect(march.join(' ')).toMatch(/3-month moving average/);
    // January 2018 has no two months before it: not computed, and said so
    const early = path.join(dir, 'early.csv');
    const e = await cli(['export', ...args, '--lang', 'en', '--from', '2018-01', '--to', '2018-06', '--transform', 'ma3', '--out', early]);
    expect(e.code).toBe(0);
    expect(fs.readFileSync(early, 'utf8')).toMatch(/not computed|too short/i);
    expect(tableOf(csvRecords(early)).some((row) => row[4] === '2018-01')).toBe(false);
    // a bar chart is not transformed, and an unknown spec is refused (bad arguments) before anything is written
    expect((await cli(['export', ...args, '--period', '2024-03', '--chart', 'bar', '--transform', 'ma3', '--out', path.join(dir, 'b.csv')])).code).toBe(2);
    const bad = await cli(['export', ...args, '--from', '2024-01', '--to', '2024-12', '--transform', 'ma5', '--out', path.join(dir, 'c.csv')]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/ma5/);
    expect(fs.readdirSync(dir).sort()).toEqual(['early.csv', 'ma3.csv']);
  });

  it('writes cumulative months in English, and several items as one line each', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'ytd.csv');
    const r = await cli([
      'export',
      '--geo',
      'VN',
      '--item',
      'TOTAL',
      '--from',
      '2024-01..2024-03',
      '--to',
      '2025-01..2025-11',
      '--basis',
      'yoy',
      '--lang',
      'en',
      '--out',
      out,
      ...base,
    ]);
    expect(r.code).toBe(0);
    const table = tableOf(csvRecords(out));
    expect(table.every((row) => row[4]!.includes('..'))).toBe(true);
    expect(table.find((row) => row[4] === '2025-01..2025-11')!.slice(5, 7)).toEqual(['Jan–Nov 2025', '9.3']);
    expect(table.find((row) => row[4] === '2024-01..2024-11')).toBeDefined();

    const both = path.join(dir, 'sections.csv');
    expect((await cli(['export', '--geo', 'VN', '--item', 'B,C', '--from', '2025-01', '--to', '2025-11', '--basis', 'yoy', '--out', both, ...base])).code).toBe(
      0,
    );
    const rows = tableOf(csvRecords(both)).filter((row) => row[4] === '2025-11');
    expect(rows.map((row) => row[0])).toEqual(['Khai khoáng', 'Công nghiệp chế biến, chế tạo']);
  });

  it('ranks sections as bars in XLSX, highest first, with the values `iip get` answers', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'sections.xlsx');
    const args = ['export', '--geo', 'VN', '--item', 'B,C,D,E', '--period', '2025-01..2025-11', '--basis', 'yoy', '--chart', 'bar', '--lang', 'en'];
    const r = await cli([...args, '--title', 'Sections, Jan–Nov 2025', '--out', out, ...base]);
    expect(r.code, r.err).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Sections, Jan–Nov 2025');
    const rows: { subject: string; value: number }[] = [];
    sheet.eachRow((row, n) => {
      if (n > 0 && typeof row.getCell(7).value === 'number') rows.push({ subject: row.getCell(1).value as string, value: row.getCell(7).value as number });
    });
    expect(rows).toHaveLength(4);
    expect(rows.map((x) => x.value)).toEqual([...rows.map((x) => x.value)].sort((a, b) => b - a));
    for (const [code, name] of [
      ['B', 'Mining and quarrying'],
      ['E', 'Water supply; sewerage, waste management and remediation activities'],
    ]) {
      const get = await cli(['get', '--geo', 'VN', '--item', code!, '--period', '2025-01..2025-11', '--basis', 'yoy', ...base]);
      expect(rows.find((x) => x.subject === name)?.value, code).toBe(Number(get.out));
    }
  });

  it('carries the chart’s notes as numbered lines (behind its number a note’s text cannot start a formula)', async () => {
    const store = tempStorePath();
    const added = await cli([
      'notes',
      'add',
      '--geo',
      'VN',
      '--item',
      'TOTAL',
      '--period',
      '2025-11',
      '--text',
      '=HYPERLINK("http://x","Tết")',
      '--author',
      'Lan',
      '--db',
      store,
    ]);
    expect(added.code, added.err).toBe(0);
    const out = path.join(tempDir(), 'noted.csv');
    expect(
      (await cli(['export', '--geo', 'VN', '--item', 'TOTAL', '--from', '2025-01', '--to', '2025-11', '--basis', 'yoy', '--out', out, '--db', store])).code,
    ).toBe(0);
    const records = csvRecords(out);
    expect(records.map((r) => r[0])).toContain('Ghi chú');
    expect(records.map((r) => r[0])).toContain('[1] =HYPERLINK("http://x","Tết") — Lan');
  });

  it('exits 1 on input the store cannot answer, naming it, and leaves nothing behind', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'x.csv');
    const common = ['--basis', 'yoy', '--out', out, ...base];
    for (const [args, message] of [
      [['--geo', 'Atlantis', '--item', 'TOTAL', '--period', '2025-11'], /geo: no locality or country called 'Atlantis'/],
      [['--geo', 'VN', '--item', 'TOTAL,widgets', '--period', '2025-11'], /item: no industry or product called 'widgets'/],
      [['--geo', 'VN', '--item', 'TOTAL', '--period', '2030-01'], /no yoy figures for VN\/TOTAL .*2030-01/],
      [['--geo', 'VN', '--item', 'TOTAL', '--period', '2025-01..2025-11', '--as-of', '2025-11-30'], /as of 2025-11-30/],
      [['--geo', 'VN', '--item', '05,B', '--period', '2025-01..2025-11', '--chart', 'bar'], /VN\/05/],
    ] as const) {
      const r = await cli(['export', ...args, ...common]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.err, args.join(' ')).toMatch(message);
      expect(fs.readdirSync(dir), args.join(' ')).toEqual([]);
    }
  });

  it('exits 2 on bad arguments and formats this build cannot write, writing nothing', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'x.csv');
    const subject = ['--geo', 'VN', '--item', 'TOTAL'];
    const cases: string[][] = [
      [...subject, '--period', '2025-11', '--basis', 'yoy'],
      [...subject, '--period', '2025-11', '--out', out],
      [...subject, '--period', '2025-11', '--basis', 'weekly', '--out', out],
      [...subject, '--period', 'November', '--basis', 'yoy', '--out', out],
      [...subject, '--period', '2025-11', '--from', '2025-01', '--to', '2025-11', '--basis', 'yoy', '--out', out],
      [...subject, '--from', '2025-01', '--to', '2025-01..2025-11', '--basis', 'yoy', '--out', out],
      [...subject, '--from', '2025-11', '--to', '2025-01', '--basis', 'yoy', '--out', out],
      [...subject, '--from', '2025-01', '--basis', 'yoy', '--out', out],
      [...subject, '--from', '2025-01', '--to', '2025-11', '--basis', 'yoy', '--chart', 'bar', '--out', out],
      [...subject, '--period', '2025-11', '--basis', 'yoy', '--chart', 'pie', '--out', out],
      [...subject, '--period', '2025-11', '--basis', 'yoy', '--lang', 'fr', '--out', out],
      [...subject, '--period', '2025-11', '--basis', 'yoy', '--as-of', 'yesterday', '--out', out],
      [...subject, '--period', '2025-11', '--basis', 'yoy', '--out', path.join(dir, 'x.doc')],
      [...subject, '--period', '2025-11', '--basis', 'yoy', '--out', path.join(dir, 'missing', 'x.csv')],
      ['--item', 'TOTAL', '--period', '2025-11', '--basis', 'yoy', '--out', out],
      [...subject, '--period', '2025-11', '--basis', 'yoy', '--scale', '4', '--out', path.join(dir, 'x.png')],
      [...subject, '--period', '2025-11', '--basis', 'yoy', '--scale', '2', '--out', path.join(dir, 'x.svg')],
      [...subject, '--period', '2025-11', '--basis', 'yoy', '--transparent', '--out', out],
      ...(['pptx', 'png', 'svg', 'pdf'] as const)
        .filter((f) => !hasWriter(f))
        .map((f) => [...subject, '--period', '2025-11', '--basis', 'yoy', '--out', path.join(dir, `x.${f}`)]),
    ];
    for (const args of cases) {
      const r = await cli(['export', ...args, ...base]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err, args.join(' ')).toMatch(/^iip export: .+/);
      expect(fs.readdirSync(dir), args.join(' ')).toEqual([]);
    }
    const png = await cli(['export', ...subject, '--period', '2025-11', '--basis', 'yoy', '--scale', '4', '--out', path.join(dir, 'chart.png'), ...base]);
    expect(png.err).toMatch(/--scale: expected 1\|2\|3, got '4'/);
  });

  it('leaves an existing file as it was when the export fails, and replaces it whole when it succeeds', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'kept.csv');
    fs.writeFileSync(out, 'before');
    const failed = await cli(['export', '--geo', 'VN', '--item', 'TOTAL', '--period', '2030-01', '--basis', 'yoy', '--out', out, ...base]);
    expect(failed.code).toBe(1);
    expect(fs.readFileSync(out, 'utf8')).toBe('before');
    const done = await cli(['export', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-11', '--basis', 'yoy', '--out', out, '--json', ...base]);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.out)).toEqual({ out, format: 'csv', charts: 1, figures: 1 });
    expect(fs.readFileSync(out, 'utf8')).toContain('10.8');
    expect(fs.readdirSync(dir)).toEqual(['kept.csv']);
  });

  it('removes its temporary file when the final rename fails', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'taken.csv');
    fs.mkdirSync(out);
    const r = await cli(['export', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-11', '--basis', 'yoy', '--out', out, ...base]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^iip export: /);
    expect(fs.readdirSync(dir)).toEqual(['taken.csv']);
    expect(fs.readdirSync(out)).toEqual([]);
  });
});
