// The catalog: every series the store holds, grouped for the explorer's list, searchable without
// diacritics ("phu tho" finds Phú Thọ), read a page at a time.
import { z } from 'zod';
import { BASES, isoDateSchema, MEASURES, UNITS } from '../domain.js';
import { CATALOG_KEYS } from '../catalog-keys.js';
import { channel } from './define.js';
import { geoRefSchema, itemRefSchema } from './reference.js';

export { CATALOG_KEYS, type CatalogKey } from '../catalog-keys.js';

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

/** One page of the catalog: the matching series' count, in all and by group, and this page's series by group. */
export const catalogPageSchema = z.strictObject({
  total: z.number().int(),
  /** Matching series per group, in the catalog's order; groups without any are left out. */
  counts: z.array(z.strictObject({ key: z.enum(CATALOG_KEYS), count: z.number().int() })),
  /** Position of this page's first series among all matching ones. */
  offset: z.number().int(),
  groups: z.array(catalogGroupSchema),
});
export type CatalogPage = z.infer<typeof catalogPageSchema>;

export const catalogChannels = {
  /**
   * The matching series from `offset` (0 if left out), at most `limit` of them (all if left out: for
   * views that need every series). With `asOf`: the series with a figure published on or before that
   * date, counted over those figures only.
   */
  'catalog:list': channel({
    input: z.strictObject({
      search: z.string().max(200).optional(),
      asOf: isoDateSchema.optional(),
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).optional(),
      /** Only this group's series (the small multiples of a group), these places' (a merger's places), these items': a few, not the whole catalog. */
      group: z.enum(CATALOG_KEYS).optional(),
      geos: z.array(z.string().max(200)).max(500).optional(),
      items: z.array(z.string().max(200)).max(500).optional(),
      /** Only these series (by id): a finding's, when its chart is opened. */
      ids: z.array(z.number().int().positive()).max(500).optional(),
      /** Only this measure's series (a page of small multiples, all of one measure). */
      measure: z.enum(MEASURES).optional(),
    }),
    output: catalogPageSchema,
  }),
};
