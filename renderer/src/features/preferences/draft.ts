// The Preferences screen's fields as typed, and what of them differs from the store's preferences.
// Pure: the store checks the values (a number of backups that is none is refused there, named).
import type { ExportSize, Preferences } from '@shared/contract/preferences.js';

export interface PreferencesDraft {
  authorName: string;
  language: Preferences['language'];
  numberFormat: Preferences['numberFormat'];
  exportFormat: Preferences['exportFormat'];
  aspect: ExportSize['aspect'];
  scale: string;
  backupsKept: string;
}

export const draftOf = (p: Preferences): PreferencesDraft => ({
  authorName: p.authorName ?? '',
  language: p.language,
  numberFormat: p.numberFormat,
  exportFormat: p.exportFormat,
  aspect: p.exportSize.aspect,
  scale: String(p.exportSize.scale),
  backupsKept: String(p.backupsKept),
});

/** A whole number as typed; anything else (an empty field too, never 0) stays not a number for the store to refuse. */
const typedNumber = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The preferences the draft changes: an empty name is no name. */
export function changedPreferences(saved: Preferences, draft: PreferencesDraft): Partial<Preferences> {
  const wanted: Preferences = {
    authorName: draft.authorName.trim() === '' ? null : draft.authorName.trim(),
    language: draft.language,
    numberFormat: draft.numberFormat,
    exportFormat: draft.exportFormat,
    exportSize: { aspect: draft.aspect, scale: typedNumber(draft.scale) as ExportSize['scale'] },
    backupsKept: typedNumber(draft.backupsKept),
  };
  const changes: Partial<Record<keyof Preferences, unknown>> = {};
  for (const key of Object.keys(wanted) as (keyof Preferences)[]) if (JSON.stringify(wanted[key]) !== JSON.stringify(saved[key])) changes[key] = wanted[key];
  return changes as Partial<Preferences>;
}
