import { describe, expect, it } from 'vitest';
import { figure } from '../../../tests/helpers/contract-fixtures.js';
import { buildSeriesModel } from './series.js';

const figures = [
  figure('2025-11', 10.8),
  figure('2025-01..2025-11', 9.3),
  figure('2025-10', 10.2),
  figure('2025-01..2025-10', 9.2),
  figure('2025-08', 8.1),
  figure('2025-Q2', 8.8),
];

describe('series model', () => {
  it('orders periods in time and splits them by kind, only kinds present', () => {
    const model = buildSeriesModel(figures);
    expect(model.periods).toEqual(['2025-Q2', '2025-08', '2025-10', '2025-01..2025-10', '2025-11', '2025-01..2025-11']);
    expect(model.kinds.map((k) => k.kind)).toEqual(['month', 'cumulative', 'quarter']);
  });

  it('lines each kind up on the shared axis with nulls where it has no figure', () => {
    const model = buildSeriesModel(figures);
    const month = model.kinds.find((k) => k.kind === 'month')!;
    const cumulative = model.kinds.find((k) => k.kind === 'cumulative')!;
    expect(month.values).toEqual([null, 8.1, 10.2, null, 10.8, null]);
    expect(cumulative.values).toEqual([null, null, null, 9.2, null, 9.3]);
    for (let i = 0; i < model.periods.length; i++) {
      const present = model.kinds.filter((k) => k.values[i] !== null);
      expect(present).toHaveLength(1);
    }
  });

  it('marks segments that skip missing periods of the same kind', () => {
    const model = buildSeriesModel(figures);
    const month = model.kinds.find((k) => k.kind === 'month')!;
    // Aug → Oct skips September; Oct → Nov does not.
    expect([...month.gapStarts]).toEqual([1]);
    const cumulative = model.kinds.find((k) => k.kind === 'cumulative')!;
    expect(cumulative.gapStarts.size).toBe(0);
  });
});
