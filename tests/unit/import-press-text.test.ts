import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { combineScores, scoreFigures, type ExpectedFigure, type Score } from '../../electron/core/import/press-text-score.js';
import { parsePressText } from '../../electron/core/import/press-text.js';

const SEEDS = '/work/shared/seeds';
const expected = JSON.parse(readFileSync(join(__dirname, '../fixtures/press-text/expected-seeds.json'), 'utf8')) as Record<string, ExpectedFigure[] | string>;

/** Scores the reader on every seed article present; exported for the benchmark. */
export function scoreSeeds(dir = SEEDS): { total: Score; perFile: Record<string, Score> } {
  const perFile: Record<string, Score> = {};
  for (const [file, list] of Object.entries(expected)) {
    if (typeof list === 'string' || !existsSync(join(dir, file))) continue;
    const r = parsePressText(readFileSync(join(dir, file), 'utf8'), file);
    perFile[file] = scoreFigures(r.figures, list);
  }
  return { total: combineScores(Object.values(perFile)), perFile };
}

describe('parsePressText', () => {
  it.skipIf(!existsSync(SEEDS))('finds the figures of the seed articles (recall ≥ 0.8, precision ≥ 0.9)', () => {
    const { total } = scoreSeeds();
    if (process.env.IIP_REPORT_PRESS) process.stdout.write(`press text: precision ${total.precision.toFixed(3)}, recall ${total.recall.toFixed(3)} (${total.matched}/${total.expected} expected, ${total.found} found)\n${JSON.stringify({ missed: total.missed, extra: total.extra.map((f) => [f.location, f.itemLabel, f.period, f.basis, f.value]) }, null, 1)}\n`);
    expect(total.expected).toBeGreaterThan(0);
    expect(total.recall).toBeGreaterThanOrEqual(0.8);
    expect(total.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('reads the example sentences of both languages', () => {
    const en = parsePressText(
      'In the first 11 months of 2025, the industrial production index increased by 9.3% over the same period last year. The industrial production index in November increased by 2.3% over the previous month.',
      'en.txt',
    );
    expect(en.figures.map((f) => [f.itemLabel, f.period, f.basis, f.value, f.decimals, f.location])).toEqual([
      ['TOTAL', '2025-01..2025-11', 'yoy', 9.3, 1, 'line 1'],
      ['TOTAL', '2025-11', 'mom', 2.3, 1, 'line 1'],
    ]);
    const vi = parsePressText(
      'Chỉ số sản xuất toàn ngành công nghiệp 11 tháng năm 2025 ước tăng 9,3% so với cùng kỳ năm trước, trong đó ngành chế biến, chế tạo tăng 10,6%, đóng góp 8,5 điểm phần trăm; ngành khai khoáng giảm 0,7%.\nIIP tháng 11 tăng 2,3% so với tháng trước.',
      'vi.txt',
    );
    expect(vi.figures.map((f) => [f.itemLabel, f.measure, f.period, f.basis, f.unit, f.value])).toEqual([
      ['TOTAL', 'iip', '2025-01..2025-11', 'yoy', 'pct', 9.3],
      ['ngành chế biến, chế tạo', 'iip', '2025-01..2025-11', 'yoy', 'pct', 10.6],
      ['ngành chế biến, chế tạo', 'contribution', '2025-01..2025-11', 'yoy', 'pp', 8.5],
      ['ngành khai khoáng', 'iip', '2025-01..2025-11', 'yoy', 'pct', -0.7],
      ['TOTAL', 'iip', '2025-11', 'mom', 'pct', 2.3],
    ]);
    expect(vi.figures[0]!.status).toBe('estimate');
  });

  it('does not invent: no year, targets and shares give no figure', () => {
    expect(parsePressText('The IIP rose by 5% in November.', 'x.txt').figures).toEqual([]);
    expect(parsePressText('The IIP rose by 5% in November.', 'x.txt', { referenceYear: 2024 }).figures[0]).toMatchObject({ period: '2024-11', value: 5 });
    expect(parsePressText('The ministry is striving to increase the IIP by over 10% in 2026. Firms contributed nearly 50% of industrial output in 2025.', 'x.txt').figures).toEqual([]);
  });
});
