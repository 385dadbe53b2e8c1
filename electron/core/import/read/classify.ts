// Recognising what a label means, shared by the table formats (PX, JSON-stat, SDMX) and press text:
// period labels, locality names, and comparison phrases (what a figure is compared against).
import type { Basis, Measure, Status, Unit } from '../../../shared/domain.js';
import { cumulativePeriod, monthPeriod, parsePeriod, quarterPeriod, yearPeriod } from '../../../shared/period.js';
import { foldForSearch } from '../../../shared/text.js';

// ---------------------------------------------------------------------------------------------- periods

export type TimeScale = 'A1' | 'H1' | 'Q1' | 'M1' | 'W1';

export interface PeriodReading {
  period: string;
  status?: Status;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const MONTH_NAMES: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** Status words in a period label: "Sơ bộ 2024", "Ước tính tháng 11/2025", "2024 (prel.)". */
export function statusInText(text: string): Status | undefined {
  const f = foldForSearch(text);
  if (/\b(so bo|preliminary|prel\.?|provisional)\b/.test(f)) return 'preliminary';
  if (/\b(uoc tinh|uoc|estimated?|est\.?)\b/.test(f)) return 'estimate';
  if (/\b(chinh thuc|official|final)\b/.test(f)) return 'official';
  return undefined;
}

/**
 * Reads a period as tables label it: codes (2024M11, 2024-M11, 2024-11, 202411, 2024Q3, 20243 with scale Q1,
 * 2024-Q3, 2024H1, 2024) and words (Tháng 11/2024, Tháng 11 năm 2024, Quý III/2024, Năm 2024, 6 tháng đầu năm 2024,
 * 11 tháng năm 2025, Nov 2024, Jan–Nov 2025, Q3 2024). Returns null when it is not a period.
 */
export function readPeriodLabel(text: string, scale?: TimeScale | null): PeriodReading | null {
  const status = statusInText(text);
  const withStatus = (period: string): PeriodReading => (status ? { period, status } : { period });
  const raw = text.trim();
  const canonical = parsePeriod(raw);
  if (canonical && !(scale && /^\d{5,6}$/.test(raw))) return withStatus(canonical.code);
  let m: RegExpExecArray | null;
  const t = foldForSearch(raw)
    .replace(/\b(so bo|uoc tinh|uoc|chinh thuc|preliminary|prel\.?|provisional|estimated?|est\.?|official)\b/g, ' ')
    .replace(/[()*]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const month = (y: number, mo: number): PeriodReading | null => (mo >= 1 && mo <= 12 ? withStatus(monthPeriod(y, mo).code) : null);
  const quarter = (y: number, q: number): PeriodReading | null => (q >= 1 && q <= 4 ? withStatus(quarterPeriod(y, q).code) : null);
  const cumul = (y: number, mo: number): PeriodReading | null => (mo >= 1 && mo <= 12 ? withStatus(cumulativePeriod(y, mo).code) : null);
  // Codes.
  if ((m = /^(\d{4}) ?-? ?m(\d{1,2})$/.exec(t))) return month(+m[1]!, +m[2]!);
  if ((m = /^(\d{4}) ?-? ?[qk](\d)$/.exec(t))) return quarter(+m[1]!, +m[2]!);
  if ((m = /^(\d{4}) ?-? ?h([12])$/.exec(t))) return m[2] === '1' ? withStatus(cumulativePeriod(+m[1]!, 6).code) : withStatus(`${m[1]}-07..${m[1]}-12`);
  if ((m = /^(\d{4})(\d{2})$/.exec(t)) && (!scale || scale === 'M1')) return month(+m[1]!, +m[2]!);
  if ((m = /^(\d{4})(\d)$/.exec(t)) && scale === 'Q1') return quarter(+m[1]!, +m[2]!);
  if ((m = /^(\d{4})(\d)$/.exec(t)) && scale === 'H1')
    return m[2] === '1' ? withStatus(cumulativePeriod(+m[1]!, 6).code) : m[2] === '2' ? withStatus(`${m[1]}-07..${m[1]}-12`) : null;
  if ((m = /^(\d{4})$/.exec(t))) return withStatus(yearPeriod(+m[1]!).code);
  // Vietnamese words.
  if ((m = /^(?:nam )?(\d{4})$/.exec(t))) return withStatus(yearPeriod(+m[1]!).code);
  if ((m = /^(\d{1,2}) thang(?: dau)?(?: nam)?[ /]*(\d{4})$/.exec(t))) return cumul(+m[2]!, +m[1]!);
  if ((m = /^(?:thang|t) ?(\d{1,2})(?: ?\/ ?| nam | )(\d{4})$/.exec(t))) return month(+m[2]!, +m[1]!);
  if ((m = /^(\d{1,2}) ?\/ ?(\d{4})$/.exec(t))) return month(+m[2]!, +m[1]!);
  if ((m = /^quy (i{1,3}|iv|[1-4])(?: ?\/ ?| nam | )(\d{4})$/.exec(t))) return quarter(+m[2]!, ROMAN[m[1]!] ?? +m[1]!);
  // English words.
  if ((m = /^([a-z]+)\.? (\d{4})$/.exec(t)) && MONTH_NAMES[m[1]!]) return month(+m[2]!, MONTH_NAMES[m[1]!]!);
  if ((m = /^([a-z]+)\.? ?[-–—] ?([a-z]+)\.? (\d{4})$/.exec(t)) && MONTH_NAMES[m[1]!] === 1 && MONTH_NAMES[m[2]!]) return cumul(+m[3]!, MONTH_NAMES[m[2]!]!);
  if ((m = /^q([1-4]) ?[-/]? ?(\d{4})$/.exec(t))) return quarter(+m[2]!, +m[1]!);
  if ((m = /^(?:year )?(\d{4})$/.exec(t))) return withStatus(yearPeriod(+m[1]!).code);
  return null;
}

/** Names of time dimensions (folded): Năm, Tháng, Kỳ, Quý, Thời gian, Time, Period, Month, Quarter, Year. */
export function isTimeDimensionName(name: string): boolean {
  const f = foldForSearch(name);
  return /^(nam|thang|ky|quy|thoi gian|thoi ky|ky bao cao|time|period|month|quarter|year|tid|date|time period|time_period|nam\/thang|thang\/nam)$/.test(f);
}

// ---------------------------------------------------------------------------------------------- localities

/**
 * Country and province names, pre-2025 (63) and post-2025 (34, all among the 63) lists, plus common English and
 * short forms. Matched folded (no diacritics, any case) so "Hoà Bình" / "Hòa Bình" / "Hoa Binh" all match.
 * data/reference/localities.json, once it exists, is the authority; this list only decides "is this a place?".
 */
const PROVINCES = [
  'Hà Nội',
  'Hồ Chí Minh',
  'Hải Phòng',
  'Đà Nẵng',
  'Cần Thơ',
  'Huế',
  'Thừa Thiên Huế',
  'Hà Giang',
  'Cao Bằng',
  'Bắc Kạn',
  'Tuyên Quang',
  'Lào Cai',
  'Điện Biên',
  'Lai Châu',
  'Sơn La',
  'Yên Bái',
  'Hòa Bình',
  'Thái Nguyên',
  'Lạng Sơn',
  'Quảng Ninh',
  'Bắc Giang',
  'Phú Thọ',
  'Vĩnh Phúc',
  'Bắc Ninh',
  'Hải Dương',
  'Hưng Yên',
  'Thái Bình',
  'Hà Nam',
  'Nam Định',
  'Ninh Bình',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Bình',
  'Quảng Trị',
  'Quảng Nam',
  'Quảng Ngãi',
  'Bình Định',
  'Phú Yên',
  'Khánh Hòa',
  'Ninh Thuận',
  'Bình Thuận',
  'Kon Tum',
  'Gia Lai',
  'Đắk Lắk',
  'Đắk Nông',
  'Lâm Đồng',
  'Bình Phước',
  'Tây Ninh',
  'Bình Dương',
  'Đồng Nai',
  'Bà Rịa - Vũng Tàu',
  'Bà Rịa Vũng Tàu',
  'Long An',
  'Tiền Giang',
  'Bến Tre',
  'Trà Vinh',
  'Vĩnh Long',
  'Đồng Tháp',
  'An Giang',
  'Kiên Giang',
  'Hậu Giang',
  'Sóc Trăng',
  'Bạc Liêu',
  'Cà Mau',
  'Đắc Lắc',
  'Đăk Lăk',
  'Đắk Lăk',
  // English / short forms
  'Hanoi',
  'Ha Noi',
  'HCM City',
  'HCMC',
  'Ho Chi Minh City',
  'Saigon',
  'Sài Gòn',
  'Haiphong',
  'Da Nang',
  'Danang',
  'Hue',
  'Thua Thien-Hue',
  'Vung Tau',
  'Ba Ria-Vung Tau',
];
const COUNTRY = ['Toàn quốc', 'Cả nước', 'Việt Nam', 'Vietnam', 'Viet Nam', 'Whole country', 'National', 'Country', 'Nationwide', 'VN', 'VNM'];
const REGIONS = [
  'Đồng bằng sông Hồng',
  'Trung du và miền núi phía Bắc',
  'Bắc Trung Bộ và duyên hải miền Trung',
  'Tây Nguyên',
  'Đông Nam Bộ',
  'Đồng bằng sông Cửu Long',
  'Red River Delta',
  'Northern midlands and mountain areas',
  'Central Highlands',
  'South East',
  'Mekong River Delta',
];

const strip = (f: string): string =>
  f
    .replace(/^(tinh|thanh pho|tp\.?|tp|t\.p\.?|province of|city of)\s+/, '')
    .replace(/\s+(province|city)$/, '')
    .replace(/\s*-\s*/g, ' ')
    .trim();
const PROVINCE_SET = new Set(PROVINCES.map((p) => strip(foldForSearch(p))));
const COUNTRY_SET = new Set(COUNTRY.map((p) => foldForSearch(p)));
const REGION_SET = new Set(REGIONS.map((p) => foldForSearch(p)));

export type GeoKindGuess = 'country' | 'province' | 'region';

/** Says whether a label names the country, a region or a province; null otherwise. */
export function geoKindOf(label: string): GeoKindGuess | null {
  const f = foldForSearch(label);
  if (COUNTRY_SET.has(f)) return 'country';
  if (REGION_SET.has(f)) return 'region';
  if (PROVINCE_SET.has(strip(f))) return 'province';
  return null;
}

/** Province names (folded) for finding them inside text. */
export function provinceNamesFolded(): string[] {
  return [...PROVINCE_SET];
}

export function isGeoDimensionName(name: string): boolean {
  const f = foldForSearch(name);
  return /^(tinh|tinh\/thanh pho|tinh, thanh pho|tinh thanh pho|dia phuong|dia ban|vung|vung kinh te|province|provinces|region|locality|localities|area|geo|geography|ref_area|reference area|country|dia phuong\/vung)$/.test(
    f,
  );
}

// ---------------------------------------------------------------------------------------------- comparisons

export interface Comparison {
  basis?: Basis;
  unit?: Unit;
  baseYear?: number;
  measure?: Measure;
}

/**
 * Reads what a heading/contents/unit text says about the comparison:
 * "so với cùng kỳ năm trước" → yoy; "so với tháng trước" → mom; "Năm gốc 2010", "2010=100", "base year 2010" → base
 * 2010; "tốc độ tăng", "% change" → pct; "Chỉ số", "index" → index; "điểm phần trăm", "percentage points" → pp and
 * contribution; "đóng góp", "contribution" → contribution.
 */
export function readComparison(text: string): Comparison {
  const f = foldForSearch(text);
  const c: Comparison = {};
  let m: RegExpExecArray | null;
  if ((m = /(?:nam goc|ky goc|goc|base year|base period|base|reference year)\s*:?\s*(\d{4})/.exec(f)) || (m = /(\d{4})\s*=\s*100/.exec(f))) {
    c.basis = 'base';
    c.baseYear = Number(m[1]);
    c.unit = 'index';
  } else if (
    /cung ky|cung thang nam truoc|same (?:period|month|quarter) (?:of |in )?(?:the )?(?:last|previous|prior) year|year[- ]on[- ]year|\by-?o-?y\b|corresponding period (?:of )?(?:the )?previous year|over the previous year|nam truoc/.test(
      f,
    )
  ) {
    c.basis = 'yoy';
  } else if (/thang truoc|ky truoc|previous (?:month|period)|month[- ]on[- ]month|\bm-?o-?m\b|prior month/.test(f)) {
    c.basis = 'mom';
  }
  if (/diem phan tram|percentage points?|\bpp\b|\bp\.p\.?/.test(f)) {
    c.unit = 'pp';
    c.measure = 'contribution';
  } else if (/dong gop|contribution/.test(f)) {
    c.measure = 'contribution';
    c.unit = 'pp';
  } else if (c.basis !== 'base') {
    if (/toc do tang|tang\/giam|tang giam|% change|percent change|percentage change|growth rate|change \(%\)|rate of change|\bchange\b|\bgrowth\b/.test(f))
      c.unit = 'pct';
    else if (/chi so|\bindex\b|\bindices\b/.test(f)) c.unit = 'index';
  }
  return c;
}

/** Physical quantity units ("Nghìn tấn", "Triệu kWh", "Chiếc"): not %, not index, not points. */
export function looksLikeQuantityUnit(text: string): boolean {
  const f = foldForSearch(text);
  if (!f || /%|phan tram|percent|chi so|index|diem|point|\bpct\b/.test(f)) return false;
  return /tan|kwh|chiec|cai|m3|m2|lit|doi|bo|tri(?:e|ê)u|nghin|ngan|kg|tons?|tonnes?|units?|pieces?|pairs?|litres?|liters?|cubic|square|meters?|metres?/.test(
    f,
  );
}
