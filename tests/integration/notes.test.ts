// Notes on a real store: written, edited, deleted and restored; anchored to what they describe
// across a revision and an undone release; shared through `.iipnotes` files between two stores,
// with the merge rules (one side edits, both sides edit, deletions) and all-or-nothing imports.
import { afterAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core/handlers.js';
import { insertFigures } from '../../electron/core/figures/repository.js';
import { insertRelease } from '../../electron/core/releases/repository.js';
import { openStore, type Store } from '../../electron/core/store.js';
import type { FigureInput } from '../../electron/shared/domain.js';
import { NOTES_FILE_MAX_BYTES, type NoteView } from '../../electron/shared/contract/notes.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { call } from '../helpers/staging.js';
import { tempStorePath } from '../helpers/temp.js';

const opened: { store: Store; core: Core }[] = [];
afterAll(() => {
  for (const { store, core } of opened) {
    core.close();
    store.db.close();
  }
});

function freshStore(author = 'Lan'): { store: Store; core: Core; author: string } {
  const store = openStore(tempStorePath());
  const core = createCore({ db: store.db, storePath: store.path });
  opened.push({ store, core });
  return { store, core, author };
}

const motorVehicles = (value: number, decimals = 1): FigureInput => ({
  geo: 'VN',
  item: '29',
  measure: 'iip',
  period: '2030-01..2030-05',
  basis: 'yoy',
  unit: 'pct',
  value,
  decimals,
  status: 'estimate',
});

function publish(store: Store, name: string, publishedOn: string, figures: FigureInput[]): number {
  return store.db.transaction(() => {
    const id = insertRelease(store.db, { name, publisher: 'test', publishedOn, status: 'estimate', sourceKind: 'csv', sourceFile: `${name}.csv` });
    insertFigures(store.db, id, figures);
    return id;
  })();
}

const FIGURE_ANCHOR = { scope: 'figure', geo: 'VN', item: '29', basis: 'yoy', period: '2030-01..2030-05' } as const;

async function refusal(core: Core, channel: Parameters<typeof dispatch>[1], input: unknown): Promise<{ code: string; message: string }> {
  const result = await dispatch(core.handlers, channel, input);
  if (result.ok) throw new Error(`${String(channel)} was expected to be refused`);
  return result.error;
}

describe('notes in the store', () => {
  it('adds, edits, deletes and restores a note, keeping its text verbatim and its line breaks', async () => {
    const { store, core } = freshStore();
    publish(store, 'may', '2030-06-06', [motorVehicles(34.1)]);
    await call(core.handlers, 'notes:set-author', { author: 'Nguyễn Thị Lan' });
    const text = 'motor vehicles +34%:\r\nthe new assembly line in Quảng Nam <img src=x onerror=alert(1)>';
    const added = await call(core.handlers, 'notes:add', {
      anchor: FIGURE_ANCHOR,
      text,
      tags: ['client A', 'client A', ' auto '],
      status: 'draft',
      showOnCharts: true,
    });
    expect(added).toMatchObject({
      author: 'Nguyễn Thị Lan',
      text: text.replace('\r\n', '\n'),
      tags: ['client A', 'auto'],
      attached: true,
      valueWhenWritten: { value: 34.1, decimals: 1 },
    });
    expect(added.anchor).toEqual({ ...FIGURE_ANCHOR, measure: 'iip' });

    const edited = await call(core.handlers, 'notes:update', { id: added.id, status: 'approved', tags: ['client B'] });
    expect(edited).toMatchObject({ status: 'approved', tags: ['client B'], createdAt: added.createdAt });
    expect(edited.revision).not.toBe(added.revision);

    await call(core.handlers, 'notes:delete', { id: added.id });
    expect((await call(core.handlers, 'notes:list', {})).notes).toEqual([]);
    expect((await call(core.handlers, 'notes:list', { includeDeleted: true })).notes.map((n) => n.id)).toEqual([added.id]);
    const restored = await call(core.handlers, 'notes:restore', { id: added.id });
    expect(restored).toMatchObject({ deletedAt: null, status: 'approved', text: added.text });
    expect((await call(core.handlers, 'notes:list', {})).notes.map((n) => n.id)).toEqual([added.id]);
  });

  it('refuses a note without an author, text or a known anchor, saying what is missing', async () => {
    const { core } = freshStore();
    expect((await refusal(core, 'notes:add', { anchor: FIGURE_ANCHOR, text: 'x' })).message).toMatch(/Preferences/);
    expect((await refusal(core, 'notes:add', { anchor: FIGURE_ANCHOR, text: '   ', author: 'A' })).code).toBe('bad-input');
    expect(await refusal(core, 'notes:add', { anchor: { ...FIGURE_ANCHOR, geo: 'Atlantis' }, text: 'x', author: 'A' })).toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('Atlantis'),
    });
    expect((await refusal(core, 'notes:add', { anchor: { scope: 'range', from: '2030-05', to: '2030-01' }, text: 'x', author: 'A' })).message).toMatch(
      /ends before it starts/,
    );
    expect((await refusal(core, 'notes:update', { id: 'nope', text: 'x' })).code).toBe('not-found');
  });

  it('resolves names to codes (diacritics ignored) and filters by series, author, tag, status and text', async () => {
    const { core } = freshStore();
    const base = { author: 'Trần Minh', status: 'draft' as const, showOnCharts: true };
    const phuTho = await call(core.handlers, 'notes:add', {
      ...base,
      anchor: { scope: 'series', geo: 'phu tho', item: 'TOTAL' },
      text: 'Samsung mở rộng nhà máy',
      tags: ['Điện tử'],
    });
    expect(phuTho.anchor).toMatchObject({ scope: 'series', item: 'TOTAL', measure: 'iip' });
    const tet = await call(core.handlers, 'notes:add', {
      ...base,
      author: 'Lan',
      anchor: { scope: 'range', from: '2030-01', to: '2030-02' },
      text: 'Tết fell in late January',
      status: 'approved',
    });
    expect(tet.anchor).toEqual({ scope: 'range', from: '2030-01', to: '2030-02', geo: null, item: null, measure: null });
    expect(tet.attached).toBe(true);
    const ids = async (filter: object) => (await call(core.handlers, 'notes:list', filter)).notes.map((n) => n.id);
    expect(await ids({ geo: 'Phú Thọ' })).toEqual([phuTho.id]);
    expect(await ids({ search: 'tet late' })).toEqual([tet.id]);
    expect(await ids({ search: 'nha may' })).toEqual([phuTho.id]);
    expect(await ids({ tag: 'dien tu' })).toEqual([phuTho.id]);
    expect(await ids({ author: 'tran' })).toEqual([phuTho.id]);
    expect(await ids({ status: 'approved' })).toEqual([tet.id]);
    expect(await ids({})).toEqual([phuTho.id, tet.id]);
  });
});

describe('anchoring', () => {
  it('stays on its figure through a revision (value then → now), an undone release and its return', async () => {
    const { store, core } = freshStore();
    const first = publish(store, 'estimate', '2030-06-06', [motorVehicles(34.1)]);
    const note = await call(core.handlers, 'notes:add', { anchor: FIGURE_ANCHOR, text: 'assembly line opened in March', author: 'Lan' });
    expect(note).toMatchObject({ attached: true, changedSinceWritten: false, valueNow: { value: 34.1 } });

    const revision = publish(store, 'official', '2030-07-06', [motorVehicles(31.7)]);
    const [revised] = (await call(core.handlers, 'notes:list', {})).notes;
    expect(revised).toMatchObject({ id: note.id, attached: true, changedSinceWritten: true, valueWhenWritten: { value: 34.1 }, valueNow: { value: 31.7 } });

    await call(core.handlers, 'releases:undo', { releaseId: revision });
    expect((await call(core.handlers, 'notes:list', {})).notes[0]).toMatchObject({ changedSinceWritten: false, valueNow: { value: 34.1 } });
    await call(core.handlers, 'releases:undo', { releaseId: first });
    expect((await call(core.handlers, 'notes:list', {})).notes[0]).toMatchObject({ id: note.id, attached: false, valueNow: null });

    publish(store, 'again', '2030-08-06', [motorVehicles(34.1)]);
    expect((await call(core.handlers, 'notes:list', {})).notes[0]).toMatchObject({ id: note.id, attached: true, valueNow: { value: 34.1 } });
  });

  it('rewrites the value when written when the text is edited after a revision', async () => {
    const { store, core } = freshStore();
    publish(store, 'estimate', '2030-06-06', [motorVehicles(34.1)]);
    const note = await call(core.handlers, 'notes:add', { anchor: FIGURE_ANCHOR, text: '+34%', author: 'Lan' });
    publish(store, 'official', '2030-07-06', [motorVehicles(31.7)]);
    const edited = await call(core.handlers, 'notes:update', { id: note.id, text: '+31.7% after the revision' });
    expect(edited).toMatchObject({ valueWhenWritten: { value: 31.7 }, changedSinceWritten: false });
  });
});

/** Exports everything from one store and imports it into another. */
async function share(from: Core, to: Core, fileName = 'lan.iipnotes') {
  const file = await call(from.handlers, 'notes:export', {});
  return call(to.handlers, 'notes:import', { fileName, content: file.content });
}

const onlyNote = async (core: Core): Promise<NoteView> => {
  const notes = (await call(core.handlers, 'notes:list', { includeDeleted: true })).notes;
  expect(notes).toHaveLength(1);
  return notes[0]!;
};

describe('sharing notes between colleagues', () => {
  it('round-trips every field through a file, and importing the same file twice changes nothing', async () => {
    const lan = freshStore();
    const minh = freshStore();
    const note = await call(lan.core.handlers, 'notes:add', { anchor: FIGURE_ANCHOR, text: '<script>alert(1)</script>\nline two', author: 'Lan', tags: ['x'] });
    const file = await call(lan.core.handlers, 'notes:export', {});
    expect(file.fileName).toMatch(/\.iipnotes$/);
    expect(JSON.parse(file.content)).toMatchObject({ format: 'iip-notes', version: 1, notes: [{ id: note.id, text: '<script>alert(1)</script>\nline two' }] });

    const preview = await call(minh.core.handlers, 'notes:import-preview', { fileName: 'lan.iipnotes', content: file.content });
    expect(preview).toMatchObject({ committed: false, counts: { new: 1, unattached: 1 } });
    expect((await call(minh.core.handlers, 'notes:list', {})).notes).toEqual([]);

    const first = await call(minh.core.handlers, 'notes:import', { fileName: 'lan.iipnotes', content: file.content });
    expect(first.counts).toMatchObject({ new: 1, identical: 0 });
    const copy = await onlyNote(minh.core);
    const { attached: _a, valueNow: _v, changedSinceWritten: _c, inConflict: _i, ...original } = note;
    expect(copy).toMatchObject(original);
    const before = minh.store.db.prepare('SELECT * FROM notes').all();
    const again = await call(minh.core.handlers, 'notes:import', { fileName: 'lan.iipnotes', content: file.content });
    expect(again.counts).toMatchObject({ new: 0, identical: 1, changed: 0, conflict: 0 });
    expect(minh.store.db.prepare('SELECT * FROM notes').all()).toEqual(before);
  });

  it('takes the newer version of a note edited on one side only, either way round', async () => {
    const lan = freshStore();
    const minh = freshStore();
    const note = await call(lan.core.handlers, 'notes:add', { anchor: { scope: 'series', geo: 'VN', item: 'TOTAL' }, text: 'v1', author: 'Lan' });
    await share(lan.core, minh.core);
    await call(minh.core.handlers, 'notes:update', { id: note.id, text: 'v2 by Minh' });
    expect((await share(minh.core, lan.core)).counts).toMatchObject({ changed: 1 });
    expect(await onlyNote(lan.core)).toMatchObject({ text: 'v2 by Minh' });
    // Lan's older file arriving at Minh's changes nothing there.
    const stale = await share(freshStoreWith(note), minh.core);
    expect(stale.counts).toMatchObject({ older: 1, changed: 0 });
    expect(await onlyNote(minh.core)).toMatchObject({ text: 'v2 by Minh' });
  });

  it('flags a note edited on both sides as a conflict, and resolves it by keeping mine, theirs or both', async () => {
    for (const keep of ['mine', 'theirs', 'both'] as const) {
      const lan = freshStore();
      const minh = freshStore();
      const note = await call(lan.core.handlers, 'notes:add', { anchor: { scope: 'series', geo: 'VN', item: 'TOTAL' }, text: 'v1', author: 'Lan' });
      await share(lan.core, minh.core);
      await call(lan.core.handlers, 'notes:update', { id: note.id, text: 'Lan v2' });
      await call(minh.core.handlers, 'notes:update', { id: note.id, text: 'Minh v2' });
      const report = await share(minh.core, lan.core, 'minh.iipnotes');
      expect(report.counts).toMatchObject({ conflict: 1 });
      expect(await onlyNote(lan.core)).toMatchObject({ text: 'Lan v2', inConflict: true });
      expect((await share(minh.core, lan.core, 'minh.iipnotes')).counts).toMatchObject({ conflict: 1 });
      const [waiting] = await call(lan.core.handlers, 'notes:conflicts', {});
      expect(waiting).toMatchObject({ id: note.id, fileName: 'minh.iipnotes', mine: { text: 'Lan v2' }, theirs: { text: 'Minh v2' } });
      expect(await call(lan.core.handlers, 'notes:conflicts', {})).toHaveLength(1);

      const resolved = await call(lan.core.handlers, 'notes:resolve', { id: note.id, revision: waiting!.theirs.revision, keep });
      expect(await call(lan.core.handlers, 'notes:conflicts', {})).toEqual([]);
      const texts = (await call(lan.core.handlers, 'notes:list', {})).notes.map((n) => n.text).sort();
      expect(texts).toEqual(keep === 'mine' ? ['Lan v2'] : keep === 'theirs' ? ['Minh v2'] : ['Lan v2', 'Minh v2']);
      expect(resolved.notes.every((n) => !n.inConflict)).toBe(true);
      // The decision travels: Minh takes Lan's resolution without a conflict of his own.
      const back = await share(lan.core, minh.core);
      expect(back.counts.conflict).toBe(0);
      expect((await call(minh.core.handlers, 'notes:list', {})).notes.map((n) => n.text).sort()).toEqual(texts);
    }
  });

  it('carries deletions: a deleted note stays deleted unless edited since, and an edit beats a deletion it has not seen', async () => {
    const lan = freshStore();
    const minh = freshStore();
    const note = await call(lan.core.handlers, 'notes:add', { anchor: { scope: 'series', geo: 'VN', item: 'TOTAL' }, text: 'v1', author: 'Lan' });
    await share(lan.core, minh.core);
    await call(lan.core.handlers, 'notes:delete', { id: note.id });
    expect((await share(lan.core, minh.core)).counts).toMatchObject({ changed: 1 });
    expect(await onlyNote(minh.core)).toMatchObject({ deletedAt: expect.any(String) });
    // Lan's old file, from before the delete, does not bring it back.
    expect((await share(freshStoreWith(note), minh.core)).counts).toMatchObject({ older: 1 });
    expect((await call(minh.core.handlers, 'notes:list', {})).notes).toEqual([]);

    // Both sides: Minh edits a note Lan deleted meanwhile; the edit wins on both sides.
    const other = await call(lan.core.handlers, 'notes:add', { anchor: { scope: 'series', geo: 'VN', item: 'C' }, text: 'w1', author: 'Lan' });
    await share(lan.core, minh.core);
    await call(lan.core.handlers, 'notes:delete', { id: other.id });
    await call(minh.core.handlers, 'notes:update', { id: other.id, text: 'w2 by Minh' });
    expect((await share(lan.core, minh.core)).counts).toMatchObject({ conflict: 0 });
    expect((await share(minh.core, lan.core)).counts).toMatchObject({ conflict: 0 });
    for (const side of [lan, minh]) expect((await call(side.core.handlers, 'notes:list', {})).notes.map((n) => n.text)).toEqual(['w2 by Minh']);
  });

  it('refuses a newer, malformed, truncated or oversized file naming the file and the place, changing nothing', async () => {
    const lan = freshStore();
    await call(lan.core.handlers, 'notes:add', { anchor: { scope: 'series', geo: 'VN', item: 'TOTAL' }, text: 'v1', author: 'Lan' });
    const good = (await call(lan.core.handlers, 'notes:export', {})).content;
    const minh = freshStore();
    const refused = (content: string) => refusal(minh.core, 'notes:import', { fileName: 'bad.iipnotes', content });
    const parsed = JSON.parse(good) as { version: number; notes: { anchor: { scope: string; item?: unknown } }[] };
    expect(await refused(JSON.stringify({ ...parsed, version: 2 }))).toMatchObject({
      code: 'bad-input',
      message: expect.stringMatching(/^bad\.iipnotes \(version\): made by a newer IIP Explorer/),
    });
    expect((await refused(good.slice(0, good.length / 2))).message).toMatch(/^bad\.iipnotes \(line \d+, column \d+\): the file ends too early/);
    const broken = structuredClone(parsed);
    broken.notes[0]!.anchor.item = 42;
    expect((await refused(JSON.stringify(broken))).message).toMatch(/^bad\.iipnotes \(notes\[0\]\.anchor\.item of note [0-9a-f-]+\)/);
    expect((await refused('{"format":"something else"}')).message).toMatch(/not an IIP Explorer notes file/);
    const huge = JSON.stringify({ ...parsed, app: 'x'.repeat(NOTES_FILE_MAX_BYTES) });
    expect((await refused(huge)).message).toMatch(/notes files are read up to/);
    // A file whose second note is bad imports nothing, not even the first.
    const twice = { ...parsed, notes: [parsed.notes[0], { ...parsed.notes[0], id: 'second', anchor: { scope: 'nowhere' } }] };
    expect((await refused(JSON.stringify(twice))).message).toMatch(/notes\[1\]\.anchor/);
    expect((await call(minh.core.handlers, 'notes:list', { includeDeleted: true })).notes).toEqual([]);
  });

  it('treats a note edited by hand in the file as a new version of it', async () => {
    const lan = freshStore();
    const minh = freshStore();
    await call(lan.core.handlers, 'notes:add', { anchor: { scope: 'series', geo: 'VN', item: 'TOTAL' }, text: 'v1', author: 'Lan' });
    const file = JSON.parse((await call(lan.core.handlers, 'notes:export', {})).content) as { notes: { text: string }[] };
    await call(minh.core.handlers, 'notes:import', { fileName: 'a.iipnotes', content: JSON.stringify(file) });
    file.notes[0]!.text = 'v1, corrected by hand';
    expect((await call(minh.core.handlers, 'notes:import', { fileName: 'b.iipnotes', content: JSON.stringify(file) })).counts).toMatchObject({ changed: 1 });
    expect(await onlyNote(minh.core)).toMatchObject({ text: 'v1, corrected by hand' });
  });
});

/** A store holding exactly this (earlier) version of a note, as an old file would carry it. */
function freshStoreWith(note: NoteView): Core {
  const { core, store } = freshStore();
  const { attached: _a, valueNow: _v, changedSinceWritten: _c, inConflict: _i, ...record } = note;
  store.db.transaction(() => {
    store.db
      .prepare(
        `INSERT INTO notes (id, scope, geoCode, itemCode, measure, basis, text, author, tags, status, showOnCharts, createdAt, updatedAt, deletedAt, revision)
      VALUES (@id, 'series', @geo, @item, @measure, NULL, @text, @author, '[]', @status, 1, @createdAt, @updatedAt, NULL, @revision)`,
      )
      .run({ ...record, ...record.anchor });
    store.db.prepare('INSERT INTO noteRevisions (noteId, revision) VALUES (?, ?)').run(record.id, record.revision);
  })();
  return core;
}
