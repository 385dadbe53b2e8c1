import { describe, expect, it } from 'vitest';
import { drawnPoints, pointFlags } from './points-flags.js';

describe('figures:points read back', () => {
  it('unpacks ((baseYear × 16 + status × 4 + unit) × 2 + revised)', () => {
    // official (2) % change (0), revised: (0 × 16 + 2 × 4 + 0) × 2 + 1 = 17
    expect(pointFlags(17)).toEqual({ revised: true, unit: 'pct', status: 'official', baseYear: 0 });
    // base year 2020, preliminary (1), index (1), not revised: (2020 × 16 + 4 + 1) × 2 = 64650
    expect(pointFlags(64650)).toEqual({ revised: false, unit: 'index', status: 'preliminary', baseYear: 2020 });
    expect(pointFlags(0)).toEqual({ revised: false, unit: 'pct', status: 'estimate', baseYear: 0 });
  });

  it('makes a point of each column entry, its kind from its period', () => {
    const answer = { seriesId: 1, basis: 'yoy' as const, periods: ['2025-03', '2025-Q1'], values: [8.1, 6.9], decimals: [1, 1], flags: [17, 8] }; // 8: preliminary (1) % change (0), (4 + 0) × 2
    expect(drawnPoints(answer)).toEqual([
      { period: '2025-03', periodKind: 'month', value: 8.1, decimals: 1, revised: true, unit: 'pct', status: 'official', baseYear: 0 },
      { period: '2025-Q1', periodKind: 'quarter', value: 6.9, decimals: 1, revised: false, unit: 'pct', status: 'preliminary', baseYear: 0 },
    ]);
  });
});
