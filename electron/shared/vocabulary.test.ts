import { describe, expect, it } from 'vitest';
import { figureTitle } from './vocabulary.js';

describe('domain vocabulary', () => {
  it('says what a figure is in both languages', () => {
    expect(figureTitle('en', 'iip', 'yoy', 'pct')).toBe('IIP, % change on same period last year');
    expect(figureTitle('vi', 'iip', 'yoy', 'pct')).toBe('Chỉ số sản xuất công nghiệp, % so với cùng kỳ năm trước');
    expect(figureTitle('en', 'iip', 'mom', 'pct')).toBe('IIP, % change on previous month');
    expect(figureTitle('vi', 'contribution', 'yoy', 'pp')).toBe('Đóng góp vào tăng trưởng IIP, điểm %, so với cùng kỳ năm trước');
    expect(figureTitle('en', 'output', 'level', 'qty', 'thousand tonnes')).toBe('Output (thousand tonnes)');
  });
});
