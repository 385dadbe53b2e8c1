// Explore's words: modes, selectors, ranking groups and the figure table's headings.
import { defineStrings } from '@shared/lang.js';

export const EXPLORE_STRINGS = defineStrings({
  vi: {
    label: 'Khám phá',
    modeSeries: 'Chuỗi thời gian',
    modeRanking: 'Xếp hạng',
    pickSeries: 'Chọn một chuỗi số liệu trong danh mục bên trái.',
    basis: 'So sánh',
    group: 'Nhóm',
    period: 'Kỳ',
    noFigures: 'Không có số liệu cho lựa chọn này.',
    rankingGroups: { section: 'Ngành cấp I', division: 'Ngành cấp II', locality: 'Địa phương', product: 'Sản phẩm chủ yếu' },
    table: {
      caption: 'Số liệu',
      period: 'Kỳ',
      value: 'Giá trị',
      unit: 'Đơn vị',
      status: 'Trạng thái',
      source: 'Nguồn',
      flags: 'Ghi chú',
    },
  },
  en: {
    label: 'Explore',
    modeSeries: 'Time series',
    modeRanking: 'Ranking',
    pickSeries: 'Pick a series from the catalog on the left.',
    basis: 'Compared with',
    group: 'Group',
    period: 'Period',
    noFigures: 'No figures for this choice.',
    rankingGroups: { section: 'Sections', division: 'VSIC divisions', locality: 'Localities', product: 'Key products' },
    table: {
      caption: 'Figures',
      period: 'Period',
      value: 'Value',
      unit: 'Unit',
      status: 'Status',
      source: 'Source',
      flags: 'Notes',
    },
  },
});
