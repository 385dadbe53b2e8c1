// The words of `iip import`'s report (what a file holds, what would change, what was stored), in
// the language the CLI speaks (messages.ts: cliLang). The English is the report as it always read.
import type { Status } from '../shared/domain.js';
import { defineStrings } from '../shared/lang.js';
import { VOCABULARY } from '../shared/vocabulary.js';

export interface FileCounts {
  figures: number;
  new: number;
  revised: number;
  unchanged: number;
  skipped: number;
}

export const IMPORT_REPORT = defineStrings({
  vi: {
    // the words before a catalogue message
    warning: 'lưu ý',
    error: 'lỗi',
    unknownNames: 'Tên chưa nhận ra (ghép chúng với một mã bằng --map FILE, hoặc bỏ qua số liệu của chúng bằng --skip-unknown):',
    file: (name: string, format: string, c: FileCounts): string =>
      `${name} (${format}): ${c.figures} số liệu — ${c.new} mới, ${c.revised} điều chỉnh, ${c.unchanged} không đổi${c.skipped ? `, ${c.skipped} bỏ qua (tên chưa nhận ra)` : ''}`,
    release: (name: string, publishedOn: string, status: Status): string =>
      `  bản công bố: ${name} · công bố ngày ${publishedOn} · ${VOCABULARY.vi.status[status]}`,
    shown: (shown: number, history: number): string =>
      `  ${shown} số liệu sẽ thay đổi những gì được hiển thị${history ? `; ${history} lưu vào lịch sử (một bản công bố mới hơn vẫn được hiển thị)` : ''}`,
    alreadySame: (id: number, name: string): string => `  đã có trong kho dữ liệu là bản công bố ${id} (${name}), cùng các số liệu: không có gì thay đổi`,
    already: (id: number, name: string): string => `  đã được nhập là bản công bố ${id} (${name}): không có gì thay đổi`,
    revised: 'điều chỉnh',
    index: 'chỉ số',
    history: (what: string, value: string, shown: string, publishedOn: string): string =>
      `  lưu vào lịch sử: ${what}: ${value} (đang hiển thị: ${shown}, công bố ngày ${publishedOn})`,
    clashes: (n: number): string =>
      `  ${n} số liệu được nêu với các giá trị khác nhau (chọn bằng --pick KHÓA=GIÁ_TRỊ hoặc KHÓA=leave-out, hoặc --pick-all first|last|leave-out):`,
    undecided: 'chưa chọn',
    leftOut: 'bỏ qua',
    keeps: (value: string): string => `giữ ${value}`,
    kinds: { geo: 'địa phương', item: 'ngành/sản phẩm' } as Record<'geo' | 'item', string>,
    at: (places: string): string => `tại ${places}`,
    didYouMean: (names: string): string => ` — có phải là ${names}?`,
    dryRunReady: 'Chạy thử: chưa lưu gì.',
    dryRunRefused: 'Chạy thử: lần nhập này sẽ bị từ chối; chưa lưu gì.',
    nothingStored: 'Chưa lưu gì.',
    stored: (id: number, name: string, figures: number): string => `Đã lưu bản công bố ${id}: ${name} (${figures} số liệu).`,
    storedAlreadySame: (file: string, id: number, name: string): string =>
      `${file}: đã có trong kho dữ liệu là bản công bố ${id} (${name}), cùng các số liệu; không có gì thay đổi.`,
    storedAlready: (file: string, id: number): string => `${file}: đã được nhập là bản công bố ${id}; không có gì thay đổi.`,
    unusedPick: (key: string): string => `--pick ${key}: không có số liệu nào được nêu với các giá trị khác nhau mang khóa này`,
  },
  en: {
    warning: 'warning',
    error: 'error',
    unknownNames: 'Names that match nothing (map them with --map FILE, or leave their figures out with --skip-unknown):',
    file: (name, format, c) =>
      `${name} (${format}): ${c.figures} figures — ${c.new} new, ${c.revised} revised, ${c.unchanged} unchanged${c.skipped ? `, ${c.skipped} left out (unknown names)` : ''}`,
    release: (name, publishedOn, status) => `  release: ${name} · published ${publishedOn} · ${status}`,
    shown: (shown, history) => `  ${shown} figures will change what is shown${history ? `; ${history} kept as history (a newer release is shown)` : ''}`,
    alreadySame: (id, name) => `  already in the store as release ${id} (${name}), the same figures: nothing to change`,
    already: (id, name) => `  already imported as release ${id} (${name}): nothing to change`,
    revised: 'revised',
    index: 'index',
    history: (what, value, shown, publishedOn) => `  kept as history: ${what}: ${value} (shown: ${shown}, published ${publishedOn})`,
    clashes: (n) => `  ${n} figures stated with different values (choose with --pick KEY=VALUE or KEY=leave-out, or --pick-all first|last|leave-out):`,
    undecided: 'undecided',
    leftOut: 'left out',
    keeps: (value) => `keeps ${value}`,
    kinds: { geo: 'geo', item: 'item' },
    at: (places) => `at ${places}`,
    didYouMean: (names) => ` — did you mean ${names}?`,
    dryRunReady: 'Dry run: nothing stored.',
    dryRunRefused: 'Dry run: this import would be refused; nothing stored.',
    nothingStored: 'Nothing stored.',
    stored: (id, name, figures) => `Stored release ${id}: ${name} (${figures} figures).`,
    storedAlreadySame: (file, id, name) => `${file}: already in the store as release ${id} (${name}), the same figures; nothing changed.`,
    storedAlready: (file, id) => `${file}: already imported as release ${id}; nothing changed.`,
    unusedPick: (key) => `--pick ${key}: no figure stated with different values has this key`,
  },
});
