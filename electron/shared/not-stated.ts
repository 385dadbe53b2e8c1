// What the store keeps where a file states nothing, and how it is said in the reader's language.
// A release must have a publisher, so an import that finds none stores PUBLISHER_NOT_STATED; a date
// the file does not state is set to the day of import and explained by DATE_NOT_STATED_NOTE. Both
// are kept in English in the store (older stores hold them too) and shown through the functions here.
import { defineStrings, type Lang } from './lang.js';

export const PUBLISHER_NOT_STATED = 'not stated';
export const DATE_NOT_STATED_NOTE = 'The file does not state a publication date; set to the day of import.';

const WORDS = defineStrings({
  vi: { publisher: 'không nêu', dateNote: 'Tệp không nêu ngày công bố; lấy ngày nhập vào kho.' },
  en: { publisher: 'not stated', dateNote: DATE_NOT_STATED_NOTE },
});

/** A release's publisher as shown: the words for "not stated" in the reader's language where the file named none. */
export const publisherShown = (publisher: string, lang: Lang): string => (publisher === PUBLISHER_NOT_STATED ? WORDS[lang].publisher : publisher);

/** A release's note on its date as shown: the import's own note in the reader's language, a source's note as written. */
export const dateNoteShown = (note: string, lang: Lang): string => (note === DATE_NOT_STATED_NOTE ? WORDS[lang].dateNote : note);
