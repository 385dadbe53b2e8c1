// The worker thread of workbook-in-worker.ts: loads the workbooks it is sent with exceljs here, off
// the main thread, one at a time, and posts each one's sheets back as plain data, a batch of cells at a time.
import { once } from 'node:events';
import { parentPort, type MessagePort } from 'node:worker_threads';
import { ImportError } from '../../types.js';
import { loadWorkbookInProcess, type Workbook } from './workbook-in-process.js';
import { SEND_NEXT, type LoadFailure, type WorkbookJob, type WorkerReport } from './worker-protocol.js';

/** About 10 ms for the parent to take in. */
const CELLS_PER_BATCH = 10_000;

/** Posts the report and waits for the parent's SEND_NEXT (see there). */
async function send(port: MessagePort, report: WorkerReport): Promise<void> {
  port.postMessage(report);
  const [answer] = (await once(port, 'message')) as unknown[];
  if (answer !== SEND_NEXT) throw new Error(`the workbook worker was sent ${String(answer)}`);
}

async function postSheets(port: MessagePort, workbook: Workbook): Promise<void> {
  for (const sheet of workbook.sheets) {
    await send(port, { kind: 'sheet', outline: sheet.outline() });
    for (const batch of sheet.cellBatches(CELLS_PER_BATCH)) await send(port, { kind: 'cells', batch });
  }
}

function failureOf(error: unknown): LoadFailure {
  if (error instanceof ImportError) return { kind: 'import', file: error.file, place: error.place, where: error.where, said: error.said };
  if (error instanceof Error) return { kind: 'other', message: error.message, ...(error.stack ? { stack: error.stack } : {}) };
  return { kind: 'other', message: String(error) };
}

async function run(port: MessagePort, { bytes, fileName }: WorkbookJob): Promise<void> {
  let last: WorkerReport = { kind: 'done' };
  try {
    const workbook = await loadWorkbookInProcess(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), fileName);
    await postSheets(port, workbook);
  } catch (error) {
    last = { kind: 'failed', failure: failureOf(error) };
  }
  port.postMessage(last);
}

/** One job after another, as the parent posts them (it sends the next only once this one is done). */
async function serve(port: MessagePort): Promise<void> {
  for (;;) {
    const [job] = (await once(port, 'message')) as [WorkbookJob];
    await run(port, job);
  }
}

if (!parentPort) throw new Error('workbook-worker.js runs as a worker thread (see workbook-in-worker.ts)');
await serve(parentPort);
