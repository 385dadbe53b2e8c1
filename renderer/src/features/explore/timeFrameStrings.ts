// Words of the time frame control (date range, this year against last year) and of a unit that
// cannot join the chart.
import { defineStrings } from '@shared/lang.js';

export const TIME_FRAME_STRINGS = defineStrings({
  vi: {
    display: 'Hiển thị',
    overTime: 'Theo thời gian',
    yearLines: 'So với năm trước',
    range: 'Khoảng thời gian',
    all: 'Toàn bộ',
    lastMonths: (n: number) => `${n} tháng gần nhất`,
    lastYears: (n: number) => `${n} năm gần nhất`,
    years: (from: number, to: number) => (from === to ? `Năm ${from}` : `${from}–${to}`),
    custom: 'Tùy chọn…',
    from: 'Từ tháng',
    to: 'Đến tháng',
    year: 'Năm',
    yearAgainst: (year: number) => `${year} so với ${year - 1}`,
    firstOnly: (name: string) => `Chỉ vẽ ${name} theo năm; các chuỗi khác ở bảng dưới.`,
    thirdUnit: (units: string) => `Tối đa hai đơn vị trên một biểu đồ (đang có: ${units}). Hãy bỏ bớt một chuỗi trước.`,
  },
  en: {
    display: 'Show',
    overTime: 'Over time',
    yearLines: 'Year over year lines',
    range: 'Date range',
    all: 'All',
    lastMonths: (n: number) => `Last ${n} months`,
    lastYears: (n: number) => `Last ${n} years`,
    years: (from: number, to: number) => (from === to ? String(from) : `${from}–${to}`),
    custom: 'Custom…',
    from: 'From',
    to: 'To',
    year: 'Year',
    yearAgainst: (year: number) => `${year} against ${year - 1}`,
    firstOnly: (name: string) => `Only ${name} is drawn by year; the others are in the table below.`,
    thirdUnit: (units: string) => `At most two units on one chart (now: ${units}). Remove a series first.`,
  },
});
