// Every note in the store (not deleted), asked again whenever the store or a note changes.
import type { NoteView } from '@shared/contract/notes.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';

const ALL = {};

export function useNotes(): NoteView[] {
  return useBridgeQuery('notes:list', ALL).data?.notes ?? [];
}
