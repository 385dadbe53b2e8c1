import { describe, expect, it } from 'vitest';
import { computeContributions, contributionOf, differenceOf, impliedWeight } from './contributions.js';
import { stated } from './precision.js';

const section = (code: string, growth: number | null, weight: number | null, statedPp: number | null) => ({
  code,
  growth: growth === null ? null : stated(growth, 1),
  weight: weight === null ? null : stated(weight, 1),
  stated: statedPp === null ? null : stated(statedPp, 1),
});

describe('contributions to growth', () => {
  it('computes weight / 100 × growth with the error both roundings allow', () => {
    // 80.0 % × 10.8 % = 8.64 pp; error 0.800 × 0.05 + 0.108 × 0.05 = 0.0454.
    const c = contributionOf(stated(80, 1), stated(10.8, 1));
    expect(c.value).toBeCloseTo(8.64, 10);
    expect(c.error).toBeCloseTo(0.0454, 10);
  });

  it('keeps the sign of a negative growth', () => {
    // 10.0 % × −3.4 % = −0.34 pp; error 0.100 × 0.05 + 0.034 × 0.05 = 0.0067.
    const c = contributionOf(stated(10, 1), stated(-3.4, 1));
    expect(c.value).toBeCloseTo(-0.34, 10);
    expect(c.error).toBeCloseTo(0.0067, 10);
  });

  it('flags a stated contribution beyond rounding of the computed one, and not one within it', () => {
    // C: 80.0 × 10.8 / 100 = 8.64 ± 0.0454; stated 8.8 ± 0.05: gap 0.16 > 0.0954 → flagged.
    // D: 8.0 × 4.2 / 100 = 0.336 ± 0.0061; stated 0.3 ± 0.05: gap −0.036 within 0.0561.
    const out = computeContributions(stated(8.8, 1), [section('C', 10.8, 80, 8.8), section('D', 4.2, 8, 0.3)]);
    const [c, d] = out.sections;
    expect(c!.versusStated!.difference).toBeCloseTo(0.16, 10);
    expect(c!.versusStated!.allowance).toBeCloseTo(0.0954, 10);
    expect(c!.versusStated!.beyond).toBe(true);
    expect(d!.versusStated!.difference).toBeCloseTo(-0.036, 10);
    expect(d!.versusStated!.beyond).toBe(false);
  });

  it('adds the computed contributions and compares them with the whole industry’s growth', () => {
    // B 10.0 × −3.4 = −0.34, C 80.0 × 10.8 = 8.64, D 8.0 × 4.2 = 0.336, E 2.0 × 10.0 = 0.2:
    // Σ 8.836, error 0.0067 + 0.0454 + 0.0061 + (0.020 × 0.05 + 0.100 × 0.05 = 0.006) = 0.0642.
    // Total 8.8 ± 0.05: gap 0.036 within 0.1142.
    const out = computeContributions(stated(8.8, 1), [
      section('B', -3.4, 10, -0.6),
      section('C', 10.8, 80, 8.8),
      section('D', 4.2, 8, 0.4),
      section('E', 10, 2, 0.2),
    ]);
    expect(out.sumComputed!.value).toBeCloseTo(8.836, 10);
    expect(out.sumComputed!.error).toBeCloseTo(0.0642, 10);
    expect(out.sumVersusTotal!.difference).toBeCloseTo(0.036, 10);
    expect(out.sumVersusTotal!.allowance).toBeCloseTo(0.1142, 10);
    expect(out.sumVersusTotal!.beyond).toBe(false);
    expect(out.noWeights).toBe(false);
  });

  it('gives no sum when a section lacks its growth or weight', () => {
    const out = computeContributions(stated(8.8, 1), [section('B', null, 10, -0.6), section('C', 10.8, 80, 8.8)]);
    expect(out.sections[0]!.computed).toBeNull();
    expect(out.sections[0]!.versusStated).toBeNull();
    expect(out.sections[1]!.computed!.value).toBeCloseTo(8.64, 10);
    expect(out.sumComputed).toBeNull();
    expect(out.sumVersusTotal).toBeNull();
  });

  it('says when no weights are known at all', () => {
    const out = computeContributions(stated(8.8, 1), [section('B', -3.4, null, -0.6), section('C', 10.8, null, 8.8)]);
    expect(out.noWeights).toBe(true);
    expect(out.sections.every((s) => s.computed === null)).toBe(true);
    expect(out.sumComputed).toBeNull();
  });

  it('takes a gap exactly at the allowance as within rounding', () => {
    expect(differenceOf(stated(8.9, 1), stated(8.8, 1)).beyond).toBe(false);
    expect(differenceOf(stated(8.91, 2), stated(8.8, 1)).beyond).toBe(true);
  });
});

describe('implied weights', () => {
  it('implies weight = 100 × contribution / growth, with its error', () => {
    // 100 × 8.8 / 10.8 = 81.481…; error 100 × (0.05 / 10.8 + 8.8 × 0.05 / 10.8²) = 0.8402…
    const w = impliedWeight(stated(8.8, 1), stated(10.8, 1));
    expect(w.weight!.value).toBeCloseTo(81.4815, 4);
    expect(w.weight!.error).toBeCloseTo(0.84019, 4);
  });

  it('implies a positive weight from a fall and a negative contribution', () => {
    // 100 × −0.6 / −3.4 = 17.647; error 100 × (0.05 / 3.4 + 0.6 × 0.05 / 3.4²) = 1.7301
    const w = impliedWeight(stated(-0.6, 1), stated(-3.4, 1));
    expect(w.weight!.value).toBeCloseTo(17.647, 3);
    expect(w.weight!.error).toBeCloseTo(1.7301, 4);
  });

  it('refuses when growth is near zero for its rounding', () => {
    // 0.4 stated to one decimal: ±0.05, an eighth of itself (under 10 × 0.05 = 0.5).
    expect(impliedWeight(stated(0.1, 1), stated(0.4, 1))).toEqual({ weight: null, reason: 'growth-near-zero' });
    expect(impliedWeight(stated(0, 1), stated(0, 1))).toEqual({ weight: null, reason: 'growth-near-zero' });
    // 0.5 is exactly ten times its rounding: accepted.
    expect(impliedWeight(stated(0.1, 1), stated(0.5, 1)).weight?.value).toBeCloseTo(20, 10);
    // A whole-number growth of 4 (± 0.5) is near zero too.
    expect(impliedWeight(stated(0.4, 1), stated(4, 0))).toEqual({ weight: null, reason: 'growth-near-zero' });
  });

  it('refuses a contribution whose sign differs from the growth', () => {
    expect(impliedWeight(stated(-0.2, 1), stated(3.1, 1))).toEqual({ weight: null, reason: 'opposite-signs' });
  });
});
