import { describe, expect, it } from 'vitest';
import type { CheckedFigure, Finding } from '@shared/contract/analysis.js';
import { findingMarks, type DrawnLine } from './findingMarks.js';
import { checkedFigure } from './testFindings.js';

const finding = (over: Partial<CheckedFigure>, kind: Finding['kind'] = 'mom-vs-yoy'): Finding => ({
  kind,
  figure: checkedFigure({ seriesId: 7, ...over }),
  stated: { origin: 'stated', value: 28, decimals: 1, method: null, sources: [] },
  against: { origin: 'computed', value: 30.9, decimals: 1, method: 'chained-yoy', sources: [] },
  gap: -2.9,
  tolerance: 0.2,
  code: kind,
  message: { vi: '', en: '' },
});

const line: DrawnLine = {
  seriesId: 7,
  basis: 'mom',
  points: [
    { period: '2024-01', value: 1.5 },
    { period: '2024-02', value: -10 },
    { period: '2024-03', value: 28 },
    { period: '2024-04', value: null },
    { period: '2024-01..2024-03', value: 5.2 },
  ],
};

describe('findingMarks', () => {
  it('marks the drawn point of each finding’s period at its drawn value, on the time axis', () => {
    const marks = findingMarks([finding({ period: '2024-03' }), finding({ period: '2024-01' })], line, true);
    // 2024 × 12 + month − 1: January 24288, March 24290
    expect(marks.map((m) => [m.period, m.x, m.value, m.findings.length])).toEqual([
      ['2024-01', 24288, 1.5, 1],
      ['2024-03', 24290, 28, 1],
    ]);
  });

  it('puts two findings about one point on one mark', () => {
    const marks = findingMarks([finding({ period: '2024-03' }), finding({ period: '2024-03' }, 'sources-disagree')], line, true);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.findings.map((f) => f.kind)).toEqual(['mom-vs-yoy', 'sources-disagree']);
  });

  it('marks a January-to-month period apart from the month it ends in', () => {
    const marks = findingMarks([finding({ period: '2024-01..2024-03', periodKind: 'cumulative' })], line, true);
    expect(marks.map((m) => [m.period, m.x, m.value])).toEqual([['2024-01..2024-03', 24290, 5.2]]);
  });

  it('leaves out findings of another series, another basis, a period not drawn or drawn without a value', () => {
    const marks = findingMarks(
      [finding({ seriesId: 8 }), finding({ basis: 'yoy' }), finding({ period: '2023-12' }), finding({ period: '2024-04' }), finding({ period: 'junk' })],
      line,
      true,
    );
    expect(marks).toEqual([]);
  });

  it('marks nothing on a line not drawn as published', () => {
    expect(findingMarks([finding({ period: '2024-03' })], line, false)).toEqual([]);
  });
});
