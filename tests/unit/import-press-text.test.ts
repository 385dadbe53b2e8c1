import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { combineScores, scoreFigures, type ExpectedFigure, type Score } from '../helpers/press-text-score.js';
import { parsePressText } from '../../electron/core/import/formats/press-text/index.js';
import { warningTexts } from '../helpers/warnings.js';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = join(here, '../fixtures/press-text');
/** The five seed articles, beside the repository (../shared/seeds). */
const SEEDS = resolve(here, '../../../shared/seeds');

/** Scores the reader on the articles an expected-figures file lists. */
export function scoreArticles(expectedFile: string, dir: string): { total: Score; perFile: Record<string, Score> } {
  const expected = JSON.parse(readFileSync(join(FIXTURES, expectedFile), 'utf8')) as Record<string, ExpectedFigure[] | string | Record<string, string>>;
  /** Publication dates given on import (as --published would), for articles without a dateline. */
  const published = (expected['_published'] ?? {}) as Record<string, string>;
  const perFile: Record<string, Score> = {};
  for (const [file, list] of Object.entries(expected)) {
    if (!Array.isArray(list) || !existsSync(join(dir, file))) continue;
    const publishedOn = published[file];
    const r = parsePressText(readFileSync(join(dir, file), 'utf8'), file, publishedOn ? { publishedOn } : {});
    perFile[file] = scoreFigures(r.figures, list);
  }
  return { total: combineScores(Object.values(perFile)), perFile };
}

function report(name: string, total: Score, perFile: Record<string, Score> = {}): void {
  if (!process.env.IIP_REPORT_PRESS) return;
  for (const [file, sc] of Object.entries(perFile))
    process.stdout.write(`  ${file}: precision ${sc.precision.toFixed(2)}, recall ${sc.recall.toFixed(2)} (${sc.matched}/${sc.expected}, ${sc.found} found)\n`);
  process.stdout.write(
    `press text, ${name}: precision ${total.precision.toFixed(3)}, recall ${total.recall.toFixed(3)} (${total.matched}/${total.expected} expected, ${total.found} found)\n${JSON.stringify({ missed: total.missed, extra: total.extra.map((f) => [f.location, f.geoLabel, f.itemLabel, f.period, f.basis, f.value]) }, null, 1)}\n`,
  );
}

describe('parsePressText', () => {
  it.skipIf(!existsSync(SEEDS))('finds the figures of the seed articles (recall ≥ 0.8, precision ≥ 0.9)', () => {
    const { total } = scoreArticles('expected-seeds.json', SEEDS);
    report('seed articles', total);
    expect(total.expected).toBe(98);
    expect(total.recall).toBeGreaterThanOrEqual(0.8);
    expect(total.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the figures of the held-out articles in both languages (recall ≥ 0.8, precision ≥ 0.9)', () => {
    const { total, perFile } = scoreArticles('expected-heldout.json', join(FIXTURES, 'heldout'));
    report('held-out articles', total);
    expect(Object.keys(perFile)).toHaveLength(24);
    expect(total.recall).toBeGreaterThanOrEqual(0.8);
    expect(total.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('reads periods relative to the publication date in a fresh round (dateline or given date)', () => {
    const { total, perFile } = scoreArticles('expected-relative.json', join(FIXTURES, 'relative'));
    report('relative round', total);
    expect(Object.keys(perFile)).toHaveLength(5);
    expect(total.recall).toBeGreaterThanOrEqual(0.9);
    expect(total.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('reads periods relative to the publication date in a second fresh round', () => {
    const { total, perFile } = scoreArticles('expected-relative2.json', join(FIXTURES, 'relative2'));
    report('relative round 2', total);
    expect(Object.keys(perFile)).toHaveLength(4);
    expect(total.recall).toBeGreaterThanOrEqual(0.9);
    expect(total.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('reads periods relative to the publication date in a third fresh round', () => {
    const { total, perFile } = scoreArticles('expected-relative3.json', join(FIXTURES, 'relative3'));
    report('relative round 3', total);
    expect(Object.keys(perFile)).toHaveLength(4);
    expect(total.recall).toBeGreaterThanOrEqual(0.9);
    expect(total.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('reads a fourth fresh round (tables, lists of periods, clashes, named years, month ranges)', () => {
    const { total, perFile } = scoreArticles('expected-round4.json', join(FIXTURES, 'round4'));
    report('round 4', total, perFile);
    expect(Object.keys(perFile)).toHaveLength(10);
    // first sight was precision 0.693, recall 0.654; these hold what tuning on it reached
    expect(total.recall).toBeGreaterThanOrEqual(0.94);
    expect(total.precision).toBeGreaterThanOrEqual(0.94);
  });

  it('reads a fifth fresh round (tables of indices, provinces, revisions, wire style)', () => {
    const { total, perFile } = scoreArticles('expected-round5.json', join(FIXTURES, 'round5'));
    report('round 5', total, perFile);
    expect(Object.keys(perFile)).toHaveLength(12);
    // first sight was precision 0.463, recall 0.466; these hold what tuning on it reached
    expect(total.recall).toBeGreaterThanOrEqual(0.88);
    expect(total.precision).toBeGreaterThanOrEqual(0.88);
  });

  it('reads a sixth fresh round (outlets and layouts of its own: two-line table headers, provincial portals)', () => {
    const { total, perFile } = scoreArticles('expected-round6.json', join(FIXTURES, 'round6'));
    report('round 6', total, perFile);
    expect(Object.keys(perFile)).toHaveLength(10);
    // first sight was precision 0.485, recall 0.410; these hold what tuning on it reached
    expect(total.recall).toBeGreaterThanOrEqual(0.72);
    expect(total.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('reads a seventh fresh round (bank notes, interviews, official report layouts)', () => {
    const { total, perFile } = scoreArticles('expected-round7.json', join(FIXTURES, 'round7'));
    report('round 7', total, perFile);
    expect(Object.keys(perFile)).toHaveLength(10);
    // first sight was precision 0.381, recall 0.306; these hold what tuning on it reached
    expect(total.recall).toBeGreaterThanOrEqual(0.5);
    expect(total.precision).toBeGreaterThanOrEqual(0.62);
  });

  it('reads an eighth fresh round (scored once, at first sight, not tuned on)', () => {
    const { total, perFile } = scoreArticles('expected-round8.json', join(FIXTURES, 'round8'));
    report('round 8', total, perFile);
    expect(Object.keys(perFile)).toHaveLength(10);
    // its first-sight score (0.822 / 0.636): a floor, so a later change cannot lose what it found
    expect(total.recall).toBeGreaterThanOrEqual(0.63);
    expect(total.precision).toBeGreaterThanOrEqual(0.82);
  });

  it('gives a coordinated figure its own comparison: "tăng 3,4% so với tháng trước và tăng 7,0% so với cùng kỳ"', () => {
    const r = parsePressText(
      'IIP tháng 10/2024 ước tính tăng 3,4% so với tháng trước và tăng 7,0% so với cùng kỳ năm trước; giảm 0,6% so với tháng trước nhưng tăng 8,4% so với cùng kỳ.',
      'x.txt',
    );
    expect(r.figures.map((f) => [f.itemLabel, f.period, f.basis, f.value])).toEqual([
      ['TOTAL', '2024-10', 'mom', 3.4],
      ['TOTAL', '2024-10', 'yoy', 7],
      ['TOTAL', '2024-10', 'mom', -0.6],
      ['TOTAL', '2024-10', 'yoy', 8.4],
    ]);
  });

  it("reads a locality's index as its whole industry, and 'the city' as the dateline's locality", () => {
    const list = parsePressText('Tính chung 10 tháng năm 2024, một số địa phương tăng cao: Phú Thọ tăng 35,2%. Ngược lại, Quảng Ninh giảm 3,9%.', 'x.txt');
    expect(list.figures.map((f) => [f.geoLabel, f.itemLabel, f.value])).toEqual([
      ['Phú Thọ', 'TOTAL', 35.2],
      ['Quảng Ninh', 'TOTAL', -3.9],
    ]);
    const city = parsePressText(
      "HCM City – The city's index of industrial production in the first eight months of 2025 rose 8.9 per cent year-on-year.",
      'x.txt',
    );
    expect(city.figures.map((f) => [f.geoLabel, f.itemLabel, f.period, f.value])).toEqual([['HCM City', 'TOTAL', '2025-01..2025-08', 8.9]]);
  });

  it('leaves out other statistics of a sentence: value added, consumption and inventory indices', () => {
    const r = parsePressText(
      'Giá trị tăng thêm toàn ngành công nghiệp quý I/2025 tăng 7,3%. Chỉ số tiêu thụ toàn ngành công nghiệp chế biến, chế tạo tháng 11/2025 tăng 4,5% so với tháng trước và tăng 6% so với cùng kỳ. Chỉ số sản xuất toàn ngành công nghiệp tháng 11/2025 tăng 8,4%.',
      'x.txt',
    );
    expect(r.figures.map((f) => [f.itemLabel, f.period, f.value])).toEqual([['TOTAL', '2025-11', 8.4]]);
  });

  it('tells month-on-month from year-on-year by the month compared with, and skips "since 2020"', () => {
    const r = parsePressText(
      'In June 2025 the IIP increased by 10.1% over June 2024 and by 2.0% over May 2025. Sản xuất công nghiệp 5 tháng đầu năm tăng 8,8%, mức tăng cao nhất kể từ năm 2020; riêng tháng 5 tăng 2,5% so với tháng 4.',
      'x.txt',
    );
    expect(r.figures.map((f) => [f.itemLabel, f.period, f.basis, f.value])).toEqual([
      ['TOTAL', '2025-06', 'yoy', 10.1],
      ['TOTAL', '2025-06', 'mom', 2],
      ['TOTAL', '2025-01..2025-05', 'yoy', 8.8],
      ['TOTAL', '2025-05', 'mom', 2.5],
    ]);
  });

  it('reads an earlier figure the text compares with: "down from an 11.6 per cent rise in September", "when it had risen by"', () => {
    const r = parsePressText(
      'Industrial production in Viet Nam grew 10.8 per cent year-on-year in October 2025, down from an 11.6 per cent rise in September. In the first ten months, the index was up 9.1 per cent compared with the same period of 2024, when it had risen by 8.3 per cent.',
      'x.txt',
    );
    expect(r.figures.map((f) => [f.itemLabel, f.period, f.value])).toEqual([
      ['TOTAL', '2025-10', 10.8],
      ['TOTAL', '2025-09', 11.6],
      ['TOTAL', '2025-01..2025-10', 9.1],
      ['TOTAL', '2024-01..2024-10', 8.3],
    ]);
  });

  it('reads months written in words, and takes the period from a sentence that names it without a figure', () => {
    const months = parsePressText(
      'Chỉ số sản xuất toàn ngành công nghiệp tháng Mười Hai năm 2024 ước tính tăng 5,1% so với tháng trước; tháng Mười tăng 2%.',
      'x.txt',
    );
    expect(months.figures.map((f) => [f.period, f.basis, f.value])).toEqual([
      ['2024-12', 'mom', 5.1],
      ['2024-10', 'yoy', 2],
    ]);
    const list = parsePressText(
      'So với cùng kỳ năm trước, chỉ số IIP 6 tháng đầu năm 2025 tăng ở 58 địa phương.\nMột số địa phương tăng cao: Phú Thọ tăng 45,6%; Cà Mau giảm 3,2%.',
      'x.txt',
    );
    expect(list.figures.map((f) => [f.geoLabel, f.period, f.value])).toEqual([
      ['Phú Thọ', '2025-01..2025-06', 45.6],
      ['Cà Mau', '2025-01..2025-06', -3.2],
    ]);
  });

  it("reads the previous year's level a figure is compared with", () => {
    const r = parsePressText(
      'Tính chung 11 tháng năm 2025, chỉ số sản xuất toàn ngành công nghiệp tăng 9,2% so với cùng kỳ năm trước, cao hơn mức tăng 8,2% của cùng kỳ năm 2024.',
      'x.txt',
    );
    expect(r.figures.map((f) => [f.itemLabel, f.period, f.value])).toEqual([
      ['TOTAL', '2025-01..2025-11', 9.2],
      ['TOTAL', '2024-01..2024-11', 8.2],
    ]);
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
    expect(
      parsePressText('The ministry is striving to increase the IIP by over 10% in 2026. Firms contributed nearly 50% of industrial output in 2025.', 'x.txt')
        .figures,
    ).toEqual([]);
  });
});

describe('press text relative to the publication date', () => {
  const read = (text: string, publishedOn?: string): [string, string, number][] =>
    parsePressText(text, 'x.txt', publishedOn ? { publishedOn } : {}).figures.map((f) => [f.period, f.basis, f.value]);

  it('places months, quarters and running totals with no year at the latest not after publication', () => {
    expect(read('The IIP rose 5.1% in December.', '2025-01-06')).toEqual([['2024-12', 'yoy', 5.1]]);
    expect(read('The IIP rose 5.1% in July.', '2025-08-06')).toEqual([['2025-07', 'yoy', 5.1]]);
    expect(read('In the third quarter, the IIP grew 9.2 per cent.', '2025-10-06')).toEqual([['2025-Q3', 'yoy', 9.2]]);
    expect(read('The IIP in January–July rose 8.6 per cent from a year earlier.', '2025-08-06')).toEqual([['2025-01..2025-07', 'yoy', 8.6]]);
    expect(read('The IIP rose 8.6 per cent in the year to July.', '2025-08-06')).toEqual([['2025-01..2025-07', 'yoy', 8.6]]);
    expect(read('IIP tháng 7 tăng 3,2% so với tháng trước.', '2025-08-06')).toEqual([['2025-07', 'mom', 3.2]]);
  });

  it('reads this year, last year, last month and their Vietnamese counterparts', () => {
    expect(read('Last year, the IIP grew 8.4 per cent.', '2025-02-05')).toEqual([['2024', 'yoy', 8.4]]);
    expect(read("Vietnam's index of industrial production last year increased 9.4 per cent from the year before.", '2026-01-06')).toEqual([
      ['2025', 'yoy', 9.4],
    ]);
    expect(read("Vietnam's IIP rose 0.6 per cent last month compared with the same period of last year.", '2025-02-05')).toEqual([['2025-01', 'yoy', 0.6]]);
    expect(read('Quý III năm nay, IIP tăng 9,5% so với cùng kỳ năm ngoái.', '2025-10-06')).toEqual([['2025-Q3', 'yoy', 9.5]]);
    expect(read('Tính chung 7 tháng đầu năm nay, IIP tăng 8,6% so với cùng kỳ năm trước.', '2025-08-06')).toEqual([['2025-01..2025-07', 'yoy', 8.6]]);
    expect(read('Năm trước, chỉ số sản xuất công nghiệp tăng 8,4%.', '2025-02-05')).toEqual([['2024', 'yoy', 8.4]]);
  });

  it('takes the publication date from the dateline, a given date winning, and never guesses one', () => {
    expect(read('(Chinhphu.vn) - Ngày 6/8/2025, IIP tháng 7 tăng 8,9% so với cùng kỳ năm trước.')).toEqual([['2025-07', 'yoy', 8.9]]);
    expect(read('Thứ Tư, 06/08/2025 09:15\nIIP tháng 7 tăng 8,9% so với cùng kỳ.')).toEqual([['2025-07', 'yoy', 8.9]]);
    expect(read('Posted: 05/02/2025\nThe IIP rose 0.6 per cent last month from a year earlier.')).toEqual([['2025-01', 'yoy', 0.6]]);
    expect(read('Hanoi, August 6, 2025 (VNA) – The IIP rose 8.5 per cent in July from a year earlier.')).toEqual([['2025-07', 'yoy', 8.5]]);
    expect(read('Posted: 05/02/2025\nThe IIP rose 0.6 per cent last month.', '2025-03-06')).toEqual([['2025-02', 'yoy', 0.6]]);
    expect(read('Wednesday, August 6, 2025 | 09:15\nThe IIP rose 8.5 per cent in July from a month earlier.')).toEqual([['2025-07', 'mom', 8.5]]);
    expect(read('date 2025-08-06\nIIP tháng 7 tăng 8,9% so với cùng thời điểm năm trước.')).toEqual([['2025-07', 'yoy', 8.9]]);
    expect(parsePressText('Ngày 6/8/2025, IIP tháng 7 tăng 8,9%.', 'x.txt').release).toMatchObject({ publishedOn: '2025-08-06' });
    expect(parsePressText('Ngày 6/8/2025, IIP tháng 7 tăng 8,9%.', 'x.txt', { publishedOn: '2025-08-07' }).release.publishedOn).toBeUndefined();
    const titled = parsePressText('Đăng ngày: 05/05/2025\n\nThanh Hóa: Sản xuất công nghiệp tăng mạnh\n\nTháng 4, IIP của tỉnh tăng 18,6%.', 'x.txt');
    expect(titled.figures.map((f) => [f.geoLabel, f.itemLabel, f.period, f.value])).toEqual([['Thanh Hóa', 'TOTAL', '2025-04', 18.6]]);
    const undated = parsePressText('Hanoi, August 6 (VNA) – Last year, the IIP grew 8.4 per cent.', 'x.txt');
    expect(undated.figures).toEqual([]);
    expect(warningTexts(undated).join(' ')).toMatch(/publication date/);
    expect(warningTexts(parsePressText('The IIP rose by 5% in November.', 'x.txt')).join(' ')).toMatch(/publication date/);
  });
});

describe('press text periods named by the article itself', () => {
  const read = (text: string, publishedOn?: string): [string, string, number][] =>
    parsePressText(text, 'x.txt', publishedOn ? { publishedOn } : {}).figures.map((f) => [f.period, f.basis, f.value]);

  it('gives each figure of a list the period written right after it', () => {
    expect(read('The IIP grew 8.4% in 2022, 1.5% in 2023 and 8.4% in 2024.')).toEqual([
      ['2022', 'yoy', 8.4],
      ['2023', 'yoy', 1.5],
      ['2024', 'yoy', 8.4],
    ]);
    expect(read('IIP tăng 3,3% trong quý I, 6,2% trong quý II năm 2023.')).toEqual([
      ['2023-Q1', 'yoy', 3.3],
      ['2023-Q2', 'yoy', 6.2],
    ]);
  });

  it('lets a year an earlier sentence opens with win over the publication date for a bare month', () => {
    expect(read('In 2024, industry recovered. In January, the IIP rose 18.3% year on year.', '2026-03-01')).toEqual([['2024-01', 'yoy', 18.3]]);
    expect(read('Năm 2024, công nghiệp phục hồi. Tháng 1, IIP tăng 18,3% so với cùng kỳ.', '2026-03-01')).toEqual([['2024-01', 'yoy', 18.3]]);
    // a year that is no time frame ("last year's momentum") leaves the publication date in charge
    expect(read("Last year's momentum held. In February, the IIP rose 9% from a year earlier.", '2026-03-05')).toEqual([['2026-02', 'yoy', 9]]);
  });

  it('counts the year before from the year the article names, in the sentence or the one before', () => {
    expect(read('In 2023 the IIP rose 1.5%, down from 7.7% the year before.', '2026-01-10')).toEqual([
      ['2023', 'yoy', 1.5],
      ['2022', 'yoy', 7.7],
    ]);
    expect(read('In 2023, the IIP rose 1.5%. The year before, it grew 7.7%.')).toEqual([
      ['2023', 'yoy', 1.5],
      ['2022', 'yoy', 7.7],
    ]);
    expect(read('Năm 2023, IIP tăng 1,5%, thấp hơn mức tăng 7,7% của năm trước đó.')).toEqual([
      ['2023', 'yoy', 1.5],
      ['2022', 'yoy', 7.7],
    ]);
    expect(read('The IIP rose 9.1% in July, up from a 2.1% decline the year before.', '2025-08-10')).toEqual([
      ['2025-07', 'yoy', 9.1],
      ['2024-07', 'yoy', -2.1],
    ]);
  });

  it('reads ranges of months from January as running totals and leaves other ranges unread, saying why', () => {
    expect(read('Chỉ số sản xuất công nghiệp tháng 1-7 năm 2025 tăng 8,6% so với cùng kỳ năm trước.')).toEqual([['2025-01..2025-07', 'yoy', 8.6]]);
    expect(read('IIP từ tháng 1 đến tháng 7 năm 2025 tăng 8,6%.')).toEqual([['2025-01..2025-07', 'yoy', 8.6]]);
    expect(read('IIP tháng 1 – tháng 9/2024 tăng 8,3%.')).toEqual([['2024-01..2024-09', 'yoy', 8.3]]);
    expect(read('Industrial output in Jan-Jul 2025 rose 8.6%. In 7M 2024 it rose 8.2%.')).toEqual([
      ['2025-01..2025-07', 'yoy', 8.6],
      ['2024-01..2024-07', 'yoy', 8.2],
    ]);
    const other = parsePressText('IIP tháng 5–7 năm 2025 tăng 8%.', 'x.txt');
    expect(other.figures).toEqual([]);
    expect(warningTexts(other).join(' ')).toMatch(/tháng 5–7.*range of months/);
  });
});

describe('press text tables laid out in plain text', () => {
  const rows = (text: string, publishedOn?: string): string[] =>
    parsePressText(text, 'x.txt', publishedOn ? { publishedOn } : {}).figures.map(
      (f) => `${f.geoLabel}|${f.itemLabel}|${f.measure}|${f.period}|${f.basis}|${f.unit}|${f.value}`,
    );

  it('reads a pipe table whose header compares each column with its own period, as indices', () => {
    const text = [
      'Chỉ số sản xuất công nghiệp tháng 7 và 7 tháng năm 2025 (%)',
      'Ngành | Tháng 7/2025 so với tháng 6/2025 | Tháng 7/2025 so với cùng kỳ | 7 tháng 2025 so với cùng kỳ',
      '|---|---|---|---|',
      'Toàn ngành công nghiệp | 102,5 | 108,6 | 108,4',
      'Khai khoáng | 99,1 | 97,0 | ..',
    ].join('\n');
    expect(rows(text)).toEqual([
      '|TOTAL|iip|2025-07|mom|index|102.5',
      '|TOTAL|iip|2025-07|yoy|index|108.6',
      '|TOTAL|iip|2025-01..2025-07|yoy|index|108.4',
      '|Khai khoáng|iip|2025-07|mom|index|99.1',
      '|Khai khoáng|iip|2025-07|yoy|index|97',
    ]);
  });

  it('reads columns apart by runs of spaces or tabs, changes in per cent, years from the publication date', () => {
    const text = 'Sector   July   7M\nWhole industry   8.6   8.4\nMining   -3.1   n/a\n\nThe figures are preliminary.';
    expect(rows(text, '2025-08-06')).toEqual(['|TOTAL|iip|2025-07|yoy|pct|8.6', '|TOTAL|iip|2025-01..2025-07|yoy|pct|8.4', '|Mining|iip|2025-07|yoy|pct|-3.1']);
    expect(rows('Province\tQ1 2025\tQ2 2025\nBắc Ninh\t12.5\t15.1\nThái Nguyên\t-2.1\t3.4')).toEqual([
      'Bắc Ninh|TOTAL|iip|2025-Q1|yoy|pct|12.5',
      'Bắc Ninh|TOTAL|iip|2025-Q2|yoy|pct|15.1',
      'Thái Nguyên|TOTAL|iip|2025-Q1|yoy|pct|-2.1',
      'Thái Nguyên|TOTAL|iip|2025-Q2|yoy|pct|3.4',
    ]);
  });

  it('quotes the row under its column and goes on reading the prose after the table', () => {
    const result = parsePressText('Sector  July 2025  June 2025\nMining  -3.1  -2.0\nIn July, the IIP rose 8.6% from a year earlier.', 'x.txt');
    expect(result.figures[0]).toMatchObject({ location: 'line 2, column "July 2025"', quote: 'Mining | July 2025' });
    expect(result.figures.map((f) => [f.period, f.value])).toEqual([
      ['2025-07', -3.1],
      ['2025-06', -2],
      ['2025-07', 8.6],
    ]);
  });

  it('takes no heading or prose for a table', () => {
    expect(rows('Sản xuất công nghiệp tháng 7 và 7 tháng năm 2025\nIIP tháng 7 tăng 8,6% so với cùng kỳ năm trước.')).toEqual([
      '|TOTAL|iip|2025-07|yoy|pct|8.6',
    ]);
    expect(rows('July 2025 and 7M 2025 in brief\nExports rose 16 and 14\n')).toEqual([]);
  });
});

describe('press text rules learnt from the fourth round (each from the language, not the article)', () => {
  const read = (text: string, publishedOn?: string): string[] =>
    parsePressText(text, 'x.txt', publishedOn ? { publishedOn } : {}).figures.map(
      (f) => `${f.geoLabel}|${f.itemLabel}|${f.measure}|${f.period}|${f.basis}|${f.unit}|${f.value}`,
    );

  it('reads abbreviated months with their year ("Sept 2024") as table columns', () => {
    expect(read('Sector     Sept 2024    9M 2024\nMining     -4.6    -7.0')).toEqual([
      '|Mining|iip|2024-09|yoy|pct|-4.6',
      '|Mining|iip|2024-01..2024-09|yoy|pct|-7',
    ]);
  });

  it('takes no year from the period a comparison names, and places "quý này" on the publication date', () => {
    expect(read('Chỉ số IIP quý này ước tăng 6,18% so với cùng kỳ năm trước, cao hơn nhiều so với quý I năm ngoái (giảm 2%).', '2024-03-29')).toEqual([
      '|TOTAL|iip|2024-Q1|yoy|pct|6.18',
      '|TOTAL|iip|2023-Q1|yoy|pct|-2',
    ]);
    expect(read('IIP tháng này ước tăng 5%.', '2024-03-29')).toEqual(['|TOTAL|iip|2024-03|yoy|pct|5']);
  });

  it('reads "in the second, third and fourth" after a quarter as quarters, and "respectively" lists in order', () => {
    expect(read('The IIP rose 7.6% in the first quarter, 9.0% in the second, 9.9% in the third and 10.3% in the fourth quarter of 2025.')).toEqual([
      '|TOTAL|iip|2025-Q1|yoy|pct|7.6',
      '|TOTAL|iip|2025-Q2|yoy|pct|9',
      '|TOTAL|iip|2025-Q3|yoy|pct|9.9',
      '|TOTAL|iip|2025-Q4|yoy|pct|10.3',
    ]);
    expect(read('Tháng 8 và tháng 9 năm 2021, IIP lần lượt giảm 4,2% và 5,0% so với cùng kỳ năm trước.')).toEqual([
      '|TOTAL|iip|2021-08|yoy|pct|-4.2',
      '|TOTAL|iip|2021-09|yoy|pct|-5',
    ]);
  });

  it('reads a value stated before as the same figure: instead of, thay vì, an earlier estimate', () => {
    expect(read('Tháng 2/2024, IIP giảm 5,8% so với cùng kỳ, thay vì giảm 6,9% như ước tính.')).toEqual([
      '|TOTAL|iip|2024-02|yoy|pct|-5.8',
      '|TOTAL|iip|2024-02|yoy|pct|-6.9',
    ]);
    expect(
      read(
        "In February 2020, the IIP rose 19.6%. The GSO also revised January 2020's figure, which now shows a 7.1 percent decrease year-on-year instead of the 9.5 percent drop reported initially.",
      ),
    ).toEqual(['|TOTAL|iip|2020-02|yoy|pct|19.6', '|TOTAL|iip|2020-01|yoy|pct|-7.1', '|TOTAL|iip|2020-01|yoy|pct|-9.5']);
    expect(
      read('The IIP in January-February 2020 was 5.8 percent higher than a year earlier, up from the 5.5 percent growth it had estimated on February 29.'),
    ).toEqual(['|TOTAL|iip|2020-01..2020-02|yoy|pct|5.8', '|TOTAL|iip|2020-01..2020-02|yoy|pct|5.5']);
  });

  it('reads a level compared with "much lower than" as the year before, and a comparison with a month before the figure as month-on-month', () => {
    expect(read('Năm 2023, IIP chỉ tăng 1,5%, thấp hơn nhiều mức tăng 7,8% của năm trước đó.')).toEqual([
      '|TOTAL|iip|2023|yoy|pct|1.5',
      '|TOTAL|iip|2022|yoy|pct|7.8',
    ]);
    expect(read('In September 2024, the IIP rose 10.8% on-year. Compared with August, however, the index was 1.7 per cent lower.')).toEqual([
      '|TOTAL|iip|2024-09|yoy|pct|10.8',
      '|TOTAL|iip|2024-09|mom|pct|-1.7',
    ]);
  });

  it("reads outputs of products, also in a province's article, and keeps Vietnamese words that look like English ones", () => {
    expect(read('In 2023, output of electronic components rose 35.4 per cent.')).toEqual(['|electronic components|output|2023|yoy|pct|35.4']);
    expect(read('Hải Phòng: công nghiệp tăng trưởng\nMột số sản phẩm chủ lực 9 tháng năm 2025 tăng: tivi tăng 35,2%; máy in tăng 12,4%.')).toEqual([
      'Hải Phòng|tivi|output|2025-01..2025-09|yoy|pct|35.2',
      'Hải Phòng|máy in|output|2025-01..2025-09|yoy|pct|12.4',
    ]);
  });

  it('reads contributions that name their own subject, and subjects after "Of the growth," or a reason clause', () => {
    expect(read('Trong mức tăng chung 10 tháng năm 2025, ngành khai khoáng làm giảm 0,4 điểm phần trăm.')).toEqual([
      '|ngành khai khoáng|contribution|2025-01..2025-10|yoy|pp|-0.4',
    ]);
    expect(read('In January-February 2020, the IIP rose 5.8%. Of the two-month growth, the processing and manufacturing industry rose 6.6 percent.')).toEqual([
      '|TOTAL|iip|2020-01..2020-02|yoy|pct|5.8',
      '|processing and manufacturing industry|iip|2020-01..2020-02|yoy|pct|6.6',
    ]);
    expect(
      read(
        'In January 2024, the IIP jumped 18.3% from a year earlier, partly because the Tết holiday fell in February that year, while February saw a 5.8 per cent decline.',
      ),
    ).toEqual(['|TOTAL|iip|2024-01|yoy|pct|18.3', '|TOTAL|iip|2024-02|yoy|pct|-5.8']);
  });

  it('gives a period named again without a year the year it had earlier in the article', () => {
    expect(read('IIP quý I/2024 tăng 6,18%.\nNăm 2023, IIP chỉ tăng 1,5%.\nTrong quý I, ngành khai khoáng giảm 6,7%.')).toEqual([
      '|TOTAL|iip|2024-Q1|yoy|pct|6.18',
      '|TOTAL|iip|2023|yoy|pct|1.5',
      '|ngành khai khoáng|iip|2024-Q1|yoy|pct|-6.7',
    ]);
  });
});

describe('press text rules learnt from the fifth round (each from the language, not the article)', () => {
  const read = (text: string, publishedOn?: string): string[] =>
    parsePressText(text, 'x.txt', publishedOn ? { publishedOn } : {}).figures.map(
      (f) => `${f.geoLabel}|${f.itemLabel}|${f.measure}|${f.period}|${f.basis}|${f.unit}|${f.value}`,
    );

  it('gives a figure no period from a later clause that compares, looks back or stands in a relative clause', () => {
    expect(
      read('Industrial production contracted in February.\nOutput dropped 4.8% from a year earlier, after a revised 21.9% jump in January.', '2026-03-06'),
    ).toEqual(['|TOTAL|iip|2026-02|yoy|pct|-4.8', '|TOTAL|iip|2026-01|yoy|pct|21.9']);
    expect(
      read('For the first seven months of the year, industrial production rose 9.6% y/y, compared with growth of 11.1% in January-July 2018.', '2019-07-29'),
    ).toEqual(['|TOTAL|iip|2019-01..2019-07|yoy|pct|9.6', '|TOTAL|iip|2018-01..2018-07|yoy|pct|11.1']);
    expect(
      read(
        "Ho Chi Minh City, which absorbed Binh Duong in last July's merger, reported a 6.5% increase in industrial output for January-February.",
        '2026-03-06',
      ),
    ).toEqual(['Ho Chi Minh City|TOTAL|iip|2026-01..2026-02|yoy|pct|6.5']);
  });

  it("places figures in the province a sentence opens with, and 'the province', 'its' and 'there' in the last one named", () => {
    expect(
      read(
        'In Bắc Ninh, the IIP shrank 13.6% in April 2023. It was down 10.9 per cent for the first four months. Thái Nguyên, home to a Samsung complex, fared no better: its IIP dropped 16.2 per cent over January-April. Mobile phone output there was down 21.4 per cent.',
      ),
    ).toEqual([
      'Bắc Ninh|TOTAL|iip|2023-04|yoy|pct|-13.6',
      'Bắc Ninh|TOTAL|iip|2023-01..2023-04|yoy|pct|-10.9',
      'Thái Nguyên|TOTAL|iip|2023-01..2023-04|yoy|pct|-16.2',
      'Thái Nguyên|Mobile phone|output|2023-01..2023-04|yoy|pct|-21.4',
    ]);
    expect(read('Hanoi, August 6, 2025 (VNA) – The IIP rose 8.5% in July from a year earlier.')).toEqual(['|TOTAL|iip|2025-07|yoy|pct|8.5']);
  });

  it("reads a provincial statistics office's report as the province's, dated by its place-and-date line", () => {
    const report = parsePressText(
      'THỐNG KÊ TỈNH BÌNH DƯƠNG\n\nBình Dương, ngày 29 tháng 4 năm 2025\n\nChỉ số sản xuất công nghiệp tháng 4 tăng 3,2% so với tháng trước.',
      'x.txt',
    );
    expect(report.release.publishedOn).toBe('2025-04-29');
    expect(report.figures.map((f) => `${f.geoLabel}|${f.itemLabel}|${f.period}|${f.basis}|${f.value}`)).toEqual(['Bình Dương|TOTAL|2025-04|mom|3.2']);
  });

  it('takes a table’s year from its title when the header names none', () => {
    expect(
      read('Industrial production index by quarter, 2017 (% change over the same period of 2016)\n\nSector      Q1     Q2\nMining    -9.6   -6.9'),
    ).toEqual(['|Mining|iip|2017-Q1|yoy|pct|-9.6', '|Mining|iip|2017-Q2|yoy|pct|-6.9']);
  });

  it('reads bare "output", "X output", combined output, y/y and m/m, and an estimate "initially put at"', () => {
    expect(
      read(
        "Vietnam's industrial output climbed 9.1% y/y in July. Output was up 2.3% m/m. Crude oil output slipped 6.8%. Combined January-July output rose 8.9%. The office had initially put July's gain at 8.7%.",
        '2019-08-06',
      ),
    ).toEqual([
      '|TOTAL|iip|2019-07|yoy|pct|9.1',
      '|TOTAL|iip|2019-07|mom|pct|2.3',
      '|Crude oil|output|2019-07|yoy|pct|-6.8',
      '|TOTAL|iip|2019-01..2019-07|yoy|pct|8.9',
      '|TOTAL|iip|2019-07|yoy|pct|8.7',
    ]);
  });

  it('reads Vietnamese month lists, falls ("sụt giảm", "đi xuống"), reason clauses and the lead period of a breakdown', () => {
    expect(
      read(
        [
          'Chỉ số sản xuất công nghiệp năm 2021 ước tăng 4,8% so với năm trước.',
          'Riêng tháng 12, IIP tăng 8,3% so với cùng kỳ.',
          'Trước đó, chỉ số này đi xuống trong hai tháng 8 và 9, lần lượt giảm 4,2% và 5,5% so với cùng kỳ.',
          'Xét theo ngành, ngành khai khoáng sụt giảm 6,0%, kéo mức tăng chung đi xuống 0,9 điểm phần trăm do sản lượng dầu thô khai thác giảm 13,1%.',
        ].join('\n'),
      ),
    ).toEqual([
      '|TOTAL|iip|2021|yoy|pct|4.8',
      '|TOTAL|iip|2021-12|yoy|pct|8.3',
      '|TOTAL|iip|2021-08|yoy|pct|-4.2',
      '|TOTAL|iip|2021-09|yoy|pct|-5.5',
      '|ngành khai khoáng|iip|2021|yoy|pct|-6',
      '|ngành khai khoáng|contribution|2021|yoy|pp|-0.9',
      '|dầu thô khai thác|output|2021|yoy|pct|-13.1',
    ]);
  });

  it('leaves out ranges and expectations ("khoảng 8-9%", "kỳ vọng", "is targeting")', () => {
    expect(read('Bộ Công Thương kỳ vọng năm 2022 ngành công nghiệp tăng trưởng 8-9%.')).toEqual([]);
    expect(read('The government is targeting industrial growth of 10% in 2026.')).toEqual([]);
  });
});

describe('press text rules learnt from the sixth round (each from the language, not the article)', () => {
  const read = (text: string, publishedOn?: string): string[] =>
    parsePressText(text, 'x.txt', publishedOn ? { publishedOn } : {}).figures.map(
      (f) => `${f.geoLabel}|${f.itemLabel}|${f.measure}|${f.period}|${f.basis}|${f.unit}|${f.value}${f.status ? `|${f.status}` : ''}`,
    );

  it('reads a header over two lines, column by column, with the status a column states, in the province its title names', () => {
    const table = [
      'Chỉ số sản xuất công nghiệp Hà Nội (Cùng kỳ năm trước = 100)',
      '',
      'Ngành                       Chính thức     Ước tính      9 tháng',
      '                            tháng 8        tháng 9       năm 2025',
      'Toàn ngành công nghiệp      124,1          126,4         123,0',
    ].join('\n');
    expect(read(table)).toEqual([
      'Hà Nội|TOTAL|iip|2025-08|yoy|index|124.1|official',
      'Hà Nội|TOTAL|iip|2025-09|yoy|index|126.4|estimate',
      'Hà Nội|TOTAL|iip|2025-01..2025-09|yoy|index|123',
    ]);
    expect(read('                   Tháng 6       6 tháng\n                   năm 2015      năm 2015\nKhai khoáng         96,3          97,4')).toEqual([
      '|Khai khoáng|iip|2015-06|yoy|index|96.3',
      '|Khai khoáng|iip|2015-01..2015-06|yoy|index|97.4',
    ]);
  });

  it("reads a provincial portal's or office's figures as that province's, and a bare date and time as the dateline", () => {
    const portal = parsePressText(
      'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH\n\n10:12, 08/10/2025\n\nChỉ số sản xuất công nghiệp (IIP) tháng 9 ước tăng 26,4% so với cùng kỳ năm trước.',
      'x.txt',
    );
    expect(portal.release.publishedOn).toBe('2025-10-08');
    expect(portal.figures.map((f) => `${f.geoLabel}|${f.period}|${f.value}`)).toEqual(['Bắc Ninh|2025-09|26.4']);
    expect(read('Theo Cục Thống kê Hà Nội, chỉ số sản xuất công nghiệp (IIP) của thành phố 6 tháng đầu năm 2015 tăng 7,2%.')).toEqual([
      'Hà Nội|TOTAL|iip|2015-01..2015-06|yoy|pct|7.2',
    ]);
  });

  it('reads months in words ("hai tháng đầu năm"), falls written "lùi", and a revision "cao hơn con số ước tính"', () => {
    expect(read('Hai tháng đầu năm 2026, sản lượng ô tô tăng 18,3%, ti vi lắp ráp lùi 7,2%.')).toEqual([
      '|ô tô|output|2026-01..2026-02|yoy|pct|18.3',
      '|ti vi lắp ráp|output|2026-01..2026-02|yoy|pct|-7.2',
    ]);
    expect(read('Riêng tháng 1/2026, IIP tăng tới 22,4% so với cùng kỳ, cao hơn con số ước tính 21,5% được công bố trước đó.')).toEqual([
      '|TOTAL|iip|2026-01|yoy|pct|22.4',
      '|TOTAL|iip|2026-01|yoy|pct|21.5',
    ]);
  });

  it('takes no year from a reason after the figures, and goes back to the lead period after a look back', () => {
    expect(read('Riêng tháng 1, IIP tăng 22,4% so với cùng kỳ, chủ yếu do Tết năm 2025 rơi vào tháng 1.', '2026-03-06')).toEqual([
      '|TOTAL|iip|2026-01|yoy|pct|22.4',
    ]);
    expect(
      read(
        'IIP năm 2024 tăng 8,4%. Năm 2023, IIP chỉ tăng 1,3%.\nChỉ số sản xuất của ngành chế biến, chế tạo tăng 9,6%.\nXét theo sản phẩm, nhiều sản phẩm chủ lực tăng khá so với năm 2023: thép cán tăng 16,2%.',
      ),
    ).toEqual([
      '|TOTAL|iip|2024|yoy|pct|8.4',
      '|TOTAL|iip|2023|yoy|pct|1.3',
      '|ngành chế biến, chế tạo|iip|2024|yoy|pct|9.6',
      '|thép cán|output|2024|yoy|pct|16.2',
    ]);
  });
});

describe('press text rules learnt from the seventh round (each from the language, not the article)', () => {
  const read = (text: string, publishedOn?: string): string[] =>
    parsePressText(text, 'x.txt', publishedOn ? { publishedOn } : {}).figures.map(
      (f) => `${f.geoLabel}|${f.itemLabel}|${f.measure}|${f.period}|${f.basis}|${f.unit}|${f.value}`,
    );

  it('finds the date and the issuing office in a head line that holds several things side by side', () => {
    const byline = parsePressText(
      'Industrial output growth cools\n\nBy Anh Minh   Thursday, August 29, 2019 | 04:12 pm GMT+7\n\nThe IIP rose 10 percent year-on-year this month.',
      'x.txt',
    );
    expect(byline.release.publishedOn).toBe('2019-08-29');
    expect(byline.figures.map((f) => f.period)).toEqual(['2019-08']);
    const report = parsePressText(
      'THỐNG KÊ THÀNH PHỐ HẢI PHÒNG                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 512/BC-TKHP                               Hải Phòng, ngày 06 tháng 12 năm 2025\n\nChỉ số sản xuất công nghiệp tháng 11 tăng 14,86% so với cùng kỳ năm trước.',
      'x.txt',
    );
    expect(report.release.publishedOn).toBe('2025-12-06');
    expect(report.figures.map((f) => `${f.geoLabel}|${f.period}|${f.value}`)).toEqual(['Hải Phòng|2025-11|14.86']);
  });

  it('reads "trailing" as a comparison, "advanced" and "shaved … off" as signs, and subjects behind an appositive or a copula', () => {
    expect(read('In the first eight months of 2019 the IIP expanded 9.5 percent, trailing the 10.3 percent gain of January-August 2018.')).toEqual([
      '|TOTAL|iip|2019-01..2019-08|yoy|pct|9.5',
      '|TOTAL|iip|2018-01..2018-08|yoy|pct|10.3',
    ]);
    expect(
      read(
        'In 2019, manufacturing and processing, the backbone of the sector, climbed 11.1 percent. Electricity advanced 9.4 percent. Mining was the only drag: it slipped 2.1 percent and shaved 0.2 percentage points off the headline figure.',
      ),
    ).toEqual([
      '|manufacturing and processing|iip|2019|yoy|pct|11.1',
      '|Electricity|iip|2019|yoy|pct|9.4',
      '|Mining|iip|2019|yoy|pct|-2.1',
      '|Mining|contribution|2019|yoy|pp|-0.2',
    ]);
  });

  it('places "toàn tỉnh" in the province the title names, and reads "số liệu … được điều chỉnh từ X lên Y" as one figure twice', () => {
    expect(
      read(
        'Công nghiệp Quảng Ninh tăng trưởng ấn tượng\n\nChỉ số sản xuất công nghiệp (IIP) toàn tỉnh quý I/2021 tăng 8,3%.\nĐáng chú ý, số liệu quý I được Cục Thống kê điều chỉnh từ mức tăng 7,9% (ước tính) lên 8,3%.',
      ),
    ).toEqual(['Quảng Ninh|TOTAL|iip|2021-Q1|yoy|pct|8.3', 'Quảng Ninh|TOTAL|iip|2021-Q1|yoy|pct|7.9']);
  });
});
