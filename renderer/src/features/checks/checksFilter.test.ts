import { describe, expect, it } from 'vitest';
import type { CheckedFigure, Finding } from '@shared/contract/analysis.js';
import { filteredFindings } from './checksFilter.js';

const finding = (seriesId: number, basis: CheckedFigure['basis']): Finding =>
  ({ kind: 'mom-vs-yoy', figure: { seriesId, basis, period: '2024-03' } as CheckedFigure }) as Finding;

describe('filteredFindings', () => {
  const all = [finding(1, 'mom'), finding(2, 'mom'), finding(1, 'yoy'), finding(1, 'mom')];

  it('keeps the findings about the series on the basis, in order', () => {
    expect(filteredFindings(all, { seriesId: 1, basis: 'mom', unit: 'pct', name: { vi: 'Toàn ngành công nghiệp', en: 'Whole industry' } })).toEqual([
      all[0],
      all[3],
    ]);
  });

  it('keeps every finding without a filter', () => {
    expect(filteredFindings(all, null)).toBe(all);
  });
});
