import { describe, expect, it } from 'vitest';
import { initialTimeFrame, shownSpan } from './timeFrame.js';

const periods = ['2023-01', '2024-06', '2025-10'];

describe('explore time frame', () => {
  it('shows the range on the time axis', () => {
    expect(shownSpan(initialTimeFrame, periods, 2025)).toEqual({ from: null, to: null });
    expect(shownSpan({ ...initialTimeFrame, range: 'last-months:24' }, periods, 2025)).toEqual({ from: '2023-11', to: '2025-10' });
    // A year these data do not cover whole is not offered: everything is shown.
    expect(shownSpan({ ...initialTimeFrame, range: 'years:2022-2022' }, periods, 2025)).toEqual({ from: null, to: null });
  });

  it('shows the chosen year and the one before with year lines, whatever the range', () => {
    expect(shownSpan({ range: 'last-months:24', yearLines: true, year: 2024 }, periods, 2024)).toEqual({ from: '2023-01', to: '2024-12' });
    // No year with months: the range still holds.
    expect(shownSpan({ range: 'years:2024-2024', yearLines: true, year: null }, periods, null)).toEqual({ from: '2024-01', to: '2024-12' });
  });
});
