// A notes filter as SQL: series, status and deletion compared as columns (the series through the
// index notesBySeries), author, tag and text (with the names of the note's place and item) through
// functions registered on the connection that fold diacritics as the rest of the app does ("phu tho"
// finds "Phú Thọ"). Each note's folded text
// is kept by revision (a hash of its content), so a search typed letter by letter folds every note
// once, not once a keystroke.
import type { NoteFilter, SeriesCodes } from '../../shared/contract/notes.js';
import { foldForSearch, matchesSearch, searchHaystack, searchMatcher } from '../../shared/text.js';
import type { Db } from '../db/connection.js';
import { resolveGeo, resolveItem } from '../reference/names.js';
import type { NotesCondition } from './repository.js';

/** Folded texts kept past which the oldest are dropped (a store holds thousands of notes, each edit adds one). */
const HAYSTACKS_KEPT = 50_000;

/**
 * The names of the places and items in both languages by code ('g' or 'i' before it), read once a
 * connection: the reference lists are loaded as the store opens and do not change while it is.
 */
const namesByDb = new WeakMap<Db, Map<string, string>>();
function referenceNames(db: Db): Map<string, string> {
  let names = namesByDb.get(db);
  if (!names) {
    const sql = "SELECT 'g' || code AS key, nameVi || ' | ' || nameEn AS names FROM geos UNION ALL SELECT 'i' || code, nameVi || ' | ' || nameEn FROM items";
    names = new Map((db.prepare(sql).all() as { key: string; names: string }[]).map((r) => [r.key, r.names]));
    namesByDb.set(db, names);
  }
  return names;
}

const registered = new WeakSet<Db>();

/** Registers the folding functions the filter calls; before any statement using them is prepared. */
export function registerNoteSearch(db: Db): void {
  if (registered.has(db)) return;
  const haystacks = new Map<string, string>();
  let lastQuery: { query: string; test: (haystack: string) => boolean } | null = null;
  // A note's place and item are searched by their names in both languages ("phu tho" finds the notes
  // on Phú Thọ); the revision hashes the anchor, so it still names the haystack.
  const haystackOf = (revision: string, text: string, author: string, tags: string, geo: unknown, item: unknown): string => {
    let haystack = haystacks.get(revision);
    if (haystack === undefined) {
      if (haystacks.size >= HAYSTACKS_KEPT) haystacks.delete(haystacks.keys().next().value!);
      const names = referenceNames(db);
      haystack = searchHaystack(text, author, ...(JSON.parse(tags) as string[]), names.get(`g${String(geo)}`), names.get(`i${String(item)}`));
      haystacks.set(revision, haystack);
    }
    return haystack;
  };
  db.function('iip_fold', { deterministic: true }, (text: unknown) => foldForSearch(String(text)));
  db.function('iip_matches', { deterministic: true }, (query: unknown, text: unknown) => (matchesSearch(String(query), String(text)) ? 1 : 0));
  db.function(
    'iip_note_matches',
    { deterministic: true },
    (query: unknown, revision: unknown, text: unknown, author: unknown, tags: unknown, geo: unknown, item: unknown) => {
      const q = String(query);
      if (lastQuery?.query !== q) lastQuery = { query: q, test: searchMatcher(q) };
      return lastQuery.test(haystackOf(String(revision), String(text), String(author), String(tags), geo, item)) ? 1 : 0;
    },
  );
  registered.add(db);
}

/** Which notes besides the filter's: deleted ones too; only those a chart of these series shows. */
export interface NotesScope {
  includeDeleted?: boolean;
  onSeries?: SeriesCodes[];
}

/** A code or name to the code it means; an unknown one (a colleague's) compared as written. */
const codeOf = (resolved: { code: string } | undefined, label: string): string => resolved?.code ?? label.trim();

/** The filter's conditions on the notes table, values bound. */
export function notesWhere(db: Db, filter: NoteFilter, { includeDeleted = false, onSeries }: NotesScope = {}): NotesCondition {
  const conditions: string[] = [];
  const params: Record<string, string> = {};
  const add = (condition: string, name: string, value: string) => {
    conditions.push(condition);
    params[name] = value;
  };
  if (!includeDeleted) conditions.push('deletedAt IS NULL');
  if (onSeries)
    add(
      `((geoCode, itemCode, measure) IN (SELECT json_extract(value, '$.geo'), json_extract(value, '$.item'), json_extract(value, '$.measure') FROM json_each(@onSeries))
        OR (scope = 'range' AND geoCode IS NULL))`,
      'onSeries',
      JSON.stringify(onSeries),
    );
  if (filter.geo) add('geoCode = @geo', 'geo', codeOf(resolveGeo(db, filter.geo), filter.geo));
  if (filter.item) add('itemCode = @item', 'item', codeOf(resolveItem(db, filter.item), filter.item));
  if (filter.measure) add('measure = @measure', 'measure', filter.measure);
  if (filter.status) add('status = @status', 'status', filter.status);
  if (filter.author !== undefined) add('iip_matches(@author, author)', 'author', filter.author);
  if (filter.tag) add('EXISTS (SELECT 1 FROM json_each(notes.tags) t WHERE iip_fold(t.value) = @tag)', 'tag', foldForSearch(filter.tag));
  if (filter.search !== undefined) {
    referenceNames(db); // read here: a function a statement calls may not query the store
    add('iip_note_matches(@search, revision, text, author, tags, geoCode, itemCode)', 'search', filter.search);
  }
  return { where: conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`, params };
}
