// Column headers of the statistics office's tables written in the other accepted spellings: the
// header reader folds them as the language does (i/y, tone-mark style, Unicode form, spaces).
import { describe, expect, it } from 'vitest';
import { readHeader } from '../../electron/core/import/formats/gso-workbook/header.js';
import { fold } from '../../electron/core/import/formats/gso-workbook/text.js';

describe('headers in either spelling', () => {
  it.each([
    ['Tháng 11 năm 2024 so với cùng kì năm trước', 'month', 'yoy'],
    ['11 tháng năm 2024 so với cùng kì năm trước', 'cumulative', 'yoy'],
    ['Quí I năm 2018 so với cùng kì năm 2017', 'quarter', 'yoy'],
    ['Quý II năm 2018 so với cùng kỳ năm 2017'.normalize('NFD'), 'quarter', 'yoy'],
    ['Tháng\u00a011 năm\u00a02024 so với kì trước', 'month', 'mom'],
    ['So với cùng kì năm trước (%) Tháng 9 năm 2018', 'month', 'yoy'],
  ])('%s', (text, kind, basis) => {
    const r = readHeader(text);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.reading.subject.kind).toBe(kind);
      expect(r.reading.basis).toBe(basis);
    }
  });

  it('folds the spellings of a word to one, and keeps other words apart', () => {
    expect(fold('cùng kì')).toBe(fold('cùng kỳ'));
    expect(fold('Thuỷ sản')).toBe(fold('Thủy sản'));
    expect(fold('Hoà Bình')).toBe(fold('Hòa Bình'));
    expect(fold('tuy')).not.toBe(fold('tui'));
    expect(fold('tháng 12/2017')).toBe('thang 12/2017');
  });
});
