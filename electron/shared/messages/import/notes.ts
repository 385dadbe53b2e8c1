// Messages of the notes file (.iipnotes): too large, not JSON, from a newer app, a field not as a
// notes file holds it. The field's problem names what was expected and what was found.
import type { MessageText } from '../said.js';

export const NOTES_MESSAGES = {
  'notes.too-large': {
    en: 'is {bytes} bytes; notes files are read up to {limit} bytes (8 MiB)',
    vi: 'có dung lượng {bytes} byte; tệp ghi chú chỉ được đọc tới {limit} byte (8 MiB)',
  },
  'notes.truncated': {
    en: 'the file ends too early (truncated?): not a complete notes file',
    vi: 'tệp kết thúc quá sớm (bị cắt cụt?): không phải một tệp ghi chú hoàn chỉnh',
  },
  'notes.not-json': { en: 'not valid JSON: not a notes file', vi: 'không phải JSON hợp lệ: không phải tệp ghi chú' },
  'notes.not-notes-file': {
    en: 'not an IIP Explorer notes file (expected "format": "{format}")',
    vi: 'không phải tệp ghi chú của IIP Explorer (cần "format": "{format}")',
  },
  'notes.newer': {
    en: 'made by a newer IIP Explorer (notes format {version}; this app reads up to {supported}): update the app to read it',
    vi: 'được tạo bởi phiên bản IIP Explorer mới hơn (định dạng ghi chú {version}; ứng dụng này chỉ đọc tới {supported}): hãy cập nhật ứng dụng để đọc tệp',
  },
  'notes.note-twice': { en: 'note {id} appears twice', vi: 'ghi chú {id} xuất hiện hai lần' },
  'notes.expected': { en: 'expected {expected}, found {found}', vi: 'cần {expected}, nhưng gặp {found}' },
  'notes.at-most': { en: 'expected at most {limit}, found {found}', vi: 'cần nhiều nhất {limit}, nhưng gặp {found}' },
  'notes.at-most-characters': {
    en: 'expected at most {limit} characters, found {found}',
    vi: 'cần nhiều nhất {limit} ký tự, nhưng gặp {found}',
  },
  'notes.at-most-items': { en: 'expected at most {limit} items, found {found}', vi: 'cần nhiều nhất {limit} mục, nhưng gặp {found}' },
  'notes.at-least': { en: 'expected at least {limit}, found {found}', vi: 'cần ít nhất {limit}, nhưng gặp {found}' },
  'notes.at-least-characters': {
    en: 'expected at least {limit} characters, found {found}',
    vi: 'cần ít nhất {limit} ký tự, nhưng gặp {found}',
  },
  'notes.at-least-items': { en: 'expected at least {limit} items, found {found}', vi: 'cần ít nhất {limit} mục, nhưng gặp {found}' },
  'notes.unknown-field': { en: 'unknown field {fields}: not part of a notes file', vi: 'trường không xác định {fields}: không thuộc tệp ghi chú' },
  'notes.unknown-fields': {
    en: 'unknown fields {fields}: not part of a notes file',
    vi: 'các trường không xác định {fields}: không thuộc tệp ghi chú',
  },
  'notes.not-a-form': {
    en: 'not one of the forms this field takes (a note\'s anchor has "scope" figure, series or range), found {found}',
    vi: 'không thuộc dạng nào mà trường này nhận (điểm neo của ghi chú có "scope" là figure, series hoặc range), nhưng gặp {found}',
  },
  'notes.not-held-here': {
    en: 'not what a notes file holds here, found {found}',
    vi: 'không phải nội dung tệp ghi chú chứa ở đây, nhưng gặp {found}',
  },
  'notes.period': {
    en: 'expected a period: 2025-11, 2025-01..2025-11, 2025-Q2 or 2025',
    vi: 'cần một kỳ: 2025-11, 2025-01..2025-11, 2025-Q2 hoặc 2025',
  },
  'notes.timestamp': {
    en: 'expected a UTC time on the calendar, such as 2026-03-01T09:30:00.000Z',
    vi: 'cần một thời điểm UTC có thật trên lịch, như 2026-03-01T09:30:00.000Z',
  },
  'notes.text-empty': { en: 'a note needs some text', vi: 'ghi chú cần có nội dung' },
  'found.nothing': { en: 'nothing', vi: 'không có gì' },
  'found.null': { en: 'null', vi: 'giá trị null' },
  'found.list': { en: 'a list of {count}', vi: 'một danh sách {count} mục' },
  'found.long-text': { en: 'a text of {length} characters', vi: 'một đoạn văn bản {length} ký tự' },
  'found.text': { en: 'the text {text}', vi: 'văn bản {text}' },
  'found.number': { en: 'the number {value}', vi: 'số {value}' },
  'found.boolean': { en: '{value}', vi: 'giá trị logic {value}' },
  'found.object': { en: 'an object', vi: 'một đối tượng' },
  'expected.string': { en: 'a text', vi: 'một đoạn văn bản' },
  'expected.number': { en: 'a number', vi: 'một con số' },
  'expected.int': { en: 'a whole number', vi: 'một số nguyên' },
  'expected.boolean': { en: 'true or false', vi: 'true hoặc false' },
  'expected.object': { en: 'an object { … }', vi: 'một đối tượng { … }' },
  'expected.array': { en: 'a list [ … ]', vi: 'một danh sách [ … ]' },
  'expected.null': { en: 'null', vi: 'giá trị null' },
  'expected.other': { en: '{type}', vi: 'kiểu {type}' },
  'expected.values': { en: '{values}', vi: 'một trong các giá trị {values}' },
} as const satisfies Record<string, MessageText>;
