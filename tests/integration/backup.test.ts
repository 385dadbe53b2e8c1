// Backups and recovery on real store files: `iip backup` / `iip restore` round trip (a restore is
// itself undone by restoring what it kept), restores refused (not a store, a store of a newer
// version), automatic backups before each kind of write and pruning to the number kept, a digest
// per release that names the release whose figure changed in the file, and store errors answered
// with the store's own code.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/core/store.js';
import { SCHEMA_VERSION } from '../../electron/core/db/migrations/index.js';
import { listBackups } from '../../electron/core/backup/files.js';
import { createCore } from '../../electron/core/handlers.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { runIip } from '../helpers/cli.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

let base: string;
beforeAll(() => {
  base = tempStorePath();
  openStore(base).db.close();
});

/** A copy of the seeded store in a folder of its own (its backups go beside it). */
function storeCopy(): string {
  const file = tempStorePath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.copyFileSync(base, file);
  return file;
}

const releaseIds = (file: string): number[] => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT id FROM releases ORDER BY id').pluck().all() as number[];
  } finally {
    db.close();
  }
};

const reasons = (file: string): string[] => listBackups(file).map((b) => b.reason);

describe('iip backup and iip restore', () => {
  it('restores a backup, and the store it replaced is kept so that the restore is undone by restoring that', async () => {
    const db = storeCopy();
    const copy = path.join(tempDir(), 'before-undo.sqlite');
    const before = releaseIds(db);
    expect(await runIip(['backup', copy, '--db', db])).toMatchObject({ code: 0, err: '' });
    expect((await runIip(['undo', String(before[0]), '--db', db])).code).toBe(0);
    expect(releaseIds(db)).toEqual(before.slice(1));

    const restored = await runIip(['restore', copy, '--json', '--db', db]);
    expect(restored).toMatchObject({ code: 0, err: '' });
    expect(releaseIds(db)).toEqual(before);
    const keptAs = (JSON.parse(restored.out) as { keptAs: string }).keptAs;
    expect(keptAs).toMatch(new RegExp(`^iip-.*-v${SCHEMA_VERSION}-before-restore\\.sqlite$`));

    // the restore undone: the store as it was before it (without the first release) comes back by name
    expect((await runIip(['restore', keptAs, '--db', db])).code).toBe(0);
    expect(releaseIds(db)).toEqual(before.slice(1));
    expect((await runIip(['check', '--db', db])).code).toBe(0);
  });

  it('refuses a file that is no store of this app, and a store of a newer version, changing nothing', async () => {
    const db = storeCopy();
    const dir = tempDir();
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'not a database at all, but long enough to have a header of a hundred bytes '.repeat(3));
    const other = path.join(dir, 'other.sqlite');
    new Database(other).exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    const newer = path.join(dir, 'newer.sqlite');
    expect((await runIip(['backup', newer, '--db', db])).code).toBe(0);
    const raw = new Database(newer);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 10}`);
    raw.close();
    const stamp = fs.statSync(db).mtimeMs;

    const notSqlite = await runIip(['restore', text, '--db', db]);
    expect(notSqlite.code).toBe(1);
    expect(notSqlite.err).toContain(`nothing was restored: ${text} is not a store of IIP Explorer: the file (`);
    const notStore = await runIip(['restore', other, '--db', db]);
    expect(notStore.err).toContain(`${other} is an SQLite database but not a store of IIP Explorer (no meta, releases, figures, series, geos, items)`);
    const fromNewer = await runIip(['restore', newer, '--db', db]);
    expect(fromNewer.code).toBe(1);
    expect(fromNewer.err).toContain(
      `comes from a newer version of IIP Explorer (schema version ${SCHEMA_VERSION + 10}; this one knows up to ${SCHEMA_VERSION})`,
    );
    expect(fs.statSync(db).mtimeMs).toBe(stamp);
    expect(listBackups(db)).toEqual([]);
  });
});

describe('backup:restore in the running app', () => {
  it('brings a backup back into the open store, whose connection then reads it, and keeps the store it replaced', async () => {
    const db = storeCopy();
    const store = openStore(db);
    const core = createCore({ db: store.db, storePath: db });
    try {
      const ids = async (): Promise<number[]> => {
        const list = await dispatch(core.handlers, 'releases:list', {});
        return (list as { ok: true; value: { id: number }[] }).value.map((r) => r.id).sort((a, b) => a - b);
      };
      const before = await ids();
      const made = (await dispatch(core.handlers, 'backup:create', {})) as { ok: true; value: { name: string } };
      expect((await dispatch(core.handlers, 'releases:undo', { releaseId: before[0]! })).ok).toBe(true);
      expect(await ids()).toEqual(before.slice(1));
      const restored = await dispatch(core.handlers, 'backup:restore', { name: made.value.name });
      expect(restored).toMatchObject({ ok: true, value: { restored: made.value.name, restartNeeded: false } });
      expect(await ids()).toEqual(before);
      expect(reasons(db)).toEqual(['before-restore', 'undo', 'manual']);
      expect(await dispatch(core.handlers, 'backup:restore', { name: '../iip.sqlite' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(await dispatch(core.handlers, 'backup:check', {})).toMatchObject({ ok: true, value: { ok: true, problems: [] } });
    } finally {
      core.close();
      store.db.close();
    }
  });
});

describe('automatic backups', () => {
  it('are made before an undo, an import and a notes import, checked, and pruned to the number kept', async () => {
    const db = storeCopy();
    const dir = tempDir();
    const [first, second, third] = releaseIds(db);
    expect((await runIip(['undo', String(first), '--db', db])).code).toBe(0);
    expect(reasons(db)).toEqual(['undo']);

    const csv = path.join(dir, 'one.csv');
    fs.writeFileSync(csv, 'geo,item,measure,period,basis,unit,value,status\nVN,TOTAL,iip,2030-01,yoy,pct,7.7,official\n');
    expect((await runIip(['import', csv, '--name', 'One', '--publisher', 'Test', '--published', '2030-02-01', '--db', db])).code).toBe(0);
    expect(reasons(db)).toEqual(['import', 'undo']);

    const notes = path.join(dir, 'lan.iipnotes');
    const author = tempStorePath();
    expect((await runIip(['notes', 'add', '--geo', 'VN', '--item', 'TOTAL', '--text', 'Tết', '--author', 'Lan', '--db', author])).code).toBe(0);
    expect((await runIip(['notes', 'export', notes, '--db', author])).code).toBe(0);
    expect((await runIip(['notes', 'import', notes, '--db', db])).code).toBe(0);
    expect(reasons(db)).toEqual(['notes-import', 'import', 'undo']);
    // the backup before the import holds the store as it was then: without the new release
    const beforeImport = path.join(path.dirname(db), 'backups', listBackups(db)[1]!.name);
    expect(releaseIds(beforeImport)).toEqual(releaseIds(db).filter((id) => id !== Math.max(...releaseIds(db))));

    expect(await runIip(['backups', '--keep', '2', '--db', db])).toMatchObject({ code: 0 });
    expect((await runIip(['undo', String(second), '--db', db])).code).toBe(0);
    expect((await runIip(['undo', String(third), '--db', db])).code).toBe(0);
    expect(reasons(db)).toEqual(['undo', 'undo']);
    const listed = JSON.parse((await runIip(['backups', '--json', '--db', db])).out) as { kept: number; backups: { name: string }[] };
    expect(listed.kept).toBe(2);
    expect(listed.backups.map((b) => b.name)).toEqual(listBackups(db).map((b) => b.name));

    // 0 turns them off: an undo then makes none, and those kept stay
    expect((await runIip(['backups', '--keep', '0', '--db', db])).out).toMatch(/automatic backups are off/);
    expect((await runIip(['undo', String(Math.max(...releaseIds(db))), '--db', db])).code).toBe(0);
    expect(listBackups(db).map((b) => b.name)).toEqual(listed.backups.map((b) => b.name));
  });

  it('are made before a migration, and the releases stored before digests get theirs', async () => {
    const db = storeCopy();
    const raw = new Database(db);
    raw.exec('DROP TABLE releaseDigests; DROP TABLE releaseYoyPeriods');
    raw.pragma('user_version = 100');
    raw.close();
    const store = openStore(db);
    const digested = store.db.prepare('SELECT COUNT(*) FROM releaseDigests').pluck().get();
    store.db.close();
    expect(digested).toBe(releaseIds(db).length);
    expect(listBackups(db).map((b) => [b.reason, b.schemaVersion])).toEqual([['migration', 100]]);
    expect((await runIip(['check', '--db', db])).code).toBe(0);
  });
});

/** The file offset of `value` as SQLite stores a REAL (8 bytes, big-endian), where it occurs once in the file. */
function uniqueValueOffset(file: string, values: number[]): { value: number; offset: number } {
  const bytes = fs.readFileSync(file);
  for (const value of values) {
    const encoded = Buffer.alloc(8);
    encoded.writeDoubleBE(value);
    const at = bytes.indexOf(encoded);
    if (at >= 0 && bytes.indexOf(encoded, at + 1) < 0) return { value, offset: at };
  }
  throw new Error('no figure value occurs once in the file');
}

describe('iip check', () => {
  it('names the release whose figure changed in the file while SQLite still finds the file sound', async () => {
    const db = storeCopy();
    const reader = new Database(db, { readonly: true });
    const figures = reader.prepare('SELECT releaseId, value FROM figures WHERE value != CAST(value AS INTEGER) ORDER BY id LIMIT 2000').all() as {
      releaseId: number;
      value: number;
    }[];
    const { value, offset } = uniqueValueOffset(
      db,
      figures.map((f) => f.value),
    );
    const releaseId = figures.find((f) => f.value === value)!.releaseId;
    const name = reader.prepare('SELECT name FROM releases WHERE id = ?').pluck().get(releaseId) as string;
    reader.close();
    const bytes = fs.readFileSync(db);
    bytes[offset + 7]! ^= 0x01; // the lowest bit of the number: a flipped bit
    fs.writeFileSync(db, bytes);

    const check = await runIip(['check', '--db', db]);
    expect(check.code).toBe(1);
    expect(check.out).toContain(`release ${releaseId} '${name}': its figures changed since it was stored`);
    expect(check.out).toContain('1 problem.');
  });

  it('digests a release stored without one (too large to digest at commit), once the store is found sound', async () => {
    const db = storeCopy();
    const raw = new Database(db);
    raw.prepare('DELETE FROM releaseDigests WHERE releaseId = ?').run(releaseIds(db)[0]);
    raw.close();
    const first = await runIip(['check', '--db', db]);
    expect(first.code).toBe(0);
    expect(first.out).toContain('1 releases had no digest yet (too large to digest when stored, or written by another program): digested now');
    expect((await runIip(['check', '--db', db])).out).not.toContain('no digest');
  });

  it('keeps --consistency as it was', async () => {
    const run = await runIip(['check', '--consistency', '--release', '1', '--db', storeCopy()]);
    expect(run.out).toMatch(/^Consistency checks of release 1\./);
  });
});

describe('store errors', () => {
  it('are answered with the store-damaged code, not blamed on the imported file', async () => {
    const db = storeCopy();
    const bytes = fs.readFileSync(db);
    const pageSize = bytes.readUInt16BE(16);
    // every page past the first few overwritten with garbage: the tables' pages
    for (let at = pageSize * 8; at < bytes.length; at += 1) bytes[at] = (at * 7919) & 0xff;
    fs.writeFileSync(db, bytes);
    const store = { db: new Database(db), path: db };
    const core = createCore({ db: store.db, storePath: db });
    const answer = await dispatch(core.handlers, 'import:preview', {
      text: 'geo,item,measure,period,basis,unit,value,status\nVN,TOTAL,iip,2030-01,yoy,pct,7.7,official\n',
      textName: 'mine.csv',
    });
    core.close();
    store.db.close();
    expect(answer).toMatchObject({ ok: false, error: { code: 'store-damaged' } });
    expect(!answer.ok && answer.error.message).toMatch(/^the store file is damaged \(SQLite: .*\); nothing was changed\. Restore a backup/);
    expect(!answer.ok && answer.error.message).not.toContain('mine.csv');
  });
});
