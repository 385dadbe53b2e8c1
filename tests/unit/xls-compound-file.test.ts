// The OLE2 container of a legacy .xls checked before LibreOffice is asked: what a damaged one is
// refused with, and where.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkXlsContainer, XlsDamage } from '../../electron/core/import/read/xls/compound-file.js';

const XLS = fs.readFileSync(new URL('../fixtures/xls/2024-11-29-02.-Bieu-T11.2024.xls', import.meta.url));
const SECTOR = 512;
const FAT = (XLS.readUInt32LE(0x4c) + 1) * SECTOR;
const DIRECTORY = XLS.readUInt32LE(0x30);

function damage(bytes: Buffer): [string | null, string] {
  try {
    checkXlsContainer(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(XlsDamage);
    return [(error as XlsDamage).place, (error as XlsDamage).message];
  }
  throw new Error('the .xls was accepted');
}

/** The workbook stream's entry in the directory. */
function workbookEntry(): number {
  const dir = (DIRECTORY + 1) * SECTOR;
  for (let at = dir; at < dir + SECTOR; at += 128) if (XLS.toString('utf16le', at, at + 16) === 'Workbook') return at;
  throw new Error('no Workbook entry');
}

describe('the container of a legacy .xls', () => {
  it('passes the fixture Excel wrote', () => {
    expect(() => checkXlsContainer(XLS)).not.toThrow();
  });

  it('refuses a sector chain that loops, or leaves the file, naming the sector', () => {
    const looped = Buffer.from(XLS);
    looped.writeUInt32LE(DIRECTORY, FAT + 4 * DIRECTORY);
    expect(damage(looped)).toEqual([`sector ${DIRECTORY}`, 'the directory loops back on itself: the .xls is damaged']);
    const outside = Buffer.from(XLS);
    outside.writeUInt32LE(0x00ffffff, FAT + 4 * DIRECTORY);
    expect(damage(outside)).toEqual(['sector 16777215', "the directory runs outside the file's sectors (file cut short or damaged)"]);
  });

  it('refuses a header that counts more table sectors than the file has, and a file shorter than a header', () => {
    const counted = Buffer.from(XLS);
    counted.writeUInt32LE(0x40000, 0x2c);
    expect(damage(counted)).toEqual(['header', `the .xls header lists 262144 table sectors in a file of ${(XLS.length - SECTOR) / SECTOR} (file cut short?)`]);
    expect(damage(XLS.subarray(0, 100))).toEqual([null, 'the file is 100 bytes, shorter than an .xls header (512): file cut short?']);
  });

  it('refuses a compound file without a workbook stream (another Office document)', () => {
    const renamed = Buffer.from(XLS);
    renamed.write('WordDocu', workbookEntry(), 'utf16le');
    expect(damage(renamed)).toEqual([
      'directory',
      'the file is an OLE2 compound file without an Excel workbook stream (another Office document, or a damaged .xls)',
    ]);
  });

  it('refuses a workbook stream whose size outruns its sectors', () => {
    const grown = Buffer.from(XLS);
    grown.writeUInt32LE(XLS.length * 4, workbookEntry() + 120);
    expect(damage(grown)[1]).toMatch(/^the workbook stream is \d+ bytes but its sectors hold \d+ \(file cut short\?\)$/);
  });
});
