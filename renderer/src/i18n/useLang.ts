// The UI language reaches components through a React context (the shell provides it from the
// language store); each component picks its feature's words with useStrings.
import { createContext, useContext } from 'react';
import type { Lang, Localized } from '@shared/lang.js';

export const LangContext = createContext<Lang>('en');

export const useLang = (): Lang => useContext(LangContext);

/** A strings module's words in the UI language. */
export function useStrings<T>(strings: Localized<T>): T {
  return strings[useLang()];
}
