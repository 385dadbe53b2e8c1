import { describe, expect, it } from 'vitest';
import type { CatalogPage } from '@shared/contract/catalog.js';
import { geo, item, series, TOTAL, VN } from '../../../../tests/helpers/contract-fixtures.js';
import { moveActive, pickerEntries, withPage } from './comparePickerState.js';

const PHU_THO = geo('25', 'Phú Thọ', 'Phu Tho');
const PHU_YEN = geo('54', 'Phú Yên', 'Phu Yen');
const MINING = item('B', 'section', 'Khai khoáng', 'Mining');
const whole = series(1, VN, TOTAL);
const mining = series(2, VN, MINING);
const phuTho = series(3, PHU_THO, TOTAL);
const phuYen = series(4, PHU_YEN, TOTAL);

const page = (offset: number, total: number, groups: CatalogPage['groups']): CatalogPage => ({ total, counts: [], offset, groups });

describe('compare picker: the catalog’s pages for one search', () => {
  it('starts afresh with a first page and joins the next one to the same group', () => {
    const first = withPage(
      null,
      'phu',
      page(0, 3, [
        { key: 'total', series: [whole] },
        { key: 'locality', series: [phuTho] },
      ]),
    );
    expect(first).toEqual({
      search: 'phu',
      groups: [
        { key: 'total', series: [whole] },
        { key: 'locality', series: [phuTho] },
      ],
      loaded: 2,
      total: 3,
    });
    const both = withPage(first, 'phu', page(2, 3, [{ key: 'locality', series: [phuYen] }]));
    expect(both).toEqual({
      search: 'phu',
      groups: [
        { key: 'total', series: [whole] },
        { key: 'locality', series: [phuTho, phuYen] },
      ],
      loaded: 3,
      total: 3,
    });
    // the first results are left as they were
    expect(first!.groups[1]!.series).toEqual([phuTho]);
    // a new search's first page replaces them
    expect(withPage(both, 'mining', page(0, 1, [{ key: 'section', series: [mining] }]))).toEqual({
      search: 'mining',
      groups: [{ key: 'section', series: [mining] }],
      loaded: 1,
      total: 1,
    });
  });

  it('drops a next page of another search or at another offset', () => {
    const first = withPage(null, 'phu', page(0, 3, [{ key: 'locality', series: [phuTho, phuYen] }]));
    expect(withPage(first, 'phu tho', page(2, 3, [{ key: 'total', series: [whole] }]))).toBe(first);
    expect(withPage(first, 'phu', page(25, 30, [{ key: 'total', series: [whole] }]))).toBe(first);
    expect(withPage(null, 'phu', page(2, 3, [{ key: 'total', series: [whole] }]))).toBeNull();
  });
});

describe('compare picker: entries', () => {
  it('offers a series in each unit it can join in, and marks those on the chart once', () => {
    const both = series(5, VN, item('C', 'section', 'Chế biến', 'Manufacturing'), {
      views: [
        { basis: 'base', unit: 'index' },
        { basis: 'yoy', unit: 'pct' },
      ],
    });
    const none = series(6, VN, item('D', 'section', 'Điện', 'Electricity'), { views: [] });
    const entries = pickerEntries(
      [
        { key: 'total', series: [whole] },
        { key: 'section', series: [mining, both, none] },
      ],
      new Set([1, 2]),
      { basis: 'yoy', unit: 'pct' },
    );
    expect(entries.map((e) => [e.key, e.group, e.onChart, `${e.view.basis}/${e.view.unit}`])).toEqual([
      ['1', 'total', true, 'yoy/pct'],
      ['2', 'section', true, 'yoy/pct'],
      ['5|yoy/pct', 'section', false, 'yoy/pct'],
      ['5|base/index', 'section', false, 'base/index'],
    ]);
  });
});

describe('compare picker: keys', () => {
  it('moves down and up round the ends, Home and End to the ends, nothing in an empty list', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowDown')).toBe(1);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(-1, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
    expect(moveActive(2, 3, 'ArrowUp')).toBe(1);
    expect(moveActive(1, 3, 'Home')).toBe(0);
    expect(moveActive(0, 3, 'End')).toBe(2);
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });
});
