// Writing or editing a note: text, tags, review status, whether it shows on charts; and, the first
// time, the author's name (kept in the store).
import { useState } from 'react';
import { NOTE_STATUSES, type NoteStatus } from '@shared/contract/notes.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { SelectField } from '../../components/SelectField.js';
import { useStrings } from '../../i18n/useLang.js';
import { useReportError } from '../../state/errors.js';
import { setAuthor } from './notesActions.js';
import { NOTES_STRINGS } from './strings.js';

export interface NoteDraft {
  text: string;
  tags: string[];
  status: NoteStatus;
  showOnCharts: boolean;
}

interface Props {
  initial?: NoteDraft;
  onSave: (draft: NoteDraft) => Promise<unknown>;
  onCancel: () => void;
}

const splitTags = (text: string): string[] =>
  text
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);

export function NoteEditor({ initial, onSave, onCancel }: Props) {
  const s = useStrings(NOTES_STRINGS);
  const report = useReportError();
  const author = useBridgeQuery('notes:author', {}).data;
  const [name, setName] = useState('');
  const [text, setText] = useState(initial?.text ?? '');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [status, setStatus] = useState<NoteStatus>(initial?.status ?? 'draft');
  const [showOnCharts, setShowOnCharts] = useState(initial?.showOnCharts ?? true);
  const [busy, setBusy] = useState(false);
  const needsName = author !== undefined && author.author === null;

  const save = async () => {
    setBusy(true);
    try {
      if (needsName) await setAuthor(name);
      await onSave({ text, tags: splitTags(tags), status, showOnCharts });
    } catch (error) {
      report(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="note-editor"
      data-testid="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      {needsName && (
        <label className="field field--wide">
          <span className="field__label">{s.author}</span>
          <input data-testid="note-author" value={name} required onChange={(e) => setName(e.target.value)} />
          <span className="muted">{s.authorNeeded}</span>
        </label>
      )}
      <label className="field field--wide">
        <span className="field__label">{s.text}</span>
        <textarea data-testid="note-text-input" value={text} rows={4} required autoFocus onChange={(e) => setText(e.target.value)} />
      </label>
      <label className="field field--wide">
        <span className="field__label">{s.tags}</span>
        <input data-testid="note-tags" value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      <div className="fields">
        <SelectField
          label={s.status}
          testId="note-status"
          value={status}
          options={NOTE_STATUSES.map((st) => ({ value: st, label: s.statuses[st] }))}
          onChange={setStatus}
        />
        <label className="check">
          <input type="checkbox" data-testid="note-show" checked={showOnCharts} onChange={(e) => setShowOnCharts(e.target.checked)} />
          {s.showOnCharts}
        </label>
      </div>
      <div className="actions">
        <button
          type="submit"
          className="button button--primary"
          data-testid="note-save"
          disabled={busy || text.trim() === '' || (needsName && name.trim() === '')}
        >
          {s.save}
        </button>
        <button type="button" className="button" data-testid="note-cancel" onClick={onCancel}>
          {s.cancel}
        </button>
      </div>
    </form>
  );
}
