// The import domain's channels: files staged in chunks, previewed (kept, so a commit stores exactly
// what was previewed with the final choices), committed; the saved layout templates. Progress goes
// to the caller as import:progress events.
import { said, sayImport, type ImportSaid } from '../../shared/messages/import.js';
import { excerpt } from './read/limits.js';

import crypto from 'node:crypto';
import type { importChannels, ImportProgress } from '../../shared/contract/import.js';
import type { CallContext, CoreContext, DomainHandlers } from '../context.js';
import { NotFoundError } from '../errors.js';
import type { ImportSource } from './pipeline/read-source.js';
import { commitImport } from './pipeline/commit.js';
import { backupBefore } from '../backup/backup.js';
import { previewImport, type ImportOptions } from './pipeline/preview.js';
import { discardStaged } from './pipeline/streamed.js';
import type { ImportPreview } from '../../shared/contract/import.js';
import { storeState } from '../db/until-change.js';
import { deleteTemplate, listTemplates } from './repository.js';
import { StagingArea } from './pipeline/staging.js';
import { RunningPreviews } from './pipeline/cancel.js';

/** A refusal of a call that names nothing there any more, said as a catalogue message. */
const notFound = (message: ImportSaid): NotFoundError => new NotFoundError(sayImport(message, 'en'), message);

/** Previews kept for a commit; past this, the oldest is let go (and the staged files only it held). */
const PREVIEWS_KEPT = 8;

interface KeptPreview {
  sources: ImportSource[];
  stagedIds: string[];
}

/** The newest preview whole, with its choices and the store's state then: a commit with the same choices on an unchanged store stores it as is. */
interface LastPreview {
  previewId: string;
  choices: string;
  storeState: string;
  preview: ImportPreview;
}

/** The choices that decide a preview's content (saveTemplateAs only names what a commit saves). */
const choicesKey = ({ saveTemplateAs: _s, ...choices }: ImportOptions): string => JSON.stringify(choices);

const progressTo =
  ({ emit }: CallContext) =>
  (progress: ImportProgress): void =>
    emit('import:progress', progress);

export function importHandlers({ db, staging: stagingOptions = {}, progressIntervalMs }: CoreContext): DomainHandlers<typeof importChannels> {
  const staging = new StagingArea(stagingOptions);
  const previews = new Map<string, KeptPreview>();
  const keep = (previewId: string, preview: KeptPreview): void => {
    previews.set(previewId, preview);
    while (previews.size > PREVIEWS_KEPT) {
      const oldest = previews.keys().next().value!;
      previews.delete(oldest);
      staging.release(oldest);
    }
  };
  const kept = (previewId: string): KeptPreview => {
    const preview = previews.get(previewId);
    if (!preview) throw notFound(said('import.preview-expired'));
    const gone = preview.stagedIds.flatMap((id, i) => (staging.has(id) ? [] : [preview.sources[i]!.fileName]));
    if (gone.length > 0) throw notFound(said('import.no-longer-staged', { files: excerpt(gone.join(', '), 300) }));
    return preview;
  };
  let last: LastPreview | null = null;
  const running = new RunningPreviews();

  return {
    handlers: {
      'import:stage-begin': async ({ fileName, size }) => ({ stagedId: staging.begin(fileName, size) }),
      'import:stage-chunk': async ({ stagedId, offset, dataBase64 }) => ({
        received: await staging.append(stagedId, offset, Buffer.from(dataBase64, 'base64')),
      }),
      'import:stage-end': async ({ stagedId }) => ({ stagedId, size: staging.end(stagedId) }),
      'import:stage-discard': async ({ stagedIds }) => ({ discarded: staging.remove(stagedIds) }),
      'import:preview': async ({ stagedIds = [], text, textName, requestId, ...choices }, call) => {
        // Staged files first, in the order given, so stagedIds[i] is the file of sources[i].
        const sources: ImportSource[] = [...staging.sources(stagedIds), ...(text && text.trim() !== '' ? [{ fileName: textName ?? 'pasted text', text }] : [])];
        const signal = running.start(requestId);
        let preview: ImportPreview;
        try {
          preview = await previewImport(db, sources, { ...choices, onProgress: progressTo(call), progressIntervalMs, ...(signal ? { signal } : {}) });
        } finally {
          running.end(requestId, signal);
        }
        const previewId = crypto.randomUUID();
        staging.hold(stagedIds, previewId);
        keep(previewId, { sources, stagedIds });
        // only the newest preview can be stored as is: what an older one staged (a large CSV's figures) is let go
        if (last) discardStaged(last.preview);
        last = { previewId, choices: choicesKey(choices), storeState: storeState(db), preview };
        return { ...preview, previewId };
      },
      'import:commit': async ({ previewId, ...choices }, call) => {
        const { sources, stagedIds } = kept(previewId);
        const onProgress = progressTo(call);
        // Read again only when the choices or the store changed since the preview (reading is most of a preview's time).
        const same = last?.previewId === previewId && last.choices === choicesKey(choices) && last.storeState === storeState(db);
        if (last && !same) discardStaged(last.preview);
        const preview = same ? last!.preview : await previewImport(db, sources, { ...choices, onProgress, progressIntervalMs });
        last = null;
        let result;
        try {
          await backupBefore(db, 'import');
          result = commitImport(db, preview, choices.mappings, { saveTemplateAs: choices.saveTemplateAs, onProgress });
        } finally {
          discardStaged(preview);
        }
        previews.delete(previewId);
        staging.remove(stagedIds);
        return result;
      },
      'import:cancel': async ({ requestId }) => ({ cancelled: running.cancel(requestId) }),
      'templates:list': async () => listTemplates(db),
      'templates:delete': async ({ name }) => ({ deleted: deleteTemplate(db, name) }),
    },
    close: () => staging.close(),
  };
}
