// What a note's anchor finds in the store now: whether its figure or series is there (a note
// whose figure went with an undone release, or came from a colleague's store, is unattached until
// it comes back) and, for a figure, its value now against the value when the note was written.
import type { NoteRecord, NoteValue, NoteView } from '../../shared/contract/notes.js';
import { findSeries } from '../catalog/repository.js';
import type { Db } from '../db/connection.js';
import { shownFigure } from '../figures/queries.js';
import { seriesHasFigures } from '../figures/repository.js';
import { agreeUpToRounding } from '../figures/select.js';

interface Found {
  attached: boolean;
  valueNow: NoteValue | null;
}

export function findAnchor(db: Db, anchor: NoteRecord['anchor']): Found {
  if (anchor.geo === null || anchor.item === null || anchor.measure === null) return { attached: true, valueNow: null };
  const series = findSeries(db, anchor.geo, anchor.item, anchor.measure);
  if (!series) return { attached: false, valueNow: null };
  if (anchor.scope !== 'figure') return { attached: seriesHasFigures(db, series.id, anchor.scope === 'series' ? anchor.basis : null), valueNow: null };
  const figure = shownFigure(db, series, anchor.period, anchor.basis);
  return figure ? { attached: true, valueNow: { value: figure.value, decimals: figure.decimals } } : { attached: false, valueNow: null };
}

export function toView(db: Db, note: NoteRecord, inConflict: boolean): NoteView {
  const { history: _history, ...record } = note;
  const { attached, valueNow } = findAnchor(db, note.anchor);
  const written = note.valueWhenWritten;
  const changedSinceWritten = written !== null && valueNow !== null && !agreeUpToRounding(written.value, written.decimals, valueNow.value, valueNow.decimals);
  return { ...record, attached, valueNow, changedSinceWritten, inConflict };
}
