// UI language: Vietnamese or English. Vietnamese is the default for Vietnamese browsers;
// the user's choice is remembered in localStorage.
import type { Basis, Measure, Status, Unit } from '@shared/domain.js';
import type { CatalogGroup } from '@shared/contract/catalog.js';
import type { FormatId, NameKind } from '@shared/contract/import.js';
import { initialLang, type Lang } from '@shared/lang.js';

export type { Lang };
export { LANGS } from '@shared/lang.js';
export { figureTitle } from '@shared/vocabulary.js';
const LANG_KEY = 'iip.lang';

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
  tabs: { explore: string; latest: string; releases: string; import: string };
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
    actions: string;
    undo: string;
    undoConfirm: (figures: string) => string;
    undoYes: string;
    undoCancel: string;
  };
  importer: {
    title: string;
    drop: string;
    dropOverlay: string;
    chooseFiles: string;
    formatsHint: string;
    pasteLabel: string;
    pastePlaceholder: string;
    readText: string;
    /** The progress bar's text: each phase, and a phase with the file it is on. */
    progress: { uploading: string; reading: string; matching: string; comparing: string; storing: string; ofFile: (phase: string, file: string) => string };
    preview: string;
    clear: string;
    formats: Record<FormatId, string>;
    format: string;
    release: { heading: string; name: string; publisher: string; date: string; status: string; shared: string; inferred: string };
    counts: (fresh: string, revised: string, unchanged: string) => string;
    skipped: (n: string) => string;
    already: (name: string) => string;
    errors: string;
    warnings: string;
    tooLarge: (limit: string) => string;
    unreadable: (detail: string) => string;
    filter: string;
    filters: { all: string; new: string; revised: string; unchanged: string };
    columns: { name: string; period: string; what: string; value: string; status: string; change: string };
    stated: (value: string) => string;
    noRows: string;
    noFigures: string;
    moreRows: (shown: string, total: string) => string;
    showAll: string;
    unknown: { title: string; help: string; kinds: Record<NameKind, string>; choose: string; leaveOut: string; noSuggestion: string; places: (list: string) => string };
    commit: string;
    notReady: string;
    result: { stored: (n: number) => string; figures: (n: string) => string; nothing: string; already: (file: string, name: string) => string; openReleases: string };
  };
}

const vi: Strings = {
  appName: 'IIP Explorer',
  tabs: { explore: 'Khám phá', latest: 'Kỳ mới nhất', releases: 'Nguồn công bố', import: 'Nhập dữ liệu' },
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
    actions: 'Thao tác',
    undo: 'Hoàn tác',
    undoConfirm: (figures) => `Xóa nguồn này và ${figures} số liệu của nó?`,
    undoYes: 'Xóa',
    undoCancel: 'Hủy',
  },
  importer: {
    title: 'Nhập dữ liệu',
    drop: 'Kéo thả tệp vào bất kỳ đâu trong cửa sổ, hoặc chọn tệp:',
    dropOverlay: 'Thả tệp để nhập',
    chooseFiles: 'Chọn tệp',
    formatsHint: 'Bảng tính của TCTK (.xlsx), PC-Axis (.px), JSON-stat (.json), SDMX (.xml, .csv), CSV theo mẫu của IIP Explorer (.csv), văn bản (.txt).',
    pasteLabel: 'Hoặc dán nội dung thông cáo báo chí',
    pastePlaceholder: 'Chỉ số sản xuất toàn ngành công nghiệp tháng 11/2025 ước tính tăng…',
    readText: 'Đọc văn bản',
    progress: {
      uploading: 'Đang gửi tệp',
      reading: 'Đang đọc tệp',
      matching: 'Đang khớp tên',
      comparing: 'Đang đối chiếu với kho dữ liệu',
      storing: 'Đang lưu vào kho dữ liệu',
      ofFile: (phase, file) => `${phase}: ${file}`,
    },
    preview: 'Xem trước',
    clear: 'Bỏ',
    formats: {
      'gso-xlsx': 'Bảng tính của TCTK (.xlsx)',
      'xlsx-template': 'Bảng tính theo mẫu bố cục (.xlsx)',
      'pc-axis': 'PC-Axis',
      'json-stat': 'JSON-stat',
      'sdmx-ml': 'SDMX-ML',
      'sdmx-csv': 'SDMX-CSV',
      csv: 'CSV (mẫu của IIP Explorer)',
      text: 'Văn bản thông cáo báo chí',
    },
    format: 'Định dạng',
    release: {
      heading: 'Nguồn công bố sẽ được ghi',
      name: 'Tên',
      publisher: 'Cơ quan công bố',
      date: 'Ngày công bố',
      status: 'Trạng thái',
      shared: 'Thay đổi ở đây áp dụng cho mọi tệp trong lần nhập này.',
      inferred: 'Tệp không ghi ngày công bố',
    },
    counts: (fresh, revised, unchanged) => `${fresh} mới · ${revised} điều chỉnh · ${unchanged} không đổi`,
    skipped: (n) => `${n} chưa khớp tên`,
    already: (name) => `Tệp này đã được nhập (“${name}”) — sẽ không có gì thay đổi.`,
    errors: 'Lỗi',
    warnings: 'Lưu ý',
    tooLarge: (limit) => `tệp quá lớn để nhập trong ứng dụng (tối đa ${limit}); hãy dùng lệnh iip import`,
    unreadable: (detail) => `không đọc được tệp (${detail})`,
    filter: 'Hiển thị',
    filters: { all: 'Tất cả', new: 'Mới', revised: 'Điều chỉnh', unchanged: 'Không đổi' },
    columns: { name: 'Chỉ tiêu', period: 'Kỳ', what: 'Số liệu', value: 'Giá trị', status: 'Trạng thái', change: 'Thay đổi' },
    stated: (value) => `nguồn ghi: ${value}`,
    noRows: 'Không có số liệu nào thuộc nhóm này.',
    noFigures: 'Chưa có số liệu nào được nhận ra trong tệp này.',
    moreRows: (shown, total) => `Đang hiển thị ${shown} trong ${total} số liệu.`,
    showAll: 'Hiện tất cả',
    unknown: {
      title: 'Tên chưa nhận ra',
      help: 'Chọn tên tương ứng, hoặc bỏ qua các số liệu mang tên này.',
      kinds: { geo: 'Địa phương', item: 'Ngành / sản phẩm' },
      choose: '— Chọn —',
      leaveOut: 'Bỏ qua các số liệu này',
      noSuggestion: 'không có gợi ý',
      places: (list) => `ở ${list}`,
    },
    commit: 'Lưu vào kho dữ liệu',
    notReady: 'Hãy xử lý các lỗi và tên chưa nhận ra trước khi lưu.',
    result: {
      stored: (n) => `Đã lưu ${n} nguồn công bố:`,
      figures: (n) => `${n} số liệu`,
      nothing: 'Không có gì thay đổi.',
      already: (file, name) => `${file} đã được nhập trước đây (“${name}”).`,
      openReleases: 'Xem các nguồn công bố',
    },
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
  tabs: { explore: 'Explore', latest: 'Latest release', releases: 'Releases', import: 'Import' },
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
    actions: 'Actions',
    undo: 'Undo',
    undoConfirm: (figures) => `Remove this release and its ${figures} figures?`,
    undoYes: 'Remove',
    undoCancel: 'Cancel',
  },
  importer: {
    title: 'Import',
    drop: 'Drop files anywhere in the window, or choose them:',
    dropOverlay: 'Drop the files to import them',
    chooseFiles: 'Choose files',
    formatsHint: 'GSO workbooks (.xlsx), PC-Axis (.px), JSON-stat (.json), SDMX (.xml, .csv), IIP Explorer tidy CSV (.csv), text (.txt).',
    pasteLabel: 'Or paste the text of a press release',
    pastePlaceholder: 'Chỉ số sản xuất toàn ngành công nghiệp tháng 11/2025 ước tính tăng…',
    readText: 'Read text',
    progress: {
      uploading: 'Sending',
      reading: 'Reading',
      matching: 'Matching names',
      comparing: 'Comparing with the store',
      storing: 'Storing',
      ofFile: (phase, file) => `${phase}: ${file}`,
    },
    preview: 'Preview',
    clear: 'Discard',
    formats: {
      'gso-xlsx': 'GSO workbook (.xlsx)',
      'xlsx-template': 'Spreadsheet read with a layout template (.xlsx)',
      'pc-axis': 'PC-Axis',
      'json-stat': 'JSON-stat',
      'sdmx-ml': 'SDMX-ML',
      'sdmx-csv': 'SDMX-CSV',
      csv: 'Tidy CSV (IIP Explorer layout)',
      text: 'Press release text',
    },
    format: 'Format',
    release: {
      heading: 'Release as it will be recorded',
      name: 'Name',
      publisher: 'Publisher',
      date: 'Published',
      status: 'Status',
      shared: 'Changes here apply to every file in this import.',
      inferred: 'The file states no publication date',
    },
    counts: (fresh, revised, unchanged) => `${fresh} new · ${revised} revised · ${unchanged} unchanged`,
    skipped: (n) => `${n} unmatched`,
    already: (name) => `Already imported (“${name}”) — nothing will change.`,
    errors: 'Errors',
    warnings: 'Warnings',
    tooLarge: (limit) => `too large to import in the app (at most ${limit}); use the iip import command`,
    unreadable: (detail) => `cannot read the file (${detail})`,
    filter: 'Show',
    filters: { all: 'All', new: 'New', revised: 'Revised', unchanged: 'Unchanged' },
    columns: { name: 'Name', period: 'Period', what: 'Figure', value: 'Value', status: 'Status', change: 'Change' },
    stated: (value) => `source says: ${value}`,
    noRows: 'No figures of this kind.',
    noFigures: 'No figure in this file is recognised yet.',
    moreRows: (shown, total) => `Showing ${shown} of ${total} figures.`,
    showAll: 'Show all',
    unknown: {
      title: 'Names not recognised',
      help: 'Pick what each name means, or leave its figures out.',
      kinds: { geo: 'Locality', item: 'Industry / product' },
      choose: '— Choose —',
      leaveOut: 'Leave these figures out',
      noSuggestion: 'no suggestion',
      places: (list) => `at ${list}`,
    },
    commit: 'Store in the database',
    notReady: 'Resolve the errors and unrecognised names before storing.',
    result: {
      stored: (n) => `Stored ${n} ${n === 1 ? 'release' : 'releases'}:`,
      figures: (n) => `${n} figures`,
      nothing: 'Nothing changed.',
      already: (file, name) => `${file} was imported before (“${name}”).`,
      openReleases: 'Open the releases',
    },
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
