// The notes list a page at a time for a filter, asked again when the store or a note changes:
// through the catalog's PageLoader (one request at a time, answers to an older filter dropped).
// Until the asked page is here, the last page shown stays on screen.
import { useEffect, useState } from 'react';
import type { NoteFilter, NoteView } from '@shared/contract/notes.js';
import { invoke } from '../../bridge/bridge.js';
import { markReady } from '../../bridge/useBridgeQuery.js';
import { useDataVersion } from '../../state/dataVersion.js';
import { useReportError } from '../../state/errors.js';
import { PageLoader, type LoaderState } from '../catalog/pageLoader.js';

/** Notes drawn at once: a screenful or two of cards, whatever the store holds. */
export const NOTES_PAGE_SIZE = 50;

interface NotesAnswer {
  notes: NoteView[];
  total: number;
}

export interface NotesPageState {
  notes: NoteView[];
  /** Notes matching the filter in all; undefined until the first answer. */
  total: number | undefined;
  /** True until the asked page of the current filter is here. */
  loading: boolean;
  /** The page the notes on screen are (the one asked once it is here): what the pager says. */
  shownPage: number;
}

const NOTHING: LoaderState<NotesAnswer> = { searchKey: null, pages: new Map() };

export function useNotesPage(filter: NoteFilter, page: number): NotesPageState {
  const report = useReportError();
  const version = useDataVersion();
  const key = JSON.stringify({ version, filter });
  const [state, setState] = useState<LoaderState<NotesAnswer>>(NOTHING);
  const [loader] = useState(
    () =>
      new PageLoader<NotesAnswer>(
        async (searchKey, number) => {
          const asked = (JSON.parse(searchKey) as { filter: NoteFilter }).filter;
          const { notes, total } = await invoke('notes:list', { ...asked, offset: number * NOTES_PAGE_SIZE, limit: NOTES_PAGE_SIZE });
          return { notes, total: total ?? notes.length };
        },
        (next) => {
          setState(next);
          if (next.pages.size > 0) markReady();
        },
        report,
      ),
  );
  useEffect(() => loader.search(key), [loader, key]);
  useEffect(() => loader.want([page]), [loader, page, key]);
  const current = state.searchKey === key ? state.pages.get(page) : undefined;
  const [last, setLast] = useState<{ answer: NotesAnswer; page: number } | undefined>(undefined);
  if (current && current !== last?.answer) setLast({ answer: current, page });
  const shown = current ? { answer: current, page } : last;
  return { notes: shown?.answer.notes ?? [], total: shown?.answer.total, loading: current === undefined, shownPage: shown?.page ?? page };
}
