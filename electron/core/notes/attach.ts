// What a note's anchor finds in the store now: whether its figure or series is there (a note
// whose figure went with an undone release, or came from a colleague's store, is unattached until
// it comes back) and, for a figure, its value now against the value when the note was written.
import type { NoteRecord, NoteValue, NoteView } from '../../shared/contract/notes.js';
import type { Basis } from '../../shared/domain.js';
import { findSeries, type SeriesRow } from '../catalog/repository.js';
import type { Db } from '../db/connection.js';
import { shownFigure } from '../figures/figure.js';
import { shownFiguresByPeriod } from '../figures/series-read.js';
import { seriesHasFigures } from '../figures/repository.js';
import { agreeUpToRounding } from '../figures/select.js';

interface Found {
  attached: boolean;
  valueNow: NoteValue | null;
  /** The anchor's series, if the store holds it. */
  seriesId: number | null;
}

type Anchor = NoteRecord['anchor'];

/** Figure notes on one series past which reading the whole series costs less than a figure at a time. */
const WHOLE_SERIES_AFTER = 16;

/**
 * Looks anchors up, remembering each series and, once several notes ask for figures of one series,
 * its shown figures for the lookups that follow: a thousand notes on a few series read those series
 * once, and a thousand notes on a thousand series read one figure each, not a thousand series.
 */
export function anchorFinder(db: Db): (anchor: Anchor) => Found {
  const series = new Map<string, SeriesRow | null>();
  const shown = new Map<string, Map<string, NoteValue>>();
  const hasFigures = new Map<string, boolean>();
  const asked = new Map<string, number>();
  const seriesOf = (geo: string, item: string, measure: NonNullable<Anchor['measure']>): SeriesRow | null => {
    const key = `${geo}|${item}|${measure}`;
    if (!series.has(key)) series.set(key, findSeries(db, geo, item, measure) ?? null);
    return series.get(key)!;
  };
  const shownOf = (row: SeriesRow, basis: Basis): Map<string, NoteValue> => {
    const key = `${row.id}|${basis}`;
    let values = shown.get(key);
    if (!values) {
      values = new Map([...shownFiguresByPeriod(db, row, basis)].map(([period, f]) => [period, { value: f.value, decimals: f.decimals }]));
      shown.set(key, values);
    }
    return values;
  };
  return (anchor) => {
    if (anchor.geo === null || anchor.item === null || anchor.measure === null) return { attached: true, valueNow: null, seriesId: null };
    const row = seriesOf(anchor.geo, anchor.item, anchor.measure);
    if (!row) return { attached: false, valueNow: null, seriesId: null };
    if (anchor.scope !== 'figure') {
      const basis = anchor.scope === 'series' ? anchor.basis : null;
      const key = `${row.id}|${basis}`;
      if (!hasFigures.has(key)) hasFigures.set(key, seriesHasFigures(db, row.id, basis));
      return { attached: hasFigures.get(key)!, valueNow: null, seriesId: row.id };
    }
    const key = `${row.id}|${anchor.basis}`;
    const times = (asked.get(key) ?? 0) + 1;
    asked.set(key, times);
    const valueNow =
      times < WHOLE_SERIES_AFTER && !shown.has(key)
        ? figureValue(db, row, anchor.period, anchor.basis)
        : (shownOf(row, anchor.basis).get(anchor.period) ?? null);
    return { attached: valueNow !== null, valueNow, seriesId: row.id };
  };
}

function figureValue(db: Db, row: SeriesRow, period: string, basis: Basis): NoteValue | null {
  const figure = shownFigure(db, row, period, basis);
  return figure ? { value: figure.value, decimals: figure.decimals } : null;
}

/** One anchor, looked up afresh (one figure read, not its whole series). */
export function findAnchor(db: Db, anchor: Anchor): Found {
  if (anchor.scope !== 'figure') return anchorFinder(db)(anchor);
  const row = findSeries(db, anchor.geo, anchor.item, anchor.measure);
  const valueNow = row ? figureValue(db, row, anchor.period, anchor.basis) : null;
  return { attached: valueNow !== null, valueNow, seriesId: row?.id ?? null };
}

export function toView(note: NoteRecord, found: Found, inConflict: boolean): NoteView {
  const { history: _history, ...record } = note;
  const { attached, valueNow, seriesId } = found;
  const written = note.valueWhenWritten;
  const changedSinceWritten = written !== null && valueNow !== null && !agreeUpToRounding(written.value, written.decimals, valueNow.value, valueNow.decimals);
  return { ...record, attached, valueNow, changedSinceWritten, inConflict, seriesId };
}
