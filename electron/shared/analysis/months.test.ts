import { describe, expect, it } from 'vitest';
import { monthFromOrdinal, monthOf, monthOrdinal, monthsBetween, shiftMonth, yearOf } from './months.js';

describe('month arithmetic', () => {
  it('counts months across year ends', () => {
    expect(monthOrdinal('2025-01') - monthOrdinal('2024-12')).toBe(1);
    expect(monthFromOrdinal(monthOrdinal('2024-12'))).toBe('2024-12');
    expect(shiftMonth('2025-01', -1)).toBe('2024-12');
    expect(shiftMonth('2024-11', 14)).toBe('2026-01');
  });

  it('lists the months between two, both included', () => {
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsBetween('2025-03', '2025-02')).toEqual([]);
    expect([yearOf('2025-07'), monthOf('2025-07')]).toEqual([2025, 7]);
  });
});
