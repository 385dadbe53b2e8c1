import { describe, expect, it } from 'vitest';
import { figure, noteView, row, source, TOTAL, VN } from '../../../tests/helpers/contract-fixtures.js';
import { rankBars } from '../charts/ranking.js';
import { formatDate, formatPeriod } from '../format.js';
import { chartNotes } from '../notes/on-chart.js';
import { COMPARISON_COLOURS, comparisonChartSpec, rankingChartSpec, seriesChartSpec } from './chart-spec.js';

describe('chart specs', () => {
  const figures = [
    figure('2025-10', 2.1, { sources: [source({ publishedOn: '2025-11-06' })] }),
    figure('2025-11', 2.3, { status: 'estimate', sources: [source({ publishedOn: '2025-12-06', publisher: 'Cục Thống kê' })] }),
    figure('2025-01..2025-11', 9.3, { derived: true }),
  ];

  it('lines up a series as the screen does, with its source, notes and one data row per figure', () => {
    const note = noteView({ scope: 'figure', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: 'yoy', period: '2025-11' }, { text: 'Tết <b>' });
    const notes = chartNotes([note], { geo: 'VN', item: 'TOTAL', measure: 'iip', basis: 'yoy' }, ['2025-10', '2025-01..2025-11', '2025-11']);
    const spec = seriesChartSpec(figures, 'Toàn ngành', { lang: 'vi', title: 'Toàn ngành công nghiệp', notes });
    expect(spec.categories).toEqual(['2025-10', '2025-11', '2025-01..2025-11'].map((p) => formatPeriod(p, 'vi')));
    expect(spec.series.map((s) => [s.name, s.values])).toEqual([
      ['Tháng', [2.1, 2.3, null]],
      ['Lũy kế từ đầu năm', [null, null, 9.3]],
    ]);
    expect(spec.source).toContain(formatDate('2025-12-06', 'vi'));
    expect(spec.source).toMatch(/^Nguồn: Cục Thống kê, công bố ngày .*2025, ước tính; tỷ lệ % tính từ chỉ số/);
    expect(spec.footnotes).toEqual([{ n: 1, text: 'Tết <b>', author: 'Lan' }]);
    expect(spec.rows).toHaveLength(3);
    expect(spec.rows.find((r) => r.period === '2025-01..2025-11')!.obtained).toMatch(/tính từ chỉ số/);
  });

  it('ranks bars highest first with their colours, in English', () => {
    const bars = rankBars([row(VN, TOTAL, -1.5), row(VN, { ...TOTAL, code: 'C', nameEn: 'Manufacturing', nameVi: 'Chế biến' }, 10.6)], 'en');
    const spec = rankingChartSpec(bars, { lang: 'en', title: 'Sections', group: 'Sections' });
    expect(spec.series[0]!.values).toEqual([10.6, -1.5]);
    expect(spec.barColours).toEqual(['#0072B2', '#D55E00']);
    expect(spec.source).toMatch(/^Source: .*, release of /);
  });

  it('puts several subjects on one line chart over the union of their periods, in time order', () => {
    const manufacturing = [figure('2025-11', 10.7, { item: 'C' }), figure('2025-09', 11.2, { item: 'C' })];
    const mining = [figure('2025-10', -3.1, { item: 'B', sources: [source({ publishedOn: '2025-11-06' })] }), figure('2025-11', 7, { item: 'B', decimals: 0 })];
    const spec = comparisonChartSpec(
      [
        { subject: 'Manufacturing', figures: manufacturing },
        { subject: 'Mining', figures: mining },
      ],
      { lang: 'en', title: 'Sections' },
    );
    expect(spec.kind).toBe('line');
    expect(spec.categories).toEqual(['Sep 2025', 'Oct 2025', 'Nov 2025']);
    expect(spec.series).toEqual([
      { name: 'Manufacturing', colour: COMPARISON_COLOURS[0], values: [11.2, null, 10.7], decimals: [1, null, 1] },
      { name: 'Mining', colour: COMPARISON_COLOURS[1], values: [null, -3.1, 7], decimals: [null, 1, 0] },
    ]);
    expect(spec.rows.map((r) => [r.period, r.subject, r.value])).toEqual([
      ['2025-09', 'Manufacturing', 11.2],
      ['2025-10', 'Mining', -3.1],
      ['2025-11', 'Manufacturing', 10.7],
      ['2025-11', 'Mining', 7],
    ]);
    expect(spec.decimals).toBe(1);
    expect(spec.subtitle).toMatch(/Sep 2025 – Nov 2025$/);
    expect(spec.source).toMatch(/^Source: GSO, release of 6 Dec 2025/);
  });

  it('gives an empty comparison no categories, lines or rows', () => {
    const spec = comparisonChartSpec([{ subject: 'Nothing', figures: [] }], { lang: 'vi', title: 'Trống' });
    expect(spec.categories).toEqual([]);
    expect(spec.series[0]!.values).toEqual([]);
    expect(spec.rows).toEqual([]);
    expect(spec.source).toBe('Nguồn: không rõ');
  });

  it('puts lines of a second unit against a right axis, named in the subtitle, each axis with its decimals', () => {
    const changes = [figure('2025-10', 8.3, { item: 'C' }), figure('2025-11', 10.7, { item: 'C' })];
    const index = [
      figure('2025-10', 131.25, { item: 'B', basis: 'base', unit: 'index', decimals: 2 }),
      figure('2025-11', 133.5, { item: 'B', basis: 'base', unit: 'index', decimals: 2 }),
    ];
    const more = [figure('2025-11', -2.4, { item: 'D' })];
    const spec = comparisonChartSpec(
      [
        { subject: 'Manufacturing', figures: changes },
        { subject: 'Mining', figures: index },
        { subject: 'Electricity', figures: more },
      ],
      { lang: 'en', title: 'Two units' },
    );
    expect(spec.series.map((s) => [s.name, s.right ?? false])).toEqual([
      ['Manufacturing', false],
      ['Mining (right axis)', true],
      ['Electricity', false],
    ]);
    expect(spec.axisTitle).toBe('% change on same period last year');
    expect(spec.rightAxis).toEqual({ title: 'index, base year = 100', unit: 'index', decimals: 2 });
    // the left axis's decimals are its own lines' (1), not the index's 2
    expect(spec.decimals).toBe(1);
    expect(spec.subtitle).toContain('; index, base year = 100 (right axis) · Oct 2025 – Nov 2025');
    // each row keeps its own unit for the data files
    expect(spec.rows.map((r) => `${r.subject} ${r.unit}`)).toContain('Mining index, base year = 100');
  });

  it('names each axis with its unit under one transformation, and keeps one axis for one unit', () => {
    const index = (item: string, values: number[]) => values.map((v, i) => figure(`2025-0${i + 1}`, v, { item, basis: 'base', unit: 'index' }));
    const one = comparisonChartSpec(
      [
        { subject: 'A', figures: index('B', [100, 101]) },
        { subject: 'B', figures: index('C', [90, 95]) },
      ],
      { lang: 'en', title: 'One unit', transform: { label: '3-month moving average', notComputed: [] } },
    );
    expect(one.rightAxis).toBeUndefined();
    expect(one.series.every((s) => s.right === undefined)).toBe(true);
    expect(one.axisTitle).toBe('3-month moving average');
    const two = comparisonChartSpec(
      [
        { subject: 'A', figures: index('B', [100, 101]) },
        { subject: 'B', figures: [figure('2025-01', 4.5, { item: 'C' })] },
      ],
      { lang: 'en', title: 'Two units', transform: { label: '3-month moving average', notComputed: [] } },
    );
    expect(two.axisTitle).toBe('3-month moving average — index, base year = 100');
    expect(two.rightAxis?.title).toBe('3-month moving average — % change on same period last year');
  });
});
