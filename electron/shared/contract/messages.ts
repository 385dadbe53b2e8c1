// A message as data in answers: a catalogue code with its parameters (shared/messages/said.ts) and
// the place as parts, so the window says it in its own language. Optional everywhere: an answer
// without them still carries its English `message`.
import { z } from 'zod';
import { LIST_JOINS, type ParamValue, type Said } from '../messages/said.js';
import { PLACE_KINDS } from '../messages/place.js';

const paramValueSchema: z.ZodType<ParamValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.strictObject({ place: placeSchema }),
    z.strictObject({ list: z.array(paramValueSchema), join: z.enum(LIST_JOINS) }),
    z.strictObject({ fixed: z.number(), decimals: z.number().int() }),
    saidSchema,
  ]),
);
export const saidSchema: z.ZodType<Said> = z.lazy(() => z.strictObject({ code: z.string(), params: z.record(z.string(), paramValueSchema) }));
export const placeSchema = z.array(z.tuple([z.enum(PLACE_KINDS), z.union([z.string(), z.number()])]).readonly()).readonly();

/** The fields a problem adds to its English words: its code, parameters and place as data. */
export const saidFields = {
  code: z.string().optional(),
  params: z.record(z.string(), paramValueSchema).optional(),
  where: placeSchema.optional(),
};
