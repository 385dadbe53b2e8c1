// What the user decided during a preview: a meaning (or "leave out") for each unrecognised name,
// and edits to the release details. Turned into the choices import:preview and import:commit take. Pure.
import type { ClashDecision, NameKind, NameMappings, Suggestion, UnknownName } from '@shared/contract/import.js';
import type { Status } from '@shared/domain.js';

export type NameDecision = { code: string } | 'leave-out' | null;

export interface NameChoice {
  kind: NameKind;
  label: string;
  places: string[];
  suggestions: Suggestion[];
  decision: NameDecision;
}

export const nameKey = (n: { kind: NameKind; label: string }): string => `${n.kind}|${n.label}`;

/**
 * Every name seen in this import, in the order first met, with the user's decisions kept. A name
 * that has been mapped no longer comes back as unknown, but stays listed so the choice can be changed.
 */
export function mergeNames(previous: NameChoice[], unknown: UnknownName[]): NameChoice[] {
  const fresh = new Map(unknown.map((u) => [nameKey(u), u]));
  const kept = previous.map((p) => {
    const u = fresh.get(nameKey(p));
    return u ? { ...p, places: u.places, suggestions: u.suggestions.length > 0 ? u.suggestions : p.suggestions } : p;
  });
  const known = new Set(previous.map(nameKey));
  const added = unknown
    .filter((u) => !known.has(nameKey(u)))
    .map((u): NameChoice => ({ kind: u.kind, label: u.label, places: u.places, suggestions: u.suggestions, decision: null }));
  return [...kept, ...added];
}

export function decide(names: NameChoice[], key: string, decision: NameDecision): NameChoice[] {
  return names.map((n) => (nameKey(n) === key ? { ...n, decision } : n));
}

/** Release fields as typed (strings), before they are checked. */
export type ReleaseDrafts = Partial<Record<'name' | 'publisher' | 'publishedOn' | 'status', string>>;

export interface ReleaseChoice {
  name?: string;
  publisher?: string;
  publishedOn?: string;
  status?: Status;
}

const STATUS_VALUES: readonly string[] = ['estimate', 'preliminary', 'official'];
const MAX_TEXT = 300;

/** The release edits worth sending: empty or malformed fields are left to the file. */
export function releaseChoice(drafts: ReleaseDrafts): ReleaseChoice | undefined {
  const out: ReleaseChoice = {};
  const name = drafts.name?.trim();
  if (name && name.length <= MAX_TEXT) out.name = name;
  const publisher = drafts.publisher?.trim();
  if (publisher && publisher.length <= MAX_TEXT) out.publisher = publisher;
  if (drafts.publishedOn && /^\d{4}-\d{2}-\d{2}$/.test(drafts.publishedOn)) out.publishedOn = drafts.publishedOn;
  if (drafts.status && STATUS_VALUES.includes(drafts.status)) out.status = drafts.status as Status;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The value kept for each figure an article states with different values, by file and clash key. */
export type ClashChoices = Record<string, { file: string; key: string; choice: ClashDecision }>;

export const clashId = (file: string, key: string): string => `${file}\u0000${key}`;

export function decideClash(clashes: ClashChoices, file: string, key: string, choice: ClashDecision): ClashChoices {
  return { ...clashes, [clashId(file, key)]: { file, key, choice } };
}

export interface ImportChoices {
  mappings?: NameMappings;
  skipUnknown?: boolean;
  release?: ReleaseChoice;
  clashChoices?: { file: string; key: string; choice: ClashDecision }[];
}

/**
 * Mappings for the names given a meaning; skipUnknown only once every name is decided and at least
 * one is left out (skipUnknown leaves out every unknown name, so it must not cover undecided ones).
 */
export function importChoices(names: NameChoice[], drafts: ReleaseDrafts, clashes: ClashChoices = {}): ImportChoices {
  const mappings: NameMappings = { geo: {}, item: {} };
  let mapped = 0;
  for (const n of names) {
    if (n.decision !== null && n.decision !== 'leave-out') {
      mappings[n.kind][n.label] = n.decision.code;
      mapped++;
    }
  }
  const allDecided = names.every((n) => n.decision !== null);
  const anyLeftOut = names.some((n) => n.decision === 'leave-out');
  const choices: ImportChoices = {};
  if (mapped > 0) choices.mappings = mappings;
  if (allDecided && anyLeftOut) choices.skipUnknown = true;
  const release = releaseChoice(drafts);
  if (release) choices.release = release;
  const clashChoices = Object.values(clashes);
  if (clashChoices.length > 0) choices.clashChoices = clashChoices;
  return choices;
}
