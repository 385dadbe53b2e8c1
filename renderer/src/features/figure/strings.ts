// The figure panel's words: everything known of one figure, as selectable text.
import { defineStrings } from '@shared/lang.js';

export const FIGURE_STRINGS = defineStrings({
  vi: {
    title: 'Chi tiết số liệu',
    close: 'Đóng',
    value: 'Giá trị',
    status: 'Trạng thái',
    derived: 'Tính từ chỉ số (chỉ số − 100)',
    sources: 'Nguồn',
    quote: 'Trích dẫn',
    location: 'Vị trí',
    file: 'Tệp',
    statedPeriod: 'Kỳ ghi trong nguồn',
    revisions: 'Các lần điều chỉnh',
    noRevisions: 'Chưa được điều chỉnh.',
    notes: 'Ghi chú cho số liệu này',
    alsoOnSeries: 'Ghi chú khác trên chuỗi và khoảng thời gian này',
    published: (name: string, date: string) => `${name}, công bố ${date}`,
  },
  en: {
    title: 'Figure details',
    close: 'Close',
    value: 'Value',
    status: 'Status',
    derived: 'Computed from an index (index − 100)',
    sources: 'Sources',
    quote: 'Quote',
    location: 'Where',
    file: 'File',
    statedPeriod: 'Period as the source states it',
    revisions: 'Revisions',
    noRevisions: 'Not revised.',
    notes: 'Notes on this figure',
    alsoOnSeries: 'Other notes on this series and period',
    published: (name, date) => `${name}, published ${date}`,
  },
});
