// The warnings of an import's preview: what a reader read differently from what the file may mean,
// or left out. Each reader's in its group; the English words are those the preview has always shown.
import type { MessageText } from '../said.js';

export const WARNING_MESSAGES = {
  // any reader
  'warning.more': { en: '… and {count} more warnings like these', vi: '… và {count} lưu ý tương tự khác' },

  // statistics-office workbooks
  'warning.gso.iip-sheet-hidden': { en: '{sheet}: the IIP sheet is hidden in the workbook', vi: '{sheet}: trang tính IIP bị ẩn trong bảng tính' },
  'warning.gso.no-products-sheet': {
    en: 'no key-products sheet found (a table with a unit column "Đơn vị tính" under a "sản phẩm" title); only IIP figures read',
    vi: 'không tìm thấy trang tính sản phẩm chủ yếu (bảng có cột "Đơn vị tính" dưới tiêu đề "sản phẩm"); chỉ đọc số liệu IIP',
  },
  'warning.gso.products-month': {
    en: '{sheet}: the products table reaches {productsMonth}, the IIP table {iipMonth}',
    vi: '{sheet}: bảng sản phẩm tới tháng {productsMonth}, còn bảng IIP tới tháng {iipMonth}',
  },
  'warning.gso.published-month': {
    en: 'the headers are about {month}, but the file name says it was published on {publishedOn}',
    vi: 'tiêu đề các cột nói về tháng {month}, nhưng tên tệp cho biết tệp được công bố ngày {publishedOn}',
  },
  'warning.gso.legacy-vni': {
    en: '{sheet}: {count} text cell(s) in the legacy VNI encoding converted to Unicode',
    vi: '{sheet}: {count} ô văn bản theo bảng mã cũ VNI đã được chuyển sang Unicode',
  },
  'warning.gso.legacy-tcvn3': {
    en: '{sheet}: {count} text cell(s) in the legacy TCVN3 (ABC, .VnTime fonts) encoding converted to Unicode',
    vi: '{sheet}: {count} ô văn bản theo bảng mã cũ TCVN3 (ABC, phông .VnTime) đã được chuyển sang Unicode',
  },
  'warning.gso.english-edition': {
    en: '{sheet}: the workbook is the English edition; row labels are English',
    vi: '{sheet}: bảng tính là bản tiếng Anh; tên các dòng bằng tiếng Anh',
  },
  'warning.gso.quarterly-not-read': {
    en: '{sheet}: quarterly table not read ({place} {detail})',
    vi: '{sheet}: không đọc được bảng số liệu quý ({place} {detail})',
  },
  'warning.gso.figure-twice': {
    en: "{at}: {value} for '{item}' {period}, but {before} gives {beforeValue}; the first kept",
    vi: "{at}: {value} cho '{item}' {period}, nhưng {before} ghi {beforeValue}; giữ số đầu tiên",
  },
  'warning.gso.no-figure': { en: "{at}: no figure for '{label}' ({why})", vi: "{at}: không có số liệu cho '{label}' ({why})" },
  'warning.gso.marker': { en: "'{marker}'", vi: "ký hiệu '{marker}'" },
  'warning.gso.empty-cell': { en: 'empty cell', vi: 'ô trống' },
  'warning.gso.number-as-text': { en: "{at}: number stored as text ('{text}')", vi: "{at}: số được lưu dưới dạng văn bản ('{text}')" },
  'warning.gso.cells-without-figure': { en: '{sheet}: {count} cells without a figure in all', vi: '{sheet}: tổng cộng {count} ô không có số liệu' },
  'warning.gso.same-column': {
    en: "{at}: same period and comparison as {before} ('{header}')",
    vi: "{at}: cùng kỳ và cùng cách so sánh với {before} ('{header}')",
  },
  'warning.gso.row-without-figures': { en: "{at}: row '{label}' has no figures; skipped", vi: "{at}: dòng '{label}' không có số liệu; bỏ qua" },
  'warning.gso.figures-without-label': { en: '{at}: figures without a row label; skipped', vi: '{at}: có số liệu nhưng dòng không có tên; bỏ qua' },
  'warning.gso.row-hidden': {
    en: "{at}: row '{label}' is hidden in the workbook; read anyway",
    vi: "{at}: dòng '{label}' bị ẩn trong bảng tính; vẫn được đọc",
  },
  'warning.gso.unit-as-above-alone': {
    en: '{at}: unit \'{unit}\' means "as above" but there is no unit above',
    vi: '{at}: đơn vị \'{unit}\' nghĩa là "như trên" nhưng phía trên không có đơn vị nào',
  },
  'warning.gso.no-unit': { en: "{at}: no unit for '{label}'", vi: "{at}: không có đơn vị tính cho '{label}'" },

  // layout templates
  'warning.template.other-sheet': {
    en: "template '{template}': read sheet '{sheet}' (mapped on a sheet named '{mappedSheet}')",
    vi: "mẫu '{template}': đã đọc trang tính '{sheet}' (mẫu được lập trên trang tính tên '{mappedSheet}')",
  },
  'warning.template.header-moved': {
    en: "template '{template}': the header row is row {row} (row {mappedRow} when mapped)",
    vi: "mẫu '{template}': dòng tiêu đề là dòng {row} (dòng {mappedRow} khi lập mẫu)",
  },
  'warning.template.no-period': {
    en: "column {column}: '{period}' has no period for {month}; left out",
    vi: "cột {column}: '{period}' không ứng với kỳ nào của tháng {month}; bỏ qua",
  },

  // tidy CSV
  'warning.csv.column-ignored': {
    en: 'column {number} {header} is not a tidy CSV column and was ignored',
    vi: 'cột {number} {header} không phải là cột của CSV dạng gọn và đã bị bỏ qua',
  },
  'warning.csv.decimal-comma': {
    en: '{count} value(s) such as "{value}" ({at}) could use either decimal mark; read with a decimal comma',
    vi: '{count} giá trị như "{value}" ({at}) có thể hiểu theo cả hai kiểu dấu thập phân; đã đọc với dấu phẩy thập phân',
  },
  'warning.csv.decimal-point': {
    en: '{count} value(s) such as "{value}" ({at}) could use either decimal mark; read with a decimal point',
    vi: '{count} giá trị như "{value}" ({at}) có thể hiểu theo cả hai kiểu dấu thập phân; đã đọc với dấu chấm thập phân',
  },
  'warning.csv.no-base-year': {
    en: '{count} row(s) with basis "base" have no base_year',
    vi: '{count} dòng có basis "base" nhưng không có base_year',
  },
  'warning.csv.no-figures': { en: 'the file has a header but no figures', vi: 'tệp có dòng tiêu đề nhưng không có số liệu nào' },

  // PC-Axis and JSON-stat (a cube of values)
  'warning.px.charset': { en: 'CHARSET {charset} is read as ANSI (windows-1252)', vi: 'CHARSET {charset} được đọc như ANSI (windows-1252)' },
  'warning.px.utf8': {
    en: 'no CODEPAGE: the bytes are valid UTF-8 and were read as UTF-8 (not ANSI windows-1252)',
    vi: 'không có CODEPAGE: các byte là UTF-8 hợp lệ nên được đọc như UTF-8 (không phải ANSI windows-1252)',
  },
  'warning.px.text-after-data': { en: 'text after DATA (line {line}) was ignored', vi: 'phần văn bản sau DATA (dòng {line}) đã bị bỏ qua' },
  'warning.px.keyword-repeated': {
    en: 'line {line}: {keyword} repeated; the later one is used',
    vi: 'dòng {line}: {keyword} xuất hiện lại; dùng lần sau cùng',
  },
  'warning.px.vi-values-count': {
    en: 'VALUES[vi]({viVariable}) has {viCount} entries, VALUES({variable}) {count}: Vietnamese names ignored',
    vi: 'VALUES[vi]({viVariable}) có {viCount} mục, VALUES({variable}) có {count}: bỏ qua tên tiếng Việt',
  },
  'warning.cube.several-localities': {
    en: 'several locality-like dimensions; "{dimension}" is taken as the locality, the others as items',
    vi: 'có nhiều chiều giống địa phương; "{dimension}" được coi là địa phương, các chiều còn lại là mục',
  },
  'warning.cube.item-labels-combined': {
    en: 'item labels combine dimensions {dimensions} with " | "',
    vi: 'tên mục ghép các chiều {dimensions} bằng " | "',
  },
  'warning.cube.comparison-unknown': {
    en: '{count} value(s) skipped: their comparison (same period last year, previous month, base year) is not stated',
    vi: 'bỏ qua {count} giá trị: không nêu cách so sánh (cùng kỳ năm trước, tháng trước, năm gốc)',
  },
  'warning.cube.read-as-indices': {
    en: 'the table does not say whether values are indices or % changes; read as indices (comparison period = 100) because all values are above 20',
    vi: 'bảng không cho biết giá trị là chỉ số hay % thay đổi; đã đọc là chỉ số (kỳ so sánh = 100) vì mọi giá trị đều trên 20',
  },
  'warning.cube.read-as-changes': {
    en: 'the table does not say whether values are indices or % changes; read as % changes',
    vi: 'bảng không cho biết giá trị là chỉ số hay % thay đổi; đã đọc là % thay đổi',
  },

  // SDMX-ML and SDMX-CSV
  'warning.sdmx.no-observations': { en: 'the message has no observations', vi: 'thông điệp không có quan sát nào' },
  'warning.sdmx.missing-values': {
    en: '{count} observation(s) without a value (empty or NaN) were skipped',
    vi: 'bỏ qua {count} quan sát không có giá trị (trống hoặc NaN)',
  },
  'warning.sdmx.adjusted': {
    en: '{count} observation(s) of series {series} skipped: the series is seasonally or calendar adjusted, and the store keeps the unadjusted figures',
    vi: 'bỏ qua {count} quan sát của chuỗi {series}: chuỗi đã được điều chỉnh mùa vụ hoặc lịch, còn kho dữ liệu chỉ giữ số liệu chưa điều chỉnh',
  },
  'warning.sdmx.unit-unknown': {
    en: '{count} observation(s) of series {series} skipped: the unit (index or % change) and comparison cannot be told from INDICATOR/UNIT_MEASURE/TRANSFORMATION',
    vi: 'bỏ qua {count} quan sát của chuỗi {series}: không xác định được đơn vị (chỉ số hay % thay đổi) và cách so sánh từ INDICATOR/UNIT_MEASURE/TRANSFORMATION',
  },
  'warning.sdmx-csv.deleted-rows': {
    en: '{count} row(s) with ACTION "D" (delete) were skipped',
    vi: 'bỏ qua {count} dòng có ACTION "D" (xoá)',
  },

  // press text
  'warning.text.long-sentence': {
    en: 'line {line}: a sentence of {length} characters was not read (sentences are read up to {limit})',
    vi: 'dòng {line}: không đọc câu dài {length} ký tự (chỉ đọc câu dài tối đa {limit} ký tự)',
  },
  'warning.text.many-figures': {
    en: '{at}: a sentence states {count} figures; the first {limit} were read',
    vi: '{at}: một câu nêu {count} số liệu; chỉ đọc {limit} số liệu đầu tiên',
  },
  'warning.text.subject-unclear': {
    en: '{at}: a figure of {value}% was not read: its subject is unclear',
    vi: '{at}: không đọc số liệu {value}%: không rõ số liệu nói về chỉ tiêu nào',
  },
  'warning.text.period-range': {
    en: '{at}: a figure of {value}% was not read: its period, {period}, is a range of months that is no period of the IIP',
    vi: '{at}: không đọc số liệu {value}%: kỳ của nó, {period}, là một khoảng tháng không phải kỳ nào của IIP',
  },
  'warning.text.period-needs-date': {
    en: '{at}: a figure of {value}% was not read: its period is relative to a publication date the text does not give (enter the date)',
    vi: '{at}: không đọc số liệu {value}%: kỳ của nó tính theo ngày công bố mà văn bản không nêu (hãy nhập ngày công bố)',
  },
  'warning.text.no-year': {
    en: '{at}: a figure of {value}% was not read: no year for its period (enter the publication date)',
    vi: '{at}: không đọc số liệu {value}%: kỳ của nó không có năm (hãy nhập ngày công bố)',
  },
} as const satisfies Record<string, MessageText>;
