import type { appChannels } from '../../shared/contract/app.js';
import { countSeries } from '../catalog/repository.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { SCHEMA_VERSION } from '../db/migrations/index.js';
import { countFigures } from '../figures/repository.js';
import { countReleases } from '../releases/repository.js';
import { packageVersion } from '../version.js';

export function appHandlers({ db, storePath }: CoreContext): DomainHandlers<typeof appChannels> {
  return {
    handlers: {
      'app:info': async () => ({
        version: packageVersion(),
        storePath,
        figureCount: countFigures(db),
        releaseCount: countReleases(db),
        seriesCount: countSeries(db),
        schemaVersion: SCHEMA_VERSION,
      }),
    },
  };
}
