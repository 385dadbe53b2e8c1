import { describe, expect, it } from 'vitest';
import type { FigureValue } from '@shared/contract/figures.js';
import { figure } from '../../../../tests/helpers/contract-fixtures.js';
import {
  applyTransform,
  availability,
  choiceOf,
  commonRebaseYears,
  effectiveSpec,
  inputsOf,
  notComputed,
  rebaseYearOf,
  transformSpec,
  untransformed,
  withTet,
  type ShownPoint,
} from './transform.js';

const index = (period: string, value: number): FigureValue => figure(period, value, { basis: 'base', unit: 'index' });

/** 2024-01..2024-12 and 2025-01..2025-04 at 100, 101, …, with the months in `skip` left out. */
function monthlyIndex(skip: string[] = []): FigureValue[] {
  const out: FigureValue[] = [];
  let value = 100;
  for (const year of [2024, 2025]) {
    for (let month = 1; month <= (year === 2025 ? 4 : 12); month++) {
      const period = `${year}-${String(month).padStart(2, '0')}`;
      if (!skip.includes(period)) out.push(index(period, value));
      value += 1;
    }
  }
  return out;
}

const shown = (points: ShownPoint[]): string[] =>
  points.map((p) => (p.value === null ? `${p.period} ${p.reason}` : `${p.period} ${p.value.toFixed(p.decimals ?? 0)}`));

describe('explore transformations', () => {
  it('reads specs and choices both ways', () => {
    expect(transformSpec('rebase', 2020)).toBe('rebase:2020');
    expect(transformSpec('ma3', null)).toBe('ma3');
    expect(choiceOf('rebase:2020')).toBe('rebase');
    expect(choiceOf('bogus')).toBe('none');
    expect(rebaseYearOf('rebase:2020')).toBe(2020);
    expect(rebaseYearOf('ma3')).toBeNull();
  });

  it('splits figures into one input per period kind, a period stated twice counted once', () => {
    const inputs = inputsOf([index('2025-01', 100), index('2025-01..2025-02', 101), index('2025-02', 102), index('2025-01', 999)]);
    expect(inputs.map((i) => [i.kind, i.points.map((p) => p.value)])).toEqual([
      ['month', [100, 102]],
      ['cumulative', [101]],
    ]);
    expect(inputs[0]).toMatchObject({ basis: 'base', unit: 'index' });
  });

  it('shows the figures as they are, in time order, without a transformation', () => {
    const series = untransformed([index('2025-02', 2), index('2025-01', 1)]);
    expect(series.points.map((p) => p.period)).toEqual(['2025-01', '2025-02']);
    expect(series.points[0]!.figure?.value).toBe(1);
  });

  it('computes month-on-month with the shared functions, a missing month giving its reason', () => {
    const outcome = applyTransform(monthlyIndex(['2024-06']), 'mom');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.series).toMatchObject({ basis: 'mom', unit: 'pct' });
    const text = shown(outcome.series.points);
    expect(text[0]).toBe('2024-01 too-short');
    expect(text[1]).toBe('2024-02 1.0');
    expect(text).toContain('2024-07 missing-month');
    expect(notComputed(outcome.series.points)).toEqual([
      { reason: 'too-short', periods: ['2024-01'] },
      { reason: 'missing-month', periods: ['2024-07'] },
    ]);
  });

  it('averages three months on the series own basis', () => {
    const outcome = applyTransform(monthlyIndex(), 'ma3');
    if (!outcome.ok) throw new Error('expected values');
    expect(outcome.series).toMatchObject({ basis: 'base', unit: 'index' });
    expect(shown(outcome.series.points).slice(0, 3)).toEqual(['2024-01 too-short', '2024-02 too-short', '2024-03 101.0']);
  });

  it('leaves out the period kinds a transformation refuses, and refuses when no kind is left', () => {
    const figures = [...monthlyIndex(), index('2024-01..2024-12', 105)];
    const outcome = applyTransform(figures, 'ma3');
    if (!outcome.ok) throw new Error('expected values');
    expect(outcome.series.points.some((p) => p.period === '2024-01..2024-12')).toBe(false);
    const changes = [figure('2025-01', 8.1), figure('2025-02', 9.4)];
    expect(applyTransform(changes, 'yoy')).toEqual({ ok: false, reason: 'needs-index' });
    expect(applyTransform(changes, 'chain')).toEqual({ ok: false, reason: 'needs-mom' });
    expect(applyTransform([index('2024', 100), index('2025', 104)], 'mom')).toEqual({ ok: false, reason: 'needs-months' });
  });

  it('says which choices the data allow, for every series shown', () => {
    const indexed = monthlyIndex();
    const changes = Array.from({ length: 6 }, (_, i) => figure(`2025-0${i + 1}`, 8 + i));
    expect(availability([indexed], 'mom')).toEqual({ ok: true });
    expect(availability([indexed], 'ma12')).toEqual({ ok: true });
    expect(availability([changes], 'ma3')).toEqual({ ok: true });
    expect(availability([changes], 'ma12')).toEqual({ ok: false, reason: 'too-short' });
    expect(availability([indexed, changes], 'mom')).toEqual({ ok: false, reason: 'needs-index' });
    expect(availability([changes], 'tet')).toEqual({ ok: false, reason: 'needs-index' });
    expect(availability([indexed], 'tet')).toEqual({ ok: true });
  });

  it('offers the base years every series has whole', () => {
    expect(availability([monthlyIndex()], 'rebase')).toEqual({ ok: true });
    expect(commonRebaseYears([monthlyIndex()])).toEqual([2024]);
    expect(commonRebaseYears([monthlyIndex(), monthlyIndex(['2024-03'])])).toEqual([]);
    expect(availability([monthlyIndex(['2024-03'])], 'rebase')).toEqual({ ok: false, reason: 'base-year-incomplete' });
  });

  it('gives the combined January–February change where two years allow it', () => {
    const outcome = applyTransform(monthlyIndex(), 'tet');
    if (!outcome.ok) throw new Error('expected values');
    // (112 + 113) / (100 + 101) − 1
    expect(shown(outcome.series.points)).toEqual(['2024-01..2024-02 too-short', '2025-01..2025-02 11.9']);
  });

  it('puts the combined January–February change beside year-on-year changes, not beside others', () => {
    const figures = monthlyIndex();
    const yoy = applyTransform(figures, 'yoy');
    if (!yoy.ok) throw new Error('expected values');
    const shownWithTet = withTet(figures, 'yoy', yoy.series);
    expect(shownWithTet.points.filter((p) => p.period.includes('..')).map((p) => p.period)).toEqual(['2025-01..2025-02']);
    expect(shownWithTet.points).toHaveLength(yoy.series.points.length + 1);
    const mom = applyTransform(figures, 'mom');
    if (!mom.ok) throw new Error('expected values');
    expect(withTet(figures, 'mom', mom.series)).toBe(mom.series);
  });

  it('applies the chosen transformation only where every series allows it, and a base year all hold whole', () => {
    const indexed = monthlyIndex();
    const changes = [figure('2025-01', 8.1), figure('2025-02', 9.4)];
    expect(effectiveSpec('mom', [indexed])).toBe('mom');
    expect(effectiveSpec('mom', [indexed, changes])).toBe('none');
    expect(effectiveSpec('bogus', [indexed])).toBe('none');
    expect(effectiveSpec('mom', [])).toBe('none');
    expect(effectiveSpec('rebase:2024', [indexed])).toBe('rebase:2024');
    expect(effectiveSpec('rebase:2019', [indexed])).toBe('rebase:2024');
  });
});
