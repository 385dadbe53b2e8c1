// Messages of the import's own steps: files sent in chunks, figures stated twice, nothing found,
// nothing stored.
import type { MessageText } from '../said.js';

export const PIPELINE_MESSAGES = {
  'stage.too-large': {
    en: 'the file is {size}; the app imports files of up to {limit} (larger ones: use the iip import command)',
    vi: 'tệp có dung lượng {size}; ứng dụng chỉ nhập tệp tới {limit} (tệp lớn hơn: hãy dùng lệnh iip import)',
  },
  'stage.too-much-waiting': {
    en: 'the file is {size} and files waiting to be imported already take {held}; at most {limit} can wait at a time — store or discard those first',
    vi: 'tệp có dung lượng {size} trong khi các tệp đang chờ nhập đã chiếm {held}; mỗi lúc chỉ được chờ tối đa {limit} — hãy lưu hoặc bỏ các tệp đó trước',
  },
  'stage.already-complete': {
    en: 'the file is already complete (import:stage-end was called)',
    vi: 'tệp đã nhận đủ (đã gọi import:stage-end)',
  },
  'stage.chunk-writing': {
    en: 'the previous chunk is still being written; send chunks one at a time',
    vi: 'phần trước vẫn đang được ghi; hãy gửi từng phần một',
  },
  'stage.chunk-order': {
    en: 'chunk out of order: the next chunk starts at byte {next}',
    vi: 'phần gửi sai thứ tự: phần tiếp theo phải bắt đầu từ byte {next}',
  },
  'stage.chunk-past-size': {
    en: "the chunk runs past the file's declared size of {size} bytes",
    vi: 'phần gửi vượt quá dung lượng đã khai báo của tệp ({size} byte)',
  },
  'stage.end-while-writing': {
    en: 'a chunk is still being written; end the file after its last chunk is answered',
    vi: 'một phần vẫn đang được ghi; hãy kết thúc tệp sau khi phần cuối đã được trả lời',
  },
  'stage.incomplete': {
    en: 'the file is incomplete: {received} of {size} bytes received',
    vi: 'tệp chưa đủ: mới nhận {received} trên {size} byte',
  },
  'stage.still-sending': {
    en: 'the file is still being sent ({received} of {size} bytes); preview it after import:stage-end',
    vi: 'tệp vẫn đang được gửi ({received} trên {size} byte); hãy xem trước sau khi gọi import:stage-end',
  },
  'import.no-figures': { en: 'no IIP figures found in this file', vi: 'không tìm thấy số liệu IIP nào trong tệp này' },
  'import.figure-twice': {
    en: 'gives {value} for {figure}, but {earlier} gives {earlierValue} for the same figure',
    vi: 'ghi {value} cho {figure}, nhưng {earlier} ghi {earlierValue} cho cùng số liệu đó',
  },
  'import.an-earlier-place': { en: 'an earlier place', vi: 'một chỗ trước đó' },
  'import.too-many-series': {
    en: 'more than a million series, 16,384 periods or 256 base years in one file: split it',
    vi: 'hơn một triệu chuỗi số liệu, 16.384 kỳ hoặc 256 năm gốc trong một tệp: hãy chia nhỏ tệp',
  },
  'import.preview-expired': {
    en: 'this preview has expired; preview the files again',
    vi: 'bản xem trước này đã hết hạn; hãy xem trước các tệp lại',
  },
  'import.no-longer-staged': {
    en: '{files}: no longer staged (stored or discarded since this preview); choose the file again',
    vi: '{files}: không còn trong hàng chờ (đã lưu hoặc đã bỏ kể từ lần xem trước này); hãy chọn lại tệp',
  },
  'stage.unknown': {
    en: "no staged file '{id}': it was stored, discarded or unused for {minutes} minutes; choose the file again",
    vi: "không có tệp nào đang chờ với mã '{id}': tệp đã được lưu, đã bị bỏ hoặc không được dùng trong {minutes} phút; hãy chọn lại tệp",
  },
  'mapping.no-locality': {
    en: "geo '{label}' → '{code}': no such locality code",
    vi: "địa phương '{label}' → '{code}': không có mã địa phương này",
  },
  'mapping.no-item': {
    en: "item '{label}' → '{code}': no such industry or product code",
    vi: "mục '{label}' → '{code}': không có mã ngành hay sản phẩm này",
  },
  'import.nothing-stored': { en: 'nothing was stored: {reasons}', vi: 'không lưu gì cả: {reasons}' },
  'import.reason-problem': { en: '{file}: {message}', vi: 'tệp {file}: {message}' },
  'import.reason-problem-at': { en: '{file} ({place}): {message}', vi: 'tệp {file} ({place}): {message}' },
  'import.reason-unknown-geo': { en: 'unknown geo {label}', vi: 'địa phương chưa biết {label}' },
  'import.reason-unknown-item': { en: 'unknown item {label}', vi: 'mục chưa biết {label}' },
  'import.reason-clash': {
    en: '{file}: {key} is stated as {values}; choose one',
    vi: '{file}: {key} được ghi là {values}; hãy chọn một giá trị',
  },
} as const satisfies Record<string, MessageText>;
