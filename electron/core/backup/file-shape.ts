// A store file's shape from its first 100 bytes, before SQLite opens it (cheap: done at every start,
// by the CLI too): missing, empty, not an SQLite database, or shorter than its header says.
import fs from 'node:fs';

const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_BYTES = 100;

export type FileShape = { kind: 'missing' } | { kind: 'fine' } | { kind: 'empty' | 'not-sqlite' | 'truncated'; detail: string };

/** A store file's shape from its header alone (cheap: done at every start before opening). */
export function examineFile(file: string): FileShape {
  if (!fs.existsSync(file)) return { kind: 'missing' };
  const size = fs.statSync(file).size;
  if (size === 0) return { kind: 'empty', detail: 'the file is empty (0 bytes)' };
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = fs.openSync(file, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (read < HEADER_BYTES || !header.subarray(0, 16).equals(SQLITE_MAGIC))
    return { kind: 'not-sqlite', detail: `the file (${size} bytes) does not start as an SQLite database` };
  const rawPageSize = header.readUInt16BE(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  const pages = header.readUInt32BE(28);
  // the page count in the header holds only while its "valid for" counter matches the change counter,
  // and not while a write-ahead log is waiting beside it (a checkpoint cut short is finished from it)
  const walWaiting = fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0;
  const countValid = header.readUInt32BE(92) === header.readUInt32BE(24) && !walWaiting;
  if (size % pageSize !== 0 || (countValid && size < pages * pageSize))
    return {
      kind: 'truncated',
      detail: `the file is cut short: ${size} bytes where its header says ${pages} pages of ${pageSize} bytes (${pages * pageSize} bytes)`,
    };
  return { kind: 'fine' };
}
