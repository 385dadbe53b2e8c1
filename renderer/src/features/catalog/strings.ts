// The catalog's words: search box and group headings.
import { defineStrings } from '@shared/lang.js';

export const CATALOG_STRINGS = defineStrings({
  vi: {
    search: 'Tìm chuỗi số liệu',
    searchPlaceholder: 'Tìm ngành, địa phương, sản phẩm…',
    noMatch: 'Không tìm thấy.',
    groups: {
      total: 'Toàn ngành',
      section: 'Ngành cấp I',
      division: 'Ngành cấp II',
      locality: 'Địa phương',
      product: 'Sản phẩm chủ yếu',
    },
  },
  en: {
    search: 'Search series',
    searchPlaceholder: 'Search industries, localities, products…',
    noMatch: 'No match.',
    groups: {
      total: 'Whole industry',
      section: 'Sections',
      division: 'VSIC divisions',
      locality: 'Localities',
      product: 'Key products',
    },
  },
});
