import { describe, expect, it } from 'vitest';
import type { Lineage, Place } from '@shared/merger/lineage.js';
import { mergerSentence, type SentencePart } from './sentence.js';
import { MERGER_STRINGS } from './strings.js';

const province = (code: string, nameVi: string): Place => ({ code, kind: 'province', nameVi, nameEn: nameVi });
const locality = (code: string, nameVi: string): Place => ({ code, kind: 'locality', nameVi, nameEn: nameVi });
const lineage = (over: Partial<Lineage> & Pick<Lineage, 'geo'>): Lineage => ({
  changedOn: '2025-07-01',
  predecessors: [],
  successor: null,
  siblings: [],
  ...over,
});

/** The parts as plain text, each place as [code]. */
const read = (parts: SentencePart[]): string => parts.map((p) => ('place' in p ? `[${p.place.code}]` : p.text)).join('');

const phuTho = locality('L25', 'Phú Thọ');
const [p25, p17, p26] = [province('P25', 'Phú Thọ'), province('P17', 'Hòa Bình'), province('P26', 'Vĩnh Phúc')];

describe('the merger sentence', () => {
  it('names the provinces a locality was formed from, in both languages', () => {
    const formed = lineage({ geo: phuTho, predecessors: [p25, p17, p26] });
    expect(read(mergerSentence(formed, MERGER_STRINGS.en))).toBe('Formed on 1 July 2025 from [P25], [P17] and [P26].');
    expect(read(mergerSentence(formed, MERGER_STRINGS.vi))).toBe('Hình thành ngày 1/7/2025 từ [P25], [P17] và [P26].');
    const two = lineage({ geo: locality('L33', 'Hưng Yên'), predecessors: [province('P33', 'Hưng Yên'), province('P34', 'Thái Bình')] });
    expect(read(mergerSentence(two, MERGER_STRINGS.en))).toBe('Formed on 1 July 2025 from [P33] and [P34].');
  });

  it('says a locality with one province was not merged', () => {
    const haNoi = lineage({ geo: locality('L01', 'Hà Nội'), predecessors: [province('P01', 'Hà Nội')] });
    expect(read(mergerSentence(haNoi, MERGER_STRINGS.en))).toBe('Not merged on 1 July 2025; before then, [P01].');
  });

  it('names a province’s successor and the provinces merged with it, or says it merged with none', () => {
    const hoaBinh = lineage({ geo: p17, successor: phuTho, siblings: [p25, p26] });
    expect(read(mergerSentence(hoaBinh, MERGER_STRINGS.en))).toBe('Merged into [L25] on 1 July 2025 with [P25] and [P26].');
    expect(read(mergerSentence(hoaBinh, MERGER_STRINGS.vi))).toBe('Sáp nhập vào [L25] ngày 1/7/2025 cùng [P25] và [P26].');
    const alone = lineage({ geo: province('P01', 'Hà Nội'), successor: locality('L01', 'Hà Nội') });
    expect(read(mergerSentence(alone, MERGER_STRINGS.en))).toBe('Became [L01] on 1 July 2025, not merged with another province.');
  });

  it('says nothing for a place the change did not touch', () => {
    expect(
      mergerSentence(lineage({ geo: { code: 'VN', kind: 'country', nameVi: 'Cả nước', nameEn: 'Viet Nam' }, changedOn: null }), MERGER_STRINGS.en),
    ).toEqual([]);
  });
});
