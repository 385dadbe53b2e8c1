// How a colleague's version of a note meets ours. Each version lists every revision it descends
// from, so whoever has seen the other's current revision is newer; if neither has, both sides
// edited since they last shared. An edit beats a deletion it has not seen.
import type { NoteImportOutcome, NoteRecord } from '../../shared/contract/notes.js';

export type MergeDecision =
  /** Nothing of ours: insert theirs. */
  | { outcome: 'new' }
  /** Theirs descends from ours (or wins over our deletion): take theirs. */
  | { outcome: 'changed' }
  /** Same version, or both deleted: only remember their revisions. */
  | { outcome: 'identical' }
  /** Ours descends from theirs (or our edit wins over their deletion): keep ours, remember theirs. */
  | { outcome: 'older' }
  /** Both edited since they last shared: keep ours, hold theirs for the user to decide. */
  | { outcome: 'conflict' };

type Version = Pick<NoteRecord, 'revision' | 'history' | 'deletedAt'>;

export function decideMerge(mine: Version | undefined, theirs: Version): MergeDecision & { outcome: NoteImportOutcome } {
  if (!mine) return { outcome: 'new' };
  if (mine.revision === theirs.revision) return { outcome: 'identical' };
  if (mine.history.includes(theirs.revision)) return { outcome: 'older' };
  if (theirs.history.includes(mine.revision)) return { outcome: 'changed' };
  const mineDeleted = mine.deletedAt !== null;
  const theirsDeleted = theirs.deletedAt !== null;
  if (mineDeleted && theirsDeleted) return { outcome: 'identical' };
  if (mineDeleted) return { outcome: 'changed' };
  if (theirsDeleted) return { outcome: 'older' };
  return { outcome: 'conflict' };
}

/** Both histories, ours first, each revision once. */
export const unionHistory = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];
