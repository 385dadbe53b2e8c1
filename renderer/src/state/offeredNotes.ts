// An .iipnotes file the OS handed to the app (shell:open-files), waiting for the Notes view to
// preview it: its path as main offered it (main reads it; the window never reads the disk).
import { createStore } from './createStore.js';

export const offeredNotesStore = createStore<string | null>(null);
