// Messages of workbooks: the .xlsx container (zip, bounds), legacy .xls, and the statistics
// office's IIP and products tables.
import type { MessageText } from '../said.js';

const RESAVE_EN = 'open it in Excel or LibreOffice and save it again';
const RESAVE_VI = 'hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại';

export const WORKBOOK_MESSAGES = {
  'workbook.too-large': {
    en: 'the workbook is {size} MB; workbooks are read whole and are refused above {limit} MB (monthly releases are under 1 MB): save the IIP sheets on their own, or export them as CSV',
    vi: 'bảng tính có dung lượng {size} MB; bảng tính được đọc toàn bộ một lần nên bị từ chối khi vượt quá {limit} MB (số liệu hằng tháng dưới 1 MB): hãy lưu riêng các trang tính IIP, hoặc xuất chúng ra CSV',
  },
  'workbook.unreadable': {
    en: `the workbook could not be read: it is damaged, or its sheets are laid out in a way the app does not expect; open it in Excel or LibreOffice, check the IIP sheets and save it again`,
    vi: 'không đọc được bảng tính: tệp bị hỏng, hoặc các trang tính được bố trí theo cách ứng dụng không lường trước; hãy mở tệp bằng Excel hoặc LibreOffice, kiểm tra các trang tính IIP rồi lưu lại',
  },
  'workbook.damaged-content': {
    en: `the workbook is damaged: its zip opens, but the sheets inside are not well-formed Excel XML; ${RESAVE_EN}`,
    vi: `bảng tính bị hỏng: tệp zip mở được, nhưng các trang tính bên trong không phải XML Excel hợp lệ; ${RESAVE_VI}`,
  },
  'workbook.damaged-sheet': {
    en: `the workbook is damaged: this sheet is not well-formed Excel XML here; ${RESAVE_EN}`,
    vi: `bảng tính bị hỏng: trang tính này không phải XML Excel hợp lệ tại đây; ${RESAVE_VI}`,
  },
  'workbook.damaged-part': {
    en: `the workbook is damaged: this part of it is not well-formed Excel XML here; ${RESAVE_EN}`,
    vi: `bảng tính bị hỏng: phần này của tệp không phải XML Excel hợp lệ tại đây; ${RESAVE_VI}`,
  },
  'workbook.no-worksheets': {
    en: 'the zip archive holds no worksheets: not an .xlsx workbook',
    vi: 'tệp zip không chứa trang tính nào: không phải bảng tính .xlsx',
  },
  'workbook.out-of-memory': {
    en: 'the workbook is too large to read: loading it needs more than the {limit} MB of memory allowed; save the IIP sheets on their own, or export them as CSV',
    vi: 'bảng tính quá lớn để đọc: cần hơn {limit} MB bộ nhớ được phép; hãy lưu riêng các trang tính IIP, hoặc xuất chúng ra CSV',
  },
  'workbook.is-xls': {
    en: 'the file is an old binary Excel workbook (.xls, OLE2), not an .xlsx workbook (no zip signature); open it in Excel and save it as .xlsx',
    vi: 'tệp là bảng tính Excel nhị phân kiểu cũ (.xls, OLE2), không phải bảng tính .xlsx (không có chữ ký zip); hãy mở bằng Excel rồi lưu thành .xlsx',
  },
  'workbook.not-xlsx': {
    en: 'the file is not an .xlsx workbook (no zip signature)',
    vi: 'tệp không phải bảng tính .xlsx (không có chữ ký zip)',
  },
  'zip.no-end-record': {
    en: 'the zip is truncated or damaged: no end-of-central-directory record in {bytes} bytes (file cut short?)',
    vi: 'tệp zip bị cắt cụt hoặc hỏng: không có bản ghi kết thúc danh mục trong {bytes} byte (tệp bị cắt ngắn?)',
  },
  'zip.too-many-parts': {
    en: 'the zip lists {count} parts; a workbook has at most {limit}',
    vi: 'tệp zip liệt kê {count} phần; một bảng tính có nhiều nhất {limit} phần',
  },
  'zip.directory-damaged': {
    en: "the zip's list of parts is damaged at entry {entry} of {count}",
    vi: 'danh sách các phần của tệp zip bị hỏng ở mục {entry} trên {count}',
  },
  'zip.directory-cut-short': {
    en: "the zip's list of parts is cut short at entry {entry} of {count}",
    vi: 'danh sách các phần của tệp zip bị cắt ngắn ở mục {entry} trên {count}',
  },
  'zip.directory-nowhere': {
    en: 'the zip says its list of parts is elsewhere but does not say where',
    vi: 'tệp zip cho biết danh sách các phần nằm ở chỗ khác nhưng không nói ở đâu',
  },
  'zip.directory-misplaced': {
    en: "the zip's list of parts is not where it says",
    vi: 'danh sách các phần của tệp zip không nằm ở vị trí tệp khai báo',
  },
  'zip.sizes-missing': { en: "a part's sizes are missing from the zip", vi: 'tệp zip thiếu kích thước của một phần' },
  'zip.part-misplaced': { en: 'the part {part} is not where the zip says', vi: 'phần {part} không nằm ở vị trí tệp zip khai báo' },
  'zip.part-past-end': {
    en: 'the part {part} runs past the end of the file (file cut short?)',
    vi: 'phần {part} vượt quá cuối tệp (tệp bị cắt ngắn?)',
  },
  'zip.expands-too-much': {
    en: 'the workbook expands to more than {limit} MB when unzipped ({how}); monthly releases expand to about 5 MB: not a workbook the app can read safely (a zip bomb?)',
    vi: 'bảng tính khi giải nén lớn hơn {limit} MB ({how}); số liệu hằng tháng giải nén chỉ khoảng 5 MB: ứng dụng không thể đọc an toàn bảng tính này (bom zip?)',
  },
  'zip.declared-size': { en: 'its zip says {size} MB', vi: 'tệp zip khai báo {size} MB' },
  'zip.part-alone': { en: '{part} alone gives {size} MB', vi: 'riêng {part} đã là {size} MB' },
  'zip.texts-too-large': {
    en: "the workbook's texts ({part}) take more than {limit} MB unzipped; a monthly release's take under 1 MB",
    vi: 'phần văn bản của bảng tính ({part}) khi giải nén lớn hơn {limit} MB; của số liệu hằng tháng chưa tới 1 MB',
  },
  'zip.part-size-wrong': {
    en: 'the part {part} is damaged: it unzips to {size} bytes where the zip says {declared}',
    vi: 'phần {part} bị hỏng: giải nén được {size} byte trong khi tệp zip khai báo {declared}',
  },
  'zip.part-method': {
    en: 'the part {part} is compressed with method {method}; Excel uses deflate (8) or none (0)',
    vi: 'phần {part} được nén theo phương pháp {method}; Excel dùng deflate (8) hoặc không nén (0)',
  },
  'zip.part-does-not-unzip': {
    en: 'the part {part} is damaged: its compressed bytes do not unzip',
    vi: 'phần {part} bị hỏng: không giải nén được dữ liệu nén của nó',
  },
  'zip.too-many-cells': {
    en: "the workbook's sheets hold more than {limit} cells; monthly releases hold under 100,000: save the IIP sheets on their own",
    vi: 'các trang tính của bảng tính chứa hơn {limit} ô; số liệu hằng tháng chưa tới 100.000 ô: hãy lưu riêng các trang tính IIP',
  },
  'zip.too-many-texts': {
    en: 'the workbook holds more than {limit} different texts; monthly releases hold under 1,000',
    vi: 'bảng tính chứa hơn {limit} đoạn văn bản khác nhau; số liệu hằng tháng chưa tới 1.000',
  },
  'zip.text-too-long': {
    en: '{part} holds a text of more than {limit} KB in one piece; an Excel cell holds at most 32,767 characters: not a workbook the app can read safely (a zip bomb?)',
    vi: '{part} chứa một đoạn văn bản liền hơn {limit} KB; một ô Excel chứa nhiều nhất 32.767 ký tự: ứng dụng không thể đọc an toàn bảng tính này (bom zip?)',
  },
  'xls.no-libreoffice': {
    en: 'this is a legacy Excel .xls workbook; open it in Excel or LibreOffice and save it as .xlsx, then import that (or install LibreOffice so the app can convert it)',
    vi: 'đây là bảng tính Excel .xls kiểu cũ; hãy mở bằng Excel hoặc LibreOffice, lưu thành .xlsx rồi nhập tệp đó (hoặc cài LibreOffice để ứng dụng tự chuyển đổi)',
  },
  'xls.convert-timeout': {
    en: 'this is a legacy Excel .xls workbook and LibreOffice did not finish converting it within {seconds} s; open it in Excel or LibreOffice and save it as .xlsx, then import that',
    vi: 'đây là bảng tính Excel .xls kiểu cũ và LibreOffice không chuyển đổi xong trong {seconds} giây; hãy mở bằng Excel hoặc LibreOffice, lưu thành .xlsx rồi nhập tệp đó',
  },
  'xls.convert-failed': {
    en: 'this is a legacy Excel .xls workbook and LibreOffice could not convert it; open it in Excel or LibreOffice and save it as .xlsx, then import that',
    vi: 'đây là bảng tính Excel .xls kiểu cũ và LibreOffice không chuyển đổi được; hãy mở bằng Excel hoặc LibreOffice, lưu thành .xlsx rồi nhập tệp đó',
  },
  'xls.too-short': {
    en: 'the file is {bytes} bytes, shorter than an .xls header (512): file cut short?',
    vi: 'tệp chỉ có {bytes} byte, ngắn hơn phần đầu của một tệp .xls (512): tệp bị cắt ngắn?',
  },
  'xls.header-byte-order': {
    en: 'the .xls header is damaged (its byte-order mark is wrong)',
    vi: 'phần đầu tệp .xls bị hỏng (dấu thứ tự byte sai)',
  },
  'xls.header-sector-size': {
    en: 'the .xls header is damaged (sector size 2^{shift}; Excel writes 512 or 4096)',
    vi: 'phần đầu tệp .xls bị hỏng (kích thước sector 2^{shift}; Excel ghi 512 hoặc 4096)',
  },
  'xls.no-workbook-stream': {
    en: 'the file is an OLE2 compound file without an Excel workbook stream (another Office document, or a damaged .xls)',
    vi: 'tệp là tệp phức hợp OLE2 nhưng không có luồng dữ liệu bảng tính Excel (một tài liệu Office khác, hoặc tệp .xls bị hỏng)',
  },
  'xls.header-table-sectors': {
    en: 'the .xls header lists {listed} table sectors in a file of {count} (file cut short?)',
    vi: 'phần đầu tệp .xls liệt kê {listed} sector bảng trong một tệp chỉ có {count} sector (tệp bị cắt ngắn?)',
  },
  'xls.table-chain-broken': {
    en: 'the .xls sector table is damaged (its chain of table sectors breaks or loops)',
    vi: 'bảng sector của tệp .xls bị hỏng (chuỗi sector bảng bị đứt hoặc lặp vòng)',
  },
  'xls.table-outside': {
    en: 'the .xls sector table points outside the file (file cut short?)',
    vi: 'bảng sector của tệp .xls trỏ ra ngoài tệp (tệp bị cắt ngắn?)',
  },
  'xls.chain-outside': {
    en: "{what} runs outside the file's sectors (file cut short or damaged)",
    vi: '{what} vượt ra ngoài các sector của tệp (tệp bị cắt ngắn hoặc hỏng)',
  },
  'xls.chain-loops': { en: '{what} loops back on itself: the .xls is damaged', vi: '{what} lặp vòng về chính nó: tệp .xls bị hỏng' },
  'xls.stream-short': {
    en: '{what} is {size} bytes but its sectors hold {held} (file cut short?)',
    vi: '{what} dài {size} byte nhưng các sector của nó chỉ chứa {held} (tệp bị cắt ngắn?)',
  },
  'xls.the-directory': { en: 'the directory', vi: 'danh mục của tệp' },
  'xls.the-workbook-stream': { en: 'the workbook stream', vi: 'luồng dữ liệu bảng tính' },
  'xls.the-small-stream-area': { en: 'the small-stream area', vi: 'vùng luồng nhỏ' },
  'xls.the-small-stream-table': { en: 'the small-stream table', vi: 'bảng luồng nhỏ' },
  'xls.no-bof': {
    en: 'the workbook stream does not begin as an Excel workbook does (no BOF record)',
    vi: 'luồng dữ liệu bảng tính không bắt đầu như một bảng tính Excel (không có bản ghi BOF)',
  },
  'xls.password': {
    en: 'the workbook is protected with a password: open it in Excel, remove the password and save it as .xlsx',
    vi: 'bảng tính được bảo vệ bằng mật khẩu: hãy mở bằng Excel, gỡ mật khẩu rồi lưu thành .xlsx',
  },
  'xls.record-too-long': {
    en: "a record of {length} bytes, longer than Excel's {limit}: the .xls is damaged",
    vi: 'một bản ghi dài {length} byte, vượt mức {limit} của Excel: tệp .xls bị hỏng',
  },
  'xls.record-past-end': {
    en: 'the last record runs past the end of the workbook stream: the .xls is cut short or damaged',
    vi: 'bản ghi cuối vượt quá cuối luồng dữ liệu bảng tính: tệp .xls bị cắt ngắn hoặc hỏng',
  },
  'gso.column-no-header': {
    en: 'cannot tell the period of this column: it has no header',
    vi: 'không xác định được kỳ của cột này: cột không có tiêu đề',
  },
  'gso.column-period': {
    en: "cannot tell the period of this column: '{header}' ({problem})",
    vi: "không xác định được kỳ của cột này: '{header}' ({problem})",
  },
  'gso.column-year': { en: "cannot tell the year of this column: '{header}'", vi: "không xác định được năm của cột này: '{header}'" },
  'gso.cell-error': {
    en: 'expected a number, found the error value {value}',
    vi: 'cần một con số, nhưng ô chứa giá trị lỗi {value}',
  },
  'gso.cell-logical': {
    en: 'expected a number, found the logical value {value}',
    vi: 'cần một con số, nhưng ô chứa giá trị logic {value}',
  },
  'gso.cell-text': { en: "expected a number, found '{text}'", vi: "cần một con số, nhưng ô chứa '{text}'" },
  'gso.no-figures-right-of': { en: "no figures right of '{label}'", vi: "không có số liệu nào bên phải '{label}'" },
  'gso.no-iip-headers': { en: 'no column headers above the IIP table', vi: 'không có tiêu đề cột phía trên bảng IIP' },
  'gso.iip-basis': {
    en: "cannot tell what this IIP column is compared with: '{header}'",
    vi: "không xác định được cột IIP này so sánh với kỳ nào: '{header}'",
  },
  'gso.iip-total-empty': { en: 'the whole-industry row has no figures', vi: 'dòng toàn ngành không có số liệu' },
  'gso.no-figures-right-of-unit': { en: 'no figures right of the unit column', vi: 'không có số liệu nào bên phải cột đơn vị tính' },
  'gso.no-products-headers': { en: 'no column headers above the products table', vi: 'không có tiêu đề cột phía trên bảng sản phẩm' },
  'gso.percent-basis': {
    en: "cannot tell what this percent column is compared with: '{header}'",
    vi: "không xác định được cột phần trăm này so sánh với kỳ nào: '{header}'",
  },
  'gso.products-empty': { en: 'the products table has no figures', vi: 'bảng sản phẩm không có số liệu' },
  'header.same-time': {
    en: 'compares points in time (cùng thời điểm), not production periods',
    vi: 'so sánh các thời điểm (cùng thời điểm), không phải các kỳ sản xuất',
  },
  'header.quarter-on-quarter': {
    en: 'quarter-on-quarter comparisons are not supported',
    vi: 'chưa hỗ trợ so sánh quý này với quý trước',
  },
  'header.compared-with': {
    en: "cannot tell what the column is compared with ('{text}')",
    vi: "không xác định được cột so sánh với kỳ nào ('{text}')",
  },
  'header.no-period': { en: 'no month, quarter or year in the header', vi: 'tiêu đề không nêu tháng, quý hay năm nào' },
  'header.several-years': { en: 'the header names more than one year', vi: 'tiêu đề nêu nhiều hơn một năm' },
  'header.several-periods': { en: 'the header names more than one period', vi: 'tiêu đề nêu nhiều hơn một kỳ' },
  'header.compared-period': {
    en: 'the compared period is neither the previous month nor the same period a year earlier',
    vi: 'kỳ so sánh không phải tháng trước, cũng không phải cùng kỳ năm trước',
  },
  'gso.no-iip-sheet': {
    en: "no sheet with IIP by industry: looked for a row 'Toàn ngành công nghiệp' (or 'Whole industry') in the first columns of {count} sheet(s) ({sheets}), leaving out labour and consumption/inventory tables",
    vi: "không có trang tính IIP theo ngành: đã tìm dòng 'Toàn ngành công nghiệp' (hoặc 'Whole industry') ở các cột đầu của {count} trang tính ({sheets}), không kể các bảng lao động và tiêu thụ/tồn kho",
  },
  'header.not-year-before': {
    en: 'compares with {target}, which is not the year before {year}',
    vi: 'so sánh với năm {target}, không phải năm liền trước năm {year}',
  },
} as const satisfies Record<string, MessageText>;
