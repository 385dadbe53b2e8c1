// Minimal reader for the zip container of an .xlsx: central directory, stored and deflated entries.
// Only what a workbook needs; no zip64, no encryption. Errors say what is wrong with the container.
import { crc32, inflateRawSync } from 'node:zlib';

export class ZipError extends Error {
  constructor(
    readonly place: string | null,
    readonly detail: string,
  ) {
    super(detail);
    this.name = 'ZipError';
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly buf: Buffer) {
    if (buf.length >= 8 && buf.subarray(0, 8).equals(OLE2)) {
      throw new ZipError(null, 'file is an old binary Excel (.xls, OLE2) workbook, not an .xlsx workbook (no zip signature)');
    }
    if (buf.length < 4 || buf.readUInt32LE(0) !== SIG_LOCAL) {
      throw new ZipError(null, 'file is not an .xlsx workbook (no zip signature)');
    }
    const end = this.findEnd();
    if (end < 0) {
      throw new ZipError(null, `zip is truncated or damaged: no end-of-central-directory record in ${buf.length} bytes (file cut short?)`);
    }
    const count = buf.readUInt16LE(end + 10);
    const cdSize = buf.readUInt32LE(end + 12);
    const cdOffset = buf.readUInt32LE(end + 16);
    if (count === 0xffff || cdOffset === 0xffffffff) throw new ZipError(null, 'zip64 archives are not supported');
    if (cdOffset + cdSize > end) {
      throw new ZipError(null, `zip is truncated or damaged: central directory (offset ${cdOffset}, ${cdSize} bytes) runs past its end record at ${end}`);
    }
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > end || buf.readUInt32LE(p) !== SIG_CENTRAL) {
        throw new ZipError(null, `zip is damaged: central directory entry ${i + 1} of ${count} is missing at offset ${p}`);
      }
      const flags = buf.readUInt16LE(p + 8);
      const method = buf.readUInt16LE(p + 10);
      const crc = buf.readUInt32LE(p + 16);
      const compressedSize = buf.readUInt32LE(p + 20);
      const size = buf.readUInt32LE(p + 24);
      const nameLen = buf.readUInt16LE(p + 28);
      const extraLen = buf.readUInt16LE(p + 30);
      const commentLen = buf.readUInt16LE(p + 32);
      const localOffset = buf.readUInt32LE(p + 42);
      const name = buf.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen).replace(/\\/g, '/');
      this.entries.set(name.replace(/^\//, ''), { name, method, flags, crc, compressedSize, size, localOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
  }

  /** The end-of-central-directory record sits in the last 22..65557 bytes. */
  private findEnd(): number {
    const min = Math.max(0, this.buf.length - 22 - 0xffff);
    for (let i = this.buf.length - 22; i >= min; i--) {
      if (this.buf.readUInt32LE(i) === SIG_END) return i;
    }
    return -1;
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** Entry content as UTF-8 text; null when there is no such entry. */
  readText(name: string): string | null {
    const data = this.read(name);
    if (!data) return null;
    // A UTF-8 byte-order mark is allowed at the start of XML parts.
    const start = data.length >= 3 && data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
    return data.toString('utf8', start);
  }

  read(name: string): Buffer | null {
    const e = this.entries.get(name);
    if (!e) return null;
    if (e.flags & 0x1) throw new ZipError(name, 'zip entry is encrypted (password-protected workbook)');
    const p = e.localOffset;
    if (p + 30 > this.buf.length || this.buf.readUInt32LE(p) !== SIG_LOCAL) {
      throw new ZipError(name, `zip is damaged: no local header at offset ${p}`);
    }
    const dataStart = p + 30 + this.buf.readUInt16LE(p + 26) + this.buf.readUInt16LE(p + 28);
    const dataEnd = dataStart + e.compressedSize;
    if (dataEnd > this.buf.length) throw new ZipError(name, 'zip is truncated: entry data runs past the end of the file');
    const raw = this.buf.subarray(dataStart, dataEnd);
    let out: Buffer;
    if (e.method === 0) out = raw;
    else if (e.method === 8) {
      try {
        out = inflateRawSync(raw);
      } catch (err) {
        throw new ZipError(name, `zip entry cannot be inflated (damaged): ${(err as Error).message}`);
      }
    } else throw new ZipError(name, `zip compression method ${e.method} is not supported`);
    if (out.length !== e.size || crc32(out) >>> 0 !== e.crc >>> 0) {
      throw new ZipError(name, 'zip entry is damaged: size or CRC does not match the central directory');
    }
    return out;
  }
}
