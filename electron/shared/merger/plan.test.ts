import { describe, expect, it } from 'vitest';
import { item, series, TOTAL } from '../../../tests/helpers/contract-fixtures.js';
import { geoRefSchema, type GeoRef } from '../contract/reference.js';
import { geoLineage, type LineageGeo } from './lineage.js';
import { mergerPlan, onSide } from './plan.js';

const place = (code: string, kind: 'province' | 'locality', nameVi: string, successor: string | null = null): LineageGeo & { ref: GeoRef } => ({
  code,
  kind,
  nameVi,
  nameEn: nameVi,
  successor,
  ref: geoRefSchema.parse({ code, officialCode: code.slice(1), kind, nameVi, nameEn: nameVi, validFrom: null, validTo: null }),
});
const phuThoP = place('P25', 'province', 'Phú Thọ', 'L25');
const vinhPhuc = place('P26', 'province', 'Vĩnh Phúc', 'L25');
const hoaBinh = place('P17', 'province', 'Hòa Bình', 'L25');
const phuTho = place('L25', 'locality', 'Phú Thọ');
const geos = [hoaBinh, phuThoP, vinhPhuc, phuTho];

const mining = item('B', 'section', 'Khai khoáng', 'Mining and quarrying');
const yoy = { basis: 'yoy', unit: 'pct' } as const;
const catalog = [
  series(1, phuThoP.ref, TOTAL),
  series(2, vinhPhuc.ref, TOTAL),
  // Hòa Bình's total only as an index: not the view asked for.
  series(3, hoaBinh.ref, TOTAL, { views: [{ basis: 'yoy', unit: 'index' }] }),
  series(4, phuTho.ref, TOTAL),
  series(5, phuTho.ref, mining),
  series(6, phuThoP.ref, TOTAL, { measure: 'contribution', views: [{ basis: 'yoy', unit: 'pp' }] }),
];

describe('mergerPlan', () => {
  it('draws each former province before the change and the locality after it, in lineage order', () => {
    const plan = mergerPlan(geoLineage(geos, 'L25')!, catalog[3]!, yoy, catalog)!;
    expect(plan.breakAt).toBe('2025-07');
    expect(plan.lines.map((l) => [l.place.code, l.side, l.series?.id ?? null])).toEqual([
      ['P25', 'before', 1],
      ['P17', 'before', null],
      ['P26', 'before', 2],
      ['L25', 'after', 4],
    ]);
  });

  it('starts from a former province the same way, keeping the item and measure', () => {
    const plan = mergerPlan(geoLineage(geos, 'P26')!, catalog[1]!, yoy, catalog)!;
    expect(plan.lines.map((l) => [l.place.code, l.series?.id ?? null])).toEqual([
      ['P26', 2],
      ['P25', 1],
      ['P17', null],
      ['L25', 4],
    ]);
    const miningPlan = mergerPlan(geoLineage(geos, 'L25')!, catalog[4]!, yoy, catalog)!;
    expect(miningPlan.lines.map((l) => l.series?.id ?? null)).toEqual([null, null, null, 5]);
  });

  it('has nothing to follow for a place the change did not touch', () => {
    const vn: LineageGeo = { code: 'VN', kind: 'country', nameVi: 'Cả nước', nameEn: 'Viet Nam', successor: null };
    expect(mergerPlan(geoLineage([vn, ...geos], 'VN')!, catalog[0]!, yoy, catalog)).toBeNull();
  });
});

describe('onSide', () => {
  const points = ['2025-05', '2025-06', '2025-07', '2025-08', '2025-01..2025-06', '2025-01..2025-07', '2025-Q2', '2025-Q3', '2024', '2025'].map((period) => ({
    period,
  }));
  it('keeps a province’s periods ending by June 2025 and the locality’s ending from July 2025', () => {
    expect(onSide(points, 'before').map((p) => p.period)).toEqual(['2025-05', '2025-06', '2025-01..2025-06', '2025-Q2', '2024']);
    expect(onSide(points, 'after').map((p) => p.period)).toEqual(['2025-07', '2025-08', '2025-01..2025-07', '2025-Q3', '2025']);
  });
});
