// Reads what a GSO column header says: which period, compared with what, and how final.
// Headers come in Vietnamese ("Tháng 11 năm 2024 so với cùng kỳ năm trước", "11 tháng năm 2024
// so với cùng kỳ năm trước", "Quý I năm 2018 so với cùng kỳ năm 2017", "Năm 2019 so với năm 2018",
// "Ước tính tháng 11 năm 2024", "Cộng dồn 11 tháng năm 2024", "Tháng 1/2018 so với tháng 12/2017")
// and, in one 2020 release, English ("September 2020 versus same period last year",
// "Compared to the same period last year (%) 9 months 2020", "Performance 1st quarter of 2020").
import { said, type ImportSaid } from '../../../../shared/messages/import.js';
import type { Status } from '../../../../shared/domain.js';
import { fold } from './text.js';

export type PeriodExpr =
  | { kind: 'month'; year: number | null; month: number }
  | { kind: 'cumulative'; year: number | null; months: number }
  | { kind: 'quarter'; year: number | null; quarter: number }
  | { kind: 'year'; year: number | null };

export interface HeaderReading {
  /** The period the figures in the column are about. */
  subject: PeriodExpr;
  /** yoy / mom for indices; null for a plain level (a quantity column). */
  basis: 'yoy' | 'mom' | null;
  /** What the comparison names, when it names a period ("tháng 12/2017", "cùng kỳ năm 2017"). */
  target: PeriodExpr | null;
  /** "cùng kỳ" / "same period": the same period one year earlier, whatever its length. */
  samePeriod: boolean;
  /** Status the header states (ước tính, thực hiện, sơ bộ, chính thức); null when it says none. */
  status: Status | null;
  /** The header marks the column as percent (an index; GSO writes 101.5 for +1.5 %). */
  percent: boolean;
}

export type HeaderResult = { ok: true; reading: HeaderReading } | { ok: false; problem: ImportSaid };

const MARKER = /\bso voi\b|\bversus\b|\bvs\.?(?= )|\bcompared? (?:to|with)\b/;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const ORDINAL: Record<string, number> = { '1st': 1, first: 1, '2nd': 2, '2sd': 2, second: 2, '3rd': 3, third: 3, '4th': 4, fourth: 4 };
const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

interface Found {
  expr: PeriodExpr;
  index: number;
  length: number;
  /** A bare year ("năm 2018", "2020") that may complete another expression. */
  bareYear: boolean;
}

type Matcher = { re: RegExp; make: (m: RegExpExecArray) => PeriodExpr | null; bareYear?: boolean };

const year = (s: string | undefined): number | null => (s ? Number(s) : null);

// Order matters: longer forms first; each match is blanked out before the next pattern runs.
const MATCHERS: Matcher[] = [
  // "11 tháng năm 2024", "9 tháng đầu năm 2018", "9 months of 2020"
  {
    re: /(?<![\d/.,])(\d{1,2}) (?:thang(?: dau)?(?: nam)?|months?(?: of| in)?)(?: (\d{4}))?(?!\d)/g,
    make: (m) => {
      const n = Number(m[1]);
      return n >= 1 && n <= 12 ? { kind: 'cumulative', months: n, year: year(m[2]) } : null;
    },
  },
  // "Tháng 11 năm 2024", "tháng 12/2017", "Tháng 01/2022"
  {
    re: /\bthang (\d{1,2})(?!\d)(?:(?: ?\/ ?| nam | ?- ?)(\d{4}))?/g,
    make: (m) => {
      const n = Number(m[1]);
      return n >= 1 && n <= 12 ? { kind: 'month', month: n, year: year(m[2]) } : null;
    },
  },
  // "September 2020", "Sept. 2020"
  {
    re: /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?(?: (?:of |in )?(\d{4}))?/g,
    make: (m) => ({ kind: 'month', month: MONTHS_EN.indexOf((m[1] as string).slice(0, 3)) + 1, year: year(m[2]) }),
  },
  // "Quý I năm 2018", "quí III", "Quý 4"
  {
    re: /\bqu[yi] (iv|iii|ii|i|[1-4])\b(?: nam (\d{4}))?/g,
    make: (m) => ({ kind: 'quarter', quarter: ROMAN[m[1] as string] as number, year: year(m[2]) }),
  },
  // "1st quarter of 2020", "Q3 2024"
  {
    re: /\b(1st|first|2nd|2sd|second|3rd|third|4th|fourth) quarter(?: (?:of|in))?(?: (\d{4}))?/g,
    make: (m) => ({ kind: 'quarter', quarter: ORDINAL[m[1] as string] as number, year: year(m[2]) }),
  },
  { re: /\bq([1-4])(?:[ /-](\d{4}))?\b/g, make: (m) => ({ kind: 'quarter', quarter: Number(m[1]), year: year(m[2]) }) },
  // "Năm 2019", "cả năm 2019", "năm 2018", "year 2020", "2020"
  { re: /(?:\b(?:ca )?nam |\byear )?(?<![\d/.,])(\d{4})(?![\d/.,]\d)/g, make: (m) => ({ kind: 'year', year: Number(m[1]) }), bareYear: true },
];

/** Every period expression in folded text, in order of appearance. */
export function findPeriods(folded: string): Found[] {
  let work = folded;
  const found: Found[] = [];
  for (const { re, make, bareYear } of MATCHERS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const blanks: [number, number][] = [];
    while ((m = re.exec(work))) {
      const expr = make(m);
      if (!expr) continue;
      found.push({ expr, index: m.index, length: m[0].length, bareYear: bareYear === true });
      blanks.push([m.index, m.index + m[0].length]);
    }
    for (const [a, b] of blanks) work = work.slice(0, a) + ' '.repeat(b - a) + work.slice(b);
  }
  return found.sort((a, b) => a.index - b.index);
}

interface TargetMatch {
  basis?: 'yoy' | 'mom';
  samePeriod?: boolean;
  year?: number | null;
  problem?: ImportSaid;
  length: number;
}

const TARGETS: { re: RegExp; read: (m: RegExpExecArray) => Omit<TargetMatch, 'length'> }[] = [
  { re: /^cung ky(?: nam (?:truoc|(\d{4})))?/, read: (m) => ({ samePeriod: true, year: year(m[1]) }) },
  { re: /^(?:the )?same period(?: (?:of |in )?(?:(?:the )?(?:last|previous) year|(\d{4})))?/, read: (m) => ({ samePeriod: true, year: year(m[1]) }) },
  { re: /^(?:thang|ky) truoc/, read: () => ({ basis: 'mom' }) },
  { re: /^(?:the )?(?:last|previous|preceding) month/, read: () => ({ basis: 'mom' }) },
  { re: /^nam truoc|^(?:the )?(?:last|previous) year/, read: () => ({ samePeriod: true }) },
  { re: /^cung thoi diem|^same time/, read: () => ({ problem: said('header.same-time') }) },
  { re: /^qu[yi] truoc|^(?:the )?(?:last|previous) quarter/, read: () => ({ problem: said('header.quarter-on-quarter') }) },
];

function statusOf(f: string): Status | null {
  if (/\bchinh thuc\b|\bofficial\b/.test(f)) return 'official';
  if (/\buoc tinh\b|\buoc thuc hien\b|\bestimat/.test(f)) return 'estimate';
  if (/\bso bo\b|\bpreliminary\b/.test(f)) return 'preliminary';
  if (/\bthuc hien\b|\bperformance\b|\bactual\b/.test(f)) return 'preliminary';
  return null;
}

const sameKindOneYearEarlier = (s: PeriodExpr, t: PeriodExpr): boolean => {
  if (s.year === null || t.year === null || t.year !== s.year - 1 || s.kind !== t.kind) return false;
  if (s.kind === 'month' && t.kind === 'month') return s.month === t.month;
  if (s.kind === 'quarter' && t.kind === 'quarter') return s.quarter === t.quarter;
  if (s.kind === 'cumulative' && t.kind === 'cumulative') return s.months === t.months;
  return s.kind === 'year';
};

/** Reads one column header (the text of its header cells joined top to bottom). */
export function readHeader(text: string): HeaderResult {
  const f = fold(text).replace(/\bqui\b/g, 'quy');
  const status = statusOf(f);
  const percent = /%/.test(f);
  const mk = MARKER.exec(f);
  let subjectText = f;
  let target: PeriodExpr | null = null;
  let basis: 'yoy' | 'mom' | null = null;
  let samePeriod = false;
  let targetYear: number | null = null;

  if (mk) {
    const before = f.slice(0, mk.index);
    const after = f.slice(mk.index + mk[0].length).trim();
    let rest: string;
    let matched: TargetMatch | null = null;
    for (const t of TARGETS) {
      const m = t.re.exec(after);
      if (m) {
        matched = { ...t.read(m), length: m[0].length };
        break;
      }
    }
    if (matched?.problem) return { ok: false, problem: matched.problem };
    if (matched) {
      rest = after.slice(matched.length);
      if (matched.basis) basis = matched.basis;
      if (matched.samePeriod) samePeriod = true;
      targetYear = matched.year ?? null;
    } else {
      // The comparison names a period: "tháng 12/2017", "tháng 3 năm 2017", "năm 2018".
      const first = findPeriods(after)[0];
      if (!first || first.index > 2) return { ok: false, problem: said('header.compared-with', { text: after.slice(0, 40) }) };
      target = first.expr;
      // Cut the target out of the rest, so that it is not read as the subject.
      rest = after.slice(first.index + first.length);
    }
    subjectText = `${before} ${rest}`;
  }

  const periods = findPeriods(subjectText);
  const main = periods.filter((p) => !p.bareYear);
  const years = [...new Set(periods.filter((p) => p.bareYear).map((p) => p.expr.year))];
  let subject: PeriodExpr;
  if (main.length === 0) {
    if (years.length !== 1) return { ok: false, problem: said(years.length === 0 ? 'header.no-period' : 'header.several-years') };
    subject = { kind: 'year', year: years[0] as number };
  } else {
    const distinct = new Set(main.map((p) => JSON.stringify(p.expr)));
    if (distinct.size > 1) {
      // "Tháng 9" and "tháng 9 năm 2018" are the same; anything else is ambiguous.
      const keys = new Set(main.map((p) => JSON.stringify({ ...p.expr, year: null })));
      if (keys.size > 1) return { ok: false, problem: said('header.several-periods') };
    }
    subject = { ...(main.find((p) => p.expr.year !== null) ?? main[0])!.expr };
    if (subject.year === null) {
      if (years.length > 1) return { ok: false, problem: said('header.several-years') };
      if (years.length === 1) subject = { ...subject, year: years[0] as number };
    }
  }

  if (mk && !basis) {
    if (samePeriod) {
      basis = 'yoy';
      if (targetYear !== null && subject.year !== null && targetYear !== subject.year - 1) {
        return { ok: false, problem: said('header.not-year-before', { target: targetYear, year: subject.year }) };
      }
    } else if (target) {
      const b = basisFromTarget(subject, target);
      if (!b) return { ok: false, problem: said('header.compared-period') };
      basis = b;
    }
  }
  return { ok: true, reading: { subject, basis, target, samePeriod, status, percent: percent || basis !== null } };
}

function basisFromTarget(subject: PeriodExpr, target: PeriodExpr): 'yoy' | 'mom' | null {
  if (subject.kind === 'month' && target.kind === 'month') {
    const sy = subject.year;
    let ty = target.year;
    if (sy !== null && ty === null) {
      // "Tháng 9 năm 2018 so với tháng 8": same year unless it wraps over January.
      ty = target.month === subject.month ? sy - 1 : target.month > subject.month ? sy - 1 : sy;
    }
    if (sy === null || ty === null) return target.month === subject.month ? 'yoy' : 'mom';
    const diff = sy * 12 + subject.month - (ty * 12 + target.month);
    return diff === 1 ? 'mom' : diff === 12 ? 'yoy' : null;
  }
  if (subject.year !== null && target.year === null && subject.kind === target.kind) {
    return sameKindOneYearEarlier(subject, { ...target, year: subject.year - 1 } as PeriodExpr) ? 'yoy' : null;
  }
  return sameKindOneYearEarlier(subject, target) ? 'yoy' : null;
}
