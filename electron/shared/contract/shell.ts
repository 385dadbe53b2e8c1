// The desktop shell's events: what main pushes to the window when the user acts outside the page
// (a menu entry, a file given to the app by the OS, a second launch, or dropped on the window).
import { z } from 'zod';
import { APP_ACTIONS } from '../app-actions.js';

export const shellEvents = {
  /** A menu entry (or its accelerator) was chosen: the window runs the action of that id. */
  'shell:action': z.strictObject({ action: z.enum(APP_ACTIONS) }),
  /** Files to import, given by the OS or a second launch: the window opens their import preview. */
  'shell:open-files': z.strictObject({ paths: z.array(z.string().min(1)).min(1) }),
};
