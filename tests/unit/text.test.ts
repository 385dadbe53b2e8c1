import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch } from '../../electron/shared/text.js';

describe('diacritic-insensitive search', () => {
  it('folds Vietnamese names', () => {
    expect(foldForSearch('Phú Thọ')).toBe('phu tho');
    expect(foldForSearch('ĐẮK LẮK')).toBe('dak lak');
    expect(foldForSearch('Phu\u0301 Tho\u0323')).toBe('phu tho'); // decomposed input
  });
  it('matches every word in any name, ignoring case and marks', () => {
    expect(matchesSearch('phu tho', 'Phú Thọ', 'Phu Tho')).toBe(true);
    expect(matchesSearch('PHU THO', 'Phú Thọ')).toBe(true);
    expect(matchesSearch('Phú Thọ', 'Phu Tho')).toBe(true);
    expect(matchesSearch('phu yen', 'Phú Thọ')).toBe(false);
  });
});
