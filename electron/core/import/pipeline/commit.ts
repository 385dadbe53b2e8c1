// Storing a ready preview: every file of it as a release with its figures, in one synchronous
// transaction (nothing is awaited inside it), with the names matched by hand and the template used.
// Re-importing a file, or a release the store holds with the same figures, changes nothing; undo
// (releases) removes a release with its figures.
import { said, type ImportSaid } from '../../../shared/messages/import.js';
import { listParam, type ListParam } from '../../../shared/messages/said.js';
import type { Db } from '../../db/connection.js';
import { writeTransaction } from '../../db/transactions.js';
import { insertFigures } from '../../figures/repository.js';
import { sealStoredRelease } from '../../db/release-digests.js';
import { insertRelease, releaseByChecksum, releaseById } from '../../releases/repository.js';
import type { CommitResult, ImportPreview } from '../../../shared/contract/import.js';
import { markTemplateUsed, saveTemplate } from '../repository.js';
import { quoted } from '../read/limits.js';
import { ImportError } from '../types.js';
import { emptyMappings, rememberMappings, type NameMappings } from './match.js';
import type { ProgressListener } from './progress.js';
import { discardStaged, storeStreamedCsv, streamedPlan } from './streamed.js';

export type { CommitResult };

/** Stores a ready preview: all files in one transaction, or nothing. */
export function commitImport(
  db: Db,
  preview: ImportPreview,
  mappings: NameMappings = emptyMappings(),
  opts: { saveTemplateAs?: string; onProgress?: ProgressListener } = {},
): CommitResult {
  if (!preview.ready) {
    throw new ImportError(preview.files[0]?.fileName ?? 'import', null, said('import.nothing-stored', { reasons: refusalReasons(preview) }));
  }
  // One synchronous transaction: storing is reported as it starts and once it is done.
  const total = preview.files.reduce((n, f) => n + f.figures.length + (f.unlisted ?? 0), 0);
  const storing = (done: number): void =>
    opts.onProgress?.({ phase: 'storing', file: null, fileIndex: 0, fileCount: preview.files.length, done, total, unit: 'figures' });
  storing(0);
  const result: CommitResult = { releases: [], alreadyImported: [] };
  writeTransaction(db, () => {
    for (const file of preview.files) {
      const byContent = file.alreadyImported?.sameFigures ? releaseById(db, file.alreadyImported.releaseId) : undefined;
      const previous = releaseByChecksum(db, file.checksum) ?? byContent;
      if (previous) {
        result.alreadyImported.push({ fileName: file.fileName, releaseId: previous.id, name: previous.name, ...(byContent ? { sameFigures: true } : {}) });
        continue;
      }
      const id = insertRelease(db, file.release);
      const figureCount = streamedPlan(file)
        ? storeStreamedCsv(db, file, id)
        : insertFigures(
            db,
            id,
            file.figures.map(({ geo, item, change: _c, ...f }) => ({ ...f, geo: geo.code, item: item.code })),
          );
      sealStoredRelease(db, id, figureCount);
      result.releases.push({ id, name: file.release.name, fileName: file.fileName, figureCount, counts: file.counts });
    }
    rememberMappings(db, mappings);
    for (const file of preview.files) {
      if (!file.template) continue;
      if (opts.saveTemplateAs) saveTemplate(db, { ...file.template.definition, name: opts.saveTemplateAs.trim() });
      else if (file.template.saved) markTemplateUsed(db, file.template.name);
    }
  });
  discardStaged(preview);
  storing(total);
  return result;
}

/** Why a preview is not ready, each reason a message: the files' errors, names matching nothing, figures waiting for a choice. */
function refusalReasons(preview: ImportPreview): ListParam {
  const reasons: ImportSaid[] = [
    ...preview.errors.map((e) => {
      const message = e.code !== undefined ? { code: e.code, params: e.params ?? {} } : e.message;
      const place = e.where && e.where.length > 0 ? { place: e.where } : e.place;
      return place ? said('import.reason-problem-at', { file: e.file, place, message }) : said('import.reason-problem', { file: e.file, message });
    }),
    ...preview.unknown.map((u) => said(u.kind === 'geo' ? 'import.reason-unknown-geo' : 'import.reason-unknown-item', { label: quoted(u.label) })),
    ...preview.files.flatMap((f) =>
      f.clashes
        .filter((c) => c.chosen === null)
        .map((c) =>
          said('import.reason-clash', {
            file: f.fileName,
            key: c.key,
            values: listParam(
              c.options.map((o) => o.value),
              'and',
            ),
          }),
        ),
    ),
  ];
  return listParam(reasons, 'semicolon');
}
