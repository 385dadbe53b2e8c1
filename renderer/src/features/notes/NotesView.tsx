// The notes panel: every note, filtered by series, author, tag, status and text (diacritics
// ignored); each opens its chart. Sharing (export, import, conflicts) on top.
import { useMemo, useState } from 'react';
import type { CatalogGroup, SeriesSummary } from '@shared/contract/catalog.js';
import type { NoteView } from '@shared/contract/notes.js';
import { formatPeriod, seriesName } from '@shared/format.js';
import type { Lang } from '@shared/lang.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
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
  const series = seriesIndex(useBridgeQuery('catalog:list', {}).data);
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
        <label className="field">
          <span className="field__label">{s.filters.series}</span>
          <select data-testid="notes-filter-series" value={filter.series} onChange={(e) => set({ series: e.target.value })}>
            <option value="">{s.filters.all}</option>
            {seriesKeys.map((key) => (
              <option key={key} value={key}>
                {series.get(key) ? seriesName(series.get(key)!, lang) : key.replaceAll('|', ' / ')}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{s.filters.author}</span>
          <select data-testid="notes-filter-author" value={filter.author} onChange={(e) => set({ author: e.target.value })}>
            <option value="">{s.filters.all}</option>
            {distinct(
              notes.map((n) => n.author),
              lang,
            ).map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{s.filters.tag}</span>
          <select data-testid="notes-filter-tag" value={filter.tag} onChange={(e) => set({ tag: e.target.value })}>
            <option value="">{s.filters.all}</option>
            {distinct(
              notes.flatMap((n) => n.tags),
              lang,
            ).map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">{s.filters.status}</span>
          <select data-testid="notes-filter-status" value={filter.status} onChange={(e) => set({ status: e.target.value as NotesFilter['status'] })}>
            <option value="">{s.filters.all}</option>
            <option value="draft">{s.statuses.draft}</option>
            <option value="approved">{s.statuses.approved}</option>
          </select>
        </label>
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
