// The desktop shell: the events main pushes to the window when the user acts outside the page (a
// menu entry, a file given to the app by the OS, a second launch), and the few calls the window makes
// back. A file path only ever comes from main: the window may read a path main offered (once), never
// one it names itself. In the web host (no OS, no menu) these calls answer harmlessly.
import { z } from 'zod';
import { APP_ACTIONS } from '../app-actions.js';
import { NOTES_FILE_MAX_BYTES } from './notes.js';
import { channel } from './define.js';

export const shellEvents = {
  /** A menu entry (or its accelerator) was chosen: the window runs the action of that id. */
  'shell:action': z.strictObject({ action: z.enum(APP_ACTIONS) }),
  /** Files to import, given by the OS or a second launch: the window opens their import preview. */
  'shell:open-files': z.strictObject({ paths: z.array(z.string().min(1)).min(1) }),
};

/** A path main offered with shell:open-files (as sent, not rebuilt: main compares it whole). */
const offeredPath = z.string().min(1).max(4096);

export const shellChannels = {
  /** The window's UI language, so the application menu speaks it (the web host has no menu: nothing happens). */
  'shell:language': channel({ input: z.strictObject({ lang: z.enum(['vi', 'en']) }), output: z.strictObject({}) }),
  /** The window listens for shell:open-files from now on: the paths offered before (at start) come back here. */
  'shell:pending-files': channel({ input: z.strictObject({}), output: z.strictObject({ paths: z.array(z.string()) }) }),
  /** Stages a release file main offered, as import:stage-* would, for import:preview; `forbidden` for any other path. */
  'shell:stage-file': channel({
    input: z.strictObject({ path: offeredPath }),
    output: z.strictObject({ stagedId: z.string(), fileName: z.string(), size: z.number().int() }),
  }),
  /** Reads an .iipnotes file main offered, for notes:import-preview; `forbidden` for any other path. */
  'shell:read-notes-file': channel({
    input: z.strictObject({ path: offeredPath }),
    output: z.strictObject({ fileName: z.string(), content: z.string().max(NOTES_FILE_MAX_BYTES) }),
  }),
  /** Shows the store's file in the system's file manager; false where there is none to show it in (the web host). */
  'shell:show-store-folder': channel({ input: z.strictObject({}), output: z.strictObject({ shown: z.boolean() }) }),
};
