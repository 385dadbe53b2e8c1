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
const PLAUSIBLE_STRINGS = ['VN', 'TOTAL', 'C', 'B', 'HN', 'yoy', 'mom', 'index', 'Hà Nội', 'Cả nước', 'a', '2025-12-06'];
/** Periods in each form the app reads: many fields are periods checked by a refinement, which no pattern shows. */
const PLAUSIBLE_PERIODS = ['2025-11', '2025-10', '2024-12', '2025-01..2025-11', '2025-Q2', '2025', '2020'];

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

interface Check {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
}

interface Def {
  type: string;
  checks?: { _zod: { def: Check } }[];
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
const checksOf = (def: Def): Check[] => (def.checks ?? []).map((c) => c._zod.def);

/** Strings that satisfy the schema's own checks (its pattern, its lengths): requests that pass parsing and reach the handler. */
function fittingString(def: Def): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const pattern = checks.find((c) => c.check === 'string_format' && c.pattern)?.pattern;
  if (pattern) return fc.stringMatching(pattern);
  const minLength = Math.max(0, ...checks.filter((c) => c.check === 'min_length').map((c) => c.minimum ?? 0));
  const maxLength = Math.min(minLength + 24, ...checks.filter((c) => c.check === 'max_length').map((c) => c.maximum ?? Infinity));
  return fc.string({ minLength, maxLength });
}

/** Numbers within the schema's bounds (integers where it asks for them). */
function fittingNumber(def: Def): fc.Arbitrary<number> {
  const checks = checksOf(def);
  const lower = checks.find((c) => c.check === 'greater_than');
  const upper = checks.find((c) => c.check === 'less_than');
  const min = lower ? (lower.value ?? 0) + (lower.inclusive ? 0 : 1) : -1_000;
  const max = upper ? (upper.value ?? 0) - (upper.inclusive ? 0 : 1) : min + 1_000;
  const int = checks.some((c) => c.check === 'number_format' && (c.format === 'safeint' || c.format === 'int32'));
  return int ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true });
}

/** A field the caller may leave out. */
const isOptional = (schema: z.ZodType): boolean => ['optional', 'default', 'prefault'].includes(defOf(schema).type);

/** Adds own properties (as JSON.parse would, `__proto__` included) to a generated object. */
function withExtraKeys(shaped: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(shaped, fc.array(fc.tuple(extraKey(), hostileValue()), { maxLength: 2 }))
    .map(([object, extra]) => Object.fromEntries([...Object.entries(object), ...extra]));
}

/**
 * What fits the schema's shape, nested as deep as the schema. `wild`: each field may hold a hostile
 * value, unknown keys may be added; tame: every value is of the field's kind (strings fitting its
 * pattern, numbers its bounds), so deep requests get past parsing and reach the handler.
 */
function shapedBy(schema: z.ZodType, depth: number, wild: boolean): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const same = (s: z.ZodType | undefined): fc.Arbitrary<unknown> => (s && depth < 8 ? shapedBy(s, depth + 1, wild) : hostileValue());
  const field = (s: z.ZodType | undefined): fc.Arbitrary<unknown> =>
    wild ? fc.oneof({ weight: 8, arbitrary: same(s) }, { weight: 1, arbitrary: hostileValue() }) : same(s);
  const spoilt = <T>(tame: fc.Arbitrary<T>, hostile: fc.Arbitrary<T>): fc.Arbitrary<T> =>
    wild ? fc.oneof({ weight: 5, arbitrary: tame }, { weight: 1, arbitrary: hostile }) : tame;
  switch (def.type) {
    case 'object': {
      // required fields nearly always there (nil 1 in 12), optional ones half the time; undefined entries dropped (as JSON drops them)
      const fields = Object.entries(def.shape ?? {}).map(([key, schemaOfField]) =>
        fc.option(field(schemaOfField), { nil: undefined, freq: isOptional(schemaOfField) ? 2 : 12 }).map((value) => [key, value] as const),
      );
      const record = fc.tuple(...fields).map((entries) => Object.fromEntries(entries.filter(([, value]) => value !== undefined)));
      return spoilt<Record<string, unknown>>(record, withExtraKeys(record));
    }
    case 'string': {
      const plausible = fc.constantFrom(...PLAUSIBLE_STRINGS, ...PLAUSIBLE_PERIODS);
      const hasPattern = checksOf(def).some((c) => c.check === 'string_format');
      const tame = hasPattern ? fittingString(def) : fc.oneof(fittingString(def), plausible, fc.constantFrom(...PLAUSIBLE_PERIODS));
      return spoilt(tame, hostileString());
    }
    case 'number':
      return spoilt(fc.oneof(fittingNumber(def), fc.constantFrom(...PLAUSIBLE_NUMBERS)), hostileNumber());
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]));
    case 'array':
      return fc.array(field(def.element), { minLength: 1, maxLength: 3 });
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => same(option)));
    case 'record': {
      const keys = fc.constantFrom(...PLAUSIBLE_STRINGS);
      return fc.dictionary(wild ? fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString'), keys) : keys, field(def.valueType), { maxKeys: 3 });
    }
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return same(def.innerType);
    case 'pipe':
      return same(def.in);
    case 'lazy':
      return same(def.getter?.());
    default:
      return hostileValue();
  }
}

/**
 * Paths of the objects in a schema that accept keys they do not declare (a `z.object` strips them,
 * a `z.looseObject` keeps them): the contract refuses unknown fields, so every object must be strict.
 */
export function lenientObjects(schema: z.ZodType, at = '(input)', seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema) as Def & { catchall?: z.ZodType };
  const below = (s: z.ZodType | undefined, where: string): string[] => (s ? lenientObjects(s, where, seen) : []);
  switch (def.type) {
    case 'object': {
      const own = def.catchall && defOf(def.catchall).type === 'never' ? [] : [at];
      return [...own, ...Object.entries(def.shape ?? {}).flatMap(([key, field]) => below(field, `${at}.${key}`))];
    }
    case 'array':
      return below(def.element, `${at}[]`);
    case 'union':
      return (def.options ?? []).flatMap((option) => below(option, at));
    case 'record':
      return below(def.valueType, `${at}{}`);
    case 'pipe':
      return below(def.in, at);
    case 'lazy':
      return below(def.getter?.(), at);
    default:
      return below(def.innerType, at);
  }
}

/** Requests for a channel whose input schema is `input`: tame ones, wild ones, and anything at all. */
export const hostileRequest = (input: z.ZodType): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 2, arbitrary: shapedBy(input, 0, false) }, { weight: 3, arbitrary: shapedBy(input, 0, true) }, { weight: 1, arbitrary: hostileValue() });
