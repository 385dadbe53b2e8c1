// How deep a JSON text nests, found in one pass without recursion, before JSON.parse builds it: a text nested
// thousands deep would exhaust the stack of a recursive reader, and no statistical format nests past a few levels.
import { MAX_NESTING } from './limits.js';

/** Where a JSON text first nests deeper than `max` arrays and objects (line and column, 1-based), or null. */
export function jsonTooDeep(text: string, max = MAX_NESTING): { line: number; column: number } | null {
  let depth = 0;
  let inString = false;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: the next character is escaped
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 10) {
      line++;
      lineStart = i + 1;
    } else if (c === 123 || c === 91) {
      if (++depth > max) return { line, column: i - lineStart + 1 };
    } else if (c === 125 || c === 93) depth--;
  }
  return null;
}
