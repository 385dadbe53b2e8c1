// "Note deleted. Undo" after a delete, until the user undoes it or closes the line.
import { useStore } from '../../state/createStore.js';
import { useStrings } from '../../i18n/useLang.js';
import { useReportError } from '../../state/errors.js';
import { undoDelete } from './notesActions.js';
import { lastDeletedStore } from './notesState.js';
import { NOTES_STRINGS } from './strings.js';

export function UndoDelete() {
  const s = useStrings(NOTES_STRINGS);
  const report = useReportError();
  const deleted = useStore(lastDeletedStore);
  if (!deleted) return null;
  return (
    <p className="toast" role="status" data-testid="note-deleted">
      {s.deleted}{' '}
      <button type="button" className="button button--small" data-testid="note-undo" onClick={() => undoDelete().catch(report)}>
        {s.undo}
      </button>
      <button type="button" className="button button--small" aria-label={s.cancel} onClick={() => lastDeletedStore.set(null)}>
        ×
      </button>
    </p>
  );
}
