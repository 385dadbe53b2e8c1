// What a cell's number format says about the figure it shows.

/** Decimal places a number format shows for positive numbers; null for General, text or unknown formats. */
export function formatDecimals(code: string | null | undefined): number | null {
  if (!code) return null;
  const first = (code.split(';')[0] ?? '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  if (/general/i.test(first) || first.trim() === '@' || !/[0#?]/.test(first)) return null;
  const dot = first.indexOf('.');
  if (dot < 0) return 0;
  const m = /^[0#?]*/.exec(first.slice(dot + 1));
  return m ? m[0].length : 0;
}
