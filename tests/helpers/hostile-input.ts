// Requests a hostile caller might send to a channel, generated from the channel's own input schema:
// objects with the schema's fields, each holding a plausible value or a hostile one (wrong type,
// huge string, negative/NaN/Infinity number, path traversal, SQL meta-characters), unknown fields
// and prototype-pollution keys added, or the whole input replaced by something else entirely.
import fc from 'fast-check';
import type { z } from 'zod';

/** Strings aimed at files, SQL, templates and prototypes. */
export const HOSTILE_STRINGS = [
  '../../../../etc/passwd',
  '..\\..\\..\\Windows\\win.ini',
  '/etc/passwd',
  'C:\\Windows\\System32\\config\\SAM',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  'file:///etc/passwd',
  '\\\\server\\share\\x',
  "'; DROP TABLE figures; --",
  '" OR 1=1 --',
  "' OR ''='",
  '1; DELETE FROM releases',
  '%',
  '_',
  '\\',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\u202Eevil',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '',
  ' ',
  '${7*7}',
  '<script>alert(1)</script>',
];

/** Strings that fit many fields (codes, periods, bases, dates, names), so handlers run past parsing. */
const PLAUSIBLE_STRINGS = [
  'VN',
  'TOTAL',
  'C',
  'B',
  'HN',
  'yoy',
  'mom',
  'index',
  '2025-11',
  '2025-01..2025-11',
  '2025-Q2',
  '2025',
  '2025-12-06',
  'Hà Nội',
  'Cả nước',
  'a',
];

export const HOSTILE_NUMBERS = [-1, -0, NaN, Infinity, -Infinity, 2 ** 31, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), 1e308, 5e-324, 0.5, -0.5, 1e21];
const PLAUSIBLE_NUMBERS = [0, 1, 2, 3, 5, 10, 100, 2020];

/** Objects whose keys reach for Object.prototype when copied or merged carelessly. */
const protoObjects = (): fc.Arbitrary<unknown> =>
  fc.constantFrom(
    JSON.parse('{"__proto__":{"polluted":"yes"}}') as unknown,
    { constructor: { prototype: { polluted: 'yes' } } },
    JSON.parse('{"__proto__":null}') as unknown,
  );

/** Long runs of one character: past every length limit a field may have (1 MiB + 1 the longest). */
const hugeString = (): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom('x', 'é', '9', '../', "'"), fc.constantFrom(300, 5_000, 70_000, 2 ** 20 + 1)).map(([c, n]) => c.repeat(n));

export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 1, arbitrary: hugeString() },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  );

const hostileNumber = (): fc.Arbitrary<number> => fc.oneof(fc.constantFrom(...HOSTILE_NUMBERS), fc.double(), fc.integer({ min: -(2 ** 40), max: 2 ** 40 }));

/** A value of any type, for a field that expects something else. */
export const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(hostileString(), hostileNumber(), fc.constantFrom(null, true, false, [], {}, [[[]]]), protoObjects(), fc.jsonValue({ maxDepth: 2 }));

/** Keys a strict schema does not declare: unknown fields and prototype-pollution keys. */
const extraKey = (): fc.Arbitrary<string> =>
  fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'isAdmin', 'x'.repeat(5_000)), fc.string({ maxLength: 12 }));

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  innerType?: z.ZodType;
  in?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Adds own properties (as JSON.parse would, `__proto__` included) to a generated object. */
function withExtraKeys(shaped: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(shaped, fc.array(fc.tuple(extraKey(), hostileValue()), { maxLength: 2 }))
    .map(([object, extra]) => Object.fromEntries([...Object.entries(object), ...extra]));
}

/** What fits the schema's shape: each field plausible or hostile, nested as deep as the schema. */
function shapedBy(schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: z.ZodType | undefined): fc.Arbitrary<unknown> => (s && depth < 8 ? valueFor(s, depth + 1) : hostileValue());
  switch (def.type) {
    case 'object': {
      const fields = Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, field]) => [key, inner(field)]));
      const record = fc.record(fields, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
      return fc.oneof({ weight: 4, arbitrary: record }, { weight: 1, arbitrary: withExtraKeys(record) });
    }
    case 'string':
      return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE_STRINGS) }, { weight: 2, arbitrary: hostileString() });
    case 'number':
      return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE_NUMBERS) }, { weight: 2, arbitrary: hostileNumber() });
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'array':
      return fc.array(inner(def.element), { maxLength: 3 });
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => inner(option)));
    case 'record':
      return fc.dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString'), fc.constantFrom(...PLAUSIBLE_STRINGS)), inner(def.valueType), {
        maxKeys: 3,
      });
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return inner(def.getter?.());
    default:
      return hostileValue();
  }
}

/** A value for a field of this schema: mostly shaped by it, sometimes anything at all. */
function valueFor(schema: z.ZodType, depth: number): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 4, arbitrary: shapedBy(schema, depth) }, { weight: 1, arbitrary: hostileValue() });
}

/** Requests for a channel whose input schema is `input`. */
export const hostileRequest = (input: z.ZodType): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 5, arbitrary: shapedBy(input, 0) }, { weight: 1, arbitrary: hostileValue() });
