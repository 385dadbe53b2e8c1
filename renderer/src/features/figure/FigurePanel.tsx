// Everything known of one figure, as text that can be selected and copied: value and status, each
// source with its quoted sentence or workbook cell, its history of vintages with a revision chart
// (FigureHistory), and its notes (written here).
// Opens from a click on a point, a bar or a table row (or Enter on the row); Escape closes it.
import { useEffect, useRef, useState } from 'react';
import type { FigureValue } from '@shared/contract/figures.js';
import type { NoteView } from '@shared/contract/notes.js';
import { formatDate, formatFigure, formatPeriod } from '@shared/format.js';
import { publisherShown } from '@shared/not-stated.js';
import { coveredPeriods, noteConcerns } from '@shared/notes/on-chart.js';
import { VOCABULARY } from '@shared/vocabulary.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { useStore } from '../../state/createStore.js';
import { NoteEditor } from '../notes/NoteEditor.js';
import { addNote } from '../notes/notesActions.js';
import { closeFigurePanel, figurePanelStore, type OpenFigure } from '../notes/notesState.js';
import { NoteItem } from '../notes/NoteItem.js';
import { NOTES_STRINGS } from '../notes/strings.js';
import { useNotes } from '../notes/useNotes.js';
import { FigureHistory } from './FigureHistory.js';
import { FIGURE_STRINGS } from './strings.js';

const isOnFigure = (note: NoteView, f: FigureValue): boolean =>
  note.anchor.scope === 'figure' &&
  note.anchor.geo === f.geo &&
  note.anchor.item === f.item &&
  note.anchor.measure === f.measure &&
  note.anchor.basis === f.basis &&
  note.anchor.period === f.period;

/** Series and range notes that cover this figure's period. */
const isAround = (note: NoteView, f: FigureValue): boolean =>
  !isOnFigure(note, f) &&
  note.anchor.scope !== 'figure' &&
  noteConcerns(note, f) &&
  (note.anchor.scope !== 'range' || coveredPeriods(note.anchor.from, note.anchor.to, [f.period]) !== null);

export function FigurePanel() {
  const open = useStore(figurePanelStore);
  if (!open) return null;
  const f = open.figure;
  // Keyed by the figure: another figure is a fresh panel (no half-written note carried over).
  return <FigureDetails key={`${f.seriesId}|${f.period}|${f.basis}|${f.unit}`} open={open} />;
}

function FigureDetails({ open }: { open: OpenFigure }) {
  const lang = useLang();
  const s = useStrings(FIGURE_STRINGS);
  const n = useStrings(NOTES_STRINGS);
  const v = useStrings(VOCABULARY);
  const notes = useNotes([{ geo: open.figure.geo, item: open.figure.item, measure: open.figure.measure }]);
  const [writing, setWriting] = useState(false);
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    const opener = document.activeElement;
    panel.current?.focus();
    return () => {
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, []);

  const f = open.figure;
  const own = notes.filter((note) => isOnFigure(note, f));
  const around = notes.filter((note) => isAround(note, f));
  return (
    <aside
      ref={panel}
      className="figure-panel"
      role="dialog"
      aria-labelledby="figure-panel-title"
      tabIndex={-1}
      data-testid="figure-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !writing) closeFigurePanel();
      }}
    >
      <header className="figure-panel__head">
        <h2 id="figure-panel-title">
          {open.subject} · {formatPeriod(f.period, lang)}
        </h2>
        <button type="button" className="button button--small" data-testid="figure-panel-close" onClick={closeFigurePanel}>
          {s.close}
        </button>
      </header>
      <dl className="facts">
        <dt>{s.value}</dt>
        <dd data-testid="figure-panel-value">
          {formatFigure(f, lang)} · {v.views(f.basis, f.unit)}
        </dd>
        <dt>{s.status}</dt>
        <dd>{v.status[f.status]}</dd>
        {f.derived && (
          <>
            <dt />
            <dd>{s.derived}</dd>
          </>
        )}
      </dl>
      <h3>{s.sources}</h3>
      <ol className="sources" data-testid="figure-panel-sources">
        {f.sources.map((src, i) => (
          <li key={`${src.releaseId}-${i}`}>
            <p>
              <strong>{s.published(src.releaseName, formatDate(src.publishedOn, lang))}</strong> · {publisherShown(src.publisher, lang)} ·{' '}
              {v.status[src.status]} · {formatFigure({ ...src, quantityUnit: f.quantityUnit }, lang)}
            </p>
            {src.quote && <blockquote className="quote">{src.quote}</blockquote>}
            {src.location && (
              <p className="muted">
                {s.location}: {src.location}
              </p>
            )}
            <p className="muted">
              {s.file}: {src.sourceFile}
              {src.statedPeriod && ` · ${s.statedPeriod}: ${src.statedPeriod}`}
            </p>
          </li>
        ))}
      </ol>
      <FigureHistory figure={f} subject={`${open.subject} · ${formatPeriod(f.period, lang)}`} />
      <h3>{s.notes}</h3>
      <ul className="note-list" data-testid="figure-panel-notes">
        {own.map((note) => (
          <NoteItem key={note.id} note={note} />
        ))}
      </ul>
      {writing ? (
        <NoteEditor
          onCancel={() => setWriting(false)}
          onSave={async (draft) => {
            await addNote({ anchor: { scope: 'figure', geo: f.geo, item: f.item, measure: f.measure, basis: f.basis, period: f.period }, ...draft });
            setWriting(false);
          }}
        />
      ) : (
        <button type="button" className="button" data-testid="figure-add-note" onClick={() => setWriting(true)}>
          {n.addNote}
        </button>
      )}
      {around.length > 0 && (
        <>
          <h3>{s.alsoOnSeries}</h3>
          <ul className="note-list">
            {around.map((note) => (
              <NoteItem key={note.id} note={note} />
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
