// Contributions to growth on the store: for one geo and basis, each period's whole-industry growth,
// the sections' growth and stated contributions (the values shown now, or on an as-of date), the
// base year in force, the weight used for each section (an imported one for that base year, else
// one implied by a release) and the pure computation of shared/analysis/contributions.ts.
import { computeContributions, impliedWeight, type Difference } from '../../shared/analysis/contributions.js';
import { honestDecimals, stated, type Estimate } from '../../shared/analysis/precision.js';
import type {
  BaseYearLabel,
  EstimateValue,
  ImpliedWeightRow,
  ImportedWeight,
  PeriodContributionsRow,
  UsedWeight,
} from '../../shared/contract/contributions.js';
import { TOTAL_ITEM } from '../../shared/domain.js';
import { parsePeriod } from '../../shared/period.js';
import { figureKey, FigureIndex, type Statement } from '../analysis/figure-index.js';
import { namedGeos, namedItems, type Named, type StoredFigure } from '../analysis/repository.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { geoByCode, type GeoRow } from '../reference/repository.js';
import { listWeights } from './weights-repository.js';

type Basis = 'yoy' | 'mom';

const FIGURES = `SELECT f.seriesId, s.geoCode, s.itemCode, s.measure, f.period, f.periodKind, f.periodStart, f.periodEnd, f.basis, f.unit,
       f.baseYear, f.value, f.decimals, f.status, f.quote, f.location,
       r.id AS releaseId, r.name AS releaseName, r.publisher, r.publishedOn, r.sourceKind
  FROM figures f JOIN releases r ON r.id = f.releaseId JOIN series s ON s.id = f.seriesId JOIN items i ON i.code = s.itemCode
 WHERE s.geoCode = ? AND i.kind IN ('total', 'section') AND s.measure IN ('iip', 'contribution') AND f.basis = ?
   AND (? IS NULL OR r.publishedOn <= ?)`;

/** The base year a figure on a base year states for some period of `year` (the newest base, if two). */
const BASE_YEAR_OF_YEAR = `SELECT max(f.baseYear) AS baseYear FROM figures f JOIN series s ON s.id = f.seriesId JOIN releases r ON r.id = f.releaseId
 WHERE s.geoCode = ? AND f.basis = 'base' AND f.baseYear > 0 AND substr(f.periodEnd, 1, 4) = ? AND (? IS NULL OR r.publishedOn <= ?)`;

/**
 * A value for the contract, with the decimals its error leaves sure: a stated value as stated; a
 * computed one (a weight, a product, a sum) to at most COMPUTED_DECIMALS, as its error allows
 * (a product's error, not its inputs' decimals, says what it knows: 2.0 % of 10 % is 0.20 ± 0.07).
 */
const asValue = (e: Estimate, cap = e.decimals): EstimateValue => ({ value: e.value, error: e.error, decimals: honestDecimals(e.error, cap) ?? 0 });
const COMPUTED_DECIMALS = 2;
const asComputed = (e: Estimate): EstimateValue => asValue(e, COMPUTED_DECIMALS);

const asDifference = (d: Difference | null) => (d ? { difference: d.difference, allowance: d.allowance, flagged: d.beyond } : null);

const statedOf = (s: Statement): Estimate => stated(s.shown, s.decimals);

const releaseOf = (s: Statement) => ({ releaseId: s.releaseId, releaseName: s.releaseName, publishedOn: s.publishedOn, quote: s.quote });

/** What one geo and basis hold, read once per call. */
class ContributionStore {
  readonly index: FigureIndex;
  readonly sections: string[];
  readonly imported: ImportedWeight[];
  readonly items: Map<string, Named>;
  private readonly baseYears = new Map<string, number | null>();

  constructor(
    private readonly db: Db,
    readonly geo: string,
    readonly basis: Basis,
    private readonly asOf: string | null,
  ) {
    const figures = statement<StoredFigure>(db, FIGURES).all(geo, basis, asOf, asOf);
    const items = namedItems(db);
    this.items = items;
    this.index = new FigureIndex(figures, namedGeos(db), items);
    this.sections = this.index.sectionCodes().sort();
    this.imported = listWeights(db, geo);
  }

  current(item: string, measure: 'iip' | 'contribution', period: string): Statement | undefined {
    const id = this.index.seriesId(this.geo, item, measure);
    return id === undefined ? undefined : this.index.valueOn(figureKey(id, period, this.basis, measure === 'iip' ? 'pct' : 'pp'), null);
  }

  /** The base year a figure states for the period's year, or null. */
  statedBaseYear(periodYear: number): number | null {
    const key = String(periodYear);
    if (!this.baseYears.has(key))
      this.baseYears.set(key, statement<{ baseYear: number | null }>(this.db, BASE_YEAR_OF_YEAR).get(this.geo, key, this.asOf, this.asOf)!.baseYear);
    return this.baseYears.get(key)!;
  }

  baseYearOf(period: string): BaseYearLabel {
    const periodYear = yearOf(period);
    const fromFigure = this.statedBaseYear(periodYear);
    if (fromFigure !== null) return { year: fromFigure, from: 'figure' };
    const importedYears = this.imported.map((w) => w.baseYear).filter((y) => y <= periodYear);
    if (importedYears.length > 0) return { year: Math.max(...importedYears), from: 'latest-imported' };
    return { year: periodYear, from: 'period-year' };
  }

  /** What implied weights are grouped by: the base year a figure states, else the period's year. */
  impliedKey(period: string): string {
    const periodYear = yearOf(period);
    const fromFigure = this.statedBaseYear(periodYear);
    return fromFigure !== null ? `base:${fromFigure}` : `year:${periodYear}`;
  }

  /** Every weight the store's releases imply: one per stated contribution of a section. */
  impliedWeights(): ImpliedWeightRow[] {
    const rows: ImpliedWeightRow[] = [];
    for (const list of this.index.groups.values()) {
      const first = list[0]!;
      if (first.measure !== 'contribution' || first.shownUnit !== 'pp' || !this.sections.includes(first.itemCode)) continue;
      const contribution = this.current(first.itemCode, 'contribution', first.period)!;
      const growth = this.current(first.itemCode, 'iip', first.period);
      const periodYear = yearOf(first.period);
      const fromFigure = this.statedBaseYear(periodYear);
      const implied = growth ? impliedWeight(statedOf(contribution), statedOf(growth)) : null;
      rows.push({
        geo: this.geo,
        item: first.itemCode,
        period: first.period,
        basis: this.basis,
        baseYear: fromFigure !== null ? { year: fromFigure, from: 'figure' } : { year: periodYear, from: 'period-year' },
        contribution: asValue(statedOf(contribution)),
        growth: growth ? asValue(statedOf(growth)) : null,
        weight: implied?.weight ? asComputed(implied.weight) : null,
        refused: implied === null ? 'missing-growth' : implied.weight === null ? implied.reason : null,
        release: releaseOf(contribution),
      });
    }
    return rows.sort((a, b) => (a.period === b.period ? a.item.localeCompare(b.item) : a.period < b.period ? -1 : 1));
  }
}

const yearOf = (period: string): number => Number(parsePeriod(period)!.end.slice(0, 4));

/**
 * The weight for a section in a period: the imported one for its base year; else the most precise
 * weight implied in another period of the same base year (or year); else one implied by this very
 * period (circular: its stated contribution then agrees by construction).
 */
function weightFor(store: ContributionStore, implied: ImpliedWeightRow[], item: string, period: string, baseYear: BaseYearLabel): UsedWeight | null {
  if (baseYear.from !== 'period-year') {
    const file = store.imported.find((w) => w.baseYear === baseYear.year && w.item === item);
    if (file) {
      const e = stated(file.weight, file.decimals);
      return { ...asValue(e), origin: 'file', baseYear: file.baseYear, source: file.source ?? file.fileName, impliedFrom: null, circular: false };
    }
  }
  const key = store.impliedKey(period);
  const candidates = implied.filter((w) => w.item === item && w.weight !== null && store.impliedKey(w.period) === key);
  const others = candidates.filter((w) => w.period !== period);
  const pool = others.length > 0 ? others : candidates;
  const best = [...pool].sort((a, b) => a.weight!.error - b.weight!.error)[0];
  if (!best) return null;
  return {
    ...best.weight!,
    origin: 'implied',
    baseYear: best.baseYear.year,
    source: null,
    impliedFrom: { period: best.period, release: best.release },
    circular: best.period === period,
  };
}

/** The weight used as an Estimate again (its shown decimals matter no more: results are shown as their error allows). */
const weightEstimate = (w: UsedWeight): Estimate => ({ value: w.value, error: w.error, decimals: w.decimals });

function periodContributions(store: ContributionStore, implied: ImpliedWeightRow[], period: string): PeriodContributionsRow {
  const baseYear = store.baseYearOf(period);
  const total = store.current(TOTAL_ITEM, 'iip', period);
  const terms = store.sections.map((code) => {
    const growth = store.current(code, 'iip', period);
    const contribution = store.current(code, 'contribution', period);
    const weight = weightFor(store, implied, code, period, baseYear);
    return { code, growth, contribution, weight };
  });
  const computed = computeContributions(
    total ? statedOf(total) : null,
    terms.map((t) => ({
      code: t.code,
      growth: t.growth ? statedOf(t.growth) : null,
      weight: t.weight ? weightEstimate(t.weight) : null,
      stated: t.contribution ? statedOf(t.contribution) : null,
    })),
  );
  return {
    period,
    baseYear,
    total: computed.total ? asValue(computed.total) : null,
    sections: computed.sections.map((s, i) => {
      const t = terms[i]!;
      const named = store.items.get(t.code);
      return {
        item: { code: t.code, nameVi: named?.nameVi ?? t.code, nameEn: named?.nameEn ?? t.code },
        growth: s.growth ? asValue(s.growth) : null,
        weight: t.weight,
        computed: s.computed ? asComputed(s.computed) : null,
        stated: s.stated && t.contribution ? { ...asValue(s.stated), release: releaseOf(t.contribution) } : null,
        versusStated: asDifference(s.versusStated),
      };
    }),
    sumComputed: computed.sumComputed ? asComputed(computed.sumComputed) : null,
    sumVersusTotal: asDifference(computed.sumVersusTotal),
    noWeights: computed.noWeights,
  };
}

function geoOf(db: Db, geo: string): GeoRow {
  const row = geoByCode(db, geo.trim().toUpperCase());
  if (!row) throw new NotFoundError(`no geo '${geo}' (a code such as VN or P01)`);
  return row;
}

export function contributionsFor(db: Db, q: { geo: string; basis: Basis; periods: string[]; asOf?: string }) {
  for (const p of q.periods) if (!parsePeriod(p)) throw new BadInputError(`'${p}' is not a period (2025-11, 2025-01..2025-11, 2025-Q2, 2025)`);
  const geo = geoOf(db, q.geo);
  const store = new ContributionStore(db, geo.code, q.basis, q.asOf ?? null);
  const implied = store.impliedWeights();
  const periods = q.periods.map((p) => periodContributions(store, implied, parsePeriod(p)!.code));
  return { geo: { code: geo.code, nameVi: geo.nameVi, nameEn: geo.nameEn }, basis: q.basis, periods };
}

export function impliedWeightsFor(db: Db, geo: string, basis: Basis): ImpliedWeightRow[] {
  return new ContributionStore(db, geoOf(db, geo).code, basis, null).impliedWeights();
}

const YEARS = `SELECT DISTINCT substr(f.periodEnd, 1, 4) AS year
  FROM figures f JOIN series s ON s.id = f.seriesId JOIN items i ON i.code = s.itemCode JOIN releases r ON r.id = f.releaseId
 WHERE s.geoCode = ? AND i.kind = 'section' AND s.measure = 'iip' AND f.basis = ? AND (? IS NULL OR r.publishedOn <= ?) ORDER BY year`;
const STATED_PERIODS = `SELECT DISTINCT f.period, f.periodEnd FROM figures f JOIN series s ON s.id = f.seriesId JOIN releases r ON r.id = f.releaseId
 WHERE s.geoCode = ? AND s.measure = 'contribution' AND f.basis = ? AND (? IS NULL OR r.publishedOn <= ?) ORDER BY f.periodEnd, f.period`;

export function contributionPeriods(db: Db, geo: string, basis: Basis, asOf: string | null): { years: number[]; stated: string[] } {
  const code = geoOf(db, geo).code;
  return {
    years: statement<{ year: string }>(db, YEARS)
      .all(code, basis, asOf, asOf)
      .map((r) => Number(r.year)),
    stated: statement<{ period: string }>(db, STATED_PERIODS)
      .all(code, basis, asOf, asOf)
      .map((r) => r.period),
  };
}
