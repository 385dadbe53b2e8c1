// Finding IIP figures in press-release text (English and Vietnamese). The figures are proposals for the user to
// confirm: the reader may miss some, but it never makes up a value. Each figure quotes its sentence and line.
//
// How a sentence is read:
//  1. Mentions: a number with %, "per cent", "percent", "percentage point(s)" or "điểm phần trăm". Mentions
//     that are approximate or targets ("nearly 50%", "at least 8 per cent", "by over 10%") and sentences about other
//     statistics (trade, retail, GDP, targets) are skipped.
//  2. Item: the phrase between the previous mention (or a list opener such as "such as", "including", ":" or ";")
//     and this mention, with the verb, period and comparison phrases removed. "the IIP of the X" gives X; the
//     index itself gives TOTAL. An aside in parentheses with no name ("(increased by 9.6% in the same period in
//     2024)") repeats the previous figure's item for the same period one year earlier. Percentage points are the
//     contribution of the previous figure's item.
//  3. Sign: the nearest increase/decrease word before the mention in the sentence (or right after it: "a 7.1 per
//     cent increase"), else the previous sentence of the paragraph, else positive.
//  4. Period: the nearest period phrase before the mention in the sentence, else the first after it, else the period
//     of the previous sentence with figures. The year comes from the phrase, the sentence ("same period in 2024"
//     means 2025), the context, opts.referenceYear, a "date YYYY-MM-DD" line, or opts.publishedOn.
//  5. Basis: "over the previous month"/"so với tháng trước" → mom; otherwise yoy (press releases compare with the
//     same period of the previous year).
//  6. Measure: contribution for percentage points; output in a paragraph about key industrial products; else iip.
import { TOTAL_ITEM } from '../../../../shared/domain.js';
import { cumulativePeriod, monthPeriod, previousYear, quarterPeriod, yearPeriod, type Period } from '../../../../shared/period.js';
import { foldForSearch } from '../../../../shared/text.js';
import { geoKindOf } from '../../read/classify.js';
import { parseNumber } from '../../read/numbers.js';
import { decodeText } from '../../read/text-decode.js';
import { ImportError, type ParseResult, type RawFigure } from '../../types.js';
import type { FormatReader } from '../format-reader.js';

export interface PressTextOptions {
  /** ISO date the article was published; a fallback for the year. */
  publishedOn?: string;
  /** Year the article reports on, when the text does not say. */
  referenceYear?: number;
}

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  một: 1, hai: 2, ba: 3, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10,
};
/** Month names in Vietnamese words, longest first so "Mười Hai" is not read as "Mười". */
const VI_MONTH_WORDS: Record<string, number> = {
  'Mười Một': 11, 'Mười Hai': 12, Giêng: 1, Một: 1, Hai: 2, Ba: 3, Tư: 4, Bốn: 4, Năm: 5, Sáu: 6, Bảy: 7, Tám: 8, Chín: 9, Mười: 10, Chạp: 12,
};
const ORDINAL_QUARTER: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, i: 1, ii: 2, iii: 3, iv: 4 };
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const NUM = String.raw`\d+(?:[.,]\d+)*|one|two|three|four|five|six|seven|eight|nine|ten`;
const MENTION = new RegExp(String.raw`(?<![\w.,])(${NUM})\s*(%|per\s?cents?\b|percent\b|percentage\s+points?\b|điểm\s+phần\s+trăm|pp\b)`, 'giu');

const POS = String.raw`increas\w*|ris(?:e|es|ing|en)|rose|gr[eo]w(?:s|n|ing|th)?|expand\w*|expansion|surg\w*|\bup\b|gain\w*|add(?:s|ed|ing)?|jump\w*|climb\w*|higher|tăng`;
const NEG = String.raw`decreas\w*|reduc\w*|slid(?:e|es|ing)?\b|slipp?(?:ed|ing|s)?\b|dipp?(?:ed|ing|s)?\b|eas(?:ed|es|ing)\b|declin\w*|drop\w*|fell|fall\w*|\bdown\b|dragg\w*|lower|contract\w*|shr[ai]nk\w*|slump\w*|plung\w*|giảm`;
const SIGN_RE = new RegExp(`(${POS})|(${NEG})`, 'giu');

/** Statistics that are not industrial production, and targets. */
const OFF_TOPIC = /\b(import|exports?\b|retail|GDP|turnover|credit|interest rate|exchange rate|inflation|CPI|consumer price|FDI|targets?\b|striv\w*|goals?\b|forecast\w*|xuất khẩu|nhập khẩu|bán lẻ|mục tiêu|phấn đấu)/iu;
const APPROX_BEFORE = /(?:nearly|about|around|approximately|almost|over|more than|at least|up to|roughly|~|khoảng|gần|hơn|trên|ít nhất)\s*$/iu;
const SHARE_AFTER = /^\s*(?:of (?:the )?(?:GDP|total|industrial production value|value|share)|share)/iu;
const PRODUCT_CONTEXT = /(?:key|major|main|principal) (?:industrial )?products|output of (?:some |several )?(?:key |major |main )?(?:industrial )?products|sản phẩm (?:công nghiệp )?(?:chủ yếu|chủ lực)|sản lượng/iu;
/** A quantity in a product's unit: "đạt 27,9 tỷ kWh", "1.3 million tonnes" — the sentence is about a product. */
const PRODUCT_QUANTITY = /\d\s*(?:nghìn|triệu|tỷ|thousand|million|billion)?\s*(?:kWh|tấn|tonnes?|tons?|chiếc|cái|đôi|m2|m3|m²|m³|lít|litres?|liters?|units?|pairs?|pieces?)(?![\p{L}])/iu;
/** The whole country, said outright. */
const NATIONWIDE = /\b(?:nationwide|nationally|the whole country|across the country)\b|cả nước|toàn quốc/iu;
/** Other statistics a sentence may give beside the IIP: value added, consumption and inventory indices, labour. */
const OTHER_SUBJECT = /giá trị tăng thêm|giá trị sản xuất|chỉ số tiêu thụ|chỉ số tồn kho|tỷ lệ tồn kho|lao động|value added|added value|production value|output value|consumption index|inventor(?:y|ies)|employment|labou?r/iu;
/** "higher than the 8.2% of the same period of 2024": the previous year's figure of the same subject. */
const LEVEL_COMPARISON = /^[\s,]*(?:(?:(?:cao|thấp)\s+hơn|higher than|lower than|above|below|up from|down from|compared with|compared to|so với|after|following|sau)\s+(?:(?:mức|the|a|an|its)\s+)?(?:(?:tăng|giảm|increase|growth|rise|decrease|decline)(?:\s+of)?\s*)?|(?:when|while|where)\s+it\s+(?:had\s+)?(?:been\s+)?\w+(?:\s+by)?\s*)$/iu;
const IIP_TERM = /index of industrial production|industrial production index|production index|industrial (?:output|production)(?!\s+(?:value|of\b))|\bindex\b(?!\s+of\b)|sản xuất công nghiệp|chỉ số sản xuất(?: công nghiệp)?(?: toàn ngành(?: công nghiệp)?)?|toàn ngành công nghiệp|\bIIP\b/giu;

interface PeriodPhrase {
  start: number;
  end: number;
  make: (year: number) => Period;
  year: number | null;
}

interface Mention {
  start: number;
  end: number;
  value: number;
  decimals: number;
  pp: boolean;
  /** A sign written on the number: "+11,2%", "-1,8%". */
  written: 1 | -1 | null;
}

interface Main {
  item: string;
  geo: string;
  period: Period;
}

const wordNumber = (w: string): number | null => (/^\d+$/.test(w) ? Number(w) : WORD_NUMBERS[w.toLowerCase()] ?? null);

/** Period phrases of a sentence; "the same period in 2024" is a comparison, reported as impliedYear. */
function findPeriods(s: string): { phrases: PeriodPhrase[]; impliedYear: number | null } {
  const phrases: PeriodPhrase[] = [];
  const taken: [number, number][] = [];
  const free = (a: number, b: number): boolean => taken.every(([x, y]) => b <= x || a >= y);
  const add = (m: RegExpExecArray, make: (y: number) => Period, year: number | null): void => {
    const start = m.index;
    const end = m.index + m[0].length;
    if (!free(start, end)) return;
    taken.push([start, end]);
    phrases.push({ start, end, make, year });
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
  const cum = /\b(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:first\s+)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[\s-]+months?(?:\s+period)?(?:\s+of\s+(?:the\s+year(?:\s+(\d{4}))?|(\d{4})))?/giu;
  while ((m = cum.exec(s))) {
    const n = wordNumber(m[1]!);
    const y = m[2] ?? m[3];
    if (n && n >= 1 && n <= 12) add(m, (yy) => cumulativePeriod(yy, n), y ? Number(y) : null);
  }
  const cumVi = /(?<![\p{L}\d])(\d{1,2})\s+tháng(?:\s+đầu\s+năm)?(?:\s*(?:năm\s+|\/\s*)?(\d{4}))?/giu;
  while ((m = cumVi.exec(s))) {
    const n = Number(m[1]);
    if (n >= 1 && n <= 12) add(m, (y) => cumulativePeriod(y, n), m[2] ? Number(m[2]) : null);
  }
  const q = /\b(?:(?:in|during|for)\s+)?(?:the\s+)?(first|second|third|fourth)\s+quarter(?:\s+of\s+(\d{4}))?|\bQ([1-4])(?:\s*[/-]?\s*(\d{4}))?\b|quý\s+(IV|I{1,3}|[1-4])(?![\p{L}])(?:\s*(?:năm\s+|\/\s*)(\d{4}))?/giu;
  while ((m = q.exec(s))) {
    const qn = m[1] ? ORDINAL_QUARTER[m[1].toLowerCase()]! : m[3] ? Number(m[3]) : ORDINAL_QUARTER[m[5]!.toLowerCase()] ?? Number(m[5]);
    const y = m[2] ?? m[4] ?? m[6];
    add(m, (yy) => quarterPeriod(yy, qn), y ? Number(y) : null);
  }
  const half = /(?<![\p{L}\d])6 tháng đầu năm|\b(?:(?:in|during|for)\s+)?(?:the\s+)?first\s+half(?:\s+of\s+(?:the\s+year|(\d{4})))?|\bH1(?:\s*[/-]?\s*(\d{4}))?\b/giu;
  while ((m = half.exec(s))) {
    const y = m[1] ?? m[2];
    add(m, (yy) => cumulativePeriod(yy, 6), y ? Number(y) : null);
  }
  const monthEn = new RegExp(String.raw`\b(?:in\s+)?(${MONTHS.join('|')})\b(?!\s+\d{1,2}\b(?!\d))(?:\s+(?:of\s+)?(\d{4}))?`, 'giu');
  while ((m = monthEn.exec(s))) {
    const mo = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    if (mo === 5 && !m[2] && !/^in\s/i.test(m[0]) && m[1] !== 'May') continue; // "may" the verb
    add(m, (y) => monthPeriod(y, mo), m[2] ? Number(m[2]) : null);
  }
  const monthVi = /tháng\s+(\d{1,2})(?!\d)(?:\s*(?:năm\s+|\/\s*)(\d{4}))?/giu;
  while ((m = monthVi.exec(s))) {
    const mo = Number(m[1]);
    if (mo >= 1 && mo <= 12) add(m, (y) => monthPeriod(y, mo), m[2] ? Number(m[2]) : null);
  }
  MONTH_IN_WORDS.lastIndex = 0;
  while ((m = MONTH_IN_WORDS.exec(s))) {
    const mo = VI_MONTH_WORDS[m[1]!]!;
    add(m, (y) => monthPeriod(y, mo), m[2] ? Number(m[2]) : null);
  }
  const wholeYear = /\b(?:for\s+|in\s+)?(?:the\s+)?(?:whole|full|entire)\s+year(?:\s+of)?\s+(\d{4})|cả năm\s+(\d{4})/giu;
  while ((m = wholeYear.exec(s))) add(m, (yy) => yearPeriod(yy), Number(m[1] ?? m[2]));
  const year = /\b(?:in|of|for|during)\s+(\d{4})\b|năm\s+(\d{4})/giu;
  while ((m = year.exec(s))) {
    const y = Number(m[1] ?? m[2]);
    if (y >= 1990 && y <= 2100) add(m, (yy) => yearPeriod(yy), y);
  }
  const thisYear = /\bthis year\b|năm nay/giu;
  while ((m = thisYear.exec(s))) add(m, (y) => yearPeriod(y), null);
  phrases.sort((a, b) => a.start - b.start);
  return { phrases, impliedYear };
}

/** Splits a line into sentences with their offsets. */
function sentences(line: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /[.!?…](?=\s+[\p{Lu}“"‘(])/gu;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) {
    const before = line.slice(start, m.index);
    if (/\b(?:Dr|Mr|Mrs|Ms|No|St|etc)$/.test(before)) continue;
    out.push({ text: line.slice(start, m.index + 1), start });
    start = m.index + 1;
    while (start < line.length && /\s/.test(line[start]!)) start++;
  }
  if (start < line.length && line.slice(start).trim()) out.push({ text: line.slice(start), start });
  return out;
}

const VERB_CUT = new RegExp(
  String.raw`\s+(?:(?:which|that|it)\s+)?(?:(?:is|was|were|are|has|have|had|will|would|be|been|both|also|all|each|still|further|continued to|continues to|went|goes|go|came|comes|moved|stood|remained|stayed|edged|inched|picked|ticked)\s+)*(?:(?:estimated|expected|projected|forecast)\s+to\s+)?(?:ước\s+)?(?:${POS}|${NEG}|edg\w*|inch\w*|tick\w*|slow\w*|reach\w*|led|leads|topped|posted|recorded|saw|sees|showed|experienced|maintain\w*|đạt|đóng góp)(?![\p{L}]).*$`,
  'isu',
);
const INTRO = /(?:such as|including|includes|included|followed by|led by|focused on|namely|as follows|\bwith\b|—|:|;|,\s+(?:while|whereas|but|and|trong khi|còn|nhưng)(?![\p{L}])|(?<![\p{L}])(?:như|bao gồm|gồm|trong đó)(?![\p{L}])[,:]?)/giu;
const LEADING_JUNK = /^(?:[\s,;:.)(\-–—]+|(?:and|or|while|whereas|but|then|the|a|an|by|compared to|compared with|compared|of which|in which|in contrast|by contrast|conversely|on the contrary|on the other hand|at the same time|notably|in addition|additionally|meanwhile|moreover|however|that of the|those of the|that of|those of|it was|it is|is|was|were|are|has been|had been|have been|also|some|several|other|và|còn|riêng|cụ thể|trong đó|ngược lại|trái lại|nhưng|song|ở chiều ngược lại|trong|only|chỉ có|vẫn|cũng|đều|still|trong khi đó|bên cạnh đó|ngoài ra|đồng thời|tuy nhiên)(?![\p{L}\p{N}])[\s,]*)+/iu;
const TRAILING_JUNK = /(?:[\s,;:(\-–—]+|\s+(?:at|by|with|of|to|about|and|from|on|in|the|a|an|is|was|are|were|và|của)(?![\p{L}\p{N}]))+$/iu;
const COMPARISON = /(?:over|compared (?:to|with)|than|from|against|on|so với)\s+(?:the\s+)?(?:same (?:period|month|quarter)(?: (?:of )?(?:last|the previous|previous) year)?|previous (?:month|year|period)|cùng kỳ(?: năm trước)?|tháng trước)|year[- ]on[- ]year|\by-o-y\b|\bon[- ](?:month|year)\b|in the (?:same )?period|\bso với cùng kỳ(?: năm trước)?|\bso với tháng trước|\b(?:than|from|on)\s+a year (?:earlier|ago|before)|\bso với năm (?:trước|ngoái|\d{4})|\b(?:over|against|compared (?:to|with))\s+(?:the previous year|last year|\d{4})|\bfrom (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/giu;

function cleanItem(raw: string, periods: PeriodPhrase[], offset: number): string {
  // remove period phrases inside the segment
  let s = raw;
  for (const p of [...periods].reverse()) {
    const a = p.start - offset;
    const b = p.end - offset;
    if (a >= 0 && b <= s.length) s = `${s.slice(0, a)} ${s.slice(b)}`;
  }
  // asides: " - the main engine - ", ", which makes up the bulk of industrial output,"
  s = s.replace(/\s[-–—]\s[^-–—]*\s[-–—]\s/gu, ' ').replace(/,\s*(?:which|that|who|vốn|là)\s[^,]*,/giu, ' ').replace(COMPARISON, ' ').replace(MONTH_COMPARISONS, ' ').replace(/^\s*according to [^,]*,/iu, ' ').replace(/^\s*theo [^,]*,/iu, ' ');
  return s.replace(/\s+/g, ' ');
}

function trimItem(s: string): string {
  let t = s;
  for (let k = 0; k < 4; k++) t = t.replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '').trim();
  return t;
}

/** The index itself, or "IIP of the X" → X. Returns TOTAL, the inner item, or the phrase unchanged. */
function resolveIndexPhrase(s: string): string {
  IIP_TERM.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = IIP_TERM.exec(s))) last = m;
  if (!last) return s;
  const first = IIP_TERM_ANY.exec(s)!;
  const owner = /(?:^|\s)([\p{L}\s.-]+?)['’]s\s*$/u.exec(' ' + s.slice(0, first.index))?.[1];
  if (owner && (geoKindOf(owner) === 'province' || OWN_LOCALITY.test(trimItem(owner)))) return trimItem(owner);
  const after = s.slice(last.index + last[0].length).replace(/^[\s)]*(?:\(IIP\))?/i, '');
  const inner = /^\s*(?:\(IIP\)\s*)?(?:of|for|in|của)\s+(?:the\s+)?(.+)$/iu.exec(after);
  if (inner && !/^\s*(?:some|several|many|all)\b/i.test(inner[1]!)) {
    const owner = trimItem(inner[1]!);
    return geoKindOf(owner) === 'country' ? TOTAL_ITEM : owner;
  }
  const rest = trimItem(after);
  if (/^(?:ngành|industry|sector)\b/iu.test(rest)) return rest;
  return TOTAL_ITEM;
}

/** Splits "production of A and production of B" (and "mining of A and manufacture of B") into two items. */
function splitCompound(item: string): string[] {
  const parts = item.split(/\s+and\s+(?=(?:production|manufacture|manufacturing|mining|processing)\s+of\b)/i);
  if (parts.length > 1 && /^(?:production|manufacture|manufacturing|mining|processing)\s+of\b/i.test(parts[0]!)) return parts.map((p) => p.trim());
  return [item];
}

/** "over May 2025", "so với tháng 4": a comparison with a month, the previous one unless it names another year. */
const MONTH_COMPARISON = new RegExp(
  String.raw`\b(?:over|compared (?:to|with)|from|against|than)\s+(?:the\s+)?(?:${MONTHS.join('|')})\b(?:\s+(?:of\s+)?(\d{4}))?|so với tháng\s+\d{1,2}(?:\s*(?:\/\s*|năm\s+)(\d{4}))?`,
  'iu',
);
const MONTH_COMPARISONS = new RegExp(MONTH_COMPARISON.source, 'giu');
/** Comparisons and "since 2020" name periods that are not the figure's. */
const NOT_OWN_PERIOD = new RegExp(`${MONTH_COMPARISON.source}|\\b(?:since|kể từ)\\s+(?:năm\\s+)?\\d{4}`, 'giu');
/** "tháng Mười Hai năm 2024": the month in words, capitalised as releases write it ("tháng năm" alone is no month). */
const MONTH_IN_WORDS = new RegExp(String.raw`[Tt]háng\s+(${Object.keys(VI_MONTH_WORDS).join('|')})(?![\p{L}])(?:\s*(?:năm\s+|\/\s*)(\d{4}))?`, 'gu');
const MOM = new RegExp(String.raw`previous month|last month|month[- ]on[- ]month|\bon[- ]month\b|tháng trước|\bfrom (?:${MONTHS.join('|')})\b`, 'iu');
const YOY = /same (?:period|month|quarter)|(?:previous|last) year|year[- ]on[- ]year|\bon[- ]year\b|\by-o-y\b|a year (?:earlier|ago|before)|cùng kỳ|năm trước/iu;
/** The comparison right after the previous figure is that figure's ("tăng 3,4% so với tháng trước và tăng 7,0%…"). */
const PREVIOUS_COMPARISON = new RegExp(
  String.raw`^\s*\)?\s*(?:(?:so với|over|compared (?:to|with)|against|than|from)\s+(?:the\s+)?(?:same (?:period|month|quarter)(?: (?:of )?(?:last|the previous|previous) year| (?:of|in) \d{4})?|previous (?:month|year)|last year|\d{4}|cùng kỳ(?: năm (?:trước|ngoái|\d{4}))?|tháng trước|năm (?:trước|ngoái|\d{4})|(?:${MONTHS.join('|')})(?:\s+\d{4})?|tháng\s+\d{1,2}(?:\s*(?:\/\s*|năm\s+)\d{4})?)|year[- ]on[- ]year|on[- ](?:month|year)\b)`,
  'iu',
);

/** Month-on-month or year-on-year: the comparison nearest after the figure wins, then one before it. */
function basisOf(after: string, before: string, year: number | null): 'mom' | 'yoy' {
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
  return /so với tháng trước|(?:over|compared (?:to|with)|against) the previous month|month[- ]on[- ]month|\bm-o-m\b/iu.test(before) ? 'mom' : 'yoy';
}

const IIP_TERM_ANY = new RegExp(IIP_TERM.source, 'iu');
/** Words for a rate or level, not a subject of their own. */
const GENERIC_SUBJECT = /^(?:(?:the\s+)?(?:rate|level|growth|pace|figure)|mức(?:\s+tăng)?|tốc độ(?:\s+tăng)?)$/iu;
const OWN_LOCALITY = /^(?:(?:toàn|của)\s+)?(?:tỉnh|thành phố)(?:\s+nhà)?$|^(?:the\s+)?(?:province|city)(?:['’]s)?$/iu;

/** "tỉnh Bắc Ninh" → "Bắc Ninh", "Hai Phong city" → "Hai Phong". */
function placeName(label: string): string {
  const bare = label.replace(/^(?:tỉnh|thành phố|tp\.?)\s+/iu, "").replace(/\s+province$/iu, "").trim();
  return geoKindOf(bare) === 'province' ? bare : label.trim(); // "HCM City" keeps its "City"
}

/** A first line such as "Bắc Ninh: Sản xuất công nghiệp …" names the article's locality. */
function titleLocality(text: string): string {
  const first = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '') ?? '';
  const m = /^\s*([^:–—]{2,40}?)\s*[:–—]\s/u.exec(first);
  return m && geoKindOf(m[1]!) === 'province' ? placeName(m[1]!) : '';
}

/** A paragraph opening "HCM City – …" or "Hà Nội (TTXVN) – …" names where the news comes from. */
function datelineLocality(text: string): string {
  for (const line of text.split(/\r\n|\r|\n/)) {
    const m = /^\s*([\p{L} .'-]{2,30}?)\s*(?:\([^)]{1,20}\))?\s*[–—-]\s/u.exec(line);
    if (m && geoKindOf(m[1]!) === 'province') return placeName(m[1]!);
  }
  return '';
}

/** Reads the text as numbers in the article's convention. */
function readNumber(text: string, vi: boolean): { value: number; decimals: number } | null {
  const w = WORD_NUMBERS[text.toLowerCase()];
  if (w !== undefined) return { value: w, decimals: 0 };
  const r = parseNumber(text, vi ? ',' : '.');
  if (r.ok) return { value: r.value, decimals: r.decimals };
  const a = parseNumber(text, 'auto');
  return a.ok && !a.ambiguous ? { value: a.value, decimals: a.decimals } : null;
}

/** Finds IIP figures in a press release. */
export function parsePressText(input: string | Buffer, fileName: string, opts: PressTextOptions = {}): ParseResult {
  const text = typeof input === 'string' ? input : decodeText(input, fileName).text;
  if (text.trim() === '') throw new ImportError(fileName, null, 'the file is empty');
  const vi = /\b(tăng|giảm|tháng|so với|cùng kỳ)\b/iu.test(text) && (text.match(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu)?.length ?? 0) > 20;
  const figures: RawFigure[] = [];
  const warnings: string[] = [];
  const dateLine = /\bdate\s+(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const fallbackYear = opts.referenceYear ?? null;
  const publishedYear = opts.publishedOn ? Number(opts.publishedOn.slice(0, 4)) : dateLine ? Number(dateLine[1]) : null;
  let docYear: number | null = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    for (const sent of sentences(line)) {
      MENTION.lastIndex = 0;
      if (docYear !== null || OFF_TOPIC.test(sent.text) || !MENTION.test(sent.text)) continue;
      const f = findPeriods(sent.text);
      docYear = f.phrases.find((p) => p.year !== null)?.year ?? f.impliedYear;
    }
  }
  let ctxPeriod: Period | null = null;
  let ctxYear: number | null = null;
  // The locality an article is about: a title "Bắc Ninh: …", or its first figure being a locality's index.
  let docGeo = titleLocality(text);
  /** docGeo came from the first figure being a locality's: undone if that sentence goes on to other localities. */
  let docGeoFromFigure = false;
  // "HCM City – The city's index …": what "the city" or "the province" refers to.
  const datelineGeo = datelineLocality(text);
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, li) => {
    let productContext = false;
    let paragraphSign: 1 | -1 | null = null;
    let paragraphHadFigures = false;
    for (const sent of sentences(line)) {
      const s = sent.text;
      if (PRODUCT_CONTEXT.test(s) || PRODUCT_QUANTITY.test(s)) productContext = true;
      if (/\b(?:industries|sub-sectors|localities|provinces)\b|ngành cấp II|địa phương/iu.test(s) && !PRODUCT_CONTEXT.test(s)) productContext = false;
      const mentions: Mention[] = [];
      MENTION.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = MENTION.exec(s))) {
        const n = readNumber(m[1]!, vi);
        if (!n) continue;
        const before = s.slice(Math.max(0, m.index - 25), m.index);
        if (APPROX_BEFORE.test(before)) continue;
        if (SHARE_AFTER.test(s.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
        const signed = /(?:^|[\s:(])([+\-−])$/u.exec(s.slice(Math.max(0, m.index - 2), m.index));
        const start = signed ? m.index - 1 : m.index;
        mentions.push({ start, end: m.index + m[0].length, value: n.value, decimals: n.decimals, pp: /point|điểm/iu.test(m[2]!), written: signed ? (signed[1] === '+' ? 1 : -1) : null });
      }
      const lastSignIn = (t: string): 1 | -1 | null => {
        let sign: 1 | -1 | null = null;
        SIGN_RE.lastIndex = 0;
        let x: RegExpExecArray | null;
        while ((x = SIGN_RE.exec(t))) sign = x[1] ? 1 : -1;
        return sign;
      };
      const firstSignIn = (t: string): 1 | -1 | null => {
        SIGN_RE.lastIndex = 0;
        const x = SIGN_RE.exec(t);
        return x ? (x[1] ? 1 : -1) : null;
      };
      if (mentions.length === 0 || OFF_TOPIC.test(s)) {
        paragraphSign = lastSignIn(s) ?? paragraphSign;
        if (!OFF_TOPIC.test(s) && (IIP_TERM_ANY.test(s) || PRODUCT_CONTEXT.test(s))) {
          const named = findPeriods(s).phrases.find((p) => p.year !== null);
          if (named) {
            ctxPeriod = named.make(named.year!);
            ctxYear = named.year;
          }
        }
        continue;
      }
      const { phrases, impliedYear } = findPeriods(s);
      // parentheses ranges: period phrases inside them only serve asides
      const parens: [number, number][] = [];
      for (let i = 0, depth = 0, open = 0; i < s.length; i++) {
        if (s[i] === '(') {
          if (depth++ === 0) open = i;
        } else if (s[i] === ')' && depth > 0 && --depth === 0) parens.push([open, i]);
      }
      const inParens = (a: number): boolean => parens.some(([x, y]) => a > x && a < y);
      const openParenBefore = (a: number): boolean => {
        const seg = s.slice(0, a);
        return seg.lastIndexOf('(') > seg.lastIndexOf(')');
      };
      const sentenceYear = phrases.find((p) => p.year !== null && !inParens(p.start))?.year ?? impliedYear;
      const yearFor = (p: PeriodPhrase): number | null => p.year ?? sentenceYear ?? ctxYear ?? fallbackYear ?? docYear ?? publishedYear;
      let main: Main | null = null;
      /** The period of the sentence's first figure, its main clause: what the next sentences go on about. */
      let sentencePeriod: Period | null = null;
      let otherSubject = false;
      let prevEnd = 0;
      let sentenceFigures = 0;
      for (let k = 0; k < mentions.length; k++) {
        const mt = mentions[k]!;
        const segStart = prevEnd;
        const segment = s.slice(segStart, mt.start);
        prevEnd = mt.end;
        // the closing parenthesis of this mention belongs to it
        const closeAfter = /^\s*\)/.exec(s.slice(mt.end));
        if (closeAfter) prevEnd = mt.end + closeAfter[0].length;
        // sign
        // A contribution's own verb comes first ("reducing the overall growth by 0.8 points"); else the figure's sign.
        let sign = (mt.pp ? firstSignIn(segment) : null) ?? lastSignIn(s.slice(0, mt.start));
        const afterWords = s.slice(mt.end, mt.end + 30);
        const afterSign = /^\s*(?:IIP\s+|industrial\s+)?(increase|rise|growth|gain|jump|decline|decrease|drop|fall|contraction)\b/i.exec(afterWords);
        if (afterSign) sign = /increase|rise|growth|gain|jump/i.test(afterSign[1]!) ? 1 : -1;
        sign = mt.written ?? sign ?? paragraphSign ?? 1;
        const after = s.slice(mt.end, mentions[k + 1]?.start ?? s.length).split(/[;]/)[0]!;
        const ownSegment = k > 0 ? segment.replace(PREVIOUS_COMPARISON, '') : segment;
        const basisIn = (p: Period): 'mom' | 'yoy' => basisOf(after, ownSegment, Number(p.code.slice(0, 4)));
        const loc = `line ${li + 1}`;
        if (mt.pp) {
          if (!main) continue; // a contribution needs the item it belongs to
          figures.push({ geoLabel: main.geo, itemLabel: main.item, measure: 'contribution', period: main.period.code, basis: 'yoy', unit: 'pp', value: sign * mt.value || 0, decimals: mt.decimals, location: loc, quote: s.trim() });
          sentenceFigures++;
          continue;
        }
        // aside: "(increased by 9.6% in the same period in 2024)", "(up 8.6 percent)" right after a figure
        const parenAt = segment.lastIndexOf('(');
        const isParenItem = openParenBefore(mt.start) && parenAt >= 0;
        const beforeParen = isParenItem ? trimItem(cleanItem(segment.slice(0, parenAt), phrases, segStart)) : '';
        // the clause before the figure: "…in October 2025, down from an 11.6 per cent rise in September"
        const clause = ownSegment.slice(Math.max(ownSegment.lastIndexOf(','), ownSegment.lastIndexOf(';')) + 1);
        const levelAside = !isParenItem && LEVEL_COMPARISON.test(clause);
        if (((isParenItem && beforeParen === '') || levelAside) && main) {
          // The aside's own period ("… rise in September"), else the year it names, else a year earlier.
          const asideEnd = levelAside ? mt.end + after.length : s.indexOf(')', mt.end) < 0 ? s.length : s.indexOf(')', mt.end);
          const inside = levelAside ? segment + after : segment.slice(parenAt + 1) + s.slice(mt.end, asideEnd);
          const own = phrases.find((p) => p.start >= mt.end && p.end <= asideEnd);
          const y = /\b(\d{4})\b/.exec(inside);
          const mainYear = Number(main.period.code.slice(0, 4));
          let period: Period;
          if (own) period = own.make(own.year ?? mainYear);
          else if (y && Number(y[1]) !== mainYear) {
            period = main.period;
            for (let i = 0; i < mainYear - Number(y[1]) && i < 50; i++) period = previousYear(period);
          } else period = previousYear(main.period);
          figures.push({ geoLabel: main.geo, itemLabel: main.item, measure: productContext ? 'output' : 'iip', period: period.code, basis: basisIn(period), unit: 'pct', value: sign * mt.value || 0, decimals: mt.decimals, location: loc, quote: s.trim() });
          sentenceFigures++;
          continue;
        }
        if (OTHER_SUBJECT.test(segment)) {
          otherSubject = true; // its further figures ("… and 8% over the same period") are not the IIP's either
          main = null;
          continue;
        }
        // item phrase
        let raw = isParenItem ? segment.slice(0, parenAt) : segment;
        const cleaned = cleanItem(raw, phrases, segStart);
        let introEnd = -1;
        let introBefore = -1;
        INTRO.lastIndex = 0;
        let im: RegExpExecArray | null;
        while ((im = INTRO.exec(cleaned))) {
          introBefore = im.index;
          introEnd = im.index + im[0].length;
        }
        let item = trimItem((introEnd >= 0 ? cleaned.slice(introEnd) : cleaned).replace(VERB_CUT, ''));
        if (/^(?:(?:a|an|the)\s+)?(?:robust|strong|high|significant|notable|remarkable|impressive|sharp|modest|slight|solid)?$/i.test(item)) item = '';
        if (item === '' && introEnd >= 0) item = trimItem(cleaned.slice(0, introBefore).replace(VERB_CUT, '').replace(/.*(?:such as|including|focused on|—|:|;)/iu, ''));
        if (GENERIC_SUBJECT.test(item)) item = ''; // "mức tăng cao nhất…; riêng tháng 5 tăng 2,5%": the same subject
        raw = item;
        if (raw !== '') item = resolveIndexPhrase(raw);
        if (item !== '') otherSubject = false;
        if (item === '' && otherSubject) continue;
        if (item === '') {
          if (main) item = main.item;
          else if (IIP_TERM.test(s.slice(0, mt.start))) item = TOTAL_ITEM;
          IIP_TERM.lastIndex = 0;
        }
        if (item === '' || item.split(/\s+/).length > 16) {
          if (item) warnings.push(`${loc}: a figure of ${mt.value}% was not read: its subject is unclear`);
          continue;
        }
        // period
        let phrase: PeriodPhrase | undefined;
        for (const p of phrases) if (p.end <= mt.start && !inParens(p.start)) phrase = p;
        phrase ??= phrases.find((p) => p.start >= mt.end && !inParens(p.start));
        let period: Period | null = null;
        if (phrase) {
          const y = yearFor(phrase);
          if (y !== null) period = phrase.make(y);
        } else period = ctxPeriod;
        if (!period) {
          warnings.push(`${loc}: a figure of ${mt.value}% was not read: no period (pass referenceYear?)`);
          continue;
        }
        const shifted = /^\s*(?:\w+\s+){0,2}(?:during|in)\s+the\s+same\s+period\s+(?:last year|of (?:the )?(?:previous|last) year)/i.test(after);
        if (shifted) period = previousYear(period);
        // A locality's own index: the figure is its whole industry. "toàn tỉnh", "the province": the article's locality.
        const locality = geoKindOf(item) === 'province' ? placeName(item) : '';
        if (!locality && OWN_LOCALITY.test(item) && (docGeo || datelineGeo)) {
          docGeo ||= datelineGeo;
          item = TOTAL_ITEM;
        }
        if (locality) item = TOTAL_ITEM;
        if (locality && figures.length === 0 && IIP_TERM_ANY.test(raw)) {
          docGeo = locality;
          docGeoFromFigure = true;
        }
        // "Nationwide, the index…", "cả nước": the whole country even in an article about a locality
        const geo = locality || (NATIONWIDE.test(segment) ? '' : docGeo);
        const status = /\bestimat\w*|(?<![\p{L}])ước(?![\p{L}])/iu.test(segment) ? 'estimate' : undefined;
        for (const one of splitCompound(item)) {
          const fig: RawFigure = { geoLabel: geo, itemLabel: one, measure: productContext && !geo ? 'output' : 'iip', period: period.code, basis: basisIn(period), unit: 'pct', value: sign * mt.value || 0, decimals: mt.decimals, location: loc, quote: s.trim() };
          if (status) fig.status = status;
          figures.push(fig);
          sentenceFigures++;
        }
        if (!shifted) {
          main = { item, geo, period };
          sentencePeriod ??= period;
        }
      }
      if (docGeoFromFigure) {
        docGeoFromFigure = false;
        if (new Set(figures.map((f) => f.geoLabel).filter((g) => g !== '')).size > 1) docGeo = '';
      }
      if (sentenceFigures > 0 && main) {
        ctxPeriod = sentencePeriod ?? main.period;
        ctxYear = Number(ctxPeriod.code.slice(0, 4));
        paragraphHadFigures = true;
      }
      paragraphSign = lastSignIn(s) ?? paragraphSign;
    }
    void paragraphHadFigures;
  });
  return { figures: withoutRepeats(figures), release: { sourceKind: 'text', sourceFile: fileName }, warnings };
}

/** A headline and the lead often state the same figure; it is proposed once. */
function withoutRepeats(figures: RawFigure[]): RawFigure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const key = [f.geoLabel, foldForSearch(f.itemLabel), f.measure, f.period, f.basis, f.unit, f.value].join('|');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A .txt file; its bytes are taken as UTF-8 (pasted text goes to parsePressText directly). */
export const pressTextReader: FormatReader = {
  format: 'text',
  read: (bytes, opts) => parsePressText(bytes.toString('utf8'), opts.fileName),
};
