// The user's preferences as the window uses them: read from the store once the window is up,
// changed through the store (preferences:set), and applied where the window applies them (the
// number format in shared/format.ts; the language in state/language.ts).
import { DEFAULT_PREFERENCES, type Preferences } from '@shared/contract/preferences.js';
import { setNumberFormat } from '@shared/format.js';
import { invoke } from '../bridge/bridge.js';
import { createStore, useStore } from './createStore.js';
import { bumpDataVersion } from './dataVersion.js';

/** Preferences views ask the store for through their own channels (notes:author, backup:status): asked again when changed. */
const ASKED_BY_VIEWS: readonly (keyof Preferences)[] = ['authorName', 'backupsKept'];

/** The defaults until the store has answered. */
export const preferencesStore = createStore<Preferences>(DEFAULT_PREFERENCES);

function apply(preferences: Preferences): Preferences {
  // before the store tells the window, which then draws its numbers again
  setNumberFormat(preferences.numberFormat);
  preferencesStore.set(preferences);
  return preferences;
}

export const loadPreferences = async (): Promise<Preferences> => apply(await invoke('preferences:get', {}));

/** Changes the preferences named; throws (the store refused) with nothing changed on screen. */
export async function savePreferences(changes: Partial<Preferences>): Promise<Preferences> {
  const saved = apply(await invoke('preferences:set', changes));
  if (ASKED_BY_VIEWS.some((key) => key in changes)) bumpDataVersion();
  return saved;
}

export const usePreferences = (): Preferences => useStore(preferencesStore);
