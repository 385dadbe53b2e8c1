// The notes panel: every note, filtered by series, author, tag, status and text (diacritics
// ignored); each opens its chart. Sharing (export, import, conflicts) on top.
import { useMemo, useState } from 'react';
import type { CatalogGroup, SeriesSummary } from '@shared/contract/catalog.js';
import { NOTE_STATUSES, type NoteView } from '@shared/contract/notes.js';
import { formatPeriod, seriesName } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { SelectField } from '../../components/SelectField.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { openTab } from '../../state/navigation.js';
import { updateExplore } from '../explore/exploreState.js';
import { NoteItem } from './NoteItem.js';
import { distinct, exportFilter, filterNotes, NO_FILTER, seriesKeyOf, type NotesFilter } from './notesFilter.js';
import { NotesShare } from './NotesShare.js';
import { NOTES_STRINGS } from './strings.js';
import { UndoDelete } from './UndoDelete.js';
import { useNotes } from './useNotes.js';

function seriesIndex(groups: CatalogGroup[] | undefined): Map<string, SeriesSummary> {
  const index = new Map<string, SeriesSummary>();
  for (const g of groups ?? []) for (const s of g.series) index.set(`${s.geo.code}|${s.item.code}|${s.measure}`, s);
  return index;
}

/**
 * Notes naming at most this many place × item pairs ask for those places' and items' series; past
 * it (notes all over a national store) the whole catalog, which the core keeps until the store
 * changes, is answered sooner than a narrowed one read again.
 */
const PAIRS_AT_MOST = 1000;

/** The catalog's part a list of notes needs: the series of the places and items they name (null: none named). */
function catalogOfNotes(notes: readonly NoteView[]): { geos?: string[]; items?: string[] } | null {
  const geos = new Set<string>();
  const items = new Set<string>();
  for (const { anchor } of notes) {
    if (anchor.geo !== null) geos.add(anchor.geo);
    if (anchor.item !== null) items.add(anchor.item);
  }
  if (geos.size === 0) return null;
  return geos.size * Math.max(1, items.size) > PAIRS_AT_MOST ? {} : { geos: [...geos].sort(), items: [...items].sort() };
}

function anchorLabel(note: NoteView, series: Map<string, SeriesSummary>, lang: Lang, everyChart: string): string {
  const a = note.anchor;
  const key = seriesKeyOf(note);
  const found = key ? series.get(key) : undefined;
  const subject = key === null ? everyChart : found ? seriesName(found, lang) : `${a.geo} / ${a.item}`;
  if (a.scope === 'figure') return `${subject} · ${formatPeriod(a.period, lang)}`;
  if (a.scope === 'range') return `${subject} · ${formatPeriod(a.from, lang)} – ${formatPeriod(a.to, lang)}`;
  return subject;
}

export function NotesView() {
  const lang = useLang();
  const s = useStrings(NOTES_STRINGS);
  const notes = useNotes();
  // Notes are not dated: every note, named from today's catalog whatever the as-of date; of the
  // catalog, only the places and items the notes name (not the whole catalog).
  const named = useMemo(() => catalogOfNotes(notes), [notes]);
  const series = seriesIndex(useBridgeQuery('catalog:list', named, { undated: true }).data?.groups);
  const [filter, setFilter] = useState<NotesFilter>(NO_FILTER);
  const shown = useMemo(() => filterNotes(notes, filter), [notes, filter]);
  const set = (change: Partial<NotesFilter>) => setFilter((f) => ({ ...f, ...change }));
  const seriesKeys = distinct(
    notes.map(seriesKeyOf).filter((k): k is string => k !== null),
    lang,
  );

  const showChart = (note: NoteView) => {
    const key = seriesKeyOf(note);
    const target = key ? series.get(key) : undefined;
    if (target) updateExplore((st) => ({ ...st, mode: 'series', series: target }));
    openTab('explore');
  };

  return (
    <div className="notes-view" data-testid="view-notes">
      <NotesShare filter={exportFilter(filter)} shown={shown.length} />
      <UndoDelete />
      <div className="fields notes-filter">
        <FilterSelect
          label={s.filters.series}
          testId="notes-filter-series"
          value={filter.series}
          all={s.filters.all}
          options={seriesKeys.map((key) => [key, series.get(key) ? seriesName(series.get(key)!, lang) : key.replaceAll('|', ' / ')])}
          onChange={(value) => set({ series: value })}
        />
        <FilterSelect
          label={s.filters.author}
          testId="notes-filter-author"
          value={filter.author}
          all={s.filters.all}
          options={distinct(
            notes.map((n) => n.author),
            lang,
          ).map((a) => [a, a])}
          onChange={(value) => set({ author: value })}
        />
        <FilterSelect
          label={s.filters.tag}
          testId="notes-filter-tag"
          value={filter.tag}
          all={s.filters.all}
          options={distinct(
            notes.flatMap((n) => n.tags),
            lang,
          ).map((t) => [t, t])}
          onChange={(value) => set({ tag: value })}
        />
        <FilterSelect
          label={s.filters.status}
          testId="notes-filter-status"
          value={filter.status}
          all={s.filters.all}
          options={NOTE_STATUSES.map((st) => [st, s.statuses[st]])}
          onChange={(value) => set({ status: value as NotesFilter['status'] })}
        />
        <label className="field field--grow">
          <span className="field__label">{s.filters.search}</span>
          <input type="search" data-testid="notes-search" value={filter.search} onChange={(e) => set({ search: e.target.value })} />
        </label>
      </div>
      {notes.length === 0 ? (
        <p className="empty">{s.noNotes}</p>
      ) : shown.length === 0 ? (
        <p className="empty">{s.noMatch}</p>
      ) : (
        <ul className="note-list" data-testid="notes-list">
          {shown.map((note) => (
            <NoteItem key={note.id} note={note} anchorLabel={`${s.scopes[note.anchor.scope]}: ${anchorLabel(note, series, lang, s.everyChart)}`}>
              <button type="button" className="button button--small" data-testid="note-show-chart" onClick={() => showChart(note)}>
                {s.showChart}
              </button>
            </NoteItem>
          ))}
        </ul>
      )}
    </div>
  );
}

interface FilterSelectProps {
  label: string;
  testId: string;
  value: string;
  /** The first option's text: no filter. */
  all: string;
  /** [value, text] pairs. */
  options: [string, string][];
  onChange: (value: string) => void;
}

function FilterSelect({ all, options, ...field }: FilterSelectProps) {
  return <SelectField {...field} options={[{ value: '', label: all }, ...options.map(([value, label]) => ({ value, label }))]} />;
}
