// Messages of the IIP weights file (contributions): base year, section, geo and weight per row.
import type { MessageText } from '../said.js';

export const WEIGHTS_MESSAGES = {
  'weights.empty': { en: 'the file is empty; expected a header line: {columns}', vi: 'tệp trống; cần một dòng tiêu đề: {columns}' },
  'weights.column-unknown': {
    en: "unknown column '{column}'; the columns are {columns}",
    vi: "cột không xác định '{column}'; các cột là {columns}",
  },
  'weights.column-twice': { en: "column '{column}' appears twice", vi: "cột '{column}' xuất hiện hai lần" },
  'weights.column-missing': { en: "the header lacks the column '{column}'", vi: "dòng tiêu đề thiếu cột '{column}'" },
  'weights.no-rows': { en: 'the file has a header but no weights', vi: 'tệp có dòng tiêu đề nhưng không có quyền số nào' },
  'weights.field-count': {
    en: '{fields} fields but the header has {columns} columns (a comma inside a value needs quotes)',
    vi: 'có {fields} trường nhưng dòng tiêu đề chỉ có {columns} cột (dấu phẩy trong một giá trị phải đặt trong dấu nháy)',
  },
  'weights.twice': {
    en: 'a second weight for {item}, base year {year}, {geo} (the first is on row {earlier})',
    vi: 'quyền số thứ hai cho {item}, năm gốc {year}, {geo} (quyền số đầu tiên ở dòng {earlier})',
  },
  'weights.base-year': {
    en: "'{value}' is not a base year (four digits, {first}–{last})",
    vi: "'{value}' không phải năm gốc (bốn chữ số, {first}–{last})",
  },
  'weights.section': {
    en: "'{value}' is not a section code; weights are given for {sections}",
    vi: "'{value}' không phải mã ngành cấp 1; quyền số được cho theo {sections}",
  },
  'weights.geo': {
    en: "'{value}' is not a geo code (VN, or a province code such as P01)",
    vi: "'{value}' không phải mã địa phương (VN, hoặc mã tỉnh như P01)",
  },
  'weights.not-a-number': {
    en: "'{value}' is not a number (a decimal point, no % sign, no thousands separator: 81.5)",
    vi: "'{value}' không phải là số (dùng dấu chấm thập phân, không có dấu %, không có dấu phân cách hàng nghìn: 81.5)",
  },
  'weights.not-a-share': {
    en: '{value} is not a share in percent (above 0, at most 100)',
    vi: '{value} không phải tỷ trọng phần trăm (lớn hơn 0, tối đa 100)',
  },
  'weights.sum': {
    en: 'the weights of base year {year} ({geo}) add up to {sum}, not 100 within rounding (±{allowance})',
    vi: 'tổng quyền số của năm gốc {year} ({geo}) là {sum}, không bằng 100 trong phạm vi làm tròn (±{allowance})',
  },
} as const satisfies Record<string, MessageText>;
