import { describe, expect, it } from 'vitest';
import type { CheckedFigure, CheckKind, Finding, FindingSide } from '@shared/contract/analysis.js';
import { figureName, moreShown, PAGE_SIZE, revisionSize, sortRevisions, toleranceDecimals, toleranceShownDecimals } from './checksState.js';
import { checkedFigure } from './testFindings.js';

const side = (value: number): FindingSide => ({ origin: 'stated', value, decimals: 1, method: null, sources: [] });

const finding = (kind: CheckKind, gap: number, over: { unit?: CheckedFigure['unit']; against?: number; id?: number } = {}): Finding => ({
  kind,
  figure: checkedFigure({ unit: over.unit ?? 'pct', seriesId: over.id ?? 1 }),
  stated: side((over.against ?? 10) + gap),
  against: side(over.against ?? 10),
  gap,
  tolerance: 0.1,
  code: kind,
  message: { vi: '', en: '' },
});

describe('sortRevisions', () => {
  it('puts the largest first, a change by its points and a quantity by its share of the first estimate', () => {
    const small = finding('revision-vs-first-estimate', 0.4, { id: 1 });
    const negative = finding('revision-vs-first-estimate', -2, { id: 2 });
    // 289.4 tonnes on 6,505.8: 4.4 % of the first estimate, larger than 2 points, smaller than 5.
    const coal = finding('revision-vs-first-estimate', -289.4, { unit: 'qty', against: 6505.8, id: 3 });
    const big = finding('revision-vs-first-estimate', 5, { id: 4 });
    expect(revisionSize(coal)).toBeCloseTo(4.448, 3);
    expect(sortRevisions([small, negative, coal, big]).map((f) => f.figure.seriesId)).toEqual([4, 3, 2, 1]);
  });

  it('keeps the report order between equal sizes and leaves its input alone', () => {
    const input = [finding('revision-vs-first-estimate', 1, { id: 1 }), finding('revision-vs-first-estimate', -1, { id: 2 })];
    expect(sortRevisions(input).map((f) => f.figure.seriesId)).toEqual([1, 2]);
    expect(input.map((f) => f.figure.seriesId)).toEqual([1, 2]);
  });
});

describe('figureName', () => {
  const coal = { code: 'P-COAL', nameVi: 'Than đá (than sạch)', nameEn: 'Coal' };
  const hanoi = { code: '01', nameVi: 'Hà Nội', nameEn: 'Ha Noi' };
  it('names a national figure by its industry in the UI language', () => {
    expect(figureName(checkedFigure({ item: coal }), 'vi')).toBe('Than đá (than sạch)');
    expect(figureName(checkedFigure({ item: coal }), 'en')).toBe('Coal');
  });

  it('keeps a place’s Vietnamese spelling in both languages', () => {
    expect(figureName(checkedFigure({ geo: hanoi }), 'en')).toBe('Hà Nội');
    expect(figureName(checkedFigure({ geo: hanoi, item: coal }), 'en')).toBe('Coal — Hà Nội');
    expect(figureName(checkedFigure({ geo: hanoi, item: coal }), 'vi')).toBe('Than đá (than sạch) — Hà Nội');
  });

  it('falls back to the Vietnamese name when there is no English one', () => {
    expect(figureName(checkedFigure({ item: { ...coal, nameEn: '' } }), 'en')).toBe('Than đá (than sạch)');
  });
});

describe('paging', () => {
  it('shows one more page, never past the total', () => {
    expect(moreShown(PAGE_SIZE, 1000)).toBe(2 * PAGE_SIZE);
    expect(moreShown(PAGE_SIZE, 130)).toBe(130);
  });

  it('gives a tolerance the decimals it needs', () => {
    expect(toleranceDecimals(0.055)).toBe(3);
    expect(toleranceDecimals(0.1)).toBe(1);
    expect(toleranceDecimals(1)).toBe(0);
    expect(toleranceDecimals(0.123456)).toBe(4);
  });

  it('shows a tolerance one decimal finer than its values, or as exact as it is', () => {
    const f = finding('mom-vs-yoy', -2.9);
    expect(toleranceShownDecimals({ ...f, tolerance: 0.2186 })).toBe(2);
    expect(toleranceShownDecimals({ ...f, tolerance: 0.1 })).toBe(1);
    expect(toleranceShownDecimals({ ...f, tolerance: 0.055, against: { ...f.against, decimals: 2 } })).toBe(3);
  });
});
