// The screens that open over the window (About, Help, Preferences): which one is open, and which
// ones the app has (a screen's component declares itself while mounted, so an action for a screen
// nobody shows says so rather than doing nothing).
import { createStore } from './createStore.js';

export type Screen = 'about' | 'help' | 'preferences';

export const screenStore = createStore<Screen | null>(null);

export const openScreen = (screen: Screen): void => screenStore.set(screen);
export const closeScreen = (): void => screenStore.set(null);

/** The screens some component shows when open. */
export const shownScreens = createStore<ReadonlySet<Screen>>(new Set());

/** Declares that a screen is shown when open; returns the undo (for a component's effect). */
export function declareScreen(screen: Screen): () => void {
  shownScreens.set((current) => new Set([...current, screen]));
  return () => shownScreens.set((current) => new Set([...current].filter((s) => s !== screen)));
}
