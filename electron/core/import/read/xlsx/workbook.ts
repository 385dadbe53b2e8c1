// The one way the importers read an .xlsx: in a worker thread (workbook-in-worker.ts), a large one
// in its own, small ones in a kept one; the same plain Sheets and the same errors as on this thread.
import { loadWorkbookInProcess, type Workbook } from './workbook-in-process.js';
import { loadWorkbookInKeptWorker, loadWorkbookInWorker, workbookWorkerBuilt, workbookWorkerPath } from './workbook-in-worker.js';

export { loadWorkbookInProcess, type Workbook };

/**
 * Workbooks above this get a worker of their own, ended after (exceljs needs some 200 times the file
 * at its peak). Below it they share a kept worker: on this thread exceljs held the event loop up to
 * 0.9 s on a monthly release of 0.7 MiB (and loading exceljs itself 0.3 s more the first time).
 */
export const WORKER_ABOVE_BYTES = 2 ** 20;

let notedUnbuiltWorker = false;

/** Reads a workbook from its bytes; an ImportError says what is wrong with a file that is not one. Aborted, it stops (the worker is ended). */
export async function loadWorkbook(bytes: Buffer, fileName: string, signal?: AbortSignal): Promise<Workbook> {
  if (workbookWorkerBuilt()) {
    return bytes.length <= WORKER_ABOVE_BYTES ? loadWorkbookInKeptWorker(bytes, fileName, signal) : loadWorkbookInWorker(bytes, fileName, undefined, signal);
  }
  // Only when running the TypeScript sources unbuilt (the worker runs built code).
  if (!notedUnbuiltWorker) console.warn(`iip: ${workbookWorkerPath} is not built (npm run build): workbooks are loaded on the main thread`);
  notedUnbuiltWorker = true;
  signal?.throwIfAborted();
  const workbook = await loadWorkbookInProcess(bytes, fileName);
  signal?.throwIfAborted();
  return workbook;
}
