// The Preferences screen's words.
import type { LanguageChoice, NumberFormatChoice } from '@shared/contract/preferences.js';
import type { EXPORT_FILE_FORMATS } from '@shared/contract/export.js';
import { defineStrings } from '@shared/lang.js';

type ExportFormat = (typeof EXPORT_FILE_FORMATS)[number];

export const PREFERENCES_STRINGS = defineStrings({
  vi: {
    title: 'Tùy chọn',
    intro: 'Lưu trong kho dữ liệu, dùng cho mọi cửa sổ và lệnh iip mở kho này.',
    author: 'Tên người viết ghi chú',
    authorHint: 'Để trống: hỏi tên khi viết ghi chú đầu tiên.',
    language: 'Ngôn ngữ giao diện',
    languages: { auto: 'Theo hệ thống', vi: 'Tiếng Việt', en: 'English' } satisfies Record<LanguageChoice, string>,
    numberFormat: 'Cách viết số',
    numberFormats: {
      auto: 'Theo ngôn ngữ giao diện',
      vi: 'Kiểu Việt Nam: 1.234,5',
      en: 'Kiểu Anh: 1,234.5',
    } satisfies Record<NumberFormatChoice, string>,
    exportFormat: 'Định dạng xuất mặc định',
    exportFormats: {
      pptx: 'PowerPoint (.pptx)',
      xlsx: 'Excel (.xlsx)',
      csv: 'CSV',
      png: 'Ảnh PNG',
      svg: 'Ảnh SVG',
      pdf: 'PDF',
    } satisfies Record<ExportFormat, string>,
    aspect: 'Khổ slide mặc định',
    aspects: { '16:9': '16:9 (màn ảnh rộng)', '4:3': '4:3' },
    scale: 'Cỡ ảnh PNG mặc định',
    scales: (scale: number) => `${scale}× kích thước biểu đồ`,
    backupsKept: 'Số bản sao lưu tự động giữ lại',
    backupsHint: '0: tắt sao lưu tự động (trước mỗi lần nhập, hoàn tác, nhập ghi chú, nâng cấp).',
    save: 'Lưu',
    close: 'Đóng',
    saved: 'Đã lưu.',
    failed: 'Chưa lưu được',
  },
  en: {
    title: 'Preferences',
    intro: 'Kept in the store, for every window and iip command that opens it.',
    author: 'Your name on notes',
    authorHint: 'Empty: asked for when you write your first note.',
    language: 'Language of the window',
    languages: { auto: 'The system’s', vi: 'Tiếng Việt', en: 'English' },
    numberFormat: 'How numbers are written',
    numberFormats: { auto: 'As the window’s language writes them', vi: 'Vietnamese: 1.234,5', en: 'English: 1,234.5' },
    exportFormat: 'Default export format',
    exportFormats: { pptx: 'PowerPoint (.pptx)', xlsx: 'Excel (.xlsx)', csv: 'CSV', png: 'PNG picture', svg: 'SVG picture', pdf: 'PDF' },
    aspect: 'Default slide shape',
    aspects: { '16:9': '16:9 (widescreen)', '4:3': '4:3' },
    scale: 'Default PNG size',
    scales: (scale) => `${scale}× the chart’s size`,
    backupsKept: 'Automatic backups kept',
    backupsHint: '0 turns automatic backups off (made before each import, undo, notes import and upgrade).',
    save: 'Save',
    close: 'Close',
    saved: 'Saved.',
    failed: 'Not saved',
  },
});
