// Bounds every text reader keeps whatever its input, and how a message quotes the input: never more
// than a short excerpt, so a hostile or damaged file cannot make a message of megabytes.

/** Elements or arrays and objects nested deeper than this are refused (SDMX-ML nests about 8, JSON-stat 6). */
export const MAX_NESTING = 64;
/** A label (dimension, category, series name) longer than this is refused: the longest known name has 125 characters. */
export const MAX_LABEL_CHARS = 1_000;
/** Input quoted in a message: at most this many characters, then an ellipsis. */
export const EXCERPT_CHARS = 80;
/** A short, one-line quote of the input: line breaks and tabs as spaces, cut at `max` characters with "…". */
export function excerpt(text: string, max = EXCERPT_CHARS): string {
  const head = text.length > max * 4 ? text.slice(0, max * 4) : text;
  const flat = head.replace(/[\r\n\t\u2028\u2029]/g, ' ');
  return flat.length > max || head.length < text.length ? `${[...flat].slice(0, max).join('')}…` : flat;
}

/** The same excerpt in double quotes, as messages quote a value. */
export const quoted = (text: string, max = EXCERPT_CHARS): string => `"${excerpt(text, max)}"`;

/** Cells a cube (JSON-stat, PC-Axis) may span, filled or not: the largest real tables have a few million. */
export const MAX_CUBE_CELLS = 10_000_000;
