// Legacy .xls workbooks: told by their OLE2 signature, converted through LibreOffice and read like the .xlsx they
// came from; without LibreOffice, a message naming the way out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../electron/core/import/formats/index.js';
import { parseSource } from '../../electron/core/import/pipeline/read-source.js';
import { convertXlsToXlsx, findSoffice, startsLikeOle2 } from '../../electron/core/import/read/xls/convert.js';
import { ImportError } from '../../electron/core/import/types.js';
import { onPath } from '../helpers/programs.js';

// The .xls was written by LibreOffice (soffice --headless --convert-to xls) from the .xlsx beside it, a workbook
// of tests/fixtures/xlsx/make-gso-fixtures.ts (writeModern) with its one formula replaced by its value: LibreOffice
// computes formulas again when it converts, as Excel does when it saves, where that fixture keeps a stale result on
// purpose.
const NAME = '2024-11-29-02.-Bieu-T11.2024';
const fixture = (ext: string): Buffer => readFileSync(join(__dirname, '../fixtures/xls', `${NAME}.${ext}`));
const hasLibreOffice = onPath('soffice') !== null;

describe('legacy .xls workbooks', () => {
  it('are told by their OLE2 signature, whatever the file is called', () => {
    const xls = fixture('xls');
    expect(startsLikeOle2(xls)).toBe(true);
    expect(startsLikeOle2(fixture('xlsx'))).toBe(false);
    expect(detectFormat(`${NAME}.xls`, xls)).toBe('gso-xlsx');
    expect(detectFormat('download', xls)).toBe('gso-xlsx');
  });

  it.skipIf(!hasLibreOffice)(
    'import through LibreOffice with the same figures as the .xlsx they came from',
    async () => {
      const fromXls = await parseSource({ fileName: `${NAME}.xls`, bytes: fixture('xls') });
      const fromXlsx = await parseSource({ fileName: `${NAME}.xlsx`, bytes: fixture('xlsx') });
      expect(fromXls.format).toBe('gso-xlsx');
      expect(fromXls.result.figures.length).toBeGreaterThan(10);
      // LibreOffice writes numbers with 15 significant digits, as Excel shows them: 40666.63856141636 → 40666.6385614164
      const at15 = (figures: typeof fromXls.result.figures) => figures.map((f) => ({ ...f, value: Number(f.value.toPrecision(15)) }));
      expect(at15(fromXls.result.figures)).toEqual(at15(fromXlsx.result.figures));
      expect(fromXls.result.release.publishedOn).toBe(fromXlsx.result.release.publishedOn);
      expect(fromXls.checksum).not.toBe(fromXlsx.checksum);
    },
    200_000,
  );

  it('without LibreOffice, say how to get an .xlsx', async () => {
    const error = await parseSource({ fileName: 'old.xls', bytes: fixture('xls') }, { xls: { findSoffice: () => null } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toBe(
      'old.xls: this is a legacy Excel .xls workbook; open it in Excel or LibreOffice and save it as .xlsx, then import that (or install LibreOffice so the app can convert it)',
    );
  });

  it('finds soffice on PATH, and not when PATH has none', () => {
    const saved = process.env.PATH;
    try {
      process.env.PATH = '/nonexistent-dir';
      if (process.platform === 'linux') expect(findSoffice()).toBeNull();
    } finally {
      process.env.PATH = saved;
    }
    expect(findSoffice() !== null).toBe(hasLibreOffice);
  });

  it('say when LibreOffice cannot convert the file', async () => {
    const error = await convertXlsToXlsx(fixture('xls'), 'bad.xls', { findSoffice: () => process.execPath }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).detail).toMatch(
      /^this is a legacy Excel \.xls workbook and LibreOffice could not convert it.*save it as \.xlsx, then import that$/,
    );
  });
});
