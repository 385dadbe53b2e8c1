import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatCount,
  formatDate,
  formatLongDate,
  formatNumber,
  formatPeriod,
  formatTick,
  formatValue,
  itemQuantityUnit,
  subjectName,
} from './format.js';
import { TOTAL, VN, geo, item } from '../../tests/helpers/contract-fixtures.js';

describe('number formatting', () => {
  it('uses a decimal comma in Vietnamese and a decimal point in English', () => {
    expect(formatNumber(8.8, 1, 'vi')).toBe('8,8');
    expect(formatNumber(8.8, 1, 'en')).toBe('8.8');
  });

  it('keeps the figure’s own precision', () => {
    expect(formatNumber(34, 0, 'en')).toBe('34');
    expect(formatNumber(34.3, 1, 'en')).toBe('34.3');
    expect(formatNumber(9.5, 2, 'vi')).toBe('9,50');
  });

  it('shows % changes with a sign and a true minus', () => {
    expect(formatChange(8.8, 1, 'vi')).toBe('+8,8%');
    expect(formatChange(-3.4, 1, 'vi')).toBe('\u22123,4%');
    expect(formatChange(-3.4, 1, 'en')).toBe('\u22123.4%');
    expect(formatChange(0, 1, 'en')).toBe('0.0%');
    expect(formatChange(-0.01, 1, 'en')).toBe('0.0%');
  });

  it('formats each unit its own way', () => {
    expect(formatValue(8.8, 'pp', 1, 'vi')).toBe('8,8 điểm %');
    expect(formatValue(8.8, 'pp', 1, 'en')).toBe('8.8 pp');
    expect(formatValue(-0.6, 'pp', 1, 'en')).toBe('\u22120.6 pp');
    expect(formatValue(108.8, 'index', 1, 'vi')).toBe('108,8');
    expect(formatValue(108.8, 'index', 1, 'en')).toBe('108.8');
    expect(formatValue(1234.5, 'qty', 1, 'vi', 'Nghìn tấn')).toBe('1.234,5 Nghìn tấn');
    expect(formatValue(1234.5, 'qty', 1, 'en', 'thousand tonnes')).toBe('1,234.5 thousand tonnes');
  });

  it('formats counts, ticks, dates and periods by language', () => {
    expect(formatCount(12345, 'vi')).toBe('12.345');
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatTick(2.5, 'vi')).toBe('2,5');
    expect(formatTick(10, 'en')).toBe('10');
    expect(formatTick(-2, 'en')).toBe('\u22122');
    expect(formatDate('2025-06-10', 'vi')).toBe('10/06/2025');
    expect(formatDate('2025-06-10', 'en')).toBe('10 Jun 2025');
    expect(formatPeriod('2025-01..2025-05', 'vi')).toBe('5 tháng đầu năm 2025');
    expect(formatPeriod('2025-01..2025-05', 'en')).toBe('Jan–May 2025');
    expect(formatPeriod('not a period', 'en')).toBe('not a period');
  });

  it('writes a day out in words for sentences, leaving what is not a day as it is', () => {
    expect(formatLongDate('2024-03-05', 'en')).toBe('5 March 2024');
    expect(formatLongDate('2024-03-05', 'vi')).toBe('5 tháng 3 năm 2024');
    expect(formatLongDate('2025-12-31', 'en')).toBe('31 December 2025');
    expect(formatLongDate('2025-13-01', 'en')).toBe('2025-13-01');
    expect(formatLongDate('5/3/2024', 'vi')).toBe('5/3/2024');
  });
});

describe('subject names', () => {
  const phuTho = geo('P25', 'Phú Thọ', 'Phu Tho');
  const c = item('C', 'section', 'Công nghiệp chế biến, chế tạo', 'Manufacturing');

  it('names national items by the item and localities by the locality, diacritics kept', () => {
    expect(subjectName(VN, c, 'vi')).toBe('Công nghiệp chế biến, chế tạo');
    expect(subjectName(VN, c, 'en')).toBe('Manufacturing');
    expect(subjectName(phuTho, TOTAL, 'vi')).toBe('Phú Thọ');
    expect(subjectName(phuTho, c, 'en')).toBe('Manufacturing — Phú Thọ');
  });
});

describe("a product's unit of output", () => {
  const coal = { ...item('P-COAL', 'product', 'Than đá (than sạch)', 'Coal (clean coal)'), quantityUnitVi: 'Nghìn tấn', quantityUnitEn: 'thousand tonnes' };

  it("is the reference list's unit in the reader's language, Vietnamese where no English one is known", () => {
    expect(itemQuantityUnit(coal, 'vi')).toBe('Nghìn tấn');
    expect(itemQuantityUnit(coal, 'en')).toBe('thousand tonnes');
    expect(itemQuantityUnit({ ...coal, quantityUnitEn: null }, 'en')).toBe('Nghìn tấn');
    expect(itemQuantityUnit(TOTAL, 'en')).toBeNull();
  });
});
