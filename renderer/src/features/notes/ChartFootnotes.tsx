// A chart's notes, numbered as on the chart, listed below it (what an exported slide carries).
import type { ChartNotes } from '@shared/notes/on-chart.js';
import { useStrings } from '../../i18n/useLang.js';
import { NoteItem } from './NoteItem.js';
import { NOTES_STRINGS } from './strings.js';

export function ChartFootnotes({ notes }: { notes: ChartNotes }) {
  const s = useStrings(NOTES_STRINGS);
  if (notes.footnotes.length === 0) return null;
  return (
    <section className="footnotes" aria-label={s.footnotes}>
      <ol className="note-list" data-testid="chart-notes">
        {notes.footnotes.map(({ n, note }) => (
          <NoteItem key={note.id} note={note} n={n} />
        ))}
      </ol>
    </section>
  );
}
