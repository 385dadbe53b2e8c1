// A colleague's .iipnotes file waiting for the Notes view to preview it: dropped onto the window (the
// File), or handed to the app by the OS (its path as main offered it: main reads it, the window never
// reads the disk).
import { createStore } from './createStore.js';

export type NotesToOpen = { file: File } | { path: string };

export const notesToOpenStore = createStore<NotesToOpen | null>(null);
