// The screens shown over the window (About, Help, Preferences): which one is open, opened alike by
// the menu's actions (shell:action, run by the actions registry), the palette and the header. A
// screen's component declares itself while mounted, so an action for a screen nobody shows can say
// so. (The palette-keys branch adds this module with the same API; keep one of the two.)
import { createStore } from './createStore.js';

export type Screen = 'about' | 'help' | 'preferences';

export const screenStore = createStore<Screen | null>(null);

export const openScreen = (screen: Screen): void => screenStore.set(screen);
export const closeScreen = (): void => screenStore.set(null);

/** The screens a mounted component shows when they are open. */
export const shownScreens = createStore<ReadonlySet<Screen>>(new Set());

/** Declares that `screen` is shown when open; returns the undo, for an effect's cleanup. */
export function declareScreen(screen: Screen): () => void {
  shownScreens.set((shown) => new Set([...shown, screen]));
  return () => shownScreens.set((shown) => new Set([...shown].filter((s) => s !== screen)));
}
