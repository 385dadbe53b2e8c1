// Which of the shell's dialogs is open: About or the Help page. A store of its own, so the menu's
// actions (shell:action, run by the actions registry) and the palette open them alike.
import { createStore } from './createStore.js';

export type ShellDialog = 'about' | 'help';

export const shellDialogStore = createStore<ShellDialog | null>(null);

export const openShellDialog = (dialog: ShellDialog): void => shellDialogStore.set(dialog);
export const closeShellDialog = (): void => shellDialogStore.set(null);
