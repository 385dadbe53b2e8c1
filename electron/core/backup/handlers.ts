// The backup room: the store's health as it opened, its backups (made by hand, restored by name),
// its full check and how many backups are kept.
import type { backupChannels } from '../../shared/contract/backup.js';
import type { CoreContext, DomainHandlers } from '../context.js';
import { SCHEMA_VERSION } from '../db/migrations/index.js';
import { NotFoundError } from '../errors.js';
import { backupsKept, makeBackup, setBackupsKept } from './backup.js';
import { checkStoreOffThread } from './check-off-thread.js';
import { backupFile, backupsDir, listBackups } from './files.js';
import { healthOf, healthSettled } from './health.js';
import { restoreOpenStore } from './restore.js';

export function backupHandlers({ db, storePath }: CoreContext): DomainHandlers<typeof backupChannels> {
  const readOnly = (): boolean => db.readonly || healthOf(db).state !== 'ok';
  return {
    handlers: {
      'backup:status': async () => {
        const health = healthOf(db);
        return {
          ...health,
          readOnly: readOnly(),
          storePath,
          schemaVersion: db.pragma('user_version', { simple: true }) as number,
          appSchemaVersion: SCHEMA_VERSION,
          backupsFolder: backupsDir(storePath),
          backupsKept: db.readonly ? 0 : backupsKept(db),
        };
      },
      'backup:list': async () => listBackups(storePath),
      'backup:create': async () => makeBackup(db, 'manual'),
      'backup:restore': async ({ name }) => {
        await healthSettled(db);
        const file = backupFile(storePath, name);
        if (file === null) throw new NotFoundError(`no backup named '${name}' in ${backupsDir(storePath)}`);
        const restored = await restoreOpenStore(db, file);
        return { ...restored, restored: name };
      },
      'backup:check': async () => checkStoreOffThread(db),
      'backup:keep': async ({ count }) => ({ backupsKept: setBackupsKept(db, count) }),
    },
  };
}
