// Analysis across figures: consistency checks of what the store holds. Each finding names the
// figure it is about (with the codes a chart needs), both values with where they come from, the
// gap and the tolerance that rounding allows; a summary says how much could be checked at all.
import { z } from 'zod';
import { BASES, isoDateSchema, MEASURES, PERIOD_KINDS, STATUSES, UNITS } from '../domain.js';
import { channel } from './define.js';

export const CHECK_KINDS = ['ytd-vs-months', 'mom-vs-yoy', 'contributions-vs-total', 'sources-disagree', 'revision-vs-first-estimate'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

/** Why a figure could not be checked; the renderer words each one. */
export const NOT_CHECKABLE_REASONS = [
  /** A month (or last year's month) the recomputation needs is not stored. */
  'missing-month',
  /** A change the recomputation needs (a month-on-month change, a year-on-year change) is not stored. */
  'missing-change',
  /** Neither quantities nor month-on-month changes give last year's levels to weigh the months with. */
  'no-levels',
  /** Not every section states a contribution for the period. */
  'missing-sections',
  /** The whole industry's growth for the period and basis is not stored. */
  'missing-total',
  /** The figure restates (revises) an earlier statement: the months its revision rests on are not stated, so only first statements are recomputed. */
  'restated',
  /** Only one publisher states the figure (for sources-disagree): nothing to compare. */
  'single-source',
] as const;
export type NotCheckableReason = (typeof NOT_CHECKABLE_REASONS)[number];

const codeName = z.strictObject({ code: z.string(), nameVi: z.string(), nameEn: z.string() });

/** One figure: enough to name it and to open its chart (series id, or geo/item/measure/basis). */
export const checkedFigureSchema = z.strictObject({
  seriesId: z.number().int(),
  geo: codeName,
  item: codeName,
  measure: z.enum(MEASURES),
  period: z.string(),
  periodKind: z.enum(PERIOD_KINDS),
  basis: z.enum(BASES),
  /** The unit the value is given in: pct for changes (an index's value − 100), pp, qty, index. */
  unit: z.enum(UNITS),
  baseYear: z.number().int().nullable(),
});
export type CheckedFigure = z.infer<typeof checkedFigureSchema>;

/** One stated value and the release that states it. */
export const statedValueSchema = z.strictObject({
  figure: checkedFigureSchema,
  value: z.number(),
  decimals: z.number().int(),
  releaseId: z.number().int(),
  releaseName: z.string(),
  publisher: z.string(),
  publishedOn: isoDateSchema,
  status: z.enum(STATUSES),
  quote: z.string().nullable(),
  location: z.string().nullable(),
});
export type StatedValue = z.infer<typeof statedValueSchema>;

/** One side of a comparison: a stated value, or a value computed from stated ones (its inputs listed). */
export const findingSideSchema = z.strictObject({
  origin: z.enum(['stated', 'computed']),
  value: z.number(),
  /** The decimals the value is shown with (as stated, or what its inputs' rounding allows). */
  decimals: z.number().int(),
  /** How a computed value was made, as a formula code: 'sum-of-months', 'ratio-of-sums', 'weighted-months', 'chained-yoy', 'sum-of-contributions'. */
  method: z.string().nullable(),
  /** For a stated value, the one figure; for a computed one, every input. */
  sources: z.array(statedValueSchema),
});
export type FindingSide = z.infer<typeof findingSideSchema>;

export const findingSchema = z.strictObject({
  kind: z.enum(CHECK_KINDS),
  /** The figure the finding is about (the one checked or revised). */
  figure: checkedFigureSchema,
  /** The stated figure checked (for a revision: the latest value). */
  stated: findingSideSchema,
  /** What it is checked against (a recomputation, another source, the first estimate). */
  against: findingSideSchema,
  /** stated − against, in the figure's unit. */
  gap: z.number(),
  /** The largest gap the roundings of the values involved allow: half a unit of each last decimal, carried through. */
  tolerance: z.number(),
  /** Which message the renderer words ('<kind>' or '<kind>:<variant>'), and the message worded in both languages. */
  code: z.string(),
  message: z.strictObject({ vi: z.string(), en: z.string() }),
});
export type Finding = z.infer<typeof findingSchema>;

export const kindSummarySchema = z.strictObject({
  /** Figures compared. */
  checked: z.number().int(),
  /** Of them, beyond rounding (for revisions: revised beyond rounding). */
  found: z.number().int(),
  /** Figures that could not be checked, in all and by reason. */
  notCheckable: z.number().int(),
  notCheckableBy: z.partialRecord(z.enum(NOT_CHECKABLE_REASONS), z.number().int()),
  /** Series with at least one figure checked, and with at least one not checkable. */
  seriesChecked: z.number().int(),
  seriesNotCheckable: z.number().int(),
});
export type KindSummary = z.infer<typeof kindSummarySchema>;

export const checksReportSchema = z.strictObject({
  /** The release the checks were limited to, and the date the store was taken as of. */
  releaseId: z.number().int().nullable(),
  asOf: isoDateSchema.nullable(),
  /** Gaps beyond rounding between figures that should agree: each is a failure of `iip check`. */
  inconsistencies: z.array(findingSchema),
  /** Revisions of first estimates by their own publisher: information, not failures. */
  revisions: z.array(findingSchema),
  summary: z.strictObject({ byKind: z.record(z.enum(CHECK_KINDS), kindSummarySchema) }),
});
export type ChecksReport = z.infer<typeof checksReportSchema>;

/** The findings of one series on one basis (a chart's marks link the Checks view to them). */
export const seriesOnBasisSchema = z.strictObject({ seriesId: z.number().int().positive(), basis: z.enum(BASES) });
export type SeriesOnBasis = z.infer<typeof seriesOnBasisSchema>;

/** What a page of the checks is taken from: the store or one release, as of a date, optionally one series. */
const checksScope = {
  releaseId: z.number().int().positive().optional(),
  asOf: isoDateSchema.optional(),
  series: seriesOnBasisSchema.optional(),
};

/** The checks' summary and how many findings each kind holds (of the series asked about, if any): the report without its findings. */
export const checksOverviewSchema = checksReportSchema.pick({ releaseId: true, asOf: true, summary: true }).extend({
  found: z.record(z.enum(CHECK_KINDS), z.number().int()),
  /** Each kind's first `first` findings (its first page, as analysis:checks-page gives it), so one answer draws the view. */
  first: z.record(z.enum(CHECK_KINDS), z.array(findingSchema)),
  /** False while the checks are still running (asked with soFar): the counts so far, no findings yet. */
  complete: z.boolean(),
  /** While running: geographies checked of those to check (the checks go one geography at a time). */
  progress: z.strictObject({ geosDone: z.number().int().nonnegative(), geosTotal: z.number().int().nonnegative() }).optional(),
});
export type ChecksOverview = z.infer<typeof checksOverviewSchema>;

/** Findings shown per page at most. */
export const CHECKS_PAGE_MAX = 1000;

export const analysisChannels = {
  'analysis:checks': channel({
    input: z.strictObject({ releaseId: z.number().int().positive().optional(), asOf: isoDateSchema.optional() }),
    output: checksReportSchema,
  }),
  /** One series' inconsistencies on one basis (the chart's marks), taken from the whole store's kept checks. */
  'analysis:series-findings': channel({
    input: z.strictObject({ seriesId: z.number().int().positive(), basis: z.enum(BASES), asOf: isoDateSchema.optional() }),
    output: z.strictObject({ findings: z.array(findingSchema) }),
  }),
  /** The report's summary and counts, kept in the checks worker; its findings are asked a page at a time. */
  'analysis:checks-overview': channel({
    input: z.strictObject({
      ...checksScope,
      first: z.number().int().nonnegative().max(CHECKS_PAGE_MAX).optional(),
      /** Answer at once with what is checked so far while the checks run (complete: false), not once they are done. */
      soFar: z.boolean().optional(),
    }),
    output: checksOverviewSchema,
  }),
  /** One page of one kind's findings, in the report's order (revisions largest first, as the Checks view shows them). */
  'analysis:checks-page': channel({
    input: z.strictObject({
      ...checksScope,
      kind: z.enum(CHECK_KINDS),
      offset: z.number().int().nonnegative(),
      limit: z.number().int().positive().max(CHECKS_PAGE_MAX),
    }),
    output: z.strictObject({ findings: z.array(findingSchema) }),
  }),
};
