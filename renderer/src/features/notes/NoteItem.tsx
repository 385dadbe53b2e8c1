// One note: its text, who wrote it and when, its status and tags, whether its figure changed or is
// missing; edited in place, deleted with a way back.
import { useState } from 'react';
import type { NoteView } from '@shared/contract/notes.js';
import { formatNumber } from '@shared/format.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { useReportError } from '../../state/errors.js';
import { NoteEditor } from './NoteEditor.js';
import { deleteNote, updateNote } from './notesActions.js';
import { NoteText } from './NoteText.js';
import { NOTES_STRINGS } from './strings.js';

interface Props {
  note: NoteView;
  /** Footnote number on a chart. */
  n?: number;
  /** What the note is on (shown in lists that mix series). */
  anchorLabel?: string;
  children?: React.ReactNode;
}

const when = (iso: string, lang: string): string =>
  new Date(iso).toLocaleDateString(lang === 'vi' ? 'vi-VN' : 'en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

export function NoteItem({ note, n, anchorLabel, children }: Props) {
  const lang = useLang();
  const s = useStrings(NOTES_STRINGS);
  const report = useReportError();
  const [editing, setEditing] = useState(false);
  const value = (v: { value: number; decimals: number }) => formatNumber(v.value, v.decimals, lang);
  if (editing) {
    return (
      <li className="note" data-testid="note" data-note-id={note.id}>
        <NoteEditor
          initial={note}
          onCancel={() => setEditing(false)}
          onSave={async (draft) => {
            await updateNote({ id: note.id, ...draft });
            setEditing(false);
          }}
        />
      </li>
    );
  }
  return (
    <li className={`note note--${note.status}`} data-testid="note" data-note-id={note.id} data-n={n}>
      <div className="note__head">
        {n !== undefined && (
          <span className="note__n" aria-label={`${s.footnotes} ${n}`}>
            {n}
          </span>
        )}
        {anchorLabel && <span className="note__anchor">{anchorLabel}</span>}
        <span className={`badge badge--${note.status}`} data-testid="note-status-badge">
          {s.statuses[note.status]}
        </span>
        {note.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
      </div>
      <NoteText text={note.text} />
      <p className="note__meta muted">
        {s.by(note.author, when(note.createdAt, lang))}
        {note.updatedAt !== note.createdAt && ` · ${s.edited(when(note.updatedAt, lang))}`}
      </p>
      {note.changedSinceWritten && note.valueWhenWritten && note.valueNow && (
        <p className="note__warning" data-testid="note-changed">
          {s.changed(value(note.valueWhenWritten), value(note.valueNow))}
        </p>
      )}
      {!note.attached && (
        <p className="note__warning" data-testid="note-unattached">
          {s.unattached}
        </p>
      )}
      {note.inConflict && <p className="note__warning">{s.inConflict}</p>}
      <div className="actions">
        {children}
        <button type="button" className="button button--small" data-testid="note-edit" onClick={() => setEditing(true)}>
          {s.edit}
        </button>
        <button type="button" className="button button--small" data-testid="note-delete" onClick={() => deleteNote(note.id).catch(report)}>
          {s.delete}
        </button>
      </div>
    </li>
  );
}
