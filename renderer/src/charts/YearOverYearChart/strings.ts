// The year-over-year chart's own words: the months on its axis and the name of the Jan–Feb point.
import { defineStrings } from '@shared/lang.js';

export const YEAR_CHART_STRINGS = defineStrings({
  vi: {
    months: ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12'],
    tet: 'tháng 1–2 gộp (Tết)',
  },
  en: {
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    tet: 'Jan–Feb combined (Tết)',
  },
});
