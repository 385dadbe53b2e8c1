// An object written as JSON.stringify(object, null, 2) writes it, a line at a time, with some of its
// fields lists given as iterables: each item is written as it comes, so a list of millions (the
// checks' findings) is never held whole, neither as values nor as one string.

/** A field of the object: a value, or a list whose items come from an iterable. */
export type JsonField = { key: string; value: unknown } | { key: string; items: Iterable<unknown> };

const INDENT = '  ';

/** `text`'s lines after the first indented by `by` (a nested value's lines in its parent). */
const indented = (text: string, by: string): string => text.replaceAll('\n', `\n${by}`);

/** The lines of JSON.stringify({ [key]: value… }, null, 2); undefined values are left out, as it does. */
export function* jsonObjectLines(fields: readonly JsonField[]): Generator<string> {
  const present = fields.filter((field) => !('value' in field) || field.value !== undefined);
  if (present.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [i, field] of present.entries()) {
    const comma = i < present.length - 1 ? ',' : '';
    const name = `${INDENT}${JSON.stringify(field.key)}: `;
    if ('value' in field) yield `${name}${indented(JSON.stringify(field.value, null, 2), INDENT)}${comma}`;
    else yield* listLines(name, field.items, comma);
  }
  yield '}';
}

/** A list field: `[]` when empty, else one item after another, each known to be the last only once the next is asked for. */
function* listLines(name: string, items: Iterable<unknown>, comma: string): Generator<string> {
  const itemIndent = INDENT + INDENT;
  let previous: string | undefined;
  for (const item of items) {
    // JSON.stringify writes null for an item that has no JSON (undefined, a function)
    const text = `${itemIndent}${indented(JSON.stringify(item, null, 2) ?? 'null', itemIndent)}`;
    if (previous === undefined) yield `${name}[`;
    else yield `${previous},`;
    previous = text;
  }
  if (previous === undefined) {
    yield `${name}[]${comma}`;
    return;
  }
  yield previous;
  yield `${INDENT}]${comma}`;
}
