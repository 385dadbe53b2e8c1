// Two `iip import` processes whose commits overlap, as real processes on a real store: a third
// process holds the store's write lock (as an import committing would) while the first import waits
// for it with a long busy timeout and the second, with a short one, gives up. The second is told the
// store is busy (exit 75, no stack trace) and stores nothing; once the lock is let go the first
// stores its release. Reads and a dry run go on meanwhile (WAL; a preview takes no lock).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/connection.js';
import { openStore } from '../../electron/core/store.js';
import { EXIT_BUSY } from '../../electron/cli/usage.js';
import { runIip } from '../helpers/cli.js';
import { StoreLockHolder } from '../helpers/store-lock.js';
import { tempDir } from '../helpers/temp.js';

const root = path.resolve(import.meta.dirname, '../..');
const FIRST_CSV = path.join(root, 'tests/fixtures/e2e/import-revision.csv');

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** `node bin/iip.js ARGS` with the busy timeout given; resolves when it exits. */
function iip(args: string[], busyTimeoutMs: number): { exited: Promise<Run>; running: () => boolean } {
  const child = spawn(process.execPath, ['bin/iip.js', ...args], { cwd: root, env: { ...process.env, IIP_BUSY_TIMEOUT_MS: String(busyTimeoutMs) } });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exited = new Promise<Run>((resolve) => child.on('close', (code) => resolve({ code, out, err })));
  return { exited, running: () => child.exitCode === null };
}

describe('two iip import processes at once', () => {
  let holder: StoreLockHolder | undefined;
  afterAll(async () => {
    await holder?.stop();
  });

  it('the second is told the store is busy (exit 75) and stores nothing; the first stores its release once the lock is free', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'iip.sqlite');
    openStore(db).db.close();
    const second = path.join(dir, 'second.csv');
    fs.writeFileSync(second, 'geo,item,measure,period,basis,unit,value,status\nVN,TOTAL,iip,2025-12,mom,pct,1.7,estimate\n');

    holder = StoreLockHolder.start(db);
    await holder.hold();
    const first = iip(['import', FIRST_CSV, '--db', db, '--name', 'First import', '--published', '2025-12-29'], 60_000);

    // while the lock is held: reads and a dry run (its preview stages figures in the temp schema) answer
    const releases = await iip(['releases', '--json', '--db', db], 300).exited;
    expect(releases.code).toBe(0);
    const dryRun = await iip(['import', second, '--db', db, '--dry-run'], 300).exited;
    expect(dryRun).toMatchObject({ code: 0, err: '' });
    expect(dryRun.out).toContain('Dry run: nothing stored.');

    const refused = await iip(['import', second, '--db', db, '--name', 'Second import', '--published', '2025-12-30'], 300).exited;
    expect(refused.code).toBe(EXIT_BUSY);
    expect(refused.err.trim()).toMatch(
      /^iip import: the store is busy: another import is running \(another window or iip command is writing to it; waited 300 ms\)\. Nothing was changed: try again when it has finished$/,
    );
    expect(refused.out).not.toContain('Stored release');
    // the first is still waiting for the lock (it started before the dry run, which has finished)
    expect(first.running()).toBe(true);

    await holder.release();
    const stored = await first.exited;
    expect(stored.err).toBe('');
    expect(stored.code).toBe(0);
    expect(stored.out).toMatch(/Stored release \d+: First import \(3 figures\)\./);

    const check = openDatabase(db);
    try {
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      const names = check.prepare("SELECT name FROM releases WHERE name IN ('First import', 'Second import')").pluck().all();
      expect(names).toEqual(['First import']);
      // the figures of the second file are nowhere in the store
      expect(check.prepare("SELECT COUNT(*) FROM figures WHERE period = '2025-12' AND basis = 'mom' AND value = 1.7").pluck().get()).toBe(0);
    } finally {
      check.close();
    }
  }, 120_000);

  it('every writing command says the store is busy and exits 75', async () => {
    const dir = tempDir();
    const db = path.join(dir, 'iip.sqlite');
    openStore(db).db.close();
    const copy = path.join(dir, 'copy.sqlite');
    expect((await runIip(['backup', copy, '--db', db])).code).toBe(0);
    const lockHolder = StoreLockHolder.start(db);
    await lockHolder.hold();
    // in this process the busy timeout comes from its environment
    const timeout = process.env.IIP_BUSY_TIMEOUT_MS;
    process.env.IIP_BUSY_TIMEOUT_MS = '50';
    try {
      for (const command of [
        ['undo', '1'],
        ['notes', 'add', '--geo', 'VN', '--item', 'TOTAL', '--text', 'while busy', '--author', 'Lan'],
        ['weights', 'import', path.join(root, 'tests/fixtures/contributions/weights-fixture.csv')],
        ['templates', '--delete', 'no such template'],
        ['import', FIRST_CSV],
        ['restore', copy],
      ]) {
        const run = await runIip([...command, '--db', db]);
        expect({ command, code: run.code, err: run.err }).toEqual({
          command,
          code: EXIT_BUSY,
          err: `iip ${command[0]}: the store is busy: another import is running (another window or iip command is writing to it; waited 50 ms). Nothing was changed: try again when it has finished`,
        });
      }
    } finally {
      if (timeout === undefined) delete process.env.IIP_BUSY_TIMEOUT_MS;
      else process.env.IIP_BUSY_TIMEOUT_MS = timeout;
      await lockHolder.stop();
    }
  });
});
