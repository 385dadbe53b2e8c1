// notes:list a page at a time on a real store: the filter applied by the store (diacritics ignored),
// `offset`/`limit` with the count of all matching, each note's series id, the filter choices
// (notes:facets); and catalog:list narrowed to one measure, as the small multiples page through it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/handlers.js';
import { saveNote } from '../../electron/core/notes/repository.js';
import { withRevision } from '../../electron/core/notes/revision.js';
import { openStore, type Store } from '../../electron/core/store.js';
import type { NoteAnchor } from '../../electron/shared/contract/notes.js';
import { seriesName, subjectName } from '../../electron/shared/format.js';
import { call } from '../helpers/staging.js';
import { tempStorePath } from '../helpers/temp.js';

const WHOLE: NoteAnchor = { scope: 'series', geo: 'VN', item: 'TOTAL', measure: 'iip', basis: null };
const MANUFACTURING: NoteAnchor = { scope: 'series', geo: 'VN', item: 'C', measure: 'iip', basis: null };
const TET: NoteAnchor = { scope: 'range', from: '2025-01', to: '2025-02', geo: null, item: null, measure: null };

/** Seven notes written a day apart (n1 oldest); n7 deleted. */
const NOTES: { id: string; anchor: NoteAnchor; text: string; author: string; tags: string[]; status: 'draft' | 'approved'; deleted?: boolean }[] = [
  { id: 'n1', anchor: WHOLE, text: 'Nhà máy mới ở Phú Thọ', author: 'Lan', tags: ['Điện tử'], status: 'draft' },
  { id: 'n2', anchor: MANUFACTURING, text: 'Xe máy giảm', author: 'Minh', tags: [], status: 'approved' },
  { id: 'n3', anchor: TET, text: 'Tết fell in late January', author: 'Lan', tags: ['lịch'], status: 'approved' },
  { id: 'n4', anchor: MANUFACTURING, text: 'PHÚ THỌ: điện thoại', author: 'Trần Minh', tags: ['điện tử'], status: 'draft' },
  { id: 'n5', anchor: WHOLE, text: 'ghi chú năm', author: 'Lan', tags: [], status: 'draft' },
  { id: 'n6', anchor: WHOLE, text: 'ghi chú sáu ở Phú Yên', author: 'Lan', tags: [], status: 'approved' },
  { id: 'n7', anchor: WHOLE, text: 'deleted, about Phú Thọ', author: 'Lan', tags: [], status: 'draft', deleted: true },
];

let store: Store;
let core: Core;

beforeAll(() => {
  store = openStore(tempStorePath());
  core = createCore({ db: store.db, storePath: store.path });
  NOTES.forEach((n, i) => {
    const at = `2030-07-0${i + 1}T09:00:00.000Z`;
    const { deleted, ...content } = n;
    saveNote(
      store.db,
      withRevision({ ...content, showOnCharts: true, valueWhenWritten: null, createdAt: at, updatedAt: at, deletedAt: deleted ? at : null }, []),
    );
  });
});
afterAll(() => {
  core.close();
  store.db.close();
});

const list = (input: object) => call(core.handlers, 'notes:list', input);
const page = async (input: object) => {
  const { notes, total } = await list(input);
  return { ids: notes.map((n) => n.id), total };
};

describe('notes:list a page at a time', () => {
  it('pages the notes oldest first with the count of all, deletions left out unless asked', async () => {
    expect(await page({ limit: 2 })).toEqual({ ids: ['n1', 'n2'], total: 6 });
    expect(await page({ offset: 2, limit: 2 })).toEqual({ ids: ['n3', 'n4'], total: 6 });
    expect(await page({ offset: 4, limit: 2 })).toEqual({ ids: ['n5', 'n6'], total: 6 });
    expect(await page({ offset: 6, limit: 2 })).toEqual({ ids: [], total: 6 });
    expect(await page({ offset: 5 })).toEqual({ ids: ['n6'], total: 6 });
    expect(await page({ offset: 6, limit: 2, includeDeleted: true })).toEqual({ ids: ['n7'], total: 7 });
    // Without offset or limit: every note and no count, as before.
    expect(await list({})).toEqual({ notes: expect.any(Array) as unknown });
    expect((await list({})).notes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5', 'n6']);
  });

  it('searches text, author, tags and the series’ names with diacritics and case ignored ("phu tho" finds "Phú Thọ")', async () => {
    expect(await page({ search: 'phu tho', limit: 10 })).toEqual({ ids: ['n1', 'n4'], total: 2 });
    expect(await page({ search: 'Phú Thọ', limit: 1 })).toEqual({ ids: ['n1'], total: 2 });
    expect(await page({ search: 'PHU THO', offset: 1, limit: 1 })).toEqual({ ids: ['n4'], total: 2 });
    expect(await page({ search: 'phu', limit: 10 })).toEqual({ ids: ['n1', 'n4', 'n6'], total: 3 });
    // a tag's words and an author's name are searched too
    expect(await page({ search: 'dien tu', limit: 10 })).toEqual({ ids: ['n1', 'n4'], total: 2 });
    expect(await page({ search: 'tran', limit: 10 })).toEqual({ ids: ['n4'], total: 1 });
    expect(await page({ search: 'phu tho', includeDeleted: true, limit: 10 })).toEqual({ ids: ['n1', 'n4', 'n7'], total: 3 });
    expect(await page({ search: 'no such words', limit: 10 })).toEqual({ ids: [], total: 0 });
    // the names of a note's place and item, in either language, diacritics ignored: n2 and n4 are on manufacturing
    expect(await page({ search: 'manufacturing', limit: 10 })).toEqual({ ids: ['n2', 'n4'], total: 2 });
    expect(await page({ search: 'che bien', limit: 10 })).toEqual({ ids: ['n2', 'n4'], total: 2 });
    expect(await page({ search: 'ca nuoc nha may', limit: 10 })).toEqual({ ids: ['n1'], total: 1 });
    expect(await page({ search: 'whole industry', limit: 10 })).toEqual({ ids: ['n1', 'n5', 'n6'], total: 3 });
  });

  it('filters by series (names or codes), tag, author and status, combined with the search and paged', async () => {
    expect(await page({ geo: 'VN', item: 'TOTAL', measure: 'iip', limit: 10 })).toEqual({ ids: ['n1', 'n5', 'n6'], total: 3 });
    expect(await page({ geo: 'VN', item: 'TOTAL', measure: 'iip', offset: 1, limit: 1 })).toEqual({ ids: ['n5'], total: 3 });
    expect(await page({ geo: 'VN', item: 'C', search: 'phu tho', limit: 10 })).toEqual({ ids: ['n4'], total: 1 });
    expect(await page({ tag: 'dien tu', limit: 10 })).toEqual({ ids: ['n1', 'n4'], total: 2 });
    expect(await page({ tag: 'dien', limit: 10 })).toEqual({ ids: [], total: 0 });
    expect(await page({ author: 'Minh', limit: 10 })).toEqual({ ids: ['n2', 'n4'], total: 2 });
    expect(await page({ status: 'approved', limit: 2 })).toEqual({ ids: ['n2', 'n3'], total: 3 });
    // The export takes the same filter: the count the list shows is what a file holds (deletions travel too).
    expect((await call(core.handlers, 'notes:export', { search: 'phu tho' })).count).toBe(3);
  });

  it('answers a chart the notes on its series and the bands on every chart', async () => {
    const ids = async (input: object) => (await list(input)).notes.map((n) => n.id);
    expect(await ids({ onSeries: [{ geo: 'VN', item: 'TOTAL', measure: 'iip' }] })).toEqual(['n1', 'n3', 'n5', 'n6']);
    expect(await ids({ onSeries: [{ geo: 'VN', item: 'C', measure: 'iip' }] })).toEqual(['n2', 'n3', 'n4']);
    expect(await ids({ onSeries: [{ geo: 'VN', item: 'C', measure: 'output' }] })).toEqual(['n3']);
    expect(await ids({ onSeries: [] })).toEqual(['n3']);
    expect(await page({ onSeries: [{ geo: 'VN', item: 'TOTAL', measure: 'iip' }], search: 'phu', limit: 10 })).toEqual({ ids: ['n1', 'n6'], total: 2 });
  });

  it("gives each note its series' id (the catalog entry the list names it by), none for a band on every chart", async () => {
    const catalog = (await call(core.handlers, 'catalog:list', {})).groups.flatMap((g) => g.series);
    const idOf = (item: string) => catalog.find((s) => s.geo.code === 'VN' && s.item.code === item && s.measure === 'iip')!.id;
    const { notes } = await list({ limit: 3 });
    expect(notes.map((n) => n.seriesId)).toEqual([idOf('TOTAL'), idOf('C'), null]);
  });

  it('answers the filter choices: the series notes are on with their places and items, the authors and tags', async () => {
    const catalog = (await call(core.handlers, 'catalog:list', {})).groups.flatMap((g) => g.series);
    const of = (item: string) => catalog.find((s) => s.geo.code === 'VN' && s.item.code === item && s.measure === 'iip')!;
    const facets = await call(core.handlers, 'notes:facets', {});
    expect([...facets.series].sort()).toEqual(['VN|C|iip', 'VN|TOTAL|iip']);
    expect(facets.geos).toEqual([of('TOTAL').geo]);
    expect([...facets.items].sort((a, b) => a.code.localeCompare(b.code))).toEqual([of('C').item, of('TOTAL').item]);
    expect(
      subjectName(
        facets.geos[0]!,
        facets.items.find((i) => i.code === 'TOTAL')!,
        'en',
      ),
    ).toBe(seriesName(of('TOTAL'), 'en'));
    expect([...facets.authors].sort()).toEqual(['Lan', 'Minh', 'Trần Minh']);
    expect([...facets.tags].sort()).toEqual(['lịch', 'Điện tử', 'điện tử'].sort());
  });
});

describe('catalog:list by measure (a page of small multiples)', () => {
  it("pages one group's series of one measure, counting them all", async () => {
    const sections = (await call(core.handlers, 'catalog:list', { group: 'section' })).groups[0]!.series;
    const iip = sections.filter((s) => s.measure === 'iip').map((s) => s.id);
    expect(iip.length).toBeGreaterThan(2);
    expect(iip.length).toBeLessThan(sections.length);
    const first = await call(core.handlers, 'catalog:list', { group: 'section', measure: 'iip', limit: 2 });
    expect(first.total).toBe(iip.length);
    expect(first.groups.flatMap((g) => g.series.map((s) => s.id))).toEqual(iip.slice(0, 2));
    const rest = await call(core.handlers, 'catalog:list', { group: 'section', measure: 'iip', offset: 2, limit: 100 });
    expect(rest.groups.flatMap((g) => g.series.map((s) => s.id))).toEqual(iip.slice(2));
    // as of a date, the same narrowing
    const dated = await call(core.handlers, 'catalog:list', { group: 'section', measure: 'iip', asOf: '2099-01-01' });
    expect(dated.groups.flatMap((g) => g.series.map((s) => s.id))).toEqual(iip);
  });
});
