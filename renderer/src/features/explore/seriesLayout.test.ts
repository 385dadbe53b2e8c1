import { describe, expect, it } from 'vitest';
import type { FigureValue } from '@shared/contract/figures.js';
import { itemRefSchema } from '@shared/contract/reference.js';
import { figure, item, series, TOTAL, VN } from '../../../../tests/helpers/contract-fixtures.js';
import { layOut, rightAxisOf } from './seriesLayout.js';
import { initialTimeFrame } from './timeFrame.js';

// Months 2024-01..2025-10: an index of manufacturing going up by 1 a month from 100, and the whole
// industry's % change on a year before, 5.0 every month.
const months: string[] = [];
for (let y = 2024; y <= 2025; y++) for (let m = 1; m <= 12; m++) if (y < 2025 || m <= 10) months.push(`${y}-${String(m).padStart(2, '0')}`);
const index: FigureValue[] = months.map((p, i) => figure(p, 100 + i, { basis: 'base', unit: 'index', item: 'C' }));
const change: FigureValue[] = months.map((p) => figure(p, 5));
const manufacturing = series(3, VN, item('C', 'section', 'Chế biến', 'Manufacturing'), { views: [{ basis: 'base', unit: 'index' }] });
const total = series(1, VN, TOTAL);
const views = [
  { basis: 'base', unit: 'index' },
  { basis: 'yoy', unit: 'pct' },
] as const;

describe('explore: series laid out on one chart', () => {
  it('puts a second unit on the right axis, titled by its own view', () => {
    const layout = layOut([manufacturing, total], [...views], [index, change], 'none', initialTimeFrame, 'en');
    expect(layout.shown.map((s) => s.axis)).toEqual(['y', 'y2']);
    expect(layout.shown.map((s) => s.points.length)).toEqual([22, 22]);
    expect(rightAxisOf(layout, [...views], 'en', null)).toEqual({ title: '% change on same period last year', unit: 'pct', quantityUnit: null });
    // A third unit (the first series' view changed after the others joined) is named on the right too.
    const coal = series(
      6,
      VN,
      itemRefSchema.parse({
        code: 'P1',
        kind: 'product',
        parent: null,
        nameVi: 'Than',
        nameEn: 'Coal',
        quantityUnitVi: 'Nghìn tấn',
        quantityUnitEn: 'thousand tonnes',
      }),
      {
        measure: 'output',
        views: [{ basis: 'level', unit: 'qty' }],
      },
    );
    const tonnes = months.map((p) => figure(p, 4000, { basis: 'level', unit: 'qty', quantityUnit: 'Nghìn tấn' }));
    const three = [views[0], views[1], { basis: 'level', unit: 'qty' } as const];
    const mixed = layOut([manufacturing, total, coal], three, [index, change, tonnes], 'none', initialTimeFrame, 'en');
    expect(mixed.whole.map((s) => s.axis)).toEqual(['y', 'y2', 'y2']);
    expect(rightAxisOf(mixed, three, 'en', null)?.title).toBe('% change on same period last year / thousand tonnes');
    const one = layOut([manufacturing], [views[0]], [index], 'none', initialTimeFrame, 'en');
    expect(rightAxisOf(one, [views[0]], 'en', null)).toBeNull();
  });

  it('cuts to the range after transforming, so an average at its start still has its months', () => {
    const frame = { ...initialTimeFrame, range: 'months:2025-08..2025-10' };
    const layout = layOut([manufacturing, total], [...views], [index, change], 'ma3', frame, 'en');
    expect(layout.span).toEqual({ from: '2025-08', to: '2025-10' });
    const [first] = layout.shown;
    expect(first!.points.map((p) => p.period)).toEqual(['2025-08', '2025-09', '2025-10']);
    // August 2025 is month 20 (index 119): the mean of 117, 118 and 119.
    expect(first!.points[0]!.value).toBeCloseTo(118, 6);
    // The presets are made from every period, not only those shown.
    expect(layout.periods).toHaveLength(44);
    expect(layout.whole[0]!.points).toHaveLength(22);
  });

  it('with year lines shows the chosen year and the one before in the tables', () => {
    const layout = layOut([manufacturing], [views[0]], [index], 'none', { range: 'last-months:3', yearLines: true, year: null }, 'en');
    expect(layout.years).toEqual([2024, 2025]);
    expect(layout.year).toBe(2025);
    expect(layout.span).toEqual({ from: '2024-01', to: '2025-12' });
    expect(layout.shown[0]!.points).toHaveLength(22);
  });

  it('keeps the view asked for when a series has no figures', () => {
    const layout = layOut([manufacturing, total], [views[0], { basis: 'mom', unit: 'pct' }], [index, []], 'none', initialTimeFrame, 'en');
    expect(layout.whole[1]).toMatchObject({ basis: 'mom', unit: 'pct', axis: 'y2', points: [] });
  });
});
