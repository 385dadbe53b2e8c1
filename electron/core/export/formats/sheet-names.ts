// Worksheet names Excel accepts: at most 31 characters, none of []:*?/\, no apostrophe at either
// end, not "History" (reserved), and unique regardless of case.
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX = 31;

function cleaned(title: string, fallback: string): string {
  const name = title
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX)
    .replace(/^'+|'+$/g, '')
    .trim();
  return name === '' || name.toLowerCase() === 'history' ? fallback : name;
}

/** One name per title, in order: cleaned, cut to 31 characters, numbered " (2)", " (3)" … where taken. */
export function sheetNames(titles: readonly string[]): string[] {
  const taken = new Set<string>();
  return titles.map((title, index) => {
    const base = cleaned(title, `Chart ${index + 1}`);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = base.slice(0, MAX - suffix.length).trimEnd() + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}
