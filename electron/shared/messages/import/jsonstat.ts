// Messages of JSON-stat files: JSON that does not parse, and datasets that do not hold together.
import type { MessageText } from '../said.js';

export const JSONSTAT_MESSAGES = {
  'json.invalid': { en: 'invalid JSON: {problem}', vi: 'JSON không hợp lệ: {problem}' },
  'json.value-expected': { en: 'the text ends where a value was expected', vi: 'văn bản kết thúc ở chỗ cần một giá trị' },
  'json.name-expected': { en: 'expected a quoted property name', vi: 'cần tên thuộc tính trong dấu nháy' },
  'json.colon-expected': { en: 'expected ":" after a property name', vi: 'cần dấu ":" sau tên thuộc tính' },
  'json.ends-in-object': { en: 'the text ends inside an object', vi: 'văn bản kết thúc giữa một đối tượng' },
  'json.comma-or-brace': { en: 'expected "," or "}"', vi: 'cần dấu "," hoặc "}"' },
  'json.ends-in-array': { en: 'the text ends inside an array', vi: 'văn bản kết thúc giữa một mảng' },
  'json.comma-or-bracket': { en: 'expected "," or "]"', vi: 'cần dấu "," hoặc "]"' },
  'json.unexpected': { en: 'unexpected {text}', vi: 'gặp ký tự không mong đợi {text}' },
  'json.ends-in-string': { en: 'the text ends inside a string', vi: 'văn bản kết thúc giữa một chuỗi' },
  'json.bad-escape': { en: 'bad escape in a string', vi: 'chuỗi có một ký tự thoát (escape) sai' },
  'json.control-in-string': { en: 'control character inside a string', vi: 'có ký tự điều khiển bên trong một chuỗi' },
  'json.text-after-end': { en: 'unexpected text after the end of the JSON value', vi: 'còn văn bản sau khi giá trị JSON đã kết thúc' },
  'json.too-deep': {
    en: 'arrays and objects nest deeper than {limit} levels here; a JSON-stat dataset nests about 6',
    vi: 'mảng và đối tượng lồng nhau sâu hơn {limit} cấp tại đây; một bộ dữ liệu JSON-stat chỉ lồng khoảng 6 cấp',
  },
  'jsonstat.not-an-object': {
    en: 'the JSON is not an object: expected a JSON-stat dataset',
    vi: 'JSON không phải là một đối tượng: cần một bộ dữ liệu JSON-stat',
  },
  'jsonstat.collection-count': {
    en: 'the collection holds {count} embedded datasets; exactly one is supported',
    vi: 'bộ sưu tập chứa {count} bộ dữ liệu nhúng; chỉ hỗ trợ đúng một bộ',
  },
  'jsonstat.bundle-count': {
    en: 'the bundle holds {count} datasets; exactly one is supported',
    vi: 'gói (bundle) chứa {count} bộ dữ liệu; chỉ hỗ trợ đúng một bộ',
  },
  'jsonstat.no-dataset': {
    en: 'no JSON-stat dataset found (expected "class": "dataset")',
    vi: 'không tìm thấy bộ dữ liệu JSON-stat nào (cần "class": "dataset")',
  },
  'jsonstat.class-unsupported': {
    en: 'unsupported JSON-stat class {value} (expected dataset, collection or bundle)',
    vi: 'không hỗ trợ lớp JSON-stat {value} (cần dataset, collection hoặc bundle)',
  },
  'jsonstat.no-dimension': { en: 'the dataset has no "dimension" object', vi: 'bộ dữ liệu không có đối tượng "dimension"' },
  'jsonstat.id-not-strings': { en: '"id" must be an array of dimension ids', vi: '"id" phải là một mảng các mã chiều' },
  'jsonstat.size-not-numbers': { en: '"size" must be an array of whole numbers', vi: '"size" phải là một mảng các số nguyên' },
  'jsonstat.id-size-count': {
    en: '"id" lists {ids} dimensions but "size" has {sizes} entries',
    vi: '"id" liệt kê {ids} chiều nhưng "size" có {sizes} mục',
  },
  'jsonstat.dimension-missing': {
    en: 'dimension {dimension} is missing or has no "category"',
    vi: 'chiều {dimension} bị thiếu hoặc không có "category"',
  },
  'jsonstat.index-position': {
    en: 'index position {position} is not a free position 0…{last}',
    vi: 'vị trí chỉ mục {position} không phải là một vị trí còn trống trong khoảng 0…{last}',
  },
  'jsonstat.category-count': {
    en: '"size" says {size} categories but dimension {dimension} has {count}',
    vi: '"size" cho biết có {size} mục nhưng chiều {dimension} có {count}',
  },
  'jsonstat.value-count': { en: 'expected {total} values ({shape}), found {found}', vi: 'cần {total} giá trị ({shape}), nhưng có {found}' },
  'jsonstat.sparse-key': {
    en: "a sparse value's key must be a position 0…{last}",
    vi: 'khoá của một giá trị thưa phải là một vị trí trong khoảng 0…{last}',
  },
  'jsonstat.no-value': {
    en: 'the dataset has no "value" array or object',
    vi: 'bộ dữ liệu không có mảng hay đối tượng "value"',
  },
  'jsonstat.not-a-number': { en: '{value} is not a number', vi: '{value} không phải là số' },
} as const satisfies Record<string, MessageText>;
