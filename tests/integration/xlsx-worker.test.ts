// Large workbooks are loaded in a worker thread: the same sheets and the same errors as on the
// main thread, while the main thread's event loop keeps turning. The worker runs the built code
// (dist/), as Node 20 cannot run TypeScript in a worker: `npm test` builds first (a stale dist/ tests stale worker code).
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSource } from '../../electron/core/import/pipeline/read-source.js';
import { ImportError } from '../../electron/core/import/types.js';
import { loadWorkbook, loadWorkbookInProcess, WORKER_ABOVE_BYTES } from '../../electron/core/import/read/xlsx/workbook.js';
import {
  keptWorkerThreadId,
  loadWorkbookInKeptWorker,
  loadWorkbookInWorker,
  workbookWorkerBuilt,
  workbookWorkerPath,
} from '../../electron/core/import/read/xlsx/workbook-in-worker.js';

const NUMBER_COLUMNS = 24;

/** Names padded with letters that do not compress, so the file passes the threshold with fewer cells to load. */
function paddedName(row: number): string {
  let seed = row;
  const letters = Array.from({ length: 300 }, () => ((seed = (seed * 48271) % 2147483647) % 36).toString(36));
  return `Ngành ${row} ${letters.join('')}`;
}

/** 4000 rows: about 1.3 MiB and 100,000 cells, written by exceljs's streaming writer (its fast path). */
async function bigWorkbook(rowCount: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: true });
  const ws = wb.addWorksheet('Bảng lớn');
  ws.mergeCells('A1:E1');
  ws.getCell('A1').value = 'Chỉ số sản xuất công nghiệp theo tháng';
  ws.getRow(1).commit();
  for (let r = 2; r <= rowCount; r++) {
    const row = ws.getRow(r);
    row.values = [paddedName(r), ...Array.from({ length: NUMBER_COLUMNS }, (_, c) => 90 + ((r * 7 + c * 13) % 997) / 10)];
    if (r === 3) row.hidden = true;
    if (r === 4) {
      row.getCell(2).numFmt = '0.0';
      row.getCell(3).value = { formula: 'B4*2', result: 0 };
      row.getCell(4).value = new Date(Date.UTC(2025, 10, 29));
      row.getCell(4).numFmt = 'dd/mm/yyyy';
      row.getCell(5).value = { error: '#N/A' };
    }
    row.commit();
  }
  ws.commit();
  const legacy = wb.addWorksheet('Bieu 05', { state: 'hidden' });
  for (const [r, name] of ['C¶ n\u00adíc', 'Qu¶ng Ninh', 'H¶i Phßng'].entries()) {
    const row = legacy.getRow(r + 1);
    row.values = [name, 100 + r];
    row.getCell(1).font = { name: '.VnTime' };
    row.commit();
  }
  legacy.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}

/** The longest gap between turns of the event loop while `work` runs, seen by a 5 ms timer. */
async function longestBlockDuring<T>(work: () => Promise<T>): Promise<{ value: T; longestMs: number }> {
  let longestMs = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longestMs = Math.max(longestMs, now - last);
    last = now;
  }, 5);
  try {
    const value = await work();
    longestMs = Math.max(longestMs, performance.now() - last);
    return { value, longestMs };
  } finally {
    clearInterval(ticker);
  }
}

async function rejectionOf(load: Promise<unknown>): Promise<ImportError> {
  const error = await load.then(
    () => new Error('the workbook was accepted'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('a workbook above the worker threshold', () => {
  let big: Buffer;
  beforeAll(async () => {
    expect(workbookWorkerBuilt(), `${workbookWorkerPath} is missing: run npm run build`).toBe(true);
    big = await bigWorkbook(4000);
    expect(big.length).toBeGreaterThan(WORKER_ABOVE_BYTES);
  });

  it('is loaded in a worker: the same sheets as on the main thread, which it holds a fraction as long', async () => {
    const before = Buffer.from(big);
    const { value: inWorker, longestMs } = await longestBlockDuring(() => loadWorkbook(big, 'bieu-lon.xlsx'));
    expect(big.equals(before)).toBe(true); // the worker was given a copy, not the caller's bytes
    const { value: inProcess, longestMs: inProcessMs } = await longestBlockDuring(() => loadWorkbookInProcess(big, 'bieu-lon.xlsx'));
    // measured against the same load on this thread in the same run, so a busy machine slows both
    expect(longestMs).toBeLessThan(inProcessMs / 3);
    expect(inWorker.sheets.map((s) => [s.name, s.state, s.maxRow, s.maxCol, s.legacy, s.decodedCells])).toEqual([
      ['Bảng lớn', 'visible', 4000, NUMBER_COLUMNS + 1, null, 0],
      ['Bieu 05', 'hidden', 3, 2, 'tcvn3', 3],
    ]);
    expect(inWorker.sheets[0]!.cell(4, 4)).toMatchObject({ date: '2025-11-29', numFmt: 'dd/mm/yyyy' });
    expect(inWorker.sheets[1]!.cell(2, 1)?.value).toBe('Quảng Ninh');
    expect(inWorker).toStrictEqual(inProcess);
  }, 60_000);

  it('damaged, gives the same ImportError as on the main thread', async () => {
    const damaged = Buffer.from(big);
    damaged.fill(0x55, 100, big.length - 4000); // entry data overwritten, the central directory intact
    const here = await rejectionOf(loadWorkbookInProcess(damaged, 'hong.xlsx'));
    expect(here.detail).toMatch(/^the part "[^"]+" (is damaged|is not where the zip says)/);
    const there = await rejectionOf(loadWorkbook(damaged, 'hong.xlsx'));
    expect([there.file, there.place, there.detail, there.message]).toEqual([here.file, here.place, here.detail, here.message]);
    const parsed = await rejectionOf(parseSource({ fileName: 'hong.xlsx', bytes: damaged }));
    expect(parsed.message).toBe(here.message);
  }, 60_000);

  it("too large for the worker's memory, gives an ImportError and the app goes on", async () => {
    const error = await rejectionOf(loadWorkbookInWorker(big, 'bieu-lon.xlsx', 64));
    expect(error.message).toMatch(/^bieu-lon\.xlsx: the workbook is too large to read: loading it needs more than the 64 MB of memory allowed; /);
    const small = await loadWorkbook(await bigWorkbook(10), 'nho.xlsx');
    expect(small.sheets[0]!.maxRow).toBe(10);
  }, 60_000);
});

describe('the worker', () => {
  it('returns every part of a sheet: merges, hidden rows and columns, states, errors, fonts', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Bảng 1');
    ws.getCell('A1').value = 'Chỉ số sản xuất công nghiệp';
    ws.mergeCells('A1:C2');
    ws.getCell('B3').value = 108.94;
    ws.getCell('B3').numFmt = '0.0';
    ws.getCell('B3').font = { name: 'Times New Roman' };
    ws.getCell('C3').value = { formula: 'NA()', result: { error: '#N/A' } };
    ws.getRow(6).hidden = true;
    ws.getCell('A6').value = 'ẩn';
    ws.getColumn(8).hidden = true;
    wb.addWorksheet('Rất ẩn', { state: 'veryHidden' }).getCell('B2').value = true;
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const inWorker = await loadWorkbookInWorker(bytes, 'mau.xlsx');
    expect(inWorker).toStrictEqual(await loadWorkbookInProcess(bytes, 'mau.xlsx'));
    expect(inWorker.sheets[0]!.effectiveCell(2, 3).cell?.value).toBe('Chỉ số sản xuất công nghiệp');
    expect([...inWorker.sheets[0]!.hiddenRows, ...inWorker.sheets[0]!.hiddenCols]).toEqual([6, 8]);
  });

  it('says what is wrong with bytes that are not a workbook, as the main thread does', async () => {
    const text = Buffer.from('Chỉ số sản xuất công nghiệp tháng 11 năm 2024 tăng 8,9%\n');
    const there = await rejectionOf(loadWorkbookInWorker(text, 'bieu.xlsx'));
    expect(there).toMatchObject({ file: 'bieu.xlsx', place: null, detail: 'the file is not an .xlsx workbook (no zip signature)' });
  });

  it('takes loads asked for at once one after the other, a failed one holding up none', async () => {
    const small = await bigWorkbook(10);
    const [failed, loaded] = await Promise.allSettled([loadWorkbookInWorker(Buffer.from('not a zip'), 'a.xlsx'), loadWorkbookInWorker(small, 'b.xlsx')]);
    expect(failed).toMatchObject({ status: 'rejected', reason: { file: 'a.xlsx' } });
    expect(loaded.status === 'fulfilled' && loaded.value).toStrictEqual(await loadWorkbookInProcess(small, 'b.xlsx'));
  });

  it('loads small workbooks one after another in one kept worker, which a file it cannot read does not end', async () => {
    const small = await bigWorkbook(10);
    expect(small.length).toBeLessThanOrEqual(WORKER_ABOVE_BYTES);
    const first = await loadWorkbook(small, 'nho.xlsx');
    const thread = keptWorkerThreadId();
    expect(thread).not.toBeNull();
    expect(first).toStrictEqual(await loadWorkbookInProcess(small, 'nho.xlsx'));
    await expect(loadWorkbookInKeptWorker(Buffer.from('not a zip'), 'a.xlsx')).rejects.toMatchObject({ file: 'a.xlsx' });
    expect(await loadWorkbookInKeptWorker(small, 'lai.xlsx')).toStrictEqual(await loadWorkbookInProcess(small, 'lai.xlsx'));
    expect(keptWorkerThreadId()).toBe(thread);
  });
});
