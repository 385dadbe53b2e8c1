// What the kill tests count as a kill inside a write: the store's write lock held (read from
// /proc/locks), and frames after the last commit in the write-ahead log. Both read off a real store
// at known moments of a transaction.
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { walFrames } from '../helpers/kill/wal-frames.js';
import { canSeeLocks, holdsWriteLock } from '../helpers/kill/write-lock.js';
import { tempDir } from '../helpers/temp.js';

function walStore(): { db: Database.Database; file: string } {
  const file = path.join(tempDir(), 'store.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  return { db, file };
}

describe('evidence of a kill inside a write', () => {
  it('counts committed frames, and frames a transaction spilled to the log before its commit', () => {
    const { db, file } = walStore();
    const committed = walFrames(file).committed;
    expect(committed).toBeGreaterThan(0);
    expect(walFrames(file).uncommitted).toBe(0);
    // a page cache of 10 pages: a large transaction writes pages to the log before it commits
    db.pragma('cache_size = 10');
    const insert = db.prepare('INSERT INTO t (text) VALUES (?)');
    db.exec('BEGIN');
    for (let i = 0; i < 2000; i++) insert.run('x'.repeat(200));
    // the log as a kill at this moment would leave it
    const cut = path.join(path.dirname(file), 'cut.sqlite');
    fs.copyFileSync(`${file}-wal`, `${cut}-wal`);
    db.exec('COMMIT');
    expect(walFrames(cut)).toEqual({ committed, uncommitted: expect.any(Number) });
    expect(walFrames(cut).uncommitted).toBeGreaterThan(20);
    expect(walFrames(file).uncommitted).toBe(0);
    expect(walFrames(file).committed).toBeGreaterThan(committed + 20);
    db.close();
  });

  it('stops at a frame whose checksum does not hold', () => {
    const { db, file } = walStore();
    db.prepare('INSERT INTO t (text) VALUES (?)').run('first');
    db.prepare('INSERT INTO t (text) VALUES (?)').run('second');
    const frames = walFrames(file).committed;
    const log = fs.readFileSync(`${file}-wal`);
    const pageSize = log.readUInt32BE(8);
    const damaged = path.join(path.dirname(file), 'damaged.sqlite');
    // one byte of the last frame's page changed
    log[log.length - pageSize + 100]! ^= 0xff;
    fs.writeFileSync(`${damaged}-wal`, log);
    expect(walFrames(damaged).committed).toBeLessThan(frames);
    expect(walFrames(path.join(path.dirname(file), 'none.sqlite'))).toEqual({ committed: 0, uncommitted: 0 });
    db.close();
  });

  it.runIf(canSeeLocks)('sees the write lock held during a write transaction, and not outside it', () => {
    const { db, file } = walStore();
    expect(holdsWriteLock(process.pid, file)).toBe(false);
    db.exec('BEGIN IMMEDIATE');
    expect(holdsWriteLock(process.pid, file)).toBe(true);
    expect(holdsWriteLock(process.pid + 1, file)).toBe(false);
    db.exec('COMMIT');
    expect(holdsWriteLock(process.pid, file)).toBe(false);
    db.close();
  });
});
