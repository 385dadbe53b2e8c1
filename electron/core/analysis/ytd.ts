// ytd-vs-months: a cumulative period (January to month m, the first quarter, the year) recomputed
// from its months, as they were known when the cumulative figure was first published.
//  - a quantity: the latest stated cumulative before month m (January to k, k < m) plus the months
//    after it, or Σ of all its months where no earlier cumulative is stated;
//  - a year-on-year change of a series with monthly quantities: 100 × this year's quantity to date
//    over last year's, each made up as above (last year's may be its own stated cumulative);
//  - a year-on-year change of an index: the year-on-year indices of the earlier cumulative and of
//    the months after it, weighted by last year's levels, which last year's month-on-month indices
//    give up to a factor (arithmetic.ts, weightedMonths).
// A statistics office revises the months behind a cumulative figure without stating them again
// (GSO's "Thực hiện 2 tháng" revises February, whose month is only ever stated as an estimate), so
// only a figure's first statement is checked: a restatement is not checkable ('restated').
import type { NotCheckableReason } from '../../shared/contract/analysis.js';
import { stated, type Estimate } from '../../shared/analysis/precision.js';
import { cumulativePeriod, monthCode, quarterPeriod } from '../../shared/period.js';
import { difference, indexOfChange, ratioOfSums, sumOfMonths, weightedMonths } from './arithmetic.js';
import { figureKey, type FigureIndex, type Statement } from './figure-index.js';
import { Tally } from './findings.js';

const asIndex = (s: Statement): Estimate => indexOfChange(s.shown, s.decimals);
const asStated = (s: Statement): Estimate => stated(s.shown, s.decimals);

/** The codes a cumulative January..k is stored under: Jan–Mar may be the first quarter, Jan–Dec the year. */
function cumulativeCodes(year: number, k: number): string[] {
  const codes = [cumulativePeriod(year, k).code];
  if (k === 3) codes.push(quarterPeriod(year, 1).code);
  if (k === 12) codes.push(String(year));
  return codes;
}

/**
 * What a cumulative value is made up from: an earlier cumulative January..k (if any), the months
 * in it revised since (each month's value now and its value when the earlier cumulative was
 * stated), and the months after it.
 */
interface MadeUp {
  earlier: { statement: Statement; months: number } | null;
  revised: { month: number; now: Statement; then: Statement }[];
  months: Statement[];
}

/**
 * January..m of `year` made up from statements known on `date`: the latest stated cumulative
 * January..k with k ≤ `upTo` (m − 1 for the figure being checked, m for another year's), corrected
 * for its months revised since, then the months k+1..m. Null when a month is missing.
 */
function madeUp(index: FigureIndex, seriesId: number, year: number, m: number, upTo: number, basis: 'level' | 'yoy', date: string): MadeUp | null {
  const unit = basis === 'level' ? 'qty' : 'pct';
  const month = (j: number, on: string): Statement | undefined => index.valueOn(figureKey(seriesId, monthCode(year, j), basis, unit), on);
  let earlier: MadeUp['earlier'] = null;
  for (let k = upTo; k >= 1 && !earlier; k--) {
    for (const code of cumulativeCodes(year, k)) {
      const s = index.valueOn(figureKey(seriesId, code, basis, unit), date);
      if (s) {
        earlier = { statement: s, months: k };
        break;
      }
    }
  }
  const revised: MadeUp['revised'] = [];
  for (let j = 1; earlier && j <= earlier.months; j++) {
    const now = month(j, date);
    const then = month(j, earlier.statement.publishedOn);
    if (now && then && now.releaseId !== then.releaseId && now.shown !== then.shown) revised.push({ month: j, now, then });
  }
  const months: Statement[] = [];
  for (let j = (earlier?.months ?? 0) + 1; j <= m; j++) {
    const s = month(j, date);
    if (!s) return null;
    months.push(s);
  }
  return { earlier, revised, months };
}

const statementsOf = (made: MadeUp): Statement[] => [
  ...(made.earlier ? [made.earlier.statement] : []),
  ...made.revised.flatMap((r) => [r.now, r.then]),
  ...made.months,
];

/** A month's revision: its value now less its value then, with both roundings. */
const revision = (r: MadeUp['revised'][number]): Estimate => difference(asStated(r.now), asStated(r.then));

/** The quantity to date: the earlier cumulative, its months' revisions, the months after. */
const levelOf = (made: MadeUp): Estimate =>
  sumOfMonths([...(made.earlier ? [asStated(made.earlier.statement)] : []), ...made.revised.map(revision), ...made.months.map(asStated)]);

/**
 * Each month's year-on-year index for weighing: the earlier cumulative's index stands for each of
 * its months (their weights add up to its own), plus a revised month's change of index.
 */
function yoyPerMonth(made: MadeUp): Estimate[] {
  const perMonth: Estimate[] = [];
  for (let j = 1; made.earlier && j <= made.earlier.months; j++) {
    const base = asIndex(made.earlier.statement);
    const r = made.revised.find((x) => x.month === j);
    perMonth.push(r ? sumOfMonths([base, revision(r)]) : base);
  }
  return [...perMonth, ...made.months.map(asIndex)];
}

/** Checks the first statement of each cumulative figure among `claims`; `first` says whether a claim is its figure's first statement. */
export function checkYtd(index: FigureIndex, claims: Statement[], first: (claim: Statement) => boolean): Tally {
  const tally = new Tally('ytd-vs-months');
  for (const claim of claims) {
    const cumulative = claim.periodKind === 'cumulative' || claim.periodKind === 'year' || (claim.periodKind === 'quarter' && claim.period.endsWith('Q1'));
    if (!cumulative || !claim.periodStart.endsWith('-01')) continue;
    const isLevel = claim.basis === 'level' && claim.shownUnit === 'qty';
    const isChange = claim.basis === 'yoy' && claim.shownUnit === 'pct';
    if (!isLevel && !isChange) continue;
    const skip = (reason: NotCheckableReason): void => tally.skip(claim.seriesId, reason);
    if (!first(claim)) {
      skip('restated');
      continue;
    }
    const year = Number(claim.periodEnd.slice(0, 4));
    const m = Number(claim.periodEnd.slice(5, 7));
    const date = claim.publishedOn;

    if (isLevel) {
      const made = madeUp(index, claim.seriesId, year, m, m - 1, 'level', date);
      if (!made) skip('missing-month');
      else
        tally.check(index, claim, asStated(claim), levelOf(made), {
          origin: 'computed',
          method: made.earlier ? 'earlier-plus-months' : 'sum-of-months',
          sources: statementsOf(made).map((s) => index.stated(s)),
        });
      continue;
    }

    if (index.seriesWithMonthlyQuantities.has(claim.seriesId)) {
      const now = madeUp(index, claim.seriesId, year, m, m, 'level', date);
      const before = madeUp(index, claim.seriesId, year - 1, m, m, 'level', date);
      if (!now || !before) skip('missing-month');
      else
        tally.check(
          index,
          claim,
          asIndex(claim),
          ratioOfSums([levelOf(now)], [levelOf(before)]),
          { origin: 'computed', method: 'ratio-of-sums', sources: [...statementsOf(now), ...statementsOf(before)].map((s) => index.stated(s)) },
          100,
        );
      continue;
    }

    const made = madeUp(index, claim.seriesId, year, m, m - 1, 'yoy', date);
    if (!made) {
      skip('missing-change');
      continue;
    }
    if (m > 1 && !index.seriesWithMom.has(claim.seriesId)) {
      skip('no-levels');
      continue;
    }
    const moms: Statement[] = [];
    for (let month = 2; month <= m; month++) {
      const s = index.valueOn(figureKey(claim.seriesId, monthCode(year - 1, month), 'mom', 'pct'), date);
      if (s) moms.push(s);
    }
    if (moms.length !== m - 1) {
      skip('missing-change');
      continue;
    }
    const yoys = yoyPerMonth(made);
    tally.check(
      index,
      claim,
      asIndex(claim),
      weightedMonths(yoys, moms.map(asIndex)),
      { origin: 'computed', method: 'weighted-months', sources: [...statementsOf(made), ...moms].map((s) => index.stated(s)) },
      100,
    );
  }
  return tally;
}
