// Messages of SDMX-ML (XML) and SDMX-CSV files, and of their observations.
import type { MessageText } from '../said.js';

export const SDMX_MESSAGES = {
  'xml.close-mismatch': {
    en: '</{written}> closes <{open}> (opened at line {line})',
    vi: '</{written}> lại đóng phần tử <{open}> (mở ở dòng {line})',
  },
  'xml.close-unmatched': { en: '</{name}> without an open element', vi: '</{name}> không đóng phần tử nào đang mở' },
  'xml.attribute-repeated': { en: 'attribute "{name}" repeated on {tag}', vi: 'thuộc tính "{name}" lặp lại trên {tag}' },
  'xml.prefix-undeclared': {
    en: 'namespace prefix "{prefix}" is not declared (in {tag})',
    vi: 'tiền tố không gian tên "{prefix}" chưa được khai báo (trong {tag})',
  },
  'xml.entity-unknown': { en: 'unknown entity &{name};', vi: 'thực thể không xác định &{name};' },
  'xml.text-after-root': { en: 'text after the root element', vi: 'có văn bản sau phần tử gốc' },
  'xml.text-outside-root': { en: 'text outside the root element', vi: 'có văn bản nằm ngoài phần tử gốc' },
  'xml.second-root': { en: 'second root element {tag}', vi: 'phần tử gốc thứ hai {tag}' },
  'xml.the-element': { en: 'the element', vi: 'phần tử' },
  'xml.disallowed-character': { en: 'disallowed character {char}', vi: 'ký tự không được phép {char}' },
  'xml.not-well-formed': {
    en: 'the XML is not well-formed here',
    vi: 'XML không hợp lệ tại đây',
  },
  'xml.no-element': { en: 'no XML element found', vi: 'không tìm thấy phần tử XML nào' },
  'xml.ends-in-markup': {
    en: 'the file ends inside markup that is never closed; the file is truncated',
    vi: 'tệp kết thúc giữa một thẻ không bao giờ được đóng; tệp bị cắt cụt',
  },
  'xml.ends-in-quoted-markup': {
    en: 'the file ends inside markup: {markup} (begun at line {line}) is never closed; the file is truncated',
    vi: 'tệp kết thúc giữa một thẻ: {markup} (bắt đầu ở dòng {line}) không bao giờ được đóng; tệp bị cắt cụt',
  },
  'xml.ends-before-close': {
    en: 'the file ends before </{name}> (element opened at line {line}); the file is truncated',
    vi: 'tệp kết thúc trước </{name}> (phần tử mở ở dòng {line}); tệp bị cắt cụt',
  },
  'xml.ends-before-close-nested-one': {
    en: 'the file ends before </{name}> (element opened at line {line}, inside 1 other open element); the file is truncated',
    vi: 'tệp kết thúc trước </{name}> (phần tử mở ở dòng {line}, nằm trong 1 phần tử khác đang mở); tệp bị cắt cụt',
  },
  'xml.ends-before-close-nested': {
    en: 'the file ends before </{name}> (element opened at line {line}, inside {count} other open elements); the file is truncated',
    vi: 'tệp kết thúc trước </{name}> (phần tử mở ở dòng {line}, nằm trong {count} phần tử khác đang mở); tệp bị cắt cụt',
  },
  'xml.too-deep': {
    en: 'elements nest deeper than {limit} levels; an SDMX-ML message nests about 8',
    vi: 'các phần tử lồng nhau sâu hơn {limit} cấp; một thông điệp SDMX-ML chỉ lồng khoảng 8 cấp',
  },
  'sdmx.not-data-message': {
    en: '<{name}> is not an SDMX-ML data message (expected StructureSpecificData or GenericData)',
    vi: '<{name}> không phải thông điệp dữ liệu SDMX-ML (cần StructureSpecificData hoặc GenericData)',
  },
  'sdmx.value-attributes': { en: '<Value> needs id and value attributes', vi: '<Value> cần các thuộc tính id và value' },
  'sdmx.value-outside': {
    en: '<Value> outside SeriesKey, ObsKey or Attributes',
    vi: '<Value> nằm ngoài SeriesKey, ObsKey hoặc Attributes',
  },
  'sdmx.obs-dimension-outside': { en: '<ObsDimension> outside <Obs>', vi: '<ObsDimension> nằm ngoài <Obs>' },
  'sdmx.obs-value-outside': { en: '<ObsValue> outside <Obs>', vi: '<ObsValue> nằm ngoài <Obs>' },
  'sdmx.no-root': { en: 'no SDMX-ML root element', vi: 'không có phần tử gốc SDMX-ML' },
  'sdmx.value-not-number': { en: 'OBS_VALUE {value} is not a number', vi: 'OBS_VALUE {value} không phải là số' },
  'sdmx.no-time-period': { en: 'no TIME_PERIOD', vi: 'không có TIME_PERIOD' },
  'sdmx.time-period-invalid': {
    en: 'TIME_PERIOD "{value}" is not a month, quarter or year (expected 2024-11, 2024-M11, 2024M11, 2024-Q3 or 2024)',
    vi: 'TIME_PERIOD "{value}" không phải tháng, quý hay năm (cần dạng 2024-11, 2024-M11, 2024M11, 2024-Q3 hoặc 2024)',
  },
  'sdmx.series-clash': {
    en: 'two series fall on the same figures ({where}): series {before} ({beforePlace}) and series {series}; the reader cannot tell them apart by their dimensions',
    vi: 'hai chuỗi số liệu trùng vào cùng các số liệu ({where}): chuỗi {before} ({beforePlace}) và chuỗi {series}; trình đọc không phân biệt được chúng qua các chiều',
  },
  'sdmx.figure-slot': { en: '{geo}, item {item}, {period}, {basis}', vi: '{geo}, mục {item}, {period}, {basis}' },
  'sdmx.whole-country': { en: 'the whole country', vi: 'cả nước' },
  'sdmx.no-figures': {
    en: 'no figures: {reasons}',
    vi: 'không có số liệu nào: {reasons}',
  },
  'sdmx-csv.first-column': {
    en: 'SDMX-CSV starts with a DATAFLOW column (1.0) or STRUCTURE, STRUCTURE_ID columns (2.0); found "{found}"',
    vi: 'SDMX-CSV phải bắt đầu bằng cột DATAFLOW (1.0) hoặc các cột STRUCTURE, STRUCTURE_ID (2.0); nhưng gặp "{found}"',
  },
  'sdmx-csv.no-obs-value': {
    en: 'no OBS_VALUE column: SDMX-CSV needs OBS_VALUE (and TIME_PERIOD)',
    vi: 'không có cột OBS_VALUE: SDMX-CSV cần OBS_VALUE (và TIME_PERIOD)',
  },
  'sdmx-csv.no-time-period': {
    en: 'no TIME_PERIOD column (series-per-column layouts are not supported)',
    vi: 'không có cột TIME_PERIOD (chưa hỗ trợ bố cục mỗi chuỗi một cột)',
  },
  'sdmx-csv.column-twice': { en: 'column {column} appears twice', vi: 'cột {column} xuất hiện hai lần' },
} as const satisfies Record<string, MessageText>;
