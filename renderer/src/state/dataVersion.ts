// Bumped after an import or an undo: every bridge query on screen watches it and asks again.
import { createStore, useStore } from './createStore.js';

export const dataVersionStore = createStore(0);

export const bumpDataVersion = (): void => dataVersionStore.set((v) => v + 1);
export const useDataVersion = (): number => useStore(dataVersionStore);
