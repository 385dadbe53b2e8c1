// Mapping SDMX observations (SDMX-ML and SDMX-CSV) to raw figures.
// An observation is the union of its dataset, group, series and observation components: dimension and attribute ids
// (upper-cased) with their codes. Which component means what is decided by well-known ids:
//   time TIME_PERIOD · value OBS_VALUE · status OBS_STATUS (A normal, E estimate, P provisional)
//   locality REF_AREA/GEO/… · industry ACTIVITY/NACE_R2/ISIC/… · INDICATOR, UNIT_MEASURE, TRANSFORMATION, BASE_PER
// Units and comparisons follow the code lists in use: IMF (…_IX index; …_PC_CP_A_PT % change on the corresponding
// period of the previous year; …_PC_PP_PT % change on the previous period), SDMX/OECD (UNIT_MEASURE IX/PC,
// TRANSFORMATION GY/G1), Eurostat (unit I10/I15/I21, PCH_SM, PCH_PRE).
import { listParam, locationParam } from '../../../shared/messages/said.js';
import { said } from '../../../shared/messages/import.js';
import type { Place } from '../../../shared/messages/place.js';
import type { Basis, Status, Unit } from '../../../shared/domain.js';
import { TOTAL_ITEM } from '../../../shared/domain.js';
import { readComparison, readPeriodLabel } from './classify.js';
import { parsePlainDecimal } from './numbers.js';
import { activityItem, indicatorAdjusted, indicatorItem } from './sdmx-industry.js';
import { excerpt, quoted } from './limits.js';
import { ImportError, type RawFigure, type Warning } from '../types.js';

export interface SdmxObservation {
  /** Component id (upper case) → code. */
  components: Map<string, string>;
  /** Component id → label, when the source gives one (SDMX-CSV "code: label"). */
  labels?: Map<string, string>;
  /** The series the observation belongs to, as "ID=code" pairs (default: every component but observation-level ones). */
  seriesKey?: string;
  /** Where in the file ("observation 17, line 42", "row 5"). */
  location: string;
  /** The same place for messages. */
  place: Place;
  /** Place for value errors (row 5, column OBS_VALUE); defaults to place. */
  valuePlace?: Place;
  timePlace?: Place;
}

const GEO_IDS = ['REF_AREA', 'GEO', 'COUNTRY', 'AREA', 'REGION', 'PROVINCE', 'LOCALITY', 'GEO_AREA', 'COUNTERPART_AREA_NO', 'REF_AREA_VN'];
const ITEM_IDS = [
  'ACTIVITY',
  'ECONOMIC_ACTIVITY',
  'NACE_R2',
  'NACE',
  'ISIC',
  'ISIC4',
  'VSIC',
  'INDUSTRY',
  'SECTOR',
  'PRODUCT',
  'COMMODITY',
  'ITEM',
  'PRODUCTS',
];
const INDICATOR_IDS = ['INDICATOR', 'MEASURE', 'SUBJECT', 'SERIES', 'INDICATORS', 'STO'];
const UNIT_IDS = ['UNIT_MEASURE', 'UNIT', 'UNIT_MEAS'];
const TRANSFORMATION_IDS = ['TRANSFORMATION', 'TRANSFORM', 'TRANSFORMATION_TYPE'];
const BASE_IDS = ['BASE_PER', 'BASE_YEAR', 'BASE_PERIOD', 'REF_YEAR_PRICE', 'BASE'];

const first = (c: Map<string, string>, ids: string[]): string | undefined => {
  for (const id of ids) {
    const v = c.get(id);
    if (v !== undefined && v !== '') return v;
  }
  return undefined;
};

/** Observation-level components: they vary within a series and are no part of its key. */
const OBS_LEVEL = new Set(['OBS_VALUE', 'TIME_PERIOD', 'TIME', 'OBS_STATUS', 'OBS_CONF', 'OBS_COMMENT', 'COMMENT_OBS', 'OBS_NOTE', 'OBS_PRE_BREAK']);

/** A series' key written out: every dimension and attribute with its code, in the order the file gives them. */
export const seriesKeyOf = (c: Map<string, string>): string =>
  [...c]
    .filter(([k]) => !OBS_LEVEL.has(k))
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');

/**
 * The item a series is about: its activity dimension (ACTIVITY, NACE_R2, ISIC …) where it has one, else the
 * classification inside its indicator code (see sdmx-industry.ts); a series with neither is the whole industry.
 * A code that cannot be read is returned as the file writes it, so it goes to name mapping like an unknown name.
 */
function seriesItem(c: Map<string, string>): string {
  const activity = first(c, ITEM_IDS);
  if (activity) return activityItem(activity) ?? activity;
  const indicator = first(c, INDICATOR_IDS);
  if (!indicator) return TOTAL_ITEM;
  return indicatorItem(indicator) ?? indicator.replace(/_(IX|PC_CP_A_PT|PC_PP_PT|PC_CP_A|PC_PP)$/i, '');
}

/** Seasonal or calendar adjustment (SDMX ADJUSTMENT N/S/W/Y/T, Eurostat S_ADJ NSA/SA/CA/SCA, IMF …_SA_… codes). */
const ADJUSTMENT_IDS = ['ADJUSTMENT', 'S_ADJ', 'SEASONAL_ADJUST', 'SEASONAL_ADJUSTMENT', 'ADJUSTMENT_TYPE'];
const UNADJUSTED = new Set(['N', 'NSA', '_Z', 'NA', 'NONE', 'RAW']);

/** Whether a series is adjusted: the statistics office publishes unadjusted figures, and the store holds those. */
function isAdjusted(c: Map<string, string>): boolean {
  const adjustment = first(c, ADJUSTMENT_IDS)?.trim().toUpperCase();
  if (adjustment && !UNADJUSTED.has(adjustment)) return true;
  const indicator = first(c, INDICATOR_IDS);
  return indicator !== undefined && indicatorAdjusted(indicator);
}

export function sdmxStatus(code: string | undefined): Status | undefined {
  switch (code?.trim().toUpperCase()) {
    case 'A':
      return 'official';
    case 'E':
      return 'estimate';
    case 'P':
      return 'preliminary';
    default:
      return undefined;
  }
}

/** Reads unit/basis/base year from component codes (and labels when codes say nothing). */
export function sdmxComparison(c: Map<string, string>, labels?: Map<string, string>): { basis?: Basis; unit?: Unit; baseYear?: number } {
  const out: { basis?: Basis; unit?: Unit; baseYear?: number } = {};
  const codes = [...INDICATOR_IDS, ...UNIT_IDS, ...TRANSFORMATION_IDS].map((id) => c.get(id)?.toUpperCase()).filter((v): v is string => !!v);
  for (const code of codes) {
    let m: RegExpExecArray | null;
    if (/_PC_CP_A_PT$|_PC_CP_A$|^PCH_SM$|^GY$|^PC_CP_A/.test(code)) {
      out.basis ??= 'yoy';
      out.unit ??= 'pct';
    } else if (/_PC_PP_PT$|_PC_PP$|^PCH_PRE$|^G1$|^PC_PP/.test(code)) {
      out.basis ??= 'mom';
      out.unit ??= 'pct';
    } else if ((m = /^I(\d{2})$/.exec(code))) {
      out.basis ??= 'base';
      out.unit ??= 'index';
      out.baseYear ??= 2000 + Number(m[1]);
    } else if ((m = /^I(\d{4})$/.exec(code))) {
      out.basis ??= 'base';
      out.unit ??= 'index';
      out.baseYear ??= Number(m[1]);
    } else if (/_IX$|^IX$|^INDEX$|^IDX$/.test(code)) {
      out.unit ??= 'index';
    } else if (/^(PC|PT|PCT|PERCENT)$/.test(code)) {
      out.unit ??= 'pct';
    }
  }
  if (!out.basis && labels) {
    const cmp = readComparison([...labels.values()].join(' · '));
    if (cmp.basis) out.basis = cmp.basis;
    if (cmp.baseYear !== undefined) out.baseYear ??= cmp.baseYear;
    if (cmp.unit && !out.unit) out.unit = cmp.unit;
  }
  const base = first(c, BASE_IDS);
  if (base) {
    const y = /(\d{4})/.exec(base);
    if (y) out.baseYear = Number(y[1]);
  }
  if (!out.basis && out.unit === 'index') out.basis = 'base'; // an index series (…_IX, IX) is on a reference base
  if (out.basis === 'base') out.unit = 'index';
  return out;
}

/**
 * One observation → one figure, or null when the value is missing (empty, NaN) or its comparison is unknown (then a
 * warning key is returned so callers can count skipped series).
 */
export function sdmxFigure(fileName: string, o: SdmxObservation): RawFigure | { skip: 'missing' } | { skip: 'unknown-unit' | 'adjusted'; series: string } {
  const c = o.components;
  const valueText = c.get('OBS_VALUE');
  if (valueText === undefined || /^(|NaN|NA|N\/A|\.\.?|-)$/i.test(valueText.trim())) return { skip: 'missing' };
  const n = parsePlainDecimal(valueText);
  if (!n) throw new ImportError(fileName, o.valuePlace ?? o.place, said('sdmx.value-not-number', { value: quoted(valueText, 40) }));
  const timeText = c.get('TIME_PERIOD') ?? c.get('TIME');
  if (!timeText) throw new ImportError(fileName, o.timePlace ?? o.place, said('sdmx.no-time-period'));
  const p = readPeriodLabel(timeText);
  if (!p) throw new ImportError(fileName, o.timePlace ?? o.place, said('sdmx.time-period-invalid', { value: excerpt(timeText, 40) }));
  if (isAdjusted(c)) return { skip: 'adjusted', series: o.seriesKey ?? seriesKeyOf(c) };
  const cmp = sdmxComparison(c, o.labels);
  if (!cmp.basis || !cmp.unit) {
    return { skip: 'unknown-unit', series: o.seriesKey ?? seriesKeyOf(c) };
  }
  const item = seriesItem(c);
  const decText = c.get('DECIMALS');
  const decimals = decText && /^\d+$/.test(decText) ? Number(decText) : n.decimals > 6 ? 1 : n.decimals;
  const fig: RawFigure = {
    geoLabel: first(c, GEO_IDS) ?? '',
    itemLabel: item,
    measure: 'iip',
    period: p.period,
    basis: cmp.basis,
    unit: cmp.unit,
    value: n.value,
    decimals,
    location: o.location,
  };
  if (cmp.basis === 'base') fig.baseYear = cmp.baseYear ?? null;
  const status = sdmxStatus(c.get('OBS_STATUS')) ?? p.status;
  if (status) fig.status = status;
  return fig;
}

/** Collects figures and summarises skipped series as warnings. */
export class SdmxCollector {
  readonly figures: RawFigure[] = [];
  /** Where each series' figures fall (geo, item, measure, period, basis and base): the series key and the place. */
  private readonly placed = new Map<string, { series: string; location: string }>();
  private readonly unknown = new Map<string, number>();
  private readonly adjusted = new Map<string, number>();
  private missing = 0;
  constructor(private readonly fileName: string) {}

  add(o: SdmxObservation): void {
    const r = sdmxFigure(this.fileName, o);
    if ('skip' in r) {
      if (r.skip === 'missing') this.missing++;
      else if (r.skip === 'adjusted') this.adjusted.set(r.series, (this.adjusted.get(r.series) ?? 0) + 1);
      else this.unknown.set(r.series, (this.unknown.get(r.series) ?? 0) + 1);
    } else {
      const series = o.seriesKey ?? seriesKeyOf(o.components);
      const slot = [r.geoLabel, r.itemLabel, r.measure, r.period, r.basis, r.baseYear ?? ''].join('\u0000');
      const before = this.placed.get(slot);
      if (before && before.series !== series) {
        const where = said('sdmx.figure-slot', {
          geo: r.geoLabel ? excerpt(r.geoLabel) : said('sdmx.whole-country'),
          item: excerpt(r.itemLabel),
          period: r.period,
          basis: `${r.basis}${r.baseYear ? ` ${r.baseYear}` : ''}`,
        });
        throw new ImportError(
          this.fileName,
          o.place,
          said('sdmx.series-clash', { where, before: excerpt(before.series, 300), beforePlace: locationParam(before.location), series: excerpt(series, 300) }),
        );
      }
      if (!before) this.placed.set(slot, { series, location: o.location });
      this.figures.push(r);
    }
  }

  warnings(): Warning[] {
    const w: Warning[] = [];
    if (this.missing) w.push(said('warning.sdmx.missing-values', { count: this.missing }));
    for (const [series, n] of this.adjusted) w.push(said('warning.sdmx.adjusted', { count: n, series: excerpt(series, 300) }));
    for (const [series, n] of this.unknown) w.push(said('warning.sdmx.unit-unknown', { count: n, series: excerpt(series, 300) }));
    return w;
  }

  /** Throws when nothing could be read at all. */
  finish(): void {
    if (this.figures.length === 0 && (this.unknown.size > 0 || this.adjusted.size > 0)) {
      throw new ImportError(this.fileName, null, said('sdmx.no-figures', { reasons: listParam(firstWarnings(this.warnings()), 'semicolon') }));
    }
  }
}

/** The reasons nothing was read, short: the first three, and how many more. */
const firstWarnings = (warnings: Warning[]): Warning[] =>
  warnings.length <= 3 ? warnings : [...warnings.slice(0, 3), said('warning.more', { count: warnings.length - 3 })];
