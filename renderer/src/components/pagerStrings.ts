// The pager's words: which items of how many are shown, and the buttons to the pages either side.
import { defineStrings } from '@shared/lang.js';

export const PAGER_STRINGS = defineStrings({
  vi: {
    label: 'Chuyển trang',
    previous: 'Trang trước',
    next: 'Trang sau',
    range: (first: string, last: string, total: string) => `${first}–${last} trong số ${total}`,
  },
  en: {
    label: 'Pages',
    previous: 'Previous page',
    next: 'Next page',
    range: (first, last, total) => `${first}–${last} of ${total}`,
  },
});
