// What is wrong with a field of a notes file, in the app's words: zod's own messages ("Invalid
// input: expected object, received undefined") name its internals, not what the user should see.
// Said as messages of the import catalogue, so the window and the CLI say them in either language.
import type { core } from 'zod';
import { said, type ImportSaid } from '../../shared/messages/import.js';
import { listParam } from '../../shared/messages/said.js';

const kind = (value: unknown): ImportSaid => {
  if (value === undefined) return said('found.nothing');
  if (value === null) return said('found.null');
  if (Array.isArray(value)) return said('found.list', { count: value.length });
  if (typeof value === 'string')
    return value.length > 40 ? said('found.long-text', { length: value.length.toLocaleString('en') }) : said('found.text', { text: JSON.stringify(value) });
  if (typeof value === 'number') return said('found.number', { value: String(value) });
  if (typeof value === 'boolean') return said('found.boolean', { value: String(value) });
  return said('found.object');
};

const EXPECTED: Record<string, ImportSaid> = {
  string: said('expected.string'),
  number: said('expected.number'),
  int: said('expected.int'),
  boolean: said('expected.boolean'),
  object: said('expected.object'),
  array: said('expected.array'),
  null: said('expected.null'),
};

/** Our own messages (refinements, formats given a message: shared/contract/notes.ts), by their English words. */
const OURS: Record<string, ImportSaid> = {
  'expected a period: 2025-11, 2025-01..2025-11, 2025-Q2 or 2025': said('notes.period'),
  'expected a UTC time on the calendar, such as 2026-03-01T09:30:00.000Z': said('notes.timestamp'),
  'a note needs some text': said('notes.text-empty'),
};

const bound = (origin: string, most: boolean, limit: string, found: ImportSaid): ImportSaid => {
  const params = { limit, found };
  if (origin === 'string') return said(most ? 'notes.at-most-characters' : 'notes.at-least-characters', params);
  if (origin === 'array' || origin === 'set') return said(most ? 'notes.at-most-items' : 'notes.at-least-items', params);
  return said(most ? 'notes.at-most' : 'notes.at-least', params);
};

/** The message for one issue; `found` is the value at the issue's path. */
export function issueText(issue: core.$ZodIssue, found: unknown): ImportSaid {
  switch (issue.code) {
    case 'invalid_type':
      return said('notes.expected', { expected: EXPECTED[issue.expected] ?? said('expected.other', { type: issue.expected }), found: kind(found) });
    case 'too_big':
      return bound(issue.origin, true, String(issue.maximum), kind(found));
    case 'too_small':
      return bound(issue.origin, false, String(issue.minimum), kind(found));
    case 'invalid_value':
      return said('notes.expected', {
        expected: said('expected.values', {
          values: listParam(
            issue.values.map((v) => JSON.stringify(v)),
            'or',
          ),
        }),
        found: kind(found),
      });
    case 'unrecognized_keys': {
      const fields = `${issue.keys
        .slice(0, 3)
        .map((k) => JSON.stringify(k.slice(0, 40)))
        .join(', ')}${issue.keys.length > 3 ? ' …' : ''}`;
      return said(issue.keys.length > 1 ? 'notes.unknown-fields' : 'notes.unknown-field', { fields });
    }
    case 'invalid_union':
      return said('notes.not-a-form', { found: kind(found) });
    default:
      return OURS[issue.message] ?? said('notes.not-held-here', { found: kind(found) });
  }
}
