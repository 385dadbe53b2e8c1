// A legacy .xls is an OLE2 compound file: sectors chained by a table (the FAT), a directory of
// streams, and the workbook in a stream of BIFF records. Checked here, bounded, before LibreOffice
// is given it: every chain ends inside the file without looping, the workbook stream is there
// and its records fit. A problem is a sentence for the user (XlsDamage) with the place it was found.
import { said, sayImport, type ImportSaid } from '../../../../shared/messages/import.js';
import { sayPlace, type Place } from '../../../../shared/messages/place.js';

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const HEADER_FAT_ENTRIES = 109;
const DIRECTORY_ENTRY_BYTES = 128;
const STREAM = 2;
const ROOT = 5;
/** A BIFF8 record holds at most 8,224 bytes after its 4-byte header. */
const MAX_RECORD_BYTES = 8224;
const BOF_RECORDS = new Set([0x0809, 0x0409, 0x0209, 0x0009]);
const FILEPASS = 0x002f;
const EOF = 0x000a;
const HEADER: Place = [['header', '']];
const streamByte = (at: number): Place => [
  ['stream', ''],
  ['byte', at],
];

/** What is wrong with the .xls, as a message of the import catalogue, with where (`place` in English words). */
export class XlsDamage extends Error {
  readonly place: string | null;
  constructor(
    readonly where: Place | null,
    readonly said: ImportSaid,
  ) {
    super(sayImport(said, 'en'));
    this.place = where ? sayPlace(where, 'en') : null;
  }
}

interface Layout {
  bytes: Buffer;
  sectorSize: number;
  sectorCount: number;
  fat: Uint32Array;
}

/** Throws XlsDamage when the compound file or its workbook stream is damaged or not an Excel workbook. */
export function checkXlsContainer(bytes: Buffer): void {
  if (bytes.length < 512) throw new XlsDamage(null, said('xls.too-short', { bytes: bytes.length }));
  if (bytes.readUInt16LE(0x1c) !== 0xfffe) throw new XlsDamage(HEADER, said('xls.header-byte-order'));
  const shift = bytes.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) throw new XlsDamage(HEADER, said('xls.header-sector-size', { shift }));
  const sectorSize = 2 ** shift;
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  const layout: Layout = { bytes, sectorSize, sectorCount, fat: readFat(bytes, sectorSize, sectorCount) };
  const directory = readStream(layout, layout.fat, bytes.readUInt32LE(0x30), null, said('xls.the-directory'));
  const entries = directoryEntries(directory);
  const root = entries.find((e) => e.type === ROOT);
  const workbook = entries.find((e) => e.type === STREAM && (e.name === 'Workbook' || e.name === 'Book'));
  if (!root || !workbook) throw new XlsDamage([['directory', '']], said('xls.no-workbook-stream'));
  const cutoff = bytes.readUInt32LE(0x38);
  const stream =
    workbook.size >= cutoff
      ? readStream(layout, layout.fat, workbook.start, workbook.size, said('xls.the-workbook-stream'))
      : readMiniStream(layout, root, workbook, bytes.readUInt32LE(0x3c));
  checkRecords(stream);
}

function sectorAt(layout: Pick<Layout, 'bytes' | 'sectorSize'>, sector: number): Buffer {
  const start = (sector + 1) * layout.sectorSize;
  return layout.bytes.subarray(start, Math.min(layout.bytes.length, start + layout.sectorSize));
}

/** The FAT's sectors from the header and the DIFAT chain, then the FAT itself. */
function readFat(bytes: Buffer, sectorSize: number, sectorCount: number): Uint32Array {
  const fatSectors = bytes.readUInt32LE(0x2c);
  if (fatSectors > sectorCount) throw new XlsDamage(HEADER, said('xls.header-table-sectors', { listed: fatSectors, count: sectorCount }));
  const list: number[] = [];
  for (let i = 0; i < Math.min(HEADER_FAT_ENTRIES, fatSectors); i++) list.push(bytes.readUInt32LE(0x4c + 4 * i));
  const perSector = sectorSize / 4 - 1;
  const seen = new Set<number>();
  for (let difat = bytes.readUInt32LE(0x44); list.length < fatSectors;) {
    if (difat >= sectorCount || seen.has(difat)) throw new XlsDamage([['sector', difat]], said('xls.table-chain-broken'));
    seen.add(difat);
    const sector = sectorAt({ bytes, sectorSize }, difat);
    for (let i = 0; i < perSector && list.length < fatSectors; i++) list.push(sector.readUInt32LE(4 * i));
    difat = sector.readUInt32LE(4 * perSector);
  }
  const fat = new Uint32Array(fatSectors * (sectorSize / 4));
  list.forEach((s, i) => {
    if (s >= sectorCount) throw new XlsDamage([['sector', s]], said('xls.table-outside'));
    const sector = sectorAt({ bytes, sectorSize }, s);
    for (let j = 0; j + 4 <= sector.length; j += 4) fat[i * (sectorSize / 4) + j / 4] = sector.readUInt32LE(j);
  });
  return fat;
}

/** The sectors of a chain, each once: a loop, a free sector or one outside the file is damage. */
function chain(table: Uint32Array, start: number, limit: number, what: ImportSaid): number[] {
  const sectors: number[] = [];
  const seen = new Set<number>();
  for (let s = start; s !== END_OF_CHAIN; s = table[s]!) {
    if (s === FREE || s >= limit || s >= table.length) throw new XlsDamage([['sector', s]], said('xls.chain-outside', { what }));
    if (seen.has(s)) throw new XlsDamage([['sector', s]], said('xls.chain-loops', { what }));
    seen.add(s);
    sectors.push(s);
  }
  return sectors;
}

function readStream(layout: Layout, table: Uint32Array, start: number, size: number | null, what: ImportSaid): Buffer {
  const sectors = chain(table, start, layout.sectorCount, what);
  const whole = Buffer.concat(sectors.map((s) => sectorAt(layout, s)));
  if (size !== null && whole.length < size) throw new XlsDamage(null, said('xls.stream-short', { what, size, held: whole.length }));
  return size === null ? whole : whole.subarray(0, size);
}

interface Entry {
  name: string;
  type: number;
  start: number;
  size: number;
}

function directoryEntries(directory: Buffer): Entry[] {
  const entries: Entry[] = [];
  for (let at = 0; at + DIRECTORY_ENTRY_BYTES <= directory.length; at += DIRECTORY_ENTRY_BYTES) {
    const nameBytes = Math.min(64, directory.readUInt16LE(at + 64));
    const name = directory.toString('utf16le', at, at + Math.max(0, nameBytes - 2));
    // The size's high 32 bits are left out: files of 512-byte sectors may hold anything there, and no .xls is 4 GB.
    entries.push({ name, type: directory.readUInt8(at + 66), start: directory.readUInt32LE(at + 116), size: directory.readUInt32LE(at + 120) });
  }
  return entries;
}

/** A small workbook lives in the mini stream (the root entry's), chained by the mini table. */
function readMiniStream(layout: Layout, root: Entry, workbook: Entry, miniFatStart: number): Buffer {
  const miniStream = readStream(layout, layout.fat, root.start, root.size, said('xls.the-small-stream-area'));
  const miniFatBytes = readStream(layout, layout.fat, miniFatStart, null, said('xls.the-small-stream-table'));
  const miniFat = new Uint32Array(Math.floor(miniFatBytes.length / 4));
  for (let i = 0; i < miniFat.length; i++) miniFat[i] = miniFatBytes.readUInt32LE(4 * i);
  const sectors = chain(miniFat, workbook.start, Math.floor(miniStream.length / 64), said('xls.the-workbook-stream'));
  const whole = Buffer.concat(sectors.map((s) => miniStream.subarray(s * 64, s * 64 + 64)));
  if (whole.length < workbook.size)
    throw new XlsDamage(null, said('xls.stream-short', { what: said('xls.the-workbook-stream'), size: workbook.size, held: whole.length }));
  return whole.subarray(0, workbook.size);
}

/** The BIFF records: a BOF first, none running past the stream, no password. */
function checkRecords(stream: Buffer): void {
  if (stream.length < 4 || !BOF_RECORDS.has(stream.readUInt16LE(0))) {
    throw new XlsDamage(streamByte(0), said('xls.no-bof'));
  }
  for (let at = 0; at + 4 <= stream.length;) {
    const type = stream.readUInt16LE(at);
    const length = stream.readUInt16LE(at + 2);
    if (type === FILEPASS) throw new XlsDamage(null, said('xls.password'));
    if (length > MAX_RECORD_BYTES) throw new XlsDamage(streamByte(at), said('xls.record-too-long', { length, limit: MAX_RECORD_BYTES }));
    if (at + 4 + length > stream.length) throw new XlsDamage(streamByte(at), said('xls.record-past-end'));
    if (type === EOF && at + 4 + length === stream.length) return;
    at += 4 + length;
  }
}
