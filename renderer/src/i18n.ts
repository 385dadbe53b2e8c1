// UI language: Vietnamese or English. Vietnamese is the default for Vietnamese browsers;
// the user's choice is remembered in localStorage.
import type { Basis, Measure, Status, Unit } from '../../electron/shared/domain.js';
import type { CatalogGroup } from '../../electron/shared/contract.js';
import type { Lang } from '../../electron/shared/period.js';

export type { Lang };
export const LANGS: readonly Lang[] = ['vi', 'en'];
const LANG_KEY = 'iip.lang';

/** The stored choice wins; otherwise Vietnamese when the browser's language is Vietnamese. */
export function initialLang(stored: string | null, navigatorLang: string | undefined): Lang {
  if (stored === 'vi' || stored === 'en') return stored;
  return navigatorLang?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

export function loadLang(): Lang {
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(LANG_KEY);
  } catch {
    // storage may be unavailable; fall back to the browser language
  }
  return initialLang(stored, window.navigator.language);
}

export function saveLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // not remembering is acceptable
  }
}

type GroupKey = CatalogGroup['key'];

export interface Strings {
  appName: string;
  tabs: { explore: string; latest: string; releases: string };
  language: string;
  store: (figures: string, releases: string) => string;
  loading: string;
  dismiss: string;
  errorPrefix: string;
  catalog: { search: string; searchPlaceholder: string; noMatch: string; groups: Record<GroupKey, string> };
  explore: {
    modeSeries: string;
    modeRanking: string;
    pickSeries: string;
    basis: string;
    group: string;
    period: string;
    noFigures: string;
    rankingGroups: Record<'section' | 'division' | 'locality' | 'product', string>;
  };
  kinds: { month: string; cumulative: string; quarter: string; year: string };
  measures: Record<Measure, string>;
  views: (basis: Basis, unit: Unit) => string;
  axis: (basis: Basis, unit: Unit, quantityUnit: string | null) => string;
  status: Record<Status, string>;
  table: {
    caption: string;
    period: string;
    value: string;
    unit: string;
    status: string;
    source: string;
    flags: string;
    sources: (n: number) => string;
    revisedFrom: (value: string) => string;
    derived: string;
    mislabelled: string;
    statedAs: (label: string) => string;
  };
  units: Record<Unit, string>;
  tooltip: { source: string; status: string };
  latest: {
    period: string;
    headline: string;
    mom: string;
    sections: string;
    industries: string;
    strongest: string;
    weakest: string;
    localities: string;
    products: string;
    empty: string;
    noData: string;
  };
  releases: {
    title: string;
    name: string;
    publisher: string;
    date: string;
    status: string;
    file: string;
    figures: string;
    none: string;
    inferredDate: string;
  };
}

const vi: Strings = {
  appName: 'IIP Explorer',
  tabs: { explore: 'Khám phá', latest: 'Kỳ mới nhất', releases: 'Nguồn công bố' },
  language: 'Ngôn ngữ',
  store: (figures, releases) => `Kho dữ liệu: ${figures} số liệu · ${releases} nguồn`,
  loading: 'Đang tải…',
  dismiss: 'Đóng',
  errorPrefix: 'Lỗi',
  catalog: {
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
  explore: {
    modeSeries: 'Chuỗi thời gian',
    modeRanking: 'Xếp hạng',
    pickSeries: 'Chọn một chuỗi số liệu trong danh mục bên trái.',
    basis: 'So sánh',
    group: 'Nhóm',
    period: 'Kỳ',
    noFigures: 'Không có số liệu cho lựa chọn này.',
    rankingGroups: { section: 'Ngành cấp I', division: 'Ngành cấp II', locality: 'Địa phương', product: 'Sản phẩm chủ yếu' },
  },
  kinds: { month: 'Tháng', cumulative: 'Lũy kế từ đầu năm', quarter: 'Quý', year: 'Năm' },
  measures: {
    iip: 'Chỉ số sản xuất công nghiệp',
    output: 'Sản lượng',
    contribution: 'Đóng góp vào tăng trưởng IIP',
  },
  views: (basis, unit) => viView(basis, unit),
  axis: (basis, unit, quantityUnit) => (unit === 'qty' ? quantityUnit ?? 'Sản lượng' : viView(basis, unit)),
  status: { estimate: 'ước tính', preliminary: 'sơ bộ', official: 'chính thức' },
  table: {
    caption: 'Số liệu',
    period: 'Kỳ',
    value: 'Giá trị',
    unit: 'Đơn vị',
    status: 'Trạng thái',
    source: 'Nguồn',
    flags: 'Ghi chú',
    sources: (n) => `${n} nguồn`,
    revisedFrom: (value) => `điều chỉnh từ ${value}`,
    derived: 'tính từ chỉ số',
    mislabelled: 'Nguồn ghi sai kỳ',
    statedAs: (label) => `nguồn ghi: ${label}`,
  },
  units: { pct: '%', index: 'chỉ số', pp: 'điểm %', qty: 'sản lượng' },
  tooltip: { source: 'Nguồn', status: 'Trạng thái' },
  latest: {
    period: 'Kỳ',
    headline: 'Toàn ngành công nghiệp',
    mom: 'so với tháng trước',
    sections: 'Ngành cấp I',
    industries: 'Ngành cấp II tăng mạnh nhất và yếu nhất',
    strongest: 'Mạnh nhất',
    weakest: 'Yếu nhất',
    localities: 'Địa phương',
    products: 'Sản phẩm chủ yếu',
    empty: 'Không có số liệu cho kỳ này.',
    noData: 'Kho dữ liệu chưa có số liệu.',
  },
  releases: {
    title: 'Các nguồn công bố',
    name: 'Tên',
    publisher: 'Cơ quan công bố',
    date: 'Ngày công bố',
    status: 'Trạng thái',
    file: 'Tệp nguồn',
    figures: 'Số liệu',
    none: 'Chưa có nguồn nào.',
    inferredDate: '* Nguồn không ghi ngày; ngày được suy ra (di chuột để xem cách suy ra).',
  },
};

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

const en: Strings = {
  appName: 'IIP Explorer',
  tabs: { explore: 'Explore', latest: 'Latest release', releases: 'Releases' },
  language: 'Language',
  store: (figures, releases) => `Store: ${figures} figures · ${releases} releases`,
  loading: 'Loading…',
  dismiss: 'Dismiss',
  errorPrefix: 'Error',
  catalog: {
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
  explore: {
    modeSeries: 'Time series',
    modeRanking: 'Ranking',
    pickSeries: 'Pick a series from the catalog on the left.',
    basis: 'Compared with',
    group: 'Group',
    period: 'Period',
    noFigures: 'No figures for this choice.',
    rankingGroups: { section: 'Sections', division: 'VSIC divisions', locality: 'Localities', product: 'Key products' },
  },
  kinds: { month: 'Month', cumulative: 'Year to date', quarter: 'Quarter', year: 'Year' },
  measures: { iip: 'IIP', output: 'Output', contribution: 'Contribution to IIP growth' },
  views: (basis, unit) => enView(basis, unit),
  axis: (basis, unit, quantityUnit) => (unit === 'qty' ? quantityUnit ?? 'Output' : enView(basis, unit)),
  status: { estimate: 'estimate', preliminary: 'preliminary', official: 'official' },
  table: {
    caption: 'Figures',
    period: 'Period',
    value: 'Value',
    unit: 'Unit',
    status: 'Status',
    source: 'Source',
    flags: 'Notes',
    sources: (n) => `${n} sources`,
    revisedFrom: (value) => `revised from ${value}`,
    derived: 'from index',
    mislabelled: 'Period mislabelled in source',
    statedAs: (label) => `source says: ${label}`,
  },
  units: { pct: '%', index: 'index', pp: 'pp', qty: 'output' },
  tooltip: { source: 'Source', status: 'Status' },
  latest: {
    period: 'Period',
    headline: 'Whole industry',
    mom: 'on previous month',
    sections: 'Sections',
    industries: 'Strongest and weakest industries',
    strongest: 'Strongest',
    weakest: 'Weakest',
    localities: 'Localities',
    products: 'Key products',
    empty: 'No figures for this period.',
    noData: 'The store has no figures yet.',
  },
  releases: {
    title: 'Releases',
    name: 'Name',
    publisher: 'Publisher',
    date: 'Published',
    status: 'Status',
    file: 'Source file',
    figures: 'Figures',
    none: 'No releases yet.',
    inferredDate: '* Not dated in the source; the date is inferred (hover to see how).',
  },
};

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

export const STRINGS: Record<Lang, Strings> = { vi, en };

/** What a figure is: "IIP, % change on same period last year"; output levels name their unit. */
export function figureTitle(lang: Lang, measure: Measure, basis: Basis, unit: Unit, quantityUnit: string | null = null): string {
  const s = STRINGS[lang];
  if (unit === 'qty' && basis === 'level') return quantityUnit ? `${s.measures[measure]} (${quantityUnit})` : s.measures[measure];
  return `${s.measures[measure]}, ${s.views(basis, unit)}`;
}
