// Periods relative to the publication date ("last year", "tháng trước", "in July" with no year) and the
// publication date a text states in its dateline ("Hanoi, August 6, 2025 (VNA) –", "Ngày 6/8/2025",
// "Thứ Tư, 06/08/2025 09:15", "Posted: 06/08/2025"). English dates go through chrono-node; Vietnamese
// datelines write day/month/year in figures, read by the rules below.
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';

// Loaded on first use (a tenth of a second), so commands that read no press text do not pay for it.
let loaded: typeof Chrono | null = null;
const chronoLib = (): typeof Chrono => (loaded ??= createRequire(import.meta.url)('chrono-node') as typeof Chrono);

/** A publication date, as far as the reader needs it. */
export interface Published {
  year: number;
  month: number;
}

/** "2025-08-06" → { year: 2025, month: 8 }; null for anything else. */
export function publishedOf(iso: string | undefined): Published | null {
  const m = iso ? /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(iso) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

const iso = (y: number, m: number, d: number): string | null =>
  y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null;

/** Vietnamese and site datelines: day/month/year after "Ngày", a weekday ("Thứ Tư,", "Chủ nhật,") or "Posted:". */
const NUMERIC_DATELINE =
  /(?<![\p{L}])(?:[Nn]gày\s*:?|[Tt]hứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|\d)\s*,?|[Cc]hủ\s+[Nn]hật\s*,?|(?:Posted|Published|Updated|Cập nhật|Đăng)\s*:?)\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/u;

/** A line that is a site's date stamp and nothing more ("Đăng ngày: 05/05/2025", "Thứ Ba, 06/01/2026 10:30"). */
export function isDateStamp(line: string): boolean {
  return line.trim().length <= 60 && !line.includes('%') && (NUMERIC_DATELINE.test(line) || BARE_DATE.test(line));
}

/** A line that is a date and a time and nothing else: "10:12, 06/03/2026", "06/03/2026 10:12 GMT+7". */
const BARE_DATE = /^\s*(?:\d{1,2}:\d{2}\s*,?\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s*,?\s*\d{1,2}:\d{2}(?:\s*\(?GMT[+-]\d{1,2}\)?)?)?\s*$/u;

/** The parts of a head line set apart by wide spaces or bars, when there are several. */
export function headSegments(line: string): string[] {
  const parts = line.split(/\s{3,}|\s\|\s/u).filter((p) => p.trim() !== '');
  return parts.length > 1 ? parts : [];
}

/** The lines a dateline stands on: the first few non-empty ones. */
const DATELINE_LINES = 4;

/**
 * The publication date a text states at its head, as an ISO date, or null. An English dateline is taken
 * only with its year ("Hanoi, August 6 (VNA)" alone gives no year, and the reader never guesses one).
 */
export function datelineDate(text: string): string | null {
  // a head line may hold several things side by side ("Số: 512/BC-TKHP      Hải Phòng, ngày 06 tháng 12 năm 2025",
  // "By Anh Minh   Thursday, August 29, 2019 | 04:12 pm"): each is looked at on its own
  const head = text
    .split(/\r\n|\r|\n/)
    .filter((l) => l.trim() !== '')
    .slice(0, DATELINE_LINES)
    .flatMap((l) => [l, ...headSegments(l)]);
  for (const line of head) {
    // "Bình Dương, ngày 29 tháng 4 năm 2025": the place-and-date line of a Vietnamese administrative document
    const words = /(?<![\p{L}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})(?!\d)/iu.exec(line);
    if (words && line.trim().length <= 80 && !line.includes('%')) {
      const date = iso(Number(words[3]), Number(words[2]), Number(words[1]));
      if (date) return date;
    }
    const m = NUMERIC_DATELINE.exec(line) ?? BARE_DATE.exec(line);
    if (m) {
      const date = iso(Number(m[3]), Number(m[2]), Number(m[1]));
      if (date) return date;
    }
  }
  for (const line of head) {
    // an English dateline: "Hanoi, August 6, 2025 (VNA) –" or "August 6, 2025 –" before the story
    // or a line that is a date and little else: "Wednesday, August 6, 2025 | 09:15"
    const lead = /^(.{0,80}?)(?:\((?:VNA|VNS|VnExpress|VIR|Vietnam News Agency|Xinhua|Reuters)\)|\s[–—-]\s)/u.exec(line);
    const dateOnly = !line.includes('%') && line.trim().length <= 60 ? line.trim() : null;
    if (!lead && !dateOnly) continue;
    const found = chronoLib().en.parse(lead ? lead[1]! : dateOnly!)[0];
    if (!lead && found && dateOnly!.length - found.text.length > 25) continue;
    if (!found || !['year', 'month', 'day'].every((c) => found.start.isCertain(c as 'year' | 'month' | 'day'))) continue;
    const date = iso(found.start.get('year')!, found.start.get('month')!, found.start.get('day')!);
    if (date) return date;
  }
  return null;
}

/**
 * The year of a period with no year of its own, from the publication date: the most recent such period
 * not after publication (its last month at or before the publication month), else the year before.
 */
export function yearByPublication(lastMonth: number, pub: Published): number {
  return lastMonth <= pub.month ? pub.year : pub.year - 1;
}

/** "last month" from the publication date: its year and month. */
export function previousMonthOf(pub: Published): { year: number; month: number } {
  return pub.month === 1 ? { year: pub.year - 1, month: 12 } : { year: pub.year, month: pub.month - 1 };
}

/** Words after a period that place it relative to the publication year: "of this year", "năm nay", "năm trước". */
export const RELATIVE_YEAR_SUFFIX = /^\s*(?:(?:of\s+)?(this|last|the\s+previous|next)\s+year\b|năm\s+(nay|trước|ngoái|sau)(?![\p{L}]))/iu;

/** The year offset such a suffix means: 0 for this year, −1 for the previous one. */
export function offsetOfSuffix(word: string): number {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'this' || w === 'nay') return 0;
  if (w === 'next' || w === 'sau') return 1;
  return -1;
}

/**
 * Relative years and months standing as a period ("Last year, the IIP grew", "năm ngoái"), not as a
 * comparison ("over the same period last year", "so với cùng kỳ năm trước", "so với tháng trước").
 */
export const RELATIVE_PERIOD =
  /(?<!\b(?:same\s+(?:period|month|quarter)(?:\s+of)?|over|than|from|with|to|against|on|since|by|of|versus|vs\.?)\s+(?:the\s+)?)\b(this\s+year|last\s+year|the\s+(?:previous\s+year|year\s+before)|last\s+month|the\s+previous\s+month)\b(?!['’]s)|(?<!(?<![\p{L}])(?:kỳ|với|hơn|từ|bằng|điểm|thời gian|mức của)\s+)(?<![\p{L}])(năm\s+nay|năm\s+trước(?:\s+đó)?|năm\s+ngoái|tháng\s+trước)(?![\p{L}])/giu;
