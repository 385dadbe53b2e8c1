// The compare picker's own words: the search box, the mark on series already drawn, the next page.
import { defineStrings } from '@shared/lang.js';

export const COMPARE_PICKER_STRINGS = defineStrings({
  vi: {
    placeholder: '+ Thêm chuỗi: gõ tên để tìm…',
    onChart: 'đã có trên biểu đồ',
    more: (shown: number, total: number) => `Xem thêm (đang hiện ${shown} trên ${total} chuỗi)`,
    none: 'Không có chuỗi nào khớp.',
    shown: (shown: number, total: number) => `${shown} trên ${total} chuỗi khớp`,
  },
  en: {
    placeholder: '+ Add a series: type to search…',
    onChart: 'on the chart',
    more: (shown: number, total: number) => `Show more (${shown} of ${total} series shown)`,
    none: 'No series match.',
    shown: (shown: number, total: number) => `${shown} of ${total} matching series`,
  },
});
