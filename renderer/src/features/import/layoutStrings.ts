// The layout mapper's words.
import type { Basis, Unit } from '@shared/domain.js';
import type { ColumnPeriod } from './layout.js';
import { defineStrings } from '@shared/lang.js';

export const LAYOUT_STRINGS = defineStrings({
  vi: {
    title: 'Khai báo bố cục bảng tính',
    intro: (file: string) =>
      `${file} không phải bảng tính của TCTK và chưa có mẫu bố cục nào phù hợp. Hãy chỉ ra vị trí số liệu; bố cục có thể lưu lại để dùng cho tháng sau.`,
    sheet: 'Trang tính',
    headerRow: 'Dòng tiêu đề',
    labelColumn: 'Cột tên',
    labelKind: 'Tên là',
    kinds: { geo: 'địa phương (toàn ngành)', item: 'ngành hoặc sản phẩm (cả nước)' },
    monthFrom: 'Tháng lấy từ',
    monthSources: { sheet: 'dòng tên bảng và tiêu đề', 'file-name': 'tên tệp' },
    columns: 'Cột số liệu',
    periods: {
      '': '— không dùng —',
      month: 'tháng',
      'previous-month': 'tháng trước',
      cumulative: 'từ đầu năm đến tháng',
      'previous-cumulative': 'từ đầu năm đến tháng trước',
      quarter: 'quý',
      year: 'năm',
    } satisfies Record<ColumnPeriod, string>,
    bases: { yoy: 'so với cùng kỳ năm trước', mom: 'so với tháng trước', base: 'so với năm gốc', level: 'mức' } satisfies Record<Basis, string>,
    units: { index: 'chỉ số (=100)', pct: '% thay đổi', pp: 'điểm phần trăm', qty: 'lượng' } satisfies Record<Unit, string>,
    preview: 'Xem trước với bố cục này',
    saveName: 'Lưu thành mẫu (tên, lưu khi ghi)',
    savePlaceholder: 'vd. IIP theo địa phương, Cục Thống kê tỉnh',
  },
  en: {
    title: 'Map this spreadsheet’s layout',
    intro: (file: string) =>
      `${file} is not a statistics-office workbook and no saved layout fits it. Say where its figures are; the layout can be saved and is found again next month.`,
    sheet: 'Sheet',
    headerRow: 'Header row',
    labelColumn: 'Names column',
    labelKind: 'Names are',
    kinds: { geo: 'localities (whole industry)', item: 'industries or products (whole country)' },
    monthFrom: 'Month from',
    monthSources: { sheet: 'title and header rows', 'file-name': 'file name' },
    columns: 'Data columns',
    periods: {
      '': '— not used —',
      month: 'the month',
      'previous-month': 'the previous month',
      cumulative: 'January to the month',
      'previous-cumulative': 'January to the previous month',
      quarter: 'the quarter',
      year: 'the year',
    } satisfies Record<ColumnPeriod, string>,
    bases: { yoy: 'vs same period last year', mom: 'vs previous month', base: 'vs base year', level: 'level' } satisfies Record<Basis, string>,
    units: { index: 'index (=100)', pct: '% change', pp: 'percentage points', qty: 'quantity' } satisfies Record<Unit, string>,
    preview: 'Preview with this layout',
    saveName: 'Save as template (name, stored on commit)',
    savePlaceholder: 'e.g. IIP by locality, provincial office',
  },
});
