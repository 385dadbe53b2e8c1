// The number format preference: separators fixed to one language's whatever the UI language, or
// following it ('auto'); words (pp, điểm %) stay the UI language's.
import { afterEach, describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatNumber, formatTick, formatValue, setNumberFormat } from './format.js';

afterEach(() => setNumberFormat('auto'));

describe('the number format preference', () => {
  it('follows the UI language when auto', () => {
    setNumberFormat('auto');
    expect(formatNumber(1234.5, 1, 'vi')).toBe('1.234,5');
    expect(formatNumber(1234.5, 1, 'en')).toBe('1,234.5');
  });

  it('writes Vietnamese separators in the English UI when set to vi', () => {
    setNumberFormat('vi');
    expect(formatNumber(1234.5, 1, 'en')).toBe('1.234,5');
    expect(formatCount(1234567, 'en')).toBe('1.234.567');
    expect(formatTick(2.5, 'en')).toBe('2,5');
    expect(formatChange(-3.4, 1, 'en')).toBe('\u22123,4%');
    expect(formatValue(8.8, 'pp', 1, 'en')).toBe('8,8 pp');
  });

  it('writes English separators in the Vietnamese UI when set to en', () => {
    setNumberFormat('en');
    expect(formatNumber(1234.5, 1, 'vi')).toBe('1,234.5');
    expect(formatCount(12345, 'vi')).toBe('12,345');
    expect(formatValue(1234.5, 'qty', 1, 'vi', 'Nghìn tấn')).toBe('1,234.5 Nghìn tấn');
    expect(formatValue(8.8, 'pp', 1, 'vi')).toBe('8.8 điểm %');
  });

  it('goes back to the language’s separators when set to auto again (no formatter kept from before)', () => {
    setNumberFormat('en');
    expect(formatNumber(0.5, 2, 'vi')).toBe('0.50');
    setNumberFormat('auto');
    expect(formatNumber(0.5, 2, 'vi')).toBe('0,50');
  });
});
