// Changing notes from the window: each change goes to the store, then every view asks again
// (notes show on charts, in panels and in the list at once).
import type { In, Out } from '@shared/contract/index.js';
import type { NoteView } from '@shared/contract/notes.js';
import { invoke } from '../../bridge/bridge.js';
import { bumpDataVersion } from '../../state/dataVersion.js';
import { lastDeletedStore } from './notesState.js';

async function changed<T>(work: Promise<T>): Promise<T> {
  const result = await work;
  bumpDataVersion();
  return result;
}

export const addNote = (input: In<'notes:add'>): Promise<NoteView> => changed(invoke('notes:add', input));
export const updateNote = (input: In<'notes:update'>): Promise<NoteView> => changed(invoke('notes:update', input));

export async function deleteNote(id: string): Promise<void> {
  lastDeletedStore.set(await changed(invoke('notes:delete', { id })));
}

export async function undoDelete(): Promise<void> {
  const deleted = lastDeletedStore.get();
  if (!deleted) return;
  await changed(invoke('notes:restore', { id: deleted.id }));
  lastDeletedStore.set(null);
}

export const setAuthor = (author: string): Promise<Out<'notes:set-author'>> => changed(invoke('notes:set-author', { author }));
export const importNotes = (input: In<'notes:import'>): Promise<Out<'notes:import'>> => changed(invoke('notes:import', input));
export const resolveConflict = (input: In<'notes:resolve'>): Promise<Out<'notes:resolve'>> => changed(invoke('notes:resolve', input));
