// Import: files (dropped on the window or chosen) or pasted press-release text, a preview of what
// would change, then one click to store it.
import type { CommitResult } from '@shared/contract/import.js';
import { formatCount } from '@shared/format.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { useAction } from '../commands/useAction.js';
import { LayoutMapper } from './LayoutMapper.js';
import { PreviewPanel } from './PreviewPanel.js';
import { RememberedPanel } from './RememberedPanel.js';
import { percentOf, progressText, type Progress } from './progress.js';
import { IMPORT_STRINGS } from './strings.js';
import type { ImportActions, ImportSession } from './useImportSession.js';

export const ACCEPTED_FILES = '.xlsx,.xls,.px,.json,.xml,.csv,.txt';

interface Props {
  session: ImportSession;
  actions: ImportActions;
  dragging: boolean;
  onOpenReleases: () => void;
}

export function ImportView({ session, actions, dragging, onOpenReleases }: Props) {
  const t = useStrings(IMPORT_STRINGS);
  const busy = session.progress !== null;
  // "Import…" from the menu or the palette: the focus on the file chooser (Enter or Space opens it).
  useAction('import', () => document.getElementById('import-file')?.focus());
  const showPreview = session.preview !== null || session.localProblems.length > 0;
  return (
    <div className="import" data-testid="view-import">
      <section className="panel import__sources" aria-label={t.title}>
        <h2 className="view-title">{t.title}</h2>
        <div className={`dropzone${dragging ? ' dropzone--active' : ''}`} data-testid="import-dropzone">
          <label className="dropzone__label" htmlFor="import-file">
            {t.drop}
          </label>
          <input
            id="import-file"
            className="file-input"
            type="file"
            multiple
            accept={ACCEPTED_FILES}
            data-testid="import-file"
            onChange={(e) => {
              const files = Array.from(e.target.files ?? []);
              // cleared so choosing the same file again is a fresh import
              e.target.value = '';
              void actions.readFiles(files);
            }}
          />
          <p className="dropzone__hint">{t.formatsHint}</p>
        </div>
        <div className="paste">
          <label className="field paste__field">
            <span className="field__label">{t.pasteLabel}</span>
            <textarea
              className="paste__text"
              data-testid="import-text"
              rows={4}
              lang="vi"
              placeholder={t.pastePlaceholder}
              value={session.pastedText}
              onChange={(e) => actions.setPastedText(e.target.value)}
            />
          </label>
          <button
            type="button"
            className="button"
            data-testid="import-read-text"
            disabled={session.pastedText.trim() === ''}
            onClick={() => void actions.readText()}
          >
            {t.readText}
          </button>
        </div>
      </section>

      {session.progress && <ProgressLine progress={session.progress} onCancel={actions.clear} />}
      {session.result && !busy && <ResultMessage result={session.result} onOpenReleases={onOpenReleases} />}
      {session.layout && (
        <LayoutMapper draft={session.layout} onChange={actions.editLayout} onPreview={() => void actions.previewWithLayout()} disabled={busy} />
      )}
      {showPreview && <PreviewPanel session={session} actions={actions} />}
      <RememberedPanel />
    </div>
  );
}

/** Reading can be cancelled (main stops the preview); storing cannot, it is one transaction. */
function ProgressLine({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const lang = useLang();
  const t = useStrings(IMPORT_STRINGS);
  const text = progressText(progress, lang);
  const percent = percentOf(progress);
  // Determinate once the amount of work is known (bytes sent, read; figures matched, compared).
  return (
    <div className="progress">
      {percent === null ? (
        <progress data-testid="import-progress" data-phase={progress.phase} aria-label={text} />
      ) : (
        <progress data-testid="import-progress" data-phase={progress.phase} data-percent={percent} max={100} value={percent} aria-label={text} />
      )}
      <span className="progress__text" role="status" aria-live="polite">
        {text}
      </span>
      {percent !== null && (
        <span className="progress__percent" data-testid="import-progress-percent" aria-hidden="true">
          {percent}%
        </span>
      )}
      {progress.phase !== 'storing' && (
        <button type="button" className="button" data-testid="import-cancel" onClick={onCancel}>
          {t.progress.cancel}
        </button>
      )}
    </div>
  );
}

function ResultMessage({ result, onOpenReleases }: { result: CommitResult; onOpenReleases: () => void }) {
  const lang = useLang();
  const r = useStrings(IMPORT_STRINGS).result;
  const stored = result.releases.length > 0;
  return (
    <section className={`notice ${stored ? 'notice--ok' : 'notice--info'}`} data-testid="import-result" data-stored={result.releases.length} role="status">
      {stored ? (
        <>
          <p>{r.stored(result.releases.length)}</p>
          <ul className="notice__list">
            {result.releases.map((rel) => (
              <li key={rel.id} data-testid="import-result-release" data-release-id={rel.id}>
                <strong>{rel.name}</strong>{' '}
                <span className="muted">
                  ({rel.fileName}, {r.figures(formatCount(rel.figureCount, lang))})
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{r.nothing}</p>
      )}
      {result.alreadyImported.length > 0 && (
        <ul className="notice__list">
          {result.alreadyImported.map((a) => (
            <li key={`${a.fileName}|${a.releaseId}`}>{a.sameFigures ? r.alreadySame(a.fileName, a.name) : r.already(a.fileName, a.name)}</li>
          ))}
        </ul>
      )}
      <button type="button" className="button button--link" data-testid="import-open-releases" onClick={onOpenReleases}>
        {r.openReleases}
      </button>
    </section>
  );
}
