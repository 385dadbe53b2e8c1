// A kill while closing the store copies the log into the file (a checkpoint) can leave the file
// shorter than its header says: SQLite writes page 1, with the new page count, before the pages that
// lengthen the file. The log still holds every page, so the store is whole. Made here exactly (page 1
// of the log written into a copy of the file, nothing else), the next `iip` command must start on it
// and find every note; a check of the file's size alone would call it cut short.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/handlers.js';
import { openStore } from '../../electron/core/store.js';
import { runIip } from '../helpers/cli.js';
import { checkpointCut, committedPage } from '../helpers/kill/wal-frames.js';
import { call } from '../helpers/staging.js';
import { tempDir } from '../helpers/temp.js';

describe('a store whose checkpoint a kill cut short', () => {
  it('opens whole: the next iip command starts on it and finds everything the log held', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'iip.sqlite');
    openStore(file).db.close();
    const store = openStore(file);
    store.db.pragma('wal_autocheckpoint = 0');
    const before = store.db.prepare('SELECT COUNT(*) FROM notes').pluck().get() as number;
    const core = createCore({ db: store.db, storePath: file });
    for (let i = 0; i < 300; i++)
      await call(core.handlers, 'notes:add', {
        anchor: { scope: 'series', geo: 'VN', item: 'TOTAL', basis: null },
        text: `Ghi chú ${i}: ${'sản xuất công nghiệp '.repeat(20)}`,
        author: 'Lan',
        tags: [],
        status: 'draft',
      });
    // the files as a kill during the checkpoint leaves them: the log whole, page 1 already copied
    const cut = path.join(dir, 'cut', 'iip.sqlite');
    fs.mkdirSync(path.dirname(cut));
    fs.copyFileSync(file, cut);
    fs.copyFileSync(`${file}-wal`, `${cut}-wal`);
    const page1 = committedPage(file, 1)!;
    core.close();
    store.db.close();
    const fd = fs.openSync(cut, 'r+');
    fs.writeSync(fd, page1, 0, page1.length, 0);
    fs.closeSync(fd);
    expect(checkpointCut(cut)).toBe(true);

    const listed = await runIip(['notes', 'list', '--json', '--db', cut]);
    expect(listed.err).toBe('');
    expect(listed.code).toBe(0);
    expect((JSON.parse(listed.out) as unknown[]).length).toBe(before + 300);
    const db = new Database(cut);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
