// Step 3 of reading a figure: its subject. The phrase before the figure, with verbs, periods and
// comparisons cut away, names an industry, a product or a locality; the index itself is TOTAL.
import { TOTAL_ITEM } from '../../../../shared/domain.js';
import { geoKindOf } from '../../read/classify.js';
import { MONTH_COMPARISONS, type PeriodPhrase } from './periods.js';
import { GENERIC_SUBJECT, IIP_TERM, IIP_TERM_ANY, NEG, OWN_LOCALITY, POS, REASON_OPENING } from './vocabulary.js';
import { headSegments, isDateStamp } from './relative-periods.js';

const VERB_CUT = new RegExp(
  String.raw`\s+(?:(?:which|that|it)\s+)?(?:(?:is|was|were|are|has|have|had|will|would|be|been|both|also|all|each|still|further|continued to|continues to|went|goes|go|came|comes|moved|stood|remained|stayed|edged|inched|picked|ticked|làm|đã|đang|sẽ|vẫn|cũng|đều|tiếp tục|chỉ)\s+)*(?:(?:estimated|expected|projected|forecast)\s+to\s+)?(?:ước\s+)?(?:${POS}|${NEG}|edg\w*|inch\w*|tick\w*|slow\w*|reach\w*|led|leads|topped|posted|recorded|reported|registered|logged|notched|booked|achieved|saw|sees|showed|experienced|maintain\w*|đạt|đóng góp|ghi nhận)(?![\p{L}]).*$`,
  'isu',
);
const INTRO =
  /(?:such as|including|includes|included|followed by|led by|focused on|namely|as follows|\bwith\b|—|:|;|,\s+(?:while|whereas|but|and|when|trong khi|khi|còn|nhưng)(?![\p{L}])|(?<![\p{L}])(?:như|bao gồm|gồm|trong đó)(?![\p{L}])[,:]?)/giu;
const LEADING_JUNK =
  /^(?:[\s,;:.)(\-–—]+|(?:and|or|while|whereas|but|then|the|a|an|by|compared to|compared with|compared|of which|in which|in contrast|by contrast|conversely|on the contrary|on the other hand|at the same time|notably|in addition|additionally|meanwhile|moreover|however|that of the|those of the|that of|those of|it was|it is|is|was|were|are|has been|had been|have been|also|some|several|other|và|còn|riêng|cụ thể|trong đó|ngược lại|trái lại|nhưng|song|ở chiều ngược lại|trên thực tế|thực tế|trong khi đó|trước đó|sau đó|xét theo ngành(?: kinh tế)?|theo ngành|trong|only|chỉ có|vẫn|cũng|đều|still|trong khi đó|bên cạnh đó|ngoài ra|đồng thời|tuy nhiên|sang|bước sang|tính đến|though|although|even though)(?![\p{L}\p{N}])[\s,]*)+/iu;
/** English words that open no subject ("In 7M 2024 it rose…"); not for Vietnamese, where "in" is a word ("máy in"). */
const LEADING_EN = /^(?:(?:in|during|it|as|when|among\s+(?:the\s+)?(?:key|major|main|principal)?\s*(?:industrial\s+)?products,?)\b[\s,]*)+/iu;
/** Vietnamese letters beyond ASCII: a phrase written in Vietnamese. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúý]/iu;
const TRAILING_JUNK = /(?:[\s,;:(\-–—]+|\s+(?:và|của)(?![\p{L}\p{N}]))+$/iu;
const TRAILING_EN = /(?:[\s,;:(\-–—]+|\s+(?:at|by|with|of|to|about|and|from|on|in|the|a|an|is|was|are|were)\b)+$/iu;
const COMPARISON =
  /(?:over|compared (?:to|with)|than|from|against|on|so với)\s+(?:the\s+)?(?:same (?:period|month|quarter)(?: (?:of )?(?:last|the previous|previous) year)?|previous (?:month|year|period)|cùng kỳ(?: năm trước)?|tháng trước)|year[- ]on[- ]year|\by-o-y\b|\bon[- ](?:month|year)\b|in the (?:same )?period|\bso với cùng kỳ(?: năm trước)?|\bso với tháng trước|\b(?:than|from|on)\s+a year (?:earlier|ago|before)|\bso với năm (?:trước|ngoái|\d{4})|\b(?:over|against|compared (?:to|with))\s+(?:the previous year|last year|\d{4})|\bfrom (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/giu;

export function cleanItem(raw: string, periods: PeriodPhrase[], offset: number): string {
  // remove period phrases inside the segment
  let s = raw;
  for (const p of [...periods].reverse()) {
    const a = p.start - offset;
    const b = p.end - offset;
    if (a >= 0 && b <= s.length) s = `${s.slice(0, a)} ${s.slice(b)}`;
  }
  // asides: " - the main engine - ", ", which makes up the bulk of industrial output,"
  s = s
    .replace(/\s[-–—]\s[^-–—]*\s[-–—]\s/gu, ' ')
    .replace(/,\s*(?:which|that|who|vốn|là)\s[^,]*,/giu, ' ')
    // what a parenthesis closed before this figure said ("7,9% (ước tính) lên 8,3%"), and "lên"/"xuống" (up/down to)
    .replace(/^\s*\([^()]*\)|^[^()]*\)/u, ' ')
    .replace(/^\s*(?:lên|xuống|up to|down to)(?![\p{L}])/iu, ' ')
    // an appositive: "Manufacturing and processing, the backbone of the sector, climbed"
    .replace(/,\s*(?:the|its|a|an)\s[^,]{1,60},(?=\s+\p{Ll})/gu, ' ')
    .replace(COMPARISON, ' ')
    .replace(MONTH_COMPARISONS, ' ')
    .replace(/^\s*according to [^,]*,/iu, ' ')
    // "Of the two-month growth, …", "Trong mức tăng chung 10 tháng, …": what the figures are part of
    .replace(/^\s*(?:of|in|within|out of)\s+(?:the\s+)?[^,]{0,40}?\b(?:growth|increase|rise)\s*,/iu, ' ')
    .replace(/^\s*trong\s+(?:mức|tốc độ)\s+tăng[^,]{0,40},/iu, ' ')
    .replace(/^\s*theo [^,]*,/iu, ' ');
  return s.replace(/\s+/g, ' ');
}

export function trimItem(s: string): string {
  let t = s;
  const english = !VIETNAMESE.test(s);
  for (let k = 0; k < 4; k++) {
    t = t.replace(LEADING_JUNK, '').replace(TRAILING_JUNK, '');
    if (english) t = t.replace(LEADING_EN, '').replace(TRAILING_EN, '');
    t = t.trim();
  }
  return t;
}

/** The index itself, or "IIP of the X" → X. Returns TOTAL, the inner item, or the phrase unchanged. */
export function resolveIndexPhrase(s: string): string {
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
export function splitCompound(item: string): string[] {
  const parts = item.split(/\s+and\s+(?=(?:production|manufacture|manufacturing|mining|processing)\s+of\b)/i);
  if (parts.length > 1 && /^(?:production|manufacture|manufacturing|mining|processing)\s+of\b/i.test(parts[0]!)) return parts.map((p) => p.trim());
  return [item];
}

/** "tỉnh Bắc Ninh" → "Bắc Ninh", "Hai Phong city" → "Hai Phong". */
export function placeName(label: string): string {
  const bare = label
    .replace(/^(?:tỉnh|thành phố|tp\.?)\s+/iu, '')
    .replace(/\s+province$/iu, '')
    .trim();
  return geoKindOf(bare) === 'province' ? bare : label.trim(); // "HCM City" keeps its "City"
}

/** A first line such as "Bắc Ninh: Sản xuất công nghiệp …" names the article's locality. */
export function titleLocality(text: string): string {
  // the title is the first line, after a site's date stamp if one stands above it
  const first = text.split(/\r\n|\r|\n/).find((l) => l.trim() !== '' && !isDateStamp(l)) ?? '';
  const m = /^\s*([^:–—]{2,40}?)\s*[:–—]\s/u.exec(first);
  return m && geoKindOf(m[1]!) === 'province' ? placeName(m[1]!) : '';
}

/**
 * The province a sentence opens with, set off by a comma or colon: "In Bắc Ninh, …", "Tại Bắc Ninh, …",
 * "Thái Nguyên, where …", "Bắc Ninh: …"; '' for none, and for a dateline ("Hanoi, August 6, 2025 –").
 */
export function sentenceLocality(s: string): string {
  const m =
    /^\s*(?:(?:[Ii]n|[Aa]t|[Ff]or|[Tt]ại|[Ởở]|[Rr]iêng|[Cc]òn|[Vv]ới)\s+)?((?:(?:[Tt]ỉnh|[Tt]hành phố|TP\.?)\s+)?[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3})\s*([,:])/u.exec(
      s,
    );
  if (!m) return '';
  if (/^\s*\p{L}+\s+\d{1,2}\b|^\s*\d{1,2}[/.]\d|^\s*ngày\s+\d/iu.test(s.slice(m.index + m[0].length))) return ''; // a dateline
  // "In Bắc Ninh Province," is a name whole; before a colon, the longest name the words begin with
  return m[2] === ',' ? provinceNamed(m[1]!) : leadingProvince(m[1]!.split(/\s+/));
}

/** A provincial statistics office's report names its province in its heading: every figure is the province's. */
// "CỤC THỐNG KÊ TỈNH X", "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH X", "Ủy ban nhân dân tỉnh X", "X Statistics Office"
const ISSUER =
  /^\s*(?:(?:CỤC|CHI CỤC)\s+)?(?:THỐNG\s+KÊ|CỔNG THÔNG TIN ĐIỆN TỬ|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|SỞ CÔNG THƯƠNG)\s+(?:TỈNH|THÀNH\s+PHỐ|TP\.?)\s+(.{2,30}?)\s*$|^\s*(?:the\s+)?statistics\s+office\s+of\s+(.{2,30}?)(?:\s+province|\s+city)?\s*$|^\s*(.{2,30}?)\s+(?:provincial\s+|city\s+)?statistics\s+office\s*$/iu;

/** The first province a text names (capitalised words, longest name first): "Chỉ số sản xuất công nghiệp Hà Nội" → Hà Nội. */
export function localityIn(text: string): string {
  for (const m of text.matchAll(/[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,3}/gu)) {
    const words = m[0].split(/\s+/);
    for (let from = 0; from < words.length; from++) {
      const name = leadingProvince(words.slice(from));
      if (name) return name;
    }
  }
  return '';
}

/** The province a label names ("tỉnh Bắc Ninh" → Bắc Ninh), or ''. */
function provinceNamed(label: string): string {
  const name = placeName(label);
  return geoKindOf(name) === 'province' ? name : '';
}

/** The longest province name the words begin with ("Hà Nội Statistics" → Hà Nội), or ''. */
function leadingProvince(words: string[]): string {
  for (let n = words.length; n >= 1; n--) {
    const name = provinceNamed(words.slice(0, n).join(' '));
    if (name) return name;
  }
  return '';
}

/** "Bắc Ninh mới", "Bắc Ninh (cũ)": a province named as after or before the 2025 merger. */
const NEW_OR_OLD = /\s*\(?(?:mới|cũ)\)?\s*$/iu;

/** "Theo Cục Thống kê Hà Nội", "the Bac Ninh Statistics Office": the locality whose office the figures come from. */
export function officeLocality(s: string): string {
  const m =
    /(?<![\p{L}])(?:Cục|Chi cục|Sở Công Thương|Ủy ban nhân dân|UBND)\s+(?:Thống kê\s+)?(?:(?:tỉnh|thành phố|TP\.?)\s+)?([\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*){0,3})/u.exec(
      s,
    ) ??
    /\b(?:the\s+)?([A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+){0,3})\s+(?:Provincial\s+|City\s+|Municipal\s+)?Statistics\s+(?:Office|Department)\b/u.exec(s) ??
    /\bStatistics\s+(?:Office|Department)\s+of\s+([A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+){0,3})/u.exec(s);
  return m ? leadingProvince(m[1]!.split(/\s+/)) : '';
}

/** The province whose statistics office issued the text, from its heading lines; '' when none. */
export function issuerLocality(text: string): string {
  const head = text
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, 4)
    .flatMap((l) => [l, ...headSegments(l)]); // "THỐNG KÊ THÀNH PHỐ HẢI PHÒNG      CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
  for (const line of head) {
    const m = ISSUER.exec(line);
    const name = m ? (m[1] ?? m[2] ?? m[3]!).replace(NEW_OR_OLD, '').trim() : '';
    if (!name) continue;
    // headings are often in capitals: "BÌNH DƯƠNG" is Bình Dương
    const title = name.toLocaleLowerCase('vi').replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toLocaleUpperCase('vi'));
    const province = provinceNamed(title);
    if (province) return province;
  }
  return '';
}

/** A paragraph opening "HCM City – …" or "Hà Nội (TTXVN) – …" names where the news comes from. */
export function datelineLocality(text: string): string {
  for (const line of text.split(/\r\n|\r|\n/)) {
    // trimmed first: a run of spaces before the name would be tried in every split with the name's own spaces
    const m = /^([\p{L} .'-]{2,30}?)\s*(?:\([^)]{1,20}\))?\s*[–—-]\s/u.exec(line.trimStart());
    if (m && geoKindOf(m[1]!) === 'province') return placeName(m[1]!);
  }
  return '';
}

/**
 * The subject phrase before a figure, as written ("the processing and manufacturing industry"),
 * or '' when the segment names none (the previous figure's subject, or the index, then applies).
 */
const PRONOUN_SUBJECT = /^(?:it|this|this index|the index|chỉ số này|nó)$/iu;
export const REVISED_FIGURE =
  /\b(?:revis\w*|corrected|updated)\b.*\b(?:figure|data|estimate|reading)\b|\b(?:initially|first|earlier|originally|previously)\s+(?:put|estimated|pegged|reported|placed)\b|(?<![\p{L}])điều chỉnh(?![\p{L}]).*(?<![\p{L}])(?:số liệu|con số)(?![\p{L}])|(?<![\p{L}])(?:số liệu|con số)(?![\p{L}]).*(?<![\p{L}])điều chỉnh(?![\p{L}])/iu;

export function itemPhrase(segment: string, parenAt: number | null, phrases: PeriodPhrase[], segStart: number): string {
  const cleaned = cleanItem(parenAt === null ? segment : segment.slice(0, parenAt), phrases, segStart);
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
  if (item === '' && introEnd >= 0) {
    item = trimItem(
      cleaned
        .slice(0, introBefore)
        .replace(VERB_CUT, '')
        .replace(/.*(?:such as|including|focused on|—|:|;)/iu, '')
        .replace(/\s+(?:was|is|were|are|remained|stayed|became)\b.*$/iu, ''), // "Mining was the only drag: it slipped 2.1%"
    );
    if (REASON_OPENING.test(item)) item = ''; // "partly because the Tết holiday …, while February saw a …" is no subject
  }
  if (item !== '' && PRONOUN_SUBJECT.test(item)) item = ''; // "chỉ số này", "this index": the subject before
  item = item.replace(REASON_OPENING, '').trim(); // "do sản lượng dầu thô khai thác giảm 13,1%": the clause's own subject
  if (REVISED_FIGURE.test(item)) item = ''; // "GSO also revised January's figure, which now shows": the figure before
  if (GENERIC_SUBJECT.test(item)) item = ''; // "mức tăng cao nhất…; riêng tháng 5 tăng 2,5%": the same subject
  return item;
}
