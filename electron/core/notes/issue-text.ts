// What is wrong with a field of a notes file, in the app's words: zod's own messages ("Invalid
// input: expected object, received undefined") name its internals, not what the user should see.
import type { core } from 'zod';

const kind = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'string') return value.length > 40 ? `a text of ${value.length.toLocaleString('en')} characters` : `the text ${JSON.stringify(value)}`;
  if (typeof value === 'number' || typeof value === 'boolean') return `${typeof value === 'number' ? 'the number' : ''} ${String(value)}`.trim();
  return 'an object';
};

const EXPECTED: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
  null: 'null',
};

const units = (origin: string): string => (origin === 'string' ? 'characters' : origin === 'array' || origin === 'set' ? 'items' : '');

/** Our own messages (refinements, formats given a message) are kept; zod's defaults start "Invalid". */
const ours = (message: string): string | null => (/^(Invalid|Too |Unrecognized)/.test(message) ? null : message);

/** The sentence for one issue; `found` is the value at the issue's path. */
export function issueText(issue: core.$ZodIssue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${kind(found)}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)} ${units(issue.origin)}, found ${kind(found)}`.replace('  ', ' ');
    case 'too_small':
      return `expected at least ${String(issue.minimum)} ${units(issue.origin)}, found ${kind(found)}`.replace('  ', ' ');
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}, found ${kind(found)}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys
        .slice(0, 3)
        .map((k) => JSON.stringify(k.slice(0, 40)))
        .join(', ')}${issue.keys.length > 3 ? ' …' : ''}: not part of a notes file`;
    case 'invalid_union':
      return `not one of the forms this field takes (a note's anchor has "scope" figure, series or range), found ${kind(found)}`;
    default:
      return ours(issue.message) ?? `not what a notes file holds here, found ${kind(found)}`;
  }
}
