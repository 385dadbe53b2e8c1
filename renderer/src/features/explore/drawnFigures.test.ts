import { describe, expect, it } from 'vitest';
import { drawnFigures, isDrawnOnly } from './drawnFigures.js';

const SOURCE = {
  releaseId: 1,
  releaseName: 'March 2025',
  publisher: 'GSO',
  publishedOn: '2025-04-06',
  publishedOnNote: null,
  status: 'official' as const,
  sourceFile: 'march.csv',
  quote: null,
  location: null,
  value: 8.1,
  decimals: 1,
  unit: 'pct' as const,
  statedPeriod: null,
  flags: [],
  note: null,
};

const coal = { id: 7, geo: 'VN-QN', item: 'coal', measure: 'output' as const, quantityUnit: 'nghìn tấn' };

describe('compared series drawn from figures:points', () => {
  it('reads each point as a figure without sources: value, decimals, status and unit from its packed flags', () => {
    // 17 = (official (2) × 4 + pct (0)) × 2 + revised; 14 = (preliminary (1) × 4 + qty (3)) × 2
    const answer = { seriesId: 7, basis: 'yoy' as const, periods: ['2025-03', '2025-Q1'], values: [8.1, 1234.5], decimals: [1, 1], flags: [17, 14] };
    const [march, q1] = drawnFigures(answer, coal);
    expect(march).toMatchObject({ seriesId: 7, geo: 'VN-QN', item: 'coal', measure: 'output', basis: 'yoy', period: '2025-03', periodKind: 'month' });
    expect(march).toMatchObject({ periodStart: '2025-03', periodEnd: '2025-03', value: 8.1, decimals: 1, unit: 'pct', status: 'official' });
    expect(q1).toMatchObject({ period: '2025-Q1', periodKind: 'quarter', periodStart: '2025-01', periodEnd: '2025-03', unit: 'qty', status: 'preliminary' });
    expect(q1).toMatchObject({ value: 1234.5, quantityUnit: 'nghìn tấn', sources: [], revisions: [], derived: false });
    expect(isDrawnOnly(march!)).toBe(true);
    expect(isDrawnOnly({ ...march!, sources: [SOURCE] })).toBe(false);
  });

  it('leaves out a period it cannot read', () => {
    expect(drawnFigures({ seriesId: 7, basis: 'yoy', periods: ['March'], values: [1], decimals: [0], flags: [0] }, coal)).toEqual([]);
  });
});
