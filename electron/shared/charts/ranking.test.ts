import { describe, expect, it } from 'vitest';
import { VN, item, row } from '../../../tests/helpers/contract-fixtures.js';
import { wrapLabel } from './labels.js';
import { rankBars, rankingHeight, strongestAndWeakest } from './ranking.js';

const B = item('B', 'section', 'Khai khoáng', 'Mining and quarrying');
const C = item('C', 'section', 'Công nghiệp chế biến, chế tạo', 'Manufacturing');
const D = item('D', 'section', 'Sản xuất và phân phối điện', 'Electricity');
const E = item('E', 'section', 'Cung cấp nước', 'Water supply');
const rows = [row(VN, B, -3.4), row(VN, D, 4.2), row(VN, C, 10.8), row(VN, E, 10)];

describe('ranking model', () => {
  it('sorts from highest to lowest', () => {
    const bars = rankBars(rows, 'en');
    expect(bars.map((b) => b.item)).toEqual(['C', 'E', 'D', 'B']);
    expect(bars.map((b) => b.figure.value)).toEqual([10.8, 10, 4.2, -3.4]);
  });

  it('keeps the five strongest and five weakest, or everything when there are few', () => {
    const many = Array.from({ length: 14 }, (_, i) => row(VN, item(String(10 + i), 'division', `Ngành ${i}`, `Industry ${i}`), i - 4));
    const picked = strongestAndWeakest(rankBars(many, 'en'), 5);
    expect(picked.map((b) => b.figure.value)).toEqual([9, 8, 7, 6, 5, 0, -1, -2, -3, -4]);
    expect(strongestAndWeakest(rankBars(rows, 'en'), 5)).toHaveLength(4);
  });

  it('wraps long names and makes room for them', () => {
    expect(wrapLabel('Water supply; sewerage, waste management and remediation activities', 30)).toEqual([
      'Water supply; sewerage, waste',
      'management and remediation',
      'activities',
    ]);
    expect(wrapLabel('Mining', 30)).toEqual(['Mining']);
    const short = rankingHeight(rankBars(rows, 'en'));
    const long = rankingHeight(
      rankBars([row(VN, item('E', 'section', 'x', 'Water supply; sewerage, waste management and remediation activities'), 1), ...rows], 'en'),
    );
    expect(long).toBeGreaterThan(short);
  });
});
