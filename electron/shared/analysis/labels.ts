// The transformations' names for legends and labels, and why a point has no value, in both languages.
import { defineStrings } from '../lang.js';
import type { NoValueReason } from './model.js';

export const TRANSFORM_WORDS = defineStrings({
  vi: {
    yoy: 'So với cùng kỳ năm trước (%)',
    mom: 'So với tháng trước (%)',
    ytd: 'Lũy kế từ đầu năm so với cùng kỳ (%)',
    rebase: (year: number) => `Chỉ số, năm ${year} = 100`,
    chain: 'Chỉ số nối từ tốc độ so với tháng trước',
    ma3: 'Trung bình trượt 3 tháng',
    ma12: 'Trung bình trượt 12 tháng',
    annual: 'Bình quân năm',
    quarterly: 'Bình quân quý',
    cumulative: 'Bình quân từ đầu năm',
    tet: 'Tháng 1–2 gộp (Tết) so với cùng kỳ (%)',
  },
  en: {
    yoy: 'Year-on-year change (%)',
    mom: 'Month-on-month change (%)',
    ytd: 'Year-to-date change on a year earlier (%)',
    rebase: (year: number) => `Index, ${year} = 100`,
    chain: 'Index chained from month-on-month changes',
    ma3: '3-month moving average',
    ma12: '12-month moving average',
    annual: 'Annual average',
    quarterly: 'Quarterly average',
    cumulative: 'Year-to-date average',
    tet: 'January–February combined (Tết), year-on-year (%)',
  },
});

export const NO_VALUE_WORDS = defineStrings<Record<NoValueReason, string>>({
  vi: {
    'missing-month': 'thiếu số liệu của một tháng',
    'missing-period': 'thiếu số liệu của một kỳ',
    'too-short': 'chuỗi số liệu chưa đủ dài',
    'base-changes': 'năm gốc thay đổi giữa các kỳ so sánh',
    'base-year-incomplete': 'năm gốc thiếu số liệu tháng',
    'zero-base': 'kỳ so sánh bằng 0',
    'too-imprecise': 'số liệu gốc làm tròn quá thô để tính',
    'chain-broken': 'chuỗi bị đứt vì thiếu tháng',
    'needs-index': 'cần chỉ số (hoặc sản lượng)',
    'needs-mom': 'cần tốc độ so với tháng trước',
    'needs-months': 'cần số liệu tháng',
  },
  en: {
    'missing-month': 'a month is missing',
    'missing-period': 'a period is missing',
    'too-short': 'the series is too short',
    'base-changes': 'the base year changes between the periods compared',
    'base-year-incomplete': 'the base year lacks months',
    'zero-base': 'the value compared against is zero',
    'too-imprecise': 'the inputs are rounded too coarsely',
    'chain-broken': 'a missing month breaks the chain',
    'needs-index': 'needs an index (or a quantity)',
    'needs-mom': 'needs month-on-month changes',
    'needs-months': 'needs monthly figures',
  },
});
