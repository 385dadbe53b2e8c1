import { describe, expect, it } from 'vitest';
import { monthCode } from '../period.js';
import { chainChanges } from './chain.js';
import { monthlyIndex, show } from './test-series.js';

const momChanges = (points: [string, number, number?][]) => monthlyIndex(points, { basis: 'mom', unit: 'pct', baseYear: null });

/** +1.0 %, +2.0 %, −50.0 %, then April missing and +3.0 % in May. */
const changes = momChanges([
  ['2025-01', 1.0],
  ['2025-02', 2.0],
  ['2025-03', -50.0],
  ['2025-05', 3.0],
]);

describe('chaining month-on-month changes', () => {
  it('starts at 100 and multiplies by each month’s change; a gap breaks the chain', () => {
    const result = chainChanges(changes);
    expect(result).toMatchObject({ kind: 'month', basis: 'base', unit: 'index', basePeriod: '2025-01' });
    // 100 × 1.02 = 102.0; 102.0 × 0.5 = 51.0.
    expect(show(result.points)).toEqual(['2025-01 100.0', '2025-02 102.0', '2025-03 51.0', '2025-05 chain-broken']);
  });

  it('passes through an anchor before, inside or after the stretch', () => {
    // December 2024 at 200.0: 200 × 1.01 = 202.0, × 1.02 = 206.04 → 206.0, × 0.5 = 103.02 → 103.0.
    const before = chainChanges(changes, { period: '2024-12', value: 200.0, decimals: 1, baseYear: 2015 });
    expect(before.basePeriod).toBe('2015');
    expect(show(before.points).slice(0, 3)).toEqual(['2025-01 202.0', '2025-02 206.0', '2025-03 103.0']);
    // March at 51.0, chained backwards: 51.0 / 0.5 = 102.0, / 1.02 = 100.0.
    const after = chainChanges(changes, { period: '2025-03', value: 51.0, decimals: 1 });
    expect(show(after.points).slice(0, 3)).toEqual(['2025-01 100.0', '2025-02 102.0', '2025-03 51.0']);
  });

  it('places only the stretch that holds the anchor', () => {
    const result = chainChanges(changes, { period: '2025-05', value: 100.0, decimals: 1 });
    expect(show(result.points)).toEqual(['2025-01 chain-broken', '2025-02 chain-broken', '2025-03 chain-broken', '2025-05 100.0']);
    expect(show(chainChanges(changes, { period: '2024-06', value: 100.0 }).points)[0]).toBe('2025-01 chain-broken');
    expect(() => chainChanges(changes, { period: '2025', value: 100.0 })).toThrow("a chain's anchor is a month, not '2025'");
  });

  it('claims fewer decimals as rounding errors add up along the chain', () => {
    // Changes stated to whole numbers: each step adds up to ±0.5 on a level of 100.
    const flat = momChanges(Array.from({ length: 25 }, (_, i): [string, number, number] => [monthCode(2023 + Math.floor(i / 12), (i % 12) + 1), 0, 0]));
    const points = show(chainChanges(flat).points);
    expect(points[19]).toBe('2024-08 100'); // ±9.5: units are the last uncertain digit
    expect(points[24]).toBe('2025-01 too-imprecise'); // ±12: not even units
  });

  it('takes its decimals from the changes it chains, not from a stretch it cannot reach', () => {
    const mixed = momChanges([
      ['2025-01', 1.0, 2],
      ['2025-02', 2.0, 2],
      ['2025-04', 3, 0],
    ]);
    // 100 × 1.0200 = 102.00, error 100 × 0.00005 = 0.005: two decimals, as stated.
    expect(show(chainChanges(mixed).points)).toEqual(['2025-01 100.00', '2025-02 102.00', '2025-04 chain-broken']);
  });

  it('needs month-on-month changes', () => {
    expect(show(chainChanges(monthlyIndex([['2025-01', 100.0]])).points)).toEqual(['2025-01 needs-mom']);
  });
});
