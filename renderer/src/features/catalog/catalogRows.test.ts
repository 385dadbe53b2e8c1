import { describe, expect, it } from 'vitest';
import type { CatalogPage } from '@shared/contract/catalog.js';
import { TOTAL, geo, series } from '../../../../tests/helpers/contract-fixtures.js';
import { groupSpans, pagesOf, PAGE_SIZE, ROW_PX, rowCount, rowsBetween, visibleRows } from './catalogRows.js';

// 1 whole-industry series, then 250 localities' series: rows 0 (heading), 1, 2 (heading), 3…252.
const counts: CatalogPage['counts'] = [
  { key: 'total', count: 1 },
  { key: 'locality', count: 250 },
];
const spans = groupSpans(counts);

describe('the catalog list rows', () => {
  it('lays out a heading before each group, from the counts alone', () => {
    expect(rowCount(spans)).toBe(253);
    const rows = rowsBetween(spans, new Map(), 0, 4);
    expect(rows).toEqual([
      { kind: 'heading', position: 0, key: 'total', count: 1 },
      { kind: 'series', position: 1, key: 'total', index: 0, series: undefined },
      { kind: 'heading', position: 2, key: 'locality', count: 250 },
      { kind: 'series', position: 3, key: 'locality', index: 1, series: undefined },
    ]);
  });

  it('draws the rows in view and ten beyond each edge', () => {
    // Scrolled to row 100, 20 rows tall: rows 90 to 130.
    expect(visibleRows(100 * ROW_PX, 20 * ROW_PX, 253)).toEqual({ first: 90, end: 130 });
    expect(visibleRows(0, 20 * ROW_PX, 253)).toEqual({ first: 0, end: 30 });
    expect(visibleRows(250 * ROW_PX, 20 * ROW_PX, 253)).toEqual({ first: 240, end: 253 });
  });

  it('fills in the series of the pages here and names the pages the rows need', () => {
    const place = geo('P25', 'Phú Thọ', 'Phu Tho');
    // Page 1 holds series 100…199, all localities; row 102 is series 100 (rows 0 and 2 are headings).
    const second: CatalogPage = {
      total: 251,
      counts,
      offset: PAGE_SIZE,
      groups: [{ key: 'locality', series: Array.from({ length: PAGE_SIZE }, (_, i) => series(1000 + i, place, TOTAL)) }],
    };
    const rows = rowsBetween(spans, new Map([[1, second]]), 100, 105);
    expect(rows.map((r) => (r.kind === 'series' ? [r.index, r.series?.id] : null))).toEqual([
      [98, undefined],
      [99, undefined],
      [100, 1000],
      [101, 1001],
      [102, 1002],
    ]);
    expect(pagesOf(rows)).toEqual([0, 1]);
    expect(pagesOf(rowsBetween(spans, new Map(), 0, 253))).toEqual([0, 1, 2]);
  });
});
