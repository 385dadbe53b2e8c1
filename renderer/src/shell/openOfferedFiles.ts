// Files the OS or a second launch handed to the app, opened where they belong: releases in the
// import preview, a colleague's notes in the Notes view's import preview.
import { baseName, openedFileKind } from '@shared/file-kinds.js';
import { openTab } from '../state/navigation.js';
import { offeredNotesStore } from '../state/offeredNotes.js';

export function openOfferedFiles(paths: readonly string[], importReleases: (paths: string[]) => Promise<void>): void {
  const releases = paths.filter((p) => openedFileKind(baseName(p)) === 'release');
  // one notes file is previewed at a time: the last one given
  const notes = paths.filter((p) => openedFileKind(baseName(p)) === 'notes').at(-1);
  if (releases.length > 0) {
    openTab('import');
    void importReleases(releases);
  } else if (notes !== undefined) openTab('notes');
  if (notes !== undefined) offeredNotesStore.set(notes);
}
