// The series chart's own words: the name of a line of January–February periods (Tết).
import { defineStrings } from '@shared/lang.js';

export const SERIES_CHART_STRINGS = defineStrings({
  vi: { tet: 'Tháng 1–2 gộp (Tết)' },
  en: { tet: 'Jan–Feb combined (Tết)' },
});
