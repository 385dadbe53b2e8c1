// Whether a process holds a store's write lock, seen from outside it: in WAL mode SQLite takes the
// write lock as a POSIX lock on byte 120 of the `-shm` file, which Linux lists in /proc/locks with
// the holder's pid. Elsewhere (no /proc/locks) the answer is unknown (null).
import fs from 'node:fs';

const WAL_WRITE_LOCK_BYTE = 120;

export const canSeeLocks = fs.existsSync('/proc/locks');

/** True when `pid` holds the write lock of `store`, false when not, null when this system cannot tell. */
export function holdsWriteLock(pid: number, store: string): boolean | null {
  if (!canSeeLocks) return null;
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
    if (Number(f[6]) <= WAL_WRITE_LOCK_BYTE && WAL_WRITE_LOCK_BYTE <= end) return true;
  }
  return false;
}
