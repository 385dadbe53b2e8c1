// What exports say in both languages: the source line, how a figure was obtained, data headers.
import { defineStrings } from '../lang.js';

export const EXPORT_WORDS = defineStrings({
  vi: {
    source: (publisher: string, date: string, status: string) => `Nguồn: ${publisher}, công bố ngày ${date}, ${status}`,
    noSource: 'Nguồn: không rõ',
    someFromIndex: 'tỷ lệ % tính từ chỉ số nguồn công bố (chỉ số − 100) ở những nơi nguồn chỉ cho chỉ số',
    asOf: (date: string) => `Số liệu đã biết đến ngày ${date}`,
    obtainedStated: (view: string) => `${view}, như nguồn công bố`,
    obtainedFromIndex: (view: string) => `${view}, tính từ chỉ số (chỉ số − 100)`,
    notes: 'Ghi chú',
    headers: {
      subject: 'Đối tượng',
      measure: 'Chỉ tiêu',
      basis: 'So sánh',
      unit: 'Đơn vị',
      period: 'Kỳ',
      periodLabel: 'Tên kỳ',
      value: 'Giá trị',
      status: 'Trạng thái',
      release: 'Nguồn công bố',
      publishedOn: 'Ngày công bố',
      obtained: 'Cách có số liệu',
    },
  },
  en: {
    source: (publisher, date, status) => `Source: ${publisher}, release of ${date}, ${status}`,
    noSource: 'Source: unknown',
    someFromIndex: '% changes computed from the published index (index − 100) where the source gave an index',
    asOf: (date) => `Figures as known on ${date}`,
    obtainedStated: (view) => `${view}, as published`,
    obtainedFromIndex: (view) => `${view}, computed from the index (index − 100)`,
    notes: 'Notes',
    headers: {
      subject: 'Subject',
      measure: 'Measure',
      basis: 'Compared with',
      unit: 'Unit',
      period: 'Period',
      periodLabel: 'Period name',
      value: 'Value',
      status: 'Status',
      release: 'Release',
      publishedOn: 'Published',
      obtained: 'How obtained',
    },
  },
});
