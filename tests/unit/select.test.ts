import { describe, expect, it } from 'vitest';
import type { FigureCandidate } from '../../electron/core/figures/repository.js';
import { agreeUpToRounding, chooseShown, groupCandidates } from '../../electron/core/figures/select.js';

let nextId = 1;
function candidate(over: Partial<FigureCandidate>): FigureCandidate {
  const id = nextId++;
  return {
    id,
    seriesId: 1,
    period: '2025-01..2025-05',
    periodKind: 'cumulative',
    periodStart: '2025-01',
    periodEnd: '2025-05',
    basis: 'yoy',
    unit: 'pct',
    baseYear: 0,
    value: 0,
    decimals: 1,
    status: 'estimate',
    quantityUnit: null,
    quote: null,
    location: null,
    statedPeriod: null,
    flags: [],
    note: null,
    releaseId: id,
    releaseName: `release ${id}`,
    publisher: 'p',
    publishedOn: '2025-06-10',
    publishedOnNote: null,
    sourceFile: 'f',
    ...over,
  };
}
const codes = { geo: 'VN', item: '29', measure: 'iip' as const };

describe('choosing the shown value', () => {
  it('treats 34 and 34.3 as one figure and shows the more precise', () => {
    const shown = chooseShown(
      [candidate({ value: 34, decimals: 0, publishedOn: '2025-06-10' }), candidate({ value: 34.3, decimals: 1, publishedOn: '2025-06-05' })],
      codes,
    );
    expect(shown.value).toBe(34.3);
    expect(shown.sources.map((s) => s.value)).toEqual([34.3, 34]);
    expect(shown.revisions).toEqual([]);
  });

  it('shows the newest publication and keeps what it revised', () => {
    const shown = chooseShown([candidate({ value: 8.1, publishedOn: '2025-05-29' }), candidate({ value: 8.6, publishedOn: '2025-06-29' })], codes);
    expect(shown.value).toBe(8.6);
    expect(shown.revisions).toEqual([{ value: 8.1, decimals: 1, publishedOn: '2025-05-29', releaseName: expect.any(String) }]);
  });

  it('reads an index against the same comparison as a % change', () => {
    const [group] = groupCandidates([candidate({ unit: 'index', value: 108.94, decimals: 2 })]);
    const shown = chooseShown(group!, codes);
    expect(shown).toMatchObject({ unit: 'pct', value: 8.94, derived: true, decimals: 2 });
  });

  it('groups a % change and an index of the same figure together, apart from other periods', () => {
    const groups = groupCandidates([
      candidate({ unit: 'index', value: 109.3 }),
      candidate({ unit: 'pct', value: 9.3 }),
      candidate({ period: '2025-11', value: 10.8 }),
    ]);
    expect(groups.map((g) => g.length).sort()).toEqual([1, 2]);
  });

  it('prefers an unflagged source among equally precise agreeing ones', () => {
    const shown = chooseShown(
      [candidate({ value: 8.8, flags: ['period-mislabelled'], publishedOn: '2025-06-30' }), candidate({ value: 8.8, publishedOn: '2025-06-10' })],
      codes,
    );
    expect(shown.sources[0]!.flags).toEqual([]);
    expect(shown.flags).toEqual(['period-mislabelled']);
  });

  it('agrees up to half a unit of the coarser rounding', () => {
    expect(agreeUpToRounding(22.5, 1, 23, 0)).toBe(true);
    expect(agreeUpToRounding(-8.6, 1, -9, 0)).toBe(true);
    expect(agreeUpToRounding(22.4, 1, 23, 0)).toBe(false);
  });
});
