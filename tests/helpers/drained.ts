// Waits while the core restates the shown points a write left pending (core/figures/points-drain.ts,
// a transaction a turn of the event loop): a test comparing the store across a later call waits first,
// so that the drain's writes are not taken for that call's.
import type { Db } from '../../electron/core/db/connection.js';
import { anyPendingPoints } from '../../electron/core/figures/pending-points.js';

export async function pointsDrained(db: Db): Promise<void> {
  while (anyPendingPoints(db)) await new Promise((resolve) => setImmediate(resolve));
}
