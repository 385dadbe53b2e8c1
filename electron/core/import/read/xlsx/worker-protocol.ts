// What the main thread and the workbook worker say to each other (workbook-in-worker.ts is the
// main thread's side, workbook-worker.ts the worker's). Both import this; neither imports the other.
import type { CellBatch, SheetOutline } from './sheet.js';
import type { ImportSaid } from '../../../../shared/messages/import.js';
import type { Place } from '../../../../shared/messages/place.js';

/** A load the parent posts to the worker; `bytes` is the parent's own copy, transferred, not cloned again. */
export interface WorkbookJob {
  bytes: Uint8Array;
  fileName: string;
}

/** What the worker posts: each sheet's outline, then its cells in batches; then done, or failed. */
export type WorkerReport =
  { kind: 'sheet'; outline: SheetOutline } | { kind: 'cells'; batch: CellBatch } | { kind: 'done' } | { kind: 'failed'; failure: LoadFailure };

/** An ImportError's parts (rebuilt as one in the parent), or any other error's message. */
export type LoadFailure =
  { kind: 'import'; file: string; place: string | null; where: Place | null; said: ImportSaid } | { kind: 'other'; message: string; stack?: string };

/**
 * The parent's answer to each sheet or batch. Node delivers every message already queued in one
 * turn of the event loop, so the worker waits for this before posting the next: one batch in
 * flight, and the main loop turns between batches. (Two in flight saved a tenth of the transfer
 * but, on two cores, let blocks of 290 ms through, against under 60 ms.)
 */
export const SEND_NEXT = 'next';
