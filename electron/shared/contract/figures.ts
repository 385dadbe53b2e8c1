// Figures as the app shows them: one value per series, period and basis, chosen among the
// releases that state it (newest wins, older differing values are its revisions), with every
// source. Series over time, single figures, rankings and the latest release's summary.
import { z } from 'zod';
import { NO_VALUE_REASONS } from '../analysis/model.js';
import { BASES, isoDateSchema, MEASURES, PERIOD_KINDS, STATUSES, UNITS } from '../domain.js';
import { channel } from './define.js';
import { seriesSummarySchema } from './catalog.js';
import { geoRefSchema, itemRefSchema } from './reference.js';

const nullableText = z.string().nullable();

export const sourceRefSchema = z.strictObject({
  releaseId: z.number().int(),
  releaseName: z.string(),
  publisher: z.string(),
  publishedOn: isoDateSchema,
  publishedOnNote: nullableText,
  /** The figure's status in that source: estimate, preliminary or official. */
  status: z.enum(STATUSES),
  sourceFile: z.string(),
  quote: nullableText,
  location: nullableText,
  value: z.number(),
  decimals: z.number().int(),
  unit: z.enum(UNITS),
  statedPeriod: nullableText,
  flags: z.array(z.string()),
  note: nullableText,
});
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const figureValueSchema = z.strictObject({
  seriesId: z.number().int(),
  geo: z.string(),
  item: z.string(),
  measure: z.enum(MEASURES),
  period: z.string(),
  periodKind: z.enum(PERIOD_KINDS),
  periodStart: z.string(),
  periodEnd: z.string(),
  basis: z.enum(BASES),
  /** The unit of `value`; pct for changes even where the source gave an index. */
  unit: z.enum(UNITS),
  value: z.number(),
  decimals: z.number().int(),
  status: z.enum(STATUSES),
  /** True when the value was computed from an index (index − 100) rather than stated. */
  derived: z.boolean(),
  statedPeriod: nullableText,
  flags: z.array(z.string()),
  note: nullableText,
  quantityUnit: nullableText,
  /** The source shown (most precise of the agreeing newest ones) first, then the others. */
  sources: z.array(sourceRefSchema),
  /** Earlier values of this figure that later releases revised, oldest first. */
  revisions: z.array(z.strictObject({ value: z.number(), decimals: z.number().int(), publishedOn: isoDateSchema, releaseName: z.string() })),
});
export type FigureValue = z.infer<typeof figureValueSchema>;

/** A release cited by a series' points, listed once in the answer (the points name it by id). */
export const citedReleaseSchema = z.strictObject({
  id: z.number().int(),
  name: z.string(),
  publisher: z.string(),
  publishedOn: isoDateSchema,
  publishedOnNote: nullableText,
  sourceFile: z.string(),
});
export type CitedRelease = z.infer<typeof citedReleaseSchema>;

/** A source of a series' point: what one release (by id) stated. */
export const pointSourceSchema = sourceRefSchema.omit({ releaseName: true, publisher: true, publishedOn: true, publishedOnNote: true, sourceFile: true });
export type PointSource = z.infer<typeof pointSourceSchema>;

/**
 * A figure of a series as figures:series answers it: a FigureValue without what the answer says once
 * (its series and basis) and with its releases by id (series-points.ts makes it a FigureValue again).
 */
export const seriesPointSchema = figureValueSchema
  .omit({ seriesId: true, geo: true, item: true, measure: true, basis: true, sources: true, revisions: true })
  .extend({
    sources: z.array(pointSourceSchema),
    revisions: z.array(z.strictObject({ value: z.number(), decimals: z.number().int(), releaseId: z.number().int() })),
  });
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

/** A series' shown figures, lean: each release its points cite once, in `releases`, oldest first. */
export const seriesFiguresSchema = z.strictObject({
  series: seriesSummarySchema,
  basis: z.enum(BASES),
  releases: z.array(citedReleaseSchema),
  points: z.array(seriesPointSchema),
});
export type SeriesFigures = z.infer<typeof seriesFiguresSchema>;

/**
 * What a chart draws of a series (figures:points): the shown figures' columns, one entry a point, by
 * period. `flags` packs ((baseYear × 16 + status × 4 + unit) × 2 + revised), status and unit by their
 * place in STATUSES and UNITS (shared/points-flags.ts reads it). No sources: figures:history has them.
 */
export const seriesPointsSchema = z.strictObject({
  seriesId: z.number().int(),
  basis: z.enum(BASES),
  periods: z.array(z.string()),
  values: z.array(z.number()),
  decimals: z.array(z.number().int()),
  flags: z.array(z.number().int().nonnegative()),
});
export type SeriesPoints = z.infer<typeof seriesPointsSchema>;

export const RANKING_GROUPS = ['section', 'division', 'locality', 'product'] as const;
export type RankingGroup = (typeof RANKING_GROUPS)[number];

export const rankingRowSchema = z.strictObject({ geo: geoRefSchema, item: itemRefSchema, figure: figureValueSchema });
export type RankingRow = z.infer<typeof rankingRowSchema>;

export const rankingSchema = z.strictObject({ period: z.string(), basis: z.enum(BASES), measure: z.enum(MEASURES), rows: z.array(rankingRowSchema) });
export type Ranking = z.infer<typeof rankingSchema>;

export const periodOptionSchema = z.strictObject({ period: z.string(), kind: z.enum(PERIOD_KINDS), rankable: z.boolean() });
export type PeriodOption = z.infer<typeof periodOptionSchema>;

export const latestSummarySchema = z.strictObject({
  period: z.string(),
  periods: z.array(periodOptionSchema),
  headline: figureValueSchema.nullable(),
  /** The whole-industry month-on-month figure for a month period, where there is one. */
  headlineMom: figureValueSchema.nullable(),
  sections: z.array(rankingRowSchema),
  industries: z.array(rankingRowSchema),
  localities: z.array(rankingRowSchema),
  products: z.array(rankingRowSchema),
});
export type LatestSummary = z.infer<typeof latestSummarySchema>;

const periodText = z.string().trim().min(4).max(32);
const basis = z.enum(BASES);

const inBothLanguages = z.strictObject({ vi: z.string(), en: z.string() });

/** A transformed point: a value with the decimals it can honestly claim, or why it has none. */
export const transformedPointSchema = z.union([
  z.strictObject({ period: z.string(), value: z.number(), decimals: z.number().int().min(0) }),
  z.strictObject({ period: z.string(), value: z.null(), reason: z.enum(NO_VALUE_REASONS) }),
]);

/** The stored series a transformation started from: its basis, unit, base year (for an index) and period kind. */
export const transformStartSchema = z.strictObject({ basis, unit: z.enum(UNITS), baseYear: z.number().int().nullable(), kind: z.enum(PERIOD_KINDS) });
export type TransformStart = z.infer<typeof transformStartSchema>;

/** A whole series transformed (`yoy`, `rebase:2020`, `ma3`, …): what the chart, exports and `iip get --transform` show. */
export const transformedSeriesSchema = z.strictObject({
  seriesId: z.number().int(),
  geo: z.string(),
  item: z.string(),
  measure: z.enum(MEASURES),
  /** The spec as read (trimmed, lower case). */
  spec: z.string(),
  label: inBothLanguages,
  /** What it started from; null when the store holds nothing it can start from (then `lacks` says what is missing). */
  from: transformStartSchema.nullable(),
  lacks: inBothLanguages.nullable(),
  kind: z.enum(PERIOD_KINDS),
  basis,
  unit: z.enum(UNITS),
  /** For an index: the period whose level is 100. */
  basePeriod: z.string().nullable(),
  points: z.array(transformedPointSchema),
});
export type TransformedSeriesValue = z.infer<typeof transformedSeriesSchema>;

/** One statement of a figure by one release, oldest first in a history. */
export const vintageSchema = z.strictObject({
  releaseId: z.number().int(),
  releaseName: z.string(),
  publisher: z.string(),
  publishedOn: isoDateSchema,
  status: z.enum(STATUSES),
  sourceFile: z.string(),
  /** In the figure's shown unit (an index against the same period last year read as a % change). */
  value: z.number(),
  decimals: z.number().int(),
  /** Against the previous vintage, in the shown unit; null for the first. */
  change: z.number().nullable(),
  /** 'first' estimate; a 'revision' (differs beyond rounding); the same value 'restated' (up to rounding). */
  kind: z.enum(['first', 'revision', 'restated']),
});
export type Vintage = z.infer<typeof vintageSchema>;

export const figureHistorySchema = z.strictObject({
  seriesId: z.number().int(),
  geo: z.string(),
  item: z.string(),
  measure: z.enum(MEASURES),
  period: z.string(),
  basis,
  unit: z.enum(UNITS),
  /** The value shown now (newest release; the most precise of those agreeing with it). */
  shown: z.strictObject({ value: z.number(), decimals: z.number().int() }),
  vintages: z.array(vintageSchema),
});
export type FigureHistory = z.infer<typeof figureHistorySchema>;

/** Over a series: each period's first statement against the value shown now, and the mean absolute revision. */
export const seriesRevisionsSchema = z.strictObject({
  seriesId: z.number().int(),
  geo: z.string(),
  item: z.string(),
  measure: z.enum(MEASURES),
  basis,
  periods: z.array(
    z.strictObject({
      period: z.string(),
      kind: z.enum(PERIOD_KINDS),
      first: z.strictObject({ value: z.number(), decimals: z.number().int(), publishedOn: isoDateSchema, releaseName: z.string() }),
      latest: z.strictObject({ value: z.number(), decimals: z.number().int(), publishedOn: isoDateSchema, releaseName: z.string() }),
      /** latest − first, in the shown unit, at the coarser of the two precisions. */
      revision: z.number(),
      decimals: z.number().int(),
      /** How many releases stated it. */
      vintages: z.number().int(),
    }),
  ),
  /** Per period kind: the mean of |latest − first| over the periods stated by two or more releases. */
  meanAbsoluteRevision: z.array(
    z.strictObject({ kind: z.enum(PERIOD_KINDS), value: z.number(), decimals: z.number().int(), periods: z.number().int(), restated: z.number().int() }),
  ),
});
export type SeriesRevisions = z.infer<typeof seriesRevisionsSchema>;

const figureKey = {
  geo: z.string().min(1).max(100),
  item: z.string().min(1).max(200),
  measure: z.enum(MEASURES).optional(),
};

export const figuresChannels = {
  'figures:series': channel({
    input: z.strictObject({ seriesId: z.number().int().positive(), basis, unit: z.enum(UNITS).optional(), asOf: isoDateSchema.optional() }),
    output: seriesFiguresSchema,
  }),
  'figures:points': channel({
    input: z.strictObject({
      seriesId: z.number().int().positive(),
      basis,
      unit: z.enum(UNITS).optional(),
      kind: z.enum(PERIOD_KINDS).optional(),
      asOf: isoDateSchema.optional(),
    }),
    output: seriesPointsSchema,
  }),
  'figures:get': channel({
    input: z.strictObject({
      geo: z.string().min(1).max(100),
      item: z.string().min(1).max(200),
      measure: z.enum(MEASURES).optional(),
      period: periodText,
      basis,
      asOf: isoDateSchema.optional(),
    }),
    output: figureValueSchema.nullable(),
  }),
  'figures:ranking': channel({
    input: z.strictObject({ period: periodText, basis, measure: z.enum(MEASURES).optional(), group: z.enum(RANKING_GROUPS), asOf: isoDateSchema.optional() }),
    output: rankingSchema,
  }),
  'figures:transformed': channel({
    input: z.strictObject({
      seriesId: z.number().int().positive(),
      spec: z.string().trim().min(1).max(32),
      /** Start from this basis (else: the index on its base year where there is one; see docs/analysis.md). */
      basis: basis.optional(),
      /** The period kind of the result (else: the transformation's own from monthly figures). */
      kind: z.enum(PERIOD_KINDS).optional(),
      asOf: isoDateSchema.optional(),
    }),
    output: transformedSeriesSchema,
  }),
  'figures:history': channel({
    input: z.strictObject({ ...figureKey, period: periodText, basis: basis.optional(), asOf: isoDateSchema.optional() }),
    /** One history per basis stated for the period (just the one asked for with `basis`); empty when none. */
    output: z.array(figureHistorySchema),
  }),
  'figures:revisions': channel({
    input: z.strictObject({ ...figureKey, basis, asOf: isoDateSchema.optional() }),
    output: seriesRevisionsSchema.nullable(),
  }),
  'latest:summary': channel({ input: z.strictObject({ period: periodText.optional(), asOf: isoDateSchema.optional() }), output: latestSummarySchema }),
};
