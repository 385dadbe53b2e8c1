// Files handed to the window (dropped onto it, or given to the app by the OS or a second launch),
// opened where they belong: .iipnotes files in the Notes view's import preview (the last one given;
// one is previewed at a time), every other file in the import preview, which says what it cannot read.
import { openedFileKind } from '@shared/file-kinds.js';
import { openTab } from '../state/navigation.js';

export interface HandedFileOpeners<T> {
  releases(files: T[]): void;
  notes(file: T): void;
}

export function openHandedFiles<T>(files: readonly T[], nameOf: (file: T) => string, open: HandedFileOpeners<T>): void {
  const isNotes = (file: T): boolean => openedFileKind(nameOf(file)) === 'notes';
  const releases = files.filter((f) => !isNotes(f));
  const notes = files.filter(isNotes).at(-1);
  if (releases.length > 0) {
    openTab('import');
    open.releases(releases);
  } else if (notes !== undefined) openTab('notes');
  if (notes !== undefined) open.notes(notes);
}
