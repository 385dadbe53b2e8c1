// A workbook's zip inflated once, bounded, before exceljs is given it: a small file can expand to
// gigabytes (a 0.9 MB workbook holding one 200 MB text took exceljs 219 s and 5 GB). Each part is
// inflated as a stream, counting the bytes it really gives (a zip's stated sizes can lie) and, in
// the sheets and shared strings, cells, strings and the longest text between two tags; the first
// limit passed stops the reading with a message naming it.
import { said, type ImportSaid } from '../../../../shared/messages/import.js';
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
  if (declared > limits.expandedBytes) throw new ZipDamage(tooLarge(limits, said('zip.declared-size', { size: (declared / MB).toFixed(0) })));
  const counts: Counts = { expanded: 0, cells: 0, sharedStrings: 0 };
  for (const part of parts) await inflatePart(part, counts, limits);
}

const tooLarge = (limits: WorkbookLimits, how: ImportSaid): ImportSaid => said('zip.expands-too-much', { limit: limits.expandedBytes / MB, how });

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
      throw new ZipDamage(said('zip.texts-too-large', { part: shortName(part.name), limit: partLimit / MB }));
    }
    counts.expanded += chunk.length;
    if (counts.expanded > limits.expandedBytes)
      throw new ZipDamage(tooLarge(limits, said('zip.part-alone', { part: shortName(part.name), size: (size / MB).toFixed(0) })));
    scan?.take(chunk);
  }
  if (size !== part.declaredSize) {
    throw new ZipDamage(said('zip.part-size-wrong', { part: shortName(part.name), size, declared: part.declaredSize }));
  }
}

async function* inflated(part: ZipPart): AsyncGenerator<Buffer> {
  if (part.method === 0) {
    yield part.data;
    return;
  }
  if (part.method !== 8) throw new ZipDamage(said('zip.part-method', { part: shortName(part.name), method: part.method }));
  const stream = zlib.createInflateRaw();
  stream.end(part.data);
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch {
    throw new ZipDamage(said('zip.part-does-not-unzip', { part: shortName(part.name) }));
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
    else if (/^c[\s>/]/.test(head)) this.count('cells', said('zip.too-many-cells', { limit: this.limits.cells.toLocaleString('en') }));
    else if (/^si[\s>]/.test(head)) this.count('sharedStrings', said('zip.too-many-texts', { limit: this.limits.sharedStrings.toLocaleString('en') }));
  }

  private count(what: 'cells' | 'sharedStrings', message: ImportSaid): void {
    if (++this.counts[what] > this.limits[what]) throw new ZipDamage(message);
  }

  private grow(bytes: number): void {
    this.run += bytes;
    if (this.run > this.limits.textBytes) {
      throw new ZipDamage(said('zip.text-too-long', { part: shortName(this.name), limit: this.limits.textBytes / 1024 }));
    }
  }
}
