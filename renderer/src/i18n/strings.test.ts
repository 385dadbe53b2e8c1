// Every strings module has the same words in Vietnamese and English: the same keys at every
// depth, no empty text, and phrases (functions) that take the same arguments and say something.
import { describe, expect, it } from 'vitest';
import type { Localized } from '@shared/lang.js';
import { VOCABULARY } from '@shared/vocabulary.js';
import { CATALOG_STRINGS } from '../features/catalog/strings.js';
import { EXPLORE_STRINGS } from '../features/explore/strings.js';
import { LAYOUT_STRINGS } from '../features/import/layoutStrings.js';
import { REMEMBERED_STRINGS } from '../features/import/rememberedStrings.js';
import { IMPORT_STRINGS } from '../features/import/strings.js';
import { FIGURE_STRINGS } from '../features/figure/strings.js';
import { HELP_STRINGS } from '../features/help/strings.js';
import { LATEST_STRINGS } from '../features/latest/strings.js';
import { NOTES_STRINGS } from '../features/notes/strings.js';
import { EXPORT_STRINGS } from '../features/export/strings.js';
import { RELEASES_STRINGS } from '../features/releases/strings.js';
import { SHELL_STRINGS } from '../shell/strings.js';
import { COMMON_STRINGS } from './common.js';

const MODULES: Record<string, Localized<object>> = {
  vocabulary: VOCABULARY,
  common: COMMON_STRINGS,
  shell: SHELL_STRINGS,
  catalog: CATALOG_STRINGS,
  explore: EXPLORE_STRINGS,
  latest: LATEST_STRINGS,
  releases: RELEASES_STRINGS,
  import: IMPORT_STRINGS,
  layout: LAYOUT_STRINGS,
  remembered: REMEMBERED_STRINGS,
  notes: NOTES_STRINGS,
  figure: FIGURE_STRINGS,
  export: EXPORT_STRINGS,
  help: HELP_STRINGS,
};

/** Each leaf as "path: kind", functions with their argument count. */
function leaves(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}: phrase/${value.length}`];
  if (typeof value === 'string') return [`${path}: text`];
  if (typeof value !== 'object' || value === null) return [`${path}: ${typeof value}`];
  return Object.keys(value)
    .sort()
    .flatMap((key) => leaves((value as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
}

/** Every text, and every phrase said with placeholder arguments ('1' for each). */
function sayings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String((value as (...args: unknown[]) => unknown)(...Array.from({ length: value.length }, () => '1')))];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(sayings);
}

describe('renderer strings', () => {
  it.each(Object.entries(MODULES))('%s has every key in both languages', (_name, strings) => {
    expect(leaves(strings.en)).toEqual(leaves(strings.vi));
  });

  it.each(Object.entries(MODULES))('%s says something in every text and phrase, in both languages', (_name, strings) => {
    for (const lang of ['vi', 'en'] as const) {
      for (const said of sayings(strings[lang])) expect(said.trim()).not.toBe('');
    }
  });
});
