// Figures as the app shows them: one value per series, period and basis, chosen among the
// releases that state it (newest wins, older differing values are its revisions), with every
// source. Series over time, single figures, rankings and the latest release's summary.
import { z } from 'zod';
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

export const seriesFiguresSchema = z.strictObject({ series: seriesSummarySchema, basis: z.enum(BASES), points: z.array(figureValueSchema) });
export type SeriesFigures = z.infer<typeof seriesFiguresSchema>;

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

export const figuresChannels = {
  'figures:series': channel({
    input: z.strictObject({ seriesId: z.number().int().positive(), basis, unit: z.enum(UNITS).optional(), asOf: isoDateSchema.optional() }),
    output: seriesFiguresSchema,
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
  'latest:summary': channel({ input: z.strictObject({ period: periodText.optional(), asOf: isoDateSchema.optional() }), output: latestSummarySchema }),
};
