// The window's own words: app name, tabs, language switch, store line, error banner, drop overlay.
import { defineStrings } from '@shared/lang.js';

export const SHELL_STRINGS = defineStrings({
  vi: {
    appName: 'IIP Explorer',
    tabs: {
      explore: 'Khám phá',
      latest: 'Kỳ mới nhất',
      notes: 'Ghi chú',
      decks: 'Bộ slide',
      checks: 'Kiểm tra',
      releases: 'Nguồn công bố',
      import: 'Nhập dữ liệu',
    },
    language: 'Ngôn ngữ',
    store: (figures: string, releases: string) => `Kho dữ liệu: ${figures} số liệu · ${releases} nguồn`,
    dismiss: 'Đóng',
    errorPrefix: 'Lỗi',
    dropOverlay: 'Thả tệp để nhập',
  },
  en: {
    appName: 'IIP Explorer',
    tabs: { explore: 'Explore', latest: 'Latest release', notes: 'Notes', decks: 'Decks', checks: 'Checks', releases: 'Releases', import: 'Import' },
    language: 'Language',
    store: (figures, releases) => `Store: ${figures} figures · ${releases} releases`,
    dismiss: 'Dismiss',
    errorPrefix: 'Error',
    dropOverlay: 'Drop the files to import them',
  },
});
