// A catalog search as the places and items each of its words occurs in: a series matches when every
// word is in its place's names or its item's names (codes, Vietnamese and English, diacritics and
// case ignored). Only the reference lists' hundred-odd names are read, never every series; they are
// folded when the lists are loaded and kept in catalogSearchText (migration 0080).
import { searchHaystack, searchWords } from '../../shared/text.js';
import type { Db } from '../db/connection.js';
import { statement } from '../db/statements.js';
import { untilChange } from '../db/until-change.js';
import { listGeos, listItems, type GeoRow, type ItemRow } from '../reference/repository.js';

/** The places and the items whose names hold one word of a search. */
export interface WordMatch {
  geos: string[];
  items: string[];
}

export interface Reference {
  geos: Map<string, GeoRow>;
  items: Map<string, ItemRow>;
  geoText: Map<string, string>;
  itemText: Map<string, string>;
}

/** Folds every place's and item's names for searching, once: when the reference lists are loaded. */
export function refreshSearchTexts(db: Db): void {
  statement(db, 'DELETE FROM catalogSearchText').run();
  const put = statement(db, 'INSERT INTO catalogSearchText (kind, code, text) VALUES (?, ?, ?)');
  for (const g of listGeos(db)) put.run('geo', g.code, searchHaystack(g.code, g.nameVi, g.nameEn));
  for (const i of listItems(db)) put.run('item', i.code, searchHaystack(i.code, i.nameVi, i.nameEn));
}

/** The reference lists with each name folded for searching (as kept, else folded now): kept until the store changes. */
export function reference(db: Db): Reference {
  return untilChange(db, 'catalogReference', () => {
    const geos = new Map(listGeos(db).map((g) => [g.code, g]));
    const items = new Map(listItems(db).map((i) => [i.code, i]));
    const kept = statement<{ kind: string; code: string; text: string }>(db, 'SELECT kind, code, text FROM catalogSearchText').all();
    const keptText = new Map(kept.map((k) => [`${k.kind}|${k.code}`, k.text]));
    const textOf = (kind: string, { code, nameVi, nameEn }: GeoRow | ItemRow) => keptText.get(`${kind}|${code}`) ?? searchHaystack(code, nameVi, nameEn);
    return {
      geos,
      items,
      geoText: new Map([...geos.values()].map((g) => [g.code, textOf('geo', g)])),
      itemText: new Map([...items.values()].map((i) => [i.code, textOf('item', i)])),
    };
  });
}

const holding = (texts: Map<string, string>, occursIn: (text: string) => boolean): string[] =>
  [...texts].filter(([, text]) => occursIn(text)).map(([code]) => code);

/**
 * What each word of `search` matches; a word found in every place's or every item's names matches
 * every series and is left out, so an empty list matches everything.
 */
export function searchMatches(ref: Reference, search: string | undefined): WordMatch[] {
  const matches: WordMatch[] = [];
  for (const occursIn of searchWords(search ?? '')) {
    const geos = holding(ref.geoText, occursIn);
    const items = holding(ref.itemText, occursIn);
    if (geos.length < ref.geos.size && items.length < ref.items.size) matches.push({ geos, items });
  }
  return matches;
}

/** The same test in JavaScript, for series already read. */
export function seriesMatcher(matches: WordMatch[]): (geoCode: string, itemCode: string) => boolean {
  const sets = matches.map((m) => ({ geos: new Set(m.geos), items: new Set(m.items) }));
  return (geoCode, itemCode) => sets.every((m) => m.geos.has(geoCode) || m.items.has(itemCode));
}
