import { describe, expect, it } from 'vitest';
import { item, series, TOTAL, VN } from '../../../../tests/helpers/contract-fixtures.js';
import { addCompared, initialExploreState, MAX_SERIES, openFromMultiples, removeCompared, selectSeries } from './exploreState.js';

const total = series(1, VN, TOTAL);
const mining = series(2, VN, item('B', 'section', 'Khai khoáng', 'Mining and quarrying'));
const manufacturing = series(3, VN, item('C', 'section', 'Công nghiệp chế biến, chế tạo', 'Manufacturing'));

describe('explore state: series on one chart', () => {
  it('adds series once each, after the selected one', () => {
    let state = selectSeries(initialExploreState, manufacturing);
    state = addCompared(state, mining);
    state = addCompared(state, mining);
    state = addCompared(state, manufacturing);
    expect(state.compare.map((s) => s.id)).toEqual([2]);
    expect(removeCompared(state, 2).compare).toEqual([]);
  });

  it('takes a compared series out of the comparison when it is selected', () => {
    const state = selectSeries(addCompared(addCompared(selectSeries(initialExploreState, total), mining), manufacturing), mining);
    expect(state.series?.id).toBe(2);
    expect(state.compare.map((s) => s.id)).toEqual([3]);
  });

  it(`holds at most ${MAX_SERIES} series`, () => {
    let state = selectSeries(initialExploreState, total);
    for (let id = 10; id < 30; id++) state = addCompared(state, series(id, VN, TOTAL));
    expect(state.compare).toHaveLength(MAX_SERIES - 1);
  });

  it('opens a small multiple as the selected series, in the view the grid showed', () => {
    const state = openFromMultiples({ ...addCompared(selectSeries(initialExploreState, total), mining), mode: 'multiples' }, mining, 'mom/pct');
    expect(state.mode).toBe('series');
    expect(state.series?.id).toBe(2);
    expect(state.view).toBe('mom/pct');
    expect(state.compare).toEqual([]);
  });
});
