// The UI language: chosen once at start (the stored choice, else the browser's language) and
// remembered in localStorage when the user switches.
import { initialLang, type Lang } from '@shared/lang.js';
import { createStore } from './createStore.js';

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

function saveLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // not remembering is acceptable
  }
}

export const languageStore = createStore<Lang>(typeof window === 'undefined' ? 'en' : loadLang());

export function chooseLanguage(lang: Lang): void {
  languageStore.set(lang);
  saveLang(lang);
}
