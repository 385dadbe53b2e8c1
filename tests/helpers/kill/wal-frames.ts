// What a store's write-ahead log holds after a kill, read from its bytes before anything reopens the
// store: the frames of committed transactions, and frames written after the last commit (a
// transaction cut off while SQLite was writing it). A frame counts only when its salts match the
// log's header and its running checksum holds, as SQLite's own recovery reads it.
import fs from 'node:fs';

export interface WalFrames {
  /** Frames up to and including the last commit frame. */
  committed: number;
  /** Valid frames after the last commit frame: a write in progress when the process died. */
  uncommitted: number;
}

const HEADER_BYTES = 32;
const FRAME_HEADER_BYTES = 24;

/** SQLite's WAL checksum over `bytes` (a multiple of 8), continuing from `[s0, s1]`. */
function checksum(bytes: Buffer, bigEndian: boolean, s: [number, number]): [number, number] {
  let [s0, s1] = s;
  for (let i = 0; i < bytes.length; i += 8) {
    const x0 = bigEndian ? bytes.readUInt32BE(i) : bytes.readUInt32LE(i);
    const x1 = bigEndian ? bytes.readUInt32BE(i + 4) : bytes.readUInt32LE(i + 4);
    s0 = (s0 + x0 + s1) >>> 0;
    s1 = (s1 + x1 + s0) >>> 0;
  }
  return [s0, s1];
}

/** The frames of `<store>-wal`; none when there is no log or its header is not valid. */
export function walFrames(store: string): WalFrames {
  const none = { committed: 0, uncommitted: 0 };
  let log: Buffer;
  try {
    log = fs.readFileSync(`${store}-wal`);
  } catch {
    return none;
  }
  if (log.length < HEADER_BYTES) return none;
  const magic = log.readUInt32BE(0);
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return none;
  const bigEndian = (magic & 1) === 1;
  const pageSize = log.readUInt32BE(8);
  const salts = log.subarray(16, 24);
  let sum = checksum(log.subarray(0, 24), bigEndian, [0, 0]);
  if (sum[0] !== log.readUInt32BE(24) || sum[1] !== log.readUInt32BE(28)) return none;
  let frames = 0;
  let committed = 0;
  for (let at = HEADER_BYTES; at + FRAME_HEADER_BYTES + pageSize <= log.length; at += FRAME_HEADER_BYTES + pageSize) {
    if (!log.subarray(at + 8, at + 16).equals(salts)) break;
    sum = checksum(log.subarray(at, at + 8), bigEndian, sum);
    sum = checksum(log.subarray(at + FRAME_HEADER_BYTES, at + FRAME_HEADER_BYTES + pageSize), bigEndian, sum);
    if (sum[0] !== log.readUInt32BE(at + 16) || sum[1] !== log.readUInt32BE(at + 20)) break;
    frames++;
    if (log.readUInt32BE(at + 4) !== 0) committed = frames;
  }
  return { committed, uncommitted: frames - committed };
}

/**
 * Whether the store file is shorter than its header says: a checkpoint (copying the log's pages
 * into the file, first page first) cut by the kill. The log still holds every page: SQLite's
 * recovery reads them from it, so the store is whole, though the file alone looks cut short.
 */
export function checkpointCut(store: string): boolean {
  let header: Buffer;
  let size: number;
  try {
    const fd = fs.openSync(store, 'r');
    try {
      size = fs.fstatSync(fd).size;
      header = Buffer.alloc(100);
      if (fs.readSync(fd, header, 0, 100, 0) < 100) return false;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
  const countValid = header.readUInt32BE(92) === header.readUInt32BE(24);
  return countValid && size < header.readUInt32BE(28) * pageSize;
}

/** The last committed version of page `page` in `<store>-wal` (what a checkpoint would write), or null. */
export function committedPage(store: string, page: number): Buffer | null {
  const log = fs.readFileSync(`${store}-wal`);
  const { committed } = walFrames(store);
  const pageSize = log.readUInt32BE(8);
  let found: Buffer | null = null;
  for (let frame = 0; frame < committed; frame++) {
    const at = HEADER_BYTES + frame * (FRAME_HEADER_BYTES + pageSize);
    if (log.readUInt32BE(at) === page) found = log.subarray(at + FRAME_HEADER_BYTES, at + FRAME_HEADER_BYTES + pageSize);
  }
  return found;
}
