import { describe, expect, it } from 'vitest';
import { monthOrdinal } from '@shared/charts/time-axis.js';
import { figure } from '../../../../tests/helpers/contract-fixtures.js';
import { dropOddEdgeTicks, memberPoints, standsAlone, multiplesKind, multiplesRanges, multiplesTimeRange, smallMultipleConfig, valueRange } from './state.js';

// Three sections: mining falls, manufacturing rises a lot, electricity a little and starts later.
const mining = [figure('2025-01', -3.4), figure('2025-02', -1.2), figure('2025-01..2025-02', -2.3)];
const manufacturing = [figure('2025-01', 10.8), figure('2025-02', 12.4)];
const electricity = [figure('2025-02', 4.2), figure('2025-03', 5)];

describe('small multiples state', () => {
  it('draws months where any member has them, and only those', () => {
    expect(multiplesKind([mining, manufacturing])).toBe('month');
    expect(multiplesKind([[figure('2025-01..2025-02', 1)], [figure('2025-Q1', 2)]])).toBe('cumulative');
    expect(multiplesKind([[], []])).toBeNull();
    expect(memberPoints(mining, 'month').map((p) => p.period)).toEqual(['2025-01', '2025-02']);
  });

  it('shares one y range computed from every member when shared', () => {
    const members = [mining, manufacturing, electricity].map((m) => memberPoints(m, 'month'));
    const ranges = multiplesRanges(members, 'pct', 'shared');
    // −3.4 … 12.4: room of 5% of 15.8 = 0.79 each side, rounded outward to one decimal.
    expect(ranges).toEqual([
      { min: -4.2, max: 13.2 },
      { min: -4.2, max: 13.2 },
      { min: -4.2, max: 13.2 },
    ]);
  });

  it('gives each chart its own range when free, zero kept in view for changes', () => {
    const members = [mining, manufacturing, electricity].map((m) => memberPoints(m, 'month'));
    const ranges = multiplesRanges(members, 'pct', 'free');
    // Mining −3.4 … 0 (room 0.17); manufacturing 0 … 12.4 (room 0.62); electricity 0 … 5 (room 0.25).
    expect(ranges).toEqual([
      { min: -3.6, max: 0 },
      { min: 0, max: 13.1 },
      { min: 0, max: 5.3 },
    ]);
  });

  it('leaves zero out of an index range, and has no range for a member without values', () => {
    expect(valueRange([98, 102], 'index')).toEqual({ min: 97.8, max: 102.2 });
    expect(valueRange([100, 100], 'index')).toEqual({ min: 95, max: 105 });
    expect(multiplesRanges([[], memberPoints(manufacturing, 'month')], 'pct', 'shared')).toEqual([null, { min: 0, max: 13.1 }]);
  });

  it('puts every small chart on the same y and time ranges, without legend or axis title', () => {
    const members = [manufacturing, electricity].map((m) => memberPoints(m, 'month'));
    const time = multiplesTimeRange(members)!;
    expect(time).toEqual({ min: monthOrdinal('2025-01') - 1, max: monthOrdinal('2025-03') + 1 });
    const config = smallMultipleConfig(members[1]!, { lang: 'vi', unit: 'pct', name: 'Điện', renderKey: 'k', range: { min: -4.2, max: 13.2 }, time });
    expect(config.options.scales?.y?.min).toBe(-4.2);
    expect(config.options.scales?.y?.max).toBe(13.2);
    expect(config.options.scales?.x?.min).toBe(time.min);
    expect(config.options.scales?.x?.max).toBe(time.max);
    expect(config.options.plugins?.legend?.display).toBe(false);
    expect(config.options.scales?.y?.title?.display).toBe(false);
    // The series chart's lines: one month line, starting in February.
    expect(config.data.datasets).toHaveLength(1);
    expect(config.data.datasets[0]!.data).toEqual([
      { x: monthOrdinal('2025-02'), y: 4.2 },
      { x: monthOrdinal('2025-03'), y: 5 },
    ]);
  });

  it('keeps edge ticks only where they fall on the round step', () => {
    const scale = { ticks: [-17.9, -10, 0, 10, 20, 30, 32.2].map((value) => ({ value })) };
    dropOddEdgeTicks(scale);
    expect(scale.ticks.map((t) => t.value)).toEqual([-10, 0, 10, 20, 30]);
    const round = { ticks: [0, 5, 10, 15].map((value) => ({ value })) };
    dropOddEdgeTicks(round);
    expect(round.ticks.map((t) => t.value)).toEqual([0, 5, 10, 15]);
  });

  it('dots a point standing alone after a gap, which a line alone would not show', () => {
    const gap = memberPoints([figure('2024-11', 10), figure('2024-12', 10.2), figure('2025-11', 11.8)], 'month');
    const config = smallMultipleConfig(gap, { lang: 'en', unit: 'pct', name: 'C', renderKey: 'k', range: null, time: multiplesTimeRange([gap]) });
    const data = config.data.datasets[0]!.data;
    // Nov, Dec, the break, Nov 2025.
    expect(data.map((p) => p.y)).toEqual([10, 10.2, null, 11.8]);
    expect(data.map((_, i) => standsAlone(data, i))).toEqual([false, false, false, true]);
  });
});
