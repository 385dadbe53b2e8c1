import { describe, expect, it } from 'vitest';
import { exportFilter, NO_FILTER } from './notesFilter.js';

describe('the notes list filter', () => {
  it('asks the store for what the list shows', () => {
    expect(exportFilter({ ...NO_FILTER, series: 'VN|TOTAL|iip', status: 'approved' })).toEqual({
      geo: 'VN',
      item: 'TOTAL',
      measure: 'iip',
      status: 'approved',
    });
    expect(exportFilter(NO_FILTER)).toEqual({});
  });
});
