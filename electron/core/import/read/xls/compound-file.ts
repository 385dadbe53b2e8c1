// A legacy .xls is an OLE2 compound file: sectors chained by a table (the FAT), a directory of
// streams, and the workbook in a stream of BIFF records. Checked here, bounded, before LibreOffice
// is given it: every chain ends inside the file without looping, the workbook stream is there
// and its records fit. A problem is a sentence for the user (XlsDamage) with the place it was found.

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

export class XlsDamage extends Error {
  constructor(
    readonly place: string | null,
    message: string,
  ) {
    super(message);
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
  if (bytes.length < 512) throw new XlsDamage(null, `the file is ${bytes.length} bytes, shorter than an .xls header (512): file cut short?`);
  if (bytes.readUInt16LE(0x1c) !== 0xfffe) throw new XlsDamage('header', 'the .xls header is damaged (its byte-order mark is wrong)');
  const shift = bytes.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) throw new XlsDamage('header', `the .xls header is damaged (sector size 2^${shift}; Excel writes 512 or 4096)`);
  const sectorSize = 2 ** shift;
  const sectorCount = Math.ceil((bytes.length - sectorSize) / sectorSize);
  const layout: Layout = { bytes, sectorSize, sectorCount, fat: readFat(bytes, sectorSize, sectorCount) };
  const directory = readStream(layout, layout.fat, bytes.readUInt32LE(0x30), null, 'the directory');
  const entries = directoryEntries(directory);
  const root = entries.find((e) => e.type === ROOT);
  const workbook = entries.find((e) => e.type === STREAM && (e.name === 'Workbook' || e.name === 'Book'));
  if (!root || !workbook)
    throw new XlsDamage('directory', 'the file is an OLE2 compound file without an Excel workbook stream (another Office document, or a damaged .xls)');
  const cutoff = bytes.readUInt32LE(0x38);
  const stream =
    workbook.size >= cutoff
      ? readStream(layout, layout.fat, workbook.start, workbook.size, 'the workbook stream')
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
  if (fatSectors > sectorCount)
    throw new XlsDamage('header', `the .xls header lists ${fatSectors} table sectors in a file of ${sectorCount} (file cut short?)`);
  const list: number[] = [];
  for (let i = 0; i < Math.min(HEADER_FAT_ENTRIES, fatSectors); i++) list.push(bytes.readUInt32LE(0x4c + 4 * i));
  const perSector = sectorSize / 4 - 1;
  const seen = new Set<number>();
  for (let difat = bytes.readUInt32LE(0x44); list.length < fatSectors;) {
    if (difat >= sectorCount || seen.has(difat))
      throw new XlsDamage(`sector ${difat}`, 'the .xls sector table is damaged (its chain of table sectors breaks or loops)');
    seen.add(difat);
    const sector = sectorAt({ bytes, sectorSize }, difat);
    for (let i = 0; i < perSector && list.length < fatSectors; i++) list.push(sector.readUInt32LE(4 * i));
    difat = sector.readUInt32LE(4 * perSector);
  }
  const fat = new Uint32Array(fatSectors * (sectorSize / 4));
  list.forEach((s, i) => {
    if (s >= sectorCount) throw new XlsDamage(`sector ${s}`, 'the .xls sector table points outside the file (file cut short?)');
    const sector = sectorAt({ bytes, sectorSize }, s);
    for (let j = 0; j + 4 <= sector.length; j += 4) fat[i * (sectorSize / 4) + j / 4] = sector.readUInt32LE(j);
  });
  return fat;
}

/** The sectors of a chain, each once: a loop, a free sector or one outside the file is damage. */
function chain(table: Uint32Array, start: number, limit: number, what: string): number[] {
  const sectors: number[] = [];
  const seen = new Set<number>();
  for (let s = start; s !== END_OF_CHAIN; s = table[s]!) {
    if (s === FREE || s >= limit || s >= table.length)
      throw new XlsDamage(`sector ${s}`, `${what} runs outside the file's sectors (file cut short or damaged)`);
    if (seen.has(s)) throw new XlsDamage(`sector ${s}`, `${what} loops back on itself: the .xls is damaged`);
    seen.add(s);
    sectors.push(s);
  }
  return sectors;
}

function readStream(layout: Layout, table: Uint32Array, start: number, size: number | null, what: string): Buffer {
  const sectors = chain(table, start, layout.sectorCount, what);
  const whole = Buffer.concat(sectors.map((s) => sectorAt(layout, s)));
  if (size !== null && whole.length < size) throw new XlsDamage(null, `${what} is ${size} bytes but its sectors hold ${whole.length} (file cut short?)`);
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
  const miniStream = readStream(layout, layout.fat, root.start, root.size, 'the small-stream area');
  const miniFatBytes = readStream(layout, layout.fat, miniFatStart, null, 'the small-stream table');
  const miniFat = new Uint32Array(Math.floor(miniFatBytes.length / 4));
  for (let i = 0; i < miniFat.length; i++) miniFat[i] = miniFatBytes.readUInt32LE(4 * i);
  const sectors = chain(miniFat, workbook.start, Math.floor(miniStream.length / 64), 'the workbook stream');
  const whole = Buffer.concat(sectors.map((s) => miniStream.subarray(s * 64, s * 64 + 64)));
  if (whole.length < workbook.size) throw new XlsDamage(null, `the workbook stream is ${workbook.size} bytes but its sectors hold ${whole.length}`);
  return whole.subarray(0, workbook.size);
}

/** The BIFF records: a BOF first, none running past the stream, no password. */
function checkRecords(stream: Buffer): void {
  if (stream.length < 4 || !BOF_RECORDS.has(stream.readUInt16LE(0))) {
    throw new XlsDamage('workbook stream, byte 0', 'the workbook stream does not begin as an Excel workbook does (no BOF record)');
  }
  for (let at = 0; at + 4 <= stream.length;) {
    const type = stream.readUInt16LE(at);
    const length = stream.readUInt16LE(at + 2);
    if (type === FILEPASS) throw new XlsDamage(null, 'the workbook is protected with a password: open it in Excel, remove the password and save it as .xlsx');
    if (length > MAX_RECORD_BYTES)
      throw new XlsDamage(`workbook stream, byte ${at}`, `a record of ${length} bytes, longer than Excel's ${MAX_RECORD_BYTES}: the .xls is damaged`);
    if (at + 4 + length > stream.length)
      throw new XlsDamage(`workbook stream, byte ${at}`, 'the last record runs past the end of the workbook stream: the .xls is cut short or damaged');
    if (type === EOF && at + 4 + length === stream.length) return;
    at += 4 + length;
  }
}
