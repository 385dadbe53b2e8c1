// The one .xlsx reading module: a workbook written with exceljs, read back as plain sheets.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWorkbook, type Workbook } from '../../electron/core/import/read/xlsx/workbook.js';
import type { Sheet } from '../../electron/core/import/read/xlsx/sheet.js';

async function writeSample(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Bảng 1');
  ws.getCell('A1').value = 'Chỉ số sản xuất công nghiệp';
  ws.mergeCells('A1:C2');
  ws.getCell('A3').value = { richText: [{ text: 'Toàn ngành ', font: { bold: true } }, { text: 'công nghiệp' }] };
  ws.getCell('B3').value = 108.94;
  ws.getCell('B3').numFmt = '0.0';
  ws.getCell('B3').font = { name: 'Times New Roman' };
  ws.getCell('C3').value = { formula: 'B3-B3', result: 0 };
  ws.getCell('D3').value = { formula: 'IF(B3>100,"tăng","giảm")', result: 'tăng' };
  ws.getCell('E3').value = { error: '#N/A' };
  ws.getCell('F3').value = true;
  ws.getCell('G3').value = { formula: 'NA()', result: { error: '#N/A' } };
  ws.getCell('A4').value = new Date(Date.UTC(2024, 10, 29));
  ws.getCell('A4').numFmt = 'dd/mm/yyyy';
  ws.getCell('B4').value = { text: 'gso.gov.vn', hyperlink: 'https://www.gso.gov.vn' };
  ws.getCell('C4').numFmt = '0.00'; // formatting only: not a cell with content
  ws.getCell('A6').value = 'ẩn';
  ws.getRow(6).hidden = true;
  ws.getColumn(8).hidden = true;
  wb.addWorksheet('Ẩn', { state: 'hidden' });
  wb.addWorksheet('Rất ẩn', { state: 'veryHidden' }).getCell('B2').value = 1;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('loadWorkbook', () => {
  let wb: Workbook;
  let sheet: Sheet;
  beforeAll(async () => {
    wb = await loadWorkbook(await writeSample(), 'sample.xlsx');
    sheet = wb.sheets[0]!;
  });

  it('lists the sheets in order with their state', () => {
    expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([
      ['Bảng 1', 'visible'],
      ['Ẩn', 'hidden'],
      ['Rất ẩn', 'veryHidden'],
    ]);
  });

  it('reads values, formula results (0 included), errors and logical values', () => {
    expect(sheet.cell(3, 1)).toMatchObject({ value: 'Toàn ngành công nghiệp', hasFormula: false });
    expect(sheet.cell(3, 2)).toMatchObject({ value: 108.94, numFmt: '0.0', font: 'Times New Roman' });
    expect(sheet.cell(3, 3)).toMatchObject({ value: 0, hasFormula: true });
    expect(sheet.cell(3, 4)).toMatchObject({ value: 'tăng', hasFormula: true });
    expect(sheet.cell(3, 5)).toEqual(expect.objectContaining({ value: null, error: '#N/A', hasFormula: false }));
    expect(sheet.cell(3, 6)).toMatchObject({ value: true });
    expect(sheet.cell(3, 7)).toMatchObject({ value: null, error: '#N/A', hasFormula: true });
    expect(sheet.cell(4, 2)).toMatchObject({ value: 'gso.gov.vn' });
  });

  it('keeps a date as the serial number Excel stores, with the date alongside', () => {
    expect(sheet.cell(4, 1)).toMatchObject({ value: 45625, date: '2024-11-29', numFmt: 'dd/mm/yyyy' });
  });

  it('leaves out cells with formatting only, and counts rows and columns of content', () => {
    expect(sheet.cell(4, 3)).toBeUndefined();
    expect(sheet.maxRow).toBe(6);
    expect(sheet.maxCol).toBe(7);
  });

  it('gives merged ranges; a cell inside one reads as its first cell', () => {
    expect(sheet.merges).toEqual([{ r1: 1, c1: 1, r2: 2, c2: 3 }]);
    expect(sheet.cell(2, 3)).toBeUndefined();
    expect(sheet.effectiveCell(2, 3)).toMatchObject({ row: 1, col: 1, cell: { value: 'Chỉ số sản xuất công nghiệp' } });
    expect(sheet.effectiveCell(3, 3)).toMatchObject({ row: 3, col: 3, cell: { value: 0 } });
  });

  it('gives hidden rows and columns', () => {
    expect([...sheet.hiddenRows]).toEqual([6]);
    expect([...sheet.hiddenCols]).toEqual([8]);
  });
});
