// The import domain's channels: files staged in chunks, previewed (kept, so a commit stores exactly
// what was previewed with the final choices), committed; the saved layout templates. Progress goes
// to the caller as import:progress events.
import crypto from 'node:crypto';
import type { importChannels, ImportPreview, ImportProgress } from '../../shared/contract/import.js';
import { storeState } from '../db/until-change.js';
import type { CallContext, CoreContext, DomainHandlers } from '../context.js';
import { NotFoundError } from '../errors.js';
import type { ImportSource } from './pipeline/read-source.js';
import { commitImport } from './pipeline/commit.js';
import { discardStaged } from './pipeline/streamed.js';
import { previewImport } from './pipeline/preview.js';
import { deleteTemplate, listTemplates } from './repository.js';
import { StagingArea } from './pipeline/staging.js';

/** Previews kept for a commit; past this, the oldest is let go (and the staged files only it held). */
const PREVIEWS_KEPT = 8;
/** A preview listing at most this many figures is kept whole, to be stored as it is (see KeptPreview.whole). */
const KEPT_WHOLE_FIGURES = 20_000;

interface KeptPreview {
  sources: ImportSource[];
  stagedIds: string[];
  /**
   * The preview itself, with the choices it was made with and the store's state then: a commit with
   * the same choices on an unchanged store stores it without reading the files again for a preview
   * (a large CSV is then read once to preview and once to store).
   */
  whole?: { preview: ImportPreview; choices: string; storeState: string };
}

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
      const evicted = previews.get(oldest)!;
      previews.delete(oldest);
      if (evicted.whole) discardStaged(evicted.whole.preview);
      staging.release(oldest);
    }
  };
  const kept = (previewId: string): KeptPreview => {
    const preview = previews.get(previewId);
    if (!preview) throw new NotFoundError('this preview has expired; preview the files again');
    const gone = preview.stagedIds.flatMap((id, i) => (staging.has(id) ? [] : [preview.sources[i]!.fileName]));
    if (gone.length > 0) throw new NotFoundError(`${gone.join(', ')}: no longer staged (stored or discarded since this preview); choose the file again`);
    return preview;
  };

  return {
    handlers: {
      'import:stage-begin': async ({ fileName, size }) => ({ stagedId: staging.begin(fileName, size) }),
      'import:stage-chunk': async ({ stagedId, offset, dataBase64 }) => ({
        received: await staging.append(stagedId, offset, Buffer.from(dataBase64, 'base64')),
      }),
      'import:stage-end': async ({ stagedId }) => ({ stagedId, size: staging.end(stagedId) }),
      'import:stage-discard': async ({ stagedIds }) => ({ discarded: staging.remove(stagedIds) }),
      'import:preview': async ({ stagedIds = [], text, textName, ...choices }, call) => {
        // Staged files first, in the order given, so stagedIds[i] is the file of sources[i].
        const sources: ImportSource[] = [...staging.sources(stagedIds), ...(text && text.trim() !== '' ? [{ fileName: textName ?? 'pasted text', text }] : [])];
        const preview = await previewImport(db, sources, { ...choices, onProgress: progressTo(call), progressIntervalMs });
        const previewId = crypto.randomUUID();
        staging.hold(stagedIds, previewId);
        const listed = preview.files.reduce((n, f) => n + f.figures.length, 0);
        const whole = listed <= KEPT_WHOLE_FIGURES ? { preview, choices: JSON.stringify(choices), storeState: storeState(db) } : undefined;
        if (!whole) discardStaged(preview);
        keep(previewId, { sources, stagedIds, ...(whole ? { whole } : {}) });
        return { ...preview, previewId };
      },
      'import:commit': async ({ previewId, ...choices }, call) => {
        const { sources, stagedIds, whole } = kept(previewId);
        const onProgress = progressTo(call);
        const unchanged = whole && whole.choices === JSON.stringify(choices) && whole.storeState === storeState(db);
        const preview = unchanged ? whole.preview : await previewImport(db, sources, { ...choices, onProgress, progressIntervalMs });
        const result = commitImport(db, preview, choices.mappings, { saveTemplateAs: choices.saveTemplateAs, onProgress });
        if (whole && !unchanged) discardStaged(whole.preview);
        previews.delete(previewId);
        staging.remove(stagedIds);
        return result;
      },
      'templates:list': async () => listTemplates(db),
      'templates:delete': async ({ name }) => ({ deleted: deleteTemplate(db, name) }),
    },
    close: () => staging.close(),
  };
}
