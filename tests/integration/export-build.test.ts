// Chart specs built from the store for an export request: titles, subtitles, notes and errors.
import { describe, expect, it } from 'vitest';
import { buildChartSpec, type ChartRequest } from '../../electron/core/export/build.js';
import { BadInputError, NotFoundError } from '../../electron/core/errors.js';
import { addNote } from '../../electron/core/notes/edit.js';
import { openStore } from '../../electron/core/store.js';
import { tempStorePath } from '../helpers/temp.js';

describe('chart specs from an export request', () => {
  const { db } = openStore(tempStorePath());
  const months: ChartRequest = { geos: ['VN'], items: ['B', 'C'], from: '2025-01', to: '2025-11', basis: 'yoy', chart: 'line', lang: 'en' };
  const note = (anchor: Parameters<typeof addNote>[1]['anchor'], text: string) =>
    addNote(db, { anchor, text, author: 'Lan', tags: [], status: 'approved', showOnCharts: true });

  it('titles a comparison after its subjects and numbers the notes of every line once', () => {
    note({ scope: 'figure', geo: 'VN', item: 'C', basis: 'yoy', period: '2025-11' }, 'Electronics orders');
    note({ scope: 'range', geo: null, item: null, from: '2024-01', to: '2024-02' }, 'Tết');
    note({ scope: 'figure', geo: 'VN', item: 'C', basis: 'mom', period: '2025-11' }, 'another basis');
    note({ scope: 'figure', geo: 'VN', item: 'D', basis: 'yoy', period: '2025-11' }, 'another subject');
    const spec = buildChartSpec(db, months);
    expect(spec.title).toBe('Mining and quarrying, Manufacturing');
    expect(spec.series.map((s) => s.name)).toEqual(['Mining and quarrying', 'Manufacturing']);
    expect(spec.footnotes.map((f) => [f.n, f.text])).toEqual([[1, 'Electronics orders']]);
    expect(buildChartSpec(db, { ...months, from: '2024-01', to: '2024-03' }).footnotes.map((f) => [f.n, f.text])).toEqual([[1, 'Tết']]);
  });

  it('keeps a given title and the as-of date, and answers what was known then', () => {
    const spec = buildChartSpec(db, { ...months, items: ['TOTAL'], from: '2025-01..2025-05', to: '2025-01..2025-11', title: 'Industry', asOf: '2025-11-30' });
    expect(spec.title).toBe('Industry');
    expect(spec.asOf).toBe('2025-11-30');
    expect(spec.rows.map((r) => r.period)).toEqual(['2025-01..2025-05']);
  });

  it('names what the bars share in the subtitle, and ranks them', () => {
    const spec = buildChartSpec(db, { ...months, items: ['B', 'C', 'D', 'E'], from: undefined, to: undefined, period: '2025-01..2025-11', chart: 'bar' });
    expect(spec.kind).toBe('bar');
    expect(spec.subtitle).toMatch(/^Viet Nam · IIP, % change on same period last year · Jan–Nov 2025$/);
    const values = spec.series[0]!.values as number[];
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('refuses a request it cannot read (bad input) apart from one the store cannot answer (not found)', () => {
    expect(() => buildChartSpec(db, { ...months, from: '2025-13' })).toThrow(BadInputError);
    expect(() => buildChartSpec(db, { ...months, from: '2025-13' })).toThrow(/^from: '2025-13' is not a period/);
    expect(() => buildChartSpec(db, { ...months, asOf: '30/11/2025' })).toThrow(/^as-of: /);
    expect(() => buildChartSpec(db, { ...months, geos: [] })).toThrow(BadInputError);
    expect(() => buildChartSpec(db, { ...months, geos: ['Atlantis'] })).toThrow(NotFoundError);
    expect(() => buildChartSpec(db, { ...months, from: '2030-01', to: '2030-02' })).toThrow(
      /^no yoy figures for VN\/B \(Mining and quarrying\), VN\/C \(Manufacturing\), 2030-01 to 2030-02$/,
    );
  });
});
