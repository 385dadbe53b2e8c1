import type { releasesChannels } from '../../shared/contract/releases.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { listReleases, undoRelease } from './repository.js';
import { backupBefore } from '../backup/backup.js';

export function releasesHandlers({ db }: CoreContext): DomainHandlers<typeof releasesChannels> {
  return {
    handlers: {
      'releases:list': async ({ asOf }) => listReleases(db, asOf),
      'releases:undo': async ({ releaseId }) => {
        await backupBefore(db, 'undo');
        return { undone: undoRelease(db, releaseId) };
      },
    },
  };
}
