// What an export asks for (from the command line, a handler or the slide basket), checked and
// resolved: the periods it covers and the subjects (geo × item) it shows, each with its series.
import type { MonthSpan } from '../../shared/analysis/date-range.js';
import type { ExportRequest } from '../../shared/contract/export.js';
import type { Basis, Measure, Unit } from '../../shared/domain.js';
import type { GeoRef, ItemRef } from '../../shared/contract/reference.js';
import { comparePeriods, parsePeriod, type Period } from '../../shared/period.js';
import { findSeries, type SeriesRow } from '../catalog/repository.js';
import type { Db } from '../db/connection.js';
import { BadInputError, NotFoundError } from '../errors.js';
import { resolveGeo, resolveItem, usualMeasure } from '../reference/names.js';
import { toGeoRef, toItemRef } from '../reference/repository.js';

/** The contract's export request (electron/shared/contract/export.ts): one declaration for the CLI, handlers and decks. */
export type ChartRequest = ExportRequest;

export interface PeriodRange {
  from: Period;
  to: Period;
}

export interface Subject {
  geo: GeoRef;
  item: ItemRef;
  measure: Measure;
  /** The stored figures drawn: the request's basis and unit, or the line's own. */
  basis: Basis;
  unit: Unit | undefined;
  /** The months its stored figures are taken from (before any transformation); undefined for all. */
  figuresWithin: MonthSpan | undefined;
  /** Its name as asked for; undefined for the place's and industry's names. */
  name: string | undefined;
  /** Undefined where the store has no such series. */
  series: SeriesRow | undefined;
}

function periodOf(text: string, argument: string): Period {
  const period = parsePeriod(text);
  if (!period) throw new BadInputError(`${argument}: '${text}' is not a period (2025-11, 2025-01..2025-11, 2025-Q2, 2025-H1, 2025)`);
  return period;
}

/**
 * The periods asked for: one (`period`) or a range of one kind (`from`, `to`); null for a line
 * given neither: every period the series has, of every kind, as the screen shows it.
 */
export function periodRange(request: Pick<ChartRequest, 'period' | 'from' | 'to' | 'chart'>): PeriodRange | null {
  const { period, from, to } = request;
  if (period !== undefined && (from !== undefined || to !== undefined)) throw new BadInputError('give period, or from and to, not both');
  if (period !== undefined) {
    const p = periodOf(period, 'period');
    return { from: p, to: p };
  }
  if (from === undefined && to === undefined && request.chart === 'line') return null;
  if (from === undefined || to === undefined) throw new BadInputError('give period, or both from and to');
  if (request.chart === 'bar') throw new BadInputError('a bar chart ranks one period: give period, not from and to');
  const range = { from: periodOf(from, 'from'), to: periodOf(to, 'to') };
  if (range.from.kind !== range.to.kind)
    throw new BadInputError(`from '${from}' is a ${range.from.kind} and to '${to}' a ${range.to.kind}: a line shows one kind of period`);
  if (comparePeriods(range.from, range.to) > 0) throw new BadInputError(`from '${from}' comes after to '${to}'`);
  return range;
}

/** Is `code` a period of the range's kind within it? (Every period is, with no range.) */
export function inRange(code: string, range: PeriodRange | null): boolean {
  if (range === null) return true;
  const p = parsePeriod(code);
  return p !== null && p.kind === range.from.kind && comparePeriods(p, range.from) >= 0 && comparePeriods(p, range.to) <= 0;
}

type SubjectsAsked = Pick<ChartRequest, 'geos' | 'items' | 'measure' | 'pairwise' | 'basis' | 'unit' | 'lines'>;

/** Each line's own basis, unit and months, in the order of the subjects: only one per pair (or for one subject). */
function linesOf(request: SubjectsAsked, pairs: number): NonNullable<ChartRequest['lines']> {
  const { lines } = request;
  if (lines === undefined) return [];
  if (!request.pairwise && pairs > 1) throw new BadInputError('lines: give them with pairwise, one for each geo and item');
  if (lines.length !== pairs) throw new BadInputError(`lines: give one for each line (${pairs} lines, ${lines.length} given)`);
  lines.forEach((line, i) => {
    const span = line.figuresWithin;
    if (span?.from && span.to && span.from > span.to) throw new BadInputError(`lines[${i}].figuresWithin: from '${span.from}' comes after to '${span.to}'`);
  });
  return lines;
}

/** Every geo with every item (or, pairwise, each geo with its item), in the order given; an unknown name is refused, naming it. */
export function resolveSubjects(db: Db, request: SubjectsAsked, range: PeriodRange | null): Subject[] {
  if (request.geos.length === 0) throw new BadInputError('geo: give at least one locality or country');
  if (request.items.length === 0) throw new BadInputError('item: give at least one industry or product');
  const geos = request.geos.map((label) => {
    const geo = resolveGeo(db, label, range?.to.end);
    if (!geo) throw new NotFoundError(`geo: no locality or country called '${label}'`);
    return geo;
  });
  const items = request.items.map((label) => {
    const item = resolveItem(db, label);
    if (!item) throw new NotFoundError(`item: no industry or product called '${label}'`);
    return item;
  });
  if (request.pairwise && geos.length !== items.length)
    throw new BadInputError(`pairwise: give as many items as geos (${geos.length} geos, ${items.length} items)`);
  const pairs = request.pairwise ? geos.map((geo, i) => [geo, items[i]!] as const) : geos.flatMap((geo) => items.map((item) => [geo, item] as const));
  const lines = linesOf(request, pairs.length);
  const subjects: Subject[] = [];
  const seen = new Set<string>();
  pairs.forEach(([geo, item], i) => {
    const measure = request.measure ?? usualMeasure(item);
    const line = lines[i];
    const basis = line?.basis ?? request.basis;
    // a line of its own basis takes its own unit (or that basis's usual one), never the request's
    const unit = line?.basis !== undefined ? line.unit : (line?.unit ?? request.unit);
    const figuresWithin = line?.figuresWithin;
    const key = JSON.stringify([geo.code, item.code, measure, basis, unit ?? null, figuresWithin ?? null]);
    if (seen.has(key)) return;
    seen.add(key);
    const series = findSeries(db, geo.code, item.code, measure);
    subjects.push({ geo: toGeoRef(geo), item: toItemRef(item), measure, basis, unit, figuresWithin, name: line?.name, series });
  });
  return subjects;
}
