// A note list looks its figure anchors up one figure at a time while few notes share a series, and
// reads the whole series once many do: both ways must find the same value, and the same as a
// single anchor looked up afresh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allSeries } from '../../electron/core/catalog/repository.js';
import { shownSeries } from '../../electron/core/figures/series-read.js';
import { anchorFinder, findAnchor } from '../../electron/core/notes/attach.js';
import { openStore, type Store } from '../../electron/core/store.js';
import type { NoteRecord } from '../../electron/shared/contract/notes.js';
import { tempStorePath } from '../helpers/temp.js';

type FigureAnchor = Extract<NoteRecord['anchor'], { scope: 'figure' }>;

let store: Store;
beforeAll(() => {
  store = openStore(tempStorePath());
});
afterAll(() => store.db.close());

describe('anchorFinder', () => {
  it('finds for 40 figure notes on one series and one note on others what each finds alone', () => {
    const rows = [...allSeries(store.db).values()].filter((s) => s.measure === 'iip');
    const long = rows.find((s) => shownSeries(store.db, s, 'yoy').length >= 40)!;
    expect(long).toBeDefined();
    const anchorOf = (s: (typeof rows)[number], period: string): FigureAnchor => ({
      scope: 'figure',
      geo: s.geoCode,
      item: s.itemCode,
      measure: s.measure,
      basis: 'yoy',
      period,
    });
    const many = shownSeries(store.db, long, 'yoy')
      .slice(0, 40)
      .map((f) => anchorOf(long, f.period));
    const others = rows
      .filter((s) => s.id !== long.id)
      .slice(0, 10)
      .map((s) => anchorOf(s, shownSeries(store.db, s, 'yoy')[0]?.period ?? '2024-01'));
    const missing = anchorOf(long, '1990-01');
    const anchors = [...others, ...many, missing];
    const find = anchorFinder(store.db);
    const found = anchors.map((a) => find(a));
    expect(found).toEqual(anchors.map((a) => findAnchor(store.db, a)));
    expect(found.filter((f) => f.valueNow !== null).length).toBeGreaterThan(40);
    // not on a stored figure, but on a series the store holds: the note still names it (the Notes view asks the catalog by it)
    expect(found.at(-1)).toEqual({ attached: false, valueNow: null, seriesId: long.id });
  });
});
