// The preferences, kept in the store's meta table (key and text), one row each: no table of their
// own, so no migration. The author and the number of backups kept keep the keys they had before
// preferences gathered them, so a store made by an earlier version keeps its values. A row missing,
// or holding what the preference does not take (written by another program), reads as the default.
import { DEFAULT_PREFERENCES, preferencesSchema, type PreferenceKey, type Preferences } from '../../shared/contract/preferences.js';
import type { Db } from '../db/connection.js';
import { deleteMeta, getMeta, setMeta } from '../db/meta.js';
import { writeTransaction } from '../db/transactions.js';
import { BadInputError } from '../errors.js';

interface StoredAs {
  key: string;
  /** The row's text for a value; null: no row (the default). */
  encode(value: unknown): string | null;
  decode(text: string): unknown;
}

const asText = (key: string): StoredAs => ({ key, encode: (value) => (value === null ? null : String(value)), decode: (text) => text });
const asJson = (key: string): StoredAs => ({
  key,
  encode: (value) => JSON.stringify(value),
  decode: (text) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  },
});
const asWholeNumber = (key: string): StoredAs => ({ key, encode: String, decode: (text) => (/^\d+$/.test(text) ? Number(text) : undefined) });

const STORED: Record<PreferenceKey, StoredAs> = {
  authorName: asText('notes.author'),
  backupsKept: asWholeNumber('backupsKept'),
  language: asText('preferences.language'),
  numberFormat: asText('preferences.numberFormat'),
  exportFormat: asText('preferences.exportFormat'),
  exportSize: asJson('preferences.exportSize'),
};

const KEYS = Object.keys(STORED) as PreferenceKey[];

/** One preference as stored, or its default. */
export function getPreference<K extends PreferenceKey>(db: Db, name: K): Preferences[K] {
  const { key, decode } = STORED[name];
  const text = getMeta(db, key);
  if (text === undefined) return DEFAULT_PREFERENCES[name];
  const parsed = preferencesSchema.shape[name].safeParse(decode(text));
  return parsed.success ? (parsed.data as Preferences[K]) : DEFAULT_PREFERENCES[name];
}

export function getPreferences(db: Db): Preferences {
  return Object.fromEntries(KEYS.map((name) => [name, getPreference(db, name)])) as Preferences;
}

/** Writes the preferences given, all in one transaction or none (a value a preference does not take is refused, naming it); answers them all. */
export function setPreferences(db: Db, changes: Partial<Preferences>): Preferences {
  const checked = preferencesSchema.partial().safeParse(changes);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    throw new BadInputError(`preference ${issue.path.join('.') || '(all)'}: ${issue.message}`);
  }
  const patch = checked.data;
  writeTransaction(db, () => {
    for (const name of KEYS) {
      if (!(name in patch) || patch[name] === undefined) continue;
      const { key, encode } = STORED[name];
      const text = encode(patch[name]);
      if (text === null) deleteMeta(db, key);
      else setMeta(db, key, text);
    }
  });
  return getPreferences(db);
}
