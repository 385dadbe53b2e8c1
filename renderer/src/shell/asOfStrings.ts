// The as-of date's words: the header control and the banner under the header.
import { defineStrings } from '@shared/lang.js';

export const AS_OF_STRINGS = defineStrings({
  vi: {
    label: 'Tính đến ngày',
    clear: 'Xóa ngày, xem kho dữ liệu hiện nay',
    banner: (day: string) => `Đang hiển thị kho dữ liệu như đã biết vào ngày ${day} — các nguồn công bố và điều chỉnh sau ngày đó được ẩn`,
    backToToday: 'Trở về hôm nay',
  },
  en: {
    label: 'As of',
    clear: "Clear the date and show today's store",
    banner: (day) => `Showing the store as known on ${day} — later releases and revisions are hidden`,
    backToToday: 'Back to today',
  },
});
