// Progress of an import as main reports it (the import:progress event): throttled, so a 100 MB file
// sends tens of events rather than thousands, and long loops split into steps so the event loop
// turns between them (other calls are answered, events are sent) while a big file is matched.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ImportProgress } from '../../../shared/contract/import.js';

export type ProgressListener = (progress: ImportProgress) => void;

/** Passes the first and last report of each phase of each file, and the others at most every `intervalMs`. */
export function throttleProgress(listener: ProgressListener, intervalMs = 100, now: () => number = Date.now): ProgressListener {
  let last: ImportProgress | null = null;
  let lastAt = 0;
  return (progress) => {
    const boundary =
      last === null || last.phase !== progress.phase || last.fileIndex !== progress.fileIndex || progress.done === 0 || progress.done >= progress.total;
    const at = now();
    if (!boundary && at - lastAt < intervalMs) return;
    last = progress;
    lastAt = at;
    listener(progress);
  };
}

/** Items handled between two turns of the event loop: about 10–50 ms of matching or comparing. */
const STEP_ITEMS = 2000;

/** Runs `each` over the items, reporting and letting the event loop turn after every step. */
export async function inSteps<T>(items: readonly T[], each: (item: T, index: number) => void, onStep?: (done: number, total: number) => void): Promise<void> {
  onStep?.(0, items.length);
  for (let start = 0; start < items.length; start += STEP_ITEMS) {
    const end = Math.min(items.length, start + STEP_ITEMS);
    for (let i = start; i < end; i++) each(items[i]!, i);
    onStep?.(end, items.length);
    if (end < items.length) await nextTurn();
  }
}
