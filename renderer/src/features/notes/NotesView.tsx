// The notes panel: the notes a page at a time, filtered by series, author, tag, status and text
// (the store filters, diacritics ignored, and answers only the page shown: a national store holds
// thousands of notes); each opens its chart. Sharing (export, import, conflicts) on top.
import { useMemo, useState } from 'react';
import type { CatalogGroup, SeriesSummary } from '@shared/contract/catalog.js';
import { NOTE_STATUSES, type NoteFacets, type NoteView } from '@shared/contract/notes.js';
import { formatPeriod, seriesName, subjectName } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { lastPage, Pager } from '../../components/Pager.js';
import { SelectField } from '../../components/SelectField.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { openTab } from '../../state/navigation.js';
import { useDebounced } from '../../state/useDebounced.js';
import { updateExplore } from '../explore/exploreState.js';
import { NoteItem } from './NoteItem.js';
import { distinct, exportFilter, NO_FILTER, seriesKeyOf, type NotesFilter } from './notesFilter.js';
import { NotesShare } from './NotesShare.js';
import { NOTES_STRINGS } from './strings.js';
import { UndoDelete } from './UndoDelete.js';
import { NOTES_PAGE_SIZE, useNotesPage } from './useNotesPage.js';

const SEARCH_DELAY_MS = 150;

function seriesIndex(groups: CatalogGroup[] | undefined): Map<string, SeriesSummary> {
  const index = new Map<string, SeriesSummary>();
  for (const g of groups ?? []) for (const s of g.series) index.set(`${s.geo.code}|${s.item.code}|${s.measure}`, s);
  return index;
}

/** The catalog's part the notes shown need: their series, by id (null: none in the store). */
function catalogOfNotes(notes: readonly NoteView[]): { ids: number[] } | null {
  const ids = [...new Set(notes.flatMap((n) => (n.seriesId == null ? [] : [n.seriesId])))].sort((a, b) => a - b);
  return ids.length === 0 ? null : { ids };
}

/** The series filter's choices: each series a note is on, by name. */
function seriesOptions(facets: NoteFacets | undefined, lang: Lang): [string, string][] {
  const geos = new Map((facets?.geos ?? []).map((g) => [g.code, g]));
  const items = new Map((facets?.items ?? []).map((i) => [i.code, i]));
  const options = (facets?.series ?? []).map((key): [string, string] => {
    const [geo, item] = key.split('|') as [string, string];
    const [g, i] = [geos.get(geo), items.get(item)];
    return [key, g && i ? subjectName(g, i, lang) : key.replaceAll('|', ' / ')];
  });
  return options.sort((a, b) => a[1].localeCompare(b[1], lang));
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
  const [filter, setFilter] = useState<NotesFilter>(NO_FILTER);
  const [page, setPage] = useState(0);
  const search = useDebounced(filter.search.trim(), SEARCH_DELAY_MS);
  const asked = useMemo(() => exportFilter({ ...filter, search }), [filter, search]);
  const { notes, total, loading, shownPage } = useNotesPage(asked, page);
  const facets = useBridgeQuery('notes:facets', {}).data;
  // Notes are not dated: named from today's catalog whatever the as-of date; of the catalog, only
  // the series of the notes shown.
  const named = useMemo(() => catalogOfNotes(notes), [notes]);
  const series = seriesIndex(useBridgeQuery('catalog:list', named, { undated: true }).data?.groups);
  const set = (change: Partial<NotesFilter>) => {
    setFilter((f) => ({ ...f, ...change }));
    setPage(0);
  };
  // A change (a note deleted on the last page) may leave the page past the end: the last one then.
  if (!loading && total !== undefined && page > lastPage(total, NOTES_PAGE_SIZE)) setPage(lastPage(total, NOTES_PAGE_SIZE));
  const anyNote = (facets?.authors.length ?? 0) > 0;

  const showChart = (note: NoteView) => {
    const key = seriesKeyOf(note);
    const target = key ? series.get(key) : undefined;
    if (target) updateExplore((st) => ({ ...st, mode: 'series', series: target }));
    openTab('explore');
  };

  return (
    <div className="notes-view" data-testid="view-notes">
      {/* the export takes the filter as typed; the list follows it once the typing pauses */}
      <NotesShare filter={exportFilter(filter)} shown={total ?? 0} />
      <UndoDelete />
      <div className="fields notes-filter">
        <FilterSelect
          label={s.filters.series}
          testId="notes-filter-series"
          value={filter.series}
          all={s.filters.all}
          options={seriesOptions(facets, lang)}
          onChange={(value) => set({ series: value })}
        />
        <FilterSelect
          label={s.filters.author}
          testId="notes-filter-author"
          value={filter.author}
          all={s.filters.all}
          options={distinct(facets?.authors ?? [], lang).map((a) => [a, a])}
          onChange={(value) => set({ author: value })}
        />
        <FilterSelect
          label={s.filters.tag}
          testId="notes-filter-tag"
          value={filter.tag}
          all={s.filters.all}
          options={distinct(facets?.tags ?? [], lang).map((t) => [t, t])}
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
          <input type="search" data-testid="notes-search" placeholder={s.searchHint} value={filter.search} onChange={(e) => set({ search: e.target.value })} />
        </label>
      </div>
      {total === 0 && !loading ? (
        <p className="empty">{anyNote ? s.noMatch : s.noNotes}</p>
      ) : (
        <>
          <Pager page={shownPage} pageSize={NOTES_PAGE_SIZE} total={total ?? 0} onPage={setPage} testId="notes-pager" />
          <ul className="note-list" data-testid="notes-list" data-total={total} aria-busy={loading}>
            {notes.map((note) => (
              <NoteItem key={note.id} note={note} anchorLabel={`${s.scopes[note.anchor.scope]}: ${anchorLabel(note, series, lang, s.everyChart)}`}>
                <button type="button" className="button button--small" data-testid="note-show-chart" onClick={() => showChart(note)}>
                  {s.showChart}
                </button>
              </NoteItem>
            ))}
          </ul>
        </>
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
