// The handler table: every domain's handler map merged into one. A channel of the contract with
// no handler, or a handler for a channel the contract does not have, fails to compile.
import { importChannels } from '../shared/contract/import.js';
import type { Channel } from '../shared/contract/index.js';
import { analysisHandlers } from './analysis/handlers.js';
import { appHandlers } from './app/handlers.js';
import { backupHandlers } from './backup/handlers.js';
import { refuseWritesToNewerStore } from './backup/read-only.js';
import { catalogHandlers } from './catalog/handlers.js';
import { contributionsHandlers } from './contributions/handlers.js';
import type { CoreContext, Handlers } from './context.js';
import { figuresHandlers } from './figures/handlers.js';
import { drainingAfterWrites, pointsDrain } from './figures/points-drain.js';
import { exportHandlers } from './export/handlers.js';
import { lazyDomain } from './lazy-domain.js';
import { notesHandlers } from './notes/handlers.js';
import { preferencesHandlers } from './preferences/handlers.js';
import { referenceHandlers } from './reference/handlers.js';
import { releaseChangesHandlers } from './releases/changes-handlers.js';
import { releasesHandlers } from './releases/handlers.js';
import { shellHandlers } from './shell/handlers.js';

/** The table, and close(), which lets go of what the domains hold (call it on shutdown). */
export interface Core {
  handlers: Handlers;
  close(): void;
}

/** `satisfies` does not check keys that arrive by spreading: a key that is no channel fails here. */
const onlyChannels = <T extends Record<Exclude<keyof T, Channel>, never>>(table: T): T => table;

export function createCore(context: CoreContext): Core {
  const domains = [
    appHandlers(context),
    catalogHandlers(context),
    figuresHandlers(context),
    releasesHandlers(context),
    referenceHandlers(context),
    // loaded on the first import call: most of the core's modules, none needed to open a window
    lazyDomain(importChannels, async () => (await import('./import/handlers.js')).importHandlers(context)),
    notesHandlers(context),
    exportHandlers(context),
    analysisHandlers(context),
    releaseChangesHandlers(context),
    contributionsHandlers(context),
    backupHandlers(context),
    preferencesHandlers(context),
  ] as const;
  const [app, catalog, figures, releases, reference, imports, notes, exports, analysis, releaseChanges, contributions, backup, preferences] = domains;
  // files the OS handed to the app are staged through the import room's own staging
  const shell = shellHandlers(context, imports.handlers);
  const handlers = onlyChannels({
    ...app.handlers,
    ...catalog.handlers,
    ...figures.handlers,
    ...releases.handlers,
    ...reference.handlers,
    ...imports.handlers,
    ...notes.handlers,
    ...exports.handlers,
    ...analysis.handlers,
    ...releaseChanges.handlers,
    ...contributions.handlers,
    ...backup.handlers,
    ...preferences.handlers,
    ...shell.handlers,
  }) satisfies Handlers;
  // the shown points a write left pending are restated after it (figures/pending-points.ts)
  const drain = pointsDrain(context.db);
  return {
    handlers: refuseWritesToNewerStore(context.db, drainingAfterWrites(drain, handlers)),
    close: () => {
      drain.close();
      for (const domain of domains) if ('close' in domain) domain.close?.();
    },
  };
}
