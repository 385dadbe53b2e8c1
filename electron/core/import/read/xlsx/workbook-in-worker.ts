// Loads a workbook in a worker thread, so that exceljs (seconds of synchronous work on a big file)
// never holds up the main process: progress events and other calls keep flowing meanwhile.
// The worker is started for one workbook and ended after it, which returns all of exceljs's
// memory (gigabytes) at once; its start (0.35 s) is small beside the seconds such a workbook takes.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../../../paths.js';
import { ImportError } from '../../types.js';
import { Sheet } from './sheet.js';
import type { Workbook } from './workbook-in-process.js';
import { SEND_NEXT, type LoadFailure, type WorkbookJob, type WorkerReport } from './worker-protocol.js';

/** The built worker: Node 20 cannot run TypeScript in a worker, so tests on the sources use it too. */
export const workbookWorkerPath = path.join(packageRoot, 'dist', 'electron', 'core', 'import', 'read', 'xlsx', 'workbook-worker.js');

export const workbookWorkerBuilt = (): boolean => fs.existsSync(workbookWorkerPath);

/**
 * The worker's heap limit. At its peak exceljs holds some 600–900 bytes a cell: a 15 MB workbook
 * of 3.6 million cells needs between 2.5 and 3 GB, so larger or denser ones (the 16 MB cap allows
 * them) are refused and the worker dies, not the app. In Electron all of a process's V8 heaps may
 * share one 4 GB pointer cage: main keeps 1 GB (such a workbook's sheets take some 450 MB there).
 */
export const WORKER_HEAP_MB = 3072;

/** The last load started: loads wait for it, as two big workbooks at once would need twice the memory. */
let lastLoad: Promise<unknown> = Promise.resolve();

/** Loads the workbook as loadWorkbookInProcess does, in a worker thread; the same ImportErrors. */
export function loadWorkbookInWorker(bytes: Buffer, fileName: string, heapLimitMb = WORKER_HEAP_MB): Promise<Workbook> {
  const load = lastLoad.then(() => loadInNewWorker(bytes, fileName, heapLimitMb));
  lastLoad = load.catch(() => undefined);
  return load;
}

function loadInNewWorker(bytes: Buffer, fileName: string, heapLimitMb: number): Promise<Workbook> {
  // A copy to transfer: the caller keeps its bytes (parseSource hashes them after parsing).
  const copy = new Uint8Array(bytes);
  const job: WorkbookJob = { bytes: copy, fileName };
  const worker = new Worker(workbookWorkerPath, { workerData: job, transferList: [copy.buffer], resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } });
  return new Promise<Workbook>((resolve, reject) => {
    const sheets: Sheet[] = [];
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      outcome();
    };
    worker.on('message', (report: WorkerReport) => {
      if (report.kind === 'done') return finish(() => resolve({ sheets }));
      if (report.kind === 'failed') return finish(() => reject(errorOf(report.failure)));
      try {
        if (report.kind === 'sheet') sheets.push(Sheet.fromOutline(report.outline));
        else sheets.at(-1)!.addCells(report.batch);
      } catch (error) {
        // Thrown from an event listener it would end the process: reject the load instead.
        return finish(() => reject(error));
      }
      worker.postMessage(SEND_NEXT);
    });
    worker.on('messageerror', (error) => finish(() => reject(error)));
    worker.on('error', (error) => finish(() => reject(isOutOfMemory(error) ? tooLarge(fileName, heapLimitMb) : error)));
    worker.on('exit', (code) => finish(() => reject(new Error(`the workbook reader for ${fileName} stopped before it finished (exit code ${code})`))));
  });
}

function errorOf(failure: LoadFailure): Error {
  if (failure.kind === 'import') return new ImportError(failure.file, failure.place, failure.detail);
  const error = new Error(failure.message);
  if (failure.stack) error.stack = failure.stack;
  return error;
}

const isOutOfMemory = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

function tooLarge(fileName: string, heapLimitMb: number): ImportError {
  return new ImportError(
    fileName,
    null,
    `the workbook is too large to read: loading it needs more than the ${heapLimitMb} MB of memory allowed; save the IIP sheets on their own, or export them as CSV`,
  );
}
