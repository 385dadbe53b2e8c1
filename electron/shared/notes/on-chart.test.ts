import { describe, expect, it } from 'vitest';
import { noteView } from '../../../tests/helpers/contract-fixtures.js';
import { chartNotes, coveredPeriods, rankingNotes } from './on-chart.js';

const note = noteView;

const subject = { geo: 'VN', item: 'TOTAL', measure: 'iip', basis: 'yoy' } as const;
const periods = ['2025-01', '2025-02', '2025-03', '2025-04'];

describe('notes on a series chart', () => {
  it('numbers markers and bands left to right, the series notes last, and skips what is not this chart', () => {
    const seriesNote = note({ scope: 'series', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: null });
    const onMarch = note({ scope: 'figure', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: 'yoy', period: '2025-03' });
    const tet = note({ scope: 'range', from: '2025-01', to: '2025-02', geo: null, item: null, measure: null });
    const otherBasis = note({ scope: 'figure', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: 'mom', period: '2025-03' });
    const otherSeries = note({ scope: 'figure', geo: 'VN', item: 'C', measure: 'iip', basis: 'yoy', period: '2025-03' });
    const deleted = note({ scope: 'series', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: null }, { deletedAt: '2030-02-01T00:00:00.000Z' });
    const outside = note({ scope: 'figure', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: 'yoy', period: '2024-12' });
    const listOnly = note({ scope: 'figure', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: 'yoy', period: '2025-04' }, { showOnCharts: false });
    const result = chartNotes([seriesNote, onMarch, tet, otherBasis, otherSeries, deleted, outside, listOnly], subject, periods);
    expect(result.footnotes.map((f) => [f.n, f.note.id])).toEqual([
      [1, tet.id],
      [2, onMarch.id],
      [3, listOnly.id],
      [4, seriesNote.id],
    ]);
    expect(result.bands).toEqual([{ n: 1, note: tet, from: '2025-01', to: '2025-02' }]);
    expect(result.markers).toEqual([{ n: 2, note: onMarch, period: '2025-03' }]);
  });

  it('draws a range over the periods it covers by months, whatever their kind', () => {
    expect(coveredPeriods('2025-01', '2025-02', ['2025-01', '2025-01..2025-02', '2025-02', '2025-Q1', '2025'])).toEqual({ from: '2025-01', to: '2025-02' });
    expect(coveredPeriods('2025-02', '2025-03', ['2025-01', '2025-Q1', '2025-04..2025-04'])).toEqual({ from: '2025-Q1', to: '2025-Q1' });
    expect(coveredPeriods('2025-01', '2025-02', ['2024', '2025', '2026'])).toEqual({ from: '2025', to: '2025' });
    expect(coveredPeriods('2026-01', '2026-02', periods)).toBeNull();
  });

  it('marks the annotated bars of a ranking with their index', () => {
    const onC = note({ scope: 'figure', geo: 'VN', item: 'C', measure: 'iip', basis: 'yoy', period: '2025-03' });
    const result = rankingNotes(
      [onC],
      [
        { geo: 'VN', item: 'B', measure: 'iip' },
        { geo: 'VN', item: 'C', measure: 'iip' },
      ],
      '2025-03',
      'yoy',
    );
    expect(result.markers).toEqual([{ n: 1, note: onC, period: '2025-03', barIndex: 1 }]);
    expect(rankingNotes([onC], [{ geo: 'VN', item: 'C', measure: 'iip' }], '2025-04', 'yoy').footnotes).toEqual([]);
  });
});
