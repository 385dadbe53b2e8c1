import { describe, expect, it } from 'vitest';
import { changesOf } from './refresh.js';

const v = (subject: string, period: string, value: number) => ({ subject, period, periodLabel: period, value });

describe('what a refresh lists', () => {
  it('names changed, new and gone numbers with their slide, and nothing when all agree', () => {
    const before = [v('Manufacturing', '2025-01..2025-11', 10.6), v('Mining', '2025-01..2025-11', 0.9), v('Water', '2025-10', 8.4)];
    const after = [v('Manufacturing', '2025-01..2025-11', 10.7), v('Mining', '2025-01..2025-11', 0.9), v('Water', '2025-11', 8.1)];
    expect(changesOf(3, 'Sections', before, after)).toEqual([
      { slide: 3, slideTitle: 'Sections', subject: 'Manufacturing', period: '2025-01..2025-11', periodLabel: '2025-01..2025-11', before: 10.6, after: 10.7 },
      { slide: 3, slideTitle: 'Sections', subject: 'Water', period: '2025-11', periodLabel: '2025-11', before: null, after: 8.1 },
      { slide: 3, slideTitle: 'Sections', subject: 'Water', period: '2025-10', periodLabel: '2025-10', before: 8.4, after: null },
    ]);
    expect(changesOf(1, 'x', before, before)).toEqual([]);
  });
});
