import { describe, expect, it } from 'vitest';
import type { FigureValue } from '@shared/contract/figures.js';
import { figure, geo, item, series, TOTAL, VN } from '../../../../tests/helpers/contract-fixtures.js';
import { exportedKind, leftOutOfExport, shownChartSpec, shownExportRequest, type ShownChart } from './shownExport.js';
import { applyTransform, withTet, type ShownSeries } from './transform.js';

const index = (period: string, value: number, seriesId = 1): FigureValue => figure(period, value, { basis: 'base', unit: 'index', seriesId });

/** Monthly index values 2024-01..2025-02 from `values` (first = January 2024). */
const months = (values: number[], seriesId = 1): FigureValue[] =>
  values.map((v, i) => index(`${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, v, seriesId));

const MANUFACTURING = item('C', 'section', 'Công nghiệp chế biến, chế tạo', 'Manufacturing');
const HANOI = geo('01', 'Hà Nội', 'Ha Noi');

function chart(figures: FigureValue[][], spec: string, subjects = [series(1, VN, TOTAL, { views: [{ basis: 'base', unit: 'index' }] })]): ShownChart {
  const shown: ShownSeries[] = figures.map((f) => {
    const outcome = applyTransform(f, spec);
    if (!outcome.ok) throw new Error(outcome.reason);
    return withTet(f, spec, outcome.series);
  });
  return { series: subjects, names: subjects.map((s) => s.item.nameEn ?? ''), figures, shown, basis: 'base', unit: 'index', spec, lang: 'en' };
}

describe('shownExportRequest', () => {
  it('asks for one series as published, in the view’s basis and unit', () => {
    const request = shownExportRequest(chart([months([100, 110])], 'none'));
    expect(request).toEqual({
      geos: ['VN'],
      items: ['TOTAL'],
      measure: 'iip',
      basis: 'base',
      unit: 'index',
      chart: 'line',
      title: 'Whole industry',
      lang: 'en',
    });
  });

  it('names the transformation, and pairs each series’ place with its industry', () => {
    const subjects = [series(1, VN, TOTAL), series(2, HANOI, MANUFACTURING)];
    const request = shownExportRequest(chart([months([100, 110]), months([50, 55], 2)], 'mom', subjects));
    expect(request).toMatchObject({ geos: ['VN', '01'], items: ['TOTAL', 'C'], pairwise: true, transform: 'mom', title: 'Whole industry, Manufacturing' });
  });
});

describe('shownChartSpec', () => {
  it('draws month-on-month changes computed from the index: 100 → 110 is +10.0 %, 110 → 99 is −10.0 %', () => {
    const spec = shownChartSpec(chart([months([100, 110, 99])], 'mom'));
    expect(spec.axisTitle).toBe('Month-on-month change (%)');
    expect(spec.unit).toBe('pct');
    expect(spec.categories).toEqual(['Feb 2024', 'Mar 2024']);
    expect(spec.series.map((s) => s.values)).toEqual([[10, -10]]);
    expect(spec.rows.map((r) => [r.period, r.value, r.obtained])).toEqual([
      ['2024-02', 10, 'Month-on-month change (%)'],
      ['2024-03', -10, 'Month-on-month change (%)'],
    ]);
    // January has no month before it: named as not computed
    expect(spec.footnotes.map((f) => f.text)).toEqual(['Whole industry: the series is too short (Jan 2024)']);
  });

  it('draws two series as two lines over the union of their periods', () => {
    const subjects = [series(1, VN, TOTAL), series(2, HANOI, MANUFACTURING)];
    const spec = shownChartSpec(chart([months([100, 110, 121]), months([50, 40], 2)], 'mom', subjects));
    expect(spec.series.map((s) => s.name)).toEqual(['Whole industry', 'Manufacturing']);
    expect(spec.series.map((s) => s.values)).toEqual([
      [10, 10],
      [-20, null],
    ]);
    expect(spec.rows.map((r) => `${r.subject} ${r.period} ${r.value}`)).toEqual([
      'Whole industry 2024-02 10',
      'Manufacturing 2024-02 -20',
      'Whole industry 2024-03 10',
    ]);
  });

  it('draws several series as published as they are stated', () => {
    const subjects = [series(1, VN, TOTAL), series(2, HANOI, MANUFACTURING)];
    const spec = shownChartSpec(chart([months([100, 110]), months([50], 2)], 'none', subjects));
    expect(spec.axisTitle).toBe('index, base year = 100');
    expect(spec.series.map((s) => s.values)).toEqual([
      [100, 110],
      [50, null],
    ]);
  });
});

describe('what exports leave out', () => {
  it('knows the kind a transformation of months gives', () => {
    expect(exportedKind('none')).toBeNull();
    expect(exportedKind('mom')).toBe('month');
    expect(exportedKind('ytd')).toBe('cumulative');
    expect(exportedKind('annual')).toBe('year');
  });

  it('counts January–February beside year-on-year changes as shown on screen only', () => {
    // two years of months: 2025's January and February on 2024's, and the two combined
    const shown = chart([months([100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 110, 120])], 'yoy');
    expect(leftOutOfExport(shown.shown, 'yoy')).toEqual({ count: 1, kinds: ['cumulative'] });
    const spec = shownChartSpec(shown);
    expect(spec.rows.map((r) => [r.period, r.value])).toEqual([
      ['2025-01', 10],
      ['2025-02', 20],
    ]);
    expect(leftOutOfExport(shown.shown, 'none')).toEqual({ count: 0, kinds: [] });
  });
});
