// The store's figures as the checks look them up: grouped into figures (one series, period, basis,
// shown unit and base year, as select.ts groups them), each with its statements newest first, and
// the value a figure had on a given date (the newest statement published by then; among those
// agreeing with it up to rounding, the most precise — the value the app showed that day).
import type { CheckedFigure, StatedValue } from '../../shared/contract/analysis.js';
import type { Basis, Measure, Unit } from '../../shared/domain.js';
import { agreeUpToRounding, normalisedValue, shownUnit } from '../figures/select.js';
import type { Named, StoredFigure } from './repository.js';

/** A statement with its value in the shown unit (a change as %, even where the source gave an index). */
export interface Statement extends StoredFigure {
  shown: number;
  shownUnit: Unit;
}

export const figureKey = (seriesId: number, period: string, basis: Basis, unit: Unit, baseYear = 0): string =>
  `${seriesId}|${period}|${basis}|${unit}|${baseYear}`;

export const keyOf = (s: Statement): string => figureKey(s.seriesId, s.period, s.basis, s.shownUnit, s.baseYear);

const newestFirst = (a: Statement, b: Statement): number =>
  a.publishedOn !== b.publishedOn ? (a.publishedOn < b.publishedOn ? 1 : -1) : b.releaseId - a.releaseId;

/** A publisher named twice is the same publisher: compared without case and surrounding space. */
export const publisherKey = (publisher: string): string => publisher.trim().toLowerCase();

export class FigureIndex {
  /**
   * Each figure's statements, newest first; the figures in the order they were first stored (their
   * earliest id), so the findings come in that order however the rows were read.
   */
  readonly groups = new Map<string, Statement[]>();
  /** Series that have monthly quantities (output stated as a level). */
  readonly seriesWithMonthlyQuantities = new Set<number>();
  /** Series that have some monthly month-on-month change. */
  readonly seriesWithMom = new Set<number>();
  /** Series ids by geo, item and measure. */
  private readonly seriesIds = new Map<string, number>();
  private readonly described = new Map<string, CheckedFigure>();
  private readonly statedValues = new Map<Statement, StatedValue>();

  constructor(
    figures: StoredFigure[],
    private readonly geos: Map<string, Named>,
    private readonly items: Map<string, Named & { kind: string }>,
  ) {
    for (const f of [...figures].sort((a, b) => a.id - b.id)) {
      const statement: Statement = { ...f, shown: normalisedValue(f), shownUnit: shownUnit(f.basis, f.unit) };
      const key = keyOf(statement);
      const list = this.groups.get(key);
      if (list) list.push(statement);
      else this.groups.set(key, [statement]);
      if (f.periodKind === 'month' && f.basis === 'level' && f.unit === 'qty') this.seriesWithMonthlyQuantities.add(f.seriesId);
      if (f.periodKind === 'month' && f.basis === 'mom') this.seriesWithMom.add(f.seriesId);
      this.seriesIds.set(`${f.geoCode}|${f.itemCode}|${f.measure}`, f.seriesId);
    }
    for (const list of this.groups.values()) list.sort(newestFirst);
  }

  /** The value of a figure on `date` (every statement when null), or undefined when none was published by then. */
  valueOn(key: string, date: string | null): Statement | undefined {
    const list = this.groups.get(key);
    if (!list) return undefined;
    const known = date === null ? list : list.filter((s) => s.publishedOn <= date);
    return currentOf(known);
  }

  /** Where a statement's figure comes in the order of `groups`: its earliest id (a run over another geography's figures orders alike). */
  positionOf(s: Statement): number {
    return this.groups.get(keyOf(s))!.reduce((min, x) => Math.min(min, x.id), Infinity);
  }

  seriesId(geoCode: string, itemCode: string, measure: Measure): number | undefined {
    return this.seriesIds.get(`${geoCode}|${itemCode}|${measure}`);
  }

  /** Sections (items of kind 'section' whose parent is the whole industry), by code. */
  sectionCodes(): string[] {
    return [...this.items.values()].filter((i) => i.kind === 'section').map((i) => i.code);
  }

  /**
   * A figure as findings name it: one object per figure, and one stated value per statement, shared
   * by every finding that cites them (a month is a source of many findings; the report is what grows
   * with the store).
   */
  describe(s: Statement): CheckedFigure {
    const key = keyOf(s);
    let figure = this.described.get(key);
    if (!figure) this.described.set(key, (figure = this.describeAnew(s)));
    return figure;
  }

  private describeAnew(s: Statement): CheckedFigure {
    const geo = this.geos.get(s.geoCode);
    const item = this.items.get(s.itemCode);
    return {
      seriesId: s.seriesId,
      geo: { code: s.geoCode, nameVi: geo?.nameVi ?? s.geoCode, nameEn: geo?.nameEn ?? s.geoCode },
      item: { code: s.itemCode, nameVi: item?.nameVi ?? s.itemCode, nameEn: item?.nameEn ?? s.itemCode },
      measure: s.measure,
      period: s.period,
      periodKind: s.periodKind,
      basis: s.basis,
      unit: s.shownUnit,
      baseYear: s.baseYear === 0 ? null : s.baseYear,
    };
  }

  stated(s: Statement): StatedValue {
    let value = this.statedValues.get(s);
    if (!value) this.statedValues.set(s, (value = this.statedAnew(s)));
    return value;
  }

  private statedAnew(s: Statement): StatedValue {
    return {
      figure: this.describe(s),
      value: s.shown,
      decimals: s.decimals,
      releaseId: s.releaseId,
      releaseName: s.releaseName,
      publisher: s.publisher,
      publishedOn: s.publishedOn,
      status: s.status,
      quote: s.quote,
      location: s.location,
    };
  }
}

/** Of statements newest first: the newest, or the most precise of those agreeing with it. */
export function currentOf(newestFirstList: Statement[]): Statement | undefined {
  const newest = newestFirstList[0];
  if (!newest) return undefined;
  let best = newest;
  for (const s of newestFirstList) {
    if (s.decimals > best.decimals && agreeUpToRounding(s.shown, s.decimals, newest.shown, newest.decimals)) best = s;
  }
  return best;
}
