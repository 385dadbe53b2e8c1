// Under the header when the store did not open as it should: damaged (open read-only, nothing
// written), written by a newer version of the app (read-only; the way out is updating the app, not
// a backup) or found empty and kept aside. Offers the newest backup; a large store's start check runs
// in the background, so its answer is asked for again until it is in.
import { useEffect, useState } from 'react';
import type { BackupEntry, StoreStatus } from '@shared/contract/backup.js';
import { invoke } from '../../bridge/bridge.js';
import { ConfirmAction } from '../../components/ConfirmAction.js';
import { useLang, useStrings } from '../../i18n/useLang.js';
import { useDataVersion } from '../../state/dataVersion.js';
import { useReportError } from '../../state/errors.js';
import { refreshAfterStoreChange } from '../../shell/refreshAfterStoreChange.js';
import { BACKUP_STRINGS } from './strings.js';
import { backupTime } from './when.js';
import './backup.css';

const ASK_AGAIN_MS = 2000;

export function StoreBanner() {
  const lang = useLang();
  const s = useStrings(BACKUP_STRINGS);
  const report = useReportError();
  const version = useDataVersion();
  const [status, setStatus] = useState<StoreStatus | null>(null);
  const [newest, setNewest] = useState<BackupEntry | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [done, setDone] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async (): Promise<void> => {
      try {
        const answer = await invoke('backup:status', {});
        if (!current) return;
        setStatus(answer);
        if (answer.state === 'checking') timer = setTimeout(() => void ask(), ASK_AGAIN_MS);
        else if (answer.state === 'damaged' || answer.keptAside) setNewest((await invoke('backup:list', {}))[0] ?? null);
      } catch {
        // the banner is a courtesy: a failing status call is not shown twice
      }
    };
    void ask();
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [version]);

  if (!status || (status.state !== 'damaged' && status.state !== 'newer' && !status.keptAside)) return null;
  const newer = status.state === 'newer';

  const restore = async (name: string): Promise<void> => {
    setRestoring(true);
    try {
      const answer = await invoke('backup:restore', { name });
      setDone(answer.restartNeeded ? `${s.restored(name)} ${s.restartNeeded}` : s.restored(name));
      if (!answer.restartNeeded) await refreshAfterStoreChange();
    } catch (err) {
      report(err);
    } finally {
      setRestoring(false);
    }
  };

  return (
    <div className="error-banner store-banner" role="alert" data-testid="store-banner" data-state={status.state}>
      <p data-testid="store-banner-text">
        {newer ? s.newer(status.schemaVersion, status.appSchemaVersion) : status.state === 'damaged' ? s.damaged : s.keptAside(status.keptAside ?? '')}
        {done && (
          <span className="store-banner__done" data-testid="store-banner-done">
            {' '}
            {done}
          </span>
        )}
      </p>
      {!done &&
        !newer &&
        (newest ? (
          <ConfirmAction
            testId="store-banner-restore"
            label={s.restoreNewest(backupTime(newest.createdAt, lang))}
            question={s.restoreConfirm}
            yes={s.restoreYes}
            no={s.restoreCancel}
            busy={restoring}
            onConfirm={() => void restore(newest.name)}
          />
        ) : (
          <span className="muted">{s.noBackup}</span>
        ))}
    </div>
  );
}
