// The handler table: one function per channel of the contract. Electron's ipcMain, the web host
// and the CLI all call through `dispatch`, which parses the untrusted input first. Each call gets
// a way to push events (import:progress) to whoever made it.
import { ZodError } from 'zod';
import { ImportError } from './import/types.js';
import type { StagingOptions } from './import/staging.js';
import { isChannel, schemas, type BridgeError, type Channel, type EmitEvent, type Out, type Parsed, type Result } from '../shared/contract.js';
import type { Db } from './db/connection.js';
import { countFigures } from './db/repos/figures.js';
import { forgetUserAlias, listGeos, listUserAliases } from './db/repos/reference.js';
import { listReleases } from './db/repos/releases.js';
import { deleteTemplate, listTemplates } from './db/repos/templates.js';
import { SCHEMA_VERSION } from './db/migrations/index.js';
import { createImportHandlers } from './import-handlers.js';
import { undoRelease } from './import/pipeline.js';
import { catalog, getFigure, latestSummary, NotFoundError, ranking, seriesFigures } from './queries.js';
import { packageVersion } from './version.js';

/** What a handler knows of its call: where to push events for the caller (the window that asked). */
export interface CallContext { emit: EmitEvent }
export type Handlers = { [C in Channel]: (input: Parsed<C>, call: CallContext) => Promise<Out<C>> };
/** The handlers and close(), which removes the files staged for imports (call it on shutdown). */
export type HandlerTable = Handlers & { close(): void };

export interface HandlerOptions { staging?: StagingOptions }

export function createHandlers(db: Db, storePath: string, options: HandlerOptions = {}): HandlerTable {
  const imports = createImportHandlers(db, options.staging);
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
    ...imports.handlers,
    'releases:undo': async ({ releaseId }) => ({ undone: undoRelease(db, releaseId) }),
    'templates:list': async () => listTemplates(db),
    'templates:delete': async ({ name }) => ({ deleted: deleteTemplate(db, name) }),
    'aliases:list': async () => listUserAliases(db),
    'aliases:forget': async ({ kind, folded, code }) => ({ forgotten: forgetUserAlias(db, kind, folded, code) }),
    close: imports.close,
  };
}

/** For calls whose caller takes no events (the CLI, tests). */
const NO_EVENTS: CallContext = { emit: () => undefined };

function failure(error: BridgeError): Result<never> {
  return { ok: false, error };
}

/** Validates and runs one call. Never throws: every outcome is a Result. */
export async function dispatch(handlers: Handlers, channel: unknown, input: unknown, call: CallContext = NO_EVENTS): Promise<Result<unknown>> {
  if (!isChannel(channel)) return failure({ code: 'unknown-channel', message: `unknown channel '${String(channel)}'` });
  const parsed = schemas[channel].safeParse(input ?? {});
  if (!parsed.success) return failure(badInput(channel, parsed.error));
  try {
    const run = handlers[channel] as (i: unknown, c: CallContext) => Promise<unknown>;
    return { ok: true, value: await run(parsed.data, call) };
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
