// The two UI languages, which one to open in, and how a module declares its words in both.
import type { Lang } from './period.js';

export type { Lang };
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** The stored choice wins; otherwise Vietnamese when the browser's language is Vietnamese. */
export function initialLang(stored: string | null, navigatorLang: string | undefined): Lang {
  if (stored === 'vi' || stored === 'en') return stored;
  return navigatorLang?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** One module's words in both languages. */
export type Localized<T> = Readonly<Record<Lang, T>>;

/**
 * Declares a module's words in both languages. The Vietnamese set fixes the shape; the English
 * one must have exactly the same keys (a missing or extra key does not compile).
 */
export function defineStrings<T extends object>(strings: { vi: T; en: NoInfer<T> }): Localized<T> {
  return strings;
}
