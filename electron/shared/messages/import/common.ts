// Messages every reader may give: an empty file, a format it cannot tell, text it cannot decode,
// a failure it did not expect.
import type { MessageText } from '../said.js';

export const COMMON_MESSAGES = {
  'file.empty': { en: 'the file is empty', vi: 'tệp trống' },
  'file.format-unknown': {
    en: 'cannot tell the format of this file (expected .xlsx, .xls, .px, .json, .xml, .csv or .txt)',
    vi: 'không nhận ra định dạng của tệp này (cần một tệp .xlsx, .xls, .px, .json, .xml, .csv hoặc .txt)',
  },
  'file.unreadable': { en: 'cannot read the file: {reason}', vi: 'không đọc được tệp: {reason}' },
  'file.unexpected': {
    en: 'could not be read as {format}: the reader met something it does not expect (the details are in the log); check that the file is complete and of this format',
    vi: 'không đọc được dưới dạng {format}: trình đọc gặp nội dung không lường trước (chi tiết có trong nhật ký); hãy kiểm tra tệp còn nguyên vẹn và đúng định dạng này',
  },
  'format.gso-xlsx': { en: 'a statistics-office workbook', vi: 'bảng tính của cơ quan thống kê' },
  'format.xlsx-template': { en: 'a workbook', vi: 'bảng tính' },
  'format.pc-axis': { en: 'a PC-Axis file', vi: 'tệp PC-Axis' },
  'format.json-stat': { en: 'a JSON-stat file', vi: 'tệp JSON-stat' },
  'format.sdmx-ml': { en: 'an SDMX-ML message', vi: 'thông điệp SDMX-ML' },
  'format.sdmx-csv': { en: 'an SDMX-CSV file', vi: 'tệp SDMX-CSV' },
  'format.csv': { en: 'a tidy CSV file', vi: 'tệp CSV dạng dọc (tidy CSV)' },
  'format.text': { en: 'a press release', vi: 'thông cáo báo chí' },
  'text.wide-unsupported': {
    en: '{encoding} text is not supported; save the file as UTF-8',
    vi: 'không hỗ trợ văn bản mã hoá {encoding}; hãy lưu tệp dưới dạng UTF-8',
  },
  'text.utf16-without-bom': {
    en: 'the bytes look like UTF-16 text without a byte-order mark; save the file as UTF-8 (or as "Unicode text", which writes a BOM)',
    vi: 'các byte trông như văn bản UTF-16 không có dấu thứ tự byte (BOM); hãy lưu tệp dưới dạng UTF-8 (hoặc "Unicode text", kiểu lưu có ghi BOM)',
  },
  'text.nul-bytes': {
    en: 'the file contains {count} NUL byte(s) in its first {bytes} bytes: it is binary, not text',
    vi: 'tệp chứa {count} byte NUL trong {bytes} byte đầu: đây là tệp nhị phân, không phải văn bản',
  },
  'text.control-characters': {
    en: 'the file contains {count} control characters in its first {bytes} bytes: it is binary, not text',
    vi: 'tệp chứa {count} ký tự điều khiển trong {bytes} byte đầu: đây là tệp nhị phân, không phải văn bản',
  },
  'text.c1-controls': {
    en: 'the text contains {count} C1 control characters: wrong encoding or not a text file',
    vi: 'văn bản chứa {count} ký tự điều khiển C1: sai bảng mã hoặc không phải tệp văn bản',
  },
  'text.read-as-fallback': {
    en: '{problem} (read as {encoding} because the bytes are not valid UTF-8)',
    vi: '{problem} (đã đọc theo bảng mã {encoding} vì các byte không phải UTF-8 hợp lệ)',
  },
  'text.encoding-unknown': { en: 'unknown encoding "{encoding}"', vi: 'bảng mã không xác định "{encoding}"' },
  'text.mixed-encodings': {
    en: 'invalid UTF-8 after UTF-8 text: the file mixes encodings; save it again as UTF-8',
    vi: 'gặp byte UTF-8 không hợp lệ sau đoạn văn bản UTF-8: tệp trộn lẫn nhiều bảng mã; hãy lưu lại dưới dạng UTF-8',
  },
  'text.ends-inside-character': {
    en: 'the file ends inside a UTF-8 character (truncated file?)',
    vi: 'tệp kết thúc giữa chừng một ký tự UTF-8 (tệp bị cắt cụt?)',
  },
  'limit.file-too-large': {
    en: 'the file is {size} MB; {format} files are read whole and are refused above {limit} MB (CSV and SDMX-ML are streamed)',
    vi: 'tệp có dung lượng {size} MB; tệp {format} được đọc toàn bộ một lần nên bị từ chối khi vượt quá {limit} MB (CSV và SDMX-ML được đọc dần từng phần)',
  },
  'limit.label-too-long': {
    en: '{what} {label} is {length} characters long; labels are read up to {limit}',
    vi: '{what} {label} dài {length} ký tự; nhãn chỉ được đọc tới {limit} ký tự',
  },
  'limit.cube-too-large': {
    en: '"size" gives {sizes} = {cells} cells; a dataset is read up to {limit} cells',
    vi: '"size" cho {sizes} = {cells} ô; một bộ dữ liệu chỉ được đọc tới {limit} ô',
  },
} as const satisfies Record<string, MessageText>;
