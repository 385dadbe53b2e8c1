// The UI language. The first paint takes the choice remembered in localStorage (else the system's
// language); once the store has answered, its preference wins (languageFromStore). Switching
// saves the choice in both.
import type { LanguageChoice, Preferences } from '@shared/contract/preferences.js';
import { initialLang, type Lang } from '@shared/lang.js';
import { createStore } from './createStore.js';
import { savePreferences } from './preferences.js';

const LANG_KEY = 'iip.lang';

function loadLang(): Lang {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(LANG_KEY);
  } catch {
    // storage may be unavailable; fall back to the browser language
  }
  return initialLang(stored, window.navigator.language);
}

/** Remembers the choice for the next first paint; null forgets it (the system's language then). */
function rememberLang(lang: Lang | null): void {
  try {
    if (lang === null) window.localStorage.removeItem(LANG_KEY);
    else window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // not remembering is acceptable
  }
}

export const languageStore = createStore<Lang>(typeof window === 'undefined' ? 'en' : loadLang());

/** Shows the window in a language choice ('auto': the system's) and remembers it for the first paint. */
export function showLanguage(choice: LanguageChoice): void {
  rememberLang(choice === 'auto' ? null : choice);
  languageStore.set(choice === 'auto' ? initialLang(null, window.navigator.language) : choice);
}

/**
 * The language switch: shown at once, then saved in the store. A store that cannot take it (open
 * read-only, busy) leaves the switch to this window and the next first paint: not worth an error.
 */
export function chooseLanguage(lang: Lang): void {
  showLanguage(lang);
  savePreferences({ language: lang }).catch(() => undefined);
}

/** At start, once the store's preferences have come: its language wins when it names one. */
export function languageFromStore({ language }: Pick<Preferences, 'language'>): void {
  if (language !== 'auto') showLanguage(language);
}
