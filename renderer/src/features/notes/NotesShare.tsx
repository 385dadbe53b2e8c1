// Sharing notes offline: export what the list shows to an .iipnotes file; import a colleague's
// file with a preview (new, changed, identical, older, conflicting, unattached) before anything
// changes; then decide each conflict: keep mine, theirs or both.
import { useEffect, useRef, useState } from 'react';
import type { NoteConflict, NoteFilter, NoteImportReport } from '@shared/contract/notes.js';
import { NOTES_FILE_MAX_BYTES } from '@shared/contract/notes.js';
import { invoke } from '../../bridge/bridge.js';
import { downloadBlob } from '../../components/download.js';
import { useBridgeQuery } from '../../bridge/useBridgeQuery.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { useStore } from '../../state/createStore.js';
import { useReportError } from '../../state/errors.js';
import { notesToOpenStore, type NotesToOpen } from '../../state/notesToOpen.js';
import { importNotes, resolveConflict } from './notesActions.js';
import { NoteText } from './NoteText.js';
import { NOTES_STRINGS } from './strings.js';

const OUTCOMES = ['new', 'changed', 'identical', 'older', 'conflict', 'unattached'] as const;

/** A notes file's name and text: read here (a chosen or dropped file), or by main (a path it offered: the window never reads the disk). */
async function notesFileText(source: NotesToOpen): Promise<{ fileName: string; content: string }> {
  if ('path' in source) return invoke('shell:read-notes-file', { path: source.path });
  const { file } = source;
  if (file.size > NOTES_FILE_MAX_BYTES) throw new Error(`${file.name}: ${file.size} bytes; notes files are read up to 8 MiB`);
  return { fileName: file.name, content: await file.text() };
}

/** The file read and previewed (what it would change), nothing stored yet. */
async function previewNotes(source: NotesToOpen): Promise<{ fileName: string; content: string; preview: NoteImportReport }> {
  const { fileName, content } = await notesFileText(source);
  return { fileName, content, preview: await invoke('notes:import-preview', { fileName, content }) };
}

export function NotesShare({ filter, shown }: { filter: NoteFilter; shown: number }) {
  const s = useStrings(NOTES_STRINGS);
  const report = useReportError();
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ fileName: string; content: string; preview: NoteImportReport } | null>(null);
  const [done, setDone] = useState<NoteImportReport | null>(null);
  const conflicts = useBridgeQuery('notes:conflicts', {}).data ?? [];
  const filtered = Object.keys(filter).length > 0;

  const exportNotes = async () => {
    const file = await invoke('notes:export', filter);
    downloadBlob(file.fileName, new Blob([file.content], { type: 'application/json' }));
  };
  const readFile = async (source: NotesToOpen) => {
    setDone(null);
    setPending(await previewNotes(source));
  };
  // a notes file dropped onto the window, or opened with the app by the OS
  const handed = useStore(notesToOpenStore);
  useEffect(() => {
    if (handed === null) return;
    notesToOpenStore.set(null);
    previewNotes(handed).then((previewed) => {
      setDone(null);
      setPending(previewed);
    }, report);
  }, [handed, report]);
  const apply = async () => {
    if (!pending) return;
    setDone(await importNotes({ fileName: pending.fileName, content: pending.content }));
    setPending(null);
  };

  return (
    <section className="notes-share">
      <div className="actions">
        <button type="button" className="button" data-testid="notes-export" onClick={() => exportNotes().catch(report)}>
          {filtered ? s.exportFiltered(shown) : s.exportNotes}
        </button>
        <button type="button" className="button" data-testid="notes-import" onClick={() => input.current?.click()}>
          {s.importNotes}
        </button>
        <input
          ref={input}
          type="file"
          accept=".iipnotes,application/json"
          hidden
          data-testid="notes-import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) readFile({ file }).catch(report);
          }}
        />
      </div>
      {pending && (
        <div className="notes-preview" data-testid="notes-import-preview">
          <h3>{s.preview(pending.fileName)}</h3>
          <Counts report={pending.preview} />
          <div className="actions">
            <button type="button" className="button button--primary" data-testid="notes-import-apply" onClick={() => apply().catch(report)}>
              {s.applyImport}
            </button>
            <button type="button" className="button" onClick={() => setPending(null)}>
              {s.cancel}
            </button>
          </div>
        </div>
      )}
      {done && (
        <div role="status" data-testid="notes-imported">
          <p>{s.imported(done.fileName)}</p>
          <Counts report={done} />
        </div>
      )}
      {conflicts.length > 0 && <Conflicts conflicts={conflicts} />}
    </section>
  );
}

function Counts({ report }: { report: NoteImportReport }) {
  const s = useStrings(NOTES_STRINGS);
  return (
    <ul className="counts" data-testid="notes-import-counts">
      {OUTCOMES.filter((o) => report.counts[o] > 0).map((o) => (
        <li key={o} data-outcome={o}>
          {report.counts[o]} {s.outcomes[o]}
        </li>
      ))}
    </ul>
  );
}

function Conflicts({ conflicts }: { conflicts: NoteConflict[] }) {
  const lang = useLang();
  const s = useStrings(NOTES_STRINGS);
  const report = useReportError();
  return (
    <section className="conflicts" data-testid="notes-conflicts">
      <h3>{s.conflicts}</h3>
      {conflicts.map((c) => (
        <div key={`${c.id}-${c.theirs.revision}`} className="conflict" data-testid="notes-conflict">
          <div className="conflict__sides">
            <div>
              <h4>{s.mine}</h4>
              <NoteText text={c.mine.text} />
              <p className="muted">{s.by(c.mine.author, new Date(c.mine.updatedAt).toLocaleString(lang))}</p>
            </div>
            <div>
              <h4>
                {s.theirs} ({c.fileName})
              </h4>
              <NoteText text={c.theirs.text} />
              <p className="muted">{s.by(c.theirs.author, new Date(c.theirs.updatedAt).toLocaleString(lang))}</p>
            </div>
          </div>
          <div className="actions">
            {(['mine', 'theirs', 'both'] as const).map((keep) => (
              <button
                key={keep}
                type="button"
                className="button button--small"
                data-testid={`conflict-keep-${keep}`}
                onClick={() => resolveConflict({ id: c.id, revision: c.theirs.revision, keep }).catch(report)}
              >
                {s.keep[keep]}
              </button>
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
