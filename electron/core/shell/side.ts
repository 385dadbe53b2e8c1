// What the desktop shell (Electron's main) lends the core for the shell room's calls. The web host
// and the CLI have no shell: NO_SHELL answers for them (no menu to relabel, no file offered).
import type { Lang } from '../../shared/lang.js';

export interface ShellSide {
  /** The window speaks `lang` now: the application menu follows. */
  languageChanged(lang: Lang): void;
  /** The window listens for shell:open-files: the paths offered before it did. */
  windowListening(): string[];
  /** True, once, for a path the OS or a second launch offered; false for any other. */
  takeOfferedFile(path: string): boolean;
  /** Shows the store's file in the file manager; false when there is none. */
  showStoreFolder(): boolean;
}

export const NO_SHELL: ShellSide = {
  languageChanged: () => undefined,
  windowListening: () => [],
  takeOfferedFile: () => false,
  showStoreFolder: () => false,
};
