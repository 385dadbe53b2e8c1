// Messages of CSV files: the records (quotes, lengths) and the tidy CSV's columns and values.
import type { MessageText } from '../said.js';

export const CSV_MESSAGES = {
  'csv.text-after-quote': {
    en: 'text after a closing quote: {text} (a quote inside a quoted field must be doubled "")',
    vi: 'có chữ sau dấu nháy đóng: {text} (dấu nháy nằm trong một trường có nháy phải viết đôi "")',
  },
  'csv.record-too-long-quote': {
    en: 'a record longer than {limit} characters: a quoted field is never closed',
    vi: 'một bản ghi dài hơn {limit} ký tự: có một trường mở dấu nháy mà không bao giờ đóng',
  },
  'csv.record-too-long': {
    en: 'a record longer than {limit} characters: the file has no line breaks',
    vi: 'một bản ghi dài hơn {limit} ký tự: tệp không có dấu xuống dòng',
  },
  'csv.ends-in-quote': {
    en: 'the file ends inside a quoted field (a quote is not closed)',
    vi: 'tệp kết thúc giữa một trường có nháy (một dấu nháy chưa được đóng)',
  },
  'csv.no-line-break': {
    en: 'no line break in the first megabyte: not a CSV file',
    vi: 'không có dấu xuống dòng nào trong megabyte đầu tiên: không phải tệp CSV',
  },
  'csv.field-count': {
    en: 'expected {expected} fields as in the header, found {found}',
    vi: 'cần {expected} trường như dòng tiêu đề, nhưng có {found}',
  },
  'csv.item-empty': {
    en: 'empty: name or code of the industry, product or TOTAL',
    vi: 'ô trống: cần tên hoặc mã ngành, sản phẩm, hoặc TOTAL',
  },
  'csv.empty': { en: 'empty', vi: 'ô trống' },
  'csv.measure-unknown': {
    en: 'unknown measure {value} (expected {expected})',
    vi: 'chỉ tiêu không xác định {value} (cần một trong: {expected})',
  },
  'csv.period-invalid': {
    en: '{value} is not a period (expected 2025-11, 2025-01..2025-11, 2025-Q2 or 2025)',
    vi: '{value} không phải là kỳ (cần dạng 2025-11, 2025-01..2025-11, 2025-Q2 hoặc 2025)',
  },
  'csv.basis-unknown': {
    en: 'unknown basis {value} (expected {expected})',
    vi: 'kỳ so sánh không xác định {value} (cần một trong: {expected})',
  },
  'csv.unit-unknown': {
    en: 'unknown unit {value} (expected {expected})',
    vi: 'đơn vị không xác định {value} (cần một trong: {expected})',
  },
  'csv.unit-basis-mismatch': {
    en: 'unit "{unit}" does not fit basis "{basis}" (level goes with qty, and qty only with level)',
    vi: 'đơn vị "{unit}" không hợp với kỳ so sánh "{basis}" (level đi với qty, và qty chỉ đi với level)',
  },
  'csv.base-needs-index': {
    en: 'basis "base" needs unit "index", not "{unit}"',
    vi: 'kỳ so sánh "base" cần đơn vị "index", không phải "{unit}"',
  },
  'csv.not-a-number': { en: '{value} is not a number', vi: '{value} không phải là số' },
  'csv.status-unknown': {
    en: 'unknown status {value} (expected {expected})',
    vi: 'trạng thái không xác định {value} (cần một trong: {expected})',
  },
  'csv.not-a-year': { en: '{value} is not a year', vi: '{value} không phải là năm' },
  'csv.base-year-basis': {
    en: 'a base year only goes with basis "base" (this row has "{basis}")',
    vi: 'năm gốc chỉ đi với kỳ so sánh "base" (dòng này có "{basis}")',
  },
  'csv.too-many-figures': {
    en: 'more than {limit} figures: the file is too large to import at once (raise the figure limit or split the file)',
    vi: 'hơn {limit} số liệu: tệp quá lớn để nhập một lần (hãy nâng giới hạn số liệu hoặc chia nhỏ tệp)',
  },
  'csv.column-twice': { en: 'column {column} appears twice in the header', vi: 'cột {column} xuất hiện hai lần trong dòng tiêu đề' },
  'csv.header-lacks-column': {
    en: 'the header lacks column {columns} (expected {expected})',
    vi: 'dòng tiêu đề thiếu cột {columns} (cần {expected})',
  },
  'csv.header-lacks-columns': {
    en: 'the header lacks columns {columns} (expected {expected})',
    vi: 'dòng tiêu đề thiếu các cột {columns} (cần {expected})',
  },
  'csv.decimal-comma-in-point-file': {
    en: "'{value}' looks like a decimal-comma number but this file uses a decimal point",
    vi: "'{value}' trông như số dùng dấu phẩy thập phân, nhưng tệp này dùng dấu chấm thập phân",
  },
  'csv.decimal-point-in-comma-file': {
    en: "'{value}' looks like a decimal-point number but this file uses a decimal comma",
    vi: "'{value}' trông như số dùng dấu chấm thập phân, nhưng tệp này dùng dấu phẩy thập phân",
  },
} as const satisfies Record<string, MessageText>;
