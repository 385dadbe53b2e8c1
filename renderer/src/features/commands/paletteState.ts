// Whether the command palette is open. Opening it twice is the same as once (a shortcut may reach
// both the menu and the page).
import { createStore } from '../../state/createStore.js';

export const paletteStore = createStore<boolean>(false);

export const openPalette = (): void => paletteStore.set(true);
export const closePalette = (): void => paletteStore.set(false);
