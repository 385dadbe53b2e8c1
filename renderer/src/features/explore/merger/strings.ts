// The merger line's words: how a place came out of the 1 July 2025 merger, the follow toggle, the
// chart's break and the note on figures that are not combined. {list} and {into} stand for names.
import { defineStrings } from '@shared/lang.js';

export const MERGER_STRINGS = defineStrings({
  vi: {
    formedFrom: 'Hình thành ngày 1/7/2025 từ {list}.',
    notMergedLocality: 'Không sáp nhập ngày 1/7/2025; trước đó là {list}.',
    mergedInto: 'Sáp nhập vào {into} ngày 1/7/2025 cùng {list}.',
    becameAlone: 'Từ ngày 1/7/2025 là {into}, không sáp nhập với tỉnh nào.',
    and: 'và',
    provinceTitle: (code: string) => `${code}: tỉnh, thành phố cũ (đến 30/6/2025)`,
    localityTitle: (code: string) => `${code}: đơn vị hành chính từ 1/7/2025`,
    follow: 'Theo dõi qua sáp nhập',
    followHint: 'Vẽ các tỉnh cũ đến tháng 6/2025 và đơn vị mới từ tháng 7/2025',
    until: 'đến T6/2025',
    from: 'từ T7/2025',
    breakLabel: 'Sáp nhập 1/7/2025',
    note: (locality: string) =>
      `Từ tháng 7/2025 là số liệu của ${locality}; trước đó là số liệu của từng tỉnh cũ, mỗi tỉnh một đường. Các số liệu không được cộng hay lấy trung bình: chỉ số của đơn vị sau sáp nhập không thể tính từ chỉ số của các tỉnh cũ khi không có quyền số của chúng.`,
    missing: (names: string) => `Không có số liệu cho: ${names}.`,
  },
  en: {
    formedFrom: 'Formed on 1 July 2025 from {list}.',
    notMergedLocality: 'Not merged on 1 July 2025; before then, {list}.',
    mergedInto: 'Merged into {into} on 1 July 2025 with {list}.',
    becameAlone: 'Became {into} on 1 July 2025, not merged with another province.',
    and: 'and',
    provinceTitle: (code: string) => `${code}: former province (to 30 June 2025)`,
    localityTitle: (code: string) => `${code}: locality from 1 July 2025`,
    follow: 'Follow across the merger',
    followHint: 'Draws the former provinces to June 2025 and the new locality from July 2025',
    until: 'to Jun 2025',
    from: 'from Jul 2025',
    breakLabel: 'Merger, 1 Jul 2025',
    note: (locality: string) =>
      `From July 2025 the figures are ${locality}'s; before, each former province's, one line each. They are not added or averaged: an index of the merged locality cannot be computed from its former provinces' indices without their weights.`,
    missing: (names: string) => `No figures for: ${names}.`,
  },
});
