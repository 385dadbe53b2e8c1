import { describe, expect, it } from 'vitest';
import type { FigureValue } from '@shared/contract/figures.js';
import { seriesName } from '@shared/format.js';
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
  return { series: subjects, names: subjects.map((s) => seriesName(s, 'en')), figures, shown, basis: 'base', unit: 'index', spec, lang: 'en' };
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
    expect(request).toMatchObject({
      geos: ['VN', '01'],
      items: ['TOTAL', 'C'],
      pairwise: true,
      transform: 'mom',
      title: 'Whole industry, Manufacturing — Hà Nội',
    });
    expect(request).not.toHaveProperty('lines');
  });
});

describe('what the request holds beyond the series', () => {
  const subjects = [series(1, VN, TOTAL), series(2, HANOI, MANUFACTURING)];

  it('asks for the months shown, and for none when the range is everything', () => {
    const shown = { ...chart([months([100, 110, 120])], 'ma3'), span: { from: '2024-07', to: null } };
    expect(shownExportRequest(shown).within).toEqual({ from: '2024-07', to: null });
    expect(shownExportRequest({ ...shown, span: { from: null, to: null } })).not.toHaveProperty('within');
  });

  it('gives a series of another view its own basis and unit, and the others nothing', () => {
    const shown = {
      ...chart([months([100, 110]), months([50, 55], 2)], 'none', subjects),
      views: [
        { basis: 'base', unit: 'index' },
        { basis: 'yoy', unit: 'pct' },
      ],
    } as ShownChart;
    const request = shownExportRequest(shown);
    expect(request.lines).toEqual([{}, { basis: 'yoy', unit: 'pct' }]);
    expect(shownExportRequest({ ...shown, views: [shown.views![0]!, shown.views![0]!] })).not.toHaveProperty('lines');
  });

  it('cuts each followed place’s figures to its side of the change, under the name it has on screen', () => {
    const shown = {
      ...chart([months([100, 110]), months([50, 55], 2)], 'none', subjects),
      names: ['Whole industry (to Jun 2025)', 'Manufacturing — Hà Nội'],
      figuresWithin: [
        { from: null, to: '2025-06' },
        { from: '2025-07', to: null },
      ],
    };
    expect(shownExportRequest(shown).lines).toEqual([
      { name: 'Whole industry (to Jun 2025)', figuresWithin: { from: null, to: '2025-06' } },
      { figuresWithin: { from: '2025-07', to: null } },
    ]);
    expect(shownExportRequest({ ...shown, names: ['Whole industry', 'Manufacturing — Hà Nội'], figuresWithin: [null, null] })).not.toHaveProperty('lines');
  });
});

describe('shownChartSpec', () => {
  it('cuts a 3-month average to the range after averaging: its first month averages the two before it', () => {
    // Jan–Jun 2024: 100, 103, 106, 109, 112, 115; from April the average of Feb–Apr is 106
    const shown = { ...chart([months([100, 103, 106, 109, 112, 115])], 'ma3'), span: { from: '2024-04', to: '2024-05' } };
    const spec = shownChartSpec(shown);
    expect(spec.rows.map((r) => [r.period, r.value])).toEqual([
      ['2024-04', 106],
      ['2024-05', 109],
    ]);
  });

  it('cuts the figures as published to the range by the month they end in', () => {
    const spec = shownChartSpec({ ...chart([months([100, 103, 106, 109])], 'none'), span: { from: '2024-03', to: null } });
    expect(spec.rows.map((r) => r.period)).toEqual(['2024-03', '2024-04']);
  });

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
    expect(spec.series.map((s) => s.name)).toEqual(['Whole industry', 'Manufacturing — Hà Nội']);
    expect(spec.series.map((s) => s.values)).toEqual([
      [10, 10],
      [-20, null],
    ]);
    expect(spec.rows.map((r) => `${r.subject} ${r.period} ${r.value}`)).toEqual([
      'Whole industry 2024-02 10',
      'Manufacturing — Hà Nội 2024-02 -20',
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
