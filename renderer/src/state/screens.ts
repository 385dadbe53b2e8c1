// Screens that open over the tabs (Preferences), opened from the header, the application menu's
// and the command palette's actions alike: which one is open, if any.
import { createStore } from './createStore.js';

export type Screen = 'preferences';

export const screenStore = createStore<Screen | null>(null);

export const openScreen = (screen: Screen): void => screenStore.set(screen);
export const closeScreen = (): void => screenStore.set(null);
