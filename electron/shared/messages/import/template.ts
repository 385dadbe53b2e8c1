// Messages of workbooks read with a layout template the user mapped.
import type { MessageText } from '../said.js';

export const TEMPLATE_MESSAGES = {
  'template.month-from-file-name': {
    en: "the template '{template}' takes the month from the file name, but '{file}' names no month (e.g. T11.2025 or 2025-11)",
    vi: "mẫu bố cục '{template}' lấy tháng từ tên tệp, nhưng tên '{file}' không nêu tháng nào (ví dụ T11.2025 hoặc 2025-11)",
  },
  'template.month-from-header': {
    en: 'the template \'{template}\' takes the month from the title and header rows, but they name no month (e.g. "Tháng 11 năm 2025")',
    vi: 'mẫu bố cục \'{template}\' lấy tháng từ tiêu đề và các dòng tiêu đề cột, nhưng ở đó không nêu tháng nào (ví dụ "Tháng 11 năm 2025")',
  },
  'template.not-a-number': { en: "expected a number, found '{text}'", vi: "cần một con số, nhưng ô chứa '{text}'" },
  'template.matches-no-sheet': {
    en: "the layout of template '{template}' matches none of the sheets ({sheets})",
    vi: "bố cục của mẫu '{template}' không khớp với trang tính nào ({sheets})",
  },
  'template.given-matches-no-sheet': {
    en: "the layout of template '{template}' matches none of this workbook's sheets ({sheets}); map its layout in the Import tab",
    vi: "bố cục của mẫu '{template}' không khớp với trang tính nào của bảng tính này ({sheets}); hãy ghép bố cục của nó ở thẻ Nhập dữ liệu",
  },
  'template.layout-needed': {
    en: '{why}; {templates}. Map the layout of this workbook (sheet, header row, names column, period and basis of each column) in the Import tab, or use `iip import FILE --template NAME`',
    vi: '{why}; {templates}. Hãy ghép bố cục của bảng tính này (trang tính, dòng tiêu đề, cột tên, kỳ và kỳ so sánh của từng cột) ở thẻ Nhập dữ liệu, hoặc dùng `iip import FILE --template NAME`',
  },
  'template.none-saved': { en: 'there are no saved layout templates', vi: 'chưa có mẫu bố cục nào được lưu' },
  'template.none-matches': {
    en: 'none of the {count} saved layout template(s) ({templates}) matches its sheets',
    vi: 'không mẫu nào trong {count} mẫu bố cục đã lưu ({templates}) khớp với các trang tính của nó',
  },
  'template.why-given': { en: 'a layout template was given', vi: 'đã chỉ định một mẫu bố cục' },
  'template.why-not-gso': {
    en: "this is not a statistics-office workbook (no sheet with a 'Toàn ngành công nghiệp' row)",
    vi: "đây không phải bảng tính của cơ quan thống kê (không có trang tính nào có dòng 'Toàn ngành công nghiệp')",
  },
  'template.no-figures': {
    en: "template '{template}': no figures under the header row in the mapped columns",
    vi: "mẫu '{template}': không có số liệu nào dưới dòng tiêu đề trong các cột đã ghép",
  },
} as const satisfies Record<string, MessageText>;
