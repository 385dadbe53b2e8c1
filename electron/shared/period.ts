// Period notation used by the store, the CLI and the UI:
//   month 2025-11 · cumulative 2025-01..2025-11 · quarter 2025-Q2 · year 2025

export const PERIOD_KINDS = ['month', 'cumulative', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** First month, YYYY-MM. */
  start: string;
  /** Last month, YYYY-MM. */
  end: string;
  /** Canonical text form. */
  code: string;
}

const RANGE = /^(\d{4})-(0[1-9]|1[0-2])\.\.(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/i;
const YEAR = /^(\d{4})$/;
const HALF = /^(\d{4})-H([12])$/i;

const pad = (n: number): string => String(n).padStart(2, '0');
export const monthCode = (year: number, month: number): string => `${year}-${pad(month)}`;

export function monthPeriod(year: number, month: number): Period {
  const code = monthCode(year, month);
  return { kind: 'month', start: code, end: code, code };
}

/** January to `month` of `year`. A one-month range is still cumulative (GSO's "1 tháng"). */
export function cumulativePeriod(year: number, month: number): Period {
  const start = monthCode(year, 1);
  const end = monthCode(year, month);
  return { kind: 'cumulative', start, end, code: `${start}..${end}` };
}

export function quarterPeriod(year: number, quarter: number): Period {
  return { kind: 'quarter', start: monthCode(year, quarter * 3 - 2), end: monthCode(year, quarter * 3), code: `${year}-Q${quarter}` };
}

export function yearPeriod(year: number): Period {
  return { kind: 'year', start: monthCode(year, 1), end: monthCode(year, 12), code: String(year) };
}

const DIGIT_PLACES = [0, 1, 2, 3, 5, 6];
const isDigit = (t: string, i: number): boolean => t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57;

/** True for YYYY-MM with a month 01–12, checked by hand: by far the commonest code, and a long chart parses thousands. */
function isMonthCode(t: string): boolean {
  if (t.length !== 7 || t[4] !== '-' || !DIGIT_PLACES.every((i) => isDigit(t, i))) return false;
  const month = Number(t.slice(5));
  return month >= 1 && month <= 12;
}

/** Parses the notation; returns null for anything else. H1/H2 are read as cumulative/half ranges. */
export function parsePeriod(text: string): Period | null {
  const t = text.trim();
  if (isMonthCode(t)) return { kind: 'month', start: t, end: t, code: t }; // already in its canonical form
  let m = RANGE.exec(t);
  if (m) {
    const [y1, m1, y2, m2] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
    if (y1 !== y2 || m1 !== 1 || m2 < m1) return null; // only cumulative-from-January ranges are published
    return cumulativePeriod(y1, m2);
  }
  m = QUARTER.exec(t);
  if (m) return quarterPeriod(Number(m[1]), Number(m[2]));
  m = HALF.exec(t);
  if (m)
    return m[2] === '1'
      ? cumulativePeriod(Number(m[1]), 6)
      : { kind: 'cumulative', start: monthCode(Number(m[1]), 7), end: monthCode(Number(m[1]), 12), code: `${m[1]}-07..${m[1]}-12` };
  m = YEAR.exec(t);
  if (m) return yearPeriod(Number(m[1]));
  return null;
}

/** The same period one year earlier (for "same period last year"). */
export function previousYear(p: Period): Period {
  const shift = (ym: string): string => `${Number(ym.slice(0, 4)) - 1}${ym.slice(4)}`;
  const parsed = parsePeriod(
    p.kind === 'year'
      ? String(Number(p.code) - 1)
      : p.kind === 'quarter'
        ? `${Number(p.code.slice(0, 4)) - 1}${p.code.slice(4)}`
        : p.kind === 'month'
          ? shift(p.code)
          : `${shift(p.start)}..${shift(p.end)}`,
  );
  if (!parsed) throw new Error(`no previous year for ${p.code}`);
  return parsed;
}

export type Lang = 'vi' | 'en';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Human label: "Jan–Nov 2025" / "11 tháng đầu năm 2025", "Nov 2025" / "Tháng 11/2025". */
export function periodLabel(p: Period, lang: Lang): string {
  const year = p.code.slice(0, 4);
  const endMonth = Number(p.end.slice(5, 7));
  const startMonth = Number(p.start.slice(5, 7));
  switch (p.kind) {
    case 'month':
      return lang === 'vi' ? `Tháng ${endMonth}/${year}` : `${MONTHS_EN[endMonth - 1]} ${year}`;
    case 'cumulative':
      if (lang === 'vi') return startMonth === 1 ? `${endMonth} tháng đầu năm ${year}` : `Tháng ${startMonth}–${endMonth}/${year}`;
      return `${MONTHS_EN[startMonth - 1]}–${MONTHS_EN[endMonth - 1]} ${year}`;
    case 'quarter': {
      const q = Number(p.code.slice(6));
      return lang === 'vi' ? `Quý ${['I', 'II', 'III', 'IV'][q - 1]}/${year}` : `Q${q} ${year}`;
    }
    case 'year':
      return lang === 'vi' ? `Năm ${year}` : year;
  }
}

/** Ascending by last month; at the same last month the shorter span first, so newest-first lists give Jan–Nov before Nov. */
export function comparePeriods(a: Period, b: Period): number {
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return a.start < b.start ? 1 : a.start > b.start ? -1 : 0;
}
