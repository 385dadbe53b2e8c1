// The one way the importers read an .xlsx: a small workbook on this thread, a large one in a
// worker thread (workbook-in-worker.ts), both giving the same plain Sheets and the same errors.
import { loadWorkbookInProcess, type Workbook } from './workbook-in-process.js';
import { loadWorkbookInWorker, workbookWorkerBuilt, workbookWorkerPath } from './workbook-in-worker.js';

export { loadWorkbookInProcess, type Workbook };

/**
 * Workbooks above this are loaded in a worker thread. exceljs holds the event loop for about
 * 0.6–0.8 ms per KiB of a dense sheet (0.8–1.1 s at 1.4 MiB); the largest monthly releases
 * (0.7 MiB of small sheets) hold it 80–140 ms, less than the 0.35 s a worker adds to start.
 */
export const WORKER_ABOVE_BYTES = 2 ** 20;

let notedUnbuiltWorker = false;

/** Reads a workbook from its bytes; an ImportError says what is wrong with a file that is not one. */
export async function loadWorkbook(bytes: Buffer, fileName: string): Promise<Workbook> {
  if (bytes.length <= WORKER_ABOVE_BYTES) return loadWorkbookInProcess(bytes, fileName);
  if (workbookWorkerBuilt()) return loadWorkbookInWorker(bytes, fileName);
  // Only when running the TypeScript sources unbuilt (the worker runs built code).
  if (!notedUnbuiltWorker) console.warn(`iip: ${workbookWorkerPath} is not built (npm run build): large workbooks are loaded on the main thread`);
  notedUnbuiltWorker = true;
  return loadWorkbookInProcess(bytes, fileName);
}
