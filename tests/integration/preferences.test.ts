// The preferences room on a real store file: the defaults of a new store, changes kept (and kept
// across a reopen), bad values refused naming the preference with the store unchanged, the values
// an earlier version stored read as preferences, and the preferences used where they apply: the
// author of a note, the number of backups kept (the channel and the CLI agreeing).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBackups } from '../../electron/core/backup/files.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore, type Core } from '../../electron/core/handlers.js';
import { openStore, type Store } from '../../electron/core/store.js';
import { runIip } from '../helpers/cli.js';
import { call } from '../helpers/staging.js';
import { storeWatch } from '../helpers/store-digest.js';
import { tempStorePath } from '../helpers/temp.js';

const ANCHOR = { scope: 'figure', geo: 'VN', item: 'TOTAL', basis: 'yoy', period: '2025-01..2025-11' } as const;

let file: string;
let store: Store;
let core: Core;

const open = (): void => {
  store = openStore(file);
  core = createCore({ db: store.db, storePath: store.path });
};
const close = (): void => {
  core.close();
  store.db.close();
};

beforeAll(() => {
  file = tempStorePath();
  open();
});
afterAll(close);

describe('preferences kept in the store', () => {
  it('starts from the defaults: no author, the system’s language, numbers as the language writes them, 16:9 PowerPoint, pictures at 2×, 10 backups', async () => {
    expect(await call(core.handlers, 'preferences:get', {})).toEqual({
      authorName: null,
      language: 'auto',
      numberFormat: 'auto',
      exportFormat: 'pptx',
      exportSize: { aspect: '16:9', scale: 2 },
      backupsKept: 10,
    });
  });

  it('changes only the preferences named and answers them all', async () => {
    const after = await call(core.handlers, 'preferences:set', { authorName: '  Nguyễn Thị Lan ', language: 'vi', exportSize: { aspect: '4:3', scale: 3 } });
    expect(after).toEqual({
      authorName: 'Nguyễn Thị Lan',
      language: 'vi',
      numberFormat: 'auto',
      exportFormat: 'pptx',
      exportSize: { aspect: '4:3', scale: 3 },
      backupsKept: 10,
    });
    await call(core.handlers, 'preferences:set', { numberFormat: 'en', exportFormat: 'png' });
    expect(await call(core.handlers, 'preferences:get', {})).toMatchObject({
      authorName: 'Nguyễn Thị Lan',
      language: 'vi',
      numberFormat: 'en',
      exportFormat: 'png',
    });
  });

  it('refuses a value a preference does not take, naming the preference, and changes nothing', async () => {
    const watch = storeWatch(store.db);
    watch.mark();
    const refused = async (input: unknown): Promise<string> => {
      const result = await dispatch(core.handlers, 'preferences:set', input);
      if (result.ok) throw new Error(`accepted ${JSON.stringify(input)}`);
      expect(result.error.code).toBe('bad-input');
      return result.error.message;
    };
    expect(await refused({ numberFormat: 'fr' })).toBe('preferences:set: numberFormat: expected a number format: auto, vi, en');
    expect(await refused({ language: 'de', authorName: 'Lan' })).toBe('preferences:set: language: expected a language: auto, vi, en');
    expect(await refused({ exportSize: { aspect: '21:9', scale: 2 } })).toBe('preferences:set: exportSize.aspect: expected a slide shape: 16:9 or 4:3');
    expect(await refused({ exportSize: { aspect: '16:9', scale: 4 } })).toBe('preferences:set: exportSize.scale: expected a picture scale: 1, 2, 3');
    expect(await refused({ exportFormat: 'gif' })).toBe('preferences:set: exportFormat: expected an export format: pptx, csv, xlsx, png, svg, pdf');
    expect(await refused({ backupsKept: -1 })).toBe('preferences:set: backupsKept: expected 0 (automatic backups off) or more');
    expect(await refused({ backupsKept: 2.5 })).toBe('preferences:set: backupsKept: expected a whole number of backups');
    expect(await refused({ authorName: '   ' })).toMatch(/^preferences:set: authorName: /);
    expect(await refused({ theme: 'dark' })).toMatch(/^preferences:set: \(input\): .*theme/);
    expect(watch.changed()).toBe(false);
    expect((await call(core.handlers, 'preferences:get', {})).authorName).toBe('Nguyễn Thị Lan');
  });

  it('keeps them when the store is closed and opened again', async () => {
    const before = await call(core.handlers, 'preferences:get', {});
    close();
    open();
    expect(await call(core.handlers, 'preferences:get', {})).toEqual(before);
  });

  it('reads the author and the backups kept as an earlier version stored them, and a stored value no preference takes as the default', async () => {
    store.db.prepare("UPDATE meta SET value = 'Trần Văn Minh' WHERE key = 'notes.author'").run();
    store.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('backupsKept', '4')").run();
    store.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('preferences.exportSize', '{not json')").run();
    store.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('preferences.language', 'klingon')").run();
    expect(await call(core.handlers, 'preferences:get', {})).toMatchObject({
      authorName: 'Trần Văn Minh',
      backupsKept: 4,
      exportSize: { aspect: '16:9', scale: 2 },
      language: 'auto',
    });
  });

  it('signs a note without an author with the author preference, as notes:author says', async () => {
    await call(core.handlers, 'preferences:set', { authorName: 'Lê Thu Hà' });
    expect(await call(core.handlers, 'notes:author', {})).toEqual({ author: 'Lê Thu Hà' });
    const note = await call(core.handlers, 'notes:add', { anchor: ANCHOR, text: 'Tết in February', tags: [], status: 'draft', showOnCharts: true });
    expect(note.author).toBe('Lê Thu Hà');
    // and the notes' own way of setting it is the same preference
    await call(core.handlers, 'notes:set-author', { author: 'Phạm An' });
    expect((await call(core.handlers, 'preferences:get', {})).authorName).toBe('Phạm An');
    // cleared: a note then needs its author given
    await call(core.handlers, 'preferences:set', { authorName: null });
    const unsigned = await dispatch(core.handlers, 'notes:add', { anchor: ANCHOR, text: 'no one', tags: [], status: 'draft', showOnCharts: true });
    expect(unsigned).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringMatching(/Preferences/) } });
  });

  it('prunes backups to the number kept, one preference for backup:keep, backup:status and iip backups --keep', async () => {
    fs.rmSync(path.join(path.dirname(file), 'backups'), { recursive: true, force: true });
    await call(core.handlers, 'preferences:set', { backupsKept: 2 });
    expect((await call(core.handlers, 'backup:status', {})).backupsKept).toBe(2);
    for (let i = 0; i < 3; i++) await call(core.handlers, 'backup:create', {});
    expect(listBackups(file)).toHaveLength(2);

    expect(await call(core.handlers, 'backup:keep', { count: 5 })).toEqual({ backupsKept: 5 });
    expect((await call(core.handlers, 'preferences:get', {})).backupsKept).toBe(5);

    const cli = await runIip(['backups', '--keep', '3', '--json', '--db', file]);
    expect(cli).toMatchObject({ code: 0 });
    expect(JSON.parse(cli.out)).toMatchObject({ kept: 3 });
    expect((await call(core.handlers, 'preferences:get', {})).backupsKept).toBe(3);
    expect(await runIip(['backups', '--keep', '1001', '--db', file])).toMatchObject({
      code: 2,
      err: expect.stringMatching(/--keep: expected a whole number of backups up to 1000/),
    });
  });
});
