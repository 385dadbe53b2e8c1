// Words more than one screen uses.
import { defineStrings } from '@shared/lang.js';

export const COMMON_STRINGS = defineStrings({
  vi: {
    loading: 'Đang tải…',
    emptyPeriod: 'Không có số liệu cho kỳ này.',
  },
  en: {
    loading: 'Loading…',
    emptyPeriod: 'No figures for this period.',
  },
});
