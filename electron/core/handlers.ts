// The handler table: one function per channel of the contract. Electron's ipcMain, the web host
// and the CLI all call through `dispatch`, which parses the untrusted input first.
import crypto from 'node:crypto';
import { ZodError } from 'zod';
import type { ImportSource } from './import/formats.js';
import { commitImport, previewImport, undoRelease } from './import/pipeline.js';
import { ImportError } from './import/types.js';
import { isChannel, schemas, type BridgeError, type Channel, type Out, type Parsed, type Result } from '../shared/contract.js';
import type { Db } from './db/connection.js';
import { countFigures } from './db/repos/figures.js';
import { listGeos } from './db/repos/reference.js';
import { listReleases } from './db/repos/releases.js';
import { deleteTemplate, listTemplates } from './db/repos/templates.js';
import { SCHEMA_VERSION } from './db/migrations/index.js';
import { catalog, getFigure, latestSummary, NotFoundError, ranking, seriesFigures } from './queries.js';
import { packageVersion } from './version.js';

export type Handlers = { [C in Channel]: (input: Parsed<C>) => Promise<Out<C>> };

/** Sources of recent previews, so a commit stores exactly what was previewed (with the final mappings). */
const PREVIEWS_KEPT = 8;

export function createHandlers(db: Db, storePath: string): Handlers {
  const previews = new Map<string, ImportSource[]>();
  const keep = (sources: ImportSource[]): string => {
    const id = crypto.randomUUID();
    previews.set(id, sources);
    while (previews.size > PREVIEWS_KEPT) previews.delete(previews.keys().next().value!);
    return id;
  };
  return {
    'app:info': async () => ({
      version: packageVersion(),
      storePath,
      figureCount: countFigures(db),
      releaseCount: (db.prepare('SELECT COUNT(*) AS n FROM releases').get() as { n: number }).n,
      seriesCount: (db.prepare('SELECT COUNT(*) AS n FROM series').get() as { n: number }).n,
      schemaVersion: SCHEMA_VERSION,
    }),
    'catalog:list': async ({ search }) => catalog(db, search),
    'figures:series': async ({ seriesId, basis, unit, asOf }) => seriesFigures(db, seriesId, basis, asOf, unit),
    'figures:get': async (q) => getFigure(db, q),
    'figures:ranking': async (q) => ranking(db, q),
    'latest:summary': async (q) => latestSummary(db, q),
    'releases:list': async () => listReleases(db),
    'reference:geos': async () => listGeos(db).map(({ sortOrder: _s, ...g }) => g),
    'import:preview': async ({ files, text, textName, ...choices }) => {
      const sources: ImportSource[] = [
        ...(files ?? []).map((f) => ({ fileName: f.fileName, bytes: Buffer.from(f.dataBase64, 'base64') })),
        ...(text && text.trim() !== '' ? [{ fileName: textName ?? 'pasted text', text }] : []),
      ];
      const preview = await previewImport(db, sources, choices);
      return { ...preview, previewId: keep(sources) };
    },
    'import:commit': async ({ previewId, ...choices }) => {
      const sources = previews.get(previewId);
      if (!sources) throw new NotFoundError('this preview has expired; preview the files again');
      const preview = await previewImport(db, sources, choices);
      const result = commitImport(db, preview, choices.mappings, { saveTemplateAs: choices.saveTemplateAs });
      previews.delete(previewId);
      return result;
    },
    'releases:undo': async ({ releaseId }) => ({ undone: undoRelease(db, releaseId) }),
    'templates:list': async () => listTemplates(db),
    'templates:delete': async ({ name }) => ({ deleted: deleteTemplate(db, name) }),
  };
}

function failure(error: BridgeError): Result<never> {
  return { ok: false, error };
}

/** Validates and runs one call. Never throws: every outcome is a Result. */
export async function dispatch(handlers: Handlers, channel: unknown, input: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) return failure({ code: 'unknown-channel', message: `unknown channel '${String(channel)}'` });
  const parsed = schemas[channel].safeParse(input ?? {});
  if (!parsed.success) return failure(badInput(channel, parsed.error));
  try {
    const run = handlers[channel] as (i: unknown) => Promise<unknown>;
    return { ok: true, value: await run(parsed.data) };
  } catch (error) {
    if (error instanceof NotFoundError) return failure({ code: 'not-found', message: error.message });
    if (error instanceof ImportError) return failure({ code: 'bad-input', message: error.message });
    return failure({ code: 'internal', message: error instanceof Error ? error.message : String(error) });
  }
}

function badInput(channel: Channel, error: ZodError): BridgeError {
  const issues = error.issues.map((i) => ({ path: i.path.join('.') || '(input)', message: i.message }));
  return { code: 'bad-input', message: `${channel}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, issues };
}
