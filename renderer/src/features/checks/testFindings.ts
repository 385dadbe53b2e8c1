// For the checks' unit tests only: a checked figure, Viet Nam's whole-industry IIP month-on-month
// change of March 2024, with what a test changes.
import type { CheckedFigure } from '@shared/contract/analysis.js';

export const checkedFigure = (over: Partial<CheckedFigure> = {}): CheckedFigure => ({
  seriesId: 1,
  geo: { code: 'VN', nameVi: 'Cả nước', nameEn: 'Viet Nam' },
  item: { code: 'TOTAL', nameVi: 'Toàn ngành công nghiệp', nameEn: 'Whole industry' },
  measure: 'iip',
  period: '2024-03',
  periodKind: 'month',
  basis: 'mom',
  unit: 'pct',
  baseYear: null,
  ...over,
});
