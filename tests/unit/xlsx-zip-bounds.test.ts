// A workbook's zip checked before exceljs sees it: the limits count what the parts really unzip to
// (not what the zip states), cells and strings are counted across the inflater's chunks, and each
// refusal is a sentence naming the limit or the damaged part.
import fs from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkWorkbookZip, WORKBOOK_LIMITS, type WorkbookLimits } from '../../electron/core/import/read/xlsx/zip-bounds.js';
import { ZipDamage } from '../../electron/core/import/read/xlsx/zip-directory.js';
import { loadWorkbookInProcess } from '../../electron/core/import/read/xlsx/workbook-in-process.js';
import { ImportError } from '../../electron/core/import/types.js';
import { writeNovember } from '../fixtures/xlsx/make-layout-fixtures.js';
import { tempDir } from '../helpers/temp.js';

const MB = 2 ** 20;

async function zipOf(parts: Record<string, string>, compression: 'DEFLATE' | 'STORE' = 'DEFLATE'): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression });
}

/** The central directory entry of the named part (where its method and sizes are stated). */
function directoryEntry(bytes: Buffer, name: string): number {
  for (let at = bytes.length - 46; at >= 0; at--) {
    if (bytes.readUInt32LE(at) === 0x02014b50 && bytes.toString('utf8', at + 46, at + 46 + bytes.readUInt16LE(at + 28)) === name) return at;
  }
  throw new Error(`no directory entry for ${name}`);
}

async function refusal(bytes: Buffer, limits: Partial<WorkbookLimits> = {}): Promise<string> {
  const error = await checkWorkbookZip(bytes, { ...WORKBOOK_LIMITS, ...limits }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZipDamage);
  return (error as ZipDamage).message;
}

const cells = (n: number): string => `<worksheet><sheetData><row r="1">${'<c r="A1" t="n"><v>1</v></c>'.repeat(n)}</row></sheetData></worksheet>`;

describe('the zip of a workbook, bounded', () => {
  it('passes a workbook within the limits', async () => {
    await expect(
      checkWorkbookZip(await zipOf({ 'xl/worksheets/sheet1.xml': cells(10), 'xl/sharedStrings.xml': '<sst><si><t>Phú Thọ</t></si></sst>' })),
    ).resolves.toBeUndefined();
  });

  it('refuses a zip that states more than the limit, before unzipping anything', async () => {
    const bytes = await zipOf({ 'xl/worksheets/sheet1.xml': cells(10) });
    bytes.writeUInt32LE(200 * MB, directoryEntry(bytes, 'xl/worksheets/sheet1.xml') + 24);
    expect(await refusal(bytes)).toBe(
      'the workbook expands to more than 160 MB when unzipped (its zip says 200 MB); monthly releases expand to about 5 MB: not a workbook the app can read safely (a zip bomb?)',
    );
  });

  it('counts what a part really unzips to: a zip that understates a part is stopped at the limit, and named as damaged below it', async () => {
    const bytes = await zipOf({ 'xl/media/image1.bin': 'A'.repeat(3 * MB) });
    bytes.writeUInt32LE(100, directoryEntry(bytes, 'xl/media/image1.bin') + 24);
    expect(await refusal(bytes, { expandedBytes: 2 * MB })).toBe(
      'the workbook expands to more than 2 MB when unzipped ("xl/media/image1.bin" alone gives 2 MB); monthly releases expand to about 5 MB: not a workbook the app can read safely (a zip bomb?)',
    );
    expect(await refusal(bytes)).toBe(`the part "xl/media/image1.bin" is damaged: it unzips to ${3 * MB} bytes where the zip says 100`);
  });

  it('refuses a text longer than any cell holds, a zip bomb of one shared string', async () => {
    const bytes = await zipOf({ 'xl/sharedStrings.xml': `<sst><si><t>${'A'.repeat(300 * 1024)}</t></si></sst>` });
    expect(bytes.length).toBeLessThan(2000);
    expect(await refusal(bytes)).toBe(
      '"xl/sharedStrings.xml" holds a text of more than 256 KB in one piece; an Excel cell holds at most 32,767 characters: not a workbook the app can read safely (a zip bomb?)',
    );
    await expect(checkWorkbookZip(await zipOf({ 'xl/sharedStrings.xml': `<sst><si><t>${'A'.repeat(200 * 1024)}</t></si></sst>` }))).resolves.toBeUndefined();
  });

  it('counts cells exactly across the chunks the inflater gives, stored or deflated', async () => {
    for (const compression of ['DEFLATE', 'STORE'] as const) {
      const bytes = await zipOf({ 'xl/worksheets/sheet1.xml': cells(60_000), 'xl/worksheets/sheet2.xml': cells(40_000) }, compression);
      await expect(checkWorkbookZip(bytes, { ...WORKBOOK_LIMITS, cells: 100_000 })).resolves.toBeUndefined();
      expect(await refusal(bytes, { cells: 99_999 })).toBe(
        "the workbook's sheets hold more than 99,999 cells; monthly releases hold under 100,000: save the IIP sheets on their own",
      );
    }
  });

  it('refuses shared strings too many or too large', async () => {
    const strings = await zipOf({ 'xl/sharedStrings.xml': `<sst>${'<si><t>Hà Nội</t></si>'.repeat(5000)}</sst>` });
    expect(await refusal(strings, { sharedStrings: 4999 })).toBe('the workbook holds more than 4,999 different texts; monthly releases hold under 1,000');
    expect(await refusal(strings, { sharedStringsBytes: 0.05 * MB })).toBe(
      'the workbook\'s texts ("xl/sharedStrings.xml") take more than 0.05 MB unzipped; a monthly release\'s take under 1 MB',
    );
  });

  it('names a part whose bytes do not unzip, is not where the zip says, or uses another compression', async () => {
    const bytes = await zipOf({ 'xl/worksheets/sheet1.xml': cells(2000) });
    const entry = directoryEntry(bytes, 'xl/worksheets/sheet1.xml');
    const local = bytes.readUInt32LE(entry + 42);
    const data = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const damaged = Buffer.from(bytes);
    damaged.fill(0xff, data, data + 30);
    expect(await refusal(damaged)).toBe('the part "xl/worksheets/sheet1.xml" is damaged: its compressed bytes do not unzip');
    const moved = Buffer.from(bytes);
    moved.writeUInt32LE(5, entry + 42);
    expect(await refusal(moved)).toBe('the part "xl/worksheets/sheet1.xml" is not where the zip says');
    const method = Buffer.from(bytes);
    method.writeUInt16LE(14, entry + 10);
    expect(await refusal(method)).toBe('the part "xl/worksheets/sheet1.xml" is compressed with method 14; Excel uses deflate (8) or none (0)');
  });

  it('reaches the user as an ImportError naming the file, before exceljs is asked', async () => {
    const bytes = await zipOf({ 'xl/sharedStrings.xml': `<sst><si><t>${'A'.repeat(300 * 1024)}</t></si></sst>` });
    const error = await loadWorkbookInProcess(bytes, 'bieu-bom.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/^bieu-bom\.xlsx: "xl\/sharedStrings\.xml" holds a text of more than 256 KB in one piece/);
  });

  it('names the sheet, line and column where a workbook exceljs cannot read stops being XML', async () => {
    const file = await writeNovember(tempDir());
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
    const xml = await zip.file(sheets[1]!)!.async('string');
    zip.file(sheets[1]!, xml.replace('<sheetData>', '<sheetData><row r="1"><c r="A1"><v>1</v></row>'));
    const error = await loadWorkbookInProcess(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }), 'bieu-05.xlsx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).place).toMatch(/^sheet Biểu 05, line \d+, column \d+$/);
    expect((error as ImportError).detail).toBe(
      'the workbook is damaged: this sheet is not well-formed Excel XML here; open it in Excel or LibreOffice and save it again',
    );
  });
});
