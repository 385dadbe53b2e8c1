import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { importErrorOf } from '../helpers/errors.js';
import { parseTidyCsv, parseTidyCsvStream } from '../../electron/core/import/formats/tidy-csv/index.js';

const fx = (name: string): Buffer => readFileSync(join(__dirname, '../fixtures/tidy-csv', name));
const errorOf = importErrorOf;
const HEADER = 'geo,item,measure,period,basis,unit,value,status,base_year,quantity_unit,note';

describe('parseTidyCsv', () => {
  it('reads the documented layout: quotes, embedded delimiters/newlines/doubled quotes, defaults', () => {
    const r = parseTidyCsv(fx('comma-utf8.csv'), 'a.csv');
    expect(r.figures.map((f) => [f.geoLabel, f.itemLabel, f.measure, f.period, f.basis, f.unit, f.value, f.decimals, f.status ?? null, f.location])).toEqual([
      ['', 'TOTAL', 'iip', '2025-11', 'yoy', 'pct', 10.8, 1, 'estimate', 'row 2'],
      ['', 'TOTAL', 'iip', '2025-01..2025-11', 'yoy', 'pct', 9.3, 1, null, 'row 3'],
      ['Phú Thọ', 'TOTAL', 'iip', '2025-01..2025-05', 'yoy', 'pct', 46.7, 1, null, 'row 4'],
      ['', 'C', 'contribution', '2025-01..2025-05', 'yoy', 'pp', 8.8, 1, null, 'row 5'],
      ['', 'Công nghiệp chế biến, chế tạo', 'iip', '2025-11', 'base', 'index', 1234.5, 1, 'official', 'row 6'],
      ['', 'Ô tô', 'output', '2025-01..2025-11', 'level', 'qty', 1234.5, 1, null, 'row 7'],
    ]);
    expect(r.figures[1]!.quote).toBe('Ước tính, theo "Báo cáo" tháng 11');
    expect(r.figures[4]!.baseYear).toBe(2010);
    expect(r.figures[5]).toMatchObject({ quantityUnit: 'Nghìn chiếc', quote: 'note with\na line break' });
  });

  it('reads Windows-1258 with semicolons and decimal commas, and UTF-16LE tab text identically', () => {
    const a = parseTidyCsv(fx('semicolon-1258.csv'), 's.csv');
    const b = parseTidyCsv(fx('tab-utf16le.csv'), 't.csv');
    expect(a.figures.map((f) => [f.geoLabel, f.itemLabel, f.period, f.basis, f.unit, f.value, f.decimals, f.status ?? null])).toEqual([
      ['Hà Nội', 'TOTAL', '2025-11', 'mom', 'pct', 2.3, 1, 'preliminary'],
      ['', 'Khai khoáng', '2025-Q3', 'yoy', 'pct', -0.7, 1, null],
      ['', 'TOTAL', '2024', 'yoy', 'pct', 1234, 0, null], // "1.234" in a decimal-comma file groups thousands
    ]);
    expect(b.figures).toEqual(a.figures);
  });

  it('reads the shipped template', () => {
    const r = parseTidyCsv(readFileSync(join(__dirname, '../../data/templates/figures-template.csv')), 'figures-template.csv');
    expect(r.figures.map((f) => [f.itemLabel, f.measure, f.unit, f.value])).toEqual([
      ['TOTAL', 'iip', 'pct', 10.8],
      ['TOTAL', 'iip', 'pct', 46.7],
      ['Công nghiệp chế biến, chế tạo', 'contribution', 'pp', 8.5],
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('accepts a UTF-8 BOM and a string', () => {
    const text = `${HEADER}\n,TOTAL,iip,2025-11,yoy,pct,−3.4,,,,\n`;
    const a = parseTidyCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'b.csv');
    expect(a.figures[0]!.value).toBe(-3.4);
    expect(parseTidyCsv(text, 'b.csv').figures).toEqual(a.figures);
  });

  it('names row and column in errors', () => {
    const rows = (...r: string[]): string => [HEADER, ...r].join('\n');
    const ok = ',TOTAL,iip,2025-11,yoy,pct,9.3,,,,';
    expect(errorOf(() => parseTidyCsv(rows(ok, ok, ok, ok, ok, ',TOTAL,iip,2025-10,yoy,pct,"1.234,5",,,,'), 'c.csv'))).toMatchObject({
      place: 'row 7, column value',
      detail: "'1.234,5' looks like a decimal-comma number but this file uses a decimal point",
    });
    expect(errorOf(() => parseTidyCsv(rows(',TOTAL,iip,2025-11,annual,pct,9.3,,,,'), 'c.csv'))).toMatchObject({
      place: 'row 2, column basis',
      detail: 'unknown basis "annual" (expected yoy, mom, base, level)',
    });
    expect(errorOf(() => parseTidyCsv(rows(',TOTAL,iip,Nov,yoy,pct,9.3,,,,'), 'c.csv')).place).toBe('row 2, column period');
    expect(errorOf(() => parseTidyCsv(rows(',TOTAL,iip,2025-11,yoy,pct,abc,,,,'), 'c.csv')).place).toBe('row 2, column value');
    expect(errorOf(() => parseTidyCsv(rows(',TOTAL,iip,2025-11,yoy'), 'c.csv')).detail).toBe('expected 11 fields as in the header, found 5');
    expect(errorOf(() => parseTidyCsv(rows(',TOTAL,iip,2025-11,base,pct,9.3,,,,'), 'c.csv')).place).toBe('row 2, column unit');
    expect(errorOf(() => parseTidyCsv('geo,item,value\n,TOTAL,1\n', 'c.csv')).detail).toMatch(/lacks columns "period", "basis"/);
    expect(errorOf(() => parseTidyCsv(rows(',"TOTAL,iip,2025-11,yoy,pct,9.3,,,,'), 'c.csv')).detail).toMatch(/quote is not closed/);
    expect(errorOf(() => parseTidyCsv(rows(',"TOT"AL,iip,2025-11,yoy,pct,9.3,,,,'), 'c.csv')).place).toBe('row 2, column item');
  });
});

function* generate(rows: number): Generator<string> {
  const items = ['TOTAL', 'Khai khoáng', 'Công nghiệp chế biến, chế tạo', 'Sản xuất và phân phối điện', 'Cung cấp nước, quản lý và xử lý rác thải'];
  const geos = ['', 'Hà Nội', 'Phú Thọ', 'Bắc Ninh', 'Hải Phòng', 'Thành phố Hồ Chí Minh'];
  yield `${HEADER}\n`;
  let batch = '';
  for (let i = 0; i < rows; i++) {
    const y = 2000 + (i % 26);
    const m = 1 + (i % 12);
    batch += `${geos[i % geos.length]},"${items[i % items.length]}",iip,${y}-${String(m).padStart(2, '0')},yoy,pct,${(100 + (i % 300) / 10).toFixed(1)},,,,\n`;
    if (batch.length > 60_000) {
      yield batch;
      batch = '';
    }
  }
  yield batch;
}

describe('parseTidyCsvStream', () => {
  it('streams a ~20 MB file with bounded memory and the same figures as the whole-file reader', async () => {
    const rows = 260_000;
    let bytes = 0;
    const stream = Readable.from(
      (function* () {
        for (const s of generate(rows)) {
          const b = Buffer.from(s);
          bytes += b.length;
          yield b;
        }
      })(),
    );
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let progressCalls = 0;
    const r = await parseTidyCsvStream(stream, 'big.csv', () => {
      progressCalls++;
      if (progressCalls % 20 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    });
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    expect(bytes).toBeGreaterThan(18_000_000);
    expect(r.figures).toHaveLength(rows);
    expect(r.figures[1]).toMatchObject({ geoLabel: 'Hà Nội', itemLabel: 'Khai khoáng', period: '2001-02', value: 100.1, location: 'row 3' });
    const growthMb = (peak - before) / 1e6;
    // The figures themselves take ~100 bytes each; the file text (~20 MB as bytes, ~40 MB as JS strings) is never held.
    expect(growthMb).toBeLessThan(120);
    if (process.env.IIP_REPORT_MEMORY) {
      globalThis.gc?.();
      const retainedMb = (process.memoryUsage().heapUsed - before) / 1e6;
      process.stdout.write(
        `tidy stream: ${(bytes / 1e6).toFixed(1)} MB, ${rows} rows, peak heap growth ${growthMb.toFixed(1)} MB, retained after GC ${retainedMb.toFixed(1)} MB\n`,
      );
    }
    const small = [...generate(500)].join('');
    const whole = parseTidyCsv(small, 's.csv');
    const streamed = await parseTidyCsvStream(Readable.from([Buffer.from(small.slice(0, 777)), Buffer.from(small.slice(777))]), 's.csv');
    expect(streamed.figures).toEqual(whole.figures);
  });

  it('stops above the figure limit', async () => {
    const stream = Readable.from([...generate(1000)].map((s) => Buffer.from(s)));
    await expect(parseTidyCsvStream(stream, 'big.csv', undefined, { maxFigures: 100 })).rejects.toMatchObject({
      place: 'row 102',
      detail: expect.stringMatching(/more than 100 figures/),
    });
  });

  it('switches to Windows-1258 when non-UTF-8 bytes follow ASCII, and splits multi-byte characters across chunks', async () => {
    const bytes = fx('semicolon-1258.csv');
    const r = await parseTidyCsvStream(Readable.from([bytes.subarray(0, 30), bytes.subarray(30)]), 's.csv');
    expect(r.figures[0]!.geoLabel).toBe('Hà Nội');
    const utf8 = Buffer.from(`${HEADER}\nHà Nội,TOTAL,iip,2025-11,yoy,pct,9.3,,,,\n`);
    const parts = [utf8.subarray(0, HEADER.length + 3), utf8.subarray(HEADER.length + 3)]; // cuts inside "à"
    const u = await parseTidyCsvStream(Readable.from(parts), 'u.csv');
    expect(u.figures[0]!.geoLabel).toBe('Hà Nội');
  });
});
