// Matching the names a file uses to reference codes: aliases (reference lists and mappings the user
// confirmed before), the user's mappings for this import, and suggestions for what matches nothing.
import { said, type ImportSaid } from '../../../shared/messages/import.js';
import { excerpt, MAX_LABEL_CHARS } from '../read/limits.js';
import { COUNTRY_CODE, type FigureInput } from '../../../shared/domain.js';
import { parsePeriod } from '../../../shared/period.js';
import { foldForSearch, nameKey, textSimilarity } from '../../../shared/text.js';
import { oneEditApart } from '../../../shared/vietnamese.js';
import type { Db } from '../../db/connection.js';
import { addAliases, geoByCode, itemByCode } from '../../reference/repository.js';
import { statement } from '../../db/statements.js';
import { itemCore, resolveGeo, resolveItem } from '../../reference/names.js';
import type { NameKind, NameMappings, Suggestion, UnknownName } from '../../../shared/contract/import.js';
import { inSteps } from './progress.js';
import type { RawFigure } from '../types.js';

export type { NameKind, NameMappings, Suggestion, UnknownName };
export const emptyMappings = (): NameMappings => ({ geo: {}, item: {} });

export interface MatchResult {
  figures: (FigureInput & { rawIndex: number })[];
  unknown: UnknownName[];
}

const COUNTRY_LABELS = new Set(['', 'vn', 'viet nam', 'vietnam', 'ca nuoc', 'toan quoc', 'whole country']);

function mapped(mappings: NameMappings, kind: NameKind, label: string): string | undefined {
  const table = mappings[kind];
  // own keys only: a file naming a place "constructor" or "__proto__" must not find Object.prototype's
  const own = (key: string): string | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);
  return own(label) ?? own(label.normalize('NFC')) ?? Object.entries(table).find(([k]) => nameKey(k) === nameKey(label))?.[1];
}

/** Matches one figure at a time; names are looked up once (a file repeats a few dozen names thousands of times). */
export interface FigureMatcher {
  /** The figure with its names as codes, or null when a name matches nothing (noted in `unknown`). */
  match(raw: RawFigure, rawIndex: number): MatchResult['figures'][number] | null;
  /** The names that matched nothing so far, with up to five places each. */
  unknown(): UnknownName[];
}

export function figureMatcher(db: Db, mappings: NameMappings = emptyMappings()): FigureMatcher {
  const unknown = new Map<string, UnknownName>();
  const noteUnknown = (kind: NameKind, label: string, place: string): void => {
    const key = `${kind}|${nameKey(label)}`;
    const entry = unknown.get(key) ?? { kind, label, places: [], suggestions: suggest(db, kind, label) };
    if (entry.places.length < 5) entry.places.push(place);
    unknown.set(key, entry);
  };
  const geoCodes = new Map<string, string | undefined>();
  const geoCode = (label: string, period: string): string | undefined => {
    const key = `${label}\u0000${period}`;
    if (!geoCodes.has(key)) {
      const periodEnd = parsePeriod(period)?.end;
      geoCodes.set(key, COUNTRY_LABELS.has(foldForSearch(label)) ? COUNTRY_CODE : (mapped(mappings, 'geo', label) ?? resolveGeo(db, label, periodEnd)?.code));
    }
    return geoCodes.get(key);
  };
  const itemCodes = new Map<string, string | undefined>();
  const itemCode = (label: string): string | undefined => {
    if (!itemCodes.has(label)) itemCodes.set(label, mapped(mappings, 'item', label) ?? resolveItem(db, label)?.code);
    return itemCodes.get(label);
  };
  return {
    match(r, rawIndex) {
      const geo = geoCode(r.geoLabel, r.period);
      const item = itemCode(r.itemLabel);
      if (!geo) noteUnknown('geo', r.geoLabel, r.location);
      if (!item) noteUnknown('item', r.itemLabel, r.location);
      if (!geo || !item) return null;
      return {
        rawIndex,
        geo,
        item,
        measure: r.measure,
        period: r.period,
        basis: r.basis,
        unit: r.unit,
        baseYear: r.baseYear ?? null,
        value: r.value,
        decimals: r.decimals,
        status: r.status ?? 'estimate',
        quantityUnit: r.quantityUnit ?? null,
        quote: r.quote ?? null,
        location: r.location,
      };
    },
    unknown: () => [...unknown.values()],
  };
}

/** Matches every figure's names, a step at a time (see inSteps). */
export async function matchFigures(
  db: Db,
  raw: RawFigure[],
  mappings: NameMappings = emptyMappings(),
  onStep?: (done: number, total: number) => void,
): Promise<MatchResult> {
  const matcher = figureMatcher(db, mappings);
  const figures: MatchResult['figures'] = [];
  await inSteps(
    raw,
    (r, rawIndex) => {
      const f = matcher.match(r, rawIndex);
      if (f) figures.push(f);
    },
    onStep,
  );
  return { figures, unknown: matcher.unknown() };
}

/** Checks a mapping's codes exist; returns the problems. */
export function checkMappings(db: Db, mappings: NameMappings): ImportSaid[] {
  const problems: ImportSaid[] = [];
  const quote = (text: string): string => excerpt(text, 80);
  for (const [label, code] of Object.entries(mappings.geo))
    if (!geoByCode(db, code)) problems.push(said('mapping.no-locality', { label: quote(label), code: quote(code) }));
  for (const [label, code] of Object.entries(mappings.item))
    if (!itemByCode(db, code)) problems.push(said('mapping.no-item', { label: quote(label), code: quote(code) }));
  return problems;
}

/** Remembers confirmed mappings, so next month's file matches by itself. */
export function rememberMappings(db: Db, mappings: NameMappings): void {
  for (const kind of ['geo', 'item'] as const) for (const [label, code] of Object.entries(mappings[kind])) addAliases(db, kind, code, [label], 'user');
}

// ---- suggestions: a one-letter typo first, then the closest known names by shared character pairs --

/** The score of a name one letter away from a known one: above any mere likeness, below an exact match. */
export const TYPO_SCORE = 0.99;

/**
 * The known names closest to `label`. A name one edit (a letter added, left out, changed, or two
 * swapped) from a known name or its core comes first: "Xi mămg" suggests Xi măng. Only suggested; the
 * user confirms it (the name mapping), and it is remembered from then on.
 */
export function suggest(db: Db, kind: NameKind, label: string, limit = 3): Suggestion[] {
  const key = nameKey(label);
  // a label far longer than any known name resembles none (and comparing it with each would take long)
  if (!key || key.length > MAX_LABEL_CHARS) return [];
  const core = kind === 'item' ? itemCore(label) : key;
  const aliases = statement<{ folded: string; code: string }>(db, 'SELECT folded, code FROM aliases WHERE kind = ?').all(kind);
  const best = new Map<string, number>();
  for (const a of aliases) {
    let score = textSimilarity(key, a.folded);
    if (key.length >= 4 && (oneEditApart(key, a.folded) || (kind === 'item' && oneEditApart(core, itemCore(a.folded))))) score = Math.max(score, TYPO_SCORE);
    if (score > (best.get(a.code) ?? 0)) best.set(a.code, score);
  }
  const table = kind === 'geo' ? 'geos' : 'items';
  const name = statement<{ nameVi: string; nameEn: string }>(db, `SELECT nameVi, nameEn FROM ${table} WHERE code = ?`);
  return [...best.entries()]
    .filter(([, score]) => score >= 0.4)
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([code, score]) => ({ code, ...name.get(code)!, score: Math.round(score * 100) / 100 }));
}
