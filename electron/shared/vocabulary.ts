// The domain's words in both languages: period kinds, measures, comparisons, units, statuses and
// what is said about a figure's provenance. Shared by the screens, exports and the command line.
import type { Basis, Measure, PeriodKind, Status, Unit } from './domain.js';
import { defineStrings, type Lang } from './lang.js';

/** What a figure is compared with; null for plain levels. */
const REFERENCE: Record<Lang, Record<Basis, string | null>> = {
  vi: { yoy: 'cùng kỳ năm trước', mom: 'tháng trước', base: 'năm gốc', level: null },
  en: { yoy: 'same period last year', mom: 'previous month', base: 'base year', level: null },
};

function viView(basis: Basis, unit: Unit): string {
  const ref = REFERENCE.vi[basis];
  switch (unit) {
    case 'pct':
      return ref ? `% so với ${ref}` : '%';
    case 'index':
      return ref ? `chỉ số, ${ref} = 100` : 'chỉ số';
    case 'pp':
      return ref ? `điểm %, so với ${ref}` : 'điểm %';
    case 'qty':
      return ref ? `sản lượng, so với ${ref}` : 'sản lượng';
  }
}

function enView(basis: Basis, unit: Unit): string {
  const ref = REFERENCE.en[basis];
  switch (unit) {
    case 'pct':
      return ref ? `% change on ${ref}` : '%';
    case 'index':
      return ref ? `index, ${ref} = 100` : 'index';
    case 'pp':
      return ref ? `percentage points, on ${ref}` : 'percentage points';
    case 'qty':
      return ref ? `output, on ${ref}` : 'output';
  }
}

export const VOCABULARY = defineStrings({
  vi: {
    kinds: { month: 'Tháng', cumulative: 'Lũy kế từ đầu năm', quarter: 'Quý', year: 'Năm' } as Record<PeriodKind, string>,
    measures: {
      iip: 'Chỉ số sản xuất công nghiệp',
      output: 'Sản lượng',
      contribution: 'Đóng góp vào tăng trưởng IIP',
    } as Record<Measure, string>,
    views: (basis: Basis, unit: Unit): string => viView(basis, unit),
    axis: (basis: Basis, unit: Unit, quantityUnit: string | null): string => (unit === 'qty' ? (quantityUnit ?? 'Sản lượng') : viView(basis, unit)),
    status: { estimate: 'ước tính', preliminary: 'sơ bộ', official: 'chính thức' } as Record<Status, string>,
    units: { pct: '%', index: 'chỉ số', pp: 'điểm %', qty: 'sản lượng' } as Record<Unit, string>,
    tooltip: { source: 'Nguồn', status: 'Trạng thái' },
    figureNotes: {
      sources: (n: number): string => `${n} nguồn`,
      revisedFrom: (value: string): string => `điều chỉnh từ ${value}`,
      derived: 'tính từ chỉ số',
      mislabelled: 'Nguồn ghi sai kỳ',
      statedAs: (label: string): string => `nguồn ghi: ${label}`,
    },
  },
  en: {
    kinds: { month: 'Month', cumulative: 'Year to date', quarter: 'Quarter', year: 'Year' },
    measures: { iip: 'IIP', output: 'Output', contribution: 'Contribution to IIP growth' },
    views: (basis, unit) => enView(basis, unit),
    axis: (basis, unit, quantityUnit) => (unit === 'qty' ? (quantityUnit ?? 'Output') : enView(basis, unit)),
    status: { estimate: 'estimate', preliminary: 'preliminary', official: 'official' },
    units: { pct: '%', index: 'index', pp: 'pp', qty: 'output' },
    tooltip: { source: 'Source', status: 'Status' },
    figureNotes: {
      sources: (n) => `${n} sources`,
      revisedFrom: (value) => `revised from ${value}`,
      derived: 'from index',
      mislabelled: 'Period mislabelled in source',
      statedAs: (label) => `source says: ${label}`,
    },
  },
});

/** What a figure is: "IIP, % change on same period last year"; output levels name their unit. */
export function figureTitle(lang: Lang, measure: Measure, basis: Basis, unit: Unit, quantityUnit: string | null = null): string {
  const v = VOCABULARY[lang];
  if (unit === 'qty' && basis === 'level') return quantityUnit ? `${v.measures[measure]} (${quantityUnit})` : v.measures[measure];
  return `${v.measures[measure]}, ${v.views(basis, unit)}`;
}
