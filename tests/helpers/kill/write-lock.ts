// Whether a process holds a store's write lock, seen from outside it: in WAL mode SQLite takes the
// write lock as a POSIX lock on byte 120 of the `-shm` file (the checkpoint lock, held while the
// log's pages are copied into the store file, on byte 121), which Linux lists in /proc/locks with
// the holder's pid. Elsewhere (no /proc/locks, or a sandbox that does not list them) the answer is
// unknown (null).
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const WAL_WRITE_LOCK_BYTE = 120;
const WAL_CHECKPOINT_LOCK_BYTE = 121;

/** Whether this system lists SQLite's locks: tried on a store of our own, holding its write lock. */
function locksListed(): boolean {
  if (!fs.existsSync('/proc/locks')) return false;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'iip-locks-'));
  const file = path.join(dir, 'probe.sqlite');
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.exec('BEGIN IMMEDIATE');
    return lockedBy(process.pid, file);
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** True when `pid` holds the write lock of `store`, false when not, null when this system cannot tell. */
export function holdsWriteLock(pid: number, store: string): boolean | null {
  return canSeeLocks ? lockedBy(pid, store) : null;
}

/** True when `pid` is copying the log into the store file (a checkpoint), false when not, null when this system cannot tell. */
export function holdsCheckpointLock(pid: number, store: string): boolean | null {
  return canSeeLocks ? lockedBy(pid, store, WAL_CHECKPOINT_LOCK_BYTE) : null;
}

function lockedBy(pid: number, store: string, byte = WAL_WRITE_LOCK_BYTE): boolean {
  let inode: bigint;
  try {
    inode = fs.statSync(`${store}-shm`, { bigint: true }).ino;
  } catch {
    return false;
  }
  // "1: POSIX  ADVISORY  WRITE 4242 fe:00:2146836 120 120" (waiters' lines have "->" after the number)
  for (const line of fs.readFileSync('/proc/locks', 'utf8').split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f[1] !== 'POSIX' || f[3] !== 'WRITE' || Number(f[4]) !== pid) continue;
    if (BigInt(f[5]!.split(':')[2]!) !== inode) continue;
    const end = f[7] === 'EOF' ? Infinity : Number(f[7]);
    if (Number(f[6]) <= byte && byte <= end) return true;
  }
  return false;
}

export const canSeeLocks: boolean = locksListed();
