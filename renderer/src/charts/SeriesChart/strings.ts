// The series chart's own words: the name of a line of January–February periods (Tết), and
// what a line on the right-hand axis says in the legend.
import { defineStrings } from '@shared/lang.js';

export const SERIES_CHART_STRINGS = defineStrings({
  vi: { tet: 'Tháng 1–2 gộp (Tết)', rightAxis: '(trục phải)' },
  en: { tet: 'Jan–Feb combined (Tết)', rightAxis: '(right axis)' },
});
