// Loads a workbook in a worker thread, so that exceljs (seconds of synchronous work on a big file,
// up to a second on a monthly release) never holds up the main process: progress events and other
// calls keep flowing meanwhile. A large workbook gets a worker started for it and ended after it,
// which returns all of exceljs's memory (gigabytes) at once; small ones share a kept worker, so
// they do not pay its start (0.35 s, most of it loading exceljs) each time.
import { said } from '../../../../shared/messages/import.js';
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

/** A worker kept for small workbooks is ended once unused this long (its heap is returned then). */
export const KEPT_WORKER_IDLE_MS = 30_000;

/** The last load started: loads wait for it, as two big workbooks at once would need twice the memory. */
let lastLoad: Promise<unknown> = Promise.resolve();

/** Loads the workbook as loadWorkbookInProcess does, in a worker thread started for it and ended after; the same ImportErrors. */
export function loadWorkbookInWorker(bytes: Buffer, fileName: string, heapLimitMb = WORKER_HEAP_MB, signal?: AbortSignal): Promise<Workbook> {
  return inTurn(async () => {
    signal?.throwIfAborted();
    const worker = startWorker(heapLimitMb);
    try {
      return await loadOn(worker, bytes, fileName, heapLimitMb, signal);
    } finally {
      void worker.terminate();
    }
  });
}

/**
 * The same in a worker kept between loads: exceljs is loaded there once, so a small workbook (a
 * monthly release) costs its reading only, off the main thread. Ended after KEPT_WORKER_IDLE_MS
 * unused; it never keeps the process alive.
 */
export function loadWorkbookInKeptWorker(bytes: Buffer, fileName: string, signal?: AbortSignal): Promise<Workbook> {
  return inTurn(async () => {
    signal?.throwIfAborted();
    const worker = keptWorker();
    try {
      return await loadOn(worker, bytes, fileName, WORKER_HEAP_MB, signal);
    } catch (error) {
      // A worker that failed other than on the file is not used again (one out of memory has ended).
      if (!(error instanceof ImportError)) endKept();
      throw error;
    } finally {
      idleLater();
    }
  });
}

function inTurn<T>(load: () => Promise<T>): Promise<T> {
  const next = lastLoad.then(load);
  lastLoad = next.catch(() => undefined);
  return next;
}

const startWorker = (heapLimitMb: number): Worker => new Worker(workbookWorkerPath, { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } });

let kept: { worker: Worker; idle: NodeJS.Timeout | null } | null = null;

function keptWorker(): Worker {
  if (!kept) {
    const worker = startWorker(WORKER_HEAP_MB);
    kept = { worker, idle: null };
    worker.once('exit', () => {
      if (kept?.worker === worker) kept = null;
    });
  }
  if (kept.idle) clearTimeout(kept.idle);
  kept.idle = null;
  kept.worker.ref();
  return kept.worker;
}

/** The kept worker's thread id, or null while none runs (tests). */
export const keptWorkerThreadId = (): number | null => kept?.worker.threadId ?? null;

function idleLater(): void {
  if (!kept) return;
  kept.worker.unref();
  kept.idle = setTimeout(endKept, KEPT_WORKER_IDLE_MS);
  kept.idle.unref();
}

function endKept(): void {
  if (!kept) return;
  if (kept.idle) clearTimeout(kept.idle);
  void kept.worker.terminate();
  kept = null;
}

/**
 * Sends the job to the worker and gathers its sheets; the worker is left running (the caller ends or
 * keeps it). Aborted, the worker is ended at once and the load rejects with the signal's reason.
 */
function loadOn(worker: Worker, bytes: Buffer, fileName: string, heapLimitMb: number, signal?: AbortSignal): Promise<Workbook> {
  // A copy to transfer: the caller keeps its bytes (parseSource hashes them after parsing).
  const copy = new Uint8Array(bytes);
  const job: WorkbookJob = { bytes: copy, fileName };
  return new Promise<Workbook>((resolve, reject) => {
    const sheets: Sheet[] = [];
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      worker.off('message', onMessage).off('messageerror', onMessageError).off('error', onError).off('exit', onExit);
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = (): void => {
      void worker.terminate();
      finish(() => reject(signal!.reason));
    };
    const onMessage = (report: WorkerReport): void => {
      if (report.kind === 'done') return finish(() => resolve({ sheets }));
      if (report.kind === 'failed') return finish(() => reject(errorOf(report.failure)));
      try {
        if (report.kind === 'sheet') sheets.push(Sheet.fromOutline(report.outline));
        else sheets.at(-1)!.addCells(report.batch);
      } catch (error) {
        // Thrown from an event listener it would end the process: reject the load instead (and end the worker mid-way).
        void worker.terminate();
        return finish(() => reject(error));
      }
      worker.postMessage(SEND_NEXT);
    };
    const onMessageError = (error: Error): void => finish(() => reject(error));
    const onError = (error: Error): void => finish(() => reject(isOutOfMemory(error) ? tooLarge(fileName, heapLimitMb) : error));
    const onExit = (code: number): void =>
      finish(() => reject(new Error(`the workbook reader for ${fileName} stopped before it finished (exit code ${code})`)));
    worker.on('message', onMessage).on('messageerror', onMessageError).on('error', onError).on('exit', onExit);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.postMessage(job, [copy.buffer]);
  });
}

function errorOf(failure: LoadFailure): Error {
  if (failure.kind === 'import') return new ImportError(failure.file, failure.where ?? failure.place, failure.said);
  const error = new Error(failure.message);
  if (failure.stack) error.stack = failure.stack;
  return error;
}

const isOutOfMemory = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';

function tooLarge(fileName: string, heapLimitMb: number): ImportError {
  return new ImportError(fileName, null, said('workbook.out-of-memory', { limit: heapLimitMb }));
}
