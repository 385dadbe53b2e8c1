import { describe, expect, it } from 'vitest';
import { rankEntries, rankText, Rank, type PaletteEntry } from './paletteRanking.js';

const series = (id: number, label: string, aliases: string[] = []): PaletteEntry => ({ key: `series:${id}`, kind: 'series', label, aliases });
const view = (label: string): PaletteEntry => ({ key: `view:${label}`, kind: 'view', label });
const action = (label: string): PaletteEntry => ({ key: `action:${label}`, kind: 'action', label });
const keys = (entries: PaletteEntry[]) => entries.map((e) => e.key);

describe('ranking a text against a query', () => {
  it('ignores diacritics, case and đ', () => {
    expect(rankText('phu tho', 'Phú Thọ')).toBe(Rank.Prefix);
    expect(rankText('phu tho', 'PHÚ THỌ')).toBe(Rank.Prefix);
    expect(rankText('da nang', 'Đà Nẵng')).toBe(Rank.Prefix);
  });

  it('tells a prefix, a word prefix, a substring and words in another order apart', () => {
    expect(rankText('tho', 'Thọ Xuân')).toBe(Rank.Prefix);
    expect(rankText('tho', 'Phú Thọ')).toBe(Rank.WordPrefix);
    expect(rankText('ran', 'Transformation')).toBe(Rank.Substring);
    expect(rankText('tho phu', 'Phú Thọ')).toBe(Rank.AllWords);
    expect(rankText('phu tho', 'Phú Yên')).toBeNull();
  });
});

describe('the palette results', () => {
  // The commands are always offered; the series are what the catalog's search answered for the query.
  const commands: PaletteEntry[] = [view('Ranking'), view('Small multiples'), action('Transformations help'), action('Find series')];

  it('puts what starts with the query before what has a word starting with it, before what holds it', () => {
    const found = [series(2, 'Vĩnh Phúc'), series(3, 'Phú Thọ'), series(4, 'Phú Yên')];
    expect(keys(rankEntries('phu', [...found, ...commands]))).toEqual(['series:3', 'series:4', 'series:2']);
    expect(keys(rankEntries('ran', commands))).toEqual(['view:Ranking', 'action:Transformations help']);
  });

  it('finds "phu tho" as Phú Thọ first, and a place by its Vietnamese name', () => {
    const found = [series(2, 'Vĩnh Phúc'), series(3, 'Phú Thọ')];
    expect(rankEntries('phu tho', [...found, ...commands])[0]?.key).toBe('series:3');
    expect(rankEntries('ha noi', [series(5, 'Hanoi', ['Hà Nội']), ...commands])[0]?.key).toBe('series:5');
  });

  it('keeps a series the catalog found by a name it does not show, after the others', () => {
    // "d" is Electricity's section letter: the catalog matched the code, the label does not hold a d
    expect(keys(rankEntries('d', [series(6, 'Electricity'), ...commands]))).toEqual(['action:Find series', 'series:6']);
  });

  it('orders equal ranks series, views, transformations, actions, and keeps their order within a kind', () => {
    const tied: PaletteEntry[] = [
      action('Multiples export'),
      { key: 'transform:m', kind: 'transform', label: 'Month on month' },
      view('Multiples'),
      series(9, 'Muong Te'),
      series(8, 'Mong Cai'),
    ];
    expect(keys(rankEntries('m', tied))).toEqual(['series:9', 'series:8', 'view:Multiples', 'transform:m', 'action:Multiples export']);
  });

  it('lists everything but the series for an empty query, in order', () => {
    expect(keys(rankEntries('  ', [series(1, 'Toàn ngành công nghiệp'), ...commands]))).toEqual([
      'view:Ranking',
      'view:Small multiples',
      'action:Transformations help',
      'action:Find series',
    ]);
  });

  it('leaves out commands that do not match, and stops at the limit', () => {
    expect(keys(rankEntries('zzz', commands))).toEqual([]);
    expect(rankEntries('s', commands, 2)).toHaveLength(2);
  });
});
