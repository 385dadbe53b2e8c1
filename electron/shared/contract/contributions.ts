// Contributions to growth (analysis room): the sections' weights (imported from a weights file, or
// implied from contributions a release states), each section's computed contribution beside the
// stated one, and their sum against the whole industry's growth. Format and formula: docs/weights.md.
import { z } from 'zod';
import { isoDateSchema } from '../domain.js';
import { channel } from './define.js';

/** The largest weights file accepted (a few hundred rows at most in practice). */
export const WEIGHTS_FILE_MAX_BYTES = 256 * 1024;

const codeName = z.strictObject({ code: z.string(), nameVi: z.string(), nameEn: z.string() });

/** A value with the worst-case error its inputs' rounding allows, and the decimals that error leaves sure. */
export const estimateSchema = z.strictObject({ value: z.number(), error: z.number(), decimals: z.number().int() });
export type EstimateValue = z.infer<typeof estimateSchema>;

/**
 * How a period's base year is known: `figure` a figure of that period on a base year says it;
 * `latest-imported` none does, so the latest imported base year not after the period is used;
 * `period-year` none does and none is imported: weights are labelled by the period's year.
 */
export const BASE_YEAR_ORIGINS = ['figure', 'latest-imported', 'period-year'] as const;
export const baseYearSchema = z.strictObject({ year: z.number().int(), from: z.enum(BASE_YEAR_ORIGINS) });
export type BaseYearLabel = z.infer<typeof baseYearSchema>;

const releaseRef = z.strictObject({ releaseId: z.number().int(), releaseName: z.string(), publishedOn: isoDateSchema, quote: z.string().nullable() });

export const IMPLIED_REFUSALS = ['growth-near-zero', 'opposite-signs', 'missing-growth'] as const;

/** A weight implied by a release stating a section's contribution and growth for one period. */
export const impliedWeightSchema = z.strictObject({
  geo: z.string(),
  item: z.string(),
  period: z.string(),
  basis: z.enum(['yoy', 'mom']),
  baseYear: baseYearSchema,
  contribution: estimateSchema,
  growth: estimateSchema.nullable(),
  /** 100 × contribution / growth, or null with the reason it was refused. */
  weight: estimateSchema.nullable(),
  refused: z.enum(IMPLIED_REFUSALS).nullable(),
  release: releaseRef,
});
export type ImpliedWeightRow = z.infer<typeof impliedWeightSchema>;

/** A weight from an imported weights file. */
export const importedWeightSchema = z.strictObject({
  geo: z.string(),
  baseYear: z.number().int(),
  item: z.string(),
  weight: z.number(),
  decimals: z.number().int(),
  source: z.string().nullable(),
  fileName: z.string(),
  importedAt: z.string(),
});
export type ImportedWeight = z.infer<typeof importedWeightSchema>;

/** The weight used for a section in a period. */
export const usedWeightSchema = estimateSchema.extend({
  origin: z.enum(['file', 'implied']),
  /** The base year (file) or label (implied) it belongs to. */
  baseYear: z.number().int(),
  /** The file's source column, or the file name. */
  source: z.string().nullable(),
  /** For an implied weight: the period and release it comes from. */
  impliedFrom: z.strictObject({ period: z.string(), release: releaseRef }).nullable(),
  /** Implied from this very period's statements: the stated contribution agrees with the computed one by construction. */
  circular: z.boolean(),
});
export type UsedWeight = z.infer<typeof usedWeightSchema>;

export const differenceSchema = z.strictObject({ difference: z.number(), allowance: z.number(), flagged: z.boolean() });

export const sectionContributionSchema = z.strictObject({
  item: codeName,
  growth: estimateSchema.nullable(),
  weight: usedWeightSchema.nullable(),
  computed: estimateSchema.nullable(),
  stated: estimateSchema.extend({ release: releaseRef }).nullable(),
  /** stated − computed and the allowance rounding leaves; flagged beyond it. */
  versusStated: differenceSchema.nullable(),
});
export type SectionContributionRow = z.infer<typeof sectionContributionSchema>;

export const periodContributionsSchema = z.strictObject({
  period: z.string(),
  baseYear: baseYearSchema,
  /** The whole industry's growth. */
  total: estimateSchema.nullable(),
  sections: z.array(sectionContributionSchema),
  sumComputed: estimateSchema.nullable(),
  /** Σ computed − total growth. */
  sumVersusTotal: differenceSchema.nullable(),
  /** No section has a weight for this period's base year. */
  noWeights: z.boolean(),
});
export type PeriodContributionsRow = z.infer<typeof periodContributionsSchema>;

/** asOf: the store as known on that day (figures published by then); imported weights are not dated. */
const geoBasisInput = { geo: z.string().min(1).max(40).default('VN'), basis: z.enum(['yoy', 'mom']).default('yoy'), asOf: isoDateSchema.optional() };

export const weightsImportReportSchema = z.strictObject({
  fileName: z.string(),
  imported: z.number().int(),
  /** One per geo and base year in the file: how many weights it had before (0: new). */
  baseYears: z.array(z.strictObject({ geo: z.string(), baseYear: z.number().int(), weights: z.number().int(), replaced: z.number().int() })),
});
export type WeightsImportReport = z.infer<typeof weightsImportReportSchema>;

export const contributionsChannels = {
  'analysis:contributions': channel({
    input: z.strictObject({ ...geoBasisInput, periods: z.array(z.string().min(1).max(40)).min(1).max(36) }),
    output: z.strictObject({ geo: codeName, basis: z.enum(['yoy', 'mom']), periods: z.array(periodContributionsSchema) }),
  }),
  /** What a chart can offer: years with sections' growth, and the periods where a release states contributions. */
  'analysis:contribution-periods': channel({
    input: z.strictObject(geoBasisInput),
    output: z.strictObject({ years: z.array(z.number().int()), stated: z.array(z.string()) }),
  }),
  'analysis:weights': channel({
    input: z.strictObject({ geo: z.string().min(1).max(40).optional() }),
    output: z.strictObject({ imported: z.array(importedWeightSchema), implied: z.array(impliedWeightSchema) }),
  }),
  /** A weights file's contents (the window reads the file; the command line reads it from its path). */
  'analysis:weights-import': channel({
    input: z.strictObject({ fileName: z.string().min(1).max(500), content: z.string().max(WEIGHTS_FILE_MAX_BYTES) }),
    output: weightsImportReportSchema,
    maxInputBytes: 2 * WEIGHTS_FILE_MAX_BYTES,
  }),
};
