// Which industry an SDMX series is about, read from codes that carry a classification inside them.
//
// Industry codes follow ISIC Rev.4 (and VSIC 2018, which keeps ISIC's sections and divisions): a section is one
// letter A–U, a division two digits 01–99, groups and classes three and four digits. The index of industrial
// production covers sections B (mining and quarrying), C (manufacturing), D (electricity, gas, steam and air
// conditioning supply) and E (water supply; sewerage, waste management); the whole industry is B–E.
//
// Indicator codes in the IMF's structures (IFS, ECOFIN, national summary data pages) are segments joined by "_":
// a concept prefix (AIP, IIP, IND_PROD, PROD …), optionally a classification marker and its code (ISIC4_C,
// ISIC_B, VSIC_10, NACE_R2_D), and a unit suffix (IX, PC_CP_A_PT, PC_PP_PT …). The IFS legacy codes fuse the
// activity into the prefix: AIPMA (manufacturing) and AIPMI (mining); AIPEE (electricity production, narrower than
// section D) and AIPCO (construction, outside industry) are left for the user to map. "_T" is SDMX's code for the
// total (section T, households as employers, is never an industry of the index). A code whose segments are not all
// understood is not placed: the caller sends the series to name mapping rather than guessing the whole industry.
import { TOTAL_ITEM } from '../../../shared/domain.js';

/** Unit and transformation suffixes (IMF code lists) dropped before reading the activity. */
const UNIT_SUFFIX = /_(IX|PC_CP_A_PT|PC_PP_PT|PC_CP_A|PC_PP|PT|PC|XDC|IDX|INDEX)$/;

/** Concept prefixes that name industrial production (the whole industry unless a code follows). */
const PRODUCTION_PREFIXES = [['IND', 'PROD'], ['INDUSTRIAL', 'PRODUCTION'], ['AIP'], ['IIP'], ['IPI'], ['PROD'], ['PRODUCTION']];

/** Fused IFS prefixes naming one section. */
const FUSED: Record<string, string> = { AIPMA: 'C', AIPMI: 'B' };

/** Classification markers: the code after them is an activity. */
const MARKERS = [['NACE', 'R2'], ['ISIC', 'REV4'], ['ISIC', 'R4'], ['ISIC4'], ['ISIC'], ['VSIC2018'], ['VSIC'], ['NACE'], ['ACT'], ['ACTIVITY']];

/** Codes for the whole of industry (sections B to E) or the total of all activities. */
const WHOLE = new Set(['_T', 'TOTAL', 'TOT', 'ALL', 'BTE', 'B-E', 'B_E', 'B_TO_E', 'BTOE', 'IND', 'INDUSTRY']);

/**
 * An activity code as the app's item code: a section letter, a division ("10"), a group or class (digits), or the
 * whole industry; undefined when the code is none of these.
 */
export function activityItem(code: string): string | undefined {
  const c = code.trim().toUpperCase();
  if (WHOLE.has(c)) return TOTAL_ITEM;
  if (/^[A-U]$/.test(c)) return c;
  if (/^\d{2,4}$/.test(c)) return c;
  // a section with its division or finer (C10, C1010) → the digits carry the detail
  const m = /^([A-U])(\d{2,4})$/.exec(c);
  if (m) return m[2];
  return undefined;
}

/** Segments of IMF indicator codes that mark a seasonally (or otherwise) adjusted series: AIP_SA_IX. */
const ADJUSTED_SEGMENTS = new Set(['SA', 'SCA', 'CA', 'SWDA']);

/** Whether an indicator code names an adjusted series (AIP_SA_IX). */
export const indicatorAdjusted = (indicator: string): boolean =>
  indicator
    .trim()
    .toUpperCase()
    .split(/[_.\-\s]+/)
    .some((s) => ADJUSTED_SEGMENTS.has(s));

const startsWith = (segments: string[], prefix: string[]): boolean => prefix.every((p, i) => segments[i] === p);

/**
 * The item an indicator code names: TOTAL for production without a breakdown (AIP_IX, IND_PROD), a section or
 * division when the code carries one (AIP_ISIC4_B_IX, IND_PROD_ISIC4_C, AIPMA_IX); undefined when the code is not
 * an industrial production code or has segments this does not understand.
 */
export function indicatorItem(indicator: string): string | undefined {
  let code = indicator
    .trim()
    .toUpperCase()
    .replace(/[.\-\s]+/g, '_')
    .replace(/(^|_)_T(?=_|$)/g, '$1TOTAL');
  for (let stripped = code.replace(UNIT_SUFFIX, ''); stripped !== code; stripped = code.replace(UNIT_SUFFIX, '')) code = stripped;
  let segments = code.split('_').filter((s) => s !== '');
  const fused = segments[0] !== undefined ? FUSED[segments[0]] : undefined;
  if (fused) return segments.length === 1 ? fused : undefined;
  const prefix = PRODUCTION_PREFIXES.find((p) => startsWith(segments, p));
  if (!prefix) return undefined;
  segments = segments.slice(prefix.length);
  if (segments.length === 0) return TOTAL_ITEM;
  const marker = MARKERS.find((m) => startsWith(segments, m));
  if (marker) segments = segments.slice(marker.length);
  if (WHOLE.has(segments.join('_'))) return TOTAL_ITEM;
  if (segments.length !== 1) return undefined;
  return activityItem(segments[0]!);
}
