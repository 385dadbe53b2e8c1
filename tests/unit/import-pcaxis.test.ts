import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePcAxis } from '../../electron/core/import/formats/pcaxis/index.js';
import { ImportError } from '../../electron/core/import/types.js';

const fx = (name: string): Buffer => readFileSync(join(__dirname, '../fixtures/pcaxis', name));

describe('parsePcAxis', () => {
  it('reads a Windows-1258 monthly table: TIMEVAL, CODEPAGE, continued strings, missing "."', () => {
    const r = parsePcAxis(fx('iip-thang-1258.px'), 'iip-thang-1258.px');
    expect(r.figures).toHaveLength(11);
    const first = r.figures[0]!;
    expect(first).toMatchObject({
      itemLabel: 'Toàn ngành công nghiệp',
      geoLabel: '',
      period: '2025-09',
      basis: 'yoy',
      unit: 'index',
      measure: 'iip',
      value: 110.8,
      decimals: 1,
    });
    expect(first.location).toBe('DATA value 1, line 25');
    // the "." cell (Khai khoáng, Tháng 9) gives no figure
    expect(r.figures.find((f) => f.itemLabel === 'Khai khoáng' && f.period === '2025-09')).toBeUndefined();
    const c = r.figures.find((f) => f.itemLabel === 'Công nghiệp chế biến, chế tạo' && f.period === '2025-11')!;
    expect(c.value).toBe(111.8);
    expect(r.release).toMatchObject({
      name: 'Chỉ số sản xuất công nghiệp phân theo ngành kinh tế so với cùng kỳ năm trước theo Tháng và Ngành',
      publisher: 'Cục Thống kê',
      publishedOn: '2025-12-06',
      sourceKind: 'px',
    });
  });

  it('reads UTF-8 with LANGUAGES: keeps Vietnamese names, base year, quarter codes, commas and "-" in DATA', () => {
    const r = parsePcAxis(fx('iip-quy-base-en-vi.px'), 'x.px');
    expect(r.figures.map((f) => [f.geoLabel, f.itemLabel, f.period, f.value])).toEqual([
      ['Cả nước', 'TOTAL', '2024-Q4', 215.3],
      ['Cả nước', 'TOTAL', '2025-Q1', 220.1],
      ['Hà Nội', 'TOTAL', '2025-Q1', 190.25],
      ['Phú Thọ', 'TOTAL', '2024-Q4', 301],
    ]);
    for (const f of r.figures) expect(f).toMatchObject({ basis: 'base', baseYear: 2010, unit: 'index', decimals: 1 });
  });

  it('reads ISO-8859-15 and a two-variable HEADING (row-major, last variable fastest)', () => {
    const r = parsePcAxis(fx('mom-iso885915.px'), 'm.px');
    expect(r.release.name).toContain('€');
    expect(r.figures.map((f) => [f.itemLabel, f.period, f.geoLabel, f.value, f.basis, f.unit])).toEqual([
      ['Mining', '2025-10', 'Vietnam', -1.5, 'mom', 'pct'],
      ['Mining', '2025-11', 'Vietnam', 2.3, 'mom', 'pct'],
      ['Manufacturing', '2025-10', 'Vietnam', 0.4, 'mom', 'pct'],
      ['Manufacturing', '2025-11', 'Vietnam', 3.1, 'mom', 'pct'],
    ]);
  });

  it('accepts a string and a UTF-8 BOM', () => {
    const text = 'CHARSET="ANSI";\nCONTENTS="IIP, same period last year = 100";\nSTUB="Năm";\nVALUES("Năm")="2023","2024";\nDATA=\n107.2 108.4;\n';
    const a = parsePcAxis(text, 's.px');
    const b = parsePcAxis(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 's.px');
    expect(a.figures).toEqual(b.figures);
    expect(a.figures.map((f) => [f.period, f.itemLabel, f.value, f.basis, f.decimals])).toEqual([
      ['2023', 'TOTAL', 107.2, 'yoy', 1],
      ['2024', 'TOTAL', 108.4, 'yoy', 1],
    ]);
  });

  it('reports errors with places', () => {
    const base = 'CONTENTS="IIP so với cùng kỳ năm trước";\nSTUB="Tháng";\nVALUES("Tháng")="2025M01","2025M02";\n';
    const err = (text: string): ImportError => {
      try {
        parsePcAxis(text, 'e.px');
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        return e as ImportError;
      }
      throw new Error('no error');
    };
    const errB = (text: string): ImportError => {
      try {
        parsePcAxis(Buffer.from(text), 'e.px');
      } catch (e) {
        return e as ImportError;
      }
      throw new Error('no error');
    };
    expect(err(base).place).toBe('keyword DATA');
    expect(err(`${base}DATA=1 2 3;`).detail).toBe('expected 2 values (2 Tháng), found 3');
    expect(err(`${base}DATA=1 2`).detail).toMatch(/ends before the ";" that closes DATA/);
    expect(err('STUB="Ngành";\nVALUES("Ngành")="A",\n"B;\nDATA=1;').place).toBe('line 3');
    expect(err('STUB="Ngành","Tháng";\nVALUES("Ngành")="A";\nDATA=1;')).toMatchObject({
      place: 'keyword VALUES("Tháng")',
      detail: 'VALUES missing for STUB variable "Tháng"',
    });
    expect(err(`${base}DATA=1 abc;`)).toMatchObject({ place: 'DATA value 2, line 4' });
    expect(errB(`CODEPAGE="klingon";\n${base}DATA=1 2;`).place).toBe('keyword CODEPAGE');
  });
});
