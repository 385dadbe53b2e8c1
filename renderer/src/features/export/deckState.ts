// The deck "Add to deck" pins to, remembered across views (and in this window's storage).
import { createStore } from '../../state/createStore.js';

const KEY = 'iip.deck';

const stored = (): number | null => {
  const value = Number(globalThis.localStorage?.getItem(KEY));
  return Number.isInteger(value) && value > 0 ? value : null;
};

export const currentDeckStore = createStore<number | null>(stored());

export function chooseDeck(id: number | null): void {
  currentDeckStore.set(id);
  if (id === null) globalThis.localStorage?.removeItem(KEY);
  else globalThis.localStorage?.setItem(KEY, String(id));
}
