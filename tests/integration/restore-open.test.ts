// backup:restore into the open store (core/backup/restore-rows.ts): a backup from an earlier schema
// version comes back migrated, read through the app's connection; a backup the store's constraints
// refuse midway (a duplicate figure, rows referring to a removed series) or that lacks a column
// leaves the store exactly as it was, with nothing left attached or beside it and foreign keys on.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { backupFileName, backupsDir, listBackups } from '../../electron/core/backup/files.js';
import type { Db } from '../../electron/core/db/connection.js';
import { SCHEMA_VERSION } from '../../electron/core/db/migrations/index.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { createCore, type Core } from '../../electron/core/handlers.js';
import { packageRoot } from '../../electron/core/paths.js';
import { openStore, type Store } from '../../electron/core/store.js';
import { pointsDrained } from '../helpers/drained.js';
import { call } from '../helpers/staging.js';
import { tempStorePath } from '../helpers/temp.js';

/** Every row of every table, hashed: equal only if nothing in the store changed. */
function storeContent(db: Db): string {
  const hash = crypto.createHash('sha256');
  for (const table of db.prepare("SELECT name FROM main.sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all() as string[])
    hash.update(table).update(JSON.stringify(db.prepare(`SELECT * FROM main."${table}"`).raw().all()));
  return hash.digest('hex');
}

/** The schemas the connection has open, its temporary one left out. */
const attached = (db: Db): string[] => (db.pragma('database_list') as { name: string }[]).map((d) => d.name).filter((n) => n !== 'temp');

/** Runs `change` on a backup file with the checks a store would make turned off, as a tool other than the app could. */
function tamper(file: string, change: (db: Db) => void): void {
  const db = new Database(file);
  try {
    db.pragma('foreign_keys = OFF');
    change(db);
  } finally {
    db.close();
  }
}

describe('backup:restore into the open store', () => {
  let store: Store;
  let core: Core;

  let seeded: string;
  beforeAll(() => {
    seeded = tempStorePath();
    openStore(seeded).db.close();
  });
  beforeEach(() => {
    // a copy of the seeded store in a folder of its own (its backups go beside it)
    const file = tempStorePath();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.copyFileSync(seeded, file);
    store = openStore(file);
    core = createCore({ db: store.db, storePath: store.path });
  });
  afterEach(() => {
    core.close();
    store.db.close();
  });

  /** What is beside the store apart from backups: the store and its WAL only, no copy left over. */
  const besideStore = (): string[] => fs.readdirSync(path.dirname(store.path)).filter((f) => f !== 'backups');

  it('brings back a backup from schema version 50, migrated, and the app reads it at once', async () => {
    // the v0050 fixture (tests/fixtures/stores/README.md): two notes, a deck of one slide, section weights, the fixture release
    const name = backupFileName('manual', 50, new Date('2026-03-01T08:00:00Z'));
    fs.mkdirSync(backupsDir(store.path), { recursive: true });
    const file = path.join(backupsDir(store.path), name);
    fs.writeFileSync(file, zlib.gunzipSync(fs.readFileSync(path.join(packageRoot, 'tests/fixtures/stores/v0050.sqlite.gz'))));
    const raw = new Database(file, { readonly: true });
    const releasesInBackup = raw.prepare('SELECT name FROM releases ORDER BY id').pluck().all() as string[];
    const figuresInBackup = raw.prepare('SELECT count(*) FROM figures').pluck().get() as number;
    raw.close();
    expect(releasesInBackup).toContain('Fixture release (tidy CSV)');
    expect(releasesInBackup.length).toBeLessThan((await call(core.handlers, 'releases:list', {})).length);
    expect((await call(core.handlers, 'notes:list', {})).notes).toHaveLength(0);
    // the whole catalog is kept in memory until the store changes (db/until-change.ts)
    const catalogBefore = (await call(core.handlers, 'catalog:list', {})).total;

    const restored = await call(core.handlers, 'backup:restore', { name });
    expect(restored).toMatchObject({ restored: name, restartNeeded: false, keptAs: expect.stringMatching(/-before-restore\.sqlite$/) });

    expect((await call(core.handlers, 'releases:list', {})).map((r) => r.name).sort()).toEqual([...releasesInBackup].sort());
    expect(store.db.prepare('SELECT count(*) FROM figures').pluck().get()).toBe(figuresInBackup);
    expect((await call(core.handlers, 'notes:list', {})).notes).toHaveLength(2);
    const decks = await call(core.handlers, 'baskets:list', {});
    expect(decks.map((d) => d.slides.length)).toEqual([1]);
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    // what the app's connection answers from memory is what a second connection reads afresh
    const fresh = new Database(store.path, { readonly: true });
    const freshCore = createCore({ db: fresh, storePath: store.path });
    const catalogAfter = (await call(core.handlers, 'catalog:list', {})).total;
    expect(catalogAfter).toBe((await call(freshCore.handlers, 'catalog:list', {})).total);
    expect(catalogAfter).not.toBe(catalogBefore);
    freshCore.close();
    fresh.close();
    // migration 0120's digests, made for the copy's releases
    expect(store.db.prepare('SELECT count(*) FROM releaseDigests').pluck().get()).toBe(releasesInBackup.length);
    expect(await call(core.handlers, 'backup:check', {})).toMatchObject({ ok: true, problems: [] });
    // foreign keys, off while the rows were copied, are on again
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(besideStore().filter((f) => f.includes('restore'))).toEqual([]);
  });

  it('leaves the store as it was when a row of the backup is refused midway (a duplicate figure)', async () => {
    const made = await call(core.handlers, 'backup:create', {});
    const file = path.join(backupsDir(store.path), made.name);
    // the unique index dropped in the backup (the quick check does not see duplicates), then one figure twice
    tamper(file, (db) => {
      db.exec('DROP INDEX figuresBySeries');
      const columns = (db.pragma('table_info(figures)') as { name: string }[]).map((c) => c.name).filter((c) => c !== 'id');
      db.exec(`INSERT INTO figures (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM figures ORDER BY id DESC LIMIT 1`);
    });
    // what the restore would have brought: a note added since the backup is lost only if it goes through
    await call(core.handlers, 'notes:add', {
      anchor: { scope: 'figure', geo: 'VN', item: 'TOTAL', basis: 'yoy', period: '2025-01..2025-11' },
      text: 'kept',
      author: 'Lan',
      tags: [],
      status: 'draft',
      showOnCharts: true,
    });
    const before = storeContent(store.db);
    const backupsBefore = listBackups(store.path).map((b) => b.name);

    const result = await dispatch(core.handlers, 'backup:restore', { name: made.name });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'bad-input',
        message: expect.stringMatching(/^nothing was restored: .* does not fit this store \(UNIQUE constraint failed: figures\..*\); the store is as it was$/),
      },
    });
    expect(storeContent(store.db)).toBe(before);
    expect(attached(store.db)).toEqual(['main']);
    // the backup made before it removed again: the backups as they were too
    expect(listBackups(store.path).map((b) => b.name)).toEqual(backupsBefore);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(besideStore().filter((f) => f.includes('restore'))).toEqual([]);
    expect((await call(core.handlers, 'notes:list', {})).notes.map((n) => n.text)).toEqual(['kept']);
  });

  it('leaves the store as it was when the backup’s rows refer to a series it lacks (found once every row was copied, before the commit)', async () => {
    const made = await call(core.handlers, 'backup:create', {});
    const file = path.join(backupsDir(store.path), made.name);
    const removed = store.db.prepare('SELECT id FROM series ORDER BY id LIMIT 1').pluck().get() as number;
    tamper(file, (db) => db.prepare('DELETE FROM series WHERE id = ?').run(removed));
    await call(core.handlers, 'releases:undo', { releaseId: (await call(core.handlers, 'releases:list', {}))[0]!.id });
    await pointsDrained(store.db);
    const before = storeContent(store.db);
    const backupsBefore = listBackups(store.path).map((b) => b.name);

    const result = await dispatch(core.handlers, 'backup:restore', { name: made.name });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: expect.stringMatching(/does not fit this store \(table \w+, row \d+, refers to a row of series that is not there/) },
    });
    expect(storeContent(store.db)).toBe(before);
    expect(attached(store.db)).toEqual(['main']);
    // the backup made before it removed again: the backups as they were too
    expect(listBackups(store.path).map((b) => b.name)).toEqual(backupsBefore);
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('refuses a backup whose table lacks a column before making any backup, the store unchanged', async () => {
    const made = await call(core.handlers, 'backup:create', {});
    tamper(path.join(backupsDir(store.path), made.name), (db) => db.exec('ALTER TABLE notes DROP COLUMN author'));
    const before = storeContent(store.db);
    const backupsBefore = listBackups(store.path).map((b) => b.name);

    expect(await dispatch(core.handlers, 'backup:restore', { name: made.name })).toEqual({
      ok: false,
      error: {
        code: 'bad-input',
        message: `nothing was restored: ${path.join(backupsDir(store.path), made.name)}: table notes has no column author, which a store of this version has`,
      },
    });
    expect(storeContent(store.db)).toBe(before);
    expect(listBackups(store.path).map((b) => b.name)).toEqual(backupsBefore);
    expect(besideStore().filter((f) => f.includes('restore'))).toEqual([]);
  });
});
