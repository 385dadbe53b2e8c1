// Messages of PC-Axis files, and of the cube that PC-Axis and JSON-stat tables are read into.
import type { MessageText } from '../said.js';

export const PCAXIS_MESSAGES = {
  'px.unterminated-string': {
    en: 'unterminated string: a quoted string must close on the same line (continue long texts in a new quoted string)',
    vi: 'chuỗi chưa đóng: chuỗi trong dấu nháy phải đóng trên cùng một dòng (viết tiếp văn bản dài bằng một chuỗi mới trong dấu nháy)',
  },
  'px.keyword-expected': { en: 'expected a keyword, found {text}', vi: 'cần một từ khoá, nhưng gặp {text}' },
  'px.bracket-unclosed': { en: 'keyword {keyword}: "[" without "]"', vi: 'từ khoá {keyword}: có "[" mà không có "]"' },
  'px.name-expected': {
    en: 'keyword {keyword}: expected a quoted name inside ( )',
    vi: 'từ khoá {keyword}: cần một tên trong dấu nháy bên trong ( )',
  },
  'px.comma-or-paren-expected': {
    en: 'keyword {keyword}: expected "," or ")" after a name',
    vi: 'từ khoá {keyword}: cần "," hoặc ")" sau một tên',
  },
  'px.equals-expected': { en: 'keyword {keyword}: expected "="', vi: 'từ khoá {keyword}: cần dấu "="' },
  'px.statement-unclosed': {
    en: 'keyword {keyword}: the file ends before the ";" that closes this statement',
    vi: 'từ khoá {keyword}: tệp kết thúc trước dấu ";" đóng câu lệnh này',
  },
  'px.empty-item': { en: 'keyword {keyword}: empty list item', vi: 'từ khoá {keyword}: danh sách có một mục trống' },
  'px.comma-before-string': {
    en: 'keyword {keyword}: missing "," before a string',
    vi: 'từ khoá {keyword}: thiếu dấu "," trước một chuỗi',
  },
  'px.tlist-unclosed': { en: 'keyword {keyword}: TLIST( without ")"', vi: 'từ khoá {keyword}: có TLIST( mà không có ")"' },
  'px.comma-before-value': {
    en: 'keyword {keyword}: missing "," before {value}',
    vi: 'từ khoá {keyword}: thiếu dấu "," trước {value}',
  },
  'px.data-unclosed': {
    en: 'the file ends before the ";" that closes DATA (line {line}): the file is truncated after {count} value(s)',
    vi: 'tệp kết thúc trước dấu ";" đóng DATA (dòng {line}): tệp bị cắt cụt sau {count} giá trị',
  },
  'px.codepage-unknown': {
    en: 'unknown CODEPAGE {value}: expected an encoding name such as utf-8, windows-1252, windows-1258, iso-8859-1 or iso-8859-15',
    vi: 'CODEPAGE không xác định {value}: cần tên một bảng mã như utf-8, windows-1252, windows-1258, iso-8859-1 hoặc iso-8859-15',
  },
  'px.codepage-invalid-utf8': {
    en: 'CODEPAGE says utf-8 but byte {byte} (0x{hex}) is not valid UTF-8',
    vi: 'CODEPAGE khai báo utf-8 nhưng byte {byte} (0x{hex}) không phải UTF-8 hợp lệ',
  },
  'px.no-data': { en: 'no DATA keyword: a PX file must end with DATA=…;', vi: 'không có từ khoá DATA: tệp PX phải kết thúc bằng DATA=…;' },
  'px.keys-unsupported': {
    en: 'the KEYS (sparse DATA) layout is not supported; export the table without KEYS',
    vi: 'chưa hỗ trợ bố cục KEYS (DATA thưa); hãy xuất bảng không dùng KEYS',
  },
  'px.no-variables': { en: 'neither STUB nor HEADING names a variable', vi: 'cả STUB lẫn HEADING đều không nêu biến nào' },
  'px.values-missing': {
    en: 'VALUES missing for {from} variable {variable}',
    vi: 'thiếu VALUES cho biến {variable} của {from}',
  },
  'px.values-empty': { en: 'VALUES for {variable} is empty', vi: 'VALUES của biến {variable} trống' },
  'px.codes-count': {
    en: 'CODES has {codes} entries but VALUES has {values}',
    vi: 'CODES có {codes} mục nhưng VALUES có {values}',
  },
  'px.data-count': { en: 'expected {total} values ({shape}), found {found}', vi: 'cần {total} giá trị ({shape}), nhưng có {found}' },
  'px.unknown-symbol': {
    en: 'unknown symbol {value} (missing values are ".", "..", "...", "-" or ":")',
    vi: 'ký hiệu không xác định {value} (giá trị thiếu được ghi là ".", "..", "...", "-" hoặc ":")',
  },
  'px.not-a-number': { en: '{value} is not a number', vi: '{value} không phải là số' },
  'cube.no-time-dimension': {
    en: 'no time dimension: expected one named Năm/Tháng/Kỳ/Time/Period (or TIMEVAL / role "time"); dimensions are {dimensions}',
    vi: 'không có chiều thời gian: cần một chiều tên Năm/Tháng/Kỳ/Time/Period (hoặc TIMEVAL / role "time"); các chiều hiện có: {dimensions}',
  },
  'cube.several-time-dimensions': {
    en: 'more than one time dimension ({dimensions})',
    vi: 'có nhiều hơn một chiều thời gian ({dimensions})',
  },
  'cube.not-a-period': {
    en: '{value} is not a period (expected e.g. 2024M11, 2024Q3, 2024, Tháng 11/2024)',
    vi: '{value} không phải là kỳ (cần dạng như 2024M11, 2024Q3, 2024, Tháng 11/2024)',
  },
  'cube.comparison-unknown': {
    en: 'cannot tell what the values compare against: expected "so với cùng kỳ năm trước", "so với tháng trước", "Năm gốc 2010" (or English equivalents) in the contents, units or a dimension',
    vi: 'không xác định được các giá trị so sánh với kỳ nào: cần "so với cùng kỳ năm trước", "so với tháng trước", "Năm gốc 2010" (hoặc tương đương tiếng Anh) trong phần nội dung, đơn vị hoặc một chiều',
  },
  'label.variable': { en: 'the variable', vi: 'biến' },
  'label.value': { en: 'the value', vi: 'giá trị' },
  'label.dimension-id': { en: 'a dimension id', vi: 'mã chiều' },
  'label.category': { en: 'the category', vi: 'mục' },
  'label.category-code': { en: 'a category code', vi: 'mã mục' },
  'label.dimension': { en: 'the dimension', vi: 'chiều' },
} as const satisfies Record<string, MessageText>;
