// Building findings and counting what was checked: one Tally per kind of check.
import type { CheckKind, Finding, FindingSide, KindSummary, NotCheckableReason, StatedValue } from '../../shared/contract/analysis.js';
import { honestDecimals, roundTo, type Estimate } from '../../shared/analysis/precision.js';
import { compare } from './arithmetic.js';
import type { FigureIndex, Statement } from './figure-index.js';
import { findingMessage } from './messages.js';

/** The figures a check compares, and the findings beyond rounding; counts for the summary. */
export class Tally {
  readonly findings: Finding[] = [];
  /** Each finding's place in the order of figures (FigureIndex.positionOf), for merging runs over several geographies. */
  readonly positions: number[] = [];
  private checked = 0;
  private notCheckable = 0;
  private readonly reasons: Partial<Record<NotCheckableReason, number>> = {};
  private readonly seriesChecked = new Set<number>();
  private readonly seriesNotCheckable = new Set<number>();

  constructor(readonly kind: CheckKind) {}

  skip(seriesId: number, reason: NotCheckableReason): void {
    this.notCheckable++;
    this.reasons[reason] = (this.reasons[reason] ?? 0) + 1;
    this.seriesNotCheckable.add(seriesId);
  }

  /**
   * Compares a stated figure with what it is checked against; keeps a finding when the gap is beyond
   * rounding, at `position` (the claim's figure's unless the check orders otherwise).
   */
  check(
    index: FigureIndex,
    claim: Statement,
    stated: Estimate,
    against: Estimate,
    side: Omit<FindingSide, 'value' | 'decimals'>,
    shift = 0,
    position = index.positionOf(claim),
  ): void {
    this.checked++;
    this.seriesChecked.add(claim.seriesId);
    const { gap, tolerance, beyond } = compare(stated, against);
    if (!beyond) return;
    const figure = index.describe(claim);
    const statedSide = sideOf({ ...stated, value: stated.value - shift }, 'stated', null, [index.stated(claim)]);
    const againstSide = sideOf({ ...against, value: against.value - shift }, side.origin, side.method, side.sources);
    const code = side.method ? `${this.kind}:${side.method}` : this.kind;
    this.positions.push(position);
    this.findings.push({
      kind: this.kind,
      figure,
      stated: statedSide,
      against: againstSide,
      gap: clean(gap),
      tolerance: clean(tolerance),
      code,
      message: findingMessage(this.kind, code, figure, statedSide, againstSide, clean(gap)),
    });
  }

  summary(): KindSummary {
    return {
      checked: this.checked,
      found: this.findings.length,
      notCheckable: this.notCheckable,
      notCheckableBy: { ...this.reasons },
      seriesChecked: this.seriesChecked.size,
      seriesNotCheckable: this.seriesNotCheckable.size,
    };
  }
}

/** Values, gaps and tolerances without binary noise (0.30000000000000004 → 0.3): twelve significant digits. */
const clean = (x: number): number => Number(x.toPrecision(12));

function sideOf(estimate: Estimate, origin: FindingSide['origin'], method: string | null, sources: StatedValue[]): FindingSide {
  if (origin === 'stated') return { origin, value: clean(estimate.value), decimals: estimate.decimals, method, sources };
  const decimals = honestDecimals(estimate.error, estimate.decimals) ?? 0;
  return { origin, value: roundTo(estimate.value, decimals), decimals, method, sources };
}
