// The catalog: every series the store holds, grouped for the explorer's list, searchable without
// diacritics ("phu tho" finds Phú Thọ).
import { z } from 'zod';
import { BASES, isoDateSchema, MEASURES, UNITS } from '../domain.js';
import { channel } from './define.js';
import { geoRefSchema, itemRefSchema } from './reference.js';

export const CATALOG_KEYS = ['total', 'section', 'division', 'locality', 'product'] as const;
export type CatalogKey = (typeof CATALOG_KEYS)[number];

export const seriesSummarySchema = z.strictObject({
  id: z.number().int(),
  geo: geoRefSchema,
  item: itemRefSchema,
  measure: z.enum(MEASURES),
  figureCount: z.number().int(),
  firstPeriod: z.string(),
  lastPeriod: z.string(),
  /** The basis/unit pairs this series has figures for, e.g. yoy/pct, yoy/index. */
  views: z.array(z.strictObject({ basis: z.enum(BASES), unit: z.enum(UNITS) })),
});
export type SeriesSummary = z.infer<typeof seriesSummarySchema>;

export const catalogGroupSchema = z.strictObject({ key: z.enum(CATALOG_KEYS), series: z.array(seriesSummarySchema) });
export type CatalogGroup = z.infer<typeof catalogGroupSchema>;

export const catalogChannels = {
  /** With `asOf`: the series with a figure published on or before that date, counted over those figures only. */
  'catalog:list': channel({
    input: z.strictObject({ search: z.string().max(200).optional(), asOf: isoDateSchema.optional() }),
    output: z.array(catalogGroupSchema),
  }),
  /** The series catalog:list lists first (the whole industry's index), found without listing them all: the explorer opens on it. */
  'catalog:first': channel({ input: z.strictObject({ asOf: isoDateSchema.optional() }), output: seriesSummarySchema.nullable() }),
};
