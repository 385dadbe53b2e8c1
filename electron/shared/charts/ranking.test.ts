import { describe, expect, it } from 'vitest';
import { VN, item, row } from '../../../tests/helpers/contract-fixtures.js';
import { wrapLabel } from './labels.js';
import { rankBars, rankingHeight, shownBars, strongestAndWeakest } from './ranking.js';

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

  describe('top and bottom N', () => {
    const divisions = Array.from({ length: 7 }, (_, i) => row(VN, item(String(10 + i), 'division', `Ngành ${i}`, `Industry ${i}`), 7 - i));
    const ranked = rankBars(divisions, 'en');

    it('keeps the N highest, the N lowest, or both ends, highest first', () => {
      expect(shownBars(ranked, 'top', 3).map((b) => b.figure.value)).toEqual([7, 6, 5]);
      expect(shownBars(ranked, 'bottom', 3).map((b) => b.figure.value)).toEqual([3, 2, 1]);
      expect(shownBars(ranked, 'both', 2).map((b) => b.figure.value)).toEqual([7, 6, 2, 1]);
      expect(shownBars(ranked, 'all', 3)).toHaveLength(7);
    });

    it('shows the whole list once when N is larger than it', () => {
      expect(shownBars(ranked, 'top', 10)).toHaveLength(7);
      expect(shownBars(ranked, 'bottom', 10).map((b) => b.figure.value)).toEqual([7, 6, 5, 4, 3, 2, 1]);
    });

    it('never draws a bar twice when the two ends overlap on a short list', () => {
      const both = shownBars(ranked, 'both', 5);
      expect(both.map((b) => b.item)).toEqual(['10', '11', '12', '13', '14', '15', '16']);
      expect(new Set(both.map((b) => b.item)).size).toBe(both.length);
      // 2 × 4 > 7: overlapping ends are the list itself.
      expect(shownBars(ranked, 'both', 4)).toHaveLength(7);
    });

    it('cuts ties by name, so the same bars are kept every time', () => {
      const tied = [
        row(VN, item('21', 'division', 'Gamma', 'Gamma'), 5),
        row(VN, item('22', 'division', 'Alpha', 'Alpha'), 5),
        row(VN, item('23', 'division', 'Beta', 'Beta'), 5),
        row(VN, item('24', 'division', 'Delta', 'Delta'), 1),
      ];
      expect(shownBars(rankBars(tied, 'en'), 'top', 2).map((b) => b.name)).toEqual(['Alpha', 'Beta']);
      expect(shownBars(rankBars(tied, 'en'), 'bottom', 2).map((b) => b.name)).toEqual(['Gamma', 'Delta']);
    });
  });
});
