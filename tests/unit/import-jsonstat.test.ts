import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importErrorOf } from '../helpers/errors.js';
import { parseJsonStat } from '../../electron/core/import/formats/jsonstat/index.js';

const fx = (name: string): Buffer => readFileSync(join(__dirname, '../fixtures/jsonstat', name));
const errorOf = importErrorOf;

describe('parseJsonStat', () => {
  it('reads roles time/geo/metric, index object and array, metric units, nulls and status', () => {
    const r = parseJsonStat(fx('iip-tinh.json'), 'iip-tinh.json');
    expect(r.figures).toHaveLength(11);
    expect(r.figures[0]).toMatchObject({
      period: '2025-01..2025-10',
      geoLabel: 'Cả nước',
      itemLabel: 'TOTAL',
      basis: 'yoy',
      unit: 'index',
      value: 109.1,
      decimals: 1,
      location: 'value 0',
    });
    expect(r.figures[1]).toMatchObject({ basis: 'base', baseYear: 2010, unit: 'index', value: 214.35, decimals: 2 });
    const hn = r.figures.filter((f) => f.geoLabel === 'Hà Nội' && f.period === '2025-01..2025-11');
    expect(hn.map((f) => [f.basis, f.value, f.status])).toEqual([
      ['yoy', 108.1, 'estimate'],
      ['base', 191.7, 'estimate'],
    ]);
    // value 8 is null: Phú Thọ, 11 months, yoy
    expect(r.figures.some((f) => f.location === 'value 8')).toBe(false);
    expect(r.figures.find((f) => f.location === 'value 6')!.status).toBe('preliminary');
    expect(r.release).toMatchObject({
      name: 'Chỉ số sản xuất công nghiệp theo địa phương',
      publisher: 'Cục Thống kê',
      publishedOn: '2025-12-06',
      sourceKind: 'json-stat',
    });
  });

  it('reads a collection with one dataset and a sparse value object', () => {
    const r = parseJsonStat(fx('sparse-collection.json'), 'c.json');
    expect(r.figures.map((f) => [f.itemLabel, f.period, f.value, f.basis, f.unit, f.decimals])).toEqual([
      ['Mining and quarrying', '2025-09', -2.1, 'mom', 'pct', 1],
      ['Mining and quarrying', '2025-11', 1.5, 'mom', 'pct', 1],
      ['Manufacturing', '2025-09', 0.8, 'mom', 'pct', 1],
      ['Manufacturing', '2025-11', 2.75, 'mom', 'pct', 2],
    ]);
  });

  it('reports structural errors', () => {
    const ds = (patch: Record<string, unknown>): string =>
      JSON.stringify({
        class: 'dataset',
        label: 'IIP so với cùng kỳ năm trước',
        id: ['time'],
        size: [2],
        dimension: { time: { category: { index: ['2024', '2025'] } } },
        value: [1, 2],
        ...patch,
      });
    expect(errorOf(() => parseJsonStat(ds({ size: [2, 1] }), 'a.json'))).toMatchObject({
      place: 'size',
      detail: '"id" lists 1 dimensions but "size" has 2 entries',
    });
    expect(errorOf(() => parseJsonStat(ds({ value: [1, 2, 3] }), 'a.json'))).toMatchObject({ place: 'value', detail: 'expected 2 values (2 time), found 3' });
    expect(errorOf(() => parseJsonStat(ds({ value: [1, 'x'] }), 'a.json'))).toMatchObject({ place: 'value 1', detail: '"x" is not a number' });
    expect(errorOf(() => parseJsonStat(ds({ size: [3] }), 'a.json')).detail).toMatch(/"size" says 3 categories but dimension "time" has 2/);
    expect(errorOf(() => parseJsonStat('{\n  "class": "dataset",\n  "id": [1 2]\n}', 'b.json'))).toMatchObject({
      place: 'line 3, column 12',
      detail: 'invalid JSON: expected "," or "]"',
    });
  });
});
