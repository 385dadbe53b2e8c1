// The month a table is about, from the texts above its data ("Tháng 11 năm 2025", "11 tháng năm
// 2025", "Tháng 1-11/2025") or from its file name ("Bieu-T11.2025.xlsx", "iip_2025-11.xlsx").
// The latest month mentioned wins: a header "so với tháng 10" is a basis, not the subject.
import { foldForSearch } from '../../../../shared/text.js';

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

type YearMonth = { year: number; month: number };

function valid(year: number, month: number): YearMonth | null {
  return year >= 1990 && year <= 2100 && month >= 1 && month <= 12 ? { year, month } : null;
}

/** Every month a text mentions. */
export function monthsMentioned(text: string, fileName = false): YearMonth[] {
  const t = foldForSearch(text);
  const out: (YearMonth | null)[] = [];
  for (const m of t.matchAll(/thang\s+(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s*(?:nam\s+|[/.-]\s*)(\d{4})/g)) out.push(valid(Number(m[3]), Number(m[2] ?? m[1])));
  for (const m of t.matchAll(/(\d{1,2})\s+thang\s+(?:dau\s+)?(?:nam\s+)?(\d{4})/g)) out.push(valid(Number(m[2]), Number(m[1])));
  for (const m of t.matchAll(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{4})/g))
    out.push(valid(Number(m[2]), MONTHS_EN.indexOf(m[1]!) + 1));
  if (fileName) {
    for (const m of t.matchAll(/(?:^|[^\d])t(\d{1,2})[\s._-]*(\d{4})(?!\d)/g)) out.push(valid(Number(m[2]), Number(m[1])));
    for (const m of t.matchAll(/(?:^|[^\d])(\d{4})[._-](\d{1,2})(?![\d])/g)) out.push(valid(Number(m[1]), Number(m[2])));
    for (const m of t.matchAll(/(?:^|[^\d])(\d{1,2})[._-](\d{4})(?!\d)/g)) out.push(valid(Number(m[2]), Number(m[1])));
  }
  return out.filter((x): x is YearMonth => x !== null);
}

export function latestMonth(months: YearMonth[]): string | null {
  let best: YearMonth | null = null;
  for (const m of months) if (!best || m.year * 12 + m.month > best.year * 12 + best.month) best = m;
  return best ? `${best.year}-${String(best.month).padStart(2, '0')}` : null;
}
