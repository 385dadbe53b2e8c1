// The embedded history holds every quarter the statistics office's workbooks state, and a quarter
// stated again in a later workbook is a revision of the earlier statement (newest shown).
import { describe, expect, it } from 'vitest';
import { getFigure } from '../../electron/core/figures/queries.js';
import { openStore } from '../../electron/core/store.js';
import { tempStorePath } from '../helpers/temp.js';

describe('embedded history: quarters', () => {
  const { db } = openStore(tempStorePath());

  it('holds 2024-Q2, Q3 and Q4 for the whole industry, as the December 2024 workbook states them', () => {
    expect(getFigure(db, { geo: 'VN', item: 'TOTAL', period: '2024-Q4', basis: 'yoy' })).toMatchObject({ value: 7.94, status: 'estimate' });
    const q3 = getFigure(db, { geo: 'VN', item: 'TOTAL', period: '2024-Q3', basis: 'yoy' })!;
    expect(q3).toMatchObject({ value: 9.25 });
    expect(q3.revisions.map((r) => [r.value, r.publishedOn])).toEqual([[10.04, '2024-09-29']]);
    const q2 = getFigure(db, { geo: 'VN', item: 'TOTAL', period: '2024-Q2', basis: 'yoy' })!;
    expect(q2.value).toBe(9.94);
    expect(q2.revisions.map((r) => r.value)).toEqual([9.46]);
    expect(q2.sources.length).toBeGreaterThanOrEqual(3);
  });

  it('holds every quarter 2019–2024 for a section, and 2018-Q1..Q3', () => {
    for (let year = 2019; year <= 2024; year++)
      for (let q = 1; q <= 4; q++) expect(getFigure(db, { geo: 'VN', item: 'C', period: `${year}-Q${q}`, basis: 'yoy' }), `${year}-Q${q}`).not.toBeNull();
    for (let q = 1; q <= 3; q++) expect(getFigure(db, { geo: 'VN', item: 'C', period: `2018-Q${q}`, basis: 'yoy' })).not.toBeNull();
  });
});
