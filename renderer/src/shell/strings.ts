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
    preferences: 'Tùy chọn',
    store: (figures: string, releases: string) => `Kho dữ liệu: ${figures} số liệu · ${releases} nguồn`,
    dismiss: 'Đóng',
    errorPrefix: 'Lỗi',
    storeBusy:
      'Kho dữ liệu đang bận: một lần nhập khác đang chạy (một cửa sổ hoặc lệnh iip khác đang ghi vào kho). Chưa có gì thay đổi; hãy thử lại khi việc đó xong.',
    storeDamaged:
      'Kho dữ liệu bị hỏng hoặc không đọc được; chưa có gì thay đổi. Hãy khôi phục một bản sao lưu: mục “Dữ liệu của bạn” ở trang Nguồn công bố, hoặc lệnh iip restore.',
    storeReadOnly: 'Kho dữ liệu này do một phiên bản IIP Explorer mới hơn ghi nên chỉ mở để đọc; chưa có gì thay đổi. Hãy cập nhật ứng dụng để thay đổi kho.',
    dropOverlay: 'Thả tệp để nhập',
  },
  en: {
    appName: 'IIP Explorer',
    tabs: { explore: 'Explore', latest: 'Latest release', notes: 'Notes', decks: 'Decks', checks: 'Checks', releases: 'Releases', import: 'Import' },
    language: 'Language',
    preferences: 'Preferences',
    store: (figures, releases) => `Store: ${figures} figures · ${releases} releases`,
    dismiss: 'Dismiss',
    errorPrefix: 'Error',
    storeBusy:
      'The store is busy: another import is running (another window or iip command is writing to it). Nothing was changed; try again when it has finished.',
    storeDamaged: 'The store is damaged or cannot be read; nothing was changed. Restore a backup: “Your data” on the Releases page, or iip restore.',
    storeReadOnly: 'This store was written by a newer version of IIP Explorer, so it is open read-only; nothing was changed. Update the app to change it.',
    dropOverlay: 'Drop the files to import them',
  },
});
