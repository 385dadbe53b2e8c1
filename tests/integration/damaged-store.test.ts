// A damaged store at start and in the CLI: never written to, opened read-only by the app (which
// says so through backup:status and refuses writes with the store's own error code), the CLI
// stopping with the way out; an empty store file kept aside, never refilled from the embedded dataset.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { checkAtStart, healthOf, healthSettled } from '../../electron/core/backup/health.js';
import { openStoreAtStart } from '../../electron/core/backup/start.js';
import { createCore } from '../../electron/core/handlers.js';
import { dispatch } from '../../electron/core/dispatch.js';
import { openStore } from '../../electron/core/store.js';
import { runIip } from '../helpers/cli.js';
import { tempDir, tempStorePath } from '../helpers/temp.js';

let base: string;
let backupName: string;
beforeAll(async () => {
  base = tempStorePath();
  openStore(base).db.close();
});

/** A copy of the seeded store with its backups folder, so the way out has a backup to name. */
async function storeWithBackup(): Promise<string> {
  const file = tempStorePath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.copyFileSync(base, file);
  const store = openStore(file);
  const core = createCore({ db: store.db, storePath: file });
  const made = await dispatch(core.handlers, 'backup:create', {});
  core.close();
  store.db.close();
  backupName = (made as { ok: true; value: { name: string } }).value.name;
  return file;
}

/** Overwrites `count` pages in the middle of the file with garbage (a copy's damage, as a bad disk leaves it). */
function damagePages(file: string, count: number): void {
  const bytes = fs.readFileSync(file);
  const pageSize = bytes.readUInt16BE(16);
  const pages = bytes.length / pageSize;
  for (let p = Math.floor(pages / 2); p < Math.floor(pages / 2) + count; p++) for (let i = 0; i < pageSize; i++) bytes[p * pageSize + i] = (i * 31 + p) & 0xff;
  fs.writeFileSync(file, bytes);
}

const digest = (file: string): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('a damaged store', () => {
  it('is never written by the CLI: iip import stops with the way out, the file unchanged', async () => {
    const db = await storeWithBackup();
    damagePages(db, 16);
    const before = digest(db);
    const csv = path.join(tempDir(), 'one.csv');
    fs.writeFileSync(csv, 'geo,item,measure,period,basis,unit,value,status\nVN,TOTAL,iip,2030-01,yoy,pct,7.7,official\n');
    const run = await runIip(['import', csv, '--name', 'One', '--publisher', 'Test', '--published', '2030-02-01', '--db', db]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^iip import: (the store failed its check while being backed up, so nothing was changed|the store file is damaged)/);
    expect(run.err).toContain(`To bring back the newest backup`);
    expect(run.err).toContain(`iip restore ${backupName} --db "${db}"`);
    expect(run.err).not.toContain('one.csv');
    expect(digest(db)).toBe(before);
    const check = await runIip(['check', '--db', db]);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/problems?\./);
  });

  it('opens read-only at start, says so, refuses writes with store-damaged, and a backup restored brings it back', async () => {
    const db = await storeWithBackup();
    damagePages(db, 16);
    const store = await openStoreAtStart(db, openStore);
    const core = createCore({ db: store.db, storePath: db });
    await healthSettled(store.db);
    try {
      const status = await dispatch(core.handlers, 'backup:status', {});
      expect(status).toMatchObject({ ok: true, value: { readOnly: true, state: 'damaged' } });
      const undo = await dispatch(core.handlers, 'releases:undo', { releaseId: 1 });
      expect(undo).toMatchObject({ ok: false, error: { code: 'store-damaged' } });
      expect(!undo.ok && undo.error.message).toMatch(/open read-only and nothing was changed/);
      const restored = await dispatch(core.handlers, 'backup:restore', { name: backupName });
      expect(restored).toMatchObject({ ok: true, value: { restored: backupName, restartNeeded: true } });
    } finally {
      core.close();
      store.db.close();
    }
    const reopened = await openStoreAtStart(db, openStore);
    expect((await runIip(['check', '--db', db])).code).toBe(0);
    reopened.db.close();
  });
});

describe('the start check of a large store, in a worker', () => {
  it('keeps the store query-only while it runs and after it finds damage', async () => {
    const db = await storeWithBackup();
    damagePages(db, 16);
    const store = { db: new Database(db), path: db };
    try {
      const checking = checkAtStart(store.db, null, 0);
      expect(healthOf(store.db).state).toBe('checking');
      expect(() => store.db.prepare('DELETE FROM notes').run()).toThrow(/readonly/);
      const health = await checking;
      expect(health.state).toBe('damaged');
      expect(health.problems.length).toBeGreaterThan(0);
      expect(() => store.db.prepare('DELETE FROM notes').run()).toThrow(/readonly/);
    } finally {
      store.db.close();
    }
  });

  it('lets writes through once a sound store has passed', async () => {
    const store = { db: new Database(await storeWithBackup()), path: '' };
    try {
      expect(await checkAtStart(store.db, null, 0)).toMatchObject({ state: 'ok', problems: [] });
      expect(() => store.db.prepare('DELETE FROM notes').run()).not.toThrow();
    } finally {
      store.db.close();
    }
  });
});

describe('an empty store file', () => {
  it('is kept aside by the CLI, reported, and not refilled', async () => {
    const db = await storeWithBackup();
    fs.writeFileSync(db, '');
    const run = await runIip(['releases', '--db', db]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`The store ${db} cannot be used: the file is empty (0 bytes).`);
    const aside = fs.readdirSync(path.dirname(db)).filter((f) => f.startsWith('iip.sqlite.empty-'));
    expect(aside).toHaveLength(1);
    expect(run.err).toContain(`It was kept aside as ${path.join(path.dirname(db), aside[0]!)}; nothing was refilled over it.`);
    expect(run.err).toContain(`iip restore ${backupName}`);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('cut short is kept aside by the CLI the same way, naming how short', async () => {
    const db = await storeWithBackup();
    const bytes = fs.readFileSync(db);
    fs.writeFileSync(db, bytes.subarray(0, bytes.length / 2));
    const run = await runIip(['get', '--geo', 'VN', '--item', 'TOTAL', '--period', '2025-11', '--basis', 'mom', '--db', db]);
    expect(run.code).toBe(1);
    expect(run.err).toContain(`The store ${db} cannot be used: the file is cut short: ${bytes.length / 2} bytes where its header says`);
    expect(fs.readdirSync(path.dirname(db)).filter((f) => f.startsWith('iip.sqlite.truncated-'))).toHaveLength(1);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('is kept aside by the app, which starts a new store and reports what it set aside', async () => {
    const db = await storeWithBackup();
    fs.writeFileSync(db, '');
    const store = await openStoreAtStart(db, openStore);
    const core = createCore({ db: store.db, storePath: db });
    const status = await dispatch(core.handlers, 'backup:status', {});
    core.close();
    store.db.close();
    expect(status).toMatchObject({ ok: true, value: { keptAside: expect.stringMatching(/iip\.sqlite\.empty-\d{4}-/) as unknown } });
    const list = await runIip(['backups', '--json', '--db', db]);
    expect((JSON.parse(list.out) as { backups: { name: string }[] }).backups.map((b) => b.name)).toContain(backupName);
  });
});
