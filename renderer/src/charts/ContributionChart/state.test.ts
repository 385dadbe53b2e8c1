import { describe, expect, it } from 'vitest';
import { periodContributionsSchema, type PeriodContributionsRow } from '@shared/contract/contributions.js';
import { contributionChartConfig, drawablePeriods } from './state.js';

const value = (v: number, decimals = 2) => ({ value: v, error: 0.05, decimals });

/** A period parsed through the contract's schema; sections given as code → computed contribution. */
function period(code: string, total: number | null, computed: Record<string, number | null>): PeriodContributionsRow {
  return periodContributionsSchema.parse({
    period: code,
    baseYear: { year: 2020, from: 'figure' },
    total: total === null ? null : value(total, 1),
    sections: Object.entries(computed).map(([item, c]) => ({
      item: { code: item, nameVi: item, nameEn: item },
      growth: null,
      weight: null,
      computed: c === null ? null : value(c),
      stated: null,
      versusStated: null,
    })),
    sumComputed: null,
    sumVersusTotal: null,
    noWeights: Object.values(computed).every((c) => c === null),
  });
}

const names = { B: 'Mining', C: 'Manufacturing', D: 'Electricity', E: 'Water' };
const opts = { lang: 'en' as const, sectionNames: names, totalLabel: 'Whole industry', axisTitle: 'pp', renderKey: 'k' };

describe('contribution chart state', () => {
  const periods = [
    period('2024-01', 8.5, { B: -0.15, C: 8.25, D: 0.32, E: 0.12 }),
    period('2024-02', null, { B: null, C: null, D: null, E: null }),
    period('2024-03', 9.9, { E: 0.12, B: -0.45, C: 9.75, D: null }),
  ];

  it('leaves out periods with nothing to draw', () => {
    expect(drawablePeriods(periods).map((p) => p.period)).toEqual(['2024-01', '2024-03']);
  });

  it('stacks one bar dataset per section (in code order) and draws the total as a line on the same axis', () => {
    const config = contributionChartConfig(periods, opts);
    expect(config.data.labels).toEqual(['Jan 2024', 'Mar 2024']);
    const [b, c, d, e, total] = config.data.datasets;
    expect([b, c, d, e].map((ds) => [ds!.type, ds!.label, ds!.stack])).toEqual([
      ['bar', 'Mining', 'sections'],
      ['bar', 'Manufacturing', 'sections'],
      ['bar', 'Electricity', 'sections'],
      ['bar', 'Water', 'sections'],
    ]);
    expect(b!.data).toEqual([-0.15, -0.45]);
    expect(c!.data).toEqual([8.25, 9.75]);
    expect(d!.data).toEqual([0.32, null]);
    expect(total).toMatchObject({ type: 'line', label: 'Whole industry', data: [8.5, 9.9] });
    expect(config.options.scales?.x?.stacked).toBe(true);
    expect(config.options.scales?.y?.stacked).toBe(true);
    expect(config.options.plugins?.iipRenderSignal).toEqual({ key: 'k' });
  });

  it('labels periods in Vietnamese when asked', () => {
    expect(contributionChartConfig(periods, { ...opts, lang: 'vi' }).data.labels).toEqual(['Tháng 1/2024', 'Tháng 3/2024']);
  });
});
