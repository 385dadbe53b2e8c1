import { describe, expect, it } from 'vitest';
import { monthOrdinal } from '@shared/charts/time-axis.js';
import { markedBreakAnnotations } from './markedBreak.js';
import { seriesChartConfig } from './SeriesChart/state.js';

const point = (period: string, value: number) => ({ period, value, decimals: 1, figure: null });

describe('a marked break on the series chart', () => {
  it('is a vertical line halfway between June and July 2025, labelled', () => {
    const shape = markedBreakAnnotations({ period: '2025-07', label: 'Merger, 1 Jul 2025' })['marked-break'];
    expect(shape).toMatchObject({
      type: 'line',
      xMin: monthOrdinal('2025-06') + 0.5,
      xMax: monthOrdinal('2025-07') - 0.5,
      label: { content: 'Merger, 1 Jul 2025' },
    });
    expect(markedBreakAnnotations(null)).toEqual({});
  });

  it('joins the chart’s annotations beside the notes, and is absent when not asked for', () => {
    const series = [
      { name: 'Hòa Bình', points: [point('2025-05', 3.1), point('2025-06', 2.4)] },
      { name: 'Phú Thọ', points: [point('2025-07', 12.5), point('2025-08', 11.9)] },
    ];
    const opts = { lang: 'en' as const, axisTitle: 'x', unit: 'pct' as const, renderKey: 'k' };
    const marked = seriesChartConfig(series, { ...opts, markedBreak: { period: '2025-07', label: 'Merger' } });
    expect(Object.keys(marked.options.plugins?.annotation?.annotations ?? {})).toEqual(['marked-break']);
    expect(Object.keys(seriesChartConfig(series, opts).options.plugins?.annotation?.annotations ?? {})).toEqual([]);
  });
});
