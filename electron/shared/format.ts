// Number, date and name formatting by UI language. Pure: no DOM, no React.
import type { FigureValue } from './contract/figures.js';
import type { GeoRef, ItemRef } from './contract/reference.js';
import type { SeriesSummary } from './contract/catalog.js';
import type { Unit } from './domain.js';
import { COUNTRY_CODE, TOTAL_ITEM } from './domain.js';
import { parsePeriod, periodLabel } from './period.js';
import type { Lang } from './lang.js';

const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const MINUS = '\u2212';

/**
 * How numbers are written: as the language writes them ('auto'), or always with one language's
 * separators ('vi' 1.234,5; 'en' 1,234.5). The window sets it from the user's preference; the core
 * never does (its exports write numbers as the language they are asked in).
 */
let separatorsOf: Lang | 'auto' = 'auto';

export function setNumberFormat(format: Lang | 'auto'): void {
  separatorsOf = format;
}

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, decimals: number): Intl.NumberFormat {
  const locale = LOCALE[separatorsOf === 'auto' ? lang : separatorsOf];
  const key = `${locale}:${decimals}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, f);
  }
  return f;
}

/** Plain number with the figure's own precision: vi "8,8", en "8.8"; negatives use a true minus. */
export function formatNumber(value: number, decimals: number, lang: Lang): string {
  const d = Math.max(0, Math.min(6, Math.trunc(decimals)));
  const text = numberFormat(lang, d).format(Math.abs(value));
  return isNegative(value, d) ? MINUS + text : text;
}

/** A value that rounds to zero at this precision is shown without a sign. */
function isNegative(value: number, decimals: number): boolean {
  return value < 0 && Math.round(Math.abs(value) * 10 ** decimals) !== 0;
}
function isPositive(value: number, decimals: number): boolean {
  return value > 0 && Math.round(value * 10 ** decimals) !== 0;
}

/** A % change with its sign: "+8,8%" / "−3,4%". */
export function formatChange(value: number, decimals: number, lang: Lang): string {
  const sign = isPositive(value, decimals) ? '+' : '';
  return `${sign}${formatNumber(value, decimals, lang)}%`;
}

/** A value in its unit: % change signed, pp "8,8 điểm %" / "8.8 pp", index plain, qty with its unit. */
export function formatValue(value: number, unit: Unit, decimals: number, lang: Lang, quantityUnit?: string | null): string {
  switch (unit) {
    case 'pct':
      return formatChange(value, decimals, lang);
    case 'pp':
      return `${formatNumber(value, decimals, lang)} ${lang === 'vi' ? 'điểm %' : 'pp'}`;
    case 'index':
      return formatNumber(value, decimals, lang);
    case 'qty':
      return quantityUnit ? `${formatNumber(value, decimals, lang)} ${quantityUnit}` : formatNumber(value, decimals, lang);
  }
}

export function formatFigure(f: Pick<FigureValue, 'value' | 'unit' | 'decimals' | 'quantityUnit'>, lang: Lang): string {
  return formatValue(f.value, f.unit, f.decimals, lang, f.quantityUnit);
}

/** Axis ticks: no more decimals than needed, no sign. */
export function formatTick(value: number, lang: Lang): string {
  let decimals = 0;
  while (decimals < 2 && Math.abs(Math.round(value * 10 ** decimals) - value * 10 ** decimals) > 1e-9) decimals++;
  return formatNumber(value, decimals, lang);
}

/** A count with grouping: vi "1.234", en "1,234". */
export function formatCount(n: number, lang: Lang): string {
  return numberFormat(lang, 0).format(n);
}

/** An ISO date (YYYY-MM-DD) for people: vi "10/06/2025", en "10 Jun 2025". */
export function formatDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return dateFormat(lang).format(date);
}

/** One formatter a language: making one takes a third of a millisecond, and a table dates every row. */
const dateFormatters = new Map<Lang, Intl.DateTimeFormat>();
function dateFormat(lang: Lang): Intl.DateTimeFormat {
  let f = dateFormatters.get(lang);
  if (!f) {
    const options: Intl.DateTimeFormatOptions =
      lang === 'vi'
        ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }
        : { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' };
    dateFormatters.set(lang, (f = new Intl.DateTimeFormat(LOCALE[lang], options)));
  }
  return f;
}

const MONTH_NAMES_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day in words, for sentences: "5 March 2024" / "5 tháng 3 năm 2024"; anything else shown as is. */
export function formatLongDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) return iso;
  const day = Number(m[3]);
  return lang === 'vi' ? `${day} tháng ${month} năm ${m[1]}` : `${day} ${MONTH_NAMES_EN[month - 1]} ${m[1]}`;
}

/** "2025-01..2025-05" → "5 tháng đầu năm 2025" / "Jan–May 2025"; unknown notation shown as is. */
export function formatPeriod(code: string, lang: Lang): string {
  const p = parsePeriod(code);
  return p ? periodLabel(p, lang) : code;
}

/** Place names keep their Vietnamese spelling in both languages (as English-language press writes them); only the whole country is translated. */
export const geoName = (geo: Pick<GeoRef, 'nameVi' | 'nameEn' | 'kind'>, lang: Lang): string =>
  lang === 'en' && geo.kind === 'country' ? geo.nameEn : geo.nameVi;
export const itemName = (item: Pick<ItemRef, 'nameVi' | 'nameEn'>, lang: Lang): string => (lang === 'vi' ? item.nameVi : item.nameEn || item.nameVi);

/** What a row of a ranking or a catalog entry is called: the locality, the item, or both. */
export function subjectName(geo: GeoRef, item: ItemRef, lang: Lang): string {
  const national = geo.code === COUNTRY_CODE || geo.kind === 'country';
  if (national) return itemName(item, lang);
  if (item.code === TOTAL_ITEM || item.kind === 'total') return geoName(geo, lang);
  return `${itemName(item, lang)} — ${geoName(geo, lang)}`;
}

export const seriesName = (s: SeriesSummary, lang: Lang): string => subjectName(s.geo, s.item, lang);

/** A product's unit of output in the reader's language (the reference list's, not the words a source used); null for indices. */
export const itemQuantityUnit = (item: SeriesSummary['item'], lang: Lang): string | null =>
  lang === 'vi' ? item.quantityUnitVi : (item.quantityUnitEn ?? item.quantityUnitVi);
