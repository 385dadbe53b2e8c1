// Every note in the store (not deleted), asked again whenever the store or a note changes.
import type { NoteView } from '@shared/contract/notes.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';

const ALL = {};

/** `wanted` false: not asked for yet (a chart asks once its figures are in: on a national store with thousands of notes the list takes seconds to make, and the figures must not wait behind it). */
export function useNotes(wanted = true): NoteView[] {
  return useBridgeQuery('notes:list', wanted ? ALL : null).data?.notes ?? [];
}
