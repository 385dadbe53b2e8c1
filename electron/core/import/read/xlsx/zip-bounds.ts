// A workbook's zip inflated once, bounded, before exceljs is given it: a small file can expand to
// gigabytes (a 0.9 MB workbook holding one 200 MB text took exceljs 219 s and 5 GB). Each part is
// inflated as a stream, counting the bytes it really gives (a zip's stated sizes can lie) and, in
// the sheets and shared strings, cells, strings and the longest text between two tags; the first
// limit passed stops the reading with a message naming it.
import zlib from 'node:zlib';
import { shortName, ZipDamage, zipParts, type ZipPart } from './zip-directory.js';

const MB = 2 ** 20;

/** What a workbook may hold. The monthly releases of 2018–2025 hold at most 5 MB inflated, 91,280 cells, 809 strings, 134 characters in one text. */
export const WORKBOOK_LIMITS = {
  /** All parts together, inflated. */
  expandedBytes: 160 * MB,
  /** Cells in all sheets (exceljs needs 600–900 bytes a cell: 2 million fit the worker's memory). */
  cells: 2_000_000,
  sharedStrings: 2_000_000,
  /** The shared strings part, inflated (exceljs took 14 s and 680 MB on 100 MB of them; a release has under 0.2 MB). */
  sharedStringsBytes: 32 * MB,
  /** One text or tag in a sheet or the shared strings: an Excel cell holds at most 32,767 characters (6 bytes each as XML at worst). */
  textBytes: 256 * 1024,
  parts: 10_000,
} as const;

export type WorkbookLimits = { [K in keyof typeof WORKBOOK_LIMITS]: number };

/** Cells, strings and the bytes read, counted over all parts. */
interface Counts {
  expanded: number;
  cells: number;
  sharedStrings: number;
}

/** Throws ZipDamage (a sentence for the user) when the zip is damaged or holds more than the limits allow. */
export async function checkWorkbookZip(bytes: Buffer, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<void> {
  const parts = zipParts(bytes, limits.parts);
  const declared = parts.reduce((sum, p) => sum + p.declaredSize, 0);
  if (declared > limits.expandedBytes) throw new ZipDamage(tooLarge(limits, `its zip says ${(declared / MB).toFixed(0)} MB`));
  const counts: Counts = { expanded: 0, cells: 0, sharedStrings: 0 };
  for (const part of parts) await inflatePart(part, counts, limits);
}

const tooLarge = (limits: WorkbookLimits, how: string): string =>
  `the workbook expands to more than ${limits.expandedBytes / MB} MB when unzipped (${how}); monthly releases expand to about 5 MB: not a workbook the app can read safely (a zip bomb?)`;

const isSheet = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);
const isSharedStrings = (name: string): boolean => /^xl\/sharedStrings\.xml$/i.test(name);

async function inflatePart(part: ZipPart, counts: Counts, limits: WorkbookLimits): Promise<void> {
  if (part.name.endsWith('/') && part.declaredSize === 0) return; // a folder
  const scan = isSheet(part.name) || isSharedStrings(part.name) ? new XmlScan(part.name, counts, limits) : null;
  const partLimit = isSharedStrings(part.name) ? limits.sharedStringsBytes : Infinity;
  let size = 0;
  for await (const chunk of inflated(part)) {
    size += chunk.length;
    if (size > partLimit) {
      throw new ZipDamage(`the workbook's texts (${shortName(part.name)}) take more than ${partLimit / MB} MB unzipped; a monthly release's take under 1 MB`);
    }
    counts.expanded += chunk.length;
    if (counts.expanded > limits.expandedBytes) throw new ZipDamage(tooLarge(limits, `${shortName(part.name)} alone gives ${(size / MB).toFixed(0)} MB`));
    scan?.take(chunk);
  }
  if (size !== part.declaredSize) {
    throw new ZipDamage(`the part ${shortName(part.name)} is damaged: it unzips to ${size} bytes where the zip says ${part.declaredSize}`);
  }
}

async function* inflated(part: ZipPart): AsyncGenerator<Buffer> {
  if (part.method === 0) {
    yield part.data;
    return;
  }
  if (part.method !== 8) throw new ZipDamage(`the part ${shortName(part.name)} is compressed with method ${part.method}; Excel uses deflate (8) or none (0)`);
  const stream = zlib.createInflateRaw();
  stream.end(part.data);
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch {
    throw new ZipDamage(`the part ${shortName(part.name)} is damaged: its compressed bytes do not unzip`);
  } finally {
    stream.destroy();
  }
}

const LT = 0x3c;

/**
 * Counts cells (`<c `) and shared strings (`<si>`) and finds the longest stretch between two `<` in
 * an XML part given in chunks: a text (or tag) that long is no cell Excel wrote.
 */
class XmlScan {
  /** Bytes since the last `<`. */
  private run = 0;
  /** The first bytes of a tag whose name a chunk cut off, waiting for the next chunk. */
  private pending: string | null = null;

  constructor(
    private readonly name: string,
    private readonly counts: Counts,
    private readonly limits: WorkbookLimits,
  ) {}

  take(chunk: Buffer): void {
    if (this.pending !== null) {
      const head = this.pending + chunk.toString('latin1', 0, 3 - this.pending.length);
      this.pending = null;
      this.tagHead(head);
    }
    for (let from = 0; ;) {
      const lt = chunk.indexOf(LT, from);
      if (lt < 0) return this.grow(chunk.length - from);
      this.grow(lt - from);
      this.run = 0;
      this.tagHead(chunk.toString('latin1', lt + 1, Math.min(chunk.length, lt + 4)));
      from = lt + 1;
    }
  }

  /** The three bytes after a `<`: a cell, a shared string or another tag. */
  private tagHead(head: string): void {
    if (head.length < 3) this.pending = head;
    else if (/^c[\s>/]/.test(head))
      this.count(
        'cells',
        `the workbook's sheets hold more than ${this.limits.cells.toLocaleString('en')} cells; monthly releases hold under 100,000: save the IIP sheets on their own`,
      );
    else if (/^si[\s>]/.test(head))
      this.count(
        'sharedStrings',
        `the workbook holds more than ${this.limits.sharedStrings.toLocaleString('en')} different texts; monthly releases hold under 1,000`,
      );
  }

  private count(what: 'cells' | 'sharedStrings', message: string): void {
    if (++this.counts[what] > this.limits[what]) throw new ZipDamage(message);
  }

  private grow(bytes: number): void {
    this.run += bytes;
    if (this.run > this.limits.textBytes) {
      throw new ZipDamage(
        `${shortName(this.name)} holds a text of more than ${this.limits.textBytes / 1024} KB in one piece; an Excel cell holds at most 32,767 characters: not a workbook the app can read safely (a zip bomb?)`,
      );
    }
  }
}
