import { describe, expect, it } from 'vitest';
import { firstSeriesRow, rowAfterKey, scrollToShow } from './catalogKeys.js';
import { groupSpans, ROW_PX } from './catalogRows.js';

// Rows: 0 heading, 1 whole industry; 2 heading, 3 4 5 sections; 6 heading, 7 8 divisions.
const spans = groupSpans([
  { key: 'total', count: 1 },
  { key: 'section', count: 3 },
  { key: 'division', count: 2 },
]);

describe('moving through the catalog by keyboard', () => {
  it('steps over the group headings', () => {
    expect(rowAfterKey(spans, 1, 'ArrowDown', 10)).toBe(3);
    expect(rowAfterKey(spans, 5, 'ArrowDown', 10)).toBe(7);
    expect(rowAfterKey(spans, 7, 'ArrowUp', 10)).toBe(5);
    expect(rowAfterKey(spans, 3, 'ArrowUp', 10)).toBe(1);
  });

  it('goes back to the search box above the first series, and stays on the last one below it', () => {
    expect(rowAfterKey(spans, 1, 'ArrowUp', 10)).toBeNull();
    expect(rowAfterKey(spans, 8, 'ArrowDown', 10)).toBe(8);
  });

  it('jumps to the ends and by a page of series, within the list', () => {
    expect(rowAfterKey(spans, 4, 'Home', 10)).toBe(1);
    expect(rowAfterKey(spans, 4, 'End', 10)).toBe(8);
    expect(rowAfterKey(spans, 1, 'PageDown', 3)).toBe(5);
    expect(rowAfterKey(spans, 7, 'PageUp', 3)).toBe(3);
    expect(rowAfterKey(spans, 7, 'PageUp', 10)).toBe(1);
    expect(rowAfterKey(spans, 3, 'PageDown', 10)).toBe(8);
  });

  it('finds the first series, and nothing in an empty list', () => {
    expect(firstSeriesRow(spans)).toBe(1);
    expect(firstSeriesRow(groupSpans([]))).toBeNull();
    expect(firstSeriesRow(groupSpans([{ key: 'locality', count: 2 }]))).toBe(1);
  });

  it('scrolls as little as it can to show the row', () => {
    const height = 10 * ROW_PX;
    expect(scrollToShow(5, 0, height)).toBe(0);
    expect(scrollToShow(12, 0, height)).toBe(13 * ROW_PX - height);
    expect(scrollToShow(2, 4 * ROW_PX, height)).toBe(2 * ROW_PX);
  });
});
