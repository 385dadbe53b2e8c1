// Step 2 of reading a sentence: its period phrases ("tháng 11 năm 2025", "the first half of 2024",
// "11 months") and its comparisons, which decide between month-on-month and year-on-year.
import { cumulativePeriod, monthPeriod, quarterPeriod, yearPeriod, type Period } from '../../../../shared/period.js';
import { offsetOfSuffix, previousMonthOf, RELATIVE_PERIOD, RELATIVE_YEAR_SUFFIX, type Published } from './relative-periods.js';
import { MONTHS, ORDINAL_QUARTER, VI_MONTH_WORDS, WORD_NUMBERS } from './vocabulary.js';

export interface PeriodPhrase {
  start: number;
  end: number;
  make: (year: number) => Period;
  year: number | null;
  /** The period's last month: with no year of its own, the publication date places it (the latest not after). */
  lastMonth: number;
  /** Relative to a publication date that is not known ("last year", "tháng trước"): no year to trust. */
  needsDate: boolean;
  /**
   * "the year before", "năm trước (đó)": the year before one named earlier in the sentence ('named', its year
   * set), else before the context's year ('context'; the publication year's when there is no context).
   */
  yearBefore?: 'named' | 'context';
  /** A range of months that is no period with a code ("tháng 5–7", "April–June"): its figures are not read. */
  unplaceable?: boolean;
  /** What a comparison compares with ("so với quý I năm ngoái", "compared with the first quarter of 2023"): no figure's own period. */
  compared?: boolean;
  /** In a clause that compares ("…, compared with growth of 11.1% in January-July 2018"): gives the sentence no year. */
  inComparison?: boolean;
}

/** A word that opens a comparison: the rest of its clause is about what is compared with. */
const COMPARISON_OPENER =
  /\b(?:compared (?:to|with)|than|up from|down from|versus|vs\.?|trailing|lagging|(?:after|following)\s+(?:a|an|the)\b)\b|(?<![\p{L}])(?:so với|cao hơn|thấp hơn)(?![\p{L}])/iu;

/** Words before a period phrase that make it the other side of a comparison. */
const COMPARED_BEFORE =
  /(?:(?<![\p{L}])(?:so với|thay vì)|\b(?:compared (?:to|with)|than|against|versus|vs\.?|over))\s+(?:the\s+)?(?:mức\s+(?:tăng|giảm)\s+(?:của\s+)?)?$/iu;

const QUARTER_WORD = /quarter|quý/iu;
/** Words for the year before another ("the previous year"), not for the year before publication ("last year", "năm ngoái"). */
const BEFORE_NAMED_YEAR = /previous year|year before|năm trước/u;
const MONTH_ABBREVIATIONS = MONTHS.map((m) => m.slice(0, 3));
const MONTH_NAME = `${MONTHS.join('|')}|${MONTH_ABBREVIATIONS.join('|')}|sept`;
/** 1–12 from a month's number, English name or abbreviation; null for anything else. */
function monthNumber(w: string): number | null {
  if (/^\d+$/.test(w)) return Number(w) >= 1 && Number(w) <= 12 ? Number(w) : null;
  const lower = w.toLowerCase();
  const at = lower === 'sept' ? 8 : Math.max(MONTHS.indexOf(lower), MONTH_ABBREVIATIONS.indexOf(lower));
  return at >= 0 ? at + 1 : null;
}

const wordNumber = (w: string): number | null => (/^\d+$/.test(w) ? Number(w) : (WORD_NUMBERS[w.toLowerCase()] ?? null));

/** "over May 2025", "so với tháng 4": a comparison with a month, the previous one unless it names another year. */
const MONTH_COMPARISON = new RegExp(
  String.raw`\b(?:over|compared (?:to|with)|from|against|than)\s+(?:the\s+)?(?:${MONTHS.join('|')})\b(?!\s*(?:[–—-]|to\b|through\b))(?:\s+(?:of\s+)?(\d{4}))?|so với tháng\s+\d{1,2}(?!\s*[–—-])(?:\s*(?:\/\s*|năm\s+)(\d{4}))?`,
  'iu',
);
export const MONTH_COMPARISONS = new RegExp(MONTH_COMPARISON.source, 'giu');
/** Comparisons and "since 2020" name periods that are not the figure's. */
const NOT_OWN_PERIOD = new RegExp(`${MONTH_COMPARISON.source}|\\b(?:since|kể từ)\\s+(?:năm\\s+)?\\d{4}`, 'giu');
/** "tháng Mười Hai năm 2024": the month in words, capitalised as releases write it ("tháng năm" alone is no month). */
const MONTH_IN_WORDS = new RegExp(String.raw`[Tt]háng\s+(${Object.keys(VI_MONTH_WORDS).join('|')})(?![\p{L}])(?:\s*(?:năm\s+|\/\s*)(\d{4}))?`, 'gu');
const MOM = new RegExp(
  String.raw`\bm\/m\b|previous month|(?:preceding|prior) month|a month (?:earlier|ago|before)|\bm-o-m\b|tháng liền trước|\b(?:over|from|than|on|against|with|to)\s+(?:the\s+)?last month|month[- ]on[- ]month|\bon[- ]month\b|tháng trước|\bfrom (?:${MONTHS.join('|')})\b`,
  'iu',
);
const YOY =
  /\by\/y\b|\byoy\b|same (?:period|month|quarter)|(?:preceding|prior) year|cùng thời (?:điểm|gian)|(?:previous|last) year|year[- ]on[- ]year|\bon[- ]year\b|\by-o-y\b|a year (?:earlier|ago|before)|cùng kỳ|năm trước/iu;
/** The comparison right after the previous figure is that figure's ("tăng 3,4% so với tháng trước và tăng 7,0%…"). */
export const PREVIOUS_COMPARISON = new RegExp(
  String.raw`^\s*\)?\s*(?:(?:so với|over|compared (?:to|with)|against|than|from)\s+(?:the\s+)?(?:same (?:period|month|quarter)(?: (?:of )?(?:last|the previous|previous) year| (?:of|in) \d{4})?|previous (?:month|year)|last year|\d{4}|cùng kỳ(?: năm (?:trước|ngoái|\d{4}))?|tháng trước|năm (?:trước|ngoái|\d{4})|(?:${MONTHS.join('|')})(?:\s+\d{4})?|tháng\s+\d{1,2}(?:\s*(?:\/\s*|năm\s+)\d{4})?)|year[- ]on[- ]year|on[- ](?:month|year)\b)`,
  'iu',
);

/** Period phrases read in one text (a sentence of the articles read so far names at most a few). */
const MAX_PHRASES = 40;
/** How far back a period phrase's clause is looked at for a comparison opening it (120 suffices in every article read so far). */
const CLAUSE_LOOKBACK = 200;
// built once: a pattern made on each call is compiled again each time (these run for every sentence)
const MONTH_RANGE = new RegExp(
  String.raw`\b(?:from\s+)?(${MONTH_NAME})\.?\s*(?:[–—-]|to|through|until)\s*(${MONTH_NAME})\b\.?(?:\s+(?:of\s+)?(\d{4}))?`,
  'giu',
);
const TO_MONTH = new RegExp(String.raw`\bin\s+the\s+year\s+to\s+(${MONTHS.join('|')})\b(?:\s+(\d{4}))?`, 'giu');
const MONTH_SHORT = new RegExp(String.raw`\b(${MONTH_ABBREVIATIONS.join('|')}|sept)\.?\s*[-/]?\s*(\d{4})\b`, 'giu');
const MONTH_EN = new RegExp(String.raw`\b(?:in\s+)?(${MONTHS.join('|')})\b(?!\s+\d{1,2}\b(?!\d))(?:\s+(?:of\s+)?(\d{4}))?`, 'giu');

/**
 * Period phrases of a sentence; "the same period in 2024" is a comparison, reported as impliedYear. With the
 * publication date, phrases relative to it ("of this year", "năm trước", "last month") get their year.
 */
export function findPeriods(s: string, pub: Published | null = null): { phrases: PeriodPhrase[]; impliedYear: number | null } {
  const phrases: PeriodPhrase[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number): boolean => taken.every(([x, y]) => b <= x || a >= y);
  const add = (m: RegExpExecArray, make: (y: number) => Period, year: number | null, lastMonth = 12): void => {
    const start = m.index;
    let end = m.index + m[0].length;
    // past MAX_PHRASES a text is no sentence (each phrase looks back over its clause)
    if (phrases.length >= MAX_PHRASES || !free(start, end)) return;
    let needsDate = false;
    // "Q3 of this year", "tháng 9 năm trước": a year relative to the publication date
    const suffix = year === null ? RELATIVE_YEAR_SUFFIX.exec(s.slice(end)) : null;
    if (suffix && free(end, end + suffix[0].length)) {
      const offset = offsetOfSuffix(suffix[1] ?? suffix[2]!);
      end += suffix[0].length;
      if (pub) year = pub.year + offset;
      else needsDate = offset !== 0;
    }
    taken.push([start, end]);
    const compared = COMPARED_BEFORE.test(s.slice(Math.max(0, start - 40), start));
    // the clause before the phrase, from the last "," or ";" (at most CLAUSE_LOOKBACK back: a pattern run over
    // the whole sentence for each of its phrases would make a sentence of many phrases quadratic)
    const clauseStart = Math.max(s.lastIndexOf(',', start - 1), s.lastIndexOf(';', start - 1), start - 1 - CLAUSE_LOOKBACK) + 1;
    const clause = s.slice(clauseStart, start);
    const inComparison = COMPARISON_OPENER.test(clause);
    phrases.push({ start, end, make, year, lastMonth, needsDate, ...(compared ? { compared } : {}), ...(inComparison ? { inComparison } : {}) });
  };
  let impliedYear: number | null = null;
  let m: RegExpExecArray | null;
  const same = /same period (?:of |in )?(?:the )?(?:year )?(\d{4})|cùng kỳ năm (\d{4})/giu;
  while ((m = same.exec(s))) {
    impliedYear ??= Number(m[1] ?? m[2]) + 1;
    taken.push([m.index, m.index + m[0].length]);
  }
  NOT_OWN_PERIOD.lastIndex = 0;
  while ((m = NOT_OWN_PERIOD.exec(s))) taken.push([m.index, m.index + m[0].length]);
  // "tháng 1–7", "từ tháng 1 đến tháng 7 năm 2025", "January–July", "Jan-Jul 2025": from January, a cumulative period
  const ranges = [
    /(?<![\p{L}])(?:từ\s+)?tháng\s+(\d{1,2})\s*(?:[–—-]|đến|tới)\s*(?:hết\s+)?(?:tháng\s+)?(\d{1,2})(?!\d)(?:\s*(?:năm\s+|\/\s*)(\d{4}))?/giu,
    MONTH_RANGE,
  ];
  for (const range of ranges) {
    range.lastIndex = 0;
    while ((m = range.exec(s))) {
      const first = monthNumber(m[1]!);
      const last = monthNumber(m[2]!);
      if (first === null || last === null || last <= first || last > 12) continue;
      const y = m[3] ? Number(m[3]) : null;
      if (first === 1) add(m, (yy) => cumulativePeriod(yy, last), y, last);
      else if (free(m.index, m.index + m[0].length)) {
        taken.push([m.index, m.index + m[0].length]);
        phrases.push({
          start: m.index,
          end: m.index + m[0].length,
          make: (yy) => monthPeriod(yy, last),
          year: y,
          lastMonth: last,
          needsDate: false,
          unplaceable: true,
        });
      }
    }
  }
  // "7M 2025", "7M/2025", "11M2024": the first N months, as tables and headlines abbreviate them
  const cumShort = /\b(\d{1,2})M(?:\s*\/?\s*(\d{4}))?\b/gu;
  while ((m = cumShort.exec(s))) {
    const n = Number(m[1]);
    if (n >= 1 && n <= 12) add(m, (y) => cumulativePeriod(y, n), m[2] ? Number(m[2]) : null, n);
  }
  const cum =
    /\b(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:first\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+months?(?:\s+period)?(?:\s+of\s+(?:the\s+year(?:\s+(\d{4}))?|(\d{4})))?/giu;
  while ((m = cum.exec(s))) {
    const n = wordNumber(m[1]!);
    const y = m[2] ?? m[3];
    if (n && n >= 1 && n <= 12) add(m, (yy) => cumulativePeriod(yy, n), y ? Number(y) : null, n);
  }
  const cumVi =
    /(?<![\p{L}\d])(\d{1,2})\s+tháng(?:\s+đầu(?=\s+năm))?(?:\s+năm(?=\s*\d{4})|\s+năm(?!\s+(?:nay|trước|ngoái|sau)(?![\p{L}])))?(?:\s*(?:năm\s+|\/\s*)?(\d{4}))?/giu;
  while ((m = cumVi.exec(s))) {
    const n = Number(m[1]);
    if (n >= 1 && n <= 12) add(m, (y) => cumulativePeriod(y, n), m[2] ? Number(m[2]) : null, n);
  }
  // "hai tháng đầu năm", "bảy tháng": the first months in words ("năm tháng" only with "đầu năm": năm is also "year")
  const cumWords =
    /(?<![\p{L}\d])(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười một|mười hai|mười)\s+tháng(?!\s+\d{1,2}(?!\d))(?:\s+đầu\s+năm)?(?![\p{L}])(?:\s*(?:năm\s+|\/\s*)?(\d{4}))?/giu;
  while ((m = cumWords.exec(s))) {
    const word = m[1]!.toLowerCase();
    if (word === 'năm' && !/đầu\s+năm/u.test(m[0])) continue;
    const n = word === 'mười một' ? 11 : word === 'mười hai' ? 12 : WORD_NUMBERS[word];
    if (n && n >= 1 && n <= 12) add(m, (y) => cumulativePeriod(y, n), m[2] ? Number(m[2]) : null, n);
  }
  const q =
    /\b(?:(?:in|during|for)\s+)?(?:the\s+)?(first|second|third|fourth)\s+quarter(?:\s+of\s+(\d{4}))?|\bQ([1-4])(?:\s*[/-]?\s*(\d{4}))?\b|quý\s+(IV|I{1,3}|[1-4])(?![\p{L}])(?:\s*(?:năm\s+|\/\s*)(\d{4}))?/giu;
  while ((m = q.exec(s))) {
    const qn = m[1] ? ORDINAL_QUARTER[m[1].toLowerCase()]! : m[3] ? Number(m[3]) : (ORDINAL_QUARTER[m[5]!.toLowerCase()] ?? Number(m[5]));
    const y = m[2] ?? m[4] ?? m[6];
    add(m, (yy) => quarterPeriod(yy, qn), y ? Number(y) : null, qn * 3);
  }
  // "7.6% in the first quarter, 9.0% in the second, 9.9% in the third": ordinals standing for quarters after one
  if (phrases.some((p) => QUARTER_WORD.test(s.slice(p.start, p.end)))) {
    const elliptic = /\b(?:in|during|for)\s+the\s+(first|second|third|fourth)\b(?!\s+(?:quarter|half|month|time|year))/giu;
    while ((m = elliptic.exec(s))) {
      const qn = ORDINAL_QUARTER[m[1]!.toLowerCase()]!;
      add(m, (yy) => quarterPeriod(yy, qn), null, qn * 3);
    }
  }
  const half =
    /(?<![\p{L}\d])6 tháng đầu năm|\b(?:(?:in|during|for)\s+)?(?:the\s+)?first\s+half(?:\s+of\s+(?:the\s+year|(\d{4})))?|\bH1(?:\s*[/-]?\s*(\d{4}))?\b/giu;
  while ((m = half.exec(s))) {
    const y = m[1] ?? m[2];
    add(m, (yy) => cumulativePeriod(yy, 6), y ? Number(y) : null, 6);
  }
  // "in the year to July": from January to that month ("January–July" is a range, above)
  const toMonth = TO_MONTH;
  toMonth.lastIndex = 0;
  while ((m = toMonth.exec(s))) {
    const mo = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    if (mo >= 1) add(m, (yy) => cumulativePeriod(yy, mo), m[2] ? Number(m[2]) : null, mo);
  }
  // "Sept 2024", "Jul. 2025": an abbreviated month, taken only with its year (tables and headlines)
  const monthShort = MONTH_SHORT;
  monthShort.lastIndex = 0;
  while ((m = monthShort.exec(s))) {
    const mo = monthNumber(m[1]!)!;
    add(m, (y) => monthPeriod(y, mo), Number(m[2]), mo);
  }
  const monthEn = MONTH_EN;
  monthEn.lastIndex = 0;
  while ((m = monthEn.exec(s))) {
    const mo = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    if (mo === 5 && !m[2] && !/^in\s/i.test(m[0]) && m[1] !== 'May') continue; // "may" the verb
    add(m, (y) => monthPeriod(y, mo), m[2] ? Number(m[2]) : null, mo);
  }
  const monthVi = /tháng\s+(\d{1,2})(?!\d)(?:\s*(?:năm\s+|\/\s*)(\d{4}))?/giu;
  while ((m = monthVi.exec(s))) {
    const mo = Number(m[1]);
    if (mo >= 1 && mo <= 12) add(m, (y) => monthPeriod(y, mo), m[2] ? Number(m[2]) : null, mo);
    // "tháng 8 và 9", "tháng 8, 9 và 10": the months after the first, in the same list
    const more = /^(?:\s*(?:,|và|hoặc)\s*(\d{1,2})(?!\d|\s*%|[,.]\d))/u;
    let at = m.index + m[0].length;
    let next: RegExpExecArray | null;
    while (!m[2] && (next = more.exec(s.slice(at)))) {
      const n = Number(next[1]);
      if (n < 1 || n > 12) break;
      const numberAt = at + next[0].length - next[1]!.length;
      const one = Object.assign([next[1]!], { index: numberAt, input: s, groups: undefined }) as RegExpExecArray;
      add(one, (y) => monthPeriod(y, n), null, n);
      at += next[0].length;
    }
  }
  MONTH_IN_WORDS.lastIndex = 0;
  while ((m = MONTH_IN_WORDS.exec(s))) {
    const mo = VI_MONTH_WORDS[m[1]!]!;
    add(m, (y) => monthPeriod(y, mo), m[2] ? Number(m[2]) : null, mo);
  }
  const wholeYear = /\b(?:for\s+|in\s+)?(?:the\s+)?(?:whole|full|entire)\s+year(?:\s+of)?\s+(\d{4})|cả năm\s+(\d{4})/giu;
  while ((m = wholeYear.exec(s))) add(m, (yy) => yearPeriod(yy), Number(m[1] ?? m[2]));
  const year = /\b(?:in|of|for|during)\s+(\d{4})\b|năm\s+(\d{4})/giu;
  while ((m = year.exec(s))) {
    const y = Number(m[1] ?? m[2]);
    if (y >= 1990 && y <= 2100) add(m, (yy) => yearPeriod(yy), y);
  }
  // "this quarter", "quý này", "this month", "tháng này": the one the article is published in
  const current = /\bthis\s+(quarter|month)\b|(?<![\p{L}])(quý|tháng)\s+này(?![\p{L}])/giu;
  while ((m = current.exec(s))) {
    const quarter = /quarter|quý/iu.test(m[1] ?? m[2]!);
    const at = m.index;
    const end = at + m[0].length;
    if (!free(at, end)) continue;
    taken.push([at, end]);
    const month = pub?.month ?? 12;
    const make = quarter ? (y: number) => quarterPeriod(y, Math.ceil(month / 3)) : (y: number) => monthPeriod(y, month);
    phrases.push({ start: at, end, make, year: pub?.year ?? null, lastMonth: month, needsDate: !pub });
  }
  RELATIVE_PERIOD.lastIndex = 0;
  while ((m = RELATIVE_PERIOD.exec(s))) {
    const word = (m[1] ?? m[2]!).toLowerCase().replace(/\s+/g, ' ');
    if (/month|tháng/u.test(word)) {
      const last = pub ? previousMonthOf(pub) : null;
      if (free(m.index, m.index + m[0].length)) {
        taken.push([m.index, m.index + m[0].length]);
        phrases.push({
          start: m.index,
          end: m.index + m[0].length,
          make: (y) => monthPeriod(y, last?.month ?? 12),
          year: last?.year ?? null,
          lastMonth: 12,
          needsDate: !last,
        });
      }
      continue;
    }
    const offset = /this|nay/u.test(word) ? 0 : -1;
    if (free(m.index, m.index + m[0].length)) {
      taken.push([m.index, m.index + m[0].length]);
      // "the year before", "năm trước (đó)" count from a year named before them, else from the context's
      const beforeNamed = BEFORE_NAMED_YEAR.test(word);
      const named = beforeNamed ? phrases.filter((p) => p.end <= m!.index && p.year !== null).sort((a, b) => b.end - a.end)[0] : undefined;
      phrases.push({
        start: m.index,
        end: m.index + m[0].length,
        make: (y) => yearPeriod(y),
        year: named ? Number(named.make(named.year!).code.slice(0, 4)) - 1 : beforeNamed ? null : pub ? pub.year + offset : null,
        lastMonth: 12,
        needsDate: !beforeNamed && !pub && offset !== 0,
        ...(beforeNamed ? { yearBefore: named ? ('named' as const) : ('context' as const) } : {}),
      });
    }
  }
  // "so với năm 2023", "compared with 2023": the figures are the next year's
  for (const p of phrases) if (p.compared && p.year !== null && p.make(p.year).kind === 'year') impliedYear ??= p.year + 1;
  phrases.sort((a, b) => a.start - b.start);
  return { phrases, impliedYear };
}

/** Month-on-month or year-on-year: the comparison nearest after the figure wins, then one before it. */
export function basisOf(after: string, before: string, year: number | null): 'mom' | 'yoy' {
  const found: { at: number; basis: 'mom' | 'yoy' }[] = [];
  const mom = MOM.exec(after);
  if (mom) found.push({ at: mom.index, basis: 'mom' });
  const yoy = YOY.exec(after);
  if (yoy) found.push({ at: yoy.index, basis: 'yoy' });
  const month = MONTH_COMPARISON.exec(after);
  if (month) {
    const named = month[1] ?? month[2];
    found.push({ at: month.index, basis: named && year !== null && Number(named) !== year ? 'yoy' : 'mom' });
  }
  if (found.length > 0) return found.sort((a, b) => a.at - b.at)[0]!.basis;
  // "Compared with January, the index rose 21.4%": a month named before the figure
  const monthBefore = MONTH_COMPARISON.exec(before);
  if (monthBefore) {
    const named = monthBefore[1] ?? monthBefore[2];
    return named && year !== null && Number(named) !== year ? 'yoy' : 'mom';
  }
  return /so với tháng trước|(?:over|compared (?:to|with)|against) the previous month|month[- ]on[- ]month|\bm-o-m\b/iu.test(before) ? 'mom' : 'yoy';
}
