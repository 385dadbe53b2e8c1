// The save dialog for a file the window exports (a deck, a chart's picture, data, notes): main shows
// it for the window's download (session 'will-download'), so the file is written only where the user
// chooses; the page never names a path. The dialog speaks the window's language and offers the
// file's own type first.
import path from 'node:path';
import { defineStrings, type Lang } from '../shared/lang.js';
import { defaultSavePath } from './policy.js';

const STRINGS = defineStrings({
  vi: {
    title: 'Lưu tệp xuất',
    allFiles: 'Mọi tệp',
    kinds: {
      pptx: 'Bản trình chiếu PowerPoint',
      xlsx: 'Bảng tính Excel',
      csv: 'Bảng số liệu CSV',
      tsv: 'Bảng số liệu TSV',
      png: 'Ảnh PNG',
      svg: 'Ảnh SVG',
      json: 'Tệp JSON',
      iipnotes: 'Ghi chú IIP Explorer',
      txt: 'Văn bản',
    },
  },
  en: {
    title: 'Save the exported file',
    allFiles: 'All files',
    kinds: {
      pptx: 'PowerPoint presentation',
      xlsx: 'Excel workbook',
      csv: 'CSV data',
      tsv: 'TSV data',
      png: 'PNG picture',
      svg: 'SVG picture',
      json: 'JSON file',
      iipnotes: 'IIP Explorer notes',
      txt: 'Text',
    },
  },
});

type Kind = keyof (typeof STRINGS)['en']['kinds'];

export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  filters: { name: string; extensions: string[] }[];
}

/** The dialog for saving `suggestedName`: in the documents folder under that name, its type's filter first. */
export function exportSaveDialogOptions(documentsDir: string, suggestedName: string, lang: Lang): SaveDialogOptions {
  const t = STRINGS[lang];
  const defaultPath = defaultSavePath(documentsDir, suggestedName);
  const ext = path.extname(defaultPath).slice(1).toLowerCase();
  const own = Object.hasOwn(t.kinds, ext) ? [{ name: t.kinds[ext as Kind], extensions: [ext] }] : [];
  return { title: t.title, defaultPath, filters: [...own, { name: t.allFiles, extensions: ['*'] }] };
}
