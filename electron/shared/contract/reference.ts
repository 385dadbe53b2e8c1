// Reference lists: localities (provinces before 1 July 2025, localities after) and the names
// matched by hand in earlier imports.
import { z } from 'zod';
import { GEO_KINDS, ITEM_KINDS } from '../domain.js';
import { channel } from './define.js';

const nullableText = z.string().nullable();
const nameKind = z.enum(['geo', 'item']);

export const geoRefSchema = z.strictObject({
  code: z.string(),
  officialCode: z.string(),
  kind: z.enum(GEO_KINDS),
  nameVi: z.string(),
  nameEn: z.string(),
  validFrom: nullableText,
  validTo: nullableText,
});
export type GeoRef = z.infer<typeof geoRefSchema>;

export const itemRefSchema = z.strictObject({
  code: z.string(),
  kind: z.enum(ITEM_KINDS),
  parent: nullableText,
  nameVi: z.string(),
  nameEn: z.string(),
  quantityUnitVi: nullableText,
  quantityUnitEn: nullableText,
});
export type ItemRef = z.infer<typeof itemRefSchema>;

/** A locality with the one it merged into on 1 July 2025, if it did. */
export const geoWithSuccessorSchema = geoRefSchema.extend({ successor: nullableText });
export type GeoWithSuccessor = z.infer<typeof geoWithSuccessorSchema>;

/** A name the user matched to a code by hand; `folded` (no diacritics, lower case) is what imports match. */
export const rememberedNameSchema = z.strictObject({ kind: nameKind, folded: z.string(), code: z.string(), nameVi: z.string(), nameEn: z.string() });
export type RememberedName = z.infer<typeof rememberedNameSchema>;

/**
 * A place before or after 1 July 2025, and a geo's lineage across that change (shared/merger/lineage.ts):
 * a locality's predecessors (the provinces merged into it), or a province's successor and siblings
 * (the other provinces merged with it); `changedOn` null for a geo the change did not touch.
 */
const placeSchema = z.strictObject({ code: z.string(), kind: z.enum(GEO_KINDS), nameVi: z.string(), nameEn: z.string() });
export const lineageSchema = z.strictObject({
  geo: placeSchema,
  changedOn: nullableText,
  predecessors: z.array(placeSchema),
  successor: placeSchema.nullable(),
  siblings: z.array(placeSchema),
});
export type Lineage = z.infer<typeof lineageSchema>;

export const referenceChannels = {
  'reference:geos': channel({ input: z.strictObject({}), output: z.array(geoWithSuccessorSchema) }),
  /** `geo`: a code or a name (a name shared by a province and its locality means the one valid today). */
  'reference:lineage': channel({ input: z.strictObject({ geo: z.string().min(1).max(200) }), output: lineageSchema }),
  'aliases:list': channel({ input: z.strictObject({}), output: z.array(rememberedNameSchema) }),
  'aliases:forget': channel({
    input: z.strictObject({ kind: nameKind, folded: z.string().min(1).max(500), code: z.string().min(1).max(100) }),
    output: z.strictObject({ forgotten: z.boolean() }),
  }),
};
