// mom-vs-yoy: a stated month-on-month change against the one consecutive year-on-year changes
// imply. With levels I, yoyₘ = Iₘ / Iₘ₋₁₂ and momₘ = Iₘ / Iₘ₋₁, so momₘ = momₘ₋₁₂ × yoyₘ / yoyₘ₋₁:
// exact for one index, needing last year's month-on-month change for the same month (the levels
// that "allow" it). The year-on-year figures are taken as known when the month-on-month change was
// published (the same release, as a rule), so a later revision is not mistaken for a gap.
import { monthCode } from '../../shared/period.js';
import { shiftMonth } from '../../shared/analysis/months.js';
import { indexOfChange, momFromYoy } from './arithmetic.js';
import { figureKey, type FigureIndex, type Statement } from './figure-index.js';
import { Tally } from './findings.js';

export function checkMomAgainstYoy(index: FigureIndex, claims: Statement[]): Tally {
  const tally = new Tally('mom-vs-yoy');
  for (const claim of claims) {
    if (claim.periodKind !== 'month' || claim.basis !== 'mom' || claim.shownUnit !== 'pct') continue;
    const month = claim.period;
    const lastYear = monthCode(Number(month.slice(0, 4)) - 1, Number(month.slice(5, 7)));
    const lookup = (period: string, basis: 'yoy' | 'mom'): Statement | undefined =>
      index.valueOn(figureKey(claim.seriesId, period, basis, 'pct'), claim.publishedOn);
    const yoyNow = lookup(month, 'yoy');
    const yoyBefore = lookup(shiftMonth(month, -1), 'yoy');
    const momLastYear = lookup(lastYear, 'mom');
    if (!yoyNow || !yoyBefore || !momLastYear) {
      tally.skip(claim.seriesId, 'missing-change');
      continue;
    }
    const asIndex = (s: Statement) => indexOfChange(s.shown, s.decimals);
    tally.check(
      index,
      claim,
      asIndex(claim),
      momFromYoy(asIndex(yoyBefore), asIndex(yoyNow), asIndex(momLastYear)),
      { origin: 'computed', method: 'chained-yoy', sources: [yoyBefore, yoyNow, momLastYear].map((s) => index.stated(s)) },
      100,
    );
  }
  return tally;
}
