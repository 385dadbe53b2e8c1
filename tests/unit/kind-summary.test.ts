import { describe, expect, it } from 'vitest';
import { emptySummary, mergeSummaries } from '../../electron/core/analysis/kind-summary.js';
import type { KindSummary } from '../../electron/shared/contract/analysis.js';

const vn: KindSummary = {
  checked: 12,
  found: 2,
  notCheckable: 3,
  notCheckableBy: { 'missing-change': 2, restated: 1 },
  seriesChecked: 4,
  seriesNotCheckable: 2,
};
const province: KindSummary = {
  checked: 5,
  found: 0,
  notCheckable: 4,
  notCheckableBy: { restated: 3, 'no-levels': 1 },
  seriesChecked: 1,
  seriesNotCheckable: 3,
};

describe('mergeSummaries', () => {
  it('adds every count of two geographies, reason by reason', () => {
    expect(mergeSummaries(vn, province)).toEqual({
      checked: 17,
      found: 2,
      notCheckable: 7,
      notCheckableBy: { 'missing-change': 2, restated: 4, 'no-levels': 1 },
      seriesChecked: 5,
      seriesNotCheckable: 5,
    });
  });

  it('leaves a summary as it was when merged with an empty one, either way round, without changing either', () => {
    expect(mergeSummaries(emptySummary(), vn)).toEqual(vn);
    expect(mergeSummaries(vn, emptySummary())).toEqual(vn);
    mergeSummaries(vn, province);
    expect(vn.notCheckableBy).toEqual({ 'missing-change': 2, restated: 1 });
  });
});
