// The parts of a zip (an .xlsx is one) as its central directory lists them, with where each one's
// compressed bytes lie, read from the bytes alone and checked against the file's length. Nothing is
// inflated here (zip-bounds.ts does that, bounded). A problem is a sentence for the user: ZipDamage.
import { said, sayImport, type ImportSaid } from '../../../../shared/messages/import.js';

const END_RECORD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END_RECORD = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
/** A 32-bit size or offset of all ones: the real one is in the zip64 extra field. */
const IN_ZIP64 = 0xffffffff;
/** The end record (22 bytes) may be followed by a comment of up to 64 KiB. */
const END_RECORD_SEARCH = 22 + 0xffff;

export interface ZipPart {
  name: string;
  /** 0 stored, 8 deflated: the only two methods Excel (and the zip reader exceljs uses) knows. */
  method: number;
  /** As the directory states it: a lie is found when the part is inflated. */
  declaredSize: number;
  /** The compressed bytes, a view into the file. */
  data: Buffer;
}

/** What is wrong with the zip, in words for the user (the reader adds the file's name). */
export class ZipDamage extends Error {
  constructor(readonly said: ImportSaid) {
    super(sayImport(said, 'en'));
  }
}

/** The zip's parts in directory order; ZipDamage when the directory or a part's header is not where it says. */
export function zipParts(bytes: Buffer, maxParts: number): ZipPart[] {
  const end = endRecordAt(bytes);
  let count = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || offset === IN_ZIP64) ({ count, offset } = zip64Directory(bytes, end));
  if (count > maxParts) throw new ZipDamage(said('zip.too-many-parts', { count, limit: maxParts }));
  const parts: ZipPart[] = [];
  for (let i = 0, at = offset; i < count; i++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) {
      throw new ZipDamage(said('zip.directory-damaged', { entry: i + 1, count }));
    }
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.length) throw new ZipDamage(said('zip.directory-cut-short', { entry: i + 1, count }));
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const sizes = withZip64(
      { compressed: bytes.readUInt32LE(at + 20), declared: bytes.readUInt32LE(at + 24), local: bytes.readUInt32LE(at + 42) },
      bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength),
    );
    parts.push({ name, method: bytes.readUInt16LE(at + 10), declaredSize: sizes.declared, data: partData(bytes, name, sizes) });
    at = next;
  }
  return parts;
}

function endRecordAt(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_RECORD_SEARCH); at--) {
    if (bytes.readUInt32LE(at) === END_RECORD) return at;
  }
  throw new ZipDamage(said('zip.no-end-record', { bytes: bytes.length }));
}

function zip64Directory(bytes: Buffer, end: number): { count: number; offset: number } {
  const locator = end - 20;
  if (locator < 0 || bytes.readUInt32LE(locator) !== ZIP64_LOCATOR) throw new ZipDamage(said('zip.directory-nowhere'));
  const record = safeNumber(bytes.readBigUInt64LE(locator + 8));
  if (record + 56 > bytes.length || bytes.readUInt32LE(record) !== ZIP64_END_RECORD) throw new ZipDamage(said('zip.directory-misplaced'));
  return { count: safeNumber(bytes.readBigUInt64LE(record + 32)), offset: safeNumber(bytes.readBigUInt64LE(record + 48)) };
}

interface Sizes {
  compressed: number;
  declared: number;
  local: number;
}

/** Sizes and offset given as all ones are read from the zip64 extra field, in its fixed order. */
function withZip64(sizes: Sizes, extra: Buffer): Sizes {
  if (sizes.compressed !== IN_ZIP64 && sizes.declared !== IN_ZIP64 && sizes.local !== IN_ZIP64) return sizes;
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + length || field + 8 > extra.length) throw new ZipDamage(said('zip.sizes-missing'));
        const value = safeNumber(extra.readBigUInt64LE(field));
        field += 8;
        return value;
      };
      const declared = sizes.declared === IN_ZIP64 ? next() : sizes.declared;
      const compressed = sizes.compressed === IN_ZIP64 ? next() : sizes.compressed;
      const local = sizes.local === IN_ZIP64 ? next() : sizes.local;
      return { compressed, declared, local };
    }
    at += 4 + length;
  }
  throw new ZipDamage(said('zip.sizes-missing'));
}

/** Past 2^53 a size cannot be a real one; the file's length bounds every offset anyway. */
function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function partData(bytes: Buffer, name: string, { compressed, local }: Sizes): Buffer {
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER) throw new ZipDamage(said('zip.part-misplaced', { part: shortName(name) }));
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  if (start + compressed > bytes.length) throw new ZipDamage(said('zip.part-past-end', { part: shortName(name) }));
  return bytes.subarray(start, start + compressed);
}

/** A part's name as a message quotes it: at most 80 characters. */
export const shortName = (name: string): string => JSON.stringify(name.length > 80 ? `${name.slice(0, 79)}…` : name);
