// The notes charts of these series show (their own and the bands on every chart), asked again
// whenever the store or a note changes: a chart never asks for every note in the store.
import { useMemo } from 'react';
import type { NoteView, SeriesCodes } from '@shared/contract/notes.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';

/** As many series as notes:list takes in `onSeries`. */
const SERIES_AT_MOST = 1000;

/** `series` null: not asked for yet (a chart asks once its figures are in, so they never wait behind its notes). */
export function useNotes(series: readonly SeriesCodes[] | null): NoteView[] {
  const key = series === null ? null : JSON.stringify(distinctSeries(series));
  const input = useMemo(() => {
    if (key === null) return null;
    const onSeries = JSON.parse(key) as SeriesCodes[];
    // a ranking of more bars than notes:list takes series: every note, as before
    return onSeries.length > SERIES_AT_MOST ? {} : { onSeries };
  }, [key]);
  return useBridgeQuery('notes:list', input).data?.notes ?? [];
}

/** Each series once, in a stable order (the same series asked the same way). */
function distinctSeries(series: readonly SeriesCodes[]): SeriesCodes[] {
  const byKey = new Map(series.map(({ geo, item, measure }) => [`${geo}|${item}|${measure}`, { geo, item, measure }]));
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, s]) => s);
}
